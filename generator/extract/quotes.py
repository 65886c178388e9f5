"""Quotes: what a named person is reported to have said, attributed to the speaker and cited.

Direct ("...," Peskov said) and indirect (Peskov said that ...) speech; "he" and "she" stand for the last
person named.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.extract.actors import entity_name
from generator.extract.cues import REPORTING_VERBS
from generator.extract.line_text import balance_quotes, tokens_text
from generator.model import Citation

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from generator.nlp.parse import ParsedArticle

_QUOTED = re.compile(r"[“\"]([^”\"]{12,}?)[”\"]")
_PRONOUNS = frozenset({"he", "she"})
MIN_WORDS = 4


@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteMention:
    """One attributed statement in one sentence."""

    speaker: str
    """The speaker's name as written (or as last named, for "he" and "she")."""
    text: str
    is_direct: bool
    citation: Citation


def find_quotes(parsed: ParsedArticle) -> Iterator[QuoteMention]:
    """Yield the statements attributed to a named person, in text order."""
    last_person: str | None = None
    for sentence, span in parsed.numbered():
        citation = Citation(parsed.article.id, sentence.number, sentence.text)
        for verb in span:
            if verb.lemma_ not in REPORTING_VERBS or verb.pos_ != "VERB":
                continue
            speaker = _speaker(verb, last_person, parsed)
            if speaker is None:
                continue
            if text := _direct(span):
                yield QuoteMention(speaker=speaker, text=text, is_direct=True, citation=citation)
            elif text := _indirect(verb):
                yield QuoteMention(speaker=speaker, text=text, is_direct=False, citation=citation)
            break
        people = [
            e for e in parsed.ents_within(span.start, span.end) if e.label_ == "PERSON" and entity_name(e) is not None
        ]
        if people:
            last_person = entity_name(people[-1])[1]  # type: ignore[index]


def _speaker(verb: Token, last_person: str | None, parsed: ParsedArticle) -> str | None:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.lower_ in _PRONOUNS:
        return last_person
    ent = parsed.ent_at(subject.i)
    if ent is not None and ent.label_ == "PERSON" and (name := entity_name(ent)) is not None:
        return name[1]
    return None


def _direct(span: Span) -> str | None:
    found = [m.group(1).strip(" ,.") for m in _QUOTED.finditer(span.text)]
    found = [q for q in found if len(q.split()) >= MIN_WORDS]
    return " … ".join(found) if found else None


def _indirect(verb: Token) -> str | None:
    content = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if content is None:
        return None
    words = [t for t in content.subtree if not (t.dep_ == "mark" and t.head == content)]
    text = balance_quotes(tokens_text(words)).strip(" ,.")
    return text if len(text.split()) >= MIN_WORDS else None
