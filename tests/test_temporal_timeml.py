"""TimeML reading and TempEval-3 scoring on a small document written for the tests."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli
from generator.temporal.timeml import Score, Timex, read_document, score_document

SAMPLE = Path(__file__).parent / "data" / "timeml" / "sample.tml"


def test_reader_strips_tags_unescapes_and_keeps_offsets():
    document = read_document(SAMPLE)
    assert document.dct == date(2013, 3, 22)
    assert "&" in document.text and "<EVENT" not in document.text
    assert [(t.text, t.type, t.value) for t in document.timexes] == [
        ("Monday", "DATE", "2013-03-18"),
        ("in April", "DATE", "2013-04"),
        ("three years", "DURATION", "P3Y"),
        ("now", "DATE", "PRESENT_REF"),
    ]
    for timex in document.timexes:
        assert document.text[timex.start : timex.end] == timex.text


def test_scorer_counts_strict_relaxed_type_and_value():
    gold = [
        Timex(0, 6, "Monday", "DATE", "2013-03-18"),
        Timex(10, 18, "in April", "DATE", "2013-04"),
        Timex(30, 41, "three years", "DURATION", "P3Y"),
    ]
    system = [
        Timex(0, 6, "Monday", "DATE", "2013-03-18"),
        Timex(13, 18, "April", "DATE", "2014-04"),
        Timex(50, 53, "now", "DATE", "PRESENT_REF"),
    ]
    score = Score()
    score_document(gold, system, name="x", score=score)
    m = score.measures()
    assert (score.strict, score.relaxed_gold, score.relaxed_system, score.value_right) == (1, 2, 2, 1)
    assert m["strict_p"] == pytest.approx(1 / 3) and m["relaxed_r"] == pytest.approx(2 / 3)
    assert m["value_f1"] == pytest.approx(1 / 3)
    assert any("\tmissed\t'three years'" in e for e in score.errors)
    assert any("\tspurious\t'now'" in e for e in score.errors)


@pytest.mark.slow
def test_eval_command_scores_a_folder(tmp_path):
    result = CliRunner().invoke(cli, ["eval", "timeml", str(SAMPLE.parent), "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    measures = json.loads(result.stdout)
    assert measures["gold"] == 4 and measures["documents"] == 1
    assert measures["relaxed_r"] == 1.0  # every expression of the sample is found
    assert measures["value_f1"] >= 0.75
