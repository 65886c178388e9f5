"""A clause turned into a plain question, with the clause's own subject and verb.

"when or where the visit would take place" → "When and where will the visit take place?"; "the two leaders could
strike an arms deal" → "Will the two leaders strike an arms deal?". The auxiliary goes first (a modal becomes
"will"), asides and bracketed remarks are left out, and a pronoun subject, which would not say who, gives none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator.extract.clauses import TIME_NOUNS, subtree_without
from generator.extract.cues import WH_WORDS
from generator.extract.line_text import balance_quotes, tokens_text
from generator.extract.questions.cues import own_tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

_FUTURE = {
    "would": "will",
    "will": "will",
    "could": "will",
    "might": "will",
    "may": "will",
    "'ll": "will",
    "’ll": "will",
    "should": "should",
    "can": "can",
    "must": "must",
}
_PRONOUN_SUBJECTS = frozenset(
    {"it", "they", "this", "that", "he", "she", "we", "i", "you", "these", "those", "them", "him", "her", "us", "me"}
)
"""Subjects a question cannot stand on: whom they point to is in another sentence ("them" as the parse's subject of
"expecting them not to socialise" would ask "Will them socialise?")."""
_SPEAKERS_OWN = frozenset({"our", "my", "your"})
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
_ANAPHORIC = frozenset({"these", "this", "those", "such", "that"})
_STANDING_FOR_A_NAME = frozenset(
    {"company", "firm", "agency", "group", "organization", "organisation", "brokerage", "bank", "carrier"}
)
"""Nouns that, with "the", stand for an organisation named earlier: a question needs the name."""
_NATIONALITY = re.compile(r"(?:an|ian|ese|ish|i)$")
"""Endings of adjectives of nationality ("Ukrainian", "Chinese", "British", "Iraqi"): capitals of their own."""
_PEOPLE_NOUNS = frozenset(
    {"victim", "suspect", "man", "woman", "driver", "passenger", "gunman", "attacker", "officer", "dead", "body"}
)
"""People whom "did not identify" leaves unnamed: "police did not identify the victims" asks who they are."""
_WHEN_WHERE = frozenset({"at", "in", "during", "after", "before", "since", "until", "by", "within", "for"})
"""Prepositions of time or place: what follows them is no object of the verb ("at this point, we don't know")."""
_UNKNOWN_NOUNS = frozenset(
    {
        "detail",
        "term",
        "plan",
        "reason",
        "consequence",
        "repercussion",
        "timing",
        "cost",
        "identity",
        "location",
        "scope",
        "nature",
        "content",
        "figure",
        "amount",
        "motive",
        "cause",
        "source",
        "size",
        "price",
        "date",
        "timetable",
        "name",
    }
)
"""Objects whose withholding leaves a question: "did not disclose the terms" → "What are the terms?"."""


_OCCURRING = frozenset({"happen", "occur", "come", "unfold", "transpire"})
"""Verbs of "what happens next": a question with nothing but them asks about nothing in particular."""


def question_from_clause(clause: Token) -> str | None:
    """ "when or where the visit would take place" → "When and where will the visit take place?"."""
    tokens = sorted(own_tokens(clause), key=lambda t: t.i)
    wh_words = [t for t in tokens if t.lower_ in WH_WORDS and t.i < clause.i and t.dep_ != "nsubj"]
    # "how long", "how many ships", "which ports": the wh-word's whole phrase opens the question.
    phrases = [_wh_phrase(w, clause) for w in wh_words]
    wh_subject = next(  # the clause's own subject: not the "which" of a relative clause inside it
        (t for t in tokens if t.lower_ in WH_WORDS and t.dep_ in {"nsubj", "nsubjpass"} and t.head == clause), None
    )
    if wh_subject is None and wh_words and wh_words[0].lower_ in {"whether", "if"}:
        return yes_no_question(clause)
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"} and c != wh_subject), None)
    aux, verb = _aux_and_verb(clause)
    skip = {t.i for p in phrases for t in p} | ({wh_subject.i} if wh_subject else set())
    skip |= {t.i for t in tokens if t.dep_ in {"mark", "aux", "auxpass", "neg"} and t.head == clause}
    skip |= {t.i for t in tokens if t.is_punct and t.text in {",", "“", "”", '"'}}
    if subject is not None:
        skip |= {t.i for t in subject.subtree}
    rest = tokens_text([t for t in tokens if t.i not in skip and t.i != clause.i and t.i > clause.i])
    words = [tokens_text(p).lower() for p in phrases]
    if wh_subject is not None:
        occurring = clause.lemma_ in _OCCURRING or any(
            c.dep_ == "xcomp" and c.lemma_ in _OCCURRING for c in clause.children
        )
        particular = any(t.pos_ in {"NOUN", "PROPN", "NUM"} for t in tokens if t.i > clause.i)
        if occurring and wh_subject.lower_ == "what" and not particular:
            return None  # "don't know what's going to happen next": nothing in particular is asked
        opener = wh_subject.text.capitalize()
        body = f"{aux} {verb}" if aux else _inflect_for_wh_subject(clause)
        return _finish(f"{opener} {body} {rest}")
    # "which ports would close": the parser may hang "which" on the verb; it still opens the subject
    determiner = [
        w
        for w in wh_words
        if subject is not None
        and w.lower_ in {"which", "what", "whose"}
        and w.i == subject.left_edge.i - 1
        and subject.left_edge.pos_ not in {"DET", "PRON"}  # "what the deal would cost": "what" is the object
    ]
    if (
        subject is not None
        and wh_words
        and all(w.i in {t.i for t in subject.subtree} or w in determiner for w in wh_words)
    ):
        # "how many people were on board": the wh-phrase is the subject itself
        own_aux = [c.text for c in clause.children if c.dep_ in {"aux", "auxpass"}]
        body = f"{aux} {verb}" if aux in set(_FUTURE.values()) else " ".join([*own_aux, clause.text])
        rest_all = tokens_text([t for t in tokens if t.i > clause.i and t.dep_ not in {"punct"}])
        subject_words = tokens_text(sorted([*determiner, *subject.subtree], key=lambda t: t.i))
        return _finish(f"{subject_words[0].upper()}{subject_words[1:]} {body} {rest_all}")
    if not words or subject is None:
        return None
    opener = " and ".join(dict.fromkeys(words)).capitalize()
    subject_text = _subject_text(subject)
    if subject_text is None:
        return None
    negated = " not" if any(c.dep_ == "neg" for c in clause.children) else ""  # "why the backups did not ..."
    return _finish(f"{opener} {aux or _do(clause)} {subject_text}{negated} {verb} {rest}")


def _wh_phrase(wh: Token, clause: Token) -> list[Token]:
    head = wh.head
    if head != clause and head.i < clause.i and head.pos_ in {"ADV", "ADJ", "NOUN", "DET"} and wh.dep_ != "conj":
        return sorted(head.subtree, key=lambda t: t.i)
    return [wh]


_ASKED_WH = frozenset({"what", "which", "who", "whom", "how"})
"""Wh-words that make their clause a question of its own; "where" and "when" often only relate it ("spots where a
lander could touch down")."""


def yes_no_question(verb: Token, *, subject: Token | None = None) -> str | None:
    """ "the two leaders could strike an arms deal" → "Will the two leaders strike an arms deal?"."""
    subject = subject or next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or any(c.lower_ in _ASKED_WH and c.i < verb.i for c in verb.children):
        return None  # "what the next days will bring": a wh-clause has no yes-or-no form (a relative "where" has)
    subject_text = _subject_text(subject)
    if subject_text is None or any(t.text == ":" for t in verb.doc[subject.i + 1 : verb.i]):
        return None  # "Jane Roe, an analyst: The standoff is likely to heighten": a speaker's label, no subject
    aux, base = _aux_and_verb(verb)
    dropped = {t.i for t in subject.subtree} if subject.head == verb else set()
    for child in verb.children:
        if child.dep_ in {"aux", "auxpass", "mark", "punct", "neg"} or (child.dep_ == "advmod" and child.i < verb.i):
            dropped.add(child.i)
        if child.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in {"as", "while", "though", "although"} for c in child.children
        ):
            dropped |= {t.i for t in child.subtree}
        if child.dep_ == "advcl" and _backshifted(child):  # "Will burials be needed [until the crisis had passed]?"
            if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in child.children):
                return None  # "... would die if nothing was done": a counterfactual, not an open question
            dropped |= {t.i for t in child.subtree}
        if child.dep_ in {"conj", "cc"} and child.pos_ in {"VERB", "AUX", "CCONJ"}:
            dropped |= {t.i for t in child.subtree}
        if _is_trailing_participle(child, verb):
            dropped |= _aside(child)
    for token in verb.subtree:  # ", which would be its third cut": a non-restrictive relative clause is an aside
        opens = token.left_edge
        if (
            token.dep_ in {"relcl", "advcl"}
            and token.i > verb.i
            and opens.lower_ in {"which", "who"}
            and token.doc[opens.i - 1].text == ","
        ):
            dropped |= {t.i for t in token.subtree} | {token.left_edge.i - 1}
    kept = [t for t in subtree_without(verb, dropped) if t.i > verb.i]
    expecting = [a for a in list(verb.ancestors)[:2] if a.lemma_ in {"expect", "anticipate"}]
    denied = verb.lemma_ not in _LASTING and any(c.dep_ == "neg" for a in [verb, *expecting] for c in a.children)
    # "is not expected to be finished until August" asks whether it will be finished by August
    replace = {t.i: "by" for t in kept if denied and t.lower_ == "until" and t.head == verb}
    rest = tokens_text(kept, replace)
    return _finish(_BRACKETED.sub("", f"{aux or _do(verb)} {subject_text} {base} {rest}"))


_LASTING = frozenset({"last", "continue", "remain", "stay", "run", "hold", "keep", "persist"})
"""Verbs for which "until" says how long, not when: "is not expected to last until the end of the year"."""


def how_will_question(verb: Token) -> str | None:
    """ "The judge has not yet ruled on the motion" → "How will the judge rule on the motion?"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    subject_text = _subject_text(subject) if subject is not None else None
    if subject_text is None:
        return None
    dropped = {c.i for c in verb.children if c.dep_ in {"aux", "neg", "punct", "advmod", "cc", "conj", "advcl"}}
    rest = tokens_text(t for t in subtree_without(verb, dropped) if t.i > verb.i)
    return _finish(f"How will {subject_text} {verb.lemma_} {rest}")


def _backshifted(clause: Token) -> bool:
    """A clause put in the past by reported speech ("until the crisis had passed", "if nothing was done")."""
    auxes = {c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}}
    return clause.tag_ == "VBD" or bool(auxes & {"had", "was", "were"})


_BRACKETED = re.compile(r"\s*\([^()]*\)")
"""A bracketed aside ("(a widely-repeated mis-quotation of ...)", "(MRO)") is left out of a question."""


def _is_trailing_participle(child: Token, verb: Token) -> bool:
    """ "..., concluding that ...", "..., one being ...": an aside after a comma, not part of what is asked."""
    return child.dep_ == "advcl" and child.tag_ == "VBG" and child.i > verb.i and _after_comma(child)


def question_from_object(token: Token) -> str | None:
    """ "did not elaborate on these potential repercussions" → "What are the potential repercussions (…)?".

    In the passive, what was withheld is the subject, when it says whose or of what: "Financial terms of the deal
    were not disclosed", not "The price wasn't announced" (of what?).
    """
    target = next((c for c in token.children if c.dep_ in {"dobj"}), None)
    if target is None and any(c.dep_ == "auxpass" for c in token.children):
        target = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        if target is not None and not any(c.dep_ not in {"det", "cc", "conj", "punct"} for c in target.children):
            return None
    if target is None:  # "did not elaborate on the plans"; not "at this point, we don't know"
        prep = next(
            (c for c in token.children if c.dep_ == "prep" and c.i > token.i and c.lower_ not in _WHEN_WHERE), None
        )
        target = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if target is None or target.pos_ not in {"NOUN", "PROPN"}:
        return None
    pronoun_owner = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in target.children)
    owner_kept = any(c.dep_ == "poss" and c.pos_ != "PRON" for c in target.children)  # "the company's plans"
    words = [
        t
        for t in target.subtree
        if t.head != target or t.dep_ not in {"det", "poss"} or (t.dep_ == "poss" and owner_kept)
    ]
    anaphoric = any(c.lower_ in _ANAPHORIC for c in target.children if c.dep_ == "det")
    who = token.lemma_ == "identify" and target.lemma_ in _PEOPLE_NOUNS
    owner = next((c for c in target.children if c.dep_ == "poss" and c.lemma_ in _PEOPLE_NOUNS), None)
    if target.lemma_ in {"identity", "name"} and owner is not None:  # "the victims’ identities": who they are
        who, target = True, owner
        words = [t for t in owner.subtree if t.dep_ != "case" and not (t.dep_ in {"det", "poss"} and t.head == owner)]
    if not anaphoric and not who and target.lemma_ not in _UNKNOWN_NOUNS:
        return None  # "declined to comment on the report": nothing to ask about the report itself
    if pronoun_owner and not who and len(words) == 1:
        return None  # "viewers may not know his name": "What is the name?" says whose no more
    verb = "are" if target.tag_ in {"NNS", "NNPS"} else "is"
    first = min(words, key=lambda t: t.i)
    lower = {first.i: first.lower_} if first.is_sent_start and first.pos_ != "PROPN" else None  # "Financial terms"
    article = "" if any(t.dep_ == "poss" and t.head == target for t in words) else "the "  # "the company's plans"
    question = f"{'Who' if who else 'What'} {verb} {article}{tokens_text(words, lower)}"
    if anaphoric and token.dep_ == "advcl" and (context := _context(token.head, skip=token)):
        question += f" ({context})"
    return _finish(question)


def _context(clause: Token, *, skip: Token) -> str | None:
    """The clause an anaphoric object points back to, without the clause that points."""
    dropped = {t.i for t in skip.subtree} | {c.i for c in clause.children if c.dep_ == "mark"}
    text = balance_quotes(tokens_text(subtree_without(clause, dropped))).strip(" ,.")
    return text if 2 < len(text.split()) <= 30 else None


def expectation_subject(expected: Token) -> Token | None:
    subject = next((c for c in expected.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
    if subject is None and expected.dep_ == "acl" and expected.head.pos_ in {"NOUN", "PROPN"}:
        return expected.head
    if subject is None and expected.dep_ == "conj" and expected.head.pos_ in {"VERB", "AUX"}:
        # "Lee was arrested in Ohio and is expected to be arraigned in Boston": the first verb's subject (none
        # when the parse gave that verb two)
        shared = [c for c in expected.head.children if c.dep_ in {"nsubjpass", "nsubj"}]
        return shared[0] if len(shared) == 1 else None
    return subject


def _subject_text(subject: Token) -> str | None:
    if subject.lower_ in _PRONOUN_SUBJECTS or subject.tag_ in {"WP", "WDT"}:
        return None
    if subject.lower_ in _GENERIC and not any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children):
        return None  # "Will some find ...?": whom the question asks about is nobody in particular
    if any(t.dep_ == "poss" and t.lower_ in _SPEAKERS_OWN for t in subject.subtree):  # "one of our regimens"
        return None  # "Will our policy play out?": whose policy is the speaker's, which the question loses
    if any(
        t.dep_ == "det" and t.lower_ in _DEMONSTRATIVES and t.head.lemma_ not in TIME_NOUNS for t in subject.subtree
    ):
        return None  # "Will that ambitious target be achieved?": which target, the question cannot say
    if (
        subject.lemma_ in _STANDING_FOR_A_NAME
        and subject.tag_ == "NN"
        and [c.lower_ for c in subject.children if c.dep_ in {"det", "nummod", "amod", "compound"}] == ["the"]
    ):
        return None  # "Will the company take larger payloads?": which company, the question cannot say
    dropped = {
        c.i
        for c in subject.children
        if c.dep_ in {"acl", "relcl"}
        or (c.dep_ == "appos" and c.left_edge.i > subject.sent.start and subject.doc[c.left_edge.i - 1].is_punct)
    }  # "The Gulf of Mexico oil spill disaster": a noun the parse made an apposition with no comma stays
    # punctuation goes, but for the commas of a list ("Bulgaria, Israel, Hungary or Romania")
    listed = {t.left_edge.i for t in subject.children if t.dep_ in {"conj", "cc"}}
    dropped |= {c.i for c in subject.children if c.dep_ == "punct" and not (c.text == "," and c.i + 1 in listed)}
    # ", which did not ...," deeper in the subject: an aside, with its comma
    dropped |= {i for t in subject.subtree if t.dep_ == "relcl" and _after_comma(t) for i in _aside(t)}
    words = list(subtree_without(subject, dropped))
    if any(t.tag_ in {"WP", "WDT"} and t.head.dep_ != "relcl" for t in words):  # not "those who died"
        return None  # "Will all of which be factors ...?": a relative pronoun leans on another clause
    text = balance_quotes(tokens_text(words))
    first = sorted(words, key=lambda t: t.i)[0] if words else None
    proper = first is not None and (
        first.pos_ == "PROPN"
        or first.ent_type_ in {"NORP", "GPE", "ORG", "PERSON"}
        or (first.tag_ == "JJ" and first.text[:1].isupper() and bool(_NATIONALITY.search(first.text)))
    )
    if first is not None and not proper and first.text != "I" and text:
        text = text[0].lower() + text[1:]  # "Talks are expected" → "Will talks ..."; "Ukrainian officials" stays
    return text or None


_GENERIC = frozenset({"some", "one", "others", "many", "few"})
"""Pronouns for people in general: "some might find", "one could argue" is the writer's hedge, not an open fact."""


def _after_comma(clause: Token) -> bool:
    """The clause opens with a comma, its own or the token just before it."""
    doc, edge = clause.doc, clause.left_edge.i
    return doc[edge].text == "," or (edge > 0 and doc[edge - 1].text == ",")


def _aside(clause: Token) -> set[int]:
    """A clause set off by commas: its tokens and the commas either side."""
    doc = clause.doc
    found = {t.i for t in clause.subtree}
    for edge in (clause.left_edge.i - 1, clause.right_edge.i + 1):
        if 0 <= edge < len(doc) and doc[edge].text == ",":
            found.add(edge)
    return found


def _aux_and_verb(verb: Token) -> tuple[str | None, str]:
    """The auxiliary to front and the verb phrase that follows the subject.

    "would take place" → ("will", "take"); "could be signed" → ("will", "be signed");
    "was released" → ("was", "released"); "are being held" → ("are", "being held"); "was" → ("was", "");
    no auxiliary → (None, lemma), for do-support.
    """
    auxes = sorted((c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i), key=lambda t: t.i)
    modal = next((a for a in auxes if a.lower_ in _FUTURE), None)
    if modal is not None:
        rest = [a.lower_ for a in auxes if a.i > modal.i and a.lower_ != "to"]
        if rest[:1] == ["have"]:  # "may have fled", "could have been caused": a guess about the past
            return _past_of(verb, rest[1:])
        main = verb.lemma_ if not rest and verb.tag_ in {"VB", "VBP", "VBZ", "VBD"} else verb.text
        return _FUTURE[modal.lower_], " ".join([*rest, main])
    infinitive = any(a.lower_ == "to" for a in auxes)
    auxes = [a for a in auxes if a.lower_ != "to"]
    if infinitive:  # "is expected to be", "whether to extend", "expected to be launched": what lies ahead
        return "will", " ".join([*(a.lower_ for a in auxes), verb.text]) if auxes else verb.lemma_
    if auxes:
        return _spelt_out(auxes[0]), " ".join([*(_spelt_out(a) for a in auxes[1:]), verb.text])
    if verb.lemma_ == "be":
        return verb.lower_, ""
    return None, verb.lemma_


_CONTRACTED = {"'re": "are", "'m": "am", "'ve": "have", "'ll": "will"}


def _spelt_out(aux: Token) -> str:
    """An auxiliary as a question fronts it, spelt out.

    "'s going" → "is", "'s been", "'s happened" → "has", "'d" → "would", "'d taken" → "had".
    """
    word = aux.lower_.replace("’", "'")
    verb = aux.head
    between = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and aux.i < c.i < verb.i]
    if word == "'s":
        perfect = any(c.lower_ == "been" for c in between) or (
            not between and verb.tag_ == "VBN" and verb.lemma_ in {*_OCCURRING, "go"}
        )
        return "has" if aux.lemma_ == "have" or perfect else "is"  # "what's done" (the parse's passive): "is"
    if word == "'d":
        return "had" if verb.tag_ == "VBN" and not between else "would"
    return _CONTRACTED.get(word, aux.lower_)


def _past_of(verb: Token, between: list[str]) -> tuple[str | None, str]:
    """The simple past that a guess about the past asks about.

    "may have fled" → ("did", "flee"); "could have been caused" → ("was", "caused"), "were" for a plural subject.
    """
    if not between:
        return "did", verb.lemma_
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    plural = subject is not None and (subject.tag_ in {"NNS", "NNPS"} or subject.lower_ in {"they", "we", "you"})
    return ("were" if plural else "was"), " ".join([*between[1:], verb.text])


def _do(verb: Token) -> str:
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and verb.dep_ in {"ccomp", "advcl", "ROOT", "conj"}):
        return "did"  # "whether Trump withheld aid": a past the parse tagged as a participle
    if verb.tag_ == "VBZ":
        return "does"
    return "do" if verb.tag_ == "VBP" else "will"


def _inflect_for_wh_subject(verb: Token) -> str:
    return verb.text


MAX_WORDS = 22
"""Longer questions are cut at their last comma (dropping trailing asides such as ", especially for ...")."""


def _finish(text: str) -> str | None:
    text = " ".join(balance_quotes(text).split()).strip(" ,;:.")
    while len(text.split()) > MAX_WORDS and ", " in text and len(text.rsplit(", ", 1)[0].split()) >= 8:
        text = text.rsplit(", ", 1)[0]
    if len(text.split()) < 3:
        return None
    return text[0].upper() + text[1:] + "?"
