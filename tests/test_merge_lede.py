"""The summary is the lede: the first sentence of the newest article that reports the news (no model needed)."""

from __future__ import annotations

from datetime import date

from generator.merge import choose_lede
from generator.model import Article, ArticleMeta, Sentence, SourceArticle

PUBLISHED = date(2023, 9, 12)


def source(*texts: str) -> SourceArticle:
    sentences, start = [], 0
    for number, text in enumerate(texts, start=1):
        sentences.append(Sentence(number=number, start=start, end=start + len(text), text=text, paragraph=number - 1))
        start += len(text) + 2
    article = Article(
        id="a", story="s", src_uri="s/a.txt", meta=ArticleMeta(published=PUBLISHED), text="\n\n".join(texts)
    )
    return SourceArticle(article=article, sentences=tuple(sentences), dates=())


def test_a_caption_a_call_out_and_a_fragment_are_no_lede():
    article = source(
        "Farmers protest in the capital.",
        "MUST READ: ten things to know",
        "Photo: a march in the capital on Sunday.",
        "Thousands of farmers marched on the capital on Sunday, demanding the repeal of three laws.",
    )
    assert choose_lede(article).number == 4


def test_without_any_readable_sentence_the_first_stays():
    assert choose_lede(source("SINGAPORE", "13")).number == 1


def test_a_sentence_that_leans_on_another_is_no_lede():
    article = source(
        "This is not the warm welcome the governor has come to expect from her own party.",
        "Her late entry into the race has surprised the party's donors.",
        "Many analysts have cut their forecasts this year, but this is the lowest one so far.",
        "No, the governor's debut in the race has not gone well at all.",
        "The governor faces her first televised debate on Wednesday in Reno.",
    )
    assert choose_lede(article).number == 5


def test_it_opening_the_news_is_a_lede():
    article = source("It was a milestone for the city: the first tram ran on the new line at 6 a.m.", "Crowds cheered.")
    assert choose_lede(article).number == 1


def test_a_general_teaser_with_a_modal_is_no_lede_but_news_with_a_modal_is():
    teaser = source(
        "A warm bath before bed might not always help you sleep.",
        "A 52-year-old teacher developed a rare skin condition after taking nightly baths, doctors reported.",
    )
    assert choose_lede(teaser).number == 2
    news = source("The council could close three libraries in March to save money.", "Residents protested.")
    assert choose_lede(news).number == 1
    unnamed = source("Residents may have to boil their water for another week, officials said on Tuesday.", "x")
    assert choose_lede(unnamed).number == 1


def test_a_navigation_line_a_headline_cut_short_and_an_it_also_sentence_are_no_lede():
    article = source(
        "- Mayor Jane Roe Says It Is Impossible to Say When the Bridge Can Be ..",
        "Harbour officials say the ferry timetable will change in May because the new dock is late …",
        "It has also cost the city its biggest summer festival this year.",
        "The Port Avalon bridge will stay closed until at least May, Mayor Jane Roe said on Tuesday.",
    )
    assert choose_lede(article).number == 4


def test_the_lede_is_found_past_a_page_of_navigation():
    article = source(
        "- Home",
        "- World",
        "- Mayor Jane Roe Says It Is Impossible to Say When the Bridge Can Be ..",
        "Mayor Jane Roe Says It Is Impossible To Say When Bridge Can Reopen",
        "Port Avalon, Apr 29 (Agency)",
        "It is impossible to say when the bridge will reopen, Mayor Jane Roe said Wednesday",
        "The Port Avalon bridge will stay closed until at least May, Mayor Jane Roe said on Wednesday.",
    )
    assert choose_lede(article).number == 7


def test_a_line_to_the_reader_or_about_the_piece_itself_is_no_lede():
    article = source(
        "Odd hobbies are common, but you'd still be hard pressed to find one quite like this.",
        "This Harbour News video looks at the choices facing the port's tenants this winter.",
        "A retired ferry captain from Port Avalon has built a working lighthouse in his garden.",
    )
    assert choose_lede(article).number == 3


def test_after_a_scene_setting_opening_the_sentence_that_reports_the_news_is_the_lede():
    from generator.extract import Findings

    article = source(
        "Coastal towns hold flood drills every spring, rehearsing for storms that rarely come.",
        "Few of those drills imagine a winter like this one.",
        "On Monday the Harbour Authority closed the sea wall after it cracked in two places.",
    )

    def findings(scenes: tuple[int, ...], news: tuple[int, ...]) -> Findings:
        return Findings(
            article="a", timexes=(), actors=(), events=(), questions=(), background=(), scene_setters=scenes, news=news
        )

    assert choose_lede(article, findings((1,), (3,))).number == 3
    assert choose_lede(article, findings((), (3,))).number == 1  # an opening that is news stays the lede
    assert choose_lede(article, findings((1,), ())).number == 1  # no news near it: the opening stays


def test_the_end_of_a_split_sentence_and_the_writer_announcing_the_piece_are_no_lede():
    article = source(
        "off, its screen is a surprise - a 4.7 in display - puts it in the small category.",
        "Today, we’re going to talk about why sleep matters for success.",
        "eBay has agreed to sell its classifieds unit to Adevinta for $9.2 billion.",
    )
    assert choose_lede(article).number == 3


def test_a_name_in_lower_case_and_a_quoted_official_are_a_lede():
    assert choose_lede(source("de Blasio said on Monday that the city's schools would reopen next week.")).number == 1
    article = source("We will review the ruling carefully, the prime minister said on Monday.")
    assert choose_lede(article).number == 1
    article = source(
        "We are going to look at the best phones of the year.", "Acme cut 300 jobs on Monday, the firm said."
    )
    assert choose_lede(article).number == 2


def test_the_writers_aside_a_connective_or_a_disclosure_is_no_lede():
    article = source(
        "To be honest, I am not a big fan of the new stadium design.",
        "(We never did agree on a name for the club's new mascot.)",
        "In fact, the council still believes in the project for its size and cost.",
        "This post has been compensated by a sponsor and its advertiser.",
        "The city council approved the stadium plan on Monday by a vote of seven to two.",
    )
    assert choose_lede(article).number == 5


def test_a_quote_in_the_first_person_can_be_the_lede():
    article = source("“I am innocent of every charge,” the mayor told the court on Monday as her trial opened.")
    assert choose_lede(article).number == 1


def test_a_single_quoted_first_person_quote_can_be_the_lede():
    article = source(
        "‘Frankly, I am innocent of every charge,’ the mayor told the court on Monday as her trial opened.",
        "The mayor is accused of taking bribes from two building firms between 2019 and 2022.",
    )
    assert choose_lede(article).number == 1
