"""Merge a story's open questions: one per wording, marked answered by a later event that covers it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from generator.extract import Findings
from generator.merge.similarity import SIMILAR_TEXT, content_words, similarity
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
    for mention in mentions:
        if mention.text.startswith(_YES_NO) and mention.predicate in timed:
            continue
        for position, question in enumerate(merged):
            if similarity(question.text, mention.text) >= SIMILAR_TEXT and question.text[:4] == mention.text[:4]:
                merged[position] = Question(
                    text=question.text,
                    cue=question.cue,
                    citations=tuple(sorted({*question.citations, mention.citation})),
                )
                break
        else:
            merged.append(Question(text=mention.text, cue=mention.cue, citations=(mention.citation,)))
    past = [(event, _stems(event.text)) for event in events if event.status is EventStatus.PAST]
    return tuple(_answered(q, past, published) for q in merged)


def _answered(
    question: Question, past: Sequence[tuple[Event, frozenset[str]]], published: dict[str, date | None]
) -> Question:
    """Mark a question answered by a past event (with its stems) reported after it was asked that covers its content."""
    asked = min((d for c in question.citations if (d := published.get(c.article)) is not None), default=None)
    wanted = _stems(question.text)
    if asked is None or len(wanted) < 2:
        return question
    for event, stems in past:
        if len(wanted & stems) / len(wanted) < ANSWERED:
            continue
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
    """Content words, crudely stemmed, so that "resume" and "resumed" meet."""
    stems = set()
    for word in content_words(text) - _QUESTION_WORDS:
        for suffix in ("ing", "ed", "es", "s", "e"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[: -len(suffix)]
                break
        stems.add(word)
    return frozenset(stems)
