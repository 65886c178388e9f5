"""spaCy's rule lemmatizer, asked once per word form, part of speech and morphology instead of once per token.

The English rule lemmatizer works a token's lemma out from its text, part of speech and morphology alone, but it
does so token by token in Python, reading the morphology into a dict every time, and remembers only some of its
answers: about a twentieth of the whole pipeline's time. `remember_lemmas(nlp)` gives it a step that reads those
three values for the whole document at once and asks the lemmatizer itself only about combinations it has not
seen before, so every token gets the lemma spaCy would give it (a test compares the two on real text and on
generated word sequences). A lemmatizer in another mode, or one that overwrites lemmas already set, is left as it
is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def remember_lemmas(nlp: Language) -> bool:
    """Give the pipeline's rule lemmatizer the remembering step; False if it has none or it is not one."""
    from spacy.pipeline import Lemmatizer

    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode != "rule" or lemmatizer.overwrite:
        return False
    if not getattr(lemmatizer, "remembers", False):  # asked twice: keep the one layer
        lemmatizer.__class__ = _remembering(type(lemmatizer))
    return True


def _remembering(base: type[Any]) -> type[Any]:
    """A subclass of the lemmatizer's own class (so `pipe`, serialisation and the rules stay spaCy's)."""
    from spacy.attrs import LEMMA, MORPH, ORTH, POS

    known: dict[tuple[int, int, int], int] = {}
    """(word form, part of speech, morphology) to lemma, all as string-store hashes."""

    class Remembering(base):  # type: ignore[misc]
        remembers = True

        def __call__(self, doc: Doc) -> Doc:
            if not self._validated:  # spaCy's own step checks the lookup tables on the first document
                return super().__call__(doc)  # type: ignore[no-any-return]
            columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
            strings = doc.vocab.strings
            for i, (orth, pos, morph, lemma) in enumerate(columns.tolist()):
                if lemma:  # set before (by the attribute ruler's exceptions): kept, as spaCy keeps it
                    continue
                key = (orth, pos, morph)
                found = known.get(key)
                if found is None:
                    found = known[key] = strings.add(self.lemmatize(doc[i])[0])
                columns[i, 3] = found
            doc.from_array([LEMMA], cast(Any, columns[:, 3:]))  # uint64, as spaCy's own arrays
            return doc

    Remembering.__name__ = Remembering.__qualname__ = f"Remembering{base.__name__}"
    return Remembering
