"""Pattern pieces the rule families share, and how to read the words they match back as numbers.

Month and weekday names must be capitalised ("may" and "march" are verbs); function words are matched in any
case (`ci`) so that sentence-initial "Last Tuesday" works.
"""

from __future__ import annotations

import re
from datetime import date

from generator.model import TimeValue
from generator.temporal.resolve import MONTHS
from generator.temporal.values import of_time


def ci(words: str) -> str:
    """`words` (a regular expression) matched in any case.

    >>> ci("last|next")
    '(?i:last|next)'
    """
    return f"(?i:{words})"


MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.|Sept|Sep|Oct|Nov|Dec|Jan|Feb|Mar|Apr"
    r"|Jun|Jul|Aug)"
)
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_DIGIT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_SPOKEN_YEAR = (
    # Broadcast transcripts spell years out: "nineteen ninety-six", "the year two thousand".
    rf"(?i:nineteen[- ](?:{'|'.join(TENS_WORDS)})(?:[- ](?:{'|'.join(_DIGIT_WORDS)}))?"
    rf"|(?<=\bthe year )two thousand(?:(?: and)? (?:{'|'.join(_DIGIT_WORDS)}|ten|eleven|twelve))?)"
)
YEAR = rf"(?:1[6-9]\d\d|20\d\d|{_SPOKEN_YEAR})"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
NUMBER_WORDS = {
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
_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth"
    " fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second"
)
ORDINALS = {word: n for n, word in enumerate(_ORDINAL_WORDS.split(" "), start=1)}
"""Ordinal words by number: "first" 1, ..., "twenty-second" 22."""
ORDINAL_ALTERNATIVES = "|".join(sorted((w.replace("-", "[- ]") for w in ORDINALS), key=len, reverse=True))
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
"""TIMEX3 codes of the parts of a day."""


def part_of_day(day: date, word: str) -> TimeValue:
    """ "morning" on 2023-09-12: the time 2023-09-12TMO, spanning that day."""
    return of_time(TimeValue.of_day(day), PARTS_OF_DAY[word.lower()])


# Triggers: lower-case substrings without which a rule cannot match (see `Rule.triggers`).
DIGITS = ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")
MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
WEEKDAY_STEMS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
UNIT_STEMS = ("second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "centur")
YEAR_STARTS = (*DIGITS, "nineteen", "two thousand")


def month_number(name: str) -> int:
    """ "Sept." or "September" as 9.

    >>> month_number("Sept."), month_number("May")
    (9, 5)
    """
    name = name.rstrip(".").lower()
    return next(i for i, m in enumerate(MONTHS, start=1) if m.startswith(name[:3]))


def day_number(text: str) -> int:
    """ "21st" as 21."""
    return int(re.sub(r"\D", "", text))


def year_number(text: str) -> int:
    """ "1996" or "nineteen ninety-six" or "two thousand and one" as a number.

    >>> year_number("1996"), year_number("nineteen ninety-six"), year_number("two thousand and one")
    (1996, 1996, 2001)
    """
    if text.isdigit():
        return int(text)
    words = re.split(r"[- ]+", text.lower())
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        return 2000 + (NUMBER_WORDS[rest[0]] if rest else 0)
    return 1900 + sum(NUMBER_WORDS[w] for w in words[1:])


def safe_day(year: int, month: int, day: int) -> TimeValue | None:
    """That day, or None when the calendar has no such day (February 30)."""
    try:
        return TimeValue.of_day(date(year, month, day))
    except ValueError:
        return None


SHIFTS = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}
"""How many units a word moves from the current one: "last year" -1, "next week" +1."""
