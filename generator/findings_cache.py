"""Cache of each article's sentences and extracted findings, so an unchanged article costs no parse at all.

Keyed by the article (id, text, publication date), the model package and its installed version, and a hash
of the extraction code; stored as JSON under the cache folder, written atomically; an unreadable entry is ignored.
A build whose articles are all cached never imports spaCy.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import importlib.metadata
import json
import logging
from datetime import date, datetime
from pathlib import Path
from typing import Any

from generator.output import atomic_write

log = logging.getLogger(__name__)

EXTRACT_VERSION = "1"
"""Bump to drop every cached finding (the code hash below already covers changes to the extraction code)."""

_CODE = ("extract", "temporal", "nlp.py", "ingest/text.py", "model.py")
"""The code whose changes change the findings: its bytes are part of every cache key."""


def code_fingerprint() -> str:
    """A hash of the extraction code, so that editing an extractor never reuses stale findings."""
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for entry in _CODE:
        path = root / entry
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(file.name.encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def _classes() -> dict[str, type]:
    from generator import model
    from generator.extract import Findings
    from generator.extract.actors import ActorMention
    from generator.extract.background import BackgroundMention
    from generator.extract.questions import QuestionMention
    from generator.extract.quotes import QuoteMention
    from generator.extract.timeline import EventMention
    from generator.temporal.resolve import Tense
    from generator.temporal.tagger import TimexMention

    found: list[type] = [
        Findings,
        ActorMention,
        BackgroundMention,
        QuestionMention,
        QuoteMention,
        EventMention,
        TimexMention,
        Tense,
        model.Sentence,
        model.Citation,
        model.TimeValue,
        model.Granularity,
        model.ActorKind,
    ]
    return {cls.__name__: cls for cls in found}


def encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            "__type__": type(value).__name__,
            **{f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)},
        }
    if isinstance(value, enum.Enum):
        return {"__enum__": type(value).__name__, "value": value.value}
    if isinstance(value, datetime):
        return {"__datetime__": value.isoformat()}
    if isinstance(value, date):
        return {"__date__": value.isoformat()}
    if isinstance(value, tuple | list):
        return [encode(v) for v in value]
    return value


def decode(value: Any, classes: dict[str, type]) -> Any:
    if isinstance(value, list):
        return tuple(decode(v, classes) for v in value)
    if isinstance(value, dict):
        if "__type__" in value:
            cls = classes[value["__type__"]]
            return cls(**{k: decode(v, classes) for k, v in value.items() if k != "__type__"})
        if "__enum__" in value:
            return classes[value["__enum__"]](value["value"])
        if "__date__" in value:
            return date.fromisoformat(value["__date__"])
        if "__datetime__" in value:
            return datetime.fromisoformat(value["__datetime__"])
    return value


def model_version(name: str) -> str:
    """The installed version of the model package, without loading spaCy."""
    for candidate in (name, name.replace("_", "-")):
        try:
            return importlib.metadata.version(candidate)
        except importlib.metadata.PackageNotFoundError:
            continue
    return "unknown"


class FindingsCache:
    """Sentences and findings per article, on disk and in memory."""

    def __init__(self, folder: Path | None, model: str) -> None:
        self.folder = folder
        self.identity = f"{model}\0{model_version(model)}\0{EXTRACT_VERSION}\0{code_fingerprint()}"
        self.memory: dict[str, tuple[Any, Any]] = {}
        self._classes: dict[str, type] | None = None

    def key(self, article: Any) -> str:
        published = article.meta.published.isoformat() if article.meta.published else ""
        text = f"{self.identity}\0{article.id}\0{published}\0{article.text}"
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def get(self, key: str) -> tuple[Any, Any] | None:
        if key in self.memory:
            return self.memory[key]
        if self.folder is None:
            return None
        path = self.folder / key[:2] / f"{key}.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            self._classes = self._classes or _classes()
            entry = (decode(data["sentences"], self._classes), decode(data["findings"], self._classes))
        except (OSError, ValueError, KeyError, TypeError) as error:
            if path.exists():
                log.debug("ignoring unreadable findings cache entry %s: %s", path, error)
            return None
        self.memory[key] = entry
        return entry

    def put(self, key: str, sentences: Any, findings: Any) -> None:
        self.memory[key] = (sentences, findings)
        if self.folder is not None:
            data = json.dumps({"sentences": encode(sentences), "findings": encode(findings)}, ensure_ascii=False)
            try:
                atomic_write(self.folder / key[:2] / f"{key}.json", data.encode("utf-8"))
            except OSError as error:
                log.warning("could not write the findings cache: %s", error)
