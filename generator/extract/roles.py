"""Roles: what the text says a named person is, read at one mention of the name.

A title before the name ("Kremlin spokesman Dmitry Peskov"), an apposition after it ("Jake Sullivan, the national
security adviser"), the name in apposition to a title ("the Prime Minister of Singapore, Lee Hsien Loong") or a
relative clause that says what the person is ("Paul Begala, who was a longtime adviser to ...").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator.extract.clauses import KIND_NOUNS, named_before
from generator.extract.cues import IRREALIS_AUX
from generator.extract.line_text import tokens_text
from generator.extract.name_cues import APPOINTING_VERBS, DEMOGRAPHIC_WORDS, HONORIFICS, RANKS, TITLE_WORDS
from generator.extract.titles import (
    ANYONE,
    PLACE_NOUNS,
    QUOTES,
    is_office_noun,
    is_title_head,
    owned,
    pronoun_owner,
    shared_title,
    title_before,
    title_by_words,
    without_possessive,
)
from generator.temporal.patterns import MONTH

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def find_role(name: Span) -> str | None:
    """The role the text gives at this mention: a title before the name, or an apposition after it.

    "Kremlin spokesman Dmitry Peskov" → "Kremlin spokesman"; "then-US President Donald Trump" →
    "then-US President"; "Jake Sullivan, the national security adviser" → "national security adviser".
    """
    before = title_before(name)
    if before is not None and _only_a_rank(before):
        # "Lt. Matt Harris, a spokesman for the department": what the apposition says he does comes first
        before = _apposition(name) or _relative_role(name) or before
    role = (
        before
        or _apposition(name)
        or _title_apposed(name)
        or _relative_role(name)
        or _named_as(name)
        or title_by_words(name)
        or shared_title(name)
        or _affiliation(name)
    )
    if role:
        role = _with_the_who(name, role)
        role = _LEADING_NOT_A_TITLE.sub("", _AFTER_A_QUOTE.sub("", _LEADING_DATE.sub("", role))) or role
        if not any(c.isalpha() for c in role):
            return None  # "Dave Lee | 14:19 UK time": a page's separator, no role
    role = without_demographics(_APPOINTED.sub("", role) or role) if role else None
    role = _tidied(role, name) if role else None
    return _owner_named(role, name) if role else None  # none left: "teenager Tom Ash" names no role


_NOW = re.compile(r"^(?:now|currently)\s+(?:(?:an?|the)\s+)?(?=\S)", re.IGNORECASE)
_LEFT_OPEN = re.compile(r"(?:\s+(?:at|of|for|in|with|to|on|by|from|and|or|the|a|an))+$", re.IGNORECASE)
_ONLY_AN_OWNER = re.compile(r"^(?:the\s+)?(?P<owner>[A-Z][\w.&\- ]*?)['’]s$")


def _without_a_rank_after(role: str) -> str:
    """The role without a rank written between it and the name.

    "police spokesman Officer Sean Hickman": the role is "police spokesman". Only after a role word in lower case
    ("Police Lt." is the rank).
    """
    words = role.split(" ")
    if len(words) > 2 and words[-1][:1].isupper() and words[-1].lower() in RANKS and words[-2][:1].islower():
        return " ".join(words[:-1])
    return role


_OWNS_A_GROUP = re.compile(r"^(?:his|her)\s+\S+['’]s\s", re.IGNORECASE)
"""A pronoun owning a group, not the role: "Mary Jones, her party's deputy leader" is her own party."""
_PRONOUN_OWNER = re.compile(r"^(?:his|her|their)\s+(?=\S)", re.IGNORECASE)


def _tidied(role: str, name: Span) -> str:
    """The role without words that lean on the rest of the sentence.

    "now a staff scientist at ..." → "staff scientist at ..."; "division vice president at" (the company left in
    the sentence) → "division vice president"; "The New Yorker’s" Jane Mayer → "New Yorker"; "her campaign
    manager" → "Marianne Williamson’s campaign manager" when the sentence names one person before, else as it is.
    """
    words = role.split(" ")
    if len(words) > 1 and words[-1].lower() in HONORIFICS and words[-2] in {"for", "of", "to", "with", "by"}:
        return ""  # "A spokeswoman for Dr Conrad Murray": the spokeswoman's role, not his
    role = _without_a_rank_after(_LEFT_OPEN.sub("", _NOW.sub("", role)))
    if owner := _ONLY_AN_OWNER.fullmatch(role):
        return owner["owner"]
    if _PRONOUN_OWNER.match(role) and not role.lower().startswith("their") and not _OWNS_A_GROUP.match(role):
        # the one person the sentence names before: "employed by Ann Lee are Tom Ash, her campaign manager" (not
        # "Newsom, his wife and four children tested negative, spokesperson Jesse Melgar said": a list)
        before = {e.text for e in name.sent.ents if e.label_ == "PERSON" and e.end <= name.start}
        if len(before) == 1:
            mark = "’" if "’" in name.doc.text else "'"
            return f"{next(iter(before))}{mark}s {_PRONOUN_OWNER.sub('', role)}"
    return role


def _with_the_who(name: Span, title: str) -> str:
    """The World Health Organization before a title ("WHO chief Dr. Margaret Chan"), which the model reads as "who"."""
    doc = name.doc
    index = name.start - 1
    while index > name.sent.start and doc[index].lower_ in HONORIFICS:
        index -= 1
    first = index - len(title.split()) + 1
    if first <= name.sent.start or doc[first - 1].text != "WHO":
        return title
    written = " ".join(t.text for t in doc[first : index + 1])
    return f"WHO {title}" if written.lower() == title.lower() else title  # the title right before the name


def _affiliation(name: Span) -> str | None:
    """The organisation a name is given as belonging to, when nothing else says what the person is.

    "BBC's Emily Maitlis", "CNN's Jake Tapper", "Robin Biesbroek of the CDF", "John Smith of Goldman Sachs": the
    outlet or company, as the role ("BBC"). A country's or a town's ("Russia's Vladimir Putin", "Jane Roe of
    Boston") says where, not what, and gives none.
    """
    doc = name.doc
    owner = next((c for c in name.root.children if c.dep_ == "poss" and c.i < name.start), None)
    if owner is None and name.end < len(doc) and doc[name.end].lower_ == "of" and doc[name.end].head == name.root:
        of = next((c for c in doc[name.end].children if c.dep_ == "pobj"), None)
        entity = _organisation_at(of) if of is not None else None
        if entity is None:
            return None
        return tokens_text([t for t in entity if t.lower_ != "the"]) or None
    if owner is None or owner.ent_type_ != "ORG" or name.start < 2 or doc[name.start - 1].tag_ != "POS":
        return None
    entity = _organisation_at(owner)
    if entity is None or entity.end != name.start - 1:
        return None
    words = [t for t in entity if t.lower_ != "the"]
    return tokens_text(words) or None


def _organisation_at(token: Token) -> Span | None:
    """The ORG entity a token is part of, if any."""
    return next((e for e in token.doc.ents if e.start <= token.i < e.end and e.label_ == "ORG"), None)


def _only_a_rank(title: str) -> bool:
    """A title that is only a rank, its unit or "Professor" ("Lt. Col.", "Police Sgt."): it says little of a role."""
    words = [w.lower() for w in title.replace("-", " ").split()]
    return bool(words) and all(w in RANKS or w in _RANK_WORDS for w in words)


_RANK_WORDS = frozenset({"police", "army", "navy", "air", "force", "marine", "professor", "prof.", "prof"})
"""Words of a rank or an academic title: "Professor Jane Roe, director of the institute" is first the director."""


_LEADING_NOT_A_TITLE = re.compile(r"^(?:[-–—:;,.\s]+|(?:nothing|something|anything|everything)\s+)", re.IGNORECASE)
"""What a title never opens with: a dash or colon left by a page's navigation ("- Russian Prime Minister"), or a
pronoun the sentence put before it ("and nothing President Roe has done amounts to ...")."""
_AFTER_A_QUOTE = re.compile(r"^[“\"][^”\"]*(?:,[”\"]|[”\"],)\s+(?=\S)")
"""Words quoted before a title ("“We have them by the neck,” Interior Secretary Ken Salazar said") are no part of it."""
_LEADING_DATE = re.compile(rf"^(?:\d{{1,2}}\s+)?{MONTH}(?:\s+\d{{1,2}})?,?\s+\d{{4}},?\s+")
"""A date a page put before a caption's title ("25 June 2010 Michael Jackson's father")."""
_AGE_NOUNS = frozenset({"teenager", "teen", "toddler", "youngster", "infant", "juvenile"})
"""Nouns of age ("teenager Tom Ash"): like an age, they say who a person is, not what they do ("child" is kin too:
"the Queen's third child")."""

_APPOINTED = re.compile(r"^(?:(?:newly|recently|just)\s+)?(?:appointed|named|hired|installed)\s+(?=\S)", re.IGNORECASE)
"""How a person came to the title is no part of it: "recently appointed CEO Jane Roe" is the CEO."""


def without_demographics(role: str) -> str:
    """The role without words of who a person is or how the writer sees them, only of what they do.

    Words of age, race, sex or orientation, and of praise or blame ("legendary", "notorious") go.

    "black former Massachusetts governor" → "former Massachusetts governor"; "White House aide" keeps its name;
    "teenager" alone leaves nothing ("").
    """
    words = role.split(" ")
    kept = [
        word
        for index, word in enumerate(words)
        if not (
            word.lower() in DEMOGRAPHIC_WORDS
            and (word.islower() or (index + 1 < len(words) and words[index + 1][:1].islower()))
        )
        and not _AGE.fullmatch(word)
        and word.lower() not in _AGE_NOUNS
        and not (word in _PRAISE and index + 1 < len(words))  # lower case: "Popular Front leader" keeps its name
    ]
    return " ".join(kept)


_PRAISE = frozenset(
    {"legendary", "famed", "famous", "iconic", "beloved", "renowned", "celebrated", "storied", "acclaimed"}
    | {"notorious", "infamous", "outspoken", "controversial", "popular", "charismatic", "flamboyant"}
)
"""Words of a writer's judgement before a title ("Apple's legendary CEO"): how the writer sees the person, not
what they do."""


_AGE = re.compile(r"(?:\d+-)?years?-old", re.IGNORECASE)
"""An age ("32-year-old admirer of ..."): it says who a person is, not what they do."""


_OWNER = re.compile(r"^(?P<owner>[a-z]+)(?P<mark>['’]s) (?P<rest>.+)$")


def _owner_named(role: str, name: Span) -> str:
    """ "company’s chief operating officer": the owner the sentence names, else the role as it is.

    "Jane Roe, the company’s chief operating officer, said Acme would ..." → "Acme’s chief operating officer",
    when the sentence names one organisation (or one place, for "the county’s") and no other; when it names none,
    a "company’s" or "country’s" is the one the article named before (`named_before`). An owner nobody names
    stays: "group's founder" says more than "founder".
    """
    match = _OWNER.match(role)
    if match is None:
        return role
    labels = {"GPE"} if match["owner"] in PLACE_NOUNS else {"ORG"}
    named = [
        (ent.end, tokens_text(clean))
        for ent in name.sent.ents
        if ent.label_ in labels
        and not (ent.start < name.end and name.start < ent.end)  # NER may take the person for an organisation
        and (clean := without_possessive(ent)) is not None
        and clean.text not in role
    ]
    owners = {text for _, text in named}
    before = [(end, text) for end, text in named if end <= name.start - 2]
    if len(owners) > 1 and match["owner"] in PLACE_NOUNS and before:
        owners = {max(before)[1]}  # "aid to Ukraine to pressure the country's President ...": the place just named
    if not owners and (kind := KIND_NOUNS.get(match["owner"])) is not None:  # "the country’s president"
        owner = named_before(name[0], kind, window=None, salient="ORG" in kind)  # the one named before
        owners = {owner} if owner is not None and owner not in role else set()
    if len(owners) == 1:
        return f"{next(iter(owners))}{match['mark']} {match['rest']}"
    return role


def _relative_role(name: Span) -> str | None:
    """ "Paul Begala, who was a longtime adviser to the president": a relative clause that says what the person is."""
    for clause in name.root.children:
        if clause.dep_ != "relcl" or clause.lemma_ != "be" or clause.i < name.end:
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in {"who", "that"} for c in clause.children):
            continue
        for attribute in clause.children:
            if attribute.dep_ != "attr" or attribute.pos_ != "NOUN" or not is_title_head(attribute):
                continue
            words = _role_words(attribute)
            return tokens_text(words).strip(" ,") if words else None
    return None


def _named_as(name: Span) -> str | None:
    """ "Jane Roe has been named acting administrator", "... was appointed as chief executive of Acme".

    Only a stated appointment: not "could be named", not "was not elected". Names joined by "and" share it, in
    the singular: "Jane Roe and John Doe were named best actors" → "best actor".
    """
    subject = name.root
    while subject.dep_ == "conj" and subject.head.i < subject.i:
        subject = subject.head
    listed = subject != name.root or any(c.dep_ == "conj" for c in subject.children)
    verb = subject.head
    if subject.dep_ != "nsubjpass" or verb.lemma_ not in APPOINTING_VERBS:
        return None
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in IRREALIS_AUX) for c in verb.children):
        return None
    for child in verb.children:
        head = child
        if child.dep_ == "prep" and child.lower_ == "as":
            head = next((c for c in child.children if c.dep_ == "pobj"), child)
        elif child.dep_ not in {"oprd", "attr", "xcomp"}:
            continue
        plural = head.tag_ in {"NNS", "NNPS"}
        singular = head.lemma_.lower() if head.lemma_.lower() != head.lower_ else head.lower_.removesuffix("s")
        if head.pos_ != "NOUN" or not (is_office_noun(singular) if plural else is_title_head(head)):
            continue
        if plural != listed:
            continue  # "Jane Roe was named one of the best actors", or a list named to one post
        circumstances = {t.i for c in head.children if _is_circumstance(c) for t in c.subtree}
        words = _role_words(head)
        kept = [t for t in words or () if t.i not in circumstances]
        return tokens_text(kept, {head.i: singular} if plural else None).strip(" ,") or None
    return None


def _is_circumstance(token: Token) -> bool:
    """A phrase that says why, when or where, not what the role is: "for playing a lawyer", "on Monday"."""
    if token.dep_ != "prep":
        return False
    return token.lower_ in {"on", "in", "after", "during", "since", "by", "last"} or any(
        c.dep_ == "pcomp" for c in token.children
    )


def _title_apposed(name: Span) -> str | None:
    """ "the Prime Minister of Singapore, Mr. Lee Hsien Loong": the name is in apposition to a title."""
    return _title_in_apposition(name) or _title_before_comma(name)


def _title_in_apposition(name: Span) -> str | None:
    head = name.root.head
    if name.root.dep_ != "appos" or not is_title_head(head) or head.i > name.start:
        return None
    inside = set(range(name.start, name.end))
    words = [t for t in head.subtree if t.i < name.start and t.i not in inside]
    words = [t for t in words if not (t.dep_ == "det" and t.head == head) and t.lower_ not in HONORIFICS]
    while words and (words[-1].is_punct or words[-1].lower_ in HONORIFICS):
        words.pop()
    while words and (words[0].pos_ in {"SCONJ", "CCONJ", "ADP", "DET"} or words[0].text in {",", ":", ";"}):
        words.pop(0)  # "is whether Acme’s founder, Jane Roe, ...": the clause's word is not the title's
    owner = pronoun_owner(words[0], name) if words and words[0].tag_ == "PRP$" else None
    if owner is not None:
        words = words[1:]  # "his business partner Scott Borchetta": Scooter Braun's, when the sentence says so
    if not words or len(words) > 10 or words[0].tag_ == "PRP$":
        return None  # "our big brother, Jane Roe": a relation to someone, not a title
    possessors = {t.i for t in words if t.dep_ == "poss" for t in t.subtree}
    if any(t.ent_type_ == "PERSON" and t.i not in possessors for t in words):
        return None
    return owned(owner, tokens_text(words)) if owner is not None else tokens_text(words)


def _title_before_comma(name: Span) -> str | None:
    """The same pattern read from the words when the parser attached the name elsewhere.

    "the Prime Minister of Singapore, Lee Hsien Loong" and "Carlineo's attorney, Sonya Zoghlin": a title (with a
    named owner, if any) just before a comma and the name.
    """
    doc = name.doc
    index = name.start - 1
    while index >= 0 and doc[index].lower_ in HONORIFICS:
        index -= 1
    if index < 1 or doc[index].text != ",":
        return None
    end = index
    index -= 1
    while index >= name.sent.start and (
        doc[index].pos_ in {"PROPN", "NOUN", "ADJ"}
        or (doc[index].lower_ == "of" and doc[index].pos_ == "ADP")
        or (doc[index].tag_ == "POS" and index > name.sent.start and doc[index - 1].pos_ == "PROPN")
    ):
        index -= 1
    words = list(doc[index + 1 : end])
    if not words or words[0].lower_ == "of" or words[0].tag_ == "POS" or len(words) > 8:
        return None
    head = next((t for t in reversed(words) if t.pos_ == "NOUN" or t.lower_ in TITLE_WORDS), None)
    if head is None or any(t.ent_type_ == "PERSON" and t.i > head.i for t in words):
        return None
    owned = any(t.tag_ == "POS" for t in words)
    if not (any(t.lower_ in TITLE_WORDS for t in words) or (owned and is_title_head(head))):
        return None
    return tokens_text(words)


def _apposition(name: Span) -> str | None:
    """The role in an apposition: "Jake Sullivan, the national security adviser, ...".

    A plural one after names joined by "and" is each one's, in the singular: "Jane Roe and John Doe, both
    professors at Acme U" → "professor at Acme U".
    """
    doc = name.doc
    for child in _appositions(name):
        if child.i >= name.end and child.ent_type_ == "ORG" and (misparsed := _organisation_title(child)):
            return misparsed
        if any(t.dep_ == "neg" or t.lower_ == "not" for t in doc[name.end : child.i]):
            continue  # "Dan (not his real name), a student at ...": what he is not says nothing of what he is
        if child.i < name.end or child.ent_type_:
            continue
        between = doc[name.end : child.left_edge.i]
        plural = child.tag_ in {"NNS", "NNPS"}
        if plural and not (_in_a_pair(name) and all(_joins_names(t) for t in between)):
            continue  # "Jane Roe: Two county warrants, ..." is no role of one person
        if not plural and any(t.ent_type_ == "PERSON" for t in between):
            continue  # "Tom Reyes, ... and Ann Cole, the labor secretary": the apposition is the nearer name's
        if any(t.text in {":", ";"} for t in between):
            continue  # "Jane Roe: Possession of cocaine, ...": a list of charges, not a role
        far = sum(not t.is_punct and not t.like_num for t in between) > 3 and not (plural and _in_a_pair(name))
        if far or any(t.text in QUOTES for t in between):
            continue  # "Roe sang their single “Heat,” the title track of ...": the apposition is of the nearer noun
        if any(_lists_another_thing(c) for c in child.children):
            continue  # "a row involving Jane Roe, her former label and a few senators": a list, not an apposition
        is_title = (child.pos_ == "NOUN" and child.lower_ not in ANYONE) or (
            child.pos_ == "PROPN" and child.lower_ in TITLE_WORDS
        )
        if is_title and (words := _role_words(child)):
            return tokens_text(words, {child.i: child.lemma_} if plural else None).strip(" ,")
    return None


def _organisation_title(organisation: Token) -> str | None:
    """An organisation's long name and a title, read as one apposition the parse split.

    "Dr Fauci, the National Institute of Allergy and Infectious Diseases director, said": the parse makes the
    organisation the apposition and the title a conjunct inside it; the whole is the role.
    """
    doc = organisation.doc
    title = next((c for c in organisation.children if c.dep_ == "conj" and c.pos_ == "NOUN"), None)
    if title is None or not is_title_head(title) or any(c.i < title.i and c.pos_ != "PROPN" for c in title.children):
        return None
    following = doc[title.i + 1] if title.i + 1 < len(doc) else None
    if following is not None and following.text not in {",", ".", ")", ";", "—", "–"}:
        return None  # the title does not end the apposition: a list, not a title
    first = organisation.left_edge.i + (organisation.left_edge.dep_ == "det")
    words = doc[first : title.i + 1]
    if len(words) > _LONGEST_ROLE or not all(t.pos_ in {"PROPN", "ADP", "CCONJ", "PUNCT"} or t == title for t in words):
        return None
    return tokens_text(words)


def _in_a_pair(name: Span) -> bool:
    """The name is joined by "and" to another name ("Jane Roe and John Doe"; NER may miss the other)."""
    root = name.root
    if root.dep_ == "conj" and _is_a_name(root.head):
        return True
    return any(c.dep_ == "conj" and _is_a_name(c) for c in root.children)


def _is_a_name(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or token.pos_ == "PROPN"


def _joins_names(token: Token) -> bool:
    """A word between names joined by "and": the names, their nationality, "and" and commas."""
    return _is_a_name(token) or token.ent_type_ == "NORP" or token.lower_ in {"and", ","}


_LONGEST_ROLE = 16
"""Words in the longest role read from an apposition or a relative clause ("Research and Advocacy Director for the
Middle East and North Africa at Amnesty International")."""


def _appositions(name: Span) -> list[Token]:
    """The appositions of the name, and one right after it and a comma that the parser gave to an earlier word.

    "to Tom Reyes, ... and Ann Cole, the labor secretary, said": the parser attaches the secretary to Reyes.
    """
    doc = name.doc
    found = [c for c in name.root.children if c.dep_ == "appos"]
    if name.root.dep_ == "conj" and name.root.head.ent_type_ == "PERSON":
        found += [c for c in name.root.head.children if c.dep_ == "appos" and c.i > name.end]
    if name.end + 1 < name.sent.end and doc[name.end].text == ",":
        found += [
            t
            for t in doc[name.end + 1 : name.sent.end]
            if t.dep_ == "appos" and t.left_edge.i == name.end + 1 and t.head.i < name.start
        ]
    return found


def _lists_another_thing(token: Token) -> bool:
    """A conjunct that is a name or a thing of its own ("and a few senators").

    A second title is not one ("executive chairman of Acme and a former FEMA administrator").
    """
    if token.dep_ != "conj" or is_title_head(token):
        return False
    doc = token.doc
    joined = token.left_edge.i - 1
    if joined < 1 or doc[joined].dep_ != "cc" or doc[joined - 1].text == ",":
        return False  # "Jane Roe, Saturn's general manager, and John Doe": the apposition ends at its comma
    if token.tag_ in {"NNS", "NNPS"} and token.head.tag_ not in {"NNS", "NNPS"}:
        return True  # "Joseph McStay, his wife and two little boys" (not "both lawyers and activists")
    kin = token.lemma_ in _KIN and any(d.dep_ == "poss" for d in token.children)  # "and his son" (not "his friend")
    return bool(token.ent_type_) or kin or any(d.dep_ in {"det", "nummod"} for d in token.children)


_KIN = frozenset({"wife", "husband", "son", "daughter", "child", "mother", "father", "brother", "sister", "family"})


def _role_words(head: Token) -> list[Token] | None:
    """The words of the role that `head` heads (an apposition, a predicate noun), or None if it names a person.

    The role stops at a relative clause, a second apposition or a coordinated role or person ("the CEO of GM,
    which filed ...", "Saturn's general manager, and Tom LaSorda", "director of the FAA and Ann Cole"). A full
    name left inside is a second person ("the adviser Jane Roe"), except as the object of a preposition ("adviser
    to Bill and Hillary Clinton") or the possessor ("Jane Roe's attorney"): those are part of the role.
    """
    doc = head.doc
    cut = {t.i for c in head.subtree if c != head and _ends_a_role(c, head) for t in c.subtree}
    in_phrases = {t.i for c in head.children if c.dep_ == "prep" for t in c.subtree}
    if any(
        e.label_ == "PERSON"
        and len(e) > 1
        and e.start >= head.left_edge.i
        and e.end <= head.right_edge.i + 1
        and e.root.dep_ != "poss"
        and not cut & set(range(e.start, e.end))
        and not set(range(e.start, e.end)) <= in_phrases
        for e in doc.ents
    ):
        return None
    words = [t for t in head.subtree if t.i not in cut and not (t.i == head.left_edge.i and t.dep_ == "det")]
    kept = {t.i for t in words}
    words = [t for t in words if not t.is_punct or t.text in {"-", "‐"} or _separates_a_list(t, kept)]
    while words and _left_hanging(words[-1], {t.i for t in words}):
        words.pop()  # "director of the observatory and co-[chair ...]": the parse split the second title
    if len(words) > _LONGEST_ROLE:
        # "a top national security aide to Vice President Pence [on Trump's July 25 phone call with ...]": a long
        # apposition's role is its title with the first phrase that completes it; what follows is about something else
        later = [c for c in head.children if c.dep_ == "prep" and c.i > head.i][1:]
        dropped = {t.i for c in later for t in c.subtree}
        words = [t for t in words if t.i not in dropped]
    return words if 0 < len(words) <= _LONGEST_ROLE else None


def _left_hanging(token: Token, kept: set[int]) -> bool:
    """A last word that promises more: "and", a hyphen, or the prefix before a hyphen the role does not keep."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    before_a_hyphen = following is not None and following.text in {"-", "‐"} and following.i not in kept
    return token.text in {"-", "‐"} or token.lower_ in {"and", "or", "&"} or before_a_hyphen


def _separates_a_list(comma: Token, kept: set[int]) -> bool:
    """ "attorney, commentator and defender of ...": a comma between two titles of the role stays."""
    doc = comma.doc
    following = doc[comma.i + 1] if comma.i + 1 < len(doc) else None
    return (
        comma.text == ","
        and comma.i - 1 in kept
        and following is not None
        and following.i in kept
        and following.dep_ == "conj"
    )


def _ends_a_role(token: Token, head: Token) -> bool:
    """A relative clause, a second apposition or a coordination, which the role headed by `head` stops before.

    A coordination deeper inside the role is part of it ("adviser to Bill and Hillary Clinton") unless it adds a
    person to something else ("director of the FAA and Ann Cole"), and so is a bare second title ("CEO and
    founder of Acme", "the museum's president and director", not "and a former mayor"); "and" inside a
    capitalised name never ends a role ("director of the Commission for Rights and Freedoms", "Research and
    Advocacy Director").
    """
    if token.dep_ in {"relcl", "acl", "appos"}:
        return True
    if token.dep_ not in {"conj", "cc"} or _joins_a_name(token):
        return False
    if token.dep_ == "cc":
        conj = next((c for c in token.head.children if c.dep_ == "conj" and c.i > token.i), None)
        return conj is not None and _ends_a_role(conj, head)
    if token.head == head:  # a bare second title goes on: "CEO and founder of Ceres Robotics"
        own_article = any(c.dep_ in {"det", "poss"} for c in token.children)  # "and a former city manager"
        return own_article or token.ent_type_ == "PERSON" or not is_title_head(token)
    return token.ent_type_ == "PERSON" and token.head.ent_type_ != "PERSON"


def _joins_a_name(token: Token) -> bool:
    """ "and" between two capitalised words of one name, or the second of those words; a person's name is never one."""
    doc = token.doc
    if token.dep_ == "cc":
        before, after = token.i - 1, token.i + 1
    else:
        before, after = token.i - 2, token.i
        if before < 0 or doc[token.i - 1].dep_ != "cc":
            return False
    if before < 0 or after >= len(doc) or doc[before + 1].lower_ not in {"and", "&"}:
        return False
    return all(doc[i].is_title and not _in_a_full_name(doc[i]) for i in (before, after))


def _in_a_full_name(token: Token) -> bool:
    """Part of a person's name of two or more words (a lone capitalised word tagged PERSON is often not one)."""
    if token.ent_type_ != "PERSON":
        return False
    doc = token.doc
    return token.ent_iob_ == "I" or (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I")
