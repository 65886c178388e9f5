"""The package's imports: every module imports in a fresh interpreter, every import names something that exists,
no module depends on itself through others, and no module grows past a size a reviewer can hold.

Imports are read from the source with `ast`, wherever they stand: at module level, under `TYPE_CHECKING` or
inside a function. A local import does not remove a cycle, it only hides it until the function runs.
"""

from __future__ import annotations

import ast
import graphlib
import importlib
import json
import os
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "generator"
RUNS_ON_IMPORT = {"generator.__main__"}
"""Modules that do something when imported (`python -m generator` runs the command line): read, not imported."""

Import = tuple[str, str, tuple[str, ...]]
"""(importing module, imported module, names taken from it)."""


def package_modules() -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its own name, for its __init__.py)."""
    found = {}
    for path in sorted((ROOT / PACKAGE).rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def imports_of(name: str, path: Path) -> Iterator[Import]:
    """Every import statement of the module that names a module of the package, wherever it stands."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found = [(alias.name, ()) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from the module's package, one level up per dot after the first
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            found = [(base, tuple(alias.name for alias in node.names))]
        else:
            continue
        for module, names in found:
            if module == PACKAGE or module.startswith(f"{PACKAGE}."):
                yield name, module, names


def all_imports() -> list[Import]:
    return [found for name, path in package_modules().items() for found in imports_of(name, path)]


def import_graph() -> dict[str, set[str]]:
    """Module → the modules of the package it imports (`from a import b` is an import of `a.b` when that is one)."""
    modules = package_modules()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for importer, module, names in all_imports():
        targets = {f"{module}.{n}" if f"{module}.{n}" in modules else module for n in names} or {module}
        graph[importer] |= targets - {importer}
    return graph


MAX_MODULE_LINES = 600
"""Issue 25's limit: a module longer than this is two modules that have not been told apart yet."""


def test_no_module_is_longer_than_the_limit():
    lengths = {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in package_modules().items()}
    assert {name: n for name, n in lengths.items() if n > MAX_MODULE_LINES} == {}
    assert max(lengths.values()) > MAX_MODULE_LINES // 2, "the walk found the package's modules"


def test_no_module_imports_itself_through_others():
    graph = import_graph()
    try:
        graphlib.TopologicalSorter(graph).prepare()
    except graphlib.CycleError as error:
        cycle = error.args[1]
        pytest.fail(f"import cycle: {' -> '.join(reversed(cycle))}")


def test_the_graph_sees_an_import_hidden_in_a_function(tmp_path):
    # The check above is only as good as its reading: a local import must count as much as a top-level one.
    path = tmp_path / "example.py"
    path.write_text("import generator.a\n\ndef later():\n    from generator.b import c\n    from . import d\n")
    found = list(imports_of("generator.x.example", path))
    assert found == [
        ("generator.x.example", "generator.a", ()),
        ("generator.x.example", "generator.b", ("c",)),
        ("generator.x.example", "generator.x", ("d",)),
    ]


_CHECK = """
import importlib, json, sys
wanted = json.load(sys.stdin)
problems = []
for module in wanted["modules"]:
    try:
        importlib.import_module(module)
    except Exception as error:
        problems.append(f"{module} does not import: {error!r}")
for importer, module, names in wanted["imports"]:
    try:
        imported = importlib.import_module(module)
    except Exception as error:
        problems.append(f"{importer} imports {module}, which does not import: {error!r}")
        continue
    problems.extend(f"{importer} imports {name} from {module}, which has none" for name in names
                    if not hasattr(imported, name))
print(json.dumps(problems))
"""


@pytest.mark.build
def test_every_module_imports_and_every_import_names_what_exists():
    # A fresh interpreter: what the test session has imported already cannot hide a module that fails alone.
    wanted = {"modules": sorted(set(package_modules()) - RUNS_ON_IMPORT), "imports": all_imports()}
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)}
    result = subprocess.run(
        [sys.executable, "-c", _CHECK],
        input=json.dumps(wanted),
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    assert json.loads(result.stdout) == []


def test_the_entry_points_name_what_exists():
    # The `briefings` command and the MkDocs plugin that mkdocs.yml names are found through these strings.
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    targets = [*project["scripts"].values(), *project["entry-points"]["mkdocs.plugins"].values()]
    assert targets
    for target in targets:
        module, _, attribute = target.partition(":")
        assert callable(getattr(importlib.import_module(module), attribute)), target
