"""One on-disk store behind every cache (parses, findings, stories), with an in-memory layer.

Entries are files ``folder/ab/abcd….suffix`` named by their key, written atomically, so concurrent builds
cannot leave half a file. An entry that cannot be read or decoded is treated as missing (it is rebuilt and
written again); a disk that cannot be written only logs a warning. With no folder, the store is memory only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

from generator.output import atomic_write

log = logging.getLogger(__name__)

T = TypeVar("T")

UNREADABLE = (OSError, ValueError, KeyError, TypeError, AttributeError)
"""What decoding a damaged or foreign entry raises."""


class CacheStore(Generic[T]):
    """Entries of one kind by key: in memory first, then on disk."""

    def __init__(
        self,
        folder: Path | None,
        *,
        suffix: str,
        encode: Callable[[T], bytes],
        decode: Callable[[bytes], T],
        keep: bool = True,
    ) -> None:
        self.folder = folder
        self.keep = keep or folder is None
        """Whether entries stay in memory once read or written (a one-off `mkdocs build` reads each page's
        once and need not hold every page's HTML until it ends)."""
        self.suffix = suffix
        self.encode = encode
        self.decode = decode
        self.memory: dict[str, T] = {}

    def path(self, key: str) -> Path | None:
        return self.folder / key[:2] / f"{key}{self.suffix}" if self.folder is not None else None

    def has(self, key: str) -> bool:
        """Whether an entry exists (without reading it; it may still turn out unreadable)."""
        path = self.path(key)
        return key in self.memory or (path is not None and path.is_file())

    def get(self, key: str) -> T | None:
        if key in self.memory:
            return self.memory[key]
        path = self.path(key)
        if path is None:
            return None
        try:
            entry = self.decode(path.read_bytes())
        except UNREADABLE as error:
            if path.exists():
                log.debug("ignoring unreadable cache entry %s: %s", path, error)
            return None
        if self.keep:
            self.memory[key] = entry
        return entry

    def remember(self, key: str, entry: T) -> None:
        """Keep an entry in memory only (another process has written it to disk)."""
        self.memory[key] = entry

    def put(self, key: str, entry: T) -> None:
        if self.keep:
            self.memory[key] = entry
        path = self.path(key)
        if path is None:
            return
        try:
            atomic_write(path, self.encode(entry), durable=False)
        except OSError as error:  # a read-only or full disk must not fail the build
            log.warning("could not write the cache entry %s: %s", path, error)

    def release(self) -> None:
        """Drop what is held in memory; the entries stay on disk (a memory-only store keeps them)."""
        if self.folder is not None:
            self.forget_except(set())

    def forget_except(self, keys: set[str]) -> None:
        """Drop in-memory entries no longer used (under `mkdocs serve`, memory stays flat)."""
        self.memory = {k: v for k, v in self.memory.items() if k in keys}

    def prune(self, keep: set[str]) -> None:
        """Forget every entry but `keep`, in memory and on disk."""
        self.forget_except(keep)
        if self.folder is None or not self.folder.is_dir():
            return
        for path in self.folder.glob(f"*/*{self.suffix}"):
            if path.stem not in keep:
                path.unlink(missing_ok=True)


class BuildStore(CacheStore[T]):
    """A store of one build step's results (converted pages, search entries), scoped to a build.

    It counts hits and misses, and after the build keeps only the entries that build asked for, so that memory
    and disk stay the size of the site.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:  # as CacheStore's
        super().__init__(*args, **kwargs)
        self.begin()

    def begin(self) -> None:
        """A new build: nothing asked for yet."""
        self.used: set[str] = set()
        self.hits = self.misses = 0

    def lookup(self, key: str) -> T | None:
        """The entry under `key`, counted as a hit or a miss; either way the key is kept after the build."""
        self.used.add(key)
        found = self.get(key)
        if found is None:
            self.misses += 1
        else:
            self.hits += 1
        return found

    def finish(self) -> None:
        """After the build: drop every entry it did not ask for."""
        self.prune(self.used)
