"""The build record: a rebuild with nothing changed reads and renders nothing; any change makes a full build."""

from __future__ import annotations

import dataclasses
import time

import pytest

from generator import pipeline
from generator.errors import InputError, StaleOutputError
from generator.incremental.story_cache import StoryCache
from generator.pipeline import Session, render_pages
from generator.settings import Settings

from .test_story_cache import SEEDS  # three articles in two stories; one lacks metadata (a warning)

pytestmark = pytest.mark.slow


@pytest.fixture
def work(monkeypatch):
    """What a build did beyond reading the seeds: story cache entries read, site-wide pages rendered."""
    done: list[str] = []
    get, render_shared = StoryCache.get, pipeline.render_shared

    def counting_get(self, key):
        done.append("read entry")
        return get(self, key)

    def counting_render(*args, **kwargs):
        done.append("render")
        return render_shared(*args, **kwargs)

    monkeypatch.setattr(StoryCache, "get", counting_get)
    monkeypatch.setattr(pipeline, "render_shared", counting_render)
    return done


def files(folder):
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_a_rebuild_with_nothing_changed_reads_and_renders_nothing(make_project, nlp, work):
    settings = Settings.for_project(make_project(SEEDS))
    first = Session(settings, nlp=nlp).build()
    assert work  # the first build did the work
    work.clear()
    second = Session(settings, nlp=nlp).build()
    assert work == []
    assert second.stories == first.stories == ("rail", "port")
    assert second.warnings == first.warnings
    assert any("2024-02-03-c" in str(w) for w in second.warnings)  # the missing metadata is still reported
    assert second.plan.is_empty
    Session(settings, nlp=nlp).build(check=True)
    assert work == []


@pytest.mark.parametrize("damage", ["same-size edit", "deleted page", "deleted manifest", "page added by hand"])
def test_a_changed_output_folder_makes_a_full_build(make_project, nlp, work, damage):
    project = make_project(SEEDS)
    settings = Settings.for_project(project)
    out = project / "briefings"
    Session(settings, nlp=nlp).build()
    expected = files(out)
    time.sleep(0.05)  # file times tick every few milliseconds: the damage must come after the build's writes
    page = out / "port" / "index.md"
    if damage == "same-size edit":
        page.write_bytes(page.read_bytes().replace(b"Lisbon", b"Lisbom", 1))
    elif damage == "deleted page":
        page.unlink()
    elif damage == "deleted manifest":
        (out / ".briefings-manifest.json").unlink()
    if damage == "page added by hand":
        (out / "notes.md").write_text("# Notes\n")
        expected = files(out)
    else:
        with pytest.raises(StaleOutputError):
            Session(settings, nlp=nlp).build(check=True)
    work.clear()
    Session(settings, nlp=nlp).build()
    assert files(out) == expected
    # A hand-written page is not the generator's: it neither stops the shortcut nor is touched by it.
    assert (work == []) == (damage == "page added by hand")


@pytest.mark.parametrize("change", ["seed", "template", "global aliases", "settings"])
def test_any_changed_input_makes_a_full_build(make_project, nlp, work, change):
    project = make_project(SEEDS)
    settings = Settings.for_project(project)
    Session(settings, nlp=nlp).build()
    if change == "seed":
        path = project / "seeds" / "rail" / "2024-02-03-c.txt"
        path.write_text(path.read_text() + "The strike ended on Saturday.\n")
    elif change == "template":
        path = project / "templates" / "briefing.md.j2"
        path.write_text(path.read_text() + "\nEdited template.\n")
    elif change == "global aliases":
        (project / "seeds" / "actors.yml").write_text("- name: Ana Costa\n  aliases: [Costa]\n")
    else:
        settings = dataclasses.replace(settings, search="pagefind")
    work.clear()
    Session(settings, nlp=nlp).build()
    assert "render" in work
    expected = render_pages(dataclasses.replace(settings, cache_dir=None), nlp=nlp)  # without any cache
    assert {p: t.encode() for p, t in expected.items()} == {
        p: b for p, b in files(project / "briefings").items() if p.name != ".briefings-manifest.json"
    }


def test_a_layout_error_fails_the_build_even_with_nothing_else_changed(make_project, nlp):
    project = make_project(SEEDS)
    settings = Settings.for_project(project)
    Session(settings, nlp=nlp).build()
    (project / "seeds" / "Bad Slug").mkdir()
    (project / "seeds" / "Bad Slug" / "2024-01-02-x.txt").write_text("Text.\n")
    with pytest.raises(InputError, match="Bad Slug"):
        Session(settings, nlp=nlp).build()


def test_a_damaged_record_is_ignored_and_written_again(make_project, nlp, work):
    project = make_project(SEEDS)
    settings = Settings.for_project(project)
    Session(settings, nlp=nlp).build()
    (record,) = (project / ".cache" / "briefings" / "builds").glob("*.json")
    record.write_text('{"key": 1}')
    work.clear()
    Session(settings, nlp=nlp).build()
    assert "render" in work
    work.clear()
    Session(settings, nlp=nlp).build()
    assert work == []


def test_without_a_cache_folder_the_record_lasts_as_long_as_the_session(make_project, nlp, work):
    settings = Settings.for_project(make_project(SEEDS), cache_dir=None)
    session = Session(settings, nlp=nlp)
    session.build()
    work.clear()
    assert session.build().stories == ("rail", "port")
    assert work == []
    Session(settings, nlp=nlp).build()
    assert "render" in work
