"""Merge a story's open questions: one per wording, marked answered by a later event that covers it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from generator.extract import Findings
from generator.merge.similarity import SIMILAR_TEXT, content_words, overlap, stem
from generator.model import Event, EventStatus, Question

_YES_NO = ("Will ", "Did ", "Does ", "Do ", "Is ", "Was ", "Are ", "Were ", "Can ", "Should ", "Has ", "Have ")
_TIME_PLACE = ("When ", "Where ")
ANSWERED = 0.75
"""Share of a question's content words that a later event must contain to count as its answer."""


def merge_questions(
    findings: Sequence[Findings], events: Sequence[Event] = (), published: dict[str, date | None] | None = None
) -> tuple[Question, ...]:
    """One question per wording; asked-and-answered questions are marked with the answering citations.

    A yes/no question about a predicate that a when/where question already asks about adds nothing ("Will the
    meeting take place?" beside "When and where will the meeting take place?") and is dropped.
    """
    published = published or {}
    mentions = sorted(
        (q for f in findings for q in f.questions), key=lambda q: (q.citation.article, q.citation.sentence)
    )
    timed = {q.predicate for q in mentions if q.text.startswith(_TIME_PLACE) and q.predicate}
    merged: list[Question] = []
    by_opening: dict[str, list[tuple[int, frozenset[str]]]] = {}
    """Merged questions by their first four characters (only questions that open alike merge), with their words."""
    for mention in mentions:
        if mention.text.startswith(_YES_NO) and mention.predicate in timed:
            continue
        words = content_words(mention.text)
        alike = by_opening.setdefault(mention.text[:4], [])
        position = next((p for p, seen in alike if overlap(seen, words) >= SIMILAR_TEXT), None)
        if position is None:
            alike.append((len(merged), words))
            merged.append(Question(text=mention.text, cue=mention.cue, citations=(mention.citation,)))
            continue
        question = merged[position]
        merged[position] = Question(
            text=question.text, cue=question.cue, citations=tuple(sorted({*question.citations, mention.citation}))
        )
    past = [(event, _stems(event.text)) for event in events if event.status is EventStatus.PAST]
    by_stem: dict[str, list[int]] = {}
    for position, (_, stems) in enumerate(past):
        for word in stems:
            by_stem.setdefault(word, []).append(position)
    return tuple(_answered(q, past, by_stem, published) for q in merged)


def _answered(
    question: Question,
    past: Sequence[tuple[Event, frozenset[str]]],
    by_stem: dict[str, list[int]],
    published: dict[str, date | None],
) -> Question:
    """Mark a question answered by a past event (with its stems) reported after it was asked that covers its content.

    Only events sharing a stem with the question are looked at (`by_stem`), first to last as in `past`.
    """
    asked = min((d for c in question.citations if (d := published.get(c.article)) is not None), default=None)
    wanted = _stems(question.text)
    if asked is None or len(wanted) < 2:
        return question
    shared = Counter(p for stem in wanted for p in by_stem.get(stem, ()))
    for position in sorted(p for p, count in shared.items() if count / len(wanted) >= ANSWERED):
        event, _ = past[position]
        later = [c for c in event.citations if (d := published.get(c.article)) is not None and d > asked]
        if later:
            return replace(question, answered_by=tuple(later))
    return question


_QUESTION_WORDS = frozenset(
    [
        "when",
        "where",
        "what",
        "who",
        "whom",
        "which",
        "why",
        "how",
        "will",
        "did",
        "does",
        "do",
        "is",
        "was",
        "are",
        "were",
        "can",
        "should",
        "has",
        "have",
        "be",
    ]
)


def _stems(text: str) -> frozenset[str]:
    """Content words but the question's own, stemmed (`similarity.stem`), so that "resume" and "resumed" meet."""
    return frozenset(stem(word) for word in content_words(text) - _QUESTION_WORDS)
