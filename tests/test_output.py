"""Writing output: atomic, only when bytes change, and never touching files the generator did not write."""

from __future__ import annotations

from pathlib import PurePosixPath

import pytest

from generator.errors import InputError
from generator.output import MANIFEST, apply, plan_writes


def build(out, pages):
    plan = plan_writes(out, {PurePosixPath(k): v for k, v in pages.items()})
    apply(out, plan)
    return plan


def test_second_identical_build_writes_nothing(tmp_path):
    out = tmp_path / "briefings"
    build(out, {"index.md": "home\n", "a/index.md": "story\n"})
    mtimes = {p: p.stat().st_mtime_ns for p in out.rglob("*")}
    plan = build(out, {"index.md": "home\n", "a/index.md": "story\n"})
    assert plan.is_empty
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*")} == mtimes


def test_dropped_page_is_deleted_but_hand_written_files_survive(tmp_path):
    out = tmp_path / "briefings"
    build(out, {"index.md": "home\n", "a/index.md": "story\n"})
    (out / "about.md").write_text("written by hand\n")
    plan = build(out, {"index.md": "home\n"})
    assert plan.deletes == {PurePosixPath("a/index.md")}
    assert not (out / "a").exists()
    assert (out / "about.md").read_text() == "written by hand\n"
    assert (out / MANIFEST).read_text() == '[\n "index.md"\n]\n'


def test_hand_written_file_at_a_generated_path_is_refused_and_kept(tmp_path):
    out = tmp_path / "briefings"
    out.mkdir()
    (out / "index.md").write_text("mine\n")
    with pytest.raises(InputError, match=r"briefings/index\.md: exists but was not written by briefings"):
        plan_writes(out, {PurePosixPath("index.md"): "generated\n"})
    assert (out / "index.md").read_text() == "mine\n"


def test_no_temporary_files_are_left_behind(tmp_path):
    out = tmp_path / "briefings"
    build(out, {"index.md": "home\n", "data/x.json": "{}\n"})
    assert sorted(p.name for p in out.rglob(".*") if p.is_file()) == [MANIFEST.name]


def test_paths_outside_the_output_folder_are_refused(tmp_path):
    with pytest.raises(ValueError, match="outside"):
        plan_writes(tmp_path, {PurePosixPath("../escape.md"): "x"})
