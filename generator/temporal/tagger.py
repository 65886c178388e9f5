"""Find date and time expressions in parsed sentences and normalise them to TIMEX3 values.

The rules (`temporal/rules/`) find the expressions; the dependency parse gives the verb each one attaches to,
whose tense (`temporal.tense`) decides whether "Monday" or "in July" lies before or after the publication date;
each rule's resolver does the arithmetic (with `temporal.resolve`). This module only runs the rules over a
sentence and keeps the date in focus from one expression to the next.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from generator.model import Granularity, TimeValue
from generator.temporal.patterns import month_number
from generator.temporal.resolve import Tense, TimexType
from generator.temporal.rule import Candidate, Context
from generator.temporal.rules import RULES
from generator.temporal.tense import expression_tense, governing_verb, is_after_until

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["TimexMention", "candidates", "is_after_until", "tag_doc", "tag_sentence"]


@dataclass(frozen=True, slots=True, kw_only=True)
class TimexMention:
    """One temporal expression: where it is, what it says, and what it means."""

    start: int
    """0-based character offset into the text that was tagged."""
    end: int
    text: str
    type: TimexType
    """TIMEX3 type: DATE, TIME, DURATION or SET."""
    values: tuple[TimeValue, ...]
    """Usually one; two for a range such as "2018 and 2019"; none when it cannot be resolved."""
    sentence: int = 0
    """1-based sentence number in the article (0 when unknown)."""
    tense: Tense = Tense.PAST
    head: int | None = None
    """Index in the Doc of the verb the expression attaches to, for the event extractor."""
    parts: tuple[tuple[int, int], ...] = ()
    """For a range ("2018 and 2019"), the offsets of each end, parallel to `values`."""
    is_anaphor: bool = False
    """ "at the time", "that day", "the following year": resolved from the date in focus, not from the
    publication date, so it does not move the focus itself."""

    @property
    def value(self) -> TimeValue | None:
        return self.values[0] if self.values else None


def tag_doc(
    doc: Doc,
    anchor: date | None,
    *,
    sentences: Iterable[tuple[int, Span]] | None = None,
) -> list[TimexMention]:
    """Tag every sentence of a parsed document; `sentences` gives (number, span) pairs (default: all)."""
    if sentences is None:
        sentences = enumerate(doc.sents, start=1)
    focus: list[TimeValue] = []
    found: list[TimexMention] = []
    for number, span in sentences:
        for mention in tag_sentence(span, anchor, number=number, focus=focus):
            found.append(mention)
            points = [v for v in mention.values if v.is_point]
            if points and not mention.is_anaphor:
                focus[:1] = points[-1:]
                if not _names_a_thing(doc, mention):
                    focus[1:] = points[-1:]
    return found


def _names_a_thing(doc: Doc, mention: TimexMention) -> bool:
    """ "Trump's July 25 call", "the 2008 video": a date that tells a thing apart is not the narrative's date.

    The date in focus stays where the story is ("Later in the day, ... testified" is the hearing's day).
    """
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return (
        root.dep_ in {"compound", "nummod", "amod", "nmod"}
        and root.head.pos_ in {"NOUN", "PROPN"}
        and (root.head.i >= span.end)
    )


def tag_sentence(
    span: Span, anchor: date | None, *, number: int = 0, focus: list[TimeValue] | None = None
) -> Iterator[TimexMention]:
    """Yield the temporal expressions of one sentence, in text order.

    `focus` holds the date in focus and, second, the narrative's (`Context.scene`); the caller may update them
    between mentions (as `tag_doc` does).
    """
    text = span.text
    offset = span.start_char
    year: tuple[TimeValue, Token | None] | None = None
    """The last year or season the sentence named, with its verb: "In 2005, ... on July 10" is 10 July 2005."""
    found = candidates(text)
    for number_in_sentence, candidate in enumerate(found):
        rule, match = candidate.rule, candidate.match
        tokens = span.doc.char_span(offset + match.start(), offset + match.end(), alignment_mode="expand")
        if tokens is None or not rule.accepts(match, tokens):
            continue
        verb = governing_verb(tokens.root)
        tense = expression_tense(tokens, verb)
        scene = focus[1] if focus and len(focus) > 1 else None
        resolved = rule.resolve(
            match, Context(anchor=anchor, tense=tense, focus=focus[0] if focus else None, scene=scene)
        )
        if resolved is None:
            continue
        end = match.end() if resolved.end is None else resolved.end
        values = resolved.values
        said = text[match.start() : end]
        range_year = _year_of_the_range_end(text, match, found[number_in_sentence + 1 :])
        if range_year is not None and len(values) == 1 and _names_a_month_without_a_year(said):
            values = (in_year(values[0], range_year),)  # "from January to October 2023": January 2023
        elif year is not None and year[1] == verb and len(values) == 1 and _names_a_month_without_a_year(said):
            values = (in_year(values[0], year[0]),)
        elif _a_year_of_the_clause(values, tokens):
            year = (values[0], verb)
        yield TimexMention(
            parts=tuple(
                (offset + match.start(group), offset + match.end(group))
                for group in rule.parts
                if match.start(group) >= 0  # "2019-20 season": one span, no second part
            ),
            start=offset + match.start(),
            end=offset + end,
            text=text[match.start() : end],
            type=resolved.type,
            values=values,
            sentence=number,
            tense=tense,
            head=verb.i if verb is not None else None,
            is_anaphor=rule.anaphoric,
        )


_MONTH_NAME = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]*)\.?(?:\s|$)", re.IGNORECASE
)
_A_YEAR = re.compile(r"\b\d{4}\b|'\d\d\b|’\d\d\b|\b(?:last|next|this|ago|previous|following)\b", re.IGNORECASE)
"""A year, or a word that places the month itself ("last March")."""


def _names_a_month_without_a_year(text: str) -> bool:
    """ "July 10", "on Oct. 3", "in March": a month named without its year (not "July 10, 2005")."""
    return bool(_MONTH_NAME.search(text)) and not _A_YEAR.search(text)


_RANGE_LINK = re.compile(r"\s*(?:to|through|until|till|and|-|–|—)\s*", re.IGNORECASE)
_YEAR_AT_END = re.compile(r"\b(\d{4})\s*$")


def _year_of_the_range_end(text: str, match: re.Match[str], following: list[Candidate]) -> TimeValue | None:
    """The year of a range's first end when it names none, from its second end.

    The second end's year ("between March and May 2019"), or the year before when the range crosses New Year ("from
    November through January 2023").
    """
    if not following or not _RANGE_LINK.fullmatch(text[match.end() : following[0].match.start()]):
        return None
    second = following[0].match.group()
    year, first_month, second_month = (
        _YEAR_AT_END.search(second),
        _MONTH_NAME.search(match.group()),
        _MONTH_NAME.search(second),
    )
    if year is None or first_month is None or second_month is None:
        return None
    number = int(year.group(1))
    if month_number(first_month.group().strip()) > month_number(second_month.group().strip()):
        number -= 1
    return TimeValue(
        value=str(number), granularity=Granularity.YEAR, start=date(number, 1, 1), end=date(number, 12, 31)
    )


def _a_year_of_the_clause(values: tuple[TimeValue, ...], tokens: Span) -> bool:
    """A year or season that dates its clause ("In 2005, ..."), not one naming a thing ("a 1761 work")."""
    if len(values) != 1 or values[0].granularity not in {Granularity.YEAR, Granularity.SEASON}:
        return False
    return tokens.root.dep_ not in {"compound", "nummod", "amod", "nmod", "poss"}


def in_year(value: TimeValue, year: TimeValue) -> TimeValue:
    """A day or month moved into the year of `year` ("In 2005, ... on July 10"), when it falls inside it."""
    if value.start is None or year.start is None or year.end is None:
        return value
    if value.granularity not in {Granularity.DAY, Granularity.MONTH}:
        return value
    try:
        start = value.start.replace(year=year.start.year)
        end = (value.end or value.start).replace(year=year.start.year)
    except ValueError:  # 29 February
        return value
    if not year.start <= start <= year.end:
        return value  # "Last winter, ... on March 30": not inside it, leave it alone
    shown = start.isoformat() if value.granularity is Granularity.DAY else start.isoformat()[:7]
    return TimeValue(value=shown, granularity=value.granularity, start=start, end=end)


def candidates(text: str) -> list[Candidate]:
    """The rules' non-overlapping matches in `text`: earliest first, then longest, then by rule priority."""
    lowered = text.lower()
    found = [
        Candidate(rule, match)
        for rule in RULES
        if any(trigger in lowered for trigger in rule.triggers)
        for match in rule.pattern.finditer(text)
        if match.end() > match.start()
    ]
    chosen: list[Candidate] = []
    taken_until = -1
    for candidate in sorted(found, key=lambda c: c.order):
        if candidate.match.start() >= taken_until:
            chosen.append(candidate)
            taken_until = candidate.match.end()
    return chosen
