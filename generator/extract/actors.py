"""Actors: people, organisations and places named in an article, cleaned up, with roles and salience cues.

Each mention is cleaned by general rules about news text: possessives and "the"/"then-" stripped, hyphenated
names kept whole ("Moon Jae-in"), title fragments ("Defense" in "Defense Minister") dropped, coordinated places
("North and South Korea") split. Aliasing across mentions and articles happens in `generator.merge`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.extract.clauses import tokens_text
from generator.extract.cues import (
    DEPARTMENT_WORDS,
    ORGANIZATION_SUFFIXES,
    PLACE_ALIASES,
    STREET_WORDS,
    TIME_ZONES,
    TITLE_WORDS,
)
from generator.ingest.text import CREDIT_LINE
from generator.model import ActorKind, Citation

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from generator.nlp.parse import ParsedArticle

KINDS = {
    "PERSON": ActorKind.PERSON,
    "ORG": ActorKind.ORGANIZATION,
    "GPE": ActorKind.PLACE,
    "LOC": ActorKind.PLACE,
    "FAC": ActorKind.PLACE,
}
_COORDINATED = re.compile(r"^(?P<a>[A-Z][\w.]*) and (?P<b>[A-Z][\w.]*) (?P<head>[A-Z][\w.]*)$")
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorMention:
    """One mention of a named actor in one sentence."""

    name: str
    """The cleaned surface form ("Kim", "Vladimir Putin", "United States")."""
    kind: ActorKind
    role: str | None = None
    """A title or apposition the text gives at this mention ("Kremlin spokesman")."""
    is_subject: bool = False
    is_description: bool = False
    """The role comes from a definite description ("the North Korean leader") taken to refer to this person."""
    parts: tuple[str, ...] = ()
    """For a hyphenated name ("Putin-Kim", "Kim Jong-Un"), its pieces: merge counts the pieces as separate
    actors when the whole is unknown and every piece is a known actor ("Putin-Kim meeting")."""
    citation: Citation


def find_actors(parsed: ParsedArticle) -> Iterator[ActorMention]:
    """Yield one mention per cleaned named entity in the article's body sentences.

    The statistical NER misses some repeat mentions ("Later, Ardern met ...") and mislabels others ("Ardern's
    office" as an organisation); a proper noun that repeats the first or last name of a person named in full in
    the same article is taken as a mention of that person.
    """
    article = parsed.article.id
    names = _person_name_parts(parsed)
    recent: list[ActorMention] = []
    paragraphs = parsed.article.text.split("\n\n")
    for sentence, span in parsed.numbered():
        paragraph = paragraphs[sentence.paragraph] if sentence.paragraph < len(paragraphs) else sentence.text
        if len(paragraph.split()) <= 30 and CREDIT_LINE.search(paragraph):
            continue  # "Reporting by Jane Roe; Editing by John Doe": the newsroom, not the story
        citation = Citation(article, sentence.number, sentence.text)
        for description in _descriptions(span):
            if (person := _referent(description, recent, names)) is not None:
                yield ActorMention(
                    name=person.name, kind=ActorKind.PERSON, role=description, is_description=True, citation=citation
                )
        for mention in _sentence_mentions(span, parsed.ents_within(span.start, span.end), names, citation):
            if mention.kind is ActorKind.PERSON:
                recent.append(mention)
            yield mention


def _sentence_mentions(
    span: Span, ents: Iterable[Span], names: frozenset[str], citation: Citation
) -> Iterator[ActorMention]:
    for ent in ents:
        kind = KINDS.get(ent.label_)
        if kind is None:
            continue
        if kind is not ActorKind.PERSON and ent.text.removesuffix("’s").removesuffix("'s") in names:
            kind = ActorKind.PERSON
        yield from _mentions(ent, kind, citation)
    for token in span:
        # "Sand blamed the union": a sentence-initial surname may be tagged as a common noun.
        if (
            token.ent_iob_ == "O"
            and token.text in names
            and (token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.is_title and token.i == token.sent.start))
        ):
            yield ActorMention(
                name=token.text,
                kind=ActorKind.PERSON,
                is_subject=token.dep_ == "nsubj",
                citation=citation,
            )


def _descriptions(span: Span) -> Iterator[str]:
    """Definite descriptions of a person by office and nationality: "the North Korean leader".

    Only a subject that is not followed by a name (that would be a title, handled by `find_role`).
    """
    for token in span:
        if token.dep_ not in {"nsubj", "nsubjpass"} or token.lower_ not in TITLE_WORDS or token.pos_ != "NOUN":
            continue
        left = list(token.lefts)
        if not left or left[0].lower_ != "the":
            continue
        modifiers = [t for t in token.subtree if left[0].i < t.i < token.i]
        if not modifiers or not any(t.ent_type_ in {"NORP", "GPE"} for t in modifiers):
            continue
        if any(t.pos_ in {"DET", "PRON", "NUM"} or t.ent_type_ == "PERSON" for t in modifiers):
            continue
        yield tokens_text([*modifiers, token])


def _referent(description: str, recent: list[ActorMention], names: frozenset[str]) -> ActorMention | None:
    """The most recently named person whose known roles do not name a different country or people.

    Only people named in full somewhere in the article qualify (a place mislabelled as a person does not).
    """
    place_words = {w for w in description.replace("-", " ").split() if w[:1].isupper()}
    seen: set[str] = set()
    for mention in reversed(recent[-12:]):
        if mention.name in seen or not set(mention.name.replace("-", " ").split()) & names:
            continue
        seen.add(mention.name)
        roles = [m.role for m in recent if m.role and (m.name == mention.name)]
        other_places = {w for r in roles for w in r.replace("-", " ").split() if w[:1].isupper()} - _TITLE_CASE
        if other_places and not other_places & place_words:
            continue
        return mention
    return None


_TITLE_CASE = frozenset(w.capitalize() for w in TITLE_WORDS) | {"Then"}


def _person_name_parts(parsed: ParsedArticle) -> frozenset[str]:
    """First and last names of the people named in full (two or more words) in the article."""
    parts = set()
    for ent in parsed.ents:
        if ent.label_ == "PERSON" and (cleaned := clean_entity(ent)) is not None and len(cleaned) > 1:
            words = tokens_text(cleaned).replace("-", " ").split()
            parts.update({words[0], words[-1]})
    return frozenset(p for p in parts if p[:1].isupper() and len(p) > 1)


def entity_name(ent: Span) -> tuple[Span, str] | None:
    """The cleaned tokens and text of a named entity, or None when it is not an actor's name."""
    kind = KINDS.get(ent.label_)
    tokens = clean_entity(ent)
    if kind is None or tokens is None:
        return None
    name = tokens_text(tokens)
    if not _is_name(name) or _is_title_fragment(tokens, kind) or name in TIME_ZONES:
        return None
    return tokens, name


def _mentions(ent: Span, kind: ActorKind, citation: Citation) -> Iterator[ActorMention]:
    cleaned = entity_name(ent)
    if cleaned is None:
        return
    tokens, name = cleaned
    if name.split()[-1].lower() in ORGANIZATION_SUFFIXES and len(name.split()) > 1:
        kind = ActorKind.ORGANIZATION
    elif kind is ActorKind.PERSON and name.split()[-1].lower() in STREET_WORDS and len(name.split()) > 1:
        kind = ActorKind.PLACE
    is_subject = tokens.root.dep_ in {"nsubj", "nsubjpass"}
    parts: tuple[str, ...] = ()
    if kind is ActorKind.PERSON and "-" in name and all(p[:1].isupper() for p in name.split("-")):
        parts = tuple(name.split("-"))
    if kind is ActorKind.PLACE and (match := _COORDINATED.match(name)):
        for first in (match["a"], match["b"]):
            yield ActorMention(name=f"{first} {match['head']}", kind=kind, citation=citation)
        return
    name = PLACE_ALIASES.get(name.lower(), name) if kind is not ActorKind.PERSON else name
    role = find_role(tokens) if kind is ActorKind.PERSON else None
    yield ActorMention(name=name, kind=kind, role=role, is_subject=is_subject, parts=parts, citation=citation)


_HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "miss"})


def clean_entity(ent: Span) -> Span | None:
    """The entity without possessives, leading "the" or trailing punctuation; hyphenated names made whole.

    A person's name also loses an honorific that the model took in ("Dr Hay", British style, without a full stop),
    so that "Dr Hay" and "Alan Hay" are one actor.
    """
    doc: Doc = ent.doc
    start, end = ent.start, ent.end
    for token in ent:
        if token.text in _POSSESSIVE or token.tag_ == "POS":
            end = token.i
            break
    # "Moon Jae" + "-" + "in": extend over hyphen-joined pieces written without spaces.
    while (
        end + 1 < len(doc)
        and doc[end].text in {"-", "‐"}
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
    ):
        end += 2
    while start < end and (doc[start].lower_ in {"the", "then"} or doc[start].is_punct):
        start += 1
    while ent.label_ == "PERSON" and start < end - 1 and doc[start].lower_ in _HONORIFICS:
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    if start >= end:
        return None
    return doc[start:end]


def _is_name(name: str) -> bool:
    return len(name) >= 2 and any(c.isupper() for c in name) and not any(c.isdigit() for c in name)


def _is_title_fragment(tokens: Span, kind: ActorKind) -> bool:
    """ "Defense" in "Russian Defense Minister Sergei Shoigu" is part of a title, not an organisation."""
    if kind is ActorKind.PERSON or len(tokens) != 1:
        return False
    token = tokens[0]
    if token.lower_ not in DEPARTMENT_WORDS:
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    before = token.doc[token.i - 2 : token.i] if token.i >= 2 else None
    # "Defense Minister ...", and "Secretary of Defense"
    return (following is not None and following.lower_ in TITLE_WORDS) or (
        before is not None and before[1].lower_ == "of" and before[0].lower_ in TITLE_WORDS
    )


def find_role(name: Span) -> str | None:
    """The role the text gives at this mention: a title before the name, or an apposition after it.

    "Kremlin spokesman Dmitry Peskov" → "Kremlin spokesman"; "then-US President Donald Trump" →
    "then-US President"; "Jake Sullivan, the national security adviser" → "national security adviser".
    """
    return _title_before(name) or _apposition(name) or _title_apposed(name) or _relative_role(name)


def _title_before(name: Span) -> str | None:
    doc = name.doc
    if (holding := _title_holding_the_name(name)) is not None:
        return holding
    sentence_start = name.sent.start
    left = name.start
    inside = set(range(name.start, name.end))
    while left - 1 >= sentence_start:
        token = doc[left - 1]
        attached = token.head.i in inside and token.head.i > token.i
        if not attached and (phrase := _phrase_title(token, left, inside)) is not None:
            # "Secretary of State Mike Pompeo", "U.S. Ambassador to the European Union Gordon Sondland"
            inside |= set(range(phrase.i, left))
            left = phrase.i
            continue
        if not attached or token.dep_ not in {"compound", "amod", "nmod", "punct", "advmod", "npadvmod"}:
            break
        if token.dep_ == "punct" and token.text not in {"-", "‐"}:
            break
        if token.dep_ == "advmod" and token.lower_ != "then":
            break
        inside.add(token.i)
        left -= 1
    end = name.start  # "WHO flu expert Dr Keiji Fukuda": the title ends before the honorific
    while end > left and doc[end - 1].lower_ in _HONORIFICS:
        end -= 1
    if left == end:
        return None
    heads = [t for t in doc[left:end] if t.head.i >= name.start]
    title_head = heads[-1] if heads else doc[end - 1]
    if not _is_title_head(title_head, in_phrase=end - left > 1):
        return None
    words = doc[left:end]
    if any(t.ent_type_ == "PERSON" and t.i > title_head.i for t in words):
        return None  # a name after the title word is another person's ("President Biden Kamala Harris")
    return tokens_text(words) or None


def _title_holding_the_name(name: Span) -> str | None:
    """ "U.S. Ambassador to the European Union Gordon Smith", parsed as the ambassador to [... Gordon Smith]."""
    preposition = name.root.head
    if name.root.dep_ != "pobj" or preposition.dep_ != "prep" or preposition.i >= name.start:
        return None
    title = preposition.head
    if title.i > preposition.i or not (title.lower_ in TITLE_WORDS or (title.is_title and _is_title_head(title))):
        return None
    between = name.doc[preposition.i + 1 : name.start]
    if not between or not all(t.pos_ == "PROPN" or t.dep_ == "det" for t in between):
        return None
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
        if node.dep_ == "prep" and head.head.i in inside and _is_title_head(head, in_phrase=True):
            span = range(head.i, left)
            if all(head in doc_token.ancestors or doc_token == head for doc_token in (token.doc[i] for i in span)):
                return head
            return None
        node = head
    return None


def _relative_role(name: Span) -> str | None:
    """ "Paul Begala, who was a longtime adviser to the president": a relative clause that says what the person is."""
    for clause in name.root.children:
        if clause.dep_ != "relcl" or clause.lemma_ != "be" or clause.i < name.end:
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in {"who", "that"} for c in clause.children):
            continue
        for attribute in clause.children:
            if attribute.dep_ != "attr" or attribute.pos_ != "NOUN" or not _is_title_head(attribute):
                continue
            words = [t for t in attribute.subtree if not (t.dep_ == "det" and t.head == attribute)]
            if any(t.ent_type_ == "PERSON" for t in words) or not 0 < len(words) <= 10:
                return None
            return tokens_text(words).strip(" ,")
    return None


def _title_apposed(name: Span) -> str | None:
    """ "the Prime Minister of Singapore, Mr. Lee Hsien Loong": the name is in apposition to a title."""
    head = name.root.head
    if name.root.dep_ != "appos" or head.lower_ not in TITLE_WORDS or head.i > name.start:
        return _title_before_comma(name)
    inside = set(range(name.start, name.end))
    words = [t for t in head.subtree if t.i < name.start and t.i not in inside]
    words = [t for t in words if not (t.dep_ == "det" and t.head == head) and t.lower_ not in _HONORIFICS]
    while words and (words[-1].is_punct or words[-1].lower_ in _HONORIFICS):
        words.pop()
    if not words or len(words) > 10 or any(t.ent_type_ == "PERSON" for t in words):
        return None
    return tokens_text(words)


def _title_before_comma(name: Span) -> str | None:
    """The same pattern read from the words when the parser attached the name elsewhere.

    "the Prime Minister of Singapore, Lee Hsien Loong" and "Carlineo's attorney, Sonya Zoghlin": a title (with a
    named owner, if any) just before a comma and the name.
    """
    doc = name.doc
    index = name.start - 1
    while index >= 0 and doc[index].lower_ in _HONORIFICS:
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
    if not (any(t.lower_ in TITLE_WORDS for t in words) or (owned and _is_title_head(head))):
        return None
    return tokens_text(words)


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


def _is_title_head(token: Token, *, in_phrase: bool = False) -> bool:
    """A word that can head a title: a known title, or a noun of office ("spokesman", "manager").

    A capitalised noun of office counts only inside a longer title ("NASA Administrator"), where it cannot be a
    name the model left out ("Walker").
    """
    if token.lower_ in TITLE_WORDS:
        return True
    capitalised = token.pos_ in {"NOUN", "PROPN"} and token.is_title and in_phrase
    return (capitalised or (token.pos_ == "NOUN" and token.text.islower())) and token.lower_.endswith(_TITLE_SUFFIXES)


def _apposition(name: Span) -> str | None:
    for child in name.root.children:
        if child.dep_ != "appos" or child.i < name.end or child.ent_type_:
            continue
        # Stop at a relative clause, a second apposition or a coordinated person:
        # "the CEO of GM, which filed ...", "Saturn's general manager, and Tom LaSorda".
        cut = {
            t.i
            for c in child.subtree
            if c != child and c.dep_ in {"relcl", "acl", "appos", "conj", "cc"}
            for t in c.subtree
        }
        in_phrases = {t.i for c in child.children if c.dep_ == "prep" for t in c.subtree}
        if any(
            e.label_ == "PERSON"
            and len(e) > 1
            and e.start >= child.left_edge.i
            and e.end <= child.right_edge.i + 1
            and not cut & set(range(e.start, e.end))
            and not set(range(e.start, e.end)) <= in_phrases
            for e in child.doc.ents
        ):
            continue  # a full name inside is a second person, not a role ("adviser to Bill Clinton" is a role)
        words = [t for t in child.subtree if t.i not in cut and not (t.i == child.left_edge.i and t.dep_ == "det")]
        words = [t for t in words if not t.is_punct or t.text in {"-", "‐"}]
        is_title = child.pos_ == "NOUN" or (child.pos_ == "PROPN" and child.lower_ in TITLE_WORDS)
        if 0 < len(words) <= 10 and is_title:
            return tokens_text(words).strip(" ,")
    return None
