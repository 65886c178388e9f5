"""The templates and assets the package ships, and a project's own templates/ overriding them file by file."""

from __future__ import annotations

from datetime import date
from pathlib import Path, PurePosixPath

import pytest
from click.testing import CliRunner

from generator.cli import cli
from generator.model import Article, ArticleMeta, Briefing, Sentence, SourceArticle
from generator.render import render_shared, render_site
from generator.render.markdown import make_environment
from generator.render.packaged import PACKAGED_TEMPLATES, template_files

from .conftest import TEMPLATES


def briefing() -> Briefing:
    meta = ArticleMeta(published=date(2023, 9, 12))
    article = Article(id="a", story="bridge", src_uri="bridge/a.txt", meta=meta, text="The bridge reopened.")
    sentence = Sentence(number=1, start=0, end=20, text="The bridge reopened.", paragraph=0)
    return Briefing(
        slug="bridge",
        title="Bridge",
        summary=None,
        status="developing",
        updated=date(2023, 9, 12),
        tags=(),
        sources=(SourceArticle(article=article, sentences=(sentence,)),),
        editor_background=None,
        background=(),
        actors=(),
        timeline=(),
        questions=(),
    )


def test_in_a_clone_the_packaged_templates_are_the_top_level_folder():
    # The source of truth stays templates/ at the top of the repository; the wheel carries a copy of it.
    assert PACKAGED_TEMPLATES.resolve() == TEMPLATES.resolve()


def test_without_a_templates_folder_every_page_comes_from_the_packaged_templates(tmp_path):
    assert render_site([briefing()], tmp_path / "templates") == render_site([briefing()], TEMPLATES)


def test_a_project_template_overrides_the_packaged_one_of_its_name_only(tmp_path):
    own = tmp_path / "templates"
    own.mkdir()
    (own / "index.md.j2").write_text("# Our own home page ({{ total }} stories)\n", encoding="utf-8")
    pages = render_site([briefing()], own)
    packaged = render_site([briefing()], TEMPLATES)
    assert pages[PurePosixPath("index.md")] == "# Our own home page (1 stories)\n"
    assert {uri: text for uri, text in pages.items() if uri.name != "index.md" or uri.parent.name} == {
        uri: text for uri, text in packaged.items() if uri.name != "index.md" or uri.parent.name
    }


def test_a_project_asset_overrides_the_packaged_one_and_the_others_still_come(tmp_path):
    own = tmp_path / "templates"
    (own / "assets").mkdir(parents=True)
    (own / "assets" / "briefings.css").write_text("body { color: teal; }\n", encoding="utf-8")
    pages = render_shared(make_environment(own), [briefing()], own, search="pagefind")
    assert pages[PurePosixPath("assets/briefings.css")] == "body { color: teal; }\n"
    packaged_js = (TEMPLATES / "assets" / "pagefind-search.js").read_text(encoding="utf-8")
    assert pages[PurePosixPath("assets/pagefind-search.js")] == packaged_js


def test_the_effective_files_are_the_project_ones_first(tmp_path):
    own = tmp_path / "templates"
    own.mkdir()
    (own / "index.md.j2").write_text("x\n", encoding="utf-8")
    (own / "extra.md.j2").write_text("y\n", encoding="utf-8")
    files = template_files(own)
    assert files["index.md.j2"] == own / "index.md.j2"
    assert files["extra.md.j2"] == own / "extra.md.j2"
    assert files["briefing.md.j2"] == PACKAGED_TEMPLATES / "briefing.md.j2"
    assert files["assets/briefings.css"] == PACKAGED_TEMPLATES / "assets" / "briefings.css"


@pytest.mark.slow
@pytest.mark.build
def test_a_project_without_templates_builds(tmp_path, monkeypatch):
    story = tmp_path / "seeds" / "bridge"
    story.mkdir(parents=True)
    (story / "2023-09-12-bridge.txt").write_text("Officials said on Monday that the bridge had reopened.\n")
    (story / "2023-09-12-bridge.yml").write_text("published: 2023-09-12\n")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["build"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert Path("briefings/bridge/index.md").is_file()
    css = (TEMPLATES / "assets" / "briefings.css").read_text(encoding="utf-8")
    assert Path("briefings/assets/briefings.css").read_text(encoding="utf-8") == css
