"""The story cache: a rebuild re-merges and re-renders only the stories whose files (or pages' inputs) changed."""

from __future__ import annotations

import shutil

import pytest

from generator import pipeline
from generator.errors import StaleOutputError
from generator.pipeline import Session
from generator.render import render_site
from generator.settings import Settings

pytestmark = pytest.mark.slow

SEEDS = {
    "port/2024-01-02-a.txt": "The port of Lisbon reopened on Monday after a strike, union leader Ana Costa said.\n",
    "port/2024-01-02-a.yml": "published: 2024-01-02\n",
    "rail/2024-02-01-b.txt": "Rail workers walked out on Tuesday. It is unclear when the trains will run again.\n",
    "rail/2024-02-01-b.yml": "published: 2024-02-01\n",
    "rail/2024-02-03-c.txt": "Transport minister Rui Lopes met the unions on Friday.\n",
}


@pytest.fixture
def merges(monkeypatch):
    """Counts the stories merged, by slug."""
    merged: list[str] = []
    original = pipeline.merge_story

    def counting(**kwargs):
        merged.append(kwargs["slug"])
        return original(**kwargs)

    monkeypatch.setattr(pipeline, "merge_story", counting)
    return merged


def test_a_cached_rebuild_writes_the_same_pages_as_an_uncached_render(make_project, nlp, merges):
    settings = Settings.for_project(make_project(SEEDS))
    Session(settings, nlp=nlp).build()
    merges.clear()
    pages, outlines, warnings = Session(settings, nlp=nlp).render()
    assert merges == []  # every story came from the cache
    briefings, fresh_warnings = Session(settings, nlp=nlp).briefings()
    assert pages == render_site(briefings, settings.templates_dir)
    assert [b.slug for b in outlines] == ["rail", "port"]
    # The warning about the missing `published` date is kept with the cached story.
    assert warnings == fresh_warnings
    assert any("published" in str(w) for w in warnings)


def test_editing_one_article_re_merges_only_its_story(make_project, nlp, merges):
    project = make_project(SEEDS)
    settings = Settings.for_project(project)
    Session(settings, nlp=nlp).build()
    merges.clear()
    article = project / "seeds" / "rail" / "2024-02-03-c.txt"
    article.write_text(article.read_text() + "The strike ended on Saturday.\n")
    report = Session(settings, nlp=nlp).build()
    assert merges == ["rail"]
    assert "strike ended" in (project / "briefings" / "rail" / "sources" / "2024-02-03-c.md").read_text()
    assert all(uri.parts[0] != "port" for uri in report.plan.writes)


def test_a_template_edit_re_renders_every_story(make_project, nlp, merges):
    project = make_project(SEEDS)
    settings = Settings.for_project(project)
    Session(settings, nlp=nlp).build()
    merges.clear()
    template = project / "templates" / "briefing.md.j2"
    template.write_text(template.read_text() + "\nEdited template.\n")
    Session(settings, nlp=nlp).build()
    assert sorted(merges) == ["port", "rail"]
    for slug in ("port", "rail"):
        assert "Edited template." in (project / "briefings" / slug / "index.md").read_text()


def test_a_global_alias_invalidates_every_story(make_project, nlp, merges):
    project = make_project(SEEDS)
    settings = Settings.for_project(project)
    Session(settings, nlp=nlp).build()
    merges.clear()
    (project / "seeds" / "actors.yml").write_text("- name: Ana Costa\n  aliases: [Costa]\n")
    Session(settings, nlp=nlp).build()
    assert sorted(merges) == ["port", "rail"]


def test_a_corrupt_or_foreign_entry_is_ignored_and_rebuilt(make_project, nlp, merges):
    project = make_project(SEEDS)
    settings = Settings.for_project(project)
    Session(settings, nlp=nlp).build()
    expected = {p: p.read_bytes() for p in (project / "briefings").rglob("*") if p.is_file()}
    entries = sorted((project / ".cache" / "briefings" / "stories").rglob("*.json"))
    assert len(entries) == 2
    entries[0].write_text("{not json")
    entries[1].write_text('{"outline": {"__type__": "Severity"}, "warnings": [], "render_key": "", "pages": {}}')
    # Without the last build's record (tests/test_build_record.py), the next build reads every entry.
    shutil.rmtree(project / ".cache" / "briefings" / "builds")
    merges.clear()
    Session(settings, nlp=nlp).build()
    assert sorted(merges) == ["port", "rail"]
    assert {p: p.read_bytes() for p in (project / "briefings").rglob("*") if p.is_file()} == expected


def test_entries_of_past_versions_of_a_story_are_pruned(make_project, nlp):
    project = make_project(SEEDS)
    settings = Settings.for_project(project)
    Session(settings, nlp=nlp).build()
    article = project / "seeds" / "rail" / "2024-02-03-c.txt"
    for edit in range(3):
        article.write_text(article.read_text() + f"Edit {edit}.\n")
        Session(settings, nlp=nlp).build()
    assert len(list((project / ".cache" / "briefings" / "stories").rglob("*.json"))) == 2
    # `--check` keeps every entry: it writes nothing at all.
    article.write_text(article.read_text() + "One more.\n")
    with pytest.raises(StaleOutputError):
        Session(settings, nlp=nlp).build(check=True)
    assert len(list((project / ".cache" / "briefings" / "stories").rglob("*.json"))) == 3


@pytest.mark.parametrize(
    "edit",
    [
        ("rail/2024-02-03-c.txt", "Union leader Ana Costa said on Friday that the talks had failed.\n"),  # joins rail
        ("port/2024-01-02-a.txt", "The port of Lisbon reopened on Monday after a strike.\n"),  # leaves port
    ],
)
def test_actor_pages_after_an_edit_match_an_uncached_render(make_project, nlp, edit):
    # Actor pages of the unchanged stories are rendered while the edited one is parsed; an actor the edited story
    # names (or no longer names) must still get the page a full render gives.
    project = make_project(SEEDS)
    settings = Settings.for_project(project)
    Session(settings, nlp=nlp).build()
    path, text = edit
    (project / "seeds" / path).write_text(text)
    pages, _, _ = Session(settings, nlp=nlp).render()
    briefings, _ = Session(settings, nlp=nlp).briefings()
    expected = render_site(briefings, settings.templates_dir)
    assert {p for p in pages if p.parts[0] == "actors"} == {p for p in expected if p.parts[0] == "actors"}
    assert pages == expected


ALVAREZ = {
    "seville": {
        "seville/2024-03-01-bridge.txt": "José Álvarez, the mayor of Seville, opened the new bridge on Monday. "
        "Álvarez said the work took two years.\n",
        "seville/2024-03-01-bridge.yml": "published: 2024-03-01\n",
    },
    "ranch": {
        "ranch/2024-03-05-flood.txt": "Jose Alvarez, a Texas rancher, lost 200 cattle in the flood on Tuesday. "
        "Alvarez said the water rose fast.\n",
        "ranch/2024-03-05-flood.yml": "published: 2024-03-05\n",
    },
}


@pytest.mark.parametrize("first", ["seville", "ranch"])
def test_a_new_story_about_another_person_of_the_same_folded_name_gets_its_own_page(make_project, nlp, first):
    # "Jose Alvarez" takes the plain id whichever story came first, so a cached story may have to link elsewhere.
    later = next(slug for slug in ALVAREZ if slug != first)
    project = make_project(ALVAREZ[first])
    settings = Settings.for_project(project)
    Session(settings, nlp=nlp).build()
    for name, text in ALVAREZ[later].items():
        (project / "seeds" / name).parent.mkdir(exist_ok=True)
        (project / "seeds" / name).write_text(text, encoding="utf-8")
    Session(settings, nlp=nlp).build()
    pages = {
        p.relative_to(project / "briefings").as_posix(): p.read_text(encoding="utf-8")
        for p in (project / "briefings").rglob("*.md")
    }
    briefings, _ = Session(settings, nlp=nlp).briefings()
    expected = render_site(briefings, settings.templates_dir)
    assert pages == {str(uri): text for uri, text in expected.items() if uri.suffix == ".md"}
    assert "Texas rancher" in pages["actors/jose-alvarez.md"]
    assert "mayor of Seville" in pages["actors/jose-alvarez-2.md"]
    assert "../actors/jose-alvarez-2.md" in pages["seville/index.md"]
    assert "../actors/jose-alvarez.md" in pages["ranch/index.md"]
