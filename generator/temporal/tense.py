"""The tense model: the direction a date expression points in, from the verb it attaches to and its own words.

"Monday" in "the minister resigned on Monday" is the Monday before publication; in "will resign on Monday" the
one after. The dependency parse gives the verb (`governing_verb`); its auxiliaries, tag and the verb governing it
give the tense (`verb_tense`); a preposition ("since", "until") or a noun the expression modifies can override
it (`expression_tense`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.temporal.resolve import WEEKDAYS, Tense

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "’ll"})
_MODAL_AUX = frozenset({"would", "could", "may", "might", "should", "must", "can"})
_FUTURE_HEADS = frozenset(
    {
        "expect",
        "plan",
        "schedule",
        "set",
        "due",
        "intend",
        "hope",
        "aim",
        "prepare",
        "going",
        "go",
        "slate",
        "poise",
        "want",
        "seek",
        "vow",
        "pledge",
        "promise",
        "threaten",
        "propose",
    }
)


_ASPECT_HEADS = frozenset(
    {"begin", "start", "continue", "resume", "cease", "stop", "manage", "fail", "try", "attempt", "appear", "seem"}
)
"""Verbs whose infinitive happens when they do: "began to rise on Friday" rose that (past) Friday."""

_DEADLINE_PREPOSITIONS = frozenset({"to", "until", "till", "through", "by"})


def expression_tense(tokens: Span, verb: Token | None) -> Tense:
    """The direction an expression points in: from its own preposition or role, else from its verb."""
    root = tokens.root
    if root.head.lower_ == "since" and root.dep_ == "pobj":
        return Tense.PAST
    if is_after_until(tokens) and verb is not None:
        tense = verb_tense(verb)
        if tense is not Tense.PAST:
            return Tense.FUTURE  # "deliveries are not due until October", "the offer runs until May"
        if any(c.dep_ == "neg" for c in verb.children):
            return Tense.PAST  # "the talks did not end until Friday" (but "postponed the vote until Friday")
    if root.dep_ in {"compound", "nmod", "amod", "poss"} and root.head.pos_ == "NOUN":
        owner = root.head
        subject = verb is not None and owner.head == verb and owner.dep_ in {"nsubj", "nsubjpass"}
        if root.dep_ == "poss" and subject and verb is not None and verb_tense(verb) is Tense.PAST:
            return Tense.PAST  # "Saturday's crash killed three people": what did it was before
        return Tense.PRESENT  # "the Jan. 14 deadline": a noun's modifier has no tense; take the nearest date
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        preposition = root.head
        if preposition.head.lower_ == "due" and preposition.head.dep_ != "acomp":
            return Tense.PRESENT  # "was facing a payment due in August": a deadline, not the verb's time
        if preposition.lower_ in _DEADLINE_PREPOSITIONS and preposition.head.pos_ in {"VERB", "AUX"}:
            if verb is not None and verb_tense(verb) is Tense.FUTURE:
                return Tense.FUTURE  # "will be postponed to Friday": a move still to come goes ahead
            return Tense.PRESENT  # "extended the offer to Nov. 20": the past verb says nothing of the deadline
        if preposition.head.pos_ == "NOUN" and preposition.head.dep_ not in {"npadvmod"}:
            if verb is not None and verb_tense(verb) is Tense.FUTURE:
                return Tense.FUTURE  # "will play at the awards on Sunday": what is still to come is to come
            if verb is not None and verb_tense(verb) is Tense.PAST:
                return Tense.PAST
            return Tense.PRESENT  # "the redemption on Dec. 7": the noun has no tense either
    if verb is None:
        return Tense.PAST
    tense = verb_tense(verb)
    if tense is Tense.FUTURE and root.lower_ in WEEKDAYS and _reported_ahead(verb) and _saying_dates(verb):
        return Tense.PRESENT  # "said on Friday that the bridge would reopen on Monday": after Friday, maybe passed
    return tense


def _reported_ahead(verb: Token) -> bool:
    """ "would" in a clause reported by a verb of saying: what was said lies ahead of it.

    Not when the saying is dated a year or more back ("In 2021 he said he would retire in June", "last year") or
    lies further back ("had said the bridge would reopen in August").
    """
    auxes = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    saying = verb.head
    if "would" not in auxes or "have" in auxes or verb.dep_ != "ccomp" or saying == verb:
        return False
    if any(c.dep_ == "aux" and c.lower_ in {"had", "'d", "’d"} for c in saying.children):
        return False
    return not any((t.like_num and len(t.text) == 4) or t.lower_ in {"year", "years"} for t in _saying_dates(verb))


def _saying_dates(said: Token) -> list[Token]:
    """The date words on the verb of saying, outside what was said."""
    saying = said.head
    return [
        t
        for c in saying.children
        if c != said and c.dep_ != "nsubj"
        for t in c.subtree
        if t.ent_type_ in {"DATE", "TIME"}
    ]


def is_after_until(tokens: Span) -> bool:
    """ "until October", read from the words (the parser often hangs "until" elsewhere)."""
    return tokens.start > 0 and tokens.doc[tokens.start - 1].lower_ in {"until", "till"}


_CHANGE_WORDS = frozenset({"up", "down", "rise", "fall", "increase", "decrease", "drop", "gain"})
"""Lemmas of a change a figure is measured by ("up from", "rose ... from")."""


def is_yardstick(tokens: Span) -> bool:
    """A date a figure is measured against, not when something happened.

    Inside "from ..." after a change ("up from X a year ago", "rose to 30 from 27 in September"), or after
    "compared to/with" ("compared to, for example, 2009").
    """
    for token in tokens.root.ancestors:
        if token.lemma_ == "compare":
            return True
        if token.dep_ in {"prep", "conj"} and token.lower_ == "from" and token.head.lemma_.lower() in _CHANGE_WORDS:
            return True
        if token.pos_ in {"VERB", "AUX"}:
            return False
    return False


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above `token` in the dependency tree (the verb a date expression modifies)."""
    seen = 0
    while seen < 50:
        # "Following Monday's announcement": a participle used as a preposition is not the clause's verb.
        if token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"aux", "auxpass", "prep"}:
            return token
        if token.head.i == token.i:
            return None
        token = token.head
        seen += 1
    return None


def verb_tense(verb: Token) -> Tense:
    """PAST, PRESENT or FUTURE, from the verb's auxiliaries, its tag and the verb that governs it."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    words = {c.lower_ for c in auxes}
    if words & _FUTURE_AUX or (words & {"is", "are", "am", "'s", "’s"} and _going_to(verb)):
        return Tense.FUTURE
    if _reported_ahead(verb):
        return Tense.FUTURE  # "announced that he would not seek re-election in September", "would begin to sell ..."
    if words & _MODAL_AUX:
        return Tense.PRESENT  # "could be located Wednesday" is often past: take the nearest date
    if words & {"has", "have", "had"} and words & {"been"}:
        return Tense.PAST  # "have been searching since ..."
    if verb.tag_ == "VBN" and verb.lemma_ in _FUTURE_HEADS and verb.dep_ in {"acl", "amod", "relcl"}:
        return Tense.FUTURE  # "a summit set for April", "a vote scheduled for Monday"
    if verb.tag_ == "VBN" and verb.lemma_ in _FUTURE_HEADS and words & {"is", "are", "'s", "’s", "am"}:
        return Tense.FUTURE  # "sentencing is scheduled for Feb. 14", "the vote is set for Monday"
    if verb.tag_ == "VB" and words & {"to"} and verb.head.i != verb.i and verb.head.lemma_ not in _FUTURE_HEADS:
        if verb.head.pos_ in {"VERB", "AUX"} and verb_tense(verb.head) is Tense.FUTURE:
            return Tense.FUTURE  # "will be allowed to play on Sunday": the coming Sunday
        if verb.dep_ == "xcomp" and verb.head.lemma_ in _ASPECT_HEADS:
            return verb_tense(verb.head)  # "began to rise on Friday", "failed to show up on Monday"
        return Tense.PRESENT  # "subpoenaed him to testify on Feb. 10": after the head verb, so take the nearest
    if verb.tag_ == "VBD" or words & {"was", "were", "had", "did"}:
        return Tense.PAST
    if words & {"has", "have", "'ve", "’ve"} and verb.tag_ == "VBN":
        return Tense.PAST
    if verb.dep_ in {"xcomp", "ccomp", "advcl"} and verb.tag_ in {"VB", "VBG"} and verb.head.i != verb.i:
        head = verb.head
        if head.lemma_ in _FUTURE_HEADS or verb_tense(head) is Tense.FUTURE:
            return Tense.FUTURE
        return verb_tense(head)
    if verb.tag_ in {"VBZ", "VBP", "VBG"}:
        return Tense.PRESENT
    if verb.tag_ == "VBN" and verb.dep_ in {"acl", "relcl"}:
        return Tense.PAST
    return Tense.PAST


def _going_to(verb: Token) -> bool:
    return verb.lower_ == "going" and any(c.dep_ == "xcomp" for c in verb.children)
