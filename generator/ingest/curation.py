"""story.yml read into values: the story's own fields and the editor's curation entries.

Curation entries (actors, timeline, questions, background) are checked here, each problem reported at its line;
`generator.curate` applies them to the extracted briefing. seeds/actors.yml is read with the same actor entries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from generator.errors import Diagnostic
from generator.ingest.metadata import FieldReader, _Mapping, warnings_or_raise
from generator.temporal.values import parse_value

STORY_FIELDS = ("title", "summary", "tags", "status", "actors", "timeline", "questions", "background", "figures")
MEASURES = ("dead", "injured", "missing", "evacuated", "arrested")
"""The figures an editor can add to or exclude (as `generator.extract.figures.MEASURES`)."""
STATUSES = ("developing", "concluded")


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
class FigureEdit:
    """Add the latest value of a figure (measure + value, and its day) or exclude a measure extracted."""

    line: int
    measure: str | None = None
    value: int | None = None
    date: str | None = None
    exclude: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Curation:
    """Every editorial entry of one story.yml, with its line for warnings."""

    path: PurePosixPath
    actors: tuple[ActorEdit, ...] = ()
    timeline: tuple[EventEdit, ...] = ()
    questions: tuple[QuestionEdit, ...] = ()
    background: str | None = None
    figures: tuple[FigureEdit, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryMeta:
    """story.yml: the story's own fields plus the editor's curation."""

    title: str | None = None
    summary: str | None = None
    tags: tuple[str, ...] = ()
    status: str | None = None
    curation: Curation | None = None


def read_story_meta(mapping: _Mapping, *, path: PurePosixPath) -> tuple[StoryMeta, list[Diagnostic]]:
    """Check story.yml; raise `InputError` listing every error, return the warnings."""
    fields = FieldReader(mapping, path)
    curation = read_curation(fields)
    meta = StoryMeta(
        title=fields.text("title"),
        summary=fields.text("summary", multiline=True),
        tags=fields.texts("tags"),
        status=fields.choice("status", STATUSES),
        curation=curation,
    )
    fields.refuse_unknown(STORY_FIELDS)
    return meta, warnings_or_raise(fields.problems)


def read_curation(fields: FieldReader) -> Curation:
    """Read the curation entries of story.yml, reporting bad ones through `fields`."""
    actors = tuple(_entries(fields, "actors", ("name", "aliases", "role", "exclude"), _actor_edit))
    timeline = tuple(_entries(fields, "timeline", ("date", "event", "exclude"), _event_edit))
    questions = tuple(_entries(fields, "questions", ("ask", "exclude"), _question_edit))
    figures = tuple(_entries(fields, "figures", ("measure", "value", "date", "exclude"), _figure_edit))
    return Curation(
        path=fields.path,
        actors=actors,
        timeline=timeline,
        questions=questions,
        background=fields.text("background", multiline=True),
        figures=figures,
    )


def _entries(fields: FieldReader, key: str, known: tuple[str, ...], make: Any) -> list[Any]:
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


def _figure_edit(reader: FieldReader) -> FigureEdit | None:
    exclude = reader.choice("exclude", MEASURES)
    measure = reader.choice("measure", MEASURES)
    raw = reader.mapping.get("value")
    value = None
    if raw is not None:
        if re.fullmatch(r"[0-9][0-9,]*", str(raw)) and int(str(raw).replace(",", "")) > 0:
            value = int(str(raw).replace(",", ""))
        else:
            reader.problem("value", f"expected a whole number above zero, such as 24, got {raw!r}")
            return None
    date = reader.mapping.get("date")
    date_text = None if date is None else str(date)
    if date_text is not None:
        try:
            parse_value(date_text)
        except ValueError:
            reader.problem("date", f"expected a date like 2024-05-09, got {date!r}")
            return None
    if exclude is None and (measure is None or value is None):
        reader.problem("measure", "each figure entry needs `measure` and `value` (to add) or `exclude` (to drop)")
        return None
    if exclude is not None and (measure is not None or value is not None):
        reader.problem("exclude", "a figure entry either adds (`measure` and `value`) or excludes, not both")
        return None
    return FigureEdit(line=reader.mapping.line, measure=measure, value=value, date=date_text, exclude=exclude)
