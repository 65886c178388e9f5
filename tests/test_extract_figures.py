"""Figures (dead, injured, missing, evacuated, arrested) on sentences written for these tests."""

from __future__ import annotations

import pytest

from generator.extract import extract_article

from .conftest import parse

pytestmark = pytest.mark.slow


def figures(nlp, text: str) -> list[tuple[str, int, str]]:
    return [(f.measure, f.value, f.text) for f in extract_article(parse(nlp, text)).figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five people were killed in the blast.", [("dead", 5, "five")]),
        (
            "The quake killed at least 24 people and injured 130.",
            [("dead", 24, "at least 24"), ("injured", 130, "130")],
        ),
        ("The death toll rose to 31 on Tuesday.", [("dead", 31, "31")]),
        ("Officials revised the death toll to 22 on Wednesday.", [("dead", 22, "22")]),
        ("The toll stands at 45.", [("dead", 45, "45")]),
        ("Officials said 12 people are missing.", [("missing", 12, "12")]),
        ("Some 3,000 residents were evacuated.", [("evacuated", 3000, "some 3,000")]),
        ("About 3,000 residents remain evacuated.", [("evacuated", 3000, "about 3,000")]),
        ("More than 1.2 million people were displaced.", [("evacuated", 1_200_000, "more than 1.2 million")]),
        ("Police arrested 14 protesters.", [("arrested", 14, "14")]),
        ("There were 31 deaths and 40 injuries.", [("dead", 31, "31"), ("injured", 40, "40")]),
        ("Two people died.", [("dead", 2, "two")]),
        ("The blast left 7 dead and 20 wounded.", [("dead", 7, "7"), ("injured", 20, "20")]),
        ("Rescuers pulled 17 bodies from the rubble.", [("dead", 17, "17")]),
        ("Twenty-five people died.", [("dead", 25, "twenty-five")]),
        ("Two hundred people were arrested.", [("arrested", 200, "two hundred")]),
        # a range is its upper bound, written as it stands; never the two ends added up
        ("10 to 12 people were injured.", [("injured", 12, "10 to 12")]),
        ("Officials said 20-30 people were killed.", [("dead", 30, "20-30")]),
        ("Some 1,200 to 1,500 residents were evacuated.", [("evacuated", 1500, "some 1,200 to 1,500")]),
        # an earlier date beside the news's own does not hide the news's count
        ("An earthquake killed at least 24 people on Monday, the deadliest since 2011.", [("dead", 24, "at least 24")]),
        ("The 12 injured were taken to hospital.", [("injured", 12, "12")]),  # no article in the figure
        ("Security forces killed as many as 200 protesters.", [("dead", 200, "as many as 200")]),
    ],
)
def test_a_count_of_a_measure_is_a_figure(nlp, text, expected):
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The storm could kill 100 people.",  # a possibility
        "The storm could leave 12 dead.",
        "If 10 people are injured, the game stops.",  # a condition
        "The 2004 tsunami killed 230,000 people.",  # an earlier event
        "Five men killed the guard.",  # the killers are not the dead
        "The company employs 300 people.",  # no measure
        "He was arrested in 2019 with 12 others.",
    ],
)
def test_a_possibility_an_earlier_event_or_another_count_is_no_figure(nlp, text):
    assert figures(nlp, text) == []


def test_only_the_opening_sentences_give_figures(nlp):
    filler = " ".join(f"Crews worked on section {n} of the wall." for n in range(1, 9))
    assert figures(nlp, filler + " Three children were killed.") == []
