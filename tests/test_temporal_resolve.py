"""Properties of the date resolver that must hold for every anchor date, not only the examples."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from generator.temporal.resolve import (
    WEEKDAYS,
    Tense,
    resolve_ago,
    resolve_day_of_month,
    resolve_month,
    resolve_month_day,
    resolve_week_offset,
    resolve_weekday,
    resolve_weekday_shifted,
)
from generator.temporal.values import parse_value

anchors = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
weekdays = st.sampled_from(WEEKDAYS)
tenses = st.sampled_from(Tense)


@given(anchors, weekdays, tenses)
def test_weekday_lands_on_that_weekday_within_six_days(anchor, name, tense):
    day = resolve_weekday(name, anchor, tense).start
    assert day is not None
    assert WEEKDAYS[day.weekday()] == name
    assert abs((day - anchor).days) <= 6


@given(anchors, weekdays)
def test_past_tense_never_points_after_publication(anchor, name):
    assert resolve_weekday(name, anchor, Tense.PAST).start <= anchor


@given(anchors, weekdays)
def test_future_tense_never_points_before_publication(anchor, name):
    assert resolve_weekday(name, anchor, Tense.FUTURE).start >= anchor


@given(anchors, weekdays)
def test_last_and_next_weekday_are_strictly_before_and_after(anchor, name):
    last = resolve_weekday_shifted(name, anchor, -1).start
    following = resolve_weekday_shifted(name, anchor, 1).start
    assert anchor - timedelta(days=7) <= last < anchor < following <= anchor + timedelta(days=7)


@given(anchors)
def test_last_week_is_the_seven_days_before_this_weeks_monday(anchor):
    value = resolve_week_offset(-1, anchor)
    assert value.start.weekday() == 0
    assert (value.end - value.start).days == 6
    assert value.end < anchor <= value.end + timedelta(days=7)


@given(anchors, st.integers(min_value=1, max_value=12), tenses)
def test_month_covers_whole_month_and_respects_tense(anchor, month, tense):
    value = resolve_month(month, anchor, tense)
    assert value.start.day == 1 and value.start.month == value.end.month == month
    assert (value.end + timedelta(days=1)).day == 1
    if tense is Tense.PAST:
        assert value.start <= anchor
    if tense is Tense.FUTURE:
        assert value.end >= anchor


@given(anchors, st.integers(1, 12), st.integers(1, 28), tenses)
def test_month_day_lies_within_a_year_on_the_side_of_the_tense(anchor, month, day, tense):
    value = resolve_month_day(month, day, anchor, tense)
    assert (value.start.month, value.start.day) == (month, day)
    distance = (value.start - anchor).days
    if tense is Tense.PAST:
        assert -366 < distance <= 0
    elif tense is Tense.FUTURE:
        assert 0 <= distance < 366
    else:
        assert abs(distance) <= 183


@given(anchors, st.integers(1, 30), st.sampled_from(["Y", "M", "W", "D"]))
def test_ago_is_never_after_publication(anchor, amount, unit):
    assert resolve_ago(amount, unit, anchor).start <= anchor


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)))
def test_a_day_value_survives_format_parse_format(day):
    value = parse_value(day.isoformat())
    assert value.value == day.isoformat() and value.start == value.end == day


@given(st.integers(1000, 9998), st.integers(1, 52))
def test_week_and_month_values_survive_format_parse_format(year, week):
    assert parse_value(f"{year}-W{week:02d}").value == f"{year}-W{week:02d}"
    month = week % 12 + 1
    assert parse_value(f"{year}-{month:02d}").value == f"{year}-{month:02d}"


def test_examples_from_the_first_article():
    tuesday = date(2023, 9, 12)
    assert resolve_weekday("Monday", tuesday, Tense.PAST).value == "2023-09-11"
    assert resolve_weekday("Tuesday", tuesday, Tense.PAST).value == "2023-09-12"
    assert resolve_weekday_shifted("Tuesday", tuesday, -1).value == "2023-09-05"
    assert resolve_week_offset(-1, tuesday).value == "2023-W36"
    assert resolve_month(7, tuesday, Tense.PAST).value == "2023-07"


@given(st.integers(1583, 4000))
def test_holidays_fall_on_their_weekday_and_in_their_window(year):
    from generator.temporal.resolve import easter, holiday_date

    assert easter(year).weekday() == 6 and date(year, 3, 22) <= easter(year) <= date(year, 4, 25)
    thanksgiving = holiday_date("thanksgiving", year)
    assert thanksgiving.weekday() == 3 and 22 <= thanksgiving.day <= 28 and thanksgiving.month == 11
    election = holiday_date("election day", year)
    assert election.weekday() == 1 and 2 <= election.day <= 8 and election.month == 11
    memorial, labor = holiday_date("memorial day", year), holiday_date("labor day", year)
    assert memorial.weekday() == 0 and memorial.month == 5 and memorial.day >= 25
    assert labor.weekday() == 0 and labor.month == 9 and labor.day <= 7
    assert holiday_date("christmas day", year) == date(year, 12, 25)
    assert holiday_date("new year's day", year) == date(year, 1, 1)


@given(st.integers(1, 99))
def test_a_century_value_survives_format_parse_format_and_spans_its_years(number):
    value = parse_value(f"{number - 1:02d}")
    assert value.value == f"{number - 1:02d}"
    assert value.end is not None and value.end.year == number * 100 - 1
    assert value.start is not None and value.start.year == max((number - 1) * 100, 1)


@given(anchors, st.integers(1, 31), tenses)
def test_a_day_of_the_month_is_the_nearest_such_day_on_the_side_its_tense_says(anchor, day, tense):
    found = resolve_day_of_month(day, anchor, tense)
    assert found is not None and found.start is not None  # of three months in a row, one always has that day
    assert found.start.day == day and abs((found.start - anchor).days) <= 62
    between = [anchor + timedelta(days=n) for n in range(-62, 63)]
    if tense is Tense.PAST and day <= anchor.day:
        assert found.start <= anchor
        assert not [d for d in between if found.start < d <= anchor and d.day == day]
    if tense is Tense.FUTURE and day >= anchor.day:
        assert found.start >= anchor
        assert not [d for d in between if anchor <= d < found.start and d.day == day]


@given(st.integers(1000, 9999), st.sampled_from([1, 2]))
def test_a_half_year_value_survives_format_parse_format_and_spans_six_months(year, half):
    value = parse_value(f"{year}-H{half}")
    assert value.value == f"{year}-H{half}"
    assert value.start == date(year, 6 * half - 5, 1)
    assert value.end == (date(year, 6, 30) if half == 1 else date(year, 12, 31))
