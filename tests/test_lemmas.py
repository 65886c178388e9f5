"""The remembering lemmatizer gives every token exactly the lemma spaCy's own rule lemmatizer gives it."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.nlp.lemmas import remember_lemmas
from generator.settings import DEFAULT_MODEL

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parent.parent
SENTENCES = [
    "The ministers were meeting; she has met them, and they'd been told the talks went better than feared.",
    "Y'all ain't seen nothin' yet, said the ol' man.",
    "Geese, mice and oxen crossed the fields; the children's toys lay broken.",
    "The data is clear, and the data are new.",  # one word, one part of speech, two lemmas by morphology
    "",
    "   ",
]
WORDS = [
    "the", "talks", "went", "were", "better", "best", "Geese", "mice", "running", "ran", "said", "says", "leaves",
    "left", "saw", "seen", "is", "are", "ministers", "meeting", "met", "'s", "n't", "Kim", "Putin", "quickly",
    "data", "media", ",", ".", "and", "they", "them", "her", "bigger", "analyses", "crises", "wolves",
]  # fmt: skip


def _lemmas(docs: list[spacy.tokens.Doc]) -> list[list[tuple[str, str, str]]]:
    return [[(t.text, t.pos_, t.lemma_) for t in doc] for doc in docs]


@pytest.fixture(scope="module")
def pipelines() -> tuple[spacy.language.Language, spacy.language.Language]:
    plain, fast = spacy.load(DEFAULT_MODEL), spacy.load(DEFAULT_MODEL)
    assert remember_lemmas(fast)
    kind = type(fast.get_pipe("lemmatizer"))
    assert remember_lemmas(fast) and type(fast.get_pipe("lemmatizer")) is kind  # not wrapped twice
    return plain, fast


def test_the_bundled_articles_get_identical_lemmas(pipelines) -> None:
    plain, fast = pipelines
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").rglob("*.txt"))] + SENTENCES
    assert len(texts) > len(SENTENCES)
    twice = texts + texts  # the second time round, the lemmas come from what was remembered
    assert _lemmas(list(fast.pipe(twice))) == _lemmas(list(plain.pipe(twice)))
    assert _lemmas([fast(t) for t in SENTENCES]) == _lemmas([plain(t) for t in SENTENCES])
    assert {t.lemma_ for t in fast(SENTENCES[0])} >= {"be", "meet", "minister", "go", "well"}
    assert [t.lemma_ for t in fast(SENTENCES[3]) if t.text == "data"] == ["data", "datum"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14))
def test_any_word_sequence_gets_identical_lemmas(pipelines, words: list[str]) -> None:
    plain, fast = pipelines
    text = " ".join(words)
    assert _lemmas([fast(text)]) == _lemmas([plain(text)])


def test_a_lookup_lemmatizer_is_left_alone() -> None:
    nlp = spacy.blank("en")
    assert not remember_lemmas(nlp)  # no lemmatizer at all
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert not remember_lemmas(nlp)
    assert type(lemmatizer).__name__ == "EnglishLemmatizer"
