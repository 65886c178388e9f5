"""The SVG timeline: one mark per event, labels that never overlap, escaped text, long gaps broken."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from generator.model import Citation, Event, EventStatus, TimeValue
from generator.render.timeline_svg import layout, render_timeline_svg
from generator.temporal.values import of_month, of_year

SVG = "{http://www.w3.org/2000/svg}"


def event(when: TimeValue, text: str, status: EventStatus = EventStatus.PAST) -> Event:
    return Event(when=when, text=text, status=status, citations=(Citation("a", 1, text),))


def parse(markdown: str) -> ET.Element:
    svg = markdown.removeprefix('<figure class="timeline-figure" tabindex="0" data-search-exclude>').removesuffix(
        "</figure>"
    )
    return ET.fromstring(svg)  # noqa: S314 - our own output, parsed to check it


def test_one_mark_per_event_dots_for_days_bars_for_spans():
    events = [
        event(of_year(2011), "Kim takes power"),
        event(of_month(2019, 4), "First summit"),
        event(TimeValue.of_day(date(2023, 9, 11)), "Putin arrives"),
        event(TimeValue.of_day(date(2023, 9, 12)), "Kim departs"),
        event(TimeValue(value="FUTURE_REF", granularity="reference"), "Summit", EventStatus.UPCOMING),  # type: ignore[arg-type]
    ]
    svg = parse(render_timeline_svg(events, title="Timeline"))
    groups = svg.findall(f"{SVG}g")
    assert len(groups) == 5
    assert len(svg.findall(f".//{SVG}circle")) == 3  # two days and the open upcoming mark
    assert len(svg.findall(f".//{SVG}rect")) == 2  # a year and a month
    assert svg.find(f"{SVG}title").text == "Timeline"
    assert all(g.find(f"{SVG}title") is not None for g in groups)
    assert len(svg.findall(f"{SVG}path")) >= 1  # 2011 → 2019 is compressed behind a break


def test_text_is_escaped():
    svg = render_timeline_svg(
        [event(TimeValue.of_day(date(2020, 1, 1)), "<script>alert(1)</script> & co")], title="<b>"
    )
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "&amp; co" in svg
    parse(svg)  # still well-formed XML


@given(st.lists(st.tuples(st.integers(0, 5000), st.text(min_size=1, max_size=60)), min_size=1, max_size=25))
def test_labels_never_overlap(items):
    start = date(2010, 1, 1)
    events = [event(TimeValue.of_day(start + timedelta(days=d)), text or "x") for d, text in items]
    marks, _, _ = layout(events)
    assert len(marks) == len(events)
    for a in marks:
        for b in marks:
            if a is not b and a.lane == b.lane:
                assert a.label_x + a.label_width <= b.label_x or b.label_x + b.label_width <= a.label_x
