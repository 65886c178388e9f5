"""Titles: a title or office written before a person's name, and the words that can head one.

"Kremlin spokesman Dmitry Peskov", "Sens. Warren and Sanders", "the company's chief executive, Jane Doe": the title
runs back from the name over the words that can belong to an office. `roles` reads the other ways a text says
what a person is (appositions, relative clauses) and calls this module first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.extract.line_text import tokens_text
from generator.extract.name_cues import HONORIFICS, OCCUPATION_WORDS, OFFICE_LOOKALIKES, PLURAL_TITLES, TITLE_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


PLACE_NOUNS = frozenset({"county", "city", "state", "country", "province", "region", "town", "nation"})


def without_possessive(ent: Span) -> Span | None:
    end = ent.end
    while end > ent.start and (ent.doc[end - 1].tag_ == "POS" or ent.doc[end - 1].is_punct):
        end -= 1
    start = ent.start + (ent.doc[ent.start].lower_ == "the")
    return ent.doc[start:end] if end > start else None


def title_before(name: Span) -> str | None:
    doc = name.doc
    if (holding := _title_holding_the_name(name)) is not None:
        return holding
    sentence_start = name.sent.start
    left = name.start
    inside = set(range(name.start, name.end))
    owned_by: Span | None = None
    while left - 1 >= sentence_start:
        token = doc[left - 1]
        attached = token.head.i in inside and token.head.i > token.i
        if not attached and (phrase := _phrase_title(token, left, inside)) is not None:
            # "Secretary of State Mike Pompeo", "U.S. Ambassador to the European Union Gordon Sondland"
            inside |= set(range(phrase.i, left))
            left = phrase.i
            continue
        if _joins_a_word(token) and left - 1 > sentence_start and left < name.start:
            inside |= {left - 2, left - 1}  # "co-host", split by the tokenizer and misparsed
            left -= 2
            continue
        owner = token.head
        if token.tag_ == "POS" and owner.dep_ == "poss" and owner.head.i in inside and owner.pos_ != "PRON":
            # "the company's billionaire founder Jane Roe", "Clara Vance's attorney John Doe": the title's owner
            first = owner.left_edge.i + (owner.left_edge.dep_ == "det")
            if first < sentence_start or first >= left:
                break
            inside |= set(range(first, left))
            left = first
            continue
        if (opening := _quoted_name(doc, left - 1, sentence_start)) is not None and left < name.start:
            left = opening  # "“Mrs Maisel” actress Alex Borstein"
            continue
        if (entity := _organisation_before(token, inside)) is not None:
            inside |= set(range(entity.start, left))  # "Department of Correction spokesman Jason Kersten"
            left = entity.start
            continue
        if (joined := _first_title_joined(token, name)) is not None:
            inside |= set(range(joined, left))  # "Salesforce founder and co-CEO Marc Benioff"
            left = joined
            continue
        if not attached or token.dep_ not in {"compound", "amod", "nmod", "punct", "advmod", "npadvmod", "poss"}:
            break
        if token.dep_ == "poss" and token.pos_ == "PRON":
            # "his lawyer Jane Roe": a relation to someone, a title only when the sentence says whose
            owned_by = pronoun_owner(token, name)
            break
        if token.dep_ == "punct" and (token.text not in {"-", "‐"} or _spaced(token)):
            break  # "the industry's newcomers - Amazon founder Jeff Bezos": a spaced dash ends the title
        if token.dep_ == "advmod" and token.lower_ != "then":
            break
        inside.add(token.i)
        left -= 1
    end = name.start  # "WHO flu expert Dr Keiji Fukuda": the title ends before the honorific
    while end > left and doc[end - 1].lower_ in HONORIFICS:
        end -= 1
    if left == end:
        return None
    heads = [t for t in doc[left:end] if t.head.i >= name.start]
    title_head = heads[-1] if heads else doc[end - 1]
    if not is_title_head(title_head, in_phrase=end - left > 1):
        return None
    words = doc[left:end]
    if any(t.ent_type_ == "PERSON" and t.i > title_head.i for t in words):
        return None  # a name after the title word is another person's ("President Biden Kamala Harris")
    title = tokens_text(words)
    return owned(owned_by, title) if owned_by is not None and title else title or None


def owned(owner: Span, title: str) -> str:
    """ "Scooter Braun’s business partner": the title with its owner's name (the apostrophe the text uses)."""
    mark = "’" if "’" in owner.doc.text else "'"
    return f"{owner.text}{mark}s {title}"


def pronoun_owner(pronoun: Token, name: Span) -> Span | None:
    """Whom "his" or "her" stands for before a title: the one name before it, the subject of the title's clause.

    "Scooter Braun is unhappy with the way his business partner Scott Borchetta handled it" → Scooter Braun (the
    small model may type him ORG: "his" says a person). Not in words reported from someone ("Mary Jones said his
    lawyer ..."): "his" may be someone the sentence does not name.
    """
    if pronoun.lower_ not in {"his", "her"}:
        return None
    before = [e for e in name.sent.ents if e.label_ in {"PERSON", "ORG"} and e.end <= pronoun.i]
    if len({e.text for e in before}) != 1 or before[-1].root.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    owner = before[-1]
    clause = owner.root.head
    path = [pronoun, *pronoun.ancestors]
    if clause not in path or any(t.dep_ == "ccomp" for t in path[: path.index(clause)]):
        return None
    return owner


def _organisation_before(token: Token, inside: set[int]) -> Span | None:
    """An organisation named before the title, which the parse split: "Department of Correction spokesman"."""
    if token.ent_type_ not in {"ORG", "GPE", "NORP"}:
        return None
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if entity is None or entity.end != token.i + 1 or len(entity) < 2:
        return None
    root = entity.root
    return entity if root.head.i in inside and root.dep_ in {"compound", "nmod", "amod"} else None


def _first_title_joined(token: Token, name: Span) -> int | None:
    """Where a first title joined to this one by "and" begins: "Salesforce founder and co-CEO Marc Benioff".

    The parse makes the name a conjunct of the first title; the title before "and" and its modifiers join the role.
    """
    doc = token.doc
    if token.lower_ not in {"and", "&"} or token.i < 1 or name.root.dep_ != "conj":
        return None
    first = doc[token.i - 1]
    if name.root.head != first or not is_title_head(first) or first.tag_ in {"NNS", "NNPS"}:
        return None
    if any(c.dep_ in {"det", "poss"} for c in first.children):
        return None  # "the mayor and Governor Jane Roe": two people
    modifiers = [c.i for c in first.children if c.dep_ in {"compound", "amod"} and c.i < first.i]
    return min(modifiers, default=first.i)


def _spaced(token: Token) -> bool:
    """A dash with space on both sides: punctuation between phrases, not a hyphen inside a title ("then-")."""
    return bool(token.whitespace_) and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)


def _joins_a_word(token: Token) -> bool:
    """A hyphen inside a word, with letters on both sides and no space ("co-host", "vice-chair")."""
    doc = token.doc
    if token.text not in {"-", "‐"} or token.whitespace_ or token.i == 0 or token.i + 1 >= len(doc):
        return False
    before = doc[token.i - 1]
    return not before.whitespace_ and before.is_alpha and doc[token.i + 1].is_alpha


_NOT_IN_TITLES = frozenset({"PERSON", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
"""Entity types no title contains: a name before the title word is another person ("Biden aide" is not)."""
_CLOSED_CLASSES = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "PRON", "AUX", "PART", "NUM", "PUNCT", "SYM", "INTJ"})
_OBJECT_PREPOSITIONS = frozenset({"to", "of", "for", "at", "on"})


def title_by_words(name: Span) -> str | None:
    """The title just before the name, read from the words when the parse did not attach it to the name.

    A long sentence can lose the attachment ("He said that he, Trade Secretary John Doe and ..."): the words
    right before the name are still a title when the last of them heads one and those before it only modify it
    (capitalised words, adjectives, nouns, "then-"); "British Envoy to the United Nations Jane Roe" ends in the
    object of the title instead.
    """
    doc = name.doc
    start = name.sent.start
    end = name.start
    while end > start and doc[end - 1].lower_ in HONORIFICS:
        end -= 1
    if end <= start:
        return None
    head = _title_object_head(doc, end - 1, start)
    in_object = head is not None
    if head is None:
        head = end - 1
    if doc[head].ent_type_ in _NOT_IN_TITLES:
        return None
    left = _title_start(doc, head, end, start)
    if left is None or not is_title_head(doc[head], in_phrase=in_object or head > left):
        return None
    return tokens_text(doc[left:end]) or None


def _title_start(doc: Doc, head: int, end: int, start: int) -> int | None:
    """Where the title whose last word is `head` begins, walking back over the words that modify it.

    None when a possessive pronoun comes first: "our big brother Jane", "her co-star John Doe" are relations to
    someone, not roles.
    """
    left = head
    while left - 1 >= start and end - left < 10:
        if _modifies_a_title(doc[left - 1]):
            left -= 1
        elif (opening := _quoted_name(doc, left - 1, start)) is not None:
            left = opening  # "“Morning Edition” host Jane Roe"
        else:
            break
    return None if left - 1 >= start and doc[left - 1].tag_ == "PRP$" else left


def shared_title(name: Span) -> str | None:
    """A plural title before a list of names gives each of them its singular.

    "Sens. Jane Roe and John Doe" → "Sen." for both; "Committee members Jane Roe, D-Ohio, and John Doe" →
    "Committee member"; "Defendants Jane Roe, 30, of Dover; and John Doe" → "defendant"; "Headliners include
    Jane Roe and John Doe" → "headliner". The list is read from the parse: the name is the first, or a conjunct of
    the first.
    """
    doc = name.doc
    title = _shared_title_by_parse(name)
    if title is None and (first := _list_start_by_words(name)) is not None:
        # the parse lost the list ("Sens. Jane Roe (D-Md.), John Doe (D-Va.) and ..."): read it from the words
        title = _plural_title(doc, first, name.sent.start)
    return title


def _shared_title_by_parse(name: Span) -> str | None:
    doc = name.doc
    anchor = _first_of_list(name.root)
    if anchor.ent_type_ != "PERSON":
        return None
    if anchor.dep_ == "dobj" and anchor.head.lemma_ == "include":
        subject = next((c for c in anchor.head.children if c.dep_ == "nsubj" and c.i < anchor.head.i), None)
        return None if subject is None else _plural_title(doc, subject.i + 1, name.sent.start)
    first = anchor.i
    while first > name.sent.start and doc[first].ent_iob_ == "I":
        first -= 1
    return _plural_title(doc, first, name.sent.start)


def _list_start_by_words(name: Span) -> int | None:
    """Where the list of names that `name` ends begins, read from the words.

    Names, commas, "and", and short bracketed details ("(D-Md.)"); None when `name` is not a later item of a list.
    """
    doc, start = name.doc, name.sent.start
    i, items = name.start - 1, 0
    while i >= start:
        token = doc[i]
        if token.text == ")":
            opening = next((j for j in range(i - 1, max(start, i - 8) - 1, -1) if doc[j].text == "("), None)
            if opening is None:
                return None
            i = opening - 1
        elif token.ent_type_ == "PERSON":
            items += token.ent_iob_ == "B"
            i -= 1
        elif token.text == "," or token.lower_ == "and":
            i -= 1
        else:
            break
    first = i + 1
    return first if items and doc[first].ent_type_ == "PERSON" else None


def _first_of_list(token: Token) -> Token:
    """The first name of the list that `token` (a name's root) is a later item of, or `token` itself.

    A later item may hang from the details of the one before: "Jane Roe, 30, of Dover; John Doe" (from "Dover"),
    "Jane Roe, D-Ohio, and John Doe" (from "Ohio"); the way back passes through those details only.
    """
    if token.dep_ != "conj" or token.head.i > token.i:
        return token
    node = token.head
    for _ in range(8):
        detail = node.ent_type_ != "PERSON" and node.dep_ in {"appos", "pobj", "prep"}
        if node.head.i >= node.i or not (node.dep_ == "conj" or detail):
            break
        node = node.head
    return node


def _plural_title(doc: Doc, end: int, start: int) -> str | None:
    """The singular of a plural title that ends just before `end` ("Sens.", "Committee members"), or None."""
    head = end - 1
    if head > 0 and doc[head].text == "." and doc[head - 1].lower_ in PLURAL_TITLES:
        # "Sens" "." as the tokenizer splits it; the parser may even end a sentence there
        return PLURAL_TITLES[doc[head - 1].lower_]
    if head < start:
        return None
    if doc[head].lower_.rstrip(".") in PLURAL_TITLES:
        return PLURAL_TITLES[doc[head].lower_.rstrip(".")]
    token = doc[head]
    singular = token.lemma_.lower()
    if singular == token.lower_ and token.tag_ == "NNPS":
        singular = token.lower_.removesuffix("s")  # "Headliners" taken for a proper noun is not lemmatised
    if token.tag_ not in {"NNS", "NNPS"} or singular == token.lower_ or not _is_office_word(singular):
        return None
    if token.is_title and not token.is_sent_start:
        singular = singular.capitalize()  # "Senators", but "Defendants" opening a sentence is a common noun
    left = _title_start(doc, head, end, start)
    if left is None:
        return None
    return "".join([*(t.text_with_ws for t in doc[left:head]), singular]) if left < head else singular


QUOTES = frozenset({'"', "“", "”", "''", "``"})


def _quoted_name(doc: Doc, closing: int, start: int) -> int | None:
    """Where a quoted title of a work ("“Morning Edition”") that ends at `closing` opens, else None."""
    if doc[closing].text not in QUOTES:
        return None
    for opening in range(closing - 1, max(start, closing - 8) - 1, -1):
        if doc[opening].text in QUOTES:
            inside = doc[opening + 1 : closing]
            return opening if len(inside) and (inside[0].is_title or inside[0].is_upper) else None
    return None


def _title_object_head(doc: Doc, last: int, start: int) -> int | None:
    """The title word of "Envoy to the United Nations" when `last` ends such a named object, else None."""
    token = doc[last]
    if token.ent_type_ not in {"ORG", "GPE", "LOC", "NORP", "FAC"}:
        return None
    first = last
    while first - 1 >= start and doc[first - 1].ent_type_ == token.ent_type_ and doc[first].ent_iob_ != "B":
        first -= 1
    if first - 1 >= start and doc[first - 1].lower_ == "the":
        first -= 1
    if first - 2 < start or doc[first - 1].lower_ not in _OBJECT_PREPOSITIONS:
        return None
    title = doc[first - 2]
    if not is_title_head(title, in_phrase=True) or not (title.is_title or title.is_lower):
        return None
    return title.i


def _modifies_a_title(token: Token) -> bool:
    """A word that can stand before a title word inside the title: "former", "Energy", "U.S.", "then-"."""
    if token.ent_type_ in _NOT_IN_TITLES or token.lower_ in HONORIFICS:
        return False
    if token.text in {"-", "‐"}:
        return not _spaced(token)
    if token.lower_ == "then":
        return True
    if token.pos_ in _CLOSED_CLASSES:
        return False
    if token.is_title or token.is_upper:
        return True
    return token.pos_ in {"ADJ", "NOUN", "PROPN"} or (
        token.tag_ in {"VBG", "VBN"} and token.dep_ in {"amod", "compound"}
    )


def _title_holding_the_name(name: Span) -> str | None:
    """ "U.S. Ambassador to the European Union Gordon Smith", parsed as the ambassador to [... Gordon Smith]."""
    preposition = name.root.head
    if name.root.dep_ != "pobj" or preposition.dep_ != "prep" or preposition.i >= name.start:
        return None
    title = preposition.head
    if title.i > preposition.i or not (title.lower_ in TITLE_WORDS or (title.is_title and is_title_head(title))):
        return None
    between = name.doc[preposition.i + 1 : name.start]
    if not between or not all(t.pos_ == "PROPN" or t.dep_ == "det" for t in between):
        return None
    if is_title_head(between[-1], in_phrase=True):
        return None  # "an aide to Vice President Mark Doe": the words before the name are his own title
    words = name.doc[title.left_edge.i : name.start]
    if len(words) > 10 or any(t.ent_type_ == "PERSON" for t in words):
        return None
    return tokens_text(words)


def _phrase_title(token: Token, left: int, inside: set[int]) -> Token | None:
    """The title word whose prepositional phrase ends at `token` ("Ambassador" for "... to the European Union")."""
    node = token
    for _ in range(6):
        head = node.head
        if head.i == node.i or head.i >= left:
            return None
        if node.dep_ == "prep" and head.head.i in inside and is_title_head(head, in_phrase=True):
            span = range(head.i, left)
            if all(head in doc_token.ancestors or doc_token == head for doc_token in (token.doc[i] for i in span)):
                return head
            return None
        node = head
    return None


_TITLE_SUFFIXES = (
    "er",
    "or",
    "man",
    "woman",
    "person",
    "ist",
    "ant",
    "ent",
    "ary",
    "leader",
    "chief",
    "head",
    "aide",
    "counsel",
)


def without_title_prefix(word: str) -> str:
    """A lower-case title without the prefix the tokenizer keeps on it: "co-founder" → "founder"."""
    prefix, hyphen, rest = word.partition("-")
    return rest if hyphen and rest and prefix in {"co", "vice"} else word


def is_office_noun(word: str) -> bool:
    """A lower-case word (a plural's singular, say) that names an office or occupation: "actor", "co-chair"."""
    return word in TITLE_WORDS or _is_office_word(word)


def names_an_office(token: Token) -> bool:
    """The word, inside a longer name, is a title or a noun of office ("Executive", "Collector", "commissioner")."""
    return is_title_head(token, in_phrase=True)


def _is_office_word(word: str) -> bool:
    """A lower-case noun that names an office or occupation: a title, a known occupation, or one by its ending.

    "man", "woman" and "person" end like "spokesman" but say nothing of what the person does; a noun in "-ment"
    ("apartment", "department", "statement") ends like "president" but is never a person.
    """
    word = without_title_prefix(word)
    if word in ANYONE or word in OFFICE_LOOKALIKES or word.endswith("ment"):
        return False
    return word in TITLE_WORDS or word in OCCUPATION_WORDS or word.endswith(_TITLE_SUFFIXES)


ANYONE = frozenset({"man", "woman", "person", "men", "women", "gentleman", "lady"})


def is_title_head(token: Token, *, in_phrase: bool = False) -> bool:
    """A word that can head a title: a known title, or a noun of office ("spokesman", "manager").

    A capitalised noun of office counts only inside a longer title ("NASA Administrator"), where it cannot be a
    name the model left out ("Walker"), or when a known occupation opens the sentence.
    """
    bare = without_title_prefix(token.lower_)  # "co-CEO", "Co-host": the title after the prefix
    if bare in TITLE_WORDS:
        return True
    known = bare in OCCUPATION_WORDS
    if not _is_office_word(token.lower_):
        return False
    if token.pos_ == "NOUN" and token.text.islower():
        return True
    # "Boxer Amir Khan" opens a sentence: a known occupation capitalised there is one ("Co-host" too).
    capitalised = token.is_title or (bare != token.lower_ and token.text[:1].isupper())
    return token.pos_ in {"NOUN", "PROPN"} and capitalised and (in_phrase or (known and bool(token.is_sent_start)))
