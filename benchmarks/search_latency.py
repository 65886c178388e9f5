"""How long a reader waits for the first search result on a built site, in headless Chromium.

    python benchmarks/search_latency.py SITE_DIR                     # the built-in (lunr) search
    python benchmarks/search_latency.py SITE_DIR --pagefind          # a site built with `search: pagefind`
    python benchmarks/search_latency.py SITE_DIR --query Henderson --repeats 5

Each repeat opens a fresh browser context (empty cache) on the home page (lunr) or the Search page (Pagefind),
types the query as soon as the page's HTML is in, and times how long until the first result shows. It also
reports the bytes the page fetched for search (lunr: `search/search_index.json`; Pagefind: everything under
`pagefind/`), and, for lunr, the time a second query takes once the index is loaded. The site is served from
localhost, so download time is near zero here: on a real connection add the index size over the bandwidth.
Typing takes 20 ms a character and is included (0.1 s for "Peskov").
Uses Debian's Chromium through Playwright's Python package, like the browser tests.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import shutil
import statistics
import threading
import time
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
TIMEOUT_MS = 300_000


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


def serve(folder: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def _type_and_wait(page: Page, box: str, query: str, result: str) -> None:
    search = page.locator(box)
    search.click()
    search.press_sequentially(query, delay=20)
    page.wait_for_selector(result, timeout=TIMEOUT_MS)


def measure(page: Page, base: str, query: str, *, pagefind: bool) -> dict[str, float]:
    fetched = {"bytes": 0}

    def count(response: object) -> None:
        url = getattr(response, "url", "")
        if "search_index.json" in url or "/pagefind/" in url:
            body = response.body()  # type: ignore[attr-defined]
            fetched["bytes"] += len(body)

    page.on("response", count)
    started = time.perf_counter()
    if pagefind:
        page.goto(f"{base}/search/", wait_until="domcontentloaded")
        _type_and_wait(page, "#pagefind-search input", query, ".pagefind-ui__result")
    else:
        page.goto(f"{base}/", wait_until="domcontentloaded")
        _type_and_wait(page, ".md-search__input", query, ".md-search-result__item")
    first = time.perf_counter() - started
    figures = {"first result s": first}
    if not pagefind:
        page.locator(".md-search__input").fill("")
        started = time.perf_counter()
        _type_and_wait(page, ".md-search__input", "strike", ".md-search-result__item")
        figures["next query s"] = time.perf_counter() - started
    page.wait_for_load_state("networkidle")
    figures["search bytes MB"] = fetched["bytes"] / 2**20
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", type=Path, help="a built site folder (mkdocs build's site_dir)")
    parser.add_argument("--pagefind", action="store_true", help="the site was built with `search: pagefind`")
    parser.add_argument("--query", default="Peskov")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    server, base = serve(args.site)
    runs: dict[str, list[float]] = {}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
            for _ in range(args.repeats):
                context = browser.new_context()  # an empty cache each time
                for name, value in measure(context.new_page(), base, args.query, pagefind=args.pagefind).items():
                    runs.setdefault(name, []).append(value)
                context.close()
            browser.close()
    finally:
        server.shutdown()
    pages = sum(1 for _ in args.site.rglob("index.html"))
    print(f"{args.site} ({pages} pages), {'Pagefind' if args.pagefind else 'lunr'}, median of {args.repeats}:")
    for name, values in runs.items():
        print(f"  {name:20s} {statistics.median(values):8.2f}   (all: {', '.join(f'{v:.2f}' for v in values)})")


if __name__ == "__main__":
    main()
