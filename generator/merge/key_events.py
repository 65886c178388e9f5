"""Key events: a bounded selection of a story's timeline, the days the coverage is about.

A story of many articles has hundreds of dated events; the reader needs the few dozen that made the story. Days
are ranked by how many articles report an event on that day (reporting volume), how much was published in the
days right after it (a burst of coverage follows a real event), how early in their articles those events are
reported (lede position) and how salient their actors are in the story. The event whose cited sentence shares most
words with the day's other reports (the wording the coverage agrees on) stands for each chosen day. How many days:
a number that grows with the story (`key_event_count`), never a figure given from outside. A story whose timeline
is no longer than that (or than `KEEP_WHOLE`) keeps every event.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from generator.merge.similarity import content_words
from generator.model import Actor, Citation, Event, EventStatus, Granularity

MIN_KEY_EVENTS = 10
MAX_KEY_EVENTS = 40
PER_SQRT_ARTICLE = 3.0
"""Key events per square root of the story's article count: 15 at 25 articles, 30 at 100, 40 from 178 (chosen on
the Timeline17 development topics: 2.0 / 2.5 / 3.0 / 3.5 gave macro AR1-F 0.119 / 0.125 / 0.128 / 0.130)."""
BURST_DAYS = 2
"""Coverage counted for a day's burst: articles published in the `BURST_DAYS` days from that day on."""
KEEP_WHOLE = 15
"""A timeline of at most this many events is short enough to read whole: every event is a key event."""
LEDE_SENTENCES = 3
"""A citation among an article's first sentences counts as lede position."""


@dataclass(frozen=True, slots=True, kw_only=True)
class DayScore:
    """Why a day is a key day: the features it is ranked by."""

    day: date
    reports: int
    """Distinct articles that report an event on this day."""
    burst: int
    """Articles published on this day or the next (`BURST_DAYS` days in all)."""
    ledes: int
    """Distinct articles that report an event of this day in their first `LEDE_SENTENCES` sentences."""
    salience: float
    """The summed salience of the actors of this day's events (each actor once; the story's most salient is 1)."""

    @property
    def score(self) -> float:
        """Reporting volume first; burst, lede position and actor salience add to it."""
        return self.reports + 0.5 * self.ledes + 0.1 * math.sqrt(self.burst) + 0.5 * self.salience


def key_event_count(articles: int) -> int:
    """How many key events a story of `articles` articles gets: grows with the story, 10 to 40."""
    return max(MIN_KEY_EVENTS, min(MAX_KEY_EVENTS, round(PER_SQRT_ARTICLE * math.sqrt(articles))))


def select_key_events(
    timeline: Sequence[Event], actors: Sequence[Actor], published: Sequence[date]
) -> tuple[Event, ...]:
    """The story's key events in date order: one per key day, at most `key_event_count` of them.

    `published` holds every article's publication day. Only past events dated to a day inside the coverage
    (first to newest publication) are ranked by day: older dates are background, later ones not yet news. When
    they give fewer days than wanted, the best-reported of the other events fill the selection.
    """
    wanted = key_event_count(len(published))
    if len(timeline) <= max(wanted, KEEP_WHOLE):
        return tuple(timeline)
    by_day = _candidates_by_day(timeline, published)
    top = max((a.salience for a in actors), default=0.0) or 1.0
    salience = {a.id: a.salience / top for a in actors}
    days = sorted(
        (_day_score(day, events, published, salience) for day, events in by_day.items()),
        key=lambda d: (-d.score, d.day),
    )[:wanted]
    chosen = [_day_event(by_day[d.day], salience) for d in days]
    if len(chosen) < wanted:  # few dated days in the coverage (a story of one or two articles): the best of the rest
        rest = sorted((e for e in timeline if e not in chosen), key=lambda e: _event_rank(e, salience), reverse=True)
        chosen += rest[: wanted - len(chosen)]
    return tuple(sorted(chosen, key=lambda e: e.sort_key))


def _candidates_by_day(timeline: Sequence[Event], published: Sequence[date]) -> dict[date, list[Event]]:
    """Past events dated to one day inside the coverage, by day."""
    first, last = min(published, default=date.min), max(published, default=date.max)
    by_day: dict[date, list[Event]] = defaultdict(list)
    for event in timeline:
        day = event.when.start
        if (
            event.when.granularity is Granularity.DAY
            and event.status is EventStatus.PAST
            and day is not None
            and first <= day <= last
        ):
            by_day[day].append(event)
    return by_day


def _day_score(day: date, events: Sequence[Event], published: Sequence[date], salience: dict[str, float]) -> DayScore:
    citations = [c for e in events for c in e.citations]
    until = day + timedelta(days=BURST_DAYS)
    return DayScore(
        day=day,
        reports=len({c.article for c in citations}),
        burst=sum(1 for p in published if day <= p < until),
        ledes=len({c.article for c in citations if 0 < c.sentence <= LEDE_SENTENCES}),
        salience=sum(salience.get(i, 0.0) for i in {i for e in events for i in e.actors}),
    )


def _day_event(events: Sequence[Event], salience: dict[str, float]) -> Event:
    """The event that stands for its day: the one whose cited sentence says most of what the day's reports say."""
    weights = day_words(events)
    return max(events, key=lambda e: (_centrality(central_citation(e, weights), weights), *_event_rank(e, salience)))


def day_words(events: Sequence[Event]) -> Counter[str]:
    """For each content word of a day's cited sentences, how many articles use it in them."""
    uses = {(c.article, word) for e in events for c in e.citations for word in content_words(c.text)}
    return Counter(word for _, word in uses)


def central_citation(event: Event, weights: Counter[str]) -> Citation | None:
    """The event's cited sentence that shares most of the day's words (`day_words`), the earliest of equals."""
    return max(event.citations, key=lambda c: (_centrality(c, weights), -c.sentence), default=None)


def _centrality(citation: Citation | None, weights: Counter[str]) -> int:
    return sum(weights[w] for w in content_words(citation.text)) if citation is not None else 0


def _event_rank(event: Event, salience: dict[str, float]) -> tuple[int, int, float, int]:
    """How well reported an event is: most articles, then most lede citations, then salient actors, then earliest."""
    ledes = sum(1 for c in event.citations if 0 < c.sentence <= LEDE_SENTENCES)
    first = min((c.sentence for c in event.citations), default=0)
    return (event.source_count, ledes, sum(salience.get(i, 0.0) for i in event.actors), -first)
