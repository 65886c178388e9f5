"""Hostile seeds: HTML, Markdown, Jinja2 and link syntax in article text and metadata show as literal text."""

from __future__ import annotations

import os
import subprocess
import sys
from html.parser import HTMLParser

import pytest

pytestmark = pytest.mark.slow

PAYLOADS = [
    "<script>alert('text')</script>",
    '<img src=x onerror="alert(1)">',
    "[click me](javascript:alert(1))",
    "[evil](https://evil.example/)",
    "{{ 7*7 }}",
    "{% include 'mkdocs.yml' %}",
    "<!-- hidden -->",
    "**not bold**",
    "{: onclick=alert(1) }",
]
ARTICLE = (
    "# Not a heading\n\n"
    "Officials said on Monday that talks in Geneva had ended. " + " ".join(PAYLOADS) + "\n\n"
    "---\n\n"
    "- not a list item\n\n"
    "The ministry's spokesman, Ivan Petrov, said the delegation left on Tuesday.\n"
)
META = """title: "<img src=x onerror=alert(2)> {{ 7*7 }}"
source: "**Bold** [x](javascript:alert(3))"
url: 'https://example.org/a"><script>alert(4)</script>'
published: 2023-09-12
authors: ["<b>A</b>"]
tags: ["<script>t</script>", "{{ 7*7 }}"]
"""
STORY = """title: "{{ 7*7 }} </title><script>alert(5)</script>"
summary: "[x](javascript:alert(6)) <iframe src=//evil.example>"
background: |
  <script>alert(7)</script> {% include 'x' %}
questions:
  - ask: "<svg onload=alert(8)>?"
"""


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[str] = []
        self.handlers: list[tuple[str, str]] = []
        self.links: list[str] = []
        self.tags: set[str] = set()
        self.text: list[str] = []
        self._in_script = False
        self._skip: list[str] = []  # open elements whose text is an annotation, not article text

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self._in_script = tag == "script"
        if self._skip or ("class", "sentence-number") in attrs or ("class", "cited-by") in attrs:
            self._skip.append(tag)
        for name, value in attrs:
            if name.startswith("on"):
                self.handlers.append((tag, name))
            if name in {"href", "src", "action"} and value is not None:
                self.links.append(value)

    def handle_endtag(self, tag):
        self._in_script = False
        if self._skip:
            self._skip.pop()

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)
        elif not self._skip:  # sentence numbers and "cited in" notes can sit between a payload's halves
            self.text.append(data)


def test_hostile_seeds_render_as_literal_text(make_project, tmp_path):
    project = make_project(
        {"hostile/2023-09-12-a.txt": ARTICLE, "hostile/2023-09-12-a.yml": META, "hostile/story.yml": STORY}
    )
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    for args in (["-m", "generator", "build"], ["-m", "mkdocs", "build", "--strict"]):
        result = subprocess.run(
            [sys.executable, *args], cwd=project, env=env, capture_output=True, text=True, timeout=300, check=False
        )
        assert result.returncode == 0, result.stdout + result.stderr
    pages = sorted((project / "site").rglob("*.html"))
    assert len(pages) >= 3
    seen_text = ""
    for page in pages:
        parser = _Page()
        parser.feed(page.read_text(encoding="utf-8"))
        where = page.relative_to(project / "site")
        assert parser.handlers == [], where
        assert not any("alert" in s or "7*7" in s for s in parser.scripts), where
        assert not any(
            link.lower().startswith(("javascript:", "data:")) or "evil.example" in link for link in parser.links
        ), (where, parser.links)
        assert not parser.tags & {"iframe", "svg", "img"} or "img" not in parser.tags, where
        seen_text += "".join(parser.text)
    briefing = _Page()
    briefing.feed((project / "site" / "hostile" / "index.html").read_text(encoding="utf-8"))
    assert " 49 " not in "".join(briefing.text) and "{{ 7*7 }}" in "".join(briefing.text)
    for literal in (
        "{{ 7*7 }}",
        "</title><script>alert(5)</script>",
        "<svg onload=alert(8)>?",
        "[x](javascript:alert(6))",
    ):
        assert literal in seen_text, literal
    source = next(p for p in pages if "sources" in str(p))
    parser = _Page()
    parser.feed(source.read_text(encoding="utf-8"))
    text = " ".join("".join(parser.text).split())
    for payload in PAYLOADS:
        assert payload in text, payload
    assert "# Not a heading" in text and "- not a list item" in text
