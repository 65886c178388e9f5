"""Weeks, months and years counted from the publication date: "last week", "earlier this month", "next year".

Also "over the weekend", "for the week" and "by the end of the year".
"""

from __future__ import annotations

import re
from datetime import timedelta

from generator.temporal import values as tv
from generator.temporal.guards import in_a_title
from generator.temporal.patterns import SHIFTS, UNIT_STEMS, ci
from generator.temporal.resolve import Tense, resolve_unit_offset, resolve_year_offset
from generator.temporal.rule import Context, Resolved, date_of, duration_of, rule


@rule(priority=220, pattern=rf"\b{ci('the')} {ci('weekend')}\b", triggers=("weekend",))
def the_weekend(_m: re.Match[str], at: Context) -> Resolved | None:
    """ "over the weekend": the last weekend before the anchor (the next one in a future clause)."""
    if at.anchor is None:
        return None
    saturday = at.anchor - timedelta(days=(at.anchor.weekday() - 5) % 7)  # the last Saturday on or before it
    if at.tense is Tense.FUTURE and at.anchor.weekday() < 5:
        saturday += timedelta(days=7)
    return date_of(tv.of_weekend(saturday))


@rule(
    priority=230,
    pattern=rf"(?<=\b{ci('for')} ){ci('the')} {ci('week')}\b(?!-)|\b{ci('the')} {ci('week')}(?=['’]s\b)",
    triggers=("the week",),
)
def the_week(_m: re.Match[str], at: Context) -> Resolved | None:
    """ "For the week, the index fell": a market wrap-up's week, the one the article was published in."""
    return None if at.anchor is None else date_of(tv.of_week_containing(at.anchor))


@rule(
    priority=270,
    pattern=(
        rf"\b{ci('the')} {ci('end|start|beginning|middle')} {ci('of the')} (?P<unit>{ci('year|month|quarter|week')})\b"
        rf"|(?:(?<=\b{ci('since')} )(?P<since>))?\b{ci('year')}(?:[- ]|['’]s ){ci('end')}\b"
    ),
    triggers=(
        "end of the",
        "start of the",
        "beginning of the",
        "middle of the",
        "year end",
        "year-end",
        "year's end",
        "year’s end",
    ),
)
def period_end(m: re.Match[str], at: Context) -> Resolved | None:
    """ "the end (start, middle) of the year": the anchor's year (month, quarter, week); TimeML adds a modifier."""
    if at.anchor is None:
        return None
    if m.group("unit") is None:  # "by year-end"; "since year-end" is the last one
        return date_of(resolve_year_offset(-1 if m.group("since") is not None else 0, at.anchor))
    unit = m.group("unit").lower()
    if unit == "quarter":
        return date_of(tv.of_quarter_containing(at.anchor))
    return date_of(resolve_unit_offset(unit, 0, at.anchor))


@rule(
    priority=340,
    pattern=rf"\b{ci('earlier|later')} (?P<which>{ci('this|that|last|next')}) (?P<unit>{ci('week|month|year')})\b",
    triggers=UNIT_STEMS,
)
def earlier_this(m: re.Match[str], at: Context) -> Resolved | None:
    """ "earlier this year", "later this month", "later next week".

    "Earlier this week" dated on a Monday has nothing of the week before it: the piece was written the day before
    its date (a web page's date is often the next morning's), and the week is the one just gone. Not for a month or
    a year: TimeML reads "earlier this month" on the 1st as that month.
    """
    if at.anchor is None:
        return None
    unit = m.group("unit").lower()
    offset = {"this": 0, "that": 0, "last": -1, "next": 1}[m.group("which").lower()]
    if m.group(0).lower().startswith("earlier") and offset == 0 and unit == "week" and at.anchor.weekday() == 0:
        offset = -1
    return date_of(resolve_unit_offset(unit, offset, at.anchor))


@rule(
    priority=350,
    pattern=(
        rf"\b(?P<the>{ci('the')} )?(?P<shift>{ci('last|next|this|past|coming|previous')}) "
        rf"(?P<unit>{ci('week|weekend|month|year|decade')})\b"
    ),
    triggers=(*UNIT_STEMS, "weekend"),
    rejects=(in_a_title,),
)
def relative_unit(m: re.Match[str], at: Context) -> Resolved | None:
    """ "last week", "this month", "next year", "this weekend"; "the past year" is a length (P1Y).

    "This weekend" in the past tense on a weekday is the weekend just gone; otherwise the coming one.
    """
    shift, unit = m.group("shift").lower(), m.group("unit").lower()
    if m.group("the") and shift in {"past", "last", "coming", "next", "previous"} and unit != "weekend":
        code = "W" if unit == "week" else "M" if unit == "month" else "Y"
        return duration_of(tv.duration(10 if unit == "decade" else 1, code))
    if at.anchor is None:
        return None
    offset = SHIFTS[shift]
    if unit == "weekend":
        if shift == "this" and at.tense is Tense.PAST and at.anchor.weekday() < 5:
            offset = -1  # "only became public this weekend", told on a weekday: the weekend just gone
        return date_of(tv.of_weekend(at.anchor + timedelta(days=(5 - at.anchor.weekday()) + 7 * offset)))
    return date_of(resolve_unit_offset(unit, offset, at.anchor))
