"""The reference pages written from the code, so that they cannot drift from it.

`python -m generator.docs` writes docs/configuration-reference.md (from `generator.settings.Options`) and
docs/cli-reference.md (from the click commands); `--check` writes nothing and exits 1 if either differs.
tests/test_docs_reference.py runs the check.
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import Iterator
from pathlib import Path

import click
import yaml

from generator.cli import cli
from generator.settings import OPTIONS, Option

GENERATED = "<!-- Written by `python -m generator.docs` from the code ({source}); do not edit by hand. -->"
"""The line under each page's title that says where it comes from."""


def _cell(text: str) -> str:
    """Text for a Markdown table cell: one line, pipes escaped."""
    return " ".join(text.split()).replace("|", "\\|")


def _yaml(value: object) -> str:
    """A value as it is written in mkdocs.yml."""
    return yaml.safe_dump(value, default_flow_style=True, width=1000).removesuffix("...\n").strip()


def _option_row(option: Option) -> str:
    choices = ", ".join(f"`{choice}`" for choice in option.choices) or "any"
    return f"| `{option.name}` | {option.kind.__name__} | `{_yaml(option.default)}` | {choices} | {_cell(option.doc)} |"


def configuration_reference() -> str:
    """docs/configuration-reference.md: every option of the `briefings` plugin block, with a block to copy."""
    block = yaml.safe_dump(
        {"plugins": [{"briefings": {o.name: o.default for o in OPTIONS}}]}, sort_keys=False, width=1000
    )
    lines = [
        "# Configuration reference",
        "",
        GENERATED.format(source="generator/settings.py, `Options`"),
        "",
        "The options of the `briefings` plugin in `mkdocs.yml`; the command line reads the same block (`-f` names",
        "another file). Paths are relative to `mkdocs.yml`. A value of the wrong type or outside its choices stops",
        "`mkdocs build` and the command line alike, with the same message. How they fit together:",
        "[configuration.md](configuration.md).",
        "",
        "| Option | Type | Default | Choices | What it does |",
        "| --- | --- | --- | --- | --- |",
        *map(_option_row, OPTIONS),
        "",
        "Every option at its default, as the `briefings` entry of `plugins:` in `mkdocs.yml`:",
        "",
        "```yaml",
        block.rstrip("\n"),
        "```",
    ]
    return "\n".join(lines) + "\n"


def _commands(command: click.Command, ctx: click.Context) -> Iterator[tuple[click.Command, click.Context]]:
    """The command and, for a group, each of its subcommands in turn (as `--help` lists them)."""
    yield command, ctx
    if isinstance(command, click.Group):
        for name in command.list_commands(ctx):
            sub = command.get_command(ctx, name)
            if sub is not None and not sub.hidden:
                yield from _commands(sub, click.Context(sub, info_name=name, parent=ctx))


def _command_section(command: click.Command, ctx: click.Context) -> list[str]:
    usage = " ".join([ctx.command_path, *command.collect_usage_pieces(ctx)])
    options = [p for p in command.get_params(ctx) if isinstance(p, click.Option)]  # arguments: in the usage
    records = [r for r in (p.get_help_record(ctx) for p in options) if r is not None]
    return [
        f"## {ctx.command_path}",
        "",
        inspect.cleandoc(command.help or ""),
        "",
        "```",
        usage,
        "```",
        "",
        "| Option | What it does |",
        "| --- | --- |",
        *(f"| `{_cell(names)}` | {_cell(text)} |" for names, text in records),
        "",
    ]


def cli_reference() -> str:
    """docs/cli-reference.md: every command's usage, help text and options, as `--help` gives them."""
    lines = [
        "# Command-line reference",
        "",
        GENERATED.format(source="generator/cli.py"),
        "",
        "Every `briefings` command with its usage and options, from the commands' own help (`briefings COMMAND",
        "--help` prints the same). Exit codes, importing web pages and an example: [cli.md](cli.md).",
        "",
    ]
    for command, ctx in _commands(cli, click.Context(cli, info_name="briefings", **cli.context_settings)):
        lines += _command_section(command, ctx)
    return "\n".join(lines).rstrip("\n") + "\n"


PAGES = {"configuration-reference.md": configuration_reference, "cli-reference.md": cli_reference}
"""Each generated page by its name under docs/, with the function that writes its text."""


@click.command()
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if a page differs from what the code gives.")
@click.argument("docs_dir", default="docs", type=click.Path(file_okay=False, path_type=Path))
def main(docs_dir: Path, check: bool) -> None:  # noqa: FBT001 - click passes flags positionally
    """Write the generated reference pages into DOCS_DIR (docs/ by default)."""
    stale = []
    for name, page in PAGES.items():
        path, text = docs_dir / name, page()
        if path.is_file() and path.read_text(encoding="utf-8") == text:
            continue
        stale.append(name)
        if not check:
            path.write_text(text, encoding="utf-8")
    verb = "out of date" if check else "written"
    for name in stale:
        click.echo(f"{docs_dir / name}: {verb}", err=True)
    sys.exit(1 if check and stale else 0)


if __name__ == "__main__":
    main()
