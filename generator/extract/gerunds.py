"""Events told as a gerund after a preposition of time: "since assuming power in 2011", "after taking office in 2019".

The gerund has no subject of its own: the one who did it is the subject of the clause the phrase hangs on, or the
owner of the noun it hangs on ("Kim's 10th trip since assuming power"). The line puts the verb in the past tense
(lemminflect, made for inflecting spaCy's lemmas): "Kim assumed power".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lemminflect import getInflection

from generator.extract.clauses import subtree_without
from generator.extract.line_text import SUBJECT_DEPS, tidy_clause, tokens_text

if TYPE_CHECKING:
    from spacy.tokens import Token

_TIME_PREPOSITIONS = frozenset({"since", "after", "before", "upon"})
_NAMES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def is_temporal_gerund(verb: Token) -> bool:
    """ "since assuming power", "after taking office": a gerund without a subject after a preposition of time."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "pcomp"
        and verb.head.lower_ in _TIME_PREPOSITIONS
        and not any(c.dep_ in SUBJECT_DEPS | {"auxpass", "aux"} for c in verb.children)
    )


def gerund_line(verb: Token, dropped: set[int], *, future: bool = False) -> str | None:
    """The gerund phrase as a line with its doer and a past verb ("Kim assumed power"), without `dropped` tokens.

    `future`: the date lies ahead ("before delivering its report in January"), so the verb is "will deliver".
    None when the doer is a pronoun (the line could not say who) or the verb has no past form.
    """
    doer = _doer(verb.head.head)
    forms = [f"will {verb.lemma_}"] if future else getInflection(verb.lemma_, tag="VBD")
    if doer is None or not forms or verb.lemma_ == "be":
        return None
    rest = [t for t in subtree_without(verb, dropped) if t.i > verb.i]
    return tidy_clause(f"{doer} {forms[0]} {tokens_text(rest)}")


def _doer(head: Token) -> str | None:
    """The name of who does what a phrase on `head` tells: the clause's subject, or the noun's owner."""
    if head.pos_ in {"VERB", "AUX"}:
        clause = head
        while not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children) and clause.dep_ == "conj":
            clause = clause.head
        found = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        attribute = next((c for c in clause.children if c.dep_ == "attr"), None)
        if found is not None and found.lower_ in {"it", "this"} and clause.lemma_ == "be" and attribute is not None:
            return _doer(attribute)  # "It will be Kim's 10th trip since assuming power": Kim's
    else:
        found = next((c for c in head.children if c.dep_ in {"poss", "nmod"} and c.ent_type_ == "PERSON"), None)
        found = found or next((c for c in head.children if c.dep_ == "poss"), None)
    if (
        found is None
        or found.pos_ not in {"PROPN", "NOUN"}
        or (found.pos_ == "PROPN" and found.ent_type_ not in _NAMES)
    ):
        return None  # "he", "they": the line could not say who
    kept = {"compound", "flat"} if found.dep_ in {"poss", "nmod"} else {"compound", "flat", "det", "amod", "nummod"}
    words = [t for t in found.subtree if (t.dep_ in kept and t.head == found) or t == found]
    return tokens_text(words).removesuffix("’s").removesuffix("'s")
