"""Interrupt the writer at every point: every file is old or new, the manifest owns what we wrote, the next
build repairs everything, and hand-written files always survive."""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath

import pytest

import generator.output as output
from generator.output import MANIFEST, apply, plan_writes

OLD = {"index.md": "home v1\n", "story-a/index.md": "A v1\n", "story-b/index.md": "B v1\n", "data/story-b.json": "{}\n"}
NEW = {"index.md": "home v2\n", "story-a/index.md": "A v1\n", "story-c/index.md": "C v2\n"}  # b deleted, c added
HAND = {"about.md": "written by hand\n", "story-b/notes.md": "an editor's notes\n"}


class Killed(BaseException):
    """Stands in for the process dying (BaseException, like KeyboardInterrupt and SystemExit)."""


def pages(spec: dict[str, str]) -> dict[PurePosixPath, str]:
    return {PurePosixPath(k): v for k, v in spec.items()}


def build(out: Path, spec: dict[str, str]) -> None:
    apply(out, plan_writes(out, pages(spec)))


def files(out: Path) -> dict[str, str]:
    return {str(p.relative_to(out)): p.read_text() for p in sorted(out.rglob("*")) if p.is_file()}


def count_operations(tmp_path: Path) -> int:
    out = tmp_path / "count"
    build(out, OLD)
    calls = 0
    real_write, real_unlink = output.atomic_write, Path.unlink

    def write(path, data):
        nonlocal calls
        calls += 1
        real_write(path, data)

    def unlink(self, missing_ok=False):
        nonlocal calls
        calls += 1
        real_unlink(self, missing_ok=missing_ok)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(output, "atomic_write", write)
        mp.setattr(Path, "unlink", unlink)
        build(out, NEW)
    return calls


def test_an_interrupted_build_leaves_old_or_new_files_and_the_next_build_repairs(tmp_path):
    total = count_operations(tmp_path)
    assert total >= 4
    for stop_after in range(total):
        out = tmp_path / f"run{stop_after}"
        build(out, OLD)
        for name, text in HAND.items():
            (out / name).write_text(text)
        with pytest.MonkeyPatch.context() as mp, pytest.raises(Killed):
            write, unlink = _dying_after(stop_after)
            mp.setattr(output, "atomic_write", write)
            mp.setattr(Path, "unlink", unlink)
            build(out, NEW)

        on_disk = files(out)
        for name, text in HAND.items():
            assert on_disk[name] == text, (stop_after, name)
        for name, text in on_disk.items():
            if name in HAND or name == str(MANIFEST):
                continue
            assert text in {OLD.get(name), NEW.get(name)}, (stop_after, name, text)
        owned = set(json.loads(on_disk[str(MANIFEST)]))
        generated_on_disk = {n for n in on_disk if n not in HAND and n != str(MANIFEST)}
        assert generated_on_disk <= owned, (stop_after, generated_on_disk - owned)
        assert not [n for n in on_disk if Path(n).name.startswith(".") and n != str(MANIFEST)]

        build(out, NEW)  # the next build repairs everything
        assert files(out) == {**NEW, **HAND, str(MANIFEST): files(out)[str(MANIFEST)]}
        assert set(json.loads(files(out)[str(MANIFEST)])) == set(NEW)


def _dying_after(operations: int):
    """Replacements for atomic_write and Path.unlink that raise Killed after `operations` calls."""
    done = 0
    real_write, real_unlink = output.atomic_write, Path.unlink

    def guard() -> None:
        nonlocal done
        if done == operations:
            raise Killed
        done += 1

    def write(path, data):
        guard()
        real_write(path, data)

    def unlink(self, missing_ok=False):
        guard()
        real_unlink(self, missing_ok=missing_ok)

    return write, unlink


def test_leftover_temporary_files_from_a_killed_process_are_cleaned_up(tmp_path):
    out = tmp_path / "out"
    build(out, OLD)
    (out / "story-a" / ".index.md.abc123.tmp").write_text("half a fi")
    build(out, NEW)
    assert ".index.md.abc123.tmp" not in {p.name for p in out.rglob("*")}
