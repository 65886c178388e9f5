"""Merge a story's event mentions: one event per date and wording, cited by every article that reports it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from generator.extract import Findings
from generator.merge.actors import actor_index, find_actor
from generator.merge.similarity import SIMILAR_TEXT, similarity
from generator.model import Actor, Citation, Event, EventStatus, TimeValue

SIMILAR_EVENT = 0.5
"""Events on one date whose wordings are this alike (`similarity`) are one; on a day inside the other's week or
month, they must be as alike as two background sentences (`SIMILAR_TEXT`)."""


def merge_events(findings: Sequence[Findings], actors: Sequence[Actor], *, newest: date | None) -> tuple[Event, ...]:
    """One event per date and wording; events after the newest article (or vaguely future) are upcoming."""
    index = actor_index(actors)
    merged: list[Event] = []
    mentions = sorted((e for f in findings for e in f.events), key=lambda e: (e.citation.article, e.citation.sentence))
    for mention in mentions:
        ids = tuple(sorted({i for n in mention.names if (i := find_actor(index, n)) is not None}))
        upcoming = mention.when.value == "FUTURE_REF" or (
            newest is not None and mention.when.start is not None and mention.when.start > newest
        )
        for position, event in enumerate(merged):
            alike = similarity(event.text, mention.text)
            if (event.when.value == mention.when.value and alike >= SIMILAR_EVENT) or (
                _one_inside_the_other(event.when, mention.when) and alike >= SIMILAR_TEXT
            ):
                merged[position] = _with_citation(
                    event, mention.citation, ids, from_publication=mention.from_publication, when=mention.when
                )
                break
        else:
            merged.append(
                Event(
                    when=mention.when,
                    text=mention.text,
                    actors=ids,
                    citations=(mention.citation,),
                    status=EventStatus.UPCOMING if upcoming else EventStatus.PAST,
                    from_publication=mention.from_publication,
                )
            )
    return tuple(sorted(_drop_coarser_duplicates(merged), key=lambda e: e.sort_key))


def _drop_coarser_duplicates(events: list[Event]) -> list[Event]:
    """ "Terminal 3 will open in January 2008" tagged as both 2008-01 and 2008: keep the finer date."""
    kept = []
    for event in events:
        finer = [
            other
            for other in events
            if other is not event
            and other.text == event.text
            and other.when.start
            and event.when.start
            and event.when.start <= other.when.start
            and other.when.end
            and event.when.end
            and other.when.end <= event.when.end
            and (other.when.start, other.when.end) != (event.when.start, event.when.end)
        ]
        if not finer:
            kept.append(event)
    return kept


_NEAR_DAYS = 31
"""A date inside a week or a month ("this week" and "Monday") may be one event; inside a year is too loose."""


def _one_inside_the_other(a: TimeValue, b: TimeValue) -> bool:
    """Two dates one inside the other and at most a month wide ("this week" and "Monday" of that week)."""
    if a.start is None or a.end is None or b.start is None or b.end is None or "/" in a.value + b.value:
        return False
    if max((a.end - a.start).days, (b.end - b.start).days) > _NEAR_DAYS:
        return False
    return (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)


def _finer(a: TimeValue, b: TimeValue) -> TimeValue:
    """Of two dates one inside the other, the inner one."""
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return a
    return b if (b.end - b.start) < (a.end - a.start) else a


def _with_citation(
    event: Event, citation: Citation, ids: tuple[str, ...], *, from_publication: bool, when: TimeValue | None = None
) -> Event:
    """`event` with one more citation, dated by the finer of its date and `when`.

    An article that gives the date itself makes it no longer a guess.
    """
    return Event(
        when=event.when if when is None else _finer(event.when, when),
        text=event.text,
        status=event.status,
        actors=tuple(sorted(set(event.actors) | set(ids))),
        citations=tuple(sorted({*event.citations, citation})),
        from_publication=event.from_publication and from_publication,
    )
