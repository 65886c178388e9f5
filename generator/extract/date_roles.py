"""What a date tells of the clause it hangs on: when it happened, or only something about one of its words.

A date dates its clause's event unless it describes a noun ("the flu virus of 1918", "the terms of Monday's
offer"), is a yardstick ("than they were 10 years ago"), measures a stretch ("since 2016"), ends a state ("closed
until March"), starts a change ("from 458 in 2011 to 753 in 2019"), or is itself what the sentence is about
("Today is the third day of the strike"). `timeline.find_events` asks these before it makes a line. Some dates
stay in the line's words (`stays_in_its_line`): a deadline ("told to sign by Monday"), both ends of a range, what
a verb spends ("spent the weekend").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from generator.extract.clauses import heads_to_verb
from generator.extract.event_clause import SUBJECTS
from generator.extract.line_text import inside_quote
from generator.temporal.tense import is_yardstick

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from generator.temporal import TimexMention


def is_about_the_date(doc: Doc, timex: TimexMention, verb: Token) -> bool:
    """ "Today is the third day of the strike", "Monday was a holiday": the sentence is about the date.

    A form of "be" whose only subject is the date (the parser calls it a subject or an adverbial).
    """
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or verb.lemma_ != "be" or span.root.head != verb or span.root.i > verb.i:
        return False
    dates = {t.i for t in span}
    return not any(c.dep_ in SUBJECTS and c.i not in dates for c in verb.children)


_BEFORE_OR_AFTER = frozenset({"after", "before", "following", "since", "until", "during"})

_NOUN_QUALIFIERS = frozenset({"since", "of", "with", "than"})
_TOPIC = frozenset({"concerning", "regarding"})
"""A date that is what something is about ("materials concerning June 4, 1989") is its topic, not its time."""


def _dates_back(span: Span) -> bool:
    """The date follows "dating (back) to/from", "dates from": a verb of dating, not the noun ("their dates to")."""
    doc = span.doc
    index = span.start - 1
    if index > 0 and doc[index].lower_ == "the":
        index -= 1
    if index < 1 or doc[index].lower_ not in {"to", "from"}:
        return False
    index -= 1
    if doc[index].lower_ == "back" and index > 0:
        index -= 1
    verb = doc[index]
    return verb.lemma_ == "date" and verb.pos_ == "VERB"


def measures_from(doc: Doc, timex: TimexMention) -> bool:
    """A date that a stretch of time is measured from ("since 2016"), not when something happened.

    "Six hurricanes have formed since 2016", "has not debated since 2009", "the worst slowdown since the 1970s":
    nothing in these happened on that date (a stretch of history is background, not a timeline row).
    """
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is not None and span.start > 0 and doc[span.start - 1].lower_ == "since":
        return True  # whatever the parse made of it: "held since 2016 were released" read "since" as a conjunction
    if span is not None and _dates_back(span):
        return True  # "a policy of Russian involvement dating back to the early 1990s": a stretch since then
    # deeper in the phrase too: "Since her election in May 2018, she has ..."
    return span is not None and any(t.dep_ == "prep" and t.lower_ == "since" for t in heads_to_verb(span.root))


_UNTIL = frozenset({"until", "till", "til", "’til", "'til", "through", "thru"})


def ends_a_state(doc: Doc, timex: TimexMention, verb: Token) -> bool:
    """The date is where something lasting stops ("closed until March", "runs through Sunday").

    "not due until October" is the other way round: nothing happens before October, so October dates it. But
    "told citizens not to travel until June 15" is a telling now, and June 15 the end of what it asks.
    """
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return False
    node = span.root
    for _ in range(3):
        if node.head == node:
            return False
        if node.head.lower_ in _UNTIL and node.head.dep_ == "prep":
            # "not due until October" opens at October; "instructing citizens not to travel until June 15" (a
            # negated infinitive under a verb that is not) is a state that ends then
            negated = any(c.dep_ == "neg" for c in verb.children)
            return not negated or _directed_not_to(verb)
        if node.head.dep_ not in {"advmod", "prep", "pobj", "npadvmod"} and node.dep_ != "advmod":
            return False
        node = node.head
    return False


_DIRECTING = frozenset({"tell", "order", "instruct", "urge", "ask", "advise", "warn", "direct", "require"})


def _directed_not_to(verb: Token) -> bool:
    """A negated infinitive under a verb of telling someone: the telling is now, the date ends what it asks.

    "told residents not to return until Monday", "were told not to ..."; not "voted not to resume play until
    August 1", where the date is when play resumes.
    """
    head = verb.head
    if (
        verb.dep_ not in {"xcomp", "ccomp"}
        or head.lemma_ not in _DIRECTING
        or any(c.dep_ == "neg" for c in head.children)
    ):
        return False
    return any(c.dep_ in {"dobj", "nsubjpass"} for c in head.children)


def in_a_comparison(verb: Token) -> bool:
    """ "than they were 10 years ago": the date is the yardstick of a comparison, not when something happened."""
    return any(c.dep_ == "mark" and c.lower_ == "than" for c in verb.children)


def starts_a_change(doc: Doc, timex: TimexMention, verb: Token, timexes: Sequence[TimexMention]) -> bool:
    """The date sits between the "from" and the "to" of its verb, and another date of the verb follows the "to".

    "The rate went from 458 in 2011 to 753 in 2019", "Sales rose from $2m in May to $5m in June": the start
    of the change; the line takes the date it ended with.
    """
    start = next((c.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    end = next((c.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    if start is None or end is None or not doc[start].idx < timex.start < doc[end].idx:
        return False
    return any(other.head == timex.head and other.start > doc[end].idx for other in timexes)


_DETAIL_PREPOSITIONS = frozenset(
    {"of", "for", "to", "with", "from", "against", "by", "about", "over", "between", "among", "toward", "towards"}
)
"""Prepositions whose object is someone or something the clause involves, not when or where it happened: a date
owning that object ("for last year's champions") tells it apart and does not date the clause."""


def qualifies_a_noun(doc: Doc, timex: TimexMention) -> bool:
    """A date that describes a noun rather than dating the clause.

    "The flu virus of 1918", "the similarity with 1918", and "since 1968" on a verb that is not perfect ("will
    trigger the first pandemic since 1968").
    """
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return False
    if span.root.dep_ in {"nummod", "compound", "amod"} and span.root.head.pos_ in {"NOUN", "PROPN"}:
        return True  # "the 2008 video", "the 2010 raid": a thing named by its year ("Monday's talks" stay dated)
    named = span.root.head
    before = named.head.lower_ in {"before", "until"} or (
        named.head.lower_ == "of" and named.head.head.lower_ == "ahead"
    )
    if span.root.dep_ == "nmod" and named.dep_ == "pobj" and before:
        return True  # "before the Nov. 3 election" (but "At a June 25 hearing, Roe pushed ...": the hearing's day)
    if _in_a_nouns_content(span.root):
        return True  # "a reaction to data that the economy would be slow in 2009": what the data says
    if _in_brackets_after_a_noun(span):
        return True  # "a family fun day (Oct. 13)": the day's date, not the clause's
    head = span.root.head
    if span.root.dep_ == "npadvmod" and head.pos_ == "NOUN" and head.head.lower_ in _BEFORE_OR_AFTER:
        return True  # "after a break later that month, the tour picks up in Reno": the break's date
    if span.root.lower_ == "today" and span.root.dep_ == "poss" and span.root.head.lemma_ in _ERA_NOUNS:
        return True  # "in today's economy", "today's challenges": the present age, not this day
    if span.root.dep_ == "poss" and span.root.head.pos_ == "PROPN":
        return True  # "2017's Hurricane Irma": a name told apart by its year, not when the clause happened
    owned = span.root.head
    owner = span.root.dep_ in {"poss", "nmod"} and owned.pos_ in {"NOUN", "PROPN"}
    details = _DETAIL_PREPOSITIONS if span.root.dep_ == "poss" else _NAMED_DETAIL_PREPOSITIONS
    if owner and owned.dep_ == "pobj" and owned.head.lower_ in details:
        return True  # "the victory for last year's runner-up", "led to the January 6 attack" (not "at Monday's talks")
    if owner and owned.dep_ == "dobj" and owned.lemma_ in _DEADLINES:
        return owned.head.lemma_ not in _FACING  # "set Arsenal a June 15 deadline" ("GM has a June 1 deadline")
    if owner and owned.dep_ == "dobj" and span.root.dep_ == "nmod" and owned.head.lemma_ in _RESCHEDULING:
        return True  # "postponed the June 25 hearing": the hearing's own date (but "won the Nov. 3 election")
    if owner and owned.dep_ == "pobj" and owned.head.lower_ in {"in", "over"} and owned.lemma_ in _DEEDS:
        return _charged(owned.head.head)  # "was charged in the July 21 shooting" (not "arrested in Saturday's protest")
    if is_yardstick(span):
        return True  # "up from $38,373 a year ago", "compared with 2009": what the figure is measured against
    if any(
        t.dep_ == "prep" and (t.lower_ == "like" or (t.lower_ == "as" and t.i > 0 and t.nbor(-1).lower_ == "such"))
        for t in heads_to_verb(span.root)
    ):
        return True  # "another storm, such as 2018's Hurricane Ida": an example, not when the clause happened
    if any(t.dep_ in {"relcl", "acl"} for t in heads_to_verb(span.root)):
        return True  # "Tiz the Law, who is unbeaten in four starts this year": a clause of an adjective's, no verb's
    after = span.end
    if (
        after + 1 < len(doc)
        and doc[after].text in {"-", "‐"}
        and not doc[after - 1].whitespace_
        and doc[after + 1].is_alpha
        and doc[after + 1].ent_type_ not in {"DATE", "TIME"}
    ):
        return True  # "a 1918-like flu", "the 2008-era rules": the date is part of a word
    if _a_span_of_a_noun(span.root):
        return True  # "the hurricane season starting on 1 June": when the season starts, not the clause
    if span.root.head.lower_ in _TOPIC:
        return True  # "materials concerning June 4 1989": what they are about (the parse may make it a verb's)
    if _cites_a_work(span):
        return True  # "(Copernicus Climate Change Service, 2023)": a reference to a report, not a date of the clause
    if _in_a_nouns_complement(span.root):
        return True  # "the ambition of curbing warming by 2050": what the ambition is, not when the clause was
    at = span.root if span.root.dep_ == "prep" else span.root.head
    if timex.is_anaphor and at.lower_ == "at" and at.head.pos_ in {"NOUN", "PROPN"}:
        return True  # "Jackson's doctor at the time": who he was then, not when the clause happened
    if span.root.dep_ != "pobj":
        return False
    preposition = span.root.head
    if preposition.lower_ in _TOPIC:
        return True
    if preposition.head.lower_ == "due" and preposition.head.dep_ != "acomp":
        return True  # "facing a payment due in August": the payment's deadline ("the report is due Friday" stays)
    if preposition.lower_ == "since" and preposition.head.pos_ in {"VERB", "AUX"}:
        auxes = {c.lower_ for c in preposition.head.children if c.dep_ in {"aux", "auxpass"}}
        return not auxes & {"has", "have", "had", "'s", "'ve", "'d"} and preposition.head.tag_ != "VBD"
    return preposition.lower_ in _NOUN_QUALIFIERS and preposition.head.pos_ in {"NOUN", "PROPN", "ADJ", "PRON"}


_ERA_NOUNS = frozenset(
    {"economy", "world", "society", "market", "climate", "generation", "youth", "culture", "age", "era", "politics"}
    | {"challenge", "problem", "standard", "technology", "workplace", "media", "environment", "landscape"}
)
"""Nouns that "today's" places in the present age rather than on the day ("today's economy", "today's youth")."""
_DEADLINES = frozenset({"deadline", "target", "cutoff", "timetable", "timeline"})
_NAMED_DETAIL_PREPOSITIONS = frozenset({"of", "to", "for", "about", "against", "toward", "towards"})
"""The prepositions after which a thing named by its day ("led to the January 6 attack") is a detail; not "by": "were
killed by the Aug. 3 explosion" happened that day."""
_RESCHEDULING = frozenset(
    {"postpone", "delay", "cancel", "reschedule", "move", "schedule", "set", "call", "push", "adjourn", "suspend"}
)
_DEEDS = frozenset(
    {"shooting", "robbery", "attack", "murder", "killing", "stabbing", "fraud", "theft", "assault", "bombing"}
    | {"burglary", "crash", "hack", "heist", "rape", "kidnapping", "death", "slaying", "arson", "massacre"}
)
"""Deeds the law acts on afterwards ("charged in the July 21 shooting"); not occasions it acts during ("arrested in
Saturday's protests", "in the July 21 raid")."""
_FACING = frozenset({"have", "face", "meet", "miss", "near", "approach", "hit", "beat"})
"""Verbs whose object's date is when the clause comes due: "has a June 1 deadline", "missed the Friday deadline"."""
_CHARGING = frozenset(
    {"charge", "arrest", "indict", "convict", "sentence", "accuse", "suspect", "detain", "jail", "acquit", "sue"}
    | {"question", "identify", "implicate", "fine", "extradite", "prosecute", "investigate", "blame", "try"}
)
"""Verbs of what the law and the police do about a deed ("charged in the July 21 shooting"): done after it."""


def _charged(verb: Token) -> bool:
    return verb.pos_ in {"VERB", "AUX"} and verb.lemma_ in _CHARGING


def owns_a_later_thing(doc: Doc, timex: TimexMention, verb: Token) -> bool:
    """A date that owns a noun ("next summer's tournament") under a verb told as done: the thing's date, not the deed's.

    "Twenty teams have booked their spots in next summer's tournament": the booking is done, the tournament ahead.
    The caller knows that the date lies after publication.
    """
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in {"poss", "nmod"} or span.root.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if span.root.head.dep_ in SUBJECTS:
        return False  # "An Oct. 11 presentation to creditors said ...": the subject's date is the clause's
    done = any(c.dep_ in {"aux", "auxpass"} and (c.lemma_ == "have" or c.tag_ == "VBD") for c in verb.children)
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and done)  # "booked", "have booked", "were picked"


def only_bounds_it(doc: Doc, timex: TimexMention, verb: Token) -> bool:
    """A day the clause happened before, not on: "prohibited sowing before May 10", "the flow before 3 June".

    Only for a clause told as done: not just before a time ("shortly before midnight on Monday": that day), nor a
    deadline ("will finish before June", "must be received before Nov. 7").
    """
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or timex.type != "DATE" or span.root.dep_ != "pobj" or span.root.head.lower_ != "before":
        return False
    before = span.root.head
    if any(c.dep_ in {"advmod", "npadvmod"} for c in before.children):
        return False  # "shortly before", "days before", "just before": close to it
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    perfect = any(c.lemma_ == "have" for c in auxes)
    past_passive = verb.tag_ == "VBN" and any(c.tag_ == "VBD" for c in auxes)
    return (verb.tag_ == "VBD" and not auxes) or perfect or past_passive  # told as done (not "must be done before")


def quoted_apart(doc: Doc, timex: TimexMention, verb: Token) -> bool:
    """A date inside someone's quoted words, on a verb outside them: "“Happy Thanksgiving, everybody,” Snyder said".

    What was said is no date of the saying. A quoted date alone ("said it would end “in the coming days”") dates.
    """
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or not inside_quote(span[0]) or inside_quote(verb):
        return False
    sentence = span.sent
    opening = next((t.i for t in reversed(doc[sentence.start : span.start]) if t.is_quote), None)
    closing = next((t.i for t in doc[span.end : sentence.end] if t.is_quote), None)
    if opening is None or closing is None or doc[closing].text == "“":
        return False  # no quote closes after the date: a quote mark the page got wrong ("very beautiful“ actress)
    words = [t for t in doc[opening + 1 : closing] if not t.is_punct and not span.start <= t.i < span.end]
    return any(t.pos_ not in {"ADP", "DET"} for t in words)


def _in_a_nouns_content(token: Token) -> bool:
    """The date's verb is a finite clause that tells a noun's content ("data that the economy would be slow")."""
    verb = next((t for t in token.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    while verb is not None and verb.dep_ in {"xcomp", "conj"} and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head  # "would continue [to be slow in 2009]"
    return (
        verb is not None
        and verb.dep_ in {"acl", "ccomp"}
        and verb.head.pos_ == "NOUN"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)  # not "reports that the plane crashed"
    )


def _in_brackets_after_a_noun(span: Span) -> bool:
    doc = span.doc
    if span.start < 2 or span.end >= len(doc) or doc[span.start - 1].text != "(" or doc[span.end].text != ")":
        return False
    before = doc[span.start - 2]
    return before.pos_ == "NOUN" and before.ent_type_ not in {"DATE", "TIME"}


_SPAN_PARTICIPLES = frozenset({"begin", "start", "end", "run", "last", "expire", "close", "open"})


def _a_span_of_a_noun(token: Token) -> bool:
    """The date bounds a stretch a noun names, by a participle on it ("a season starting in June").

    Not staff "beginning this week" (a participle that works as a preposition, dating its clause).
    """
    verb = next((t for t in token.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    return (
        verb is not None
        and verb.dep_ == "acl"
        and verb.tag_ in {"VBG", "VBN"}
        and not _STRETCHES.isdisjoint({verb.head.lemma_, verb.doc[verb.i - 1].lemma_})  # the parse may hang it higher
        and verb.lemma_ in _SPAN_PARTICIPLES
    )


_STRETCHES = frozenset(
    {"season", "year", "term", "period", "quarter", "session", "program", "programme", "contract", "lease", "tour"}
    | {"campaign", "window", "phase", "cycle", "semester", "festival", "series", "course", "offer", "sale", "trial"}
)
"""Nouns for a stretch of time: a date on a participle after one ("the season starting in June") bounds it."""


def _cites_a_work(span: Span) -> bool:
    """A year closing a bracketed reference after a comma: "(Smith et al., 2019)", "(World Bank, 2023)"."""
    doc = span.doc
    if not span.text.isdigit() or span.start < 3 or span.end >= len(doc) or doc[span.end].text != ")":
        return False
    if doc[span.start - 1].text != ",":
        return False
    opening = next((t for t in reversed(doc[span.sent.start : span.start]) if t.text in {"(", ")"}), None)
    return opening is not None and opening.text == "(" and doc[opening.i + 1].pos_ == "PROPN"


def _in_a_nouns_complement(token: Token) -> bool:
    """The date's verb is a gerund without a subject completing a noun ("its promise of planting trees by 2030").

    Not a participle describing a noun ("gunmen wearing uniforms in August": the parse often hangs the clause's date
    there) nor an infinitive ("the decision to cut rates last month": the decision's date too).
    """
    verb = next((t for t in token.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.tag_ != "VBG" or verb.dep_ != "pcomp" or any(c.dep_ in SUBJECTS for c in verb.children):
        return False
    return verb.head.head.pos_ == "NOUN" and verb.lower_ not in {"beginning", "starting", "ending"}


_PUBLISHING = frozenset({"release", "publish", "post", "issue", "send", "file", "deliver", "circulate", "unveil"})


def published_document(verb: Token) -> Token | None:
    """The verb a dated document tells of: "A poll released on Monday showed ...", "in a letter posted Tuesday".

    A past participle of publishing, describing a noun that is the subject, the object or a prepositional object
    of a verb: the document's day is the day of what it shows, says or asks. None for anything else.
    """
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_ not in _PUBLISHING:
        return None
    node = verb.head
    for _ in range(3):
        if node.dep_ in {"nsubj", "nsubjpass", "dobj"} and node.head.pos_ in {"VERB", "AUX"}:
            return node.head
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return None
        if node.head.head.pos_ in {"VERB", "AUX"}:
            return node.head.head
        node = node.head.head
    return None


def stays_in_its_line(date: Token, verb: Token) -> bool:
    """A date the line keeps in its words: a deadline on an infinitive, one end of a range, or what a verb spends."""
    return _deadline_of_an_infinitive(date, verb) or _moved_between_dates(date, verb) or _time_spent(date, verb)


_SPENDING_VERBS = frozenset({"spend", "mark", "celebrate", "commemorate"})
"""Not "pass" or "observe": "The bill passed Monday" dates the passing."""


def _time_spent(date: Token, verb: Token) -> bool:
    """ "spent the weekend watching ...", "marked the anniversary": the date is what the verb takes, and stays."""
    if date.head != verb or verb.lemma_ not in _SPENDING_VERBS:
        return False
    other_object = any(c.dep_ == "dobj" and c != date for c in verb.children)  # "spent $2m on Monday"
    spent = date.dep_ == "npadvmod" and verb.lemma_ == "spend" and not other_object  # "spent Tuesday in talks"
    return date.dep_ == "dobj" or spent


_RANGE_STARTS = frozenset({"from", "between"})
_LASTING_UNTIL = frozenset({"through", "until", "till"})
"""A range's end that needs no "from" ("runs August through October"); not "to": "moved the launch Monday to
Sept. 30" is a move on Monday."""
_RANGE_ENDS = frozenset({"to", "through", "until", "till"})


def _moved_between_dates(date: Token, verb: Token) -> bool:
    """A date that is one end of a range of two dates: the line keeps both ends.

    "was postponed from Tuesday to Friday", "runs from August through October", "runs August through October",
    "deaths between October 2019 to March 2020".

    Without one end the line would not say what moved or how long it lasts ("runs through October"). A move is dated
    where it goes (the tense model and `starts_a_change`).
    """
    if date.dep_ == "npadvmod" and date.head == verb:  # "runs August through October": a start without "from"
        return any(
            c.dep_ == "prep" and c.lower_ in _LASTING_UNTIL and c.i > date.i and _names_a_date(c) for c in verb.children
        )
    if date.dep_ != "pobj" or date.head.dep_ != "prep":
        return False
    preposition = date.head.lower_
    wanted = _RANGE_ENDS if preposition in _RANGE_STARTS else _RANGE_STARTS if preposition in _RANGE_ENDS else None
    if wanted is None:
        return False
    holders = {date.head.head, verb}  # the parse may hang the other end on the verb ("deaths between X [to Y]")
    ends = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in wanted and c != date.head]
    return any(_names_a_date(e) for e in ends)


def _names_a_date(preposition: Token) -> bool:
    return any(o.ent_type_ in {"DATE", "TIME"} for o in preposition.children if o.dep_ == "pobj")


def _deadline_of_an_infinitive(date: Token, verb: Token) -> bool:
    """ "by Monday" on an infinitive the verb governs ("told to sign by Monday"): the date is a deadline.

    It does not say when the telling happened, so the line keeps it and reads as the deadline it is.
    """
    by = date.head
    if date.dep_ != "pobj" or by.lower_ != "by" or by.head != verb:
        return False
    infinitive = verb.tag_ == "VB" and any(c.tag_ == "TO" for c in verb.children)
    return infinitive and verb.dep_ in {"xcomp", "ccomp"} and verb.head.pos_ in {"VERB", "AUX"}
