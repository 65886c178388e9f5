"""Sentence boundaries: our paragraph component's rules on top of the model's parser."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            'The clerk shrugged, he added. "Nobody ever reads the forms."\n\nThe office closed early.',
            ["The clerk shrugged, he added.", '"Nobody ever reads the forms."', "The office closed early."],
        ),
        (
            "The ferry left late (the second time this week.)\n\nPassengers waited.",
            ["The ferry left late (the second time this week.)", "Passengers waited."],
        ),
        ('She said: "We will win." Then she left.', ['She said: "We will win."', "Then she left."]),
    ],
)
def test_a_closing_quote_stays_with_the_sentence_it_closes(nlp, text, sentences):
    assert [s.text.strip() for s in nlp(text).sents] == sentences


def test_a_paragraph_break_still_starts_a_sentence(nlp):
    doc = nlp("Rain fell all day\n\nthe river rose by evening.")
    assert [s.text.strip() for s in doc.sents] == ["Rain fell all day", "the river rose by evening."]
