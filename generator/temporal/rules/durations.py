"""Lengths of time: "two decades", "more than a year and a half", "three days later", "for months", "year-long".

Also the dates a length counts back to from the publication date ("two years ago").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator.model import Granularity, TimeValue
from generator.temporal import values as tv
from generator.temporal.patterns import NUMBER_WORDS, UNIT_STEMS, ci
from generator.temporal.resolve import TimexType, resolve_ago
from generator.temporal.rule import Context, Resolved, date_of, duration_of, rule

if TYPE_CHECKING:
    from spacy.tokens import Span

_VAGUE_NUMBERS = ("a few", "few", "several", "many", "some", "dozens of", "hundreds of")
_NUMBER_ALTERNATIVES = (
    "|".join(sorted((re.escape(w) for w in [*NUMBER_WORDS, *_VAGUE_NUMBERS]), key=len, reverse=True)) + r"|\d{1,3}"
)
_DETERMINERS = "the past|the last|the next|the coming|the previous|the first|the|those|these|its first|its last"
_MODIFIERS = "more than|less than|nearly|almost|about|around|over|some|roughly|at least|up to|just over|just under"
_UNIT_WORDS = "seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters|years?|decades?|century|centuries"
_UNIT_CODES = {
    "second": "S",
    "minute": "MIN",
    "hour": "H",
    "day": "D",
    "week": "W",
    "fortnight": "W",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "decade": "Y",
    "century": "Y",
    "centuries": "Y",
}
_UNIT_FACTORS = {"fortnight": 2, "decade": 10, "century": 100, "centuries": 100}
_BARE_UNIT_CODES = {"days": "D", "weeks": "W", "months": "M", "years": "Y", "decades": "DE"}
_A_WORD_AFTER = re.compile(r" [A-Za-z]")
_FRACTION_OF = re.compile(r" of (?:the|a|an|its|their|his|her|our|all|those|these|\d)\b", re.I)


def an_ordinal_second(match: re.Match[str], _tokens: Span) -> bool:
    """ "a second straight week", "a second group": an ordinal, not a length."""
    return (
        match.group("unit").lower() == "second"
        and match.group("num").lower() in {"a", "one"}
        and not match.group("ago")
        and bool(_A_WORD_AFTER.match(match.string, match.end()))
    )


def one_of_many_units(match: re.Match[str], _tokens: Span) -> bool:
    """ "a decades-long ...": one and a plural unit count nothing."""
    unit = match.group("unit").lower()
    return match.group("num").lower() in {"a", "an"} and unit.endswith("s") and unit != "centuries"


def a_rate(match: re.Match[str], tokens: Span) -> bool:
    """ "$2 million a year", "four flights a week": the unit hangs off a quantity, not off a verb."""
    root = tokens.root
    return (
        match.group("num").lower() in {"a", "an"}
        and not match.group("ago")
        and root.dep_ == "npadvmod"
        and root.head.pos_ in {"NUM", "NOUN", "SYM"}
    )


def a_fraction(match: re.Match[str], _tokens: Span) -> bool:
    """ "three-quarters of its food", "three quarters of the members": a fraction, not nine months."""
    if match.group("unit").lower() != "quarters" or match.group("num").lower() in _VAGUE_NUMBERS:
        return False
    hyphenated = match.string[match.start("unit") - 1] == "-"
    return hyphenated or bool(_FRACTION_OF.match(match.string, match.end()))


@rule(
    priority=200,
    pattern=(
        # The lookahead first: it fails at once at most positions, before the eleven lookbehinds are tried.
        rf"(?={ci('minutes|hours|days|weeks|months|years|decades|the |next |coming |few |several ')})"
        rf"(?:(?:(?<=\bfor )|(?<=\bin )|(?<=\bover )|(?<=\btook )|(?<=\btake )|(?<=\btaken )|(?<=\blast )"
        rf"|(?<=\bwithin )|(?<=\bspent )|(?<=\bspend )|(?<=\bin the )|(?<=\bfor the ))"
        rf"(?P<unit>{ci('minutes|hours|days|weeks|months|years|decades')})\b(?! ago| earlier| later)"
        rf"|\b(?P<unit_of>{ci('days|weeks|months|years|decades')})(?= of\b)"
        # "over the years", "the weeks ahead", "the next few months ahead": some length of time
        rf"|(?<=\b{ci('over')} )(?P<the_unit>{ci('the')} (?P<unit_the>{ci('years|decades')}))\b"
        rf"|\b(?:{ci('the')} )?(?:(?:{ci('next|coming')}) )?(?:(?:{ci('few|several')}) )?"
        rf"(?P<unit_ahead>{ci('days|weeks|months|years|decades')}) {ci('ahead')}\b)"
    ),
    triggers=(*UNIT_STEMS, "ahead"),
)
def bare_units(m: re.Match[str], _at: Context) -> Resolved | None:
    """ "for months", "spent weeks", "months of talks", "over the years", "the weeks ahead": some length."""
    unit = (m.group("unit") or m.group("unit_of") or m.group("unit_the") or m.group("unit_ahead")).lower()
    if unit in {"hours", "minutes"}:
        return duration_of(tv.duration(None, "H" if unit == "hours" else "MIN"))
    return duration_of(TimeValue(value=f"PX{_BARE_UNIT_CODES[unit]}", granularity=Granularity.DURATION))


@rule(
    priority=240,
    pattern=rf"(?:(?<=\b{ci('for')} )|(?<=\b{ci('in')} )){ci('the')} {ci('year')}(?=,| {ci('ended|ending')}\b)",
    triggers=("year",),
)
def the_year(_m: re.Match[str], _at: Context) -> Resolved | None:
    """ "for the year ended Sept. 30": a year's length (a fiscal year ends on the date that follows)."""
    return duration_of(tv.duration(1, "Y"))


@rule(
    priority=360,
    pattern=(
        rf"\b(?:(?P<det>{ci(_DETERMINERS)}) )?(?:(?P<mod>{ci(_MODIFIERS)}) )?"
        rf"(?P<num>{ci(_NUMBER_ALTERNATIVES)})(?:[- ](?P<half1>{ci('and a half')}))?"
        rf"(?: {ci('more|additional|extra|further')})?[- ](?:{ci('trading|business|working')} )?"
        rf"(?P<unit>{ci(_UNIT_WORDS)})"
        rf"(?: (?P<half2>{ci('and a half')}))?(?: (?P<ago>{ci('ago|earlier|before|later')}))?\b(?!-old| old|-long)"
    ),
    triggers=(*UNIT_STEMS, "quarters"),
    rejects=(an_ordinal_second, one_of_many_units, a_rate, a_fraction),
)
def duration(m: re.Match[str], at: Context) -> Resolved | None:
    """ "two decades" (P20Y), "a year and a half" (P18M), "two years ago" (2021), "a few years ago" (PAST_REF).

    "three days later" is the length "three days": "later" relates it to another event, so it is left out.
    """
    word = m.group("num").lower()
    amount = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
    unit_word = m.group("unit").lower().rstrip("s")
    unit_word = "century" if unit_word.startswith("centur") else unit_word
    code = _UNIT_CODES[unit_word]
    if amount is not None:
        amount *= _UNIT_FACTORS.get(unit_word, 1)
    half = bool(m.group("half1") or m.group("half2"))
    if half and amount is not None:
        if code == "Y":
            amount, code = amount * 12 + 6, "M"
        elif code == "M":
            amount, code = amount * 4 + 2, "W"
        elif code == "D":
            amount, code = amount * 24 + 12, "H"
    if m.group("ago"):
        if amount is None:  # "a few years ago", "several days later": some time before or after
            return date_of(tv.reference("FUTURE_REF" if m.group("ago").lower() == "later" else "PAST_REF"))
        if m.group("ago").lower() != "ago":  # "three days later", "two years before the spill": a length
            return Resolved(TimexType.DURATION, (tv.duration(amount, code),), end=m.start("ago") - 1)
        if at.anchor is None:
            return None
        return date_of(resolve_ago(amount, code, at.anchor))
    return duration_of(tv.duration(amount, code))


@rule(
    priority=370,
    pattern=rf"\b(?P<unit>{ci('minute|hour|day|week|month|year|decade')})(?P<plural>s)?-{ci('long')}\b",
    triggers=("-long",),
)
def long_adjective(m: re.Match[str], _at: Context) -> Resolved | None:
    """ "a year-long inquiry" (P1Y), "a decades-long battle" (some decades: PXY)."""
    unit = m.group("unit").lower()
    amount = None if m.group("plural") else _UNIT_FACTORS.get(unit, 1)
    return duration_of(tv.duration(amount, _UNIT_CODES[unit]))
