"""User-facing problems: `Diagnostic` values and the `BriefingsError` tree whose exit codes `cli.py` applies.

- `BriefingsError` (exit 1): base class for every error reported to a user, never for bugs.
  - `InputError` (exit 2): seeds, metadata or configuration that cannot be used as they are.
  - `OutputError` (exit 2): the output folder cannot be written as planned (a link in the way, a read-only or
    full disk, another build holding the lock); nothing is left half-written.
  - `StaleOutputError` (exit 1): `briefings build --check` found files that a build would change.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath


class Severity(enum.StrEnum):
    """How bad a diagnostic is: errors stop the build, warnings are logged."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True, kw_only=True)
class Diagnostic:
    """One problem in one input file, printed as ``path:line: field: message``."""

    path: PurePosixPath
    """Relative to the project root where possible, '/'-separated."""
    line: int | None = None
    """1-based, as editors count."""
    field: str | None = None
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        what = f"{self.field}: {self.message}" if self.field else self.message
        return f"{where}: {what}"

    @property
    def sort_key(self) -> tuple[str, int, str]:
        return (str(self.path), self.line or 0, self.field or "")


class BriefingsError(Exception):
    """Base class for every error this package reports to a user (never for bugs)."""

    exit_code = 1


class InputError(BriefingsError):
    """Seeds, metadata or configuration that cannot be used as they are."""

    exit_code = 2

    def __init__(self, diagnostics: Sequence[Diagnostic]) -> None:
        self.diagnostics = tuple(sorted(diagnostics, key=lambda d: d.sort_key))
        super().__init__("\n".join(map(str, self.diagnostics)))


class OutputError(InputError):
    """The output folder cannot be written as planned: a link in the way, a read-only or full disk, a lock held.

    Its diagnostics name the file and the reason; the exit code is 2, as for bad input.
    """


class StaleOutputError(BriefingsError):
    """`briefings build --check`: the output directory differs from what a build would write."""

    exit_code = 1
