"""The words the generator writes into pages from Python: dates, navigation, the timeline picture's captions.

They live in `strings.yml` beside the templates (which hold every other word of a page), so that a site can be
translated: a project's own `templates/strings.yml` replaces the packaged values key by key. A value is a format
string whose `{fields}` the generator fills in; a project's value may leave fields out but not name new ones, and
a mistake is an `InputError` that names the file, line and key.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path, PurePosixPath

from generator.errors import Diagnostic, InputError
from generator.ingest.metadata import load_yaml
from generator.render.packaged import PACKAGED_TEMPLATES

STRINGS_FILE = "strings.yml"
MONTH_LISTS = ("months", "short_months")
"""The two keys whose value is a list of twelve names, January first."""


@dataclass(frozen=True, slots=True)
class Strings:
    """Interface strings by dotted key (`dates.week`), and the month names."""

    formats: Mapping[str, str]
    months: tuple[str, ...]
    short_months: tuple[str, ...]

    def __call__(self, key: str, **fields: object) -> str:
        """The string of `key` with its fields filled in: `strings("dates.week", day=4, month="Sep", year=2023)`."""
        return self.formats[key].format_map(fields)

    def day(self, day: date, *, year: bool = True) -> str:
        """ "11 Sep 2023", or "11 Sep" without the year."""
        month = self.short_months[day.month - 1]
        if year:
            return self("dates.day", day=day.day, month=month, year=day.year)
        return self("dates.day_and_month", day=day.day, month=month)


def _fields(text: str) -> set[str] | None:
    """The field names of a format string, or None when it is not one of plain `{name}` fields."""
    names = set()
    try:
        for _, name, spec, conversion in string.Formatter().parse(text):
            if name is None:
                continue
            if not name.isidentifier() or spec or conversion:
                return None
            names.add(name)
    except ValueError:  # a lone "{" or "}"
        return None
    return names


def _flatten(mapping: Mapping[str, object], prefix: str = "") -> dict[str, object]:
    """Dotted key -> value for every leaf; the month lists stay whole."""
    leaves: dict[str, object] = {}
    for key, value in mapping.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, Mapping) and dotted not in MONTH_LISTS:
            leaves.update(_flatten(value, prefix=f"{dotted}."))
        else:
            leaves[dotted] = value
    return leaves


def _line(mapping: Mapping[str, object], dotted: str) -> int | None:
    """The line of a dotted key in a loaded file (`load_yaml` mappings remember their keys' lines)."""
    *parents, last = dotted.split(".")
    for part in parents:
        mapping = mapping[part]  # type: ignore[assignment]
    return getattr(mapping, "lines", {}).get(last)


def _read(path: Path, shown: PurePosixPath) -> Mapping[str, object]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError([Diagnostic(path=shown, message=f"cannot be read: {error}")]) from None
    return load_yaml(text, path=shown)


@cache
def _packaged() -> dict[str, object]:
    path = PACKAGED_TEMPLATES / STRINGS_FILE
    return _flatten(_read(path, PurePosixPath(path.as_posix())))


def _checked(own: Mapping[str, object], shown: PurePosixPath) -> dict[str, object]:
    """A project's values, each checked against the packaged value of its key."""
    values = _flatten(own)
    problems = [
        Diagnostic(path=shown, line=_line(own, key), field=key, message=message)
        for key, value in values.items()
        if (message := _problem(key, value)) is not None
    ]
    if problems:
        raise InputError(problems)
    return values


def _problem(key: str, value: object) -> str | None:
    """What is wrong with a project's value for `key`, or None."""
    packaged = _packaged()
    if key not in packaged:
        return "unknown key; the keys are those of the packaged strings.yml"
    if key in MONTH_LISTS:
        if isinstance(value, list) and len(value) == 12 and all(isinstance(v, str) and v for v in value):
            return None
        return "expected a list of twelve month names, January first"
    if not isinstance(value, str):
        return "expected text"
    fields, allowed = _fields(value), _fields(str(packaged[key])) or set()
    if fields is None:
        return "braces may only hold a field name such as {year}; write {{ and }} for a brace"
    if fields - allowed:
        unknown = ", ".join(f"{{{name}}}" for name in sorted(fields - allowed))
        return f"unknown field {unknown}; this text may use {', '.join(f'{{{n}}}' for n in sorted(allowed)) or 'none'}"
    return None


def load_strings(templates_dir: Path) -> Strings:
    """The strings in effect: the project's `strings.yml` (if it has one) over the packaged one, key by key."""
    values = dict(_packaged())
    own = templates_dir / STRINGS_FILE
    if templates_dir.resolve() != PACKAGED_TEMPLATES and own.is_file():
        shown = PurePosixPath(f"{templates_dir.name}/{STRINGS_FILE}")
        values.update(_checked(_read(own, shown), shown))
    return _strings(values)


def _strings(values: Mapping[str, object]) -> Strings:
    formats = {key: str(value) for key, value in values.items() if key not in MONTH_LISTS}
    return Strings(
        formats=formats,
        months=tuple(str(m) for m in values["months"]),  # type: ignore[attr-defined]
        short_months=tuple(str(m) for m in values["short_months"]),  # type: ignore[attr-defined]
    )


ENGLISH = _strings(_packaged())
"""The packaged strings: for code that renders without a project (tests, the JSON export)."""
