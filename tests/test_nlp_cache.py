"""The parse cache: unchanged articles are not parsed again; a changed or corrupt entry is parsed afresh."""

from __future__ import annotations

from datetime import date

import pytest

from generator.model import Article, ArticleMeta
from generator.nlp.parse import ParseCache, parse_articles

pytestmark = pytest.mark.slow


def article(text: str, article_id: str = "a") -> Article:
    return Article(
        id=article_id, story="s", src_uri=f"s/{article_id}.txt", meta=ArticleMeta(published=date(2024, 1, 2)), text=text
    )


class CountingNlp:
    """Wraps the model to count how many texts it parses."""

    def __init__(self, nlp) -> None:
        self.nlp, self.parsed = nlp, 0
        self.vocab, self.meta = nlp.vocab, nlp.meta

    def pipe(self, texts, batch_size):
        texts = list(texts)
        self.parsed += len(texts)
        return self.nlp.pipe(texts, batch_size=batch_size)


def test_unchanged_articles_come_from_the_disk_cache(nlp, tmp_path):
    first = CountingNlp(nlp)
    parse_articles(
        first, [article("The port reopened on Monday."), article("Talks resumed.", "b")], cache=ParseCache(tmp_path)
    )
    assert first.parsed == 2
    second = CountingNlp(nlp)  # a new process: only the disk cache is shared
    parsed = parse_articles(
        second, [article("The port reopened on Monday."), article("Talks stalled.", "b")], cache=ParseCache(tmp_path)
    )
    assert second.parsed == 1  # only the changed article
    assert [s.text for s in parsed[0].sentences] == ["The port reopened on Monday."]


def test_a_corrupt_entry_is_ignored_and_parsed_again(nlp, tmp_path):
    cache = ParseCache(tmp_path)
    parse_articles(nlp, [article("The port reopened on Monday.")], cache=cache)
    (entry,) = tmp_path.rglob("*.spacy")
    entry.write_bytes(b"not a doc")
    counting = CountingNlp(nlp)
    parsed = parse_articles(counting, [article("The port reopened on Monday.")], cache=ParseCache(tmp_path))
    assert counting.parsed == 1 and parsed[0].sentences[0].text == "The port reopened on Monday."
    assert entry.read_bytes() != b"not a doc"  # repaired


def test_cached_and_fresh_parses_give_the_same_findings(nlp, tmp_path):
    from generator.extract import extract_article

    text = "Kremlin spokesman Dmitry Peskov said on Monday that talks could resume in July."
    fresh = extract_article(parse_articles(nlp, [article(text)])[0])
    parse_articles(nlp, [article(text)], cache=ParseCache(tmp_path))
    reloaded = parse_articles(nlp, [article(text)], cache=ParseCache(tmp_path))[0]
    assert reloaded.doc.tensor.size == 0  # stored without the tok2vec tensor, which no extractor reads
    assert [(t.text, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_) for t in reloaded.doc] == [
        (t.text, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_) for t in nlp(text)
    ]
    assert extract_article(reloaded) == fresh


def test_findings_survive_the_json_codec(nlp):
    from generator.extract import extract_article
    from generator.incremental import codec

    parsed = parse_articles(
        nlp,
        [
            article(
                "Kremlin spokesman Dmitry Peskov said on Monday that talks could "
                "resume in July. “We are ready,” Peskov said."
            )
        ],
    )[0]
    findings = extract_article(parsed)
    assert codec.loads(codec.dumps(findings)) == findings
    assert codec.loads(codec.dumps(parsed.sentences)) == parsed.sentences


def test_a_fully_cached_build_does_not_load_the_model(make_project):
    from generator.pipeline import Session
    from generator.settings import Settings

    project = make_project(
        {
            "s/2024-01-02-a.txt": "The port reopened on Monday after a strike.\n",
            "s/2024-01-02-a.yml": "published: 2024-01-02\n",
        }
    )
    settings = Settings.for_project(project)
    first = Session(settings).build()
    second_session = Session(settings)
    second = second_session.build()
    assert second_session.loaded_model is None
    assert second.stories == first.stories


def test_editing_the_extraction_code_changes_every_key(monkeypatch):
    from generator.incremental import findings_cache

    before = findings_cache.FindingsCache(None, "m").key(article("Text."))
    monkeypatch.setattr(findings_cache, "code_fingerprint", lambda: "edited")
    assert findings_cache.FindingsCache(None, "m").key(article("Text.")) != before


def test_the_codec_keeps_nested_tuples_dates_and_paths():
    from datetime import UTC, datetime
    from pathlib import PurePosixPath

    from generator.errors import Diagnostic, Severity
    from generator.incremental import codec
    from generator.temporal.tagger import TimexMention

    value = {
        "when": (date(2024, 1, 2), datetime(2024, 1, 2, 9, 30, tzinfo=UTC)),
        "problem": Diagnostic(path=PurePosixPath("seeds/a.yml"), line=3, message="m", severity=Severity.WARNING),
        "nested": ((1, 2), (3, (4, 5))),
    }
    assert codec.loads(codec.dumps(value)) == value
    timex = TimexMention(start=0, end=13, text="2018 and 2019", type="DATE", values=(), parts=((0, 4), (9, 13)))
    assert codec.loads(codec.dumps(timex)) == timex
