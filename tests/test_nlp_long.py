"""Long articles: any text the size limit admits is parsed, in pieces joined into one Doc of the same text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from generator.nlp.parse import _pieces, parse_texts

PARAGRAPH = "The minister resigned on Monday. Officials did not say who would replace him in July."


@given(st.text(alphabet=st.sampled_from("ab .\n"), max_size=400), st.integers(min_value=8, max_value=60))
def test_pieces_join_back_into_the_text_and_respect_the_size(text, size):
    pieces = _pieces(text, size)
    assert "".join(pieces) == text
    assert all(len(p) <= size for p in pieces)
    assert all(pieces[:-1])


def test_pieces_are_cut_at_paragraph_breaks_first():
    text = "\n\n".join([PARAGRAPH] * 6)
    pieces = _pieces(text, 200)
    assert all(p.endswith("\n\n") for p in pieces[:-1])


def test_a_text_longer_than_spacys_max_length_is_parsed_as_one_doc(nlp):
    text = "\n\n".join([PARAGRAPH] * 40)
    limit = nlp.max_length
    nlp.max_length = 1_000  # as if the article were over spaCy's default 1,000,000 characters
    try:
        [doc] = parse_texts(nlp, [text], chunk=900)
    finally:
        nlp.max_length = limit
    [whole] = parse_texts(nlp, [text])
    assert doc.text == text
    assert [s.text for s in doc.sents] == [s.text for s in whole.sents]
    assert [(e.text, e.label_) for e in doc.ents] == [(e.text, e.label_) for e in whole.ents]
