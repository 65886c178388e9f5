"""What a saved page wraps around its article is left out of the article text (lines written for these tests)."""

from __future__ import annotations

import pytest

from generator.ingest.html import clean_lines

ARTICLE = "The council voted on Monday to close the plant."


@pytest.mark.parametrize(
    "line",
    [
        "___",
        "- - -",
        "MUST READ | Thousands of residents call for a new mayor",
        "Also read: Ten things to know about the vote",
        "HERE'S WHAT YOU NEED TO KNOW:",
        "Reporting by Jane Roe; Editing by John Doe",
        "(With inputs from agencies)",
        "(Credits: Agency photo)",
        "Copyright 2023 Example Television Corp. All rights reserved.",
        "Follow our full coverage at https://example.com/vote",
        "Reach the reporters on Twitter at @jroe.",
        "Follow Example News on Facebook, Twitter and Instagram",
        "13",
        "Jan 2020, 22:11 GMT+10",
        "Updated: 4:14 p.m.",
        "Mumbai, Jan 13: Equity indices traded higher on Monday as global investors ...",
        "Jane Roe contributed to this report.",
        "Associated Press writers John Doe in Frankfurt, Germany, and Jane Roe in Paris contributed.",
    ],
)
def test_wrapping_is_dropped(line):
    assert clean_lines([ARTICLE, line]) == [ARTICLE]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("SYDNEY, Australia - Stocks were mixed on Monday.", "Stocks were mixed on Monday."),
        ("WASHINGTON (AP) — The Senate voted.", "The Senate voted."),
        ("NEW DELHI: Farmers marched on Sunday.", "Farmers marched on Sunday."),
        ("(Reuters) - The company said it would cut jobs.", "The company said it would cut jobs."),
    ],
)
def test_a_dateline_credit_or_artefact_is_cut_from_a_paragraph(line, expected):
    assert clean_lines([ARTICLE, line]) == [ARTICLE, expected]


def test_an_image_size_left_by_the_page_is_not_article_text():
    from generator.ingest.text import normalise

    assert normalise("\n\n".join(clean_lines([ARTICLE, "150px The plane flew over the city."]))).text == (
        ARTICLE + "\n\nThe plane flew over the city."
    )


def test_the_sites_own_name_is_cut_from_the_start_of_a_paragraph():
    assert clean_lines(["Example Herald – A hunter was found dead on Sunday."], site="Example Herald") == [
        "A hunter was found dead on Sunday."
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Contact tracing began on Monday at the school.",
        "Follow-up tests are due in March.",
        "The mayor said: “We will rebuild.”",
        "More than 300 people were evacuated.",
        "Watchdogs said the deal was fair.",
    ],
)
def test_news_that_looks_like_wrapping_stays(line):
    assert clean_lines([ARTICLE, line]) == [ARTICLE, line]


def test_a_page_reads_the_same_however_many_pages_were_read_before_it():
    """No state kept between pages: the second reading of a page (or of wire copy another outlet also ran) is whole."""
    from pathlib import Path

    from generator.ingest.html import extract_page

    page = (Path(__file__).parent / "data" / "pages" / "classic.html").read_bytes()
    first = extract_page(page).text
    assert "Dock workers in Port Avalon voted" in first
    assert all(extract_page(page).text == first for _ in range(4))


def test_a_hover_card_inside_a_paragraph_is_no_part_of_the_sentence():
    from generator.ingest.html import extract_page, without_hover_cards

    card = (
        '<span class="card"><img src="/roe.jpg" alt=""><a href="/people/roe">Jane Roe</a>'
        '<a href="/news/1">Roe backs harbour plan | Ferry fares rise</a> <a href="/people/roe">MORE</a></span>'
    )
    paragraph = (
        '<p>The council voted on Monday to back Mayor <span class="name"><a href="/people/roe">Jane Roe</a>'
        + card
        + "</span> and her plan to rebuild the harbour wall before the winter storms arrive.</p>"
    )
    filler = "".join(
        f"<p>Paragraph {n} of the report says the harbour wall was last rebuilt in 1990 and has been patched since.</p>"
        for n in range(6)
    )
    head = "<html><head><title>Council backs harbour plan</title></head>"
    page = f"{head}<body><article>{paragraph}{filler}</article></body></html>"
    cleaned = without_hover_cards(page)
    assert "Roe backs harbour plan" not in cleaned and 'href="/people/roe">Jane Roe</a>' in cleaned
    text = extract_page(page).text
    assert "back Mayor Jane Roe and her plan" in text and "MORE" not in text
    plain = page.replace(card, "")
    assert without_hover_cards(plain) == plain  # no card: the page as it was
