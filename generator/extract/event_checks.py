"""Checks of a dated line's content: whether it tells something that happened, or will.

A cut that stands alone as a clause (`clauses.line_problem`) may still say nothing happened ("None of the buyers
were charged"), only what is possible ("may be tested"), a state ("officials are eyeing ..."), or a thing nobody
says happened ("had hoped that he would resign"). `timeline.find_events` drops such lines.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.extract.cues import (
    BELIEF_VERBS,
    EXPECTATION_VERBS,
    FREQUENCY_ADVERBS,
    HEDGE_MODALS,
    REFUSAL_VERBS,
    REPORTING_VERBS,
)
from generator.model import Granularity

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

    from spacy.tokens import Token

    from generator.model import TimeValue


def is_hedged(kept: Sequence[Token]) -> bool:
    """Whether the line's main verb is only possible ("may be tested", "could follow")."""
    ids = {t.i for t in kept}
    tops = [t for t in kept if t.head.i not in ids or t.head.i == t.i]
    return any(c.dep_ == "aux" and c.lower_ in HEDGE_MODALS for t in tops for c in t.children)


_NOBODY = frozenset({"none", "nobody", "neither", "nothing"})


def describes_the_present(kept: Sequence[Token], when: TimeValue) -> bool:
    """The line's main verb is in the simple present, or the present progressive over more than a day: a state.

    How things are, not an event ("This year, officials are warily eyeing ..."). A progressive on a day is something
    under way that day ("A second jet is travelling to the U.S."); only a date after publication makes a simple
    present news ("The show opens to the public on Friday").
    """
    ids = {t.i for t in kept}
    verb = next((t for t in kept if (t.head.i not in ids or t.head.i == t.i) and t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.lemma_ in REPORTING_VERBS:  # "The Wrap's report claims ...": a statement made
        return False
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i in ids]
    if not auxes:
        return verb.tag_ in {"VBZ", "VBP"}
    progressive = verb.tag_ == "VBG" and all(a.tag_ in {"VBZ", "VBP"} and a.lemma_ == "be" for a in auxes)
    return progressive and when.granularity is not Granularity.DAY


def is_after(when: TimeValue, published: date | None) -> bool:
    """The time lies wholly after the publication day (unknown dates and publication days count as not after)."""
    return when.value == "FUTURE_REF" or (published is not None and when.start is not None and when.start > published)


def nothing_happened(kept: Sequence[Token]) -> bool:
    """A line that says nothing happened.

    A subject of nobody ("None of the buyers were charged", "No data is due"), or a request for comment and its
    answer ("did not respond to requests for comment", "declined to comment").
    """
    ids = {t.i for t in kept}
    tops = [t for t in kept if t.head.i not in ids or t.head.i == t.i]
    tops += [c for t in tops for c in t.children if c.dep_ == "ccomp" and c.i in ids]  # "None ..., Levy said"
    nouns = [t for t in tops if t.pos_ in {"NOUN", "PROPN"}]  # a relative clause's noun put back as its subject
    if any(c.dep_ == "det" and c.lower_ == "any" for t in nouns for c in t.children):
        return True  # "any project that does not cut emissions before 2030": anything of a kind, nothing done
    for subject in (c for t in tops for c in t.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i in ids):
        if any(c.dep_ == "det" and c.lower_ == "any" for c in subject.children):
            return True  # "Any plan that does not reach net zero in 2050 is not enough": nothing done
        if subject.lower_ in _NOBODY or subject.lower_ == "no one":
            return True
        if any(c.dep_ in {"det", "preconj"} and c.lower_ in {"no", "neither"} for c in subject.children):
            return True
        if subject.lower_ in {"something", "anything", "everything"} and subject.head.lemma_ in _HAPPEN:
            return True  # "Something very interesting happened yesterday": what happened is not said
    return any(
        t.lemma_ == "comment"
        and (
            (t.dep_ == "pobj" and t.head.lower_ in {"for", "to"})
            or (t.dep_ == "xcomp" and t.head.lemma_ in REFUSAL_VERBS)
        )
        for t in kept
    )


_HAPPEN = frozenset({"happen", "occur", "change", "unfold", "transpire"})


def is_expected(kept: Sequence[Token]) -> bool:
    """The line says what is expected or likely ("is expected to be arraigned", "could potentially")."""
    return any(t.lemma_ in EXPECTATION_VERBS or t.lower_ in _LIKELY for t in kept)


_LIKELY = frozenset({"likely", "unlikely", "possibly", "potentially", "probably", "perhaps"})


def dates_only_what_was_said(kept: Sequence[Token], verb: Token) -> bool:
    """A line that opens with its speaker (a claim, a prediction) dated by a date inside what was said.

    The row would date the saying by the claim's date ("Sources told Reuters that Russia is unlikely to agree at a
    meeting next month"): the saying's own date, if any, gives the row. With the speaker after the claim ("Acme will
    ship in 2025, its chief said") the row tells the claim, which its date may date.
    """
    ids = {t.i for t in kept}
    tops = [t for t in kept if t.head.i not in ids or t.head.i == t.i]
    return any(
        top.lemma_ in REPORTING_VERBS | BELIEF_VERBS
        and top.i < verb.i
        and verb in top.subtree
        and any(c.dep_ == "nsubj" and c.i in ids for c in top.children)  # a speaker, not "is expected to"
        for top in tops
    )


def not_asserted(verb: Token) -> bool:
    """A clause nobody says happened.

    Under a denied verb of knowing or saying ("did not know X was coming", "never said X had left"), under a verb
    of wishing ("had hoped that he would resign last week": a wish, not a thing done), or under "it seems".
    """
    head = verb.head
    wishing = head.lemma_ in _WISHING or head.lower_ in _HOPED  # the small model's lemma of "hoped" is "hop"
    # "it seems that the government is planning ...": how things look to the writer
    seeming = head.lemma_ in {"seem", "appear"} and any(
        c.dep_ in {"expl", "nsubj"} and c.lower_ == "it" for c in head.children
    )
    return verb.dep_ == "ccomp" and (any(c.dep_ == "neg" for c in head.children) or wishing or seeming)


_WISHING = frozenset({"hope", "wish", "pray", "dream", "worry", "fear"})
"""Verbs of wishing or fearing: "some senators worry that a trial will interfere" tells no thing done."""
_HOPED = frozenset({"hoped", "hoping", "hopes"})


def is_a_condition(verb: Token) -> bool:
    """The clause is the condition of another.

    "jobs are at risk if the season does not take off in July", "Had he resigned on Monday, ...".
    """
    node = verb
    while node.dep_ in {"conj", "xcomp"} and node.head != node:
        node = node.head
    if node.dep_ == "ccomp" and node.head.dep_ == "advcl" and node.head.lower_ in {"had", "were", "should"}:
        return node.head.i < node.i  # "Even had the mayor resigned ...", parsed with "had" as the verb
    if node.dep_ != "advcl":
        return False
    if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in node.children):
        return True
    # "Had Mubarak stepped down on Thursday, it would have ...": an auxiliary before its subject opens a condition
    subject = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in {"had", "were", "should"} and c.i < subject.i
        for c in node.children
    )


def is_habitual(kept: Sequence[Token]) -> bool:
    """The line's main verb tells what happens as a rule ("Flu strains often disappear over the summer months")."""
    ids = {t.i for t in kept}
    tops = [t for t in kept if t.head.i not in ids or t.head.i == t.i]
    return any(c.dep_ == "advmod" and c.lower_ in FREQUENCY_ADVERBS for t in tops for c in t.children)
