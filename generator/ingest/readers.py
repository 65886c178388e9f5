"""One reader per seed file suffix: text plus metadata, before normalisation."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from generator.errors import Diagnostic, InputError
from generator.ingest.metadata import _Mapping, load_yaml


@dataclass(frozen=True, slots=True, kw_only=True)
class RawArticle:
    """What a reader found in a seed file: the body text and the metadata mapping (if any)."""

    text: str
    meta: _Mapping | None
    meta_uri: PurePosixPath | None
    """The file the metadata came from (the sidecar, or the article itself for front matter)."""


def read_limited(path: Path, uri: PurePosixPath, *, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most `max_bytes`: the one place every seed or input file is read.

    A device (/dev/zero), a FIFO or a folder is refused before it is read (a FIFO is opened without blocking),
    and no more than `max_bytes + 1` bytes are ever read, whatever size the file claims.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise InputError([Diagnostic(path=uri, message=f"cannot be read: {error.strerror}")]) from None
    with os.fdopen(fd, "rb") as file:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            raise InputError([Diagnostic(path=uri, message="is not a regular file (a device, FIFO or folder?)")])
        data = file.read(max_bytes + 1) if status.st_size <= max_bytes else b""
    if status.st_size > max_bytes or len(data) > max_bytes:
        size = f"{max(status.st_size, len(data)):,} bytes" if status.st_size > max_bytes else "larger"
        message = f"is {size}, over the limit of {max_bytes:,}; raise max_file_bytes or split the file"
        raise InputError([Diagnostic(path=uri, message=message)])
    return data


def read_text_file(path: Path, uri: PurePosixPath, *, max_bytes: int) -> str:
    """Read a UTF-8 text file, refusing binary, oversized and non-UTF-8 files with a clear message."""
    data = read_limited(path, uri, max_bytes=max_bytes)
    if b"\x00" in data:
        raise InputError([Diagnostic(path=uri, message="looks binary (contains NUL bytes); expected UTF-8 text")])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        message = f"is not UTF-8 (byte {data[error.start]:#x}); save it as UTF-8"
        raise InputError([Diagnostic(path=uri, line=line, message=message)]) from None
    return text.removeprefix("\ufeff")


def read_txt(path: Path, uri: PurePosixPath, sidecar: Path | None, *, max_bytes: int) -> RawArticle:
    """Plain text, with metadata in a sidecar ``.yml``/``.yaml`` of the same stem."""
    text = read_text_file(path, uri, max_bytes=max_bytes)
    if sidecar is None:
        return RawArticle(text=text, meta=None, meta_uri=None)
    sidecar_uri = uri.with_name(sidecar.name)
    meta_text = read_text_file(sidecar, sidecar_uri, max_bytes=max_bytes)
    return RawArticle(text=text, meta=load_yaml(meta_text, path=sidecar_uri), meta_uri=sidecar_uri)


def read_md(path: Path, uri: PurePosixPath, sidecar: Path | None, *, max_bytes: int) -> RawArticle:
    """Markdown with optional YAML front matter between ``---`` lines (a sidecar is also accepted)."""
    text = read_text_file(path, uri, max_bytes=max_bytes)
    lines = text.replace("\r\n", "\n").split("\n")
    if lines and lines[0].strip() == "---":
        for end, line in enumerate(lines[1:], start=1):
            if line.strip() in {"---", "..."}:
                front = "\n".join(lines[1:end])
                body = "\n".join(lines[end + 1 :])
                meta = load_yaml(front, path=uri, first_line=2)
                if sidecar is not None:
                    message = f"has front matter and a sidecar {sidecar.name}; keep one"
                    raise InputError([Diagnostic(path=uri, line=1, message=message)])
                return RawArticle(text=body, meta=meta, meta_uri=uri)
        raise InputError([Diagnostic(path=uri, line=1, message="front matter starts with --- but never ends")])
    raw = read_txt(path, uri, sidecar, max_bytes=max_bytes)
    return RawArticle(text=text, meta=raw.meta, meta_uri=raw.meta_uri)


def read_html(path: Path, uri: PurePosixPath, sidecar: Path | None, *, max_bytes: int) -> RawArticle:
    """A saved web page: text with trafilatura, metadata from the page; a sidecar's fields win."""
    from generator.ingest.html import extract_page

    page = extract_page(read_limited(path, uri, max_bytes=max_bytes))
    if not page.has_article:
        message = "no article text found in the page (an error page, a paywall or a list of links?)"
        raise InputError([Diagnostic(path=uri, message=message)])
    meta = page_metadata(page)
    meta_uri = uri
    if sidecar is not None:
        meta_uri = uri.with_name(sidecar.name)
        overrides = load_yaml(read_text_file(sidecar, meta_uri, max_bytes=max_bytes), path=meta_uri)
        meta.update(overrides)
        meta.lines = dict(overrides.lines)
    return RawArticle(text=page.text, meta=meta, meta_uri=meta_uri)


def page_metadata(page: object) -> _Mapping:
    """A page's metadata as a metadata mapping (dates as ISO text, as the YAML loader gives them)."""
    fields = {
        "title": getattr(page, "title", None),
        "source": getattr(page, "source", None),
        "url": getattr(page, "url", None),
        "published": getattr(page, "published", None),
        "updated": getattr(page, "updated", None),
        "authors": list(getattr(page, "authors", ())) or None,
        "language": getattr(page, "language", None),
    }
    mapping = _Mapping({k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in fields.items() if v})
    mapping.lines, mapping.line = {}, 1
    return mapping


Reader = Callable[..., RawArticle]
READERS: dict[str, Reader] = {".txt": read_txt, ".md": read_md, ".html": read_html, ".htm": read_html}
"""Article readers by file suffix; the suffixes here are what discovery treats as articles."""
SIDECAR_SUFFIXES = (".yml", ".yaml")
