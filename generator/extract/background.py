"""Background: context sentences (precedents, earlier events, standing facts), scored for ranking.

A sentence is context when it dates something before the news (well before publication, or a month or year
before the one published in), states a precedent ("for the first time", "since 2011", "comes after ..."),
measures a stretch of history ("the past three years"), or states a standing or habitual fact ("Vladivostok lies
130 km from the border", "ferries usually carry ..."). The lede and plain reports of today's news are not: a
statement made now, a view held now, what lies ahead, a running tally, a move in a figure, the news event named
again, someone speaking in the first person, a fragment, or a sentence that leans on a pronoun.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from generator.extract.cues import (
    ATTITUDE_ADJECTIVES,
    ATTITUDE_NOUNS,
    EARLIER_ADVERBS,
    EXPECTATION_VERBS,
    HABITUAL_ADVERBS,
    HEDGE_MODALS,
    MID_SENTENCE,
    NEWS_EVENT_NOUNS,
    PRECEDENT_PHRASES,
    REPORTING_VERBS,
    RUNNING_TALLY_PHRASES,
    STATIVE_VERBS,
    UNCERTAIN_ADJECTIVES,
)
from generator.extract.date_roles import quoted_apart
from generator.model import Citation, Granularity, TimeValue
from generator.temporal import TimexMention
from generator.temporal.tense import is_yardstick

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from generator.nlp.parse import ParsedArticle

OLD_AFTER = timedelta(days=30)
"""A date this long before publication makes a sentence history rather than news."""
THRESHOLD = 2.0
SPEECH = 10.0
"""What first- or second-person words cost: more than any sum of signals of context."""
MIN_WORDS = 7
"""Shorter sentences ("That's it.") carry too little context to stand alone."""


@dataclass(frozen=True, slots=True, kw_only=True)
class BackgroundMention:
    """One context sentence, with the score that ranks it and its oldest date."""

    score: float
    reasons: tuple[str, ...]
    """Why it scored, for debugging and evaluation."""
    when: TimeValue | None
    citation: Citation


def find_background(
    parsed: ParsedArticle, timexes: Iterable[TimexMention], *, open_sentences: frozenset[int] = frozenset()
) -> Iterator[BackgroundMention]:
    """Yield the sentences that score as context, in text order.

    `open_sentences`: the numbers of sentences that leave something open (asked as questions), which are no
    settled context.
    """
    by_sentence: dict[int, list[TimexMention]] = {}
    for timex in timexes:
        by_sentence.setdefault(timex.sentence, []).append(timex)
    anchor = parsed.article.meta.published_day
    news = _news_period(by_sentence.get(1, []), anchor)
    for sentence, span in parsed.numbered():
        if sentence.number in open_sentences:
            continue
        score, reasons, when = score_sentence(
            span, by_sentence.get(sentence.number, []), anchor=anchor, position=sentence.number, news=news
        )
        if (
            score >= THRESHOLD
            and len(sentence.text.split()) >= MIN_WORDS
            and _reads_as_a_sentence(sentence.text)
            and _has_a_main_clause(span)
            and not _supposes(span.root)
        ):
            yield BackgroundMention(
                score=score,
                reasons=tuple(reasons),
                when=when,
                citation=Citation(parsed.article.id, sentence.number, sentence.text),
            )


_CLOSING_MARKS = frozenset(".!?\"”’')")
"""What a whole sentence ends with; a line that ends otherwise is a heading, a list item or a caption."""


def _reads_as_a_sentence(text: str) -> bool:
    """Not a fragment: a heading, a list item or a line of teasers.

    "- Here's Where the Landers Will Land", "2. Never urged ...", "- 33%of those ..." have no closing stop, and
    "Morning Report: Budget passes | Storm hits coast | ..." strings teaser headlines together.
    """
    stripped = text.rstrip()
    if stripped.rstrip("”’\"')").endswith("?") or _CALL_OUT.match(stripped):
        return False  # "But are all native ads equal?", "Here are 15 tips to ...": the page asks or points ahead
    if MID_SENTENCE.match(stripped):
        return False  # "to share some stunning photos of herself.": the end of a sentence the page split
    return stripped[-1:] in _CLOSING_MARKS and stripped.count(" | ") < 2


_CALL_OUT = re.compile(r"^(?:here(?:'s|’s| is| are)|read on|see below|below,? we)\b", re.IGNORECASE)


def _has_a_main_clause(span: Span) -> bool:
    """Not a clause that answers or finishes the sentence before it.

    "Because space travel is anything but easy." has no main clause (its verb is subordinate); "Staying on the
    Moon, however, haven't." ends on a negated auxiliary, leaving the verb to the sentence before.
    """
    root = span.root
    if any(c.dep_ == "mark" for c in root.children) and root.dep_ == "ROOT":
        return False
    words = [t for t in span if not t.is_punct]
    negated_auxiliary = len(words) > 1 and words[-1].lower_ in {"not", "n't", "n’t"}
    return not (negated_auxiliary and words[-2].lemma_ in _AUXILIARY_LEMMAS)


def _supposes(root: Token) -> bool:
    """ "If the high end is true, nearly 400m litres have spilled since April": what holds if, not what is."""
    return any(
        c.dep_ == "advcl"
        and any(
            m.dep_ == "mark"
            and m.lower_ in {"if", "unless"}
            and (m.i == 0 or m.doc[m.i - 1].lower_ not in {"as", "even"})
            for m in c.children
        )
        for c in root.children  # not "As if things weren't murky enough, ...", nor "Even if the talks fail, ..."
    )


_AUXILIARY_LEMMAS = frozenset({"be", "have", "do", "will", "would", "can", "could", "shall", "should", "may", "might"})


def _news_period(lede: list[TimexMention], anchor: date | None) -> tuple[TimeValue, ...]:
    """The lede's dates that are not history: "Car sales fell 10 percent last month" makes last month the news."""
    if anchor is None:
        return ()
    return tuple(v for t in lede for v in t.values if v.is_point and v.end is not None and v.end >= anchor - OLD_AFTER)


def score_sentence(
    span: Span,
    timexes: list[TimexMention],
    *,
    anchor: date | None,
    position: int,
    news: tuple[TimeValue, ...] = (),
) -> tuple[float, list[str], TimeValue | None]:
    """Score one sentence as background; return the score, the reasons and its oldest past date.

    `news` holds the dates of the story's news (`_news_period`): a date within them is not history.
    """
    doc = span.doc
    points = [
        (t, v)
        for t in timexes
        if not _is_yardstick(span, t) and not (t.head is not None and quoted_apart(doc, t, doc[t.head]))
        for v in t.values
        if v.is_point and v.end is not None
    ]  # not a date inside quoted words: "“Happy Thanksgiving,” the coach said" at a January news conference
    phrases = _first_of_the_news(span.root)
    record = {t.i for phrase in phrases for t in phrase.subtree}
    since = {t.i for p in phrases for s in p.subtree if s.dep_ == "prep" and s.lower_ == "since" for t in s.subtree}
    old = [
        (t, v)
        for t, v in points
        if anchor is not None
        and not _within_words(span, t, since)
        and _is_history(span, t, v, anchor=anchor, news=news)
    ]
    current = [v for t, v in points if not any(t is h for h, _ in old)]
    signals = _signs_of_context(span, timexes, dated=bool(old), record=record)
    signals += _signs_of_news(span, timexes, anchor=anchor, position=position, old=[t for t, _ in old], current=current)
    when = min((v for _, v in old), key=lambda v: v.sort_key) if old else None
    return sum(weight for _, weight in signals), [reason for reason, _ in signals], when


def _signs_of_context(
    span: Span, timexes: list[TimexMention], *, dated: bool, record: set[int]
) -> list[tuple[str, float]]:
    """What makes a sentence context: a date of history, a stretch of it, a precedent, a standing or habitual fact.

    The main clause can instead hold a view, look ahead or name the story's news again, which counts against it.
    `record` holds the words that make the news itself a first (`_first_of_the_news`), no precedent of it.
    """
    signals: list[tuple[str, float]] = []
    if dated:
        signals.append(("old-date", 3))
    if any(_measures_history(span, t) for t in timexes):
        signals.append(("duration", 2))
    precedent = _names_a_precedent([t for t in span if t.i not in record]) or _tells_an_earlier_state(span.root)
    if precedent:
        signals.append(("precedent", 2))
    root = span.root
    if _holds_a_view(root):
        signals.append(("view", -2))
    elif _looks_ahead(root):
        signals.append(("ahead", -2))
    elif not dated and not precedent and _names_the_news(root):
        signals.append(("the-news", -2))
    elif _states_standing_fact(root):
        signals.append(("standing-fact", 2))
    if _is_habitual(root):
        signals.append(("habitual", 2))
    return signals


def _signs_of_news(
    span: Span,
    timexes: list[TimexMention],
    *,
    anchor: date | None,
    position: int,
    old: list[TimexMention],
    current: list[TimeValue],
) -> list[tuple[str, float]]:
    """What makes a sentence today's news, someone's words or an open question rather than context."""
    signals: list[tuple[str, float]] = []
    root = span.root
    if _is_running_tally(span) or (
        root.tag_ != "VBD"
        and anchor is not None
        and any(_spans(v, anchor) and v.granularity is not Granularity.DAY for v in current)
    ):
        signals.append(("current-period", -2))  # "have sold 2,000 this year", "12 deaths so far"
    if position <= 1:
        signals.append(("lede", -3))
    if _reports_news(root, timexes, anchor, old=old):
        signals.append(("news-report", -2))
    if not old and any(c.dep_ in _SUBJECTS and c.lower_ in {"he", "she", "they"} for c in root.children):
        signals.append(("pronoun", -2))  # "She is the first ...": with no date of history, it leans on the news
    if any(t.lower_ in _FIRST_AND_SECOND_PERSON and t.pos_ == "PRON" for t in span):
        signals.append(("speech", -SPEECH))  # someone speaking, never context as it stands
    if _is_uncertain(span):
        signals.append(("uncertain", -2))
    if any(_places_in_the_present(c, span) for v in (root, *root.conjuncts) for c in v.children):
        signals.append(("now", -2))  # "All 14 companies are now eligible", "Nadal earlier defeated Roe": the day's news
    if "“" in span.text or '"' in span.text or "[" in span.text:  # "[The plan] is ...": a quote the reporter edited
        signals.append(("quote", -1))
    return signals


def _places_in_the_present(adverb: Token, span: Span) -> bool:
    """ "are now eligible", "earlier defeated": the main clause is the story's present, not its context.

    A bare "earlier" or "later" orders the day's events ("two weeks later" measures time and stays); "now" and
    "currently" tell what changed, unless set against an earlier state ("now has more cases than any country",
    "now generates half as much as in 2009"), which is context.
    """
    if adverb.dep_ != "advmod":
        return False
    if adverb.lower_ in {"earlier", "later"}:
        return not any(adverb.children)
    if adverb.lower_ in {"now", "currently"}:
        return not any(t.lower_ in {"than", "as"} for t in span)
    return False


def _spans(value: TimeValue, day: date) -> bool:
    return value.start is not None and value.end is not None and value.start <= day <= value.end


def _measures_history(span: Span, timex: TimexMention) -> bool:
    """A stretch of years or months ("for the past three years"), not of minutes ("PT30M") and not a term."""
    value = timex.values[0] if timex.type == "DURATION" and timex.values else None
    return (
        value is not None
        and value.granularity is Granularity.DURATION
        and not value.value.startswith("PT")
        and value.value.endswith(("Y", "M"))
        and not _names_a_term(span, timex)
    )


_FIRST_AND_SECOND_PERSON = frozenset(
    {"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours", "yourself"}
)


def _is_history(
    span: Span, timex: TimexMention, value: TimeValue, *, anchor: date, news: tuple[TimeValue, ...]
) -> bool:
    """A date of history: over a month before publication, or else outside the news period.

    There, a whole month or year before the one published in ("In August, the agency announced ..." in September)
    or "earlier this year" on a verb in the past tense.
    """
    if value.end is None:
        return False
    if value.end < anchor - OLD_AFTER:
        return True
    if any(_within(value, n) for n in news):
        return False
    if value.granularity in {Granularity.MONTH, Granularity.YEAR} and value.end < anchor.replace(day=1):
        return True
    return timex.text.lower() == "earlier this year" and timex.head is not None and _in_the_past(span.doc[timex.head])


def _within(value: TimeValue, period: TimeValue) -> bool:
    """ "in October" within "last month" (October)."""
    if value.start is None or value.end is None or period.start is None or period.end is None:
        return False
    return period.start <= value.start and value.end <= period.end


def _in_the_past(verb: Token) -> bool:
    """ "unveiled", "was bought", "a company owned ...", "has announced"; not "will be sold"."""
    return verb.tag_ in {"VBD", "VBN"} and not _auxiliaries(verb) & _FUTURE_AUX


def _is_habitual(root: Token) -> bool:
    """What happens as a rule: "ferries usually carry ...", "companies lose large sums whenever the yen surges"."""
    verbs = (root, *root.conjuncts)
    if any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for v in verbs for c in v.children):
        return True
    return any(m.lower_ == "whenever" for v in verbs for c in v.children if c.dep_ == "advcl" for m in c.children)


def _names_a_precedent(tokens: Iterable[Token]) -> bool:
    """A precedent phrase as whole words ("whatever" holds no "ever"); "in the first place" is no first time."""
    words = f" {' '.join(t.lower_ for t in tokens)} ".replace(" in the first place ", " ")
    return any(f" {phrase.strip()} " in words for phrase in PRECEDENT_PHRASES)


def _first_of_the_news(root: Token) -> list[Token]:
    """The phrases that make the main clause's own event a first: the news set a record, no precedent of it.

    "The United States lost to Canada for the first time", "For the first time, tenants will vote", "needed the
    doubles to beat the Netherlands and clinch its first away win since 2011": an event verb of the main clause (not
    "be" or "have", not negated) with "for the first time" or an object that is a first. "This is not the first time
    ..." and "Armstrong walked on the Moon in 1969" (a date of its own) stay context.
    """
    verbs = [root, *root.conjuncts]
    infinitives = [t for t in root.subtree if t.tag_ == "VB" and any(c.tag_ == "TO" for c in t.children)]
    verbs += [*infinitives, *(c for v in infinitives for c in v.conjuncts)]  # "to beat ... and clinch ..."
    phrases = []
    for verb in verbs:
        if _lemma(verb) in {"be", "have"} or any(c.dep_ == "neg" for c in verb.children):
            continue
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "for":
                if any(n.lower_ == "time" and _is_first(n, child) for n in child.children):
                    phrases.append(child)
            elif child.dep_ == "dobj" and _is_first(child, verb):
                # "its first win since 2011": the since-phrase the parse may hang on the verb goes with it
                phrases += [child, *(c for c in verb.children if c.dep_ == "prep" and c.lower_ == "since")]
    return phrases


def _within_words(span: Span, timex: TimexMention, words: set[int]) -> bool:
    tokens = span.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    return tokens is not None and any(t.i in words for t in tokens)


def _is_first(noun: Token, verb: Token) -> bool:
    """ "first" describes the noun: its own modifier, or one the parse hung elsewhere between verb and noun."""
    return any(t.dep_ == "amod" and t.lower_ == "first" and verb.i <= t.i < noun.i for t in verb.subtree)


def _tells_an_earlier_state(root: Token) -> bool:
    """ "initially endorsed", "had originally planned": the main verb in the past with an adverb of before."""
    return _in_the_past(root) and any(c.dep_ == "advmod" and c.lower_ in EARLIER_ADVERBS for c in root.children)


def _is_running_tally(span: Span) -> bool:
    """ "accounts for 12 deaths so far", "the most to date": a count that is still running is news, not context."""
    words = " ".join(t.lower_ for t in span)
    return any(f" {phrase} " in f" {words} " for phrase in RUNNING_TALLY_PHRASES)


def _names_a_term(span: Span, timex: TimexMention) -> bool:
    """ "three-month copper", "a 10-year bond": a hyphenated length before a noun is a term.

    It is no stretch of history, as "a months-long crisis" is.
    """
    tokens = span.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    return (
        tokens is not None
        and any(t.tag_ == "HYPH" for t in tokens)
        and any(t.like_num for t in tokens)
        and tokens.root.dep_ in {"compound", "amod", "nmod"}
        and tokens.root.head.pos_ in {"NOUN", "PROPN"}
    )


def _is_yardstick(span: Span, timex: TimexMention) -> bool:
    """ "down from 6 percent a year earlier": the date of the figure compared with, not of what the sentence tells."""
    tokens = span.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    return tokens is not None and is_yardstick(tokens)


def _is_uncertain(span: Span) -> bool:
    """Sentences about what is unknown or only possible belong to the open questions, not the background."""
    return any(t.lemma_ in UNCERTAIN_ADJECTIVES or (t.lower_ in HEDGE_MODALS and t.dep_ == "aux") for t in span)


_CURLY_BE = frozenset({"’s", "’re", "’m"})


def _lemma(verb: Token) -> str:
    """The verb's lemma; "be" for "He’s", "they’re" with a curly apostrophe, which the small model does not know."""
    return "be" if verb.lower_ in _CURLY_BE and verb.tag_ in {"VBZ", "VBP"} else verb.lemma_


def _holds_a_view(root: Token) -> bool:
    """ "is optimistic that ...", "is less concerned about ...", "has doubts about ...": a view held now is news."""
    if _lemma(root) == "be":
        return any(c.dep_ == "acomp" and c.lemma_ in ATTITUDE_ADJECTIVES for c in root.children)
    return root.lemma_ == "have" and any(c.dep_ == "dobj" and c.lemma_ in ATTITUDE_NOUNS for c in root.children)


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def _auxiliaries(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}


_AHEAD_VERBS = EXPECTATION_VERBS | {"face"}
"""Verbs that look ahead: "expect that the sale should take months", "is scheduled for", "faces up to five years"."""
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "’ll"})


def _looks_ahead(root: Token) -> bool:
    """What lies ahead, not behind: a fact about what will happen, or an expectation, a schedule or a penalty faced.

    "Other towns which will close their schools are ...", "is scheduled for", "faces up to five years"; not in the
    past tense ("was expected to") and not with a date of history, which the score weighs.
    """
    verbs = [root, *(c for c in root.children if c.dep_ in {"acomp", "xcomp"})]  # "is due to", "is expected to"
    past = root.tag_ == "VBD" or any(c.tag_ == "VBD" for c in root.children if c.dep_ in {"aux", "auxpass"})
    if not past and any(v.lemma_ in _AHEAD_VERBS or _likely_to_come(v) for v in verbs):
        return True  # and "is likely to drive his credibility lower": a forecast
    if not past and root.lemma_ in {"fear", "worry"}:
        return True  # "Residents fear the oil could be whipped further inshore": a fear of what may come
    subjects = [c for c in root.children if c.dep_ in _SUBJECTS]
    return any(t.dep_ == "aux" and t.lower_ in _FUTURE_AUX for s in subjects for t in s.subtree)


def _likely_to_come(adjective: Token) -> bool:
    """ "is likely to drive his credibility lower" (not "it is likely that the port was built in the 1850s")."""
    if adjective.lower_ not in {"likely", "unlikely"}:
        return False
    infinitive = next((c for c in adjective.children if c.dep_ == "xcomp"), None)
    if infinitive is None:
        return False
    auxes = {c.lower_ for c in infinitive.children if c.dep_ == "aux"}
    return "to" in auxes and "have" not in auxes


def _names_the_news(root: Token) -> bool:
    """The subject is a news event made definite: "The merger", "the company's decision to float".

    With no date of history and no precedent in the sentence ("The visit will be his first trip abroad since the
    war" is context), it is the story's own news named again.
    """
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_ in NEWS_EVENT_NOUNS and _is_definite(c) for c in root.children
    )


def _is_definite(noun: Token) -> bool:
    return any(
        (c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"}) or c.dep_ == "poss"
        for c in noun.children
    )


def _points_back(noun: Token) -> bool:
    """ "the mechanics", "their barriers": a noun made definite by what came before."""
    return any(c.lower_ == "the" or c.tag_ == "PRP$" for c in noun.children if c.dep_ in {"det", "poss"})


def _states_standing_fact(root: Token) -> bool:
    """Simple present of a stative verb in the main clause, with no modal and no reporting verb."""
    if not _names_subject(root):
        return False
    verbs = [root, *root.conjuncts]
    if root.lemma_ == "say" and root.tag_ == "VBN":  # "is said to prefer"
        verbs.extend(c for c in root.children if c.dep_ == "xcomp")
    for verb in verbs:
        auxes = _auxiliaries(verb)
        if verb.dep_ == "conj" and not any(c.dep_ in _SUBJECTS for c in verb.children):
            auxes |= _auxiliaries(verb.head)  # "could face ... and have to pay": the modal covers both
        if auxes & {"will", "would", "could", "may", "might", "should", "can"}:
            continue
        present = verb.tag_ in {"VBZ", "VBP"} or (verb.tag_ == "VB" and auxes & {"to"})
        stative = _lemma(verb) in STATIVE_VERBS and verb.lemma_ not in REPORTING_VERBS and not _moves(verb)
        if verb.lemma_ == "include" or any(c.dep_ in {"ccomp", "csubj"} for c in verb.children):
            continue  # "The plan includes ...": what today's news holds; "The explanation is that ...": an argument
        if present and stative and _names_subject(verb):
            return True
    return False


def _moves(verb: Token) -> bool:
    """ "Fares are down 2.6 percent": a figure's change, not a standing fact."""
    return any(c.dep_ == "advmod" and c.lower_ in {"up", "down"} for c in verb.children)


def _names_subject(verb: Token) -> bool:
    """The clause says what its fact is about: not "They include ...", "Her garden is ...", "there are the costs".

    A pronoun, or a noun owned by one, leans on a sentence before it; "there are" with a definite noun points back
    too ("Still, there are the mechanics to deal with"), where "there are 40 bridges" states a fact.
    """
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ in _SUBJECTS]
    for subject in subjects:
        if subject.dep_ == "expl":
            if any(_points_back(n) for n in verb.children if n.dep_ in {"attr", "nsubj"}):
                return False
        elif subject.tag_ == "PRP" or any(c.tag_ == "PRP$" for c in subject.children):
            return False
    return True


def _reports_news(root: Token, timexes: list[TimexMention], anchor: date | None, *, old: list[TimexMention]) -> bool:
    """A report of something said or done within the last week ("the Kremlin said Monday"), or a statement.

    Who said it matters by where they are named. "In 2012, the ministry announced ..." dates the saying itself, and
    "The bridge was closed in 2009, engineers said" names the source of a dated fact after it: both are history. A
    leading "The mayor said ..." is today's statement, and so is "the regulator says ..." unless what is said
    carries a date of history.
    """
    if anchor is None:
        return False
    saying = _attribution(root)
    if saying is not None and _dates_history(saying, old):
        return False
    if any(v.start is not None and v.start >= anchor - timedelta(days=7) for t in timexes for v in t.values):
        return True
    if saying is None:
        return False
    return saying.tag_ == "VBD" or (saying.tag_ in {"VBZ", "VBP"} and not old)


def _attribution(root: Token) -> Token | None:
    """The reporting verb that attributes the sentence: its main verb, or a "he says" set in it (parataxis)."""
    if root.lemma_ in REPORTING_VERBS:
        return root
    return next((c for c in root.children if c.dep_ == "parataxis" and c.lemma_ in REPORTING_VERBS), None)


def _dates_history(saying: Token, old: list[TimexMention]) -> bool:
    """An old date on the saying itself, or on what a source named after it ("..., engineers said") reports."""
    dated = {t.head for t in old}
    content = _content(saying)
    return saying.i in dated or (content is not None and content.i < saying.i and content.i in dated)


def _content(saying: Token) -> Token | None:
    """The verb of what `saying` reports: the clause a "he says" is set in, or the clause it governs."""
    if saying.dep_ == "parataxis":
        return saying.head
    return next((c for c in saying.children if c.dep_ in {"ccomp", "xcomp"}), None)
