"""The rule registry (`temporal/rules/`): one row per rule, and the laws every rule record obeys.

Adding a rule is one `@rule(...)` record in a family module plus one row in `ONE_ROW_PER_RULE`:
`test_every_rule_has_a_row` fails until the row is there, `test_the_row_is_won_by_its_rule` until the new rule
wins its own example, and `test_each_rule_on_its_row` until the tagger gives the expected values.
"""

from __future__ import annotations

import pkgutil
import re
from dataclasses import replace
from datetime import date
from types import ModuleType

import pytest

from generator.temporal import rules, tag_doc
from generator.temporal.rule import Context, Resolved, rule
from generator.temporal.rules import FAMILIES, RULES, collect
from generator.temporal.tagger import candidates

TUESDAY = date(2023, 9, 12)

ONE_ROW_PER_RULE = [
    # (rule, sentence, published, expected (text, value) pairs)
    ("iso", "The filing is dated 2023-08-30.", TUESDAY, [("2023-08-30", "2023-08-30")]),
    ("month_day_year", "The law passed on March 3, 2021.", TUESDAY, [("March 3, 2021", "2021-03-03")]),
    ("day_month_year", "The law passed on 3 March 2021.", TUESDAY, [("3 March 2021", "2021-03-03")]),
    ("weekday_date", "The trial opens on Monday, Oct. 2.", TUESDAY, [("Monday, Oct. 2", "2023-10-02")]),
    ("weekday_day_month", "The report ran on Friday 28 May 2010.", TUESDAY, [("Friday 28 May 2010", "2010-05-28")]),
    ("month_day", "The bank extended the offer to Sept. 20.", TUESDAY, [("Sept. 20", "2023-09-20")]),
    ("day_month", "The envoy arrived on 4 July.", TUESDAY, [("4 July", "2023-07-04")]),
    ("month_year", "The two met in April 2019.", TUESDAY, [("April 2019", "2019-04")]),
    (
        "month_of_a_near_year",
        "Subsidies were cut at the end of May last year.",
        TUESDAY,
        [("May last year", "2022-05")],
    ),
    ("month", "The envoy visited Berlin in July.", TUESDAY, [("July", "2023-07")]),
    ("part_year", "The factory reopened in mid-2021.", TUESDAY, [("mid-2021", "2021")]),
    ("decade", "Unemployment peaked in the 1990s.", TUESDAY, [("the 1990s", "199")]),
    ("century", "Banking changed in the twentieth century.", TUESDAY, [("the twentieth century", "19")]),
    ("season", "The chain closed its last store this past winter.", TUESDAY, [("this past winter", "2022-WI")]),
    ("quarter", "Sales fell in the first quarter of 2022.", TUESDAY, [("the first quarter of 2022", "2022-Q1")]),
    ("clock", "The judge will hear the case at 9 a.m. Friday.", TUESDAY, [("9 a.m. Friday", "2023-09-15T09:00")]),
    ("half", "The plant will open in the second half of 2024.", TUESDAY, [("the second half of 2024", "2024-H2")]),
    (
        "quarter_adjective",
        "The firm reported third-quarter profit.",
        date(2023, 10, 27),
        [("third-quarter", "2023-Q3")],
    ),
    (
        "the_quarter",
        "Sales will rise in the current financial quarter.",
        TUESDAY,
        [("the current financial quarter", "2023-Q3")],
    ),
    (
        "year_shift",
        "Sales rose in the second quarter from a year earlier.",
        TUESDAY,
        [("the second quarter", "2023-Q2"), ("a year earlier", "2022-Q2")],
    ),
    ("reference", "The hearing was put off to a later date.", TUESDAY, [("a later date", "FUTURE_REF")]),
    ("bare_units", "Inspectors spent weeks at the plant.", TUESDAY, [("weeks", "PXW")]),
    (
        "this_part",
        "The envoy will meet the minister later this afternoon.",
        TUESDAY,
        [("later this afternoon", "2023-09-12TAF")],
    ),
    ("the_weekend", "Talks broke down over the weekend.", TUESDAY, [("the weekend", "2023-W36-WE")]),
    ("the_week", "For the week, the index fell 2%.", TUESDAY, [("the week", "2023-W37")]),
    (
        "the_year",
        "Revenue rose 4% for the year ended June 30.",
        TUESDAY,
        [("the year", "P1Y"), ("June 30", "2023-06-30")],
    ),
    ("holiday", "The shops closed on Christmas Day.", date(2024, 1, 3), [("Christmas Day", "2023-12-25")]),
    ("fiscal", "Revenue rose 4% in fiscal 2022.", TUESDAY, [("fiscal 2022", "2022")]),
    ("period_end", "The deal should close by year-end.", TUESDAY, [("year-end", "2023")]),
    ("near_future", "The bank expects losses in the near term.", TUESDAY, [("the near term", "FUTURE_REF")]),
    ("year_range", "They met in 2018 and 2019.", TUESDAY, [("2018 and 2019", "2018/2019")]),
    ("year_period", "Profit fell from the 2022 period.", TUESDAY, [("the 2022 period", "2022")]),
    ("year", "She was elected in 2011.", TUESDAY, [("2011", "2011")]),
    (
        "nth_weekday_of_month",
        "The vote is set for the first Tuesday in November.",
        TUESDAY,
        [("first Tuesday in November", "2023-11-07")],
    ),
    ("weekday", "The minister resigned on Friday.", TUESDAY, [("Friday", "2023-09-08")]),
    ("relative_day", "The bank raised rates yesterday.", TUESDAY, [("yesterday", "2023-09-11")]),
    ("earlier_this", "Profits grew earlier this year.", TUESDAY, [("earlier this year", "2023")]),
    ("relative_unit", "Prices rose last month.", TUESDAY, [("last month", "2023-08")]),
    ("duration", "The sanctions have lasted two decades.", TUESDAY, [("two decades", "P20Y")]),
    ("long_adjective", "He spoke in an hour-long interview.", TUESDAY, [("hour-long", "PT1H")]),
    ("vague", "A decision is expected in the coming days.", TUESDAY, [("the coming days", "FUTURE_REF")]),
    (
        "anaphor",
        "The mine opened in 2015 and closed the following year.",
        TUESDAY,
        [("2015", "2015"), ("the following year", "2016")],
    ),
    (
        "nth_day",
        "Today is the third day of the strike.",
        TUESDAY,
        [("Today", "2023-09-12"), ("the third day", "2023-09-12")],
    ),
    ("frequency", "The council meets every week.", TUESDAY, [("every week", "P1W")]),
    ("day_of_month", "The hearing resumes on the 15th.", TUESDAY, [("the 15th", "2023-09-15")]),
    ("now", "Prices are now falling.", TUESDAY, [("now", "PRESENT_REF")]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "text", "published", "expected"), ONE_ROW_PER_RULE)
def test_each_rule_on_its_row(nlp, name, text, published, expected):
    found = [(m.text, "/".join(v.value for v in m.values)) for m in tag_doc(nlp(text), published)]
    assert found == expected


@pytest.mark.parametrize(("name", "text", "published", "expected"), ONE_ROW_PER_RULE)
def test_the_row_is_won_by_its_rule(name, text, published, expected):
    """The row's rule, not a rule of lower priority number, takes the row's expression."""
    won = [c for c in candidates(text) if c.rule.name == name]
    assert any(c.match.group(0).startswith(phrase) for c in won for phrase, _ in expected)


@pytest.mark.slow
def test_this_weekend_in_the_past_tense_on_a_weekday_is_the_weekend_just_gone(nlp):
    monday = date(2023, 9, 11)
    assert [v.value for m in tag_doc(nlp("The fault became public this weekend."), monday) for v in m.values] == [
        "2023-W36-WE"
    ]
    assert [v.value for m in tag_doc(nlp("The team will play this weekend."), monday) for v in m.values] == [
        "2023-W37-WE"
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("published", "text", "value"),
    [
        (date(2023, 9, 11), "The agency announced earlier this week a new site.", "2023-W36"),  # Monday: last week
        (date(2023, 9, 13), "The agency announced earlier this week a new site.", "2023-W37"),
        (date(2023, 9, 1), "Prices rose earlier this month.", "2023-09"),  # as TimeML reads it
        (date(2023, 9, 11), "The rally will end later this week.", "2023-W37"),
    ],
)
def test_earlier_this_week_on_its_first_day_is_the_week_just_gone(nlp, published, text, value):
    assert [v.value for m in tag_doc(nlp(text), published) for v in m.values] == [value]


@pytest.mark.slow
def test_a_traditional_nth_weekday_of_a_month_is_a_custom_that_dates_nothing(nlp):
    text = "The race moved from its traditional first Saturday in May."
    assert [(m.text, [v.value for v in m.values]) for m in tag_doc(nlp(text), TUESDAY)] == [
        ("first Saturday in May", ["P1Y"])
    ]
    text = "The board met on the last Friday of March 2019."
    assert [v.value for m in tag_doc(nlp(text), TUESDAY) for v in m.values] == ["2019-03-29"]


@pytest.mark.slow
def test_following_as_a_preposition_is_no_date(nlp):
    assert list(tag_doc(nlp("Following weeks of talks, the deal was signed."), TUESDAY)) == []
    assert list(tag_doc(nlp("The plan came following decades of neglect."), TUESDAY)) == []
    found = [
        (m.text, [v.value for v in m.values]) for m in tag_doc(nlp("Prices will rise in the following weeks."), TUESDAY)
    ]
    assert found == [("the following weeks", ["FUTURE_REF"])]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Growth may fall to 1.6 per cent in fiscal year 2020-21.", [("fiscal year 2020-21", ["2020", "2021"])]),
        ("The 2019-20 season was cut short.", [("2019-20", ["2019", "2020"])]),
        ("The 2019-23 budget was dropped.", [("2019-23", ["2019", "2023"])]),
        ("The 1980-20 season is a typo.", []),  # forty years on: no span a writer means
    ],
)
def test_a_span_of_two_years_written_with_two_digits_is_both_years(nlp, text, expected):
    assert [(m.text, [v.value for v in m.values]) for m in tag_doc(nlp(text), TUESDAY)] == expected


def test_every_rule_has_a_row():
    assert sorted(row[0] for row in ONE_ROW_PER_RULE) == sorted(r.name for r in RULES)


def test_names_and_priorities_are_unique_and_the_registry_is_in_priority_order():
    assert len({r.name for r in RULES}) == len({r.priority for r in RULES}) == len(RULES)
    assert [r.priority for r in RULES] == sorted(r.priority for r in RULES)


def test_every_module_of_the_rules_package_is_a_registered_family():
    modules = {info.name for info in pkgutil.iter_modules(rules.__path__)}
    assert modules == {family.__name__.rpartition(".")[2] for family in FAMILIES}
    for family in FAMILIES:
        declared = [r for r in RULES if r.family == family.__name__.rpartition(".")[2]]
        assert declared, f"{family.__name__} declares no rule"
        assert all(r.resolve.__module__ == family.__name__ for r in declared)


def test_every_trigger_can_occur_in_lower_cased_text():
    """Triggers are looked for in the lower-cased sentence: an empty or capitalised one would hide its rule."""
    for found in RULES:
        assert found.triggers, found.name
        assert all(t and t == t.lower() for t in found.triggers), found.name


def _resolver(_m: re.Match[str], _at: Context) -> Resolved | None:
    return None


def test_two_rules_with_one_name_or_priority_are_refused():
    first = rule(priority=5, pattern="a", triggers=("a",))(_resolver)
    family = ModuleType("generator.temporal.rules.clash")
    family.first = first
    family.second = replace(first, name="other")
    with pytest.raises(ValueError, match="share a priority: 5"):
        collect((family,))
    family.second = replace(first, priority=6)
    with pytest.raises(ValueError, match="share a name: _resolver"):
        collect((family,))


def test_a_quarter_of_a_game_is_no_quarter_of_the_year(nlp):
    from generator.extract import extract_article

    from .conftest import parse

    def values(text: str) -> list[str]:
        return [v.value for t in extract_article(parse(nlp, text)).timexes for v in t.values]

    assert values("Roe got a technical foul in the third quarter for shoving Lee at the free throw line.") == []
    assert values("The Hawks scored 40 points in the second quarter of the game.") == []
    assert values("The company's profit rose in the second quarter.") == ["2023-Q2"]
    assert values("The team's revenue fell in the third quarter.") == ["2023-Q3"]  # a word of money: the year's
    report = "The Hawks beat the Kings 98-91. Roe had 20 points and 9 rebounds, and Lee scored the winning basket. "
    assert values(report + "Lee limped off in the third quarter after a collision.") == []  # a report of a game
    assert values("The Hawks won the game and moved to a new arena. Crowds grew in the third quarter.") == ["2023-Q3"]
