"""The README and docs/: every relative link leads to a file, every #anchor to a heading, every page is reachable.

Anchors are GitHub's: a heading's text, lower-cased, without punctuation, spaces turned into hyphens, and -1, -2
appended to repeats. Links inside code (fenced blocks and `spans`) are text, not links.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .conftest import ROOT

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^(```|~~~).*?^\1[ \t]*$", re.M | re.S)
CODE_SPAN = re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)", re.S)
INLINE_LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
REFERENCE_LINK = re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.M)
HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$", re.M)
SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def prose(text: str) -> str:
    """The Markdown without fenced code blocks and code spans, where brackets are literal text."""
    return CODE_SPAN.sub("", FENCE.sub("", text))


def links(text: str) -> list[str]:
    """Every link target written in the Markdown, inline or as a reference definition."""
    body = prose(text)
    return INLINE_LINK.findall(body) + REFERENCE_LINK.findall(body)


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: code and emphasis marks dropped, punctuation dropped, spaces to hyphens."""
    parts = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading).split("`")
    # Even parts are prose (HTML tags and emphasis marks vanish), odd parts code spans (kept as written).
    text = "".join(part if i % 2 else re.sub(r"<[^>]+>", "", part).replace("*", "") for i, part in enumerate(parts))
    text = re.sub(r"[^\w\- ]", "", text.lower())
    return text.replace(" ", "-")


def anchors(text: str) -> set[str]:
    """Every anchor GitHub gives the page's headings, repeats numbered."""
    seen: dict[str, int] = {}
    found: set[str] = set()
    for heading in HEADING.findall(FENCE.sub("", text)):
        base = slug(heading)
        count = seen.get(base, 0)
        seen[base] = count + 1
        found.add(base if count == 0 else f"{base}-{count}")
    return found


def relative_links(page: Path) -> list[tuple[Path, str]]:
    """The page's links that stay in the repository: (target file, anchor or "")."""
    found: list[tuple[Path, str]] = []
    for target in links(page.read_text(encoding="utf-8")):
        if not target or SCHEME.match(target) or target.startswith("/"):
            continue
        path, _, anchor = target.partition("#")
        found.append(((page.parent / path).resolve() if path else page, anchor))
    return found


def test_slug_follows_github() -> None:
    assert slug("JSON schema (`data/<story>.json`)") == "json-schema-datastoryjson"
    assert slug("story.yml: story fields and curation") == "storyyml-story-fields-and-curation"
    assert slug("Why these dependencies") == "why-these-dependencies"
    assert anchors("# A\n\n## A\n\n```\n# not a heading\n```\n") == {"a", "a-1"}


def test_links_skip_code() -> None:
    text = "See [seeds](docs/seeds.md#limits) and `[x](nowhere.md)`.\n\n```\n[y](nowhere.md)\n```\n[r]: cli.md\n"
    assert links(text) == ["docs/seeds.md#limits", "cli.md"]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_relative_links_resolve(page: Path) -> None:
    for target, anchor in relative_links(page):
        shown = f"{page.relative_to(ROOT)} links to {target}"
        assert target.exists(), f"{shown}, which does not exist"
        if anchor and target.suffix == ".md":
            assert anchor in anchors(target.read_text(encoding="utf-8")), f"{shown}#{anchor}: no such heading"


def test_every_docs_page_is_reachable_from_the_readme() -> None:
    reached: set[Path] = set()
    todo = [ROOT / "README.md"]
    while todo:
        page = todo.pop()
        if page in reached or page.suffix != ".md" or not page.is_file():
            continue
        reached.add(page)
        todo.extend(target for target, _ in relative_links(page))
    unreached = [str(p.relative_to(ROOT)) for p in PAGES if p not in reached]
    assert not unreached, f"no link from README.md leads to {unreached}"


def test_readme_is_a_first_page() -> None:
    """A newcomer's page (the project guide): the rest lives in docs/."""
    lines = (ROOT / "README.md").read_text(encoding="utf-8").count("\n")
    assert lines <= 200, f"README.md has {lines} lines; move reference and lab notes to docs/"
