"""Duplicate rows in small stories told by several outlets (issue 22: one entry per real-world event).

    python benchmarks/multi_outlet.py ../shared/data/timeline17                 # build the set, print the table
    python benchmarks/multi_outlet.py ../shared/data/timeline17 --unlabelled    # also list rows no label covers
    python benchmarks/multi_outlet.py ../shared/data/timeline17 --sheets DIR    # reading sheets for labellers
    python benchmarks/multi_outlet.py ../shared/data/timeline17 --make-set      # (re)write the set (done once)

The set (`benchmarks/multi_outlet/set.yml`): stories of 3–5 articles published on one day by different outlets,
from Timeline17. Dev: six days of the BP oil spill (five outlets, one article each); test: six days of the H1N1
outbreak (three outlets, up to two articles each, five at most), chosen evenly over the days every outlet reported,
before anything was labelled. Rules are written while reading dev only.

Labels (`benchmarks/multi_outlet/labels/<story>.yml`) group the timeline's cited sentences by the real-world event
they report: `events: [{what, cites: ["<article>#<sentence>@<row date>", ...]}]`. A row of the timeline is known
by its citations, so a merge that joins rows keeps its labels. For each story the table counts the rows, the
**duplicate rows** (rows beyond the first that report an event another row already reports) and the **mixed rows**
(rows whose citations report different events: an over-merge); a row with a citation no label covers is unlabelled.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
FOLDER = ROOT / "benchmarks" / "multi_outlet"
SET_FILE = FOLDER / "set.yml"
LABELS = FOLDER / "labels"
STORIES_PER_SPLIT = 6
MAX_ARTICLES = 5


def make_set(t17: Path) -> dict[str, Any]:
    """Six evenly spaced days per split on which every outlet of the topic published."""
    from generator.evaluate.timeline17 import read_articles

    stories = []
    for split, prefix, per_outlet in (("dev", "bpoil", 1), ("test", "H1N1", 2)):
        by_day: dict[Any, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
        topics = sorted(t17.glob(f"{prefix}_*"))
        for topic in topics:
            for article in read_articles(topic, prefix):
                by_day[article.meta.published_day][topic.name].append(article)
        full = [day for day in sorted(by_day) if len(by_day[day]) == len(topics)]
        chosen = [full[i * len(full) // STORIES_PER_SPLIT] for i in range(STORIES_PER_SPLIT)]
        for day in chosen:
            picked = []
            for rank in range(per_outlet):
                for topic in sorted(by_day[day]):
                    ordered = sorted(by_day[day][topic], key=lambda a: a.id)
                    if rank < len(ordered) and len(picked) < MAX_ARTICLES:
                        picked.append({"topic": topic, "id": ordered[rank].id})
            stories.append({"slug": f"{prefix.lower()}-{day.isoformat()}", "split": split, "articles": picked})
    return {"stories": stories}


def build(t17: Path, stories: list[dict[str, Any]], project: Path) -> dict[str, dict[str, Any]]:
    """Write every story's articles as seeds of `project`, build it, and return each story's JSON by slug."""
    from generator.evaluate.timeline17 import read_articles

    if project.exists():
        if not (project / "mkdocs.yml").is_file() or not (project / "seeds").is_dir():
            raise SystemExit(f"{project} exists and is not a project this script made: name another folder")
        shutil.rmtree(project)
    (project / "seeds").mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", project / "templates")
    articles = {}
    for topic in {a["topic"] for s in stories for a in s["articles"]}:
        articles.update({(topic, a.id): a for a in read_articles(t17 / topic, topic)})
    for story in stories:
        folder = project / "seeds" / story["slug"]
        folder.mkdir()
        for entry in story["articles"]:
            article = articles[(entry["topic"], entry["id"])]
            stem = f"{article.id}-{entry['topic'].split('_')[1].lower()}"
            (folder / f"{stem}.txt").write_text(article.text + "\n", encoding="utf-8")
            meta = {"published": article.meta.published_day, "source": article.meta.source}
            (folder / f"{stem}.yml").write_text(yaml.safe_dump(meta, sort_keys=True), encoding="utf-8")
    command = [sys.executable, "-m", "generator", "-q", "build", "-f", str(project / "mkdocs.yml")]
    subprocess.run(command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)  # noqa: S603
    return {
        s["slug"]: json.loads((project / "briefings" / "data" / f"{s['slug']}.json").read_text(encoding="utf-8"))
        for s in stories
    }


def cite_keys(row: dict[str, Any]) -> list[str]:
    return [f"{c['source']}#{c['sentence']}@{row['date']}" for c in row["citations"]]


def score(data: dict[str, Any], labels: dict[str, Any]) -> dict[str, Any]:
    """Rows, duplicate rows, mixed rows and unlabelled rows of one story's timeline."""
    event_of = {key: n for n, event in enumerate(labels.get("events") or []) for key in event["cites"]}
    rows_of_event: dict[int, int] = defaultdict(int)
    mixed = unlabelled = 0
    unknown = []
    for row in data["timeline"]:
        events = {event_of.get(key) for key in cite_keys(row)}
        if None in events:
            unlabelled += 1
            unknown.append(row)
            events.discard(None)
        mixed += len(events) > 1
        for event in events:
            rows_of_event[event] += 1
    duplicates = sum(count - 1 for count in rows_of_event.values())
    return {
        "rows": len(data["timeline"]),
        "duplicates": duplicates,
        "mixed": mixed,
        "unlabelled": unlabelled,
        "events": len(rows_of_event),
        "unknown": unknown,
    }


def sheet(story: dict[str, Any], data: dict[str, Any]) -> str:
    """Every row of the story's timeline with each citation's key and sentence, for a labeller."""
    lines = [f"# {story['slug']} ({story['split']}): {len(data['timeline'])} timeline rows", ""]
    for n, row in enumerate(data["timeline"], start=1):
        lines.append(f"## row {n}: [{row['date']}] {row['text']}")
        for citation, key in zip(row["citations"], cite_keys(row), strict=True):
            lines.append(f"- `{key}` ({citation['source'].rsplit('-', 1)[-1]}): {citation['text']}")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("t17", type=Path, help="the Timeline17 folder")
    parser.add_argument("--project", type=Path, help="the scratch project, rebuilt (default: a new temporary folder)")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all")
    parser.add_argument("--unlabelled", action="store_true")
    parser.add_argument("--sheets", type=Path)
    parser.add_argument("--make-set", action="store_true")
    args = parser.parse_args(argv)
    if args.make_set:
        FOLDER.mkdir(exist_ok=True)
        SET_FILE.write_text(yaml.safe_dump(make_set(args.t17), sort_keys=False), encoding="utf-8")
    stories = yaml.safe_load(SET_FILE.read_text(encoding="utf-8"))["stories"]
    stories = [s for s in stories if args.split in {"all", s["split"]}]
    built = build(args.t17, stories, args.project or Path(tempfile.mkdtemp(prefix="multi-outlet-")) / "project")
    totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    print("| story | split | articles | rows | duplicate rows | mixed rows | unlabelled rows |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for story in stories:
        data = built[story["slug"]]
        path = LABELS / f"{story['slug']}.yml"
        labels = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
        result = score(data, labels or {})
        for name in ("rows", "duplicates", "mixed", "unlabelled"):
            totals[story["split"]][name] += result[name]
        counts = " | ".join(str(result[n]) for n in ("rows", "duplicates", "mixed", "unlabelled"))
        print(f"| {story['slug']} | {story['split']} | {len(story['articles'])} | {counts} |")
        if args.unlabelled:
            for row in result["unknown"]:
                print(f"    unlabelled: [{row['date']}] {row['text'][:100]} {cite_keys(row)}")
        if args.sheets:
            args.sheets.mkdir(parents=True, exist_ok=True)
            (args.sheets / f"{story['slug']}.md").write_text(sheet(story, data), encoding="utf-8")
    for split, total in sorted(totals.items()):
        share = total["duplicates"] / total["rows"] if total["rows"] else 0.0
        print(
            f"| **{split}** | | | {total['rows']} | {total['duplicates']} ({share:.0%}) | {total['mixed']} |"
            f" {total['unlabelled']} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
