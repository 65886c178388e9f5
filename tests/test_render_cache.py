"""Render cache: a page whose every input is unchanged is not rendered again; the site is the same byte for byte."""

from __future__ import annotations

import logging
from pathlib import Path
from types import SimpleNamespace

import pytest

from generator.mkdocs.accel.render_cache import RenderCache, UnknownValueError, stable

from . import test_page_cache
from .test_page_cache import ARTICLE, counts, mkdocs, tree

pytestmark = pytest.mark.slow
project = test_page_cache.project  # the same one-story project


def rendered(output: str) -> tuple[int, int]:
    return counts(output, "rendered, (\\d+) from the render cache")


def set_option(project: Path, line: str) -> None:
    """Add a `briefings` plugin option to the project's mkdocs.yml."""
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("      model: ", f"      {line}\n      model: "))


def test_a_second_build_renders_nothing_and_writes_the_same_site(project):
    first = mkdocs(project, "site-1")
    pages, cached = rendered(first)
    assert pages > 5 and cached == 0
    assert rendered(mkdocs(project, "site-2")) == (0, pages)
    assert tree(project / "site-1") == tree(project / "site-2")


def test_changed_settings_and_pages_render_again_and_match_a_build_without_the_cache(project):
    pages = rendered(mkdocs(project, "site-1"))[0]
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("site_name: Briefings", "site_name: Port desk"))
    assert rendered(mkdocs(project, "site-2")) == (pages, 0)  # every page prints the site's name
    assert "Port desk" in (project / "site-2" / "index.html").read_text()
    seed = project / "seeds" / "port-strike" / "2024-03-05-strike.txt"
    seed.write_text(ARTICLE.replace("could last weeks", "could last months"), encoding="utf-8")
    again, cached = rendered(mkdocs(project, "site-3"))
    assert 0 < again < cached  # the briefing and its source page, not the pages that did not change
    set_option(project, "render_cache: false")
    output = mkdocs(project, "site-4")
    assert "from the render cache" not in output
    assert tree(project / "site-3") == tree(project / "site-4")


def test_a_new_story_in_the_navigation_renders_every_page_again(project):
    rendered(mkdocs(project, "site-1"))
    story = project / "seeds" / "harbour-talks"
    story.mkdir()
    (story / "2024-03-07-talks.txt").write_text("Talks between the union and the port resumed on Thursday.\n")
    (story / "2024-03-07-talks.yml").write_text("published: 2024-03-07\n")
    assert rendered(mkdocs(project, "site-2"))[1] == 0  # "Latest stories" is on every page
    set_option(project, "render_cache: false")
    mkdocs(project, "site-3")
    assert tree(project / "site-2") == tree(project / "site-3")


def test_a_template_override_in_custom_dir_is_part_of_the_key(project):
    overrides = project / "overrides"
    overrides.mkdir()
    template = overrides / "main.html"
    template.write_text('{% extends "base.html" %}{% block announce %}Strike watch{% endblock %}')
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("  name: material\n", "  name: material\n  custom_dir: overrides\n"))
    pages = rendered(mkdocs(project, "site-1"))[0]
    assert "Strike watch" in (project / "site-1" / "index.html").read_text()
    template.write_text('{% extends "base.html" %}{% block announce %}Talks resume{% endblock %}')
    assert rendered(mkdocs(project, "site-2")) == (pages, 0)
    assert "Talks resume" in (project / "site-2" / "index.html").read_text()


def test_another_plugin_turns_the_cache_off(project):
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("plugins:\n", "plugins:\n  - offline\n"))
    output = mkdocs(project, "site-1")
    assert "from the render cache" not in output
    assert "from the render cache" not in mkdocs(project, "site-2")


class FakeTemplate:
    name = "main.html"

    def __init__(self) -> None:
        self.calls = 0

    def render(self, context):
        self.calls += 1
        return f"<p>{context['page'].content}</p>"


def fake_context(**extra):
    page = SimpleNamespace(
        url="a/",
        file=SimpleNamespace(src_uri="a.md"),
        title="A",
        meta={"tags": ["x"]},
        toc=SimpleNamespace(items=[]),
        canonical_url=None,
        edit_url=None,
        abs_url="/a/",
        is_homepage=False,
        previous_page=None,
        next_page=None,
        content="text",
    )
    nav = SimpleNamespace(homepage=None, items=[])
    return {"page": page, "nav": nav, "base_url": "..", "extra_css": [], "extra_javascript": [], **extra} | {
        "mkdocs_version": "1.6.1"
    }


def started(tmp_path: Path) -> RenderCache:
    cache = RenderCache(tmp_path / "rendered")
    cache.on = True
    cache.store.begin()
    return cache


def test_a_context_value_it_cannot_see_into_is_rendered_every_time(tmp_path):
    cache, template = started(tmp_path), FakeTemplate()
    context = fake_context(widget=object())
    assert cache.render(template, context) == cache.render(template, context) == "<p>text</p>"
    assert template.calls == 2 and cache.store.used == set()
    plain = fake_context(tags=["a"])
    assert cache.render(template, plain) == cache.render(template, plain)
    assert template.calls == 3 and cache.store.hits == 1


def test_a_page_whose_rendering_logs_is_not_cached(tmp_path):
    class Noisy(FakeTemplate):
        def render(self, context):
            logging.getLogger("mkdocs.theme").warning("a missing translation")
            return super().render(context)

    cache, template = started(tmp_path), Noisy()
    cache.render(template, fake_context())
    cache.render(template, fake_context())
    assert template.calls == 2  # rendered again, so its warning is logged again (and --strict fails again)


def test_a_damaged_entry_is_rendered_again_and_replaced(tmp_path):
    cache, template = started(tmp_path), FakeTemplate()
    cache.render(template, fake_context())
    [entry] = (tmp_path / "rendered").glob("*/*.htmlz")
    entry.write_bytes(b"not zlib")
    fresh = started(tmp_path)
    assert fresh.render(template, fake_context()) == "<p>text</p>" and template.calls == 2
    assert started(tmp_path).render(template, fake_context()) == "<p>text</p>" and template.calls == 2


def test_stable_takes_in_data_and_refuses_objects_unless_lenient():
    assert stable({"a": (1, "b"), "c": {2, 1}}) == {"a": [1, "b"], "c": ["1", "2"]}
    with pytest.raises(UnknownValueError):
        stable({"a": object()})
    assert stable(object(), lenient=True) == "builtins.object"  # its text names an address: left out
