"""Normalise article text: line ends, spaces and paragraphs; split a leading dateline off into metadata."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# "NORTH KOREA — Kim Jong Un ..." / "WASHINGTON (Reuters) - ...": capitals (and a parenthesised agency)
# before a dash at the very start of the article.
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’\- ]*[A-Z.](?:,\s*[A-Z][A-Za-z.'’\- ]*)?)"
    r"(?:\s*\((?P<agency>[A-Za-z .]+)\))?\s*[—–-]{1,2}\s+"
)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n\s*\n")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


@dataclass(frozen=True, slots=True, kw_only=True)
class NormalisedText:
    """Article text ready for parsing: paragraphs joined by one blank line."""

    text: str
    dateline: str | None


def normalise(raw: str) -> NormalisedText:
    r"""Return the text with uniform line ends and spaces, one blank line between paragraphs.

    Lines inside a paragraph are joined with a space (hard-wrapped text reads as one paragraph).

    >>> normalise("WASHINGTON — The  talks\r\nended.\r\n\r\n\r\nNext.").text
    'The talks ended.\n\nNext.'
    """
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", raw))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = []
    for block in _BLANK_LINES.split(text):
        lines = [line.strip() for line in _SPACES.sub(" ", block).split("\n")]
        paragraph = " ".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    dateline = None
    if paragraphs and (match := _DATELINE.match(paragraphs[0])):
        place = match.group("place").strip()
        # A real dateline is short and followed by a sentence that starts with a capital or a quote.
        rest = paragraphs[0][match.end() :]
        if len(place) <= 40 and (rest[:1].isupper() or rest[:1] in "“\"'‘"):
            dateline = place
            paragraphs[0] = rest
    return NormalisedText(text="\n\n".join(paragraphs), dateline=dateline)


def is_heading(paragraph: str) -> bool:
    """A one-line paragraph without closing punctuation is a crosshead ("A rare trip for Kim").

    >>> is_heading("A rare trip for Kim"), is_heading("Kim left on Monday.")
    (True, False)
    """
    stripped = paragraph.rstrip()
    return (
        0 < len(stripped) <= 80
        and stripped[-1] not in ".!?:;,…\"”’')"
        and len(stripped.split()) <= 12
        and stripped[0].isupper()
    )
