"""Quote attribution on sentences written for these tests."""

from __future__ import annotations

import pytest

from generator.extract.quotes import find_quotes

from .conftest import parse

pytestmark = pytest.mark.slow


def quotes(nlp, text: str) -> list[tuple[str, str, bool]]:
    return [(q.speaker, q.text, q.is_direct) for q in find_quotes(parse(nlp, text))]


def test_direct_quote_is_attributed_to_the_named_speaker(nlp):
    assert quotes(nlp, "“We will rebuild the harbour within a year,” said Mayor Lena Holt on Monday.") == [
        ("Lena Holt", "We will rebuild the harbour within a year", True)
    ]


def test_indirect_speech_takes_the_that_clause(nlp):
    assert quotes(nlp, "Finance Minister Omar Haddad said that the budget would be balanced next year.") == [
        ("Omar Haddad", "the budget would be balanced next year", False)
    ]


def test_he_and_she_refer_to_the_last_named_person(nlp):
    found = quotes(nlp, "Lena Holt toured the port. She said the damage was worse than expected.")
    assert found == [("Lena Holt", "the damage was worse than expected", False)]


def test_statements_of_organisations_and_short_quotes_are_not_attributed_to_people(nlp):
    assert quotes(nlp, "The ministry said the talks had ended.") == []
    assert quotes(nlp, "“No,” said Lena Holt.") == []
