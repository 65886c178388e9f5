"""Actors: people, organisations and places named in an article, cleaned up, with roles and salience cues.

Each mention is cleaned by general rules about news text: possessives and "the"/"then-" stripped, hyphenated
names kept whole ("Moon Jae-in"), title fragments ("Defense" in "Defense Minister") dropped, coordinated places
("North and South Korea") split. Aliasing across mentions and articles happens in `generator.merge`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from generator.extract.line_text import tokens_text
from generator.extract.name_cues import (
    DEPARTMENT_WORDS,
    EVENT_WORDS,
    HONORIFICS,
    NAME_PARTICLES,
    OCCUPATION_WORDS,
    ORGANIZATION_SUFFIXES,
    PLACE_ALIASES,
    RANKS,
    STREET_WORDS,
    THING_NOUNS,
    TIME_ZONES,
    TITLE_WORDS,
)
from generator.extract.roles import find_role, without_demographics
from generator.extract.titles import names_an_office, without_title_prefix
from generator.ingest.text import CREDIT_LINE, is_heading
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
    is_reference: bool = False
    """The name stands for a work or a part, not for the person acting: "a Mark Rothko retrospective", "her
    performance as Judy Garland". A person named only so is no actor of the story."""
    is_example: bool = False
    """The name is one of a list of examples: "clients such as A and B", "the likes of A", "guests included A".
    A person named only so, with no role and no words, is named in passing."""
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
        for mention in _mentions(ent, kind, citation):
            yield _without_a_verb(mention, names)
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


def _without_a_verb(mention: ActorMention, names: frozenset[str]) -> ActorMention:
    """ "Questioning Roe's judgment", a crosshead, names Roe: its first word, in "-ing", opens the heading."""
    words = mention.name.split()
    if (
        mention.kind is not ActorKind.PERSON
        or len(words) < 2
        or not words[0].endswith("ing")
        or not is_heading(mention.citation.text)
        or not mention.citation.text.startswith(words[0])
        or not all(w in names for w in words[1:])
    ):
        return mention
    return replace(mention, name=" ".join(words[1:]), role=None)


def _descriptions(span: Span) -> Iterator[str]:
    """Definite descriptions of a person by office and nationality: "the North Korean leader".

    Only a subject or an owner ("the French leader's visit") that is not followed by a name (that would be a
    title, handled by `find_role`).
    """
    for token in span:
        if token.dep_ not in {"nsubj", "nsubjpass", "poss"} or token.lower_ not in TITLE_WORDS or token.pos_ != "NOUN":
            continue
        left = list(token.lefts)
        if not left or left[0].lower_ != "the":
            continue
        modifiers = [t for t in token.subtree if left[0].i < t.i < token.i]
        if not modifiers or not any(t.ent_type_ in {"NORP", "GPE"} for t in modifiers):
            continue
        if any(t.pos_ in {"DET", "PRON", "NUM"} or t.ent_type_ == "PERSON" for t in modifiers):
            continue
        if description := without_demographics(tokens_text([*modifiers, token])):
            yield description


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
        if roles and not any(_office(description) in _offices(r) for r in roles):
            continue  # "the Democratic governor" is not the attorney general named just before
        return mention
    return None


_TITLE_CASE = frozenset(w.capitalize() for w in TITLE_WORDS) | {"Then"}
_SHORT_TITLES = {"gov": "governor", "sen": "senator", "rep": "representative", "pres": "president", "gen": "general"}


def _office(description: str) -> str:
    """The office a description names: its last word ("governor" in "the Democratic governor")."""
    return description.split()[-1].lower()


def _offices(role: str) -> set[str]:
    """The words of a role, abbreviations written out ("Washington Gov." holds "governor")."""
    words = {w.strip(".,").lower() for w in role.replace("-", " ").split()}
    return words | {_SHORT_TITLES[w] for w in words if w in _SHORT_TITLES}


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
    if kind is ActorKind.PERSON and ("/" in name or name.split()[-1].lower() in EVENT_WORDS):
        return None  # "Jane Roe/AFP" credits a photo; "Davis Cup", "Kentucky Derby" are events
    if kind is ActorKind.PERSON and (all(t.lower_ in RANKS for t in tokens) or " - " in name):
        return None  # "Lt Col" is a rank without its name; "Raffle - Islamic" two links of a page's footer
    return tokens, name


def _mentions(ent: Span, kind: ActorKind, citation: Citation) -> Iterator[ActorMention]:
    cleaned = entity_name(ent)
    if cleaned is None:
        return
    tokens, name = cleaned
    if kind is not ActorKind.PERSON and (person := _person_in(tokens)) is not None:
        tokens, name, kind = person, tokens_text(person), ActorKind.PERSON
    name = _unglued(name) if kind is ActorKind.PERSON else name
    if name.split()[-1].lower() in ORGANIZATION_SUFFIXES and len(name.split()) > 1:
        kind = ActorKind.ORGANIZATION
    elif kind is ActorKind.PERSON and name.split()[-1].lower() in STREET_WORDS and len(name.split()) > 1:
        kind = ActorKind.PLACE
    elif kind is ActorKind.PERSON and (_named_as_a_thing(tokens) or name.split()[0] in _ARTICLES):
        kind = ActorKind.ORGANIZATION  # "German magazine Der Spiegel", "the band Queen"
    elif kind is ActorKind.PERSON and _after_the(tokens):
        kind = ActorKind.PLACE  # "the Vessa", "the Deepwater Horizon": a river, a rig, a ship (where things happen)
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
    if role is not None and not _a_name_only(role) and _role_head(role) in THING_NOUNS:
        kind, role = ActorKind.ORGANIZATION, None  # "Kosmos, a group co-founded by ...": what the name is
    is_reference = kind is ActorKind.PERSON and _is_reference(tokens)
    is_example = kind is ActorKind.PERSON and _is_example(tokens)
    yield ActorMention(
        name=name,
        kind=kind,
        role=role,
        is_subject=is_subject,
        parts=parts,
        is_reference=is_reference,
        is_example=is_example,
        citation=citation,
    )


def _role_head(role: str) -> str:
    """The noun a role is about: "group" in "a group co-founded by ...", "director" in "director of the Institute".

    After an organisation's name, the last word: "director" in "National Institute of Allergy and Infectious
    Diseases director".
    """
    words = role.split()
    if words[-1].islower() and all(w[:1].isupper() or w in _NAME_JOINERS for w in words[:-1]):
        return words[-1].lower()
    return _ROLE_COMPLEMENT.split(role, maxsplit=1)[0].split()[-1].lower()


_NAME_JOINERS = frozenset({"of", "and", "for", "&"})
"""Lower-case words inside an organisation's name ("National Institute of Allergy and Infectious Diseases")."""


def _a_name_only(role: str) -> bool:
    """A role that is only an organisation's name ("Deutsche Bank", "World Bank"): whom the person is with."""
    words = role.split()
    return bool(words) and words[0][:1].isupper() and all(w[:1].isupper() or w in _NAME_JOINERS for w in words)


_ROLE_COMPLEMENT = re.compile(r"\s+(?:of|at|for|in|with|from|co-founded|founded|led|run|owned|based)\s+")
_PARTS = frozenset({"performance", "role", "turn", "portrayal", "part"})
"""Nouns for a performance: the name after "as" is the character played ("her performance as Judy Garland")."""


def _is_reference(tokens: Span) -> bool:
    """The name stands for a work or a part, not for a person acting.

    It modifies a thing ("a Mark Rothko retrospective"), is the character of a performance ("her performance as
    Judy Garland") or is quoted as the title of a work ("the biopic “Judy”").
    """
    doc = tokens.doc
    after = tokens.end
    while after < len(doc) and doc[after].text in {".", ",", "!", "?"}:
        after += 1
    quoted = tokens.start > 0 and doc[tokens.start - 1].text in {"“", '"'}
    if quoted and after < len(doc) and doc[after].text in {"”", '"'}:
        return True
    root = tokens.root
    head = root.head
    if root.dep_ in {"compound", "amod", "nmod"} and head.i >= tokens.end and head.pos_ == "NOUN":
        return not head.lower_.endswith(("er", "or", "ist", "man", "woman")) and head.lower_ not in TITLE_WORDS
    after_a_part = head.head.lower_ in _PARTS or (head.i > 0 and doc[head.i - 1].lower_ in _PARTS)
    return root.dep_ == "pobj" and head.lower_ == "as" and after_a_part


_EXAMPLE_PREPOSITIONS = frozenset({"like", "including"})


def _is_example(tokens: Span) -> bool:
    """One of a list of examples: "politicians such as A and B", "the likes of A, B and C", "clients include A".

    The list is read from the parse: its first name is the object of "such as", "like", "including", "the likes
    of", or of the verb "include".
    """
    first = tokens.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    head = first.head
    if first.dep_ == "pobj":
        if head.lower_ in _EXAMPLE_PREPOSITIONS:
            return True
        if head.lower_ == "as" and head.i > 0 and head.doc[head.i - 1].lower_ == "such":
            return True
        return head.lower_ == "of" and head.head.lower_ == "likes"
    return first.dep_ in {"dobj", "attr"} and head.lemma_ == "include" and head.pos_ == "VERB"


def _person_in(tokens: Span) -> Span | None:
    """The person's name in what NER took for an organisation or a place, if the words say it is one.

    "Rockland County Executive Ed Day" holds a title and then a name; "commissioner Jane Roe" and "Jane Roe, the
    museum's president" are a name with a title before or after it (a title word, not any noun of office:
    "lender Acme" is a company).
    """
    for split in (len(tokens) - 3, len(tokens) - 4):
        prefixed = split == 0 and without_title_prefix(tokens[0].lower_) != tokens[0].lower_  # "Vice-President"
        titled = split >= 1 or prefixed
        if titled and names_an_office(tokens[split]) and _is_personal_name(tokens[split + 1 :]):
            return tokens[split + 1 :]  # and "Vice-President Mike Pence", a title and a name NER took as one
    if not _is_personal_name(tokens):
        return None
    doc = tokens.doc
    before = tokens.start - 1
    while before >= tokens.sent.start and doc[before].lower_ in HONORIFICS:
        before -= 1
    if before >= tokens.sent.start and doc[before].lower_ in TITLE_WORDS and doc[before].pos_ in {"NOUN", "PROPN"}:
        return tokens
    appositions = [c for c in tokens.root.children if c.dep_ == "appos" and c.i >= tokens.end]
    return tokens if any(c.lower_ in TITLE_WORDS for c in appositions) else None


def _is_personal_name(words: Span) -> bool:
    """Two or three capitalised proper nouns ("des" aside), none a title, a department or an organisation's suffix."""
    common = TITLE_WORDS | DEPARTMENT_WORDS | ORGANIZATION_SUFFIXES
    if not 2 <= len(words) <= 3 or not (words[0].is_title and words[-1].is_title):
        return False
    return all(
        w.lower_ in NAME_PARTICLES
        or (w.is_title and w.pos_ == "PROPN" and w.lower_ not in common and w.ent_type_ not in {"GPE", "NORP"})
        for w in words
    )


_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _unglued(name: str) -> str:
    """A name that a page glued to a repeat of itself ("Jane RoeJane Roe ..." from a link and its card): cut there.

    A capital inside a word ("McAdams", "DeSantis") is kept unless what follows it is the name's first word again.
    """
    words = name.split()
    for index, word in enumerate(words[1:], start=1):
        pieces = _GLUE.split(word)
        if len(pieces) > 1 and pieces[1] == words[0]:
            return " ".join([*words[:index], pieces[0]])
    return name


_ARTICLES = frozenset({"Der", "Die", "Das"})
"""German articles: a name that opens with one is a title ("Der Spiegel", "Die Zeit"), not a person."""


def _after_the(tokens: Span) -> bool:
    """The name right after "the" ("the Deepwater Horizon"): a person's name takes no article (a title comes between).

    Not a family in the plural ("the Obamas").
    """
    doc = tokens.doc
    before = tokens.start - 1
    if tokens.root.dep_ == "compound" or tokens[0].lower_ in _TAKE_THE:
        return False  # "the Joe Biden administration": a name before a noun; "the Aga Khan": a title that takes it
    return before >= tokens.sent.start and doc[before].lower_ == "the" and not tokens[-1].text.endswith("s")


_TAKE_THE = frozenset({"aga", "dalai"})


def _named_as_a_thing(tokens: Span) -> bool:
    """The name follows a noun for a kind of thing ("magazine", "company"), not an office: not a person."""
    doc = tokens.doc
    before = tokens.start - 1
    return before >= tokens.sent.start and doc[before].lower_ in THING_NOUNS and doc[before].pos_ == "NOUN"


def clean_entity(ent: Span) -> Span | None:
    """The entity without possessives, leading "the" or trailing punctuation; hyphenated names made whole.

    A person's name also loses an honorific that the model took in ("Dr Hay", British style, without a full stop),
    so that "Dr Hay" and "Alan Hay" are one actor.
    """
    doc: Doc = ent.doc
    start, end = ent.start, ent.end
    for token in ent:
        if token.text in _POSSESSIVE or token.tag_ == "POS" or token.text in {":", ";", "|"}:
            end = token.i  # "Jane Roe's", and "Jane Roe: Possession of cocaine" in a list of charges
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
    if ent.label_ == "PERSON" and start < end - 1 and doc[start].is_sent_start and _is_gerund(doc[start].lower_):
        start += 1  # "Hosting Cook at the event, ...": the verb that opens the sentence is no part of the name
    while ent.label_ == "PERSON" and start < end - 1 and doc[start].lower_ in HONORIFICS:
        start += 1
    while (
        ent.label_ == "PERSON"
        and start < end - 2
        and doc[start].lower_ in RANKS
        and (doc[start + 1].lower_ in RANKS or (start > 0 and doc[start - 1].lower_ in RANKS))
    ):
        start += 1  # "Lt Gen Ken Keen": two ranks, one the model took into the name (not "chief Gen Robert Mood")
    if (
        ent.label_ == "PERSON"
        and start < end - 1
        and doc[start].lower_ in _SAYING_FIRST
        and doc[start].is_sent_start
        and end < len(doc)
        and doc[end].text == ":"
    ):
        start += 1  # "Said Gowers: ...": the verb of an inverted attribution (not "spokesman Said Arikat said")
    if (
        ent.label_ == "PERSON"
        and start < end - 1
        and _asks_first(doc[start])
        and end < len(doc)
        and doc[end].tag_ == "VB"
    ):
        start += 1  # "Will Warren rebound?": the auxiliary opens a question (not "Will Smith is back ...?")
    while ent.label_ == "PERSON" and start < end - 1 and _lower_word_before_a_name(doc[start]):
        start += 1  # "rang Taylor": a name never opens with a word in lower case, but for "de", "van", "bin"
    while ent.label_ == "PERSON" and _opens_with_a_title(doc[start:end]):
        start += 1  # "Rabbi Saul Klein", "Boxer Amir Khan": the title is the role, not part of the name
    while end > start and doc[end - 1].is_punct:
        end -= 1
    half = (end - start) // 2
    if (
        ent.label_ == "PERSON"
        and half >= 2
        and (end - start) % 2 == 0
        and [t.text for t in doc[start : start + half]] == [t.text for t in doc[start + half : end]]
    ):
        end = start + half  # "Tom Ravenscroft Tom Ravenscroft": a listing's name written twice
    if start >= end:
        return None
    return doc[start:end]


_ASKING_FIRST = frozenset({"will", "can", "could", "would", "should", "did", "does", "has", "is", "was"})


def _asks_first(token: Token) -> bool:
    """An auxiliary that opens a question sentence, read by the model as a first name ("Will", "Can")."""
    if token.lower_ not in _ASKING_FIRST or not token.doc.has_annotation("SENT_START") or not token.is_sent_start:
        return False
    return token.sent.text.rstrip(" ”’\"')").endswith("?")


_SAYING_FIRST = frozenset({"said", "says", "added", "adds", "told", "asked", "wrote", "writes"})


def _lower_word_before_a_name(token: Token) -> bool:
    return token.text[:1].islower() and token.lower_ not in NAME_PARTICLES and token.is_alpha


_TITLES_OF_NAMES = frozenset({"king", "queen", "prince", "princess", "emperor", "pope", "sheikh", "sultan", "emir"})
"""Titles that are part of how a person is called ("Prince Harry"): never taken off the name."""
_ROMAN = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"})


def _opens_with_a_title(words: Span) -> bool:
    """The words are a title word and a name of two or more words ("Rabbi Saul Klein"), not a regnal name."""
    first = words[0].lower_ if len(words) else ""
    bare = without_title_prefix(first)  # "Vice-President Jane Roe", "Co-host Tom Ash"
    if len(words) < 3 or first in _TITLES_OF_NAMES or not (bare in TITLE_WORDS or bare in OCCUPATION_WORDS):
        return False
    return words[1].is_title and not (len(words) == 3 and words[2].text in _ROMAN)


def _is_gerund(word: str) -> bool:
    """ "hosting" is a verb's -ing form; "sterling" and "fleming" are not."""
    from lemminflect import getLemma

    return word.endswith("ing") and any(lemma != word for lemma in getLemma(word, upos="VERB", lemmatize_oov=False))


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
