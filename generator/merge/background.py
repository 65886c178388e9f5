"""Merge a story's background: the best-scored context sentences, without near-duplicates."""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import Findings
from generator.merge.similarity import SIMILAR_TEXT, similarity
from generator.model import Actor, ActorKind, BackgroundItem

MAX_BACKGROUND = 12


def merge_background(findings: Sequence[Findings], actors: Sequence[Actor]) -> tuple[BackgroundItem, ...]:
    """The best-scored context sentences, without near-duplicates, in reading order."""
    key_people = [a for a in actors if a.kind is ActorKind.PERSON][:3]
    candidates = []
    for mention in (b for f in findings for b in f.background):
        text = mention.citation.text
        bonus = 0.5 * sum(any(n in text for n in (a.name, *a.aliases)) for a in key_people)
        candidates.append((mention.score + bonus, mention))
    candidates.sort(key=lambda c: (-c[0], c[1].citation))
    chosen: list[BackgroundItem] = []
    for score, mention in candidates:
        if len(chosen) >= MAX_BACKGROUND:
            break
        if any(similarity(item.text, mention.citation.text) >= SIMILAR_TEXT for item in chosen):
            continue
        chosen.append(
            BackgroundItem(text=mention.citation.text, when=mention.when, score=score, citations=(mention.citation,))
        )
    return tuple(sorted(chosen, key=lambda b: b.citations[0]))
