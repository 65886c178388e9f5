"""A static, accessible SVG overview of a timeline, rendered at build time (no JavaScript).

The picture shows when things happened, not what: the table below it holds every event in full, so no label is
ever cut. A day is a dot, a week, month, year or range is a bar, and what lies ahead is a hollow dot after the
axis. Long quiet gaps are compressed and marked with a break; date ticks name the years (or months, or days) that
have events; a legend under the picture names the marks and, on the cross-story page, gives each story its colour.
Every mark carries a <title> with its date and event (inert text, like every title: see `inert_text`), for
tooltips and screen readers, and the picture has a title and a description. Colours come from CSS classes, so light
and dark themes both work. On a phone the picture is hidden: the table is the vertical, dated layout.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

from generator.model import Event, EventStatus, Granularity
from generator.render.markdown import Markdown, event_when, inert_text
from generator.render.strings import ENGLISH, Strings

WIDTH = 720
MARGIN = 24
AXIS_Y = 22
TICK_Y = 52
"""Where the tick labels sit (their baseline)."""
HEIGHT = 64
FONT = 16
"""Tick labels, in picture units: at least 12 px on screen wherever the picture is shown (560 px and wider)."""
CHAR = 8.6
"""Estimated width of one character at `FONT`."""
UPCOMING_SHARE = 0.16
"""The part of the width, on the right, where upcoming events sit."""
BREAK_DAYS = 400
"""A gap longer than this between consecutive events is compressed and drawn with a break mark."""
COLOURS = 6
"""Story colours on the cross-story picture (CSS classes tl-c0 .. tl-c5, each at least 3:1 in both schemes)."""


@dataclass(frozen=True, slots=True)
class Mark:
    """One event placed on the picture."""

    x0: float
    x1: float
    """Equal to x0 for a day (a dot); larger for a span (a bar)."""
    title: str
    is_point: bool
    upcoming: bool = False
    colour: int = 0


@dataclass(frozen=True, slots=True)
class Tick:
    """A date named under the axis: its mark at `x`, its label centred at `label_x` (kept inside the picture)."""

    x: float
    label: str
    label_x: float


def _scale(days: Sequence[date], left: float, right: float) -> tuple[dict[date, float], list[float]]:
    """Place each distinct day on [left, right]; gaps grow with the log of their length. Returns the breaks."""
    distinct = sorted(set(days))
    if len(distinct) == 1:
        return {distinct[0]: (left + right) / 2}, []
    steps = [math.log1p((b - a).days) + 1.0 for a, b in itertools.pairwise(distinct)]
    unit = (right - left) / sum(steps)
    positions = {distinct[0]: left}
    breaks = []
    x = left
    for (a, b), step in zip(itertools.pairwise(distinct), steps, strict=True):
        x += step * unit
        positions[b] = x
        if (b - a).days > BREAK_DAYS:
            breaks.append(x - step * unit / 2)
    return positions, breaks


def layout(
    events: Sequence[Event], *, width: int = WIDTH, colours: Sequence[int] | None = None, strings: Strings = ENGLISH
) -> tuple[list[Mark], list[float], list[Tick]]:
    """Place every event: marks (past on the axis, upcoming after it), break positions and date ticks.

    `colours`, parallel to `events`, gives each event its story's colour on the cross-story picture.
    """
    colour_of = {id(e): c for e, c in zip(events, colours or [0] * len(events), strict=True)}
    past = [e for e in events if e.status is EventStatus.PAST and e.when.start and e.when.end]
    upcoming = [e for e in events if e.status is EventStatus.UPCOMING]
    right = width - MARGIN - (width * UPCOMING_SHARE if upcoming else 0)
    marks: list[Mark] = []
    breaks: list[float] = []
    ticks: list[Tick] = []
    if past:
        points = [d for e in past for d in (e.when.start, e.when.end) if d is not None]
        positions, breaks = _scale(points, MARGIN + 6, right - 6)
        for event in sorted(past, key=lambda e: e.sort_key):
            assert event.when.start is not None and event.when.end is not None  # noqa: S101 - filtered above
            x0, x1 = positions[event.when.start], positions[event.when.end]
            is_point = event.when.granularity is Granularity.DAY and event.when.start == event.when.end
            title = f"{event_when(event, strings)}: {event.text}"
            marks.append(Mark(x0=x0, x1=max(x1, x0), title=title, is_point=is_point, colour=colour_of[id(event)]))
        ticks = _ticks(positions, width, strings)
    for index, event in enumerate(upcoming):
        x = right + (width - MARGIN - right) * (index + 1) / (len(upcoming) + 1)
        title = f"{event_when(event, strings)}: {event.text}"
        marks.append(Mark(x0=x, x1=x, title=title, is_point=True, upcoming=True, colour=colour_of[id(event)]))
    return marks, breaks, ticks


def _ticks(positions: dict[date, float], width: int, strings: Strings) -> list[Tick]:
    """A tick at the first event of each year (or month, or day, whichever the span needs), where it has room."""
    days = sorted(positions)
    span = (days[-1] - days[0]).days
    if span >= 2 * 365:

        def name(day: date) -> str:
            return str(day.year)
    elif span >= 60:

        def name(day: date) -> str:
            return strings("dates.month", month=strings.short_months[day.month - 1], year=day.year)
    else:

        def name(day: date) -> str:
            return strings.day(day, year=False)

    ticks: list[Tick] = []
    seen: set[str] = set()
    end = -math.inf
    for day in days:
        label = name(day)
        half = len(label) * CHAR / 2
        centre = min(max(positions[day], half + 2), width - half - 2)
        if label in seen or centre - half < end + 10:
            continue
        seen.add(label)
        ticks.append(Tick(x=positions[day], label=label, label_x=centre))
        end = centre + half
    return ticks


def _key(swatch: str, words: str) -> str:
    """One key of the legend: a swatch of the mark and the words that name it."""
    return f'<span class="tl-key"><span class="tl-swatch {swatch}"></span>{escape(words)}</span>'


def _legend(marks: Sequence[Mark], stories: Sequence[str], strings: Strings) -> str:
    """The figure's caption: what the marks mean and, across stories, each story's colour (HTML, wraps on screen)."""
    keys = []
    if any(m.is_point and not m.upcoming for m in marks):
        keys.append(_key("tl-swatch-dot", strings("picture.day")))
    if any(not m.is_point for m in marks):
        keys.append(_key("tl-swatch-bar", strings("picture.longer")))
    if any(m.upcoming for m in marks):
        keys.append(_key("tl-swatch-open", strings("picture.ahead")))
    keys.extend(
        f'<span class="tl-key tl-story"><span class="tl-swatch tl-swatch-bar tl-c{i % COLOURS}"></span>'
        f"{escape(title)}</span>"
        for i, title in enumerate(stories)
    )
    note = f'<span class="tl-note">{escape(strings("picture.note"))}</span>'
    return f'<figcaption class="tl-legend">{" ".join(keys)} {note}</figcaption>'


def render_timeline_svg(
    events: Sequence[Event],
    *,
    title: str,
    width: int = WIDTH,
    colours: Sequence[int] | None = None,
    stories: Sequence[str] = (),
    strings: Strings = ENGLISH,
) -> Markdown:
    """The timeline picture as an inline SVG block in a figure with its legend (empty when nothing is dated).

    `colours` (parallel to `events`) and `stories` (titles by colour index) colour the cross-story picture.
    """
    marks, breaks, ticks = layout(events, width=width, colours=colours, strings=strings)
    if not marks:
        return Markdown("")
    past = [m for m in marks if not m.upcoming]
    first = min((e.when.start for e in events if e.status is EventStatus.PAST and e.when.start), default=None)
    last = max((e.when.end for e in events if e.status is EventStatus.PAST and e.when.end), default=None)
    if first and last:
        summary = strings("picture.events_between", count=len(past), first=first.isoformat(), last=last.isoformat())
    else:
        summary = strings("picture.events", count=len(past))
    if len(past) < len(marks):
        summary = strings("picture.and_ahead", events=summary, count=len(marks) - len(past))
    parts = [
        f'<svg class="timeline-svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {HEIGHT}" '
        f'width="100%" role="img" aria-labelledby="tl-title tl-desc">',
        f'<title id="tl-title">{escape(inert_text(title))}</title>',
        f'<desc id="tl-desc">{escape(strings("picture.description", events=summary))}</desc>',
    ]
    if past:
        axis_end = max(m.x1 for m in past) + 6
        parts.append(f'<line class="tl-axis" x1="{MARGIN}" y1="{AXIS_Y}" x2="{axis_end:.1f}" y2="{AXIS_Y}"/>')
        parts.extend(
            f'<path class="tl-break" d="M{x - 5:.1f} {AXIS_Y + 7} l5 -14 M{x:.1f} {AXIS_Y + 7} l5 -14"/>'
            for x in breaks
        )
    if len(past) < len(marks):
        start = min(m.x0 for m in marks if m.upcoming) - 14
        parts.append(
            f'<line class="tl-axis tl-ahead" x1="{start:.1f}" y1="{AXIS_Y}" x2="{width - MARGIN}" y2="{AXIS_Y}"/>'
            f'<text class="tl-tick" x="{width - MARGIN}" y="{TICK_Y}" text-anchor="end">'
            f"{escape(strings('picture.axis_ahead'))}</text>"
        )
    parts.extend(
        f'<line class="tl-tick-mark" x1="{tick.x:.1f}" y1="{AXIS_Y + 8}" x2="{tick.x:.1f}" y2="{AXIS_Y + 13}"/>'
        f'<text class="tl-tick" x="{tick.label_x:.1f}" y="{TICK_Y}" text-anchor="middle">'
        f"{escape(tick.label)}</text>"
        for tick in ticks
    )
    for mark in marks:
        colour = f" tl-c{mark.colour % COLOURS}" if colours is not None else ""
        if mark.upcoming:
            shape = f'<circle class="tl-dot tl-open{colour}" cx="{mark.x0:.1f}" cy="{AXIS_Y}" r="6"/>'
        elif mark.is_point:
            shape = f'<circle class="tl-dot{colour}" cx="{mark.x0:.1f}" cy="{AXIS_Y}" r="6"/>'
        else:
            shape = (
                f'<rect class="tl-bar{colour}" x="{mark.x0 - 3:.1f}" y="{AXIS_Y - 5}" '
                f'width="{max(mark.x1 - mark.x0 + 6, 10):.1f}" height="10" rx="5"/>'
            )
        upcoming = " tl-upcoming" if mark.upcoming else ""
        parts.append(f'<g class="tl-event{upcoming}"><title>{escape(inert_text(mark.title))}</title>{shape}</g>')
    parts.append("</svg>")
    # Focusable, so that a keyboard can scroll the picture where it is wider than its column; out of the search
    # index (the table below the picture holds the same events).
    figure = "".join(parts) + _legend(marks, stories, strings)
    return Markdown(f'<figure class="timeline-figure" tabindex="0" data-search-exclude>{figure}</figure>')
