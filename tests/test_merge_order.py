"""Merging a story does not depend on the order its articles are given in."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.ingest import load_project
from generator.nlp.parse import parse_articles
from generator.pipeline import build_briefing

pytestmark = pytest.mark.slow
SEEDS = Path(__file__).parent / "golden" / "harbour-strike" / "seeds"


def test_briefing_is_the_same_for_any_article_order(nlp):
    story = load_project(SEEDS).stories[0]
    parsed = parse_articles(nlp, story.articles)
    forward, _ = build_briefing(story, parsed)
    backward, _ = build_briefing(story, list(reversed(parsed)))
    assert forward == backward


def test_an_article_that_gives_the_date_makes_a_publication_dated_event_exact():
    from datetime import date

    from generator.extract import Findings
    from generator.extract.timeline import EventMention
    from generator.merge.events import merge_events
    from generator.model import Citation, TimeValue

    day = TimeValue.of_day(date(2005, 4, 27))

    def findings(article: str, *, from_publication: bool) -> Findings:
        mention = EventMention(
            when=day,
            text="The A380 made its maiden flight.",
            is_future=False,
            names=(),
            citation=Citation(article, 1, "The A380 made its maiden flight."),
            from_publication=from_publication,
        )
        return Findings(article=article, timexes=(), actors=(), events=(mention,), questions=(), background=())

    guessed = findings("a", from_publication=True)
    stated = findings("b", from_publication=False)
    assert [e.from_publication for e in merge_events([guessed], [], newest=None)] == [True]
    for order in ([guessed, stated], [stated, guessed]):
        (event,) = merge_events(order, [], newest=None)
        assert not event.from_publication
        assert len(event.citations) == 2


def test_one_event_reported_by_week_and_by_day_is_one_row_on_the_day():
    from datetime import date

    from generator.extract import Findings
    from generator.extract.timeline import EventMention
    from generator.merge.events import merge_events
    from generator.model import Citation, Granularity, TimeValue

    week = TimeValue(value="2023-W37", granularity=Granularity.WEEK, start=date(2023, 9, 11), end=date(2023, 9, 17))
    monday = TimeValue.of_day(date(2023, 9, 11))
    later = TimeValue.of_day(date(2023, 9, 25))

    def findings(article: str, when: TimeValue, text: str) -> Findings:
        mention = EventMention(when=when, text=text, is_future=False, names=(), citation=Citation(article, 1, text))
        return Findings(article=article, timexes=(), actors=(), events=(mention,), questions=(), background=())

    first = findings("a", week, "The firm began laying off staff.")
    second = findings("b", monday, "The firm began laying off staff in its offices.")
    elsewhere = findings("c", later, "The firm began laying off staff.")
    for order in ([first, second], [second, first]):
        (event,) = merge_events(order, [], newest=None)
        assert event.when == monday and len(event.citations) == 2
    assert len(merge_events([first, elsewhere], [], newest=None)) == 2  # another week: another event


def _mentions(*rows):
    """Findings of one event mention each: (article, day, text, names, from_publication)."""
    from datetime import date

    from generator.extract import Findings
    from generator.extract.timeline import EventMention
    from generator.model import Citation, TimeValue

    return [
        Findings(
            article=article,
            timexes=(),
            actors=(),
            events=(
                EventMention(
                    when=TimeValue.of_day(date(2024, 6, day)),
                    text=text,
                    is_future=False,
                    names=names,
                    citation=Citation(article, 1, text),
                    from_publication=guessed,
                ),
            ),
            questions=(),
            background=(),
        )
        for article, day, text, names, guessed in rows
    ]


def _actors(*names: str):
    from generator.model import Actor, ActorKind

    return [Actor(id=n.lower(), name=n, kind=ActorKind.ORGANIZATION, mentions=2, citations=()) for n in names]


def test_an_acquisition_reported_days_later_by_publication_day_is_the_deal_day():
    from generator.merge.events import merge_events

    rows = _mentions(
        ("a", 12, "Acme agreed to buy Bolt Industries for $2 billion.", ("Acme", "Bolt Industries"), False),
        ("b", 14, "Acme has agreed to buy Bolt Industries.", ("Acme", "Bolt Industries"), True),
    )
    for order in (rows, rows[::-1]):
        (event,) = merge_events(order, _actors("Acme", "Bolt Industries"), newest=None)
        assert event.when.value == "2024-06-12"
        assert len(event.citations) == 2
        assert not event.from_publication
    late = _mentions(
        ("a", 1, "Acme agreed to buy Bolt Industries.", (), False),
        ("b", 14, "Acme has agreed to buy Bolt Industries.", (), True),
    )
    assert len(merge_events(late, [], newest=None)) == 2  # two weeks apart: not the same report


def test_one_day_a_shared_actor_and_inflected_words_make_one_event_but_different_deeds_stay_apart():
    from generator.merge.events import merge_events

    actors = _actors("Acme", "Bolt Industries")
    same = _mentions(
        ("a", 12, "Acme acquires Bolt Industries in a deal worth $2 billion.", ("Acme", "Bolt Industries"), False),
        ("b", 12, "Acme acquired rival Bolt Industries.", ("Acme", "Bolt Industries"), False),
    )
    assert len(merge_events(same, actors, newest=None)) == 1
    different = _mentions(
        ("a", 12, "Acme opened a new plant in Ohio.", ("Acme",), False),
        ("b", 12, "Acme fired its chief financial officer.", ("Acme",), False),
    )
    assert len(merge_events(different, actors, newest=None)) == 2
