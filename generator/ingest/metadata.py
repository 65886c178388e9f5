"""YAML of sidecars, front matter and story.yml: typed fields, every problem reported with its line.

An article's fields are read here; story.yml's own fields and its curation entries in `generator.ingest.curation`.
"""

from __future__ import annotations

import contextlib
import difflib
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import PurePosixPath
from typing import Any

import yaml

from generator.errors import Diagnostic, InputError, Severity
from generator.ingest.text import clean_text
from generator.model import ArticleMeta

ARTICLE_FIELDS = ("title", "source", "url", "published", "updated", "authors", "language", "tags", "dateline")
FIRST_YEAR, LAST_YEAR = 1000, 9000
"""The years a date field may name: relative dates ("a century ago", "in 50 years") are resolved against it, and
every result must stay a valid date (years 1 to 9999)."""


class _Mapping(dict[str, Any]):
    """A YAML mapping that remembers the 1-based line of each key."""

    lines: dict[str, int]
    line: int


_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's parser when PyYAML has it (ten times faster on a seed folder's sidecars), else the pure-Python one."""


class _LineLoader(_SafeLoader):  # type: ignore[misc,valid-type]
    """SafeLoader whose mappings are `_Mapping`s and which refuses duplicate keys."""

    duplicates: list[tuple[str, int]]


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> _Mapping:
    loader.flatten_mapping(node)
    mapping = _Mapping()
    mapping.lines = {}
    mapping.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = str(loader.construct_object(key_node, deep=True))
        line = key_node.start_mark.line + 1
        if key in mapping:
            loader.duplicates.append((key, line))
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.lines[key] = line
    return mapping


def _construct_timestamp(loader: _LineLoader, node: yaml.ScalarNode) -> str:
    # Keep dates as text here: PyYAML would crash on 2023-02-30 and silently drop time zones;
    # FieldReader.day() parses and checks them with a message that names the line.
    return str(loader.construct_scalar(node))


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


def _construct_int(loader: _LineLoader, node: yaml.ScalarNode) -> int | str:
    # YAML 1.1 reads an unquoted 12:30 as the base-60 number 750; keep what the user typed.
    text = str(loader.construct_scalar(node))
    return text if ":" in text else int(loader.construct_yaml_int(node))


_LineLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)


MAX_ALIASES = 50
"""Metadata has no use for many YAML aliases; more is refused (an "alias bomb" expands exponentially)."""
MAX_DEPTH = 20
"""Deeper nesting than any metadata needs is refused before it is built."""


def _check_shape(text: str, *, path: PurePosixPath, offset: int) -> None:
    """Refuse alias bombs and deep nesting from the event stream, before any object is constructed."""
    aliases = depth = 0
    for event in yaml.parse(text, Loader=_SafeLoader):
        if isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > MAX_ALIASES:
                line = _line(event, offset)
                message = f"more than {MAX_ALIASES} YAML aliases (*name); write the values out instead"
                raise InputError([Diagnostic(path=path, line=line, message=message)])
        elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                line = _line(event, offset)
                message = f"nested more than {MAX_DEPTH} levels deep; metadata is a flat list of fields"
                raise InputError([Diagnostic(path=path, line=line, message=message)])
        elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            depth -= 1


def _line(event: yaml.Event, offset: int) -> int | None:
    return event.start_mark.line + 1 + offset if event.start_mark is not None else None


def _pure_python_error(text: str) -> yaml.YAMLError | None:
    try:
        for _ in yaml.parse(text, Loader=yaml.SafeLoader):
            pass
    except yaml.YAMLError as error:
        return error
    return None


def load_yaml(text: str, *, path: PurePosixPath, first_line: int = 1) -> _Mapping:
    """Parse one YAML mapping; raise `InputError` with the line of any syntax error or duplicate key.

    `first_line` is the file line where `text` starts (front matter starts on line 2).
    """
    offset = first_line - 1
    loader = None
    try:
        _check_shape(text, path=path, offset=offset)
        loader = _LineLoader(text)
        loader.duplicates = []
        raw = loader.get_single_data()
    except yaml.YAMLError as fast_error:
        # libyaml's messages are terser ("found character that cannot start any token"): word it as PyYAML does.
        error = _pure_python_error(text) or fast_error
        if isinstance(error, yaml.MarkedYAMLError):
            line = error.problem_mark.line + 1 + offset if error.problem_mark else None
            problem = Diagnostic(path=path, line=line, message=f"not valid YAML: {error.problem}")
            raise InputError([problem]) from None
        raise InputError([Diagnostic(path=path, message=f"not valid YAML: {error}")]) from None
    finally:
        if loader is not None:
            loader.dispose()
    if raw is None:
        raw = _Mapping()
        raw.lines, raw.line = {}, first_line
    if not isinstance(raw, _Mapping):
        message = "expected a mapping of field: value"
        raise InputError([Diagnostic(path=path, line=first_line, message=message)])
    _shift_lines(raw, offset)
    if loader is not None and loader.duplicates:
        raise InputError(
            [
                Diagnostic(path=path, line=line + offset, field=key, message="duplicate key; keep one")
                for key, line in loader.duplicates
            ]
        )
    return raw


def _shift_lines(value: object, offset: int) -> None:
    if isinstance(value, _Mapping):
        value.lines = {key: line + offset for key, line in value.lines.items()}
        value.line += offset
        for item in value.values():
            _shift_lines(item, offset)
    elif isinstance(value, list):
        for item in value:
            _shift_lines(item, offset)


class FieldReader:
    """Typed access to a metadata mapping that collects problems instead of stopping at the first."""

    def __init__(self, mapping: _Mapping, path: PurePosixPath, *, prefix: str = "") -> None:
        self.mapping = mapping
        self.path = path
        self.prefix = prefix
        self.problems: list[Diagnostic] = []

    def line(self, key: str) -> int:
        return self.mapping.lines.get(key, self.mapping.line)

    def problem(self, key: str, message: str, severity: Severity = Severity.ERROR) -> None:
        self.problems.append(
            Diagnostic(
                path=self.path,
                line=self.line(key),
                field=self.prefix + key,
                message=message,
                severity=severity,
            )
        )

    def text(self, key: str, *, multiline: bool = False) -> str | None:
        """A text field, cleaned (`clean_text`): on one line unless `multiline` (a summary, a paragraph)."""
        value = self.mapping.get(key)
        if value is None:
            return None
        if isinstance(value, str):
            value = clean_text(value, one_line=not multiline).strip()
            if not value:
                self.problem(key, "is empty; give a value or remove the field")
                return None
            return value
        if isinstance(value, bool):
            hint = "YAML reads yes/no/on/off as true/false; put the text in quotes"
            self.problem(key, f"expected text, got {str(value).lower()} ({hint})")
        elif isinstance(value, int | float | date):
            self.problem(key, f"expected text, got {value!r}; put it in quotes")
        else:
            self.problem(key, f"expected text, got a {_kind(value)}")
        return None

    def texts(self, key: str) -> tuple[str, ...]:
        """A list of one-line texts (a single text is a list of one), cleaned; empty items are left out."""
        value = self.mapping.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(key, f"expected a list of text, like [a, b], got {value!r}")
            return ()
        return tuple(text for v in value if (text := clean_text(v, one_line=True).strip()))

    def day(self, key: str) -> date | datetime | None:
        value = self.mapping.get(key)
        if isinstance(value, str):
            with contextlib.suppress(ValueError):
                value = (
                    datetime.fromisoformat(value) if "T" in value or " " in value.strip() else date.fromisoformat(value)
                )
        if isinstance(value, datetime) and value.tzinfo is None:
            self.problem(key, f"{value.isoformat()} has no time zone; add one (e.g. +00:00) or give a date")
            return None
        if isinstance(value, date) and not FIRST_YEAR <= value.year <= LAST_YEAR:
            message = f"{value.isoformat()} is outside the years {FIRST_YEAR}-{LAST_YEAR} that dates resolve in"
            self.problem(key, message)
            return None
        if value is None or isinstance(value, date):
            return value
        if isinstance(value, str) and _looks_like_date(value):
            self.problem(key, f"{value!r} is not a real calendar date; check the day and month")
            return None
        self.problem(key, f"expected a date like 2023-09-12, got {value!r}")
        return None

    def choice(self, key: str, choices: tuple[str, ...]) -> str | None:
        value = self.text(key)
        if value is not None and value not in choices:
            self.problem(key, f"expected one of {', '.join(choices)}, got {value!r}")
            return None
        return value

    def refuse_unknown(self, known: Iterable[str]) -> None:
        """An unknown field is an error: a misspelt `publised` would otherwise drop the date silently."""
        known = tuple(known)
        for key in sorted(self.mapping.keys() - set(known)):
            guess = difflib.get_close_matches(key, known, n=1)
            hint = f"; did you mean {guess[0]!r}?" if guess else f"; known fields: {', '.join(known)}"
            self.problem(key, f"unknown field{hint}")


def _looks_like_date(value: str) -> bool:
    return len(value) == 10 and value[4] == "-" and value[7] == "-" and value.replace("-", "").isdigit()


def _kind(value: object) -> str:
    if isinstance(value, list):
        return "list"
    return "mapping" if isinstance(value, dict) else type(value).__name__


def read_article_meta(mapping: _Mapping, *, path: PurePosixPath) -> tuple[ArticleMeta, list[Diagnostic]]:
    """Check one article's metadata; raise `InputError` listing every error, return the warnings."""
    fields = FieldReader(mapping, path)
    meta = ArticleMeta(
        title=fields.text("title"),
        source=fields.text("source"),
        url=fields.text("url"),
        published=fields.day("published"),
        updated=fields.day("updated"),
        authors=fields.texts("authors"),
        language=fields.text("language"),
        tags=fields.texts("tags"),
        dateline=fields.text("dateline"),
    )
    if meta.url is not None and not meta.url.lower().startswith(("http://", "https://")):
        fields.problem("url", f"expected an http(s) address, got {meta.url!r}")
    fields.refuse_unknown(ARTICLE_FIELDS)
    return meta, warnings_or_raise(fields.problems)


def warnings_or_raise(problems: list[Diagnostic]) -> list[Diagnostic]:
    """Raise `InputError` listing the errors among `problems`; else return the warnings."""
    if errors := [d for d in problems if d.severity is Severity.ERROR]:
        raise InputError(errors)
    return [d for d in problems if d.severity is Severity.WARNING]
