"""`briefings init`: the files of a new project, written without ever overwriting one.

A working `mkdocs.yml` (the plugin, the stylesheet and the Markdown extensions the pages need), a sample story in
`seeds/`, a `.gitignore`, a `requirements.txt` that pins this version of briefings, and a GitHub Actions workflow
that checks the committed pages, builds the site strictly and publishes it to GitHub Pages. The files are package
data (`generator/project_files/`); the pin is written here, so that CI builds with the generator that wrote the
committed pages (`briefings build --check` compares bytes).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from generator import __version__
from generator.errors import Diagnostic, InputError
from generator.settings import DEFAULT_OUT_DIR

PROJECT_FILES = Path(__file__).resolve().parent / "project_files"
"""The packaged files `init` copies (named without a leading dot, so that packaging tools keep them)."""
SAMPLE_STORY = PurePosixPath("seeds/sample-bridge-closure")
"""The sample story: one article of our own writing, about an invented town."""
EXISTS = "already exists; init overwrites nothing (--skip-existing writes the rest)"


@dataclass(frozen=True, slots=True, kw_only=True)
class ProjectFile:
    """One file of a new project."""

    path: PurePosixPath
    """Relative to the project folder."""
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Initialised:
    """What `init_project` did, each path relative to the project folder."""

    written: tuple[PurePosixPath, ...]
    kept: tuple[PurePosixPath, ...]
    """Files that existed already and were left as they are (with `skip_existing`)."""


def project_files() -> tuple[ProjectFile, ...]:
    """Every file `init` writes, in the order it writes them."""

    def packaged(name: str) -> str:
        return (PROJECT_FILES / name).read_text(encoding="utf-8")

    return (
        ProjectFile(path=PurePosixPath("mkdocs.yml"), text=packaged("mkdocs.yml")),
        ProjectFile(path=PurePosixPath(".gitignore"), text=packaged("gitignore")),
        ProjectFile(path=PurePosixPath("requirements.txt"), text=f"briefings=={__version__}\n"),
        ProjectFile(path=PurePosixPath(".github/workflows/briefings.yml"), text=packaged("workflow.yml")),
        ProjectFile(path=SAMPLE_STORY / "story.yml", text=packaged("story.yml")),
        ProjectFile(path=SAMPLE_STORY / "2025-03-10-bridge-closed.md", text=packaged("article.md")),
    )


def init_project(root: Path, *, skip_existing: bool = False) -> Initialised:
    """Write a new project into `root` (created if needed), and the empty docs_dir MkDocs expects.

    A file that exists already is never overwritten: without `skip_existing` every such file is reported as an
    InputError and nothing is written; with it, those files are kept and the others written.
    """
    files = project_files()
    existing = {f.path for f in files if (root / f.path).exists() or (root / f.path).is_symlink()}
    if existing and not skip_existing:
        raise InputError([Diagnostic(path=PurePosixPath(str(root / path)), message=EXISTS) for path in existing])
    written = []
    for file in files:
        if file.path not in existing:
            _create(root / file.path, file.text)
            written.append(file.path)
    (root / DEFAULT_OUT_DIR).mkdir(exist_ok=True)  # MkDocs checks docs_dir exists before the plugin can build it
    return Initialised(written=tuple(written), kept=tuple(f.path for f in files if f.path in existing))


def _create(path: Path, text: str) -> None:
    """Write a new file; one that appeared since it was looked for is reported, not replaced."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with path.open("x", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except FileExistsError:
        raise InputError([Diagnostic(path=PurePosixPath(str(path)), message=EXISTS)]) from None
