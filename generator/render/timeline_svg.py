"""A static, accessible SVG timeline, rendered at build time (no JavaScript).

Long quiet gaps are compressed and marked with a break, so a span from 2011 to last week stays readable. A day
is a dot; a week, month, year or range is a bar. Labels are laid out in lanes so that they never overlap.
Upcoming events sit apart, after the axis. All text is escaped and real SVG text, with a <title> per mark for
screen readers (its text inert, like every title: see `inert_text`); colours come from `currentColor` and CSS
classes, so light and dark themes both work.
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

WIDTH = 640
MARGIN = 16
AXIS_GAP = 26
"""Vertical space between the axis and the first lane of labels."""
LANE = 34
"""Height of one lane of labels."""
CHAR = 6.4
"""Estimated width of one character of label text at the font size used (12 px)."""
LABEL_CHARS = 38
BREAK_DAYS = 400
"""A gap longer than this between consecutive events is compressed and drawn with a break mark."""


@dataclass(frozen=True, slots=True)
class Mark:
    """One event placed on the picture."""

    x0: float
    x1: float
    """Equal to x0 for a day (a dot); larger for a span (a bar)."""
    lane: int
    label_x: float
    label_width: float
    label: str
    title: str
    is_point: bool


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


def layout(events: Sequence[Event], *, width: int = WIDTH) -> tuple[list[Mark], list[float], int]:
    """Place every dated past event: marks, break positions and the number of label lanes."""
    dated = [e for e in events if e.when.start is not None and e.when.end is not None]
    if not dated:
        return [], [], 0
    right = width - MARGIN - LABEL_CHARS * CHAR / 3
    points = [d for e in dated for d in (e.when.start, e.when.end) if d is not None]
    positions, breaks = _scale(points, MARGIN + 4, right)
    marks: list[Mark] = []
    lane_ends: list[float] = []
    for event in sorted(dated, key=lambda e: e.sort_key):
        assert event.when.start is not None and event.when.end is not None  # noqa: S101 - filtered above
        x0, x1 = positions[event.when.start], positions[event.when.end]
        is_point = event.when.granularity is Granularity.DAY and event.when.start == event.when.end
        text = event.text if len(event.text) <= LABEL_CHARS else event.text[: LABEL_CHARS - 1].rstrip() + "…"
        label = f"{event_when(event)}: {text}"
        label_width = len(label) * CHAR
        label_x = min(x0, width - MARGIN - label_width)
        lane = next((i for i, end in enumerate(lane_ends) if label_x >= end + 8), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(0.0)
        lane_ends[lane] = label_x + label_width
        marks.append(
            Mark(
                x0=x0,
                x1=max(x1, x0),
                lane=lane,
                label_x=label_x,
                label_width=label_width,
                label=label,
                title=f"{event_when(event)}: {event.text}",
                is_point=is_point,
            )
        )
    return marks, breaks, len(lane_ends)


def render_timeline_svg(events: Sequence[Event], *, title: str, width: int = WIDTH) -> Markdown:
    """The timeline picture as an inline SVG block (empty when nothing is dated)."""
    past = [e for e in events if e.status is EventStatus.PAST]
    upcoming = [e for e in events if e.status is EventStatus.UPCOMING]
    marks, breaks, lanes = layout(past, width=width)
    if not marks and not upcoming:
        return Markdown("")
    axis_y = MARGIN + 8
    height = axis_y + AXIS_GAP + max(lanes, 1) * LANE + (LANE * (len(upcoming) + 1) if upcoming else 0)
    first = min((e.when.start for e in past if e.when.start), default=None)
    last = max((e.when.end for e in past if e.when.end), default=None)
    summary = f"{len(marks)} dated events" + (
        f" from {first.isoformat()} to {last.isoformat()}" if first and last else ""
    )
    if upcoming:
        summary += f", and {len(upcoming)} upcoming"
    parts = [
        f'<svg class="timeline-svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="100%" role="img" aria-labelledby="tl-title tl-desc">',
        f'<title id="tl-title">{escape(inert_text(title))}</title>',
        f'<desc id="tl-desc">{escape(summary)}</desc>',
    ]
    if marks:
        parts.append(f'<line class="tl-axis" x1="{MARGIN}" y1="{axis_y}" x2="{width - MARGIN}" y2="{axis_y}"/>')
        parts.extend(
            f'<path class="tl-break" d="M{x - 5:.1f} {axis_y + 6} l5 -12 M{x:.1f} {axis_y + 6} l5 -12"/>'
            for x in breaks
        )
    for mark in marks:
        y = axis_y + AXIS_GAP + mark.lane * LANE
        shape = (
            f'<circle class="tl-dot" cx="{mark.x0:.1f}" cy="{axis_y}" r="5"/>'
            if mark.is_point
            else f'<rect class="tl-bar" x="{mark.x0:.1f}" y="{axis_y - 4}" width="{max(mark.x1 - mark.x0, 6):.1f}" '
            f'height="8" rx="4"/>'
        )
        parts.append(
            f'<g class="tl-event"><title>{escape(inert_text(mark.title))}</title>{shape}'
            f'<line class="tl-leader" x1="{mark.x0:.1f}" y1="{axis_y + 6}" x2="{mark.x0:.1f}" y2="{y - 10}"/>'
            f'<text class="tl-label" x="{mark.label_x:.1f}" y="{y}">{escape(mark.label)}</text></g>'
        )
    if upcoming:
        top = axis_y + AXIS_GAP + max(lanes, 1) * LANE
        parts.append(f'<text class="tl-heading" x="{MARGIN}" y="{top}">Upcoming</text>')
        for index, event in enumerate(upcoming, start=1):
            y = top + index * LANE
            text = event.text if len(event.text) <= 80 else event.text[:79].rstrip() + "…"
            label = f"{event_when(event)}: {text}"
            parts.append(
                f'<g class="tl-event tl-upcoming"><title>{escape(inert_text(label))}</title>'
                f'<circle class="tl-dot tl-open" cx="{MARGIN + 6}" cy="{y - 4}" r="5"/>'
                f'<text class="tl-label" x="{MARGIN + 18}" y="{y}">{escape(label)}</text></g>'
            )
    parts.append("</svg>")
    # Focusable, so that a keyboard can scroll the picture where it is wider than the screen; out of the search
    # index, whose snippets would run the labels together (the table below the picture holds the same events).
    return Markdown(f'<figure class="timeline-figure" tabindex="0" data-search-exclude>{"".join(parts)}</figure>')
