"""The command line: exit codes, messages, --check, and that every command is documented."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli

from .conftest import ROOT

pytestmark = pytest.mark.slow
ARTICLE = "Officials said on Monday that the bridge had reopened.\n\nThe bridge first opened in 1998.\n"


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def project(make_project):
    return make_project(
        {
            "bridge/2023-09-12-bridge.txt": ARTICLE,
            "bridge/2023-09-12-bridge.yml": "published: 2023-09-12\ntitle: Bridge reopens\n",
        }
    )


def tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_build_then_check_then_edit_then_check(project):
    config = str(project / "mkdocs.yml")
    assert run("build", "-f", config).exit_code == 0
    assert (project / "briefings" / "bridge" / "index.md").is_file()
    assert run("build", "--check", "-f", config).exit_code == 0
    seed = project / "seeds" / "bridge" / "2023-09-12-bridge.txt"
    seed.write_text(ARTICLE + "\nTraffic resumed across the bridge on Tuesday.\n")
    before = tree(project / "briefings")
    result = run("build", "--check", "-f", config)
    assert result.exit_code == 1
    assert "would write bridge/index.md" in result.stderr
    assert tree(project / "briefings") == before  # --check writes nothing
    assert run("build", "-f", config).exit_code == 0
    assert run("build", "--check", "-f", config).exit_code == 0


def test_bad_sidecar_exits_2_names_file_line_field_and_writes_nothing(project):
    config = str(project / "mkdocs.yml")
    run("build", "-f", config)
    before = tree(project / "briefings")
    (project / "seeds" / "bridge" / "2023-09-12-bridge.yml").write_text("title: Bridge\npublished: Tuesday\n")
    result = run("build", "-f", config)
    assert result.exit_code == 2
    assert (
        result.stderr
        == "seeds/bridge/2023-09-12-bridge.yml:2: published: expected a date like 2023-09-12, got 'Tuesday'\n"
    )
    assert tree(project / "briefings") == before
    assert run("validate", "-f", config).exit_code == 2


def test_show_prints_the_briefing_as_json(project):
    result = run("show", "bridge", "--json", "-f", str(project / "mkdocs.yml"))
    data = json.loads(result.stdout)
    assert data["slug"] == "bridge"
    assert [e["date"] for e in data["timeline"]] == ["1998", "2023-09-11"]
    assert all(e["citations"] for e in data["timeline"])
    assert run("show", "nope", "-f", str(project / "mkdocs.yml")).exit_code == 2


def test_dates_lists_offsets_text_and_values(tmp_path):
    text = "The envoy left on Monday and returns in the coming days. They met in April 2019."
    (tmp_path / "a.txt").write_text(text)
    result = run("dates", str(tmp_path / "a.txt"), "--published", "2023-09-12", "--json")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["text"], r["value"]) for r in records] == [
        ("Monday", "2023-09-11"),
        ("the coming days", "FUTURE_REF"),
        ("April 2019", "2019-04"),
    ]
    assert all(text[r["start"] : r["end"]] == r["text"] for r in records)


def test_unmatched_curation_warns_with_its_line(project):
    (project / "seeds" / "bridge" / "story.yml").write_text("title: Bridge\nactors:\n  - exclude: Atlantis\n")
    result = run("build", "-f", str(project / "mkdocs.yml"))
    assert result.exit_code == 0
    assert "seeds/bridge/story.yml:3: actors.exclude: 'Atlantis' matches nothing extracted" in result.stderr


def test_every_command_has_help_and_is_in_the_cli_docs():
    page = (ROOT / "docs" / "cli-reference.md").read_text(encoding="utf-8")
    for name, command in cli.commands.items():
        assert command.help, f"`briefings {name}` has no help text"
        assert re.search(rf"^## briefings {name}$", page, re.M), f"`briefings {name}` is not in docs/cli-reference.md"


def test_readme_gives_the_test_command_that_ci_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in readme and "make test" in ci
    assert "make site" in readme


def test_readme_first_screen_shows_the_pip_path_next_to_the_clone_path():
    first_screen = "\n".join((ROOT / "README.md").read_text(encoding="utf-8").splitlines()[:40])
    for command in ("pip install briefings", "briefings init", "mkdocs serve", "make site", "make test"):
        assert command in first_screen, command


def test_shell_completion_completes_a_command_as_the_docs_say():
    runner = CliRunner()
    env = {"_BRIEFINGS_COMPLETE": "bash_complete", "COMP_WORDS": "briefings bu", "COMP_CWORD": "1"}
    result = runner.invoke(cli, [], prog_name="briefings", env=env)
    assert result.exit_code == 0 and "build" in result.output.split()[-1]
    script = runner.invoke(cli, [], prog_name="briefings", env={"_BRIEFINGS_COMPLETE": "bash_source"})
    assert "_briefings_completion" in script.output
    assert "_BRIEFINGS_COMPLETE=bash_source briefings" in (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
