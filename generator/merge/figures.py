"""Figures across articles: one item per measure, its latest value and the earlier ones as history.

Each article counts once per measure, by the largest value its opening gives (a part of the count, "three of
them children", is smaller). The articles of one day give one value: the largest, citing every article that gives
it. Going through the days in order, a value equal to the one before adds its citations to it; a different value
is a new report. The last report is the latest figure: what the newest reporting day said, even when it is lower
(a toll revised down is news too).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from generator.extract import Findings
from generator.extract.figures import FigureMention
from generator.ingest.curation import MEASURES
from generator.model import Citation, Figure, FigureReport, TimeValue


def merge_figures(findings: Sequence[Findings], published: Mapping[str, date | None]) -> tuple[Figure, ...]:
    """The figures of a story, in the order of `MEASURES`."""
    figures = []
    for measure in MEASURES:
        per_article: dict[str, FigureMention] = {}
        for article in findings:
            mentions = [m for m in article.figures if m.measure == measure]
            if mentions:
                per_article[article.article] = max(mentions, key=lambda m: (m.value, -m.citation.sentence))
        if per_article:
            figures.append(Figure(measure=measure, reports=_reports(per_article, published)))
    return tuple(figures)


def _reports(
    per_article: Mapping[str, FigureMention], published: Mapping[str, date | None]
) -> tuple[FigureReport, ...]:
    days: dict[date | None, list[FigureMention]] = {}
    for article in sorted(per_article):
        days.setdefault(published.get(article), []).append(per_article[article])
    reports: list[FigureReport] = []
    for day in sorted(days, key=lambda d: (d is not None, d or date.min)):  # undated first: they cannot be latest
        mentions = days[day]
        top = max(mentions, key=lambda m: m.value)
        citations = tuple(sorted(m.citation for m in mentions if m.value == top.value))
        if reports and reports[-1].value == top.value:
            last = reports[-1]
            reports[-1] = FigureReport(
                value=last.value, text=last.text, when=last.when, citations=_union(last.citations, citations)
            )
            continue
        when = TimeValue.of_day(day) if day is not None else None
        reports.append(FigureReport(value=top.value, text=top.text, when=when, citations=citations))
    return tuple(reports)


def _union(first: tuple[Citation, ...], second: tuple[Citation, ...]) -> tuple[Citation, ...]:
    return tuple(sorted(set(first) | set(second)))
