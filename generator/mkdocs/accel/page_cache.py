"""The HTML that Python-Markdown made of each page, kept so that an unchanged page is not converted again.

Converting the Markdown is most of `mkdocs build` for a generated site (about 60% at 1,000 pages), and between
two builds most pages have not changed: under `mkdocs serve` an edited article changes two or three pages, in CI
a new article a handful. The plugin looks each page up here after every other plugin has seen its Markdown. On a
hit it hands MkDocs an empty page to convert and puts back, as the first step after conversion, what the
conversion gave last time: the HTML, the table of contents, the anchors the page has and the anchors it links to
(for MkDocs' anchor check), its title, and the log messages the conversion wrote (so `--strict` fails the same way
on a cached page as on a fresh one).

A page's entry is keyed by its Markdown, its place in the site and, for the whole site, every file's source and
address, the Markdown configuration and the versions of MkDocs, Python-Markdown, the theme and our Markdown
extension: a link is resolved against the other files, so adding or removing any file converts every page again.
Entries are JSON under the cache folder, written atomically; an unreadable entry is ignored; entries a build no
longer uses are removed after it.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.incremental.keys import code_fingerprint, package_versions
from generator.incremental.store import BuildStore

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page
    from mkdocs.structure.toc import AnchorLink

PAGE_CACHE_VERSION = "1"
_PACKAGES = ("mkdocs", "markdown", "mkdocs-material", "pymdown-extensions")


@dataclass(frozen=True, slots=True)
class Converted:
    """What converting one page's Markdown gave."""

    html: str
    toc: list[dict[str, Any]]
    title: str | None
    anchors: list[str]
    links: dict[str, dict[str, str]] | None
    """Per linked page (by source path), anchor by link text, as MkDocs records it; None when it did not."""
    logs: list[tuple[str, int, str]] = field(default_factory=list)
    """(logger, level, message) of everything the conversion logged at INFO or above."""

    def to_bytes(self) -> bytes:
        """The entry as the cache stores it (JSON)."""
        fields = [self.html, self.toc, self.title, self.anchors, self.links, self.logs]
        return json.dumps(fields, ensure_ascii=False).encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> Converted:
        """An entry read back from the cache; raises (and the cache ignores the entry) if it is not one."""
        html, toc, title, anchors, links, logs = json.loads(data)
        if not isinstance(html, str) or not isinstance(toc, list) or not isinstance(anchors, list):
            raise TypeError("not a page cache entry")
        return cls(html, toc, title, anchors, links, [(str(n), int(lv), str(m)) for n, lv, m in logs])


def site_fingerprint(config: MkDocsConfig, files: Files) -> str:
    """What every page's conversion depends on besides its own Markdown and place."""
    digest = hashlib.sha256(PAGE_CACHE_VERSION.encode())
    for package, version in package_versions(_PACKAGES).items():
        digest.update(f"\0{package} {version}".encode())
    digest.update(code_fingerprint(("mkdocs/markdown_ext.py", "mkdocs/accel/page_cache.py")).encode())
    extensions = [
        e if isinstance(e, str) else f"{type(e).__module__}.{type(e).__qualname__}" for e in config.markdown_extensions
    ]
    settings = {
        "extensions": extensions,
        "configs": config.mdx_configs,
        "validation": config.validation,
        "use_directory_urls": config.use_directory_urls,
        # MkDocs records the links to anchors only when not logging at DEBUG (`mkdocs build -v`)
        "records_links": logging.getLogger("mkdocs.structure.pages").getEffectiveLevel() > logging.DEBUG,
    }
    digest.update(json.dumps(settings, sort_keys=True, default=repr).encode())
    for file in sorted(files, key=lambda f: f.src_uri):
        digest.update(f"\0{file.src_uri}\0{file.dest_uri}\0{file.url}\0{file.inclusion}".encode())
    return digest.hexdigest()


class PageCache:
    """Converted pages by (site fingerprint, page place, Markdown); memory first, then disk."""

    def __init__(self, folder: Path | None, *, keep: bool = True) -> None:
        self.store: BuildStore[Converted] = BuildStore(
            folder, suffix=".json", encode=Converted.to_bytes, decode=Converted.from_bytes, keep=keep
        )
        self._site = ""

    def start(self, config: MkDocsConfig, files: Files) -> None:
        """Begin a build: fix the site fingerprint; count afresh."""
        self._site = site_fingerprint(config, files)
        self.store.begin()

    def key(self, page: Page, markdown: str) -> str:
        identity = f"{self._site}\0{page.file.src_uri}\0{page.file.url}\0{markdown}"
        return hashlib.sha256(identity.encode()).hexdigest()

    def get(self, key: str) -> Converted | None:
        return self.store.lookup(key)

    def put(self, key: str, page: Page, html: str, logs: list[tuple[str, int, str]]) -> None:
        links = getattr(page, "links_to_anchors", None)
        self.store.put(
            key,
            Converted(
                html=html,
                toc=toc_data(page.toc.items),
                title=page._title_from_render,  # what MkDocs' own render sets
                anchors=sorted(page.present_anchor_ids or ()),
                links=None
                if links is None
                else {f.src_uri: dict(anchors) for f, anchors in sorted(links.items(), key=lambda kv: kv[0].src_uri)},
                logs=logs,
            ),
        )


def restore(page: Page, entry: Converted, files: Files) -> str:
    """Set on `page` what its conversion set, replay its log messages, and return its HTML."""
    from mkdocs.structure.toc import TableOfContents

    items = [_anchor(item) for item in entry.toc]
    if items:
        items[0].active = True  # type: ignore[attr-defined]  # as MkDocs' get_toc marks the first entry
    page.toc = TableOfContents(items)
    page._title_from_render = entry.title
    page.present_anchor_ids = set(entry.anchors)
    if entry.links is not None:
        linked = {files.get_file_from_path(src): anchors for src, anchors in entry.links.items()}
        page.links_to_anchors = {f: anchors for f, anchors in linked.items() if f is not None}
    for name, level, message in entry.logs:
        logging.getLogger(name).log(level, "%s", message)
    return entry.html


def toc_data(items: list[AnchorLink]) -> list[dict[str, Any]]:
    """A table of contents as plain JSON data (`_anchor` rebuilds it)."""
    return [{"title": i.title, "id": i.id, "level": i.level, "children": toc_data(i.children)} for i in items]


def _anchor(data: dict[str, Any]) -> AnchorLink:
    from mkdocs.structure.toc import AnchorLink

    link = AnchorLink(data["title"], data["id"], data["level"])
    link.children = [_anchor(child) for child in data["children"]]
    return link


class LogCapture(logging.Handler):
    """Records what one page's conversion logs (attached to the `mkdocs` logger while it runs)."""

    def __init__(self) -> None:
        super().__init__(level=logging.INFO)
        self.records: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.name, record.levelno, record.getMessage()))
