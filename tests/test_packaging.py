"""The distribution: what the wheel carries, built from a copy of the files the build reads."""

from __future__ import annotations

import ast
import contextlib
import importlib.metadata
import json
import re
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from packaging.requirements import Requirement

from generator import __version__
from generator.cli import cli

from .conftest import ROOT, TEMPLATES


def pyproject() -> dict[str, object]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def folders(root: Path, package: str) -> set[str]:
    """The package names of `root` and every folder under it (caches aside), `root` named `package`."""
    found = {package}
    for path in root.rglob("*"):
        if path.is_dir() and "__pycache__" not in path.parts:
            found.add(".".join([package, *path.relative_to(root).parts]))
    return found


def test_every_folder_is_a_listed_package():
    # The packages are listed in pyproject.toml because one is mapped: a new subpackage or data folder must be too.
    listed = set(pyproject()["tool"]["setuptools"]["packages"])
    assert listed == folders(ROOT / "generator", "generator") | folders(TEMPLATES, "generator.templates")


@pytest.mark.build
def test_the_wheel_carries_every_module_template_and_asset(wheel):
    with zipfile.ZipFile(wheel) as archive:
        inside = {name: archive.read(name) for name in archive.namelist()}
    templates = sorted(p for p in TEMPLATES.rglob("*") if p.is_file())
    assert any(p.suffix == ".css" for p in templates)
    for path in templates:
        assert inside.get(f"generator/templates/{path.relative_to(TEMPLATES).as_posix()}") == path.read_bytes(), path
    info = f"briefings-{__version__}.dist-info"
    metadata = inside[f"{info}/METADATA"].decode()
    assert f"\nVersion: {__version__}\n" in metadata
    assert "\nRequires-Dist: lxml_html_clean" in metadata
    assert inside[f"{info}/licenses/LICENSE"] == (ROOT / "LICENSE").read_bytes()
    modules = sorted((ROOT / "generator").rglob("*.py"))
    assert [str(p.relative_to(ROOT).as_posix()) for p in modules if p.relative_to(ROOT).as_posix() not in inside] == []


_LOADED = """
import importlib, json, sys
from pathlib import Path
for module in json.loads(sys.argv[1]):
    importlib.import_module(module)
from generator.ingest.html import extract_page
extract_page(Path(sys.argv[2]).read_bytes())  # trafilatura's cleaning imports more on first use
print(json.dumps(sorted({name.partition(".")[0] for name in sys.modules})))
"""


def loaded_distributions() -> set[str]:
    """The distributions whose modules are loaded by importing every module and importing a saved page."""
    from .test_package_imports import RUNS_ON_IMPORT, package_modules

    modules = sorted(set(package_modules()) - RUNS_ON_IMPORT)
    page = ROOT / "tests" / "data" / "pages" / "classic.html"
    result = subprocess.run(
        [sys.executable, "-c", _LOADED, json.dumps(modules), str(page)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        timeout=300,
    )
    providers = importlib.metadata.packages_distributions()
    return {canonical(d) for name in json.loads(result.stdout) for d in providers.get(name, ()) if name != "generator"}


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def required_without_extras(requirements: list[str]) -> set[str]:
    """The distributions that installing `requirements` brings in, extras left out (an old pip may drop them)."""
    found: set[str] = set()
    pending = [Requirement(r) for r in requirements]
    while pending:
        requirement = pending.pop()
        name = canonical(requirement.name)
        if name in found or (requirement.marker and not requirement.marker.evaluate({"extra": ""})):
            continue
        found.add(name)
        with contextlib.suppress(importlib.metadata.PackageNotFoundError):
            pending += [Requirement(r) for r in importlib.metadata.requires(name) or ()]
    return found


@pytest.mark.build
def test_every_distribution_the_runtime_loads_is_declared_or_required_without_extras():
    # justext asks for lxml[html_clean], an extra that the pip a fresh venv bundles does not install: the
    # ImportError came only when a page was imported. So a dependency reached through an extra must be declared.
    declared = required_without_extras(pyproject()["project"]["dependencies"])
    missing = loaded_distributions() - declared
    assert missing == set()


def imported_top_level_names() -> set[str]:
    """The top-level name of every absolute import in the package's source, wherever it stands."""
    names = set()
    for path in (ROOT / "generator").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {alias.name.partition(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.partition(".")[0])
    return names - set(sys.stdlib_module_names) - {"__future__", "generator"}


def test_every_module_the_source_imports_is_a_direct_dependency():
    # Not merely one that another dependency happens to bring in today (watchdog came with MkDocs).
    providers = importlib.metadata.packages_distributions()
    direct = {canonical(Requirement(r).name) for r in pyproject()["project"]["dependencies"]}
    # an optional extra's module, imported only where that extra is used ("eval": the stemmer for `eval t17`)
    optional = {canonical(Requirement(r).name) for r in pyproject()["project"]["optional-dependencies"]["eval"]}
    imported = imported_top_level_names() - {name.replace("-", "_") for name in optional}
    assert {"spacy", "trafilatura"} <= imported
    assert {name for name in imported if not direct & {canonical(d) for d in providers.get(name, ())}} == set()


def test_the_version_has_one_source_and_the_command_line_prints_it():
    project = pyproject()["project"]
    assert "version" not in project and "version" in project["dynamic"]
    assert pyproject()["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "generator.__version__"}
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert result.output == f"briefings, version {__version__}\n"


def test_the_licence_file_says_what_pyproject_says():
    project = pyproject()["project"]
    assert project["license"] == "MIT"
    assert project["license-files"] == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n")
    assert "Copyright (c) 2026 The Briefings authors" in text


def test_classifiers_and_project_urls():
    project = pyproject()["project"]
    versions = {
        c.rpartition(":: ")[2] for c in project["classifiers"] if c.startswith("Programming Language :: Python :: 3.")
    }
    floor = project["requires-python"].removeprefix(">=")
    assert floor in versions
    assert not [c for c in project["classifiers"] if c.startswith("License ::")]  # the SPDX `license` says it
    assert all(url.startswith("https://") for url in project["urls"].values())


DEVELOPMENT_TOOLS = {"pytest", "hypothesis", "ruff", "mypy", "playwright", "build", "jsonschema"}


def test_development_tools_are_in_extras_only():
    runtime = {canonical(Requirement(r).name) for r in pyproject()["project"]["dependencies"]}
    extras = {
        canonical(Requirement(r).name) for e in pyproject()["project"]["optional-dependencies"].values() for r in e
    }
    assert runtime & DEVELOPMENT_TOOLS == set()
    assert {"pytest", "ruff", "mypy"} <= extras
