"""Background sentences: precedents, old dates and standing facts, not today's news."""

from __future__ import annotations

import pytest

from generator.extract import extract_article

from .conftest import parse

pytestmark = pytest.mark.slow

LEDE = "The president left for Geneva on Tuesday, officials said."


def background(nlp, text: str) -> list[int]:
    return [b.citation.sentence for b in extract_article(parse(nlp, LEDE + " " + text)).background]


def test_an_old_date_is_background(nlp):
    assert background(nlp, "The two leaders first met in Hanoi in 2019.") == [2]


def test_a_standing_fact_is_background(nlp):
    assert background(nlp, "Geneva lies 300 km from the capital.") == [2]


def test_a_stretch_of_history_is_background(nlp):
    assert background(nlp, "The border has been closed for the past three years.") == [2]


def test_news_of_the_day_and_the_lede_are_not(nlp):
    assert background(nlp, "The ministry said on Monday that talks would resume.") == []


def test_an_earlier_event_this_year_is_background_but_a_running_figure_is_not(nlp):
    assert background(nlp, "The group made headlines in February when it paid 40 million euros for a painting.") == [2]
    assert background(nlp, "Consumers have bought 208,560 new cars so far this year, the dealers said.") == []


def test_history_with_its_source_at_the_end_is_background(nlp):
    """ "..., engineers said": the tail names the source of a fact; "In 2012, the ministry announced": the
    saying itself is history. A leading "The mayor said ..." is still today's statement."""
    assert background(nlp, "The bridge was closed in 2009 after a flood damaged its piers, engineers said.") == [2]
    assert background(nlp, "In March 2012, the ministry announced that the tunnel would be widened.") == [2]
    assert background(nlp, "The mayor said the stadium, which opened in 2009, will be demolished.") == []


def test_a_statement_in_the_present_tense_is_todays_news(nlp):
    """ "the regulator says ...", "..., he says, ...": what someone says now, unless it carries a date of history."""
    assert background(nlp, "The regulator says the pipeline has leaked for several months.") == []
    assert background(nlp, "Since then, the harbour master says, the port has handled more ships.") == []
    assert background(nlp, "Rights groups say the police have detained thousands of people since 2013.") == [2]


def test_list_items_and_teasers_are_not_background(nlp):
    """A list item without a closing stop is a heading or an infographic line; " | " joins a teaser's headlines."""
    text = (
        LEDE + "\n\n- Here's Why the Harbour Is Closed to Ferries Again\n\n4. Never signed the lease for the new depot"
    )
    text += "\n\n- 40%of the city's renters are older than 65\n\nThe harbour has been closed for two years."
    text += "\n\nMorning Report: Council approves budget | Storm closes coast road | Museum shut since 2015 reopens"
    found = [b.citation.text for b in extract_article(parse(nlp, text)).background]
    assert found == ["The harbour has been closed for two years."]


def test_a_date_a_figure_is_measured_against_does_not_make_it_history(nlp):
    """ "down from 6 percent a year earlier": this period's figure, compared with an old one, is today's news."""
    assert background(nlp, "Exports fell 4 percent this quarter, down from 6 percent a year earlier.") == []
    assert background(nlp, "Sales rose 4 percent last year, up from 2 percent in 2021.") == [2]


def test_a_running_tally_is_todays_news(nlp):
    """ "so far", "thus far", "to date": a count still running in the period the news is in."""
    assert background(nlp, "The valley accounts for 40 of the fires recorded so far.") == []
    assert background(nlp, "The number of ballots counted to date is 1.2 million.") == []
    assert background(nlp, "The valley accounts for 40 of the region's vineyards.") == [2]


def test_a_view_held_now_is_todays_news(nlp):
    """ "is optimistic that ...", "has doubts about ...": what someone thinks now, even beside an old date."""
    assert background(nlp, "The union leader is optimistic that the new contract will pass.") == []
    assert background(nlp, "Analyst Mara Quint has doubts about the merger.") == []
    assert background(nlp, "The mayor is less worried about a recession like the one in 2009, which cut exports.") == []
    assert background(nlp, "The union is the largest in the country.") == [2]
    assert background(nlp, "She’s less worried about a recession like the one in 2009, which cut exports.") == []


def test_what_changed_now_or_happened_earlier_today_is_the_news(nlp):
    assert background(nlp, "All six ports are now open to foreign ships.") == []
    assert background(nlp, "The envoy earlier met the foreign minister in the old town.") == []
    assert background(nlp, "The city now has more bridges than any other in Europe.") == [2]  # set against others
    assert background(nlp, "The bridge was closed in 2009 and reopened two years later.") == [2]  # a measured "later"


def test_a_standing_fact_names_what_it_is_about(nlp):
    """A pronoun subject ("They include ..."), "her garden", or "there are the costs ..." states no fact alone."""
    assert background(nlp, "They include bridges of every size and age.") == []
    assert background(nlp, "Her garden is the greenest on the whole street.") == []
    assert background(nlp, "Still, there are the costs of the repairs to consider.") == []
    assert background(nlp, "There are 40 bridges across the river in the city.") == [2]
    assert background(nlp, "Her shop is empty and there is no help left for the owners.") == []


def test_minutes_are_no_stretch_of_history(nlp):
    """ "PT30M" is thirty minutes, not thirty months."""
    assert background(nlp, "The pumps and the backup generator failed after thirty minutes.") == []
    assert background(nlp, "The pumps and the backup generator failed for thirty months.") == [2]


def test_what_lies_ahead_is_not_background(nlp):
    """An expectation, a schedule, a penalty faced, or a fact about what will happen looks ahead, not back."""
    assert background(nlp, "The administrators expect that the sale should take a couple of months.") == []
    assert background(nlp, "The driver faces up to five years in prison and a fine.") == []
    assert background(nlp, "The driver could face ten years in prison and have to pay the town's costs.") == []
    assert background(nlp, "Other towns which will close their schools are Avon, Bree and Crail.") == []
    assert background(nlp, "Other towns which closed their schools in 2019 are Avon, Bree and Crail.") == [2]


def test_someone_speaking_is_not_background(nlp):
    """First person ("mine", "I") is a speaker's own words, whatever else it says; "[The plan] is ..." a quote the
    reporter edited."""
    assert background(nlp, "[The plan] is basically a gift to the builders of the new road.") == []
    assert background(nlp, "The tall man in the second row of the choir is mine.") == []
    assert background(nlp, 'And when I saw the 2010 flood, that is when I really found out what the river is."') == []
    assert background(nlp, "“That is often, in my work, the first thing we have to fix since the old days.”") == []


def test_the_news_event_named_again_is_todays_news(nlp):
    """ "The merger ...", "The decision to ...": a definite event noun with no date of its own is the news itself."""
    assert background(nlp, "The merger also includes the sale of two warehouses in the north.") == []
    assert background(nlp, "The decision to build the dam despite years of protests is seen as a win.") == []
    assert background(nlp, "The layoffs are part of an effort by the firm to cut costs.") == []
    assert background(nlp, "The decision followed a court ruling on the river in 2014.") == [2]
    assert background(nlp, "The visit will be the queen's first trip abroad since the war.") == [2]


def test_a_move_in_a_figure_is_todays_news(nlp):
    """ "are down 2.6 percent" is a change, not a standing fact; "three-month copper" is a contract, not history."""
    assert background(nlp, "Bus and tram fares are down 2.6 percent, while rail fares are up 1 percent.") == []
    assert background(nlp, "Three-month copper on the exchange lost 0.4% to $8,100 a tonne.") == []
    assert background(nlp, "The port has been closed for three months after the storm.") == [2]
    assert background(nlp, "The mayor has been criticised for her response to the months-long crisis.") == [2]


def test_a_person_named_only_by_a_pronoun_needs_a_date(nlp):
    """ "She is the first ...": without a date of history the pronoun leans on the news before it."""
    assert background(nlp, "She is the first mayor of the town born abroad.") == []
    assert background(nlp, "She was first elected to the council in 1998.") == [2]


def test_what_the_news_comes_after_is_background(nlp):
    """ "The closure comes after repeated complaints": the news set against what went before it."""
    assert background(nlp, "The closure comes after repeated complaints from the neighbours.") == [2]
    assert background(nlp, "The closure came after lunch on the second day.") == []


def test_what_usually_happens_is_background(nlp):
    """ "usually", "typically", "normally": what happens as a rule is a standing fact, whatever the verb."""
    assert background(nlp, "Ferries usually carry about 300 cars across the strait.") == [2]
    assert background(nlp, "Normally, about 25 ships a week dock at the pier, according to the port.") == [2]
    assert background(nlp, "The ferry carried about 300 cars across the strait.") == []
    assert background(nlp, "Exporters lose large sums whenever the currency rises.") == [2]


def test_last_month_is_history_unless_it_is_the_news(nlp):
    """A whole month before the one published in, or "earlier this year" in the past tense, is history; when the
    lede is dated to that month ("Car sales fell 10 percent last month"), it is the news period."""
    assert background(nlp, "The depot was sold to a rival firm in August.") == [2]
    assert background(nlp, "The rival firm unveiled its own depot earlier this year.") == [2]
    monthly = "Car sales in the region fell 10 percent last month. Dealers sold 3,000 trucks and vans in August."
    assert [b.citation.sentence for b in extract_article(parse(nlp, monthly)).background] == []
    assert background(nlp, "The depot is leased from a company bought by a rival firm earlier this year.") == [2]


def test_an_earlier_stance_is_background(nlp):
    """ "initially endorsed", "originally planned": a state before the news, in the past tense."""
    assert background(nlp, "The village choir initially backed the rival plan for the hall.") == [2]
    assert background(nlp, "Initially, the council will appoint three members to the new board.") == []


def test_precedent_words_are_whole_words(nlp):
    """ "whatever" holds no "ever", and "in the first place" is no first time."""
    assert background(nlp, "Whatever the cost, the council never doubted it.") == [2]
    assert background(nlp, "The mayor did not need the consent of the board in the first place.") == []
    assert background(nlp, "Whatever the board decides, the builders start the work on the new hall.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Because travel across the border has been hard since 2015 for many families.",
        "Rebuilding the old harbour walls after the 1953 flood, however, hasn’t.",
    ],
)
def test_a_sentence_without_a_main_clause_of_its_own_is_not_background(nlp, text):
    assert background(nlp, text) == []


def test_a_subordinate_clause_before_the_main_one_still_makes_background(nlp):
    assert background(nlp, "Although the road was rebuilt in 2015, the bridge has stood since 1890.") == [2]


def test_a_first_set_by_the_news_is_no_precedent_of_it(nlp):
    assert background(nlp, "The home side lost to the visitors for the first time in the cup's history.") == []
    assert background(nlp, "For the first time, residents will vote on the future of their estate.") == []
    assert (
        background(nlp, "The club needed the last game to beat Leeds and clinch its first away win since 2011.") == []
    )
    assert background(nlp, "This is not the first time the regulator has examined the bank.") == [2]
    assert background(nlp, "Two climbers reached the summit for the first time in 1953, after weeks of trying.") == [2]


@pytest.mark.parametrize(
    "text",
    [
        "The plan includes steps to raise bus fares and cut fine dust.",  # what today's news holds
        "One possible explanation for the gap is that there is no reliable source.",  # an argument
        "Among the issues the regulator is examining is whether the founder profited from the leases.",
    ],
)
def test_a_list_of_todays_contents_or_an_argument_is_no_standing_fact(nlp, text):
    assert background(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "But have geese wintered on the lake every year since the 1990s?",  # the page asks
        "Here are the facts: geese have wintered on the lake since the 1990s.",  # the page points ahead
    ],
)
def test_a_question_or_a_call_out_is_no_background(nlp, text):
    assert background(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The real question is: what went wrong in 2015?”",  # a question that closes a quote still asks
        "to show the site of the old bridge, built in 1890, to visitors.",  # the end of a sentence the page split
        "“Merry Christmas to everyone,” the coach told reporters at the stadium.",  # a quoted date
    ],
)
def test_a_quoted_question_a_split_sentence_or_a_quoted_date_is_no_background(nlp, text):
    assert background(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "If the estimate is right, nearly 40,000 homes have flooded since 2019.",  # a supposition
    ],
)
def test_a_supposition_is_no_background(nlp, text):
    assert background(nlp, text) == []


def test_a_forecast_or_a_fear_counts_against_background(nlp):
    from datetime import date

    from generator.extract.background import score_sentence
    from generator.temporal import tag_doc

    day = date(2023, 9, 12)
    for text in (
        "The town is likely to remain the region's main port for decades, as it has been since 1850.",  # forecast
        "Economists fear a recession like that of 2008.",  # a fear
    ):
        doc = nlp(text)
        _, reasons, _ = score_sentence(next(doc.sents), tag_doc(doc, day), anchor=day, position=2)
        assert "ahead" in reasons, text


def test_as_if_is_no_supposition(nlp):
    text = "As if the talks were not hard enough, the union has been split since the 2019 strike."
    assert background(nlp, text) == [2]


@pytest.mark.parametrize(
    "text",
    [
        "Even if the talks fail, the union has held the port since 2019.",  # a concession, not a supposition
        "It is likely that the port was built in the 1850s by local merchants.",  # an inference about the past
    ],
)
def test_review_mends_keep_this_background(nlp, text):
    assert background(nlp, text) == [2]


def test_a_sentence_that_leaves_something_open_is_no_background(nlp):
    text = "The bridge, built in 1931, has been closed since May, and officials have not said when it will reopen."
    assert background(nlp, text) == []
    text = (
        "Harbor has been an imprint of Lantern Books since 1988, and a Lantern spokeswoman said no decisions had "
        "been made on whether he would give any interviews."
    )
    assert background(nlp, text) == []
