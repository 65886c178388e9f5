"""The bundled project, built as a user builds it: `briefings build`, then `mkdocs build --strict`."""

from __future__ import annotations

import json
import re
import shutil
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from .conftest import ROOT
from .conftest import run_command as run

pytestmark = pytest.mark.slow


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "site-project"
    target.mkdir()
    for name in ("mkdocs.yml", "seeds", "templates", "briefings"):
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, target / name)
    return target


def test_committed_briefings_are_up_to_date(copy):
    run([sys.executable, "-m", "generator", "build", "--check"], copy)


def test_cli_build_then_strict_mkdocs_build(copy):
    run([sys.executable, "-m", "generator", "build"], copy)
    run([sys.executable, "-m", "mkdocs", "build", "--strict"], copy)
    page = (copy / "site" / "kim-putin-summit" / "index.html").read_text(encoding="utf-8")
    assert "Kim Jong Un" in page and "Open questions" in page
    assert 'href="sources/2023-09-12-kim-train/#s6"' in page
    source = (copy / "site" / "kim-putin-summit" / "sources" / "2023-09-12-kim-train" / "index.html").read_text()
    assert 'id="s6"' in source
    assert (copy / "site" / "search" / "search_index.json").is_file()


def test_mkdocs_build_alone_regenerates_through_the_plugin(copy):
    # MkDocs checks that docs_dir exists before any plugin runs, so the folder stays; its contents go.
    shutil.rmtree(copy / "briefings")
    (copy / "briefings").mkdir()
    run([sys.executable, "-m", "mkdocs", "build", "--strict"], copy)
    assert (copy / "briefings" / "kim-putin-summit" / "index.md").is_file()
    assert (copy / "site" / "kim-putin-summit" / "index.html").is_file()


def test_builds_are_byte_identical_across_time_zone_locale_and_directory(copy, tmp_path):
    other = tmp_path / "elsewhere"
    shutil.copytree(copy, other)
    shutil.rmtree(copy / "briefings")
    shutil.rmtree(other / "briefings")
    run([sys.executable, "-m", "generator", "build"], copy, TZ="Pacific/Kiritimati", LC_ALL="C")
    run([sys.executable, "-m", "generator", "build"], other, TZ="America/Adak", LC_ALL="C.UTF-8")

    def tree(root: Path) -> dict[str, bytes]:
        return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}

    assert tree(copy / "briefings") == tree(other / "briefings")


def test_pagefind_with_the_search_plugin_still_on_is_a_clear_error(copy):
    config = (copy / "mkdocs.yml").read_text()
    (copy / "mkdocs.yml").write_text(config.replace("      model: ", "      search: pagefind\n      model: "))
    result = run([sys.executable, "-m", "mkdocs", "build", "--strict"], copy, fails=True)
    assert "remove `- search` from `plugins:`" in result.stderr
    assert not (copy / "site").exists()


class _Marked(HTMLParser):
    """Collects the text a reader does not want in a search snippet: each sentence number with the first word of
    its sentence ("12 Kim"), and every text of the timeline picture (labels, titles, description)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.numbered: list[str] = []
        self.pictured: list[str] = []
        self._number: str | None = None
        self._number_open = False
        self._svg = 0
        self.outside = ""
        """The text outside the picture: a label that only repeats it (an upcoming event's) does not count."""

    def handle_starttag(self, tag, attrs):
        self._svg += tag == "svg"
        self._number_open = tag == "a" and "sentence-number" in (dict(attrs).get("class") or "").split()

    def handle_endtag(self, tag):
        self._svg -= tag == "svg"
        self._number_open = False

    def handle_data(self, data):
        if self._number_open:
            self._number = data
        elif self._number is not None and data.strip():
            self.numbered.append(f"{self._number} {data.split()[0]}")
            self._number = None
        if self._svg and data.strip():
            self.pictured.append(data.strip())
        elif not self._svg:
            self.outside += data


def test_search_snippets_hold_no_sentence_numbers_citation_marks_or_picture_text(copy):
    run([sys.executable, "-m", "mkdocs", "build", "--strict"], copy)
    docs = json.loads((copy / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    text = {doc["location"]: doc["text"] for doc in docs}
    source = "kim-putin-summit/sources/2023-09-12-kim-train/"
    marked = _Marked()
    marked.feed((copy / "site" / source / "index.html").read_text(encoding="utf-8"))
    marked.feed((copy / "site" / "kim-putin-summit" / "index.html").read_text(encoding="utf-8"))
    assert len(marked.numbered) > 20 and len(marked.pictured) > 10, (marked.numbered, marked.pictured)
    indexed = " ".join(t for location, t in text.items() if location.startswith(source))
    assert "Kim Jong Un has departed" in indexed  # the article is indexed, without its numbers
    assert [n for n in marked.numbered if n in indexed] == []
    assert "cited in" not in indexed
    briefing = " ".join(t for location, t in text.items() if location.startswith("kim-putin-summit/#"))
    assert "Kim Jong Un has departed" in briefing
    outside = " ".join(marked.outside.split())
    assert [p for p in marked.pictured if p in briefing and p not in outside] == []
    assert re.findall(r"\[\d+(?:\.\d+)?\]", briefing) == []  # citation marks


def test_a_story_with_many_questions_builds_its_questions_page_and_every_link_resolves(copy):
    """More than ten open questions: the briefing lists ten and links <story>/questions/, where every question has
    its anchor; `mkdocs build --strict` checks every link, the source page's "cited in" ones included."""
    story = copy / "seeds" / "council-plans"
    story.mkdir()
    asked = [
        "the bridge will reopen",
        "the mayor will resign",
        "the library will close",
        "taxes will rise",
        "the harbour will flood",
        "the school will merge",
        "the museum will expand",
        "the stadium will be sold",
        "the railway will strike",
        "the hospital will hire nurses",
        "the airport will add flights",
        "the market will move",
    ]
    text = " ".join(f"It is unclear whether {what}." for what in asked)
    (story / "2024-02-01-plans.txt").write_text(f"Council weighs plans\n\n{text}\n", encoding="utf-8")
    (story / "2024-02-01-plans.yml").write_text("published: 2024-02-01\n", encoding="utf-8")
    run([sys.executable, "-m", "generator", "build"], copy)
    run([sys.executable, "-m", "mkdocs", "build", "--strict"], copy)
    site = copy / "site" / "council-plans"
    briefing = (site / "index.html").read_text(encoding="utf-8")
    every = (site / "questions" / "index.html").read_text(encoding="utf-8")
    assert "12 open questions" in briefing and 'href="questions/"' in briefing
    assert every.count('id="q-') == 12
    source = (site / "sources" / "2024-02-01-plans" / "index.html").read_text(encoding="utf-8")
    assert source.count('href="../../questions/#q-') == 2 and source.count('href="../../#q-') == 10
