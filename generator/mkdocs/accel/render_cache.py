"""The HTML the theme's templates made of each page, kept so that an unchanged page is not rendered again.

A page is unchanged when every input of its templates is. With the page and search caches in place, rendering
Material's templates around each page is most of a rebuild: about 60% of a no-change `mkdocs build` of 5,000 stories
(the navigation, the header with its palette toggle, the table of contents). What a page's templates print depends
only on what they read: the page (its HTML, table of contents, title, front matter, address and neighbours), the
navigation (each entry's kind, title, address and front matter), the configuration (the theme and its options, the
site's name and address, extra CSS and JavaScript, every plugin's options, the bytes of `mkdocs.yml`), the values
other plugins add to the template context (Material's tags: the page's tag links), and the templates themselves (the
versions of MkDocs, Material, Jinja and MarkupSafe, and the files of any theme folder outside an installed package,
such as `custom_dir`).

The key covers all of those. A context value this module cannot see into makes its page render as usual, and go
uncached; so does a page whose rendering logs anything (so that `--strict` fails the same way). The cache is on only
with the Material theme (MkDocs' own theme prints the build time into every page) and only with plugins whose effect
on pages is known here (search, tags, briefings): another plugin may set page attributes that the key does not
cover. What is cached is the template's own output, before any plugin's `on_post_page`, which still runs on a cached
page as on a fresh one. Entries are zlib-compressed HTML under the cache folder, written atomically; an unreadable
entry is ignored; entries a build no longer uses are removed after it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sys
import sysconfig
import zlib
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

from generator.incremental.keys import code_fingerprint, package_versions
from generator.incremental.store import BuildStore
from generator.mkdocs.accel.page_cache import LogCapture, toc_data

if TYPE_CHECKING:
    import jinja2
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.nav import Navigation

log = logging.getLogger(__name__)

RENDER_CACHE_VERSION = "1"
_PACKAGES = ("mkdocs", "mkdocs-material", "jinja2", "markupsafe")
KNOWN_PLUGINS = frozenset({"search", "material/search", "tags", "material/tags", "briefings"})
"""Plugins whose effect on a page's template context is covered by the key."""
_STANDARD = frozenset(
    {"nav", "pages", "base_url", "extra_css", "extra_javascript", "mkdocs_version", "build_date_utc", "config", "page"}
)
"""MkDocs' own context entries, each covered by the key (or, for `pages` and `build_date_utc`, unused by Material)."""


class UnknownValueError(Exception):
    """A value whose content the key cannot take in."""


def stable(value: Any, *, lenient: bool = False) -> Any:
    """`value` as JSON data.

    An object it does not know raises `UnknownValueError`, or, if `lenient`, becomes its type name and (when the
    object has text of its own, not its address) that text.
    """
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, PurePath):
        return str(value)
    if isinstance(value, Mapping):
        return {str(k): stable(v, lenient=lenient) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [stable(v, lenient=lenient) for v in value]
    if isinstance(value, set | frozenset):
        return sorted(json.dumps(stable(v, lenient=lenient), sort_keys=True) for v in value)
    if type(value).__module__.startswith("material.plugins.tags.structure.tag"):  # what partials/tags.html reads
        return {"tag": str(value.name), "url": getattr(value, "url", None), "hidden": getattr(value, "hidden", None)}
    kind = f"{type(value).__module__}.{type(value).__qualname__}"
    config = getattr(value, "config", None)
    if lenient and isinstance(config, Mapping):  # a plugin: its options
        return {"plugin": kind, "config": stable(config, lenient=True)}
    if not lenient:
        raise UnknownValueError(kind)
    text = str(value)
    return kind if " at 0x" in text else f"{kind}:{text}"


def _installed(folder: Path) -> bool:
    packages = {Path(sysconfig.get_paths()[name]).resolve() for name in ("purelib", "platlib")}
    return any(folder.is_relative_to(p) for p in packages)


def theme_files(dirs: list[str]) -> list[tuple[str, int, int]]:
    """(path, size, mtime) of every file in the theme folders outside installed packages (a `custom_dir`).

    An installed theme is covered by its version.
    """
    found = []
    for folder in dirs:
        if _installed(Path(folder).resolve()):
            continue
        for path in sorted(p for p in Path(folder).rglob("*") if p.is_file()):
            stat = path.stat()
            found.append((str(path), stat.st_size, stat.st_mtime_ns))
    return found


def config_fingerprint(config: MkDocsConfig) -> str:
    """Everything in the configuration and the templates that every page's rendering may read."""
    config_file = Path(config.config_file_path or "")
    settings = {
        "version": RENDER_CACHE_VERSION,
        "python": sys.version,
        "packages": package_versions(_PACKAGES),
        "code": code_fingerprint(("mkdocs/accel/render_cache.py",)),
        "file": hashlib.sha256(config_file.read_bytes()).hexdigest() if config_file.is_file() else None,
        # Where the site is written does not change a page (`mkdocs build -d`); the rest of the settings may.
        "config": stable({k: v for k, v in config.items() if k not in {"theme", "plugins", "site_dir"}}, lenient=True),
        "theme": stable(dict(config.theme), lenient=True),
        "theme_files": theme_files(list(config.theme.dirs)),
        "plugins": {name: stable(plugin, lenient=True) for name, plugin in config.plugins.items()},
    }
    return hashlib.sha256(json.dumps(settings, sort_keys=True).encode()).hexdigest()


def nav_fingerprint(nav: Navigation) -> str:
    """Each navigation entry's kind, title, address and front matter, in order (not which one is active)."""

    def entry(item: Any) -> dict[str, Any]:
        found: dict[str, Any] = {"kind": type(item).__name__, "title": None if item.title is None else str(item.title)}
        found["url"] = getattr(item, "url", None)
        if getattr(item, "is_page", False):
            found["src"] = item.file.src_uri
            found["meta"] = stable(item.meta, lenient=True)
        if getattr(item, "children", None):
            found["children"] = [entry(child) for child in item.children]
        return found

    home = nav.homepage.url if nav.homepage is not None else None
    data = json.dumps([home, [entry(item) for item in nav.items]], sort_keys=True)
    return hashlib.sha256(data.encode()).hexdigest()


def _compress(html: str) -> bytes:
    return zlib.compress(html.encode(), 1)


class _Template:
    """A template as MkDocs gets it for a page, whose `render` asks the cache first."""

    def __init__(self, template: jinja2.Template, cache: RenderCache) -> None:
        self._template = template
        self._cache = cache

    def render(self, *args: Any, **kwargs: Any) -> str:
        if len(args) == 1 and not kwargs and isinstance(args[0], Mapping):
            return self._cache.render(self._template, args[0])
        return self._template.render(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._template, name)


class RenderCache:
    """Rendered pages by everything their templates read; memory first (compressed), then disk."""

    def __init__(self, folder: Path | None, *, keep: bool = True) -> None:
        self.store: BuildStore[bytes] = BuildStore(folder, suffix=".htmlz", encode=bytes, decode=bytes, keep=keep)
        self._config = ""
        self._navs: dict[int, str] = {}
        self.on = False

    def attach(self, env: jinja2.Environment, config: MkDocsConfig) -> bool:
        """Start a build: route each page's template through this cache; False if the site is not one it knows."""
        self.store.begin()
        self._navs = {}
        unknown = sorted(set(config.plugins) - KNOWN_PLUGINS)
        self.on = config.theme.name == "material" and not unknown
        if not self.on:
            log.debug("pages not render-cached: theme %s, plugins %s", config.theme.name, unknown)
            return False
        self._config = config_fingerprint(config)
        get_template: Callable[..., jinja2.Template] = env.get_template

        def get_page_template(name: Any, parent: str | None = None, globals: Any = None) -> Any:  # noqa: A002
            template = get_template(name, parent, globals)
            # Templates extended or included by another (a parent is given) are Jinja's own business.
            return template if parent is not None else _Template(template, self)

        env.get_template = get_page_template  # type: ignore[method-assign]
        return True

    def render(self, template: jinja2.Template, context: Mapping[str, Any]) -> str:
        page = context.get("page")
        if not self.on or page is None or getattr(page, "file", None) is None:
            return template.render(context)
        try:
            key = self._key(str(template.name), context)
        except UnknownValueError as kind:
            log.debug("%s rendered without the cache: %s in its template context", page.file.src_uri, kind)
            return template.render(context)
        cached = self.store.lookup(key)
        if cached is not None:
            try:
                return zlib.decompress(cached).decode()
            except (zlib.error, UnicodeDecodeError) as error:  # a damaged entry: render afresh and replace it
                log.debug("ignoring unreadable render cache entry for %s: %s", page.file.src_uri, error)
        capture = LogCapture()
        logging.getLogger("mkdocs").addHandler(capture)
        try:
            html = template.render(context)
        finally:
            logging.getLogger("mkdocs").removeHandler(capture)
        if not capture.records:  # a page whose rendering logs is rendered every time, so its messages are too
            self.store.put(key, _compress(html))
        return html

    def _key(self, name: str, context: Mapping[str, Any]) -> str:
        page = context["page"]
        nav = context["nav"]
        if id(nav) not in self._navs:
            self._navs[id(nav)] = nav_fingerprint(nav)
        neighbours = [None if p is None else [str(p.title), p.url] for p in (page.previous_page, page.next_page)]
        fields = {
            "template": name,
            "config": self._config,
            "nav": self._navs[id(nav)],
            "base_url": context["base_url"],
            "extra_css": stable(context["extra_css"]),
            "extra_javascript": stable(context["extra_javascript"], lenient=True),
            "mkdocs_version": context["mkdocs_version"],
            "page": [page.url, page.file.src_uri, None if page.title is None else str(page.title)],
            "meta": stable(page.meta),
            "toc": toc_data(page.toc.items),
            "addresses": [page.canonical_url, page.edit_url, page.abs_url, page.is_homepage],
            "neighbours": neighbours,
            "extra": {k: stable(v) for k, v in context.items() if k not in _STANDARD},
        }
        digest = hashlib.sha256()
        for part in (json.dumps(fields, sort_keys=True), page.content or ""):
            data = part.encode()
            digest.update(len(data).to_bytes(8, "big") + data)
        return digest.hexdigest()
