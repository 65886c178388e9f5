"""Figures across articles: the latest value per measure, the earlier ones as history (no model needed)."""

from __future__ import annotations

from datetime import date

from generator.extract import Findings
from generator.extract.figures import FigureMention
from generator.merge.figures import merge_figures
from generator.model import Citation


def article(name: str, *figures: tuple[str, int, str, int]) -> Findings:
    mentions = tuple(
        FigureMention(measure=m, value=v, text=t, citation=Citation(name, s, f"{t} {m}")) for m, v, t, s in figures
    )
    return Findings(article=name, timexes=(), actors=(), events=(), questions=(), background=(), figures=mentions)


def reports(figure):
    return [
        (r.value, r.text, r.when.value if r.when else None, [c.article for c in r.citations]) for r in figure.reports
    ]


def test_each_day_gives_one_value_and_the_last_is_the_latest_even_when_lower():
    findings = [
        article("a", ("dead", 5, "five", 1), ("injured", 40, "40", 2)),
        article("b", ("dead", 24, "at least 24", 1), ("dead", 3, "three", 4)),  # a part of the count: the largest wins
        article("c", ("dead", 24, "24", 2)),  # the same day, the same value: one report, both cited
        article("d", ("dead", 22, "22", 1)),  # revised down: still the latest
    ]
    published = {"a": date(2024, 5, 6), "b": date(2024, 5, 7), "c": date(2024, 5, 7), "d": date(2024, 5, 8)}
    dead, injured = merge_figures(findings, published)
    assert dead.measure == "dead"
    assert reports(dead) == [
        (5, "five", "2024-05-06", ["a"]),
        (24, "at least 24", "2024-05-07", ["b", "c"]),
        (22, "22", "2024-05-08", ["d"]),
    ]
    assert dead.latest.value == 22
    assert [r.value for r in dead.history] == [24, 5]  # newest first
    assert reports(injured) == [(40, "40", "2024-05-06", ["a"])]


def test_a_value_repeated_on_a_later_day_adds_its_citations_and_an_undated_article_cannot_be_latest():
    findings = [article("a", ("evacuated", 3000, "some 3,000", 2)), article("b", ("evacuated", 3000, "3,000", 1))]
    (figure,) = merge_figures(findings, {"a": date(2024, 5, 6), "b": date(2024, 5, 8)})
    assert reports(figure) == [(3000, "some 3,000", "2024-05-06", ["a", "b"])]
    findings = [article("a", ("dead", 9, "nine", 1)), article("b", ("dead", 4, "four", 1))]
    (figure,) = merge_figures(findings, {"a": None, "b": date(2024, 5, 8)})
    assert figure.latest.value == 4


def test_no_figures_no_items():
    assert merge_figures([article("a")], {"a": date(2024, 5, 6)}) == ()
