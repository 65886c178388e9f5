"""Calendar dates: "2023-09-12", "March 3, 2021", "Monday, Oct. 26", "July 4", "in July", "on the 15th"."""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import TYPE_CHECKING

from generator.model import Granularity, TimeValue
from generator.temporal import values as tv
from generator.temporal.guards import before_a_noun
from generator.temporal.patterns import (
    DAY,
    DIGITS,
    MONTH,
    MONTH_STEMS,
    SHIFTS,
    WEEKDAY,
    WEEKDAY_STEMS,
    YEAR,
    ci,
    day_number,
    month_number,
    safe_day,
    year_number,
)
from generator.temporal.resolve import (
    WEEKDAYS,
    Tense,
    TimexType,
    resolve_day_of_month,
    resolve_month,
    resolve_month_day,
    resolve_month_offset,
)
from generator.temporal.rule import Context, Resolved, date_of, rule

if TYPE_CHECKING:
    from spacy.tokens import Span

_MONTH_INTRO = re.compile(
    r"\b(?:in|since|until|till|by|from|to|through|throughout|into|during|before|after|of|early|late|last|next|this"
    r"|around|between|as (?:early|late|soon) as)\s+$",
    re.IGNORECASE,
)
_MONTH_BEFORE = re.compile(rf"\b{MONTH}\s*(?:,|and|or|to|through|-|–)\s*$")
"""A month named just before ("February and March") makes "March" a month too."""
_DAY_OF_MONTH_INTRO = re.compile(r"\b(?:on|by|until|till|since|from)\s+$", re.IGNORECASE)


def may_the_verb(match: re.Match[str], tokens: Span) -> bool:
    """ "May 5" where "May" is the modal verb ("they may 5 times...")."""
    return match.group("mon") == "May" and (tokens[0].pos_ == "AUX" or tokens[0].tag_ == "MD")


def march_the_verb(match: re.Match[str], tokens: Span) -> bool:
    """ "March 5" where "march" is the verb."""
    return match.group("mon") == "March" and tokens[0].pos_ == "VERB"


def a_verb_or_a_name(match: re.Match[str], _tokens: Span) -> bool:
    """A bare "May" or "March" (also verbs and names) that no word introducing a date comes before."""
    if match.group("mon") not in {"May", "March"} or match.group("shift"):
        return False
    before = match.string[: match.start()]
    return not (_MONTH_INTRO.search(before) or _MONTH_BEFORE.search(before))


def no_preposition_before(match: re.Match[str], _tokens: Span) -> bool:
    """ "the 15th" is a day of the month only after "on", "by", "until", "since" or "from"."""
    return not _DAY_OF_MONTH_INTRO.search(match.string, 0, match.start())


def _full_date(m: re.Match[str]) -> Resolved | None:
    return date_of(safe_day(year_number(m.group("year")), month_number(m.group("mon")), day_number(m.group("day"))))


def _nearest_month_day(m: re.Match[str], at: Context) -> Resolved | None:
    """A month and day without a year: the nearest such date in the direction of the tense."""
    month, day = month_number(m.group("mon")), day_number(m.group("day"))
    if at.anchor is None:
        return date_of(TimeValue(value=f"XXXX-{month:02d}-{day:02d}", granularity=Granularity.DAY))
    value = resolve_month_day(month, day, at.anchor, at.tense)
    if (
        at.tense is Tense.PAST
        and value is not None
        and value.start is not None
        and (at.anchor - value.start).days > 300
    ):
        # "declared a dividend payable Dec. 7", written Oct. 27: the past tense is the declaring verb's. News
        # gives the year of a date more than ten months back, so a bare month and day is the nearest one.
        value = resolve_month_day(month, day, at.anchor, Tense.PRESENT)
    return date_of(value)


@rule(priority=10, pattern=r"\b\d{4}-\d{2}-\d{2}\b", triggers=DIGITS)
def iso(m: re.Match[str], _at: Context) -> Resolved | None:
    """ "2023-09-12"."""
    year, month, day = (int(x) for x in m.group(0).split("-"))
    return date_of(safe_day(year, month, day))


_OLD_YEAR = (
    r"1[0-5]\d\d(?! (?!(?:in|at|on|by|near|to|for|with|under|when|and|after|before|during|as|from|where|while)\b)"
    r"[A-Za-z])"
)
"""A year before 1600 in a full date ("30 May 1593 in Deptford"), never a count ("March 3, 1200 workers")."""


@rule(priority=20, pattern=rf"\b(?P<mon>{MONTH}) (?P<day>{DAY}),? (?P<year>{YEAR}|{_OLD_YEAR})\b", triggers=MONTH_STEMS)
def month_day_year(m: re.Match[str], _at: Context) -> Resolved | None:
    """ "March 3, 2021"."""
    return _full_date(m)


@rule(
    priority=30,
    pattern=rf"\b(?P<day>{DAY}) (?:of )?(?P<mon>{MONTH}),? (?P<year>{YEAR}|{_OLD_YEAR})\b",
    triggers=MONTH_STEMS,
)
def day_month_year(m: re.Match[str], _at: Context) -> Resolved | None:
    """ "3 March 2021", "26th of Jun 2023"."""
    return _full_date(m)


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}
_CUSTOM = re.compile(r"\b(?:traditional|usual|customary|annual|regular)\s+$", re.IGNORECASE)


@rule(
    priority=35,
    pattern=(
        rf"\b(?P<nth>{ci('first|second|third|fourth|last')}) (?P<wd>{WEEKDAY}) (?:{ci('in|of')}) (?P<mon>{MONTH})"
        rf"(?:,? (?P<year>{YEAR}))?\b"
    ),
    triggers=WEEKDAY_STEMS,
)
def nth_weekday_of_month(m: re.Match[str], at: Context) -> Resolved | None:
    """ "the first Tuesday in November": that day of the month's year (the month's by the tense, without a year).

    After "traditional", "usual" or "annual" it is a custom, each year's (TIMEX3 SET), and dates nothing.
    """
    if _CUSTOM.search(m.string, 0, m.start()):
        return Resolved(TimexType.SET, (TimeValue(value="P1Y", granularity=Granularity.DURATION),))
    month = month_number(m.group("mon"))
    if m.group("year"):
        year = year_number(m.group("year"))
    elif at.anchor is not None:
        year = int(resolve_month(month, at.anchor, at.tense).value[:4])
    else:
        return None
    weekday = WEEKDAYS.index(m.group("wd").lower())
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1) if date(year, month, d).weekday() == weekday]
    nth = _ORDINALS[m.group("nth").lower()]
    return date_of(TimeValue.of_day(date(year, month, days[nth - 1 if nth > 0 else -1])))


@rule(
    priority=41,
    pattern=rf"\b(?P<wd>{WEEKDAY}),? (?P<day>{DAY}) (?:of )?(?P<mon>{MONTH})\b(?:,? (?P<year>{YEAR})\b)?",
    triggers=WEEKDAY_STEMS,
)
def weekday_day_month(m: re.Match[str], at: Context) -> Resolved | None:
    """ "Friday 28 May 2010", "Monday, 26 October": British order, read as "Monday, Oct. 26"."""
    return _weekday_date(m, at)


@rule(
    priority=40,
    pattern=rf"\b(?P<wd>{WEEKDAY}),? (?P<mon>{MONTH}) (?P<day>{DAY})\b(?:,? (?P<year>{YEAR})\b)?",
    triggers=WEEKDAY_STEMS,
)
def weekday_date(m: re.Match[str], at: Context) -> Resolved | None:
    """ "Monday, Oct. 26": the year near publication in which that date falls on that weekday."""
    return _weekday_date(m, at)


def _weekday_date(m: re.Match[str], at: Context) -> Resolved | None:
    if m.group("year"):  # "Monday, March 11, 2013"
        return _full_date(m)
    month, day = month_number(m.group("mon")), day_number(m.group("day"))
    weekday = m.group("wd").lower()
    if at.anchor is not None:
        for year in (at.anchor.year, at.anchor.year - 1, at.anchor.year + 1):
            value = safe_day(year, month, day)
            if value is not None and value.start is not None and WEEKDAYS[value.start.weekday()] == weekday:
                return date_of(value)
    return _nearest_month_day(m, at)


@rule(
    priority=50,
    pattern=rf"\b(?P<mon>{MONTH}) (?P<day>{DAY})\b(?!,? {YEAR})(?![\d:.,]\d)",
    triggers=MONTH_STEMS,
    rejects=(may_the_verb, march_the_verb),
)
def month_day(m: re.Match[str], at: Context) -> Resolved | None:
    """ "July 4", "Sept. 20": the nearest such date in the direction of the tense."""
    return _nearest_month_day(m, at)


@rule(
    priority=60,
    pattern=rf"\b(?P<day>{DAY}) (?P<mon>{MONTH})\b(?!,? {YEAR})",
    triggers=MONTH_STEMS,
    rejects=(may_the_verb,),
)
def day_month(m: re.Match[str], at: Context) -> Resolved | None:
    """ "4 July": as "July 4"."""
    return _nearest_month_day(m, at)


@rule(
    priority=70,
    pattern=rf"\b(?:(?P<mod>{ci('early|mid|late')})[- ])?(?P<mon>{MONTH}),? (?:of )?(?P<year>{YEAR})\b",
    triggers=MONTH_STEMS,
    rejects=(may_the_verb,),
)
def month_year(m: re.Match[str], _at: Context) -> Resolved | None:
    """ "April 2019", "mid-July 2020"."""
    return date_of(tv.of_month(year_number(m.group("year")), month_number(m.group("mon"))))


@rule(
    priority=71,
    pattern=(
        rf"\b(?:(?P<mod>{ci('early|mid|late')})[- ])?(?P<mon>{MONTH}),? (?:of )?"
        rf"(?P<shift>{ci('last|this|next')}) year\b(?!['’]s)"
    ),
    triggers=MONTH_STEMS,
    rejects=(may_the_verb,),
)
def month_of_a_near_year(m: re.Match[str], at: Context) -> Resolved | None:
    """ "May last year", "the end of June this year", "March of next year": that month of that year."""
    if at.anchor is None:
        return None
    return date_of(tv.of_month(at.anchor.year + SHIFTS[m.group("shift").lower()], month_number(m.group("mon"))))


@rule(
    priority=80,
    pattern=(
        rf"\b(?:(?P<shift>(?P<far>{ci('last|next')})|{ci('this|early|late|mid')})[- ])?(?P<mon>January|February"
        r"|March|April|May|June|July|August|September|October|November|December)\b(?!-)"
        r"(?(far)|(?! (?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b))"  # "this January 2nd": the day's date
    ),
    triggers=MONTH_STEMS,
    rejects=(a_verb_or_a_name,),
)
def month(m: re.Match[str], at: Context) -> Resolved | None:
    """ "in July", "last March", "next May": the nearest such month in the direction of the tense (or shift).

    Not a month written before its day ("January 2nd", "this January 2nd press conference"): the day's date is the
    expression; "last March 3" and "next May 5" keep their month.
    """
    number = month_number(m.group("mon"))
    if at.anchor is None:
        return date_of(TimeValue(value=f"XXXX-{number:02d}", granularity=Granularity.MONTH))
    shift = (m.group("shift") or "").lower()
    if shift == "last":
        value = resolve_month_offset(-((at.anchor.month - number) % 12 or 12), at.anchor)
    elif shift == "next":
        value = resolve_month_offset((number - at.anchor.month) % 12 or 12, at.anchor)
    elif shift == "this":
        value = tv.of_month(at.anchor.year, number)
    else:
        value = resolve_month(number, at.anchor, at.tense)
    return date_of(value)


@rule(
    priority=420,
    # "on the 15th", "by the 3rd": a day of this month or one beside it (not "the 15th floor", "the 15th of")
    pattern=rf"\b{ci('the')} (?P<day>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b(?! of\b|-)",
    triggers=("1st", "2nd", "3rd", "0th", "1th", "2th", "3th", "4th", "5th", "6th", "7th", "8th", "9th"),
    rejects=(no_preposition_before, before_a_noun),
)
def day_of_month(m: re.Match[str], at: Context) -> Resolved | None:
    """ "on the 15th": that day of the publication month or a month beside it."""
    if at.anchor is None:
        return None
    return date_of(resolve_day_of_month(int(m.group("day")), at.anchor, at.tense))
