"""How alike two texts are, by their content words: what events, questions and background lose duplicates by."""

from __future__ import annotations

import re

SIMILAR_TEXT = 0.7
"""Questions and background sentences this alike (`similarity`) are one."""

_WORD = re.compile(r"[a-z0-9]+")
_STOP_WORDS = (
    "a an the of to in on at for and or but with by from as that this these those is are was were be been "
    "has have had will would could may might it its their his her they he she we our said says"
)
_STOP = frozenset(_STOP_WORDS.split())


def content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in _STOP)


_SUFFIXES = ("ing", "ed", "es", "s", "e")


def stem(word: str) -> str:
    """A word crudely without its ending, so that "resume" and "resumed", "acquired" and "acquires" meet."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def similarity(a: str, b: str) -> float:
    """Overlap of content words, relative to the shorter text (1.0 when one contains the other's words)."""
    return overlap(content_words(a), content_words(b))


def stemmed_words(text: str) -> frozenset[str]:
    """The content words without their inflection endings ("has acquired" and "acquires" share a word)."""
    return frozenset(map(stem, content_words(text)))


def overlap(left: frozenset[str], right: frozenset[str]) -> float:
    """The words two texts share, relative to the shorter one."""
    if not left or not right:
        return 0.0
    return len(left & right) / min(len(left), len(right))
