"""Pages that are not one article (comments, live blogs, headline lists): recognised, reported, read only in part."""

from __future__ import annotations

import json

import pytest

from generator.ingest.hygiene import READ_SENTENCES, page_kind

from .conftest import run_cli

ARTICLE = "\n\n".join(
    f"Paragraph {n}: the council met on Monday and the mayor said the bridge would reopen in June." for n in range(12)
)
COMMENTS = "\n\n".join(
    [
        "The council voted on Monday to close the bridge for repairs, the mayor said.",
        *(
            block
            for n in range(10)
            for block in (f"reader{n} wrote:", f"Commenter Jane Roe{n} thinks the mayor Tom Ash{n} is wrong.", "Reply")
        ),
    ]
)
LIVE = "\n\n".join(
    ["Follow the latest on the storm."]
    + [f"{9 + n}:{n:02d} GMT The river rose again near Lindholm, officials said." for n in range(8)]
)
HEADLINES = "\n\n".join(f"Storm Hits Coast In Night Of Floods Number {n}" for n in range(14))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (ARTICLE, None),
        (COMMENTS, "reader comments"),
        (LIVE, "a live blog"),
        (HEADLINES, "a list of headlines"),
        ("Reply\n\nShare\n\nThe council met on Monday.", None),  # a few buttons do not make a comments page
    ],
)
def test_a_page_is_told_from_an_article_by_its_paragraphs(text, kind):
    assert page_kind(text) == kind


@pytest.mark.slow
def test_a_comments_page_is_reported_and_only_its_opening_counts(empty_project):
    folder = empty_project / "seeds" / "bridge"
    folder.mkdir()
    many = "\n\n".join(
        [
            "The council voted on Monday to close the Elm Street bridge for repairs, Mayor Tom Ash said.",
            *(
                block
                for n in range(40)
                for block in (
                    f"user{n} wrote:",
                    f"Jane Roe{n} of Lindholm said the mayor was wrong on Friday.",
                    "Reply",
                )
            ),
        ]
    )
    (folder / "comments.md").write_text(f"---\npublished: 2024-03-05\n---\n{many}\n")
    result = run_cli(empty_project, "build")
    assert result.exit_code == 0, result.stderr
    assert "reads as reader comments, not one article" in result.stderr
    data = json.loads((empty_project / "briefings" / "data" / "bridge.json").read_text())
    cited = {c["sentence"] for a in data["actors"] for c in a["citations"]}
    assert cited and max(cited) <= READ_SENTENCES
    source = (empty_project / "briefings" / "bridge" / "sources" / "comments.md").read_text()
    assert "Jane Roe39" in source  # the source page still shows the whole page
