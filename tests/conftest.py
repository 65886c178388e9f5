"""Shared fixtures: the spaCy model (loaded once), a project factory, and golden-file comparison."""

from __future__ import annotations

import contextlib
import difflib
import http.server
import importlib.util
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from generator.nlp.model import load_model
from generator.settings import DEFAULT_MODEL

settings.register_profile("ci", deadline=None, max_examples=200)
settings.register_profile("dev", deadline=None, max_examples=100)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        help="Rewrite the expected files under tests/golden/ from the current output.",
    )


@pytest.fixture(scope="session")
def nlp():
    return load_model(DEFAULT_MODEL)


@pytest.fixture
def make_project(tmp_path: Path) -> Callable[[dict[str, str]], Path]:
    """A project folder with mkdocs.yml, templates/ and the given seed files (paths relative to seeds/)."""

    def make(files: dict[str, str], *, with_mkdocs: bool = True) -> Path:
        root = tmp_path / "project"
        (root / "seeds").mkdir(parents=True)
        shutil.copytree(TEMPLATES, root / "templates")
        if with_mkdocs:
            shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
        for name, text in files.items():
            path = root / "seeds" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        return root

    return make


BUILD_INPUTS = ("pyproject.toml", "README.md", "LICENSE", "generator", "templates")
"""What building the distribution reads (copied, so that no build/ or egg-info is left in the working tree)."""


@pytest.fixture
def empty_project(tmp_path: Path) -> Path:
    """A project folder with the repository's mkdocs.yml and an empty seeds/."""
    (tmp_path / "seeds").mkdir()
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    return tmp_path


def run_cli(project: Path, *args: str) -> Any:
    """`briefings ARGS -f PROJECT/mkdocs.yml` in-process, as click's runner gives it."""
    from click.testing import CliRunner

    from generator.cli import cli

    return CliRunner().invoke(cli, [*args, "-f", str(project / "mkdocs.yml")], catch_exceptions=False)


def build_wheel(out: Path) -> Path:
    """Build the wheel as a user would: `python -m build` (sdist, then the wheel from it) if installed, else pip."""
    source = out / "source"
    source.mkdir()
    for name in BUILD_INPUTS:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif path.is_file():
            shutil.copy(path, source / name)
    dist = out / "dist"
    if importlib.util.find_spec("build") is not None:
        command = [sys.executable, "-m", "build", "--outdir", str(dist), str(source)]
    else:  # pip builds in an isolated environment with the setuptools that pyproject.toml asks for
        command = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(dist), str(source)]
    subprocess.run(command, check=True, capture_output=True, timeout=300)
    (wheel,) = dist.glob("*.whl")
    return wheel


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's wheel, built once per test session."""
    return build_wheel(tmp_path_factory.mktemp("wheel"))


def run_command(args: list[str], cwd: Path, *, fails: bool = False, **env: str) -> subprocess.CompletedProcess[str]:
    """Run a command as a user would (MkDocs' 2.0 notice off), asserting that it succeeds, or fails with `fails`."""
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **env}
    result = subprocess.run(args, cwd=cwd, env=environment, capture_output=True, text=True, timeout=300, check=False)
    assert (result.returncode != 0) == fails, result.stdout + result.stderr
    return result


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
"""Debian's Chromium: Playwright drives it in the browser tests (nothing is downloaded at run time)."""
BROWSER_TESTS = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (make test installs it)"
    ),
]
"""The `pytestmark` of a module of browser tests."""
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Chromium, one per test module."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves a built site (`functools.partial(QuietHandler, directory=...)`) without a log line per request."""

    def log_message(self, *args: object) -> None:
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hung up (the importer's timeout test does, on purpose) is not worth a traceback."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextlib.contextmanager
def serve(handler: type[http.server.BaseHTTPRequestHandler] | Callable[..., Any]) -> Iterator[str]:
    """Serve on a free localhost port in a thread; yields the base URL and closes everything afterwards."""
    httpd = _QuietServer(("127.0.0.1", 0), handler)  # type: ignore[arg-type]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


class Golden:
    """Compares rendered pages with the files under an `expected/` directory, or rewrites them."""

    def __init__(self, *, update: bool) -> None:
        self.update = update

    def check(self, expected_dir: Path, actual: dict[str, str]) -> None:
        if self.update:
            if expected_dir.exists():
                shutil.rmtree(expected_dir)
            for name, text in actual.items():
                target = expected_dir / name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(text.encode("utf-8"))  # exact bytes: the calendar's CRLF stays
            return
        expected = {
            str(p.relative_to(expected_dir)): p.read_bytes().decode("utf-8")
            for p in sorted(expected_dir.rglob("*"))
            if p.is_file()
        }
        assert sorted(actual) == sorted(expected), "a different set of pages was generated"
        for name in sorted(expected):
            if actual[name] != expected[name]:
                diff = difflib.unified_diff(
                    expected[name].splitlines(keepends=True),
                    actual[name].splitlines(keepends=True),
                    f"expected/{name}",
                    f"actual/{name}",
                )
                hint = "If the change is intended: pytest --update-goldens, then review `git diff`."
                pytest.fail("".join(diff) + "\n" + hint)


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Golden:
    return Golden(update=request.config.getoption("--update-goldens"))


def parse(nlp, text: str):
    """Parse `text` as an article published 2023-09-12 (a Tuesday) and return the ParsedArticle."""
    from datetime import date

    from generator.ingest.text import normalise
    from generator.model import Article, ArticleMeta
    from generator.nlp.parse import parse_articles

    article = Article(
        id="a",
        story="s",
        src_uri="s/a.txt",
        meta=ArticleMeta(published=date(2023, 9, 12)),
        text=normalise(text).text,
    )
    return parse_articles(nlp, [article])[0]
