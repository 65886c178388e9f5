"""Untrusted text where a theme may re-parse it as HTML carries no '<', once the browser has decoded it.

Every template is rendered from a briefing whose every text field is hostile, then turned into HTML as MkDocs
would. Checked: each attribute value (title, aria-*, data-*...), each heading (the contents list and a cut
navigation entry show it in a tooltip), each SVG <title>, and the page title and tags of the front matter.
"""

from __future__ import annotations

import dataclasses
import html
from datetime import date
from html.parser import HTMLParser
from pathlib import PurePosixPath

import markdown
import yaml
from hypothesis import example, given
from hypothesis import strategies as st

from generator.mkdocs.markdown_ext import BriefingLinks
from generator.model import (
    Actor,
    ActorKind,
    Article,
    ArticleMeta,
    BackgroundItem,
    Briefing,
    Citation,
    DatedRole,
    Event,
    EventStatus,
    Granularity,
    Question,
    Quote,
    Sentence,
    SourceArticle,
    Summary,
    TimeValue,
)
from generator.render import render_briefing, render_shared, render_site
from generator.render.markdown import inert_text, make_environment, md_inert

from .conftest import TEMPLATES

EXTENSIONS = ["admonition", "attr_list", "md_in_html", "tables", "toc"]
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
PAGE_OF = {
    "index.md.j2": "index.md",
    "archive.md.j2": "archive.md",
    "timeline.md.j2": "timeline.md",
    "tags.md.j2": "tags.md",
    "search.md.j2": "search.md",
    "actors.md.j2": "actors/index.md",
    "actor.md.j2": "actors/person.md",
    "briefing.md.j2": "s/index.md",
    "source.md.j2": "s/sources/a.md",
    "story-timeline.md.j2": "s/timeline.md",
    "story-questions.md.j2": "many/questions.md",
}
"""A page rendered from each template (there are more: an actor page per actor)."""


def hostile(field: str) -> str:
    """A payload that names the field it was put in."""
    return f'{field} <img src=x onerror="alert(1)"> "><script>x()</script> & <svg onload=alert(2)>'


def hostile_briefing() -> Briefing:
    cite = Citation("a", 1, hostile("citation"))
    day = TimeValue.of_day(date(2023, 9, 11))
    article = Article(
        id="a",
        story="s",
        src_uri="s/a.txt",
        meta=ArticleMeta(
            title=hostile("article title"),
            source=hostile("source"),
            url="https://example.org/a",
            published=date(2023, 9, 12),
            authors=(hostile("author"),),
        ),
        text="x",
        dateline=hostile("dateline"),
    )
    sentences = (
        Sentence(number=1, start=0, end=1, text=hostile("section heading"), paragraph=0, is_heading=True),
        Sentence(number=2, start=1, end=2, text=hostile("sentence"), paragraph=1),
    )

    def actor(kind: ActorKind, name: str) -> Actor:
        return Actor(
            id=name.split()[0].lower(),
            name=hostile(name),
            kind=kind,
            roles=(hostile(f"{name} role"), hostile(f"{name} second role")),
            dated_roles=(DatedRole(text=hostile(f"{name} role"), first=day.start, last=day.start),),
            aliases=(hostile(f"{name} alias"),),
            mentions=3,
            quotes=(Quote(text=hostile(f"{name} quote"), is_direct=True, citation=cite),),
            citations=(cite, Citation("a", 2, hostile("second citation"))),
        )

    return Briefing(
        slug="s",
        title=hostile("story title"),
        summary=Summary(text=hostile("summary"), citations=(cite,)),
        status="developing",
        updated=date(2023, 9, 12),
        tags=(hostile("tag"),),
        sources=(SourceArticle(article=article, sentences=sentences),),
        editor_background=hostile("editor background"),
        background=(BackgroundItem(text=hostile("background"), citations=(cite,)),),
        actors=(
            actor(ActorKind.PERSON, "person"),
            actor(ActorKind.ORGANIZATION, "organisation"),
            actor(ActorKind.PLACE, "place"),
        ),
        timeline=(
            Event(when=day, text=hostile("event"), citations=(cite,)),
            Event(
                when=TimeValue.of_day(date(2023, 9, 12)),
                text=hostile("dated by publication"),
                citations=(cite,),
                from_publication=True,
            ),
            Event(when=day, text=hostile("upcoming"), status=EventStatus.UPCOMING, citations=(cite,)),
            Event(
                when=TimeValue(value=hostile("when"), granularity=Granularity.DAY), text="undated", citations=(cite,)
            ),
        ),
        questions=(
            Question(text=hostile("question"), citations=(cite,)),
            Question(text=hostile("answered"), citations=(cite,), answered_by=(cite,)),
        ),
        key_events=(
            Event(when=day, text=hostile("event"), citations=(cite,)),
            Event(when=day, text=hostile("upcoming"), status=EventStatus.UPCOMING, citations=(cite,)),
        ),
    )


class _Reparsed(HTMLParser):
    """Collects what a theme may re-parse: attribute values, heading text and SVG titles (all decoded)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str]] = []  # (where, decoded text)
        self._open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.extend((f"<{tag} {name}>", value) for name, value in attrs if value)
        if tag in HEADINGS or tag == "title":
            self._open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._open and self._open[-1] == tag:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        if self._open:
            self.found.append((f"<{self._open[-1]}> text", data))


def reparsed(page: str) -> list[tuple[str, str]]:
    """Everything in a generated Markdown page that a theme may turn into HTML, decoded as a browser would."""
    found: list[tuple[str, str]] = []
    body = page
    if page.startswith("---\n"):
        front, body = page[4:].split("\n---\n", 1)
        meta = yaml.safe_load(front)
        found += [("front matter title", html.unescape(meta["title"]))] if "title" in meta else []
        found += [("front matter tag", html.unescape(tag)) for tag in meta.get("tags", [])]
    parser = _Reparsed()
    parser.feed(markdown.Markdown(extensions=[*EXTENSIONS, BriefingLinks()]).convert(body))
    return found + parser.found


def test_no_template_puts_a_raw_angle_bracket_where_a_theme_reparses_text():
    env = make_environment(TEMPLATES)
    briefing = hostile_briefing()
    pages = render_site([briefing], TEMPLATES)
    pages.update(render_shared(env, [briefing], TEMPLATES, search="pagefind"))  # search.md too
    answered = [dataclasses.replace(briefing.questions[1], text=hostile(f"answered {i}")) for i in range(8)]
    many = dataclasses.replace(briefing, slug="many", questions=(*briefing.questions, *answered))
    pages.update({uri: text for uri, text in render_briefing(env, many).items() if uri.parts[0] == "many"})
    assert set(PAGE_OF) == {p.name for p in TEMPLATES.glob("*.md.j2")}, "a new template: add a page of it here"
    assert set(PAGE_OF.values()) <= {str(uri) for uri in pages}, sorted(map(str, pages))
    checked: set[str] = set()
    for uri, text in pages.items():
        if uri.suffix != ".md":
            continue
        for where, value in reparsed(text):
            assert "<" not in value, f"{uri}: {where}: {value!r}"
            if "onerror=" in value:
                checked.add(f"{PurePosixPath(uri).name}: {where}")
    # Not vacuous: hostile text did reach each kind of place checked.
    for kind in (
        "<a title>",
        "<span title>",
        "<h1> text",
        "<h2> text",
        "<title> text",
        "front matter title",
        "front matter tag",
    ):
        assert any(kind in c for c in checked), (kind, sorted(checked))
    assert "a.md: <h2> text" in checked, sorted(checked)  # a source article's own subheading


@given(st.text())
@example('<img src=x onerror="alert(1)">')
@example("a < b > c &lt;d&gt;")
def test_inert_text_has_no_angle_bracket_and_keeps_everything_else(text):
    inert = inert_text(text)
    assert "<" not in inert and ">" not in inert
    assert len(inert) == len(text)
    assert inert.replace("\u2039", "<").replace("\u203a", ">") == text.replace("\u2039", "<").replace("\u203a", ">")


@given(st.text())
@example("&lt;script&gt;")
def test_inert_markdown_decodes_to_no_angle_bracket(text):
    """`md_inert` escapes for Markdown too; decoding it (as a browser does an attribute) brings no '<' back."""
    assert "<" not in html.unescape(md_inert(text))
