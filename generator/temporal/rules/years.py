"""Years and longer: "2011", "2018 and 2019", "mid-2021", "the 1990s", "the nineties", "the 20th century"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator.temporal import values as tv
from generator.temporal.patterns import (
    DIGITS,
    ORDINAL_ALTERNATIVES,
    ORDINALS,
    TENS_WORDS,
    YEAR,
    YEAR_STARTS,
    ci,
    year_number,
)
from generator.temporal.resolve import TimexType
from generator.temporal.rule import Context, Resolved, date_of, duration_of, rule

if TYPE_CHECKING:
    from spacy.tokens import Span

_DECADE_WORDS = {word[:-1] + "ies": 1920 + 10 * i for i, word in enumerate(TENS_WORDS)}
"""The decades of the last century by name: "twenties" 1920, ..., "nineties" 1990."""
_NOT_AFTER_YEAR = re.compile(
    r"^\s*(?:%|percent|per|km|kilomet|miles?\b|metres?|meters?|feet|people|troops|soldiers|tons?|tonnes|units?"
    r"|votes?|cases|deaths|dollars|euros|yuan|won|rubles|roubles|barrels|points)",
    re.IGNORECASE,
)
_TITLE_AFTER = re.compile(r"^:\s+(?:A|An|The)?\s*[A-Z][a-z]+")
"""A year with a colon and a capitalised word is the start of a title: "2001: A Space Odyssey", "1917: Revolution"."""
_HOUSE_NUMBER = re.compile(
    r"^\s+(?:[A-Z][a-z]+\s+){1,3}(?:Drive|Dr\.|Street|St\.|Avenue|Ave\.|Road|Rd\.|Lane|Ln\.|Boulevard|Blvd\."
    r"|Way|Place|Pl\.|Court|Ct\.|Circle|Terrace|Parkway|Pkwy\.|Highway|Trail)(?![a-z])"
)
"""A number before a street's name is a house number: "1909 Elm Drive", "2134 Caldwell Place"."""
_NOT_BEFORE_YEAR = re.compile(
    r"(?:[$£€#№]|\bNo\.|\b(?:number|flight|route|line|bus|resolutions?|article|section|chapter|room|platform|gate"
    r"|highway|interstate|decree|bill|motion|amendment|model|version|windows))\s*$",
    re.IGNORECASE,
)
"""A word that numbers what follows: "resolution 1973", "flight 2012", "Windows 2000" are no years."""
_LAW_BEFORE = re.compile(r"\b(?:Act|Acts|Regulations?|Rules|Ordinance|Code|Bill|Order)\s*,\s*$")
"""A law named with its year after a comma is one name: "the Epidemic Diseases Act, 1897", "... Regulation, 2020"."""
_OWNER_BEFORE = re.compile(r"(?:['’]s|\b(?:its|their|his|her|our|the))\s+$", re.IGNORECASE)
"""An owner or article before a year and a plural noun makes it a year ("the bank's 2012 results")."""


def numbers_a_thing(match: re.Match[str], _tokens: Span) -> bool:
    """A number with a unit, after a word that numbers, before a street's name or opening a title: no year.

    "80 miles", "2000 people", "resolution 1973", "$2012", "1909 Elm Drive", "2001: A Space Odyssey", and the year
    in a law's name ("the Disaster Management Act, 2005").
    """
    text, after = match.string, match.string[match.end() :]
    return bool(
        _NOT_AFTER_YEAR.match(after)
        or _HOUSE_NUMBER.match(after)
        or _TITLE_AFTER.match(after)
        or _NOT_BEFORE_YEAR.search(text[: match.start()])
        or _LAW_BEFORE.search(text[: match.start()])
    )


def inside_an_amount(_match: re.Match[str], tokens: Span) -> bool:
    """A number the parser reads as money, a quantity or a percentage."""
    return any(t.ent_type_ in {"MONEY", "QUANTITY", "PERCENT"} for t in tokens)


def counts_a_plural_noun(match: re.Match[str], tokens: Span) -> bool:
    """ "2000 kilograms", "1500 troops": a number counting a plural noun ("its 2012 results" is a year)."""
    root = tokens.root
    return root.dep_ == "nummod" and root.head.tag_ == "NNS" and not _OWNER_BEFORE.search(match.string[: match.start()])


def _a_year(text: str, at: Context) -> Resolved | None:
    """A year by its number; none more than 30 years after publication (a number, not a year)."""
    year = year_number(text)
    if at.anchor is not None and year > at.anchor.year + 30:
        return None
    return date_of(tv.of_year(year))


@rule(
    priority=90,
    pattern=rf"\b(?P<mod>{ci('early|mid|late')})[- ](?P<year>{YEAR})\b(?!['’]?s\b)",
    triggers=DIGITS,
)
def part_year(m: re.Match[str], _at: Context) -> Resolved | None:
    """ "mid-2021", "late 2012": the year (TimeML gives the part as a modifier)."""
    return date_of(tv.of_year(year_number(m.group("year"))))


@rule(
    priority=100,
    pattern=(
        rf"\b(?:{ci('the')} )?(?:(?:{ci('early|mid|late')})[- ])?(?P<dec>(?:1[6-9]|20)\d0)['’]?s\b"
        # "the nineties" (not "in their thirties", an age: "the" is required)
        rf"|\b{ci('the')} (?:(?:{ci('early|mid|late')})[- ])?(?P<dec_word>{ci('|'.join(_DECADE_WORDS))})\b"
    ),
    triggers=(*DIGITS, "ties"),
)
def decade(m: re.Match[str], _at: Context) -> Resolved | None:
    """ "the 1990s", "the late 1980's", "the nineties"."""
    if m.group("dec_word"):
        return date_of(tv.of_decade(_DECADE_WORDS[m.group("dec_word").lower()]))
    return date_of(tv.of_decade(int(m.group("dec"))))


@rule(
    priority=110,
    pattern=(
        rf"\b(?:(?P<the>{ci('the')}) )?(?:(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{ci(ORDINAL_ALTERNATIVES)})"
        rf"|(?P<shift>{ci('this|last|next|the current|the last|the past|the previous|the next|the coming')}))"
        rf"[- ]{ci('century')}\b"
    ),
    triggers=("century",),
)
def century(m: re.Match[str], at: Context) -> Resolved | None:
    """ "the 20th century" (19), "twenty-first century" (20), "this century", "last century".

    "The past century" is a length (P100Y), as "the past year" is.
    """
    if m.group("ord"):
        word = m.group("ord").lower().replace(" ", "-")
        number = int(word[:-2]) if word[0].isdigit() else ORDINALS[word]
        return date_of(tv.of_century(number)) if 1 <= number <= 21 else None
    shift = m.group("shift").lower()
    if shift.startswith("the ") and shift != "the current":
        return duration_of(tv.duration(100, "Y"))
    if at.anchor is None:
        return None
    step = {"last": -1, "next": 1}.get(shift, 0)
    return date_of(tv.of_century(at.anchor.year // 100 + 1 + step))


@rule(
    priority=260,
    pattern=(
        # A bare "the year ended" is the_year's (a length); this rule needs "fiscal" or a qualifier.
        rf"\b(?:{ci('the')} (?:(?P<which>{ci('current|full|latest|previous|past')}) (?:{ci('fiscal|financial')} )?"
        rf"|{ci('fiscal|financial')} ){ci('year')}"
        rf"(?=[,.;]| {ci('ended|ending|to|before|earlier|ago')}\b)"
        rf"|{ci('fiscal')} (?:{ci('year')} )?(?P<year>{YEAR})(?:[-–/](?P<next>\d\d)(?!\d))?)\b"
    ),
    triggers=("year", "fiscal"),
)
def fiscal(m: re.Match[str], at: Context) -> Resolved | None:
    """ "fiscal 1989" is that year; "the fiscal year", "the full year", "the current year" are the anchor's.

    "fiscal year 2020-21" spans the two years it names.
    """
    if m.group("year"):
        first = year_number(m.group("year"))
        if m.group("next") and (second := _next_of(first, m.group("next"))) is not None:
            return Resolved(TimexType.DATE, (tv.of_year(first), tv.of_year(second)))
        return date_of(tv.of_year(first))
    if at.anchor is None:
        return None
    which = (m.group("which") or "").lower()
    return date_of(tv.of_year(at.anchor.year - (1 if which in {"previous", "past"} else 0)))


_SPANNED = ci("season|seasons|fiscal|financial|school|academic|budget|term|session|campaign|winter|crop|year")
"""What a span of years written "2019-20" names: a season, a fiscal or school year. Elsewhere ("by 2010-11
production ...") the small model splits the numbers apart, and the span is left to the year rule."""


@rule(
    priority=290,
    pattern=(
        rf"(?=1[6-9]\d\d|20\d\d|{ci('nineteen|two thousand')})"  # fails fast where no year starts
        rf"(?<![\d$£€.,])(?P<y1>{YEAR})(?:\s*(?:-|–|—|\bto\b|\band\b|\bthrough\b)\s*(?P<y2>{YEAR})\b"
        rf"|[-–/](?P<yy>\d\d)\b(?= {_SPANNED}\b))"
    ),
    triggers=YEAR_STARTS,
    rejects=(numbers_a_thing, inside_an_amount),
    parts=("y1", "y2"),
)
def year_range(m: re.Match[str], _at: Context) -> Resolved | None:
    """ "2018 and 2019", "1996-1998", a season or fiscal year "2019-20": both years.

    None when the second is not later (or, written with two digits, more than ten years later).
    """
    first = year_number(m.group("y1"))
    second = year_number(m.group("y2")) if m.group("y2") else _next_of(first, m.group("yy"))
    if second is None or second <= first:
        return None
    return Resolved(TimexType.DATE, (tv.of_year(first), tv.of_year(second)))


def _next_of(first: int, digits: str) -> int | None:
    """A later year written with two digits after `first` ("2019-20", "1999-00", "2019-23"), else None."""
    second = first // 100 * 100 + int(digits)
    if second <= first:
        second += 100
    return second if second - first <= 10 else None


@rule(priority=300, pattern=rf"\b{ci('the')} (?P<year>{YEAR}) {ci('period')}\b", triggers=("period",))
def year_period(m: re.Match[str], at: Context) -> Resolved | None:
    """ "the 2022 period" of an earnings report: that year."""
    return _a_year(m.group("year"), at)


@rule(
    priority=310,
    pattern=(
        rf"(?=1[6-9]\d\d|20\d\d|{ci('the year|pre-|post-|nineteen|two thousand')})"  # fails fast elsewhere
        rf"(?:{ci('the year')} (?=two)|\b{ci('pre|post')}-)?"  # "the year two thousand", "post-1959"
        rf"(?:(?<=\b[Pp]re-)|(?<=\b[Pp]ost-)|(?<![\d$£€.,/-]))(?P<year>{YEAR})(?![\d%]|[.,]\d|-\d)"
    ),
    triggers=YEAR_STARTS,
    rejects=(numbers_a_thing, inside_an_amount, counts_a_plural_noun),
)
def year(m: re.Match[str], at: Context) -> Resolved | None:
    """ "in 2011", "nineteen ninety-one", "the year two thousand", "post-1959"."""
    return _a_year(m.group("year"), at)
