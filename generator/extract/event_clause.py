"""The clause of a dated event, cut out of its sentence.

Without the date phrase, the attribution, side clauses and the clauses of other subjects, with a relative pronoun
or a lost subject put back ("the company, which filed ..." becomes "the company filed ..."). `timeline` decides
which clause a date belongs to; this module cuts it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.extract.clauses import line_problem, subtree_without
from generator.extract.cues import BELIEF_VERBS, IRREALIS_AUX, OPINION_VERBS, REPORTING_VERBS
from generator.extract.line_text import SUBJECT_DEPS
from generator.extract.titles import ANYONE, is_office_noun

if TYPE_CHECKING:
    from spacy.tokens import Token


_DROPPED_CLAUSE_MARKS = frozenset({"as", "while", "though", "although", "whereas", "because"})
_MAX_TOKENS = 60
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def clause_tokens(verb: Token, dropped: set[int]) -> list[Token]:
    """The event clause of `verb` (or of what it reports), without `dropped` tokens, attributions and asides."""
    clause = verb
    content = content_clause(verb) if verb.lemma_ in REPORTING_VERBS else None
    if content is not None and not _is_irrealis(content):
        clause = content
        if is_a_claim(content):  # "the toll looks more like 600, the minister said": the saying is the news
            clause = content if content == verb.head else verb
        elif content == verb.head:  # "Kim has departed ..., KCNA said Tuesday": drop the attribution
            dropped |= {t.i for t in verb.subtree}
    elif needs_finite_clause(verb):  # "is set to announce the terms on Wednesday": the line needs "is set"
        clause = finite_ancestor(verb)
    if clause.dep_ == "ccomp" and clause.head.lemma_ in REPORTING_VERBS | BELIEF_VERBS and is_a_claim(clause):
        reported, clause = clause, clause.head  # "X is unlikely to agree at a meeting next month, analysts said"
        # "X will be invited ... and a jury will pick ..., the ministry said", parsed as two things said: one line
        # says only the first
        dropped = dropped | {
            t.i
            for c in clause.children
            if c.dep_ == "ccomp" and c != reported and any(s.dep_ in SUBJECTS for s in c.children)
            for t in c.subtree
        }
    attribution = set() if is_a_claim(clause) else {t.i for t in clause.subtree if _is_attribution(t, clause)}
    side = {t.i for t in clause.subtree if _is_side_clause(t, clause)}
    other_events = _other_subjects_clauses(clause) | _beyond_semicolons(clause)
    kept = subtree_without(clause, dropped | attribution | side | other_events)
    if len(kept) < 8:  # "All of those came, as the leader engaged in ...": the side clause is the news
        kept = subtree_without(clause, dropped | attribution | other_events)
    kept = _resolve_relative_subject(clause, kept)
    kept = _restore_subject(clause, kept)
    kept = _shared_subject(clause, kept)
    marks = {t.i for t in kept if t.dep_ in {"mark", "cc"} and t.head == clause and t.i < clause.i}
    # "especially since ...", "just as ...": the adverb before a dropped conjunction goes with it
    marks |= {t.i for t in kept if t.dep_ == "advmod" and t.i + 1 in marks and t.head == clause}
    # "nearly 11 years after ...": what measures a dropped conjunction goes with it
    marks |= {d.i for m in list(marks) for d in verb.doc[m].subtree}
    measures = [t for t in kept if t.dep_ == "npadvmod" and t.head == clause and t.right_edge.i + 1 in marks]
    marks |= {d.i for t in measures for d in t.subtree}
    kept = [t for t in kept if t.i not in marks]
    kept = [t for t in kept if not (t.tag_ in {"WRB"} and t.head == clause and t.i < clause.i)]
    kept_ids = {t.i for t in kept}
    # a preposition whose object went with the date ("the similarity with [1918]") goes too, and so does a
    # conjunction whose clause went ("has praised the plan, but [says ...]")
    kept = [
        t
        for t in kept
        if not (t.dep_ == "prep" and list(t.children) and kept_ids.isdisjoint(c.i for c in t.children))
        and not _conjunction_left_over(t, kept_ids)
    ]
    kept = sorted(kept, key=lambda t: t.i)
    if len(kept) > _MAX_TOKENS:  # cut long clauses at their last comma or dash before the limit
        cuts = [i for i, t in enumerate(kept[:_MAX_TOKENS]) if t.text in {",", "–", "—", ";"} and i > 8]
        kept = kept[: cuts[-1]] if cuts else kept[:_MAX_TOKENS]
    return kept


def _conjunction_left_over(token: Token, kept: set[int]) -> bool:
    """Whether `token` is a conjunction whose second conjunct was cut, with nothing of its phrase kept after it.

    Of two verbs, or of two nouns where the parse hung the next clause's "and" on the last noun ("submit plans this
    month and [a jury will pick ...], the ministry said").
    """
    if token.dep_ != "cc" or any(c.dep_ == "conj" and c.i in kept for c in token.head.children):
        return False
    after = next((i for i in sorted(kept) if i > token.i and not token.doc[i].is_space), None)
    return after is None or token.doc[after].is_punct


def _resolve_relative_subject(clause: Token, kept: list[Token]) -> list[Token]:
    """ "GM, which filed for bankruptcy": the event reads "GM filed for bankruptcy"."""
    if clause.dep_ != "relcl" or clause.head.pos_ not in {"PROPN", "NOUN"}:
        return kept
    relative = [t for t in kept if t.dep_ in {"nsubj", "nsubjpass"} and t.head == clause and t.tag_ in {"WDT", "WP"}]
    if not relative:
        return kept
    # The parser often hangs the clause on the wrong noun ("Henderson, the CEO of General Motors, which filed");
    # "which" follows its antecedent, so take the noun just before it, with its name or compound words.
    doc = clause.doc
    index = relative[0].i - 1
    while index >= 0 and doc[index].is_punct:
        index -= 1
    if index < 0 or doc[index].pos_ not in {"PROPN", "NOUN"} or doc[index].ent_type_ in {"DATE", "TIME"}:
        return kept  # "the official testifying Monday who sat in": not Monday
    noun = doc[index]
    if noun.lower_ in {"one", "ones"}:
        return kept  # "another one that fared badly": which one, the line cannot say
    if relative[0].lower_ in {"who", "whom"} and doc[index].ent_type_ in _NOT_PEOPLE:
        # "Mustafa Kassem, 54, an auto parts dealer from New York who died": "who" is no place; the parse's noun is
        # the person, named by the name it stands in apposition to
        person = _person_named(clause.head)
        if person is None:
            return kept
        index = person.i
    if relative[0].lower_ in {"who", "whom"} and doc[index].pos_ == "NOUN" and not _a_person_noun(doc[index]):
        # "a co-chair of Trump's 2016 campaign who helped organize ...": no campaign is a "who"; the noun it is "of" is
        noun = doc[index]
        owner = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        if owner is not None and (owner.ent_type_ == "PERSON" or _a_person_noun(owner)):
            index = (_person_named(owner) or owner).i  # else the noun, as the parse gave it ("an inmate who")
    if _is_plural(clause) and doc[index].tag_ not in {"NNS", "NNPS"}:
        # "two warplanes to Libyan leader Muammar Gaddafi that were flown ...": "were" goes with the warplanes
        plural = [t for t in doc[max(clause.sent.start, index - 12) : index] if t.tag_ in {"NNS", "NNPS"}]
        if not plural:
            return kept
        index = plural[-1].i
    start = index
    while start > 0 and doc[start - 1].dep_ in _NOUN_WORDS and doc[start - 1].head.i >= start:
        start -= 1  # "The brokerage, which had forecast ...": "The brokerage had forecast ..."
    if start > 1 and doc[start - 1].dep_ == "case" and doc[start - 2].dep_ == "poss" and doc[start - 2].head.i >= start:
        start -= 2  # "Holder's trip, which will include ...": the owner goes with the noun
        while start > 0 and doc[start - 1].dep_ in {"compound", "amod", "det"} and doc[start - 1].head.i >= start:
            start -= 1  # "Attorney General Eric Holder's trip"
    return [t for t in kept if t not in relative] + list(doc[start : index + 1])


_NOT_PEOPLE = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})


def _a_person_noun(noun: Token) -> bool:
    """A common noun for a person: an office or occupation ("co-chair", "dealer"), or one of the plain ones."""
    lemma = noun.lemma_.lower()
    known = lemma in ANYONE or lemma in _PEOPLE or noun.lower_ in _PEOPLE  # "media", whose lemma is "medium"
    return noun.ent_type_ == "PERSON" or known or is_office_noun(lemma)


_PEOPLE = frozenset(
    {"people", "child", "resident", "student", "worker", "victim", "passenger", "patient", "friend", "member"}
    | {"fan", "voter", "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "parent"}
    | {"teenager", "teen", "adult", "citizen", "soldier", "suspect", "witness", "boy", "girl", "individual", "family"}
    | {"survivor", "relative", "neighbor", "neighbour", "colleague", "customer", "client", "guest", "volunteer"}
    | {"media", "press", "police", "crowd", "staff", "team", "audience", "public", "crew", "couple", "group"}
)


def _person_named(noun: Token) -> Token | None:
    """A person's name, or the name a noun stands in apposition to ("Kassem" for "Kassem, ..., a dealer")."""
    if noun.ent_type_ == "PERSON":
        return noun
    if noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON":
        return noun.head
    return None


_NOUN_WORDS = frozenset({"compound", "amod", "nummod", "nmod", "det", "poss", "case", "punct"})
"""What goes with a noun before it: "the", "a former FEMA", "the company’s", "the No. 18"."""


def _is_plural(verb: Token) -> bool:
    """A finite verb (or its first auxiliary) in the plural: "were flown", "are", "have left", "say"."""
    first = min([verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})], key=lambda t: t.i)
    return first.lower_ in {"were", "are", "have"} or first.tag_ == "VBP"


def _shared_subject(clause: Token, kept: list[Token]) -> list[Token]:
    """A verb joined to another with a date of its own takes the subject they share.

    "The stock tripled in 2004, doubled in 2005 and rose 16 percent in 2006": "The stock doubled" in 2005.
    """
    if clause.dep_ != "conj" or clause.tag_ != "VBD" or any(c.dep_ in SUBJECTS for c in clause.children):
        return kept
    first = clause.head
    while first.dep_ == "conj" and first.head.pos_ in {"VERB", "AUX"}:
        first = first.head
    subject = next((c for c in first.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or not _dated_apart(clause):
        return kept
    have = {t.i for t in kept}
    lead = [t for t in kept if t.i < clause.i and (t.dep_ in {"cc", "punct"} and t.head in {clause, clause.head})]
    return [t for t in subject.subtree if t.i not in have] + [t for t in kept if t not in lead]


def _restore_subject(clause: Token, kept: list[Token]) -> list[Token]:
    """A finite verb whose subject the parser hung on an earlier noun as an apposition gets its name back.

    "In a press conference at 16:15 UTC, June 1st, Fritz Henderson, the CEO of GM, ..., outlined a plan":
    the name is taken for an apposition of "UTC"; the event reads "..., Fritz Henderson outlined a plan".
    """
    if clause.tag_ not in {"VBD", "VBZ", "VBP"} or any(c.dep_ in SUBJECTS for c in clause.children):
        return kept
    doc, end = clause.doc, clause.i
    while end > 0 and doc[end - 1].is_punct:
        end -= 1
    for token in doc[clause.sent.start : end]:
        if token.dep_ != "appos" or token.right_edge.i != end - 1 or token.ent_type_ not in {"PERSON", "ORG"}:
            continue
        start = token.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        name = list(doc[start : token.i + 1])
        if start > 0 and doc[start - 1].text == "," and any(t.i < start for t in kept):
            name.insert(0, doc[start - 1])
        have = {t.i for t in kept}
        between = range(token.i + 1, clause.i)  # the comma that closed the apposition goes before the name
        return [t for t in kept if not (t.is_punct and t.i in between)] + [t for t in name if t.i not in have]
    return kept


_OPENING_PARTICIPLES = frozenset({"beginning", "starting", "ending", "effective"})
"""Words that only open a date ("beginning this week", "starting on Sunday"): they go with it."""


def date_phrase(root: Token, verb: Token) -> set[int]:
    """The preposition or phrase that holds the date ("on Monday", "Following Monday's announcement").

    Only the date itself when it modifies a noun ("working with the 1919 flu bug": the bug stays).
    """
    if root.dep_ in {"compound", "nummod", "amod", "nmod"} and root.head.pos_ in {"NOUN", "PROPN"}:
        return set()
    if root.head.dep_ == "prep" and root.head.lower_ in {"from", "between"}:
        return {t.i for t in root.head.subtree}  # "from January to October": both ends go with the date
    if root.head.lower_ in _OPENING_PARTICIPLES and root.head.tag_ == "VBG":
        return {t.i for t in root.head.subtree}  # "lay off staff beginning this week": "beginning" goes too
    over = root.head.head  # one preposition up: "Starting on Sunday, the station will close"
    alone = all(c == root.head or c.is_punct for c in over.children)
    if root.head.dep_ == "prep" and over.lower_ in _OPENING_PARTICIPLES and over.i == root.head.i - 1 and alone:
        return {t.i for t in over.subtree}
    node = root
    while node.head.i != node.i and node.head != verb and node.head.i != verb.i:
        if node.head.dep_ == "prep" and node.head.lower_ in {
            "on",
            "in",
            "at",
            "during",
            "since",
            "by",
            "until",
        }:
            return {t.i for t in node.head.subtree}
        node = node.head
    if node.dep_ == "prep" or (node.head.dep_ == "prep" and node.head != verb):
        return {t.i for t in node.subtree}
    if node != root and node.dep_ == "advmod":  # "as early as March", "as late as 2010": all about the date
        return {t.i for t in node.subtree}
    return set()


def _other_subjects_clauses(clause: Token) -> set[int]:
    """A conjunct with its own subject is another event, and goes with the comma and "and" before it.

    "X may fly in March, and the first service is expected in 2006": two events.
    """
    dropped: set[int] = set()
    for conjunct in clause.children:
        if conjunct.dep_ != "conj" or conjunct.pos_ not in {"VERB", "AUX"} or conjunct.i < clause.i:
            continue
        if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in conjunct.children) and not _dated_apart(conjunct):
            continue
        content = [
            t.i for c in clause.children if c.i < conjunct.i and c.dep_ not in {"cc", "punct"} for t in c.subtree
        ]
        boundary = max([clause.i, *content])
        dropped |= {t.i for t in conjunct.subtree}
        dropped |= {c.i for c in clause.children if c.dep_ in {"cc", "punct"} and boundary < c.i < conjunct.i}
    return dropped


def _dated_apart(conjunct: Token) -> bool:
    """A conjunct verb with a date of its own: "tripled in 2004, doubled in 2005 and rose 16 percent in 2006".

    Not a verb the tokenizer split at a hyphen ("re-entered ... in 2010"): its prefix hangs elsewhere.
    """
    doc = conjunct.doc
    if conjunct.i > 0 and doc[conjunct.i - 1].text == "-" and not doc[conjunct.i - 1].whitespace_:
        return False
    return any(
        t.ent_type_ == "DATE" and t.is_digit and len(t.text) == 4
        for c in conjunct.children
        if c.dep_ in {"prep", "npadvmod"}
        for t in c.subtree
    )


def _beyond_semicolons(clause: Token) -> set[int]:
    """A semicolon joins two sentences: what the parser hangs on the clause from the other side is not its event.

    "There is still a possibility of an appeal; the firm was itself challenged in 2006 over ...": the event of
    2006 is the second half.
    """
    dropped: set[int] = set()
    for mark in clause.children:
        if mark.dep_ != "punct" or mark.text != ";":
            continue
        dropped.add(mark.i)
        for child in clause.children:
            far = child.right_edge.i < mark.i if mark.i < clause.i else child.left_edge.i > mark.i
            if far:
                dropped |= {t.i for t in child.subtree}
    return dropped


def content_clause(verb: Token) -> Token | None:
    """What a reporting verb reports: its clausal complement, or the clause it is attached to ("X, Y said")."""
    if verb.dep_ in {"conj", "parataxis"} and verb.head.i < verb.i and verb.head.pos_ in {"VERB", "AUX"}:
        return verb.head
    for child in verb.children:
        if child.dep_ in {"ccomp", "xcomp"} and child.pos_ in {"VERB", "AUX"}:
            return child
    return None


def is_a_claim(verb: Token) -> bool:
    """Whether a clause states how things are rather than reports something done: then who says so is the news.

    A form of "be" as the main verb ("was three times as contagious"), a simple present ("looks more like 600"),
    a progressive ("was rising"), a verb of state or opinion ("seems", "believes") or a future ("will be sold").
    "Kim has left", "two were killed", "the envoy arrived" are things done: the line can do without "officials
    said". A clause that quotes the speaker's words ('Apple was "pulled into the enterprise"') is the speaker's.
    """
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if _quotes_words(verb):
        return True
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.lemma_ == "be" and not any(c.dep_ in {"aux", "auxpass"} and c.lemma_ == "have" for c in auxes):
        return True
    if verb.lemma_ in OPINION_VERBS or any(c.lower_ in {"will", "’ll", "'ll", "shall", "wo"} for c in auxes):
        return True  # and a prediction: "16.6 million cars will be sold, the firm expects"
    if verb.tag_ == "VBG" and any(c.lemma_ == "be" for c in auxes):
        return True
    return verb.tag_ in {"VBZ", "VBP"} and not auxes


def _quotes_words(verb: Token) -> bool:
    """The clause puts words of its own in quotation marks; a quoted date alone ("“in the coming days”") does not."""
    inside = False
    for token in verb.doc[verb.left_edge.i : verb.right_edge.i + 1]:
        if token.is_quote:
            inside = not inside
        elif inside and token.pos_ in _CONTENT and token.ent_type_ not in {"DATE", "TIME"} and _own_word(token, verb):
            return True
    return False


_CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM", "PRON"})


def _own_word(token: Token, verb: Token) -> bool:
    """The word belongs to the verb's own clause, not to a clause inside it ("..., while they said “...”")."""
    while token.i != verb.i:
        if token.dep_ in {"advcl", "ccomp", "conj", "relcl", "acl", "parataxis"} and token.pos_ in {"VERB", "AUX"}:
            return False
        token = token.head
    return True


def _is_irrealis(verb: Token) -> bool:
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in IRREALIS_AUX for c in verb.children)


def needs_finite_clause(verb: Token) -> bool:
    """A gerund or infinitive without a subject needs its governing clause ("since assuming power", "to be held")."""
    has_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    infinitive = verb.tag_ in {"VBG", "VB"} or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ == "TO" for c in verb.children
    )
    return infinitive and not has_subject and verb.dep_ in {"pcomp", "xcomp", "advcl", "acl"}


def finite_ancestor(verb: Token) -> Token:
    """The nearest verb above `verb` with a tense of its own ("will begin" in "which it will begin to fly")."""
    node = verb
    for _ in range(10):
        if node.head.i == node.i:
            return node
        node = node.head
        if node.pos_ in {"VERB", "AUX"} and (node.tag_ not in {"VBG", "VB"} or _has_finite_aux(node)):
            return node
    return verb


def _has_finite_aux(verb: Token) -> bool:
    return any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"MD", "VBZ", "VBP", "VBD"} for c in verb.children)


def _is_side_clause(token: Token, clause: Token) -> bool:
    """Adverbial clauses of circumstance ("as ...", "while ...", "though ...") are a different event."""
    if token.head != clause and token.head.head != clause:
        return False
    if token.dep_ == "advcl":
        marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
        return bool(marks & _DROPPED_CLAUSE_MARKS)
    return False


def _is_attribution(token: Token, clause: Token) -> bool:
    """ "…, Kremlin spokesman Dmitry Peskov said" and "according to …" hanging off the clause."""
    if token.head != clause:
        return False
    if token.lower_ == "according":
        return True
    return token.dep_ in {"parataxis", "conj"} and token.lemma_ in REPORTING_VERBS and token.i > clause.i


_SIMULTANEOUS = frozenset({"while", "whereas"})


def simultaneous_clauses(top: Token, line: set[int]) -> list[list[Token]]:
    """Clauses set beside the line's own as happening at the same time, each a line of its own.

    "Oil prices fell sharply on Tuesday, while a gauge of world stocks rose for a seventh session": the gauge rose on
    Tuesday too. Only a "while" or "whereas" clause with its own subject and a verb in the simple past like the
    line's, not a verb of saying, with no modal, cut out of the line, and standing alone once its conjunction goes;
    the timeline drops one with a date of its own and applies its other checks of a line.
    """
    found = []
    for clause in top.children:
        marks = [c for c in clause.children if c.dep_ == "mark"]
        if (
            clause.dep_ != "advcl"
            or clause.i in line
            or not any(m.lower_ in _SIMULTANEOUS for m in marks)
            or not any(c.dep_ in SUBJECT_DEPS for c in clause.children)
            or clause.tag_ != "VBD"
            or top.tag_ != "VBD"
            or clause.lemma_ in REPORTING_VERBS  # "..., while state media said they would meet": words, not a deed
            or any(c.dep_ == "aux" for c in clause.children)  # "..., while Beta may close its plant"
        ):
            continue
        tokens = clause_tokens(clause, {m.i for m in marks})
        if tokens and line_problem(tokens) is None:
            found.append(tokens)
    return found
