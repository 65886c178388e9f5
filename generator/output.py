"""Write the generated pages: atomically, only when bytes change, and delete only files we generated."""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from generator.errors import Diagnostic, InputError

log = logging.getLogger(__name__)

MANIFEST = PurePosixPath(".briefings-manifest.json")
"""Lists every file the generator wrote; a dotfile, so MkDocs does not publish it."""


@dataclass(frozen=True, slots=True, kw_only=True)
class WritePlan:
    """What a build would change under the output directory, computed before anything is touched."""

    writes: Mapping[PurePosixPath, bytes]
    deletes: frozenset[PurePosixPath]
    generated: frozenset[PurePosixPath]
    manifest_changes: bool = False

    @property
    def is_empty(self) -> bool:
        return not self.writes and not self.deletes and not self.manifest_changes

    def describe(self) -> list[str]:
        lines = [f"would write {uri}" for uri in sorted(self.writes)]
        lines += [f"would delete {uri}" for uri in sorted(self.deletes)]
        if self.manifest_changes and not lines:
            lines.append(f"would update {MANIFEST}")
        return lines


def read_manifest(out_dir: Path) -> frozenset[PurePosixPath]:
    path = out_dir / MANIFEST
    if not path.is_file():
        return frozenset()
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        log.warning("%s is unreadable; treating every generated file as new", path)
        return frozenset()
    return frozenset(PurePosixPath(e) for e in entries if isinstance(e, str) and _is_safe(PurePosixPath(e)))


def _is_safe(uri: PurePosixPath) -> bool:
    return not uri.is_absolute() and ".." not in uri.parts and bool(uri.parts)


def _manifest_bytes(generated: frozenset[PurePosixPath]) -> bytes:
    return (json.dumps(sorted(map(str, generated)), indent=1) + "\n").encode()


def plan_writes(out_dir: Path, pages: Mapping[PurePosixPath, str]) -> WritePlan:
    """Decide what to write and delete; refuse to overwrite a file that briefings did not write."""
    previous = read_manifest(out_dir)
    writes: dict[PurePosixPath, bytes] = {}
    foreign: list[Diagnostic] = []
    for uri in sorted(pages):
        if not _is_safe(uri):
            raise ValueError(f"refusing to write outside the output folder: {uri}")
        data = pages[uri].encode("utf-8")
        target = out_dir / uri
        if target.is_file() and target.read_bytes() == data:
            continue
        if target.exists() and uri not in previous:
            message = "exists but was not written by briefings; move it away or rename the story"
            foreign.append(Diagnostic(path=PurePosixPath(out_dir.name) / uri, message=message))
        writes[uri] = data
    if foreign:
        raise InputError(foreign)
    generated = frozenset(pages)
    deletes = frozenset(uri for uri in previous - generated if (out_dir / uri).is_file())
    manifest = out_dir / MANIFEST
    manifest_changes = not manifest.is_file() or manifest.read_bytes() != _manifest_bytes(generated)
    return WritePlan(writes=writes, deletes=deletes, generated=generated, manifest_changes=manifest_changes)


_TEMPORARY = re.compile(r"^\..+\.[A-Za-z0-9_]{6,}\.tmp$")
"""The names `atomic_write` gives its temporary files; a killed build can leave one behind."""


def remove_leftovers(out_dir: Path) -> None:
    """Delete temporary files that an interrupted build left (only names that `atomic_write` makes)."""
    for path in sorted(out_dir.rglob(".*.tmp")):
        if path.is_file() and _TEMPORARY.match(path.name):
            path.unlink(missing_ok=True)


def apply(out_dir: Path, plan: WritePlan) -> None:
    """Carry out a plan: new files first, then deletions, the manifest last."""
    out_dir.mkdir(parents=True, exist_ok=True)
    remove_leftovers(out_dir)
    previous = read_manifest(out_dir)
    # First record every file we are about to own, so a crash mid-way never orphans one of ours.
    if plan.writes:
        atomic_write(out_dir / MANIFEST, _manifest_bytes(previous | plan.generated))
    for uri, data in sorted(plan.writes.items()):
        atomic_write(out_dir / uri, data)
    for uri in sorted(plan.deletes):
        (out_dir / uri).unlink(missing_ok=True)
        _remove_empty_parents(out_dir, out_dir / uri)
    if plan.manifest_changes or plan.writes or plan.deletes:
        atomic_write(out_dir / MANIFEST, _manifest_bytes(plan.generated))


def _remove_empty_parents(root: Path, path: Path) -> None:
    parent = path.parent
    while parent != root and parent.is_dir() and not any(parent.iterdir()):
        parent.rmdir()
        parent = parent.parent


def atomic_write(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Replace `path` with `data` so that readers see the old or the new file, never half of one.

    `durable` also flushes the data to disk before the rename, so that it survives a power cut; caches skip that
    (an entry lost or damaged by one is unreadable, so ignored and rebuilt).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            if durable:
                os.fsync(f.fileno())
        Path(tmp).chmod(0o644)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
