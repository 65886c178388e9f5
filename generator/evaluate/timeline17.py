"""Timeline17 (Tran et al. 2013) as the news-tls protocol uses it, read into stories the product can build.

A topic folder holds `InputDocs/<YYYY-MM-DD>/<id>.txt` (PTB-tokenised, one sentence per line, the folder name
being the publication day) and `timelines/*.txt` (a `YYYY-MM-DD` line, that day's summary sentences, a line of
dashes). Each timeline is one task: the story is the topic's articles published inside the timeline's date range
(Gholipour Ghalandari & Ifrim 2020, §5.2), and the product's key events are scored against the timeline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath

from generator.errors import Diagnostic, InputError, Severity
from generator.ingest.text import normalise
from generator.model import Article, ArticleMeta

_PTB = (("-LRB-", "("), ("-RRB-", ")"), ("-LSB-", "["), ("-RSB-", "]"), ("``", '"'), ("''", '"'))
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SEPARATOR = re.compile(r"^-{5,}$")


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldTimeline:
    """One journalist's timeline: each day's summary sentences (PTB-tokenised, as published)."""

    name: str
    days: dict[date, tuple[str, ...]]
    skipped: tuple[Diagnostic, ...] = ()
    """Entries left out (their date line is no date), as warnings."""

    @property
    def first(self) -> date:
        return min(self.days)

    @property
    def last(self) -> date:
        return max(self.days)


@dataclass(frozen=True, slots=True, kw_only=True)
class Task:
    """One timeline of one topic, and the topic's articles inside its date range."""

    topic: str
    gold: GoldTimeline
    articles: tuple[Article, ...]

    @property
    def name(self) -> str:
        return f"{self.topic}/{self.gold.name}"

    @property
    def slug(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", self.name.lower()).strip("-")


def detokenize_line(line: str) -> str:
    """Undo PTB tokenisation well enough for the parser: brackets, quotes, spaced punctuation, clitics."""
    for token, char in _PTB:
        line = line.replace(token, char)
    line = re.sub(r" ([.,;:!?%)\]])", r"\1", line)
    line = re.sub(r"([(\[]) ", r"\1", line)
    line = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", line)
    line = re.sub(r"\$ (\d)", r"$\1", line)
    return re.sub(r'" (.*?) "', r'"\1"', line)


def detokenize(lines: Sequence[str]) -> str:
    """`detokenize_line` of each line, one line each."""
    return "\n".join(detokenize_line(line) for line in lines)


def topic_folders(root: Path) -> list[Path]:
    """`root` itself if it is a topic folder, else its topic folders, by name."""
    if (root / "timelines").is_dir():
        return [root]
    return sorted(p for p in root.iterdir() if (p / "timelines").is_dir() and (p / "InputDocs").is_dir())


def read_timeline(path: Path) -> GoldTimeline:
    """A tilse-format timeline file.

    An entry whose date line is no date ("2011-04-0") is left out and named in `skipped`; a file with no dated
    entry is an `InputError`.
    """
    days: dict[date, list[str]] = {}
    skipped: list[Diagnostic] = []
    current: list[str] | None = None
    expect_date = True
    for number, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), start=1):
        line = raw.strip()
        if not line or _SEPARATOR.match(line):
            current, expect_date = None, True
        elif expect_date:
            expect_date = False
            day = _day(line)
            if day is None:
                skipped.append(_problem(path, number, f"not a date: {line!r}; entry left out", Severity.WARNING))
                current = None
            else:
                current = days.setdefault(day, [])
        elif current is not None:
            current.append(line)
    if not days:
        raise InputError([_problem(path, 1, "no dated entries")])
    return GoldTimeline(name=path.stem, days={d: tuple(s) for d, s in days.items()}, skipped=tuple(skipped))


def _day(line: str) -> date | None:
    if not _DAY.match(line):
        return None
    try:
        return date.fromisoformat(line)
    except ValueError:
        return None


def read_articles(folder: Path, story: str) -> tuple[Article, ...]:
    """Every non-empty article of a topic folder, as the ingest stage would give it."""
    found = []
    for path in sorted((folder / "InputDocs").glob("*/*.txt")):
        if not _DAY.match(path.parent.name):
            continue
        lines = [line for line in path.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()]
        text = normalise("\n\n".join(detokenize_line(line) for line in lines)).text
        if not text:
            continue  # a few Timeline17 files are empty
        day = date.fromisoformat(path.parent.name)
        stem = re.sub(r"[^A-Za-z0-9]+", "-", path.name.removesuffix(".txt")).strip("-")
        found.append(
            Article(
                id=f"{day.isoformat()}-{stem}",
                story=story,
                src_uri=path.relative_to(folder).as_posix(),
                meta=ArticleMeta(published=day, source=folder.name.rsplit("_", 1)[-1]),
                text=text,
            )
        )
    return tuple(found)


def read_tasks(folder: Path, topics: Sequence[str] = ()) -> list[Task]:
    """Each timeline of each topic folder (only `topics`, when given) with the articles inside its range."""
    tasks = []
    for topic in topic_folders(folder):
        if topics and topic.name not in topics:
            continue
        timelines = [read_timeline(p) for p in sorted((topic / "timelines").glob("*.txt"))]
        articles = read_articles(topic, re.sub(r"[^a-z0-9]+", "-", topic.name.lower()))
        for gold in timelines:
            inside = tuple(
                a for a in articles if (d := a.meta.published_day) is not None and gold.first <= d <= gold.last
            )
            tasks.append(Task(topic=topic.name, gold=gold, articles=inside))
    if not tasks:
        raise InputError([_problem(folder, 0, "no Timeline17 topic folders (with timelines/ and InputDocs/)")])
    return tasks


def _problem(path: Path, line: int, message: str, severity: Severity = Severity.ERROR) -> Diagnostic:
    return Diagnostic(path=PurePosixPath(path.as_posix()), line=line or None, message=message, severity=severity)
