"""The `briefings` MkDocs plugin: regenerate briefings/ on each build; watch the inputs under `mkdocs serve`.

Deliberately thin: all work happens in `generator.pipeline`, which the CLI calls the same way.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import logging
import os
import subprocess
import sys
from pathlib import Path, PurePosixPath
from typing import Any, Literal

import jinja2
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from watchdog.events import FileSystemEvent, FileSystemEventHandler

from generator.errors import InputError
from generator.mkdocs.accel.page_cache import Converted, LogCapture, PageCache, restore
from generator.mkdocs.accel.render_cache import RenderCache
from generator.mkdocs.accel.search_cache import SearchCache
from generator.mkdocs.markdown_ext import BriefingLinks
from generator.output import MANIFEST, WritePlan
from generator.pipeline import Session
from generator.settings import DEFAULT_MODEL, Settings

# Under mkdocs.plugins, so `mkdocs build --strict` counts our warnings.
log = logging.getLogger("mkdocs.plugins.briefings")


class BriefingsConfig(base.Config):
    """Options under `plugins: - briefings:` in mkdocs.yml; paths are relative to mkdocs.yml."""

    seeds_dir = c.Type(str, default="seeds")
    """Folder of stories and articles (the input)."""
    templates_dir = c.Type(str, default="templates")
    """Folder of the Jinja2 templates that render every generated page."""
    model = c.Type(str, default=DEFAULT_MODEL)
    """The spaCy pipeline package to load (installed with pip; never downloaded at build time)."""
    max_file_bytes = c.Type(int, default=2_000_000)
    """Seed files larger than this are refused with an error."""
    cache_dir = c.Type(str, default=".cache/briefings")
    """Where parsed articles are kept between builds, relative to mkdocs.yml (ignored by git)."""
    jobs = c.Type(int, default=0)
    """Processes for parsing and extraction; 0 means one per core."""
    search = c.Choice(("mkdocs", "pagefind"), default="mkdocs")
    """The site's search: the theme's search plugin (default), or Pagefind for large sites (docs/site.md)."""
    pagefind_root = c.Type(str, default="article")
    """The element of each page that Pagefind indexes (Material's page content is the `article`)."""
    pagefind_glob = c.Type(str, default="{index.html,*/index.html,*/sources/*/index.html}")
    """The pages Pagefind indexes: home, briefings, sources and the site-wide pages, but not the actor pages (the
    briefing that names an actor is the better result; the actor index still lists every actor)."""
    nav_stories = c.Type(int, default=15)
    """How many of the newest stories the navigation lists (all of them are on the "All stories" page)."""
    nav = c.Type(bool, default=True)
    """Write a short navigation (home, then stories newest first) unless mkdocs.yml sets its own `nav`."""
    page_cache = c.Type(bool, default=True)
    """Keep each page's converted HTML under `cache_dir` and reuse it while the page and the site's files are
    unchanged (see generator/mkdocs/accel/page_cache.py); false converts every page on every build."""
    render_cache = c.Type(bool, default=True)
    """Keep each page's rendered HTML under `cache_dir` and reuse it while everything its templates read is
    unchanged (see generator/mkdocs/accel/render_cache.py); false renders every page on every build."""


def _absolute(path: str | os.PathLike[str]) -> str:
    """An absolute path as MkDocs and watchdog spell it (symlinks not resolved)."""
    return os.path.abspath(path)  # noqa: PTH100


def _use_pagefind(config: MkDocsConfig) -> None:
    """Pagefind replaces the theme's search: refuse both at once, and load the search page's script."""
    if any(name in config.plugins for name in ("search", "material/search")):
        raise PluginError(
            "briefings: `search: pagefind` replaces MkDocs' search plugin; remove `- search` from `plugins:`"
        )
    if PAGEFIND_SCRIPT not in config.extra_javascript:
        config.extra_javascript.append(PAGEFIND_SCRIPT)


PAGEFIND_SCRIPT = "assets/pagefind-search.js"


def _skip_render(page: Page, _config: MkDocsConfig, _files: Files) -> None:
    """`Page.render` for a page found in the page cache: no conversion; `restore` sets what rendering would."""
    page.content = ""


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
    """Runs the same pipeline as `briefings build`, inside `mkdocs build` and `mkdocs serve`."""

    def __init__(self) -> None:
        self._session: Session | None = None
        self._serving = False
        self._pages: PageCache | None = None
        self._search: SearchCache | None = None
        """The search entries of unchanged pages (with the page cache, under Material's search plugin)."""
        self._search_on = False
        """Whether this build's search index goes through `_search` (False with Pagefind or another search)."""
        self._rendered: RenderCache | None = None
        """Each page's rendered HTML, reused while everything its templates read is unchanged."""
        self._pending: dict[str, Converted | str] = {}
        """Per page being built: its cached conversion (a hit), or the key to store the fresh one under."""
        self._capture: LogCapture | None = None
        self._wrote: dict[str, str | None] = {}
        """Under `mkdocs serve`: each output file the generator last wrote (absolute path) to the hash of its bytes,
        or None if it deleted it; the watcher ignores changes that only these writes made."""

    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        # Defining on_startup keeps this object alive across `mkdocs serve` rebuilds, so the spaCy model in
        # `_session` is loaded once: under serve, a few edited articles are parsed here with it.
        self._serving = command == "serve"

    def _settings(self, config: MkDocsConfig) -> Settings:
        root = Path(config.config_file_path or "mkdocs.yml").resolve().parent
        return Settings(
            seeds_dir=root / self.config.seeds_dir,
            templates_dir=root / self.config.templates_dir,
            out_dir=Path(config.docs_dir),
            model=self.config.model,
            max_file_bytes=self.config.max_file_bytes,
            cache_dir=root / self.config.cache_dir,
            jobs=self.config.jobs,
            search=self.config.search,
        )

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        # The pages must exist before MkDocs collects files; building here (rather than in on_pre_build)
        # also lets the navigation list the stories that were just generated.
        settings = self._settings(config)
        if not any(isinstance(e, BriefingLinks) for e in config.markdown_extensions):
            # Our citation and actor links, parsed in one step (Python-Markdown takes instances as well as names).
            config.markdown_extensions.append(BriefingLinks())  # type: ignore[arg-type]
        if settings.search == "pagefind":
            _use_pagefind(config)
        if self._session is None or self._session.settings != settings:
            nlp = self._session._nlp if self._session else None
            self._session = Session(settings, nlp=nlp, keep_model=self._serving)
        try:
            # Under `mkdocs serve` the watcher learns what the generator will write before it writes it, so that
            # the events of those writes, however soon they arrive, do not start another rebuild.
            report = self._session.build(before_writing=self._remember_writes if self._serving else None)
        except InputError as error:
            raise PluginError(f"briefings: cannot build:\n{error}") from None
        if not self._serving:
            self._session.release()  # MkDocs' own build comes next; under `mkdocs serve` the next rebuild reads them
        for diagnostic in report.warnings:
            log.warning("%s", diagnostic)
        log.info("briefings: %d stories, %d file(s) written", len(report.stories), report.written)
        if self.config.nav and config.nav is None:
            # Paths only: each page's title comes from its front matter, which the templates HTML-escape
            # (MkDocs and Material print titles into <title> and the nav without escaping them).
            # A short nav whatever the number of stories: MkDocs renders the whole nav into every page.
            stories = [f"{slug}/index.md" for slug in report.stories[: self.config.nav_stories]]
            config.nav = [
                {"Home": "index.md"},
                {"Latest stories": stories},
                {"All stories": "archive.md"},
                {"Timeline": "timeline.md"},
                {"Tags": "tags.md"},
                {"Actors": "actors/index.md"},
                *([{"Search": "search.md"}] if settings.search == "pagefind" else []),
            ]
        return config

    @event_priority(-1000)  # after every other plugin: the file list is final
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        if self.config.page_cache:
            if self._pages is None:
                cache = self._settings(config).cache_dir
                # Entries stay in memory only under `mkdocs serve`, where the next rebuild reads them again.
                self._pages = PageCache(cache / "pages" if cache is not None else None, keep=self._serving)
                self._search = SearchCache(cache / "search" if cache is not None else None, keep=self._serving)
            self._pages.start(config, files)
            self._search_on = self._search is not None and self._search.attach(config)
        if self.config.render_cache and self._rendered is None:
            cache = self._settings(config).cache_dir
            self._rendered = RenderCache(cache / "rendered" if cache is not None else None, keep=self._serving)
        return files

    @event_priority(-1000)  # after every other plugin has changed the Markdown
    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        self._stop_capture()
        if self._pages is None or not self.config.page_cache:
            return markdown
        key = self._pages.key(page, markdown)
        cached = self._pages.get(key)
        if cached is not None:
            self._pending[page.file.src_uri] = cached
            # Nothing to convert: on_page_content puts the cached conversion back. MkDocs would still build a
            # Python-Markdown instance with every extension for the empty page (about 1 ms a page); skip it.
            page.render = functools.partial(_skip_render, page)  # type: ignore[method-assign]
            return ""
        self._pending[page.file.src_uri] = key
        self._capture = LogCapture()
        logging.getLogger("mkdocs").addHandler(self._capture)
        return markdown

    @event_priority(1000)  # before every other plugin sees the HTML, as if it had just been converted
    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        pending = self._pending.pop(page.file.src_uri, None)
        if isinstance(pending, Converted):
            return restore(page, pending, files)
        logs = self._stop_capture()
        if isinstance(pending, str) and self._pages is not None:
            self._pages.put(pending, page, html, logs)
        return html

    @event_priority(-1000)  # after every other plugin's on_env
    def on_env(self, env: jinja2.Environment, /, *, config: MkDocsConfig, files: Files) -> jinja2.Environment:
        # Every page is converted: from here on MkDocs renders templates from each page's HTML, and the Markdown
        # it holds for all pages at once (a third of a build's memory) is not read again. An empty string, not
        # None: Page.title treats None as "not read yet".
        for file in files.documentation_pages():
            if file.page is not None and file.page.content is not None:
                file.page.markdown = ""
        if self._rendered is not None and self.config.render_cache:
            self._rendered.attach(env, config)
        return env

    def _stop_capture(self) -> list[tuple[str, int, str]]:
        if self._capture is None:
            return []
        logging.getLogger("mkdocs").removeHandler(self._capture)
        records, self._capture = self._capture.records, None
        return records

    def on_build_error(self, *, error: Exception) -> None:
        self._stop_capture()
        self._pending.clear()

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self._pages is not None and self.config.page_cache:
            log.info(
                "briefings: %d page(s) converted, %d from the page cache",
                self._pages.store.misses,
                self._pages.store.hits,
            )
            self._pages.store.finish()
        if self._search is not None and self._search_on and self.config.page_cache:
            log.info(
                "briefings: %d page(s) indexed for search, %d from the cache",
                self._search.store.misses,
                self._search.store.hits,
            )
            self._search.store.finish()
        if self._rendered is not None and self._rendered.on:
            store = self._rendered.store
            log.info("briefings: %d page(s) rendered, %d from the render cache", store.misses, store.hits)
            store.finish()
        if self.config.search != "pagefind":
            return
        command = [
            sys.executable,
            "-m",
            "pagefind",
            "--site",
            config.site_dir,
            "--root-selector",
            self.config.pagefind_root,
            "--glob",
            self.config.pagefind_glob,
            "--exclude-selectors",
            ".headerlink",  # the ¶ permalinks of headings
        ]
        if importlib.util.find_spec("pagefind") is None:
            raise PluginError("briefings: `search: pagefind` needs Pagefind: pip install 'pagefind[bin]'")
        result = subprocess.run([*command, "--silent"], capture_output=True, text=True, check=False)  # noqa: S603
        if result.returncode != 0:
            raise PluginError(f"briefings: Pagefind failed to index {config.site_dir}:\n{result.stderr.strip()}")
        log.info("briefings: Pagefind indexed the site")

    def on_serve(self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any) -> LiveReloadServer:
        settings = self._settings(config)
        server.watch(str(settings.seeds_dir))
        server.watch(str(settings.templates_dir))
        # MkDocs watches docs_dir, so the pages the generator writes during a rebuild would start a second,
        # needless one. Watch it ourselves and pass on only changes the generator did not make (a hand-written
        # page, an edit to a generated one).
        docs = _absolute(config.docs_dir)
        server.unwatch(docs)
        handler = FileSystemEventHandler()
        handler.on_any_event = lambda event: self._docs_changed(server, event)  # type: ignore[method-assign]
        server.observer.schedule(handler, docs, recursive=True)
        return server

    def _remember_writes(self, out_dir: Path, plan: WritePlan) -> None:
        wrote = dict(self._wrote)
        for uri, data in plan.writes.items():
            wrote[_absolute(out_dir / uri)] = hashlib.sha256(data).hexdigest()
        for uri in plan.deletes:
            wrote[_absolute(out_dir / uri)] = None
        self._wrote = wrote  # replaced whole: the watcher thread reads it

    def _made_by_generator(self, path: str) -> bool:
        name = PurePosixPath(path).name
        if name.startswith(".") and name.endswith(".tmp"):  # atomic_write's temporary file
            return True
        if name == MANIFEST.name:  # ours alone (written twice per build); MkDocs does not publish dotfiles
            return True
        if path not in self._wrote:
            return False
        expected = self._wrote[path]
        try:
            return expected is not None and hashlib.sha256(Path(path).read_bytes()).hexdigest() == expected
        except FileNotFoundError:
            return expected is None
        except OSError:
            return False

    def _docs_changed(self, server: LiveReloadServer, event: FileSystemEvent) -> None:
        if event.is_directory:
            return
        paths = [p for p in (event.src_path, getattr(event, "dest_path", "")) if p]
        if all(self._made_by_generator(os.fsdecode(p)) for p in paths):
            return
        with server._rebuild_cond:  # what MkDocs' own watcher does (it offers no public way to ask)
            server._want_rebuild = True
            server._rebuild_cond.notify_all()
