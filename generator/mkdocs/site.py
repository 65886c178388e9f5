"""What the plugin adds to the MkDocs site: a short navigation, a named search dialog, and Pagefind search."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from collections.abc import Sequence
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from generator.render import PAGEFIND_ASSET
from generator.settings import Options


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


_SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
_SEARCH_LABEL = re.compile(r'<input type="text" class="md-search__input" name="query" aria-label="([^"]*)"')


def name_search_dialog(html: str) -> str:
    """Give Material's search dialog the name its search box has ("Search" in English).

    A dialog needs a name (axe-core's `aria-dialog-name`), and Material 9 leaves it out. A page without that dialog
    is returned as it is.
    """
    start = html.find(_SEARCH_DIALOG)
    label = _SEARCH_LABEL.search(html, start) if start >= 0 else None
    if label is None:
        return html
    named = _SEARCH_DIALOG.replace(">", f' aria-label="{label.group(1)}">')
    return html[:start] + named + html[start + len(_SEARCH_DIALOG) :]


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
