"""Escaping untrusted text for Markdown: whatever goes in prints literally and injects nothing."""

from __future__ import annotations

from html.parser import HTMLParser

import markdown
from hypothesis import example, given
from hypothesis import strategies as st

from generator.render.markdown import md_escape, md_url

MD = markdown.Markdown(extensions=["attr_list", "md_in_html", "tables", "admonition"])


def html(text: str) -> str:
    MD.reset()
    return MD.convert(text)


@given(st.text())
@example("<script>alert(1)</script>")
@example("[x](javascript:alert(1))")
@example('<img src=x onerror="alert(1)">')
@example("**bold** _em_ `code` {{ 7*7 }} {% include 'x' %}")
@example("- item")
@example("1. item")
@example("# heading")
@example("x {: onclick=alert(1) }")
@example("<!-- comment -->")
def test_escaped_text_creates_no_markup(text):
    parser = _Tags()
    parser.feed(html(md_escape(text)))
    assert parser.tags <= {"p"}, parser.tags
    assert parser.attributes == [] and parser.comments == []


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: list[tuple[str, str | None]] = []
        self.comments: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attributes.extend(attrs)

    def handle_comment(self, data):
        self.comments.append(data)


def test_escaped_text_still_reads_as_written():
    assert html(md_escape("Kim <b>boards</b> a *train* [1]")) == (
        "<p>Kim &#60;b&#62;boards&#60;/b&#62; a &#42;train&#42; &#91;1&#93;</p>"
    )


def test_only_web_and_relative_links_survive():
    assert md_url("javascript:alert(1)") == "#"
    assert md_url("data:text/html,x") == "#"
    assert md_url("https://example.org/a b") == "https://example.org/a%20b"
    assert md_url("sources/a.md") == "sources/a.md"


def test_actor_names_are_linked_after_escaping():
    from generator.render.markdown import ActorLinker

    link = ActorLinker(
        {"Kim": "kim-jong-un", "Kim Jong Un": "kim-jong-un", "Putin": "vladimir-putin"}, prefix="../actors/"
    )
    assert link("Kim Jong Un met Putin; Kimball stayed") == (
        "[Kim Jong Un](../actors/kim-jong-un.md) met [Putin](../actors/vladimir-putin.md); Kimball stayed"
    )
    rendered = html(link("<script>Kim</script> [x](javascript:alert(1))"))
    assert "<script>" not in rendered and 'href="javascript' not in rendered
    assert '<a href="../actors/kim-jong-un.md">Kim</a>' in rendered


def test_when_labels_read_as_a_reader_would_say_them():
    from generator.render.markdown import when_label
    from generator.temporal.values import parse_value

    shown = ("2023-09-11", "2023-W36", "2019-04", "2013-Q1", "2013-H2", "2011-SP", "2010-WI", "199", "19", "20", "10")
    labels = {v: when_label(parse_value(v)) for v in shown}
    assert labels == {
        "2023-09-11": "11 Sep 2023",
        "2023-W36": "Week of 4 Sep 2023",
        "2019-04": "Apr 2019",
        "2013-Q1": "Q1 2013",
        "2013-H2": "Second half of 2013",
        "2011-SP": "Spring 2011",
        "2010-WI": "Winter 2010–11",
        "199": "1990s",
        "19": "20th century",
        "20": "21st century",
        "10": "11th century",
    }


def test_a_citation_preview_names_the_outlet_and_the_day_of_its_article():
    from datetime import date

    from generator.model import Article, ArticleMeta, Citation, SourceArticle
    from generator.render.markdown import CitationLinks, article_origin

    meta = ArticleMeta(published=date(2023, 9, 12), source="Harbour News")
    source = SourceArticle(article=Article(id="a", story="s", src_uri="s/a.txt", meta=meta, text="x"), sentences=())
    assert article_origin(source) == "Harbour News, 12 Sep 2023"
    untitled = SourceArticle(
        article=Article(id="b", story="s", src_uri="s/b.txt", meta=ArticleMeta(title="Port talks"), text="x"),
        sentences=(),
    )
    assert article_origin(untitled) == "Port talks"
    cite = CitationLinks(["a"], prefix="sources/", origins={"a": article_origin(source)})
    link = cite([Citation("a", 3, "The <b>port</b> reopened.")])
    assert '"The ‹b›port‹/b› reopened. — Harbour News, 12 Sep 2023"' in link


def test_control_characters_are_dropped_and_white_space_ones_become_a_space():
    assert md_escape("Jane\x03 Roe\x00") == "Jane Roe"
    assert md_escape("a\x0cb\x1fc") == "a b c"
