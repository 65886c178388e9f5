"""Hostile or careless files around the seeds and the output: links, FIFOs, devices, full disks, two builds.

Seeds and output stay inside the project: a link that leaves it, loops or sits in the output's path is refused
with `path: message` and exit 2, and nothing is written through it.
"""

from __future__ import annotations

import errno
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator import output
from generator.cli import cli
from generator.errors import OutputError
from generator.pipeline import Session
from generator.settings import Settings

PRIVATE = "The private notes of a reader, kept outside the project on Monday."
ARTICLE = {"s/a.txt": "The talks ended on Monday.\n", "s/a.yml": "published: 2023-09-12\n"}


def run(project: Path, *args: str):
    return CliRunner().invoke(cli, [*args, "-f", str(project / "mkdocs.yml")], catch_exceptions=False)


def outside_file(tmp_path: Path) -> Path:
    private = tmp_path / "elsewhere" / "private.txt"
    private.parent.mkdir()
    private.write_text(PRIVATE, encoding="utf-8")
    return private


def published(project: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in (project / "briefings").rglob("*.md"))


def test_a_seed_linked_to_a_file_outside_the_project_is_refused_and_not_published(make_project, tmp_path):
    project = make_project(ARTICLE)
    (project / "seeds" / "s" / "b.txt").symlink_to(outside_file(tmp_path))
    for command in ("validate", "build"):
        result = run(project, command)
        assert result.exit_code == 2, result.output
        assert "seeds/s/b.txt: is a symbolic link that leads outside the project" in result.stderr
    assert not (project / "briefings").exists()


def test_a_story_folder_linked_outside_the_project_is_refused(make_project, tmp_path):
    project = make_project(ARTICLE)
    outside_file(tmp_path)
    (project / "seeds" / "linked").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    result = run(project, "build")
    assert result.exit_code == 2
    assert "seeds/linked: is a symbolic link that leads outside the project" in result.stderr


def test_a_link_loop_is_an_error_not_a_traceback(make_project):
    project = make_project(ARTICLE)
    (project / "seeds" / "s" / "loop.txt").symlink_to("loop.md")
    (project / "seeds" / "s" / "loop.md").symlink_to("loop.txt")
    result = run(project, "validate")
    assert result.exit_code == 2
    assert "seeds/s/loop.txt: is a symbolic link that loops or leads nowhere" in result.stderr


def test_a_link_that_stays_inside_the_project_is_followed(make_project):
    project = make_project(ARTICLE)
    shared = project / "articles" / "b.txt"
    shared.parent.mkdir()
    shared.write_text("The vote was held on Sunday.\n", encoding="utf-8")
    (project / "seeds" / "s" / "b.txt").symlink_to(shared)
    result = run(project, "build")
    assert result.exit_code == 0, result.stderr
    assert "The vote was held" in published(project)


@pytest.mark.parametrize("link", ["folder", "file"])
def test_the_build_never_writes_through_a_link_in_the_output(make_project, tmp_path, link):
    project = make_project(ARTICLE)
    target = tmp_path / "elsewhere"
    target.mkdir()
    out = project / "briefings"
    out.mkdir()
    if link == "folder":
        (out / "s").symlink_to(target, target_is_directory=True)
        where = "briefings/s"
    else:
        (out / "index.md").symlink_to(target / "index.md")
        where = "briefings/index.md"
    result = run(project, "build")
    assert result.exit_code == 2
    assert f"{where}: is a symbolic link; briefings never writes through links" in result.stderr
    assert list(target.iterdir()) == []
    assert sorted(p.name for p in out.iterdir()) == ["index.md" if link == "file" else "s"]


def test_a_fifo_seed_is_refused_without_waiting_for_a_writer(make_project):
    project = make_project(ARTICLE)
    os.mkfifo(project / "seeds" / "s" / "b.txt")
    result = run(project, "validate")
    assert result.exit_code == 2
    assert "seeds/s/b.txt: is not a regular file" in result.stderr


@pytest.mark.build
@pytest.mark.parametrize("kind", ["device", "fifo"])
def test_dates_refuses_what_is_not_a_regular_file(tmp_path, kind):
    path = Path("/dev/zero") if kind == "device" else tmp_path / "fifo"
    if kind == "fifo":
        os.mkfifo(path)
    command = [sys.executable, "-m", "generator", "dates", str(path), "--published", "2023-09-12"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=tmp_path, check=False)
    assert result.returncode == 2
    assert f"{path}: is not a regular file" in result.stderr


def test_dates_applies_the_build_size_limit(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("word " * 500_000, encoding="utf-8")
    result = CliRunner().invoke(cli, ["dates", str(big), "--published", "2023-09-12"], catch_exceptions=False)
    assert result.exit_code == 2
    assert "is 2,500,000 bytes, over the limit of 2,000,000" in result.stderr


def test_a_full_disk_is_reported_by_file_and_leaves_every_file_whole(make_project, monkeypatch):
    project = make_project(ARTICLE)
    assert run(project, "build").exit_code == 0
    before = {p: p.read_bytes() for p in (project / "briefings").rglob("*") if p.is_file()}
    (project / "seeds" / "s" / "a.txt").write_text("The talks ended on Tuesday.\n", encoding="utf-8")
    real = output.atomic_write
    written: list[Path] = []

    def fill_up(path: Path, data: bytes, *, durable: bool = True) -> None:
        if len(written) == 2:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        written.append(path)
        real(path, data, durable=durable)

    monkeypatch.setattr(output, "atomic_write", fill_up)
    result = run(project, "build")
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line.endswith(": cannot be written: No space left on device; nothing was left half-written")
    assert line.startswith("briefings/")
    after = {p: p.read_bytes() for p in (project / "briefings").rglob("*") if p.is_file()}
    assert not [p for p in after if p.name.endswith(".tmp")]
    assert all(after[p] == before[p] for p in before if p not in written and p.name != ".briefings-manifest.json")
    monkeypatch.setattr(output, "atomic_write", real)
    assert run(project, "build").exit_code == 0
    assert run(project, "build", "--check").exit_code == 0


def test_a_second_build_waits_for_the_lock_and_gives_up_with_a_message(make_project):
    project = make_project(ARTICLE)
    settings = Settings.for_project(project)
    held = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with output.build_lock(settings.out_dir):
            held.set()
            release.wait(30)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert held.wait(30)
        expected = re.escape(".briefings.lock: another build has held the lock for over 0.3 s")
        with pytest.raises(OutputError, match=expected), output.build_lock(settings.out_dir, wait=0.3):
            pass
    finally:
        release.set()
        holder.join(30)
    Session(settings).build()
    assert (project / "briefings" / "s" / "index.md").is_file()


@pytest.mark.build
def test_two_builds_at_once_end_as_one_clean_build(make_project):
    project = make_project(
        {**ARTICLE, "t/b.txt": "The vote was held on Sunday.\n", "t/b.yml": "published: 2023-09-11\n"}
    )
    command = [sys.executable, "-m", "generator", "build", "-f", str(project / "mkdocs.yml")]
    builds = [subprocess.Popen(command, cwd=project, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [(b.returncode, stderr) for b in builds for _, stderr in [b.communicate(timeout=300)]]
    assert [code for code, _ in results] == [0, 0], results
    assert run(project, "build", "--check").exit_code == 0


def test_an_actor_renamed_index_does_not_overwrite_the_actors_listing(make_project):
    project = make_project(
        {
            "s/a.txt": "Foreign minister Ivan Petrov said on Monday that the talks had ended. Petrov left.\n",
            "s/a.yml": "published: 2023-09-12\n",
            "s/story.yml": "actors:\n  - name: Index\n    aliases: [Ivan Petrov]\n    role: Foreign minister\n",
        }
    )
    assert run(project, "build").exit_code == 0
    listing = (project / "briefings" / "actors" / "index.md").read_text(encoding="utf-8")
    assert listing.startswith('---\ntitle: "Actors"')
    assert "Foreign minister" in (project / "briefings" / "actors" / "index-actor.md").read_text(encoding="utf-8")


def test_an_actor_id_stays_a_short_file_name():
    from generator.names import MAX_ID, slugify

    assert slugify("Index") == "index-actor"
    assert slugify("José Álvarez") == "jose-alvarez"
    assert len(slugify("Aloysius " * 40)) <= MAX_ID
    assert len(slugify("x" * 300)) == MAX_ID
