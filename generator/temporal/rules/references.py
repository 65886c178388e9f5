"""Vague times: "recently", "now", "the near future", "the past few weeks", "hours later".

They resolve to the TIMEX3 references PAST_REF, PRESENT_REF and FUTURE_REF.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator.temporal import values as tv
from generator.temporal.guards import OF_AFTER, before_a_noun
from generator.temporal.patterns import UNIT_STEMS, ci
from generator.temporal.rule import Context, Resolved, date_of, rule

if TYPE_CHECKING:
    from spacy.tokens import Span

_REFERENCE_WORDS = {
    "recently": "PAST_REF",
    "lately": "PAST_REF",
    "previously": "PAST_REF",
    "formerly": "PAST_REF",
    "the past": "PAST_REF",
    "recent": "PAST_REF",
    "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "current": "PRESENT_REF",
    "the future": "FUTURE_REF",
    "in the future": "FUTURE_REF",
    "a later date": "FUTURE_REF",
    "a future date": "FUTURE_REF",
    "soon": "FUTURE_REF",
    "future": "FUTURE_REF",
}
_AHEAD = frozenset({"coming", "next", "following", "later", "future"})


def a_fate(match: re.Match[str], _tokens: Span) -> bool:
    """ "the future of Egypt": a fate, not a time."""
    return match.group("ref").lower() == "the future" and bool(OF_AFTER.match(match.string, match.end()))


def not_an_adverb(_match: re.Match[str], tokens: Span) -> bool:
    """ "now" is a time only as an adverb."""
    return tokens.root.pos_ != "ADV"


@rule(
    priority=190,
    pattern=(
        rf"\b(?P<ref>{ci('recently|lately|formerly|currently|nowadays|these days|at present|the past|current|recent')}"
        rf"|{ci('the future|in the future|a later date|a future date')})\b(?!-)"
    ),
    triggers=(
        "recent",
        "lately",
        "formerly",
        "current",
        "nowadays",
        "these days",
        "present",
        "past",
        "future",
        "later date",
    ),
    rejects=(a_fate,),
)
def reference(m: re.Match[str], _at: Context) -> Resolved | None:
    """ "recently", "currently", "the future", "a later date"."""
    return date_of(tv.reference(_REFERENCE_WORDS[m.group("ref").lower()]))


@rule(
    priority=280,
    pattern=rf"\b{ci('the')} (?P<term>{ci('near future|near term|short term|long term')})\b",
    triggers=("term", "future"),
    rejects=(before_a_noun,),
)
def near_future(_m: re.Match[str], _at: Context) -> Resolved | None:
    """ "the near term", "the long term" (not "the short term nature of ...": an adjective there)."""
    return date_of(tv.reference("FUTURE_REF"))


def following_as_a_preposition(match: re.Match[str], _tokens: Span) -> bool:
    """ "following decades of disinvestment", "Following weeks of talks, ...": "after", not "the following weeks"."""
    opening = match.group(0).lower()
    return opening.startswith("following ") and match.string[match.end() : match.end() + 4].lower() == " of "


@rule(
    priority=380,
    pattern=(
        rf"\b(?:(?:{ci('the')} )?(?P<dir>{ci('coming|next|past|last|previous|recent|following|future')}) "
        rf"(?:{ci('few|several|couple of|couple')} )?(?P<unit>{ci('days|weeks|months|quarters|years|decades')})"
        rf"|(?P<unit2>{ci('minutes|hours|days|weeks|months|years|decades|moments')})"
        rf" (?P<dir2>{ci('ago|earlier|later')}))\b"
    ),
    triggers=(*UNIT_STEMS, "quarters", "moments"),
    rejects=(following_as_a_preposition,),
)
def vague(m: re.Match[str], _at: Context) -> Resolved | None:
    """ "the past few weeks", "the coming months", "weeks ago", "hours later": some time before or after."""
    direction = (m.group("dir") or m.group("dir2")).lower()
    return date_of(tv.reference("FUTURE_REF" if direction in _AHEAD else "PAST_REF"))


@rule(priority=430, pattern=rf"\b{ci('now')}\b(?! that)", triggers=("now",), rejects=(not_an_adverb,))
def now(_m: re.Match[str], _at: Context) -> Resolved | None:
    """ "now" (not "now that")."""
    return date_of(tv.reference("PRESENT_REF"))
