"""Parts of a year: seasons ("last summer"), quarters ("the third quarter"), halves ("the first half of 2013")."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from generator.model import Granularity
from generator.temporal import values as tv
from generator.temporal.guards import OF_AFTER, before_a_noun
from generator.temporal.patterns import YEAR, ci, year_number
from generator.temporal.resolve import Tense, resolve_season
from generator.temporal.rule import Context, Resolved, date_of, rule

if TYPE_CHECKING:
    from spacy.tokens import Span

_SEASON_CODES = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_SEASON_INTRO = re.compile(r"\b(?:in|since|until|till|by|through|throughout|during|before|after|from)\s+$", re.I)
"""A bare season is a date after a preposition ("since spring"); elsewhere it is generic ("spring weather")."""
_QUARTER_OF_YEAR = {"last year's": -1, "this year's": 0, "next year's": 1}
"""Words before "third quarter" that name its year from the publication year ("year-ago" counts from the
latest such quarter instead)."""
_QUARTER_YEARS = "|".join(["year-ago", "year-earlier", *_QUARTER_OF_YEAR])
_QUARTER_NUMBERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


_PLAY_WORDS = frozenset(
    {"foul", "dunk", "touchdown", "basket", "rebound", "assist", "halftime", "overtime", "layup", "interception"}
    | {"fumble", "yard", "quarterback", "court", "timeout", "buzzer", "goal", "pitch", "inning", "possession"}
    | {"score", "point", "game", "throw", "shot", "lead", "play"}
)
"""Lemmas of a game: in a sentence with them and no word of money, "the third quarter" is a period of play."""
_PLAY_ONLY = frozenset({"foul", "dunk", "touchdown", "basket", "rebound", "halftime", "layup", "quarterback", "buzzer"})
_MONEY_WORDS = frozenset(
    {"earnings", "revenue", "profit", "loss", "sale", "gdp", "growth", "fiscal", "economy", "percent", "%"}
    | {"quarterly", "share", "output", "deficit", "income", "result", "forecast", "dollar", "$", "billion", "million"}
)


def a_period_of_play(match: re.Match[str], tokens: Span) -> bool:
    """ "left the court in the second quarter": a quarter of a game, not of the year.

    Only without a year, in a sentence with none of money and either two words of a game (or one that only games
    have) or in a report of a game: an article with four different words of a game.
    """
    if match.groupdict().get("year") or match.groupdict().get("year0") or match.groupdict().get("rel"):
        return False
    lemmas = {t.lemma_.lower() for t in tokens.sent}
    if lemmas & _MONEY_WORDS:
        return False
    if len(lemmas & _PLAY_WORDS) >= 2 or bool(lemmas & _PLAY_ONLY):
        return True
    return len({t.lemma_.lower() for t in tokens.doc} & _PLAY_WORDS) >= _GAME_REPORT


_GAME_REPORT = 4
"""Different words of a game that make an article a report of one."""


_DECLINE_IN = re.compile(r"\s+in\s+(?!(?:the\s+)?(?:\d{4}|year)\b)", re.IGNORECASE)
"""After "fall": "in" and a thing ("the fall in prices"), not a year ("the fall in 2019")."""


def the_fall_of(match: re.Match[str], _tokens: Span) -> bool:
    """ "the fall of Saigon", "the fall in manufacturing output": a collapse or a decline, not autumn."""
    return (
        not match.group("year")
        and match.group("season").lower() == "fall"
        and bool(
            OF_AFTER.match(match.string, match.end())
            or (not match.group("shift") and _DECLINE_IN.match(match.string, match.end()))  # not "last fall in"
        )
    )


def a_generic_season(match: re.Match[str], tokens: Span) -> bool:
    """A bare season that is no date: one not after a preposition ("spring weather"), or before a noun.

    "since spring" is a date; "in summer months" and "spring weather" are not.
    """
    if match.group("year") or match.group("the") or match.group("shift"):
        return False
    return not _SEASON_INTRO.search(match.string, 0, match.start()) or before_a_noun(match, tokens)


def _current_quarter(anchor: date) -> int:
    return (anchor.month - 1) // 3 + 1


def _last_completed_quarter(anchor: date) -> tuple[int, int]:
    quarter = _current_quarter(anchor)
    return (anchor.year, quarter - 1) if quarter > 1 else (anchor.year - 1, 4)


@rule(
    priority=120,
    pattern=(
        rf"\b(?:(?P<the>{ci('the')}) )?(?:(?P<shift>{ci('this past|last|next|this|early|late')}) )?"
        rf"(?P<season>{ci('spring|summer|autumn|winter')}|(?<=the )fall|(?<=last |next |this |past )fall"
        rf"|(?<=\bin )fall|(?<=\bsince )fall)"
        rf"(?:,? (?:of )?(?P<year>{YEAR}))?\b"
    ),
    triggers=("spring", "summer", "autumn", "winter", "fall"),
    rejects=(the_fall_of, a_generic_season),
)
def season(m: re.Match[str], at: Context) -> Resolved | None:
    """ "summer 2019", "last winter", "this past winter", "over the summer" (in the direction of the tense)."""
    code = _SEASON_CODES[m.group("season").lower()]
    if m.group("year"):
        return date_of(tv.of_season(year_number(m.group("year")), code))
    shift_word = (m.group("shift") or "").lower()
    shift = {"last": -1, "next": 1}.get(shift_word, 0)
    if at.anchor is None:
        return None
    tense = Tense.PAST if shift_word == "this past" else at.tense
    return date_of(resolve_season(code, at.anchor, tense, shift=shift))


@rule(
    priority=130,
    pattern=(
        rf"\b(?:{ci('the')} )?(?:(?P<year0>{YEAR}) |(?P<rel>{ci(_QUARTER_YEARS)}) )?"
        rf"(?P<ord>{ci('first|second|third|fourth|1st|2nd|3rd|4th')}) {ci('quarter')}"
        rf"(?: of (?:(?P<year>{YEAR})|(?P<of>{ci('this|last|next|the previous')}) {ci('year')}))?"
    ),
    triggers=("quarter",),
    rejects=(a_period_of_play,),
)
def quarter(m: re.Match[str], at: Context) -> Resolved | None:
    """ "the first quarter of 2022", "... of last year", "next year's first quarter", "the year-ago third quarter"."""
    number = _QUARTER_NUMBERS[m.group("ord").lower()]
    stated = m.group("year") or m.group("year0")
    relative = (m.group("rel") or "").lower().replace("’", "'")
    of = (m.group("of") or "").lower()
    if stated:
        year: int | None = year_number(stated)
    elif of and at.anchor is not None:  # "the first quarter of last year"
        year = at.anchor.year + {"last": -1, "the previous": -1, "next": 1}.get(of, 0)
    elif at.anchor is not None and relative in _QUARTER_OF_YEAR:
        year = at.anchor.year + _QUARTER_OF_YEAR[relative]
    elif at.anchor is not None:  # "the fourth quarter": the latest such quarter up to publication
        year = at.anchor.year - (1 if number > _current_quarter(at.anchor) else 0) - (1 if relative else 0)
    else:
        year = None
    if year is None:
        return None
    return date_of(tv.of_quarter(year, number))


@rule(
    priority=150,
    pattern=(
        rf"\b(?:{ci('the')} )?(?P<which>{ci('first|second|latter|last|1st|2nd')}) {ci('half of')} "
        rf"(?:(?P<rel>{ci('this|last|next|the')}) {ci('year')}|(?:{ci('fiscal')} )?(?P<year>{YEAR}))\b"
    ),
    triggers=("half of",),
)
def half(m: re.Match[str], at: Context) -> Resolved | None:
    """ "the first half of 2013" (2013-H1), "the second half of last year", "the latter half of the year"."""
    which = 1 if m.group("which").lower() in {"first", "1st"} else 2
    if m.group("year"):
        return date_of(tv.of_half(year_number(m.group("year")), which))
    if at.anchor is None:
        return None
    step = {"last": -1, "next": 1}.get(m.group("rel").lower(), 0)
    return date_of(tv.of_half(at.anchor.year + step, which))


@rule(
    priority=160,
    pattern=rf"\b(?P<ord>{ci('first|second|third|fourth')})-{ci('quarter')}\b",
    triggers=("quarter",),
    rejects=(a_period_of_play,),
)
def quarter_adjective(m: re.Match[str], at: Context) -> Resolved | None:
    """ "third-quarter profit": the latest such quarter up to publication."""
    if at.anchor is None:
        return None
    number = _QUARTER_NUMBERS[m.group("ord").lower()]
    return date_of(tv.of_quarter(at.anchor.year - (1 if number > _current_quarter(at.anchor) else 0), number))


@rule(
    priority=170,
    pattern=(
        rf"\b(?P<det>{ci('the latest|the last|the current|this|the|last|next')}) (?:{ci('fiscal|financial')} )?"
        rf"{ci('quarter')}\b(?! of \d|-)"
        rf"|\b(?P<latest>{ci('the latest')}) {ci('period')}\b"  # an earnings report's "latest period"
    ),
    triggers=("quarter", "period"),
)
def the_quarter(m: re.Match[str], at: Context) -> Resolved | None:
    """ "the quarter", "the latest quarter": the quarter in focus, else the last completed one."""
    if at.anchor is None:
        return None
    det = (m.group("det") or m.group("latest")).lower()
    if det in {"the current", "this"}:
        return date_of(tv.of_quarter_containing(at.anchor))
    if det == "next":
        number = _current_quarter(at.anchor)
        return date_of(tv.of_quarter(at.anchor.year + number // 4, number % 4 + 1))
    if det == "the" and at.focus is not None and at.focus.granularity is Granularity.QUARTER:
        return date_of(at.focus)
    return date_of(tv.of_quarter(*_last_completed_quarter(at.anchor)))
