"""A faster way for spaCy's attribute ruler to find where its rules apply; what it then sets is unchanged.

The English pipelines' `attribute_ruler` maps each fine-grained tag to its part of speech and morphology, plus
exceptions ("been" is AUX, "her" as PRP is Case=Acc). It holds ~180 one- or two-token rules and runs them through
spaCy's general `Matcher`, which tries every rule at every token: about a sixth of the whole pipeline's time.
Nearly all rules test a token's tag, lower-case form or dependency label for equality or membership, so they can
be looked up by those values instead of tried one by one. `speed_up(nlp)` replaces only the ruler's matching step
with such a lookup; spaCy's own `set_annotations` still applies the matches, in the same order, so every token
gets the same attributes (a test compares the two on real text). A ruler with any rule this lookup does not
understand is left as it is.
"""

from __future__ import annotations

import re
import types
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

_COLUMNS = ("TAG", "LOWER", "ORTH", "DEP", "IS_SPACE", "IS_PUNCT")
"""The token attributes a rule may test, read for the whole document at once with `Doc.to_array`."""
_INDEXED = ("LOWER", "TAG", "DEP", "IS_SPACE")
"""Attributes a rule's first token is looked up by, most selective first."""

Test = tuple[int, str, Any]
"""(column, operator, argument): "==" a value, "in"/"not in" a set of values, "re" a compiled pattern."""
Match = tuple[int, int, int, int]


class UnsupportedRuleError(ValueError):
    """A rule uses an operator or attribute this lookup does not handle."""


class RuleIndex:
    """The attribute ruler's rules, found by their first token's tag, lower-case form or dependency."""

    def __init__(self, patterns: Sequence[Mapping[str, Any]], strings: Any) -> None:
        self._strings = strings
        self._by: dict[str, dict[int, list[tuple[int, list[list[Test]]]]]] = {a: defaultdict(list) for a in _INDEXED}
        self._everywhere: list[tuple[int, list[list[Test]]]] = []
        for attr_id, pattern in enumerate(patterns):
            for sequence in pattern["patterns"]:
                if not sequence or any(not isinstance(spec, Mapping) or "OP" in spec for spec in sequence):
                    raise UnsupportedRuleError(repr(sequence))
                entry = (attr_id, [self._token_tests(spec) for spec in sequence])
                found = self._index_values(sequence[0])
                if found is None:
                    self._everywhere.append(entry)
                else:
                    attr, values = found
                    for value in values:
                        self._by[attr][value].append(entry)
        self._keys = [strings.add(str(i)) for i in range(len(patterns))]
        self._searched: dict[tuple[str, int, int], bool] = {}
        """Regular-expression results by (pattern, column, value): each word form is tested once per pattern."""

    def _id(self, attr: str, value: object) -> int:
        if attr.startswith("IS_"):
            if not isinstance(value, bool):
                raise UnsupportedRuleError(f"{attr}: {value!r}")
            return int(value)
        if not isinstance(value, str):
            raise UnsupportedRuleError(f"{attr}: {value!r}")
        return int(self._strings.add(value))

    def _token_tests(self, spec: Mapping[str, Any]) -> list[Test]:
        tests: list[Test] = []
        for attr, value in spec.items():
            if attr not in _COLUMNS:
                raise UnsupportedRuleError(attr)
            column = _COLUMNS.index(attr)
            if not isinstance(value, Mapping):
                tests.append((column, "==", self._id(attr, value)))
                continue
            if len(value) != 1:
                raise UnsupportedRuleError(f"{attr}: {value!r}")
            ((op, arg),) = value.items()
            if op in {"IN", "NOT_IN"} and isinstance(arg, list):
                tests.append((column, op.lower().replace("_", " "), frozenset(self._id(attr, v) for v in arg)))
            elif op == "REGEX" and isinstance(arg, str) and not attr.startswith("IS_"):
                tests.append((column, "re", re.compile(arg)))
            else:
                raise UnsupportedRuleError(f"{attr}: {value!r}")
        return tests

    def _index_values(self, spec: Mapping[str, Any]) -> tuple[str, tuple[int, ...]] | None:
        """(attribute, value ids) by which a token spec can be found, or None if it must be tried everywhere."""
        for attr in _INDEXED:
            value = spec.get(attr)
            if isinstance(value, (str, bool)):
                return attr, (self._id(attr, value),)
            if isinstance(value, Mapping) and set(value) == {"IN"}:
                return attr, tuple(self._id(attr, v) for v in value["IN"])
        return None

    def _passes(self, columns: list[list[int]], i: int, tests: list[Test]) -> bool:
        for column, op, arg in tests:
            value = columns[column][i]
            if op == "==":
                ok = value == arg
            elif op == "in":
                ok = value in arg
            elif op == "not in":
                ok = value not in arg
            else:
                key = (arg.pattern, column, value)
                if key not in self._searched:
                    self._searched[key] = arg.search(self._strings[value]) is not None
                ok = self._searched[key]
            if not ok:
                return False
        return True

    def match(self, doc: Doc) -> list[Match]:
        """What `AttributeRuler.match` returns: (rule number, key, start, end), sorted, so later rules win."""
        from spacy.attrs import IDS

        columns = doc.to_array([IDS[name] for name in _COLUMNS]).T.tolist() if len(doc) else [[] for _ in _COLUMNS]
        lookups = [(self._by[attr], columns[_COLUMNS.index(attr)]) for attr in _INDEXED]
        length = len(doc)
        found: set[tuple[int, int, int]] = set()
        for start in range(length):
            candidates = [entry for rules, column in lookups for entry in rules.get(column[start], ())]
            for attr_id, sequence in [*candidates, *self._everywhere]:
                if len(sequence) == 1:
                    if self._passes(columns, start, sequence[0]):
                        found.add((attr_id, start, start + 1))
                    continue
                end = start + len(sequence)
                if end <= length and all(self._passes(columns, start + k, tests) for k, tests in enumerate(sequence)):
                    found.add((attr_id, start, end))
        return [(attr_id, self._keys[attr_id], start, end) for attr_id, start, end in sorted(found)]


def speed_up(nlp: Language) -> bool:
    """Give the pipeline's attribute ruler the indexed matching step; False if it has none or it cannot."""
    from spacy.pipeline import AttributeRuler

    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    if not isinstance(ruler, AttributeRuler):
        return False
    try:
        index = RuleIndex(ruler.patterns, nlp.vocab.strings)
    except UnsupportedRuleError:
        return False
    ruler.match = types.MethodType(lambda _self, doc: index.match(doc), ruler)  # type: ignore[method-assign]
    return True
