"""The Atom feed parses as a feed and the calendar with a real iCalendar library; ids are stable; timeline dates."""

from __future__ import annotations

import re
from datetime import date
from pathlib import PurePosixPath

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
        ("Story <s> & more: Court hearing; appeal, possibly", date(2024, 3, 20), date(2024, 3, 21)),
        ("Story <s> & more: Vote on the new toll", date(2024, 4, 1), date(2024, 5, 1)),
    ]


def test_every_calendar_event_names_its_story_and_links_back_to_its_item():
    from generator.render.anchors import item_anchors

    story = briefing(
        "port-strike",
        date(2024, 3, 5),
        (
            upcoming(TimeValue.of_day(date(2024, 3, 20)), "Special services will continue."),
            upcoming(of_month(2024, 4), "Vote on the new toll"),
        ),
    )
    anchors = item_anchors(story)
    for site_url, base in (("https://example.org/news/", "https://example.org/news/"), ("", "")):
        events = icalendar.Calendar.from_ical(render_ics([story], site_url=site_url)).walk("VEVENT")
        assert [str(e["SUMMARY"]) for e in events] == [
            "Story <port-strike> & more: Special services will continue.",
            "Story <port-strike> & more: Vote on the new toll",
        ]
        assert [str(e["URL"]) for e in events] == [f"{base}port-strike/#{anchors(e)}" for e in story.timeline]


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


HOSTILE_ARTICLE = (
    "The city council\x1b met on Tuesday\x07 to discuss the\x0c toll.\x7f The\x85 vote\ufffe will be held on "
    "20 March 2024.\r\nBEGIN:VEVENT\r\nSUMMARY:Injected\r\nEND:VEVENT\rOfficials said the toll\uffff would rise.\n"
)
HOSTILE_META = r"""published: 2024-03-05
title: "Toll \e vote \a nears\rBEGIN:VEVENT"
source: "Courier\x7f\N"
authors: ["Ana\x0b Ruiz"]
tags: ["ports\a", "toll\uFFFE"]
"""
HOSTILE_STORY = r"""title: "Toll \e\a vote\f \x7f\N\uFFFE\uFFFF\rBEGIN:VEVENT"
summary: "The council votes.\rBEGIN:VEVENT\r\nSUMMARY:Injected\r\nEND:VEVENT \x1b[31m"
tags: ["ports\a", "toll\r\nBEGIN:VEVENT"]
timeline:
  - date: 2024-04-02
    event: "Council vote\rBEGIN:VEVENT\r\nSUMMARY:Injected\r\nEND:VEVENT\x85done"
questions:
  - ask: "Will it pass\a?\uFFFF"
"""
NOT_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def test_hostile_text_gives_a_well_formed_feed_and_a_calendar_without_injected_events(make_project, nlp):
    import xml.etree.ElementTree as ET

    from generator.mkdocs.config import load_settings
    from generator.pipeline import render_pages

    project = make_project(
        {
            "toll/story.yml": HOSTILE_STORY,
            "toll/2024-03-05-a.txt": HOSTILE_ARTICLE,
            "toll/2024-03-05-a.yml": HOSTILE_META,
        }
    )
    pages = render_pages(load_settings(project / "mkdocs.yml", given=True)[0], nlp=nlp)
    feed_xml = pages[PurePosixPath("feed.xml")]
    ET.fromstring(feed_xml.encode())  # noqa: S314 - raises on any character XML 1.0 does not allow
    feed = feedparser.parse(feed_xml)
    assert not feed.bozo, feed.bozo_exception
    assert feed.entries[0].title.split() == ["Toll", "vote", "BEGIN:VEVENT"]  # CR and NEL became spaces
    ics = pages[PurePosixPath("events.ics")]
    events = icalendar.Calendar.from_ical(ics).walk("VEVENT")
    assert len(events) == 2  # the editor's and the article's ("will be held on 20 March"), nothing injected
    assert ics.split("\r\n").count("BEGIN:VEVENT") == ics.splitlines().count("BEGIN:VEVENT") == 2
    assert all(set(e) == {"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "URL"} for e in events)
    summaries = [str(e["SUMMARY"]).split() for e in events]
    assert ["Council", "vote", "BEGIN:VEVENT", "SUMMARY:Injected", "END:VEVENT", "done"] in [s[-6:] for s in summaries]
    for path, text in pages.items():
        assert not NOT_TEXT.search(text.replace("\r\n", "\n")), f"{path} holds {NOT_TEXT.search(text)!r}"
        assert "\r" not in text.replace("\r\n", ""), path
