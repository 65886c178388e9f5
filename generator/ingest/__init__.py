"""Find stories under seeds/ and read their articles and metadata into `Article` values.

A story is a folder ``seeds/<slug>/`` (optional ``story.yml`` plus articles), or a single article file directly
in ``seeds/`` (optionally with a sidecar). Every problem in every file is collected before anything fails.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from generator.errors import Diagnostic, InputError, Severity
from generator.ingest.curation import StoryMeta, read_curation, read_story_meta
from generator.ingest.hygiene import page_kind, page_kind_message
from generator.ingest.language import language_warning
from generator.ingest.metadata import FieldReader, load_yaml, read_article_meta
from generator.ingest.readers import READERS, SIDECAR_SUFFIXES, read_text_file
from generator.ingest.text import normalise
from generator.model import Article, ArticleMeta
from generator.settings import DEFAULTS

log = logging.getLogger(__name__)

STORY_FILE = "story.yml"
ACTORS_FILE = "actors.yml"
"""Global actor names and aliases that hold across stories, directly in seeds/."""
RESERVED = frozenset(
    {
        "actors",
        "archive",
        "assets",
        "data",
        "events",
        "feed",
        "index",
        "pagefind",
        "robots",
        "search",
        "sitemap",
        "sources",
        "tags",
        "timeline",
        "404",
    }
)
"""Names that would collide with the generated site's own pages, files and folders (feed.xml, sitemap.xml,
404.html ...): a story slug whose part before the first dot is one of them is refused."""
_SLUG = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
MAX_SLUG = 120
"""Longest story slug or article id: the file names made from them (data/<slug>.json, the site's
<slug>/sources/<id>/index.html) stay far below the usual limit of 255 bytes a name."""


def slug_problem(slug: str, *, story: bool) -> str | None:
    """Why `slug` cannot name a story (or, with `story=False`, an article), else None."""
    if not _SLUG.match(slug):
        return f"{slug!r} is not a valid slug; use lowercase letters, digits and '-' (e.g. kim-putin-summit)"
    if len(slug) > MAX_SLUG:
        return f"the name is {len(slug)} characters long; shorten it to at most {MAX_SLUG}"
    if story and slug.split(".")[0] in RESERVED:
        return f"{slug!r} is reserved for the site's own pages; rename it"
    return None


@dataclass(frozen=True, slots=True, kw_only=True)
class Story:
    """A story as read from seeds/: its metadata and its articles, sorted by id."""

    slug: str
    meta: StoryMeta
    articles: tuple[Article, ...]
    story_uri: PurePosixPath | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Project:
    """Everything read from seeds/, plus the warnings found on the way."""

    stories: tuple[Story, ...]
    warnings: tuple[Diagnostic, ...]
    aliases: dict[str, str] = field(default_factory=dict)
    """From seeds/actors.yml: alias (as written) → canonical name, for every story."""


@dataclass(frozen=True, slots=True, kw_only=True)
class StorySource:
    """A story's files as found under seeds/, before any of them is read."""

    slug: str
    story_file: Path | None
    files: tuple[Path, ...]
    base: PurePosixPath

    def fingerprint(self) -> str:
        """A hash of the names and bytes of every file the story is read from (changes when any file does)."""
        digest = hashlib.sha256(self.slug.encode())
        for path in sorted({*self.files, *([self.story_file] if self.story_file else [])}):
            digest.update(b"\0" + path.name.encode() + b"\0")
            try:
                digest.update(path.read_bytes() if path.is_file() else b"<missing>")
            except OSError as error:
                digest.update(f"<unreadable {error.errno}>".encode())
        return digest.hexdigest()


@dataclass(frozen=True, slots=True, kw_only=True)
class Scan:
    """The stories found under seeds/ (unread), the global aliases, and the problems of the folder layout."""

    sources: tuple[StorySource, ...]
    problems: tuple[Diagnostic, ...]
    aliases: dict[str, str]


def scan_project(seeds_dir: Path, *, max_bytes: int = DEFAULTS.max_file_bytes, project_dir: Path | None = None) -> Scan:
    """Find the stories under `seeds_dir` and read seeds/actors.yml; the stories' own files are not read.

    Every entry is checked before it is used: a symbolic link must lead to a file or folder inside
    `project_dir` (by default the folder holding `seeds_dir`), so no file outside the project is published.
    """
    root = PurePosixPath(seeds_dir.name)
    inside = (project_dir or seeds_dir.parent).resolve()
    problems: list[Diagnostic] = []
    if (link := _link_problem(seeds_dir, root, inside)) is not None:
        raise InputError([link])
    if not seeds_dir.is_dir():
        raise InputError([Diagnostic(path=root, message="seeds folder not found; create it or set seeds_dir")])
    sources: list[StorySource] = []
    entries = _entries(seeds_dir, root, inside, problems)
    folders = [p for p in entries if p.is_dir()]
    loose = [p for p in entries if p.is_file()]
    groups: list[tuple[str, Path | None, list[Path], PurePosixPath]] = [
        (folder.name, folder / STORY_FILE, _entries(folder, root / folder.name, inside, problems), root / folder.name)
        for folder in folders
    ]
    for article_path, _ in _pair_files(loose, root, problems, ignore={ACTORS_FILE}):
        groups.append((article_path.stem, None, [article_path, *_sidecars(article_path)], root))
    seen: dict[str, PurePosixPath] = {}
    for slug, story_file, files, base in groups:
        uri = base if story_file else base / files[0].name
        if (problem := slug_problem(slug, story=True)) is not None:
            problems.append(Diagnostic(path=uri, message=problem))
            continue
        if slug in seen:
            message = f"story slug {slug!r} is also used by {seen[slug]}; rename one"
            problems.append(Diagnostic(path=uri, message=message))
            continue
        seen[slug] = uri
        sources.append(StorySource(slug=slug, story_file=story_file, files=tuple(files), base=base))
    if not groups and not problems:
        problems.append(Diagnostic(path=root, message="holds no stories; add a folder with an article in it"))
    aliases: dict[str, str] = {}
    if (seeds_dir / ACTORS_FILE).is_file():
        try:
            aliases = read_global_aliases(seeds_dir / ACTORS_FILE, root / ACTORS_FILE, max_bytes=max_bytes)
        except InputError as error:
            problems.extend(error.diagnostics)
    return Scan(sources=tuple(sources), problems=tuple(problems), aliases=aliases)


def load_story(source: StorySource, *, max_bytes: int = DEFAULTS.max_file_bytes) -> tuple[Story, list[Diagnostic]]:
    """Read one story's files; raise `InputError` listing every error, else return the story and its warnings."""
    return _load_story(source.slug, source.story_file, list(source.files), source.base, max_bytes=max_bytes)


def readable_articles(source: StorySource, *, max_bytes: int = DEFAULTS.max_file_bytes) -> tuple[Article, ...]:
    """The story's articles that read, skipping any that do not: for checks that must not stop at a broken seed."""
    ignore = {STORY_FILE} if source.story_file is not None else set()
    articles = []
    for path, sidecar in _pair_files(list(source.files), source.base, [], ignore=ignore):
        try:
            article, _ = read_article(path, source.base / path.name, sidecar, story=source.slug, max_bytes=max_bytes)
        except InputError:
            continue
        articles.append(article)
    return tuple(articles)


def load_project(seeds_dir: Path, *, max_bytes: int = DEFAULTS.max_file_bytes) -> Project:
    """Read every story under `seeds_dir`; raise one `InputError` listing every problem found."""
    scan = scan_project(seeds_dir, max_bytes=max_bytes)
    problems = list(scan.problems)
    stories: list[Story] = []
    for source in scan.sources:
        try:
            story, warnings = load_story(source, max_bytes=max_bytes)
        except InputError as error:
            problems.extend(error.diagnostics)
            continue
        problems.extend(warnings)
        stories.append(story)
    errors = [d for d in problems if d.severity is Severity.ERROR]
    if errors:
        raise InputError(errors)
    found = tuple(sorted(problems, key=lambda d: d.sort_key))
    return Project(stories=tuple(stories), warnings=found, aliases=scan.aliases)


def read_global_aliases(path: Path, uri: PurePosixPath, *, max_bytes: int) -> dict[str, str]:
    """seeds/actors.yml: a list of `- name: ...` entries with `aliases: [...]`; alias → canonical name."""
    text = read_text_file(path, uri, max_bytes=max_bytes)
    wrapped = load_yaml("actors:\n" + "".join(f"  {line}\n" for line in text.splitlines()), path=uri, first_line=0)
    reader = FieldReader(wrapped, uri)
    aliases: dict[str, str] = {}
    for edit in read_curation(reader).actors:
        if edit.name is None:
            reader.problem("actors", "each entry needs `name` (exclusions belong in a story's story.yml)")
            continue
        for alias in (edit.name, *edit.aliases):
            aliases[alias] = edit.name
    if errors := [d for d in reader.problems if d.severity is Severity.ERROR]:
        raise InputError(errors)
    return aliases


def _entries(folder: Path, uri: PurePosixPath, inside: Path, problems: list[Diagnostic]) -> list[Path]:
    """The visible entries of a seeds folder, sorted; links that leave the project or loop are reported instead."""
    found = []
    for path in sorted(p for p in folder.iterdir() if not p.name.startswith((".", "_"))):
        if (problem := _link_problem(path, uri / path.name, inside)) is not None:
            problems.append(problem)
        else:
            found.append(path)
    return found


def _link_problem(path: Path, uri: PurePosixPath, inside: Path) -> Diagnostic | None:
    """Why a symbolic link may not be followed (it loops, is broken, or leads out of `inside`), else None."""
    if not path.is_symlink():
        return None
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return Diagnostic(path=uri, message="is a symbolic link that loops or leads nowhere; remove it")
    if not target.is_relative_to(inside):
        message = "is a symbolic link that leads outside the project; copy what it points to into seeds/ instead"
        return Diagnostic(path=uri, message=message)
    return None


def _sidecars(article: Path) -> list[Path]:
    return [p for s in SIDECAR_SUFFIXES if (p := article.with_suffix(s)).is_file()]


def _pair_files(
    files: Iterable[Path],
    base: PurePosixPath,
    problems: list[Diagnostic],
    *,
    ignore: frozenset[str] | set[str],
) -> list[tuple[Path, Path | None]]:
    """Match articles with their sidecars; report orphans, doubles and files of unknown kinds."""
    files = [f for f in files if not f.name.startswith((".", "_")) and f.name not in ignore]
    articles = [f for f in files if f.suffix.lower() in READERS]
    sidecar_files = [f for f in files if f.suffix.lower() in SIDECAR_SUFFIXES]
    stems: dict[str, Path] = {}
    for article in articles:
        if article.stem in stems:
            message = f"two articles share the id {article.stem!r} ({stems[article.stem].name}); rename one"
            problems.append(Diagnostic(path=base / article.name, message=message))
        stems[article.stem] = article
    sidecars_of: dict[str, list[Path]] = {}
    for sidecar in sidecar_files:
        sidecars_of.setdefault(sidecar.stem, []).append(sidecar)
    paired = []
    for article in articles:
        sidecars = sidecars_of.get(article.stem, [])
        if len(sidecars) > 1:
            names = " and ".join(s.name for s in sidecars)
            problems.append(Diagnostic(path=base / article.name, message=f"has two sidecars ({names}); keep one"))
        paired.append((article, sidecars[0] if sidecars else None))
    for sidecar in sidecar_files:
        if sidecar.stem not in stems:
            message = "metadata without an article; add the article (.txt or .md) with the same name, or remove it"
            problems.append(Diagnostic(path=base / sidecar.name, message=message))
    for other in sorted(set(files) - set(articles) - set(sidecar_files)):
        message = f"ignored: not an article ({', '.join(sorted(READERS))}) or metadata (.yml)"
        problems.append(Diagnostic(path=base / other.name, message=message, severity=Severity.WARNING))
    return paired


def _load_story(
    slug: str, story_file: Path | None, files: list[Path], base: PurePosixPath, *, max_bytes: int
) -> tuple[Story, list[Diagnostic]]:
    problems: list[Diagnostic] = []
    meta = StoryMeta()
    story_uri = None
    if story_file is not None and story_file in files and story_file.is_file():
        story_uri = base / story_file.name
        try:
            text = read_text_file(story_file, story_uri, max_bytes=max_bytes)
            meta, warnings = read_story_meta(load_yaml(text, path=story_uri), path=story_uri)
            problems.extend(warnings)
        except InputError as error:
            problems.extend(error.diagnostics)
    ignore = {STORY_FILE} if story_file is not None else set()
    articles = []
    for path, sidecar in _pair_files(files, base, problems, ignore=ignore):
        uri = base / path.name
        if (problem := slug_problem(path.stem, story=False)) is not None:
            problems.append(Diagnostic(path=uri, message=problem))
            continue
        try:
            article, warnings = _read_article_once(path, uri, sidecar, story=slug, max_bytes=max_bytes)
        except InputError as error:
            problems.extend(error.diagnostics)
            continue
        problems.extend(warnings)
        articles.append(article)
    if story_file is not None and not articles and not any(d.severity is Severity.ERROR for d in problems):
        problems.append(Diagnostic(path=base, message="story folder holds no article (.txt or .md)"))
    if errors := [d for d in problems if d.severity is Severity.ERROR]:
        raise InputError(errors)
    story = Story(slug=slug, meta=meta, articles=tuple(sorted(articles, key=lambda a: a.id)), story_uri=story_uri)
    return story, problems


_READ: dict[tuple[object, ...], tuple[Article, list[Diagnostic]]] = {}
"""Articles read in this process, by their files' identity and state: a long-lived process (`mkdocs serve`) reads
again only the files that changed. Files are never trusted by name alone: a changed size, inode or modification time
(in nanoseconds) of the article or its sidecar reads it again."""
_READ_MAX = 20_000


def _read_article_once(
    path: Path, uri: PurePosixPath, sidecar: Path | None, *, story: str, max_bytes: int
) -> tuple[Article, list[Diagnostic]]:
    try:
        states = tuple((s.st_mtime_ns, s.st_size, s.st_ino) for s in (p.stat() for p in (path, sidecar) if p))
    except OSError:
        return read_article(path, uri, sidecar, story=story, max_bytes=max_bytes)
    key = (path, uri, sidecar, story, max_bytes, states)
    if (found := _READ.get(key)) is None:
        found = read_article(path, uri, sidecar, story=story, max_bytes=max_bytes)
        if len(_READ) >= _READ_MAX:
            _READ.clear()
        _READ[key] = found
    return found[0], list(found[1])


def read_article(
    path: Path, uri: PurePosixPath, sidecar: Path | None, *, story: str, max_bytes: int
) -> tuple[Article, list[Diagnostic]]:
    """Read one article file (and its sidecar) into an `Article`."""
    raw = READERS[path.suffix.lower()](path, uri, sidecar, max_bytes=max_bytes)
    warnings: list[Diagnostic] = []
    meta = ArticleMeta()
    if raw.meta is not None and raw.meta_uri is not None:
        meta, warnings = read_article_meta(raw.meta, path=raw.meta_uri)
    normalised = normalise(raw.text)
    if not normalised.text.strip():
        raise InputError([Diagnostic(path=uri, message="article has no text")])
    if meta.published is None:
        message = 'no `published` date: relative dates ("Monday", "last week") stay unresolved'
        warnings.append(
            Diagnostic(path=raw.meta_uri or uri, field="published", message=message, severity=Severity.WARNING)
        )
    if (foreign := language_warning(meta.language, raw.meta_uri or uri)) is not None:
        warnings.append(foreign)
    if (kind := page_kind(normalised.text)) is not None:
        warnings.append(Diagnostic(path=uri, message=page_kind_message(kind), severity=Severity.WARNING))
    src_uri = str(uri.relative_to(uri.parts[0])) if len(uri.parts) > 1 else str(uri)
    article = Article(
        id=path.stem,
        story=story,
        src_uri=src_uri,
        meta=meta,
        text=normalised.text,
        dateline=meta.dateline or normalised.dateline,
    )
    return article, warnings
