"""Loading seeds: formats, metadata types and line-numbered errors."""

from __future__ import annotations

from datetime import date
from pathlib import Path, PurePosixPath

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.errors import InputError
from generator.ingest import load_project
from generator.ingest.metadata import load_yaml, read_article_meta
from generator.ingest.text import clean_text, normalise

TEXT = "WASHINGTON — The talks ended on Monday.\n\nBoth sides left.\n"


def write(root: Path, files: dict[str, str]) -> Path:
    seeds = root / "seeds"
    for name, text in files.items():
        (seeds / name).parent.mkdir(parents=True, exist_ok=True)
        (seeds / name).write_text(text, encoding="utf-8")
    return seeds


def test_txt_with_sidecar_md_with_front_matter_and_single_file_stories(tmp_path):
    seeds = write(
        tmp_path,
        {
            "talks/2023-09-12-a.txt": TEXT,
            "talks/2023-09-12-a.yml": "published: 2023-09-12\ntitle: Talks end\n",
            "talks/2023-09-13-b.md": "---\npublished: 2023-09-13\nsource: Example News\n---\nA second article.\n",
            "talks/story.yml": "title: The talks\nstatus: concluded\n",
            "lone.txt": "A single-file story.",
        },
    )
    project = load_project(seeds)
    stories = {s.slug: s for s in project.stories}
    assert set(stories) == {"talks", "lone"}
    talks = stories["talks"]
    assert [a.id for a in talks.articles] == ["2023-09-12-a", "2023-09-13-b"]
    first, second = talks.articles
    assert first.meta.published == date(2023, 9, 12) and first.meta.title == "Talks end"
    assert first.dateline == "WASHINGTON" and first.text.startswith("The talks ended")
    assert second.meta.source == "Example News" and second.text == "A second article."
    assert talks.meta.title == "The talks" and talks.meta.status == "concluded"
    assert [str(w) for w in project.warnings] == [
        'seeds/lone.txt: published: no `published` date: relative dates ("Monday", "last week") stay unresolved'
    ]


def test_every_bad_field_is_reported_with_its_line(tmp_path):
    seeds = write(
        tmp_path,
        {
            "s/a.txt": TEXT,
            "s/a.yml": "title: ok\npublished: Tuesday\ntags: yes\nlanguage: no\n",
        },
    )
    with pytest.raises(InputError) as caught:
        load_project(seeds)
    assert [str(d) for d in caught.value.diagnostics] == [
        "seeds/s/a.yml:2: published: expected a date like 2023-09-12, got 'Tuesday'",
        "seeds/s/a.yml:3: tags: expected a list of text, like [a, b], got True",
        "seeds/s/a.yml:4: language: expected text, got false (YAML reads yes/no/on/off as true/false; "
        "put the text in quotes)",
    ]


def test_yaml_syntax_error_names_the_line(tmp_path):
    seeds = write(tmp_path, {"s/a.txt": TEXT, "s/a.yml": "title: ok\npublished: [2023\n"})
    with pytest.raises(InputError) as caught:
        load_project(seeds)
    assert str(caught.value).startswith("seeds/s/a.yml:3: not valid YAML")


def test_front_matter_lines_count_from_the_top_of_the_file(tmp_path):
    seeds = write(tmp_path, {"s/a.md": "---\ntitle: ok\npublished: 2023-02-30\n---\nText.\n"})
    with pytest.raises(InputError) as caught:
        load_project(seeds)
    assert (
        str(caught.value)
        == "seeds/s/a.md:3: published: '2023-02-30' is not a real calendar date; check the day and month"
    )


def test_naive_datetime_unknown_key_and_duplicate_key(tmp_path):
    meta = load_yaml("published: 2023-09-12T10:00:00\npublised: x\n", path=PurePosixPath("a.yml"))
    with pytest.raises(InputError) as caught:
        read_article_meta(meta, path=PurePosixPath("a.yml"))
    assert "a.yml:1: published: 2023-09-12T10:00:00 has no time zone" in str(caught.value)
    meta = load_yaml("published: 2023-09-12T10:00:00+02:00\npublised: x\n", path=PurePosixPath("a.yml"))
    with pytest.raises(InputError, match=r"a\.yml:2: publised: unknown field; did you mean 'published'"):
        read_article_meta(meta, path=PurePosixPath("a.yml"))
    with pytest.raises(InputError, match=r"a.yml:2: title: duplicate key"):
        load_yaml("title: a\ntitle: b\n", path=PurePosixPath("a.yml"))


def test_orphan_sidecar_bad_slug_and_empty_seeds(tmp_path):
    seeds = write(tmp_path, {"s/a.txt": TEXT, "s/b.yml": "title: x\n", "Bad Slug/a.txt": TEXT})
    with pytest.raises(InputError) as caught:
        load_project(seeds)
    messages = [str(d) for d in caught.value.diagnostics]
    assert any(m.startswith("seeds/Bad Slug: 'Bad Slug' is not a valid slug") for m in messages)
    assert any(m.startswith("seeds/s/b.yml: metadata without an article") for m in messages)
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="holds no stories"):
        load_project(tmp_path / "empty")


def test_binary_and_non_utf8_files_are_refused(tmp_path):
    seeds = write(tmp_path, {"s/a.txt": "x"})
    (seeds / "s" / "a.txt").write_bytes(b"caf\xe9\n")
    with pytest.raises(InputError, match=r"seeds/s/a.txt:1: is not UTF-8"):
        load_project(seeds)
    (seeds / "s" / "a.txt").write_bytes(b"\x00\x01")
    with pytest.raises(InputError, match="looks binary"):
        load_project(seeds)


@given(st.text())
def test_normalise_never_crashes_and_is_idempotent(text):
    once = normalise(text)
    assert normalise(once.text).text == once.text or once.dateline is None


@given(st.text(max_size=200))
def test_metadata_loader_never_crashes_on_any_text(text):
    try:
        mapping = load_yaml(text, path=PurePosixPath("a.yml"))
        read_article_meta(mapping, path=PurePosixPath("a.yml"))
    except InputError as error:
        assert all(str(d).startswith("a.yml") for d in error.diagnostics)


def _noncharacter(char: str) -> bool:
    return 0xFDD0 <= ord(char) <= 0xFDEF or ord(char) & 0xFFFE == 0xFFFE


def _safe_everywhere(char: str) -> bool:
    """A character of the XML 1.0 Char production that iCalendar allows too (tab and line feed the only controls)."""
    code = ord(char)
    xml = char in "\t\n" or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF
    return xml and not 0x7F <= code <= 0x9F and not _noncharacter(char)


HOSTILE_CHARS = st.sampled_from(list("\x00\x07\x0b\x0c\x1b\r\x7f\x85\x9f\ufffe\uffff\ufdd0\ud800\udfff\U0001fffe"))
VALID_CHARS = st.characters(exclude_categories=("Cc", "Cs")).filter(lambda c: not _noncharacter(c))


@given(st.lists(st.characters(exclude_categories=()) | HOSTILE_CHARS | st.just("\r\n")).map("".join), st.booleans())
def test_cleaned_text_is_valid_xml_and_icalendar_text(text, one_line):
    import xml.etree.ElementTree as ET
    from xml.sax.saxutils import escape

    cleaned = clean_text(text, one_line=one_line)
    assert all(_safe_everywhere(c) for c in cleaned)
    assert (ET.fromstring(f"<t>{escape(cleaned)}</t>".encode()).text or "") == cleaned  # noqa: S314
    assert clean_text(cleaned, one_line=one_line) == cleaned
    assert "\n" not in cleaned if one_line else cleaned.count("\n") >= text.count("\n")  # no line end is lost


@given(st.text(alphabet=VALID_CHARS | st.sampled_from("\t\n")))
def test_valid_text_is_left_as_it_is(text):
    assert clean_text(text) == text
    assert clean_text(text, one_line=True) == text.replace("\n", " ")


def test_controls_are_cleaned_from_article_text_and_every_metadata_field(tmp_path):
    seeds = write(
        tmp_path,
        {
            "s/a.txt": "One\x1b two.\r\rThree\x07 four\ufffe.\x85\x85Five\x7f.",
            "s/a.yml": 'title: "Talks\\rend\\a"\nauthors: ["Ana\\x0bRuiz"]\ntags: ["ports\\uFFFF"]\n',
            "s/story.yml": 'title: "Port\\r\\nstrike\\e"\nsummary: "Line one.\\rLine two.\\x9b"\n'
            'questions:\n  - ask: "When\\a?"\n',
        },
    )
    story = load_project(seeds).stories[0]
    article = story.articles[0]
    assert article.text == "One two.\n\nThree four.\n\nFive."
    assert (article.meta.title, article.meta.authors, article.meta.tags) == ("Talks end", ("Ana Ruiz",), ("ports",))
    assert (story.meta.title, story.meta.summary) == ("Port strike", "Line one.\nLine two.")
    assert story.meta.curation.questions[0].ask == "When?"


def test_a_dateline_of_places_with_a_colon_is_split_off_but_a_label_is_not():
    from generator.ingest.text import CREDIT_LINE, normalise

    placed = normalise("Lagos, Nigeria: Flood waters rose overnight.")
    assert (placed.dateline, placed.text) == ("Lagos, Nigeria", "Flood waters rose overnight.")
    for text in ("Update: The road has reopened.", "Lagos: Flood waters rose overnight."):
        assert (normalise(text).dateline, normalise(text).text) == (None, text)
    assert not CREDIT_LINE.search("Several charities contributed.")
    for text, place, rest in [
        ("Kigali: Four young people have won awards for their projects.", "Kigali", "Four young"),
        (
            "London, (efe-epa).- The pandemic has shown how much the country needs its workers.",
            "London",
            "The pandemic",
        ),
        ("Madrid, Sept. 3 (efe-epa).- The strike closed the port.", "Madrid", "The strike"),  # with the day
    ]:
        found = normalise(text)
        assert (found.dateline, found.text.startswith(rest)) == (place, True)
    for label in (
        "Opinion: Why the council got the budget wrong this year.",
        "Note: This article was updated with figures.",
    ):
        assert normalise(label).dateline is None


def test_a_source_credit_and_an_image_size_are_not_article_text():
    from generator.ingest.text import normalise

    credited = normalise("KVELLER via JTA — The state has sworn in its first justice.")
    assert (credited.dateline, credited.text) == (None, "The state has sworn in its first justice.")
    assert normalise("150px The airline has announced 10,000 job cuts.").text == (
        "The airline has announced 10,000 job cuts."
    )


@pytest.mark.parametrize(("language", "pipeline"), [("de", "de_core_news_sm"), ("pt-BR", "pt_core_news_sm")])
def test_an_article_in_another_language_is_named_with_the_model_it_would_need(tmp_path, language, pipeline):
    seeds = write(
        tmp_path,
        {
            "s/2024-01-02-a.md": f"---\npublished: 2024-01-02\nlanguage: {language}\n---\nDer Hafen ist zu.\n",
            "s/2024-01-03-b.md": "---\npublished: 2024-01-03\nlanguage: en-GB\n---\nThe port is shut.\n",
        },
    )
    project = load_project(seeds, max_bytes=100_000)
    (warning,) = [str(d) for d in project.warnings]
    assert warning.startswith(f"seeds/s/2024-01-02-a.md: language: `{language}`")
    assert f"`{pipeline}`" in warning
    assert "parsed as English" in warning


def test_an_article_read_again_in_one_process_follows_a_change_of_its_file(tmp_path):
    """Articles are kept between builds in one process (`mkdocs serve`): a changed file is read again."""
    import os

    from generator.ingest import StorySource, load_story

    folder = tmp_path / "s"
    folder.mkdir()
    path = folder / "a.txt"
    path.write_text("The bridge reopened on Monday after repairs.\n", encoding="utf-8")
    source = StorySource(slug="s", story_file=None, files=(path,), base=PurePosixPath("s"))
    first, _ = load_story(source)
    again, _ = load_story(source)
    assert again.articles[0] is first.articles[0]  # unchanged: not read again
    stat = path.stat()
    path.write_text("The tunnel reopened on Monday after repairs.\n", encoding="utf-8")  # the same size
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    changed, _ = load_story(source)
    assert "tunnel" in changed.articles[0].text


def test_a_writers_contact_line_is_a_credit():
    from generator.ingest.text import CREDIT_LINE

    assert CREDIT_LINE.search("Jane Roe may be reached at jroe@example.com.")
    assert CREDIT_LINE.search("Tom Ash can be contacted at 555-0100.")
    assert not CREDIT_LINE.search("The minister may be reached at his office in the capital, aides said.")


def test_a_contact_line_is_only_an_address_or_a_number():
    from generator.ingest.text import CREDIT_LINE

    assert not CREDIT_LINE.search("The Red Cross can be reached at 1-800-555-0100; it said on Monday it had opened 40.")
