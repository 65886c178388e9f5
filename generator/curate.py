"""Editorial curation from story.yml: the editor wins over extraction, on every build.

Entries match extracted items by name, alias, date or text, so they keep applying when articles are added and
the extraction changes. An entry that matches nothing is a warning at its story.yml line.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from generator.errors import Diagnostic, Severity
from generator.identity import name_key, slugify, spelling_key, unique_ids
from generator.model import Actor, Briefing, DatedRole, Event, EventStatus, Question
from generator.temporal.values import parse_value

if TYPE_CHECKING:
    from generator.ingest.metadata import FieldReader


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorEdit:
    """Rename, alias, re-role or exclude one actor."""

    line: int
    name: str | None = None
    aliases: tuple[str, ...] = ()
    role: str | None = None
    exclude: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class EventEdit:
    """Add an event (date + event) or exclude extracted ones (by TIMEX3 value or by text)."""

    line: int
    date: str | None = None
    event: str | None = None
    exclude: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class QuestionEdit:
    """Add a question (ask) or exclude an extracted one (by text)."""

    line: int
    ask: str | None = None
    exclude: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Curation:
    """Every editorial entry of one story.yml, with its line for warnings."""

    path: PurePosixPath
    actors: tuple[ActorEdit, ...] = ()
    timeline: tuple[EventEdit, ...] = ()
    questions: tuple[QuestionEdit, ...] = ()
    background: str | None = None


def read_curation(fields: FieldReader) -> Curation:
    """Read the curation entries of story.yml, reporting bad ones through `fields`."""
    actors = tuple(_entries(fields, "actors", ("name", "aliases", "role", "exclude"), _actor_edit))
    timeline = tuple(_entries(fields, "timeline", ("date", "event", "exclude"), _event_edit))
    questions = tuple(_entries(fields, "questions", ("ask", "exclude"), _question_edit))
    return Curation(
        path=fields.path,
        actors=actors,
        timeline=timeline,
        questions=questions,
        background=fields.text("background", multiline=True),
    )


def _entries(fields: FieldReader, key: str, known: tuple[str, ...], make: Any) -> list[Any]:
    from generator.ingest.metadata import FieldReader

    raw = fields.mapping.get(key)
    if raw is None:
        return []
    if not isinstance(raw, list):
        fields.problem(key, f"expected a list of entries (- {known[0]}: ...), got {type(raw).__name__}")
        return []
    edits = []
    for index, entry in enumerate(raw):
        if not hasattr(entry, "lines"):
            fields.problem(key, f"entry {index + 1}: expected a mapping such as {{{known[0]}: ...}}, got {entry!r}")
            continue
        reader = FieldReader(entry, fields.path, prefix=f"{key}[{index}].")
        edit = make(reader)
        reader.refuse_unknown(known)
        fields.problems.extend(reader.problems)
        if edit is not None:
            edits.append(edit)
    return edits


def _actor_edit(reader: FieldReader) -> ActorEdit | None:
    edit = ActorEdit(
        line=reader.mapping.line,
        name=reader.text("name"),
        aliases=reader.texts("aliases"),
        role=reader.text("role"),
        exclude=reader.text("exclude"),
    )
    if edit.name is None and edit.exclude is None:
        reader.problem("name", "each actor entry needs `name` (to edit) or `exclude` (to drop)")
        return None
    return edit


def _event_edit(reader: FieldReader) -> EventEdit | None:
    # The YAML loader keeps dates as text, so `2023-09-13` and `2023-W37` arrive the same way.
    value = reader.mapping.get("date")
    date_text = None if value is None else str(value)
    exclude_text = reader.text("exclude") if isinstance(reader.mapping.get("exclude"), str) else None
    if reader.mapping.get("exclude") is not None and exclude_text is None:
        exclude_text = str(reader.mapping.get("exclude"))
    edit = EventEdit(line=reader.mapping.line, date=date_text, event=reader.text("event"), exclude=exclude_text)
    if edit.exclude is None and (edit.date is None or edit.event is None):
        reader.problem("event", "each timeline entry needs `date` and `event` (to add) or `exclude` (to drop)")
        return None
    if edit.date is not None:
        try:
            parse_value(edit.date)
        except ValueError:
            reader.problem("date", f"expected a date like 2023-09-13, 2023-09, 2023-W37 or 2023, got {value!r}")
            return None
    return edit


def _question_edit(reader: FieldReader) -> QuestionEdit | None:
    edit = QuestionEdit(line=reader.mapping.line, ask=reader.text("ask"), exclude=reader.text("exclude"))
    if edit.ask is None and edit.exclude is None:
        reader.problem("ask", "each question entry needs `ask` (to add) or `exclude` (to drop)")
        return None
    return edit


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

    curated = dataclasses.replace(
        briefing,
        actors=tuple(actors),
        timeline=tuple(timeline),
        questions=tuple(questions),
        editor_background=curation.background,
    )
    return curated, warnings


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
    )
