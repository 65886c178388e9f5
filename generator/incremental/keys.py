"""What the caches' keys are made of, in one place: the code, the installed packages, the templates, a build.

Every cache keys its entries by what could change them. The parts that several caches share, or that a cache and
the build record both need, are here; each cache adds what is its own (an article's text, a page's Markdown).
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.metadata
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generator.model import Briefing
    from generator.settings import Settings

PACKAGE_DIR = Path(__file__).parent.parent
"""The `generator` package, whose files `code_fingerprint` names relative to it."""

EXTRACTION_CODE = ("extract", "temporal", "nlp", "ingest/text.py", "model.py")
"""The code whose changes change the findings: its bytes are part of every findings cache key."""


def code_fingerprint(entries: tuple[str, ...] = EXTRACTION_CODE) -> str:
    """A hash of the extraction code (or of `entries` of the package), so that edits never reuse stale results."""
    digest = hashlib.sha256()
    for entry in entries:
        path = PACKAGE_DIR / entry
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(file.name.encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def package_versions(names: tuple[str, ...]) -> dict[str, str]:
    """The installed version of each package by name ("-" for one that is not installed)."""
    versions = {}
    for name in names:
        try:
            versions[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            versions[name] = "-"
    return versions


def model_version(name: str) -> str:
    """The installed version of the model package, without loading spaCy."""
    for candidate in (name, name.replace("_", "-")):
        try:
            return importlib.metadata.version(candidate)
        except importlib.metadata.PackageNotFoundError:
            continue
    return "unknown"


def templates_fingerprint(files: Mapping[str, Path]) -> str:
    """A hash of the names and bytes of the templates and assets in effect (`render.packaged.template_files`)."""
    digest = hashlib.sha256()
    for name, path in sorted(files.items()):
        digest.update(name.encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def render_key(templates: str, actor_pages: frozenset[str], briefing: Briefing) -> str:
    """What a story's pages depend on beyond the story itself: the templates and its actors' ids and links.

    An actor's id across the site can change with other stories (`render.actors.site_actor_ids`).
    """
    ids = sorted(("+" if a.id in actor_pages else "-") + a.id for a in briefing.actors)
    return hashlib.sha256("\0".join([templates, *ids]).encode()).hexdigest()


def build_key(settings: Settings, identity: str, templates: str, story_keys: Mapping[str, str]) -> str:
    """A hash of everything a build's output depends on (`jobs` aside: it changes how, not what, is built)."""
    digest = hashlib.sha256(repr(dataclasses.replace(settings, jobs=0)).encode())
    for part in (identity, templates, *(f"{slug}\0{key}" for slug, key in sorted(story_keys.items()))):
        digest.update(b"\0" + part.encode())
    return digest.hexdigest()
