"""The `briefings` MkDocs plugin: regenerate briefings/ on each build; watch the inputs under `mkdocs serve`.

Hooks only: the work happens in `generator.pipeline` (which the CLI calls the same way), the options are declared
in `generator.settings`, and the rest is in this package (`config`, `site`, `watch`, `accel`).
"""

from __future__ import annotations

import functools
import logging
from pathlib import PurePosixPath
from typing import Any, Literal

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from generator.errors import InputError
from generator.incremental.store import BuildStore
from generator.mkdocs.accel.page_cache import Converted, LogCapture, PageCache, restore
from generator.mkdocs.accel.render_cache import RenderCache
from generator.mkdocs.accel.search_cache import SearchCache
from generator.mkdocs.config import BriefingsConfig, output_folder, project_settings
from generator.mkdocs.markdown_ext import BriefingLinks
from generator.mkdocs.site import (
    add_requirements,
    feed_links,
    name_search_dialog,
    run_pagefind,
    site_nav,
    use_pagefind,
    with_feed_links,
)
from generator.mkdocs.watch import OwnWrites
from generator.pipeline import Session
from generator.settings import Options, Settings

# Under mkdocs.plugins, so `mkdocs build --strict` counts our warnings.
log = logging.getLogger("mkdocs.plugins.briefings")


def _skip_render(page: Page, _config: MkDocsConfig, _files: Files) -> None:
    """`Page.render` for a page found in the page cache: no conversion; `restore` sets what rendering would."""
    page.content = ""


def _finish(store: BuildStore[Any], message: str) -> None:
    """Log how many entries a cache made and reused in this build (`message` takes the two), then prune it."""
    log.info(message, store.misses, store.hits)
    store.finish()


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
    """Runs the same pipeline as `briefings build`, inside `mkdocs build` and `mkdocs serve`."""

    def __init__(self) -> None:
        self.session: Session | None = None
        """The pipeline's session: under `mkdocs serve` it keeps the loaded model and the caches across rebuilds."""
        self.own_writes = OwnWrites()
        """Under `mkdocs serve`: what the generator wrote to docs_dir, so that only other changes start a rebuild."""
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
        self._feeds: tuple[str, frozenset[str]] = ("", frozenset())
        """The output folder's prefix in docs_dir and the stories' slugs: which feeds each page advertises."""

    @property
    def options(self) -> Options:
        """The `briefings` options of mkdocs.yml, validated by MkDocs."""
        return Options.from_values(self.config)

    def settings(self, config: MkDocsConfig) -> Settings:
        """What the pipeline needs to know, as `briefings build -f mkdocs.yml` reads it."""
        try:
            return project_settings(config, self.options)
        except InputError as error:
            raise PluginError(f"briefings: {error}") from None

    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        # Defining on_startup keeps this object alive across `mkdocs serve` rebuilds, so the spaCy model in
        # `session` is loaded once: under serve, a few edited articles are parsed here with it.
        self._serving = command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        # The pages must exist before MkDocs collects files; building here (rather than in on_pre_build)
        # also lets the navigation list the stories that were just generated.
        settings, options = self.settings(config), self.options
        folder = output_folder(config, settings) or PurePosixPath()
        prefix = "" if folder == PurePosixPath() else f"{folder}/"
        if not any(isinstance(e, BriefingLinks) for e in config.markdown_extensions):
            # Our citation and actor links, parsed in one step (Python-Markdown takes instances as well as names).
            config.markdown_extensions.append(BriefingLinks())  # type: ignore[arg-type]
        add_requirements(config, prefix)
        if options.search == "pagefind":
            use_pagefind(config, prefix)
        if self.session is None or self.session.settings != settings:
            nlp = self.session.loaded_model if self.session else None
            self.session = Session(settings, nlp=nlp, keep_model=self._serving)
        try:
            # Under `mkdocs serve` the watcher learns what the generator will write before it writes it, so that
            # the events of those writes, however soon they arrive, do not start another rebuild.
            report = self.session.build(before_writing=self.own_writes.remember if self._serving else None)
        except InputError as error:
            raise PluginError(f"briefings: cannot build:\n{error}") from None
        if not self._serving:
            self.session.release()  # MkDocs' own build comes next; under `mkdocs serve` the next rebuild reads them
        for diagnostic in report.warnings:
            log.warning("%s", diagnostic)
        log.info("briefings: %d stories, %d file(s) written", len(report.stories), report.written)
        self._feeds = (prefix, frozenset(report.stories))
        if (
            options.nav
            and (nav := site_nav(config, report.stories, options, folder, settings.templates_dir)) is not None
        ):
            config.nav = nav
        return config

    @event_priority(-1000)  # after every other plugin: the file list is final
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        cache = self.settings(config).cache_dir
        if self.options.page_cache:
            if self._pages is None:
                # Entries stay in memory only under `mkdocs serve`, where the next rebuild reads them again.
                self._pages = PageCache(cache / "pages" if cache is not None else None, keep=self._serving)
                self._search = SearchCache(cache / "search" if cache is not None else None, keep=self._serving)
            self._pages.start(config, files)
            self._search_on = self._search is not None and self._search.attach(config)
        if self.options.render_cache and self._rendered is None:
            self._rendered = RenderCache(cache / "rendered" if cache is not None else None, keep=self._serving)
        return files

    @event_priority(-1000)  # after every other plugin has changed the Markdown
    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        self._stop_capture()
        if self._pages is None or not self.options.page_cache:
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
        if self._rendered is not None and self.options.render_cache:
            self._rendered.attach(env, config)
        return env

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        prefix, stories = self._feeds
        links = feed_links(page.file.src_uri, page.url, prefix=prefix, site_url=config.site_url or "", stories=stories)
        return with_feed_links(name_search_dialog(output), links)

    def on_post_template(self, output_content: str, /, *, template_name: str, config: MkDocsConfig) -> str:
        # The 404 page is served at any address: only absolute links (site_url) are right on it.
        if template_name != "404.html" or not config.site_url:
            return output_content
        prefix, stories = self._feeds
        links = feed_links("404.html", "", prefix=prefix, site_url=config.site_url, stories=stories)
        return with_feed_links(output_content, links)

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
        options = self.options
        if self._pages is not None and options.page_cache:
            _finish(self._pages.store, "briefings: %d page(s) converted, %d from the page cache")
        if self._search is not None and self._search_on and options.page_cache:
            _finish(self._search.store, "briefings: %d page(s) indexed for search, %d from the cache")
        if self._rendered is not None and self._rendered.on:
            _finish(self._rendered.store, "briefings: %d page(s) rendered, %d from the render cache")
        if options.search == "pagefind":
            run_pagefind(config.site_dir, options)
            log.info("briefings: Pagefind indexed the site")

    def on_serve(self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any) -> LiveReloadServer:
        settings = self.settings(config)
        server.watch(str(settings.seeds_dir))
        if settings.templates_dir.is_dir():  # without one, the packaged templates are used (render.packaged)
            server.watch(str(settings.templates_dir))
        self.own_writes.watch(server, config.docs_dir)  # in place of MkDocs' own watch of docs_dir
        return server
