"""Recurrences (TIMEX3 SET): "every week" (P1W), "daily" (P1D), "every morning" (XXXX-XX-XXTMO)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator.model import Granularity, TimeValue
from generator.temporal.guards import following
from generator.temporal.patterns import PARTS_OF_DAY, UNIT_STEMS, WEEKDAY, WEEKDAY_STEMS, ci
from generator.temporal.resolve import TimexType
from generator.temporal.rule import Context, Resolved, rule

if TYPE_CHECKING:
    from spacy.tokens import Span

_PERIOD_CODES = {
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
}
"""A recurrence's period by its word; a weekday ("every Monday") recurs weekly."""


def a_newspaper_daily(match: re.Match[str], tokens: Span) -> bool:
    """ "the Communist Party daily Granma", "the daily said": the newspaper, not a frequency."""
    if not match.group("adv"):
        return False
    after = following(tokens)
    names_a_paper = after is not None and after.pos_ == "PROPN"
    return names_a_paper or tokens.root.dep_ in {"nsubj", "dobj", "pobj"}


@rule(
    priority=410,
    pattern=(
        # "daily" is tagged far more often than not in TimeBank; "annually", "weekly" and the like are not.
        rf"\b(?:(?:{ci('each')}|{ci('every')}(?: (?P<other>{ci('other|second')}))?) "
        rf"(?P<unit>{ci('day|week|month|quarter|year')}|{WEEKDAY})(?! of)|(?P<adv>{ci('daily')})"
        rf"|{ci('every')} (?P<part>{ci('morning|afternoon|evening|night|weekend')}))\b"
    ),
    triggers=(
        *UNIT_STEMS,
        *WEEKDAY_STEMS,
        "quarter",
        "daily",
        "morning",
        "afternoon",
        "evening",
        "night",
        "weekend",
    ),
    rejects=(a_newspaper_daily,),
)
def frequency(m: re.Match[str], _at: Context) -> Resolved | None:
    """ "every week", "each quarter", "every Monday", "every other Sunday" (P2W), "daily", "every morning"."""
    if m.group("part"):  # "every morning": XXXX-XX-XXTMO; "every weekend": XXXX-WXX-WE
        part = m.group("part").lower()
        value = "XXXX-WXX-WE" if part == "weekend" else f"XXXX-XX-XXT{PARTS_OF_DAY[part]}"
        return Resolved(TimexType.SET, (TimeValue(value=value, granularity=Granularity.DURATION),))
    word = (m.group("unit") or m.group("adv")).lower()
    code = _PERIOD_CODES.get(word, "W")
    every = 2 if m.group("other") else 1
    return Resolved(TimexType.SET, (TimeValue(value=f"P{every}{code}", granularity=Granularity.DURATION),))
