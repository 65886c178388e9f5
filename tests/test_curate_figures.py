"""An editor's figure among the extracted reports (no model needed)."""

from __future__ import annotations

from datetime import date

from generator.curate import _with_report
from generator.model import Citation, FigureReport, TimeValue


def report(value: int, day: int | None, *, editor: bool = False) -> FigureReport:
    when = TimeValue.of_day(date(2024, 5, day)) if day else None
    citations = () if editor else (Citation("a", 1, f"{value} dead"),)
    return FigureReport(value=value, text=str(value), when=when, citations=citations)


def values(reports) -> list[tuple[int, bool]]:
    return [(r.value, not r.citations) for r in reports]


def test_the_editors_value_goes_in_date_order_and_an_equal_value_is_one_report():
    extracted = (report(5, 6), report(24, 7))
    assert values(_with_report(extracted, report(31, 9, editor=True))) == [(5, False), (24, False), (31, True)]
    assert values(_with_report(extracted, report(3, 5, editor=True))) == [(3, True), (5, False), (24, False)]
    assert values(_with_report(extracted, report(24, 8, editor=True))) == [(5, False), (24, False)]
    assert values(_with_report(extracted, report(30, None, editor=True))) == [(5, False), (24, False), (30, True)]
