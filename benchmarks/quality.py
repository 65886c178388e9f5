"""Issue 21's quality measure: what share of each section an editor keeps, and what share of the expected is there.

    python benchmarks/quality.py ../shared/data                 # build the labelled set, print the table (dev, test)
    python benchmarks/quality.py ../shared/data --unlabelled    # also list the items no label covers yet
    python benchmarks/quality.py ../shared/data --sheets DIR    # write reading sheets for labellers (not for the repo)
    python benchmarks/quality.py ../shared/data --batch 2       # only the second set (stories marked `batch: 2`)

The set (`benchmarks/quality/set.yml`) names articles in the shared corpora by path and splits them by story into
dev and test. Each story is imported as `briefings add` would (Wikinews TimeML through tools/wikinews_seed.py) into
a scratch project, built with `python -m generator build`, and read back from `data/<story>.json`. A second set
(`batch: 2`, 24 stories from 22 outlets, split the same way) was added in round seven, after rules had been written
from the first set's dev half; its rows (`dev-b2`, `test-b2`) are reported apart so every round stays comparable.
A third set (`batch: 3`, 24 stories) was added the same way after round seven was scored (rows `dev-b3`, `test-b3`).

Labels (`benchmarks/quality/labels/<story>.yml`) follow ../shared/QUALITY.md. They hold no article text: a listed
item is known by a hash of its text (`key`) with a short quote for people to read, a person by name; the items an
editor expects (`expected`) by a few words that any correct rendering contains (and a date for the timeline).
An item whose text changed since it was labelled has a new key: it counts as unlabelled, and the table says how
many there are, so a round's figures never silently rest on stale labels. A timeline label also records the date the
row had (`date`): a row whose date changed is unlabelled too.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SET_FILE = ROOT / "benchmarks" / "quality" / "set.yml"
LABELS = ROOT / "benchmarks" / "quality" / "labels"
SECTIONS = ("timeline", "people", "questions", "background")
KEPT = {"OK"}
ROLE_LABELS = {"OK", "WRONG-ROLE", "MISSING-ROLE"}


def item_key(text: str) -> str:
    """A short, stable key for an item's text: lower case, letters and digits only, hashed."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return hashlib.sha1(re.sub(r"[^a-z0-9]+", " ", folded).strip().encode()).hexdigest()[:12]  # noqa: S324


def quote(text: str, words: int = 8) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def build(data_dir: Path, stories: list[dict[str, Any]], project: Path) -> dict[str, dict[str, Any]]:
    """Import every story's articles into `project`, build it, and return each story's JSON by slug."""
    sys.path.insert(0, str(ROOT / "tools"))
    from wikinews_seed import main as wikinews_seed

    from generator.importer import add_article

    if project.exists():
        shutil.rmtree(project)
    (project / "seeds").mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", project / "templates")
    for story in stories:
        for path in story["articles"]:
            source = data_dir / path
            if source.suffix == ".tml":
                wikinews_seed(source, project / "seeds" / story["slug"])
            else:
                add_article(project / "seeds", str(source), story=story["slug"])
    command = [sys.executable, "-m", "generator", "-q", "build", "-f", str(project / "mkdocs.yml")]
    subprocess.run(command, check=True, cwd=ROOT)  # noqa: S603
    out = project / "briefings" / "data"
    return {s["slug"]: json.loads((out / f"{s['slug']}.json").read_text(encoding="utf-8")) for s in stories}


def listed(data: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The items a briefing lists, per section, as the labeller sees them."""
    from generator.render import KEY_PEOPLE_SHOWN

    # the Key actors table: people not named in passing, the most salient first, as many as the page shows
    people = [a for a in data["actors"] if a["kind"] == "person" and not a.get("in_passing")][:KEY_PEOPLE_SHOWN]
    return {
        "timeline": [
            {"key": item_key(e["text"]), "date": e["date"], "text": e["text"], "status": e["status"]}
            for e in data["timeline"]
        ],
        "people": [{"name": a["name"], "role": a["roles"][0] if a["roles"] else None} for a in people],
        "questions": [{"key": item_key(q["text"]), "text": q["text"]} for q in data["questions"]],
        "background": [{"key": item_key(b["text"]), "text": b["text"], "date": b["date"]} for b in data["background"]],
    }


@dataclass
class Tally:
    listed: int = 0
    labelled: int = 0
    kept: int = 0
    expected: int = 0
    present: int = 0
    unknown: int = 0
    """Expected items matched only by an unlabelled listed item."""
    roles: int = 0
    roles_right: int = 0
    labels: Counter[str] = field(default_factory=Counter)
    unlabelled: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("listed", "labelled", "kept", "expected", "present", "unknown", "roles", "roles_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.labels.update(other.labels)
        self.unlabelled += other.unlabelled


def _label_of(section: str, item: dict[str, Any], labels: list[dict[str, Any]]) -> dict[str, Any] | None:
    if section == "people":  # a person by name, and only while the role shown is the one labelled
        return next(
            (
                lab
                for lab in labels
                if _name(lab.get("name", "")) == _name(item["name"]) and (lab.get("role") or None) == item["role"]
            ),
            None,
        )
    # a timeline row is judged with its date: a label that records one holds only while the date is the same
    return next(
        (
            lab
            for lab in labels
            if lab.get("key") == item["key"] and lab.get("date", item.get("date")) == item.get("date")
        ),
        None,
    )


def _name(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower())


def _matches(section: str, expected: dict[str, Any], item: dict[str, Any]) -> bool:
    if section == "people":
        return _name(expected["name"]) == _name(item["name"])
    text = item["text"].lower()
    if any(word.lower() not in text for word in expected.get("words", [])):
        return False
    date = expected.get("date")
    return date is None or str(item.get("date") or "").startswith(str(date))


def score_story(slug: str, data: dict[str, Any], labels: dict[str, Any]) -> dict[str, Tally]:
    """One story's tallies per section (and the summary)."""
    tallies: dict[str, Tally] = {}
    items = listed(data)
    for section in SECTIONS:
        tally = Tally()
        section_labels = labels.get(section) or []
        verdicts = []
        for item in items[section]:
            tally.listed += 1
            label = _label_of(section, item, section_labels)
            verdict = None if label is None else str(label.get("label", "")).upper() or None
            verdicts.append(verdict)
            if verdict is None:
                shown = item["name"] if section == "people" else f"{item.get('date') or ''} {item['text']}".strip()
                tally.unlabelled.append(f"{slug} {section}: {shown}")
                continue
            tally.labelled += 1
            tally.labels[verdict] += 1
            tally.kept += verdict in KEPT
            if section == "people" and verdict in ROLE_LABELS:
                tally.roles += 1
                tally.roles_right += verdict == "OK"
        for expected in (labels.get("expected") or {}).get(section) or []:
            tally.expected += 1
            found = [v for item, v in zip(items[section], verdicts, strict=True) if _matches(section, expected, item)]
            if any(v in KEPT for v in found):
                tally.present += 1
            elif None in found:
                tally.unknown += 1
        tallies[section] = tally
    summary = Tally(listed=1 if data.get("summary") else 0)
    label = labels.get("summary") or {}
    if summary.listed and label.get("key") == item_key(data["summary"]) and label.get("label"):
        summary.labelled = 1
        summary.kept = str(label["label"]).upper() in KEPT
        summary.labels[str(label["label"]).upper()] += 1
    elif summary.listed:
        summary.unlabelled.append(f"{slug} summary: {data['summary']}")
    tallies["summary"] = summary
    return tallies


def table(totals: dict[str, dict[str, Tally]]) -> str:
    """Kept and present per section and split, with the counts behind each share."""
    lines = [
        "| section | split | kept | present | listed (labelled) | expected (unknown) | roles right |",
        "|---|---|---|---|---|---|---|",
    ]
    for section in (*SECTIONS, "summary"):
        for split, sections in totals.items():
            t = sections[section]
            kept = f"{t.kept / t.labelled:.2f}" if t.labelled else "–"
            present = f"{t.present / t.expected:.2f}" if t.expected else "–"
            roles = f"{t.roles_right / t.roles:.2f} of {t.roles}" if section == "people" and t.roles else ""
            lines.append(
                f"| {section} | {split} | {kept} | {present} | {t.listed} ({t.labelled}) | "
                f"{t.expected} ({t.unknown}) | {roles} |"
            )
    return "\n".join(lines)


def sheet(story: dict[str, Any], data: dict[str, Any], project: Path, labels: dict[str, Any] | None = None) -> str:
    """A labeller's reading sheet: the articles with numbered sentences, then every listed item with its key.

    With `labels`, each item says whether a label covers it ("NEW" when none does), for a round that labels only
    what changed.
    """
    parts = [f"# {story['slug']} ({story['split']}, {story['genre']}, {story['outlet']})\n"]
    for source in data["sources"]:
        page = project / "briefings" / story["slug"] / "sources" / f"{source['id']}.md"
        parts.append(f"## Article {source['id']} ({source['source']}, published {source['published']})\n")
        html = re.sub(r'<span class="cited-by"[^>]*>.*?</span>', "", page.read_text(encoding="utf-8"))
        sentences = re.findall(r'id="s(\d+)"><a [^>]*>\d+</a> (.*?) ?</span>', html)
        parts += [f"[{n}] {re.sub(r'<[^>]+>', '', text)}" for n, text in sentences]
        parts.append("")
    summary_key = item_key(data["summary"] or "")
    mark = ""
    if labels is not None:
        mark = " (labelled)" if (labels.get("summary") or {}).get("key") == summary_key else " (NEW)"
    parts.append(f"## Summary\nkey {summary_key}{mark}: {data['summary']}\n")
    for section, items in listed(data).items():
        parts.append(f"## {section}")
        for item in items:
            mark = ""
            if labels is not None:
                found = _label_of(section, item, labels.get(section) or [])
                mark = f" (labelled {found.get('label')})" if found else " (NEW)"
            if section == "people":
                parts.append(f"- {item['name']} | role: {item['role']}{mark}")
            else:
                extra = f" [{item.get('date')}]" if item.get("date") else ""
                parts.append(f"- key {item['key']}{extra}{mark}: {item['text']}")
        parts.append("")
    orgs = [a["name"] for a in data["actors"] if a["kind"] == "organization"]
    places = [a["name"] for a in data["actors"] if a["kind"] == "place"]
    parts.append(f"## organizations\n{'; '.join(orgs)}\n\n## places\n{'; '.join(places)}\n")
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path, help="the shared data folder (../shared/data)")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all")
    parser.add_argument(
        "--batch", choices=("1", "2", "3", "all"), default="all", help="one labelled set (by its batch), or all"
    )
    parser.add_argument("--project", type=Path, help="build here and keep it (default: a temporary folder)")
    parser.add_argument("--unlabelled", action="store_true", help="list the listed items no label covers")
    parser.add_argument("--sheets", type=Path, help="write a reading sheet per story into this folder")
    parser.add_argument("--json", action="store_true", help="print the totals as JSON")
    parser.add_argument("--only-new", action="store_true", help="sheets mark what a label covers and what is NEW")
    args = parser.parse_args(argv)
    stories = yaml.safe_load(SET_FILE.read_text(encoding="utf-8"))["stories"]
    stories = [s for s in stories if args.split in ("all", s["split"])]
    stories = [s for s in stories if args.batch in ("all", str(s.get("batch", 1)))]
    with tempfile.TemporaryDirectory() as scratch:
        project = args.project or Path(scratch) / "project"
        built = build(args.data_dir.resolve(), stories, project)
        if args.sheets:
            args.sheets.mkdir(parents=True, exist_ok=True)
            for story in stories:
                path = LABELS / f"{story['slug']}.yml"
                known = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None
                text = sheet(story, built[story["slug"]], project, known if args.only_new else None)
                (args.sheets / f"{story['split']}-{story['slug']}.md").write_text(text, encoding="utf-8")
    totals: dict[str, dict[str, Tally]] = {}
    for story in stories:
        path = LABELS / f"{story['slug']}.yml"
        labels = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else {}
        group = story["split"] + ("" if story.get("batch", 1) == 1 else f"-b{story['batch']}")
        split = totals.setdefault(group, {s: Tally() for s in (*SECTIONS, "summary")})
        for section, tally in score_story(story["slug"], built[story["slug"]], labels or {}).items():
            split[section].add(tally)
    if args.json:
        print(
            json.dumps(
                {sp: {se: vars(t) | {"labels": dict(t.labels)} for se, t in v.items()} for sp, v in totals.items()}
            )
        )
    else:
        print(table(dict(sorted(totals.items(), key=lambda kv: (len(kv[0]), kv[0])))))
    if args.unlabelled:
        for sections in totals.values():
            for tally in sections.values():
                print("\n".join(tally.unlabelled))
    return 0


if __name__ == "__main__":
    sys.exit(main())
