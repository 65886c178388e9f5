"""The `briefings` command line: build, validate, show, dates. Errors become exit codes here and only here."""

from __future__ import annotations

import json
import logging
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Any

import click
from click.core import ParameterSource

from generator import __version__
from generator.errors import BriefingsError, InputError
from generator.settings import DEFAULT_MODEL, Settings

log = logging.getLogger("generator")


class _Group(click.Group):
    """Turns a BriefingsError into its message on stderr and its exit code; bugs still show a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BriefingsError as error:
            click.echo(str(error), err=True)
            ctx.exit(error.exit_code)


def _settings(config: str, *, given: bool = False) -> Settings:
    """The settings from mkdocs.yml as `mkdocs build` reads it (defaults without one, unless it was named)."""
    from generator.mkdocs.config import load_settings

    settings, warnings = load_settings(Path(config), given=given)
    _log_warnings(warnings)
    return settings


def _project_settings(ctx: click.Context, _param: click.Parameter, value: str) -> Settings:
    """Click callback of -f/--config-file: the project's settings; a file named on the command line must exist."""
    return _settings(value, given=ctx.get_parameter_source("settings") is not ParameterSource.DEFAULT)


def _parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    """Click callback: a --published value as a date, or a usage error that shows the expected form."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"expected a date like 2023-09-12, got {value!r}") from None


def _log_warnings(warnings: Any) -> None:
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefings")
@click.option("-v", "--verbose", count=True, help="More logging (-vv for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors.")
def cli(verbose: int, quiet: bool) -> None:  # noqa: FBT001 - click passes flags positionally
    """Build briefing pages from the news articles in seeds/."""
    level = logging.ERROR if quiet else logging.WARNING - 10 * verbose
    logging.basicConfig(level=max(level, logging.DEBUG), format="%(levelname)s: %(message)s")


_config_option = click.option(
    "-f",
    "--config-file",
    "settings",
    default="mkdocs.yml",
    show_default=True,
    callback=_project_settings,
    help="The mkdocs.yml whose `briefings` plugin options (and docs_dir) to use (none there: the defaults).",
)


@cli.command()
@_config_option
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if briefings/ is out of date.")
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=None,
    help="Processes for parsing new articles (default: the plugin's `jobs`, else one per core).",
)
def build(settings: Settings, check: bool, jobs: int | None) -> None:  # noqa: FBT001
    """Regenerate briefings/ from seeds/ and templates/ (only files whose bytes change are written)."""
    import dataclasses

    from generator.pipeline import Session
    from generator.progress import ProgressBars
    from generator.progress import wanted as progress_wanted

    if jobs is not None:
        settings = dataclasses.replace(settings, jobs=jobs)
    quiet = logging.getLogger().getEffectiveLevel() >= logging.ERROR
    bars = ProgressBars() if progress_wanted(quiet=quiet) else None
    try:
        report = Session(settings, progress=bars).build(check=check)
    finally:
        if bars is not None:
            bars.close()
    _log_warnings(report.warnings)
    if check:
        click.echo(f"{settings.out_dir.name}/ is up to date ({len(report.stories)} stories).", err=True)
    else:
        changed = len(report.plan.writes) + len(report.plan.deletes)
        click.echo(
            f"{len(report.stories)} stories; {changed} file(s) changed in {settings.out_dir.name}/.",
            err=True,
        )


@cli.command()
@_config_option
def validate(settings: Settings) -> None:
    """Check every seed file and story.yml; report all problems as path:line: field: message."""
    from generator.ingest import load_project

    project = load_project(settings.seeds_dir, max_bytes=settings.max_file_bytes)
    _log_warnings(project.warnings)
    articles = sum(len(s.articles) for s in project.stories)
    click.echo(f"{len(project.stories)} stories, {articles} articles: OK", err=True)


@cli.command()
@_config_option
@click.argument("story")
@click.option("--json", "as_json", is_flag=True, help="Print the briefing as JSON (the data/<story>.json schema).")
def show(settings: Settings, story: str, as_json: bool) -> None:  # noqa: FBT001
    """Print one story's briefing (as Markdown, or as JSON)."""
    from generator.pipeline import Session
    from generator.render import render_briefing
    from generator.render.export import briefing_data, dumps
    from generator.render.markdown import make_environment

    briefings, warnings = Session(settings).briefings()
    _log_warnings(warnings)
    found = next((b for b in briefings if b.slug == story), None)
    if found is None:
        known = ", ".join(b.slug for b in briefings) or "none"
        raise InputError([_diagnostic(settings.seeds_dir.name, f"no story {story!r}; stories: {known}")])
    if as_json:
        click.echo(dumps(briefing_data(found)), nl=False)
        return
    pages = render_briefing(make_environment(settings.templates_dir), found)
    click.echo(next(text for uri, text in pages.items() if uri.name == "index.md"), nl=False)


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--published", required=True, callback=_parse_date, help="Publication date to resolve against, e.g. 2023-09-12."
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON lines instead of a table.")
@click.option(
    "--model",
    default=None,
    help=f"spaCy model package (default: from mkdocs.yml, else {DEFAULT_MODEL}).",
)
def dates(file: Path, published: date, as_json: bool, model: str | None) -> None:  # noqa: FBT001
    """List every date expression in a text file: offsets, text, type and TIMEX3 value."""
    from generator.ingest.readers import read_text_file
    from generator.nlp.model import load_model
    from generator.nlp.parse import parse_texts
    from generator.temporal import tag_doc

    settings = _settings("mkdocs.yml")
    text = read_text_file(file, PurePosixPath(str(file)), max_bytes=settings.max_file_bytes)
    nlp = load_model(model or settings.model)
    for mention in tag_doc(next(parse_texts(nlp, [text])), published):
        values = [v.value for v in mention.values]
        if as_json:
            record = {
                "start": mention.start,
                "end": mention.end,
                "text": mention.text,
                "type": mention.type,
                "value": values[0] if len(values) == 1 else values,
                "tense": mention.tense.value,
                "sentence": mention.sentence,
            }
            click.echo(json.dumps(record, ensure_ascii=False))
        else:
            click.echo(f"{mention.start}\t{mention.end}\t{mention.type}\t{'/'.join(values) or '?'}\t{mention.text}")


@cli.command()
@click.argument("directory", default=".", type=click.Path(file_okay=False, path_type=Path))
@click.option("--skip-existing", is_flag=True, help="Keep the files that exist already and write the others.")
def init(directory: Path, skip_existing: bool) -> None:  # noqa: FBT001
    """Start a project in DIRECTORY (default: here): mkdocs.yml, a sample story, CI; overwrites nothing.

    Writes mkdocs.yml (the briefings plugin configured), seeds/ with one sample story, .gitignore,
    requirements.txt (this version of briefings) and .github/workflows/briefings.yml, which runs `briefings
    build --check` and `mkdocs build --strict` and publishes the site to GitHub Pages. A file that exists already
    is never overwritten: init lists every such file and exits 2, unless --skip-existing.
    """
    from generator.new_project import init_project

    done = init_project(directory, skip_existing=skip_existing)
    for path in done.kept:
        click.echo(f"kept {path} (it exists)", err=True)
    for path in done.written:
        click.echo(f"created {path}", err=True)
    where = "" if directory == Path() else f"cd {directory} && "
    click.echo(f"next: {where}mkdocs serve  (then commit briefings/ with seeds/: CI checks it is up to date)", err=True)


@cli.command()
@_config_option
@click.argument("story")
@click.option("--title", default=None, help="The story's title (default: from the slug).")
def new(settings: Settings, story: str, title: str | None) -> None:
    """Create seeds/STORY/story.yml with every field explained in comments."""
    from generator.importer import new_story

    path = new_story(settings.seeds_dir, story, title=title)
    click.echo(f"created {path}", err=True)


@cli.command()
@_config_option
@click.argument("source")
@click.option("--story", required=True, help="The story (folder under seeds/) to add the article to.")
@click.option(
    "--published", default=None, callback=_parse_date, help="Publication date, when the page does not say (2024-03-14)."
)
@click.option("--title", default=None, help="Title, when the page's own is wrong.")
@click.option(
    "--timeout", default=20.0, show_default=True, help="Seconds the whole download may take (headers and page)."
)
def add(settings: Settings, source: str, story: str, published: date | None, title: str | None, timeout: float) -> None:
    """Import an article from a saved web page, a URL, or a .txt/.md file into seeds/STORY/.

    Given an RSS or Atom feed (a URL, or a saved .xml/.rss/.atom file), import each item the story does not have yet.
    """
    from generator.feed_import import add_feed, read_source
    from generator.importer import FetchError, add_article

    read = read_source(source, timeout=timeout)
    if read.feed is not None:
        if published is not None or title is not None:
            raise FetchError(f"{source}: --published and --title are for one article, not for a feed's items")
        report = add_feed(settings.seeds_dir, source, read.feed, story=story, feed_url=read.feed_url, timeout=timeout)
        for imported in report.added:
            _report_added(imported)
        for reason in report.skipped:
            click.echo(f"skipped {reason}", err=True)
        click.echo(f"{len(report.added)} new from the feed, {len(report.skipped)} skipped.", err=True)
        return
    imported = add_article(
        settings.seeds_dir, source, story=story, published=published, title=title, timeout=timeout, fetched=read.page
    )
    _report_added(imported)


def _report_added(imported: Any) -> None:
    click.echo(f"added {imported.path} ({imported.title or 'untitled'}, {imported.published or 'no date'})", err=True)
    if imported.published is None:
        click.echo("warning: no publication date found; add `published:` to its front matter", err=True)


@cli.group(name="eval")
def evaluate() -> None:
    """Evaluate extractors against annotated corpora."""


@evaluate.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--errors", is_flag=True, help="List every miss, spurious expression and wrong extent, type or value.")
@click.option("--model", default=None, help="spaCy model package (default: from mkdocs.yml).")
@click.option("--json", "as_json", is_flag=True, help="Print the measures as JSON.")
def timeml(folder: Path, errors: bool, model: str | None, as_json: bool) -> None:  # noqa: FBT001
    """Score the temporal tagger on TimeML .tml files (TempEval-3 task A: strict/relaxed span, type, value)."""
    import time

    from generator.nlp.model import load_model
    from generator.temporal import tag_doc
    from generator.temporal.timeml import Score, as_timexes, read_corpus, score_document

    documents = read_corpus(folder)
    if not documents:
        raise InputError([_diagnostic(str(folder), "no .tml files found")])
    nlp = load_model(model or _settings("mkdocs.yml").model)
    score = Score()
    parse_seconds = tag_seconds = 0.0
    for document in documents:
        started = time.perf_counter()
        doc = nlp(document.text)
        parsed = time.perf_counter()
        mentions = tag_doc(doc, document.dct)
        tag_seconds += time.perf_counter() - parsed
        parse_seconds += parsed - started
        score_document(document.timexes, as_timexes(mentions), name=document.name, score=score)
    measures = score.measures()
    timing = {
        "documents": len(documents),
        "gold": score.gold,
        "system": score.system,
        "parse_ms_per_doc": 1000 * parse_seconds / len(documents),
        "tag_ms_per_doc": 1000 * tag_seconds / len(documents),
    }
    if as_json:
        click.echo(json.dumps({**measures, **timing}, indent=1))
    else:
        click.echo(f"{len(documents)} documents, {score.gold} gold and {score.system} system expressions")
        for label, key in (("strict", "strict"), ("relaxed", "relaxed"), ("value", "value")):
            click.echo(
                f"{label:8} P {100 * measures[key + '_p']:6.2f}  R {100 * measures[key + '_r']:6.2f}  "
                f"F1 {100 * measures[key + '_f1']:6.2f}"
            )
        click.echo(f"type accuracy {100 * measures['type_accuracy']:.2f} (over relaxed matches)")
        click.echo(
            f"tagging {timing['tag_ms_per_doc']:.2f} ms per document beyond the spaCy parse "
            f"({timing['parse_ms_per_doc']:.1f} ms)"
        )
    if errors:
        for line in score.errors:
            click.echo(line)


@evaluate.command()
@_config_option
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--topics", default="", help="Comma-separated topic folder names (default: every topic).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def t17(settings: Settings, folder: Path, topics: str, as_json: bool) -> None:  # noqa: FBT001
    """Score the key events on Timeline17 (news-tls protocol: Date-F1, alignment ROUGE-1/2 F, macro over tasks).

    Each timeline is one task; its story is the topic's articles published inside the timeline's date range.
    Parses are cached as in a build (the first run of a topic takes minutes).
    """
    from generator.evaluate.rouge import stemmed
    from generator.evaluate.scoring import as_record, evaluate_task, macro
    from generator.evaluate.timeline17 import read_tasks
    from generator.pipeline import Session

    wanted = tuple(t.strip() for t in topics.split(",") if t.strip())
    session = Session(settings)
    results = []
    for task in read_tasks(folder, wanted):
        _log_warnings(task.gold.skipped)
        result, _ = evaluate_task(task, session)
        results.append(result)
        if not as_json:
            click.echo(
                f"{result.name:<55} {result.articles:>4} art {result.key_events:>3} key/{result.gold_dates:<3} gold  "
                f"AR1-F {result.ar1.f1:.3f}  AR2-F {result.ar2.f1:.3f}  Date-F1 {result.dates.f1:.3f}  "
                f"parse {result.parse_seconds:6.1f} s  merge {result.merge_seconds:5.1f} s  "
                f"render {result.render_seconds:4.1f} s"
            )
    figures = macro(results)
    if as_json:
        record = {"tasks": [as_record(r) for r in results], "macro": figures, "stemmed": stemmed()}
        click.echo(json.dumps(record, indent=1))
        return
    click.echo(
        f"macro over {len(results)} tasks: AR1-F {figures['ar1_f']:.3f}  AR2-F {figures['ar2_f']:.3f}  "
        f"Date-F1 {figures['date_f1']:.3f}"
        + ("" if stemmed() else "  (words not stemmed: pip install briefings[eval])")
    )


@cli.command()
@_config_option
def doctor(settings: Settings) -> None:
    """Check the spaCy model, the templates and the optional tools (Pagefind, Chromium); say how to fix each.

    Exits 0 when everything required is fine (a missing optional tool is listed, not counted), 1 otherwise.
    """
    from generator.doctor import run_checks

    checks = run_checks(settings)
    for check in checks:
        click.echo(str(check))
    if any(check.failed for check in checks):
        raise click.exceptions.Exit(1)


def _diagnostic(path: str, message: str) -> Any:
    from pathlib import PurePosixPath

    from generator.errors import Diagnostic

    return Diagnostic(path=PurePosixPath(path), message=message)


def main() -> None:
    """Console-script entry point."""
    cli()


if __name__ == "__main__":
    main()
