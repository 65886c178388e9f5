"""The `briefings` options as MkDocs sees them, and mkdocs.yml read for the command line as `mkdocs build` reads it.

`BriefingsConfig`, the plugin's config class, is built from the one declaration, `generator.settings.Options`.
`load_settings` gives the command line the same `Settings` the plugin builds: mkdocs.yml through MkDocs' own
loader and schema (its YAML tags, `INHERIT`, docs_dir relative to the file), then the `briefings` options through
the plugin's config class, so that a value the plugin refuses is refused with the same message.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import Path, PurePosixPath
from typing import Any

import yaml
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import ConfigurationError

from generator.errors import Diagnostic, InputError, Severity
from generator.settings import OPTIONS, Option, Options, Settings

PLUGIN = "briefings"
"""The plugin's name in mkdocs.yml (its entry point)."""


def _config_option(option: Option) -> base.BaseConfigOption[Any]:
    """MkDocs' validator for one declared option: one of its choices, else a value of its type."""
    if option.choices:
        return c.Choice(option.choices, default=option.default)
    return c.Type(option.kind, default=option.default)


_DECLARED: Any = type("_DECLARED", (base.Config,), {o.name: _config_option(o) for o in OPTIONS})


class BriefingsConfig(_DECLARED):
    """Options under `plugins: - briefings:` in mkdocs.yml: one validator per field of `Options`, with its default."""


def project_settings(config: MkDocsConfig, options: Options) -> Settings:
    """The settings of the project that a validated mkdocs.yml describes (paths relative to the file).

    Raises InputError when `output` is not docs_dir or a folder inside it (MkDocs would not publish the pages).
    """
    path = Path(config.config_file_path or "mkdocs.yml").resolve()
    settings = Settings.from_options(path.parent, docs_dir=config.docs_dir, options=options)
    folder = output_folder(config, settings)
    if folder is None:
        message = f"{options.output!r} is not inside docs_dir ({config.docs_dir}): MkDocs would not publish it"
        raise InputError([Diagnostic(path=PurePosixPath(path.name), field=f"plugins.{PLUGIN}.output", message=message)])
    site_url = config.site_url or ""
    if site_url and folder != PurePosixPath():
        site_url = f"{site_url.rstrip('/')}/{folder}/"
    return dataclasses.replace(settings, site_url=site_url, site_name=config.site_name)


def output_folder(config: MkDocsConfig, settings: Settings) -> PurePosixPath | None:
    """Where the generated pages are inside docs_dir (`.` for docs_dir itself); None if they are outside it."""
    docs = Path(config.docs_dir).resolve()
    out = settings.out_dir.resolve()
    if out != docs and docs not in out.parents:
        return None
    return PurePosixPath(out.relative_to(docs).as_posix())


class _ProjectConfig(MkDocsConfig):
    """MkDocs' own schema, except that docs_dir need not exist yet: the first `briefings build` creates it."""

    docs_dir = c.DocsDir(default=MkDocsConfig.docs_dir.default, exists=False)


def load_settings(config_file: Path, *, given: bool) -> tuple[Settings, tuple[Diagnostic, ...]]:
    """Settings and configuration warnings from mkdocs.yml; the defaults when there is none.

    `given`: the user named the file, so its absence is an error rather than a project without mkdocs.yml.
    Raises InputError for a file MkDocs would refuse, each problem as `mkdocs.yml: field: message`.
    """
    path = config_file.resolve()
    if not path.is_file():
        if given:
            raise InputError([Diagnostic(path=PurePosixPath(str(config_file)), message="not found")])
        return Settings.for_project(path.parent), ()
    name = PurePosixPath(path.name)
    config = _ProjectConfig(config_file_path=str(path))
    try:
        with path.open("rb") as file:
            config.load_file(file)
    except ConfigurationError as error:
        raise InputError([_unreadable(name, error)]) from None
    options = _options(name, _plugin_options(config.get("plugins")))
    errors, warnings = config.validate()
    if errors:
        raise InputError([Diagnostic(path=name, field=key, message=str(error)) for key, error in errors])
    found = tuple(Diagnostic(path=name, field=key, message=str(w), severity=Severity.WARNING) for key, w in warnings)
    return project_settings(config, options), found


def _unreadable(name: PurePosixPath, error: ConfigurationError) -> Diagnostic:
    """A file MkDocs cannot load (YAML syntax, not a mapping, a missing INHERIT file), with its line if known."""
    mark = getattr(error.__context__, "problem_mark", None)
    if isinstance(error.__context__, yaml.YAMLError):
        return Diagnostic(
            path=name, line=mark.line + 1 if mark else None, message=f"not valid YAML: {error.__context__}"
        )
    return Diagnostic(path=name, message=str(error))


def _plugin_options(plugins: object) -> dict[str, Any]:
    """The plugin's options in mkdocs.yml's `plugins`: a list of names and one-key mappings, or a mapping."""
    entries = list(plugins.items()) if isinstance(plugins, dict) else plugins if isinstance(plugins, list) else []
    for entry in entries:
        if entry == PLUGIN:
            return {}
        if isinstance(entry, tuple) and entry[0] == PLUGIN:
            return _mapping(entry[1])
        if isinstance(entry, dict) and PLUGIN in entry:
            return _mapping(entry[PLUGIN])
    return {}


def _mapping(options: object) -> dict[str, Any]:
    """The plugin's options; none for a value that is not a mapping (MkDocs' own validation reports it)."""
    return dict(options) if isinstance(options, dict) else {}


def _options(name: PurePosixPath, values: Mapping[str, Any]) -> Options:
    """The options validated by the plugin's config class: every value it refuses is reported, each on its own."""
    problems = []
    for key, value in values.items():
        single = BriefingsConfig()
        single.load_dict({key: value})
        errors, _ = single.validate()
        problems += [Diagnostic(path=name, field=f"plugins.{PLUGIN}.{k}", message=str(e)) for k, e in errors]
    if problems:
        raise InputError(problems)
    config = BriefingsConfig()
    config.load_dict(dict(values))
    config.validate()
    return Options.from_values(config)
