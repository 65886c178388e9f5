"""Questions news states in fixed ways, asked in a fixed form.

"No group has claimed responsibility for the attack" → "Who is responsible for the attack?"; "The cause of the fire
is under investigation" → "What caused the fire?"; "The identities of the victims have not been released" → "Who
are the victims?"; "A decision on the merger is expected next month" → "What will be decided on the merger?";
"The judge has yet to rule on the motion" → "Will the judge rule on the motion?"; "The sale is pending approval" →
"Will the sale be approved?".
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from generator.extract.line_text import tokens_text

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_NOBODY = frozenset({"no", "nobody", "none"})
_UNKNOWN = frozenset({"investigation", "investigating", "unknown", "unclear", "undetermined", "determined", "known"})
_NOT_GIVEN = frozenset({"release", "disclose", "identify", "name", "announce", "reveal", "make"})
_IDENTITY = frozenset({"identity", "identities", "name", "names"})
_DECISION = frozenset({"decision", "ruling", "verdict"})
MAX_WORDS = 14
"""A phrase longer than this is not asked about in a fixed form (the parse has likely taken too much)."""


def templated_questions(span: Span) -> Iterator[tuple[str, str, Token]]:
    """(cue, question, token) for each fixed form of an unknown in the sentence."""
    for token in span:
        if (found := _unclaimed(token) or _unknown_cause(token) or _unreleased_identity(token)) is not None:
            yield "unknown", found, token
        elif (found := _expected_decision(token) or _yet_to(token) or _pending(token)) is not None:
            yield "pending-decision", found, token


def _phrase(token: Token) -> str | None:
    words = [t for t in token.subtree if not t.is_punct or t.text in {"-", "’", "'"}]
    text = tokens_text(words)
    if not text or len(text.split()) > MAX_WORDS or any(c in text for c in '“”"()'):
        return None
    return text[0].lower() + text[1:] if words[0].pos_ not in {"PROPN"} and not text.startswith("I ") else text


def _object_of(token: Token, preposition: str) -> Token | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == preposition:
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _unclaimed(token: Token) -> str | None:
    """ "No group has claimed responsibility for the attack" → "Who is responsible for the attack?"."""
    if token.lemma_ != "claim" or token.pos_ != "VERB":
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in token.children if c.dep_ == "dobj" and c.lower_ == "responsibility"), None)
    if subject is None or obj is None:
        return None
    negative = subject.lower_ in _NOBODY or any(c.lower_ in _NOBODY for c in subject.children)
    negated = any(c.dep_ == "neg" for c in token.children)
    if not (negative or negated):
        return None
    target = _object_of(obj, "for") or _object_of(token, "for")
    what = _phrase(target) if target is not None else None
    return f"Who is responsible for {what}?" if what else None


def _unknown_cause(token: Token) -> str | None:
    """ "The cause of the fire is under investigation / not known" → "What caused the fire?"."""
    if token.lemma_ != "cause" or token.pos_ != "NOUN" or token.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verb = token.head
    words = {t.lower_ for t in verb.subtree}
    if not words & _UNKNOWN or (("determined" in words or "known" in words) and "not" not in words):
        return None
    target = _object_of(token, "of")
    what = _phrase(target) if target is not None else None
    return f"What caused {what}?" if what else None


def _unreleased_identity(token: Token) -> str | None:
    """ "The identities of the victims have not been released" → "Who are the victims?"."""
    if token.lower_ not in _IDENTITY or token.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verb = token.head
    if verb.lemma_ not in _NOT_GIVEN or not any(c.dep_ == "neg" for c in verb.children):
        return None
    target = _object_of(token, "of")
    if target is None or target.tag_ not in {"NNS", "NN"} or (who := _phrase(target)) is None:
        return None
    return f"Who {'are' if target.tag_ == 'NNS' else 'is'} {who}?"


def _expected_decision(token: Token) -> str | None:
    """ "A decision on the merger is expected next month" → "What will be decided on the merger?"."""
    if token.lower_ not in _DECISION or token.dep_ != "nsubjpass" or token.head.lemma_ != "expect":
        return None
    topic = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in {"on", "in"}), None)
    if topic is None or (about := _phrase(topic)) is None:
        return None
    return f"What will be decided {about}?"


def _yet_to(token: Token) -> str | None:
    """ "The judge has yet to rule on the motion" → "Will the judge rule on the motion?"."""
    if token.lower_ != "yet" or token.head.lemma_ != "have" or token.head.dep_ != "ROOT":
        return None
    have = token.head
    subject = next((c for c in have.children if c.dep_ == "nsubj"), None)
    action = next((c for c in have.children if c.dep_ == "xcomp" and c.tag_ == "VB"), None)
    if subject is None or action is None or subject.tag_ == "PRP" or (who := _phrase(subject)) is None:
        return None
    rest = [t for t in action.subtree if t.i > action.i and not (t.is_punct and t.i == action.sent.end - 1)]
    tail = tokens_text(rest)
    if len(tail.split()) > MAX_WORDS:
        return None
    return f"Will {who} {action.text}{' ' + tail if tail else ''}?"


def _pending(token: Token) -> str | None:
    """ "The sale is pending approval by regulators" → "Will the sale be approved?"."""
    if token.lower_ != "pending" or token.dep_ not in {"acomp", "xcomp", "ROOT", "advmod", "amod", "prep"}:
        return None
    if not ({t.lower_ for t in token.subtree} | {token.head.lower_}) & {"approval", "review"}:
        return None
    verb = next((t for t in token.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.tag_ in {"PRP", "DT", "WDT"}:
        return None  # "That carries a suspension pending a review": which thing, the question cannot say
    aside = {t.i for t in token.subtree}
    words = [t for t in subject.subtree if t.i not in aside and not t.is_punct]
    what = tokens_text(words)
    if not what or len(what.split()) > MAX_WORDS:
        return None
    return f"Will {what[0].lower() + what[1:] if words[0].pos_ != 'PROPN' else what} be approved?"
