"""The summary is the lede: the first sentence of the newest article that reports the news (no model needed)."""

from __future__ import annotations

from datetime import date

from generator.extract import Findings
from generator.extract.timeline import EventMention
from generator.merge import choose_lede
from generator.model import Article, ArticleMeta, Citation, Sentence, SourceArticle, TimeValue

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


def findings(*dated: tuple[int, date]) -> Findings:
    events = tuple(
        EventMention(
            when=TimeValue.of_day(day),
            text="x",
            is_future=False,
            names=(),
            citation=Citation("a", number, ""),
        )
        for number, day in dated
    )
    return Findings(article="a", timexes=(), actors=(), events=events, questions=(), background=())


def test_a_caption_a_call_out_and_a_fragment_are_no_lede():
    article = source(
        "Farmers protest in the capital.",
        "MUST READ: ten things to know",
        "Photo: a march in the capital on Sunday.",
        "Thousands of farmers marched on the capital on Sunday, demanding the repeal of three laws.",
    )
    assert choose_lede(article, findings()).number == 4


def test_the_first_sentence_with_the_news_of_the_day_wins_over_a_feature_opening():
    article = source(
        "Emergency managers run drills on handling several disasters at once, every single year.",
        "This year the drills have a new twist, officials say, and it worries them a great deal.",
        "The city council on Monday approved an emergency budget for the storm season.",
    )
    assert choose_lede(article, findings((3, date(2023, 9, 11)))).number == 3


def test_an_old_date_is_not_the_news_of_the_day():
    article = source(
        "The museum has fought for years to buy the painting for its national collection.",
        "The painting was sold at auction in 2022 for a record price, the museum said.",
    )
    assert choose_lede(article, findings((2, date(2022, 3, 1)))).number == 1


def test_without_any_readable_sentence_the_first_stays():
    assert choose_lede(source("SINGAPORE", "13"), findings()).number == 1
