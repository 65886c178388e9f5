"""`briefings new` and `briefings add`: scaffold a story, import an article from a file or a URL.

Imports are written as Markdown with YAML front matter, named from date and title. An article already in the
story (same URL or same text) is not added twice. Fetching happens only here, never at build time.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import http.client
import ipaddress
import re
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from generator import __version__
from generator.errors import BriefingsError, InputError
from generator.ingest import STORY_FILE, readable_articles, scan_project, slug_problem
from generator.ingest.html import PageArticle, extract_page
from generator.ingest.text import clean_text, normalise
from generator.model import Article
from generator.output import atomic_write

USER_AGENT = f"briefings/{__version__} (article importer; +https://pypi.org/project/briefings/)"
MAX_DOWNLOAD = 5_000_000
"""Pages larger than this are refused (bytes)."""
TIMEOUT = 20.0
"""Seconds a whole request may take (connecting, redirects, headers and page) before it is given up."""

STORY_HEADER = """\
# Story metadata and editorial curation. Every field is optional.
# status: developing | concluded
"""
STORY_GUIDE = """\
# summary: An editor's one-paragraph summary; replaces the extracted one.
# actors:                     # the editor wins over extraction, on every build
#   - name: Full Name
#     aliases: [Surname]
#     role: Their role
#   - exclude: Not An Actor
# timeline:
#   - date: 2024-03-14        # 2024-03-14, 2024-03, 2024-W11, 2024 or FUTURE_REF
#     event: What happened
#   - exclude: "2024-W10"     # drop extracted events by date value or by text
# questions:
#   - ask: A question the articles leave open?
#   - exclude: text of an extracted question
# figures:                    # dead, injured, missing, evacuated or arrested
#   - measure: dead           # a newer value than the articles give
#     value: 31
#     date: 2024-03-14
#   - exclude: arrested       # drop a measure
# background: |
#   An editor's paragraph, shown above the extracted background.
"""
"""story.yml as `new` writes it: STORY_HEADER, the fields (by the YAML dumper), then STORY_GUIDE; fixed text."""


class _SeedDumper(yaml.SafeDumper):
    """PyYAML's safe dumper, writing every text on one line (see `_represent_text`)."""


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    r"""A text with a line break is written double-quoted, its breaks as escapes ("\n").

    Otherwise YAML writes it over several lines, and a line of the text that reads "---" or "..." would end the
    front matter of the file early.
    """
    style = '"' if any(char in text for char in "\n\r\x85\u2028\u2029") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_SeedDumper.add_representer(str, _represent_text)


def dump_yaml(mapping: dict[str, Any]) -> str:
    """A metadata mapping as YAML, every text on one line (never folded or wrapped): no line can read `---`."""
    return yaml.dump(mapping, Dumper=_SeedDumper, sort_keys=False, allow_unicode=True, width=float("inf"))


class FetchError(BriefingsError):
    """A page could not be imported: unreachable, too slow, too large, not HTML or without an article."""

    exit_code = 2


@dataclass(frozen=True, slots=True, kw_only=True)
class Imported:
    """What `add` wrote."""

    path: Path
    title: str | None
    published: date | None


def new_story(seeds_dir: Path, slug: str, *, title: str | None = None) -> Path:
    """Create `seeds/<slug>/story.yml` with every field commented; refuse a bad or existing slug."""
    _check_slug(slug)
    title = _given_title(title) or slug.replace("-", " ").capitalize()
    folder = seeds_dir / slug
    if (folder / STORY_FILE).exists():
        raise FetchError(f"{folder / STORY_FILE} already exists; edit it instead")
    fields = dump_yaml({"title": title, "status": "developing", "tags": []})
    atomic_write(folder / STORY_FILE, (STORY_HEADER + fields + STORY_GUIDE).encode("utf-8"))
    return folder / STORY_FILE


def add_article(
    seeds_dir: Path,
    source: str,
    *,
    story: str,
    published: date | None = None,
    title: str | None = None,
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_DOWNLOAD,
    fallback: Mapping[str, Any] | None = None,
    fetched: tuple[bytes, str] | None = None,
    public_only: bool = False,
    trusted_host: str | None = None,
) -> Imported:
    """Import a saved page, a URL, or a .txt/.md file into `seeds/<story>/` as Markdown with front matter.

    `fallback` holds metadata for what the page does not say (a feed item's date and title); `fetched` is the
    URL's page and final URL when the caller has already fetched it; `public_only` and `trusted_host` as in `fetch`.
    """
    _check_slug(story)
    title = _given_title(title)
    if re.match(r"^https?://", source, re.IGNORECASE):
        html, final_url = (
            fetched
            or fetch(source, timeout=timeout, max_bytes=max_bytes, public_only=public_only, trusted_host=trusted_host)[
                :2
            ]
        )
        page = extract_page(html, url=final_url)
        meta, text = _from_page(page, fallback_url=final_url, where=source)
    else:
        path = Path(source)
        if not path.is_file():
            raise FetchError(f"{source}: no such file")
        if path.stat().st_size > max_bytes:
            raise FetchError(f"{source}: {path.stat().st_size:,} bytes, over the limit of {max_bytes:,}")
        if path.suffix.lower() in {".html", ".htm"}:
            meta, text = _from_page(extract_page(path.read_bytes()), fallback_url=None, where=source)
        elif path.suffix.lower() in {".txt", ".md"}:
            meta, text = _from_text(path)
        else:
            raise FetchError(f"{source}: expected a web page (.html), .txt or .md file, or an http(s) URL")
    for key, value in (fallback or {}).items():
        meta[key] = meta.get(key) or value
    if published is not None:
        meta["published"] = published
    if title is not None:
        meta["title"] = title
    return write_article(seeds_dir, story, meta, text)


def write_article(seeds_dir: Path, story: str, meta: dict[str, Any], text: str) -> Imported:
    """Write one article into `seeds/<story>/` (its story.yml too, when new); refuse one the story already has."""
    _check_slug(story)
    folder = seeds_dir / story
    _refuse_duplicates(seeds_dir, story, meta.get("url"), text)
    name = _file_name(meta.get("published"), meta.get("title"), folder)
    front = dump_yaml({k: v for k, v in meta.items() if v})
    if not (folder / STORY_FILE).exists():
        new_story(seeds_dir, story)
    atomic_write(folder / name, f"---\n{front}---\n{text.strip()}\n".encode())
    return Imported(path=folder / name, title=meta.get("title"), published=meta.get("published"))


PAGE_KINDS = frozenset({"text/html", "application/xhtml+xml"})
FEED_KINDS = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml"}
)


def fetch(
    url: str,
    *,
    timeout: float,
    max_bytes: int,
    kinds: frozenset[str] = PAGE_KINDS,
    public_only: bool = False,
    trusted_host: str | None = None,
) -> tuple[bytes, str, str]:
    """GET a page (redirects followed) with a clear user agent and a size limit, all within `timeout` seconds.

    Returns the bytes, the final URL and the content type, which must be one of `kinds`. With `public_only`, every
    connection (redirects too) must go to a public address, except to `trusted_host`: a feed names the pages to
    fetch, and must not make this machine fetch from its own network (127.0.0.1, 10.x, 169.254.169.254, ...).

    The time limit bounds the whole request (name lookup, connecting, every redirect, headers and page), not
    each read: the request runs in a worker thread, and when time is up its connections are shut and the
    caller gets a `FetchError`, however slowly the server drips its bytes.
    """
    deadline = _Deadline(timeout, public_only=public_only, trusted_host=trusted_host)
    outcome: list[tuple[bytes, str, str] | BaseException] = []

    def attempt() -> None:
        try:
            outcome.append(_get(url, deadline=deadline, max_bytes=max_bytes, kinds=kinds))
        except BaseException as error:  # noqa: BLE001 - handed to the caller's thread, raised there
            outcome.append(error)

    worker = threading.Thread(target=attempt, name="briefings-fetch", daemon=True)
    worker.start()
    worker.join(timeout)
    if not outcome:
        deadline.expire()
        raise FetchError(_too_slow(url, timeout))
    result = outcome.pop()
    if isinstance(result, BaseException):
        try:
            raise result
        finally:
            del result  # no cycle through this frame: the failed response's socket closes now, not at a GC
    return result


def _get(url: str, *, deadline: _Deadline, max_bytes: int, kinds: frozenset[str]) -> tuple[bytes, str, str]:
    """The request itself, on connections that `deadline` can cut; every failure is a `FetchError`."""
    headers = {"User-Agent": USER_AGENT, "Accept": ",".join(sorted(kinds)) + ",*/*;q=0.5"}
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 - callers pass http(s) URLs only
    opener = urllib.request.build_opener(_HTTPHandler(deadline), _HTTPSHandler(deadline))
    try:
        with opener.open(request, timeout=deadline.remaining()) as response:
            kind = response.headers.get_content_type()
            if kind not in kinds:
                what = "a web page" if kinds == PAGE_KINDS else "a web page or a feed"
                raise FetchError(f"{url}: the server sent {kind}, not {what}")
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FetchError(f"{url}: {int(length):,} bytes, over the limit of {max_bytes:,}")
            data = response.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise FetchError(f"{url}: larger than the limit of {max_bytes:,} bytes")
            return data, response.geturl(), kind
    except TimeoutError:
        raise FetchError(_too_slow(url, deadline.seconds)) from None
    except urllib.error.HTTPError as error:
        error.close()
        raise FetchError(f"{url}: the server answered {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            raise FetchError(_too_slow(url, deadline.seconds)) from None
        raise FetchError(f"{url}: could not fetch ({error.reason})") from None


def _too_slow(url: str, seconds: float) -> str:
    return f"{url}: no complete answer within {seconds:g} second{'' if seconds == 1 else 's'}"


class _Deadline:
    """The time budget of one request: what is left of it, and a way to shut its connections when it is spent."""

    def __init__(self, seconds: float, *, public_only: bool = False, trusted_host: str | None = None) -> None:
        self.seconds = seconds
        self.public_only = public_only
        self.trusted_host = trusted_host
        self._end = time.monotonic() + seconds
        self._connections: list[http.client.HTTPConnection] = []
        self._expired = False
        self._lock = threading.Lock()

    def remaining(self) -> float:
        """Seconds left; `TimeoutError` when none are."""
        left = self._end - time.monotonic()
        if left <= 0 or self._expired:
            raise TimeoutError
        return left

    def connect(self, kind: type[http.client.HTTPConnection], host: str, **options: Any) -> http.client.HTTPConnection:
        """A connection of `kind` whose socket waits at most the time left, and which `expire` can shut."""
        if self.public_only and _host_name(host) != self.trusted_host:
            _refuse_private(host)
        connection = kind(host, **{**options, "timeout": self.remaining()})
        with self._lock:
            self._connections.append(connection)
        return connection

    def expire(self) -> None:
        """Time is up: shut every connection, so that a read blocked on a slow server returns at once."""
        with self._lock:
            self._expired = True
            sockets = [c.sock for c in self._connections if c.sock is not None]
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


def _host_name(host: str) -> str:
    """ "example.org" of "example.org:8080", "::1" of "[::1]:8080"."""
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _refuse_private(host: str) -> None:
    """A `FetchError` unless every address `host` (with its port, if any) resolves to is a public one."""
    try:
        addresses = {str(info[4][0]) for info in socket.getaddrinfo(_host_name(host), None)}
    except (OSError, UnicodeError):
        raise FetchError(f"{host}: could not look the host up") from None
    if not addresses or not all(ipaddress.ip_address(a.split("%")[0]).is_global for a in addresses):
        raise FetchError(f"{host}: a private or local address; a feed's items are fetched from public sites only")


class _HTTPHandler(urllib.request.HTTPHandler):
    """urllib's http:// handler, on connections that a `_Deadline` bounds."""

    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._deadline = deadline

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(functools.partial(self._deadline.connect, http.client.HTTPConnection), req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    """urllib's https:// handler (certificates checked as by default), on connections that a `_Deadline` bounds."""

    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._deadline = deadline
        self._tls = ssl.create_default_context()

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        connect = functools.partial(self._deadline.connect, http.client.HTTPSConnection)
        return self.do_open(connect, req, context=self._tls)


def _from_page(page: PageArticle, *, fallback_url: str | None, where: str) -> tuple[dict[str, Any], str]:
    if not page.has_article:
        raise FetchError(f"{where}: no article text found in the page (an error page, a paywall or a list of links?)")
    text = normalise(page.text)
    meta: dict[str, Any] = {
        "title": page.title,
        "source": page.source,
        "url": page.url or fallback_url,
        "published": page.published,
        "updated": page.updated,
        "authors": list(page.authors) or None,
        "language": page.language,
        "dateline": text.dateline,
    }
    return meta, text.text


def _from_text(path: Path) -> tuple[dict[str, Any], str]:
    raw = path.read_text(encoding="utf-8").removeprefix("\ufeff")
    meta: dict[str, Any] = {}
    if raw.startswith("---\n") and "\n---\n" in raw[4:]:
        front, raw = raw[4:].split("\n---\n", 1)
        loaded = yaml.safe_load(front) or {}
        meta = dict(loaded) if isinstance(loaded, dict) else {}
    text = normalise(raw).text
    if not text.strip():
        raise FetchError(f"{path}: the file holds no article text")
    if "title" not in meta:
        first = text.split("\n\n", 1)[0]
        if len(first.split()) <= 15 and not first.endswith("."):
            meta["title"] = first
            text = text.split("\n\n", 1)[1] if "\n\n" in text else text
    return meta, text


def story_articles(seeds_dir: Path, story: str) -> tuple[Article, ...]:
    """The articles `seeds/<story>/` holds now that read; none when the story does not exist.

    A broken seed is the build's to report: the others still count, so one bad file does not let a duplicate in.
    """
    if not (seeds_dir / story).is_dir():
        return ()
    try:
        sources = scan_project(seeds_dir).sources
    except InputError:
        return ()
    return next((readable_articles(s) for s in sources if s.slug == story), ())


def _refuse_duplicates(seeds_dir: Path, story: str, url: str | None, text: str) -> None:
    digest = _digest(text)
    for article in story_articles(seeds_dir, story):
        if url and article.meta.url and article.meta.url.rstrip("/") == url.rstrip("/"):
            raise FetchError(f"already in the story: seeds/{article.src_uri} has the same url")
        if _digest(article.text) == digest:
            raise FetchError(f"already in the story: seeds/{article.src_uri} has the same text")


def _digest(text: str) -> str:
    return hashlib.sha256(" ".join(normalise(text).text.split()).encode()).hexdigest()


def _file_name(published: object, title: str | None, folder: Path) -> str:
    day = published.isoformat() if isinstance(published, date) else "undated"
    words = re.sub(r"[^a-z0-9]+", " ", (title or "article").lower()).split()
    kept: list[str] = []
    for word in words:
        if kept and len("-".join([*kept, word])) > 48:
            break
        kept.append(word)
    stem = f"{day}-{'-'.join(kept) or 'article'}"
    name, counter = f"{stem}.md", 2
    while (folder / name).exists() or (folder / f"{Path(name).stem}.txt").exists():
        name, counter = f"{stem}-{counter}.md", counter + 1
    return name


def _check_slug(slug: str) -> None:
    if (problem := slug_problem(slug, story=True)) is not None:
        raise FetchError(problem)


def _given_title(title: str | None) -> str | None:
    """A --title as the build will read it (`clean_text`, on one line); one with no text is refused."""
    if title is None:
        return None
    if cleaned := clean_text(title, one_line=True).strip():
        return cleaned
    raise FetchError("--title: no text in it (once spaces and control characters are left out); give a title")
