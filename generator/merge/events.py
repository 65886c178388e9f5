"""Merge a story's event mentions: one event per date and wording, cited by every article that reports it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from generator.extract import Findings
from generator.extract.timeline import EventMention
from generator.merge.actors import actor_index, find_actor
from generator.merge.similarity import SIMILAR_TEXT, overlap, stemmed_words
from generator.model import Actor, Citation, Event, EventStatus, Granularity, TimeValue

SIMILAR_EVENT = 0.5
"""Events on one date whose wordings are this alike (`similarity`, words without inflections) are one; on a day
inside the other's week or month, they must be as alike as two background sentences (`SIMILAR_TEXT`)."""
SHARED_ACTOR_EVENT = 0.4
"""Events on one date that name an actor in common need only be this alike: "Acme has acquired Bolt" and "Acme
buys Bolt in a $2bn deal"."""
REPORTED_WITHIN = 7
"""An event dated only by the publication of the article that reports it ("Acme has acquired Bolt", published on
the 14th) is the same as an alike event another article dates up to this many days before (the deal of the 12th)."""


def merge_events(findings: Sequence[Findings], actors: Sequence[Actor], *, newest: date | None) -> tuple[Event, ...]:
    """One event per real-world event: the same or a nested date, alike wording (or a shared actor), every citation.

    Events after the newest article (or vaguely future) are upcoming. Candidates are looked up by the days they
    span, so a story of thousands of mentions does not compare every pair.
    """
    index = actor_index(actors)
    merged: list[Event] = []
    words: list[frozenset[str]] = []
    """The stemmed content words of each merged event's wording."""
    by_day: dict[int | str, list[int]] = {}
    mentions = sorted((e for f in findings for e in f.events), key=lambda e: (e.citation.article, e.citation.sentence))
    for mention in mentions:
        ids = tuple(sorted({i for n in mention.names if (i := find_actor(index, n)) is not None}))
        upcoming = mention.when.value == "FUTURE_REF" or (
            newest is not None and mention.when.start is not None and mention.when.start > newest
        )
        mention_words = stemmed_words(mention.text)
        position = _same_event(merged, words, by_day, mention, mention_words, ids)
        if position is not None:
            event = merged[position]
            updated = _with_citation(
                event, mention.citation, ids, from_publication=mention.from_publication, when=mention.when
            )
            if updated.when != event.when:  # a guessed day replaced by the day another article gives
                for key in _keys(event.when):
                    by_day[key].remove(position)
                for key in _keys(updated.when):
                    by_day.setdefault(key, []).append(position)
            merged[position] = updated
            continue
        for key in _keys(mention.when):
            by_day.setdefault(key, []).append(len(merged))
        words.append(mention_words)
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


def _keys(when: TimeValue) -> list[int | str]:
    """Where an event is filed: its value, and each day it spans when it spans at most a month."""
    keys: list[int | str] = [when.value]
    if when.start is not None and when.end is not None and (when.end - when.start).days <= _NEAR_DAYS:
        keys += range(when.start.toordinal(), when.end.toordinal() + 1)
    return keys


def _lookups(when: TimeValue, *, from_publication: bool) -> list[int | str]:
    """Where the events a mention may report again are filed.

    Its own keys, and for one day the days an event dated by its report (`REPORTED_WITHIN`) may lie from it: before
    a publication day, after a day an article gives.
    """
    keys = _keys(when)
    if when.granularity is Granularity.DAY and when.start is not None:
        day = when.start.toordinal()
        keys += range(day - REPORTED_WITHIN, day) if from_publication else range(day + 1, day + REPORTED_WITHIN + 1)
    return keys


def _same_event(
    merged: list[Event],
    words: list[frozenset[str]],
    by_day: dict[int | str, list[int]],
    mention: EventMention,
    mention_words: frozenset[str],
    ids: tuple[str, ...],
) -> int | None:
    """The position in `merged` of the event a mention reports again, if any (the first such, in article order)."""
    when, from_publication = mention.when, mention.from_publication
    candidates = sorted({p for key in _lookups(when, from_publication=from_publication) for p in by_day.get(key, [])})
    for position in candidates:
        event = merged[position]
        alike = overlap(words[position], mention_words)
        shares = bool(set(ids) & set(event.actors))
        if event.when.value == when.value and (alike >= SIMILAR_EVENT or (shares and alike >= SHARED_ACTOR_EVENT)):
            return position
        if _one_inside_the_other(event.when, when) and alike >= SIMILAR_TEXT:
            return position
        if from_publication != event.from_publication and alike >= SIMILAR_EVENT:
            guessed, given = (when, event.when) if from_publication else (event.when, when)
            if _reported_after(guessed, given):
                return position
    return None


def _reported_after(guessed: TimeValue, given: TimeValue) -> bool:
    """A publication day (`guessed`: on or before it) up to `REPORTED_WITHIN` days after the day an article gives."""
    if guessed.granularity is not Granularity.DAY or given.granularity is not Granularity.DAY:
        return False
    if guessed.start is None or given.start is None:
        return False
    return 0 <= (guessed.start - given.start).days <= REPORTED_WITHIN


def _drop_coarser_duplicates(events: list[Event]) -> list[Event]:
    """ "Terminal 3 will open in January 2008" tagged as both 2008-01 and 2008: keep the finer date."""
    by_text: dict[str, list[Event]] = {}
    for event in events:
        by_text.setdefault(event.text, []).append(event)
    kept = []
    for event in events:
        finer = [
            other
            for other in by_text[event.text]
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

    An article that gives the date itself makes it no longer a guess, and its date wins over a publication day.
    """
    if when is None or (from_publication and not event.from_publication):
        finer = event.when
    elif event.from_publication and not from_publication:
        finer = when
    else:
        finer = _finer(event.when, when)
    return Event(
        when=finer,
        text=event.text,
        status=event.status,
        actors=tuple(sorted(set(event.actors) | set(ids))),
        citations=tuple(sorted({*event.citations, citation})),
        from_publication=event.from_publication and from_publication,
    )
