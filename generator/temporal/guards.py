"""Reject checks that more than one rule family uses, and the small readings of the parse they are made of.

Every check has the `Reject` shape (match, tokens) -> bool: True means the match is a look-alike, not a time.
Checks that only one family needs live in that family's module, beside its rules.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

OF_AFTER = re.compile(r"\s+of\b")
"""A noun followed by "of" ("the fall of", "the future of") names a thing, not a time."""
_QUOTES = frozenset({'"', "“", "”", "``", "''"})


def following(tokens: Span) -> Token | None:
    """The token just after the expression, if any."""
    return tokens.doc[tokens.end] if tokens.end < len(tokens.doc) else None


def before_a_noun(_match: re.Match[str], tokens: Span) -> bool:
    """Whether the word after the expression is a noun it modifies ("summer months", "the 15th floor")."""
    after = following(tokens)
    return after is not None and after.pos_ in {"NOUN", "PROPN"}


def in_a_title(match: re.Match[str], tokens: Span) -> bool:
    """A capitalised "Today" or "This Week" inside a sentence, or joined to a name before it.

    "USA Today", ABC's "This Week": a newspaper's or a programme's name.
    """
    words = match.group(0).split()
    if not all(w[0].isupper() for w in words):
        return False
    first = tokens[0]
    if first.i > first.sent.start:
        previous = first.doc[first.i - 1]
        if len(words) > 1 or previous.pos_ == "PROPN":
            return True
        if previous.text in _QUOTES:  # the quoted title "Today", not a quotation opening with "Today, we..."
            after = following(tokens)
            return after is not None and after.text in _QUOTES
    return False
