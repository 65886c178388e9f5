"""The indexed attribute-ruler matching gives every token exactly what spaCy's own ruler gives it."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st

from generator.nlp.attribute_rules import RuleIndex, UnsupportedRuleError, speed_up
from generator.settings import DEFAULT_MODEL

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parent.parent
SENTENCES = [
    "I told her that we'd go, but they weren't gonna wait for us.",
    "Y'all ain't seen nothin' yet, said the ol' man, and c'mon, let's go.",
    "There is a plan; there were doubts. Was it his or hers?",
    "Something happened to everyone: nobody knew whether the deal would close.",
    "He has been working since Monday and did not stop, though he had had enough.",
    "Which one? That one, not this one — those were theirs.",
]


def _attributes(doc: spacy.tokens.Doc) -> list[tuple[str, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.ent_type_) for t in doc]


@pytest.fixture(scope="module")
def pipelines() -> tuple[spacy.language.Language, spacy.language.Language]:
    plain, fast = spacy.load(DEFAULT_MODEL), spacy.load(DEFAULT_MODEL)
    assert speed_up(fast)
    return plain, fast


def test_the_bundled_articles_get_identical_attributes(pipelines) -> None:
    plain, fast = pipelines
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").rglob("*.txt"))] + SENTENCES
    assert len(texts) > len(SENTENCES)
    for before, after in zip(plain.pipe(texts), fast.pipe(texts), strict=True):
        assert _attributes(after) == _attributes(before)


def test_the_index_finds_the_same_matches_as_the_matcher(pipelines) -> None:
    plain, _ = pipelines
    ruler = plain.get_pipe("attribute_ruler")
    index = RuleIndex(ruler.patterns, plain.vocab.strings)
    with plain.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        for doc in plain.pipe(SENTENCES):
            assert index.match(doc) == sorted(set(ruler.match(doc)))
            assert index.match(doc), "the rules do apply to these sentences"


@given(
    st.lists(
        st.sampled_from(
            [
                "the",
                "I",
                "her",
                "'s",
                "n't",
                "gon",
                "na",
                "y'",
                "all",
                " ",
                "\n",
                "do",
                "is",
                "There",
                "was",
                "that",
                "if",
                "nothin'",
                "ca",
                "Been",
                ",",
                ".",
            ]
        ),
        max_size=25,
    )
)
def test_any_sequence_of_tricky_words_matches_alike(pipelines, words: list[str]) -> None:
    plain, _ = pipelines
    ruler = plain.get_pipe("attribute_ruler")
    index = RuleIndex(ruler.patterns, plain.vocab.strings)
    with plain.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        doc = plain(" ".join(words))
    assert index.match(doc) == sorted(set(ruler.match(doc)))


def test_a_rule_it_cannot_index_leaves_the_ruler_alone() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a", "OP": "+"}]], {"POS": "DET"})
    with pytest.raises(UnsupportedRuleError):
        RuleIndex(ruler.patterns, nlp.vocab.strings)
    assert not speed_up(nlp)
    assert [t.pos_ for t in nlp("a a b")] == ["DET", "DET", ""]
