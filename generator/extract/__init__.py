"""Extractors: small functions from one parsed article to cited, per-article mentions.

`extract_article` runs the fixed, ordered extractors; spaCy objects do not leave this package.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.extract.actors import ActorMention, find_actors
from generator.extract.background import BackgroundMention, find_background
from generator.extract.figures import FigureMention, find_figures
from generator.extract.openings import news_sentences, nut_graf, scene_setters
from generator.extract.questions import QuestionMention, find_questions, leaves_open
from generator.extract.quotes import QuoteMention, find_quotes
from generator.extract.timeline import EventMention, find_events
from generator.ingest.hygiene import READ_SENTENCES, page_kind
from generator.temporal import TimexMention, tag_doc

if TYPE_CHECKING:
    from generator.nlp.parse import ParsedArticle


@dataclass(frozen=True, slots=True, kw_only=True)
class Findings:
    """Everything extracted from one article, before merging."""

    article: str
    timexes: tuple[TimexMention, ...]
    actors: tuple[ActorMention, ...]
    events: tuple[EventMention, ...]
    questions: tuple[QuestionMention, ...]
    background: tuple[BackgroundMention, ...]
    quotes: tuple[QuoteMention, ...] = ()
    scene_setters: tuple[int, ...] = ()
    """Opening sentences (by number) that set a scene: a feature's first line, not the news."""
    news: tuple[int, ...] = ()
    """Opening sentences (by number) that report something done or decided by someone named."""
    figures: tuple[FigureMention, ...] = ()


def extract_article(parsed: ParsedArticle) -> Findings:
    """Run every extractor over one parsed article (over the opening only of a page that is not one article)."""
    if page_kind(parsed.article.text) is not None:
        parsed = parsed.opening(READ_SENTENCES)
    anchor = parsed.article.meta.published_day
    sentences = [(s.number, span) for s, span in parsed.numbered()]
    timexes = tuple(tag_doc(parsed.doc, anchor, sentences=sentences))
    setters, news = scene_setters(parsed), news_sentences(parsed)
    questions = tuple(find_questions(parsed))
    # a sentence that leaves something open is a question, not settled background ("no decision has been made on
    # whether he would give interviews"); a modal's hedge is not enough to tell
    asked = {q.citation.sentence for q in questions if q.cue in _OPEN_CUES}
    open_sentences = frozenset(asked | {s.number for s, span in parsed.numbered() if leaves_open(span)})
    return Findings(
        article=parsed.article.id,
        timexes=timexes,
        actors=tuple(find_actors(parsed)),
        events=tuple(find_events(parsed, timexes, lede=nut_graf(parsed, setters, news))),
        questions=questions,
        background=tuple(find_background(parsed, timexes, open_sentences=open_sentences)),
        quotes=tuple(find_quotes(parsed)),
        scene_setters=setters,
        news=news,
        figures=tuple(find_figures(parsed, timexes)),
    )


_OPEN_CUES = frozenset({"uncertainty", "negated-disclosure", "pending-decision", "unknown"})

__all__ = ["Findings", "extract_article"]
