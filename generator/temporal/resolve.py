"""Resolve relative date expressions against an article's publication date.

Pure functions of (expression parts, anchor, tense): no spaCy, no clock, no I/O, so they are cheap to
property-test. The tagger (`temporal.tagger`) finds the expressions and decides the tense.
"""

from __future__ import annotations

import enum
from datetime import date, timedelta

from generator.model import TimeValue
from generator.temporal.values import of_decade, of_month, of_season, of_week_containing, of_year

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)


class Tense(enum.Enum):
    """The direction the governing verb points in; decides whether "Monday" is last or next Monday."""

    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"


class TimexType(enum.StrEnum):
    """The TIMEX3 type of an expression: a calendar date, a time of day, a length of time, or a recurrence."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


def resolve_weekday(name: str, anchor: date, tense: Tense) -> TimeValue:
    """Resolve a bare weekday name ("Monday") to a day.

    News copy names the publication day itself ("KCNA said Tuesday" in a Tuesday article); any other weekday
    is the nearest one in the direction of the tense (present tense: the nearest either way).

    >>> resolve_weekday("Monday", date(2023, 9, 12), Tense.PAST).value
    '2023-09-11'
    >>> resolve_weekday("Tuesday", date(2023, 9, 12), Tense.PAST).value
    '2023-09-12'
    >>> resolve_weekday("Friday", date(2023, 9, 12), Tense.FUTURE).value
    '2023-09-15'
    """
    ahead = (WEEKDAYS.index(name.lower()) - anchor.weekday()) % 7  # 0..6 days forward
    if ahead and (tense is Tense.PAST or (tense is Tense.PRESENT and ahead > 3)):
        ahead -= 7
    return TimeValue.of_day(anchor + timedelta(days=ahead))


def resolve_weekday_shifted(name: str, anchor: date, shift: int) -> TimeValue:
    """ "last Tuesday" (shift -1): the nearest such day strictly before the anchor; "next" (+1) strictly after.

    >>> resolve_weekday_shifted("Tuesday", date(2023, 9, 12), -1).value
    '2023-09-05'
    >>> resolve_weekday_shifted("Friday", date(2023, 9, 12), +1).value
    '2023-09-15'
    """
    target = WEEKDAYS.index(name.lower())
    if shift < 0:
        back = (anchor.weekday() - target) % 7 or 7
        return TimeValue.of_day(anchor - timedelta(days=back))
    ahead = (target - anchor.weekday()) % 7 or 7
    return TimeValue.of_day(anchor + timedelta(days=ahead))


def resolve_day_offset(days: int, anchor: date) -> TimeValue:
    """ "yesterday" (-1), "today" (0), "tomorrow" (+1)."""
    return TimeValue.of_day(anchor + timedelta(days=days))


def resolve_week_offset(weeks: int, anchor: date) -> TimeValue:
    """ "last week" (-1): the ISO week before the anchor's, so 2023-09-12 gives ``2023-W36``.

    >>> resolve_week_offset(-1, date(2023, 9, 12)).value
    '2023-W36'
    """
    return of_week_containing(anchor + timedelta(weeks=weeks))


def resolve_month_offset(months: int, anchor: date) -> TimeValue:
    """ "last month" (-1), "this month" (0), "next month" (+1)."""
    index = anchor.year * 12 + anchor.month - 1 + months
    return of_month(index // 12, index % 12 + 1)


def resolve_year_offset(years: int, anchor: date) -> TimeValue:
    return of_year(anchor.year + years)


def resolve_unit_offset(unit: str, offset: int, anchor: date) -> TimeValue:
    """ "last week" ("week", -1), "this month" ("month", 0), "next decade" ("decade", +1); any other unit is a year.

    >>> anchor = date(2023, 9, 12)
    >>> resolve_unit_offset("decade", -1, anchor).value, resolve_unit_offset("year", 1, anchor).value
    ('201', '2024')
    """
    if unit.startswith("week"):
        return resolve_week_offset(offset, anchor)
    if unit == "month":
        return resolve_month_offset(offset, anchor)
    if unit == "decade":
        return of_decade((anchor.year // 10 + offset) * 10)
    return resolve_year_offset(offset, anchor)


def resolve_month(month: int, anchor: date, tense: Tense) -> TimeValue:
    """A month named without a year ("in July"): the nearest such month in the direction of the tense.

    The anchor's own month counts as both past and future ("earlier this month" / "later in September").

    >>> resolve_month(7, date(2023, 9, 12), Tense.PAST).value
    '2023-07'
    >>> resolve_month(7, date(2023, 9, 12), Tense.FUTURE).value
    '2024-07'
    """
    year = anchor.year
    if tense is Tense.PAST and month > anchor.month:
        year -= 1
    elif tense is Tense.FUTURE and month < anchor.month:
        year += 1
    elif tense is Tense.PRESENT and abs(month - anchor.month) > 6:
        year += 1 if month < anchor.month else -1
    return of_month(year, month)


def resolve_month_day(month: int, day: int, anchor: date, tense: Tense) -> TimeValue | None:
    """ "July 4" without a year: the nearest such date in the direction of the tense (None if no such day)."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    return _nearest(candidates, anchor, tense)


def _nearest(candidates: list[date], anchor: date, tense: Tense) -> TimeValue | None:
    """The candidate day on the tense's side of the anchor nearest to it (the nearest either side if none)."""
    if not candidates:
        return None
    if tense is Tense.PAST:
        chosen = max((d for d in candidates if d <= anchor), default=min(candidates))
    elif tense is Tense.FUTURE:
        chosen = min((d for d in candidates if d >= anchor), default=max(candidates))
    else:
        chosen = min(candidates, key=lambda d: (abs((d - anchor).days), d))
    return TimeValue.of_day(chosen)


def resolve_day_of_month(day: int, anchor: date, tense: Tense) -> TimeValue | None:
    """ "on the 15th": that day of the anchor's month or a month beside it, chosen as `resolve_month_day` does."""
    candidates = []
    for offset in (-1, 0, 1):
        month = anchor.year * 12 + anchor.month - 1 + offset
        try:
            candidates.append(date(month // 12, month % 12 + 1, day))
        except ValueError:
            continue
    return _nearest(candidates, anchor, tense)


def resolve_season(code: str, anchor: date, tense: Tense, *, shift: int = 0) -> TimeValue:
    """ "last summer" (shift -1), "this summer" (0 with the tense), "next winter" (+1)."""
    current = of_season(anchor.year, code)
    assert current.start is not None  # noqa: S101 - of_season always sets the span
    assert current.end is not None  # noqa: S101
    year = anchor.year
    if shift < 0 or (shift == 0 and tense is Tense.PAST):
        if current.start > anchor:
            year -= 1
    elif (shift > 0 or tense is Tense.FUTURE) and current.end < anchor:
        year += 1
    return of_season(year, code)


def resolve_ago(amount: int, unit: str, anchor: date) -> TimeValue:
    """ "two years ago" → the year two years before the anchor, at the unit's granularity.

    >>> resolve_ago(2, "Y", date(2023, 9, 12)).value, resolve_ago(3, "D", date(2023, 9, 12)).value
    ('2021', '2023-09-09')
    """
    if unit == "Y":
        return resolve_year_offset(-amount, anchor)
    if unit == "M":
        return resolve_month_offset(-amount, anchor)
    if unit == "W":
        return resolve_week_offset(-amount, anchor)
    return resolve_day_offset(-amount, anchor)


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus).

    >>> easter(2013), easter(2024)
    (datetime.date(2013, 3, 31), datetime.date(2024, 3, 31))
    """
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday_shift) // 451
    month, day = divmod(h + weekday_shift - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based; -1 for the last) such weekday of the month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


_FROM_EASTER = {
    "easter sunday": 0,
    "easter monday": 1,
    "good friday": -2,
    "holy thursday": -3,
    "maundy thursday": -3,
    "palm sunday": -7,
    "ash wednesday": -46,
}
"""The movable feasts news names, in days from Western Easter."""


def holiday_date(name: str, year: int) -> date:
    """The date of a holiday named in US or UK news in `year` ("thanksgiving", "easter", "election day", ...).

    >>> holiday_date("thanksgiving", 1998), holiday_date("election day", 2024), holiday_date("palm sunday", 2013)
    (datetime.date(1998, 11, 26), datetime.date(2024, 11, 5), datetime.date(2013, 3, 24))
    """
    name = name.lower()
    if name in _FROM_EASTER:
        return easter(year) + timedelta(days=_FROM_EASTER[name])
    name = name.removesuffix(" day") if name != "new year's day" else name
    fixed = {
        "christmas": (12, 25),
        "christmas eve": (12, 24),
        "new year's day": (1, 1),
        "new year's eve": (12, 31),
        "independence": (7, 4),
        "halloween": (10, 31),
        "valentine's": (2, 14),
    }
    if name in fixed:
        return date(year, *fixed[name])
    if name == "easter":
        return easter(year)
    if name == "thanksgiving":
        return _nth_weekday(year, 11, 3, 4)
    if name == "memorial":
        return _nth_weekday(year, 5, 0, -1)
    if name == "labor":
        return _nth_weekday(year, 9, 0, 1)
    if name == "election":
        return _nth_weekday(year, 11, 0, 1) + timedelta(days=1)  # the Tuesday after the first Monday
    raise ValueError(f"unknown holiday: {name}")
