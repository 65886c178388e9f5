"""Anchor ids for the items of a briefing, so that a link returns to the exact item, not to its section.

A source page's "cited in" links, the site-wide timeline and the calendar all point at items. An item's id comes
from the sentence it cites first (`bg-`, `tl-` or `q-` and six hex digits of a hash of the article and sentence),
or from its text when it cites nothing (an editor's entry), so it does not change when items are added or dropped
before it. Items of one section that cite the same sentence first are told apart by "-2", "-3" in their order.
Actors take `actor-<id>` and the summary `summary`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from generator.model import BackgroundItem, Briefing, Citation, Event, Question, Summary
from generator.names import number_ids
from generator.render.markdown import Markdown
from generator.render.strings import ENGLISH, Strings

Item = Summary | BackgroundItem | Event | Question
"""What a briefing cites sentences for."""
SUMMARY = "summary"
"""The summary's id: there is one summary per briefing."""


BRIEFING_PAGE = "index.md"
FULL_TIMELINE_PAGE = "timeline.md"
QUESTIONS_PAGE = "questions.md"
OPEN_QUESTIONS_SHOWN = 10
"""The briefing lists a story's first open questions; with more, every question is on `<story>/questions.md`."""
ANSWERED_QUESTIONS_SHOWN = 5
"""Answered questions the briefing lists; with more, it counts them and links `<story>/questions.md`."""


@dataclass(frozen=True, slots=True)
class BackLink:
    """A link from a cited sentence back to an item that cites it: the item's anchor and text (the link's title).

    `page`: the story's page that shows the item (`index.md`, or `timeline.md` for an event that only the full
    timeline shows, see `event_page`, or `questions.md` for a question the briefing does not list, see
    `question_page`).
    """

    anchor: str
    text: str
    page: str = BRIEFING_PAGE


def shows_key_events(briefing: Briefing) -> bool:
    """The briefing page shows only the key events of a longer timeline; the full one is `timeline.md`."""
    return 0 < len(briefing.key_events) < len(briefing.timeline)


def event_page(briefing: Briefing) -> Callable[[Event], str]:
    """The story's page that shows an event: the briefing, or the full timeline for an event it does not select.

    Events are known by their date, wording and first citation, so an outline of the briefing (`render.outline`,
    whose events keep only their first citation) gives the same pages.
    """
    if not shows_key_events(briefing):
        return lambda _event: BRIEFING_PAGE
    keys = {_event_key(e) for e in briefing.key_events}
    return lambda event: BRIEFING_PAGE if _event_key(event) in keys else FULL_TIMELINE_PAGE


def open_questions(briefing: Briefing) -> list[Question]:
    return [q for q in briefing.questions if not q.answered_by]


def shows_every_question(briefing: Briefing) -> bool:
    """The briefing lists all the story's questions; else its first open ones, and `questions.md` lists all."""
    answered = len(briefing.questions) - len(open_questions(briefing))
    return len(open_questions(briefing)) <= OPEN_QUESTIONS_SHOWN and answered <= ANSWERED_QUESTIONS_SHOWN


def ranked_questions(briefing: Briefing) -> list[Question]:
    """The open questions ranked: the most reported first, then the newest, then in the story's order.

    Reported: by how many sentences of different wording ask it; newest: the latest publication day of the articles
    that ask it. A sentence repeated word for word across articles counts once: one outlet's pages repeat their
    furniture and their live updates, while a question that matters is asked in different words.
    """
    published = {s.article.id: s.article.meta.published for s in briefing.sources}

    def rank(item: tuple[int, Question]) -> tuple[int, int, int]:
        position, question = item
        wordings = {" ".join(c.text.casefold().split()) for c in question.citations}
        days = [day.toordinal() for c in question.citations if (day := published.get(c.article)) is not None]
        return (-len(wordings), -max(days, default=0), position)

    return [q for _, q in sorted(enumerate(open_questions(briefing)), key=rank)]


def listed_questions(briefing: Briefing) -> list[Question]:
    """The open questions the briefing lists.

    All of them in the story's order when it shows every question, else the first `OPEN_QUESTIONS_SHOWN` by rank.
    """
    if shows_every_question(briefing):
        return open_questions(briefing)
    return ranked_questions(briefing)[:OPEN_QUESTIONS_SHOWN]


def question_page(briefing: Briefing) -> Callable[[Question], str]:
    """The story's page that shows a question: the briefing, or the questions page for one the briefing leaves out.

    Reads every citation of a question (the rank counts their wordings), so it takes the briefing, not its outline.
    """
    if shows_every_question(briefing):
        return lambda _question: BRIEFING_PAGE
    listed = {id(q) for q in listed_questions(briefing)}
    return lambda question: BRIEFING_PAGE if id(question) in listed else QUESTIONS_PAGE


def _event_key(event: Event) -> tuple[str, str, Citation | None]:
    return (event.when.value, event.text, event.citations[0] if event.citations else None)


@dataclass(frozen=True, slots=True)
class ItemAnchors:
    """The id of each item of one briefing; `anchors(item)` gives it (items are told apart by identity)."""

    ids: Mapping[int, str]
    """By `id(item)`: the items are the briefing's own objects, alive as long as the briefing is."""
    by_value: Mapping[object, str] = field(default_factory=dict)
    """By the item's value, for an equal copy of an item (a key event is one of the timeline's events)."""

    def __call__(self, item: object) -> Markdown:
        found = self.ids.get(id(item))
        return Markdown(found if found is not None else self.by_value[item])


def _base(prefix: str, item: BackgroundItem | Event | Question) -> str:
    first: Citation | None = item.citations[0] if item.citations else None
    key = f"{first.article}#s{first.sentence}" if first is not None else f"text:{item.text}"
    return f"{prefix}-{hashlib.sha256(key.encode()).hexdigest()[:6]}"


def _numbered(prefix: str, items: Sequence[BackgroundItem | Event | Question]) -> dict[int, str]:
    return {id(item): anchor for item, anchor in zip(items, number_ids([_base(prefix, i) for i in items]), strict=True)}


def item_anchors(briefing: Briefing) -> ItemAnchors:
    """Every item's id: background, timeline (past and upcoming), questions (open and answered), actors, summary.

    An outline of the briefing (`render.outline`) gives the same ids: it keeps every item and its first citation.
    """
    ids = {
        **_numbered("bg", briefing.background),
        **_numbered("tl", briefing.timeline),
        **_numbered("q", briefing.questions),
        **{id(actor): f"actor-{actor.id}" for actor in briefing.actors},
        **{id(figure): f"figure-{figure.measure}" for figure in briefing.figures},
    }
    if briefing.summary is not None:
        ids[id(briefing.summary)] = SUMMARY
    events: dict[object, str] = {event: ids[id(event)] for event in briefing.timeline}
    return ItemAnchors(ids, events)


def back_links(
    briefing: Briefing, strings: Strings = ENGLISH
) -> dict[str, dict[int, list[tuple[str, list[BackLink]]]]]:
    """Per article, per cited sentence: the sections whose items cite it, each with those items, in page order.

    Computed once per briefing (the anchors and every citation are visited once, not once per article).
    """
    anchors = item_anchors(briefing)
    page_of, question_page_of = event_page(briefing), question_page(briefing)
    sections: tuple[tuple[str, Sequence[Item]], ...] = (
        (strings("sections.summary"), [briefing.summary] if briefing.summary else []),
        (strings("sections.background"), briefing.background),
        (strings("sections.timeline"), briefing.timeline),
        (strings("sections.questions"), briefing.questions),
    )
    cited: dict[str, dict[int, dict[str, list[BackLink]]]] = {}

    def add(section: str, link: BackLink, citations: Sequence[Citation]) -> None:
        for citation in citations:
            links = cited.setdefault(citation.article, {}).setdefault(citation.sentence, {}).setdefault(section, [])
            if link not in links:
                links.append(link)

    for section, items in sections:
        for item in items:
            page = (
                page_of(item)
                if isinstance(item, Event)
                else question_page_of(item)
                if isinstance(item, Question)
                else BRIEFING_PAGE
            )
            add(section, BackLink(anchors(item), item.text, page), item.citations)
    for figure in briefing.figures:  # "22 dead": each value links back to the figure's row
        for report in figure.reports:
            add(
                strings("sections.figures"),
                BackLink(anchors(figure), f"{report.text} {figure.measure}"),
                report.citations,
            )
    return {
        article: {sentence: list(by_section.items()) for sentence, by_section in sorted(sentences.items())}
        for article, sentences in cited.items()
    }
