"""Render briefings to pages: `render_site` returns every output file's text by its URI; no file I/O here."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path, PurePosixPath

import jinja2

from generator.model import ActorKind, Briefing, EventStatus, SourceArticle
from generator.render.actors import actor_page_ids, render_actor_pages
from generator.render.export import briefing_data, dumps, index_data
from generator.render.feeds import render_atom, render_ics
from generator.render.markdown import ActorLinker, CitationLinks, Markdown, make_environment
from generator.render.timeline_svg import render_timeline_svg

ASSETS = ("assets/briefings.css",)
"""Static files copied from templates/ into the site as they are."""


def render_site(briefings: Sequence[Briefing], templates_dir: Path, *, site_url: str = "") -> dict[PurePosixPath, str]:
    """Every generated page and data file, keyed by its path under briefings/."""
    env = make_environment(templates_dir)
    ordered = sorted(briefings, key=lambda b: b.sort_key)
    pages: dict[PurePosixPath, str] = {
        PurePosixPath("index.md"): env.get_template("index.md.j2").render(briefings=ordered),
        PurePosixPath("data/index.json"): dumps(index_data(ordered)),
    }
    actor_pages = actor_page_ids(ordered)
    for briefing in ordered:
        pages.update(render_briefing(env, briefing, actor_pages=actor_pages))
    pages.update(render_actor_pages(env, ordered))
    everything = sorted(((b, e) for b in ordered for e in b.timeline), key=lambda p: (p[1].sort_key, p[0].slug))
    pages[PurePosixPath("timeline.md")] = env.get_template("timeline.md.j2").render(
        entries=[(b, e) for b, e in everything if e.status is EventStatus.PAST],
        timeline_svg=render_timeline_svg([e for _, e in everything], title="Timeline of every story"),
    )
    pages[PurePosixPath("tags.md")] = env.get_template("tags.md.j2").render()
    pages[PurePosixPath("feed.xml")] = render_atom(ordered, site_url=site_url)
    pages[PurePosixPath("events.ics")] = render_ics(ordered)
    for asset in ASSETS:
        source = templates_dir / asset
        if source.is_file():
            pages[PurePosixPath(asset)] = source.read_text(encoding="utf-8")
    return pages


def render_briefing(
    env: jinja2.Environment, briefing: Briefing, *, actor_pages: frozenset[str] = frozenset()
) -> dict[PurePosixPath, str]:
    base = PurePosixPath(briefing.slug)
    article_ids = [s.article.id for s in briefing.sources]
    cite = CitationLinks(article_ids, prefix="sources/")
    people = [a for a in briefing.actors if a.kind is ActorKind.PERSON]
    pages = {
        base / "index.md": env.get_template("briefing.md.j2").render(
            briefing=briefing,
            cite=cite,
            actor_pages=actor_pages,
            names={a.id: a.name for a in briefing.actors},
            timeline_svg=render_timeline_svg(briefing.timeline, title=f"Timeline: {briefing.title}"),
            link=ActorLinker(
                {n: a.id for a in briefing.actors if a.id in actor_pages for n in (a.name, *a.aliases) if len(n) > 2},
                prefix="../actors/",
            ),
            people=people,
            organizations=[a for a in briefing.actors if a.kind is ActorKind.ORGANIZATION],
            places=[a for a in briefing.actors if a.kind is ActorKind.PLACE],
            past=[e for e in briefing.timeline if e.status is EventStatus.PAST],
            upcoming=[e for e in briefing.timeline if e.status is EventStatus.UPCOMING],
            open_questions=[q for q in briefing.questions if not q.answered_by],
            answered_questions=[q for q in briefing.questions if q.answered_by],
        ),
        PurePosixPath("data") / f"{briefing.slug}.json": dumps(briefing_data(briefing)),
    }
    for number, source in enumerate(briefing.sources, start=1):
        pages[base / "sources" / f"{source.article.id}.md"] = render_source(env, briefing, source, number)
    return pages


def render_source(env: jinja2.Environment, briefing: Briefing, source: SourceArticle, number: int) -> str:
    """The article with numbered, anchored sentences; sentences that some item cites are marked.

    Actor mentions are not marked: nearly every sentence names someone, and the mark would lose its meaning.
    """
    cited: dict[int, list[str]] = {}
    sections = (
        ("Summary", [briefing.summary] if briefing.summary else []),
        ("Background", list(briefing.background)),
        ("Timeline", list(briefing.timeline)),
        ("Open questions", list(briefing.questions)),
    )
    for section, items in sections:
        for item in items:
            for citation in item.citations:
                if citation.article == source.article.id and section not in cited.setdefault(citation.sentence, []):
                    cited[citation.sentence].append(section)
    paragraphs: list[list[object]] = []
    for sentence in source.sentences:
        while len(paragraphs) <= sentence.paragraph:
            paragraphs.append([])
        paragraphs[sentence.paragraph].append(sentence)
    return env.get_template("source.md.j2").render(
        briefing=briefing,
        source=source,
        article=source.article,
        number=number,
        paragraphs=[p for p in paragraphs if p],
        cited=cited,
        anchor=_section_anchor,
    )


def _section_anchor(section: str) -> Markdown:
    return Markdown("#" + section.lower().replace(" ", "-"))
