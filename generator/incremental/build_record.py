"""A record of the last finished build, so that a rebuild with nothing changed renders nothing and reads no entry.

The record holds a key over every input of a build (the settings, the templates' bytes and each story's cache key,
which covers the story's files, seeds/actors.yml, the model and the generator's code), the stories in site order,
the stories' warnings, and the size, times and inode of every file the build left in the output folder. When a
build finds the same key and every one of those files as it was left, the output is already what the build would
write: it stops there (at 5,000 stories: reading the seeds, no story entry decoded, no page rendered or compared).
Any other case is a full build, which writes a new record once the output folder is up to date. (File times
tick every few milliseconds: a hand edit that kept a page's size and came within those milliseconds of the
build's own write would go unseen; `rm -r .cache/briefings/builds` forgets the record.)
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from generator.errors import Diagnostic
from generator.incremental import codec
from generator.incremental.store import UNREADABLE
from generator.output import MANIFEST, atomic_write

log = logging.getLogger(__name__)

Stamp = tuple[int, int, int, int]
"""A file's size, modification and change times (ns) and inode: any write or replacement changes one of them."""


@dataclass(frozen=True, slots=True, kw_only=True)
class BuildRecord:
    """What the last finished build produced, and from which inputs."""

    key: str
    stories: tuple[str, ...]
    """Slugs in site order (newest first)."""
    warnings: tuple[Diagnostic, ...]
    """The stories' warnings (the scan's own are found again by every build)."""
    outputs: Mapping[str, Stamp]
    """Every generated file and the manifest, relative to the output folder."""


def stamp(path: Path) -> Stamp | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)


def stamps(out_dir: Path, generated: Iterable[PurePosixPath]) -> dict[str, Stamp] | None:
    """The stamps of the generated files and the manifest, or None if one is missing."""
    found = {}
    for uri in sorted({*map(str, generated), str(MANIFEST)}):
        mark = stamp(out_dir / uri)
        if mark is None:
            return None
        found[uri] = mark
    return found


class BuildRecords:
    """The record of one output folder's last build: on disk in the cache folder, else in memory only."""

    def __init__(self, cache_dir: Path | None, out_dir: Path) -> None:
        name = hashlib.sha256(str(out_dir.resolve()).encode()).hexdigest()[:16]
        self.path = cache_dir / "builds" / f"{name}.json" if cache_dir is not None else None
        self.out_dir = out_dir
        self.memory: BuildRecord | None = None

    def matching(self, key: str) -> BuildRecord | None:
        """The last build's record if it had this key and its output folder is as it left it."""
        record = self.memory if self.memory is not None else self._read()
        if record is None or record.key != key:
            return None
        if any(stamp(self.out_dir / uri) != mark for uri, mark in record.outputs.items()):
            return None
        return record

    def save(
        self, key: str, stories: tuple[str, ...], warnings: tuple[Diagnostic, ...], generated: Iterable[PurePosixPath]
    ) -> None:
        """Record a build whose output folder now holds exactly `generated` (plus the manifest)."""
        outputs = stamps(self.out_dir, generated)
        if outputs is None:
            return
        self.memory = BuildRecord(key=key, stories=stories, warnings=warnings, outputs=outputs)
        if self.path is None:
            return
        data = {"key": key, "stories": stories, "warnings": warnings, "outputs": outputs}
        try:
            atomic_write(self.path, codec.dumps(data).encode("utf-8"), durable=False)
        except OSError as error:  # as for any cache: a disk that cannot be written does not fail the build
            log.warning("could not write the build record %s: %s", self.path, error)

    def _read(self) -> BuildRecord | None:
        if self.path is None:
            return None
        try:
            raw = codec.loads(self.path.read_bytes())
            record = BuildRecord(
                key=raw["key"],
                stories=raw["stories"],
                warnings=raw["warnings"],
                outputs={uri: tuple(mark) for uri, mark in raw["outputs"].items()},
            )
            if not isinstance(record.key, str) or not all(isinstance(d, Diagnostic) for d in record.warnings):
                raise TypeError("not a build record")
        except UNREADABLE as error:
            if self.path.exists():
                log.debug("ignoring unreadable build record %s: %s", self.path, error)
            return None
        return record
