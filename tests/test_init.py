"""`briefings init`: a new project that validates and builds, written without overwriting anything."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from generator import __version__
from generator.cli import cli
from generator.mkdocs.config import load_settings

from .conftest import run_command

WORKFLOW = ".github/workflows/briefings.yml"


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_init_writes_a_project_whose_stories_validate(tmp_path):
    project = tmp_path / "news"
    result = run("init", str(project))
    assert result.exit_code == 0, result.output
    files = tree(project)
    assert {"mkdocs.yml", ".gitignore", "requirements.txt", WORKFLOW} <= set(files)
    stories = {name.split("/")[1] for name in files if name.startswith("seeds/")}
    assert len(stories) == 1
    (story,) = stories
    assert f"seeds/{story}/story.yml" in files
    assert (project / "briefings").is_dir()  # MkDocs refuses a docs_dir that does not exist, before any plugin runs
    result = run("validate", "-f", str(project / "mkdocs.yml"))
    assert result.exit_code == 0, result.output
    assert result.stderr == "1 stories, 1 articles: OK\n"


def test_the_mkdocs_yml_configures_the_plugin_the_stylesheet_and_the_extensions(tmp_path):
    assert run("init", str(tmp_path)).exit_code == 0
    settings, warnings = load_settings(tmp_path / "mkdocs.yml", given=True)
    assert warnings == ()
    assert (settings.seeds_dir, settings.out_dir) == (tmp_path / "seeds", tmp_path / "briefings")
    config = yaml.safe_load((tmp_path / "mkdocs.yml").read_text(encoding="utf-8"))
    assert "briefings" in [next(iter(p)) if isinstance(p, dict) else p for p in config["plugins"]]
    assert config["theme"]["name"] == "material"
    assert "assets/briefings.css" in config["extra_css"]
    extensions = [next(iter(e)) if isinstance(e, dict) else e for e in config["markdown_extensions"]]
    assert {"admonition", "attr_list", "md_in_html"} <= set(extensions)


def test_the_workflow_checks_the_pages_builds_strictly_and_publishes_them(tmp_path):
    assert run("init", str(tmp_path)).exit_code == 0
    workflow = yaml.safe_load((tmp_path / WORKFLOW).read_text(encoding="utf-8"))
    steps = [step for job in workflow["jobs"].values() for step in job["steps"]]
    commands = [step.get("run", "") for step in steps]
    uses = [step.get("uses", "").partition("@")[0] for step in steps]
    assert commands.index("briefings build --check") < commands.index("mkdocs build --strict")
    assert "pip install -r requirements.txt" in commands
    assert uses.index("actions/upload-pages-artifact") < uses.index("actions/deploy-pages")
    upload = steps[uses.index("actions/upload-pages-artifact")]
    assert upload["with"]["path"] == "site"
    assert (tmp_path / "requirements.txt").read_text(encoding="utf-8") == f"briefings=={__version__}\n"


def test_init_refuses_existing_files_names_them_and_writes_nothing(tmp_path):
    (tmp_path / "mkdocs.yml").write_text("site_name: Ours\n", encoding="utf-8")
    (tmp_path / ".gitignore").write_text("/ours/\n", encoding="utf-8")
    before = tree(tmp_path)
    result = run("init", str(tmp_path))
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert lines[:2] == [
        f"{tmp_path / '.gitignore'}: already exists; init overwrites nothing (--skip-existing writes the rest)",
        f"{tmp_path / 'mkdocs.yml'}: already exists; init overwrites nothing (--skip-existing writes the rest)",
    ]
    assert tree(tmp_path) == before
    assert not (tmp_path / "briefings").exists()


def test_skip_existing_writes_the_other_files_and_keeps_the_existing_ones(tmp_path):
    (tmp_path / "mkdocs.yml").write_text("site_name: Ours\n", encoding="utf-8")
    result = run("init", str(tmp_path), "--skip-existing")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "mkdocs.yml").read_text(encoding="utf-8") == "site_name: Ours\n"
    assert "kept mkdocs.yml (it exists)" in result.stderr
    assert (tmp_path / WORKFLOW).is_file()
    assert (tmp_path / ".gitignore").is_file()


@pytest.mark.slow
@pytest.mark.build
def test_from_an_empty_folder_init_then_mkdocs_build_strict_shows_the_sample(tmp_path):
    assert run("init", str(tmp_path)).exit_code == 0
    (story,) = (p for p in (tmp_path / "seeds").iterdir() if p.is_dir())
    title = yaml.safe_load((story / "story.yml").read_text(encoding="utf-8"))["title"]
    run_command([sys.executable, "-m", "mkdocs", "build", "--strict"], tmp_path)
    page = (tmp_path / "site" / story.name / "index.html").read_text(encoding="utf-8")
    assert title in page
    assert "!!!" not in page
    assert 'class="admonition' in page
