"""How heavy a big story's pages are: HTML bytes and the time headless Chromium takes to load them (issue 22).

    python benchmarks/page_weight.py ../shared/data/timeline17                       # EgyptianProtest_cnn
    python benchmarks/page_weight.py ../shared/data/timeline17 --topic H1N1_bbc --keep /tmp/h1n1

One Timeline17 topic becomes one story (every article inside its first timeline's date range), written as seeds
into a scratch project made by `briefings init`; `mkdocs build` builds it with the plugin (the first build parses
every article: minutes on two cores). Then each of the story's pages is loaded five times in Debian's Chromium
through Playwright, and the median time to the load event is printed with the page's size. The issue asks for
< 300 KB of HTML and < 1 s in Chromium for any story's briefing page. Development topics only (see t17.py).
"""

from __future__ import annotations

import argparse
import functools
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import yaml

from generator.evaluate.timeline17 import read_tasks
from generator.new_project import init_project
from tests.conftest import CHROMIUM, QuietHandler, serve  # the browser tests' server and Debian's Chromium

LOADS = 5


def write_story(folder: Path, topic: str, project: Path) -> tuple[str, int]:
    """The topic's first timeline's articles as seeds of one story; returns the story's slug and its article count."""
    task = read_tasks(folder, [topic])[0]
    story = project / "seeds" / task.slug
    story.mkdir(parents=True)
    for article in task.articles:
        (story / f"{article.id}.txt").write_text(article.text + "\n", encoding="utf-8")
        meta = {"published": article.meta.published_day, "source": article.meta.source}
        (story / f"{article.id}.yml").write_text(yaml.safe_dump(meta, sort_keys=True), encoding="utf-8")
    (story / "story.yml").write_text(yaml.safe_dump({"title": task.name}), encoding="utf-8")
    return task.slug, len(task.articles)


def load_times(base: str, paths: list[str]) -> dict[str, float]:
    """The median seconds from navigation to the load event, per page."""
    from playwright.sync_api import sync_playwright

    medians = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        for path in paths:
            seconds = []
            for _ in range(LOADS):
                start = time.perf_counter()
                page.goto(f"{base}/{path}", wait_until="load")
                seconds.append(time.perf_counter() - start)
            medians[path] = statistics.median(seconds)
        browser.close()
    return medians


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, help="the Timeline17 folder (topics with timelines/ and InputDocs/)")
    parser.add_argument("--topic", default="EgyptianProtest_cnn")
    parser.add_argument("--keep", type=Path, help="build the project here (kept, so a second run reuses its caches)")
    args = parser.parse_args()
    project = args.keep or Path(tempfile.mkdtemp(prefix="page-weight-"))
    if not (project / "mkdocs.yml").exists():
        init_project(project)
        shutil.rmtree(project / "seeds")
        slug, count = write_story(args.folder, args.topic, project)
    else:
        slug = next(p.name for p in (project / "seeds").iterdir() if p.is_dir())
        count = len(list((project / "seeds" / slug).glob("*.txt")))
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet"], cwd=project, check=True)
    print(f"{args.topic}: {count} articles, site built in {time.perf_counter() - start:.1f} s ({project})")
    site = project / "site"
    pages = [f"{slug}/", f"{slug}/timeline/", f"{slug}/questions/", "index.html", "timeline/", "actors/"]
    pages = [p for p in pages if (site / p).exists() and ((site / p).is_file() or (site / p / "index.html").exists())]
    with serve(functools.partial(QuietHandler, directory=str(site))) as base:
        times = load_times(base, pages)
    print("| page | HTML | load in Chromium (median of 5) |")
    print("|---|---|---|")
    for path in pages:
        html = site / path if (site / path).is_file() else site / path / "index.html"
        print(f"| {path} | {html.stat().st_size / 1024:.0f} KB | {times[path]:.2f} s |")


if __name__ == "__main__":
    main()
