"""The wheel as a new user meets it: installed into a fresh venv with the pip that venv bundles, in an empty folder.

What it proves: the wheel alone (no clone: PYTHONPATH is cleared, and the test checks that `generator` is imported
from the venv) carries the templates, the assets and the project files; its declared dependencies, resolved by
the old pip that `python -m venv` bundles (never upgraded here), are enough for `init`, for `add` of a text file
and of a saved web page (trafilatura's HTML cleaning), and for `mkdocs build --strict`; and the built page has no
literal Markdown syntax, loads the stylesheet, and every citation reaches its sentence.

The dependencies come from the package index (pip's cache makes a second run faster): about a minute.
"""

from __future__ import annotations

import ensurepip
import os
import re
import subprocess
import venv
from html import unescape
from pathlib import Path

import pytest

from .conftest import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.build]

PAGE = ROOT / "tests" / "data" / "pages" / "classic.html"
ARTICLE = """\
Dockers return to Port Avalon

Crane operators at Port Avalon returned to work on Monday, a day after the strike ended. The port authority said
on Tuesday that the backlog of about 40 ships would take two weeks to clear.

It is unclear whether the shipping lines will claim compensation for the delays.
"""


def run(args: list[str], cwd: Path) -> str:
    """Run a command of the venv as a user would: no PYTHONPATH that could reach this clone's `generator`."""
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"} | {"NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(args, cwd=cwd, env=environment, capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, f"{args}\n{result.stdout}\n{result.stderr}"
    return result.stdout + result.stderr


def test_the_wheel_installs_with_a_bundled_pip_and_builds_a_project_of_ones_own(wheel, tmp_path):
    env = tmp_path / "venv"
    venv.create(env, with_pip=True)  # the bundled pip: not upgraded, as a new user's first venv has it
    bin_dir = env / "bin"
    pip = run([str(bin_dir / "python"), "-m", "pip", "--version"], tmp_path)
    assert pip.startswith(f"pip {ensurepip.version()} ")
    run([str(bin_dir / "python"), "-m", "pip", "install", "--quiet", str(wheel)], tmp_path)

    project = tmp_path / "news"
    project.mkdir()
    where = run([str(bin_dir / "python"), "-c", "import generator; print(generator.__file__)"], project)
    assert Path(where.strip()).is_relative_to(env)
    briefings = str(bin_dir / "briefings")
    run([briefings, "init"], project)
    (tmp_path / "dockers.txt").write_text(ARTICLE, encoding="utf-8")
    run(
        [briefings, "add", str(tmp_path / "dockers.txt"), "--story", "port-strike", "--published", "2024-03-26"],
        project,
    )
    run([briefings, "add", str(PAGE), "--story", "port-strike"], project)
    run([briefings, "validate"], project)
    run([str(bin_dir / "mkdocs"), "build", "--strict"], project)

    site = project / "site"
    for story in ("port-strike", "sample-bridge-closure"):
        page = site / story / "index.html"
        html = page.read_text(encoding="utf-8")
        assert "!!!" not in html, f"{page}: literal Markdown"
        assert 'class="admonition' in html
        sheets = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
        assert "../assets/briefings.css" in sheets
        assert (page.parent / "../assets/briefings.css").resolve().is_file()
        citations = re.findall(r'<a class="cite"[^>]* href="([^"#]+)#(s\d+)"', html)
        assert len(citations) >= 3
        for target, anchor in citations:
            source = (page.parent / unescape(target) / "index.html").read_text(encoding="utf-8")
            assert f'id="{anchor}"' in source, (story, target, anchor)
    sources = {p.parent.name for p in (site / "port-strike" / "sources").glob("*/index.html")}
    assert len(sources) == 2  # the text file and the saved page
