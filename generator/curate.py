"""Editorial curation from story.yml, applied to a merged briefing: the editor wins over extraction, on every build.

The entries are read by `generator.ingest.curation`. They match extracted items by name, alias, date or text, so
they keep applying when articles are added and the extraction changes. An entry that matches nothing is a warning
at its story.yml line.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from generator.errors import Diagnostic, Severity
from generator.ingest.curation import MEASURES, ActorEdit, Curation
from generator.model import Actor, Briefing, DatedRole, Event, EventStatus, Figure, FigureReport, Question
from generator.names import name_key, slugify, spelling_key, unique_ids
from generator.temporal.values import parse_value


def curation_aliases(curation: Curation | None) -> dict[str, str]:
    """Name → canonical name, from the `name` and `aliases` of actor entries (used while merging)."""
    aliases: dict[str, str] = {}
    for edit in curation.actors if curation else ():
        if edit.name:
            for alias in (edit.name, *edit.aliases):
                aliases[alias] = edit.name
    return aliases


def apply_curation(briefing: Briefing, curation: Curation | None) -> tuple[Briefing, list[Diagnostic]]:
    """Apply every entry; return the curated briefing and a warning for each entry that matched nothing."""
    if curation is None:
        return briefing, []
    warnings: list[Diagnostic] = []

    def unmatched(line: int, field: str, what: str) -> None:
        warnings.append(
            Diagnostic(
                path=curation.path,
                line=line,
                field=field,
                severity=Severity.WARNING,
                message=f"{what} matches nothing extracted; check the spelling or remove it",
            )
        )

    actors = list(briefing.actors)
    for edit in curation.actors:
        if edit.exclude is not None:
            excluded = _named(actors, (edit.exclude,))
            if not excluded:
                unmatched(edit.line, "actors.exclude", repr(edit.exclude))
            actors = [a for a in actors if a not in excluded]
            continue
        assert edit.name is not None  # noqa: S101 - checked when read
        matching = _named(actors, (edit.name, *edit.aliases))
        if not matching:
            unmatched(edit.line, "actors.name", repr(edit.name))
            continue
        actors = [a for a in actors if a not in matching]
        actors.append(_combine(matching, edit))
    actors = unique_ids(actors)
    actors.sort(key=lambda a: (["person", "organization", "place"].index(a.kind), -a.salience, a.name))

    timeline = list(briefing.timeline)
    for event_edit in curation.timeline:
        if event_edit.exclude is not None:
            needle = event_edit.exclude.lower()
            kept_events = [e for e in timeline if e.when.value != event_edit.exclude and needle not in e.text.lower()]
            if len(kept_events) == len(timeline):
                unmatched(event_edit.line, "timeline.exclude", repr(event_edit.exclude))
            timeline = kept_events
        elif event_edit.date is not None and event_edit.event is not None:
            when = parse_value(event_edit.date)
            upcoming = when.value == "FUTURE_REF" or (
                briefing.updated is not None and when.start is not None and when.start > briefing.updated
            )
            timeline.append(
                Event(
                    when=when,
                    text=event_edit.event,
                    status=EventStatus.UPCOMING if upcoming else EventStatus.PAST,
                )
            )
    timeline.sort(key=lambda e: e.sort_key)

    questions = list(briefing.questions)
    for question_edit in curation.questions:
        if question_edit.exclude is not None:
            needle = question_edit.exclude.lower().rstrip("?")
            kept_questions = [q for q in questions if needle not in q.text.lower()]
            if len(kept_questions) == len(questions):
                unmatched(question_edit.line, "questions.exclude", repr(question_edit.exclude))
            questions = kept_questions
        elif question_edit.ask is not None:
            questions.append(Question(text=question_edit.ask, cue="editor"))

    figures = {f.measure: f for f in briefing.figures}
    for figure_edit in curation.figures:
        if figure_edit.exclude is not None:
            if figures.pop(figure_edit.exclude, None) is None:
                unmatched(figure_edit.line, "figures.exclude", repr(figure_edit.exclude))
        elif figure_edit.measure is not None and figure_edit.value is not None:
            day = parse_value(figure_edit.date) if figure_edit.date else None
            report = FigureReport(value=figure_edit.value, text=f"{figure_edit.value:,}", when=day, citations=())
            earlier = figures[figure_edit.measure].reports if figure_edit.measure in figures else ()
            figures[figure_edit.measure] = Figure(measure=figure_edit.measure, reports=_with_report(earlier, report))

    curated = dataclasses.replace(
        briefing,
        actors=tuple(actors),
        timeline=tuple(timeline),
        questions=tuple(questions),
        editor_background=curation.background,
        figures=tuple(figures[m] for m in MEASURES if m in figures),
    )
    return curated, warnings


def _with_report(reports: tuple[FigureReport, ...], added: FigureReport) -> tuple[FigureReport, ...]:
    """The editor's value among a figure's reports in date order; a value equal to the one before it is that report.

    The editor's undated value goes last, as the latest; an undated article's goes first, as in the merge.
    """

    def order(report: FigureReport) -> tuple[int, date]:
        start = report.when.start if report.when is not None else None
        if start is None:
            return (2 if report is added else 0, date.min)
        return (1, start)

    ordered = sorted([*reports, added], key=lambda r: (*order(r), r is added))
    merged: list[FigureReport] = []
    for report in ordered:
        if merged and merged[-1].value == report.value:
            continue  # "24" after "24": the value the editor confirms stays one report
        merged.append(report)
    return tuple(merged)


def _named(actors: list[Actor], names: tuple[str, ...]) -> list[Actor]:
    """The actors with one of `names` as a name or alias, spelt the same; else, if none is, but for accents."""
    for key_of in (spelling_key, name_key):
        keys = {key_of(n) for n in names}
        if found := [a for a in actors if keys & {key_of(n) for n in (a.name, *a.aliases)}]:
            return found
    return []


def _combine(matching: list[Actor], edit: ActorEdit) -> Actor:
    """Merge the matched actors into one under the editor's name, role and aliases."""
    assert edit.name is not None  # noqa: S101
    names = {n for a in matching for n in (a.name, *a.aliases)} | set(edit.aliases)
    roles = tuple(dict.fromkeys(r for a in matching for r in a.roles))
    return Actor(
        id=slugify(edit.name),
        name=edit.name,
        kind=max(matching, key=lambda a: a.mentions).kind,
        roles=(edit.role,) if edit.role else roles,
        dated_roles=(DatedRole(text=edit.role),) if edit.role else tuple(r for a in matching for r in a.dated_roles),
        aliases=tuple(sorted(names - {edit.name})),
        quotes=tuple(sorted({q for a in matching for q in a.quotes}, key=lambda q: q.citation)),
        mentions=sum(a.mentions for a in matching),
        salience=round(sum(a.salience for a in matching), 3),
        citations=tuple(sorted({c for a in matching for c in a.citations})),
        in_passing=not edit.role and all(a.in_passing for a in matching),  # an editor's role makes a key actor
    )
