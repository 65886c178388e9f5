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


def test_an_old_date_in_a_clause_is_background_but_not_one_describing_a_noun(nlp):
    assert background(nlp, "The firm had agreed to lease ten jets, but in 2003 a scandal erupted at its offices.") == [
        2
    ]
    assert background(nlp, "The museum will buy the painting, a work that set a record at auction in 2019.") == []


def test_a_figure_for_the_period_the_news_is_in_is_not_background(nlp):
    assert background(nlp, "Consumers have bought 208,560 new cars so far this year, the dealers said.") == []
