"""The fast link patterns give exactly the HTML that Python-Markdown's own link and attr_list patterns give."""

from __future__ import annotations

import markdown
from hypothesis import example, given
from hypothesis import strategies as st

from generator.mkdocs.markdown_ext import BriefingLinks
from generator.model import Citation
from generator.render.markdown import CitationLinks, md_escape

EXTENSIONS = ["admonition", "attr_list", "md_in_html", "tables", "toc"]


def both(text: str) -> tuple[str, str]:
    plain = markdown.Markdown(extensions=EXTENSIONS).convert(text)
    fast = markdown.Markdown(extensions=[*EXTENSIONS, BriefingLinks()]).convert(text)
    return plain, fast


def cite(sentence_text: str, article: str = "2023-09-12-kim-train", sentence: int = 3) -> str:
    return CitationLinks([article, "other"], prefix="sources/")([Citation(article, sentence, sentence_text)])


@given(st.text(), st.integers(1, 999))
@example('He said "no" (twice) & left <b>*now*</b> [1]', 7)
@example("Ends with a backslash \\", 1)
@example("'", 1)  # Python-Markdown drops enclosing single quotes from a title
@example(" 'Yes,'\tshe said ", 2)
def test_a_citation_renders_as_python_markdown_would(text, sentence):
    source = f"- Something happened. {cite(text, sentence=sentence)} {cite(text[::-1])}\n"
    plain, fast = both(source)
    assert fast == plain


@given(st.text(min_size=1), st.booleans())
@example("Kim Jong*Un_ [x]", True)
@example("0 \x03", True)  # ETX, one of Python-Markdown's own markers, is dropped by the escape
def test_an_actor_link_renders_as_python_markdown_would(name, bold):
    label = f"**{md_escape(name)}**" if bold else md_escape(name)
    source = f"| [{label}](../actors/kim-jong-un.md) | role |\n|---|---|\n| [{label}](../actors/a-b.md) | x |\n"
    plain, fast = both(source)
    assert fast == plain


def test_the_fast_patterns_do_the_work_on_a_generated_line():
    line = f"[Kim](../actors/kim-jong-un.md) met [**Putin**](../actors/vladimir-putin.md). {cite('Kim met Putin.')}"
    md = markdown.Markdown(extensions=[*EXTENSIONS, BriefingLinks()])
    used = []
    for name in ("briefings_citation", "briefings_actor"):
        processor = md.inlinePatterns[name]
        original = processor.handleMatch

        def spy(m, data, original=original, name=name):
            used.append(name)
            return original(m, data)

        processor.handleMatch = spy
    assert md.convert(line) == both(line)[0]
    assert sorted(used) == ["briefings_actor", "briefings_actor", "briefings_citation"]
