"""Write the generated pages: atomically, only when bytes change, and delete only files we generated."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import tempfile
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from generator.errors import Diagnostic, InputError, OutputError

log = logging.getLogger(__name__)

MANIFEST = PurePosixPath(".briefings-manifest.json")
"""Lists every file the generator wrote; a dotfile, so MkDocs does not publish it."""
LOCK_WAIT = 600.0
"""Seconds a build waits for another build of the same output folder before it gives up."""


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


def lock_path(out_dir: Path) -> Path:
    """The lock of an output folder: a dotfile beside it (`.briefings.lock` beside `briefings/`).

    Beside, not inside: the output folder stays exactly what the build wrote, and a lock file that stays is
    harmless (one removed while held would let a third build in), so it is never deleted.
    """
    return out_dir.parent / f".{out_dir.name}.lock"


@contextlib.contextmanager
def build_lock(out_dir: Path, *, wait: float = LOCK_WAIT) -> Iterator[None]:
    """Hold the output folder's lock: a second build on the same tree waits for the first, then runs.

    After `wait` seconds it gives up with an `OutputError`. Where the platform has no `fcntl` (Windows), builds
    are not serialised.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    root = PurePosixPath(out_dir.name)
    lock = lock_path(out_dir)
    try:
        lock.parent.mkdir(parents=True, exist_ok=True)
        handle = lock.open("a+b")
    except OSError as error:  # a read-only folder: no build can write it, so there is nothing to serialise
        log.debug("%s: no lock (%s)", lock.name, error.strerror)
        yield
        return
    with handle:
        deadline = time.monotonic() + wait
        told = False
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not told:
                    log.warning("%s: another build is writing it; waiting for it to finish", root)
                    told = True
                if time.monotonic() > deadline:
                    message = f"another build has held the lock for over {wait:g} s; try again when it ends"
                    raise OutputError([Diagnostic(path=PurePosixPath(lock.name), message=message)]) from None
                time.sleep(0.1)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


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


MAX_NAME_BYTES = 255
"""The longest file or folder name most file systems accept."""


class _PathCheck:
    """Finds what stands in the way of writing under the output folder: a symbolic link, an over-long name.

    Links are never written through: a link inside the output folder (or the folder itself as a link that
    leads out of the folder holding it) could make a build write or delete files elsewhere.
    """

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.root = PurePosixPath(out_dir.name)
        self.seen: dict[Path, str | None] = {}

    def problem(self, uri: PurePosixPath) -> Diagnostic | None:
        if too_long := [part for part in uri.parts if len(part.encode()) > MAX_NAME_BYTES]:
            message = (
                f"the name {too_long[0][:40]!r}… is over {MAX_NAME_BYTES} bytes; shorten the story or article name"
            )
            return Diagnostic(path=self.root / uri, message=message)
        if (why := self._link(self.out_dir, outer=True)) is not None:
            return Diagnostic(path=self.root, message=why)
        path = self.out_dir
        for part in uri.parts:
            path = path / part
            if (why := self._link(path, outer=False)) is not None:
                return Diagnostic(path=self.root / path.relative_to(self.out_dir), message=why)
        return None

    def _link(self, path: Path, *, outer: bool) -> str | None:
        if path not in self.seen:
            self.seen[path] = None
            if path.is_symlink():
                parent = path.parent.resolve()
                target = path.resolve()
                if not outer or not target.is_relative_to(parent):
                    self.seen[path] = "is a symbolic link; briefings never writes through links, remove it"
        return self.seen[path]


def plan_writes(out_dir: Path, pages: Mapping[PurePosixPath, str]) -> WritePlan:
    """Decide what to write and delete; refuse to overwrite a file that briefings did not write.

    Raises `OutputError` before anything is touched when a page's path holds a symbolic link or an over-long name.
    """
    previous = read_manifest(out_dir)
    writes: dict[PurePosixPath, bytes] = {}
    foreign: list[Diagnostic] = []
    check = _PathCheck(out_dir)
    blocked: list[Diagnostic] = []
    for uri in sorted(pages):
        if not _is_safe(uri):
            raise ValueError(f"refusing to write outside the output folder: {uri}")
        if (problem := check.problem(uri)) is not None:
            blocked.append(problem)
            continue
        data = pages[uri].encode("utf-8")
        target = out_dir / uri
        if target.is_file() and target.read_bytes() == data:
            continue
        if target.exists() and uri not in previous:
            message = "exists but was not written by briefings; move it away or rename the story"
            foreign.append(Diagnostic(path=PurePosixPath(out_dir.name) / uri, message=message))
        writes[uri] = data
    generated = frozenset(pages)
    stale = sorted(previous - generated)
    blocked += [problem for uri in stale if (problem := check.problem(uri)) is not None]
    if blocked:
        raise OutputError(sorted(set(blocked), key=lambda d: d.sort_key))
    if foreign:
        raise InputError(foreign)
    deletes = frozenset(uri for uri in stale if (out_dir / uri).is_file())
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
    """Carry out a plan: new files first, then deletions, the manifest last.

    A file system error (a read-only folder, a full disk) becomes an `OutputError` naming the file: every file
    is replaced whole or not at all, and the manifest already lists each file the build was about to write.
    """
    with _reported(out_dir, PurePosixPath(".")):
        out_dir.mkdir(parents=True, exist_ok=True)
        remove_leftovers(out_dir)
    previous = read_manifest(out_dir)
    # First record every file we are about to own, so a crash mid-way never orphans one of ours.
    if plan.writes:
        _write(out_dir, MANIFEST, _manifest_bytes(previous | plan.generated))
    for uri, data in sorted(plan.writes.items()):
        _write(out_dir, uri, data)
    for uri in sorted(plan.deletes):
        with _reported(out_dir, uri):
            (out_dir / uri).unlink(missing_ok=True)
            _remove_empty_parents(out_dir, out_dir / uri)
    if plan.manifest_changes or plan.writes or plan.deletes:
        _write(out_dir, MANIFEST, _manifest_bytes(plan.generated))


def _write(out_dir: Path, uri: PurePosixPath, data: bytes) -> None:
    with _reported(out_dir, uri):
        atomic_write(out_dir / uri, data)


@contextlib.contextmanager
def _reported(out_dir: Path, uri: PurePosixPath) -> Iterator[None]:
    """Turn a file system error on `uri` into an `OutputError` that names it (`briefings/x.md: cannot ...`)."""
    try:
        yield
    except OSError as error:
        where = PurePosixPath(out_dir.name) / uri
        message = f"cannot be written: {error.strerror or error}; nothing was left half-written"
        raise OutputError([Diagnostic(path=where, message=message)]) from None


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
