"""Quality gate: the committed briefings score at least the pinned floors against the gold files in tests/gold.

`briefings build --check` in CI keeps briefings/ equal to what the code produces, so these scores are the
code's. Lower a floor only on purpose, in its own commit, saying why.
"""

from __future__ import annotations

import json
import sys
from fractions import Fraction

import pytest
import yaml

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import gold as scorer

GOLD = ROOT / "tests" / "gold"
FLOORS = json.loads((GOLD / "floors.json").read_text())


def value(text: str) -> float:
    numerator, denominator = text.split(" = ")[0].split("/")
    return float(Fraction(int(numerator), int(denominator)))


@pytest.mark.parametrize("story", sorted(FLOORS))
def test_scores_stay_above_their_floors(story):
    gold = yaml.safe_load((GOLD / f"{story}.yml").read_text())
    briefing = json.loads((ROOT / "briefings" / "data" / f"{story}.json").read_text())
    report = scorer.score(gold, briefing, article=None, verbose=False)
    measured = {
        "dates_recall": report["dates"]["recall"],
        "people_recall": report["people"]["recall"],
        "roles": report["people"]["roles right"],
        "timeline_recall": report["timeline"]["recall"],
        "questions_recall": report["questions"]["recall"],
        "background_recall": report["background"]["recall"],
    }
    for name, floor in FLOORS[story].items():
        assert value(measured[name]) >= floor, f"{story}: {name} {measured[name]} is below the floor {floor}"
    assert report["uncited items"] == 0
