"""Every temporal rule, collected from the family modules in this package and ordered by priority.

A family module declares its rules with `@rule(...)` (see `temporal.rule`); listing the module in `FAMILIES` is
all it takes to register them.
"""

from __future__ import annotations

from types import ModuleType

from generator.temporal.rule import Rule
from generator.temporal.rules import anaphora, dates, days, durations, references, relative, sets, year_parts, years

FAMILIES: tuple[ModuleType, ...] = (dates, years, year_parts, days, relative, durations, references, anaphora, sets)
"""The modules that declare rules, one per family of expressions."""


def collect(families: tuple[ModuleType, ...]) -> tuple[Rule, ...]:
    """The rules the family modules declare, by priority; ValueError when two share a name or a priority."""
    rules = [value for family in families for value in vars(family).values() if isinstance(value, Rule)]
    for key in ("name", "priority"):
        values = [getattr(found, key) for found in rules]
        repeated = sorted({str(value) for value in values if values.count(value) > 1})
        if repeated:
            raise ValueError(f"temporal rules share a {key}: {', '.join(repeated)}")
    return tuple(sorted(rules, key=lambda found: found.priority))


RULES = collect(FAMILIES)
"""Every rule, by priority: where matches overlap, the earliest, then the longest, then the lower priority number
wins."""
