"""The record that defines one temporal rule, and the `@rule` decorator that makes one from its resolver.

A rule is everything about one kind of expression in one place: its pattern, the words without which it cannot
match (a cheap pre-test), the checks that reject look-alikes, and the resolver that turns a match into TIMEX3
values. The family modules under `temporal/rules/` declare the rules; `temporal/tagger.py` runs them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, TypeAlias

from generator.model import TimeValue
from generator.temporal.resolve import Tense, TimexType

if TYPE_CHECKING:
    from spacy.tokens import Span


@dataclass(frozen=True, slots=True, kw_only=True)
class Context:
    """What a resolver reads besides its match."""

    anchor: date | None
    """The publication date (None when unknown: relative expressions then stay unresolved)."""
    tense: Tense
    """The direction the expression points in (see `temporal.tense`)."""
    focus: TimeValue | None
    """The date the text last named, which "that day" or "a year earlier" are read from."""
    scene: TimeValue | None = None
    """The date the narrative last named: like `focus`, but never a date that only tells a thing apart ("Trump's
    July 25 call"). "Later in the day" and "in the morning" are read from it."""


@dataclass(frozen=True, slots=True)
class Resolved:
    """What a resolver makes of a match: its TIMEX3 type and values."""

    type: TimexType
    values: tuple[TimeValue, ...]
    """Usually one; two for a range ("2018 and 2019"); none for an expression of no known value."""
    end: int | None = None
    """Where the expression ends in the sentence when it is shorter than the match ("three days" of "three days
    later": "later" relates the length to another event)."""


Resolver: TypeAlias = Callable[[re.Match[str], Context], Resolved | None]
"""A rule's resolver: its match and the context to a `Resolved`, or None when it has no value after all."""
Reject: TypeAlias = Callable[[re.Match[str], "Span"], bool]
"""A check that a match is a look-alike ("May" the verb, "2000 troops"): True rejects it. It reads the sentence
text as `match.string` and the parse as the tokens the match covers."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Rule:
    """One kind of temporal expression, from finding it to its value."""

    name: str
    """Unique; the resolver's function name."""
    family: str
    """The module under `temporal/rules/` that declares it."""
    priority: int
    """Unique; where two rules match the same text from the same offset, the lower number wins (a longer match
    wins over any priority)."""
    pattern: re.Pattern[str]
    triggers: tuple[str, ...]
    """Lower-case substrings without which the pattern cannot match: a cheap test that skips most patterns."""
    rejects: tuple[Reject, ...]
    """Checks run on each match; any one of them returning True drops it."""
    resolve: Resolver
    parts: tuple[str, ...] = ()
    """Named groups that are the ends of a range ("2018 and 2019"), scored as separate expressions."""
    anaphoric: bool = False
    """Its value is read off the date in focus ("that day"), so it does not move the focus itself."""

    def accepts(self, match: re.Match[str], tokens: Span) -> bool:
        """Whether no reject check objects to `match`."""
        return not any(reject(match, tokens) for reject in self.rejects)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A rule's match in a sentence, before the parse has been consulted."""

    rule: Rule
    match: re.Match[str]

    @property
    def order(self) -> tuple[int, int, int]:
        """Earliest first, then longest, then the rule of the lowest priority number."""
        return (self.match.start(), self.match.start() - self.match.end(), self.rule.priority)


def rule(
    *,
    priority: int,
    pattern: str,
    triggers: tuple[str, ...],
    rejects: tuple[Reject, ...] = (),
    parts: tuple[str, ...] = (),
    anaphoric: bool = False,
) -> Callable[[Resolver], Rule]:
    """Declare a rule whose resolver is the decorated function (named after it, in its module's family)."""

    def make(resolve: Resolver) -> Rule:
        return Rule(
            name=resolve.__name__,
            family=resolve.__module__.rpartition(".")[2],
            priority=priority,
            pattern=re.compile(pattern),
            triggers=triggers,
            rejects=rejects,
            resolve=resolve,
            parts=parts,
            anaphoric=anaphoric,
        )

    return make


def date_of(value: TimeValue | None) -> Resolved | None:
    """A DATE of one value, or None when there is no value."""
    return Resolved(TimexType.DATE, (value,)) if value is not None else None


def time_of(value: TimeValue) -> Resolved:
    """A TIME of one value."""
    return Resolved(TimexType.TIME, (value,))


def duration_of(value: TimeValue) -> Resolved:
    """A DURATION of one value."""
    return Resolved(TimexType.DURATION, (value,))
