"""Build time and memory at scale, against the floor of reading, rendering trivially and writing.

    python benchmarks/scale.py 10 100 1000        # corpora of that many articles (5 per story)

Corpora are made from the bundled seeds, deterministically: each copy shifts the publication date and adds a
numbered closing sentence, so that every article is new to the parse cache. For each size it reports the
median of several runs (3, or 1 for sizes of 1,000 or more) of: a cold build (empty cache), a warm rebuild with
no change, a rebuild after editing one article, the peak memory of those builds, words per second of the cold
build, `mkdocs build` of the result, and the floor: reading the same files, rendering a one-line template per
page and writing it.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import jinja2

ROOT = Path(__file__).resolve().parent.parent
PER_STORY = 5
COLUMNS = (
    "cold build s",
    "warm rebuild s",
    "one edit s",
    "mkdocs build s",
    "floor s",
    "words per s",
    "peak MB (any child)",
)


def seed_articles() -> list[tuple[str, str]]:
    """(text, published) of every bundled seed article."""
    found = []
    for path in sorted((ROOT / "seeds").rglob("*.txt")):
        sidecar = path.with_suffix(".yml")
        published = next(
            (
                line.split(":", 1)[1].strip()
                for line in sidecar.read_text().splitlines()
                if line.startswith("published:")
            ),
            "2024-01-01",
        )
        found.append((path.read_text(encoding="utf-8"), published))
    return found


def make_corpus(folder: Path, size: int) -> int:
    """Write `size` articles into folder/seeds; returns the number of words."""
    seeds = seed_articles()
    words = 0
    for index in range(size):
        text, published = seeds[index % len(seeds)]
        day = date.fromisoformat(published[:10]) + timedelta(days=index // len(seeds))
        story = folder / "seeds" / f"story-{index // PER_STORY:05d}"
        story.mkdir(parents=True, exist_ok=True)
        body = f"{text.rstrip()}\n\nThis copy is number {index} of the benchmark corpus.\n"
        (story / f"{day.isoformat()}-article-{index:05d}.txt").write_text(body, encoding="utf-8")
        (story / f"{day.isoformat()}-article-{index:05d}.yml").write_text(f"published: {day.isoformat()}\n")
        words += len(body.split())
    return words


def run(args: list[str], cwd: Path) -> float:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    started = time.perf_counter()
    subprocess.run(args, cwd=cwd, env=env, check=True, capture_output=True)  # noqa: S603 - our own commands
    return time.perf_counter() - started


def floor(folder: Path) -> float:
    """Read every seed file, render a trivial template per page, write it: what any generator must do."""
    template = jinja2.Template("# {{ title }}\n\n{{ text }}\n")
    out = folder / "floor"
    started = time.perf_counter()
    for path in sorted((folder / "seeds").rglob("*.txt")):
        page = template.render(title=path.stem, text=path.read_text(encoding="utf-8"))
        target = out / path.parent.name / f"{path.stem}.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page, encoding="utf-8")
    return time.perf_counter() - started


def measure(size: int, repeats: int) -> dict[str, float]:
    results: dict[str, list[float]] = {}
    for _ in range(repeats):
        with tempfile.TemporaryDirectory() as name:
            folder = Path(name)
            for item in ("mkdocs.yml", "templates"):
                source = ROOT / item
                (shutil.copytree if source.is_dir() else shutil.copy)(source, folder / item)
            (folder / "briefings").mkdir()
            words = make_corpus(folder, size)
            build = [sys.executable, "-m", "generator", "build"]
            results.setdefault("cold build s", []).append(run(build, folder))
            results.setdefault("words per s", []).append(words / results["cold build s"][-1])
            results.setdefault("warm rebuild s", []).append(run(build, folder))
            edited = next((folder / "seeds").rglob("*.txt"))
            edited.write_text(edited.read_text() + "\nOne more sentence was added on Monday.\n")
            results.setdefault("one edit s", []).append(run(build, folder))
            results.setdefault("mkdocs build s", []).append(run([sys.executable, "-m", "mkdocs", "build"], folder))
            results.setdefault("floor s", []).append(floor(folder))
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    summary = {k: statistics.median(v) for k, v in results.items()}
    summary["peak MB (any child)"] = peak
    return summary


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [10, 100]
    print(f"{'articles':>8}  " + "  ".join(f"{k:>18}" for k in COLUMNS))
    for size in sizes:
        m = measure(size, 1 if size >= 1000 else 3)
        print(f"{size:>8}  " + "  ".join(f"{m[k]:>18.2f}" for k in COLUMNS), flush=True)


if __name__ == "__main__":
    main()
