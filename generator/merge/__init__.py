"""Merge one story's per-article findings into a `Briefing`.

Actors merge by name and alias (`actors`), events by date and wording (`events`); questions (`questions`) and
background (`background`) lose near-duplicates (`similarity`). Pure: the result does not depend on the order of
the articles given.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from generator.extract import Findings
from generator.merge.actors import attach_quotes, link_metonyms, merge_actors, with_dated_roles
from generator.merge.background import merge_background
from generator.merge.events import merge_events
from generator.merge.questions import merge_questions
from generator.model import Briefing, Citation, SourceArticle, Summary
from generator.names import EditorNames


def merge_story(
    *,
    slug: str,
    title: str,
    sources: Sequence[SourceArticle],
    findings: Sequence[Findings],
    aliases: dict[str, str] | None = None,
) -> Briefing:
    """Combine every article's findings into one briefing (before curation)."""
    sources = sorted(sources, key=lambda s: (_published(s) or date.min, s.article.id))
    findings = sorted(findings, key=lambda f: f.article)
    newest = max((d for s in sources if (d := _published(s)) is not None), default=None)
    published = {s.article.id: _published(s) for s in sources}
    mentions = [a for f in findings for a in f.actors]
    actors = merge_actors(mentions, aliases=aliases)
    editor = EditorNames.of(aliases or {})
    actors = tuple(with_dated_roles(actor, mentions, published, editor) for actor in actors)
    actors = attach_quotes(actors, [q for f in findings for q in f.quotes])
    actors = link_metonyms(actors)
    timeline = merge_events(findings, actors, newest=newest)
    summary = None
    if sources:
        lede_source = sources[-1]
        lede = next((s for s in lede_source.sentences if not s.is_heading), None)
        if lede is not None:
            summary = Summary(text=lede.text, citations=(Citation(lede_source.article.id, lede.number, lede.text),))
    return Briefing(
        slug=slug,
        title=title,
        summary=summary,
        status="developing",
        updated=newest,
        tags=tuple(sorted({t for s in sources for t in s.article.meta.tags})),
        sources=tuple(sources),
        editor_background=None,
        background=merge_background(findings, actors),
        actors=actors,
        timeline=timeline,
        questions=merge_questions(findings, timeline, published),
    )


def _published(source: SourceArticle) -> date | None:
    meta = source.article.meta
    return meta.published_day
