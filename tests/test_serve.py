"""`mkdocs serve`: an edited seed or template is regenerated and served, in one rebuild (not two)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

pytestmark = pytest.mark.slow

ARTICLE = "Port workers in Valletta began a strike on Monday, the union said.\n"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(condition, what: str, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.3)
    raise AssertionError(f"timed out waiting for {what}")


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - localhost
            return response.read().decode("utf-8")
    except OSError:
        return ""


def test_serve_regenerates_an_edited_seed_and_template_once_each(make_project):
    project = make_project(
        {"port-strike/2024-03-05-strike.txt": ARTICLE, "port-strike/2024-03-05-strike.yml": "published: 2024-03-05\n"}
    )
    (project / "briefings").mkdir()
    port = free_port()
    log = project / "serve.log"
    with log.open("w") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
            cwd=project,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        source = f"http://127.0.0.1:{port}/port-strike/sources/2024-03-05-strike/"
        wait_for(lambda: "began a strike" in fetch(source), "the first build")
        # Count build starts: MkDocs drops a "Documentation built in 0.57 seconds" line identical to an earlier one.
        built = lambda: log.read_text().count("Building documentation...")  # noqa: E731
        assert built() == 1

        seed = project / "seeds" / "port-strike" / "2024-03-05-strike.txt"
        seed.write_text(ARTICLE + "\nThe union said talks would resume on Friday.\n", encoding="utf-8")
        wait_for(lambda: "talks would resume" in fetch(source), "the edited article on the site")
        time.sleep(4)  # time for a second rebuild, if our own writes to briefings/ were to start one
        assert built() == 2, log.read_text()

        template = project / "templates" / "source.md.j2"
        template.write_text(template.read_text() + "\nEdited template marker.\n", encoding="utf-8")
        wait_for(lambda: "Edited template marker." in fetch(source), "the edited template on the site")
        time.sleep(4)
        assert built() == 3, log.read_text()

        (project / "briefings" / "notes.md").write_text("# Desk notes\n\nHand-written.\n", encoding="utf-8")
        wait_for(lambda: "Hand-written." in fetch(f"http://127.0.0.1:{port}/notes/"), "a hand-written page")
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_the_watcher_knows_each_write_before_it_happens(make_project, monkeypatch):
    from mkdocs.config import load_config

    from generator import pipeline

    project = make_project(
        {"port-strike/2024-03-05-strike.txt": ARTICLE, "port-strike/2024-03-05-strike.yml": "published: 2024-03-05\n"}
    )
    (project / "briefings").mkdir()
    config = load_config(str(project / "mkdocs.yml"))
    plugin = config.plugins["briefings"]
    plugin.on_startup(command="serve", dirty=False)
    known_before: list[bool] = []
    original = pipeline.apply

    def apply(out_dir, plan):  # what the watcher thread would conclude about each write, were it that instant
        known_before.extend(plugin.own_writes.expects(str((out_dir / uri).resolve())) for uri in plan.writes)
        original(out_dir, plan)

    monkeypatch.setattr(pipeline, "apply", apply)
    plugin.on_config(config)
    assert len(known_before) > 5 and all(known_before)
    page = project / "briefings" / "port-strike" / "index.md"
    assert plugin.own_writes.made_by_generator(str(page.resolve()))
    page.write_text(page.read_text() + "\nA hand edit.\n")
    assert not plugin.own_writes.made_by_generator(str(page.resolve()))  # an edit by hand is passed on to MkDocs
    assert plugin.own_writes.made_by_generator(str((project / "briefings" / ".briefings-manifest.json").resolve()))
