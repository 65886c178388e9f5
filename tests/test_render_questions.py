"""A story with many questions: the briefing lists the first open ones, <story>/questions.md every one; a story
with few keeps them all on one page. Every link to a question finds it on the page that shows it."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from pathlib import PurePosixPath

from generator.model import ArticleMeta, Briefing, Citation, Question, Sentence
from generator.render import render_briefing
from generator.render.markdown import make_environment

from .conftest import TEMPLATES
from .test_render_key_events import briefing as empty_story


def briefing(still_open: int, answered: int) -> Briefing:
    sentences = tuple(Sentence(number=n, start=0, end=1, text=f"Sentence {n}.", paragraph=0) for n in range(1, 60))
    questions = tuple(
        Question(text=f"Open question number {i}?", citations=(Citation("a", i + 1, "x"),)) for i in range(still_open)
    ) + tuple(
        Question(
            text=f"Answered question number {i}?",
            citations=(Citation("a", 30 + i, "x"),),
            answered_by=(Citation("a", 31 + i, "x"),),
        )
        for i in range(answered)
    )
    story = empty_story(0, 0)
    return dataclasses.replace(
        story, sources=(dataclasses.replace(story.sources[0], sentences=sentences),), questions=questions
    )


def pages_of(still_open: int, answered: int) -> dict[PurePosixPath, str]:
    return render_briefing(make_environment(TEMPLATES), briefing(still_open, answered))


def test_the_briefing_lists_ten_open_questions_and_links_every_question():
    pages = pages_of(14, 3)
    page, every = pages[PurePosixPath("s/index.md")], pages[PurePosixPath("s/questions.md")]
    assert all(f"Open question number {i}?" in page for i in range(10))
    assert "Open question number 10?" not in page and "Answered question" not in page
    assert "14 open questions" in page  # the count in the line under the title is of all of them
    assert "4 more open questions and 3 answered: [every question of the story](questions.md)." in page
    assert all(f"Open question number {i}?" in every for i in range(14))
    assert all(f"~~Answered question number {i}?~~" in every for i in range(3))
    assert "[The briefing](index.md) lists the first 10 open ones." in every


def test_many_answered_questions_alone_move_to_the_questions_page():
    pages = pages_of(2, 6)
    page = pages[PurePosixPath("s/index.md")]
    assert "Open question number 1?" in page and "Answered question" not in page
    assert "6 answered questions: [every question of the story](questions.md)." in page
    assert "~~Answered question number 5?~~" in pages[PurePosixPath("s/questions.md")]
    assert "[The briefing](index.md) lists all 2 open ones." in pages[PurePosixPath("s/questions.md")]
    assert "lists the one open question." in pages_of(1, 6)[PurePosixPath("s/questions.md")]
    assert "lists no open question." in pages_of(0, 6)[PurePosixPath("s/questions.md")]


def test_a_story_with_few_questions_keeps_them_on_its_briefing():
    pages = pages_of(10, 5)
    assert PurePosixPath("s/questions.md") not in pages
    page = pages[PurePosixPath("s/index.md")]
    assert all(f"Open question number {i}?" in page for i in range(10))
    assert all(f"~~Answered question number {i}?~~" in page for i in range(5))
    assert "questions.md" not in page


def test_every_link_back_to_a_question_finds_it_on_the_page_that_shows_it():
    """A source page's "cited in" links a question the briefing does not list to the questions page, where it has
    the same id (`mkdocs build --strict` checks every anchor)."""
    pages = pages_of(14, 3)
    ids = {
        page: set(re.findall(r"\{: #(q-[\w-]+)\}", pages[PurePosixPath("s", page)]))
        for page in ("index.md", "questions.md")
    }
    links = re.findall(r"\]\(\.\./(index\.md|questions\.md)#(q-[\w-]+)", pages[PurePosixPath("s/sources/a.md")])
    assert len(ids["index.md"]) == 10 and len(ids["questions.md"]) == 17
    assert len({anchor for _, anchor in links}) == 17
    assert {page for page, _ in links} == {"index.md", "questions.md"}
    for page, anchor in links:
        assert anchor in ids[page], (page, anchor)


def test_the_briefing_lists_the_most_reported_then_the_newest_questions():
    """Of many open questions the briefing lists those the most articles ask in their own words, then those of the
    newest articles; a sentence repeated word for word (an outlet's page furniture) counts once."""
    story = briefing(12, 0)
    first = story.sources[0]
    newer = dataclasses.replace(
        first, article=dataclasses.replace(first.article, id="b", meta=ArticleMeta(published=date(2010, 6, 3)))
    )
    asked = {
        10: (Citation("a", 11, "Will the dam hold?"), Citation("b", 2, "Nobody knows whether the dam will hold.")),
        11: (Citation("b", 1, "Will the levee hold?"),),
        0: (Citation("a", 1, "What's next?"), Citation("b", 3, "What's  next?")),
    }
    questions = [dataclasses.replace(q, citations=asked.get(i, q.citations)) for i, q in enumerate(story.questions)]
    story = dataclasses.replace(story, sources=(first, newer), questions=tuple(questions))
    page = render_briefing(make_environment(TEMPLATES), story)[PurePosixPath("s/index.md")]
    listed = re.findall(r"Open question number (\d+)\?", page.split("## Open questions")[1])
    assert listed == ["10", "0", "11", *map(str, range(1, 8))]
    assert "**Still open:** Open question number 10?" in page  # the top box names the first the briefing lists
