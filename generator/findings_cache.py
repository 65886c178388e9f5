"""Cache of each article's sentences and extracted findings, so an unchanged article costs no parse at all.

Keyed by the article (id, text, publication date), the model package and its installed version, and a hash
of the extraction code; stored as JSON under the cache folder, written atomically; an unreadable entry is ignored.
A build whose articles are all cached never imports spaCy.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import logging
from pathlib import Path
from typing import Any

from generator import codec
from generator.cache_store import CacheStore

log = logging.getLogger(__name__)

EXTRACT_VERSION = "1"
"""Bump to drop every cached finding (the code hash below already covers changes to the extraction code)."""

_CODE = ("extract", "temporal", "nlp.py", "ingest/text.py", "model.py")
"""The code whose changes change the findings: its bytes are part of every cache key."""


def code_fingerprint(entries: tuple[str, ...] = _CODE) -> str:
    """A hash of the extraction code (or of `entries` of the package), so that edits never reuse stale results."""
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for entry in entries:
        path = root / entry
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(file.name.encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def package_versions(names: tuple[str, ...]) -> dict[str, str]:
    """The installed version of each package by name ("-" for one that is not installed)."""
    versions = {}
    for name in names:
        try:
            versions[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            versions[name] = "-"
    return versions


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
        self.identity = f"{model}\0{model_version(model)}\0{EXTRACT_VERSION}\0{code_fingerprint()}"
        self.store: CacheStore[tuple[Any, Any]] = CacheStore(folder, suffix=".json", encode=_encode, decode=_decode)

    def key(self, article: Any) -> str:
        published = article.meta.published.isoformat() if article.meta.published else ""
        text = f"{self.identity}\0{article.id}\0{published}\0{article.text}"
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def get(self, key: str) -> tuple[Any, Any] | None:
        return self.store.get(key)

    def put(self, key: str, sentences: Any, findings: Any) -> None:
        self.store.put(key, (sentences, findings))

    def remember(self, key: str, sentences: Any, findings: Any) -> None:
        """Keep an entry that a worker process has written to disk."""
        self.store.remember(key, (sentences, findings))


def _encode(entry: tuple[Any, Any]) -> bytes:
    return codec.dumps({"sentences": entry[0], "findings": entry[1]}).encode("utf-8")


def _decode(data: bytes) -> tuple[Any, Any]:
    entry = codec.loads(data)
    return entry["sentences"], entry["findings"]
