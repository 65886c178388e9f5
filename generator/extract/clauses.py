"""Turn sets of tokens from the dependency parse back into readable text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?)\]’”])")
_SPACE_AFTER_OPEN = re.compile(r"([(\[“])\s+")
_SPACES = re.compile(r"\s+")
_REPEATED_COMMAS = re.compile(r",(?:\s*,)+")
_LEADING_JUNK = re.compile(
    r"^(?:[,;:–—-]\s*|(?:and|but|or|so|that|as|while|though|although|because|after|when|where|since)\b\s*)+",
    re.IGNORECASE,
)
_TRAILING_JUNK = re.compile(r"(?:\s*[,;:–—-])+\s*$")


def tokens_text(tokens: Iterable[Token]) -> str:
    """The tokens in document order, with the spacing they had, tidied after gaps."""
    ordered = sorted(tokens, key=lambda t: t.i)
    parts = []
    for index, token in enumerate(ordered):
        parts.append(token.text)
        following = ordered[index + 1] if index + 1 < len(ordered) else None
        if following is not None and (token.whitespace_ or following.i != token.i + 1):
            parts.append(" ")
    text = _SPACES.sub(" ", "".join(parts)).strip()
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _REPEATED_COMMAS.sub(",", text)  # "the first company to fly it, [in July 2006,] have opened"
    return _SPACE_AFTER_OPEN.sub(r"\1", text)


def balance_quotes(text: str) -> str:
    """Drop curly or straight quote marks that have lost their partner when a clause was cut out."""
    if text.count("“") != text.count("”"):
        text = text.replace("“", "").replace("”", "")
    if text.count('"') % 2:
        text = text.replace('"', "")
    if text.count("(") != text.count(")"):
        text = text.replace("(", "").replace(")", "")
    return _SPACES.sub(" ", text).strip()


def tidy_clause(text: str, *, end: str = ".") -> str:
    """A clause as a line of its own: no leading conjunction, no dangling comma, capitalised, one full stop."""
    text = balance_quotes(text)
    for _ in range(3):
        text = _LEADING_JUNK.sub("", text).strip()
        text = _TRAILING_JUNK.sub("", text).strip()
        text = text.rstrip(".!?…").strip()
        text = _TRAILING_JUNK.sub("", text).strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text + end


def subtree_without(head: Token, dropped: set[int]) -> list[Token]:
    """`head`'s subtree minus every token whose index is in `dropped` (and everything under it)."""
    kept: list[Token] = []
    stack = [head]
    while stack:
        token = stack.pop()
        if token.i in dropped:
            continue
        kept.append(token)
        stack.extend(token.children)
    return kept
