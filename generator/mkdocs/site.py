"""What the plugin adds to the MkDocs site: what its pages need, a short navigation, and Pagefind search."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Sequence
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from generator.render import ASSETS, PAGEFIND_ASSET
from generator.settings import Options

MARKDOWN_EXTENSIONS = ("admonition", "attr_list", "md_in_html", "tables", "toc")
"""The Python-Markdown extensions the generated pages are written for (the summary box, `{.cite}`, the tables)."""


def _extension_name(entry: object) -> str:
    """An extension's short name as mkdocs.yml may spell it (`admonition` or `markdown.extensions.admonition`)."""
    return str(entry).removeprefix("markdown.extensions.")


def add_requirements(config: MkDocsConfig) -> None:
    """Add the Markdown extensions and the stylesheet the generated pages need, when mkdocs.yml lacks them.

    Extensions are added by name with their defaults (mkdocs.yml's own settings of one it lists are kept); the
    stylesheet is the one the generator writes into docs_dir.
    """
    present = {_extension_name(e) for e in config.markdown_extensions}
    config.markdown_extensions.extend(name for name in MARKDOWN_EXTENSIONS if name not in present)
    for asset in ASSETS:
        if asset not in config.extra_css:
            config.extra_css.append(asset)


def short_nav(stories: Sequence[str], options: Options) -> list[dict[str, Any]]:
    """The navigation: home, the newest stories, then the site-wide pages (and the search page, with Pagefind).

    Paths only: each page's title comes from its front matter, which the templates HTML-escape (MkDocs and
    Material print titles into <title> and the nav without escaping them). Short whatever the number of stories:
    MkDocs renders the whole nav into every page.
    """
    return [
        {"Home": "index.md"},
        {"Latest stories": [f"{slug}/index.md" for slug in stories[: options.nav_stories]]},
        {"All stories": "archive.md"},
        {"Timeline": "timeline.md"},
        {"Tags": "tags.md"},
        {"Actors": "actors/index.md"},
        *([{"Search": "search.md"}] if options.search == "pagefind" else []),
    ]


def use_pagefind(config: MkDocsConfig) -> None:
    """Pagefind replaces the theme's search: refuse both at once, and load the search page's script."""
    if any(name in config.plugins for name in ("search", "material/search")):
        raise PluginError(
            "briefings: `search: pagefind` replaces MkDocs' search plugin; remove `- search` from `plugins:`"
        )
    if PAGEFIND_ASSET not in config.extra_javascript:
        config.extra_javascript.append(PAGEFIND_ASSET)


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
