"""Page and search caches: an unchanged page is not converted or indexed again; the site is the same byte for byte."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from generator.incremental.store import BuildStore, CacheStore
from generator.mkdocs.accel.page_cache import Converted, PageCache

from .test_end_to_end import run

pytestmark = pytest.mark.slow

ARTICLE = (
    "Port workers in Valletta began a strike on Monday, the union said.\n\n"
    "Union leader Maria Borg said the dispute could last weeks. It is unclear whether talks will resume.\n"
)


def tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def counts(output: str, what: str = "converted, (\\d+) from the page cache") -> tuple[int, int]:
    found = re.search(rf"briefings: (\d+) page\(s\) {what}", output)
    assert found, output
    return int(found[1]), int(found[2])


def search_counts(output: str) -> tuple[int, int]:
    return counts(output, "indexed for search, (\\d+) from the cache")


@pytest.fixture
def project(make_project) -> Path:
    root = make_project(
        {"port-strike/2024-03-05-strike.txt": ARTICLE, "port-strike/2024-03-05-strike.yml": "published: 2024-03-05\n"}
    )
    (root / "briefings").mkdir()  # MkDocs checks that docs_dir exists before the plugin fills it
    return root


def mkdocs(project: Path, site: str, *, fails: bool = False) -> str:
    result = run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", site], project, fails=fails)
    return result.stdout + result.stderr


def test_a_second_build_converts_nothing_and_writes_the_same_site(project):
    first = mkdocs(project, "site-1")
    converted, cached = counts(first)
    assert converted > 5 and cached == 0
    indexed = search_counts(first)[0]
    assert indexed > 5 and search_counts(first) == (indexed, 0)
    second = mkdocs(project, "site-2")
    assert counts(second) == (0, converted)
    assert search_counts(second) == (0, indexed)  # Material's search plugin parsed no page again
    assert tree(project / "site-1") == tree(project / "site-2")


def test_an_edited_article_is_converted_again_and_matches_a_build_without_the_cache(project):
    mkdocs(project, "site-1")
    seed = project / "seeds" / "port-strike" / "2024-03-05-strike.txt"
    seed.write_text(ARTICLE.replace("could last weeks", "could last months"), encoding="utf-8")
    output = mkdocs(project, "site-2")
    converted, cached = counts(output)
    assert 0 < converted < cached  # the briefing and its source page, not the shared pages that did not change
    assert 0 < search_counts(output)[0] < search_counts(output)[1]
    source = (project / "site-2" / "port-strike" / "sources" / "2024-03-05-strike" / "index.html").read_text()
    assert "could last months" in source and "could last weeks" not in source
    config = (project / "mkdocs.yml").read_text()
    (project / "mkdocs.yml").write_text(config.replace("      model: ", "      page_cache: false\n      model: "))
    mkdocs(project, "site-3")
    assert tree(project / "site-2") == tree(project / "site-3")


def test_a_cached_page_fails_a_strict_build_as_a_fresh_one_does(project):
    mkdocs(project, "site-1")
    (project / "briefings" / "notes.md").write_text("# Notes\n\nSee [the plan](plan.md).\n", encoding="utf-8")
    for converted in (True, False):
        output = mkdocs(project, "site-2", fails=True)
        assert "contains a link 'plan.md', but the target is not found" in output
        assert "Aborted with 1 warnings in strict mode" in output
        assert (counts(output)[0] > 0) == converted  # the second time, every page comes from the cache


def test_an_unreadable_entry_is_ignored(tmp_path):
    entry = Converted(html="<p>x</p>", toc=[], title=None, anchors=["s1"], links=None, logs=[("mkdocs", 30, "w")])
    assert Converted.from_bytes(entry.to_bytes()) == entry
    cache = PageCache(tmp_path)
    (tmp_path / "ab").mkdir()
    (tmp_path / "ab" / f"ab{'0' * 62}.json").write_bytes(b'["half an entry"')
    assert cache.get(f"ab{'0' * 62}") is None
    (tmp_path / "ab" / f"ab{'0' * 62}.json").write_bytes(b"[1, 2, 3, 4, 5, 6]")
    assert cache.get(f"ab{'0' * 62}") is None


@pytest.mark.parametrize("keep", [True, False])
def test_a_one_off_build_does_not_hold_every_page_in_memory(tmp_path, keep):
    store = CacheStore(tmp_path, suffix=".json", encode=Converted.to_bytes, decode=Converted.from_bytes, keep=keep)
    entry = Converted(html="<p>x</p>", toc=[], title=None, anchors=[], links=None)
    store.put("ab12", entry)
    assert (store.memory == {"ab12": entry}) is keep  # under `mkdocs serve` the next rebuild reads it from memory
    assert store.get("ab12") == entry  # from disk when not kept
    assert (len(store.memory) == 1) is keep


def test_a_build_keeps_only_the_entries_it_asked_for(tmp_path):
    store = BuildStore(tmp_path, suffix=".json", encode=Converted.to_bytes, decode=Converted.from_bytes)
    entry = Converted(html="<p>x</p>", toc=[], title=None, anchors=[], links=None)
    store.put("aa01", entry)
    store.put("bb02", entry)
    store.begin()  # the next build asks for one entry it has and one it lacks
    assert store.lookup("aa01") == entry and store.lookup("cc03") is None
    assert (store.hits, store.misses) == (1, 1)
    store.finish()
    assert sorted(p.stem for p in tmp_path.rglob("*.json")) == ["aa01"]
