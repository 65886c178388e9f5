"""The Atom feed parses as a feed and the calendar with a real iCalendar library; ids are stable; timeline dates."""

from __future__ import annotations

from datetime import date

import feedparser
import icalendar

from generator.model import Briefing, Citation, Event, EventStatus, Summary, TimeValue
from generator.render.feeds import render_atom, render_ics
from generator.temporal.values import of_month


def briefing(slug: str, updated: date, events: tuple[Event, ...] = ()) -> Briefing:
    return Briefing(
        slug=slug,
        title=f"Story <{slug}> & more",
        summary=Summary(text="What happened, in short."),
        status="developing",
        updated=updated,
        tags=("ports",),
        sources=(),
        editor_background=None,
        background=(),
        actors=(),
        timeline=events,
        questions=(),
    )


def upcoming(when: TimeValue, text: str) -> Event:
    return Event(when=when, text=text, status=EventStatus.UPCOMING, citations=(Citation("a", 1, text),))


def test_atom_feed_parses_with_one_entry_per_story_newest_first():
    feed = feedparser.parse(
        render_atom(
            [briefing("old", date(2020, 1, 1)), briefing("new", date(2024, 3, 5))],
            site_url="https://example.org/briefings",
        )
    )
    assert not feed.bozo, feed.bozo_exception
    assert [e.id for e in feed.entries] == ["urn:briefings:story:new", "urn:briefings:story:old"]
    assert feed.entries[0].title == "Story <new> & more"
    assert feed.entries[0].link == "https://example.org/briefings/new/"
    assert feed.feed.updated.startswith("2024-03-05")


def test_entry_ids_do_not_change_when_a_story_is_updated():
    before = feedparser.parse(render_atom([briefing("s", date(2024, 1, 1))])).entries[0]
    after = feedparser.parse(render_atom([briefing("s", date(2024, 2, 1))])).entries[0]
    assert before.id == after.id and before.updated != after.updated


def test_calendar_holds_upcoming_events_with_known_dates():
    events = (
        upcoming(TimeValue.of_day(date(2024, 3, 20)), "Court hearing; appeal, possibly"),
        upcoming(of_month(2024, 4), "Vote on the new toll"),
        upcoming(TimeValue(value="FUTURE_REF", granularity="reference"), "Talks, some day"),  # type: ignore[arg-type]
    )
    calendar = icalendar.Calendar.from_ical(render_ics([briefing("s", date(2024, 3, 5), events)]))
    found = [(str(e["SUMMARY"]), e.decoded("DTSTART"), e.decoded("DTEND")) for e in calendar.walk("VEVENT")]
    assert found == [
        ("Court hearing; appeal, possibly", date(2024, 3, 20), date(2024, 3, 21)),
        ("Vote on the new toll", date(2024, 4, 1), date(2024, 5, 1)),
    ]


def test_home_shows_the_newest_stories_and_the_archive_lists_all_by_month():
    from pathlib import Path, PurePosixPath

    from generator.render import HOME_STORIES, render_shared
    from generator.render.markdown import make_environment

    templates = Path(__file__).resolve().parent.parent / "templates"
    stories = [briefing(f"s{i:03d}", date(2024, 1 + i % 12, 1 + i % 28)) for i in range(HOME_STORIES + 5)]
    pages = render_shared(make_environment(templates), stories, templates)
    home = pages[PurePosixPath("index.md")]
    assert home.count("](s") == HOME_STORIES
    assert f"[All {HOME_STORIES + 5} stories, by month](archive.md)" in home
    archive = pages[PurePosixPath("archive.md")]
    assert archive.count("](s") == HOME_STORIES + 5
    assert archive.index("## December 2024") < archive.index("## January 2024")


def test_an_event_dated_by_publication_reads_by_that_day():
    from pathlib import Path

    from generator.render import render_briefing
    from generator.render.markdown import make_environment

    templates = Path(__file__).resolve().parent.parent / "templates"
    day = TimeValue.of_day(date(2005, 4, 27))
    events = (
        Event(
            when=day, text="The jet made its first flight.", citations=(Citation("a", 1, "x"),), from_publication=True
        ),
        Event(when=day, text="Crowds watched.", citations=(Citation("a", 2, "y"),)),
    )
    (page,) = [
        text
        for path, text in render_briefing(make_environment(templates), briefing("s", day.start, events)).items()
        if path.name == "index.md"
    ]
    guessed = next(line for line in page.splitlines() if "first flight" in line and line.startswith("|"))
    stated = next(line for line in page.splitlines() if "Crowds watched" in line and line.startswith("|"))
    assert ">by 27 Apr 2005</span>" in guessed and "the article gives no date" in guessed
    assert ">27 Apr 2005</span>" in stated and "no date" not in stated
    assert "<title>by 27 Apr 2005: The jet made its first flight.</title>" in page  # the timeline picture too
