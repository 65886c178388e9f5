"""Hostile article text in headless Chromium: hovering or focusing anything that shows a tooltip runs nothing.

Material's `content.tooltips` builds a tooltip from an element's (decoded) `title` with `innerHTML`, and gives a
navigation or contents link whose text is cut by an ellipsis a `title` made from that text; so markup in a cited
sentence or a long story title would run when a reader hovers or tabs to it. The site here is built from one
hostile story; every page is visited and every tooltip host is hovered and focused.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator

import pytest

from .conftest import BROWSER_TESTS, ROOT, TEMPLATES, QuietHandler, serve

pytestmark = BROWSER_TESTS

IMG = '<img src=x onerror="window.__xss=1;alert(1)">'
SVG = '<svg onload="window.__xss=1;alert(2)">'
SCRIPT = '"><script>window.__xss=1</script>'
STORY = f"""title: 'A long story title that the navigation has to cut short {IMG} and more words after that'
status: developing
tags: ['{SVG}', 'peace']
"""
META = f"""title: 'Talks in Geneva end {IMG} after a long week of meetings between the two delegations'
source: '{SVG} Gazette'
published: 2023-09-12
authors: ['{SCRIPT} Ivan']
"""
ARTICLE = f"""Foreign minister Ivan Petrov said on Monday that the talks in Geneva had ended {IMG}.

It is unclear whether the delegation {SVG} will return to Geneva next month.

In 2009, the two governments {SCRIPT} signed a treaty on the border.

Ivan Petrov, the foreign minister, said the delegation left on Tuesday.
"""
HOSTS = "[title], a.cite, .md-nav__link, .md-ellipsis, svg g.tl-event > :is(circle, rect)"
"""Everything a theme may turn into a tooltip: titled elements, citations, navigation and contents entries."""
RECORD_TOOLTIPS = """
window.__tooltips = [];
new MutationObserver(records => {
  for (const record of records)
    for (const node of record.addedNodes)
      if (node.classList && node.classList.contains("md-tooltip2")) window.__tooltips.push(node);
}).observe(document, {childList: true, subtree: true});
"""
"""Keeps every tooltip Material adds (it removes each one when the pointer or focus leaves)."""
TOOLTIPS = "window.__tooltips.map(t => [t.innerText, t.querySelector('.md-tooltip2__inner *') !== null])"
"""Each tooltip's text, and whether it holds any element (a tooltip made from text holds none)."""
CENTRE = """e => {
  if (!e.checkVisibility()) return null;
  e.scrollIntoView({block: "center"});
  const box = e.getBoundingClientRect();
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  const hit = document.elementFromPoint(x, y);
  return hit !== null && e.contains(hit) ? [x, y] : null;
}"""
"""Where to point at the element, or null if a pointer cannot reach it (the header's two titles overlap)."""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, list[str]]]:
    """The site built from the hostile story and served on localhost: (base URL, page paths)."""
    project = tmp_path_factory.mktemp("hostile")
    story = project / "seeds" / "hostile"
    story.mkdir(parents=True)
    (story / "story.yml").write_text(STORY, encoding="utf-8")
    (story / "2023-09-12-talks.yml").write_text(META, encoding="utf-8")
    (story / "2023-09-12-talks.txt").write_text(ARTICLE, encoding="utf-8")
    shutil.copytree(TEMPLATES, project / "templates")
    (project / "mkdocs.yml").write_bytes((ROOT / "mkdocs.yml").read_bytes())
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    for args in (["-m", "generator", "build"], ["-m", "mkdocs", "build", "--strict"]):
        result = subprocess.run(
            [sys.executable, *args], cwd=project, env=env, capture_output=True, text=True, timeout=300, check=False
        )
        assert result.returncode == 0, result.stdout + result.stderr
    site = project / "site"
    paths = sorted(
        str(p.parent.relative_to(site)).removeprefix(".") for p in site.rglob("index.html") if p.parent != site / "404"
    )
    with serve(functools.partial(QuietHandler, directory=str(site))) as url:
        yield url, paths


def _hover_and_focus(page, hosts) -> int:
    """Point at and then focus each host a pointer can reach, as a reader with a mouse or a keyboard would."""
    done = 0
    for host in hosts:
        centre = host.evaluate(CENTRE)
        if centre is not None:
            page.mouse.move(*centre)
            host.focus()
            done += 1
    return done


def test_every_page_with_hostile_text_is_built(hostile_site):
    _, paths = hostile_site
    for expected in ("", "hostile", "hostile/sources/2023-09-12-talks", "actors/ivan-petrov", "timeline", "tags"):
        assert expected in paths, paths


def test_hovering_and_focusing_tooltips_runs_no_injected_script(browser, hostile_site):
    url, paths = hostile_site
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(RECORD_TOOLTIPS)
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(f"{page.url}: {dialog.message}"), dialog.dismiss()))
    tooltips: list[tuple[str, bool]] = []
    hovered = 0
    for path in paths:
        page.goto(f"{url}/{path}/" if path else f"{url}/")
        page.wait_for_load_state("networkidle")
        hovered += _hover_and_focus(page, page.query_selector_all(HOSTS))
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")  # the header now shows the page title
        hovered += _hover_and_focus(page, page.query_selector_all("[data-md-component=header-topic] .md-ellipsis"))
        page.mouse.move(0, 0)
        page.wait_for_timeout(300)  # a broken image's error handler runs after its (failed) request
        tooltips += page.evaluate(TOOLTIPS)
        assert dialogs == [], dialogs
        assert page.evaluate("window.__xss") is None, f"an injected handler ran on /{path}"
    context.close()
    assert hovered > 50, hovered
    # Not vacuous: the theme did build tooltips from hostile text, and the reader sees the text in them.
    assert [text for text, has_elements in tooltips if has_elements] == []
    assert any("onerror=" in text and "window.__xss" in text for text, _ in tooltips), tooltips
    assert any("A long story title that the navigation has to cut" in text for text, _ in tooltips), tooltips
