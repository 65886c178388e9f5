"""Merge one story's per-article findings into a `Briefing`.

Actors merge by name and alias (`actors`), events by date and wording (`events`); questions (`questions`) and
background (`background`) lose near-duplicates (`similarity`). Pure: the result does not depend on the order of
the articles given.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from generator.extract import Findings
from generator.extract.cues import MID_SENTENCE
from generator.extract.openings import NUT_GRAF_WINDOW
from generator.merge.actors import attach_quotes, link_metonyms, merge_actors, with_dated_roles
from generator.merge.background import merge_background
from generator.merge.events import merge_events
from generator.merge.figures import merge_figures
from generator.merge.questions import merge_questions
from generator.model import Briefing, Citation, Sentence, SourceArticle, Summary
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
    actors = with_dated_roles(actors, mentions, published, editor)
    actors = attach_quotes(actors, [q for f in findings for q in f.quotes])
    actors = link_metonyms(actors)
    timeline = merge_events(findings, actors, newest=newest)
    summary = None
    if sources:
        lede_source = sources[-1]
        opening = next((f for f in findings if f.article == lede_source.article.id), None)
        lede = choose_lede(lede_source, opening)
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
        figures=merge_figures(findings, published),
    )


LEDE_WINDOW = 12
"""The lede is the first readable sentence among this many opening ones of the newest article: a page's navigation,
a breadcrumb and a headline cut short can come first."""
_NOT_NEWS = re.compile(
    r"^(?:photo|image|file photo|credit|caption|advertis\w*|sign up|subscribe|click|watch|listen|read more|"
    r"related|follow|this (?:article|story|post|page)|we may earn|by [A-Z][a-z]+ [A-Z][a-z]+$)\b"
    r"|^this\b[^.]{0,40}?\b(?:video|podcast|episode|article|story|piece|report|explainer|newsletter)\b"
    r"|\b(?:you|you'd|you’d|you're|you’re|your|you'll|you’ll)\b",
    re.IGNORECASE,
)
"""Not the news: a caption, a call-out, a byline, a description of the piece itself ("This City Limits video delves
into ..."), or a line that talks to the reader ("you'd be hard pressed to find ...")."""


def choose_lede(source: SourceArticle, findings: Findings | None = None) -> Sentence | None:
    """The first sentence of `source` that reads as a lede, as the briefing's summary.

    A call-out, a caption, a byline or a question to the reader is no lede, nor is a fragment (fewer than six
    words, or no closing stop), nor a sentence that leans on another ("This is not ...", "His rise ..."); the
    first of the opening sentences that is none of these wins, else the first. When that sentence only sets a
    scene (a feature's opening, `findings.scene_setters`), the first readable one of the next few that reports the
    news (`findings.news`) is the lede instead: the feature's "nut graf".
    (Preferring a sentence that a timeline event dates near publication was tried and dropped: on the labelled
    set it picked side facts as often as it skipped a feature opening; see docs/quality.md.)
    """
    body = [s for s in source.sentences if not s.is_heading]
    if not body:
        return None
    readable = [s for s in body[:LEDE_WINDOW] if _reads_as_a_lede(s.text)]
    first = readable[0] if readable else body[0]
    if findings is not None and first.number in findings.scene_setters:
        news = (s for s in readable if first.number < s.number <= first.number + NUT_GRAF_WINDOW)
        return next((s for s in news if s.number in findings.news), first)
    return first


def _reads_as_a_lede(text: str) -> bool:
    words = text.split()
    return (
        len(words) >= 6
        and text.rstrip()[-1:] in {".", "!", "”", '"', "’", ")"}
        and not _NOT_NEWS.search(text)
        and not _POINTS_BACK.search(text)
        and any(w[:1].islower() for w in words)
        and not _is_a_teaser(words)
        and not _CUT_SHORT.search(text)
        and not MID_SENTENCE.match(text)
        and not _WRITER_SPEAKS.search(text)
        and not _WRITER_ASIDE.search(text)
    )


_WRITER_SPEAKS = re.compile(
    r"^(?:today,?\s+(?:we|i)\b.*?|(?:we|i)(?:’re|'re|’m|'m)?\s+(?:are|am)?\s*going to\s+)"
    r"(?:talk|look|discuss|explain|show|share|review|take a look)\b",
    re.IGNORECASE,
)
"""The writer announcing the piece ("Today, we're going to talk about why focus matters"): no news in it."""


_CUT_SHORT = re.compile(r"^\s*[-–—•*]\s|(?:\.\.|…)\s*$")
"""A navigation line or a headline cut short: "- Prime Minister Says Restrictions Can Be ..", "... in the …"."""


_MODALS = frozenset({"might", "may", "could", "can", "would", "should"})


def _is_a_teaser(words: list[str]) -> bool:
    """A feature's opening line: a general claim with a modal and no name or number in it.

    "A warm bath might not always help you sleep." names no one and reports nothing; the news follows it.
    """
    return (
        any(w.lower() in _MODALS for w in words)
        and not any(w[:1].isupper() for w in words[1:])
        and not any(c.isdigit() for w in words for c in w)
    )


_POINTS_BACK = re.compile(
    r"^(?:(?:this|that|these|those)\s+(?:is|was|are|were|has|had|will|would)\b|(?:he|she|they|his|her|their)\b"
    r"|it\s+(?:\w+\s+)?also\b|(?:in fact|for example|for instance|in other words|instead|still),\s"
    r"|(?:no|yes|so|well),\s)|,\s+(?:but|and)\s+(?:this|that)\s+(?:is|was)\b",
    re.IGNORECASE,
)
"""A sentence that leans on what comes before or after it is no lede: "This is not the welcome he expected",
"His rise has brought ...", "It has also earned him ...", "No, the debut has turned brutal", "In fact, ...", "For
example, ...", "..., but this is the lowest forecast yet"."""

_WRITER_ASIDE = re.compile(
    r"^\s*\([^()]*\)\s*$|^(?:[^“\"‘]{0,40}?,\s*)?I(?:’ve|'ve|’m|'m)?\s|\bhas been compensated by\b",
)
"""The writer's own aside, not the news: a sentence in brackets, a sentence whose speaker is the writer ("I’ve got to
say, I’m impressed!", "To be honest, I am not a big fan"), a sponsor's disclosure."""


def _published(source: SourceArticle) -> date | None:
    meta = source.article.meta
    return meta.published_day
