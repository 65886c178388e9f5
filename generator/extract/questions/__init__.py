"""Open questions: sentences that say something is unknown, undecided or only expected, as plain questions.

Cues come from the dependency parse, not from word position: a negated verb of disclosure ("neither country
has specified when or where ..."), a refusal ("declined to comment"), an adjective of uncertainty ("it is
unclear whether ..."), a modal of possibility ("could strike an arms deal") and a verb of expectation
("are expected to continue"). Each becomes a question with the clause's own subject and verb.

`cues` finds the cues in the parse; `phrasing` turns the clause they point at into a question.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.extract.cues import (
    EXPECTATION_VERBS,
    HEDGE_MODALS,
    PENDING_VERBS,
    RULING_VERBS,
    UNCERTAIN_ADJECTIVES,
)
from generator.extract.questions.cues import (
    clauses_left_open,
    describes_its_noun,
    is_negated_disclosure,
    is_open_possibility,
    is_uncertainty,
    too_early_to_say,
    undecided_clause,
    unknown_clauses,
)
from generator.extract.questions.phrasing import (
    expectation_subject,
    how_will_question,
    question_from_clause,
    question_from_object,
    yes_no_question,
)
from generator.extract.questions.templates import templated_questions
from generator.ingest.text import is_title_case
from generator.model import Citation

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from generator.nlp.parse import ParsedArticle


@dataclass(frozen=True, slots=True, kw_only=True)
class QuestionMention:
    """One question raised by one sentence, before merging."""

    text: str
    cue: str
    """The cue family: negated-disclosure, uncertainty, hedge, expectation or pending-decision.

    Not a contested claim ("denied that it had paid", "allegedly accepted"): the story states a dispute, which its
    readers do not take for a question the text leaves open (labelled set: 1 of 6 kept).
    """
    predicate: str = ""
    """Lemma of the questioned verb with its object ("take place"), to find questions that ask the same thing."""
    citation: Citation


def find_questions(parsed: ParsedArticle) -> Iterator[QuestionMention]:
    """Yield the questions each body sentence raises, in text order."""
    for sentence, span in parsed.numbered():
        citation = Citation(parsed.article.id, sentence.number, sentence.text)
        seen: set[str] = set()
        for cue, text, predicate in questions_with_predicates(span):
            if text not in seen:
                seen.add(text)
                yield QuestionMention(text=text, cue=cue, predicate=predicate, citation=citation)


def leaves_open(span: Span) -> bool:
    """The sentence says something is not known or not decided, whether or not a question can be phrased from it.

    "A spokeswoman said no decisions had been made on whether he would give any interviews": open, though "he"
    names nobody a question could ask about.
    """
    for token in span:
        if (is_negated_disclosure(token) or is_uncertainty(token)) and next(unknown_clauses(token), None) is not None:
            return True
        if undecided_clause(token) is not None:
            return True
    return False


def questions_with_predicates(span: Span) -> Iterator[tuple[str, str, str]]:
    """(cue, question, predicate) triples for one sentence."""
    for cue, text, verb in _questions(span):
        yield cue, text, predicate_of(verb)


_READER = frozenset({"you", "your", "yours"})
"""Words that address the reader: "A selection of your comments may be published" is the page's small print."""
_SMALL_PRINT = re.compile(r"\S@\S|(?:^|\s)@\w|https?://|\bwww\.|\bthis (?:article|story|page)\b", re.I)
"""An address, a handle, a link or the page itself: a contact line, an embedded post or the page's small print."""
_QUOTED = re.compile(r"“[^”]*”|‘[^’]*’(?!\w)|\"[^\"]*\"")
"""Quoted words, where "you" is someone's, not the page's."""


def predicate_of(verb: Token) -> str:
    """ "take place", "strike deal", "continue": the verb's lemma and the lemma of its object, if any."""
    objects = [c.lemma_.lower() for c in verb.children if c.dep_ in {"dobj", "attr", "oprd"}]
    return " ".join([verb.lemma_.lower(), *objects[:1]])


def questions_in(span: Span) -> Iterator[tuple[str, str]]:
    """(cue, question) pairs for one sentence."""
    for cue, text, _ in _questions(span):
        yield cue, text


def _questions(span: Span) -> Iterator[tuple[str, str, Token]]:
    """(cue, question, questioned verb) for one sentence; a clause asked about once is not asked about again.

    A headline in title case asks nothing: a sentence of the article asks it better.
    """
    if is_title_case(span.text):
        return
    if not _READER.isdisjoint(w.lower() for w in _WORDS.findall(_QUOTED.sub("", span.text))):
        return  # "If you can't answer that question immediately, read on": the page talks to its reader
    if _SMALL_PRINT.search(span.text) or span.text.rstrip().endswith(":"):
        return  # "She may be reached at ...@...", "We may earn a commission on this article", "could have two uses:"
    for cue, text, verb in _all_questions(span):
        if _READER.isdisjoint(w.lower() for w in _WORDS.findall(text)) and question_problem(text) is None:
            yield cue, text, verb


_DANGLING = re.compile(
    r"\b(?:of|and|or|but|to|the|a|an|for|with|from|by|as|than|had|have|has|be|been|will|would|could|is|are|was"
    r"|were|’s|'s)\?$",
    re.IGNORECASE,
)
_WH_AFTER_AUX = re.compile(
    r"^(?:Will|Would|Did|Does|Do|Is|Are|Was|Were|Has|Have|Can|Could) (?:how|what|who|whom|which|when|where|why|whether"
    r"|if|because|no one|nobody|none|nothing)\b",
    re.IGNORECASE,
)
_DOUBLED = re.compile(r"\b(\w+) \1\b", re.IGNORECASE)
_OWNED_BY_NOBODY = re.compile(r"^(?:\w+ ){0,2}(?:his|her|its|their)\b", re.IGNORECASE)


def question_problem(text: str) -> str | None:
    """Why a question is not correct English a reader can follow, or None.

    It must not stop on a word that promises more ("What will voters make of?"), put a wh-word, a negative subject
    or a conjunction after the auxiliary ("Will how many people ...?", "Will no one predict ...?", "Will if ...?"),
    repeat a word ("the the"), leave a quote or bracket open, or ask about someone only a pronoun names ("his
    company").
    """
    if _DANGLING.search(text):
        return "stops in the middle of a phrase"
    if _WH_AFTER_AUX.match(text):
        return "a wh-word or a negative subject after the auxiliary"
    if _DOUBLED.search(text):
        return "a word twice in a row"
    if text.count("“") != text.count("”") or text.count('"') % 2 or text.count("(") != text.count(")"):
        return "a quote or bracket left open"
    if text.count("[") != text.count("]"):
        return "a quote or bracket left open"
    if _OWNED_BY_NOBODY.match(text):
        return "names its subject only by a pronoun"
    return None


_WORDS = re.compile(r"[\w’']+")


_PROPOSALS = frozenset({"proposal", "plan", "request", "bid", "offer", "option", "application", "idea"})


def _proposal_weighed(verb: Token) -> Token | None:
    """The infinitive of a proposal still weighed: a verb in the present, not a review that is over.

    "The state is reviewing proposals to extend the plants' operation" → "Will the state extend ...?".
    """
    if verb.tag_ not in {"VBG", "VBZ", "VBP"} or any(c.lower_ in {"was", "were", "had"} for c in verb.children):
        return None
    for noun in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_ in _PROPOSALS):
        if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in {"from", "by"}) for c in noun.children):
            continue  # "a request from Boeing to resume deliveries": Boeing would resume them, not the regulator
        infinitive = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VB"), None)
        if infinitive is not None and any(a.tag_ == "TO" for a in infinitive.children):
            return infinitive
    return None


def _not_yet(verb: Token) -> bool:
    """ "has not yet ruled", "has yet to decide" is a form the parse gives as "yet" with "to"; here: neg and yet."""
    children = {c.lower_ for c in verb.children if c.dep_ in {"neg", "advmod"}}
    return {"yet"} <= children and bool(children & {"not", "n't", "never"})


_EXPECTED_MODAL = re.compile(r"^(?:Should|Would|Could|Might) ")
"""What is expected "should" happen asks whether it will: "Will the bankruptcy take two months?"."""


def _expected_of(expect: Token) -> tuple[Token | None, Token | None]:
    """What an active "expect" expects, and of whom: "expect X to be sold" (parsed either way)."""
    if any(c.dep_ == "aux" and c.lower_ in {"should", "must"} for c in expect.children):
        return None, None  # "we shouldn't expect the public to defend it": what ought to be expected, not what is
    if expect.tag_ == "VBG" and expect.dep_ == "pcomp":
        return None, None  # "evading their duty by expecting the poor to insure themselves": a manner, no forecast
    for child in expect.children:
        future = any(
            c.dep_ == "aux" and c.lower_ in {"will", "would", "should", "could", "might"} for c in child.children
        )
        if child.dep_ in {"ccomp", "xcomp"} and (_infinitive(child) or future):  # "expect that it will take ..."
            subject = next((c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            return child, subject
        if child.dep_ == "dobj":  # "expect [16.6 million cars] [to be sold]": the parser hangs the verb on the noun
            # only a passive: "anticipate opportunities to deliver payloads" is a noun with its purpose
            verb = next((c for c in child.children if c.dep_ in {"relcl", "acl"} and _passive_infinitive(c)), None)
            if verb is not None:
                return verb, child
    return None, None


def _likely_to(adjective: Token) -> Token | None:
    """The verb of "(un)likely to <verb>"."""
    return next((c for c in adjective.children if c.dep_ == "xcomp" and _infinitive(c)), None)


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _passive_infinitive(verb: Token) -> bool:
    return _infinitive(verb) and any(c.dep_ == "auxpass" for c in verb.children)


MIN_HEDGE_WORDS = 5
"""Fewer words than this from a modal alone (a weak cue) usually means the parse lost the object."""


def _all_questions(span: Span) -> Iterator[tuple[str, str, Token]]:
    templated = list(templated_questions(span))
    yield from templated
    asked: set[int] = set()
    for token in span:
        if is_negated_disclosure(token) or is_uncertainty(token):
            cue = "uncertainty" if token.lemma_ in UNCERTAIN_ADJECTIVES else "negated-disclosure"
            found = False
            for clause in unknown_clauses(token):
                if text := question_from_clause(clause):
                    found = True
                    asked.add(clause.i)
                    yield cue, text, clause
            if not found and not templated and (text := question_from_object(token)):
                yield cue, text, token
        elif token.lower_ in HEDGE_MODALS and token.dep_ == "aux" and is_open_possibility(token.head):
            text = yes_no_question(token.head) if token.head.i not in asked else None
            # A modal is a weak cue: a short result usually means the parse lost the object
            # ("Will the bigger plane carry?").
            if text is not None and len(text.split()) >= MIN_HEDGE_WORDS:
                asked.add(token.head.i)
                yield "hedge", text, token.head
        elif token.lemma_ in EXPECTATION_VERBS and token.tag_ == "VBN" and not describes_its_noun(token):
            target = next((c for c in token.children if c.dep_ == "xcomp"), None)
            subject = expectation_subject(token)
            if target is not None and subject is not None and (text := yes_no_question(target, subject=subject)):
                yield "expectation", text, target
        elif token.lemma_ in PENDING_VERBS and token.pos_ == "VERB":
            # "The government is weighing whether to extend the ban" → "Will the government extend the ban?"
            target = next(
                (
                    c
                    for c in token.children
                    if c.dep_ in {"xcomp", "ccomp"} and any(m.lower_ == "whether" for m in c.children)
                ),
                None,
            ) or _proposal_weighed(token)
            own = (
                next((c for c in target.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None) if target else None
            )
            subject = own or next((c for c in token.children if c.dep_ == "nsubj"), None)
            if target is not None and subject is not None and (text := yes_no_question(target, subject=subject)):
                asked.add(target.i)
                yield "pending-decision", text, target
        elif token.lemma_ in RULING_VERBS and token.pos_ == "VERB" and _not_yet(token):
            # "The judge has not yet ruled on the motion" → "How will the judge rule on the motion?"
            if text := how_will_question(token):
                asked.add(token.i)
                yield "pending-decision", text, token
        elif (
            token.lower_ in {"likely", "unlikely"}
            and token.dep_ == "acomp"
            and not any(c.lower_ in {"more", "less", "most", "least"} for c in token.children)  # a comparison
            and (target := _likely_to(token))
        ):
            # "Russia is unlikely to agree to cut output further" → "Will Russia agree to cut output further?"
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            if subject is not None and target.i not in asked and (text := yes_no_question(target, subject=subject)):
                asked.add(target.i)
                yield "hedge", text, target
        elif (telling := too_early_to_say(token)) is not None:
            # "It is too early to say when the schools will reopen" → "When will the schools reopen?"
            for clause in clauses_left_open(telling):
                if clause.i not in asked and (text := question_from_clause(clause)):
                    asked.add(clause.i)
                    yield "uncertainty", text, clause
        elif (undecided := undecided_clause(token)) is not None and undecided.i not in asked:
            # "No decision has been made on whether he will give interviews" → "Will he give interviews?"
            if text := question_from_clause(undecided):
                asked.add(undecided.i)
                yield "pending-decision", text, undecided
        elif token.lemma_ == "see" and token.dep_ == "xcomp" and token.head.lemma_ == "remain":
            # "It remains to be seen whether the talks will resume" → "Will the talks resume?"
            for clause in unknown_clauses(token):
                if clause.i not in asked and (text := question_from_clause(clause)):
                    asked.add(clause.i)
                    yield "uncertainty", text, clause
        elif token.lemma_ in EXPECTATION_VERBS and token.pos_ == "VERB" and token.tag_ != "VBN":
            # "Analysts expect 16.6 million cars to be sold this year" → "Will 16.6 million cars be sold this year?"
            target, subject = _expected_of(token)
            if target is not None and subject is not None and (text := yes_no_question(target, subject=subject)):
                asked.add(target.i)
                yield "expectation", _EXPECTED_MODAL.sub("Will ", text), target
