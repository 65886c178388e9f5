"""Merge a story's event mentions: one event per date and wording, cited by every article that reports it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from generator.extract import Findings
from generator.merge.actors import actor_index, find_actor
from generator.merge.similarity import similarity
from generator.model import Actor, Citation, Event, EventStatus

SIMILAR_EVENT = 0.5
"""Events on one date whose wordings are this alike (`similarity`) are one."""


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
            if event.when.value == mention.when.value and similarity(event.text, mention.text) >= SIMILAR_EVENT:
                merged[position] = _with_citation(
                    event, mention.citation, ids, from_publication=mention.from_publication
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


def _with_citation(event: Event, citation: Citation, ids: tuple[str, ...], *, from_publication: bool) -> Event:
    """`event` with one more citation; an article that gives the date itself makes it no longer a guess."""
    return Event(
        when=event.when,
        text=event.text,
        status=event.status,
        actors=tuple(sorted(set(event.actors) | set(ids))),
        citations=tuple(sorted({*event.citations, citation})),
        from_publication=event.from_publication and from_publication,
    )
