"""The `briefings` options: read from mkdocs.yml as MkDocs reads them, validated as the plugin validates them.

The command line and the plugin build their settings from one declaration (`generator.settings.Options`); a value
the plugin refuses, the command line refuses with the same message, as `mkdocs.yml: plugins.briefings.<option>`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli

pytestmark = pytest.mark.slow
ARTICLE = {
    "bridge/2023-09-12-bridge.txt": "Officials said on Monday that the bridge had reopened.\n",
    "bridge/2023-09-12-bridge.yml": "published: 2023-09-12\n",
}


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def set_options(project: Path, *lines: str) -> None:
    """Put `lines` among the `briefings` plugin options of the project's mkdocs.yml."""
    config = project / "mkdocs.yml"
    options = "".join(f"      {line}\n" for line in lines)
    config.write_text(config.read_text().replace("      model: ", f"{options}      model: "))


def test_the_first_build_creates_the_docs_dir(make_project):
    project = make_project(ARTICLE)
    assert not (project / "briefings").exists()  # MkDocs would refuse this mkdocs.yml: docs_dir must exist
    result = run("build", "-f", str(project / "mkdocs.yml"))
    assert result.exit_code == 0, result.output
    assert (project / "briefings" / "bridge" / "index.md").is_file()


def test_without_mkdocs_yml_the_defaults_apply(make_project, monkeypatch):
    project = make_project(ARTICLE, with_mkdocs=False)
    monkeypatch.chdir(project)
    assert run("build").exit_code == 0
    assert (project / "briefings" / "bridge" / "index.md").is_file()


def test_a_config_file_named_but_missing_is_an_error(make_project, monkeypatch):
    monkeypatch.chdir(make_project(ARTICLE))
    result = run("build", "-f", "missing.yml")
    assert result.exit_code == 2
    assert result.stderr == "missing.yml: not found\n"
    assert not Path("briefings").exists()


def test_mkdocs_yml_is_read_by_mkdocs_own_loader(make_project, monkeypatch):
    # MkDocs' !ENV tag: the seeds folder named by an environment variable, as `mkdocs build` would read it.
    project = make_project({})
    (project / "seeds").rename(project / "desk-input")
    (project / "desk-input").mkdir(exist_ok=True)
    for name, text in ARTICLE.items():
        (project / "desk-input" / name).parent.mkdir(parents=True, exist_ok=True)
        (project / "desk-input" / name).write_text(text, encoding="utf-8")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("seeds_dir: seeds", "seeds_dir: !ENV [DESK_SEEDS, seeds]"))
    monkeypatch.setenv("DESK_SEEDS", "desk-input")
    result = run("build", "-f", str(config))
    assert result.exit_code == 0, result.output
    assert (project / "briefings" / "bridge" / "index.md").is_file()


@pytest.mark.parametrize(
    ("option", "value"),
    [("jobs", "many"), ("max_file_bytes", "2MB"), ("search", "lunr"), ("nav", "sometimes"), ("seeds_dir", "[a, b]")],
)
def test_the_command_line_refuses_what_the_plugin_refuses(make_project, option, value):
    from yaml import safe_load

    from generator.mkdocs.plugin import BriefingsPlugin

    errors, _ = BriefingsPlugin().load_config({option: safe_load(value)})
    [(key, error)] = errors  # what `mkdocs build` reports for this value
    project = make_project(ARTICLE)
    set_options(project, f"{option}: {value}")
    for command in ("build", "validate"):
        result = run(command, "-f", str(project / "mkdocs.yml"))
        assert result.exit_code == 2, result.output
        assert result.stderr == f"mkdocs.yml: plugins.briefings.{key}: {error}\n"
    assert not (project / "briefings").exists()


def test_every_bad_option_is_reported_at_once(make_project):
    project = make_project(ARTICLE)
    set_options(project, "jobs: many", "search: lunr")
    result = run("validate", "-f", str(project / "mkdocs.yml"))
    assert result.exit_code == 2
    fields = [line.split(": ")[1] for line in result.stderr.splitlines()]
    assert fields == ["plugins.briefings.jobs", "plugins.briefings.search"]


def test_the_plugin_and_the_command_line_agree_on_every_setting(make_project):
    from mkdocs.config import load_config

    from generator.mkdocs.config import load_settings

    project = make_project(ARTICLE)
    (project / "briefings").mkdir()
    set_options(project, "max_file_bytes: 1000", "cache_dir: .cache/desk", "jobs: 3", "search: mkdocs")
    config = load_config(str(project / "mkdocs.yml"))
    plugin = config.plugins["briefings"]
    settings, warnings = load_settings(project / "mkdocs.yml", given=True)
    assert plugin.settings(config) == settings and not warnings
    assert (settings.max_file_bytes, settings.jobs) == (1000, 3)
    assert settings.cache_dir == project.resolve() / ".cache" / "desk"


def test_an_empty_cache_dir_keeps_no_cache_on_disk_for_the_plugin_and_the_command_line(make_project):
    from mkdocs.config import load_config

    from generator.mkdocs.config import load_settings

    project = make_project(ARTICLE)
    (project / "briefings").mkdir()
    set_options(project, 'cache_dir: ""')
    config = load_config(str(project / "mkdocs.yml"))
    assert config.plugins["briefings"].settings(config).cache_dir is None  # not the project folder itself
    assert load_settings(project / "mkdocs.yml", given=True)[0].cache_dir is None


def test_site_url_makes_the_feed_and_calendar_links_absolute(make_project):
    project = make_project(
        {
            "vote/2024-03-05-vote.txt": "The city council met on Tuesday. The vote will be held on 20 March 2024.\n",
            "vote/2024-03-05-vote.yml": "published: 2024-03-05\n",
        }
    )
    config = project / "mkdocs.yml"
    config.write_text("site_url: https://example.org/news/\n" + config.read_text())
    result = run("build", "-f", str(config))
    assert result.exit_code == 0, result.output
    assert 'href="https://example.org/news/vote/"' in (project / "briefings" / "feed.xml").read_text()
    calendar = (project / "briefings" / "events.ics").read_text()
    assert "URL:https://example.org/news/vote/#tl-" in calendar, calendar


def test_output_goes_to_a_folder_inside_docs_dir_and_nowhere_else(make_project):
    from generator.mkdocs.config import load_settings

    project = make_project(ARTICLE)
    set_options(project, "output: briefings/desk")
    settings, _ = load_settings(project / "mkdocs.yml", given=True)
    assert settings.out_dir == project.resolve() / "briefings" / "desk"
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("output: briefings/desk", "output: elsewhere"))
    result = run("validate", "-f", str(project / "mkdocs.yml"))
    assert result.exit_code == 2
    assert "mkdocs.yml: plugins.briefings.output: 'elsewhere' is not inside docs_dir" in result.stderr
