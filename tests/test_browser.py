"""The built site in headless Chromium (Debian's package, driven by Playwright): what readers do with it.

The site is built from the bundled seeds into a temporary folder and served on localhost; every request the
pages make must stay on localhost, and the console must stay free of errors.
"""

from __future__ import annotations

import functools
import itertools
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import unquote

import pytest

from .conftest import BROWSER_TESTS, ROOT, QuietHandler, serve

pytestmark = BROWSER_TESTS


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from _built_site(tmp_path_factory.mktemp("browser"))


@pytest.fixture(scope="module")
def pagefind_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The same site with `search: pagefind` instead of the theme's search plugin."""

    def use_pagefind(config: str) -> str:
        assert "  - search\n" in config and "      model: " in config
        config = config.replace("  - search\n", "")
        return config.replace("      model: ", "      search: pagefind\n      model: ")

    yield from _built_site(tmp_path_factory.mktemp("pagefind"), edit_config=use_pagefind)


@pytest.fixture(scope="module")
def updated_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The site after a newer article was added to a bundled story (the Kim-Putin summit)."""

    def add_article(project: Path) -> None:
        story = project / "seeds" / "kim-putin-summit"
        (story / "2023-09-14-kim-meets-putin.txt").write_text(LATER_ARTICLE, encoding="utf-8")
        (story / "2023-09-14-kim-meets-putin.yml").write_text(
            "title: Kim and Putin meet at a space launch centre\npublished: 2023-09-14\nsource: Test Wire\n",
            encoding="utf-8",
        )

    yield from _built_site(tmp_path_factory.mktemp("updated"), edit_seeds=add_article)


LATER_ARTICLE = (
    "Kim Jong Un and Vladimir Putin met on Wednesday at the Vostochny space launch centre in Russia's Far East.\n\n"
    "The two leaders toured the site before talks that lasted several hours, Russian state media said.\n\n"
    "It is not yet known whether the two sides signed any agreement on weapons.\n"
)


def _built_site(
    project: Path,
    *,
    edit_config: Callable[[str], str] = lambda c: c,
    edit_seeds: Callable[[Path], None] = lambda p: None,
) -> Iterator[str]:
    for name in ("mkdocs.yml", "seeds", "templates", "briefings"):
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, project / name)
    (project / "mkdocs.yml").write_text(edit_config((project / "mkdocs.yml").read_text()))
    edit_seeds(project)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    with serve(functools.partial(QuietHandler, directory=str(project / "site"))) as url:
        yield url


@pytest.fixture
def page(browser, site):
    yield from _watched_page(browser, site)


@pytest.fixture
def pagefind_page(browser, pagefind_site):
    yield from _watched_page(browser, pagefind_site)


@pytest.fixture
def phone_page(browser, site):
    """The site on a phone's width (390 px), where type and tap targets matter most."""
    yield from _watched_page(browser, site, width=390)


def _watched_page(browser, site, *, width: int = 1280):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.requests_elsewhere = []  # type: ignore[attr-defined]
    page.console_errors = []  # type: ignore[attr-defined]
    page.on(
        "request",
        lambda r: None if r.url.startswith((site, "data:", "blob:")) else page.requests_elsewhere.append(r.url),
    )
    page.on("console", lambda m: page.console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.console_errors.append(str(e)))
    yield page
    assert page.requests_elsewhere == [], "requests left localhost"
    assert page.console_errors == [], "console errors"
    context.close()


def test_home_page_lists_every_story(page, site):
    page.goto(f"{site}/")
    titles = page.locator("article h2 > a:not(.headerlink)").all_inner_texts()
    assert "General Motors' 2009 bankruptcy" in titles
    assert len(titles) == 4


def test_a_citation_lands_on_the_highlighted_sentence(page, site):
    page.goto(f"{site}/kim-putin-summit/")
    citation = page.locator("#open-questions ~ ul a.cite").first
    target = citation.get_attribute("href").split("#")[1]
    sentence = citation.get_attribute("title")
    citation.click()
    page.wait_for_url(f"**#{target}")
    highlighted = page.locator(f"#{target}")
    assert sentence.split()[0] in highlighted.inner_text()
    background = highlighted.evaluate("e => getComputedStyle(e).backgroundColor")
    assert background == "rgb(255, 229, 143)"  # the :target highlight


def test_searching_an_actors_surname_shows_the_briefing_first(page, site):
    page.goto(f"{site}/")
    page.wait_for_load_state("networkidle")  # the search index loads in a worker
    search = page.locator(".md-search__input")
    search.click()
    search.press_sequentially("Peskov", delay=50)  # Material searches on key events, not on a set value
    page.wait_for_selector(".md-search-result__item")
    page.wait_for_timeout(500)  # let the result list settle
    first = page.locator(".md-search-result__item a").first.get_attribute("href")
    assert "kim-putin-summit/" in first and "sources" not in first


def test_timeline_picture_has_a_mark_per_event_readable_ticks_and_a_legend(page, site):
    page.goto(f"{site}/kim-putin-summit/")
    rows = page.locator("#timeline ~ div table").first.locator("tbody tr").count()
    upcoming = page.locator("#upcoming ~ ul").first.locator("li").count()
    assert page.locator("svg.timeline-svg g.tl-event").count() == rows + upcoming
    ticks = page.locator("svg.timeline-svg text.tl-tick").evaluate_all(
        "els => els.map(e => { const b = e.getBoundingClientRect(); return [b.x, b.width, b.height]; })"
    )
    assert len(ticks) >= 3
    assert min(height for _, _, height in ticks) >= 12, "tick labels under 12 px on screen"
    spans = sorted((x, x + width) for x, width, _ in ticks)
    assert all(end <= start for (_, end), (start, _) in itertools.pairwise(spans)), "tick labels overlap"
    legend = page.locator("figure.timeline-figure figcaption").inner_text()
    assert "a day" in legend and "table below" in legend


def test_on_a_phone_the_table_is_the_timeline(phone_page, site):
    phone_page.goto(f"{site}/kim-putin-summit/")
    assert not phone_page.locator("figure.timeline-figure").is_visible()
    assert phone_page.locator("#timeline ~ div table").first.is_visible()


def test_the_cross_story_picture_gives_each_story_its_colour(page, site):
    page.goto(f"{site}/timeline/")
    colours = page.locator("svg.timeline-svg g.tl-event > :is(circle, rect)").evaluate_all(
        "els => [...new Set(els.map(e => getComputedStyle(e).fill === 'none' ? getComputedStyle(e).stroke"
        " : getComputedStyle(e).fill))]"
    )
    keys = page.locator("figure.timeline-figure figcaption .tl-swatch.tl-c1").count()
    assert len(colours) >= 2 and keys == 1


def test_new_marks_and_the_latest_list_appear_after_an_article_is_added(browser, updated_site, site):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{updated_site}/kim-putin-summit/")
    marks = page.locator(".new-mark")
    assert marks.count() >= 2 and marks.first.inner_text() == "New on 14 Sep"
    box = page.locator("#summary").inner_text()
    assert "Latest, 14 Sep" in box and "What happened" in box
    page.goto(f"{site}/kim-putin-summit/")  # the bundled story as it is: one article, nothing is new
    assert page.locator(".new-mark").count() == 0
    page.close()


@pytest.mark.parametrize(
    "path",
    [
        "kim-putin-summit/",
        "gm-bankruptcy-2009/",
        "timeline/",
        "actors/",
        "kim-putin-summit/sources/2023-09-12-kim-train/",
    ],
)
def test_nothing_overflows_sideways_on_a_phone(phone_page, site, path):
    phone_page.goto(f"{site}/{path}")
    overflow = phone_page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{path} is {overflow} px wider than the screen"


def test_actor_page_links_back_to_the_story(page, site):
    page.goto(f"{site}/actors/fritz-henderson/")
    page.locator("article a", has_text="General Motors' 2009 bankruptcy").first.click()
    page.wait_for_url("**/gm-bankruptcy-2009/")
    assert page.locator("h1").inner_text().startswith("General Motors")


def test_pagefind_search_page_finds_the_briefing(pagefind_page, pagefind_site):
    page = pagefind_page
    page.goto(f"{pagefind_site}/")
    page.locator("nav a", has_text="Search").first.click()  # an instant (XHR) navigation under Material
    page.wait_for_url("**/search/")
    search = page.locator("#pagefind-search input")
    search.wait_for()
    search.press_sequentially("Peskov", delay=30)
    page.wait_for_selector(".pagefind-ui__result")
    # Pagefind fills its results in as each page's fragment loads: wait for the briefing's, not for the first one
    briefing = page.locator('.pagefind-ui__result-link[href*="kim-putin-summit/"]')
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        briefing.first.wait_for(timeout=15_000)
    except PlaywrightTimeout:
        links = page.locator(".pagefind-ui__result-link").evaluate_all("els => els.map(e => e.getAttribute('href'))")
        raise AssertionError(f"the briefing is not among the results: {links}") from None
    # A query in the address works too (links from elsewhere can search).
    page.goto(f"{pagefind_site}/search/?q=Henderson")
    page.wait_for_selector(".pagefind-ui__result")
    first = page.locator(".pagefind-ui__result-link").first.get_attribute("href")
    assert "gm-bankruptcy-2009/" in first


LINKS_AND_IDS = """() => ({
  links: [...document.querySelectorAll("a[href]")].map(a => a.href),
  ids: [...document.querySelectorAll("[id], a[name]")].map(e => e.id || e.getAttribute("name")),
})"""
"""Every link on the page (absolute, as the browser resolves it) and every anchor a fragment can land on."""


def test_every_internal_link_and_anchor_resolves(page, site):
    """Crawl the whole site from home: each link inside it reaches a page (not a folder listing), each #anchor an id."""
    ids: dict[str, set[str]] = {}
    queue, links = [f"{site}/"], []
    while queue:
        url = queue.pop()
        if url in ids:
            continue
        page.goto(url, wait_until="domcontentloaded")
        found = page.evaluate(LINKS_AND_IDS)
        ids[url] = set(found["ids"])
        for link in found["links"]:
            target = link.split("#")[0]
            if not target.startswith(f"{site}/"):
                continue
            links.append((url, link))
            if target.endswith("/") and target not in ids:
                queue.append(target)
    assert len(ids) > 75, len(ids)  # every story, source, actor and shared page
    broken = []
    for source, link in links:
        target, _, anchor = link.partition("#")
        if target.endswith("/"):
            exists = target in ids and page.request.get(f"{target}index.html").ok
        else:
            exists = page.request.head(target).ok
        if not exists:
            broken.append(f"{source} -> {link}: no such page")
        elif anchor and target.endswith("/") and unquote(anchor) not in ids[target]:
            broken.append(f"{source} -> {link}: no such anchor")
    assert broken == [], f"{len(broken)} broken of {len(links)}:\n" + "\n".join(sorted(set(broken))[:20])


FONT_SIZE = "e => parseFloat(getComputedStyle(e).fontSize)"


def test_summary_and_tables_are_in_body_type_and_citations_are_readable_tap_targets(phone_page, site):
    page = phone_page
    for story in ("kim-putin-summit", "gm-bankruptcy-2009"):
        page.goto(f"{site}/{story}/")
        body = page.locator("#background ~ ul > li").first.evaluate(FONT_SIZE)
        assert body >= 16, body
        assert page.locator("#summary > ul > li").first.evaluate(FONT_SIZE) >= body  # the top box, in body type
        assert min(page.locator("article td").evaluate_all(f"els => els.map({FONT_SIZE})")) >= body
        citations = page.locator("article a.cite")
        assert citations.count() > 10
        sizes = citations.evaluate_all(
            "els => els.map(e => { const b = e.getBoundingClientRect(); "
            "return [b.width, b.height, parseFloat(getComputedStyle(e).fontSize), e.textContent]; })"
        )
        small = [s for s in sizes if s[0] < 24 or s[1] < 24]
        assert small == [], f"{len(small)} of {len(sizes)} citations are smaller than 24x24 px: {small[:5]}"
        assert min(size for _, _, size, _ in sizes) >= 13


def test_tags_are_shown_once_and_the_citation_notation_is_explained(page, site):
    page.goto(f"{site}/gm-bankruptcy-2009/")
    tags = page.locator("article").evaluate(
        "a => [...a.querySelectorAll('*')].filter(e => e.children.length === 0).map(e => e.textContent.trim())"
    )
    assert tags.count("bankruptcy") == 1, "a tag is shown more than once"
    for story, label in (("gm-bankruptcy-2009", r"\[\d+\.\d+\]"), ("kim-putin-summit", r"\[\d+\]")):
        page.goto(f"{site}/{story}/")  # several sources: "[2.5]" (source 2, sentence 5); one: "[5]"
        assert re.fullmatch(label, page.locator("article a.cite").first.inner_text())
        note = page.locator(".citation-note").inner_text()
        assert re.search(label, note) and "sentence" in note, note


AXE_PAGES = (
    "",
    "kim-putin-summit/",
    "actors/kim-jong-un/",
    "kim-putin-summit/sources/2023-09-12-kim-train/",
    "timeline/",
)
"""Home, a briefing, an actor, a source and the cross-story timeline."""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 390])
def test_axe_finds_no_serious_or_critical_violations(browser, site, scheme, width):
    """axe-core (the copy the axe-playwright-python package ships; nothing is fetched) on five kinds of page."""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    found = []
    for path in AXE_PAGES:
        page.goto(f"{site}/{path}")
        page.wait_for_load_state("networkidle")
        assert page.evaluate("document.body.dataset.mdColorScheme") == ("slate" if scheme == "dark" else "default")
        for violation in axe.run(page).response["violations"]:
            if violation["impact"] in {"serious", "critical"}:
                nodes = violation["nodes"]
                found.append(f"/{path} {violation['id']} ({len(nodes)}): {nodes[0]['html'][:100]} {nodes[0]['any']}")
    context.close()
    assert found == [], "\n".join(found)


def test_links_in_text_and_tables_are_underlined(page, site):
    """A link must not differ from the text around it by colour alone (actor names, citations, table links)."""
    for path in ("kim-putin-summit/", "timeline/", "kim-putin-summit/sources/2023-09-12-kim-train/"):
        page.goto(f"{site}/{path}")
        plain = page.locator("article :is(p, li, td) a:not(.headerlink, .sentence-number)").evaluate_all(
            "els => els.filter(e => !getComputedStyle(e).textDecorationLine.includes('underline'))"
            ".map(e => e.outerHTML.slice(0, 80))"
        )
        assert plain == [], f"/{path}: {len(plain)} links without an underline: {plain[:3]}"


def test_cited_in_returns_to_the_exact_item_and_highlights_it(page, site):
    page.goto(f"{site}/kim-putin-summit/sources/2023-09-12-kim-train/")
    link = page.locator(".cited-by a", has_text="Timeline").nth(1)
    item = link.get_attribute("title")  # the item's own text
    link.click()
    page.wait_for_url("**/kim-putin-summit/#tl-*")
    target = page.locator(":target")
    row = target.evaluate("e => e.closest('tr').innerText")  # a row of the timeline table
    assert item in " ".join(row.split()), (item, row)
    assert target.evaluate("e => getComputedStyle(e.closest('tr')).outlineStyle") == "solid"
