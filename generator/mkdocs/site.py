"""What the plugin adds to the MkDocs site: a short navigation, and Pagefind search in place of the theme's."""

from __future__ import annotations

import importlib.util
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
