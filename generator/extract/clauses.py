"""Turn sets of tokens from the dependency parse back into readable text."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from generator.extract.cues import REPORTING_VERBS
from generator.extract.line_text import SUBJECT_DEPS, inside_quote

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_DANGLING_END = frozenset({"CC", "IN", "TO", "DT", "PRP$", "POS", "WDT", "WP", "WP$", "WRB", "HYPH"})
_OPENING_QUOTES = frozenset({"“", '"', "‘"})
NOTHING_SAID = "says nothing of what was said"
UNSPOKEN = "words someone said, without who said them"
MID_WORD = "begins with the end of a word"
_SAYING = frozenset(
    {"say", "tell", "claim", "insist", "argue", "assert", "add", "explain", "admit", "acknowledge", "write", "tweet"}
    | {"announce", "report", "state", "warn", "note", "reveal", "disclose", "declare", "confirm", "comment"}
)
"""Verbs that are incomplete without what was said: "Both men claimed.", "the IMF announced:" (a thing said counts:
"confirmed the deal", "warned of a storm")."""
_WHAT_IS_SAID = frozenset({"ccomp", "xcomp", "parataxis", "dobj", "conj"})
_SPEAKER_PRONOUNS = frozenset({"i", "we", "me", "us", "my", "our", "you", "your"})


def line_problem(kept: Sequence[Token]) -> str | None:
    """Why a clause cut out of a sentence cannot stand alone as a line, or None when it can.

    A line needs a finite verb with its subject (a relative clause needs its noun), must not stop on a word that
    promises more ("and", "of", "the"), and must not be words someone said without saying who said them (a quote,
    or a first- or second-person subject).
    """
    if not kept:
        return "nothing left"
    ids = {t.i for t in kept}
    heads = [t for t in kept if t.head.i not in ids or t.head.i == t.i]
    verbs = [t for t in heads if t.pos_ in {"VERB", "AUX"}]
    if not verbs:  # "Singer Tom Ash [who] joined the protest": the relative clause's noun put back as its subject
        verbs = [c for t in heads for c in t.children if c.dep_ == "relcl" and c.i in ids]
        heads = [*heads, *verbs]
    if not verbs:
        return "no verb"
    verb = verbs[0]
    added = [t for t in heads if t.i != verb.i]
    """Tokens from outside the clause put back as its subject (a relative pronoun's noun, a restored name)."""
    if verb.tag_ not in FINITE_TAGS and not any(
        c.i in ids and c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE_TAGS for c in verb.children
    ):
        return "no finite verb"
    if _bare_infinitive(verb, ids):
        return "no finite verb"  # "[we are sure to see] more hardware join next year"
    if not added and not any(c.i in ids and c.dep_ in SUBJECT_DEPS for c in verb.children):
        return "no subject"
    if _two_subjects(verb, ids):
        return "two subjects"  # "the strategies adopted by Boeing and Airbus whose A380 first flew": a failed parse
    relative = verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ in FINITE_TAGS)  # "a drone that they built"
    if relative and not added and not _name_after_its_title(verb, ids):
        return "a relative clause without its noun"
    if _apposition_left_open(verb, ids):
        return "an apposition not closed before the verb"
    if problem := _clause_cut_apart(verb, kept, ids):
        return problem
    if any(_left_without_object(t, verb, ids) for t in kept):
        return "a preposition without its object"  # "franchises won't be renewed after [October] will receive"
    if _cut_inside_a_quote(kept, ids):
        return "leaves out words inside a quotation"  # "Such companies “look solvent,” he said": a misquote
    words = [t for t in kept if not (t.is_punct or t.is_space)]
    if words[0].lower_ in _CLITICS:
        return MID_WORD  # "’s $3 million Derby was postponed": "This year" cut off
    if _joins(words[0]) or words[0].tag_ in {"WDT", "WP"} or _relative_word(words[0]):
        return "begins as part of another sentence"  # "That a former minister should be immune ...", "that he ..."
    if any(
        c.i in ids and c.dep_ in SUBJECT_DEPS and c.ent_type_ in {"DATE", "TIME"} and c.pos_ in {"NUM", "PROPN"}
        for c in verb.children
    ):
        return "a date for a subject"  # "2016 were released in a swap": the cut took the subject's noun
    if words[-1].tag_ in _DANGLING_END or (len(words) > 1 and words[-2].tag_ == "CC" and words[-1].pos_ == "ADV"):
        return "stops in the middle of a phrase"  # "... and the", "... but still"
    if verb.lemma_ in _SAYING and not _says_what(verb, ids):
        return NOTHING_SAID  # "Both men claimed.", "She told the host."
    last = words[-1]
    if last.lemma_ in _SAYING and last.pos_ == "VERB" and not _says_what(last, ids):
        return NOTHING_SAID  # "..., praised by the poet Jane Roe, who tweeted.": the tweet was cut
    tail = [t for t in sorted(kept, key=lambda t: t.i) if not t.is_space and t.text not in {".", "!", "?"}]
    if tail and tail[-1].text.endswith(("'s", "’s")) and tail[-1].dep_ in {"case", "poss", "pobj", "dobj"}:
        return "stops in the middle of a phrase"  # "hit singles like 1978’s": the title was cut
    if _comparison_cut(kept, ids):
        return "a comparison cut short"  # "rates were as low [as they were in 1968]"
    if verb.lemma_ in REPORTING_VERBS and _quote_tail(verb, kept):
        return NOTHING_SAID  # "OUT, the governor tweeted.": the last word of a quote the sentence split cut off
    if inside_quote(min(kept, key=lambda t: t.i)) or any(
        t.lower_ in _SPEAKER_PRONOUNS and t.tag_ in {"PRP", "PRP$"} for t in words
    ):
        return UNSPOKEN
    return None


_CLITICS = frozenset({"'s", "’s", "n't", "n’t", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d"})


def _comparison_cut(kept: Sequence[Token], ids: set[int]) -> bool:
    """An "as ... as" comparison whose second half the cut took: "were as low" (as they were in 1968)."""
    for token in kept:
        if token.lower_ == "as" and token.dep_ == "advmod" and token.head.i in ids:
            seconds = [c for c in token.head.subtree if c.lower_ == "as" and c.i > token.i and c.dep_ != "advmod"]
            if seconds and not any(c.i in ids for c in seconds):
                return True
    return False


_PERCEIVING = frozenset({"see", "hear", "watch", "let", "make", "help", "feel", "notice"})


def _bare_infinitive(verb: Token, ids: set[int]) -> bool:
    """The verb is the bare infinitive of a verb of perceiving or causing that the cut left out ("see X join")."""
    return (
        verb.dep_ == "ccomp"
        and verb.head.i not in ids
        and verb.head.lemma_ in _PERCEIVING
        and not any(c.dep_ in {"aux", "auxpass", "mark"} for c in verb.children)
        and verb.tag_ in {"VB", "VBP"}  # not "many feel the government cut taxes" (a past)
    )


def _clause_cut_apart(verb: Token, kept: Sequence[Token], ids: set[int]) -> str | None:
    """Another verb of the line lost its subject or its conjunction to the cut: the line splices two clauses.

    "... announce the terms later [, but investors were told the price] is likely to be final": "is" lost its
    subject; "[In the 1990s, when] Allen and Farrow were fighting ..., Dershowitz denied ...": "were fighting"
    lost "when" and reads as a second main clause.
    """
    own = {t.i for t in verb.subtree}
    if any(_joins(c) and c.i not in ids for c in verb.children) and any(
        t.i not in own and t.pos_ in {"VERB", "AUX"} for t in kept
    ):
        return "a clause whose conjunction was cut off"  # the line's own verb, spliced to the clause it hung on
    for token in kept:
        if token.i == verb.i or token.pos_ not in {"VERB", "AUX"}:
            continue
        subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
        if subjects and not any(c.i in ids for c in subjects):
            return "a verb whose subject was cut off"
        if any(_joins(c) and c.i not in ids for c in token.children):
            return "a clause whose conjunction was cut off"
        if token.dep_ == "conj" and token.head.i in ids and _coordinator_cut_off(token, kept):
            return "two clauses spliced without a conjunction"
    return None


def _coordinator_cut_off(conj: Token, kept: Sequence[Token]) -> bool:
    """A coordinated verb whose "and", "but" or comma the cut took: "... the terms of the deal later is likely".

    Where the cut left a gap right before the verb's own words, the word before the gap must be a conjunction or
    a punctuation mark ("The bridge reopened [on Monday] and traffic resumed" keeps its "and").
    """
    order = [t for t in sorted(kept, key=lambda t: t.i) if not t.is_space]
    own = {t.i for t in conj.subtree}
    start = next((n for n, t in enumerate(order) if t.i in own), 0)
    if start == 0 or order[start - 1].i == order[start].i - 1:
        return False
    before = order[start - 1]
    return not (before.dep_ in {"cc", "preconj"} or (before.is_punct and before.dep_ == "punct"))  # not "17.3%"


def _joins(token: Token) -> bool:
    """A word that makes its clause part of another: "because", "if", "that" (mark), "when", "while" (WRB)."""
    return token.dep_ == "mark" or (token.dep_ == "advmod" and token.tag_ == "WRB")


def _relative_word(token: Token) -> bool:
    """ "that", "which", "who" opening the line as the pronoun of a relative clause (tagged IN by the small model)."""
    return token.lower_ in {"that", "which", "who", "whom", "whose"} and token.dep_ in SUBJECT_DEPS | {"dobj", "pobj"}


def _apposition_left_open(verb: Token, ids: set[int]) -> bool:
    """ "The mission, a rover the agency plans to fly": an apposition opened by a comma runs into the verb.

    An apposition is closed by a comma or a dash before the verb; when the subject's apposition runs up to the verb,
    the parse took a relative clause ("the agency plans") for the main clause.
    """
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i in ids), None)
    if subject is None or (subject.right_edge.i + 1 != verb.left_edge.i and subject.right_edge.i + 1 != verb.i):
        return False
    opened = [t for t in subject.subtree if t.dep_ == "appos" and t.i > 0 and t.doc[t.left_edge.i - 1].text == ","]
    return bool(opened) and subject.right_edge.text not in {",", "—", "–"}


def _name_after_its_title(verb: Token, ids: set[int]) -> bool:
    """ "The auto company Chrysler filed for ...": the parser reads "Chrysler filed" as a clause on "company".

    The clause's subject is a name right after the noun it hangs on (a title and its name), and the clause lacks
    nothing ("the deal Acme signed" lacks what was signed: a relative clause after all).
    """
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if len(subjects) != 1 or subjects[0].pos_ != "PROPN":
        return False
    complete = any(c.dep_ in {"dobj", "prep", "ccomp", "xcomp", "attr", "acomp"} and c.i in ids for c in verb.children)
    return complete and subjects[0].left_edge.i == verb.head.i + 1 and verb.head.pos_ == "NOUN"


def _left_without_object(token: Token, verb: Token, ids: set[int]) -> bool:
    """A preposition whose object the cut took ("renewed after [October]", "Between [yesterday and this morning],").

    Not one the parse gave no object when the words after it are still there.
    """
    if token.dep_ != "prep" or token.pos_ != "ADP" or token == verb:
        return False
    children = list(token.children)
    if children:
        return not any(c.i in ids for c in children)
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and not following.is_punct and following.i not in ids


def _two_subjects(verb: Token, ids: set[int]) -> bool:
    """Two subjects for one verb, with words cut between them, or the second opened by a relative word and no comma.

    "the strategies adopted by Boeing and Airbus whose A380 first flew": the relative clause merged into the main
    one. A fronted description has its comma ("A collector worth $186bn, the CEO launched ..."), and two nouns the
    parse took for two subjects without a relative word still make a sentence ("A video showing the moment a girl
    was rescued was released Monday").
    """
    subjects = sorted((c for c in verb.children if c.i in ids and c.dep_ in {"nsubj", "nsubjpass"}), key=lambda t: t.i)
    if len(subjects) < 2:
        return False
    first, second = subjects[0], subjects[1]
    between = verb.doc[first.right_edge.i + 1 : second.left_edge.i]
    if any(t.i not in ids for t in between):
        return True  # "a survey carried out by the firm [shortly before] the blast found": the cut joined them
    relative = any(t.tag_ in {"WP$", "WDT", "WP"} for t in second.subtree)
    return relative and not any(t.text == "," for t in verb.doc[first.i : second.left_edge.i])


def _cut_inside_a_quote(kept: Sequence[Token], ids: set[int]) -> bool:
    """Both marks of a quotation kept, but not every word between them: the line would misquote."""
    first, last = min(ids), max(ids)
    sentence = kept[0].sent
    opening: int | None = None
    for token in kept[0].doc[sentence.start : sentence.end]:
        if not token.is_quote or token.text in {"‘", "’", "'"}:
            continue
        if opening is None and token.text != "”":
            opening = token.i
            continue
        if opening is not None and token.text != "“":
            both = first <= opening and token.i <= last and {opening, token.i} <= ids
            if both and any(i not in ids for i in range(opening + 1, token.i)):
                return True
            opening = None
    return False


def _quote_tail(verb: Token, kept: Sequence[Token]) -> bool:
    """One or two words and a closing quote before the speaker: the end of a quote that began in another sentence."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
    if subject is None:
        return False
    before = [t for t in kept if t.i < subject.left_edge.i]
    words = [t for t in before if not t.is_punct]
    closed = any(t.text in {"”", '"'} for t in before)
    return 0 < len(words) <= 2 and closed and not any(t.text in {"“", '"'} for t in before[:1])


def _says_what(verb: Token, ids: set[int]) -> bool:
    """Whether a verb of saying keeps what was said: a clause, a quote, or a thing ("told reporters the plan")."""
    deps = [c.dep_ for c in verb.children if c.i in ids]
    if "nsubjpass" in deps and verb.lemma_ != "tell":  # "he was told": he is who was told
        return True  # "The first death was confirmed by the examiner": the subject is what was said
    if any(
        c.i in ids
        and c.dep_ == "prep"
        and c.lower_ in {"of", "about", "against", "on"}
        and not any(o.ent_type_ in {"DATE", "TIME"} for o in c.children)  # "told the host on Monday"
        for c in verb.children
    ):
        return True  # "warned of a storm", "reported on the deal"
    if verb.lemma_ == "tell" and "dative" not in deps:
        deps = [d for d in deps if d != "dobj"]  # "told the host": the host is who was told
    return any(d in _WHAT_IS_SAID for d in deps)


_PERSONAL = {"he": "", "she": "", "him": "", "his": "’s", "her": ""}
_GROUP = frozenset({"they", "them", "their", "this", "these", "those"})


def named_pronouns(kept: Sequence[Token], *, kinds: bool = True) -> dict[int, str] | None:
    """Names for the pronouns of a line that point outside it; None when one cannot be named.

    "He entered the race" says nothing on its own: "he", "she" and "his" as the line's subject (or its owner), and
    "him" or "her" anywhere, become the one person named before the line in its sentence or the two before; with
    two candidates the line would guess, so there is none. "It" is not named: naming the organisation just
    mentioned was wrong as often as right on the labelled set (a country, a rule, a lockdown); a line that needs it
    (`_points_back`) has none, as has one whose subject is "they", "these" or "this", or with a "them" the line
    does not name. A pronoun the line itself names first ("Smith said he ...", "the mayor said his ...", "the
    workers asked them") is left as it is; "he" is named by a person, not by a company ("Acme will ship, he said").
    With `kinds`, a bare "the company" or "the country" as the subject becomes the one company or country named
    before it in the article; with none or several, there is no line.
    """
    ids = {t.i for t in kept}
    tops = {t.i for t in kept if t.head.i not in ids or t.head.i == t.i}
    # the line's own subject, when a noun, is what a later "he" or "it" in the line points back to
    subjects = [
        c.i for t in kept if t.i in tops for c in t.children if c.dep_ in SUBJECT_DEPS and c.tag_ in {"NN", "NNP"}
    ]  # singular: "Colleagues attributed the remarks to him" does not say who he is
    people_inside = [t.i for t in kept if t.ent_type_ == "PERSON"] + subjects
    """What "he" or "him" may mean inside the line: a person, or a noun subject ("the mayor said he ...")."""
    things_inside = [t.i for t in kept if t.ent_type_ in {"PERSON", "ORG"}] + subjects
    plurals_inside = [t.i for t in kept if t.tag_ in {"NNS", "NNPS"} or t.ent_type_ in {"ORG", "NORP"}]
    found: dict[int, str] = {}
    for token in kept:
        role = token.lower_
        subject = token if token.dep_ in SUBJECT_DEPS else token.head if token.dep_ == "poss" else None
        is_own_subject = subject is not None and subject.dep_ in SUBJECT_DEPS and subject.head.i in tops
        if role in _GROUP and token.tag_ in {"PRP", "PRP$", "DT"} and is_own_subject:
            return None  # "They had finally brought the blaze under control": who?
        if _points_back(token, tops) and not (role in {"it", "its"} and any(i < token.i for i in things_inside)):
            return None  # "It had been contacted by ...", "These 11 had to submit ...": who or what?
        if role == "them" and token.tag_ == "PRP" and not _named_inside(token, plurals_inside):
            return None  # "accused them of trying to stop her", "released videos of them": who?
        if role == "it" and token.dep_ in {"dobj", "pobj", "dative"} and not _thing_before(token, kept):
            return None  # "Two people contracted it in Beijing": what?
        if kinds and (kind := _bare_kind(token, tops)) is not None:
            name = named_before(token, kind, window=None, salient="ORG" in kind)
            if name is None:
                return None  # "The brokerage had forecast growth": which one?
            found[token.i - 1], found[token.i] = "", name  # "The company" named: "Acme"
        inside = people_inside if role in _PERSONAL else things_inside
        if role in {"him", "her"} and token.tag_ == "PRP":  # "Roe did not come to him": not Roe; "the call" no one
            inside = [i for i in inside if token.doc[i].ent_type_ == "PERSON"]
            inside = [i for i in inside if _named_inside(token, [i])]
        inside = inside + list(found)  # "She will play her songs": once "she" is named, "her" stays
        if token.tag_ not in {"PRP", "PRP$"} or any(i < token.i for i in inside):
            continue
        if role in _PERSONAL and (is_own_subject or role in {"him", "her"}):
            ahead = _named_after(token)
            if ahead == "":
                return None  # "Since he entered the race, Acme’s rise ...": a name ahead the model did not type
            name = ahead or named_before(token, "PERSON")
            if name is None:
                return None
            found[token.i] = name + ("’s" if token.tag_ == "PRP$" else "")
    return found


_COMPANY_NOUNS = frozenset(
    {"company", "firm", "brokerage", "bank", "lender", "insurer", "carrier", "airline", "automaker", "carmaker"}
    | {"retailer", "manufacturer", "startup", "publisher", "broadcaster", "agency", "organisation", "organization"}
    | {"charity", "conglomerate", "chain", "operator"}
)
KIND_NOUNS: dict[str, frozenset[str]] = {
    **dict.fromkeys(_COMPANY_NOUNS, frozenset({"ORG"})),
    **dict.fromkeys(("country", "nation", "city", "town", "village", "province"), frozenset({"GPE"})),
    **dict.fromkeys(("hotel", "hospital", "prison", "airport", "museum", "stadium"), frozenset({"FAC", "ORG"})),
}
"""Nouns that, as "the company", only point back to one named before, and the kinds of name they stand for."""


def _bare_kind(token: Token, tops: set[int]) -> frozenset[str] | None:
    """The name kinds `token` stands for when it is the line's subject as a bare "the company", else None.

    "The company cut 500 jobs" says nothing on its own; "the company's chief", "the state oil company" and "the
    company, Acme," name or describe it, and so does a quote.
    """
    kind = KIND_NOUNS.get(token.lower_)
    if kind is None or token.tag_ != "NN" or token.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    if token.head.i not in tops and token.i not in tops:  # a subject, or a relative clause's noun put back as one
        return None
    children = [c for c in token.children if c.dep_ not in {"relcl", "punct"}]  # "The bank, which had ...,"
    if len(children) != 1 or children[0].lower_ != "the" or children[0].i != token.i - 1 or inside_quote(token):
        return None
    return kind


def _thing_before(token: Token, kept: Sequence[Token]) -> bool:
    """A singular noun or a name in the line before `token`, that an object "it" can stand for."""
    return any(
        t.i < token.i
        and (t.tag_ in {"NN", "NNP"} or t.ent_type_ in {"ORG", "PRODUCT", "WORK_OF_ART", "LAW"})
        and t.ent_type_ not in {"DATE", "TIME", "PERSON"}
        for t in kept
    )


_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
TIME_NOUNS = frozenset(
    {"time", "moment", "point", "stage", "season", "morning", "afternoon", "evening", "weekend", "day", "night"}
    | {"week", "month", "year"}
)
"""Nouns a demonstrative makes a time, not a reference back ("the first blackouts this time occurred")."""


def _in_subject(token: Token) -> bool:
    """Whether `token` is inside the subject of its clause."""
    return any(a.dep_ in SUBJECT_DEPS for a in [token, *heads_to_verb(token)])


def heads_to_verb(token: Token) -> list[Token]:
    """The heads above `token` up to (not including) its nearest verb: the phrase it sits in."""
    heads = []
    for ancestor in token.ancestors:
        if ancestor.pos_ in {"VERB", "AUX"}:
            break
        heads.append(ancestor)
    return heads


def _named_inside(pronoun: Token, candidates: Sequence[int]) -> bool:
    """Whether one of `candidates` (token indexes before the pronoun) can be what an object pronoun means.

    Not the subject of the pronoun's own clause ("Roe did not come to him") nor the noun it hangs on ("videos of
    them"): those would need "himself", or are the thing said of them.
    """
    excluded = _own_subject(pronoun) | {a.i for a in pronoun.ancestors if a.pos_ in {"NOUN", "PROPN"}}
    return any(i < pronoun.i and i not in excluded for i in candidates)


def _own_subject(token: Token) -> set[int]:
    """The tokens of the subject of the clause `token` stands in (an object pronoun never means that subject)."""
    verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return set()
    return {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}


def _points_back(token: Token, tops: set[int]) -> bool:
    """Whether `token` makes the line's subject (or what it does) a reference to something named before the line.

    "It" as the subject, or "its" owning it ("Its shares fell"), unless "it" only stands in for a clause that
    follows ("It emerged on Monday that ...", "It is unclear whether ..."); a demonstrative anywhere ("These 11 had
    to submit ...", "the transcript of that call"; not a date: "This week's talks"); "the same" as what someone
    does ("said he intends to do the same"). Not "such a meeting": the one the sentence before spoke of, which a
    reader of the briefing has (the bundled gold keeps that line).
    """
    if token.lower_ == "same" and token.dep_ == "dobj" and any(c.lower_ == "the" for c in token.children):
        return True
    if (
        token.dep_ == "det"
        and token.lower_ in _DEMONSTRATIVES
        and token.head.ent_type_ not in {"DATE", "TIME"}
        and token.head.lemma_ not in TIME_NOUNS
        and not inside_quote(token)
        and (token.lower_ != "this" or _in_subject(token))  # "opened a site for this first flight": the one named
    ):
        return True  # "The transcript of that call was released", "anyone who attended those locations"
    subject = token if token.dep_ in SUBJECT_DEPS else token.head if token.dep_ == "poss" else None
    if subject is None or subject.dep_ not in {"nsubj", "nsubjpass"} or subject.head.i not in tops:
        return False
    if subject.ent_type_ in {"DATE", "TIME"}:
        return False
    if token.lower_ in {"it", "its"} and token.tag_ in {"PRP", "PRP$"}:
        verb = subject.head
        extraposed = any(c.dep_ in {"ccomp", "csubj"} for c in verb.children) or (
            any(c.dep_ in {"acomp", "attr", "auxpass"} for c in verb.children)
            and any(c.dep_ == "xcomp" for c in verb.children)
        )
        return token.lower_ == "its" or not extraposed
    return False


def _named_after(token: Token) -> str | None:
    """The person a pronoun in an opening clause points ahead to: "Since he entered the race, Roe's rise has ...".

    None when the pronoun is not in an opening clause; "" when the main clause names someone first with a proper
    noun the model did not type as a person (the pronoun may mean them, not anyone before).
    """
    clause = next((a for a in token.ancestors if a.dep_ == "advcl"), None)
    if clause is None or clause.i > clause.head.i:
        return None  # not a clause that comes before the one it hangs on
    after = [e for e in token.sent.ents if e.label_ == "PERSON" and e.start > clause.right_edge.i]
    if after:
        return _name_text(after[0])
    main = clause.head
    subject = next((c for c in main.children if c.dep_ in SUBJECT_DEPS), None)
    named = subject is not None and any(t.pos_ == "PROPN" for t in subject.subtree if t.i > clause.right_edge.i)
    return "" if named else None


def named_before(
    token: Token, label: str | frozenset[str], window: int | None = 2, *, salient: bool = False
) -> str | None:
    """The one entity of `label` named before `token` in its sentence or the `window` before, else None.

    With no window, the one named anywhere before it in the article; with `salient`, of several, the one named at
    least twice as often as any other and also the last named, or three times as often as any other (the company
    an article is about, for its "the company"; not when another was named since, unless it dominates).
    """
    doc = token.doc
    first = doc[token.sent.start].sent
    for _ in range(len(doc) if window is None else window):  # the pronoun's sentence and those before it
        if first.start == 0:
            break
        first = doc[first.start - 1].sent
    labels = {label} if isinstance(label, str) else label
    found = [e for e in doc.ents if e.label_ in labels and first.start <= e.start and e.end <= token.i]
    initials = {"".join(w[0] for w in e.text.split()).upper(): _name_key(e) for e in found if len(e) > 1}
    keys = {id(e): initials.get(e.text, _name_key(e)) for e in found}  # "GM" is "General Motors"
    counts = Counter(keys.values()).most_common(2)
    latest = keys[id(max(found, key=lambda e: e.start))] if found else None
    dominant = salient and len(counts) > 1 and counts[0][1] >= max(3, 3 * counts[1][1])
    if not counts or (
        len(counts) > 1
        and not dominant
        and not (salient and counts[0][1] >= max(2, 2 * counts[1][1]) and counts[0][0] == latest)
    ):
        return None  # nobody, or two the pronoun could mean: the line would guess
    return _name_text(max((e for e in found if keys[id(e)] == counts[0][0]), key=len))


def _name_key(name: Span) -> str:
    """A name by its last word: "Roe" and "Jane Roe" count as one."""
    return name[-1].lower_.removesuffix("’s").removesuffix("'s")


def _name_text(name: Span) -> str:
    """A name as a subject: without a possessive ending ("Kim’s 10th": Kim) or a leading "the"."""
    cut = next((t.i for t in name if t.tag_ == "POS" or t.text in {"’s", "'s"}), name.end)
    text = name.doc[name.start : max(cut, name.start + 1)].text.removesuffix("’s").removesuffix("'s")
    return text[4:] if text.lower().startswith("the ") else text


def subtree_without(head: Token, dropped: set[int]) -> list[Token]:
    """`head`'s subtree minus every token whose index is in `dropped` (and everything under it)."""
    kept: list[Token] = []
    stack = [head]
    while stack:
        token = stack.pop()
        if token.i in dropped:
            continue
        kept.append(token)
        stack.extend(token.children)
    return kept
