"""What the plugin adds to the MkDocs site: what its pages need, a short navigation, a named search dialog, Pagefind."""

from __future__ import annotations

import html
import importlib.util
import re
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path, PurePosixPath
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url, nest_paths

from generator.render import ASSETS, PAGEFIND_ASSET
from generator.render.feeds import FEED
from generator.render.nav import short_nav as render_short_nav
from generator.render.strings import Strings, load_strings
from generator.settings import Options

MARKDOWN_EXTENSIONS = ("admonition", "attr_list", "md_in_html", "tables", "toc")
"""The Python-Markdown extensions the generated pages are written for (the summary box, `{.cite}`, the tables)."""


def _extension_name(entry: object) -> str:
    """An extension's short name as mkdocs.yml may spell it (`admonition` or `markdown.extensions.admonition`)."""
    return str(entry).removeprefix("markdown.extensions.")


def add_requirements(config: MkDocsConfig, prefix: str) -> None:
    """Add the Markdown extensions and the stylesheet the generated pages need, when mkdocs.yml lacks them.

    Extensions are added by name with their defaults (mkdocs.yml's own settings of one it lists are kept); the
    stylesheet is the one the generator writes into docs_dir (`prefix`: the output folder within it, or "").
    """
    present = {_extension_name(e) for e in config.markdown_extensions}
    config.markdown_extensions.extend(name for name in MARKDOWN_EXTENSIONS if name not in present)
    for asset in ASSETS:
        if prefix + asset not in config.extra_css:
            config.extra_css.append(prefix + asset)


def short_nav(stories: Sequence[str], options: Options, strings: Strings, *, prefix: str = "") -> list[dict[str, Any]]:
    """The navigation (`generator.render.nav.short_nav`) with the options and interface strings of this site."""
    return render_short_nav(
        stories, nav_stories=options.nav_stories, search=options.search, prefix=prefix, strings=strings
    )


_SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
_SEARCH_LABEL = re.compile(r'<input type="text" class="md-search__input" name="query" aria-label="([^"]*)"')


def name_search_dialog(page_html: str) -> str:
    """Give Material's search dialog the name its search box has ("Search" in English).

    A dialog needs a name (axe-core's `aria-dialog-name`), and Material 9 leaves it out. A page without that dialog
    is returned as it is.
    """
    start = page_html.find(_SEARCH_DIALOG)
    label = _SEARCH_LABEL.search(page_html, start) if start >= 0 else None
    if label is None:
        return page_html
    named = _SEARCH_DIALOG.replace(">", f' aria-label="{label.group(1)}">')
    return page_html[:start] + named + page_html[start + len(_SEARCH_DIALOG) :]


def site_nav(
    config: MkDocsConfig, stories: Sequence[str], options: Options, folder: PurePosixPath, templates_dir: Path
) -> list[Any] | None:
    """The site's navigation with the generated pages, or None to keep mkdocs.yml's `nav` as it is.

    In docs_dir itself: the short navigation, unless mkdocs.yml has a `nav`. In a folder of docs_dir: a section
    of its own, after mkdocs.yml's `nav` or after the hand-written pages as MkDocs would list them.
    """
    strings = load_strings(templates_dir)
    if folder == PurePosixPath():
        return short_nav(stories, options, strings) if config.nav is None else None
    section = {strings("navigation.section"): short_nav(stories, options, strings, prefix=f"{folder}/")}
    handwritten = _handwritten_pages(Path(config.docs_dir), folder)
    before = config.nav if config.nav is not None else nest_paths(handwritten)  # type: ignore[no-untyped-call]
    return [*before, section]


def _handwritten_pages(docs_dir: Path, folder: PurePosixPath) -> list[str]:
    """The Markdown pages of docs_dir outside the generated folder, in MkDocs' order (index first, then by name)."""
    pages = []
    for path in docs_dir.rglob("*.md"):
        uri = PurePosixPath(path.relative_to(docs_dir).as_posix())
        if not any(part.startswith(".") for part in uri.parts) and folder not in uri.parents:
            pages.append(uri)
    return [str(p) for p in sorted(pages, key=lambda p: (p.parent.parts, p.stem not in {"index", "README"}, p.name))]


def feed_links(src_uri: str, url: str, *, prefix: str, site_url: str, stories: frozenset[str]) -> str:
    """The `<link rel="alternate">` elements of a page: the site's feed, and its story's on a story's pages.

    `src_uri`, `url`: the page's source file and URL; `prefix`: the output folder in docs_dir ("" or `briefings/`);
    `site_url`: mkdocs.yml's (the links are absolute with it, else relative to the page).

    Material for MkDocs takes each link whose rel is exactly `alternate` for another version of the site and
    fetches sitemap.xml from its folder; only the site's root folder has one. A feed in any other folder is
    therefore `rel="alternate feed"`, which feed readers read as the same (they look for the `alternate` token).
    """
    feeds = [(f"{prefix}{FEED}", "Atom feed")]
    parts = PurePosixPath(src_uri.removeprefix(prefix)).parts if src_uri.startswith(prefix) else ()
    if len(parts) > 1 and parts[0] in stories:
        feeds.append((f"{prefix}{parts[0]}/{FEED}", "Atom feed of this story"))
    base = site_url.rstrip("/") + "/" if site_url else ""
    return "".join(
        f'<link rel="{"alternate" if "/" not in uri else "alternate feed"}" type="application/atom+xml" '
        f'title="{title}" href="{html.escape(base + uri if base else get_relative_url(uri, url))}">'
        for uri, title in feeds
    )


def with_feed_links(page_html: str, links: str) -> str:
    """The page with `links` at the end of its head (as it is when there is no head)."""
    head, found, rest = page_html.partition("</head>")
    return f"{head}{links}{found}{rest}" if found else page_html


def use_pagefind(config: MkDocsConfig, prefix: str) -> None:
    """Pagefind replaces the theme's search: refuse both at once, and load the search page's script."""
    if any(name in config.plugins for name in ("search", "material/search")):
        raise PluginError(
            "briefings: `search: pagefind` replaces MkDocs' search plugin; remove `- search` from `plugins:`"
        )
    if prefix + PAGEFIND_ASSET not in config.extra_javascript:
        config.extra_javascript.append(prefix + PAGEFIND_ASSET)


def run_pagefind(site_dir: str, options: Options) -> None:
    """Index the built site with Pagefind (its Python package runs the binary); a failure stops the build."""
    if importlib.util.find_spec("pagefind") is None:
        raise PluginError("briefings: `search: pagefind` needs Pagefind: pip install 'pagefind[bin]'")
    command = [
        sys.executable,
        "-m",
        "pagefind",
        "--site",
        site_dir,
        "--root-selector",
        options.pagefind_root,
        "--glob",
        options.pagefind_glob,
        "--exclude-selectors",
        ".headerlink",  # the ¶ permalinks of headings
        "--silent",
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise PluginError(f"briefings: Pagefind failed to index {site_dir}:\n{result.stderr.strip()}")
