"""Score a generated briefing (data/<story>.json) against a hand-checked gold file (YAML).

    python benchmarks/gold.py GOLD.yml BRIEFING.json [--article ID] [--verbose]

Prints recall and precision per section. Matching rules (stated so that the figures can be judged):
- dates: a gold expression is found when an unused extracted expression has the same text (case-insensitive)
  and the same value(s); precision is over every extracted expression of the article.
- people: a gold person is found when exactly one extracted person has the gold name or an alias as its name or
  alias (name keys ignore case, spaces, hyphens and accents); the role is right when the extracted main role
  equals the gold role, or one of a list of them (case-insensitive; a gold person without a role wants none).
  Organisations and places: found when any extracted actor of any kind
  has that name or alias.
- timeline, questions, background: free text. An extracted item matches a gold item when at least half of the
  gold item's content words (lower-cased, crudely stemmed, stop words dropped, wh-words kept) occur in it; the
  timeline also needs the same date value. Matching is one-to-one, best overlap first.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import yaml

THRESHOLD = 0.5
# The scorer keeps its own word lists: it must not share code with the system it scores.
_STOP_WORDS = (
    "a an the of to in on at for and or but with by from as that this these those is are was were be been "
    "being has have had will would could may might can it its their his her they he she we our us you "
    "your i me my any all also only such than then there here into over after before about s not no nor "
    "do does did says said say"
)
_STOP = frozenset(_STOP_WORDS.split())


def words(text: str) -> set[str]:
    text = text.replace("’", "'")  # before the ASCII fold, which would drop it and glue "Kim’s" into "kims"
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    folded = re.sub(r"'s\b", "", folded)
    result = set()
    for word in re.findall(r"[a-z0-9]+", folded):
        if word in _STOP:
            continue
        for suffix in ("ing", "ed", "es", "s"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                word = word[: -len(suffix)]
                break
        result.add(word)
    return result


def overlap(gold: str, candidate: str) -> float:
    wanted = words(gold)
    return len(wanted & words(candidate)) / len(wanted) if wanted else 0.0


def key(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]", "", folded.removeprefix("the "))


def match_text(gold: list[str], found: list[str], *, same: Any = None) -> list[tuple[int, int, float]]:
    """One-to-one matches (gold index, found index, overlap), best overlap first."""
    pairs = []
    for g, gold_text in enumerate(gold):
        for f, found_text in enumerate(found):
            if same is not None and not same(g, f):
                continue
            score = overlap(gold_text, found_text)
            if score >= THRESHOLD:
                pairs.append((score, g, f))
    used_g: set[int] = set()
    used_f: set[int] = set()
    matches = []
    for score, g, f in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if g not in used_g and f not in used_f:
            used_g.add(g)
            used_f.add(f)
            matches.append((g, f, score))
    return sorted(matches)


def ratio(numerator: int, denominator: int) -> str:
    return f"{numerator}/{denominator} = {numerator / denominator:.2f}" if denominator else f"{numerator}/0"


def score(gold: dict[str, Any], briefing: dict[str, Any], *, article: str | None, verbose: bool) -> dict[str, Any]:
    report: dict[str, Any] = {}
    sources = briefing["sources"]
    source = next((s for s in sources if article in (None, s["id"])), None)
    extracted_dates = source.get("dates", []) if source else []
    used: set[int] = set()
    correct = 0
    misses = []
    for item in gold.get("dates", []):
        values = item.get("values") or [item["value"]]
        hit = next(
            (
                i
                for i, d in enumerate(extracted_dates)
                if i not in used and d["text"].lower() == item["text"].lower() and d["values"] == values
            ),
            None,
        )
        if hit is None:
            misses.append(f"{item['text']!r} → {values}")
        else:
            used.add(hit)
            correct += 1
    report["dates"] = (
        {
            "recall": ratio(correct, len(gold["dates"])),
            "precision": ratio(correct, len(extracted_dates)),
            "missed": misses,
        }
        if gold.get("dates")
        else {"recall": "n/a (no gold)", "extracted": len(extracted_dates)}
    )

    actors = briefing["actors"]
    people = [a for a in actors if a["kind"] == "person"]
    gold_people = gold["actors"].get("people", [])
    found_people = 0
    right_roles = 0
    people_notes = []
    ranks = {}
    for person in gold_people:
        names = {key(person["name"]), *(key(a) for a in person.get("aliases", []))}
        hits = [p for p in people if names & {key(p["name"]), *(key(a) for a in p["aliases"])}]
        if len(hits) == 1:
            found_people += 1
            ranks[person["name"]] = people.index(hits[0]) + 1
            role = hits[0]["roles"][0] if hits[0]["roles"] else None
            wanted = person.get("role")
            accepted = [w.lower() for w in (wanted if isinstance(wanted, list) else [wanted or ""])]
            if (role or "").lower() in accepted:  # no gold role: right only if none is given
                right_roles += 1
            else:
                people_notes.append(f"{person['name']}: role {role!r}, gold {person.get('role')!r}")
        else:
            people_notes.append(f"{person['name']}: found {len(hits)} times")
    gold_keys = {key(n) for p in gold_people for n in (p["name"], *p.get("aliases", []))}
    extra = [p["name"] for p in people if not gold_keys & {key(p["name"]), *(key(a) for a in p["aliases"])}]
    report["people"] = {
        "recall": ratio(found_people, len(gold_people)),
        "precision": ratio(len(people) - len(extra), len(people)),
        "roles right": ratio(right_roles, len(gold_people)),
        "ranks": ranks,
        "notes": people_notes,
        "extra": extra,
    }
    all_names = {key(n) for a in actors for n in (a["name"], *a["aliases"])}
    for group in ("organizations", "places"):
        wanted = gold["actors"].get(group, [])
        found = [n for n in wanted if key(n) in all_names]
        report[group] = {
            "recall": ratio(len(found), len(wanted)),
            "missed": [n for n in wanted if key(n) not in all_names],
        }

    events = briefing["timeline"]
    gold_events = gold.get("timeline", [])
    matches = match_text(
        [e["event"] for e in gold_events],
        [e["text"] for e in events],
        same=lambda g, f: str(gold_events[g]["date"]) == events[f]["date"],
    )
    report["timeline"] = _text_report(
        matches,
        [f"{e['date']}: {e['event']}" for e in gold_events],
        [f"{e['date']}: {e['text']}" for e in events],
        verbose=verbose,
    )

    questions = list(briefing["questions"])
    report["questions"] = _text_report(
        match_text(gold.get("questions", []), [q["text"] for q in questions]),
        gold.get("questions", []),
        [q["text"] for q in questions],
        verbose=verbose,
    )
    background = briefing["background"]
    report["background"] = _text_report(
        match_text(gold.get("background", []), [b["text"] for b in background]),
        gold.get("background", []),
        [b["text"] for b in background],
        verbose=verbose,
    )
    uncited = [a["name"] for a in actors if not a["citations"]]
    uncited += [e["text"] for e in events if not e["citations"]]
    uncited += [q["text"] for q in questions if not q["citations"]]
    uncited += [b["text"] for b in background if not b["citations"]]
    report["uncited items"] = len(uncited)
    return report


def _text_report(
    matches: list[tuple[int, int, float]], gold: list[str], found: list[str], *, verbose: bool
) -> dict[str, Any]:
    if not gold:
        return {"recall": "n/a (no gold)", "extracted": len(found)}
    matched_gold = {g for g, _, _ in matches}
    matched_found = {f for _, f, _ in matches}
    report: dict[str, Any] = {
        "recall": ratio(len(matches), len(gold)),
        "precision": ratio(len(matches), len(found)),
        "missed": [gold[g] for g in range(len(gold)) if g not in matched_gold],
    }
    if verbose:
        report["matched"] = [f"{gold[g]}  ⇐  {found[f]} ({s:.2f})" for g, f, s in matches]
        report["unmatched extracted"] = [found[f] for f in range(len(found)) if f not in matched_found]
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("briefing", type=Path, help="data/<story>.json written by `briefings build`")
    parser.add_argument("--article", help="the source id the gold file describes (default: the first source)")
    parser.add_argument("--verbose", "-v", action="store_true", help="list matches and unmatched items")
    args = parser.parse_args(argv)
    gold = yaml.safe_load(args.gold.read_text(encoding="utf-8"))
    briefing = json.loads(args.briefing.read_text(encoding="utf-8"))
    report = score(gold, briefing, article=args.article, verbose=args.verbose)
    yaml.safe_dump(report, sys.stdout, sort_keys=False, allow_unicode=True, width=110)
    return 0


if __name__ == "__main__":
    sys.exit(main())
