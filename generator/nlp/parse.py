"""Parse articles with the loaded pipeline and number their sentences; parses are cached by content.

Parsed `Doc` objects go to the extractors only; everything after them sees our own values.
"""

from __future__ import annotations

import hashlib
import logging
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from generator.incremental.store import CacheStore
from generator.ingest.text import is_heading
from generator.model import Article, Sentence
from generator.nlp.model import model_id

log = logging.getLogger(__name__)

BATCH_SIZE = 16
"""Small batches keep memory flat: the default of 1,000 took 1.5 GB for 100 articles here."""


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """An article with its spaCy parse and numbered sentences (headings have number 0)."""

    article: Article
    doc: Doc
    sentences: tuple[Sentence, ...]
    spans: tuple[Span, ...]
    """The spaCy sentence spans, parallel to `sentences`."""
    ents: tuple[Span, ...]
    """`doc.ents`, read once: spaCy rebuilds that list, walking the whole document, each time `doc.ents` or
    `span.ents` is read, which per sentence made extraction quadratic in the article's length."""

    def opening(self, count: int) -> ParsedArticle:
        """The article cut to its first `count` numbered sentences (and the headings among them)."""
        cut = next((i for i, s in enumerate(self.sentences) if s.number > count), len(self.sentences))
        end = self.spans[cut - 1].end if cut else 0
        return ParsedArticle(
            self.article,
            self.doc,
            self.sentences[:cut],
            self.spans[:cut],
            tuple(e for e in self.ents if e.end <= end),
        )

    def ents_within(self, start: int, end: int) -> tuple[Span, ...]:
        """The named entities wholly inside tokens [start, end), as `Span.ents` gives them."""
        first = bisect_left(self.ents, start, key=lambda e: e.start)
        found = []
        for ent in self.ents[first:]:
            if ent.start >= end:
                break
            if ent.end <= end:
                found.append(ent)
        return tuple(found)

    def ent_at(self, i: int) -> Span | None:
        """The named entity that token `i` belongs to, if any."""
        index = bisect_right(self.ents, i, key=lambda e: e.start) - 1
        return self.ents[index] if index >= 0 and self.ents[index].end > i else None

    def numbered(self) -> Iterator[tuple[Sentence, Span]]:
        """The body sentences (not headings), with their spans."""
        for sentence, span in zip(self.sentences, self.spans, strict=True):
            if not sentence.is_heading:
                yield sentence, span


PARSE_VERSION = "1"
"""Bump when the parse itself changes (e.g. the paragraph component), so cached parses are not reused."""


def _doc_bytes(doc: Doc) -> bytes:
    """A parse without the tok2vec tensor, which no extractor reads: a quarter of the size (60 KB an article)."""
    return doc.to_bytes(exclude=["tensor"])


class ParseCache:
    """Parsed Docs by content hash (text, model name and version, parse version): in memory and on disk."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._store: CacheStore[Doc] | None = None
        self._model: tuple[Language, str] | None = None
        """The last pipeline and its `model_id`: reading `nlp.meta` rebuilds it, which costs more than hashing."""

    def key(self, nlp: Language, text: str) -> str:
        if self._model is None or self._model[0] is not nlp:
            self._model = (nlp, model_id(nlp))
        identity = f"{self._model[1]}\0{PARSE_VERSION}\0{text}"
        return hashlib.sha256(identity.encode("utf-8")).hexdigest()

    def _with(self, vocab: Vocab) -> CacheStore[Doc]:
        if self._store is None:
            self._store = CacheStore(
                self.folder, suffix=".spacy", encode=_doc_bytes, decode=lambda data: Doc(vocab).from_bytes(data)
            )
        return self._store

    def get(self, nlp: Language, key: str) -> Doc | None:
        return self._with(nlp.vocab).get(key)

    def put(self, key: str, doc: Doc) -> None:
        self._with(doc.vocab).put(key, doc)

    def forget_except(self, keys: set[str]) -> None:
        """Drop in-memory docs no longer used (under `mkdocs serve`, memory stays flat)."""
        if self._store is not None:
            self._store.forget_except(keys)


def parse_articles(
    nlp: Language, articles: Iterable[Article], *, cache: ParseCache | None = None
) -> list[ParsedArticle]:
    """Parse every article with `nlp.pipe` in small batches, reusing cached parses of unchanged texts."""
    articles = list(articles)
    cache = cache or ParseCache(None)
    keys = [cache.key(nlp, a.text) for a in articles]
    docs: dict[str, Doc] = {}
    for key in keys:
        if key not in docs and (doc := cache.get(nlp, key)) is not None:
            docs[key] = doc
    missing = [(key, a.text) for key, a in zip(keys, articles, strict=True) if key not in docs]
    unique = dict(missing)
    for key, doc in zip(unique, parse_texts(nlp, unique.values()), strict=True):
        docs[key] = doc
        cache.put(key, doc)
    cache.forget_except(set(keys))
    return [_number(article, docs[key]) for article, key in zip(articles, keys, strict=True)]


CHUNK_CHARS = 100_000
"""Texts longer than this are parsed in pieces of about this size, cut at a paragraph break (else at a line
break, a full stop or a space), and joined into one Doc: any article the file size limit admits is parsed,
whatever spaCy's own `max_length`, with memory bounded by the piece, not the article."""


def parse_texts(nlp: Language, texts: Iterable[str], *, chunk: int = CHUNK_CHARS) -> Iterator[Doc]:
    """`nlp.pipe` in small batches; a long text goes through in pieces and comes back as one Doc of that text."""
    texts = list(texts)
    pieces = [_pieces(text, chunk) for text in texts]
    docs = iter(nlp.pipe((p for group in pieces for p in group), batch_size=BATCH_SIZE))
    for text, group in zip(texts, pieces, strict=True):
        parts = [next(docs) for _ in group]
        if len(parts) == 1:
            yield parts[0]
            continue
        doc = Doc.from_docs(parts, ensure_whitespace=False)
        if doc.text != text:  # pragma: no cover - from_docs keeps every character; a guard, not a path
            raise RuntimeError("a long text was not rejoined exactly")
        yield doc


def _pieces(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """`text` cut into pieces of at most `size` characters that join back into it, at the best break available."""
    pieces = []
    while len(text) > size:
        window = text[:size]
        cuts = (window.rfind(mark) + len(mark) for mark in ("\n\n", "\n", ". ", " "))
        cut = next((c for c in cuts if c > size // 4), size)
        pieces.append(text[:cut])
        text = text[cut:]
    return [*pieces, text]


def _number(article: Article, doc: Doc) -> ParsedArticle:
    paragraph_starts = _paragraph_starts(article.text)
    sentences: list[Sentence] = []
    spans: list[Span] = []
    number = 0
    for span in doc.sents:
        text = span.text.strip()
        if not text:
            continue
        start = span.start_char + (len(span.text) - len(span.text.lstrip()))
        paragraph = sum(1 for p in paragraph_starts if p <= start) - 1
        paragraph_text = article.text[paragraph_starts[paragraph] :].split("\n\n", 1)[0]
        heading = paragraph_text == text and is_heading(text)
        if not heading:
            number += 1
        sentences.append(
            Sentence(
                number=0 if heading else number,
                start=start,
                end=start + len(text),
                text=text,
                paragraph=paragraph,
                is_heading=heading,
            )
        )
        spans.append(span)
    return ParsedArticle(article, doc, tuple(sentences), tuple(spans), tuple(doc.ents))


def _paragraph_starts(text: str) -> list[int]:
    starts = [0]
    index = text.find("\n\n")
    while index != -1:
        starts.append(index + 2)
        index = text.find("\n\n", index + 2)
    return starts
