"""Cache of each story's finished result, so that a rebuild re-merges and re-renders only the stories that changed.

An entry holds the story's outline (the briefing without article text, which is all the shared pages need), its
warnings, and its rendered pages. It is keyed by the bytes of the story's files and of seeds/actors.yml, the
model package and version, and a hash of the whole generator package. The pages are reused only when the
templates and the story's links to actor pages are the same as when they were rendered (`render_key`).
Entries are JSON, written atomically; an unreadable one is ignored.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from generator.errors import Diagnostic
from generator.incremental import codec
from generator.incremental.keys import code_fingerprint, model_version
from generator.incremental.store import CacheStore
from generator.model import Briefing

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryEntry:
    """One story's finished result."""

    outline: Briefing
    warnings: tuple[Diagnostic, ...]
    render_key: str
    pages: Mapping[PurePosixPath, str]


class StoryCache(CacheStore[StoryEntry]):
    """Finished stories by key, on disk and in memory."""

    def __init__(self, folder: Path | None, model: str) -> None:
        self.identity = f"{model}\0{model_version(model)}\0{code_fingerprint(('.',))}"
        super().__init__(folder, suffix=".json", encode=_encode, decode=_decode)

    def key(self, story_fingerprint: str, aliases: Mapping[str, str]) -> str:
        shared = "\0".join(f"{k}\0{v}" for k, v in sorted(aliases.items()))
        return hashlib.sha256(f"{self.identity}\0{shared}\0{story_fingerprint}".encode()).hexdigest()


def _encode(entry: StoryEntry) -> bytes:
    data = {
        "outline": entry.outline,
        "warnings": entry.warnings,
        "render_key": entry.render_key,
        "pages": {str(uri): text for uri, text in entry.pages.items()},
    }
    return codec.dumps(data).encode("utf-8")


def _decode(data: bytes) -> StoryEntry:
    raw = codec.loads(data)
    entry = StoryEntry(
        outline=raw["outline"],
        warnings=raw["warnings"],
        render_key=raw["render_key"],
        pages={PurePosixPath(uri): text for uri, text in raw["pages"].items()},
    )
    if not isinstance(entry.outline, Briefing) or not all(isinstance(t, str) for t in entry.pages.values()):
        raise TypeError("not a story cache entry")
    return entry
