"""The SVG timeline overview: one mark per event, date ticks that never overlap, a legend, escaped text, gaps broken."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from generator.model import Citation, Event, EventStatus, TimeValue
from generator.render.timeline_svg import CHAR, layout, render_timeline_svg
from generator.temporal.values import of_month, of_year

SVG = "{http://www.w3.org/2000/svg}"


def event(when: TimeValue, text: str, status: EventStatus = EventStatus.PAST) -> Event:
    return Event(when=when, text=text, status=status, citations=(Citation("a", 1, text),))


def parse(markdown: str) -> tuple[ET.Element, ET.Element]:
    """The picture and its caption, parsed from the figure."""
    xml = markdown.replace("data-search-exclude>", 'data-search-exclude="">', 1)  # an HTML attribute without value
    figure = ET.fromstring(xml)  # noqa: S314 - our own output, parsed to check it
    return figure.find(f"{SVG}svg"), figure.find("figcaption")


KIM = [
    event(of_year(2011), "Kim takes power"),
    event(of_month(2019, 4), "First summit"),
    event(TimeValue.of_day(date(2023, 9, 11)), "Putin arrives"),
    event(TimeValue.of_day(date(2023, 9, 12)), "Kim departs"),
    event(TimeValue(value="FUTURE_REF", granularity="reference"), "Summit", EventStatus.UPCOMING),  # type: ignore[arg-type]
]


def test_one_mark_per_event_dots_for_days_bars_for_spans_hollow_for_what_lies_ahead():
    svg, caption = parse(render_timeline_svg(KIM, title="Timeline"))
    groups = svg.findall(f"{SVG}g")
    assert len(groups) == 5
    assert len(svg.findall(f".//{SVG}circle")) == 3  # two days and the open upcoming mark
    assert len(svg.findall(f".//{SVG}rect")) == 2  # a year and a month
    assert svg.find(f"{SVG}title").text == "Timeline"
    assert [g.find(f"{SVG}title").text for g in groups][-1] == "Coming days: Summit"
    assert len(svg.findall(f"{SVG}path")) >= 1  # 2011 → 2019 is compressed behind a break
    assert not svg.findall(f".//{SVG}text[@class='tl-label']"), "no event text in the picture: the table has it"
    legend = "".join(caption.itertext())
    assert "a day" in legend and "a week, month or longer" in legend and "ahead" in legend


def test_the_ticks_name_the_years_with_events_and_the_description_the_range():
    svg, _ = parse(render_timeline_svg(KIM, title="Timeline"))
    ticks = sorted((float(t.get("x")), t.text) for t in svg.findall(f"{SVG}text") if t.get("class") == "tl-tick")
    assert [text for _, text in ticks] == ["2011", "2019", "2023", "Ahead"]
    assert svg.find(f"{SVG}desc").text.startswith("4 dated events from 2011-01-01 to 2023-09-12, and 1 ahead")


def test_a_short_story_is_ticked_by_days_and_a_year_long_one_by_months():
    days = [event(TimeValue.of_day(date(2023, 9, d)), f"Day {d}") for d in (4, 5, 11)]
    svg, _ = parse(render_timeline_svg(days, title="T"))
    assert [t.text for t in svg.findall(f"{SVG}text")] in (["4 Sep", "11 Sep"], ["4 Sep", "5 Sep", "11 Sep"])
    months = [event(of_month(2023, m), f"Month {m}") for m in (1, 4, 9)]
    svg, _ = parse(render_timeline_svg(months, title="T"))
    assert [t.text for t in svg.findall(f"{SVG}text")] == ["Jan 2023", "Apr 2023", "Sep 2023"]


def test_text_is_escaped():
    svg = render_timeline_svg(
        [event(TimeValue.of_day(date(2020, 1, 1)), "<script>alert(1)</script> & co")],
        title="<b>",
        colours=[0],
        stories=["<img src=x onerror=alert(1)>"],
    )
    assert "<script>" not in svg and "‹script›" in svg and "&amp; co" in svg  # titles are inert text
    assert "<img" not in svg and "&lt;img" in svg  # the caption is escaped HTML
    parse(svg)  # still well-formed XML


def test_across_stories_each_story_has_its_colour_and_a_key():
    two = [KIM[2], KIM[3]]
    svg, caption = parse(render_timeline_svg(two, title="T", colours=[0, 1], stories=["Summit", "Strike"]))
    classes = [g.find("*[@class]").get("class") for g in svg.findall(f"{SVG}g")]
    assert classes == ["tl-dot tl-c0", "tl-dot tl-c1"]
    keys = ["".join(k.itertext()) for k in caption.findall("span")]
    assert "Summit" in keys and "Strike" in keys


def test_nothing_dated_draws_nothing():
    assert render_timeline_svg([], title="T") == ""


@given(st.lists(st.integers(0, 5000), min_size=1, max_size=40))
def test_ticks_never_overlap_and_every_event_has_a_mark(offsets):
    start = date(2010, 1, 1)
    events = [event(TimeValue.of_day(start + timedelta(days=d)), "x") for d in offsets]
    marks, _, ticks = layout(events)
    assert len(marks) == len(events)
    spans = sorted((t.label_x - len(t.label) * CHAR / 2, t.label_x + len(t.label) * CHAR / 2) for t in ticks)
    assert all(start >= 0 and end <= 720 for start, end in spans), "a label outside the picture"
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))
    assert all(0 <= m.x0 <= m.x1 <= 720 for m in marks)
