"""`briefings add FEED`: the items of an RSS or Atom feed imported into a story, new ones only (all on localhost)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
import yaml

from .conftest import run_cli, serve
from .test_importer import _Handler

PAGES = Path(__file__).parent / "data" / "pages"
LONG_TEXT = " ".join(
    f"<p>Paragraph {n}: the ferry operators and the port authority argued for a second day over who would pay for "
    f"the repairs to the quay, and the mayor said the town could not wait much longer.</p>"
    for n in range(1, 7)
)


ATOM_RELATIVE = (
    b'<?xml version="1.0" encoding="utf-8"?><!-- a comment --><!-- another -->'
    b'<feed xmlns="http://www.w3.org/2005/Atom"><title>The Avalon Courier</title>'
    b'<entry><title>Harbour strike ends</title><link href="/classic"/><updated>2024-03-14T09:00:00Z</updated></entry>'
    b"</feed>"
)


def rss(base: str, *, with_script: bool = False) -> bytes:
    script = "<script>alert(1)</script>" if with_script else ""
    items = [
        ("Harbour strike ends", f"{base}/classic", "Thu, 14 Mar 2024 09:00:00 GMT", "<p>Short teaser.</p>"),
        ("Court delays ruling", f"{base}/jsonld", "Wed, 13 Mar 2024 10:00:00 GMT", "<p>Another teaser.</p>"),
        ("Quay repairs argued", f"{base}/gone", "Fri, 15 Mar 2024 08:00:00 GMT", LONG_TEXT + script),
        ("Only a teaser", f"{base}/gone-too", "Fri, 15 Mar 2024 09:00:00 GMT", "<p>Read more on our site.</p>"),
    ]
    body = "".join(
        f"<item><title>{title}</title><link>{link}</link><pubDate>{day}</pubDate><author>desk@example.org (Ana Ruiz)"
        f"</author><description><![CDATA[{text}]]></description></item>"
        for title, link, day, text in items
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>The Avalon Courier</title>'
        f"<link>{base}/</link>{body}</channel></rss>"
    ).encode()


class _FeedHandler(_Handler):
    routes: ClassVar[dict[str, tuple[int, str, bytes]]] = {}
    paths: ClassVar[list[str]] = []
    """Every path asked for, in order."""

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        self.paths.append(self.path)
        super().do_GET()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serve(_FeedHandler) as url:
        _FeedHandler.routes = {
            "/classic": (200, "text/html", (PAGES / "classic.html").read_bytes()),
            "/jsonld": (200, "text/html", (PAGES / "jsonld.html").read_bytes()),
            "/feed": (200, "application/rss+xml", rss(url, with_script=True)),
            "/served-as-xml": (200, "text/xml", rss(url)),
            "/relative.atom": (200, "application/atom+xml", ATOM_RELATIVE),
        }
        yield url


def articles(project: Path) -> dict[str, dict]:
    folder = project / "seeds" / "quay"
    found = {}
    for path in sorted(folder.glob("*.md")):
        front, text = path.read_text().split("---\n")[1:3]
        found[path.name] = {**yaml.safe_load(front), "text": text}
    return found


def test_a_feeds_items_are_imported_oldest_first_and_only_once(empty_project, server):
    project = empty_project
    first = run_cli(project, "add", f"{server}/feed", "--story", "quay")
    assert first.exit_code == 0, first.stderr
    assert "3 new from the feed, 1 skipped." in first.stderr
    assert "the feed's own text is too short" in first.stderr  # the teaser whose page is gone
    found = articles(project)
    assert [a["title"] for a in found.values()] == [
        "Court delays ruling on bridge toll",  # the page's own title wins over the item's
        "Harbour strike ends after ten days",
        "Quay repairs argued",  # page gone: imported from the feed's full text, titled and dated by the item
    ]
    from_feed = next(a for a in found.values() if a["title"] == "Quay repairs argued")
    assert str(from_feed["published"]) == "2024-03-15"
    assert from_feed["source"] == "The Avalon Courier"
    assert from_feed["url"] == f"{server}/gone"
    assert "alert" not in from_feed["text"] and "Paragraph 6" in from_feed["text"]  # text only, no script
    _FeedHandler.paths.clear()
    again = run_cli(project, "add", f"{server}/served-as-xml", "--story", "quay")  # the same items, served as text/xml
    assert again.exit_code == 0, again.stderr
    assert "0 new from the feed, 4 skipped." in again.stderr
    assert len(articles(project)) == 3
    # an item whose link the story has as an article's url is not fetched again; /classic names another (canonical)
    # address in its page, so it is fetched and then refused, and /gone-too was never imported
    assert _FeedHandler.paths == ["/served-as-xml", "/classic", "/gone-too"]
    build = run_cli(project, "build")
    assert build.exit_code == 0, build.stderr


def test_a_saved_feed_file_is_read_and_a_bad_one_refused(empty_project, server, tmp_path):
    project = empty_project
    saved = tmp_path / "courier.rss"
    saved.write_bytes(rss(server))
    result = run_cli(project, "add", str(saved), "--story", "quay")
    assert result.exit_code == 0, result.stderr
    # a saved feed vouches for no host: its links to this machine are not fetched, and only the item that carries
    # its whole text is imported
    assert "a private or local address" in result.stderr
    assert [a["title"] for a in articles(project).values()] == ["Quay repairs argued"]
    broken = tmp_path / "broken.xml"
    broken.write_text("<html><body>not a feed</body></html>")
    refused = run_cli(project, "add", str(broken), "--story", "quay")
    assert refused.exit_code == 2 and "not a feed with items" in refused.stderr
    titled = run_cli(project, "add", str(saved), "--story", "quay", "--title", "One title")
    assert titled.exit_code == 2 and "not for a feed's items" in titled.stderr


def test_relative_item_links_are_read_against_the_feeds_address(empty_project, server):
    result = run_cli(empty_project, "add", f"{server}/relative.atom", "--story", "quay")
    assert result.exit_code == 0, result.stderr
    (article,) = articles(empty_project).values()
    assert article["title"] == "Harbour strike ends after ten days"


def test_a_page_opening_with_many_comments_is_told_from_a_feed_at_once():
    import time

    from generator.feed_import import looks_like_a_feed

    started = time.perf_counter()
    assert not looks_like_a_feed(b"<!---->" * 60 + b"<html>")
    assert looks_like_a_feed(b'<?xml version="1.0"?>\n<!-- c -->\n<rss version="2.0">')
    assert time.perf_counter() - started < 0.1
