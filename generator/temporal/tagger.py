"""Find date and time expressions in parsed sentences and normalise them to TIMEX3 values.

Patterns find the expressions; the dependency parse gives the verb each one attaches to, whose tense decides
whether "Monday" or "in July" lies before or after the publication date; `temporal.resolve` does the arithmetic.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from generator.model import Granularity, TimeValue
from generator.temporal import values as tv
from generator.temporal.resolve import (
    MONTHS,
    WEEKDAYS,
    Tense,
    holiday_date,
    resolve_ago,
    resolve_day_of_month,
    resolve_day_offset,
    resolve_month,
    resolve_month_day,
    resolve_month_offset,
    resolve_season,
    resolve_week_offset,
    resolve_weekday,
    resolve_weekday_shifted,
    resolve_year_offset,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True, slots=True, kw_only=True)
class TimexMention:
    """One temporal expression: where it is, what it says, and what it means."""

    start: int
    """0-based character offset into the text that was tagged."""
    end: int
    text: str
    type: str
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


# ---------------------------------------------------------------------------------------------------------------
# Pattern pieces. Month and weekday names must be capitalised ("may" and "march" are verbs); function words are
# matched in any case so that sentence-initial "Last Tuesday" works.
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.|Sept|Sep|Oct|Nov|Dec|Jan|Feb|Mar|Apr|Jun|Jul|Aug)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_DIGIT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_SPOKEN_YEAR = (
    # Broadcast transcripts spell years out: "nineteen ninety-six", "the year two thousand".
    rf"(?i:nineteen[- ](?:{'|'.join(_TENS_WORDS)})(?:[- ](?:{'|'.join(_DIGIT_WORDS)}))?"
    rf"|(?<=\bthe year )two thousand(?:(?: and)? (?:{'|'.join(_DIGIT_WORDS)}|ten|eleven|twelve))?)"
)
_YEAR = rf"(?:1[6-9]\d\d|20\d\d|{_SPOKEN_YEAR})"
_DECADE_WORDS = {word[:-1] + "ies": 1920 + 10 * i for i, word in enumerate(_TENS_WORDS)}
"""The decades of the last century by name: "twenties" 1920, ..., "nineties" 1990."""
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a dozen": 12,
    "a couple of": 2,
    "a couple": 2,
}
_VAGUE_NUMBERS = ("a few", "few", "several", "many", "some", "dozens of", "hundreds of")
_NUMBER_ALTERNATIVES = (
    "|".join(sorted((re.escape(w) for w in [*_NUMBER_WORDS, *_VAGUE_NUMBERS]), key=len, reverse=True)) + r"|\d{1,3}"
)
_HOLIDAYS = (
    "(?i:christmas day|christmas eve|christmas|easter sunday|easter monday|easter|thanksgiving day|thanksgiving|"
    "palm sunday|good friday|holy thursday|maundy thursday|ash wednesday|"
    "new year['’]s day|new year['’]s eve|election day|independence day|halloween|valentine['’]s day|"
    "memorial day|labor day)"
)
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
_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth"
    " fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second"
)
_ORDINALS = {word: n for n, word in enumerate(_ORDINAL_WORDS.split(" "), start=1)}
_ORDINAL_ALTERNATIVES = "|".join(sorted((w.replace("-", "[- ]") for w in _ORDINALS), key=len, reverse=True))
_SEASON_CODES = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_NOT_AFTER_YEAR = re.compile(
    r"^\s*(?:%|percent|per|km|kilomet|miles?\b|metres?|meters?|feet|people|troops|soldiers|tons?|tonnes|units?"
    r"|votes?|cases|deaths|dollars|euros|yuan|won|rubles|roubles|barrels|points)",
    re.IGNORECASE,
)
_NOT_BEFORE_YEAR = re.compile(
    r"(?:[$£€#№]|\bNo\.|\b(?:number|flight|route|line|bus|resolutions?|article|section|chapter|room|platform|gate"
    r"|highway|interstate|decree|bill|motion|amendment|model|version|windows))\s*$",
    re.IGNORECASE,
)
"""A word that numbers what follows: "resolution 1973", "flight 2012", "Windows 2000" are no years."""


_MONTH_INTRO = re.compile(
    r"\b(?:in|since|until|till|by|from|to|through|throughout|into|during|before|after|of|early|late|last|next|this"
    r"|around|between|as (?:early|late|soon) as)\s+$",
    re.IGNORECASE,
)
_SEASON_INTRO = re.compile(r"\b(?:in|since|until|till|by|through|throughout|during|before|after|from)\s+$", re.I)
"""A bare season is a date after a preposition ("since spring"); elsewhere it is generic ("spring weather")."""


_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\s*(?:,|and|or|to|through|-|–)\s*$")
"""A month named just before ("February and March") makes "March" a month too."""


_OWNER_BEFORE = re.compile(r"(?:['’]s|\b(?:its|their|his|her|our|the))\s+$", re.IGNORECASE)
"""An owner or article before a year and a plural noun makes it a year ("the bank's 2012 results")."""
_DAY_OF_MONTH_INTRO = re.compile(r"\b(?:on|by|until|till|since|from)\s+$", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b")
"""A noun followed by "of" ("the fall of", "the future of") names a thing, not a time."""
_DAY_BEFORE = r"the day before(?! \w+ing\b)"
"""Not "later in the day before returning home" (a clause follows, not a date)."""
_TIMELESS_TODAY = re.compile(r"['’]s (?:world|youth|society|generation|children|young|standards|culture)\b", re.I)
"""'today's world', 'today's youth': the present age, not the publication day."""


_QUARTER_OF_YEAR = {"last year's": -1, "this year's": 0, "next year's": 1}
"""Words before "third quarter" that name its year from the publication year ("year-ago" counts from the
latest such quarter instead)."""
_QUARTER_YEARS = "|".join(["year-ago", "year-earlier", *_QUARTER_OF_YEAR])


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


_I = "(?i:{})".format  # case-insensitive function words


@dataclass(frozen=True, slots=True)
class _Rule:
    name: str
    pattern: re.Pattern[str]


RULES: tuple[_Rule, ...] = (
    _Rule("iso", _p(r"\b\d{4}-\d{2}-\d{2}\b")),
    _Rule("month_day_year", _p(rf"\b(?P<mon>{_MONTH}) (?P<day>{_DAY}),? (?P<year>{_YEAR})\b")),
    _Rule("day_month_year", _p(rf"\b(?P<day>{_DAY}) (?:of )?(?P<mon>{_MONTH}),? (?P<year>{_YEAR})\b")),
    _Rule(
        "weekday_date",
        _p(rf"\b(?P<wd>{_WEEKDAY}),? (?P<mon>{_MONTH}) (?P<day>{_DAY})\b(?:,? (?P<year>{_YEAR})\b)?"),
    ),
    _Rule("month_day", _p(rf"\b(?P<mon>{_MONTH}) (?P<day>{_DAY})\b(?!,? {_YEAR})(?![\d:.,]\d)")),
    _Rule("day_month", _p(rf"\b(?P<day>{_DAY}) (?P<mon>{_MONTH})\b(?!,? {_YEAR})")),
    _Rule(
        "month_year",
        _p(rf"\b(?:(?P<mod>{_I('early|mid|late')})[- ])?(?P<mon>{_MONTH}),? (?:of )?(?P<year>{_YEAR})\b"),
    ),
    _Rule(
        "month",
        _p(
            rf"\b(?:(?P<shift>{_I('last|next|this|early|late|mid')})[- ])?(?P<mon>January|February|March|April|May|June"
            r"|July|August|September|October|November|December)\b(?!-)"
        ),
    ),
    _Rule("part_year", _p(rf"\b(?P<mod>{_I('early|mid|late')})[- ](?P<year>{_YEAR})\b(?!['’]?s\b)")),
    _Rule(
        "decade",
        _p(
            rf"\b(?:{_I('the')} )?(?:(?:{_I('early|mid|late')})[- ])?(?P<dec>(?:1[6-9]|20)\d0)['’]?s\b"
            # "the nineties" (not "in their thirties", an age: "the" is required)
            rf"|\b{_I('the')} (?:(?:{_I('early|mid|late')})[- ])?(?P<dec_word>{_I('|'.join(_DECADE_WORDS))})\b"
        ),
    ),
    _Rule(
        "century",
        _p(
            rf"\b(?:(?P<the>{_I('the')}) )?(?:(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{_I(_ORDINAL_ALTERNATIVES)})"
            rf"|(?P<shift>{_I('this|last|next|the current|the last|the past|the previous|the next|the coming')}))"
            rf"[- ]{_I('century')}\b"
        ),
    ),
    _Rule(
        "season",
        _p(
            rf"\b(?:(?P<the>{_I('the')}) )?(?:(?P<shift>{_I('this past|last|next|this|early|late')}) )?"
            rf"(?P<season>{_I('spring|summer|autumn|winter')}|(?<=the )fall|(?<=last |next |this |past )fall|(?<=\bin )fall|(?<=\bsince )fall)"
            rf"(?:,? (?:of )?(?P<year>{_YEAR}))?\b"
        ),
    ),
    _Rule(
        "quarter",
        _p(
            rf"\b(?:{_I('the')} )?(?:(?P<year0>{_YEAR}) |(?P<rel>{_I(_QUARTER_YEARS)}) )?"
            rf"(?P<ord>{_I('first|second|third|fourth|1st|2nd|3rd|4th')}) {_I('quarter')}"
            rf"(?: of (?P<year>{_YEAR}))?"
        ),
    ),
    _Rule(
        "clock",
        _p(
            rf"\b(?:(?P<h>1[0-2]|0?[1-9])(?::(?P<min>[0-5]\d))? ?(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)|(?P<word>{_I('noon|midday|midnight')}))"
            rf"(?: (?P<tz>[A-Z]{{2,4}}T))?(?:,? (?:{_I('on')} )?(?P<day>{_WEEKDAY}|{_I('today|yesterday|tomorrow|tonight')}))?"
        ),
    ),
    _Rule(
        "half",
        _p(
            rf"\b(?:{_I('the')} )?(?P<which>{_I('first|second|latter|last|1st|2nd')}) {_I('half of')} "
            rf"(?:(?P<rel>{_I('this|last|next|the')}) {_I('year')}|(?:{_I('fiscal')} )?(?P<year>{_YEAR}))\b"
        ),
    ),
    _Rule("quarter_adjective", _p(rf"\b(?P<ord>{_I('first|second|third|fourth')})-{_I('quarter')}\b")),
    _Rule(
        "the_quarter",
        _p(
            rf"\b(?P<det>{_I('the latest|the last|the current|this|the|last|next')}) (?:{_I('fiscal|financial')} )?"
            rf"{_I('quarter')}\b(?! of \d|-)"
            rf"|\b(?P<latest>{_I('the latest')}) {_I('period')}\b"  # an earnings report's "latest period"
        ),
    ),
    _Rule(
        "year_shift",
        _p(
            rf"\b(?:(?P<a>{_I('a year')}) (?P<dir>{_I('earlier|before|ago|later')})"
            rf"|(?:{_I('the')} )?{_I('year')}-(?P<adj>{_I('earlier|ago')})(?: {_I('quarter|period')})?)\b"
        ),
    ),
    _Rule(
        "reference",
        _p(
            rf"\b(?P<ref>{_I('recently|lately|formerly|currently|nowadays|these days|at present|the past|current|recent')}"
            rf"|{_I('the future|in the future|a later date|a future date')})\b(?!-)"
        ),
    ),
    _Rule(
        "bare_units",
        _p(
            # The lookahead first: it fails at once at most positions, before the eleven lookbehinds are tried.
            rf"(?={_I('minutes|hours|days|weeks|months|years|decades|the |next |coming |few |several ')})"
            rf"(?:(?:(?<=\bfor )|(?<=\bin )|(?<=\bover )|(?<=\btook )|(?<=\btake )|(?<=\btaken )|(?<=\blast )"
            rf"|(?<=\bwithin )|(?<=\bspent )|(?<=\bspend )|(?<=\bin the )|(?<=\bfor the ))"
            rf"(?P<unit>{_I('minutes|hours|days|weeks|months|years|decades')})\b(?! ago| earlier| later)"
            rf"|\b(?P<unit_of>{_I('days|weeks|months|years|decades')})(?= of\b)"
            # "over the years", "the weeks ahead", "the next few months ahead": some length of time
            rf"|(?<=\b{_I('over')} )(?P<the_unit>{_I('the')} (?P<unit_the>{_I('years|decades')}))\b"
            rf"|\b(?:{_I('the')} )?(?:(?:{_I('next|coming')}) )?(?:(?:{_I('few|several')}) )?"
            rf"(?P<unit_ahead>{_I('days|weeks|months|years|decades')}) {_I('ahead')}\b)"
        ),
    ),
    _Rule(
        "this_part",
        _p(
            rf"\b(?:{_I('earlier|later')} )?(?P<this>{_I('this')}) (?P<part>{_I('morning|afternoon|evening')})\b"
            rf"|(?:(?<=\b{_I('in')} )|(?<=\b{_I('during')} )){_I('the')} (?P<part2>{_I('morning|afternoon|evening')})\b"
            rf"|(?:(?<=\b{_I('later in')} )|(?<=\b{_I('earlier in')} ))"
            rf"{_I('the')} (?P<in_unit>{_I('day|week|month|year')})\b"
            rf"|\b{_I('mid')}[- ]?(?P<mid>{_I('morning|afternoon|evening')})(?: (?P<rel>{_I('yesterday|today|tomorrow')}))?\b"
        ),
    ),
    _Rule("the_weekend", _p(rf"\b{_I('the')} {_I('weekend')}\b")),
    _Rule("the_week", _p(rf"(?<=\b{_I('for')} ){_I('the')} {_I('week')}\b(?!-)|\b{_I('the')} {_I('week')}(?=['’]s\b)")),
    _Rule(
        "the_year",
        _p(rf"(?:(?<=\b{_I('for')} )|(?<=\b{_I('in')} )){_I('the')} {_I('year')}(?=,| {_I('ended|ending')}\b)"),
    ),
    _Rule("holiday", _p(rf"\b(?:(?P<shift>{_I('last|next|this')}) )?(?P<name>{_HOLIDAYS})\b")),
    _Rule(
        "fiscal",
        _p(
            # A bare "the year ended" is the_year's (a length); this rule needs "fiscal" or a qualifier.
            rf"\b(?:{_I('the')} (?:(?P<which>{_I('current|full|latest|previous|past')}) (?:{_I('fiscal|financial')} )?"
            rf"|{_I('fiscal|financial')} ){_I('year')}"
            rf"(?=[,.;]| {_I('ended|ending|to|before|earlier|ago')}\b)"
            rf"|{_I('fiscal')} (?:{_I('year')} )?(?P<year>{_YEAR}))\b"
        ),
    ),
    _Rule(
        "period_end",
        _p(
            rf"\b{_I('the')} {_I('end|start|beginning|middle')} {_I('of the')} (?P<unit>{_I('year|month|quarter|week')})\b"
            rf"|(?:(?<=\b{_I('since')} )(?P<since>))?\b{_I('year')}(?:[- ]|['’]s ){_I('end')}\b"
        ),
    ),
    _Rule("near_future", _p(rf"\b{_I('the')} (?P<term>{_I('near future|near term|short term|long term')})\b")),
    _Rule(
        "year_range",
        _p(
            rf"(?=1[6-9]\d\d|20\d\d|{_I('nineteen|two thousand')})"  # fails fast where no year starts
            rf"(?<![\d$£€.,])(?P<y1>{_YEAR})\s*(?:-|–|—|\bto\b|\band\b|\bthrough\b)\s*(?P<y2>{_YEAR})\b"
        ),
    ),
    _Rule("year_period", _p(rf"\b{_I('the')} (?P<year>{_YEAR}) {_I('period')}\b")),
    _Rule(
        "year",
        _p(
            rf"(?=1[6-9]\d\d|20\d\d|{_I('the year|pre-|post-|nineteen|two thousand')})"  # fails fast elsewhere
            rf"(?:{_I('the year')} (?=two)|\b{_I('pre|post')}-)?"  # "the year two thousand", "post-1959"
            rf"(?:(?<=\b[Pp]re-)|(?<=\b[Pp]ost-)|(?<![\d$£€.,/-]))(?P<year>{_YEAR})(?![\d%]|[.,]\d|-\d)"
        ),
    ),
    _Rule(
        "weekday",
        _p(
            rf"\b(?:(?P<shift>{_I('last|next|this|past|coming')}) )?(?P<wd>{_WEEKDAY})"
            rf"(?: (?P<part>{_I('morning|afternoon|evening|night')}))?\b"
        ),
    ),
    _Rule(
        "relative_day",
        _p(
            rf"\b(?P<rel>{_I('the day before yesterday|the day after tomorrow|yesterday|today|tomorrow|tonight|last night')})\b"
        ),
    ),
    _Rule(
        "earlier_this",
        _p(rf"\b{_I('earlier|later')} (?P<which>{_I('this|that|last|next')}) (?P<unit>{_I('week|month|year')})\b"),
    ),
    _Rule(
        "relative_unit",
        _p(
            rf"\b(?P<the>{_I('the')} )?(?P<shift>{_I('last|next|this|past|coming|previous')}) "
            rf"(?P<unit>{_I('week|weekend|month|year|decade')})\b"
        ),
    ),
    _Rule(
        "duration",
        _p(
            rf"\b(?:(?P<det>{_I('the past|the last|the next|the coming|the previous|the first|the|those|these|its first|its last')}) )?"
            rf"(?:(?P<mod>{_I('more than|less than|nearly|almost|about|around|over|some|roughly|at least|up to|just over|just under')}) )?"
            rf"(?P<num>{_I(_NUMBER_ALTERNATIVES)})(?:[- ](?P<half1>{_I('and a half')}))?"
            rf"(?: {_I('more|additional|extra|further')})?[- ](?:{_I('trading|business|working')} )?(?P<unit>{_I(_UNIT_WORDS)})"
            rf"(?: (?P<half2>{_I('and a half')}))?(?: (?P<ago>{_I('ago|earlier|before|later')}))?\b(?!-old| old|-long)"
        ),
    ),
    _Rule(
        "long_adjective",
        _p(rf"\b(?P<unit>{_I('minute|hour|day|week|month|year|decade')})(?P<plural>s)?-{_I('long')}\b"),
    ),
    _Rule(
        "vague",
        _p(
            rf"\b(?:(?:{_I('the')} )?(?P<dir>{_I('coming|next|past|last|previous|recent|following|future')}) "
            rf"(?:{_I('few|several|couple of|couple')} )?(?P<unit>{_I('days|weeks|months|quarters|years|decades')})"
            rf"|(?P<unit2>{_I('minutes|hours|days|weeks|months|years|decades|moments')}) (?P<dir2>{_I('ago|earlier|later')}))\b"
        ),
    ),
    _Rule(
        "anaphor",
        _p(
            rf"(?={_I('at |by |that |the ')})"  # fails fast elsewhere
            rf"\b(?P<ana>{_I('at the time|at that time|by that time|that day|the same day|that week|that month|that quarter|that year|the following day|the next day|' + _DAY_BEFORE + '|the previous day')}"
            rf"|{_I('the following|the preceding')} (?P<unit>{_I('week|month|year')})"
            rf"|{_I('the next|the following')} (?P<dpart>{_I('morning|afternoon|evening')})"
            rf"|{_I('that|the same')} (?P<tpart>{_I('morning|afternoon|evening|night')})"
            rf"|{_I('the')} (?P<bpart>{_I('night|evening')}) {_I('before')}(?! \w+ing\b))\b"
        ),
    ),
    _Rule(
        "nth_day",
        _p(
            # "the second day of talks", "for the seventh straight day" (not "the 25th day of Bahman", a calendar)
            rf"\b(?:{_I('the')} )?(?:\d{{1,2}}(?:st|nd|rd|th)|{_I(_ORDINAL_ALTERNATIVES)}) "
            rf"(?:{_I('straight|consecutive|successive')} )?{_I('day')}\b(?!-| of [A-Z])"
        ),
    ),
    _Rule(
        "set",
        _p(
            # "daily" is tagged far more often than not in TimeBank; "annually", "weekly" and the like are not.
            rf"\b(?:{_I('every|each')} (?P<unit>{_I('day|week|month|quarter|year')}|{_WEEKDAY})|(?P<adv>{_I('daily')})"
            rf"|{_I('every')} (?P<part>{_I('morning|afternoon|evening|night|weekend')}))\b"
        ),
    ),
    _Rule(
        "day_of_month",
        # "on the 15th", "by the 3rd": a day of this month or one beside it (not "the 15th floor", "the 15th of")
        _p(rf"\b{_I('the')} (?P<day>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b(?! of\b|-)"),
    ),
    _Rule("now", _p(rf"\b{_I('now')}\b(?! that)")),
)
"""Every pattern; where matches overlap, the earliest, then the longest, wins."""


# ---------------------------------------------------------------------------------------------------------------
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
                focus[:] = points[-1:]
    return found


def tag_sentence(
    span: Span, anchor: date | None, *, number: int = 0, focus: list[TimeValue] | None = None
) -> Iterator[TimexMention]:
    """Yield the temporal expressions of one sentence, in text order."""
    text = span.text
    for start, end, rule, match in _choose(_candidates(text)):
        char_start, char_end = span.start_char + start, span.start_char + end
        tokens = span.doc.char_span(char_start, char_end, alignment_mode="expand")
        if tokens is None or not _accept(rule, match, text, tokens):
            continue
        verb = governing_verb(tokens.root)
        tense = expression_tense(tokens, verb)
        resolved = _RESOLVERS[rule](match, anchor, tense, focus or [])
        if resolved is None:
            continue
        timex_type, values = resolved
        if rule == "duration" and timex_type == "DURATION" and match.group("ago"):
            # "three days later": the length is the expression; "later" relates it to another event.
            end = match.start("ago") - 1
            char_end = span.start_char + end
        parts: tuple[tuple[int, int], ...] = ()
        if rule == "year_range":
            parts = tuple((span.start_char + match.start(g), span.start_char + match.end(g)) for g in ("y1", "y2"))
        yield TimexMention(
            parts=parts,
            start=char_start,
            end=char_end,
            text=text[start:end],
            type=timex_type,
            values=values,
            sentence=number,
            tense=tense,
            head=verb.i if verb is not None else None,
            is_anaphor=rule in _ANAPHORIC,
        )


_ANAPHORIC = frozenset({"anaphor", "year_shift"})
"""Rules whose dates are read off the date in focus ("that day", "a year earlier"), so they do not move it."""

_UNITS = ("second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "centur")
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WEEKDAY_STEMS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DIGIT = ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")
TRIGGERS: dict[str, tuple[str, ...]] = {
    "iso": _DIGIT,
    "year_range": (*_DIGIT, "nineteen", "two thousand"),
    "year": (*_DIGIT, "nineteen", "two thousand"),
    "year_period": ("period",),
    "decade": (*_DIGIT, "ties"),
    "part_year": _DIGIT,
    "month_day_year": _MONTH_STEMS,
    "day_month_year": _MONTH_STEMS,
    "month_day": _MONTH_STEMS,
    "day_month": _MONTH_STEMS,
    "month_year": _MONTH_STEMS,
    "month": _MONTH_STEMS,
    "weekday_date": _WEEKDAY_STEMS,
    "weekday": _WEEKDAY_STEMS,
    "season": ("spring", "summer", "autumn", "winter", "fall"),
    "century": ("century",),
    "quarter": ("quarter",),
    "quarter_adjective": ("quarter",),
    "half": ("half of",),
    "the_quarter": ("quarter", "period"),
    "relative_day": ("yesterday", "today", "tomorrow", "tonight", "night"),
    "earlier_this": _UNITS,
    "relative_unit": (*_UNITS, "weekend"),
    "duration": (*_UNITS, "quarters"),
    "vague": (*_UNITS, "quarters", "moments"),
    "long_adjective": ("-long",),
    "bare_units": (*_UNITS, "ahead"),
    "the_weekend": ("weekend",),
    "the_week": ("the week",),
    "the_year": ("year",),
    "holiday": (
        "christmas",
        "easter",
        "thanksgiving",
        "new year",
        "election day",
        "independence day",
        "halloween",
        "valentine",
        "memorial day",
        "labor day",
        "palm sunday",
        "good friday",
        "holy thursday",
        "maundy thursday",
        "ash wednesday",
    ),
    "fiscal": ("year", "fiscal"),
    "period_end": (
        "end of the",
        "start of the",
        "beginning of the",
        "middle of the",
        "year end",
        "year-end",
        "year's end",
        "year’s end",
    ),
    "near_future": ("term", "future"),
    "set": (*_UNITS, *_WEEKDAY_STEMS, "quarter", "daily", "morning", "afternoon", "evening", "night", "weekend"),
    "year_shift": ("year",),
    "anaphor": ("time", "day", "week", "month", "quarter", "year", "morning", "afternoon", "evening", "night"),
    "reference": (
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
    "this_part": ("morning", "afternoon", "evening", "in the day", "in the week", "in the month", "in the year"),
    "now": ("now",),
    "day_of_month": ("1st", "2nd", "3rd", "0th", "1th", "2th", "3th", "4th", "5th", "6th", "7th", "8th", "9th"),
    "nth_day": ("st day", "nd day", "rd day", "th day", "straight day", "consecutive day", "successive day"),
    "clock": ("a.m", "p.m", "am", "pm", "noon", "midday", "midnight"),
}
"""Lower-case substrings without which a rule cannot match: a cheap test that skips most patterns."""


def _candidates(text: str) -> Iterator[tuple[int, int, str, re.Match[str]]]:
    lowered = text.lower()
    for rule in RULES:
        if not any(trigger in lowered for trigger in TRIGGERS[rule.name]):
            continue
        for match in rule.pattern.finditer(text):
            if match.end() > match.start():
                yield match.start(), match.end(), rule.name, match


def _choose(
    candidates: Iterable[tuple[int, int, str, re.Match[str]]],
) -> list[tuple[int, int, str, re.Match[str]]]:
    """Non-overlapping matches: earliest first, then longest, then the rule listed first."""
    order = {rule.name: i for i, rule in enumerate(RULES)}
    chosen: list[tuple[int, int, str, re.Match[str]]] = []
    taken_until = -1
    for cand in sorted(candidates, key=lambda c: (c[0], -(c[1] - c[0]), order[c[2]])):
        if cand[0] >= taken_until:
            chosen.append(cand)
            taken_until = cand[1]
    return chosen


def _is_day_one(tokens: Span) -> bool:
    """ "day one motions": "one" before a plural counts nothing, so "day one" is a name.

    "That day one person died" and "that day two people died" keep their "that day".
    """
    doc, end = tokens.doc, tokens.end
    return end + 1 < len(doc) and doc[end].lower_ == "one" and doc[end + 1].tag_ in {"NNS", "NNPS"}


def _accept(rule: str, match: re.Match[str], text: str, tokens: Span) -> bool:
    """Reject look-alikes that the patterns cannot tell apart: numbers that are not years, verbs."""
    if rule in {"year", "year_range"}:
        before, after = text[: match.start()], text[match.end() :]
        if _NOT_AFTER_YEAR.match(after) or _NOT_BEFORE_YEAR.search(before):
            return False
        if any(t.ent_type_ in {"MONEY", "QUANTITY", "PERCENT"} for t in tokens):
            return False
        # "2000 kilograms", "1500 troops": a number counting a plural noun is not a year ("its 2012 results" is).
        if rule == "year" and tokens.root.dep_ == "nummod" and tokens.root.head.tag_ == "NNS":
            return bool(_OWNER_BEFORE.search(before))
    if rule == "weekday" and not match.group("shift"):
        # "Girl Friday", "Man Friday": a capitalised word joined to the weekday makes it part of a name.
        first = tokens[0]
        if any(
            (c.dep_ == "compound" and c.i < first.i and c.is_title and c.i > first.sent.start)
            or (c.dep_ == "compound" and c.i < first.i and c.pos_ == "PROPN")
            for c in first.children
        ):
            return False
    if (
        rule == "relative_day"
        and re.search(r"\bof\s+$", text[: match.start()])
        and match.group("rel").lower() in {"today", "tomorrow", "yesterday"}
    ):
        return False  # "the cars of tomorrow": figurative
    if rule == "relative_day" and _TIMELESS_TODAY.match(text, match.end()):
        return False
    if rule in {"relative_day", "relative_unit"} and _in_a_title(match, tokens):
        return False  # "USA Today", ABC's "This Week": a newspaper's or a programme's name
    if rule == "anaphor" and match.group(0).lower().endswith("day") and _is_day_one(tokens):
        return False  # "that day one motions had been filed": "day one", a stage, not the day in focus
    if rule == "now":
        return tokens.root.pos_ == "ADV"
    if rule == "duration":
        return _a_length(match, text, tokens)
    if rule == "day_of_month":
        return bool(_DAY_OF_MONTH_INTRO.search(text, 0, match.start())) and not _before_a_noun(tokens)

    if rule == "reference" and match.group("ref").lower() == "the future":
        return not _OF_AFTER.match(text, match.end())  # "the future of Egypt": a fate, not a time
    if rule == "season" and not match.group("year"):
        if match.group("season").lower() == "fall" and _OF_AFTER.match(text, match.end()):
            return False  # "the fall of Saigon": a collapse
        if not (match.group("the") or match.group("shift")):
            # A bare season is dated after a preposition ("since spring"), not before a noun ("in summer months")
            # nor elsewhere ("spring weather").
            return bool(_SEASON_INTRO.search(text, 0, match.start())) and not _before_a_noun(tokens)
    if rule == "set" and match.group("adv"):
        # "the Communist Party daily Granma", "the daily said": the newspaper, not a frequency.
        following = _following(tokens)
        names_a_paper = following is not None and following.pos_ == "PROPN"
        return not names_a_paper and tokens.root.dep_ not in {"nsubj", "dobj", "pobj"}
    if rule in {"month_day", "day_month", "month_year"} and match.group("mon") == "May":
        return tokens[0].pos_ != "AUX" and tokens[0].tag_ != "MD"
    if rule == "month" and match.group("mon") in {"May", "March"} and not match.group("shift"):
        # "May" and "March" are also verbs and names: take them only after a word that introduces a date.
        before = text[: match.start()]
        return bool(_MONTH_INTRO.search(before) or _MONTH_BEFORE.search(before))
    if rule == "month_day" and match.group("mon") == "March":
        return tokens[0].pos_ != "VERB"
    return True


def _in_a_title(match: re.Match[str], tokens: Span) -> bool:
    """A capitalised "Today" or "This Week" inside a sentence, or joined to a name before it."""
    words = match.group(0).split()
    if not all(w[0].isupper() for w in words):
        return False
    first = tokens[0]
    if first.i > first.sent.start:
        previous = first.doc[first.i - 1]
        if len(words) > 1 or previous.pos_ == "PROPN":
            return True
        if previous.text in _QUOTES:  # the quoted title "Today", not a quotation opening with "Today, we..."
            following = _following(tokens)
            return following is not None and following.text in _QUOTES
    return False


_QUOTES = frozenset({'"', "“", "”", "``", "''"})


def _following(tokens: Span) -> Token | None:
    """The token just after the expression, if any."""
    return tokens.doc[tokens.end] if tokens.end < len(tokens.doc) else None


def _before_a_noun(tokens: Span) -> bool:
    """Whether the word after the expression is a noun it modifies ("summer months", "the 15th floor")."""
    following = _following(tokens)
    return following is not None and following.pos_ in {"NOUN", "PROPN"}


_A_WORD_AFTER = re.compile(r" [A-Za-z]")
_FRACTION_OF = re.compile(r" of (?:the|a|an|its|their|his|her|our|all|those|these|\d)\b", re.I)


def _a_length(match: re.Match[str], text: str, tokens: Span) -> bool:
    """Whether a count and a unit is a length of time.

    Not "a decades-long" (one unit, plural noun), "three-quarters of its food" (a fraction), nor "$2 million a
    year" or "four flights a week" (a rate: the unit hangs off a quantity, not off a verb).
    """
    unit, number = match.group("unit").lower(), match.group("num").lower()
    if (
        unit == "second"
        and number in {"a", "one"}
        and not match.group("ago")
        and _A_WORD_AFTER.match(text, match.end())
    ):
        return False  # "a second straight week", "a second group": an ordinal, not a length
    if number in {"a", "an"}:
        if unit.endswith("s") and unit != "centuries":
            return False
        root = tokens.root
        if not match.group("ago") and root.dep_ == "npadvmod" and root.head.pos_ in {"NUM", "NOUN", "SYM"}:
            return False
    if unit != "quarters" or number in _VAGUE_NUMBERS:
        return True
    hyphenated = text[match.start("unit") - 1] == "-"
    return not hyphenated and not _FRACTION_OF.match(text, match.end())


# ---------------------------------------------------------------------------------------------------------------
# Tense of the verb an expression attaches to.
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "’ll"})
_MODAL_AUX = frozenset({"would", "could", "may", "might", "should", "must", "can"})
_FUTURE_HEADS = frozenset(
    {
        "expect",
        "plan",
        "schedule",
        "set",
        "due",
        "intend",
        "hope",
        "aim",
        "prepare",
        "going",
        "go",
        "slate",
        "poise",
        "want",
        "seek",
        "vow",
        "pledge",
        "promise",
        "threaten",
        "propose",
    }
)


_DEADLINE_PREPOSITIONS = frozenset({"to", "until", "till", "through", "by"})


def expression_tense(tokens: Span, verb: Token | None) -> Tense:
    """The direction an expression points in: from its own preposition or role, else from its verb."""
    root = tokens.root
    if root.head.lower_ == "since" and root.dep_ == "pobj":
        return Tense.PAST
    if is_after_until(tokens) and verb is not None:
        tense = verb_tense(verb)
        if tense is not Tense.PAST:
            return Tense.FUTURE  # "deliveries are not due until October", "the offer runs until May"
        if any(c.dep_ == "neg" for c in verb.children):
            return Tense.PAST  # "the talks did not end until Friday" (but "postponed the vote until Friday")
    if root.dep_ in {"compound", "nmod", "amod", "poss"} and root.head.pos_ == "NOUN":
        return Tense.PRESENT  # "the Jan. 14 deadline": a noun's modifier has no tense; take the nearest date
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        preposition = root.head
        if preposition.lower_ in _DEADLINE_PREPOSITIONS and preposition.head.pos_ in {"VERB", "AUX"}:
            return Tense.PRESENT  # "extended the offer to Nov. 20": the past verb says nothing of the deadline
        if preposition.head.pos_ == "NOUN" and preposition.head.dep_ not in {"npadvmod"}:
            return Tense.PRESENT  # "the redemption on Dec. 7": the noun has no tense either
    return verb_tense(verb) if verb is not None else Tense.PAST


def is_after_until(tokens: Span) -> bool:
    """ "until October", read from the words (the parser often hangs "until" elsewhere)."""
    return tokens.start > 0 and tokens.doc[tokens.start - 1].lower_ in {"until", "till"}


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above `token` in the dependency tree (the verb a date expression modifies)."""
    seen = 0
    while seen < 50:
        # "Following Monday's announcement": a participle used as a preposition is not the clause's verb.
        if token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"aux", "auxpass", "prep"}:
            return token
        if token.head.i == token.i:
            return None
        token = token.head
        seen += 1
    return None


def verb_tense(verb: Token) -> Tense:
    """PAST, PRESENT or FUTURE, from the verb's auxiliaries, its tag and the verb that governs it."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    words = {c.lower_ for c in auxes}
    if words & _FUTURE_AUX or (words & {"is", "are", "am", "'s", "’s"} and _going_to(verb)):
        return Tense.FUTURE
    if words & _MODAL_AUX:
        return Tense.PRESENT  # "could be located Wednesday" is often past: take the nearest date
    if words & {"has", "have", "had"} and words & {"been"}:
        return Tense.PAST  # "have been searching since ..."
    if verb.tag_ == "VBN" and verb.lemma_ in _FUTURE_HEADS and verb.dep_ in {"acl", "amod", "relcl"}:
        return Tense.FUTURE  # "a summit set for April", "a vote scheduled for Monday"
    if verb.tag_ == "VB" and words & {"to"} and verb.head.i != verb.i and verb.head.lemma_ not in _FUTURE_HEADS:
        return Tense.PRESENT  # "subpoenaed him to testify on Feb. 10": after the head verb, so take the nearest
    if verb.tag_ == "VBD" or words & {"was", "were", "had", "did"}:
        return Tense.PAST
    if words & {"has", "have", "'ve", "’ve"} and verb.tag_ == "VBN":
        return Tense.PAST
    if verb.dep_ in {"xcomp", "ccomp", "advcl"} and verb.tag_ in {"VB", "VBG"} and verb.head.i != verb.i:
        head = verb.head
        if head.lemma_ in _FUTURE_HEADS or verb_tense(head) is Tense.FUTURE:
            return Tense.FUTURE
        return verb_tense(head)
    if verb.tag_ in {"VBZ", "VBP", "VBG"}:
        return Tense.PRESENT
    if verb.tag_ == "VBN" and verb.dep_ in {"acl", "relcl"}:
        return Tense.PAST
    return Tense.PAST


def _going_to(verb: Token) -> bool:
    return verb.lower_ == "going" and any(c.dep_ == "xcomp" for c in verb.children)


# ---------------------------------------------------------------------------------------------------------------
# Resolution: one function per rule, (match, anchor, tense, focus) -> (type, values) or None.
Resolved = tuple[str, tuple[TimeValue, ...]] | None
_Resolver = Callable[[re.Match[str], date | None, Tense, list[TimeValue]], Resolved]


def _month_number(name: str) -> int:
    name = name.rstrip(".").lower()
    return next(i for i, m in enumerate(MONTHS, start=1) if m.startswith(name[:3]))


def _day_number(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _safe_day(year: int, month: int, day: int) -> TimeValue | None:
    try:
        return TimeValue.of_day(date(year, month, day))
    except ValueError:
        return None


def _year_number(text: str) -> int:
    """ "1996" or "nineteen ninety-six" or "two thousand and one" as a number."""
    if text.isdigit():
        return int(text)
    words = re.split(r"[- ]+", text.lower())
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        return 2000 + (_NUMBER_WORDS[rest[0]] if rest else 0)
    return 1900 + sum(_NUMBER_WORDS[w] for w in words[1:])


def _date(value: TimeValue | None) -> Resolved:
    return ("DATE", (value,)) if value is not None else None


def _iso(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    year, month, day = (int(x) for x in m.group(0).split("-"))
    return _date(_safe_day(year, month, day))


def _full_date(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    return _date(_safe_day(_year_number(m.group("year")), _month_number(m.group("mon")), _day_number(m.group("day"))))


def _month_day(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    month, day = _month_number(m.group("mon")), _day_number(m.group("day"))
    if anchor is None:
        return ("DATE", (TimeValue(value=f"XXXX-{month:02d}-{day:02d}", granularity=Granularity.DAY),))
    value = resolve_month_day(month, day, anchor, tense)
    if tense is Tense.PAST and value is not None and value.start is not None and (anchor - value.start).days > 300:
        # "declared a dividend payable Dec. 7", written Oct. 27: the past tense is the declaring verb's. News
        # gives the year of a date more than ten months back, so a bare month and day is the nearest one.
        value = resolve_month_day(month, day, anchor, Tense.PRESENT)
    return _date(value)


def _month_year(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    return _date(tv.of_month(_year_number(m.group("year")), _month_number(m.group("mon"))))


def _month(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    month = _month_number(m.group("mon"))
    if anchor is None:
        return ("DATE", (TimeValue(value=f"XXXX-{month:02d}", granularity=Granularity.MONTH),))
    shift = (m.group("shift") or "").lower()
    if shift == "last":
        value = resolve_month_offset(-((anchor.month - month) % 12 or 12), anchor)
    elif shift == "next":
        value = resolve_month_offset((month - anchor.month) % 12 or 12, anchor)
    elif shift == "this":
        value = tv.of_month(anchor.year, month)
    else:
        value = resolve_month(month, anchor, tense)
    return _date(value)


def _part_year(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    return _date(tv.of_year(_year_number(m.group("year"))))


def _decade(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    if m.group("dec_word"):
        return _date(tv.of_decade(_DECADE_WORDS[m.group("dec_word").lower()]))
    return _date(tv.of_decade(int(m.group("dec"))))


def _season(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    code = _SEASON_CODES[m.group("season").lower()]
    if m.group("year"):
        return _date(tv.of_season(_year_number(m.group("year")), code))
    shift_word = (m.group("shift") or "").lower()
    shift = {"last": -1, "next": 1}.get(shift_word, 0)
    if anchor is None:
        return None
    return _date(resolve_season(code, anchor, Tense.PAST if shift_word == "this past" else tense, shift=shift))


def _century(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    """ "the 20th century" (19), "twenty-first century" (20), "this century", "last century".

    "The past century" is a length (P100Y), as "the past year" is.
    """
    if m.group("ord"):
        word = m.group("ord").lower().replace(" ", "-")
        number = int(word[:-2]) if word[0].isdigit() else _ORDINALS[word]
        return _date(tv.of_century(number)) if 1 <= number <= 21 else None
    shift = m.group("shift").lower()
    if shift.startswith("the ") and shift != "the current":
        return ("DURATION", (tv.duration(100, "Y"),))
    if anchor is None:
        return None
    step = {"last": -1, "next": 1}.get(shift, 0)
    return _date(tv.of_century(anchor.year // 100 + 1 + step))


def _half(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    """ "the first half of 2013" (2013-H1), "the second half of last year", "the latter half of the year"."""
    half = 1 if m.group("which").lower() in {"first", "1st"} else 2
    if m.group("year"):
        return _date(tv.of_half(_year_number(m.group("year")), half))
    if anchor is None:
        return None
    step = {"last": -1, "next": 1}.get(m.group("rel").lower(), 0)
    return _date(tv.of_half(anchor.year + step, half))


def _quarter(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    quarter = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
    number = quarter[m.group("ord").lower()]
    stated = m.group("year") or m.group("year0")
    relative = (m.group("rel") or "").lower().replace("’", "'")
    if stated:
        year: int | None = _year_number(stated)
    elif anchor is not None and relative in _QUARTER_OF_YEAR:
        year = anchor.year + _QUARTER_OF_YEAR[relative]
    elif anchor is not None:  # "the fourth quarter": the latest such quarter up to publication
        year = anchor.year - (1 if number > (anchor.month - 1) // 3 + 1 else 0) - (1 if relative else 0)
    else:
        year = None
    if year is None:
        return None
    return _date(tv.of_quarter(year, number))


def _year_range(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    first, second = _year_number(m.group("y1")), _year_number(m.group("y2"))
    if second <= first:
        return None
    return ("DATE", (tv.of_year(first), tv.of_year(second)))


def _year(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    year = _year_number(m.group("year"))
    if anchor is not None and year > anchor.year + 30:
        return None
    return _date(tv.of_year(year))


def _weekday(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    if anchor is None:
        return None
    shift = (m.group("shift") or "").lower()
    if shift in {"last", "past"}:
        value = resolve_weekday_shifted(m.group("wd"), anchor, -1)
    elif shift in {"next", "coming"}:
        value = resolve_weekday_shifted(m.group("wd"), anchor, 1)
    else:
        value = resolve_weekday(m.group("wd"), anchor, tense)
    if part := m.group("part"):
        code = _PARTS_OF_DAY[part.lower()]
        return (
            "TIME",
            (
                TimeValue(
                    value=f"{value.value}T{code}",
                    granularity=Granularity.DAY,
                    start=value.start,
                    end=value.end,
                ),
            ),
        )
    return _date(value)


def _weekday_date(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    """ "Monday, Oct. 26": the year near publication in which that date falls on that weekday."""
    if m.group("year"):  # "Monday, March 11, 2013"
        return _full_date(m, anchor, tense, focus)
    month, day = _month_number(m.group("mon")), _day_number(m.group("day"))
    weekday = m.group("wd").lower()
    if anchor is not None:
        for year in (anchor.year, anchor.year - 1, anchor.year + 1):
            value = _safe_day(year, month, day)
            if value is not None and value.start is not None and WEEKDAYS[value.start.weekday()] == weekday:
                return _date(value)
    return _month_day(m, anchor, tense, focus)


def _relative_day(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    if anchor is None:
        return None
    word = m.group("rel").lower()
    offsets = {
        "the day before yesterday": -2,
        "yesterday": -1,
        "today": 0,
        "tonight": 0,
        "last night": -1,
        "tomorrow": 1,
        "the day after tomorrow": 2,
    }
    if word in {"tonight", "last night"}:
        return _part_of_day(anchor + timedelta(days=offsets[word]), "night")
    return _date(resolve_day_offset(offsets[word], anchor))


def _unit_offset(unit: str, offset: int, anchor: date) -> TimeValue:
    if unit.startswith("week"):
        return resolve_week_offset(offset, anchor)
    if unit == "month":
        return resolve_month_offset(offset, anchor)
    if unit == "decade":
        return tv.of_decade((anchor.year // 10 + offset) * 10)
    return resolve_year_offset(offset, anchor)


def _earlier_this(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    if anchor is None:
        return None
    offset = {"this": 0, "that": 0, "last": -1, "next": 1}[m.group("which").lower()]
    return _date(_unit_offset(m.group("unit").lower(), offset, anchor))


def _relative_unit(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    shift, unit = m.group("shift").lower(), m.group("unit").lower()
    if m.group("the") and shift in {"past", "last", "coming", "next", "previous"} and unit != "weekend":
        code = "W" if unit == "week" else "M" if unit == "month" else "Y"
        return ("DURATION", (tv.duration(10 if unit == "decade" else 1, code),))
    if anchor is None:
        return None
    offset = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[shift]
    if unit == "weekend":
        saturday = anchor + timedelta(days=(5 - anchor.weekday()) + 7 * offset)
        return (
            "DATE",
            (
                TimeValue(
                    value=f"{tv.of_week_containing(saturday).value}-WE",
                    granularity=Granularity.WEEK,
                    start=saturday,
                    end=saturday + timedelta(days=1),
                ),
            ),
        )
    return _date(_unit_offset(unit, offset, anchor))


def _duration(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    word = m.group("num").lower()
    amount: int | None
    amount = int(word) if word.isdigit() else _NUMBER_WORDS.get(word)
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
            return _date(tv.reference("FUTURE_REF" if m.group("ago").lower() == "later" else "PAST_REF"))
        if m.group("ago").lower() != "ago":  # "three days later", "two years before the spill": a length
            return ("DURATION", (tv.duration(amount, code),))
        if anchor is None:
            return None
        return _date(resolve_ago(amount, code, anchor))
    return ("DURATION", (tv.duration(amount, code),))


def _long_adjective(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    """ "a year-long inquiry" (P1Y), "a decades-long battle" (some decades: PXY)."""
    unit = m.group("unit").lower()
    amount = None if m.group("plural") else _UNIT_FACTORS.get(unit, 1)
    return ("DURATION", (tv.duration(amount, _UNIT_CODES[unit]),))


def _vague(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    """ "the past few weeks", "the coming months", "weeks ago", "hours later": some time before or after."""
    direction = (m.group("dir") or m.group("dir2")).lower()
    ref = "FUTURE_REF" if direction in {"coming", "next", "following", "later", "future"} else "PAST_REF"
    return _date(tv.reference(ref))


def _anaphor(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    """ "that day", "the next morning", "the following year": read off the date in focus.

    With no date in focus precise enough, still a time expression (TimeML tags it), of no known value.
    """
    resolved = _from_focus(m, focus[-1]) if focus else None
    if resolved is None:
        return ("TIME" if m.group("dpart") or m.group("tpart") or m.group("bpart") else "DATE", ())
    return resolved


def _from_focus(m: re.Match[str], last: TimeValue) -> Resolved:
    part, step = (m.group("dpart"), 1) if m.group("dpart") else (m.group("tpart"), 0)
    if m.group("bpart"):
        part, step = m.group("bpart"), -1
    if part:  # "the next morning", "that night", "the night before": a part of a day beside the one in focus
        if last.granularity is not Granularity.DAY or last.start is None:
            return None
        return _part_of_day(last.start + timedelta(days=step), part)
    word = m.group("ana").lower()
    if m.group("unit"):  # "the following year", "the preceding month": one unit after or before the focus
        return _next_unit(last, m.group("unit").lower(), -1 if word.startswith("the preceding") else 1)
    if word in {"the following day", "the next day", "the day before", "the previous day"}:
        if last.granularity is not Granularity.DAY or last.start is None:
            return None
        step = 1 if word in {"the following day", "the next day"} else -1
        return _date(TimeValue.of_day(last.start + timedelta(days=step)))
    if word.endswith("year") and last.start is not None:
        return _date(tv.of_year(last.start.year))
    if word.endswith("month") and last.start is not None and last.granularity is Granularity.DAY:
        return _date(tv.of_month(last.start.year, last.start.month))
    if word.endswith("quarter"):  # "that quarter": the quarter of a day, month or quarter in focus
        if last.start is None or last.granularity not in _WITHIN_A_QUARTER:
            return None
        return _date(tv.of_quarter(last.start.year, (last.start.month - 1) // 3 + 1))
    return _date(last)


_WITHIN_A_QUARTER = frozenset({Granularity.DAY, Granularity.WEEK, Granularity.MONTH, Granularity.QUARTER})


def _next_unit(last: TimeValue, unit: str, step: int) -> Resolved:
    if last.start is None:
        return None
    if unit == "year":
        return _date(tv.of_year(last.start.year + step))
    if unit == "month" and last.granularity in {Granularity.DAY, Granularity.WEEK, Granularity.MONTH}:
        month = last.start.year * 12 + last.start.month - 1 + step
        return _date(tv.of_month(month // 12, month % 12 + 1))
    if unit == "week" and last.granularity in {Granularity.DAY, Granularity.WEEK}:
        return _date(tv.of_week_containing(last.start + timedelta(weeks=step)))
    return None


def _set(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    if m.group("part"):  # "every morning": XXXX-XX-XXTMO; "every weekend": XXXX-WXX-WE
        part = m.group("part").lower()
        value = "XXXX-WXX-WE" if part == "weekend" else f"XXXX-XX-XXT{_PARTS_OF_DAY[part]}"
        return ("SET", (TimeValue(value=value, granularity=Granularity.DURATION),))
    word = (m.group("unit") or m.group("adv")).lower()
    code = {
        "day": "D",
        "daily": "D",
        "week": "W",
        "weekly": "W",
        "month": "M",
        "monthly": "M",
        "quarter": "Q",
        "year": "Y",
        "annually": "Y",
        "yearly": "Y",
    }.get(word, "W")
    return ("SET", (TimeValue(value=f"P1{code}", granularity=Granularity.DURATION),))


def _clock(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    """ "9 a.m. Tuesday", "noon Thursday", "10:30 p.m.": a time on a day (publication day when none is named)."""
    if anchor is None:
        return None
    if m.group("word"):
        hour, minute = (24, 0) if m.group("word").lower() == "midnight" else (12, 0)
    else:
        hour, minute = int(m.group("h")) % 12, int(m.group("min") or 0)
        if m.group("ampm").lower().startswith("p"):
            hour += 12
    day = TimeValue.of_day(anchor)
    named = (m.group("day") or "").lower()
    if named in {"yesterday", "tomorrow"}:
        day = resolve_day_offset(-1 if named == "yesterday" else 1, anchor)
    elif named and named not in {"today", "tonight"}:
        day = resolve_weekday(named, anchor, tense)
    return (
        "TIME",
        (
            TimeValue(
                value=f"{day.value}T{hour:02d}:{minute:02d}", granularity=Granularity.DAY, start=day.start, end=day.end
            ),
        ),
    )


def _last_completed_quarter(anchor: date) -> tuple[int, int]:
    quarter = (anchor.month - 1) // 3 + 1
    return (anchor.year, quarter - 1) if quarter > 1 else (anchor.year - 1, 4)


def _quarter_adjective(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    """ "third-quarter profit": that quarter of the year in focus, else the latest such quarter."""
    if anchor is None:
        return None
    number = {"first": 1, "second": 2, "third": 3, "fourth": 4}[m.group("ord").lower()]
    current = (anchor.month - 1) // 3 + 1
    return _date(tv.of_quarter(anchor.year - (1 if number > current else 0), number))


def _the_quarter(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    """ "the quarter", "the latest quarter": the quarter in focus, else the last completed one."""
    if anchor is None:
        return None
    det = (m.group("det") or m.group("latest")).lower()
    current = (anchor.year, (anchor.month - 1) // 3 + 1)
    if det in {"the current", "this"}:
        return _date(tv.of_quarter(*current))
    if det == "next":
        year, number = current
        return _date(tv.of_quarter(year + number // 4, number % 4 + 1))
    if det == "the" and focus and focus[-1].granularity is Granularity.QUARTER:
        return _date(focus[-1])
    return _date(tv.of_quarter(*_last_completed_quarter(anchor)))


def _year_shift(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    """ "a year earlier" / "year-earlier": the date in focus moved a year (quarters keep their quarter)."""
    direction = (m.group("dir") or m.group("adj") or "").lower()
    step = 1 if direction == "later" else -1
    quarter_in_focus = bool(focus) and focus[-1].granularity is Granularity.QUARTER
    if (direction == "ago" and not quarter_in_focus) or not focus or focus[-1].start is None:
        if anchor is None:
            return None
        return _date(resolve_year_offset(step, anchor))
    last = focus[-1]
    assert last.start is not None  # noqa: S101 - checked above
    year = last.start.year + step
    if last.granularity is Granularity.QUARTER:
        return _date(tv.of_quarter(year, (last.start.month - 1) // 3 + 1))
    if last.granularity is Granularity.MONTH:
        return _date(tv.of_month(year, last.start.month))
    return _date(tv.of_year(year))


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


def _reference(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    return _date(tv.reference(_REFERENCE_WORDS[m.group("ref").lower()]))


def _bare_units(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    unit = (m.group("unit") or m.group("unit_of") or m.group("unit_the") or m.group("unit_ahead")).lower()
    if unit in {"hours", "minutes"}:
        return ("DURATION", (tv.duration(None, unit[0].upper() if unit == "hours" else "MIN"),))
    code = {"days": "D", "weeks": "W", "months": "M", "years": "Y", "decades": "DE"}[unit]
    return ("DURATION", (TimeValue(value=f"PX{code}", granularity=Granularity.DURATION),))


def _the_weekend(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    """ "over the weekend": the last weekend before the anchor (the next one in a future clause)."""
    if anchor is None:
        return None
    saturday = anchor - timedelta(days=(anchor.weekday() - 5) % 7)  # the last Saturday on or before the anchor
    if tense is Tense.FUTURE and anchor.weekday() < 5:
        saturday += timedelta(days=7)
    week = tv.of_week_containing(saturday).value
    value = TimeValue(
        value=f"{week}-WE", granularity=Granularity.WEEK, start=saturday, end=saturday + timedelta(days=1)
    )
    return ("DATE", (value,))


def _the_week(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    """ "For the week, the index fell": a market wrap-up's week, the one the article was published in."""
    return None if anchor is None else _date(tv.of_week_containing(anchor))


def _the_year(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    """ "for the year ended Sept. 30": a year's length (a fiscal year ends on the date that follows)."""
    return ("DURATION", (tv.duration(1, "Y"),))


def _holiday(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    """ "Christmas", "last Thanksgiving", "Easter": the holiday's date in the year the tense (or shift) points to."""
    if anchor is None:
        return None
    name = m.group("name").lower().replace("’", "'")
    shift = (m.group("shift") or "").lower()
    years = {"last": [anchor.year - 1, anchor.year], "next": [anchor.year, anchor.year + 1]}.get(
        shift, [anchor.year - 1, anchor.year, anchor.year + 1]
    )
    days = [holiday_date(name, year) for year in years]
    if shift == "last" or (not shift and tense is Tense.PAST):
        chosen = max((d for d in days if d < anchor or (d == anchor and not shift)), default=days[0])
    elif shift == "next" or (not shift and tense is Tense.FUTURE):
        chosen = min((d for d in days if d > anchor or (d == anchor and not shift)), default=days[-1])
    else:
        chosen = min(days, key=lambda d: (abs((d - anchor).days), d))
    return _date(TimeValue.of_day(chosen))


def _fiscal(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    """ "fiscal 1989" is that year; "the fiscal year", "the full year", "the current year" are the anchor's."""
    if m.group("year"):
        return _date(tv.of_year(_year_number(m.group("year"))))
    if anchor is None:
        return None
    which = (m.group("which") or "").lower()
    return _date(tv.of_year(anchor.year - (1 if which in {"previous", "past"} else 0)))


def _period_end(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    """ "the end (start, middle) of the year": the anchor's year (month, quarter, week); TimeML adds a modifier."""
    if anchor is None:
        return None
    if m.group("unit") is None:  # "by year-end"; "since year-end" is the last one
        return _date(resolve_year_offset(-1 if m.group("since") is not None else 0, anchor))
    unit = m.group("unit").lower()
    if unit == "quarter":
        return _date(tv.of_quarter(anchor.year, (anchor.month - 1) // 3 + 1))
    return _date(_unit_offset(unit, 0, anchor))


def _near_future(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    return _date(tv.reference("FUTURE_REF"))


def _this_part(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    """ "this morning", "later this afternoon", "mid-morning yesterday": the publication day (or the day named).

    "In the morning", "later in the day": the day in focus when there is one, else the publication day;
    "earlier in the week/month/year": the one containing the date in focus if that date is at least as precise,
    else the one containing the publication day.
    """
    if anchor is None:
        return None
    day = anchor + timedelta(days={"yesterday": -1, "tomorrow": 1}.get((m.group("rel") or "").lower(), 0))
    if (
        not (m.group("this") or m.group("rel"))
        and focus
        and focus[-1].granularity is Granularity.DAY
        and focus[-1].start is not None
    ):
        day = focus[-1].start
    part = m.group("part") or m.group("part2") or m.group("mid")
    if part is not None:
        return _part_of_day(day, part)
    unit = m.group("in_unit").lower()
    if unit == "day":
        return _date(TimeValue.of_day(day))
    base = anchor
    last = focus[-1] if focus else None
    if last is not None and last.start is not None and last.granularity in _AT_LEAST_AS_PRECISE[unit]:
        base = last.start
    return _date(_unit_offset(unit, 0, base))


_AT_LEAST_AS_PRECISE = {
    "week": {Granularity.DAY, Granularity.WEEK},
    "month": {Granularity.DAY, Granularity.WEEK, Granularity.MONTH},
    "year": {
        Granularity.DAY,
        Granularity.WEEK,
        Granularity.MONTH,
        Granularity.QUARTER,
        Granularity.HALF,
        Granularity.SEASON,
        Granularity.YEAR,
    },
}


def _day_of_month(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    if anchor is None:
        return None
    value = resolve_day_of_month(int(m.group("day")), anchor, tense)
    return _date(value) if value is not None else None


def _part_of_day(day: date, part: str) -> Resolved:
    """ "morning" on 2023-09-12: the TIME 2023-09-12TMO, spanning that day."""
    code = _PARTS_OF_DAY[part.lower()]
    return ("TIME", (TimeValue(value=f"{day.isoformat()}T{code}", granularity=Granularity.DAY, start=day, end=day),))


def _nth_day(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    """ "today is the second day of talks": the publication day in a present clause.

    Elsewhere the day is unknown: "on the second day of the campaign" counts from a start not given.
    """
    if anchor is not None and tense is Tense.PRESENT:
        return _date(TimeValue.of_day(anchor))
    return _date(TimeValue(value="XXXX-XX-XX", granularity=Granularity.DAY))


def _now(m: re.Match[str], anchor: date | None, tense: Tense, focus: list[TimeValue]) -> Resolved:
    return _date(tv.reference("PRESENT_REF"))


_RESOLVERS: dict[str, _Resolver] = {
    "iso": _iso,
    "month_day_year": _full_date,
    "day_month_year": _full_date,
    "weekday_date": _weekday_date,
    "month_day": _month_day,
    "day_month": _month_day,
    "month_year": _month_year,
    "month": _month,
    "part_year": _part_year,
    "decade": _decade,
    "season": _season,
    "century": _century,
    "quarter": _quarter,
    "year_range": _year_range,
    "year": _year,
    "year_period": _year,
    "weekday": _weekday,
    "relative_day": _relative_day,
    "earlier_this": _earlier_this,
    "relative_unit": _relative_unit,
    "duration": _duration,
    "vague": _vague,
    "anaphor": _anaphor,
    "set": _set,
    "now": _now,
    "nth_day": _nth_day,
    "clock": _clock,
    "quarter_adjective": _quarter_adjective,
    "half": _half,
    "long_adjective": _long_adjective,
    "the_quarter": _the_quarter,
    "year_shift": _year_shift,
    "reference": _reference,
    "bare_units": _bare_units,
    "the_weekend": _the_weekend,
    "the_week": _the_week,
    "the_year": _the_year,
    "holiday": _holiday,
    "fiscal": _fiscal,
    "period_end": _period_end,
    "near_future": _near_future,
    "this_part": _this_part,
    "day_of_month": _day_of_month,
}
assert set(_RESOLVERS) == {r.name for r in RULES} == set(TRIGGERS)  # noqa: S101 - every rule is complete
