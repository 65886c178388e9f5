"""TimeML reading and TempEval-3 task A scoring for `briefings eval timeml`.

The measures follow the TempEval-3 scorer: a system expression matches a gold one when their extents are
identical (strict) or overlap (relaxed); type accuracy and value F1 are counted over relaxed matches (value F1:
matches whose normalised value equals the gold value, over the system and gold counts). The document creation
time (DCT) is the publication date and is not scored.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generator.temporal.tagger import TimexMention

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>", re.DOTALL)
_ATTRIBUTE = re.compile(r'([A-Za-z_:]+)\s*=\s*"([^"]*)"')
_DCT = re.compile(r"<DCT>.*?value=\"([^\"]+)\".*?</DCT>", re.DOTALL)
_TEXT = re.compile(r"<TEXT>(.*)</TEXT>", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression by character offsets into the document's plain text."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class Document:
    """A TimeML document: its plain text, creation date and gold expressions."""

    name: str
    text: str
    dct: date
    timexes: tuple[Timex, ...]


def read_document(path: Path) -> Document:
    """Read a `.tml` file: the text inside <TEXT> without tags, and its TIMEX3 annotations."""
    raw = path.read_text(encoding="utf-8")
    dct_match = _DCT.search(raw)
    text_match = _TEXT.search(raw)
    if dct_match is None or text_match is None:
        raise ValueError(f"{path}: no DCT or TEXT element")
    dct = date.fromisoformat(dct_match.group(1)[:10])
    body = text_match.group(1)
    parts: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    timexes = []
    position = 0
    for match in _TAG.finditer(body):
        segment = html.unescape(body[position : match.start()])
        parts.append(segment)
        length += len(segment)
        position = match.end()
        closing, name = match.group(1) == "/", match.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTRIBUTE.findall(match.group(3))))
        elif open_timex is not None:
            start, attributes = open_timex
            plain = "".join(parts)
            timexes.append(
                Timex(start, length, plain[start:length], attributes.get("type", ""), attributes.get("value", ""))
            )
            open_timex = None
    parts.append(html.unescape(body[position:]))
    return Document(name=path.name, text="".join(parts), dct=dct, timexes=tuple(timexes))


def read_corpus(folder: Path) -> list[Document]:
    """Every `.tml` file under `folder`, sorted by path."""
    return [read_document(p) for p in sorted(folder.rglob("*.tml"))]


@dataclass(slots=True)
class Score:
    """Counts for TempEval-3 task A, summed over documents."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed_gold: int = 0
    """Gold expressions overlapped by some system expression (relaxed recall numerator)."""
    relaxed_system: int = 0
    """System expressions overlapping some gold expression (relaxed precision numerator)."""
    type_right: int = 0
    value_right: int = 0
    errors: list[str] = field(default_factory=list)

    @staticmethod
    def f1(precision: float, recall: float) -> float:
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def measures(self) -> dict[str, float]:
        def ratio(a: int, b: int) -> float:
            return a / b if b else 0.0

        strict_p, strict_r = ratio(self.strict, self.system), ratio(self.strict, self.gold)
        relaxed_p, relaxed_r = ratio(self.relaxed_system, self.system), ratio(self.relaxed_gold, self.gold)
        value_p, value_r = ratio(self.value_right, self.system), ratio(self.value_right, self.gold)
        return {
            "strict_p": strict_p,
            "strict_r": strict_r,
            "strict_f1": self.f1(strict_p, strict_r),
            "relaxed_p": relaxed_p,
            "relaxed_r": relaxed_r,
            "relaxed_f1": self.f1(relaxed_p, relaxed_r),
            "type_accuracy": ratio(self.type_right, self.relaxed_gold),
            "value_p": value_p,
            "value_r": value_r,
            "value_f1": self.f1(value_p, value_r),
        }


def score_document(gold: Sequence[Timex], system: Sequence[Timex], *, name: str, score: Score) -> None:
    """Add one document's counts to `score` (each gold expression matched at most once)."""
    score.gold += len(gold)
    score.system += len(system)
    used: set[int] = set()
    for g in gold:
        overlapping = [i for i, s in enumerate(system) if s.start < g.end and g.start < s.end]
        if not overlapping:
            score.errors.append(f"{name}\tmissed\t{g.text!r}\t{g.type}\t{g.value}")
            continue
        score.relaxed_gold += 1
        best = min(overlapping, key=lambda i: (i in used, abs(system[i].start - g.start) + abs(system[i].end - g.end)))
        used.add(best)
        s = system[best]
        if (s.start, s.end) == (g.start, g.end):
            score.strict += 1
        else:
            score.errors.append(f"{name}\textent\t{g.text!r} vs {s.text!r}")
        if s.type == g.type:
            score.type_right += 1
        else:
            score.errors.append(f"{name}\ttype\t{g.text!r}\t{g.type} vs {s.type}")
        if s.value == g.value:
            score.value_right += 1
        else:
            score.errors.append(f"{name}\tvalue\t{g.text!r}\t{g.value} vs {s.value}")
    for s in system:
        if not any(s.start < g.end and g.start < s.end for g in gold):
            score.errors.append(f"{name}\tspurious\t{s.text!r}\t{s.type}\t{s.value}")
    score.relaxed_system += sum(1 for s in system if any(s.start < g.end and g.start < s.end for g in gold))


def as_timexes(mentions: Iterable[TimexMention]) -> list[Timex]:
    """The tagger's mentions as scoreable expressions; a range ("2018 and 2019") counts as its parts."""
    found = []
    for mention in mentions:
        parts = mention.parts or ((mention.start, mention.end),)
        values = [value.value for value in mention.values] or [""]
        for index, (start, end) in enumerate(parts):
            text = mention.text if len(parts) == 1 else f"{mention.text}[{index}]"
            found.append(Timex(start, end, text, mention.type, values[min(index, len(values) - 1)]))
    return found
