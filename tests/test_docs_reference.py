"""The reference pages written from the code are committed as the code gives them today (like `cog --check`).

docs/configuration-reference.md comes from `generator.settings.Options`, docs/cli-reference.md from the click
commands; `python -m generator.docs` rewrites both after a change.
"""

from __future__ import annotations

import dataclasses

import click
import pytest
from click.testing import CliRunner

from generator import docs
from generator.cli import cli
from generator.settings import OPTIONS, Options

from .conftest import ROOT


@pytest.mark.parametrize("name", sorted(docs.PAGES))
def test_the_committed_reference_is_what_the_code_gives(name):
    committed = (ROOT / "docs" / name).read_text(encoding="utf-8")
    assert committed == docs.PAGES[name](), f"docs/{name} is out of date: run `python -m generator.docs`"


def test_every_option_is_in_the_reference_with_its_docstring():
    page = docs.configuration_reference()
    assert [o.name for o in OPTIONS] == [f.name for f in dataclasses.fields(Options)]
    for option in OPTIONS:
        assert option.doc, f"option {option.name} has no docstring under it in generator/settings.py"
        assert f"| `{option.name}` | {option.kind.__name__} |" in page
    assert "| `mkdocs`, `pagefind` |" in page  # a fixed set of values is listed as the choices


def test_every_command_and_option_is_in_the_cli_reference():
    page = docs.cli_reference()
    for name, command in cli.commands.items():
        assert f"## briefings {name}\n" in page
        for param in command.params:
            assert isinstance(param, click.Argument) or all(
                f"`{opt}" in page or f" {opt}" in page for opt in param.opts
            )
    assert "## briefings eval timeml\n" in page and "| `-h, --help` |" in page


def test_check_writes_nothing_and_names_a_stale_page(tmp_path):
    runner = CliRunner()
    assert runner.invoke(docs.main, [str(tmp_path)]).exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(docs.PAGES)
    assert runner.invoke(docs.main, ["--check", str(tmp_path)]).exit_code == 0
    page = tmp_path / "cli-reference.md"
    page.write_text(page.read_text(encoding="utf-8") + "A hand edit.\n", encoding="utf-8")
    result = runner.invoke(docs.main, ["--check", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr == f"{page}: out of date\n"
    assert page.read_text(encoding="utf-8").endswith("A hand edit.\n")  # --check wrote nothing
