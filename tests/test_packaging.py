"""The distribution: what the wheel carries, built from a copy of the files the build reads."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT, TEMPLATES

BUILD_INPUTS = ("pyproject.toml", "README.md", "LICENSE", "generator", "templates")
"""What building the distribution reads (copied, so that no build/ or egg-info is left in the working tree)."""


def pyproject() -> dict[str, object]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def build_wheel(out: Path) -> Path:
    """Build the wheel as a user would: `python -m build` (sdist, then the wheel from it) if installed, else pip."""
    source = out / "source"
    source.mkdir()
    for name in BUILD_INPUTS:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif path.is_file():
            shutil.copy(path, source / name)
    dist = out / "dist"
    if importlib.util.find_spec("build") is not None:
        command = [sys.executable, "-m", "build", "--outdir", str(dist), str(source)]
    else:  # pip builds in an isolated environment with the setuptools that pyproject.toml asks for
        command = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(dist), str(source)]
    subprocess.run(command, check=True, capture_output=True, timeout=300)
    (wheel,) = dist.glob("*.whl")
    return wheel


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_wheel(tmp_path_factory.mktemp("wheel"))


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
    modules = sorted((ROOT / "generator").rglob("*.py"))
    assert [str(p.relative_to(ROOT).as_posix()) for p in modules if p.relative_to(ROOT).as_posix() not in inside] == []
