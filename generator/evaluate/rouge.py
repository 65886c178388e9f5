"""Timeline ROUGE as in the tilse package (Martschat & Markert 2017), the measure of the news-tls protocol.

`align_date_content_costs_many_to_one` ("align+ m:1"): for precision, every predicted date is aligned to the
reference date of least cost; for recall, every reference date to the predicted date of least cost. The cost of a
pair is a date factor (1 - 1/(days apart + 1)) times a content factor (1 - an approximate ROUGE-1 F of the two
days' summaries). An aligned pair's n-gram matches count weighted by 1/(days apart + 1); precision is the
weighted matches over all predicted n-grams, recall over all reference n-grams, F their harmonic mean.

Tokens as ROUGE-1.5.5 makes them (lower case, runs of letters and digits), stop words removed and words stemmed
(tilse calls ROUGE with `stem=True, ignore_stopwords=True`). Two differences from that script, said in
docs/quality.md: the stop list is spaCy's English list (ROUGE's own SMART list is not shipped here) and the
stemmer is Porter's from the optional `snowballstemmer` package (`pip install briefings[eval]`); without it words
are not stemmed and the result says so.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

Timeline = Mapping[date, Sequence[str]]
"""A timeline: each date's summary sentences."""

_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, slots=True, kw_only=True)
class Score:
    """Precision, recall and F1 of one measure on one timeline."""

    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@cache
def _stemmer() -> Callable[[str], str] | None:
    try:
        import snowballstemmer  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return None
    stem: Callable[[str], str] = snowballstemmer.stemmer("porter").stemWord
    return stem


@cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def stemmed() -> bool:
    """Whether words are stemmed (the optional `snowballstemmer` package is installed)."""
    return _stemmer() is not None


def rouge_tokens(text: str) -> list[str]:
    """ROUGE's tokens of `text`: lower-cased words of letters and digits, no stop words, stemmed when possible."""
    stop = _stop_words()
    stem = _stemmer()
    words = [w for w in _WORD.findall(text.lower()) if w not in stop]
    return [stem(w) for w in words] if stem else words


def ngrams(sentences: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    """The n-grams of each sentence (none across sentence ends), counted."""
    counts: Counter[tuple[str, ...]] = Counter()
    for sentence in sentences:
        tokens = rouge_tokens(sentence)
        counts.update(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return counts


def _overlap(a: Counter[tuple[str, ...]], b: Counter[tuple[str, ...]]) -> int:
    return sum(min(count, b[gram]) for gram, count in a.items())


def _approximate_f(predicted: Sequence[str], reference: Sequence[str]) -> float:
    """Tilse's content factor: ROUGE-1 F of two summaries from lower-cased whitespace tokens, unstemmed."""
    pred = Counter(w for s in predicted for w in s.lower().split())
    ref = Counter(w for s in reference for w in s.lower().split())
    match = sum(min(c, ref[w]) for w, c in pred.items())
    return Score(
        precision=match / sum(pred.values()) if pred else 0.0,
        recall=match / sum(ref.values()) if ref else 0.0,
    ).f1


def _cost(predicted: date, reference: date, content: float) -> float:
    return (1 - 1 / (abs(predicted.toordinal() - reference.toordinal()) + 1)) * (1 - content)


def _weight(predicted: date, reference: date) -> float:
    return 1 / (abs(predicted.toordinal() - reference.toordinal()) + 1)


def align_many_to_one(predicted: Timeline, reference: Timeline, n: int) -> Score:
    """ROUGE-`n` of `predicted` against one `reference` timeline, aligned many-to-one by date and content."""
    pred = {d: ngrams(predicted[d], n) for d in sorted(predicted)}
    ref = {d: ngrams(reference[d], n) for d in sorted(reference)}
    content = {(p, r): _approximate_f(predicted[p], reference[r]) for p in pred for r in ref}

    def cost(p: date, r: date) -> float:
        return _cost(p, r, content[(p, r)])

    def hits(p: date, r: date) -> float:
        return _weight(p, r) * _overlap(pred[p], ref[r])

    found = sum(hits(p, min(ref, key=lambda r: cost(p, r))) for p in pred) if ref else 0.0
    recalled = sum(hits(min(pred, key=lambda p: cost(p, r)), r) for r in ref) if pred else 0.0
    return Score(precision=_share(found, pred.values()), recall=_share(recalled, ref.values()))


def _share(hits: float, grams: Iterable[Counter[tuple[str, ...]]]) -> float:
    total = sum(sum(g.values()) for g in grams)
    return hits / total if total else 0.0


def date_score(predicted: Timeline, reference: Timeline) -> Score:
    """Precision and recall of the predicted dates against the reference dates."""
    common = len(set(predicted) & set(reference))
    return Score(
        precision=common / len(predicted) if predicted else 0.0,
        recall=common / len(reference) if reference else 0.0,
    )
