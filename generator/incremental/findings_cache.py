"""Cache of each article's sentences and extracted findings, so an unchanged article costs no parse at all.

Keyed by the article (id, text, publication date), the model package and its installed version, and a hash
of the extraction code; stored as JSON under the cache folder, written atomically; an unreadable entry is ignored.
A build whose articles are all cached never imports spaCy.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Any

from generator.incremental import codec
from generator.incremental.keys import code_fingerprint, model_version
from generator.incremental.store import CacheStore

log = logging.getLogger(__name__)

EXTRACT_VERSION = "1"
"""Bump to drop every cached finding (the code hash, `keys.EXTRACTION_CODE`, covers changes to the extraction code)."""


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
