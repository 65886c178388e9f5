"""Figures: the counts a story keeps reporting (dead, injured, missing, evacuated, arrested), article by article.

"Five people were killed", "killing at least 24", "the death toll rose to 31", "12 injured", "some 3,000 residents
were evacuated": a number on the people a verb or an adjective of the measure is said of, or on the measure's own
noun ("31 deaths", "a toll of 31"). Not a possibility ("could kill 100"), nor a figure of an earlier event (a
sentence dated well before publication: "the 2004 quake killed 230,000"), nor a number inside a date.
The merge (`generator.merge.figures`) turns one measure's reports across articles into its latest figure and history.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from generator.extract.cues import IRREALIS_AUX
from generator.model import Citation
from generator.temporal.patterns import NUMBER_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from generator.nlp.parse import ParsedArticle
    from generator.temporal import TimexMention


_VERBS = {
    "kill": "dead",
    "die": "dead",
    "injure": "injured",
    "wound": "injured",
    "hurt": "injured",
    "hospitalize": "injured",
    "hospitalise": "injured",
    "evacuate": "evacuated",
    "displace": "evacuated",
    "arrest": "arrested",
    "detain": "arrested",
}
"""Verbs whose subject (passive) or object (active) is counted: "five were killed", "killing 24"."""
_ADJECTIVES = {
    "dead": "dead",
    "injured": "injured",
    "wounded": "injured",
    "missing": "missing",
    "hurt": "injured",
    "evacuated": "evacuated",
    "displaced": "evacuated",
}
"""Adjectives after a number, or said of the people counted: "12 dead", "five people are missing"."""
_NOUNS = {
    "death": "dead",
    "fatality": "dead",
    "body": "dead",
    "injury": "injured",
    "evacuee": "evacuated",
    "arrest": "arrested",
}
"""Nouns that are the measure itself: "31 deaths", "40 arrests"."""
_TOLLS = {"toll": "dead", "death": "dead"}
"""A toll's figure is the object of "to" or "at", or its attribute: "the death toll rose to 31", "the toll is 31"."""
_NUMBER_WORDS = {w: n for w, n in NUMBER_WORDS.items() if " " not in w and w not in {"a", "an", "hundred"}} | {
    "zero": 0,
    "dozen": 12,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
_QUALIFIERS = (
    "at least",
    "more than",
    "as many as",
    "fewer than",
    "less than",
    "close to",
    "over",
    "nearly",
    "almost",
    "about",
    "around",
    "some",
    "up to",
    "roughly",
)
_QUALIFIER_WORDS = frozenset(q.split()[0] for q in _QUALIFIERS)
OPENING_SENTENCES = 8
"""Figures are read from an article's first sentences, where news gives its current count; later ones are more
often a part of it ("three of the dead were children") or another event's."""
OLD_AFTER = timedelta(days=30)
"""A sentence dated this long before publication tells of an earlier event: its figures are not the story's."""


@dataclass(frozen=True, slots=True, kw_only=True)
class FigureMention:
    """One article's report of one measure: "at least 24" dead."""

    measure: str
    value: int
    text: str
    """The number as written, with its qualifier: "at least 24", "five"."""
    citation: Citation


def find_figures(parsed: ParsedArticle, timexes: Iterable[TimexMention]) -> Iterator[FigureMention]:
    """Yield each count of a measure the opening sentences report, in text order (one per measure and sentence)."""
    published = parsed.article.meta.published_day
    old: set[int] = set()
    recent: set[int] = set()
    for timex in timexes:
        points = [v for v in timex.values if v.is_point and v.end is not None]
        if published is not None and points:
            is_old = all(v.end is not None and v.end < published - OLD_AFTER for v in points)
            (old if is_old else recent).add(timex.sentence)
    for sentence, span in parsed.numbered():
        if sentence.number > OPENING_SENTENCES:
            break
        if sentence.number in old - recent:
            continue  # "The 2004 tsunami killed 230,000" (but "killed 24 on Monday, the worst since 2011" counts)
        seen: set[str] = set()
        for token in span:
            found = _figure(token)
            if found is None or found[0] in seen:
                continue
            measure, number = found
            value = _value(number)
            if value is None:
                continue
            seen.add(measure)
            yield FigureMention(
                measure=measure,
                value=value,
                text=_as_written(number),
                citation=Citation(parsed.article.id, sentence.number, sentence.text),
            )


def _figure(token: Token) -> tuple[str, Token] | None:
    """The measure and the number token when `token` is the number of a count, else None."""
    if not token.like_num or token.ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"}:
        return None
    if token.dep_ == "compound" and token.head.like_num:
        return None  # "3" of "3 million": the last word of the number carries it
    counted = token.head if token.dep_ in {"nummod", "quantmod"} else token
    measure = _measure_of(counted, token)
    verb = next((a for a in counted.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if measure is None or (verb is not None and _irrealis(verb)):
        return None  # "The storm could leave 12 dead"
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].lower_ in _RANGE_WORDS and doc[token.i + 2].like_num:
        return measure, doc[token.i + 2]  # "20-30 people", "two or three": the upper bound, the range as written
    return measure, token


def _measure_of(counted: Token, number: Token) -> str | None:
    lemma = counted.lemma_.lower()
    if counted is not number and lemma in _NOUNS:
        return _NOUNS[lemma]  # "31 deaths"
    if counted is not number and lemma in _ADJECTIVES and counted.pos_ in {"ADJ", "NOUN"}:
        return _ADJECTIVES[lemma]  # "12 dead" parsed as a noun with its number
    for child in counted.children:  # "12 dead", "five people injured", "the 40 missing"
        if child.dep_ in {"amod", "acl"} and child.i > counted.i and child.lower_ in _ADJECTIVES:
            return _ADJECTIVES[child.lower_]
        if child.dep_ == "acl" and child.lemma_ in _VERBS and child.tag_ == "VBN":
            return _VERBS[child.lemma_]  # "five people killed in the blast"
    head = counted.head
    if counted.dep_ in {"nsubjpass", "dobj", "nsubj"} and head.lemma_ in _VERBS and not _irrealis(head):
        bare_participle = head.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in head.children)
        if counted.dep_ != "nsubj" or head.lemma_ == "die" or bare_participle:  # "five died", "20 wounded"
            return _VERBS[head.lemma_]  # (not "five killed (someone)")
    if counted.dep_ == "nsubj" and head.lower_ in _ADJECTIVES and not _irrealis(head):
        return _ADJECTIVES[head.lower_]  # "12 people are missing", read as a verb's -ing form
    if counted.dep_ == "nsubj" and head.lemma_ in {"be", "remain"} and not _irrealis(head):
        for child in head.children:  # "five people are missing", "three were dead", "3,000 remain evacuated"
            if child.dep_ in {"acomp", "attr"} and child.lower_ in _ADJECTIVES:
                return _ADJECTIVES[child.lower_]
            if child.dep_ == "acomp" and child.lemma_ in _VERBS:
                return _VERBS[child.lemma_]
    if counted.dep_ == "pobj" and counted.head.lower_ in {"to", "at"}:  # "the toll rose to 31", "stands at 31"
        verb = counted.head.head  # and "revised the toll to 22"
        toll = next((c for c in verb.children if c.dep_ in {"nsubj", "dobj"} and c.lemma_.lower() in _TOLLS), None)
        if toll is not None and not _irrealis(verb):
            return _TOLLS[toll.lemma_.lower()]
    if counted.dep_ == "attr" and head.lemma_ == "be":  # "the death toll is 31"
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lemma_.lower() == "toll" and not _irrealis(head):
            return "dead"
    return None


def _irrealis(verb: Token) -> bool:
    """ "could kill", "would be evacuated", "if ... are injured": not a count of what happened."""
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in IRREALIS_AUX - {"will"} for c in verb.children) or any(
        c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in verb.children
    )


def _value(number: Token) -> int | None:
    """The number's value: digits ("3,000", "3.5 million"), or words up to a hundred and a scale.

    Of a range ("10 to 12", "20-30") the upper bound: the words of the number are the run of number words that
    ends with it, and "to" or a dash between two numbers ends a run.
    """
    total: float | None = None
    for word in _number_words(number):
        text = word.lower_.replace(",", "")
        if re.fullmatch(r"\d+(?:\.\d+)?", text):
            total = (total or 0) + float(text)
        elif text in _NUMBER_WORDS:
            total = (total or 0) + _NUMBER_WORDS[text]
        elif text in _SCALES:
            total = (total or 1) * _SCALES[text]
        elif text not in _DASHES:
            return None
    return None if total is None or total < 1 else int(total)


_DASHES = frozenset({"-", "–", "‐"})
_RANGE_WORDS = frozenset({"to", "-", "–", "or"})
_TENS = frozenset({"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})
_UNITS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"})


def _number_words(number: Token) -> list[Token]:
    """The tokens of the number that ends with `number`: "3.5 million", "twenty - five", "two hundred"."""
    doc = number.doc
    start = number.i
    while start > 0:
        before = doc[start - 1]
        if before.like_num or before.lower_ in _SCALES:
            start -= 1
        elif before.text in _DASHES and start >= 2 and doc[start - 2].lower_ in _TENS and doc[start].lower_ in _UNITS:
            start -= 1  # "twenty-five" (but "20-30" is a range)
        else:
            break
    return list(doc[start : number.i + 1])


def _as_written(number: Token) -> str:
    """The number with the words that qualify it: "at least 24", "more than 3,000", "some 40", "10 to 12"."""
    doc = number.doc
    words = _number_words(number)
    start = words[0].i
    text = doc[start : number.i + 1].text
    if start >= 2 and doc[start - 1].lower_ in _RANGE_WORDS and doc[start - 2].like_num:
        lower = _number_words(doc[start - 2])
        start = lower[0].i
        text = doc[start : number.i + 1].text  # a range, as written: "10 to 12"
    before = doc[max(0, start - 3) : start].text.lower()
    qualifier = next((q for q in _QUALIFIERS if before.endswith(q)), None)
    text = f"{qualifier} {text}" if qualifier and not text.lower().startswith(qualifier) else text
    first = re.split(r"[\s\-–]", text, maxsplit=1)[0].lower()
    return text[0].lower() + text[1:] if first in _NUMBER_WORDS or first in _QUALIFIER_WORDS else text
