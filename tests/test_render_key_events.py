"""A story whose timeline is longer than its key events: the page shows the key events, the rest moves to
<story>/timeline.md; a story whose key events are its whole timeline keeps one page."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import PurePosixPath

from generator.model import Article, ArticleMeta, Briefing, Citation, Event, Sentence, SourceArticle, TimeValue
from generator.render import render_briefing
from generator.render.markdown import make_environment

from .conftest import TEMPLATES


def briefing(events: int, key: int) -> Briefing:
    article = Article(id="a", story="s", src_uri="s/a.txt", meta=ArticleMeta(published=date(2010, 6, 1)), text="x")
    sentence = Sentence(number=1, start=0, end=1, text="x", paragraph=0)
    timeline = tuple(
        Event(
            when=TimeValue.of_day(date(2010, 4, 20) + timedelta(days=i)),
            text=f"Event number {i} happened.",
            citations=(Citation("a", 1, "x"),),
        )
        for i in range(events)
    )
    return Briefing(
        slug="s",
        title="Spill",
        summary=None,
        status="developing",
        updated=date(2010, 6, 1),
        tags=(),
        sources=(SourceArticle(article=article, sentences=(sentence,)),),
        editor_background=None,
        background=(),
        actors=(),
        timeline=timeline,
        questions=(),
        key_events=timeline[::2][:key],
    )


def test_the_page_shows_the_key_events_and_links_the_full_timeline():
    pages = render_briefing(make_environment(TEMPLATES), briefing(30, 12))
    page, full = pages[PurePosixPath("s/index.md")], pages[PurePosixPath("s/timeline.md")]
    assert "Event number 2 happened." in page
    assert "Event number 1 happened." not in page
    assert "The 12 key events of 30" in page
    assert "](timeline.md)" in page
    assert all(f"Event number {i} happened." in full for i in range(30))


def test_a_timeline_that_is_all_key_events_stays_on_the_page():
    whole = briefing(8, 8)
    whole = dataclasses.replace(whole, key_events=whole.timeline)
    pages = render_briefing(make_environment(TEMPLATES), whole)
    assert PurePosixPath("s/timeline.md") not in pages
    assert all(f"Event number {i} happened." in pages[PurePosixPath("s/index.md")] for i in range(8))
    assert "full timeline" not in pages[PurePosixPath("s/index.md")]


def test_every_link_to_an_event_finds_it_on_the_page_that_shows_it():
    """A source page's "cited in" and the site-wide timeline link an event the briefing does not select to the
    story's full timeline, where it has the same id (`mkdocs build --strict` checks every anchor)."""
    import re

    from generator.render import render_site

    pages = render_site([briefing(30, 12)], TEMPLATES)
    ids = {
        page: set(re.findall(r"\{: #([\w-]+)\}", pages[PurePosixPath("s", page)]))
        for page in ("index.md", "timeline.md")
    }
    source_links = re.findall(r"\]\(\.\./(index\.md|timeline\.md)#([\w-]+)", pages[PurePosixPath("s/sources/a.md")])
    site_links = re.findall(r"\]\(s/(index\.md|timeline\.md)#([\w-]+)\)", pages[PurePosixPath("timeline.md")])
    assert len(source_links) == 30 and len(site_links) == 30
    assert {page for page, _ in source_links} == {"index.md", "timeline.md"}
    for page, anchor in source_links + site_links:
        assert anchor in ids[page], (page, anchor)
    assert len(ids["timeline.md"]) == 30  # every event of the full timeline has its id
