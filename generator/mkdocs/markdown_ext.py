"""A Python-Markdown extension that reads the generator's own link syntax in one step.

A briefing carries about 150 citation links and as many actor links. Python-Markdown's general link pattern
(then attr_list for `{.cite data-search-exclude=""}`) handles them, but it is the slowest part of the site build:
each link is parsed bracket by bracket and its text is processed again for inline syntax. The generator writes
these links in one fixed shape, with text already escaped (`md_escape`: entities only, no backslashes), so a single
regular expression can build the same element directly. Anything that does not match exactly is left to the general
patterns; `tests/test_markdown_ext.py` checks that the HTML is identical either way.

The MkDocs plugin adds the extension; MkDocs' link checks and URL rewriting still apply, because they walk the
element tree after the inline patterns have run.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element, SubElement

from markdown import Markdown
from markdown.extensions import Extension
from markdown.inlinepatterns import InlineProcessor
from markdown.util import AtomicString

# `[&#91;3&#93;](sources/x.md#s3 "Title"){.cite data-search-exclude=""}`, as `CitationLinks` writes it: the title
# has no raw double quote. Titles Python-Markdown would alter are left to it: it strips the ends, turns other
# whitespace into spaces and drops a pair of enclosing single quotes ("'yes'" becomes "yes").
_TITLE = r"(?![ '])(?:[^\"<>\s]| )*(?<![ '])"
CITATION = rf'\[&#91;([0-9.]+)&#93;\]\(([^\s()"<>]+) "({_TITLE})"\)\{{\.cite data-search-exclude=""\}}'
# `[Name](../actors/id.md)` or `[**Name**](../actors/id.md)`: the name is md_escape'd (no brackets, stars).
_NAME = r"[^\[\]*_`<>\\\n]+"
ACTOR = rf"\[(?:\*\*({_NAME})\*\*|({_NAME}))\]\(((?:\.\./)*actors/[a-z0-9-]+\.md)\)"


class _Citation(InlineProcessor):
    def handleMatch(self, m: re.Match[str], data: str) -> tuple[Element, int, int]:  # type: ignore[override]  # noqa: N802, ARG002
        element = Element("a", {"href": m.group(2), "title": m.group(3), "class": "cite", "data-search-exclude": ""})
        element.text = AtomicString(f"&#91;{m.group(1)}&#93;")
        return element, m.start(0), m.end(0)


class _Actor(InlineProcessor):
    def handleMatch(self, m: re.Match[str], data: str) -> tuple[Element, int, int]:  # type: ignore[override]  # noqa: N802, ARG002
        element = Element("a", {"href": m.group(3)})
        if m.group(1) is not None:
            strong = SubElement(element, "strong")
            strong.text = AtomicString(m.group(1))
        else:
            element.text = AtomicString(m.group(2))
        return element, m.start(0), m.end(0)


class BriefingLinks(Extension):
    """Register the two patterns ahead of Python-Markdown's own (which start at priority 190)."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's API name
        md.inlinePatterns.register(_Citation(CITATION, md), "briefings_citation", 200)
        md.inlinePatterns.register(_Actor(ACTOR, md), "briefings_actor", 199)


def makeExtension(**kwargs: object) -> BriefingLinks:  # noqa: N802 - the name Python-Markdown looks up
    return BriefingLinks(**kwargs)
