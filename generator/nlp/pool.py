"""Parse and extract many articles on several processes, each loading the model once.

Workers are forked from a process that has no other thread (the CLI: a worker starts with the generator already
imported, which makes a one-article rebuild about half a second quicker), and otherwise started with "spawn" (a
fresh interpreter: safe beside the threads of `mkdocs serve`). They take articles in small chunks, parse them with
`nlp.pipe` in small batches, extract, and send back sentences and findings. They write their parses and findings
to the same on-disk caches (atomic writes, so workers cannot collide): the encoding and writing is shared out
instead of left to the parent after the last result. Results come back in input order, so the output does not
depend on scheduling.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import TYPE_CHECKING

from generator.model import Article, Sentence

if TYPE_CHECKING:
    from spacy.language import Language

    from generator.extract import Findings
    from generator.incremental.findings_cache import FindingsCache
    from generator.nlp.parse import ParseCache

log = logging.getLogger(__name__)

CHUNK = 8
"""Articles per task: small enough to share the work evenly, large enough to amortise sending it."""
MIN_PER_WORKER = 16
"""Fewer missing articles than this per extra worker are parsed in-process: starting a worker (and loading the
model in it) costs about as much as parsing 16 articles."""

_worker: tuple[Language, ParseCache, FindingsCache] | None = None


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def start_method() -> str:
    """ "fork" where it is offered and safe (Linux, no thread but this one), else "spawn"."""
    alone = threading.active_count() == 1
    return (
        "fork" if alone and sys.platform == "linux" and "fork" in multiprocessing.get_all_start_methods() else "spawn"
    )


def workers_for(missing: int, jobs: int) -> int:
    """How many processes to use for `missing` articles with at most `jobs`; 1 means in-process."""
    return max(1, min(jobs, missing // MIN_PER_WORKER))


def _start(model: str, parse_cache: Path | None, findings_cache: Path | None) -> None:
    global _worker
    from generator.incremental.findings_cache import FindingsCache
    from generator.nlp.model import load_model
    from generator.nlp.parse import ParseCache

    _worker = (load_model(model), ParseCache(parse_cache), FindingsCache(findings_cache, model))


def _extract_chunk(articles: Sequence[Article]) -> list[tuple[tuple[Sentence, ...], Findings]]:
    assert _worker is not None  # noqa: S101 - set by the pool initialiser
    results = _extract_here(*_worker, articles)
    _worker[2].store.forget_except(set())  # the parent keeps the findings in memory; this worker need not
    return results


def _extract_here(
    nlp: Language,
    parses: ParseCache,
    findings: FindingsCache,
    articles: Sequence[Article],
    done: Callable[[int], None] | None = None,
) -> list[tuple[tuple[Sentence, ...], Findings]]:
    """Parse and extract, writing each article's findings to the cache where they were made.

    `done` is told of each article extracted (for a progress bar).
    """
    from generator.extract import extract_article
    from generator.nlp.parse import parse_articles

    results = []
    for parsed in parse_articles(nlp, articles, cache=parses):
        results.append((parsed.sentences, extract_article(parsed)))
        if done is not None:
            done(1)
    for article, (sentences, found) in zip(articles, results, strict=True):
        findings.put(findings.key(article), sentences, found)
    return results


Result = tuple[Article, tuple[Sentence, ...], "Findings"]


def start(
    articles: Sequence[Article],
    *,
    model: str,
    jobs: int,
    local: tuple[Language, ParseCache, FindingsCache] | None = None,
    parse_cache: Path | None = None,
    findings_cache: Path | None = None,
    done: Callable[[int], None] | None = None,
) -> Callable[[], list[Result]]:
    """Begin extracting `articles`; the returned function waits for the results (in input order).

    With `local` (a model already loaded here) and few articles, the work is done in-process when the results
    are asked for. Otherwise worker processes start at once, so that loading spaCy in them overlaps with what
    the caller does meanwhile (reading the caches of the unchanged stories). Either way each article's findings
    are written to the findings cache (`local`'s, or the workers' own on `findings_cache`) as they are made.
    `done` is told how many articles are extracted as they come in (one by one here, a chunk at a time from workers).
    """
    workers = workers_for(len(articles), jobs)
    if local is not None and workers == 1:

        def here() -> list[Result]:
            results = _extract_here(*local, articles, done)
            return [(a, s, f) for a, (s, f) in zip(articles, results, strict=True)]

        return here
    log.info("extracting %d articles on %d processes", len(articles), workers)
    chunks = [articles[i : i + CHUNK] for i in range(0, len(articles), CHUNK)]
    context = multiprocessing.get_context(start_method())
    pool = ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start, initargs=(model, parse_cache, findings_cache)
    )
    futures = [pool.submit(_extract_chunk, chunk) for chunk in chunks]

    def collect() -> list[Result]:
        try:
            if done is not None:  # as each chunk comes in, in whatever order
                sizes = {future: len(chunk) for chunk, future in zip(chunks, futures, strict=True)}
                for future in as_completed(futures):
                    done(sizes[future])
            return [
                (article, sentences, findings)
                for chunk, future in zip(chunks, futures, strict=True)
                for article, (sentences, findings) in zip(chunk, future.result(), strict=True)
            ]
        finally:
            pool.shutdown(cancel_futures=True)

    return collect
