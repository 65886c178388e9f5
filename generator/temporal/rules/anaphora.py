"""Expressions read off the date in focus: "that day", "the next morning", "the following year", "a year earlier".

The focus is the date the text last named; these expressions do not move it themselves.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import TYPE_CHECKING

from generator.model import Granularity, TimeValue
from generator.temporal import values as tv
from generator.temporal.patterns import ci, part_of_day
from generator.temporal.resolve import TimexType, resolve_year_offset
from generator.temporal.rule import Context, Resolved, date_of, rule, time_of

if TYPE_CHECKING:
    from spacy.tokens import Span

_DAY_BEFORE = r"the day before(?! \w+ing\b)"
"""Not "later in the day before returning home" (a clause follows, not a date)."""
_ANAPHORS = (
    "at the time|at that time|by that time|that day|the same day|that week|that month|that quarter|that year"
    "|the following day|the next day|" + _DAY_BEFORE + "|the previous day"
)
_WITHIN_A_QUARTER = frozenset({Granularity.DAY, Granularity.WEEK, Granularity.MONTH, Granularity.QUARTER})


def day_one(match: re.Match[str], tokens: Span) -> bool:
    """ "that day one motions had been filed": "day one", a stage, not the day in focus.

    "one" before a plural counts nothing, so "day one" is a name; "That day one person died" and "that day two
    people died" keep their "that day".
    """
    if not match.group(0).lower().endswith("day"):
        return False
    doc, end = tokens.doc, tokens.end
    return end + 1 < len(doc) and doc[end].lower_ == "one" and doc[end + 1].tag_ in {"NNS", "NNPS"}


@rule(
    priority=180,
    pattern=(
        rf"\b(?:(?P<a>{ci('a year')}) (?P<dir>{ci('earlier|before|ago|later')})"
        rf"|(?:{ci('the')} )?{ci('year')}-(?P<adj>{ci('earlier|ago')})(?: {ci('quarter|period')})?)\b"
    ),
    triggers=("year",),
    anaphoric=True,
)
def year_shift(m: re.Match[str], at: Context) -> Resolved | None:
    """ "a year earlier" / "year-earlier": the date in focus moved a year (quarters keep their quarter)."""
    direction = (m.group("dir") or m.group("adj") or "").lower()
    step = 1 if direction == "later" else -1
    last = at.focus
    quarter_in_focus = last is not None and last.granularity is Granularity.QUARTER
    if (direction == "ago" and not quarter_in_focus) or last is None or last.start is None:
        if at.anchor is None:
            return None
        return date_of(resolve_year_offset(step, at.anchor))
    year = last.start.year + step
    if last.granularity is Granularity.QUARTER:
        return date_of(tv.of_quarter(year, (last.start.month - 1) // 3 + 1))
    if last.granularity is Granularity.MONTH:
        return date_of(tv.of_month(year, last.start.month))
    return date_of(tv.of_year(year))


@rule(
    priority=390,
    pattern=(
        rf"(?={ci('at |by |that |the ')})"  # fails fast elsewhere
        rf"\b(?P<ana>{ci(_ANAPHORS)}"
        rf"|{ci('the following|the preceding')} (?P<unit>{ci('week|month|year')})"
        rf"|{ci('the next|the following')} (?P<dpart>{ci('morning|afternoon|evening')})"
        rf"|{ci('that|the same')} (?P<tpart>{ci('morning|afternoon|evening|night')})"
        rf"|{ci('the')} (?P<bpart>{ci('night|evening')}) {ci('before')}(?! \w+ing\b))\b"
    ),
    triggers=("time", "day", "week", "month", "quarter", "year", "morning", "afternoon", "evening", "night"),
    rejects=(day_one,),
    anaphoric=True,
)
def anaphor(m: re.Match[str], at: Context) -> Resolved | None:
    """ "that day", "the next morning", "the following year": read off the date in focus.

    With no date in focus precise enough, still a time expression (TimeML tags it), of no known value.
    """
    resolved = _from_focus(m, at.focus) if at.focus is not None else None
    if resolved is None:
        is_time = m.group("dpart") or m.group("tpart") or m.group("bpart")
        return Resolved(TimexType.TIME if is_time else TimexType.DATE, ())
    return resolved


def _from_focus(m: re.Match[str], last: TimeValue) -> Resolved | None:
    part, step = (m.group("dpart"), 1) if m.group("dpart") else (m.group("tpart"), 0)
    if m.group("bpart"):
        part, step = m.group("bpart"), -1
    if part:  # "the next morning", "that night", "the night before": a part of a day beside the one in focus
        if last.granularity is not Granularity.DAY or last.start is None:
            return None
        return time_of(part_of_day(last.start + timedelta(days=step), part))
    word = m.group("ana").lower()
    if m.group("unit"):  # "the following year", "the preceding month": one unit after or before the focus
        return _next_unit(last, m.group("unit").lower(), -1 if word.startswith("the preceding") else 1)
    if word in {"the following day", "the next day", "the day before", "the previous day"}:
        if last.granularity is not Granularity.DAY or last.start is None:
            return None
        step = 1 if word in {"the following day", "the next day"} else -1
        return date_of(TimeValue.of_day(last.start + timedelta(days=step)))
    if word.endswith("year") and last.start is not None:
        return date_of(tv.of_year(last.start.year))
    if word.endswith("month") and last.start is not None and last.granularity is Granularity.DAY:
        return date_of(tv.of_month(last.start.year, last.start.month))
    if word.endswith("quarter"):  # "that quarter": the quarter of a day, month or quarter in focus
        if last.start is None or last.granularity not in _WITHIN_A_QUARTER:
            return None
        return date_of(tv.of_quarter_containing(last.start))
    return date_of(last)


def _next_unit(last: TimeValue, unit: str, step: int) -> Resolved | None:
    """The year, month or week after (step 1) or before (-1) the one in focus, if the focus is that precise."""
    if last.start is None:
        return None
    if unit == "year":
        return date_of(tv.of_year(last.start.year + step))
    if unit == "month" and last.granularity in {Granularity.DAY, Granularity.WEEK, Granularity.MONTH}:
        month = last.start.year * 12 + last.start.month - 1 + step
        return date_of(tv.of_month(month // 12, month % 12 + 1))
    if unit == "week" and last.granularity in {Granularity.DAY, Granularity.WEEK}:
        return date_of(tv.of_week_containing(last.start + timedelta(weeks=step)))
    return None
