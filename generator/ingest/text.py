"""Clean untrusted text; normalise article text (line ends, spaces, paragraphs) and split off a dateline."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# "NORTH KOREA — Kim Jong Un ..." / "WASHINGTON (Reuters) - ...": capitals (and a parenthesised agency)
# before a dash at the very start of the article.
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’\- ]*[A-Z.](?:,\s*[A-Z][A-Za-z.'’\- ]*)?)"
    r"(?:\s*\((?P<agency>[A-Za-z .]+)\)|\s+via\s+(?P<via>[A-Z][A-Za-z.]+))?\s*[—–-]{1,2}\s+"
)
CREDIT_LINE = re.compile(
    r"^\(?(?:(?:additional )?reporting|editing|writing|compiled|produced|graphics?) by\b"
    r"|^\((?:with inputs from|credits?:|photo:|image:|source:|graphic:)[^)]*\)\.?$"
    r"|^(?:copyright|©|\(c\))\s|\ball rights reserved\b|\bcontributed (?:to )?(?:this )?report"
    r"|^(?:e-?mail|follow|contact) (?-i:[A-Z][a-z]+ [A-Z])|^by (?-i:[A-Z][a-z]+ [A-Z][a-z]+)$"  # names: capitals
    r"|^(?-i:[A-Z][a-z]+ [A-Z])[^.!?]{0,40} (?:may|can) be (?:reached|contacted) (?:at|by|on)\s"  # a contact line:
    r"(?:\S+@\S+|[\d(+][\d\s().-]{6,}\d)\.?$"  # an address or a number, and nothing after it
    r"|^[—–-]*\s*[^()]{2,60} \(@\w{1,15}\) (?-i:[A-Z][a-z]+) \d{1,2}, \d{4}$"  # an embedded post's signature
    # the wire's "Jane Roe in Paris and John Doe contributed.": a name, and nothing after "contributed"
    r"|^(?=[^.!?]{0,140}(?-i:[A-Z][a-z]+ [A-Z][a-z]+))(?-i:[A-Z])[^.!?]{0,140}\bcontributed\.?$",
    re.IGNORECASE,
)
"""A paragraph that credits the newsroom or the owner: "Reporting by ...; Editing by ...", "(With inputs from
agencies)", "Jane Roe contributed reporting", "Email Jane Roe at ...", "Jane Roe may be reached at ...", a copyright
line, the signature of an embedded post ("— Jane Roe (@janeroe) January 6, 2020"), the wire's closing "Jane Roe in
Paris contributed.". The importer leaves it out of the article; the actor finder never takes a person from one left
in a seed."""
_PLACE_NAME = r"[A-Z][A-Za-z.'’\-]*(?: [A-Z][A-Za-z.'’\-]*)*"
_MONTH_DAY = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}"
"""The day an agency's dateline may carry: "London, Jun 11 (efe-epa).- ..."."""
_PLACE_COLON = re.compile(
    rf"^(?P<place>{_PLACE_NAME}(?:, {_PLACE_NAME}){{1,2}}):\s+"
    rf"|^(?P<city>(?!(?:Update|Breaking|Exclusive|Analysis|Opinion|Editorial|Watch|Video|Photos?|Live|Note|Editor)\b)"
    rf"[A-Z][a-z]+(?: [A-Z][a-z]+)?):\s+(?=[A-Z][^.!?]*\s\S+\s\S+\s\S+\s\S+\s)"
    rf"|^(?P<placed>{_PLACE_NAME}(?:, {_PLACE_NAME})?)(?:,? {_MONTH_DAY})?"
    rf",? \((?P<agency>[A-Za-z .\-]+)\)\.?\s*[—–-]{{1,2}}\s*"
)
"""A dateline with a colon or a lower-case agency: "Washington, DC, United States: Getting to the Moon ...",
"Kigali: Four young people ..." (one place, not a label such as "Update:" or "Opinion:", before a sentence of five
words or more), "London, (efe-epa).- The pandemic ...", "London, Jun 11 (efe-epa).- ..."."""
_IMAGE_SIZE = re.compile(r"^\d{2,4}px\s+(?=\S)")
"""A wiki image size left at the start of a paragraph ("150px Airbus, Europe's ..."): markup, not text."""
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n\s*\n")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")

_LINE_ENDS = frozenset("\r\n\x0b\x0c\x1c\x1d\x1e\x85")
"""Line feed and the controls that end a line: CR, vertical tab, form feed, information separators, NEL."""
_SUSPECT = "\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe-\U0010ffff"
"""C0 controls but tab and line feed, DEL, C1 controls, lone surrogates, noncharacters, and every character past
U+FFFD (one range keeps the search fast; `_replacement` keeps the ones that are not noncharacters)."""
_SUSPECTS = re.compile(f"[{_SUSPECT}]")
_SUSPECTS_ONE_LINE = re.compile(f"[\n{_SUSPECT}]")


def clean_text(text: str, *, one_line: bool = False) -> str:
    r"""Untrusted text with only characters that every output (Markdown, JSON, XML 1.0, iCalendar) can hold.

    Tab and line feed stay. A line-ending control (CR, CR LF, form feed, NEL, ...) becomes one line feed, or
    one space in a one-line field (where a line feed does too). Other C0 controls, DEL, C1 controls, lone
    surrogates and noncharacters (U+FFFE, U+FFFF, U+1FFFE, ...) are dropped. Applied once, at ingest, to article
    text and to every metadata field, so that no output has to.

    >>> clean_text("A\x1b[1mbold\x07\r\nline\rnext\ufffe"), clean_text("A\r\nB\rC\nD", one_line=True)
    ('A[1mbold\nline\nnext', 'A B C D')
    """
    line_end = " " if one_line else "\n"
    pattern = _SUSPECTS_ONE_LINE if one_line else _SUSPECTS
    return pattern.sub(lambda match: _replacement(match.group(), line_end), text.replace("\r\n", "\n"))


def _replacement(char: str, line_end: str) -> str:
    """What a suspect character becomes: a line end, itself (a character past the BMP), or nothing."""
    if char in _LINE_ENDS:
        return line_end
    return char if char > "\uffff" and ord(char) & 0xFFFE != 0xFFFE else ""


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
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", clean_text(raw)))
    paragraphs = []
    for block in _BLANK_LINES.split(text):
        lines = [line.strip() for line in _SPACES.sub(" ", block).split("\n")]
        paragraph = " ".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    paragraphs = [_IMAGE_SIZE.sub("", p) for p in paragraphs]
    dateline = None
    if paragraphs and (match := _DATELINE.match(paragraphs[0]) or _PLACE_COLON.match(paragraphs[0])):
        found = match.groupdict()
        place = (found.get("place") or found.get("city") or found.get("placed") or "").strip()
        # A real dateline is short and followed by a sentence that starts with a capital or a quote.
        rest = paragraphs[0][match.end() :]
        if len(place) <= 40 and (rest[:1].isupper() or rest[:1] in "“\"'‘"):
            dateline = None if found.get("via") else place  # "KVELLER via JTA —" credits a source, no place
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


_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "as"}
)


def is_title_case(text: str) -> bool:
    """A headline set in title case ("Prime Minister Says Restrictions Can Be Lifted"), not a sentence of prose.

    >>> is_title_case("Mayor Says Bridge Will Stay Closed Until May"), is_title_case("Mayor Jane Roe said on Monday.")
    (True, False)
    """
    words = [w for w in text.split()[1:] if w[:1].isalpha() and w.lower() not in _SMALL_WORDS]
    return len(words) >= 5 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)
