"""Render briefings to pages: `render_site` returns every output file's text by its URI; no file I/O here."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Mapping, Sequence
from pathlib import Path, PurePosixPath

import jinja2

from generator.model import ActorKind, Briefing, Citation, EventStatus, SourceArticle
from generator.render.actors import across_site, actor_page_ids, render_actor_pages
from generator.render.anchors import (
    BRIEFING_PAGE,
    FULL_TIMELINE_PAGE,
    QUESTIONS_PAGE,
    BackLink,
    back_links,
    event_page,
    item_anchors,
    listed_questions,
    open_questions,
    ranked_questions,
    shows_every_question,
    shows_key_events,
)
from generator.render.brief import Newest, in_brief
from generator.render.export import briefing_data, dumps, index_data
from generator.render.feeds import DEFAULT_TITLE, FEED, render_atom, render_ics, render_story_atom
from generator.render.markdown import ActorLinker, CitationLinks, article_origin, make_environment, strings_of
from generator.render.nav import NAV_FILE, nav_file
from generator.render.packaged import find_asset
from generator.render.strings import Strings
from generator.render.timeline_svg import render_timeline_svg
from generator.settings import DEFAULTS

ASSETS = ("assets/briefings.css",)
"""Static files copied into the site as they are (a project's templates/ first, then the packaged ones)."""
PAGEFIND_ASSET = "assets/pagefind-search.js"
"""Starts Pagefind's search UI on search.md (with `search: pagefind`)."""
HOME_STORIES = 30
"""The home page shows the newest stories; archive.md lists every one."""
KEY_PEOPLE_SHOWN = 15
"""The Key actors table shows the most salient people; the rest of a big story's people are named below it."""
ALSO_NAMED_SHOWN = 40
"""Of the people named below the table, and of the organisations and places, the most salient (most named); a
story of hundreds of articles names hundreds more, who are counted (and, with a page, on the actor index) instead
of weighing the briefing down."""
PICTURED_PAST = 40
PICTURED_UPCOMING = 10
"""The site-wide timeline picture shows the latest events only; beyond a few dozen, labels stop being readable."""


def render_site(
    briefings: Sequence[Briefing], templates_dir: Path, *, site_url: str = "", site_name: str = DEFAULT_TITLE
) -> dict[PurePosixPath, str]:
    """Every generated page and data file, keyed by its path under briefings/."""
    env = make_environment(templates_dir)
    ordered = sorted(across_site(briefings), key=lambda b: b.sort_key)
    actor_pages = actor_page_ids(ordered)
    pages: dict[PurePosixPath, str] = {}
    for briefing in ordered:
        pages.update(render_briefing(env, briefing, actor_pages=actor_pages))
    pages.update(render_shared(env, ordered, templates_dir, site_url=site_url, site_name=site_name))
    return pages


def render_shared(
    env: jinja2.Environment,
    briefings: Sequence[Briefing],
    templates_dir: Path,
    *,
    site_url: str = "",
    site_name: str = DEFAULT_TITLE,
    search: str = DEFAULTS.search,
    nav_stories: int = DEFAULTS.nav_stories,
    actor_pages: Mapping[str, str] | None = None,
) -> dict[PurePosixPath, str]:
    """The pages that draw on every story: home, timeline, actors, tags, feeds, plus the static assets.

    They read each briefing's outline only (never the articles' text or sentences), so cached outlines do.
    `site_url`, `site_name`: the output folder's absolute URL ("" if unknown) and the site's name, for the feeds.
    `actor_pages`: actor pages rendered already, by actor id (see `render_actor_pages`).
    """
    ordered = sorted(briefings, key=lambda b: b.sort_key)
    strings = strings_of(env)
    pages: dict[PurePosixPath, str] = {
        PurePosixPath("index.md"): env.get_template("index.md.j2").render(
            briefings=ordered[:HOME_STORIES], total=len(ordered)
        ),
        PurePosixPath("archive.md"): env.get_template("archive.md.j2").render(
            months=_by_month(ordered, strings), total=len(ordered)
        ),
        PurePosixPath("data/index.json"): dumps(index_data(ordered)),
        PurePosixPath(NAV_FILE): nav_file(
            [b.slug for b in ordered], nav_stories=nav_stories, search=search, strings=strings
        ),
    }
    pages.update(render_actor_pages(env, ordered, reuse=actor_pages))
    everything = sorted(((b, e) for b in ordered for e in b.timeline), key=lambda p: (p[1].sort_key, p[0].slug))
    past = [p for p in everything if p[1].status is EventStatus.PAST]
    upcoming = [p for p in everything if p[1].status is EventStatus.UPCOMING]
    pictured = [*past[-PICTURED_PAST:], *upcoming[:PICTURED_UPCOMING]]
    stories = [b for b in ordered if any(b is pb for pb, _ in pictured)]  # each pictured story's colour, in order
    colour = {id(b): i for i, b in enumerate(stories)}
    pages[PurePosixPath("timeline.md")] = env.get_template("timeline.md.j2").render(
        entries=past,
        ahead=upcoming,
        anchors={b.slug: item_anchors(b) for b in ordered},
        event_pages={b.slug: event_page(b) for b in ordered},
        timeline_svg=render_timeline_svg(
            [e for _, e in pictured],
            title=strings("picture.site_title"),
            colours=[colour[id(b)] for b, _ in pictured],
            stories=[b.title for b in stories],
            strings=strings,
        ),
        pictured=len(pictured),
        total=len(everything),
    )
    pages[PurePosixPath("tags.md")] = env.get_template("tags.md.j2").render()
    pages[PurePosixPath(FEED)] = render_atom(ordered, site_url=site_url, site_name=site_name)
    for briefing in ordered:
        pages[PurePosixPath(briefing.slug, FEED)] = render_story_atom(briefing, site_url=site_url, site_name=site_name)
    pages[PurePosixPath("events.ics")] = render_ics(ordered, site_url=site_url, strings=strings)
    assets: tuple[str, ...] = ASSETS
    if search == "pagefind":
        pages[PurePosixPath("search.md")] = env.get_template("search.md.j2").render()
        assets = (*assets, PAGEFIND_ASSET)
    for asset in assets:
        source = find_asset(templates_dir, asset)
        if source is not None:
            pages[PurePosixPath(asset)] = source.read_text(encoding="utf-8")
    return pages


def outline(briefing: Briefing) -> Briefing:
    """The briefing cut down to what `render_shared` reads, so that the story cache loads fast.

    Gone: the articles' text, sentences and dates, the background, and every citation beyond the first of an
    event or question and the first per article of an actor (the shared pages date actors by their articles).
    """
    return dataclasses.replace(
        briefing,
        sources=tuple(
            dataclasses.replace(s, sentences=(), dates=(), article=dataclasses.replace(s.article, text=""))
            for s in briefing.sources
        ),
        background=(),
        actors=tuple(dataclasses.replace(a, citations=_first_per_article(a.citations)) for a in briefing.actors),
        timeline=tuple(dataclasses.replace(e, citations=e.citations[:1]) for e in briefing.timeline),
        questions=tuple(dataclasses.replace(q, citations=q.citations[:1]) for q in briefing.questions),
    )


def _by_month(briefings: Sequence[Briefing], strings: Strings) -> list[tuple[str, list[Briefing]]]:
    """(label, briefings) by month of the last update, in the given order; undated stories last."""
    months: dict[str, list[Briefing]] = {}
    for briefing in briefings:
        updated = briefing.updated
        label = (
            strings("dates.month_in_full", month=strings.months[updated.month - 1], year=updated.year)
            if updated
            else strings("dates.undated")
        )
        months.setdefault(label, []).append(briefing)
    return list(months.items())


def _first_per_article(citations: Sequence[Citation]) -> tuple[Citation, ...]:
    firsts: dict[str, Citation] = {}
    for citation in citations:
        firsts.setdefault(citation.article, citation)
    return tuple(firsts.values())


def render_briefing(
    env: jinja2.Environment, briefing: Briefing, *, actor_pages: frozenset[str] = frozenset()
) -> dict[PurePosixPath, str]:
    """The story's pages: the briefing, its data and its sources.

    When the briefing shows only the key events of a longer timeline, the full timeline is `<story>/timeline.md`;
    when it lists only the first of many questions, every question is on `<story>/questions.md`.
    """
    base = PurePosixPath(briefing.slug)
    strings = strings_of(env)
    article_ids = [s.article.id for s in briefing.sources]
    origins = {s.article.id: article_origin(s, strings) for s in briefing.sources}
    cite = CitationLinks(article_ids, prefix="sources/", origins=origins)
    people = [a for a in briefing.actors if a.kind is ActorKind.PERSON]
    link = ActorLinker(
        {n: a.id for a in briefing.actors if a.id in actor_pages for n in (a.name, *a.aliases) if len(n) > 2},
        prefix="../actors/",
    )
    newest = Newest.of(briefing, strings)
    key_people = [a for a in people if not a.in_passing]  # by salience: the table shows the first
    also_named = [*key_people[KEY_PEOPLE_SHOWN:], *(a for a in people if a.in_passing)]
    still_open = open_questions(briefing)
    listed = listed_questions(briefing)
    answered = [q for q in briefing.questions if q.answered_by]
    every_question = shows_every_question(briefing)
    selected = shows_key_events(briefing)  # none: the briefing was made without them
    shown = briefing.key_events if selected else briefing.timeline
    pages = {
        base / BRIEFING_PAGE: env.get_template("briefing.md.j2").render(
            briefing=briefing,
            cite=cite,
            anchor=item_anchors(briefing),
            actor_pages=actor_pages,
            names={a.id: a.name for a in briefing.actors},
            timeline_svg=render_timeline_svg(
                shown, title=strings("picture.story_title", title=briefing.title), strings=strings
            ),
            brief=in_brief(briefing),
            newest=newest,
            latest=newest.latest(briefing),
            link=link,
            people=key_people[:KEY_PEOPLE_SHOWN],
            people_count=len(key_people),
            also_named=also_named[:ALSO_NAMED_SHOWN],
            also_named_more=len(also_named[ALSO_NAMED_SHOWN:]),
            also_named_limit=ALSO_NAMED_SHOWN,
            organizations=[a for a in briefing.actors if a.kind is ActorKind.ORGANIZATION],
            places=[a for a in briefing.actors if a.kind is ActorKind.PLACE],
            past=[e for e in shown if e.status is EventStatus.PAST],
            upcoming=[e for e in shown if e.status is EventStatus.UPCOMING],
            open_questions=listed,
            open_count=len(still_open),
            answered_questions=answered if every_question else [],
            answered_count=len(answered),
            all_questions=None if every_question else QUESTIONS_PAGE,
            full_timeline=FULL_TIMELINE_PAGE if selected else None,
        ),
        PurePosixPath("data") / f"{briefing.slug}.json": dumps(briefing_data(briefing)),
    }
    if selected:
        pages[base / FULL_TIMELINE_PAGE] = env.get_template("story-timeline.md.j2").render(
            briefing=briefing,
            anchor=item_anchors(briefing),
            cite=cite,
            link=link,
            past=[e for e in briefing.timeline if e.status is EventStatus.PAST],
            upcoming=[e for e in briefing.timeline if e.status is EventStatus.UPCOMING],
        )
    if not every_question:
        pages[base / QUESTIONS_PAGE] = env.get_template("story-questions.md.j2").render(
            briefing=briefing,
            anchor=item_anchors(briefing),
            cite=cite,
            link=link,
            newest=newest,
            open_questions=ranked_questions(briefing),
            answered_questions=answered,
            listed=len(listed),
        )
    cited = back_links(briefing, strings)
    templates = _templates_digest(env, strings)
    for number, source in enumerate(briefing.sources, start=1):
        marks = cited.get(source.article.id, {})
        key = (templates, briefing.title, number, source, repr(marks)) if templates else None
        if key is None or (page := _SOURCE_PAGES.get(key)) is None:
            page = render_source(env, briefing, source, number, cited=marks)
            if key is not None:
                if len(_SOURCE_PAGES) >= _SOURCE_PAGES_MAX:
                    _SOURCE_PAGES.clear()
                _SOURCE_PAGES[key] = page
        pages[base / "sources" / f"{source.article.id}.md"] = page
    return pages


_SOURCE_PAGES: dict[tuple[object, ...], str] = {}
"""Source pages rendered in this process, by everything their template reads (every template's text and the
strings, the story's title, the article, its number and the marks that link its sentences back): a long-lived
process (`mkdocs serve`) renders again only the pages a change touches."""
_SOURCE_PAGES_MAX = 5_000
_BRIEFING_FIELD = re.compile(r"(?<![\w-])briefing(?![\w-])(?:\.(\w+))?")
"""The `briefing` variable in a template, with the field read ("briefing.title"); not a class name ("briefing-meta")."""


def _templates_digest(env: jinja2.Environment, strings: Strings) -> str | None:
    """A digest of every template's text and of the strings, the key of the pages kept.

    None when the source page's template reads more of the briefing than its title (a project's own template may):
    then its pages are never kept.
    """
    loader = env.loader
    if loader is None:
        return None
    digest = hashlib.sha256(repr(strings).encode())
    for name in sorted(env.list_templates()):
        text = loader.get_source(env, name)[0]
        if name == "source.md.j2" and any(field != "title" for field in _BRIEFING_FIELD.findall(text)):
            return None
        digest.update(f"\0{name}\0{text}".encode())
    return digest.hexdigest()


def render_source(
    env: jinja2.Environment,
    briefing: Briefing,
    source: SourceArticle,
    number: int,
    *,
    cited: dict[int, list[tuple[str, list[BackLink]]]],
) -> str:
    """The article with numbered, anchored sentences; sentences that some item cites are marked and link back to it.

    `cited` is the article's entry of `back_links(briefing)`.

    Actor mentions are not marked: nearly every sentence names someone, and the mark would lose its meaning.
    """
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
    )
