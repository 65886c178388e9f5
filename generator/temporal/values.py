"""TIMEX3 values: parse a value string back into a `TimeValue` with its calendar span, and format durations."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from generator.model import Granularity, TimeValue

REFERENCES = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})
SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
"""Season code to first and last month (northern hemisphere, as TIMEX3 assumes)."""

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")
_DURATION = re.compile(r"^PT?(\d+|X)(?:\.\d+)?[YMWDHSQ]|^P\d+(?:DE|CE)$")


def of_month(year: int, month: int) -> TimeValue:
    """A calendar month.

    >>> of_month(2023, 7).value, of_month(2023, 7).end
    ('2023-07', datetime.date(2023, 7, 31))
    """
    last = calendar.monthrange(year, month)[1]
    return TimeValue(
        value=f"{year:04d}-{month:02d}",
        granularity=Granularity.MONTH,
        start=date(year, month, 1),
        end=date(year, month, last),
    )


def of_time(day: TimeValue, time: str) -> TimeValue:
    """A time on a day: a clock time ("09:30") or a part of the day ("MO"), spanning the day.

    >>> of_time(TimeValue.of_day(date(2023, 9, 12)), "MO").value
    '2023-09-12TMO'
    """
    return TimeValue(value=f"{day.value}T{time}", granularity=Granularity.DAY, start=day.start, end=day.end)


def of_year(year: int) -> TimeValue:
    return TimeValue(value=f"{year:04d}", granularity=Granularity.YEAR, start=date(year, 1, 1), end=date(year, 12, 31))


def of_week(year: int, week: int) -> TimeValue:
    monday = date.fromisocalendar(year, week, 1)
    return TimeValue(
        value=f"{year:04d}-W{week:02d}",
        granularity=Granularity.WEEK,
        start=monday,
        end=monday + timedelta(days=6),
    )


def of_week_containing(day: date) -> TimeValue:
    year, week, _ = day.isocalendar()
    return of_week(year, week)


def of_weekend(saturday: date) -> TimeValue:
    """The weekend that starts on `saturday`.

    >>> of_weekend(date(2023, 9, 9)).value
    '2023-W36-WE'
    """
    week = of_week_containing(saturday).value
    return TimeValue(value=f"{week}-WE", granularity=Granularity.WEEK, start=saturday, end=saturday + timedelta(days=1))


def of_quarter(year: int, quarter: int) -> TimeValue:
    first = 3 * (quarter - 1) + 1
    return TimeValue(
        value=f"{year:04d}-Q{quarter}",
        granularity=Granularity.QUARTER,
        start=date(year, first, 1),
        end=of_month(year, first + 2).end,
    )


def of_quarter_containing(day: date) -> TimeValue:
    """The calendar quarter `day` falls in.

    >>> of_quarter_containing(date(2023, 9, 12)).value
    '2023-Q3'
    """
    return of_quarter(day.year, (day.month - 1) // 3 + 1)


def of_half(year: int, half: int) -> TimeValue:
    """The first (1) or second (2) half of a year.

    >>> of_half(2013, 2).value, of_half(2013, 2).start, of_half(2013, 2).end
    ('2013-H2', datetime.date(2013, 7, 1), datetime.date(2013, 12, 31))
    """
    return TimeValue(
        value=f"{year:04d}-H{half}",
        granularity=Granularity.HALF,
        start=date(year, 6 * half - 5, 1),
        end=of_month(year, 6 * half).end,
    )


def of_season(year: int, code: str) -> TimeValue:
    first, last = SEASONS[code]
    end_year = year + 1 if last < first else year
    return TimeValue(
        value=f"{year:04d}-{code}",
        granularity=Granularity.SEASON,
        start=date(year, first, 1),
        end=of_month(end_year, last).end,
    )


def of_decade(decade: int) -> TimeValue:
    """A decade by its first year: 1990 gives the TIMEX3 value ``199``."""
    return TimeValue(
        value=f"{decade // 10:03d}",
        granularity=Granularity.DECADE,
        start=date(decade, 1, 1),
        end=date(decade + 9, 12, 31),
    )


def of_century(number: int) -> TimeValue:
    """A century by its ordinal: the 20th century (1900-1999, as TIMEX3 counts it) has the value ``19``.

    >>> of_century(21).value, of_century(21).start
    ('20', datetime.date(2000, 1, 1))
    """
    first = (number - 1) * 100
    return TimeValue(
        value=f"{number - 1:02d}",
        granularity=Granularity.CENTURY,
        start=date(max(first, 1), 1, 1),
        end=date(first + 99, 12, 31),
    )


def reference(value: str) -> TimeValue:
    if value not in REFERENCES:
        raise ValueError(f"not a TIMEX3 reference: {value!r}")
    return TimeValue(value=value, granularity=Granularity.REFERENCE)


def duration(amount: int | None, unit: str) -> TimeValue:
    """A duration in TIMEX3 form; `unit` is one of Y, Q, M, W, D, H, MIN, S; `None` means unknown (X).

    >>> duration(3, "Y").value, duration(18, "M").value, duration(2, "H").value, duration(None, "Y").value
    ('P3Y', 'P18M', 'PT2H', 'PXY')
    """
    count = "X" if amount is None else str(amount)
    if unit in {"H", "MIN", "S"}:
        return TimeValue(value=f"PT{count}{unit[0]}", granularity=Granularity.DURATION)
    return TimeValue(value=f"P{count}{unit}", granularity=Granularity.DURATION)


def parse_value(value: str) -> TimeValue:
    """Parse a TIMEX3 value into a `TimeValue` with its span; raise ValueError for anything else.

    >>> parse_value("2023-W36").start, parse_value("2023-W36").end
    (datetime.date(2023, 9, 4), datetime.date(2023, 9, 10))
    >>> parse_value("2019-04").granularity
    <Granularity.MONTH: 'month'>
    """
    value = value.strip()
    if m := _DAY.match(value):
        return TimeValue.of_day(date(int(m[1]), int(m[2]), int(m[3])))
    if m := _WEEK.match(value):
        return of_week(int(m[1]), int(m[2]))
    if m := _MONTH.match(value):
        return of_month(int(m[1]), int(m[2]))
    if m := _QUARTER.match(value):
        return of_quarter(int(m[1]), int(m[2]))
    if m := _HALF.match(value):
        return of_half(int(m[1]), int(m[2]))
    if m := _SEASON.match(value):
        return of_season(int(m[1]), m[2])
    if m := _YEAR.match(value):
        return of_year(int(m[1]))
    if m := _DECADE.match(value):
        return of_decade(int(m[1]) * 10)
    if m := _CENTURY.match(value):
        return of_century(int(m[1]) + 1)
    if value in REFERENCES:
        return reference(value)
    if _DURATION.match(value):
        return TimeValue(value=value, granularity=Granularity.DURATION)
    raise ValueError(f"not a TIMEX3 value: {value!r}")
