"""The plugin in a mkdocs.yml of the user's own: minimal, with either theme, or beside hand-written pages."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from generator.new_project import SAMPLE_STORY, project_files
from generator.render.strings import ENGLISH
from tests.conftest import run_command

pytestmark = [pytest.mark.slow, pytest.mark.build]

STORY = SAMPLE_STORY.name


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache for the module's builds: the sample article is parsed once."""
    return tmp_path_factory.mktemp("cache")


def project(root: Path, mkdocs_yml: str) -> Path:
    """A folder with the sample story of `briefings init` and the given mkdocs.yml (nothing else)."""
    for file in project_files():
        if file.path.parts[0] == "seeds":
            target = root / file.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(file.text, encoding="utf-8")
    (root / "docs").mkdir()
    (root / "mkdocs.yml").write_text(mkdocs_yml, encoding="utf-8")
    return root


def mkdocs_build(root: Path) -> None:
    run_command([sys.executable, "-m", "mkdocs", "build", "--strict"], root)


@pytest.mark.parametrize("theme", ["material", "mkdocs"])
def test_a_minimal_mkdocs_yml_with_only_the_plugin_renders_the_briefing(tmp_path, cache, theme):
    root = project(
        tmp_path,
        f"site_name: My news\ndocs_dir: docs\ntheme: {theme}\nplugins:\n  - briefings:\n      cache_dir: {cache}\n",
    )
    mkdocs_build(root)
    page = (root / "site" / STORY / "index.html").read_text(encoding="utf-8")
    assert "!!!" not in page
    assert 'class="admonition abstract' in page
    assert "{.cite}" not in page
    assert 'class="cite"' in page
    assert "<table>" in page
    assert 'href="../assets/briefings.css"' in page
    assert (root / "site" / "assets" / "briefings.css").is_file()


HANDWRITTEN = "# Our handbook\n\nHow we work. The [briefings](briefings/index.md) are generated.\n"


@pytest.mark.parametrize("nav", ["", "nav:\n  - index.md\n  - About: about.md\n"])
def test_output_into_a_folder_of_an_existing_docs_site_keeps_its_pages(tmp_path, cache, nav):
    root = project(
        tmp_path,
        "site_name: Handbook\ndocs_dir: docs\ntheme: material\n"
        f"{nav}plugins:\n  - search\n  - briefings:\n      output: docs/briefings\n      cache_dir: {cache}\n",
    )
    (root / "docs" / "index.md").write_text(HANDWRITTEN, encoding="utf-8")
    (root / "docs" / "about.md").write_text("# About\n\nUs.\n", encoding="utf-8")
    mkdocs_build(root)
    assert (root / "docs" / "index.md").read_text(encoding="utf-8") == HANDWRITTEN
    site = root / "site"
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "Our handbook" in home
    assert 'href="about/"' in home
    assert re.search(rf">\s*{ENGLISH('navigation.section')}\s*<", home)  # the nav's own section
    assert f'href="briefings/{STORY}/"' in home  # the nav's section lists the story
    page = (site / "briefings" / STORY / "index.html").read_text(encoding="utf-8")
    assert 'class="admonition abstract' in page
    assert 'href="../assets/briefings.css"' in page
    assert (site / "briefings" / "assets" / "briefings.css").is_file()
    assert 'href="sources/2025-03-10-bridge-closed/#s1"' in page
    assert (site / "briefings" / STORY / "sources" / "2025-03-10-bridge-closed" / "index.html").is_file()
    assert 'href="../actors/' in page
    assert (site / "briefings" / "actors" / "index.html").is_file()
    # without site_url, each page's feed links are relative to it
    assert alternates((site / "about" / "index.html").read_text(encoding="utf-8")) == ["../briefings/feed.xml"]
    assert alternates(page) == ["../feed.xml", "feed.xml"]
    assert (site / "briefings" / STORY / "feed.xml").is_file()


def alternates(html: str, *, rel: str = "") -> list[str]:
    """The hrefs of a page's Atom feed links: rel holding the `alternate` token (exactly `rel`, if given)."""
    found = []
    for link in re.findall(r"<link [^>]*>", html):
        rels = re.search(r'rel="([^"]*)"', link)
        atom = 'type="application/atom+xml"' in link
        if atom and rels and "alternate" in rels[1].split() and (not rel or rels[1] == rel):
            found.append(re.search(r'href="([^"]*)"', link)[1])  # type: ignore[index]
    return found


def test_feeds_use_the_site_url_and_name_and_every_page_advertises_them(tmp_path, cache):
    import feedparser

    base = "https://news.example.org/desk/"
    root = project(
        tmp_path,
        f"site_name: Harbour News\nsite_url: {base}\ndocs_dir: docs\ntheme: material\n"
        f"plugins:\n  - briefings:\n      cache_dir: {cache}\n",
    )
    mkdocs_build(root)
    site = root / "site"
    feed = feedparser.parse((site / "feed.xml").read_bytes())
    assert feed.feed.title == "Harbour News"
    assert [e.link for e in feed.entries] == [f"{base}{STORY}/"]
    story = feedparser.parse((site / STORY / "feed.xml").read_bytes())
    assert story.feed.title.startswith("Harbour News: ")
    assert [e.link for e in story.entries] == [f"{base}{STORY}/sources/2025-03-10-bridge-closed/"]
    assert story.entries[0].published.startswith("2025-03-10")
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 5
    for page in pages:
        hrefs = alternates(page.read_text(encoding="utf-8"))
        assert f"{base}feed.xml" in hrefs, page
        # Material fetches sitemap.xml beside a plain `alternate` link: only the site's own feed is one
        assert alternates(page.read_text(encoding="utf-8"), rel="alternate") == [f"{base}feed.xml"], page
        if page.is_relative_to(site / STORY):
            assert f"{base}{STORY}/feed.xml" in hrefs, page


NO_PLUGIN = """\
INHERIT: briefings/.nav.yml
site_name: Without the plugin
docs_dir: briefings
markdown_extensions: [admonition, attr_list, md_in_html, tables, toc]
"""


@pytest.mark.parametrize("builder", ["mkdocs", "properdocs", "zensical"])
def test_the_build_output_and_its_nav_file_build_without_the_plugin(tmp_path, cache, builder):
    """Not stranded with one site builder: `briefings build` writes the pages and `.nav.yml`; MkDocs 1.6, its
    fork ProperDocs and Zensical build them, with their default themes and no plugin, and show the short
    navigation."""
    plugin = f"site_name: Unused\ndocs_dir: briefings\nplugins:\n  - briefings:\n      cache_dir: {cache}\n"
    root = project(tmp_path, plugin)
    run_command([sys.executable, "-m", "generator", "-q", "build"], root)
    (root / "mkdocs.yml").unlink()  # from here on, no plugin: only the generated files and a configuration
    (root / f"{builder}.yml").write_text(NO_PLUGIN, encoding="utf-8")
    config = ["-f", f"{builder}.yml"] if builder == "zensical" else []  # Zensical looks for zensical.toml
    run_command([sys.executable, "-m", builder, "build", "--strict", *config], root)
    home = (root / "site" / "index.html").read_text(encoding="utf-8")
    assert "Latest stories" in home and f'href="{STORY}/"' in home
    briefing = (root / "site" / STORY / "index.html").read_text(encoding="utf-8")
    assert "<h2" in briefing and "Key actors" in briefing and "!!!" not in briefing and "{:" not in briefing
    cited = re.findall(r'href="(sources/[^"#]+/)#(s\d+)"', briefing)
    assert cited
    for folder, anchor in cited:  # every citation reaches its sentence on the source page
        assert f'id="{anchor}"' in (root / "site" / STORY / folder / "index.html").read_text(encoding="utf-8")
