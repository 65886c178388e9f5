"""`briefings add FEED --story S`: a story followed through an RSS or Atom feed, each new item imported as an article.

The feed is a URL or a saved file (.xml, .rss, .atom). Items are taken oldest first; each item's page is fetched
and imported as `add` imports a page, with the item's date, title and author for what the page does not say. An
item the story already has (the same URL or the same text) is skipped, so a CI job can run the same command
every hour. An item whose page cannot be fetched is imported from the text the feed itself carries, when that is
a whole article (at least `MIN_WORDS` words); otherwise it is skipped with the reason. Feeds are parsed by
feedparser (RSS 0.9x to 2.0, RSS 1.0, Atom; from bytes: nothing is fetched but the feed and its items' pages).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from generator.importer import (
    FEED_KINDS,
    MAX_DOWNLOAD,
    PAGE_KINDS,
    TIMEOUT,
    FetchError,
    Imported,
    add_article,
    fetch,
    story_articles,
    write_article,
)
from generator.ingest.text import clean_text, normalise

FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
MIN_WORDS = 120
"""A feed item's own text is imported only when it is an article, not a teaser."""
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)\b")


@dataclass(frozen=True, slots=True)
class FeedReport:
    """What one run of `add` on a feed did: the articles written and, per item left out, why."""

    added: list[Imported] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def is_feed(source: str) -> bool:
    """Whether `source` names a saved feed file (by its suffix)."""
    return not re.match(r"^https?://", source, re.IGNORECASE) and Path(source).suffix.lower() in FEED_SUFFIXES


def looks_like_a_feed(data: bytes) -> bool:
    """Whether bytes a server sent open like an RSS or Atom document: after an XML declaration and comments."""
    head = data[:4096].lstrip()
    if head.startswith(b"<?xml"):
        head = head[head.find(b"?>") + 2 :].lstrip() if b"?>" in head else b""
    while head.startswith(b"<!--"):  # a loop, not a regular expression: no backtracking on many comments
        end = head.find(b"-->")
        head = head[end + 3 :].lstrip() if end >= 0 else b""
    return bool(_FEED_ROOT.match(head))


@dataclass(frozen=True, slots=True)
class Source:
    """What `add` was given, read once: a feed's bytes, or a fetched page (bytes and final URL), or neither (a file)."""

    feed: bytes | None = None
    feed_url: str | None = None
    """Where the feed was fetched from (after redirects): its items' relative links are read against it."""
    page: tuple[bytes, str] | None = None


def read_source(source: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_DOWNLOAD) -> Source:
    """A saved feed file's bytes; for a URL, one request that tells a feed from a page; else nothing read yet."""
    if is_feed(source):
        path = Path(source)
        if not path.is_file():
            raise FetchError(f"{source}: no such file")
        if path.stat().st_size > max_bytes:
            raise FetchError(f"{source}: {path.stat().st_size:,} bytes, over the limit of {max_bytes:,}")
        return Source(feed=path.read_bytes())
    if not re.match(r"^https?://", source, re.IGNORECASE):
        return Source()
    data, final_url, kind = fetch(source, timeout=timeout, max_bytes=max_bytes, kinds=PAGE_KINDS | FEED_KINDS)
    if kind in FEED_KINDS or looks_like_a_feed(data):
        return Source(feed=data, feed_url=final_url)
    return Source(page=(data, final_url))


def add_feed(
    seeds_dir: Path,
    source: str,
    data: bytes,
    *,
    story: str,
    feed_url: str | None = None,
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_DOWNLOAD,
    limit: int | None = None,
) -> FeedReport:
    """Import the new items of a feed (its bytes, read from `source`) into `seeds/<story>/`, oldest first.

    Item links are read against the feed's address (`feed_url`, else the site link the feed gives); only http(s)
    links are followed, only to public addresses (or to the feed's own host), and a link the story already has is
    not fetched again.
    """
    import feedparser  # type: ignore[import-untyped]

    parsed = feedparser.parse(data)
    entries = list(parsed.entries)
    if not entries:
        problem = getattr(parsed, "bozo_exception", None)
        raise FetchError(f"{source}: not a feed with items" + (f" ({problem})" if problem else ""))
    base = feed_url or str(parsed.feed.get("link") or "")
    trusted = urlsplit(feed_url).hostname if feed_url else None
    known = _known_urls(seeds_dir, story)
    ordered = [e for _, e in sorted(enumerate(entries), key=lambda pair: (_day(pair[1]) or date.min, pair[0]))]
    report = FeedReport()
    for entry in ordered[:limit] if limit else ordered:
        link = _absolute(base, str(entry.get("link") or "").strip())
        name = link or str(entry.get("title") or "an item without a link")
        if link and link.rstrip("/") in known:
            report.skipped.append(f"{name}: already in the story (same url)")
            continue
        fallback = _metadata(entry, parsed.feed)
        try:
            if not link:
                raise FetchError(f"{name}: the item links to no web page")  # noqa: TRY301 - handled just below
            imported = add_article(
                seeds_dir,
                link,
                story=story,
                timeout=timeout,
                max_bytes=max_bytes,
                fallback=fallback,
                public_only=True,
                trusted_host=trusted,
            )
        except FetchError as error:
            if "already in the story" in str(error):
                report.skipped.append(f"{name}: {error}")
                continue
            text = _item_text(entry)
            if len(text.split()) < MIN_WORDS:
                report.skipped.append(f"{error}; the feed's own text is too short to stand for the article")
                continue
            try:
                imported = write_article(seeds_dir, story, {**fallback, "url": link or None}, text)
            except FetchError as duplicate:
                report.skipped.append(f"{name}: {duplicate}")
                continue
        report.added.append(imported)
        if link:
            known.add(link.rstrip("/"))
    return report


def _absolute(base: str, link: str) -> str:
    """The link read against the feed's address; "" unless that makes an http(s) address."""
    resolved = urljoin(base, link) if link else ""
    return resolved if re.match(r"^https?://", resolved, re.IGNORECASE) else ""


def _known_urls(seeds_dir: Path, story: str) -> set[str]:
    """The URLs of the story's articles, so that an item the story has is not fetched again."""
    return {a.meta.url.rstrip("/") for a in story_articles(seeds_dir, story) if a.meta.url}


def _day(entry: Any) -> date | None:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    return datetime.fromtimestamp(calendar.timegm(stamp), tz=UTC).date() if stamp else None


def _metadata(entry: Any, feed: Any) -> dict[str, Any]:
    """What a feed says of an item, for what its page does not: title, date, author, outlet."""
    title = clean_text(str(entry.get("title") or ""), one_line=True) or None
    author = clean_text(str((entry.get("author_detail") or {}).get("name") or entry.get("author") or ""), one_line=True)
    outlet = clean_text(str(feed.get("title") or ""), one_line=True) or None
    return {"title": title, "published": _day(entry), "authors": [author] if author else None, "source": outlet}


def _item_text(entry: Any) -> str:
    """The article text a feed item carries (its full content, else its summary), as plain paragraphs."""
    contents = [c.get("value", "") for c in entry.get("content") or []]
    html = max(contents, key=len, default="") or str(entry.get("summary") or "")
    reader = _Paragraphs()
    reader.feed(html)
    reader.close()
    return normalise("\n\n".join(reader.paragraphs)).text


class _Paragraphs(HTMLParser):
    """Plain paragraphs from an HTML fragment: block elements break them, scripts and styles are left out."""

    _BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "tr"})
    _SKIPPED = frozenset({"script", "style", "figcaption", "noscript"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._words: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, _attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIPPED:
            self._skipping += 1
        elif tag in self._BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._words.append(data)

    def close(self) -> None:
        super().close()
        self._flush()

    def _flush(self) -> None:
        text = " ".join("".join(self._words).split())
        if text:
            self.paragraphs.append(text)
        self._words = []
