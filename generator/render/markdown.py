"""The Jinja2 environment for Markdown output: every `{{ }}` is escaped for Markdown and HTML by default."""

from __future__ import annotations

import functools
import html
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from urllib.parse import quote, urlsplit

import jinja2

from generator.model import Citation, Event, Granularity, SourceArticle, TimeValue
from generator.render.packaged import search_path
from generator.render.strings import ENGLISH, Strings, load_strings

# Characters that start Markdown or HTML syntax, as numeric entities: Markdown never parses an entity as
# syntax, and the page still shows the character. (Python-Markdown ignores a backslash before "<".)
_ENTITIES = {c: f"&#{ord(c)};" for c in '&<>*_[]`\\#|~{}"'}
_SPECIAL = re.compile("[" + re.escape("".join(_ENTITIES)) + "]")
_BLOCK_START = re.compile(r"^(\s*)([-+=]|\d+[.)])")  # a list item, numbered item or heading underline
_WHITESPACE = re.compile(r"\s+")
_LOOK_ALIKES = str.maketrans({"<": "\u2039", ">": "\u203a"})  # ‹ and ›


class Markdown(str):
    """Text that is already valid, safe Markdown and must be output as it is."""

    __slots__ = ()


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f]")
"""Control characters, which no text shows and Python-Markdown uses as its own markers (STX and ETX around a
stashed piece of HTML): dropped, so a YAML field's "\\x03" cannot change how the line around it renders. Those that
Python counts as white space (tab, line ends, form feed, the separators \\x1c-\\x1f) become a space instead."""


def md_escape(value: object) -> Markdown:
    """Make untrusted text (article sentences, YAML fields) print literally on one line."""
    if isinstance(value, Markdown):
        return value
    return Markdown(_escaped("" if value is None else str(value)))


@functools.lru_cache(maxsize=1 << 15)
def _escaped(text: str) -> str:
    """`md_escape` of a plain string, kept for the next call with the same one.

    A site repeats the same sentences and names in many places (every citation's tooltip holds its sentence).
    """
    text = _WHITESPACE.sub(" ", _CONTROL.sub("", text)).strip()
    text = _SPECIAL.sub(lambda m: _ENTITIES[m.group()], text)
    return _BLOCK_START.sub(lambda m: m.group(1) + f"&#{ord(m.group(2)[0])};" + m.group(2)[1:], text)


def inert_text(value: object) -> str:
    """Untrusted text that stays text where a theme re-parses it as HTML: "<" and ">" become "‹" and "›".

    Escaping does not protect such places. Material's `content.tooltips` builds a tooltip with `innerHTML` from
    an element's title attribute, decoded, or from the displayed text of a navigation or contents entry that an
    ellipsis cuts. Without "<" no tag can start ("&" only spells a character), and the look-alike quotes read
    the same in the theme's tooltip and in the browser's own. Used for every attribute value, heading, page
    title, tag and SVG <title> that carries article or YAML text; the page body keeps the text as written.
    """
    return ("" if value is None else str(value)).translate(_LOOK_ALIKES)


def md_inert(value: object) -> Markdown:
    """`inert_text`, escaped for Markdown: the `inert` filter of the templates."""
    return md_escape(inert_text(value))


def md_url(url: str | None) -> Markdown:
    """A link target: http(s) or relative only; anything else (javascript:, data:) becomes "#"."""
    if not url:
        return Markdown("#")
    if urlsplit(url).scheme.lower() not in {"", "http", "https"}:
        return Markdown("#")
    return Markdown(quote(url, safe="/:#?&=%@+~.,-_!$;"))


def event_when(event: Event, strings: Strings = ENGLISH) -> str:
    """An event's date as the timeline shows it: "by 27 Apr 2005" when only a publication day dates it."""
    label = when_label(event.when, strings)
    return strings("dates.by_publication", date=label) if event.from_publication else label


def event_when_title(event: Event, strings: Strings = ENGLISH) -> str:
    """The tooltip of an event's date: its value, and why it reads "by" when it does."""
    if event.from_publication:
        return strings("dates.by_publication_note", value=event.when.value)
    return event.when.value


def when_label(value: TimeValue, strings: Strings = ENGLISH) -> str:
    """A reader's label for a time value: "11 Sep 2023", "Jul 2023", "Week of 4 Sep 2023", "Q3 2023", "2018–2019"."""
    if "/" in value.value and value.start and value.end:
        if value.granularity is Granularity.YEAR:
            return strings("dates.years", start=value.start.year, end=value.end.year)
        start, end = (when_label(_part(part), strings) for part in value.value.split("/")[:2])
        return strings("dates.range", start=start, end=end)
    if value.value == "FUTURE_REF":
        return strings("dates.coming_days")
    if value.start is None:
        return value.value
    day = value.start
    month = strings.short_months[day.month - 1]
    match value.granularity:
        case Granularity.DAY:
            return strings.day(day)
        case Granularity.WEEK:
            return strings("dates.week", day=day.day, month=month, year=day.year)
        case Granularity.MONTH:
            return strings("dates.month", month=month, year=day.year)
        case Granularity.QUARTER:
            return strings("dates.quarter", quarter=(day.month - 1) // 3 + 1, year=day.year)
        case Granularity.HALF:
            return strings("dates.first_half" if day.month <= 6 else "dates.second_half", year=day.year)
        case Granularity.SEASON if value.value.endswith("WI"):  # December to February
            return strings("dates.winter", year=day.year, next_year=f"{(day.year + 1) % 100:02d}")
        case Granularity.SEASON:
            return strings(f"dates.{_SEASONS[value.value[-2:]]}", year=day.year)
        case Granularity.DECADE:
            return strings("dates.decade", year=day.year)
        case Granularity.CENTURY:
            number = day.year // 100 + 1
            suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
            return strings("dates.century", ordinal=f"{number}{suffix}", number=number)
        case _:
            return value.value


_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn"}


def _part(value: str) -> TimeValue:
    from generator.temporal.values import parse_value

    return parse_value(value)


class CitationLinks:
    """Renders `[n]` links from a page to the cited sentences; numbers sources 1..N in a story.

    The links stay out of the search index (`data-search-exclude`, which Material's search honours): "[2.5]" in a
    result's snippet tells a reader nothing.
    """

    def __init__(self, article_ids: Iterable[str], *, prefix: str, origins: Mapping[str, str] | None = None) -> None:
        self.numbers = {article: n for n, article in enumerate(article_ids, start=1)}
        self.prefix = prefix
        self.origins = origins or {}
        """Where each article comes from ("Reuters, 12 Sep 2023"), added to the preview of its sentence."""

    def __call__(self, citations: Iterable[Citation]) -> Markdown:
        links = []
        for citation in citations:
            label = self.label(citation)
            origin = self.origins.get(citation.article)
            title = md_inert(f"{citation.text} — {origin}" if origin else citation.text)
            target = f"{self.prefix}{quote(citation.article)}.md#s{citation.sentence}"
            links.append(f'[&#91;{label}&#93;]({target} "{title}"){{.cite data-search-exclude=""}}')
        return Markdown(" ".join(links))

    def label(self, citation: Citation) -> str:
        if len(self.numbers) == 1:
            return str(citation.sentence)
        return f"{self.numbers.get(citation.article, 0)}.{citation.sentence}"


def article_origin(source: SourceArticle, strings: Strings = ENGLISH) -> str:
    """ "Reuters, 12 Sep 2023": the outlet (or the title, without one) and the day an article was published."""
    meta = source.article.meta
    day = meta.published_day
    when = strings.day(day) if day else ""
    return ", ".join(part for part in (meta.source or source.article.title, when) if part)


def front_matter_title(value: object) -> Markdown:
    """A page title or tag for YAML front matter: inert, HTML-escaped, then quoted as a JSON (so YAML) string.

    MkDocs and Material print `page.meta.title` into `<title>` and the navigation without escaping it; an
    escaped title shows as the literal text and cannot close `<title>` or open a tag. It is inert as well,
    because the theme turns a navigation entry too long to show into a tooltip of its text (see `inert_text`).
    """
    text = _WHITESPACE.sub(" ", inert_text(value)).strip()
    return Markdown(json.dumps(html.escape(text, quote=True)))


class ActorLinker:
    """Escapes untrusted text, then links each actor name that has a page (longest names first, one pass)."""

    def __init__(self, names: dict[str, str], *, prefix: str) -> None:
        self.targets: dict[str, str] = {
            str(md_escape(name)): f"{prefix}{quote(actor_id)}.md" for name, actor_id in names.items()
        }
        ordered = sorted(self.targets, key=len, reverse=True)
        self.pattern = (
            re.compile(r"(?<![\w&#])(" + "|".join(re.escape(n) for n in ordered) + r")(?!\w)") if ordered else None
        )

    def __call__(self, text: object) -> Markdown:
        escaped = md_escape(text)
        if self.pattern is None:
            return escaped
        return Markdown(self.pattern.sub(lambda m: f"[{m.group(1)}]({self.targets[m.group(1)]})", escaped))


def make_environment(templates_dir: Path) -> jinja2.Environment:
    """The environment that renders every page: a project's own templates first, then the packaged ones.

    Its global `strings` holds the interface strings in effect (`strings_of`), which its date filters use.
    """
    strings = load_strings(templates_dir)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(search_path(templates_dir)),
        undefined=jinja2.StrictUndefined,  # a misspelt variable fails the build instead of printing ""
        finalize=md_escape,
        autoescape=False,  # noqa: S701 - the output is Markdown, not HTML; `finalize` escapes every {{ }}
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["md_url"] = md_url
    env.globals["strings"] = strings
    env.filters["when"] = functools.partial(when_label, strings=strings)
    env.filters["event_when"] = functools.partial(event_when, strings=strings)
    env.filters["event_when_title"] = functools.partial(event_when_title, strings=strings)
    env.filters["escape_md"] = md_escape
    env.filters["inert"] = md_inert
    env.filters["front_matter_title"] = front_matter_title
    return env


def strings_of(env: jinja2.Environment) -> Strings:
    """The interface strings an environment of `make_environment` renders with."""
    strings = env.globals["strings"]
    if not isinstance(strings, Strings):
        raise TypeError("not an environment of make_environment: it has no interface strings")
    return strings
