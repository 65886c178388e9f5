"""Measure the page importer (`generator.ingest.html.extract_page`) on saved news pages with gold annotations.

    python benchmarks/importer.py dates DIR     # htmldate-style set: DIR/gold.json {url: {file, date}}, DIR/html/
    python benchmarks/importer.py text DIR      # trafilatura-style set: gold.json {file: {with, without, title, date}}

`dates`: share of pages whose extracted publication date equals the gold date, and share with no date.
`text`: share of the gold `with` segments found in the extracted text (recall), share of `without` segments kept
out (boilerplate avoided), and title and date accuracy. The pages are third-party material: read them from the
folder given, never copy them into the project.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from generator.ingest.html import extract_page


def _flat(text: str) -> str:
    return " ".join(text.split()).lower()


def dates(folder: Path) -> None:
    gold = json.loads((folder / "gold.json").read_text())
    right = missing = 0
    started = time.perf_counter()
    for url, entry in sorted(gold.items()):
        page = extract_page((folder / "html" / entry["file"]).read_bytes(), url=url)
        if page.published is None:
            missing += 1
        elif page.published.isoformat() == entry["date"]:
            right += 1
    n = len(gold)
    print(
        f"{n} pages: date right {right}/{n} = {right / n:.1%}; no date {missing}/{n}; "
        f"{1000 * (time.perf_counter() - started) / n:.0f} ms per page"
    )


def text(folder: Path) -> None:
    gold = json.loads((folder / "gold.json").read_text())
    found = wanted = avoided = unwanted = titles = dated = n = 0
    for url, entry in sorted(gold.items()):
        path = folder / "html" / entry["file"]
        if not path.is_file():
            continue
        n += 1
        page = extract_page(path.read_bytes(), url=url)
        body = _flat(page.text)
        with_ = [s for s in entry.get("with") or [] if s]
        without = [s for s in entry.get("without") or [] if s]
        wanted += len(with_)
        found += sum(_flat(s) in body for s in with_)
        unwanted += len(without)
        avoided += sum(_flat(s) not in body for s in without)
        titles += bool(page.title) and _flat(page.title) == _flat(entry.get("title") or "")
        dated += bool(page.published) and page.published.isoformat() == entry.get("date")
    print(
        f"{n} pages: text segments found {found}/{wanted} = {found / wanted:.1%}; boilerplate kept out "
        f"{avoided}/{unwanted} = {avoided / unwanted:.1%}; title exact {titles}/{n}; date right {dated}/{n}"
    )


if __name__ == "__main__":
    {"dates": dates, "text": text}[sys.argv[1]](Path(sys.argv[2]))
