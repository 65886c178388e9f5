"""Scene-setting openings and sentences that report news, on sentences written for these tests."""

from __future__ import annotations

import pytest

from generator.extract.openings import news_sentences, scene_setters

from .conftest import parse

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Coastal towns hold flood drills every spring, rehearsing for storms that rarely come.",
        "The stakes are high for every club in the league this weekend.",
        "If a city has no sea wall, it usually has sandbags instead.",
        "Wednesday is a big day for the tenants of the Elm Street towers.",
    ],
)
def test_a_general_statement_a_condition_or_a_statement_about_the_day_sets_a_scene(nlp, text):
    assert scene_setters(parse(nlp, text)) == (1,)
    assert news_sentences(parse(nlp, text)) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Acme Corp has cut 500 jobs at its plant in Ohio.",
        "Police in Denver arrested six people on Monday.",
        "The Harbour Authority will close the sea wall on Friday.",
        "Mayor Jane Roe said on Monday that the city had closed the sea wall.",
    ],
)
def test_something_done_or_decided_by_someone_named_is_news(nlp, text):
    assert news_sentences(parse(nlp, text)) == (1,)
    assert scene_setters(parse(nlp, text)) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Roe is unhappy with the way the council handled the vote.",
        "“We closed the wall on Monday,” the mayor of Denver said.",
        "Hibernation has been the subject of research in Europe.",
        "Officials in Denver may close the sea wall on Friday.",
    ],
)
def test_a_named_state_a_quote_a_state_of_being_or_a_possibility_is_neither(nlp, text):
    assert scene_setters(parse(nlp, text)) == ()
    assert news_sentences(parse(nlp, text)) == ()
