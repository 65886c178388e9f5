"""The temporal tagger on sentences written for these tests (published Tuesday 2023-09-12)."""

from __future__ import annotations

from datetime import date

import pytest

from generator.temporal import tag_doc

pytestmark = pytest.mark.slow
TUESDAY = date(2023, 9, 12)


def tags(nlp, text: str) -> list[tuple[str, str]]:
    return [(m.text, "/".join(v.value for v in m.values)) for m in tag_doc(nlp(text), TUESDAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister resigned on Friday.", [("Friday", "2023-09-08")]),
        ("The minister will resign on Friday.", [("Friday", "2023-09-15")]),
        ("Officials said Tuesday that the plant had closed.", [("Tuesday", "2023-09-12")]),
        ("Last Tuesday, the court ruled against the company.", [("Last Tuesday", "2023-09-05")]),
        ("The talks resume next Monday.", [("next Monday", "2023-09-18")]),
        ("The bank raised rates yesterday.", [("yesterday", "2023-09-11")]),
        ("The strike ends tomorrow.", [("tomorrow", "2023-09-13")]),
        ("The agency said last week that exports fell.", [("last week", "2023-W36")]),
        ("Prices rose last month.", [("last month", "2023-08")]),
        ("The company was founded last year.", [("last year", "2022")]),
        ("The envoy visited Berlin in July.", [("July", "2023-07")]),
        ("The envoy will visit Berlin in November.", [("November", "2023-11")]),
        ("The two met in April 2019.", [("April 2019", "2019-04")]),
        ("The law passed on March 3, 2021.", [("March 3, 2021", "2021-03-03")]),
        ("The law passed on 3 March 2021.", [("3 March 2021", "2021-03-03")]),
        ("She was elected in 2011.", [("2011", "2011")]),
        ("They met in 2018 and 2019.", [("2018 and 2019", "2018/2019")]),
        ("Unemployment peaked in the 1990s.", [("the 1990s", "199")]),
        ("The factory reopened in mid-2021.", [("mid-2021", "2021")]),
        ("Sales fell in the first quarter of 2022.", [("the first quarter of 2022", "2022-Q1")]),
        ("The border stayed closed for the past three years.", [("the past three years", "P3Y")]),
        ("The sanctions have lasted two decades.", [("two decades", "P20Y")]),
        ("The war has gone on for more than a year and a half.", [("more than a year and a half", "P18M")]),
        ("The plant closed two years ago.", [("two years ago", "2021")]),
        ("A decision is expected in the coming days.", [("the coming days", "FUTURE_REF")]),
        ("Profits grew earlier this year.", [("earlier this year", "2023")]),
        (
            "Reports emerged in September 2022, and an official denied them at the time.",
            [("September 2022", "2022-09"), ("at the time", "2022-09")],
        ),
        ("The council meets every week.", [("every week", "P1W")]),
        ("The band plays every other Sunday.", [("every other Sunday", "P2W")]),
        ("The World Cup in Russia 2018 drew millions.", [("2018", "2018")]),
        ("The cars of tomorrow will be electric.", []),
        ("Rebels shelled the town last night.", [("last night", "2023-09-11TNI")]),
        ("Talks broke down over the weekend.", [("the weekend", "2023-W36-WE")]),
        ("The plant was sold a few years ago.", [("a few years ago", "PAST_REF")]),
        ("The envoy returned several weeks later.", [("several weeks later", "FUTURE_REF")]),
        ("The shops closed on Christmas Day.", [("Christmas Day", "2022-12-25")]),
        ("The family will gather at Thanksgiving.", [("Thanksgiving", "2023-11-23")]),
        ("Turnout fell on Election Day last year.", [("Election Day", "2022-11-08"), ("last year", "2022")]),
        ("Easter fell early.", [("Easter", "2023-04-09")]),
        ("Revenue rose 4% in fiscal 2022.", [("fiscal 2022", "2022")]),
        (
            "Revenue rose 4% for the fiscal year ended June 30.",
            [("the fiscal year", "2023"), ("June 30", "2023-06-30")],
        ),
        ("The bank expects losses in the near term.", [("the near term", "FUTURE_REF")]),
        ("The plant will close by the end of the year.", [("the end of the year", "2023")]),
        ("Investors fear a recent drop in prices.", [("recent", "PAST_REF")]),
        ("The current crisis began in August.", [("current", "PRESENT_REF"), ("August", "2023-08")]),
        ("The bank extended the offer to Sept. 20.", [("Sept. 20", "2023-09-20")]),
        ("The vote will be moved to Monday.", [("Monday", "2023-09-18")]),  # a move still to come goes ahead
        ("Acme cut jobs in May, last year's report said.", [("May", "2023-05"), ("last year", "2022")]),
        ("The port reopened on 26 Apr 2023.", [("26 Apr 2023", "2023-04-26")]),  # "Apr", "Jun" without a full stop
        ("At 15:27 26th Jun 2023, a reader wrote that the port had reopened.", [("26th Jun 2023", "2023-06-26")]),
        ("Sales rose in Jul 2022.", [("Jul 2022", "2022-07")]),
        ("Deliveries are not due until June.", [("June", "2024-06")]),  # "until" with a present verb: ahead
        ("The offer ran until June.", [("June", "2023-06")]),
        # a range's first month takes the year of its second end
        ("Exports from January to August 2021 fell.", [("January", "2021-01"), ("August 2021", "2021-08")]),
        ("Prices climbed between November and December 2019.", [("November", "2019-11"), ("December 2019", "2019-12")]),
        (
            "The drought lasted from November through January 2023.",
            [("November", "2022-11"), ("January 2023", "2023-01")],
        ),
        # a month on a noun under a past verb lies in the past, even when the next one is nearer
        ("Then came a flood with its rising toll in February.", [("February", "2023-02")]),
        # a deadline on a noun is the nearest such month, whatever the tense of the verb
        ("The firm was facing a payment due in February that it could not make.", [("February", "2024-02")]),
        ("The talks did not end until Friday.", [("Friday", "2023-09-08")]),
        ("Deliveries are not due until June - two years late.", [("June", "2024-06"), ("two years", "P2Y")]),
        ("Shareholders approved plans for a vote on Sept. 20.", [("Sept. 20", "2023-09-20")]),
        ("The company redeemed its shares on Sept. 5.", [("Sept. 5", "2023-09-05")]),
        ("Exports slowed over the summer.", [("the summer", "2023-SU")]),
        ("The shipyard will reopen in the spring.", [("the spring", "2024-SP")]),
        ("The chain closed its last store this past winter.", [("this past winter", "2022-WI")]),
        ("The abbey is an 11th-century building.", [("11th-century", "10")]),
        ("Banking changed in the twentieth century.", [("the twentieth century", "19")]),
        ("Floods are this century's main risk.", [("this century", "20")]),
        ("The agreement follows months of talks.", [("months", "PXM")]),
        ("Inspectors spent weeks at the plant.", [("weeks", "PXW")]),
        ("The ceasefire was promised weeks ago.", [("weeks ago", "PAST_REF")]),
        ("Traders sold ahead of the weekend.", [("the weekend", "2023-W36-WE")]),
        ("The mine opened in 2015 and closed the following year.", [("2015", "2015"), ("the following year", "2016")]),
        ("Imports fell in February and March.", [("February", "2023-02"), ("March", "2023-03")]),
        ("Three days later, the index recovered.", [("Three days", "P3D")]),
        ("Prices rose over the past couple years.", [("the past couple years", "PAST_REF")]),
        ("Dealers placed heavy orders in the morning.", [("the morning", "2023-09-12TMO")]),
        ("The envoy will meet the minister later this afternoon.", [("later this afternoon", "2023-09-12TAF")]),
        (
            "The court sat on Sept. 4 and ruled later in the day.",
            [("Sept. 4", "2023-09-04"), ("the day", "2023-09-04")],
        ),
        (
            "The panel met on Sept. 4 to discuss the June 30 report. Later in the day, the chair resigned.",
            [("Sept. 4", "2023-09-04"), ("June 30", "2023-06-30"), ("the day", "2023-09-04")],
        ),  # "the June 30 report" tells a report apart: the story's day is still 4 September
        (
            "He was arrested on Sept. 4 and freed the next morning.",
            [("Sept. 4", "2023-09-04"), ("the next morning", "2023-09-05TMO")],
        ),
        ("The deal should close by year-end.", [("year-end", "2023")]),
        ("The index is up 9% since year-end.", [("year-end", "2022")]),
        ("The judge will hear the case at midday.", [("midday", "2023-09-12T12:00")]),
        ("For the week, the index fell 2%.", [("the week", "2023-W37")]),
        ("Margins have shrunk in recent quarters.", [("recent quarters", "PAST_REF")]),
        ("The bank failed in nineteen ninety-one.", [("nineteen ninety-one", "1991")]),
        ("Prices peaked in January nineteen eighty-seven.", [("January nineteen eighty-seven", "1987-01")]),
        ("He vowed to finish by the year two thousand.", [("the year two thousand", "2000")]),
        ("Membership grew through the nineties.", [("the nineties", "199")]),
        ("Sales in the latest period rose 4%.", [("the latest period", "2023-Q2")]),
        ("Profit fell from the 2022 period.", [("the 2022 period", "2022")]),
        ("The lease runs for two more years.", [("two more years", "P2Y")]),
        ("The loan may be extended for an additional year.", [("an additional year", "P1Y")]),
        ("Shares slipped by mid-afternoon yesterday.", [("mid-afternoon yesterday", "2023-09-11TAF")]),
        (
            "Shares fell on Aug. 29 and recovered later in the week.",
            [("Aug. 29", "2023-08-29"), ("the week", "2023-W35")],
        ),
        ("Exports slowed earlier in the year.", [("the year", "2023")]),
        ("The board declared a dividend payable Oct. 20.", [("Oct. 20", "2023-10-20")]),
        ("The plant closed on Dec. 20.", [("Dec. 20", "2022-12-20")]),
        ("Profit was $3 million in the year-ago third quarter.", [("the year-ago third quarter", "2022-Q3")]),
        ("The plant may open in next year's first quarter.", [("next year's first quarter", "2024-Q1")]),
        (
            "Sales rose in the second quarter from a year earlier. A year earlier, margins were thin.",
            [("the second quarter", "2023-Q2"), ("a year earlier", "2022-Q2"), ("A year earlier", "2022-Q2")],
        ),
        ("Today is the third day of the strike.", [("Today", "2023-09-12"), ("the third day", "2023-09-12")]),
        ("On the second day of the siege, the army shelled the port.", [("the second day", "XXXX-XX-XX")]),
        ("Losses narrowed over the past two quarters.", [("the past two quarters", "P2Q")]),
        ("It turned a profit after several quarters of losses.", [("several quarters", "PXQ")]),
        ("The bank pays interest every quarter.", [("every quarter", "P1Q")]),
        (
            "Sales rose in the second quarter. Results for that quarter included a charge.",
            [("the second quarter", "2023-Q2"), ("that quarter", "2023-Q2")],
        ),
        ("The index rose for eight trading days.", [("eight trading days", "P8D")]),
        ("The hearing was put off to a later date.", [("a later date", "FUTURE_REF")]),
        ("It ended a decades-long dispute after a year-long inquiry.", [("decades-long", "PXY"), ("year-long", "P1Y")]),
        ("The post-1959 government seized the estates.", [("post-1959", "1959")]),
        # From unlabelled news (Wikinews, Timeline17): forms TimeML tags that had gone untagged
        ("The first flight will take place as early as March.", [("March", "2024-03")]),
        ("Italy has refilled its stores since spring.", [("spring", "2023-SP")]),
        ("Prices rose in the first half of the year.", [("the first half of the year", "2023-H1")]),
        ("The plant will open in the second half of 2024.", [("the second half of 2024", "2024-H2")]),
        ("The hearing resumes on the 15th.", [("the 15th", "2023-09-15")]),
        ("The deal was signed on the 3rd.", [("the 3rd", "2023-09-03")]),
        ("Choices will be hard in the months ahead.", [("the months ahead", "PXM")]),
        ("Schools have changed over the years.", [("the years", "PXY")]),
        ("Guards check the fence every night.", [("every night", "XXXX-XX-XXTNI")]),
        ("Sales will rise in the current financial quarter.", [("the current financial quarter", "2023-Q3")]),
        ("The bank's 2022 results were weak.", [("2022", "2022")]),
        ("Pilgrims gathered on Palm Sunday.", [("Palm Sunday", "2023-04-02")]),
        ("Talks stalled at the start of the month.", [("the start of the month", "2023-09")]),
        ("He spoke in an hour-long interview.", [("hour-long", "PT1H")]),
        ('"Today, we won," she said.', [("Today", "2023-09-12")]),
        ("The trial began on Monday, March 11, 2013.", [("Monday, March 11, 2013", "2013-03-11")]),
        ("The project began in late 2012.", [("late 2012", "2012")]),
        (
            "Troops entered the town on Sept. 3. That night, rebels attacked.",
            [("Sept. 3", "2023-09-03"), ("That night", "2023-09-03TNI")],
        ),
        ("The plan had been drafted the night before.", [("the night before", "")]),  # no day in focus: no value
        ("Apple added audio in the late 1980's.", [("the late 1980's", "198")]),
        ("Oil rose at the start of the quarter.", [("the start of the quarter", "2023-Q3")]),
    ],
)
def test_expression_families(nlp, text, expected):
    assert tags(nlp, text) == expected


def test_a_term_before_its_noun_is_no_time(nlp):
    assert tags(nlp, "Given the short term nature of the stay, no beds were set up.") == []
    assert tags(nlp, "Prices will rise in the short term.") == [("the short term", "FUTURE_REF")]


@pytest.mark.parametrize(
    "text",
    [
        "The talks may resume soon.",  # "may" the verb
        "Protesters march through the capital.",  # "march" the verb
        "The city lies 80 miles from the border.",  # a number that is not a year
        "It will be Kim's 10th trip abroad.",  # an ordinal, not a date
        "Girl Friday is a 1940 film.",  # a weekday inside a name
        "The rocket carried 2000 kilograms of fuel.",  # a count, not a year
        "The fall of the regime surprised analysts.",  # "fall", a collapse
        "The future of the port is in doubt.",  # a fate, not a time
        "She said the 1999 march was peaceful.",  # lower-case "march", a protest
        "Most of the recruits are in their thirties.",  # an age, not the 1930s
        "Nineteen ninety-six people signed the petition.",  # a count, not a year
        "The rally fell on the 25th day of Bahman.",  # a day of another calendar
        "The country imports three-quarters of its food.",  # a fraction, not nine months
        "Three quarters of the members voted.",  # a fraction
        "A soldier was billeted in the officers' quarters.",  # lodgings
    ],
)
def test_traps_are_not_dates(nlp, text):
    found = tags(nlp, text)
    assert all(value != "" for _, value in found)
    assert [
        t
        for t, _ in found
        if t.lower()
        in {"may", "march", "80", "10th", "friday", "2000", "the fall", "the future", "thirties", "nineteen ninety-six"}
        or "day" in t.lower()
        or "quarters" in t.lower()
    ] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("USA Today reported the deal on Monday.", [("Monday", "2023-09-11")]),  # a newspaper
        ('Baker said on ABC\'s "This Week" that talks failed.', []),  # a programme
        ("The case speaks to today's youth.", []),  # the present age
        ("The quarter-to-quarter comparison improved.", []),
        ("The cuts save $500 million a year and four flights a week.", []),  # rates, not lengths
        ("He stayed a year in Paris.", [("a year", "P1Y")]),  # a length hangs off the verb
        ("Revenue fell from $93.3 million a year earlier.", [("a year earlier", "2022")]),
        ("She landed in Nairobi later in the day before flying home.", [("the day", "2023-09-12")]),
        (
            "Today the minister resigned, and this week the talks failed.",
            [("Today", "2023-09-12"), ("this week", "2023-W37")],
        ),
    ],
)
def test_names_rates_and_figures_of_speech(nlp, text, expected):
    assert tags(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He lives on the 15th floor.",  # a floor, not a day of the month
        "Protests continued for a second straight week.",  # an ordinal, not one second
        "Prices climbed in summer months.",  # a kind of month, not a dated season
        'He read "Today" on the train.',  # the newspaper
        "The army sent 2000 troops.",  # a count (no owner or article before it)
    ],
)
def test_look_alikes_of_the_newer_families(nlp, text):
    assert tags(nlp, text) == []


def test_the_newspaper_daily_is_not_a_frequency(nlp):
    assert tags(nlp, "The party daily Granma printed the letter.") == []
    assert tags(nlp, "The clinic treats patients daily.") == [("daily", "P1D")]


def test_spans_slice_back_to_their_text(nlp):
    text = "On Monday the envoy said that talks held in July 2021 and last week had failed."
    for mention in tag_doc(nlp(text), TUESDAY):
        assert text[mention.start : mention.end] == mention.text


def test_without_a_publication_date_relative_dates_stay_unresolved(nlp):
    found = [(m.text, [v.value for v in m.values]) for m in tag_doc(nlp("He left on Monday, in July 2021."), None)]
    assert found == [("July 2021", ["2021-07"])]


def test_day_one_is_a_name_but_that_day_two_people_is_a_date(nlp):
    assert tags(nlp, "He said that day one motions had been filed in the court.") == []
    assert [text for text, _ in tags(nlp, "That day two people died in the fire.")] == ["That day"]
    assert [text for text, _ in tags(nlp, "That day one person died in the fire.")] == ["That day"]


@pytest.mark.parametrize(
    "text",
    [
        "The council passed resolution 1973 after a long debate.",
        "Under Security Council Resolution 1973, member states may act.",
        "Passengers on flight 2012 were delayed.",
        "The order cites the Disaster Management Act, 2005, and the state's rules.",  # the year of a law's name
    ],
)
def test_a_number_after_a_word_that_numbers_things_is_no_year(nlp, text):
    assert tags(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police stopped a car driven by a man of 1909 Elm Drive on Monday.", [("Monday", "2023-09-11")]),
        ("The search began at 2134 Caldwell Place.", []),
        ("Sales fell, as did the fall in factory output.", []),
        ("Prices rose in the fall of 2019.", [("the fall of 2019", "2019-FA")]),
        ("This rain will be all of our Christmas presents rolled into one.", []),
        ("The vote is due on Christmas.", [("Christmas", "2023-12-25")]),
        ("In films from 2001: A Space Odyssey to Alien, crews sleep in pods.", []),
        ("The plant closed in 2001: workers left the town.", [("2001", "2001")]),
    ],
)
def test_a_house_number_a_decline_and_an_owned_holiday_are_no_dates(nlp, text, expected):
    assert tags(nlp, text) == expected


def test_last_fall_in_a_place_is_a_season(nlp):
    assert [text for text, _ in tags(nlp, "He was shot last fall in his home.")] == ["last fall"]


def test_this_before_a_month_and_its_day_is_the_days_date(nlp):
    assert tags(nlp, "She spoke at this August 3rd rally.") == [("August 3rd", "2023-08-03")]
    assert tags(nlp, "He left last March 3 and came back.")[0] == ("last March", "2023-03")  # "last" keeps its month


def test_a_quarter_of_a_named_year_takes_that_year(nlp):
    assert tags(nlp, "In the first quarter of last year, the bank lost money.") == [
        ("the first quarter of last year", "2022-Q1")
    ]


def test_a_weekday_owning_the_subject_of_a_past_verb_lies_in_the_past(nlp):
    assert tags(nlp, "Police said Thursday's crash killed three people.") == [("Thursday", "2023-09-07")]


def test_a_month_after_would_in_a_reported_clause_lies_ahead(nlp):
    assert tags(nlp, "The mayor announced on Monday that she would not seek re-election in March.") == [
        ("Monday", "2023-09-11"),
        ("March", "2024-03"),
    ]


def test_a_full_date_before_1600_keeps_its_year(nlp):
    assert tags(nlp, "The playwright was killed in Deptford on 30 May 1593.") == [("30 May 1593", "1593-05-30")]
    assert tags(nlp, "About 1500 people came.") == []  # a bare number stays a number
    assert tags(nlp, "The charter was sealed on 15 June 1215 near Runnymede.") == [("15 June 1215", "1215-06-15")]
    assert tags(nlp, "On July 4, 1200 Marines landed on the beach.")[0] == ("July 4", "2023-07-04")  # a count


def test_would_lies_ahead_only_of_a_recent_saying(nlp):
    assert ("June", "2024-06") not in tags(nlp, "In 2021 he said he would retire in June.")  # said long ago
    assert tags(nlp, "The company said it would begin to sell the cars in March.") == [("March", "2024-03")]
    assert ("June", "2024-06") in tags(nlp, "He said last week that the plant would close in June.")
    assert tags(nlp, "Officials had said the bridge would reopen in August, but it is still closed.") == [
        ("August", "2023-08")
    ]
    assert tags(nlp, "Officials said on Friday that the bridge would reopen on Monday.") == [
        ("Friday", "2023-09-08"),
        ("Monday", "2023-09-11"),
    ]
