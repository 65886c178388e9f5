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
from generator.ingest import Story, load_project
from generator.merge import merge_story, name_key
from generator.model import Briefing, SourceArticle, Summary, TimeExpression
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
        self.cache = ParseCache(settings.cache_dir)

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_model(self.settings.model)
        return self._nlp

    def briefings(self) -> tuple[tuple[Briefing, ...], tuple[Diagnostic, ...]]:
        """Read the seeds and produce every story's curated briefing, with the warnings found."""
        project = load_project(self.settings.seeds_dir, max_bytes=self.settings.max_file_bytes)
        articles = [a for story in project.stories for a in story.articles]
        parsed = {(p.article.story, p.article.id): p for p in parse_articles(self.nlp, articles, cache=self.cache)}
        briefings = []
        warnings = list(project.warnings)
        for story in project.stories:
            story_parsed = [parsed[(story.slug, a.id)] for a in story.articles]
            briefing, story_warnings = build_briefing(story, story_parsed, aliases=project.aliases)
            briefings.append(briefing)
            warnings.extend(story_warnings)
        return tuple(briefings), tuple(warnings)

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


def build_briefing(
    story: Story, parsed: Sequence[ParsedArticle], *, aliases: dict[str, str] | None = None
) -> tuple[Briefing, list[Diagnostic]]:
    """Extract, merge and curate one story; `aliases` (from seeds/actors.yml) apply before the story's own."""
    findings: list[Findings] = [extract_article(p) for p in parsed]
    sources = [
        SourceArticle(
            article=p.article,
            sentences=p.sentences,
            dates=tuple(
                TimeExpression(text=t.text, type=t.type, values=t.values, sentence=t.sentence, start=t.start, end=t.end)
                for t in f.timexes
            ),
        )
        for p, f in zip(parsed, findings, strict=True)
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
