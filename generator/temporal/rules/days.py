"""Days and times of day: "Friday", "yesterday", "Christmas", "9 a.m. Tuesday", "this morning", "the second day"."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import TYPE_CHECKING

from generator.model import Granularity, TimeValue
from generator.temporal import values as tv
from generator.temporal.guards import in_a_title
from generator.temporal.patterns import ORDINAL_ALTERNATIVES, PARTS_OF_DAY, WEEKDAY, WEEKDAY_STEMS, ci, part_of_day
from generator.temporal.resolve import (
    Tense,
    TimexType,
    holiday_date,
    resolve_day_offset,
    resolve_unit_offset,
    resolve_weekday,
    resolve_weekday_shifted,
)
from generator.temporal.rule import Context, Resolved, date_of, rule, time_of

if TYPE_CHECKING:
    from spacy.tokens import Span

_HOLIDAYS = (
    "(?i:christmas day|christmas eve|christmas|easter sunday|easter monday|easter|thanksgiving day|thanksgiving|"
    "palm sunday|good friday|holy thursday|maundy thursday|ash wednesday|"
    "new year['’]s day|new year['’]s eve|election day|independence day|halloween|valentine['’]s day|"
    "memorial day|labor day)"
)
_OF_BEFORE = re.compile(r"\bof\s+$")
_TIMELESS_TODAY = re.compile(r"['’]s (?:world|youth|society|generation|children|young|standards|culture)\b", re.I)
"""'today's world', 'today's youth': the present age, not the publication day."""
_DAY_OFFSETS = {
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
    "yesterday": -1,
    "today": 0,
    "tomorrow": 1,
    "tonight": 0,
    "last night": -1,
}
"""Days from the publication day, in the order the pattern tries them (longest first)."""
_AT_LEAST_AS_PRECISE = {
    "week": {Granularity.DAY, Granularity.WEEK},
    "month": {Granularity.DAY, Granularity.WEEK, Granularity.MONTH},
    "year": {
        Granularity.DAY,
        Granularity.WEEK,
        Granularity.MONTH,
        Granularity.QUARTER,
        Granularity.HALF,
        Granularity.SEASON,
        Granularity.YEAR,
    },
}


def part_of_a_name(match: re.Match[str], tokens: Span) -> bool:
    """ "Girl Friday", "Man Friday": a capitalised word joined to a bare weekday makes it part of a name."""
    if match.group("shift"):
        return False
    first = tokens[0]
    return any(
        (c.dep_ == "compound" and c.i < first.i and c.is_title and c.i > first.sent.start)
        or (c.dep_ == "compound" and c.i < first.i and c.pos_ == "PROPN")
        for c in first.children
    )


def a_figure_of_speech(match: re.Match[str], _tokens: Span) -> bool:
    """ "the cars of tomorrow": figurative."""
    figurative = match.group("rel").lower() in {"today", "tomorrow", "yesterday"}
    return figurative and bool(_OF_BEFORE.search(match.string[: match.start()]))


def the_present_age(match: re.Match[str], _tokens: Span) -> bool:
    """ "today's world", "today's youth": the present age, not the publication day."""
    return bool(_TIMELESS_TODAY.match(match.string, match.end()))


@rule(
    priority=140,
    pattern=(
        rf"\b(?:(?P<h>1[0-2]|0?[1-9])(?::(?P<min>[0-5]\d))? ?(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)"
        rf"|(?P<word>{ci('noon|midday|midnight')}))"
        rf"(?: (?P<tz>[A-Z]{{2,4}}T))?(?:,? (?:{ci('on')} )?"
        rf"(?P<day>{WEEKDAY}|{ci('today|yesterday|tomorrow|tonight')}))?"
    ),
    triggers=("a.m", "p.m", "am", "pm", "noon", "midday", "midnight"),
)
def clock(m: re.Match[str], at: Context) -> Resolved | None:
    """ "9 a.m. Tuesday", "noon Thursday", "10:30 p.m.": a time on a day (publication day when none is named)."""
    if at.anchor is None:
        return None
    if m.group("word"):
        hour, minute = (24, 0) if m.group("word").lower() == "midnight" else (12, 0)
    else:
        hour, minute = int(m.group("h")) % 12, int(m.group("min") or 0)
        if m.group("ampm").lower().startswith("p"):
            hour += 12
    day = TimeValue.of_day(at.anchor)
    named = (m.group("day") or "").lower()
    if named in {"yesterday", "tomorrow"}:
        day = resolve_day_offset(-1 if named == "yesterday" else 1, at.anchor)
    elif named and named not in {"today", "tonight"}:
        day = resolve_weekday(named, at.anchor, at.tense)
    return Resolved(TimexType.TIME, (tv.of_time(day, f"{hour:02d}:{minute:02d}"),))


@rule(
    priority=210,
    pattern=(
        rf"\b(?:{ci('earlier|later')} )?(?P<this>{ci('this')}) (?P<part>{ci('morning|afternoon|evening')})\b"
        rf"|(?:(?<=\b{ci('in')} )|(?<=\b{ci('during')} )){ci('the')} (?P<part2>{ci('morning|afternoon|evening')})\b"
        rf"|(?:(?<=\b{ci('later in')} )|(?<=\b{ci('earlier in')} ))"
        rf"{ci('the')} (?P<in_unit>{ci('day|week|month|year')})\b"
        rf"|\b{ci('mid')}[- ]?(?P<mid>{ci('morning|afternoon|evening')})"
        rf"(?: (?P<rel>{ci('yesterday|today|tomorrow')}))?\b"
    ),
    triggers=("morning", "afternoon", "evening", "in the day", "in the week", "in the month", "in the year"),
)
def this_part(m: re.Match[str], at: Context) -> Resolved | None:
    """ "this morning", "later this afternoon", "mid-morning yesterday": the publication day (or the day named).

    "In the morning", "later in the day": the narrative's day in focus (`Context.scene`) when there is one, else
    the publication day;
    "earlier in the week/month/year": the one containing the date in focus if that date is at least as precise,
    else the one containing the publication day.
    """
    if at.anchor is None:
        return None
    day = at.anchor + timedelta(days={"yesterday": -1, "tomorrow": 1}.get((m.group("rel") or "").lower(), 0))
    last = at.scene
    if (
        not (m.group("this") or m.group("rel"))
        and last is not None
        and last.granularity is Granularity.DAY
        and last.start is not None
    ):
        day = last.start
    part = m.group("part") or m.group("part2") or m.group("mid")
    if part is not None:
        return time_of(part_of_day(day, part))
    unit = m.group("in_unit").lower()
    if unit == "day":
        return date_of(TimeValue.of_day(day))
    base = at.anchor
    if last is not None and last.start is not None and last.granularity in _AT_LEAST_AS_PRECISE[unit]:
        base = last.start
    return date_of(resolve_unit_offset(unit, 0, base))


_OWNED = re.compile(r"\b(?:my|our|your|his|her|their|its)\s+$", re.IGNORECASE)


def an_owned_holiday(match: re.Match[str], _tokens: Span) -> bool:
    """ "our Christmas and birthday presents", "their Easter": a holiday someone has, not a date."""
    return not match.group("shift") and bool(_OWNED.search(match.string, 0, match.start()))


@rule(
    priority=250,
    pattern=rf"\b(?:(?P<shift>{ci('last|next|this')}) )?(?P<name>{_HOLIDAYS})\b",
    triggers=(
        "christmas",
        "easter",
        "thanksgiving",
        "new year",
        "election day",
        "independence day",
        "halloween",
        "valentine",
        "memorial day",
        "labor day",
        "palm sunday",
        "good friday",
        "holy thursday",
        "maundy thursday",
        "ash wednesday",
    ),
    rejects=(an_owned_holiday,),
)
def holiday(m: re.Match[str], at: Context) -> Resolved | None:
    """ "Christmas", "last Thanksgiving", "Easter": the holiday's date in the year the tense (or shift) points to."""
    if at.anchor is None:
        return None
    anchor = at.anchor
    name = m.group("name").lower().replace("’", "'")
    shift = (m.group("shift") or "").lower()
    years = {"last": [anchor.year - 1, anchor.year], "next": [anchor.year, anchor.year + 1]}.get(
        shift, [anchor.year - 1, anchor.year, anchor.year + 1]
    )
    days = [holiday_date(name, year) for year in years]
    if shift == "last" or (not shift and at.tense is Tense.PAST):
        chosen = max((d for d in days if d < anchor or (d == anchor and not shift)), default=days[0])
    elif shift == "next" or (not shift and at.tense is Tense.FUTURE):
        chosen = min((d for d in days if d > anchor or (d == anchor and not shift)), default=days[-1])
    else:
        chosen = min(days, key=lambda d: (abs((d - anchor).days), d))
    return date_of(TimeValue.of_day(chosen))


@rule(
    priority=320,
    pattern=(
        rf"\b(?:(?P<shift>{ci('last|next|this|past|coming')}) )?(?P<wd>{WEEKDAY})"
        rf"(?: (?P<part>{ci('morning|afternoon|evening|night')}))?\b"
    ),
    triggers=WEEKDAY_STEMS,
    rejects=(part_of_a_name,),
)
def weekday(m: re.Match[str], at: Context) -> Resolved | None:
    """ "Friday" (by the tense), "last Tuesday", "next Monday", "Monday morning"."""
    if at.anchor is None:
        return None
    shift = (m.group("shift") or "").lower()
    if shift in {"last", "past"}:
        value = resolve_weekday_shifted(m.group("wd"), at.anchor, -1)
    elif shift in {"next", "coming"}:
        value = resolve_weekday_shifted(m.group("wd"), at.anchor, 1)
    else:
        value = resolve_weekday(m.group("wd"), at.anchor, at.tense)
    if part := m.group("part"):
        return time_of(tv.of_time(value, PARTS_OF_DAY[part.lower()]))
    return date_of(value)


@rule(
    priority=330,
    pattern=rf"\b(?P<rel>{ci('|'.join(_DAY_OFFSETS))})\b",
    triggers=("yesterday", "today", "tomorrow", "tonight", "night"),
    rejects=(a_figure_of_speech, the_present_age, in_a_title),
)
def relative_day(m: re.Match[str], at: Context) -> Resolved | None:
    """ "yesterday", "today", "tomorrow", "tonight", "last night"."""
    if at.anchor is None:
        return None
    word = m.group("rel").lower()
    if word in {"tonight", "last night"}:
        return time_of(part_of_day(at.anchor + timedelta(days=_DAY_OFFSETS[word]), "night"))
    return date_of(resolve_day_offset(_DAY_OFFSETS[word], at.anchor))


@rule(
    priority=400,
    pattern=(
        # "the second day of talks", "for the seventh straight day" (not "the 25th day of Bahman", a calendar)
        rf"\b(?:{ci('the')} )?(?:\d{{1,2}}(?:st|nd|rd|th)|{ci(ORDINAL_ALTERNATIVES)}) "
        rf"(?:{ci('straight|consecutive|successive')} )?{ci('day')}\b(?!-| of [A-Z])"
    ),
    triggers=("st day", "nd day", "rd day", "th day", "straight day", "consecutive day", "successive day"),
)
def nth_day(_m: re.Match[str], at: Context) -> Resolved | None:
    """ "today is the second day of talks": the publication day in a present clause.

    Elsewhere the day is unknown: "on the second day of the campaign" counts from a start not given.
    """
    if at.anchor is not None and at.tense is Tense.PRESENT:
        return date_of(TimeValue.of_day(at.anchor))
    return date_of(TimeValue(value="XXXX-XX-XX", granularity=Granularity.DAY))
