"""The templates and site assets the package ships, and a project's own `templates/` overriding them file by file.

The repository's top-level `templates/` is their one source. The wheel and the sdist carry it as package data:
pyproject.toml maps it to `generator/templates/` in the wheel (`[tool.setuptools.package-dir]`). In a clone, or
an editable install, that folder does not exist and the top-level one is used in its place.

A project's templates folder comes first: a file there replaces the packaged file of the same name (a template or
an asset such as `assets/briefings.css`), and every file it does not have comes from the package.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def _packaged_templates() -> Path:
    """`generator/templates/` in an installed wheel, else `templates/` beside the `generator/` folder (a clone)."""
    installed = _PACKAGE / "templates"
    return installed if installed.is_dir() else _PACKAGE.parent / "templates"


PACKAGED_TEMPLATES = _packaged_templates()
"""The templates and assets that ship with the package."""


def search_path(templates_dir: Path) -> tuple[Path, ...]:
    """The folders a template or an asset is looked up in, first match wins: the project's, then the packaged."""
    if templates_dir.resolve() == PACKAGED_TEMPLATES:
        return (PACKAGED_TEMPLATES,)
    return (templates_dir, PACKAGED_TEMPLATES)


def template_files(templates_dir: Path) -> dict[str, Path]:
    """Every template and asset in effect, by its path relative to the templates folder (`assets/briefings.css`)."""
    files: dict[str, Path] = {}
    for folder in search_path(templates_dir):
        if folder.is_dir():
            for path in sorted(p for p in folder.rglob("*") if p.is_file()):
                files.setdefault(path.relative_to(folder).as_posix(), path)
    return dict(sorted(files.items()))


def find_asset(templates_dir: Path, name: str) -> Path | None:
    """The file in effect for `name` (`assets/briefings.css`): the project's own, else the packaged one."""
    for folder in search_path(templates_dir):
        if (folder / name).is_file():
            return folder / name
    return None
