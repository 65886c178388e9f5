"""A line's words back as text: document order and spacing, tidied after the gaps a cut leaves."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})

_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?)\]’”])")
_SPACE_AFTER_OPEN = re.compile(r"([(\[“])\s+")
_SPACES = re.compile(r"\s+")
_REPEATED_COMMAS = re.compile(r",(?:\s*,)+")
_EMPTY_DASHES = re.compile(r"\s+(?:--|—|–)\s*(?:--|—|–)(?=\s)")
"""A dash pair the cut emptied: "three inspections -- [in February and March] -- and found none"."""
_LEADING_JUNK = re.compile(
    r"^(?:[,;:–—-]\s*|(?:and|but|or|while|though|although|because|when|where)\b\s*)+",
    re.IGNORECASE,
)
"""Left at the start of a cut clause. Not "that" or "so": they also begin sentences as a determiner ("That theory
was widespread") or an adverb ("So far, ten have died"); nor "after", "since" or "as", which begin phrases as
prepositions ("After meeting the envoy, ...", "Since his arrest, ..."): as conjunctions the parse drops them."""
_TRAILING_JUNK = re.compile(r"(?:\s*[,;:–—-])+\s*$")
_CONNECTIVE = re.compile(
    r"^(?:(?:additionally|separately|meanwhile|moreover|however|furthermore|besides|still|then|also"
    r"|in sum|in addition|in short|by contrast|even so|as a result|instead|likewise|similarly|for example"
    r"|for instance|in fact|indeed|nevertheless|nonetheless|consequently|therefore|thus|in turn|of course|after all"
    r"|in other words|on the other hand)\s*,\s*|(?:even|also)\s+(?=\w))",
    re.IGNORECASE,
)
"""A connective that ties a sentence to the one before it ("Separately, ...", "For example, ...", "Even an old
clip ..."): a line of its own does without it. Never inside quotation marks: a quote stays as it was said."""
_CLOSED_QUOTE = re.compile(r"[.!?,][”\"’]$")
_EMPTY_BRACKETS = re.compile(r"\s*(?:\(\s*[,;]?\s*\)|\[\s*[,;]?\s*\])")
_BRACKETED = re.compile(r"\s*\([^()]*\)\.?\s*")
"""A sentence written wholly in brackets."""


def tokens_text(tokens: Iterable[Token], replace: dict[int, str] | None = None) -> str:
    """The tokens in document order, with the spacing they had, tidied after gaps (`replace`: text by index)."""
    ordered = sorted(tokens, key=lambda t: t.i)
    enclosing = _enclosing_commas(ordered)
    parts = []
    for index, token in enumerate(ordered):
        if token.i in enclosing:
            parts.append(" ")
            continue
        text = replace.get(token.i, token.text) if replace else token.text
        following_token = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        possessive = following_token is not None and (
            following_token.pos_ in {"NOUN", "PROPN", "NUM"}
            or (following_token.pos_ == "ADJ" and _noun_phrase_follows(following_token))  # "it's long-haul fleet"
            or (token.i > 0 and token.doc[token.i - 1].tag_ == "PRP$")  # "their's ready": a possessive, misspelt
        )
        if text in {"’s", "'s"} and token.tag_ == "VBZ" and index > 0 and not possessive and not inside_quote(token):
            perfect = (following_token is not None and following_token.lower_ == "been") or (
                token.dep_ == "aux" and token.head.tag_ == "VBN" and token.head.lemma_ != "be"
            )
            text = " has" if perfect else " is"  # "he’s left", "there’s been" has; "he’s less worried" is
        elif text.lower() == "an" and token.tag_ == "DT" and index + 1 < len(ordered):
            text = _indefinite_article(text, ordered[index + 1].text)  # "An [Oct. 11] presentation": A
        parts.append(text)
        following = ordered[index + 1] if index + 1 < len(ordered) else None
        if following is not None and (token.whitespace_ or following.i != token.i + 1):
            parts.append(" ")
    text = _SPACES.sub(" ", "".join(parts)).strip()
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _REPEATED_COMMAS.sub(",", text)  # "the first company to fly it, [in July 2006,] have opened"
    text = _EMPTY_BRACKETS.sub("", text)  # "collapsed in the storm ([in 2019])": nothing left inside
    text = _EMPTY_DASHES.sub("", text)
    return _SPACE_AFTER_OPEN.sub(r"\1", text)


def _enclosing_commas(ordered: Sequence[Token]) -> set[int]:
    """The two commas that enclosed a phrase cut out between a subject and its verb.

    "the latest count, [from 2019,] showed 88" reads "the latest count showed 88"; a comma that closes an
    apposition stays ("Smith, 45, [of Boston,] was charged").
    """
    found: set[int] = set()
    for first, second, after in zip(ordered, ordered[1:], ordered[2:], strict=False):
        if first.text != "," or second.text != "," or second.i == first.i + 1 or after.pos_ not in {"VERB", "AUX"}:
            continue
        verb = after.head if after.dep_ in {"aux", "auxpass", "neg"} else after
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < first.i), None)
        if subject is None or not subject.left_edge.i <= first.i - 1 <= subject.right_edge.i:
            continue
        earlier = [t for t in ordered if subject.left_edge.i <= t.i < first.i and t.text == ","]
        if len(earlier) % 2 == 0:
            found |= {first.i, second.i}
    return found


def _noun_phrase_follows(adjective: Token) -> bool:
    """The adjective opens a noun phrase ("long-haul fleet"), not a predicate ("ready to sell")."""
    for token in adjective.doc[adjective.i + 1 : adjective.i + 5]:
        if token.pos_ == "NOUN":
            return True
        if token.pos_ not in {"ADJ", "PUNCT", "NOUN"} and token.tag_ != "HYPH":
            return False
    return False


def _indefinite_article(article: str, following: str) -> str:
    """ "An" before a lowercase word that begins with a consonant other than "h" reads "A" (the date between went)."""
    if following[:1].islower() and following[0] not in "aeiouh":
        return article[0]
    return article


_CLOSING_SINGLE = re.compile(r"(?<=[\w.,!?])’(?!\w)")
"""A closing single quote: after a word or a stop, not followed by a letter (not "Kim’s", not "the ’90s")."""


def balance_quotes(text: str) -> str:
    """Drop curly or straight quote marks that have lost their partner when a clause was cut out."""
    if text.count("“") != text.count("”"):
        text = text.replace("“", "").replace("”", "")
    if text.count('"') % 2:
        text = text.replace('"', "")
    if text.count("‘") > len(_CLOSING_SINGLE.findall(text)):  # an opened single quote the cut did not close
        text = text.replace("‘", "")
        text = _CLOSING_SINGLE.sub("", text)
    if text.count("(") != text.count(")"):
        text = text.replace("(", "").replace(")", "")
    return _SPACES.sub(" ", text).strip()


def tidy_clause(text: str, *, end: str = ".") -> str:
    """A clause as a line of its own: no leading conjunction, no dangling comma, capitalised, one full stop."""
    text = balance_quotes(text)
    if _BRACKETED.fullmatch(text):
        text = text.strip()[1:].rstrip(".")[:-1]  # "(The discovery brought them a Nobel Prize in 2004.)": an aside
    for _ in range(3):
        text = _LEADING_JUNK.sub("", text).strip()
        text = _CONNECTIVE.sub("", text).strip()
        text = _TRAILING_JUNK.sub("", text).strip()
        text = text.rstrip(".!?…").strip()
        text = _TRAILING_JUNK.sub("", text).strip()
    if not text:
        return ""
    first = 1 if text[0] in '“"' and len(text) > 1 else 0  # “moreover, russia ...” → “Russia ...”
    text = text[:first] + text[first].upper() + text[first + 1 :]
    if _CLOSED_QUOTE.search(text):  # “... arrives.” ends where its quote ends: no second stop
        return text[:-2] + "." + text[-1] if text[-2] == "," else text
    return text + end


def inside_quote(token: Token) -> bool:
    """Whether `token` stands inside quotation marks opened earlier in its sentence."""
    opened = False
    for before in token.doc[token.sent.start : token.i + 1]:
        if before.text in {"“", "‘"}:
            opened = True
        elif before.text in {"”", "’"} and before.i < token.i:
            opened = False
        elif before.text == '"':
            opened = not opened if before.i < token.i else True
    return opened
