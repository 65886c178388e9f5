"""Under `mkdocs serve`: watch docs_dir, passing on to MkDocs only the changes that the generator did not make.

MkDocs watches docs_dir itself, so the pages the generator writes during a rebuild would start a second, needless
one. `OwnWrites` learns what the generator is about to write (before it writes it: the events of those writes may
arrive at once) and takes MkDocs' place as the watcher of docs_dir, passing on a hand-written page or an edit to a
generated one. To ask for that rebuild it touches MkDocs' private `LiveReloadServer._rebuild_cond` and
`_want_rebuild`, as MkDocs' own watcher does (there is no public way to ask).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path, PurePosixPath

from mkdocs.livereload import LiveReloadServer
from watchdog.events import FileSystemEvent, FileSystemEventHandler

from generator.output import MANIFEST, WritePlan


def absolute(path: str | os.PathLike[str]) -> str:
    """An absolute path as MkDocs and watchdog spell it (symlinks not resolved)."""
    return os.path.abspath(path)  # noqa: PTH100


class OwnWrites:
    """The files the generator last wrote (to the hash of their bytes) or deleted (None), by absolute path."""

    def __init__(self) -> None:
        self._wrote: dict[str, str | None] = {}

    def remember(self, out_dir: Path, plan: WritePlan) -> None:
        """Note a build's writes and deletions before they happen (the `before_writing` of `Session.build`)."""
        wrote = dict(self._wrote)
        for uri, data in plan.writes.items():
            wrote[absolute(out_dir / uri)] = hashlib.sha256(data).hexdigest()
        for uri in plan.deletes:
            wrote[absolute(out_dir / uri)] = None
        self._wrote = wrote  # replaced whole: the watcher thread reads it

    def expects(self, path: str) -> bool:
        """Whether the generator has announced that it writes this file (whether or not it has written it yet)."""
        return self._wrote.get(path) is not None

    def made_by_generator(self, path: str) -> bool:
        """Whether the file at `path` is as the generator left it: its bytes as written, or gone as deleted."""
        name = PurePosixPath(path).name
        if name.startswith(".") and name.endswith(".tmp"):  # atomic_write's temporary file
            return True
        if name == MANIFEST.name:  # ours alone (written twice per build); MkDocs does not publish dotfiles
            return True
        if path not in self._wrote:
            return False
        expected = self._wrote[path]
        try:
            return expected is not None and hashlib.sha256(Path(path).read_bytes()).hexdigest() == expected
        except FileNotFoundError:
            return expected is None
        except OSError:
            return False

    def watch(self, server: LiveReloadServer, docs_dir: str) -> None:
        """Watch docs_dir in MkDocs' place, asking for a rebuild only for changes the generator did not make."""
        docs = absolute(docs_dir)
        server.unwatch(docs)
        handler = FileSystemEventHandler()
        handler.on_any_event = lambda event: self._changed(server, event)  # type: ignore[method-assign]
        server.observer.schedule(handler, docs, recursive=True)

    def _changed(self, server: LiveReloadServer, event: FileSystemEvent) -> None:
        if event.is_directory:
            return
        paths = [p for p in (event.src_path, getattr(event, "dest_path", "")) if p]
        if all(self.made_by_generator(os.fsdecode(p)) for p in paths):
            return
        with server._rebuild_cond:  # what MkDocs' own watcher does (it offers no public way to ask)
            server._want_rebuild = True
            server._rebuild_cond.notify_all()
