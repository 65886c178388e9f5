"""How an article opens: a feature's scene-setting first sentence, or a sentence that reports the news.

A hard-news lede reports something done or decided by someone named ("Acme has cut 500 jobs", "Police arrested six
people Monday"). A feature opens instead with a general statement in the present ("Emergency managers run drills
on ...", "The stakes are high for every candidate"), a condition ("If a spaceship has no hyperdrive, ..."), or a
statement about the day ("Wednesday is a big day for the tenants"), and gives the news a few
sentences later ("Now the agency has studied ..."). The merge uses both sets to choose the summary.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.extract.cues import IRREALIS_AUX, REPORTING_VERBS
from generator.extract.line_text import SUBJECT_DEPS
from generator.extract.timeline import reports_something_done

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from generator.model import Sentence
    from generator.nlp.parse import ParsedArticle

OPENING_SENTENCES = 12
"""How many of an article's first sentences are looked at (as many as the lede is chosen from)."""
_NAMES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "PRODUCT", "LAW"})


def scene_setters(parsed: ParsedArticle) -> tuple[int, ...]:
    """The numbers of the opening sentences that set a scene rather than report news."""
    return tuple(s.number for s, span in _opening(parsed) if _sets_a_scene(span))


def news_sentences(parsed: ParsedArticle) -> tuple[int, ...]:
    """The numbers of the opening sentences that report something done or decided by someone named."""
    return tuple(s.number for s, span in _opening(parsed) if _reports_news(span))


NUT_GRAF_WINDOW = 5
"""How far after a feature's opening sentence the news may come and still be the lede."""


def nut_graf(parsed: ParsedArticle, setters: tuple[int, ...], news: tuple[int, ...]) -> int | None:
    """After a scene-setting first sentence, the first of the next few that reports the news; else None.

    The timeline dates that sentence's undated news by publication, as it would the first sentence of a hard-news
    story ("Getting to the Moon has been done before. ... NASA has added five companies to ...").
    """
    opening = _opening(parsed)
    if not opening or opening[0][0].number not in setters:
        return None
    first = opening[0][0].number
    return next((n for n in news if first < n <= first + NUT_GRAF_WINDOW), None)


def _opening(parsed: ParsedArticle) -> list[tuple[Sentence, Span]]:
    return [(s, span) for s, span in parsed.numbered() if not s.is_heading][:OPENING_SENTENCES]


def _sets_a_scene(span: Span) -> bool:
    """A general statement in the present, a condition, or a statement about the day.

    "Emergency managers run drills ..." and "The stakes are high ..." name nobody as their subject and nothing
    happened; "Acme makes chips" or "Roe is unhappy with ..." name who they are about and are the news as often as
    not, so they are no scene.
    """
    root = span.root
    if root.pos_ not in {"VERB", "AUX"}:
        return False  # a fragment, or a sentence the parser misread: nothing to tell
    if span[0].lower_ == "if" and not any(e.label_ in _NAMES for e in span.ents):
        return True  # "If a sci-fi spaceship does not come with hyperdrive, it is fitted with ..."
    if root.lemma_ == "be" and any(
        c.ent_type_ == "DATE" and c.dep_ in {"nsubj", "npadvmod"} and c.i < root.i for c in root.children
    ):
        return True  # "Wednesday is a monumental day for the tenants"
    subject = _subject(root)
    if subject is None:
        return False
    present = root.tag_ in {"VBP", "VBZ"} and not any(c.dep_ in {"aux", "auxpass"} for c in root.children)
    if not present or root.lemma_ in REPORTING_VERBS:
        return False
    named = any(t.pos_ == "PROPN" for t in subject.subtree)
    pronoun = subject.tag_ in {"PRP", "DT", "EX"}  # "It is ...", "This is ...": leans on another sentence anyway
    return not named and not pronoun


def _reports_news(span: Span) -> bool:
    """Something done, told in the passive or decided for the future, that names someone or something.

    Something done is as the timeline's lede reads it (`timeline.reports_something_done`); not a quote.
    """
    root = span.root
    if root.pos_ not in {"VERB", "AUX"} or span.text.lstrip()[:1] in {"“", '"', "‘", "'"}:
        return False
    if root.lemma_ in REPORTING_VERBS:  # "The ministry said on Monday that ...": what it reports
        root = next((c for c in root.children if c.dep_ == "ccomp"), root)
    if not (reports_something_done(root) or _told_or_decided(root)):
        return False
    subject = _subject(root)
    if subject is None or subject.lower_ in {"i", "we", "you", "it", "this", "that", "they", "he", "she"}:
        return False
    return any(e.label_ in _NAMES for e in span.ents)


def _told_or_decided(verb: Token) -> bool:
    """A past passive, a future with "will", or a past perfect that a verb of saying shifted back.

    "Two hostages were released", "The agency will close the wall", "said the city had closed the wall".
    """
    auxes = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if auxes & (IRREALIS_AUX - {"will"}) or any(c.dep_ == "neg" for c in verb.children):
        return False
    passive = {c.lower_ for c in verb.children if c.dep_ == "auxpass"}
    reported = "had" in auxes and verb.dep_ == "ccomp" and verb.head.lemma_ in REPORTING_VERBS
    return verb.lemma_ not in {"be", "have"} and ("will" in auxes or bool(passive & {"was", "were"}) or reported)


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
