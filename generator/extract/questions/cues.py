"""Where a sentence leaves something open: the parse's cues for a question, and the clause that holds it.

A negated verb of disclosure, a refusal, an adjective of uncertainty, a modal of possibility that is not a
purpose or a description; and the clauses opened by a wh-word that say what is unknown.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from generator.extract.clauses import subtree_without
from generator.extract.cues import DISCLOSURE_VERBS, REFUSAL_VERBS, UNCERTAIN_ADJECTIVES, WH_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def is_open_possibility(verb: Token) -> bool:
    """A modal of possibility that leaves something open, not a purpose or a description.

    Not "so that their children could live ..." (a purpose), nor "the fuel the plane could carry" or "the terms
    on which the firms could use it" (a relative clause after its noun, no punctuation between, with a subject of
    its own: what it says is about that noun, which the question would lose). "Nations where leaders might see
    advantage" and the parser's relative clauses that are really something else (after a colon, or opening with
    "that" as a conjunction) still ask.
    """
    if _negated(verb):
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if {"so", "that"} <= marks or (verb.dep_ == "acl" and verb.head.lower_ == "order"):
        return False
    return not describes_its_noun(verb)


def describes_its_noun(verb: Token) -> bool:
    """A relative clause right after its noun with a subject of its own: "the reason Boeing was expected to win"."""
    if verb.dep_ != "relcl" or any(c.dep_ == "mark" or c.tag_ == "WRB" for c in verb.children):
        return False
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ not in {"WDT", "WP"} for c in verb.children)
    between = verb.doc[verb.head.i + 1 : verb.left_edge.i]
    return own_subject and verb.head.i < verb.i and not any(t.is_punct for t in between)


def is_negated_disclosure(token: Token) -> bool:
    if token.lemma_ not in DISCLOSURE_VERBS or token.pos_ not in {"VERB", "AUX"}:
        return False
    if _negated(token):
        return True
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if any(w.lower_ in {"neither", "no", "nobody", "none"} for s in subjects for w in s.subtree):
        return True
    head = token.head
    return token.dep_ == "xcomp" and head.lemma_ in REFUSAL_VERBS


def is_uncertainty(token: Token) -> bool:
    if token.lemma_ in UNCERTAIN_ADJECTIVES and token.pos_ == "ADJ":
        return True
    # "it is not clear whether", "it is not known when"
    return token.lemma_ in {"clear", "know"} and _negated(token.head if token.pos_ == "ADJ" else token)


def unknown_clauses(token: Token) -> Iterator[Token]:
    """The clauses that hold the unknown: "when or where the visit would take place", "what would be ..."."""
    anchor = token.head if token.pos_ == "ADJ" and token.dep_ == "acomp" else token
    for child in anchor.children:
        if (
            child.dep_ in {"ccomp", "advcl", "xcomp", "csubj"} and child.pos_ in {"VERB", "AUX"} and child != token
        ) and _has_wh(child):
            yield child
            for conj in child.conjuncts:
                if conj.i > child.i and _has_wh(conj):
                    yield conj


def _has_wh(clause: Token) -> bool:
    return any(t.lower_ in WH_WORDS and t.i < clause.i for t in own_tokens(clause))


def own_tokens(clause: Token) -> list[Token]:
    """The clause's tokens without its coordinated clauses."""
    dropped = {c.i for c in clause.children if c.dep_ in {"conj", "cc"} and c.pos_ in {"VERB", "AUX", "CCONJ"}}
    return subtree_without(clause, dropped)
