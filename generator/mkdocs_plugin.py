"""The `briefings` MkDocs plugin: regenerate briefings/ on each build; watch the inputs under `mkdocs serve`.

Deliberately thin: all work happens in `generator.pipeline`, which the CLI calls the same way.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Literal

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin

from generator.errors import InputError
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
    nav_stories = c.Type(int, default=15)
    """How many of the newest stories the navigation lists (all of them are on the "All stories" page)."""
    nav = c.Type(bool, default=True)
    """Write a short navigation (home, then stories newest first) unless mkdocs.yml sets its own `nav`."""


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
    """Runs the same pipeline as `briefings build`, inside `mkdocs build` and `mkdocs serve`."""

    def __init__(self) -> None:
        self._session: Session | None = None

    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        # Defining on_startup keeps this object alive across `mkdocs serve` rebuilds,
        # so the spaCy model in `_session` is loaded once.
        pass

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
        )

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        # The pages must exist before MkDocs collects files; building here (rather than in on_pre_build)
        # also lets the navigation list the stories that were just generated.
        settings = self._settings(config)
        if self._session is None or self._session.settings != settings:
            self._session = Session(settings, nlp=self._session._nlp if self._session else None)
        try:
            report = self._session.build()
        except InputError as error:
            raise PluginError(f"briefings: cannot build:\n{error}") from None
        for diagnostic in report.warnings:
            log.warning("%s", diagnostic)
        log.info("briefings: %d stories, %d file(s) written", len(report.briefings), report.written)
        if self.config.nav and config.nav is None:
            # Paths only: each page's title comes from its front matter, which the templates HTML-escape
            # (MkDocs and Material print titles into <title> and the nav without escaping them).
            ordered = sorted(report.briefings, key=lambda b: b.sort_key)
            # A short nav whatever the number of stories: MkDocs renders the whole nav into every page.
            stories = [f"{b.slug}/index.md" for b in ordered[: self.config.nav_stories]]
            config.nav = [
                {"Home": "index.md"},
                {"Latest stories": stories},
                {"All stories": "archive.md"},
                {"Timeline": "timeline.md"},
                {"Tags": "tags.md"},
                {"Actors": "actors/index.md"},
            ]
        return config

    def on_serve(self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any) -> LiveReloadServer:
        settings = self._settings(config)
        server.watch(str(settings.seeds_dir))
        server.watch(str(settings.templates_dir))
        return server
