"""JSON for our own frozen dataclasses and enums, for the caches: `dumps` writes them, `loads` rebuilds them.

A dataclass is written as an object with a ``__type__`` key naming its class; enums, dates, datetimes and paths
get their own markers; lists come back as tuples (also inside plain dicts). Only the classes registered here can
be rebuilt, so a tampered cache file can at worst fail to load (it is then ignored and rebuilt).
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import json
from datetime import date, datetime
from pathlib import PurePosixPath
from types import ModuleType
from typing import Any


@functools.cache
def registry() -> dict[str, type]:
    """Every dataclass and enum of the data model, the diagnostics and the extractors' findings, by name."""
    from generator import errors, extract, model
    from generator.extract import actors, background, figures, questions, quotes, timeline
    from generator.temporal import resolve, tagger

    modules: tuple[ModuleType, ...] = (
        model,
        errors,
        extract,
        actors,
        background,
        figures,
        questions,
        quotes,
        timeline,
        resolve,
        tagger,
    )
    found: dict[str, type] = {}
    for module in modules:
        for name, value in vars(module).items():
            is_data = dataclasses.is_dataclass(value) or (isinstance(value, type) and issubclass(value, enum.Enum))
            if isinstance(value, type) and is_data and value.__module__ == module.__name__:
                if found.get(name, value) is not value:
                    raise TypeError(f"two cached classes are named {name}")
                found[name] = value
    return found


_FIELDS: dict[type, tuple[str, ...] | None] = {}


def _field_names(cls: type) -> tuple[str, ...] | None:
    """The field names of a dataclass (None for any other type), looked up once per class."""
    if cls not in _FIELDS:
        _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else None
    return _FIELDS[cls]


def encode(value: Any) -> Any:
    """`value` as plain JSON data (dataclasses, enums, dates and paths marked so that `loads` can rebuild them)."""
    if isinstance(value, enum.Enum):
        return {"__enum__": type(value).__name__, "value": value.value}
    if value is None or isinstance(value, str | int | float):
        return value
    if isinstance(value, tuple | list):
        return [encode(v) for v in value]
    names = _field_names(type(value))
    if names is not None:
        return {"__type__": type(value).__name__, **{n: encode(getattr(value, n)) for n in names}}
    if isinstance(value, dict):
        return {str(k): encode(v) for k, v in value.items()}
    if isinstance(value, datetime):
        return {"__datetime__": value.isoformat()}
    if isinstance(value, date):
        return {"__date__": value.isoformat()}
    if isinstance(value, PurePosixPath):
        return {"__path__": str(value)}
    return value


def dumps(value: Any) -> str:
    return json.dumps(encode(value), ensure_ascii=False, separators=(",", ":"))


def _tuples(value: Any) -> Any:
    if type(value) is not list:
        return value
    items = tuple(value)
    return tuple(_tuples(v) for v in items) if list in map(type, items) else items


def _rebuild(data: dict[str, Any]) -> Any:
    name = data.pop("__type__", None)
    if name is not None:
        return registry()[name](**{k: _tuples(v) if type(v) is list else v for k, v in data.items()})
    if len(data) <= 2 and data.keys() & _MARKERS:
        if "__enum__" in data:
            return registry()[data["__enum__"]](data["value"])
        if "__date__" in data:
            return date.fromisoformat(data["__date__"])
        if "__datetime__" in data:
            return datetime.fromisoformat(data["__datetime__"])
        if "__path__" in data:
            return PurePosixPath(data["__path__"])
    return {k: _tuples(v) for k, v in data.items()}


_MARKERS = frozenset({"__enum__", "__date__", "__datetime__", "__path__"})


def loads(text: str | bytes) -> Any:
    """Rebuild what `dumps` wrote; raises ValueError, KeyError or TypeError on anything else."""
    return _tuples(json.loads(text, object_hook=_rebuild))
