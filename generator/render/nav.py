"""The site's short navigation, as data: the plugin hands it to MkDocs, and every build writes it to `.nav.yml`.

`.nav.yml` in the output folder holds `nav:` for a configuration of one's own to inherit (`INHERIT:
briefings/.nav.yml`), so that the pages build with MkDocs 1.6 or ProperDocs without the plugin (docs/configuration.md).
Its name starts with a dot, so no site builder takes it for a page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import yaml

from generator.render.strings import ENGLISH, Strings

NAV_FILE = ".nav.yml"


def short_nav(
    stories: Sequence[str], *, nav_stories: int, search: str, prefix: str = "", strings: Strings = ENGLISH
) -> list[dict[str, Any]]:
    """The navigation: home, the newest stories, then the site-wide pages (and the search page, with Pagefind).

    Paths only: each page's title comes from its front matter, which the templates HTML-escape (MkDocs and
    Material print titles into <title> and the nav without escaping them). Short whatever the number of stories:
    MkDocs renders the whole nav into every page. `prefix`: the output folder inside docs_dir (`briefings/`).
    The section titles are `strings.yml`'s `navigation`.
    """
    return [
        {strings("navigation.overview" if prefix else "navigation.home"): f"{prefix}index.md"},
        {strings("navigation.latest"): [f"{prefix}{slug}/index.md" for slug in stories[:nav_stories]]},
        {strings("navigation.archive"): f"{prefix}archive.md"},
        {strings("navigation.timeline"): f"{prefix}timeline.md"},
        {strings("navigation.tags"): f"{prefix}tags.md"},
        {strings("navigation.actors"): f"{prefix}actors/index.md"},
        *([{strings("navigation.search"): f"{prefix}search.md"}] if search == "pagefind" else []),
    ]


def nav_file(stories: Sequence[str], *, nav_stories: int, search: str, strings: Strings = ENGLISH) -> str:
    """`.nav.yml`: the short navigation with paths relative to the output folder, for `INHERIT:`."""
    header = (
        "# Written by `briefings build`: the site's navigation, for a configuration without the briefings plugin.\n"
        "# Use it with `INHERIT: briefings/.nav.yml` in mkdocs.yml or properdocs.yml (docs_dir: briefings).\n"
    )
    nav = short_nav(stories, nav_stories=nav_stories, search=search, strings=strings)
    return header + yaml.safe_dump({"nav": nav}, sort_keys=False, allow_unicode=True, width=120)
