"""`briefings doctor`: check what a project needs (the spaCy model, the templates) and the optional tools.

Each check says what it found and, when something is wrong, how to fix it. Nothing is loaded that a check does not
need: the model is looked up as an installed package, not loaded.
"""

from __future__ import annotations

import importlib.util
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

import jinja2

from generator.errors import InputError
from generator.render.markdown import make_environment
from generator.render.packaged import PACKAGED_TEMPLATES, template_files
from generator.render.strings import STRINGS_FILE
from generator.settings import Settings


class Status(Enum):
    """A check's outcome, as printed at the start of its line."""

    OK = "ok"
    MISSING = "MISSING"
    BROKEN = "BROKEN"
    OPTIONAL = "optional"
    """An optional tool that is not installed: the site builds without it."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Check:
    """One thing checked: what, with which outcome, and how to fix it when it is not ok."""

    name: str
    status: Status
    detail: str
    fix: str = ""

    @property
    def failed(self) -> bool:
        """Whether a required part is missing or broken."""
        return self.status in {Status.MISSING, Status.BROKEN}

    def __str__(self) -> str:
        fix = f"; fix: {self.fix}" if self.fix else ""
        return f"{self.status.value:<8} {self.name}: {self.detail}{fix}"


CHROMIUM_NAMES = ("chromium", "chromium-browser")
"""The Chromium executables the browser tests look for."""


def check_model(settings: Settings) -> Check:
    """The configured spaCy pipeline is an installed package (it is never downloaded at build time)."""
    name = f"spaCy model {settings.model}"
    if importlib.util.find_spec(settings.model) is not None:
        return Check(name=name, status=Status.OK, detail="installed")
    package = settings.model.replace("_", "-")
    fix = f"pip install {package}, or set `model:` under the briefings plugin in mkdocs.yml to an installed one"
    return Check(name=name, status=Status.MISSING, detail="not installed", fix=fix)


def check_templates(settings: Settings) -> list[Check]:
    """Every template in effect (a project's own first, else the packaged one) compiles."""
    files = template_files(settings.templates_dir)
    if not any(name.endswith(".j2") for name in files):
        fix = "reinstall briefings (pip install --force-reinstall briefings)"
        return [Check(name="templates", status=Status.MISSING, detail=f"none in {PACKAGED_TEMPLATES}", fix=fix)]
    try:
        env = make_environment(settings.templates_dir)  # reads the interface strings (strings.yml) too
    except InputError as error:
        fix = f"correct it, or delete it to use the packaged {STRINGS_FILE}"
        return [Check(name=STRINGS_FILE, status=Status.BROKEN, detail=str(p), fix=fix) for p in error.diagnostics]
    broken = []
    for name, path in files.items():
        if name.endswith(".j2"):
            try:
                env.get_template(name)
            except jinja2.TemplateSyntaxError as error:
                where = f"{_shown(path, settings.templates_dir)}:{error.lineno}"
                detail = f"{where}: {error.message}"
                fix = "correct it, or delete it to use the packaged one"
                broken.append(Check(name=f"template {name}", status=Status.BROKEN, detail=detail, fix=fix))
    own = sum(1 for path in files.values() if settings.templates_dir in path.parents)
    ok = Check(name="templates", status=Status.OK, detail=f"{len(files)} in effect, {own} of them the project's own")
    return broken or [ok]


def _shown(path: Path, templates_dir: Path) -> str:
    """A template's path as the user knows it: under the project's templates folder by its name there."""
    if templates_dir in path.parents:
        return f"{templates_dir.name}/{path.relative_to(templates_dir).as_posix()}"
    return str(path)


def check_pagefind(settings: Settings) -> Check:
    """Pagefind: required with `search: pagefind`, optional otherwise."""
    required = settings.search == "pagefind"
    if importlib.util.find_spec("pagefind") is not None:
        return Check(name="Pagefind", status=Status.OK, detail="installed")
    use = "`search: pagefind` needs it" if required else "only for `search: pagefind` (large sites)"
    status = Status.MISSING if required else Status.OPTIONAL
    return Check(name="Pagefind", status=status, detail=f"not installed; {use}", fix="pip install 'pagefind[bin]'")


def check_chromium(_settings: Settings) -> Check:
    """Chromium: optional, for the browser tests only (the site builds without it)."""
    found = next((path for name in CHROMIUM_NAMES if (path := shutil.which(name))), None)
    if found is not None:
        return Check(name="Chromium", status=Status.OK, detail=f"{found} (for the browser tests)")
    fix = "apt-get install chromium (Debian, Ubuntu), or your system's package"
    return Check(name="Chromium", status=Status.OPTIONAL, detail="not found; only the browser tests use it", fix=fix)


CHECKS: tuple[Callable[[Settings], Check | list[Check]], ...] = (
    check_model,
    check_templates,
    check_pagefind,
    check_chromium,
)
"""Every check, in the order they are printed."""


def run_checks(settings: Settings) -> list[Check]:
    """Every check's outcome for the project's settings."""
    found: list[Check] = []
    for check in CHECKS:
        outcome = check(settings)
        found.extend(outcome if isinstance(outcome, list) else [outcome])
    return found
