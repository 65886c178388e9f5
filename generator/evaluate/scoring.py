"""Score a story's key events against a journalist's timeline: Date-F1 and alignment ROUGE-1/2 (news-tls)."""

from __future__ import annotations

import statistics
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from generator.evaluate.rouge import Score, align_many_to_one, date_score
from generator.evaluate.timeline17 import Task
from generator.merge.key_events import central_citation, day_words
from generator.model import Briefing, Event, Granularity

if TYPE_CHECKING:
    from generator.pipeline import Session


@dataclass(frozen=True, slots=True, kw_only=True)
class TaskResult:
    """One task's figures and what they took."""

    name: str
    articles: int
    gold_dates: int
    key_events: int
    ar1: Score
    ar2: Score
    """Alignment ROUGE-1 and -2 of the cited sentences (`predicted_timeline(events, timeline)`)."""
    ar1_worded: Score
    ar2_worded: Score
    """The same of the events as the timeline words them."""
    dates: Score
    parse_seconds: float
    """Parsing and extraction (nothing when the findings cache has every article)."""
    merge_seconds: float
    """Merging, curation, key events."""
    render_seconds: float


def predicted_timeline(events: Sequence[Event], timeline: Sequence[Event] = ()) -> dict[date, tuple[str, ...]]:
    """The key events as a timeline of days (events not dated to a day are left out).

    Each day's summary is its events' texts as the timeline words them, or, given the story's `timeline`, the
    sentence each event cites that shares most words with that day's reports (`central_citation`; the reader sees
    it under the event): the journalists' timelines are whole sentences.
    """
    same_day: dict[date, list[Event]] = defaultdict(list)
    for event in timeline:
        if event.when.granularity is Granularity.DAY and event.when.start is not None:
            same_day[event.when.start].append(event)
    days: dict[date, list[str]] = defaultdict(list)
    for event in events:
        if event.when.granularity is Granularity.DAY and event.when.start is not None:
            cited = central_citation(event, day_words(same_day[event.when.start])) if timeline else None
            days[event.when.start].append(cited.text if cited is not None else event.text)
    return {d: tuple(texts) for d, texts in sorted(days.items())}


def evaluate_task(task: Task, session: Session) -> tuple[TaskResult, Briefing]:
    """Build the task's story as the product does and score its key events."""
    from generator.ingest import Story
    from generator.ingest.curation import StoryMeta
    from generator.pipeline import build_briefing
    from generator.render import render_briefing
    from generator.render.markdown import make_environment

    started = time.perf_counter()
    extracted = session.extract(task.articles)
    parsed = time.perf_counter()
    story = Story(slug=task.slug, meta=StoryMeta(), articles=task.articles)
    briefing, _ = build_briefing(story, [extracted[(a.story, a.id)] for a in task.articles])
    merged = time.perf_counter()
    render_briefing(make_environment(session.settings.templates_dir), briefing)
    rendered = time.perf_counter()
    predicted = predicted_timeline(briefing.key_events, briefing.timeline)
    worded = predicted_timeline(briefing.key_events)
    gold = task.gold.days
    result = TaskResult(
        name=task.name,
        articles=len(task.articles),
        gold_dates=len(gold),
        key_events=len(briefing.key_events),
        ar1=align_many_to_one(predicted, gold, 1),
        ar2=align_many_to_one(predicted, gold, 2),
        ar1_worded=align_many_to_one(worded, gold, 1),
        ar2_worded=align_many_to_one(worded, gold, 2),
        dates=date_score(predicted, gold),
        parse_seconds=parsed - started,
        merge_seconds=merged - parsed,
        render_seconds=rendered - merged,
    )
    return result, briefing


def macro(results: Sequence[TaskResult]) -> dict[str, float]:
    """The mean over tasks of each F1 (as news-tls averages its timelines)."""
    return {
        "ar1_f": statistics.fmean(r.ar1.f1 for r in results),
        "ar2_f": statistics.fmean(r.ar2.f1 for r in results),
        "ar1_f_worded": statistics.fmean(r.ar1_worded.f1 for r in results),
        "ar2_f_worded": statistics.fmean(r.ar2_worded.f1 for r in results),
        "date_f1": statistics.fmean(r.dates.f1 for r in results),
    }


def as_record(result: TaskResult) -> dict[str, object]:
    """One task's figures as JSON-ready data."""
    return {
        "task": result.name,
        "articles": result.articles,
        "gold_dates": result.gold_dates,
        "key_events": result.key_events,
        "ar1_p": result.ar1.precision,
        "ar1_r": result.ar1.recall,
        "ar1_f": result.ar1.f1,
        "ar2_p": result.ar2.precision,
        "ar2_r": result.ar2.recall,
        "ar2_f": result.ar2.f1,
        "ar1_f_worded": result.ar1_worded.f1,
        "ar2_f_worded": result.ar2_worded.f1,
        "date_p": result.dates.precision,
        "date_r": result.dates.recall,
        "date_f1": result.dates.f1,
        "parse_s": result.parse_seconds,
        "merge_s": result.merge_seconds,
        "render_s": result.render_seconds,
    }
