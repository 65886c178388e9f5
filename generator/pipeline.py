"""The one place that sequences the stages: load → parse → extract → merge → curate → render → write.

`Session` keeps the loaded spaCy model across rebuilds (the MkDocs plugin reuses it under `mkdocs serve`).
"""

from __future__ import annotations

import dataclasses
import logging
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from generator.curate import apply_curation, curation_aliases
from generator.errors import Diagnostic, InputError, Severity, StaleOutputError
from generator.extract import Findings
from generator.incremental.build_record import BuildRecords
from generator.incremental.findings_cache import FindingsCache
from generator.incremental.keys import build_key, render_key, templates_fingerprint
from generator.incremental.story_cache import StoryCache, StoryEntry
from generator.ingest import Scan, Story, StorySource, load_project, load_story, scan_project
from generator.merge import merge_story
from generator.merge.key_events import select_key_events
from generator.model import Article, Briefing, Sentence, SourceArticle, Summary, TimeExpression
from generator.output import MANIFEST, WritePlan, apply, build_lock, plan_writes
from generator.render import outline, render_briefing, render_shared
from generator.render.actors import (
    SiteIds,
    across_site,
    actor_page_ids,
    render_profiles,
    site_actor_ids,
    with_site_ids,
)
from generator.render.markdown import make_environment
from generator.render.packaged import template_files
from generator.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language

    from generator.nlp.parse import ParseCache, ParsedArticle

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class BuildReport:
    """What a build found and did."""

    stories: tuple[str, ...]
    """The stories' slugs in site order (newest first)."""
    warnings: tuple[Diagnostic, ...]
    plan: WritePlan

    @property
    def written(self) -> int:
        return len(self.plan.writes)


class Session:
    """Settings plus what survives between builds (the model, the caches); `build()` can be called again and again.

    A build reads every story's files but re-extracts only articles it has not seen, and re-merges and
    re-renders only the stories whose files changed (see `StoryCache`).
    """

    def __init__(
        self,
        settings: Settings,
        *,
        nlp: Language | None = None,
        keep_model: bool = False,
        progress: Progress | None = None,
    ) -> None:
        self.settings = settings
        self.progress = progress
        """Told how far a build has got (`Progress`), for a progress bar on a terminal; None: nobody asks."""
        self._nlp = nlp
        self.keep_model = keep_model
        """Parse a few new articles here, loading the model once and keeping it (`mkdocs serve`), rather than
        on a worker that pays for loading spaCy on every build but does so in parallel (one-off CLI builds)."""
        self._parses: ParseCache | None = None
        cache_dir = settings.cache_dir
        self.findings = FindingsCache(cache_dir / "findings" if cache_dir else None, settings.model)
        self.stories = StoryCache(cache_dir / "stories" if cache_dir else None, settings.model)
        self.records = BuildRecords(cache_dir, settings.out_dir)
        self._story_keys: set[str] = set()
        """The story cache keys of the last `render()`: what a successful build keeps."""

    @property
    def loaded_model(self) -> Language | None:
        """The spaCy model if this process has loaded it (or was given it), else None; never loads it."""
        return self._nlp

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            from generator.nlp.model import load_model

            self._nlp = load_model(self.settings.model)
        return self._nlp

    @property
    def parses(self) -> ParseCache:
        if self._parses is None:
            from generator.nlp.parse import ParseCache

            cache_dir = self.settings.cache_dir
            self._parses = ParseCache(cache_dir / "parses" if cache_dir else None)
        return self._parses

    def release(self) -> None:
        """Let go of the cache entries held in memory; they stay on disk.

        For a process that builds once and goes on to other work, as a one-off `mkdocs build` does (at 5,000
        stories the entries are hundreds of MB).
        """
        self.stories.release()
        self.findings.store.release()  # (parses are held only by a session that parses in-process: `serve`)

    def briefings(self) -> tuple[tuple[Briefing, ...], tuple[Diagnostic, ...]]:
        """Read the seeds and produce every story's curated briefing (actor ids across the site), with the warnings."""
        project = load_project(self.settings.seeds_dir, max_bytes=self.settings.max_file_bytes)
        built = self._briefings(project.stories, project.aliases)
        warnings = [*project.warnings, *(d for _, ws in built for d in ws)]
        return across_site([b for b, _ in built]), tuple(sorted(warnings, key=lambda d: d.sort_key))

    def _briefings(
        self,
        stories: Sequence[Story],
        aliases: dict[str, str],
        extracted: Mapping[tuple[str, str], Extracted] | None = None,
    ) -> list[tuple[Briefing, list[Diagnostic]]]:
        """Each story's curated briefing and the curation's warnings (extracting what `extracted` lacks)."""
        extracted = dict(extracted or {})
        extracted |= self.extract([a for s in stories for a in s.articles if (a.story, a.id) not in extracted])
        built = []
        if self.progress is not None and stories:
            self.progress("stories", 0, len(stories))
        for story in stories:
            articles = [extracted[(story.slug, a.id)] for a in story.articles]
            built.append(build_briefing(story, articles, aliases=aliases))
            if self.progress is not None:
                self.progress("stories", 1, len(stories))
        return built

    def extract(self, articles: Sequence[Article]) -> dict[tuple[str, str], Extracted]:
        """Sentences and findings of every article: from the findings cache, else parsed (model loaded only then)."""
        return self.begin_extract(articles)()

    def begin_extract(self, articles: Sequence[Article]) -> Callable[[], dict[tuple[str, str], Extracted]]:
        """Start extracting the articles the findings cache lacks; the returned function waits for all of them.

        Without a loaded model, the parsing starts at once on worker processes, in parallel with the caller.
        """
        keys = {(a.story, a.id): self.findings.key(a) for a in articles}
        found: dict[tuple[str, str], Extracted] = {}
        missing = []
        for article in articles:
            cached = self.findings.get(keys[(article.story, article.id)])
            if cached is None:
                missing.append(article)
            else:
                found[(article.story, article.id)] = Extracted(article=article, sentences=cached[0], findings=cached[1])
        if not missing:
            return lambda: found
        from generator.nlp.pool import default_jobs, start, workers_for

        jobs = self.settings.jobs or default_jobs()
        here = self._nlp is not None or self.keep_model
        local = (self.nlp, self.parses, self.findings) if here and workers_for(len(missing), jobs) == 1 else None
        cache_dir = self.settings.cache_dir
        progress = self.progress
        if progress is not None:
            progress("articles", 0, len(missing))
        pending = start(
            missing,
            model=self.settings.model,
            jobs=jobs,
            local=local,
            parse_cache=cache_dir / "parses" if cache_dir else None,
            findings_cache=self.findings.store.folder,
            done=None if progress is None else lambda count: progress("articles", count, len(missing)),
        )

        def collect() -> dict[tuple[str, str], Extracted]:
            for article, sentences, findings in pending():
                key = (article.story, article.id)
                self.findings.remember(keys[key], sentences, findings)  # written where extracted
                found[key] = Extracted(article=article, sentences=sentences, findings=findings)
            return found

        return collect

    def _load_stories(
        self, sources: Sequence[StorySource], problems: list[Diagnostic]
    ) -> list[tuple[Story, list[Diagnostic]]]:
        """Read the stories' files; errors go to `problems` (the build stops after all are read)."""
        loaded = []
        for source in sources:
            try:
                loaded.append(load_story(source, max_bytes=self.settings.max_file_bytes))
            except InputError as error:
                problems.extend(error.diagnostics)
        return loaded

    def _inputs(self) -> Inputs:
        settings = self.settings
        scan = scan_project(settings.seeds_dir, max_bytes=settings.max_file_bytes)
        keys = {source.slug: self.stories.key(source.fingerprint(), scan.aliases) for source in scan.sources}
        return Inputs(scan=scan, keys=keys, templates=templates_fingerprint(template_files(settings.templates_dir)))

    def render(self) -> tuple[dict[PurePosixPath, str], tuple[Briefing, ...], tuple[Diagnostic, ...]]:
        """Every page, the stories' outlines and the warnings; unchanged stories come from the story cache."""
        inputs = self._inputs()
        pages, ordered, warnings = self._render(inputs)
        return pages, ordered, _in_order([*inputs.scan.problems, *warnings])

    def _render(self, inputs: Inputs) -> tuple[dict[PurePosixPath, str], tuple[Briefing, ...], list[Diagnostic]]:
        """Every page, the stories' outlines and the stories' warnings (not the scan's)."""
        settings, scan, keys = self.settings, inputs.scan, inputs.keys
        problems = list(scan.problems)
        cached: dict[str, StoryEntry] = {}
        # First the stories whose cache entry is missing: their new articles start parsing (on workers) while
        # the unchanged stories' entries are read.
        misses = {s.slug for s in scan.sources if not self.stories.has(keys[s.slug])}
        fresh = self._load_stories([s for s in scan.sources if s.slug in misses], problems)
        if errors := [d for d in problems if d.severity is Severity.ERROR]:
            raise InputError(errors)
        pending = self.begin_extract([a for story, _ in fresh for a in story.articles])
        for source in scan.sources:
            if source.slug in misses:
                continue
            entry = self.stories.get(keys[source.slug])
            if entry is not None:
                cached[source.slug] = entry
            else:  # unreadable: built again like a changed story
                fresh.extend(self._load_stories([source], problems))
        env = make_environment(settings.templates_dir)
        # While the workers parse: the pages of the actors the unchanged stories name. Those whose id still names
        # the same actors of the same stories are final (an actor's page depends only on the stories naming it).
        early_ids = site_actor_ids(entry.outline for entry in cached.values()) if fresh else {}
        early_outlines = [with_site_ids(entry.outline, early_ids) for entry in cached.values()] if fresh else []
        early_actors = render_profiles(env, early_outlines) if fresh else {}
        extracted = pending()  # waited for even if a late story has errors: no worker is left behind
        if errors := [d for d in problems if d.severity is Severity.ERROR]:
            raise InputError(errors)
        self._story_keys = set(keys.values())
        warnings = {slug: list(entry.warnings) for slug, entry in cached.items()}
        full: dict[str, Briefing] = {}
        built = self._briefings([story for story, _ in fresh], scan.aliases, extracted)
        for (story, load_warnings), (briefing, curation_warnings) in zip(fresh, built, strict=True):
            full[story.slug] = briefing
            warnings[story.slug] = [*load_warnings, *curation_warnings]
        outlines = {slug: entry.outline for slug, entry in cached.items()} | {s: outline(b) for s, b in full.items()}
        ids = site_actor_ids(outlines.values())
        early_actors = _still_valid(early_actors, early_ids, ids)
        ordered = sorted((with_site_ids(b, ids) for b in outlines.values()), key=lambda b: b.sort_key)
        actor_pages = actor_page_ids(ordered)
        rkeys = {b.slug: render_key(inputs.templates, actor_pages, b) for b in ordered}
        # An unchanged story whose pages are not (templates or actor links changed) is read and merged again.
        stale = [s for s in scan.sources if s.slug in cached and cached[s.slug].render_key != rkeys[s.slug]]
        stories = [load_story(source, max_bytes=settings.max_file_bytes)[0] for source in stale]
        full |= {b.slug: b for b, _ in self._briefings(stories, scan.aliases)}
        pages: dict[PurePosixPath, str] = {}
        for briefing in ordered:
            slug = briefing.slug
            if slug not in full:
                pages.update(cached[slug].pages)
                continue
            story_pages = render_briefing(env, with_site_ids(full[slug], ids), actor_pages=actor_pages)
            entry = StoryEntry(
                outline=outlines[slug], warnings=tuple(warnings[slug]), render_key=rkeys[slug], pages=story_pages
            )
            self.stories.put(keys[slug], entry)
            pages.update(story_pages)
        pages.update(
            render_shared(
                env,
                ordered,
                settings.templates_dir,
                site_url=settings.site_url,
                site_name=settings.site_name,
                search=settings.search,
                nav_stories=settings.nav_stories,
                actor_pages=early_actors,
            )
        )
        return pages, tuple(ordered), [d for slug in sorted(warnings) for d in warnings[slug]]

    def build(
        self, *, check: bool = False, before_writing: Callable[[Path, WritePlan], None] | None = None
    ) -> BuildReport:
        """Regenerate the output folder; with `check`, raise `StaleOutputError` instead of writing.

        `before_writing` is given the output folder and the plan just before any file is written or deleted.

        When nothing the output depends on has changed since the last build and the output folder is as that
        build left it (see `BuildRecords`), nothing is read from the caches or rendered.

        Two builds of one output folder never overlap: the second waits for the first (`build_lock`).
        """
        with build_lock(self.settings.out_dir):
            return self._build(check=check, before_writing=before_writing)

    def _build(self, *, check: bool, before_writing: Callable[[Path, WritePlan], None] | None) -> BuildReport:
        inputs = self._inputs()
        key = build_key(self.settings, self.stories.identity, inputs.templates, inputs.keys)
        clean = not any(d.severity is Severity.ERROR for d in inputs.scan.problems)
        record = self.records.matching(key) if clean else None
        if record is not None:
            generated = frozenset(PurePosixPath(uri) for uri in record.outputs) - {MANIFEST}
            plan = WritePlan(writes={}, deletes=frozenset(), generated=generated)
            warnings = _in_order([*inputs.scan.problems, *record.warnings])
            return BuildReport(stories=record.stories, warnings=warnings, plan=plan)
        pages, briefings, story_warnings = self._render(inputs)
        plan = plan_writes(self.settings.out_dir, pages)
        if check:
            if not plan.is_empty:
                details = "\n".join(f"  {line}" for line in plan.describe())
                raise StaleOutputError(
                    f"{self.settings.out_dir.name}/ is out of date; run `briefings build`:\n{details}"
                )
        else:
            if before_writing is not None:
                before_writing(self.settings.out_dir, plan)
            apply(self.settings.out_dir, plan)
            self.stories.prune(self._story_keys)
        slugs = tuple(b.slug for b in briefings)
        self.records.save(key, slugs, tuple(story_warnings), plan.generated)
        warnings = _in_order([*inputs.scan.problems, *story_warnings])
        return BuildReport(stories=slugs, warnings=warnings, plan=plan)


Progress = Callable[[str, int, int], None]
"""Told `(stage, done, total)`: `done` more of `total` articles parsed ("articles") or stories merged ("stories");
a stage starts with `done` 0."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Inputs:
    """What a build reads before deciding what to do: the seeds' layout, each story's cache key, the templates'."""

    scan: Scan
    keys: dict[str, str]
    templates: str


def _still_valid(pages: dict[str, str], before: SiteIds, after: SiteIds) -> dict[str, str]:
    """The actor pages rendered with the ids `before` whose id stands for the same stories' actors `after`."""
    holders: list[dict[str, set[tuple[str, str]]]] = [defaultdict(set), defaultdict(set)]
    for ids, by_id in zip((before, after), holders, strict=True):
        for actor, site_id in ids.items():
            by_id[site_id].add(actor)
    return {site_id: page for site_id, page in pages.items() if holders[0][site_id] == holders[1][site_id]}


def _in_order(diagnostics: Sequence[Diagnostic]) -> tuple[Diagnostic, ...]:
    return tuple(sorted(diagnostics, key=lambda d: d.sort_key))


@dataclass(frozen=True, slots=True, kw_only=True)
class Extracted:
    """One article with its numbered sentences and extracted findings (parsed now or from the cache)."""

    article: Article
    sentences: tuple[Sentence, ...]
    findings: Findings


def build_briefing(
    story: Story, extracted: Sequence[Extracted | ParsedArticle], *, aliases: dict[str, str] | None = None
) -> tuple[Briefing, list[Diagnostic]]:
    """Merge and curate one story; `aliases` (from seeds/actors.yml) apply before the story's own."""
    from generator.extract import extract_article

    items = [
        e
        if isinstance(e, Extracted)
        else Extracted(article=e.article, sentences=e.sentences, findings=extract_article(e))
        for e in extracted
    ]
    findings: list[Findings] = [e.findings for e in items]
    sources = [
        SourceArticle(
            article=p.article,
            sentences=p.sentences,
            dates=tuple(
                TimeExpression(text=t.text, type=t.type, values=t.values, sentence=t.sentence, start=t.start, end=t.end)
                for t in f.timexes
            ),
        )
        for p, f in zip(items, findings, strict=True)
    ]
    newest = max(story.articles, key=lambda a: (a.meta.published_day is not None, a.meta.published_day, a.id))
    title = story.meta.title or (newest.meta.title if newest.meta.title else story.slug.replace("-", " ").capitalize())
    curation = story.meta.curation
    briefing = merge_story(
        slug=story.slug,
        title=title,
        sources=sources,
        findings=findings,
        aliases={**(aliases or {}), **curation_aliases(curation)},
    )
    briefing = dataclasses.replace(
        briefing,
        status=story.meta.status or briefing.status,
        tags=tuple(sorted(set(briefing.tags) | set(story.meta.tags))),
        summary=_editor_summary(story) or briefing.summary,
    )
    briefing, warnings = apply_curation(briefing, curation)
    published = [d for s in briefing.sources if (d := s.article.meta.published_day) is not None]
    key_events = select_key_events(briefing.timeline, briefing.actors, published)
    return dataclasses.replace(briefing, key_events=key_events), warnings


def _editor_summary(story: Story) -> Summary | None:
    return Summary(text=story.meta.summary) if story.meta.summary else None


def render_pages(settings: Settings, *, nlp: Language | None = None) -> Mapping[PurePosixPath, str]:
    """Every page a build would write, without touching the output folder (for tests and previews)."""
    pages, _, _ = Session(settings, nlp=nlp).render()
    return pages
