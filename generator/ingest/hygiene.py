"""Pages that are not one article: reader comments, a live blog, a list of headlines.

Saved whole, such a page can hold thousands of names and dates that are not the story's (one 41,000-word comments
page once supplied a third of a story's actors). It is recognised from its paragraphs, reported as a warning when
the story is read, and only its first `READ_SENTENCES` sentences count toward actors, events, questions and
background (its source page still shows it all).
"""

from __future__ import annotations

import re

from generator.ingest.text import is_heading

READ_SENTENCES = 25
"""How many sentences of such a page count: the opening, which is usually the article or the live blog's summary."""
_COMMENT_LINE = re.compile(
    r"^(?:reply|report(?: abuse)?|recommend|flag|share|like|\d+\s+(?:likes?|replies|points?|recommendations?))$"
    r"|\b(?:wrote|replied|commented|says?)\s*:\s*$"
    r"|^@\w+",
    re.IGNORECASE,
)
"""A comment thread's furniture: "Reply", "Report abuse", "12 likes", "jdoe wrote:", "@jdoe ..."."""
_TIMESTAMP = re.compile(r"^(?:updated\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,4}T?|GMT|BST|ET))?\b")
"""A live blog's entry: "12:45 GMT ...", "9.05am ...", "Updated 14:10 ..."."""
MIN_MARKS = 6
"""So many marks at least, and a tenth of the paragraphs or more, before a page is taken for one of these."""


def page_kind(text: str) -> str | None:
    """ "reader comments", "a live blog", "a list of headlines", or None for an article."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    if len(paragraphs) < MIN_MARKS:
        return None
    share = max(MIN_MARKS, len(paragraphs) // 10)
    if sum(1 for p in paragraphs if _COMMENT_LINE.search(p) and len(p.split()) <= 6) >= share:
        return "reader comments"
    if sum(1 for p in paragraphs if _TIMESTAMP.match(p)) >= share:
        return "a live blog"
    if len(paragraphs) >= 2 * MIN_MARKS and sum(1 for p in paragraphs if is_heading(p)) >= 0.6 * len(paragraphs):
        return "a list of headlines"
    return None


def page_kind_message(kind: str) -> str:
    """What the build says of such a page."""
    return f"reads as {kind}, not one article: only its first {READ_SENTENCES} sentences count toward the briefing"
