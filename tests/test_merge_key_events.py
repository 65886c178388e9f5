"""Key events: a bounded selection of a long timeline, by reporting volume, sized by the story."""

from __future__ import annotations

from datetime import date, timedelta

from generator.merge.key_events import MAX_KEY_EVENTS, MIN_KEY_EVENTS, key_event_count, select_key_events
from generator.model import Actor, ActorKind, Citation, Event, EventStatus, TimeValue

START = date(2010, 4, 20)


def event(day: date, text: str, articles: range, *, sentence: int = 5, when: TimeValue | None = None) -> Event:
    citations = tuple(Citation(f"a{i:03d}", sentence, text) for i in articles)
    return Event(when=when or TimeValue.of_day(day), text=text, citations=citations)


def test_the_count_grows_with_the_story_and_is_bounded():
    counts = [key_event_count(n) for n in (1, 25, 100, 250, 400, 5000)]
    assert counts == sorted(counts)
    assert counts[0] == MIN_KEY_EVENTS
    assert counts[-1] == MAX_KEY_EVENTS
    assert MIN_KEY_EVENTS < key_event_count(100) < MAX_KEY_EVENTS


def test_a_long_timeline_keeps_the_most_reported_days_one_event_each():
    published = [START + timedelta(days=i % 60) for i in range(100)]
    # 60 days; day i is reported by (i % 7) + 1 articles
    timeline = [event(START + timedelta(days=i), f"Thing {i} happened.", range((i % 7) + 1)) for i in range(60)]
    timeline.append(event(START + timedelta(days=6), "A side remark on day six.", range(1)))
    chosen = select_key_events(sorted(timeline, key=lambda e: e.sort_key), [], published)
    assert len(chosen) == key_event_count(100) < len(timeline)
    reports = {e.when.start: (e.when.start - START).days % 7 + 1 for e in timeline}
    kept = {e.when.start for e in chosen}
    assert min(reports[d] for d in kept) >= max(n for d, n in reports.items() if d not in kept)
    assert "A side remark on day six." not in [e.text for e in chosen]
    assert len({e.when.start for e in chosen}) == len(chosen)
    assert list(chosen) == sorted(chosen, key=lambda e: e.sort_key)


def test_lede_position_and_salient_actors_break_ties_between_equally_reported_days():
    published = [START + timedelta(days=i) for i in range(40)]
    timeline = [event(START + timedelta(days=i), f"Filler {i}.", range(2), sentence=9) for i in range(40)]
    lede_day, actor_day = START + timedelta(days=30), START + timedelta(days=31)
    timeline[30] = event(lede_day, "Reported in the lede.", range(2), sentence=1)
    timeline[31] = Event(
        when=TimeValue.of_day(actor_day),
        text="The main actor acted.",
        actors=("main",),
        citations=timeline[31].citations,
    )
    actors = [Actor(id="main", name="Main", kind=ActorKind.PERSON, salience=50.0)]
    wanted = key_event_count(len(published))
    chosen = {e.text for e in select_key_events(timeline, actors, published)}
    assert len(chosen) == wanted
    assert {"Reported in the lede.", "The main actor acted."} <= chosen


def test_undated_out_of_coverage_and_upcoming_events_are_not_key_events():
    published = [START + timedelta(days=i) for i in range(30)]
    timeline = [event(START + timedelta(days=i), f"Day {i}.", range(1)) for i in range(30)]
    timeline += [
        event(date(1993, 1, 1), "Old history, much cited.", range(50)),
        event(
            START,
            "A whole month, much cited.",
            range(50),
            when=TimeValue(
                value="2010-04",
                granularity=TimeValue.of_day(START).granularity.__class__("month"),
                start=date(2010, 4, 1),
                end=date(2010, 4, 30),
            ),
        ),
        Event(
            when=TimeValue.of_day(START + timedelta(days=3)),
            text="Planned, much cited.",
            status=EventStatus.UPCOMING,
            citations=tuple(Citation(f"b{i}", 1, "x") for i in range(50)),
        ),
    ]
    chosen = [e.text for e in select_key_events(timeline, [], published)]
    assert chosen
    assert not {"Old history, much cited.", "A whole month, much cited.", "Planned, much cited."} & set(chosen)


def test_a_short_timeline_keeps_every_event():
    published = [START, START + timedelta(days=1)]
    timeline = [
        event(date(1993, 1, 1), "Old history.", range(1)),
        event(START, "It began.", range(2)),
        Event(
            when=TimeValue(value="FUTURE_REF", granularity=TimeValue.of_day(START).granularity.__class__("reference")),
            text="It will end.",
            status=EventStatus.UPCOMING,
        ),
    ]
    assert select_key_events(timeline, [], published) == tuple(timeline)


def test_a_story_with_few_days_in_its_coverage_fills_the_selection_with_its_best_other_events():
    published = [START]
    timeline = [event(START, "Today's news.", range(1))]
    timeline += [event(date(2000, 1, 1) + timedelta(days=i), f"History {i}.", range(1 + i % 3)) for i in range(20)]
    chosen = select_key_events(timeline, [], published)
    assert len(chosen) == MIN_KEY_EVENTS
    assert "Today's news." in [e.text for e in chosen]
    left = [e.source_count for e in timeline if e not in chosen]
    assert min(e.source_count for e in chosen if e.text.startswith("History")) >= max(left)


def test_the_day_is_represented_by_the_event_whose_sentence_the_days_reports_agree_on():
    published = [START + timedelta(days=i) for i in range(40)]
    timeline = [event(START + timedelta(days=i), f"Filler {i}.", range(1)) for i in range(40)]
    day = START + timedelta(days=5)
    side = Event(
        when=TimeValue.of_day(day),
        text="A spokesman spoke.",
        citations=tuple(Citation(f"s{i}", 7, f"A spokesman number {i} spoke to reporters.") for i in range(3)),
    )
    agreed = Event(
        when=TimeValue.of_day(day),
        text="The rig sank.",
        citations=(Citation("r0", 2, "The burning rig sank into the Gulf of Mexico."),),
    )
    echoes = [
        Event(
            when=TimeValue.of_day(day),
            text=f"Echo {i}.",
            citations=(Citation(f"e{i}", 4, "The rig sank in the Gulf."),),
        )
        for i in range(4)
    ]
    timeline[5:6] = [side, agreed, *echoes]
    chosen = select_key_events(timeline, [], published)
    assert [e.text for e in chosen if e.when.start == day] == ["The rig sank."]
