"""The search entries Material's search plugin makes of each page, kept so that an unchanged page is not indexed again.

Material's search plugin reads every page's finished HTML with Python's `html.parser` to cut it into sections
for the search index; with the page cache in place that parsing is the largest part of a rebuild (about 45% of
`mkdocs build` at 1,000 articles, more than Material's templates). The entries a page gives depend only on what
the plugin reads: the page's HTML, address, title, front matter and table of contents. So the plugin asks this
cache first, keyed by all of those plus the version of Material and of this file, and indexes the page itself
only on a miss. The entries are the plugin's own (section address, title, text, tags, boost), stored as JSON,
so the search index is the same byte for byte. Another search plugin, or a Material that no longer has the
method this wraps, is left alone.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.incremental.keys import code_fingerprint
from generator.incremental.store import BuildStore
from generator.mkdocs.accel.page_cache import toc_data

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.pages import Page

log = logging.getLogger(__name__)

Entries = list[dict[str, Any]]


def _encode(entries: Entries) -> bytes:
    return json.dumps(entries, ensure_ascii=False).encode()


def _decode(data: bytes) -> Entries:
    entries = json.loads(data)
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise TypeError("not a search cache entry")
    return entries


class SearchCache:
    """Each page's search entries by everything they are made from; memory first, then disk."""

    def __init__(self, folder: Path | None, *, keep: bool = True) -> None:
        self.store: BuildStore[Entries] = BuildStore(folder, suffix=".json", encode=_encode, decode=_decode, keep=keep)
        self._site = ""

    def attach(self, config: MkDocsConfig) -> bool:
        """Start a build: route Material's search index through this cache; False if there is none to route."""
        self.store.begin()
        plugin = next(
            (p for p in config.plugins.values() if type(p).__module__ == "material.plugins.search.plugin"), None
        )
        index = getattr(plugin, "search_index", None)
        if index is None or not isinstance(getattr(index, "entries", None), list):
            log.debug("search entries not cached: no Material search plugin with an index to route")
            return False
        module = sys.modules[type(plugin).__module__]
        settings = {
            "material": importlib.metadata.version("mkdocs-material"),
            "code": code_fingerprint(("mkdocs/accel/search_cache.py",)),
            "jieba": getattr(module, "jieba", None) is not None,  # segments Chinese text when installed
            "index": getattr(index, "config", None),
        }
        self._site = json.dumps(settings, sort_keys=True, default=repr)
        index_page = index.add_entry_from_context

        def add_entry_from_context(page: Page) -> None:
            key = self._key(page)
            cached = self.store.lookup(key)
            if cached is not None:
                index.entries.extend(dict(entry) for entry in cached)
                return
            before = len(index.entries)
            index_page(page)
            self.store.put(key, [dict(entry) for entry in index.entries[before:]])

        index.add_entry_from_context = add_entry_from_context
        return True

    def _key(self, page: Page) -> str:
        small = json.dumps(
            [page.url, str(page.title), page.meta, toc_data(page.toc.items)], sort_keys=True, default=repr
        )
        digest = hashlib.sha256()
        for part in (self._site, small, page.content or ""):  # the HTML is hashed as it is, not copied into JSON
            data = part.encode()
            digest.update(len(data).to_bytes(8, "big") + data)
        return digest.hexdigest()
