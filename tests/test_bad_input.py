"""Bad input: each case is a seeds folder and the exact first message a user sees (exit 2, nothing written).

The same cases make the table in docs/seeds.md ("Bad input and what you see").
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli

from .conftest import ROOT

OK_TEXT = "The talks ended on Monday.\n"
OK_META = "published: 2023-09-12\n"
BOMB = 'a: &a ["x","x"]\n' + "".join(
    f"b{i}: &b{i} [" + ",".join([f"*{'a' if i == 0 else f'b{i - 1}'}"] * 9) + "]\n" for i in range(8)
)

# (case, files under seeds/ (str or bytes), expected message, matched from the start of a stderr line)
CASES: list[tuple[str, dict[str, str | bytes], str]] = [
    ("YAML syntax error", {"s/a.txt": OK_TEXT, "s/a.yml": "title: [unclosed\n"}, "seeds/s/a.yml:2: not valid YAML"),
    (
        "wrong type",
        {"s/a.txt": OK_TEXT, "s/a.yml": "title: [a, b]\n"},
        "seeds/s/a.yml:1: title: expected text, got a list",
    ),
    (
        "`no` read as false",
        {"s/a.txt": OK_TEXT, "s/a.yml": "language: no\n"},
        "seeds/s/a.yml:1: language: expected text, got false (YAML reads yes/no/on/off as true/false",
    ),
    (
        "impossible date",
        {"s/a.txt": OK_TEXT, "s/a.yml": "published: 2023-09-31\n"},
        "seeds/s/a.yml:1: published: '2023-09-31' is not a real calendar date",
    ),
    (
        "a weekday for a date",
        {"s/a.txt": OK_TEXT, "s/a.yml": "published: Tuesday\n"},
        "seeds/s/a.yml:1: published: expected a date like 2023-09-12, got 'Tuesday'",
    ),
    (
        "unquoted time",
        {"s/a.txt": OK_TEXT, "s/a.yml": "published: 12:30\n"},
        "seeds/s/a.yml:1: published: expected a date like 2023-09-12, got '12:30'",
    ),
    (
        "naive datetime",
        {"s/a.txt": OK_TEXT, "s/a.yml": "published: 2023-09-12T10:00:00\n"},
        "seeds/s/a.yml:1: published: 2023-09-12T10:00:00 has no time zone; add one (e.g. +00:00) or give a date",
    ),
    (
        "unknown key",
        {"s/a.txt": OK_TEXT, "s/a.yml": "publised: 2023-09-12\n"},
        "seeds/s/a.yml:1: publised: unknown field; did you mean 'published'?",
    ),
    (
        "duplicate key",
        {"s/a.txt": OK_TEXT, "s/a.yml": "title: a\ntitle: b\n"},
        "seeds/s/a.yml:2: title: duplicate key; keep one",
    ),
    ("empty article", {"s/a.txt": "  \n\n", "s/a.yml": OK_META}, "seeds/s/a.txt: article has no text"),
    ("non-UTF-8 file", {"s/a.txt": b"caf\xe9\n"}, "seeds/s/a.txt:1: is not UTF-8 (byte 0xe9); save it as UTF-8"),
    ("binary file", {"s/a.txt": b"\x89PNG\x00\x00"}, "seeds/s/a.txt: looks binary (contains NUL bytes)"),
    (
        "two articles with one id",
        {"s/a.txt": OK_TEXT, "s/a.md": OK_TEXT},
        "seeds/s/a.txt: two articles share the id 'a' (a.md); rename one",
    ),
    (
        "story folder and file with one slug",
        {"s/a.txt": OK_TEXT, "s.txt": OK_TEXT},
        "seeds/s.txt: story slug 's' is also used by seeds/s; rename one",
    ),
    ("slug with spaces or dots", {"My Story/a.txt": OK_TEXT}, "seeds/My Story: 'My Story' is not a valid slug"),
    ("reserved slug", {"actors/a.txt": OK_TEXT}, "seeds/actors: 'actors' is reserved for the site's own pages"),
    (
        "a site file's name as slug",
        {"feed.xml/a.txt": OK_TEXT},
        "seeds/feed.xml: 'feed.xml' is reserved for the site's own pages",
    ),
    (
        "name too long for a file",
        {"s/" + "a" * 241 + ".txt": OK_TEXT},
        "seeds/s/" + "a" * 241 + ".txt: the name is 241 characters long; shorten it to at most 120",
    ),
    (
        "date too early to resolve",
        {"s/a.txt": OK_TEXT, "s/a.yml": "published: 0001-01-01\n"},
        "seeds/s/a.yml:1: published: 0001-01-01 is outside the years 1000-9000 that dates resolve in",
    ),
    (
        "date too late to resolve",
        {"s/a.txt": OK_TEXT, "s/a.yml": "published: 9999-12-31\n"},
        "seeds/s/a.yml:1: published: 9999-12-31 is outside the years 1000-9000 that dates resolve in",
    ),
    (
        "sidecar without an article",
        {"s/a.txt": OK_TEXT, "s/b.yml": OK_META},
        "seeds/s/b.yml: metadata without an article",
    ),
    (
        "article with two sidecars",
        {"s/a.txt": OK_TEXT, "s/a.yml": OK_META, "s/a.yaml": OK_META},
        "seeds/s/a.txt: has two sidecars (a.yaml and a.yml); keep one",
    ),
    (
        "front matter and a sidecar",
        {"s/a.md": "---\ntitle: x\n---\nText.\n", "s/a.yml": OK_META},
        "seeds/s/a.md:1: has front matter and a sidecar a.yml; keep one",
    ),
    (
        "unclosed front matter",
        {"s/a.md": "---\ntitle: x\nText.\n"},
        "seeds/s/a.md:1: front matter starts with --- but never ends",
    ),
    (
        "YAML alias bomb",
        {"s/a.txt": OK_TEXT, "s/a.yml": BOMB},
        "seeds/s/a.yml:7: more than 50 YAML aliases (*name); write the values out instead",
    ),
    (
        "deep nesting",
        {"s/a.txt": OK_TEXT, "s/a.yml": "tags: " + "[" * 50 + "]" * 50 + "\n"},
        "seeds/s/a.yml:1: nested more than 20 levels deep",
    ),
    (
        "oversized file",
        {"s/a.txt": "word " * 500_000},
        "seeds/s/a.txt: is 2,500,000 bytes, over the limit of 2,000,000",
    ),
    (
        "bad story status",
        {"s/a.txt": OK_TEXT, "s/story.yml": "status: finished\n"},
        "seeds/s/story.yml:1: status: expected one of developing, concluded, got 'finished'",
    ),
    (
        "curation entry without a target",
        {"s/a.txt": OK_TEXT, "s/story.yml": "actors:\n  - role: x\n"},
        "seeds/s/story.yml:2: actors[0].name: each actor entry needs `name` (to edit) or `exclude` (to drop)",
    ),
    (
        "figure entry with a bad value",
        {"s/a.txt": OK_TEXT, "s/story.yml": 'figures:\n  - measure: dead\n    value: "²"\n'},
        "seeds/s/story.yml:3: figures[0].value: expected a whole number above zero, such as 24, got '²'",
    ),
    (
        "figure entry with an unknown measure",
        {"s/a.txt": OK_TEXT, "s/story.yml": "figures:\n  - exclude: sick\n"},
        "seeds/s/story.yml:2: figures[0].exclude: expected one of dead, injured, missing, evacuated, arrested, got "
        "'sick'",
    ),
    (
        "figure entry that adds and excludes",
        {"s/a.txt": OK_TEXT, "s/story.yml": "figures:\n  - exclude: dead\n    measure: dead\n    value: 3\n"},
        "seeds/s/story.yml:2: figures[0].exclude: a figure entry either adds (`measure` and `value`) or excludes, "
        "not both",
    ),
    ("empty seeds folder", {}, "seeds: holds no stories; add a folder with an article in it"),
]


def write(project: Path, files: dict[str, str | bytes]) -> None:
    for name, content in files.items():
        path = project / "seeds" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


@pytest.mark.parametrize(("case", "files", "expected"), CASES, ids=[c[0] for c in CASES])
def test_bad_input_exits_2_with_a_located_message_and_writes_nothing(make_project, case, files, expected):
    project = make_project({})
    write(project, files)
    result = CliRunner().invoke(cli, ["build", "-f", str(project / "mkdocs.yml")], catch_exceptions=False)
    assert result.exit_code == 2, result.output
    assert any(line.startswith(expected) for line in result.stderr.splitlines()), result.stderr
    assert not (project / "briefings").exists() or not any((project / "briefings").iterdir())


def test_every_problem_in_every_file_is_reported_in_one_run(make_project):
    project = make_project({})
    write(
        project,
        {
            "a/x.txt": OK_TEXT,
            "a/x.yml": "published: Tuesday\nlanguage: no\n",
            "b/y.md": "---\npublished: 2023-02-30\n---\nText.\n",
            "c/z.txt": OK_TEXT,
            "c/orphan.yml": OK_META,
        },
    )
    result = CliRunner().invoke(cli, ["validate", "-f", str(project / "mkdocs.yml")])
    assert result.exit_code == 2
    places = [":".join(line.split(":")[:2]) for line in result.stderr.splitlines()]
    assert places == [
        "seeds/a/x.yml:1",
        "seeds/a/x.yml:2",
        "seeds/b/y.md:2",
        "seeds/c/orphan.yml: metadata without an article; add the article (.txt or .md) with the same name, "
        "or remove it",
    ]


def test_bom_and_crlf_are_read_as_ordinary_text(make_project, nlp):
    project = make_project({})
    write(
        project,
        {
            "s/a.txt": b"\xef\xbb\xbfThe talks ended on Monday.\r\n\r\nBoth sides left.\r\n",
            "s/a.yml": b"\xef\xbb\xbfpublished: 2023-09-12\r\ntitle: Talks\r\n",
        },
    )
    from generator.ingest import load_project

    article = load_project(project / "seeds").stories[0].articles[0]
    assert article.text == "The talks ended on Monday.\n\nBoth sides left."
    assert article.meta.title == "Talks"


def test_docs_table_lists_every_case():
    page = (ROOT / "docs" / "seeds.md").read_text(encoding="utf-8")
    section = page.split("## Bad input and what you see", 1)[1].split("\n## ", 1)[0]
    for case, _, expected in CASES:
        assert f"| {case} |" in section, f"docs/seeds.md table lacks {case!r}"
        assert re.escape(expected[:40]).replace("\\", "") in section.replace("\\|", "|"), expected


if __name__ == "__main__":  # print the docs/seeds.md table from the cases
    for case, _, expected in CASES:
        print(f"| {case} | `{expected}` |")  # noqa: T201 - a maintenance script
