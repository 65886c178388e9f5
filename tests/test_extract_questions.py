"""Open questions on sentences written for these tests: cues, transformations, and non-questions."""

from __future__ import annotations

import pytest

from generator.extract.questions import questions_in

from .conftest import parse

pytestmark = pytest.mark.slow


def questions(nlp, text: str) -> list[str]:
    parsed = parse(nlp, text)
    return [q for _, span in parsed.numbered() for _, q in questions_in(span)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Neither side has said when the talks would resume.", ["When will the talks resume?"]),
        ("The ministry did not say where the summit would be held.", ["Where will the summit be held?"]),
        ("Officials have not disclosed what the deal would cost.", ["What will the deal cost?"]),
        (
            "Neither country has specified when or where the visit would take place, nor what would be on the agenda.",
            ["When and where will the visit take place?", "What will be on the agenda?"],
        ),
        ("It is unclear whether the ceasefire will hold.", ["Will the ceasefire hold?"]),
        ("The two firms could announce a merger.", ["Will the two firms announce a merger?"]),
        (
            "Negotiators might reach a deal on grain exports.",
            ["Will negotiators reach a deal on grain exports?"],
        ),
        ("Talks are expected to continue during the visit.", ["Will talks continue during the visit?"]),
        (
            "The summit, expected to take place in Geneva, was announced on Monday.",
            ["Will the summit take place in Geneva?"],
        ),
    ],
)
def test_cues_become_plain_questions(nlp, text, expected):
    assert questions(nlp, text) == expected


def test_an_anaphoric_object_takes_its_context_from_the_sentence(nlp):
    found = questions(
        nlp,
        "The minister warned that the company will pay a fine if it breaks the rules, though "
        "he did not elaborate on these penalties.",
    )
    assert len(found) == 1
    assert found[0].startswith("What are the penalties (")
    assert "pay a fine" in found[0]


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the plant had closed.",  # a plain reported fact
        "Prices rose by three percent in August.",
        "“Who could have imagined this?” she said.",  # a rhetorical quote
        "It could take years, he said.",  # a hedge with no named subject reads badly as a question
        "The company did not pay its taxes.",  # negation of an action, not of disclosure
        "Officials confirmed that the talks ended.",
    ],
)
def test_facts_do_not_become_questions(nlp, text):
    assert questions(nlp, text) == []
