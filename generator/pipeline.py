"""The one place that sequences the stages: load → parse → extract → merge → curate → render → write.

`Session` keeps the loaded spaCy model across rebuilds (the MkDocs plugin reuses it under `mkdocs serve`).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from spacy.language import Language

from generator.curate import apply_curation, curation_aliases
from generator.errors import Diagnostic, InputError, StaleOutputError
from generator.extract import Findings, extract_article
from generator.findings_cache import FindingsCache
from generator.ingest import Story, load_project
from generator.merge import merge_story, name_key
from generator.model import Article, Briefing, Sentence, SourceArticle, Summary, TimeExpression
from generator.nlp import ParseCache, ParsedArticle, load_model, parse_articles
from generator.output import WritePlan, apply, plan_writes
from generator.render import render_site
from generator.settings import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class BuildReport:
    """What a build found and did."""

    briefings: tuple[Briefing, ...]
    warnings: tuple[Diagnostic, ...]
    plan: WritePlan

    @property
    def written(self) -> int:
        return len(self.plan.writes)


class Session:
    """A loaded model plus settings; `build()` can be called again and again."""

    def __init__(self, settings: Settings, *, nlp: Language | None = None) -> None:
        self.settings = settings
        self._nlp = nlp
        self.cache = ParseCache(settings.cache_dir / "parses" if settings.cache_dir else None)
        self.findings = FindingsCache(settings.cache_dir / "findings" if settings.cache_dir else None, settings.model)

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_model(self.settings.model)
        return self._nlp

    def briefings(self) -> tuple[tuple[Briefing, ...], tuple[Diagnostic, ...]]:
        """Read the seeds and produce every story's curated briefing, with the warnings found."""
        project = load_project(self.settings.seeds_dir, max_bytes=self.settings.max_file_bytes)
        articles = [a for story in project.stories for a in story.articles]
        extracted = self.extract(articles)
        briefings = []
        warnings = list(project.warnings)
        for story in project.stories:
            story_extracted = [extracted[(story.slug, a.id)] for a in story.articles]
            briefing, story_warnings = build_briefing(story, story_extracted, aliases=project.aliases)
            briefings.append(briefing)
            warnings.extend(story_warnings)
        return tuple(briefings), tuple(warnings)

    def extract(self, articles: Sequence[Article]) -> dict[tuple[str, str], Extracted]:
        """Sentences and findings of every article: from the findings cache, else parsed (model loaded only then)."""
        keys = {(a.story, a.id): self.findings.key(a) for a in articles}
        found: dict[tuple[str, str], Extracted] = {}
        missing = []
        for article in articles:
            cached = self.findings.get(keys[(article.story, article.id)])
            if cached is None:
                missing.append(article)
            else:
                found[(article.story, article.id)] = Extracted(article=article, sentences=cached[0], findings=cached[1])
        for parsed in parse_articles(self.nlp, missing, cache=self.cache) if missing else ():
            findings = extract_article(parsed)
            key = (parsed.article.story, parsed.article.id)
            self.findings.put(keys[key], parsed.sentences, findings)
            found[key] = Extracted(article=parsed.article, sentences=parsed.sentences, findings=findings)
        return found

    def render(self) -> tuple[dict[PurePosixPath, str], tuple[Briefing, ...], tuple[Diagnostic, ...]]:
        briefings, warnings = self.briefings()
        if not self.settings.templates_dir.is_dir():
            message = "templates folder not found; restore templates/ or set templates_dir"
            raise InputError([Diagnostic(path=PurePosixPath(self.settings.templates_dir.name), message=message)])
        return render_site(briefings, self.settings.templates_dir), briefings, warnings

    def build(self, *, check: bool = False) -> BuildReport:
        """Regenerate the output folder; with `check`, raise `StaleOutputError` instead of writing."""
        pages, briefings, warnings = self.render()
        plan = plan_writes(self.settings.out_dir, pages)
        if check:
            if not plan.is_empty:
                details = "\n".join(f"  {line}" for line in plan.describe())
                raise StaleOutputError(
                    f"{self.settings.out_dir.name}/ is out of date; run `briefings build`:\n{details}"
                )
        else:
            apply(self.settings.out_dir, plan)
        return BuildReport(briefings=briefings, warnings=warnings, plan=plan)


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
        aliases={**{name_key(k): v for k, v in (aliases or {}).items()}, **curation_aliases(curation)},
    )
    briefing = dataclasses.replace(
        briefing,
        status=story.meta.status or briefing.status,
        tags=tuple(sorted(set(briefing.tags) | set(story.meta.tags))),
        summary=_editor_summary(story) or briefing.summary,
    )
    return apply_curation(briefing, curation)


def _editor_summary(story: Story) -> Summary | None:
    return Summary(text=story.meta.summary) if story.meta.summary else None


def render_pages(settings: Settings, *, nlp: Language | None = None) -> Mapping[PurePosixPath, str]:
    """Every page a build would write, without touching the output folder (for tests and previews)."""
    pages, _, _ = Session(settings, nlp=nlp).render()
    return pages
