"""`briefings new` and `briefings add`: saved pages and URLs from a server on localhost (no test leaves the machine)."""

from __future__ import annotations

import http.server
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import ClassVar

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import __version__
from generator.importer import dump_yaml
from generator.ingest import load_project
from generator.ingest.metadata import ARTICLE_FIELDS, load_yaml
from generator.ingest.text import clean_text

from .conftest import run_cli, serve

PAGES = Path(__file__).parent / "data" / "pages"


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[int, str, bytes]]] = {}
    agents: ClassVar[list[str]] = []
    """The User-Agent of every request, in order."""

    def do_GET(self) -> None:
        self.agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/slow":
            time.sleep(2)
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/classic")
            self.end_headers()
            return
        status, kind, body = self.routes.get(self.path, (404, "text/html", b"<html><body>Not found</body></html>"))
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    page = (PAGES / "classic.html").read_bytes()
    _Handler.routes = {
        "/classic": (200, "text/html; charset=utf-8", page),
        "/jsonld": (200, "text/html", (PAGES / "jsonld.html").read_bytes()),
        "/empty": (200, "text/html", (PAGES / "empty.html").read_bytes()),
        "/data": (200, "application/json", b'{"not": "a page"}'),
        "/huge": (200, "text/html", b"<html><body>" + b"<p>word</p>" * 600_000 + b"</body></html>"),
        "/slow": (200, "text/html", page),
    }
    with serve(_Handler) as url:
        yield url


@pytest.fixture
def project(empty_project: Path) -> Path:
    return empty_project


run = run_cli


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text().split("---\n")[1])


def story_files(project: Path) -> list[str]:
    folder = project / "seeds" / "strike"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_new_scaffolds_a_commented_story_file_and_refuses_twice(project):
    assert run(project, "new", "strike", "--title", "Port strike").exit_code == 0
    text = (project / "seeds" / "strike" / "story.yml").read_text()
    assert yaml.safe_load(text) == {"title": "Port strike", "status": "developing", "tags": []}
    assert "# actors:" in text and "#   - exclude: Not An Actor" in text
    again = run(project, "new", "strike")
    assert again.exit_code == 2 and "already exists" in again.stderr
    assert run(project, "new", "Bad Slug").exit_code == 2


def test_a_saved_page_becomes_markdown_with_front_matter(project):
    result = run(project, "add", str(PAGES / "classic.html"), "--story", "strike")
    assert result.exit_code == 0, result.output
    (article,) = (project / "seeds" / "strike").glob("*.md")
    assert article.name == "2024-03-14-harbour-strike-ends-after-ten-days.md"
    meta = front_matter(article)
    assert meta["title"] == "Harbour strike ends after ten days"
    assert meta["source"] == "The Avalon Courier" and meta["authors"] == ["Ana Ruiz"]
    assert meta["url"] == "https://courier.example/news/harbour-strike-ends"
    assert str(meta["published"]) == "2024-03-14" and meta["dateline"] == "PORT AVALON"
    body = article.read_text().split("---\n", 2)[2]
    assert body.startswith("Dock workers in Port Avalon voted on Thursday")
    for boilerplate in ("cookies", "Subscribe", "Related", "Union elects", "All rights reserved", "By Ana Ruiz"):
        assert boilerplate not in body
    built = load_project(project / "seeds").stories[0].articles[0]
    assert built.dateline == "PORT AVALON" and built.meta.published.isoformat() == "2024-03-14"


def test_a_url_is_fetched_following_redirects(project, server):
    result = run(project, "add", f"{server}/moved", "--story", "strike")
    assert result.exit_code == 0, result.output
    (article,) = (project / "seeds" / "strike").glob("*.md")
    assert front_matter(article)["title"] == "Harbour strike ends after ten days"


def test_the_user_agent_names_briefings_and_its_version_and_no_other_project(project, server):
    assert run(project, "add", f"{server}/classic", "--story", "strike").exit_code == 0
    agent = _Handler.agents[-1]
    assert agent.startswith(f"briefings/{__version__} ")
    links = re.findall(r"\+?https?://\S+?(?=[);\s]|$)", agent)
    assert links
    assert all(re.search(r"/briefings/?$", link) for link in links), agent


def test_json_ld_metadata_is_read(project, server):
    assert run(project, "add", f"{server}/jsonld", "--story", "strike").exit_code == 0
    (article,) = (project / "seeds" / "strike").glob("*.md")
    meta = front_matter(article)
    assert (meta["title"], meta["source"], meta["authors"]) == (
        "Court delays ruling on bridge toll",
        "Riverside Daily",
        ["Tom Becker"],
    )
    assert str(meta["published"]) == "2023-11-02" and str(meta["updated"]) == "2023-11-03"
    assert "Most read" not in article.read_text() and "newsletter" not in article.read_text()


def test_the_same_article_is_not_added_twice(project, server):
    assert run(project, "add", str(PAGES / "classic.html"), "--story", "strike").exit_code == 0
    before = story_files(project)
    again = run(project, "add", f"{server}/classic", "--story", "strike")
    assert again.exit_code == 2 and "already in the story" in again.stderr
    assert story_files(project) == before


def test_a_broken_seed_beside_it_does_not_let_a_duplicate_in(project, server):
    assert run(project, "add", str(PAGES / "classic.html"), "--story", "strike").exit_code == 0
    (project / "seeds" / "strike" / "notes.md").write_text("---\npublished: [not a date\n---\nText.\n")
    before = story_files(project)
    again = run(project, "add", f"{server}/classic", "--story", "strike")
    assert again.exit_code == 2 and "already in the story" in again.stderr
    assert story_files(project) == before


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/empty", "no article text found"),
        ("/data", "the server sent application/json, not a web page"),
        ("/huge", "over the limit"),
        ("/missing", "the server answered 404"),
    ],
)
def test_refusals_write_nothing(project, server, path, message):
    result = run(project, "add", f"{server}{path}", "--story", "strike")
    assert result.exit_code == 2
    assert message in result.stderr
    assert story_files(project) == []


def test_a_slow_server_times_out(project, server):
    result = run(project, "add", f"{server}/slow", "--story", "strike", "--timeout", "0.5")
    assert result.exit_code == 2 and "no complete answer within 0.5 seconds" in result.stderr
    assert story_files(project) == []


class _Drip(http.server.BaseHTTPRequestHandler):
    """Sends one byte every half second: the status line and headers (/headers), or only the body (/body)."""

    def do_GET(self) -> None:
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 40\r\n\r\n"
        slow = head + b"<html><body>" if self.path == "/headers" else b"<html><body><p>" + b"word " * 5
        if self.path != "/headers":
            self.wfile.write(head)
        for byte in slow[:24]:  # at most 12 s, however long the client waits
            self.wfile.write(bytes([byte]))
            time.sleep(0.5)

    def log_message(self, *args: object) -> None:
        pass


@pytest.mark.parametrize("path", ["/headers", "/body"])
def test_the_timeout_bounds_the_whole_request_of_a_dripping_server(project, path):
    with serve(_Drip) as url:
        started = time.monotonic()
        result = run(project, "add", f"{url}{path}", "--story", "strike", "--timeout", "1")
        elapsed = time.monotonic() - started
    assert elapsed < 4, f"took {elapsed:.1f} s with --timeout 1"
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"{url}{path}: no complete answer within 1 second"), result.stderr
    assert not any((project / "seeds").iterdir())


def test_text_and_markdown_files_are_imported(project, tmp_path):
    source = tmp_path / "note.txt"
    source.write_text("Talks resume in Geneva\n\nNegotiators returned to Geneva on Monday to resume talks.\n")
    assert run(project, "add", str(source), "--story", "strike", "--published", "2024-05-06").exit_code == 0
    (article,) = (project / "seeds" / "strike").glob("*.md")
    assert article.name == "2024-05-06-talks-resume-in-geneva.md"
    assert front_matter(article)["title"] == "Talks resume in Geneva"


def test_html_seeds_are_read_at_build_time(tmp_path):
    (tmp_path / "seeds" / "strike").mkdir(parents=True)
    shutil.copy(PAGES / "jsonld.html", tmp_path / "seeds" / "strike" / "2023-11-02-toll.html")
    (tmp_path / "seeds" / "strike" / "2023-11-02-toll.yml").write_text("title: Toll ruling delayed\n")
    article = load_project(tmp_path / "seeds").stories[0].articles[0]
    assert article.meta.title == "Toll ruling delayed"  # the sidecar wins
    assert article.meta.source == "Riverside Daily" and article.meta.published.isoformat() == "2023-11-02"
    assert article.text.startswith("The regional court on Wednesday postponed")


TRICKY_TITLES = st.sampled_from(
    [
        "Hello\n---\nworld",
        "---",
        "...",
        "a\n...\nb",
        "Talks: day two # live",
        "- not a list",
        "'quoted' \"twice\"",
        "x\n\n\n  ---\n\n",
        "null",
        "2024-05-06",
        "yes",
        "&anchor *alias !tag",
        "Line\rbreak\x85and\x1bescape",
        " \t",
        "\x07",
        "word " * 300,
    ]
)


@settings(max_examples=40)
@given(title=st.text(max_size=80) | TRICKY_TITLES)
def test_any_title_given_to_new_and_add_is_read_back_by_the_build(title):
    expected = clean_text(title, one_line=True).strip()
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder)
        (project / "seeds").mkdir()
        shutil.copy(Path(__file__).parent.parent / "mkdocs.yml", project / "mkdocs.yml")
        (project / "note.txt").write_text("Negotiators returned to Geneva on Monday to resume talks.\n")
        created = run(project, "new", "strike", f"--title={title}")
        added = run(project, "add", str(project / "note.txt"), "--story", "strike", f"--title={title}")
        if not expected:
            assert created.exit_code == added.exit_code == 2, (created.output, added.output)
            assert created.stderr.startswith("--title: ") and added.stderr.startswith("--title: ")
            assert not any((project / "seeds").iterdir())
            return
        assert created.exit_code == added.exit_code == 0, (created.output, added.output)
        (story,) = load_project(project / "seeds").stories
        assert story.meta.title == story.articles[0].meta.title == expected


YAML_TEXT = st.text() | st.text(alphabet=st.sampled_from(list("-.\n\r :#'\"a\x85")))


@given(st.dictionaries(st.sampled_from(ARTICLE_FIELDS), YAML_TEXT | st.lists(YAML_TEXT, max_size=3), max_size=4))
def test_dumped_metadata_has_no_line_that_ends_front_matter_and_loads_back(mapping):
    text = dump_yaml(mapping)
    assert not [line for line in text.split("\n") if line.strip() in {"---", "..."}], text
    assert load_yaml(text, path=PurePosixPath("a.md")) == mapping
