"""Timeline events: the clause each date expression attaches to, without the date or the attribution.

A date on a reporting verb ("KCNA said Tuesday") dates what was reported when that is something done ("Kim has
departed ..."), and dates the statement itself, with who made it, when what was said is a prediction, a warning
or a claim about how things are ("The US government said last week that such a meeting could take place", "The
virus was three times as contagious as flu, the minister said"). A line must stand alone (`clauses.line_problem`,
`clauses.named_pronouns`): when the cut is not clean, the whole sentence without its attribution, or nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.extract.actors import entity_name
from generator.extract.clauses import MID_WORD, NOTHING_SAID, heads_to_verb, line_problem, named_pronouns
from generator.extract.cues import (
    IRREALIS_AUX,
    MID_SENTENCE,
    REPORTING_VERBS,
)
from generator.extract.date_roles import (
    ends_a_state,
    in_a_comparison,
    is_about_the_date,
    measures_from,
    only_bounds_it,
    owns_a_later_thing,
    published_document,
    qualifies_a_noun,
    quoted_apart,
    starts_a_change,
    stays_in_its_line,
)
from generator.extract.event_checks import (
    dates_only_what_was_said,
    describes_the_present,
    is_a_condition,
    is_after,
    is_expected,
    is_habitual,
    is_hedged,
    not_asserted,
    nothing_happened,
)
from generator.extract.event_clause import (
    SUBJECTS,
    clause_tokens,
    content_clause,
    date_phrase,
    finite_ancestor,
    needs_finite_clause,
    simultaneous_clauses,
)
from generator.extract.gerunds import gerund_line, is_temporal_gerund
from generator.extract.line_text import SUBJECT_DEPS, tidy_clause, tokens_text
from generator.model import Citation, Granularity, TimeValue
from generator.temporal import TimexMention
from generator.temporal.resolve import Tense
from generator.temporal.tagger import is_after_until

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from generator.nlp.parse import ParsedArticle

_CLOCK_ONLY = re.compile(
    r"(?:(?:about|around|shortly after|just after|before|after)\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?"
    r"|noon|midnight)(?:\s+(?:[A-Z]{2,4}|local time|GMT|UTC))?",
    re.IGNORECASE,
)

"""A time of day with no day ("6:36 p.m.", "noon", "10 a.m. EDT")."""


@dataclass(frozen=True, slots=True, kw_only=True)
class EventMention:
    """One dated clause in one sentence, before merging."""

    when: TimeValue
    text: str
    is_future: bool
    """The text places it after publication (a future tense or a forward-looking date)."""
    names: tuple[str, ...]
    """Named entities in the clause, for linking actors after merging."""
    citation: Citation
    from_publication: bool = False
    """Dated by the article's publication day: the news its first sentence reports, which gives no date."""


def find_events(
    parsed: ParsedArticle, timexes: Iterable[TimexMention], *, lede: int | None = None
) -> Iterator[EventMention]:
    """Yield an event for each date expression that places something on the calendar.

    `lede`: the number of the sentence that reports the article's news (a feature's "nut graf" after a scene-setting
    opening), whose undated news is dated by publication; by default the first sentence.
    """
    by_number = {s.number: s for s, _ in parsed.numbered()}
    doc = parsed.doc
    seen: set[tuple[str, str]] = set()
    dated = {(t.sentence, v.value) for t in timexes if not t.is_anaphor for v in t.values}
    whole: set[int] = set()
    """Sentences already given whole: a sentence is one line at most once, at the date of its main clause."""
    given: dict[int, list[tuple[int, set[int]]]] = {}
    """The main verb and tokens of each line a sentence has given: a second copy of one clause is not given."""
    timexes, coarser = _finest(doc, list(timexes))
    first = min(by_number, default=0)
    # within a sentence, the date of its main clause first: it is the one a shared line is dated by
    ordered = sorted(
        timexes,
        key=lambda t: (t.sentence, not (t.head is not None and governs_sentence(doc[t.head])), t.start),
    )
    for timex in ordered:
        when = event_time(timex)
        if when is None or timex.head is None:
            continue
        if timex.is_anaphor and (timex.sentence, when.value) in dated:
            continue  # "in September 2022, ... said at the time": one event, dated by the first expression
        verb = doc[timex.head]
        publication: set[int] = set()
        agent: list[Token] = []
        document = verb.head  # the noun a publishing participle describes ("the report released Wednesday")
        if (document_verb := published_document(verb)) is not None:
            agent = [t for c in verb.children if c.dep_ == "agent" for t in c.subtree]  # "by the agency" stays
            publication = {t.i for t in verb.subtree}  # "A poll released on Monday showed ...": it showed
            verb = document_verb
        if is_about_the_date(doc, timex, verb):
            continue  # "Today is the third day of the strike": a statement about the date, not an event
        if timex.type == "TIME" and _CLOCK_ONLY.fullmatch(timex.text.strip()) and timex.sentence != first:
            continue  # "At 6:36 p.m., ...": which day is the story's narrative (the lede's is the dateline's)
        if _in_a_participle_aside(verb) and (when.granularity is not Granularity.DAY or timex.tense is Tense.FUTURE):
            continue  # "..., cementing their place at the Oscars next month" (but "..., hitting 16% on Monday")
        if not_asserted(verb) or is_a_condition(verb):
            continue  # "She did not know Roe was coming on Tuesday", "if sales fall in July": nobody says it happened
        sentence = by_number[timex.sentence]
        if _LEANS_BACK.match(sentence.text) and not _QUOTE_MARK.search(sentence.text):
            continue  # "which were released online on Monday, ...": the end of a sentence the page split (not
            # "we had some issues,” Mayer said Tuesday": a quote split at its start, which still says who said it
        if _asks(sentence.text):
            continue  # "Why has the BBC started marking the day on June 1?": a question asks, it tells nothing
        if is_temporal_gerund(verb):  # "since assuming power in 2011": Kim assumed power
            # "before delivering its report in January": a date ahead, after "before", is still to come
            ahead = verb.head.lower_ == "before" and is_after(when, parsed.article.meta.published_day)
            text = gerund_line(verb, _date_phrase_of(doc, timex, verb), future=ahead)
            if text and (when.value, text) not in seen:
                seen.add((when.value, text))
                citation = Citation(parsed.article.id, sentence.number, sentence.text)
                yield EventMention(when=when, text=text, is_future=ahead, names=(), citation=citation)
            continue
        if only_bounds_it(doc, timex, verb):
            continue  # "The act prohibited sowing before May 10": not what happened on May 10
        if quoted_apart(doc, timex, verb):
            continue  # "“Happy Thanksgiving, everybody,” Snyder said": the quoted words' date, not the saying's
        if is_after(when, parsed.article.meta.published_day) and owns_a_later_thing(doc, timex, verb):
            continue  # "Twenty teams have booked their spots in next summer's tournament": the tournament's date
        if when.value == "FUTURE_REF" and verb.tag_ == "VBD":
            continue  # "Buttigieg surged in Iowa a few weeks later": later than the story's last event, not today
        if qualifies_a_noun(doc, timex) or in_a_comparison(verb) or measures_from(doc, timex):
            continue  # "the first pandemic since 1968", "better placed than they were 10 years ago"
        if starts_a_change(doc, timex, verb, timexes):
            continue  # "went from 458 in 2011 to 753 in 2019": the change is dated by where it ended
        if ends_a_state(doc, timex, verb):
            continue  # "The ban was extended until June 15": June 15 is when the ban ends, not when it was extended
        # a dated document's clause loses only the document's own participle ("pointed to the report [released
        # Wednesday]"), not the phrase that names the document
        tokens = event_tokens(doc, verb, timex)
        if publication:
            tokens = clause_tokens(verb, publication)
            if any(t.i == document.i for t in tokens):  # "by the central bank" only beside its report
                tokens = sorted([*tokens, *agent], key=lambda t: t.i)
        if contained := [_date_phrase_of(doc, c, verb) for c in coarser.get(id(timex), [])]:
            tokens = [t for t in tokens if not any(t.i in phrase for phrase in contained)]  # "In 2005, ..."
        if timex.sentence in whole:
            continue
        if line_problem(tokens) is not None:
            # a cut that does not stand alone: the whole sentence, if the date is the one of its main clause and
            # the sentence has given no line yet
            if not governs_sentence(verb) or timex.sentence in given:
                continue
            whole.add(timex.sentence)
            tokens = sentence_tokens(verb.sent)
        if nothing_happened(tokens):
            continue  # "None of the buyers were charged", "did not respond to requests for comment"
        if describes_the_present(tokens, when) and not is_after(when, parsed.article.meta.published_day):
            continue  # "Officials are warily eyeing a storm season", "In the new format, teams play two singles"
        if is_habitual(tokens):
            continue  # "Flu strains often disappear over the summer months": what happens as a rule
        if is_hedged(tokens) or (when.value == "FUTURE_REF" and is_expected(tokens)):
            continue  # "the grid may be tested", "is expected to rule at a later date": asked as a question instead
        if dates_only_what_was_said(tokens, verb):
            continue  # "Sources said Russia is unlikely to agree at a meeting next month": not the saying's date
        named = named_pronouns(tokens)
        if named is None:
            continue  # "He entered the race": nobody named before it to say who
        named = {**named, **_owner_gone(doc, timex, tokens)}
        text = tidy_clause(tokens_text(tokens, named)) if tokens else ""
        if len(text.split()) < 3 or (when.value, text) in seen:
            continue  # one line per wording and date
        ids = {t.i for t in tokens}
        top = min((t.i for t in tokens if t.head.i not in ids or t.head.i == t.i), default=-1)
        shared = {top} | {t.i for c in doc[top].children if c.dep_ in SUBJECTS or c.is_punct for t in c.subtree}
        if any(top == other_top and (ids & other) - shared for other_top, other in given.get(timex.sentence, [])):
            continue  # "...in October was $39,014" and "... was $39,014, in October 2015": one clause, one line
        given.setdefault(timex.sentence, []).append((top, ids))
        seen.add((when.value, text))
        citation = Citation(parsed.article.id, sentence.number, sentence.text)
        is_future = when.value == "FUTURE_REF" or timex.tense is Tense.FUTURE
        in_sentence = [t for t in timexes if t.sentence == timex.sentence]
        others = [
            (o, n)
            for o in simultaneous_clauses(doc[top], ids)  # "..., while a gauge of world stocks rose": that day too
            if not nothing_happened(o)
            and not any(o[0].idx <= t.start < o[-1].idx + len(o[-1]) for t in in_sentence)  # "while Beta rose in 2019"
            and (n := named_pronouns(o)) is not None
        ]
        lines = [(tokens, text), *((o, tidy_clause(tokens_text(o, n))) for o, n in others)]
        lines = [(line, line_text) for line, line_text in lines if line is tokens or len(line_text.split()) >= 3]
        for line, line_text in lines:
            if line is not tokens and (when.value, line_text) in seen:
                continue
            seen.add((when.value, line_text))
            names = _names(parsed.ents_within(line[0].i, line[-1].i + 1))
            yield EventMention(when=when, text=line_text, is_future=is_future, names=names, citation=citation)
    if (lede_event := _lede_event(parsed, timexes, lede)) is not None:
        yield lede_event


_LEANS_BACK = re.compile(r"^\W*(?:which|who|whom|whose|and|but|or|because|while|whereas|although|though|where)\b")
"""A sentence opening in lower case with a word that joins it to a clause before it."""
_QUOTE_MARK = re.compile(r"[”\"’]")
_QUESTION = re.compile(
    r"^\W*(?:(?:ok|okay|so|but|and|well|now|then|yes|no)\W+)*"  # "OK, but why did ...?"
    r"(?:why|what|how|who|when|where|which|whose|is|are|was|were|do|does|did|has|have|had|can|could|will"
    r"|would|should|shall|may|might|must)\b[^“\"]*\?\s*$",
    re.IGNORECASE,
)


def _asks(text: str) -> bool:
    """The writer's own question: a wh-word or an auxiliary first, a question mark last, no quote inside."""
    return bool(_QUESTION.match(text))


def _finest(doc: Doc, timexes: list[TimexMention]) -> tuple[list[TimexMention], dict[int, list[TimexMention]]]:
    """Without a date that only contains another date on the same verb: "In 2005, ... on July 10" is 10 July.

    Also gives, by the `id` of each finer date, the dates it replaces (their words leave its line too). A finer
    date that only describes a noun replaces nothing ("Last week, police arrested X in an April 8 shooting").
    """
    points = [(t, v) for t in timexes if t.head is not None and len(t.values) == 1 and (v := t.values[0]).is_point]

    def inside(small: TimeValue, large: TimeValue) -> bool:
        if small.start is None or large.start is None or large.end is None or small.value == large.value:
            return False
        return large.start <= small.start and (small.end or small.start) <= large.end

    coarser: dict[int, list[TimexMention]] = {}
    for t, value in points:
        for other, finer in points:
            if other is t or other.sentence != t.sentence or other.head != t.head or not inside(finer, value):
                continue
            if 0 <= other.start - t.end <= 4 or not qualifies_a_noun(doc, other):  # "Tonight at midnight": one
                coarser.setdefault(id(other), []).append(t)
    replaced = {id(t) for found in coarser.values() for t in found}
    return [t for t in timexes if id(t) not in replaced], coarser


def _date_phrase_of(doc: Doc, timex: TimexMention, verb: Token) -> set[int]:
    """The tokens of a date and its phrase; none when the date only describes a noun ("the summer season")."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or _describes_a_noun(span):
        return set()
    return {t.i for t in span} | _phrases_of(span, verb)


def _phrases_of(span: Span, verb: Token) -> set[int]:
    """The phrase of every word of the date that hangs outside it.

    "at the end of May last year" splits in the parse ("May" in "of", "year" on the verb): the phrase of each goes.
    """
    tops = [t for t in span if not span.start <= t.head.i < span.end or t.head == t] or [span.root]
    phrase = {i for t in tops for i in date_phrase(t, verb)}
    first = min(phrase | {span.start})
    before = span.doc[first - 1] if first > 0 else None
    if before is not None and before.lower_ in {"earlier", "later"} and before.dep_ == "advmod":
        phrase.add(before.i)  # "beat predictions earlier in the week", "arrived earlier in the week": "earlier" goes
    return phrase


def _describes_a_noun(span: Span) -> bool:
    """Every word of the date that hangs outside it modifies a noun after it ("the summer season", "2019's plan")."""
    outside = [t for t in span if not span.start <= t.head.i < span.end]
    return bool(outside) and all(
        t.dep_ in {"det", "compound", "amod", "nmod", "poss", "nummod"}
        and t.head.pos_ in {"NOUN", "PROPN"}
        and t.head.i >= span.end
        for t in outside
    )


def _lede_event(parsed: ParsedArticle, timexes: Iterable[TimexMention], lede: int | None) -> EventMention | None:
    """The news of an undated lede ("The A380 has made its maiden flight"), on the publication day.

    The lede is the first sentence, or the sentence `lede` names. Only one with no date expression (a length that
    measures a thing, "cuts over the next four years", is no date of the sentence), whose main verb reports
    something done: a simple past or a present perfect, not negated, not a form of "be" or "have", not a modal or
    a future. A lede whose only date is on a clause joined after its main one, in the simple past, tells of one
    occasion: its main clause takes that date.
    """
    published = parsed.article.meta.published_day
    numbered = parsed.numbered()
    sentence, span = next((p for p in numbered if lede is None or p[0].number == lede), (None, None))
    if published is None or sentence is None or span is None or MID_SENTENCE.match(sentence.text):
        return None  # (not a sentence the page split: "cents Jesus statue paraded around square ...")
    dated = [t for t in timexes if t.sentence == sentence.number and not _length_of_a_thing(parsed.doc, t)]
    when: TimeValue | None = TimeValue.of_day(published)
    if dated:  # "Roe became the first to ..., and Ash scored 34 points on Tuesday": one occasion, one day
        if not all(_in_a_later_clause(parsed.doc[t.head], span.root) for t in dated if t.head is not None):
            return None
        when = event_time(dated[0]) if span.root.tag_ == "VBD" and dated[0].head is not None else None
    if when is None or not reports_something_done(span.root):
        return None
    tokens = clause_tokens(span.root, set())
    if line_problem(tokens) is not None or named_pronouns(tokens, kinds=False) is None:
        return None  # "Rep. Roe visited the border and." or "He has resigned.": the lede's line must stand alone
    # (a lede's "The carmaker has ..." leans on the headline, which the page shows)
    text = tidy_clause(tokens_text(tokens)) if tokens else ""
    if len(text.split()) < 3:
        return None
    return EventMention(
        when=when,
        text=text,
        is_future=False,
        names=_names(parsed.ents_within(tokens[0].i, tokens[-1].i + 1)),
        citation=Citation(parsed.article.id, sentence.number, sentence.text),
        from_publication=not dated,
    )


def _in_a_later_clause(verb: Token, root: Token) -> bool:
    """`verb` sits in a clause joined after the sentence's main one, with a subject of its own.

    "Roe became the first to ..., and Ash scored 34 points on Tuesday": the main clause has no date of its own.
    """
    node = verb
    while node.head != root:
        if node.head == node:
            return False
        node = node.head
    return node.dep_ == "conj" and node.i > root.i and any(c.dep_ in SUBJECT_DEPS for c in node.children)


def _length_of_a_thing(doc: Doc, timex: TimexMention) -> bool:
    """A length that measures a thing ("10,000 job cuts over the next four years"), not how long the verb lasted.

    It hangs on a noun, or it lies ahead ("the next", "the coming"), which no past act can have lasted.
    """
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or timex.type != "DURATION":
        return False
    if any(t.lower_ in {"next", "coming"} for t in span):
        return True
    return any(t.dep_ == "prep" and t.head.pos_ == "NOUN" for t in heads_to_verb(span.root))


def reports_something_done(verb: Token) -> bool:
    """A main verb telling of something done: a simple past or a present perfect, or a report of one.

    Not a reported prediction ("the plan would amount to triage, sources said"), nor the reader addressed.
    """
    if verb.pos_ != "VERB" or verb.lemma_ in {"be", "have"}:
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass", "neg"}}
    if auxes & (IRREALIS_AUX | {"not", "n't", "had", "'d", "to"}):
        return False
    if any(c.dep_ == "nsubj" and c.lower_ in {"i", "we", "you"} for c in verb.children):
        return False
    if verb.lemma_ in REPORTING_VERBS and (content := content_clause(verb)) is not None:
        return reports_something_done(content)
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and bool(auxes & {"has", "have", "'s", "'ve"}))


def governs_sentence(verb: Token) -> bool:
    """Whether a date on `verb` dates the sentence's main clause (or what its main reporting verb reports)."""
    root = verb.sent.root
    if root.pos_ not in {"VERB", "AUX"} and root.dep_ == "ROOT" and _is_finite(verb):
        return True  # the parse found no main verb ("Two hostages — ... — who had been held ... were released ...")
    mains = {root}
    if root.lemma_ in REPORTING_VERBS and (content := content_clause(root)) is not None:
        mains.add(content)
    mains |= {c for m in list(mains) for c in m.children if c.dep_ == "conj" and not _has_subject(c)}
    clause = finite_ancestor(verb) if needs_finite_clause(verb) else verb
    return verb in mains or clause in mains


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _is_finite(verb: Token) -> bool:
    return verb.tag_ in {"VBD", "VBZ", "VBP"} or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "VBZ", "VBP", "MD"} for c in verb.children
    )


def sentence_tokens(sentence: Span) -> list[Token]:
    """A sentence as a line of its own: its main clause without the attribution, or whole when that is a quote.

    "Kim has left for Russia, KCNA said on Tuesday" reads "Kim has left for Russia."; "“We are at war,” the
    minister said on Monday" keeps its speaker: a statement that is the news says who made it. Words quoted with no
    named speaker in the sentence ("“I dread Wall Street tomorrow.”", "..., they said") give nothing. A sentence of
    the writer's own with no quote that passes every check of a line stands whole when its main clause cannot be
    cut out ("Two hostages — ... — who had been held ... were released Tuesday ...", which the parse gave no verb).
    """
    kept = clause_tokens(sentence.root, set())
    if line_problem(kept) is None:
        return kept
    whole = [t for t in sentence if not t.is_space]
    problem = line_problem(whole)
    if problem in {NOTHING_SAID, MID_WORD}:
        return []  # "Asked why, Roe told the host on Monday."; a sentence the splitter cut in a word
    if _has_named_speaker(sentence):
        return whole
    if problem is not None or any(t.text in {"“", "”", '"'} for t in whole):
        return []  # "..., they said", "“I dread Wall Street tomorrow.”": whose words?; a tweet without its subject
    return whole  # the writer's own sentence, which the parse could not cut: it stands as written


def _has_named_speaker(sentence: Span) -> bool:
    """A reporting verb in the sentence whose subject is a name or a noun, not a pronoun ("the minister said")."""
    return any(
        t.lemma_ in REPORTING_VERBS
        and any(c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ in {"PROPN", "NOUN"} for c in t.children)
        for t in sentence
    )


def _names(ents: Iterable[Span]) -> tuple[str, ...]:
    names = {cleaned[1] for ent in ents if (cleaned := entity_name(ent)) is not None}
    return tuple(sorted(names))


_SOME_DAY = re.compile(r"\bfuture\b|\bterm\b|\byears?\b|\bdecades?\b", re.IGNORECASE)
"""A vague future that places nothing on a calendar: "in the future", "the near term", "the coming years"."""


def event_time(timex: TimexMention) -> TimeValue | None:
    """The calendar value an event gets from its date expression; ranges become one span."""
    if timex.type not in {"DATE", "TIME"} or not timex.values:
        return None
    first, last = timex.values[0], timex.values[-1]
    if first.value == "FUTURE_REF":  # "in the coming days", "soon": upcoming; "in the future", "the long term": no
        return None if _SOME_DAY.search(timex.text) else first
    if not first.is_point or first.granularity is Granularity.CENTURY:
        return None  # a length, a reference, or a century: too coarse to place on a news timeline
    if len(timex.values) > 1:
        return TimeValue(
            value=f"{first.value}/{last.value}",
            granularity=first.granularity,
            start=first.start,
            end=last.end,
        )
    if first.granularity is Granularity.DAY and "T" in first.value:
        return TimeValue.of_day(first.start) if first.start else None
    return first


def event_tokens(doc: Doc, verb: Token, timex: TimexMention) -> list[Token]:
    """The tokens of the event clause for a date attached to `verb`.

    An adjective the parser hangs on the date although it completes the verb stays: "pleaded guilty Monday",
    "was found dead Sunday" (the small model reads "guilty Monday" as one noun phrase).
    """
    timex_tokens = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if timex_tokens is None:
        return []
    kept = _event_tokens(verb, timex_tokens)
    if aside := _date_in_brackets_after(timex_tokens):  # "launched yesterday (Nov. 7)": the same date again
        kept = [t for t in kept if t.i not in aside]
    completing = [
        c
        for t in timex_tokens
        for c in t.children
        if c.dep_ == "amod" and c.tag_ == "JJ" and c.i == timex_tokens.start - 1 and c.i - 1 == verb.i
    ]
    return sorted(kept + completing, key=lambda t: t.i) if kept and completing else kept


def _date_in_brackets_after(span: Span) -> set[int]:
    """The tokens of a bracketed date right after `span` ("yesterday (Nov. 7)"), brackets included."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != "(":
        return set()
    close = next((t.i for t in doc[span.end : span.sent.end] if t.text == ")"), None)
    if close is None or close == span.end + 1:
        return set()
    if not all(t.ent_type_ in {"DATE", "TIME"} or t.is_punct for t in doc[span.end + 1 : close]):
        return set()
    return set(range(span.end, close + 1))


def _event_tokens(verb: Token, timex_tokens: Span) -> list[Token]:
    if stays_in_its_line(timex_tokens.root, verb):
        return clause_tokens(verb, set())  # "told to sign by Monday", "postponed from Tuesday to Friday": both stay
    date_tokens = {t.i for t in timex_tokens} | _phrases_of(timex_tokens, verb)
    dropped = set(date_tokens)
    if is_after_until(timex_tokens):  # "are not due until October": what the date places is that they are due
        dropped |= {c.i for c in verb.children if c.dep_ == "neg"}
    kept = clause_tokens(verb, dropped)
    if kept and (stray := _noun_phrase_on_the_date(timex_tokens, {t.i for t in kept})):
        kept = sorted([*kept, *stray], key=lambda t: t.i)
    if kept and kept[0] == verb and any(c.dep_ in SUBJECTS and c.i > verb.i for c in verb.children):
        return clause_tokens(verb, dropped - date_tokens)  # "Six years ago came the Sars epidemic": inverted
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    dated_subject = any(c.ent_type_ in {"DATE", "TIME"} for c in subjects)  # "Today is the third day ..."
    if verb.lemma_ == "be" and not dated_subject and not any(t.head == verb and t.dep_ in _COMPLEMENTS for t in kept):
        # "The last pandemic was in 1968 and killed ...": without its date the copula says nothing
        kept = clause_tokens(verb, dropped - date_tokens)
    return kept


def _owner_gone(doc: Doc, timex: TimexMention, tokens: list[Token]) -> dict[int, str]:
    """ "Today's vote was delayed" without its date reads "The vote was delayed", not "Vote was delayed"."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "poss":
        return {}
    noun = span.root.head
    kept = {t.i for t in tokens}
    if noun.i not in kept or span.root.i in kept or noun.tag_ not in {"NN", "NNS"}:
        return {}
    if any(c.dep_ in {"det", "poss"} and c.i in kept for c in noun.children):
        return {}
    first = min((t.i for t in noun.subtree if t.i in kept), default=noun.i)
    return {first: f"the {doc[first].text}"}


def _noun_phrase_on_the_date(date: Span, kept: set[int]) -> list[Token]:
    """An "of" phrase the parse hung on a day that has no "the": it belongs to the noun before the date.

    "The failure on Saturday of a top kill technique ... has unleashed ...": "of a top kill technique" stays with
    "The failure" when "on Saturday" goes.
    """
    preposition = date.root.head
    noun = preposition.head
    if date[0].lower_ in {"the", "a", "an"} or date.root.dep_ != "pobj" or preposition.dep_ != "prep":
        return []
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.i not in kept:
        return []
    return [
        o
        for t in date
        for c in t.children
        if c.dep_ == "prep" and c.lower_ == "of" and c.i >= date.end  # not "October of next year": one date
        for o in c.subtree
    ]


_COMPLEMENTS = frozenset({"attr", "acomp", "prep", "oprd", "xcomp", "ccomp", "advmod", "npadvmod", "agent"})


def _in_a_participle_aside(verb: Token) -> bool:
    """A date inside a trailing "-ing" phrase ("..., helping to pave the way for a landing in 2024").

    The phrase tells of a consequence or a circumstance: a later or a broader date in it does not date the clause
    it hangs on (the caller keeps a past day: "has weakened, hitting 16% on Monday"). Not a phrase with its own
    subject or a conjunction ("after meeting on Monday", "while visiting in May").
    """
    node = verb
    for _ in range(4):
        if _has_subject(node) or any(c.dep_ == "mark" for c in node.children):
            return False
        if node.tag_ == "VBG" and node.dep_ == "advcl" and node.i > node.head.i:
            return True
        if node.dep_ != "xcomp" or node.tag_ not in {"VB", "VBG"}:
            return False
        node = node.head
    return False
