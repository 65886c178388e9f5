"""The top box (what happened, context, what's next) and what the newest article added (issue 24)."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import PurePosixPath

from generator.model import (
    Article,
    ArticleMeta,
    BackgroundItem,
    Briefing,
    Citation,
    Event,
    EventStatus,
    Question,
    Sentence,
    SourceArticle,
    Summary,
    TimeValue,
)
from generator.render import render_briefing
from generator.render.brief import Newest, in_brief
from generator.render.markdown import make_environment

from .conftest import TEMPLATES

FIRST, SECOND = date(2024, 3, 4), date(2024, 3, 7)


def source(article_id: str, published: date) -> SourceArticle:
    meta = ArticleMeta(published=published)
    article = Article(id=article_id, story="s", src_uri=f"s/{article_id}.txt", meta=meta, text="x")
    sentences = tuple(Sentence(number=n, start=0, end=1, text="x", paragraph=0) for n in range(1, 9))
    return SourceArticle(article=article, sentences=sentences)


def cited(article_id: str, sentence: int) -> tuple[Citation, ...]:
    return (Citation(article_id, sentence, f"Sentence {sentence} of {article_id}."),)


def story() -> Briefing:
    return Briefing(
        slug="s",
        title="Dock strike",
        summary=Summary(text="Talks to end the strike opened on Wednesday.", citations=cited("b", 1)),
        status="developing",
        updated=SECOND,
        tags=(),
        sources=(source("a", FIRST), source("b", SECOND)),
        editor_background=None,
        actors=(),
        background=(
            BackgroundItem(text="The port handles a third of imports.", score=2.0, citations=cited("a", 4)),
            BackgroundItem(text="Workers last struck in 2019.", score=3.0, citations=cited("a", 6)),
        ),
        timeline=(
            Event(when=TimeValue.of_day(FIRST), text="Dock workers walked out.", citations=cited("a", 1)),
            Event(
                when=TimeValue.of_day(date(2024, 2, 1)), text="The union balloted its members.", citations=cited("b", 5)
            ),
            Event(
                when=TimeValue.of_day(date(2024, 3, 6)), text="Talks to end the strike opened.", citations=cited("b", 1)
            ),
            Event(when=TimeValue.of_day(date(2024, 3, 6)), text="The mayor visited the port.", citations=cited("b", 4)),
            Event(
                when=TimeValue.of_day(date(2024, 3, 12)),
                text="The union will vote on the offer.",
                status=EventStatus.UPCOMING,
                citations=cited("b", 6),
            ),
        ),
        questions=(Question(text="How long will the walkout last?", cue="uncertainty", citations=cited("a", 3)),),
    )


def test_the_top_box_says_what_happened_the_context_and_whats_next_each_cited():
    lines = {line.kind: line for line in in_brief(story())}
    assert list(lines) == ["happened", "context", "next"]
    assert lines["happened"].citations == cited("b", 1)
    assert lines["context"].text == "Workers last struck in 2019."  # the best-scored background
    assert lines["next"].text == "The union will vote on the offer."
    without_upcoming = dataclasses.replace(story(), timeline=story().timeline[:4])
    assert in_brief(without_upcoming)[-1].kind == "open"
    leaning = BackgroundItem(text="And the port is where the strike began in 2019.", score=9.0, citations=cited("a", 7))
    with_leaning = dataclasses.replace(story(), background=(*story().background, leaning))
    assert {line.kind: line.text for line in in_brief(with_leaning)}["context"] == "Workers last struck in 2019."


def test_the_newest_article_adds_developments_since_the_article_before_not_retold_history():
    briefing = story()
    newest = Newest.of(briefing)
    assert (newest.day, newest.previous) == (SECOND, FIRST)
    # the summary's sentence is in the box already; the February ballot is news to the page but not a development
    assert [line.text for line in newest.latest(briefing)] == [
        "The mayor visited the port.",
        "The union will vote on the offer.",
    ]
    assert [newest.is_new(e) for e in briefing.timeline] == [False, True, True, True, True]
    assert newest.day_label == "7 Mar"


def test_one_article_or_one_publication_day_marks_nothing_new():
    single = dataclasses.replace(story(), sources=story().sources[:1])
    same_day = dataclasses.replace(story(), sources=(source("a", SECOND), source("b", SECOND)))
    for briefing in (single, same_day):
        newest = Newest.of(briefing)
        assert newest.latest(briefing) == ()
        assert not any(newest.is_new(e) for e in briefing.timeline)


def test_the_page_shows_the_box_and_the_marks():
    page = render_briefing(make_environment(TEMPLATES), story())[PurePosixPath("s/index.md")]
    box = page.split('<p class="admonition-title">In brief</p>', 1)[1].split("</div>", 1)[0]
    assert "**What happened:** Talks to end the strike opened on Wednesday." in box
    assert "**Latest, 7 Mar:**" in box and "    - 6 Mar 2024: The mayor visited the port." in box
    assert page.count('<span class="new-mark">New on 7 Mar</span>') == 4


def test_a_source_page_rendered_again_in_one_process_follows_every_change():
    """Source pages are kept between renders in one process (`mkdocs serve`): any change they show renders anew."""
    env = make_environment(TEMPLATES)
    page = PurePosixPath("s/sources/a.md")
    first = render_briefing(env, story())[page]
    assert render_briefing(env, story())[page] == first
    retitled = dataclasses.replace(story(), title="Port strike")
    assert "Port strike" in render_briefing(env, retitled)[page]
    uncited = dataclasses.replace(story(), background=(), timeline=(), questions=())
    assert render_briefing(env, uncited)[page] != first  # the marks that link sentence 4 back are gone
    edited = dataclasses.replace(
        story(), sources=(dataclasses.replace(source("a", FIRST), sentences=()), *story().sources[1:])
    )
    assert render_briefing(env, edited)[page] != first


def test_a_source_page_is_kept_across_environments_of_the_same_templates_only(tmp_path):
    import shutil

    page = PurePosixPath("s/sources/a.md")
    first = render_briefing(make_environment(TEMPLATES), story())[page]
    assert render_briefing(make_environment(TEMPLATES), story())[page] is first  # a rebuild's new environment
    own = tmp_path / "templates"
    shutil.copytree(TEMPLATES, own)
    source = own / "source.md.j2"
    source.write_text(source.read_text(encoding="utf-8") + "\n{{ briefing.slug }}\n", encoding="utf-8")
    mine = render_briefing(make_environment(own), story())[page]
    assert mine.rstrip().endswith("s")
    assert render_briefing(make_environment(own), story())[page] is not mine  # reads more than the title: not kept
