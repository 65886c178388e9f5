"""Where a sentence leaves something open: the parse's cues for a question, and the clause that holds it.

A negated verb of disclosure, a refusal, an adjective of uncertainty, a modal of possibility that is not a
purpose or a description; and the clauses opened by a wh-word that say what is unknown.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from generator.extract.clauses import subtree_without
from generator.extract.cues import (
    ATTEMPT_VERBS,
    DISCLOSURE_VERBS,
    FINDING_OUT_VERBS,
    REFUSAL_VERBS,
    UNCERTAIN_ADJECTIVES,
    WH_WORDS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


_PERCEIVED = frozenset({"see", "hear", "smell", "spot", "glimpse"})


_THINKING = frozenset({"think", "wonder", "believe", "imagine", "assume", "suppose", "guess"})
_ARGUING = frozenset({"argue", "contend", "object", "counter", "say", "claim", "complain"})
_SOME = frozenset({"some", "many", "few", "others", "one"})
_SEEMING = frozenset({"seem", "appear", "look", "sound", "feel"})
_CONCEDING = frozenset({"while", "although", "though", "whereas"})
_RESULTING = frozenset({"mean", "allow", "enable", "ensure", "let"})
_ANYONE = frozenset({"anyone", "anybody", "everyone", "everybody", "nobody", "people", "one"})


def is_open_possibility(verb: Token) -> bool:
    """A modal of possibility that leaves something open, not a purpose or a description.

    Not "so that their children could live ..." (a purpose), nor "the fuel the plane could carry" or "the terms
    on which the firms could use it" (a relative clause after its noun, no punctuation between, with a subject of
    its own: what it says is about that noun, which the question would lose), nor a condition or a manner ("until
    the crew could be revived", "how they could be confused"), nor the maximum a charge carries ("could face up to
    10 years"), nor what could be seen or heard (a description). "Nations where leaders might see
    advantage" and the parser's relative clauses that are really something else (after a colon, or opening with
    "that" as a conjunction) still ask.
    """
    if _negated(verb):
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    purpose = any(c.lower_ == "so" and c.dep_ == "mark" and c.nbor(-1).text != "," for c in verb.children if c.i > 0)
    if purpose or (verb.dep_ == "acl" and verb.head.lower_ == "order"):  # "so women could ..." (not ", so prices")
        return False
    if marks & {"until", "till", "unless", "if"} or any(c.lower_ == "how" for c in verb.children):
        return False  # "kept asleep until the crew could be revived", "understood how they could be confused"
    if verb.lemma_ in _THINKING:
        return False  # "Some people might think that ...", "readers may wonder whether ...": a view, not the news
    if verb.lemma_ in _ARGUING and any(
        c.dep_ == "nsubj" and (c.lower_ in _SOME or any(d.dep_ == "det" and d.lower_ in _SOME for d in c.children))
        for c in verb.children
    ):
        return False  # "Some observers might argue that ...": a view anyone may hold (not "The defence may argue")
    if verb.lemma_ in _SEEMING and any(
        c.dep_ in {"acomp", "attr", "oprd", "xcomp"} or (c.dep_ == "prep" and c.lower_ == "like") for c in verb.children
    ):
        return False  # "a four-door car might seem like an odd choice" (not "could feel the effects", "may appear in")
    result = verb.head
    anyone = any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in _ANYONE for c in verb.children)
    if verb.dep_ == "ccomp" and result.lemma_ in _RESULTING and result.tag_ == "VBD" and anyone:
        return False  # "easy money meant that anyone could borrow": what was possible then, not what may come
    may = any(c.dep_ == "aux" and c.lower_ == "may" for c in verb.children)
    if (marks & _CONCEDING and may) or _conceded(verb):
        return False  # "While heart disease may be the top killer, ...", "Crossovers may have won, but ...": granted
        # (not "Although the plant could reopen next month, ...": still open)
    if verb.lemma_ == "face" and any(t.lower_ == "up" for t in verb.subtree):
        return False  # "could face up to 10 years in prison": the law's maximum, a fact of the charge
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if (
        (passive or verb.lemma_ in {"hear", "smell"})
        and verb.lemma_ in _PERCEIVED
        and "could" in {c.lower_ for c in verb.children}
        and not any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
    ):
        return False  # "gunfire could be heard": what was seen or heard; not "investors could see losses", nor
        # "the move could be seen as a provocation" (a judgement that may come)
    return not describes_its_noun(verb)


def _conceded(verb: Token) -> bool:
    """ "X may be Y, but ..." or "X may have done Y, but ...": the writer grants it to say something else."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    granted = auxes[:1] == ["may"] and (verb.lemma_ == "be" or "have" in auxes)
    unreal = auxes[:1] in (["could"], ["might"]) and "have" in auxes  # "could have said X, but it doesn't"
    return (granted or unreal) and any(c.dep_ == "cc" and c.lower_ == "but" for c in verb.children)


def describes_its_noun(verb: Token) -> bool:
    """A relative clause right after its noun with a subject of its own: "the reason Boeing was expected to win"."""
    if verb.dep_ != "relcl" or any(c.dep_ == "mark" or c.tag_ == "WRB" for c in verb.children):
        return False
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ not in {"WDT", "WP"} for c in verb.children)
    between = verb.doc[verb.head.i + 1 : verb.left_edge.i]
    return own_subject and verb.head.i < verb.i and not any(t.is_punct for t in between)


_INQUIRY_NOUNS = frozenset({"effort", "attempt", "bid", "investigation", "inquiry", "probe", "review", "push"})


def is_negated_disclosure(token: Token) -> bool:
    """ "did not say", "neither has specified", "declined to comment", and "are trying to determine" (an inquiry)."""
    if token.lemma_ in FINDING_OUT_VERBS and token.dep_ == "xcomp" and token.head.lemma_ in ATTEMPT_VERBS:
        return not _negated(token.head)
    if token.lemma_ in FINDING_OUT_VERBS and token.dep_ == "acl" and token.head.lemma_ in _INQUIRY_NOUNS:
        # "an effort by Democrats to establish whether ...", not "a review to determine X concluded that ..."
        inquiry = token.head  # a noun the parse made the root has lost the sentence's verb: no sure reading
        return inquiry.dep_ != "ROOT" and not (
            inquiry.dep_ in {"nsubj", "nsubjpass"} and inquiry.head.tag_ in {"VBD", "VBN"}
        )
    if token.lemma_ not in DISCLOSURE_VERBS or token.pos_ not in {"VERB", "AUX"}:
        return False
    if _negated(token):
        return True
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if any(w.lower_ in {"neither", "no", "nobody", "none"} for s in subjects for w in s.subtree):
        return True
    head = token.head
    return token.dep_ == "xcomp" and head.lemma_ in REFUSAL_VERBS


def is_uncertainty(token: Token) -> bool:
    if token.lemma_ in UNCERTAIN_ADJECTIVES and token.pos_ == "ADJ":
        return True
    # "it is not clear whether", "it is not known when"
    return token.lemma_ in {"clear", "know"} and _negated(token.head if token.pos_ == "ADJ" else token)


def unknown_clauses(token: Token) -> Iterator[Token]:
    """The clauses that hold the unknown: "when or where the visit would take place", "what would be ..."."""
    anchor = token.head if token.pos_ == "ADJ" and token.dep_ == "acomp" else token
    for child in anchor.children:
        if (
            (child.dep_ in {"ccomp", "advcl", "xcomp", "csubj"} and child.pos_ in {"VERB", "AUX"} and child != token)
            and _has_wh(child)
            and not _after_a_dash(anchor, child)
        ):
            yield child
            for conj in child.conjuncts:
                if conj.i > child.i and _has_wh(conj) and not _after_a_dash(child, conj):
                    yield conj


def _after_a_dash(before: Token, clause: Token) -> bool:
    """A dash between the cue and a clause the parse hung on it: what follows the dash is an aside.

    "It is unclear whether the plan holds — both leaders were said to have had doubts": only the first is asked.
    """
    return any(t.text in {"—", "–", "--"} for t in before.doc[min(before.i, clause.i) : clause.i])


def _has_wh(clause: Token) -> bool:
    return any(t.lower_ in WH_WORDS and t.i < clause.i for t in own_tokens(clause))


def own_tokens(clause: Token) -> list[Token]:
    """The clause's tokens without its coordinated clauses."""
    dropped = {c.i for c in clause.children if c.dep_ in {"conj", "cc"} and c.pos_ in {"VERB", "AUX", "CCONJ"}}
    return subtree_without(clause, dropped)


_TOO_EARLY = frozenset({"impossible", "early", "premature", "difficult", "hard"})
_TELLING = frozenset({"say", "tell", "predict", "know", "give", "determine", "estimate", "specify", "forecast"})


def too_early_to_say(token: Token) -> Token | None:
    """The verb of "it is too early to say", "impossible to give the date", "hard to predict": what cannot be told."""
    if token.pos_ != "ADJ" or token.lemma_ not in _TOO_EARLY:
        return None
    if token.lemma_ == "early" and not any(c.lower_ == "too" for c in token.children):
        return None  # "early to mid-March"
    holders = [token, token.head] if token.dep_ == "acomp" else [token]
    return next((c for h in holders for c in h.children if c.dep_ == "xcomp" and c.lemma_ in _TELLING and _to(c)), None)


def _to(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def clauses_left_open(telling: Token) -> Iterator[Token]:
    """The wh-clauses a verb of telling leaves open: "to say when the schools reopen", "to give the date when ..."."""
    for child in telling.children:
        if child.dep_ in {"ccomp", "advcl"} and child.pos_ in {"VERB", "AUX"} and _has_wh(child):
            yield child
        elif child.dep_ == "dobj":
            yield from (c for c in child.children if c.dep_ in {"relcl", "acl"} and _has_wh(c))


_UNDECIDED_NOUNS = frozenset(
    {
        "decision",
        "word",
        "date",
        "timeline",
        "timetable",
        "indication",
        "determination",
        "detail",
        "information",
        "explanation",
        "guidance",
        "clarity",
        "estimate",
        "comment",
        "figure",
        "data",
        "number",
    }
)

_LAYING_TO_REST = frozenset({"dismiss", "allay", "ease", "close", "conclude", "end", "drop"})
"""Verbs that lay a worry or an inquiry to rest when it is their object ("dismissed concerns", "closed its
investigation"); not "Shares eased amid worries ...", where the worry only stands beside them."""
_OPEN_NOUNS = frozenset(
    {"question", "doubt", "speculation", "debate", "uncertainty", "confusion", "worry", "concern", "fear"}
    | {"investigation", "inquiry", "probe"}
)
"""Nouns that say a wh-clause is open without a "no": "questions about whether the vaccine works", "worries over
whether the carmaker can keep operating", "an investigation into whether the bank misled investors"."""
_SETTLING = frozenset(
    {"answer", "address", "settle", "resolve", "clarify", "dispel", "end", "response", "respond", "reply"}
)


def _refused(settling: Token) -> bool:
    """ "did not address questions", "refused to answer questions": the question stays open."""
    return _negated(settling) or (settling.dep_ == "xcomp" and settling.head.lemma_ in REFUSAL_VERBS)


_ABOUT = frozenset({"on", "about", "over", "for", "of", "as", "into"})
"""Prepositions that say what a decision or word is about ("as" of "as to")."""


def undecided_clause(noun: Token) -> Token | None:
    """The wh-clause after "no decision ... on whether he would give interviews", "no word on when ...".

    Also "had no immediate comment on whether the book would come out", "has not produced figures on how many are
    in each category", "no clear indication of when flights will resume", "no details were given on how the targets
    would be met", "no explanation as to why the flight turned back"; and with a noun of doubt, "questions about
    whether the vaccine works", "speculation over when he will resign".
    """
    denied = noun.lemma_ in _UNDECIDED_NOUNS and (
        any(c.lower_ == "no" and c.dep_ == "det" for c in noun.children)
        or (noun.dep_ == "dobj" and _negated(noun.head))  # "has not produced figures on how many ..."
    )
    if not denied and (noun.lemma_ not in _OPEN_NOUNS or noun.pos_ != "NOUN"):
        return None
    if not denied and (
        any(c.lower_ in {"no", "little"} for c in noun.children) or any(c.dep_ == "neg" for c in noun.head.children)
    ):
        return None  # "there is no doubt about who was responsible": nothing open
    if any(a.lemma_ in _SETTLING and not _refused(a) for a in list(noun.ancestors)[:3]):
        return None  # "he answered questions about how ...", "in response to questions of whether ...": answered
    if noun.dep_ == "dobj" and noun.head.lemma_ in _LAYING_TO_REST:
        return None  # "Police dismissed concerns about whether ...", "closed its investigation into whether ..."
    holders = [noun, noun.head] if noun.dep_ in {"nsubj", "nsubjpass", "dobj", "attr"} else [noun]
    for holder in holders:
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in _ABOUT):
            if prep.lower_ == "as":  # "as to why": the clause hangs on "to"
                prep = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "to"), prep)
            clause = next((c for c in prep.children if c.dep_ in {"pcomp", "pobj"} and c.pos_ in {"VERB", "AUX"}), None)
            if clause is not None and _has_wh(clause):
                return clause
    return None
