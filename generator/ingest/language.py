"""The language an article says it is in: briefings reads English only, and says so for any other.

The extractors' rules are written for English and the model is an English one, so an article in another language
is still read (as English) but gets a warning naming the spaCy pipeline that would parse it.
"""

from __future__ import annotations

from pathlib import PurePosixPath

from generator.errors import Diagnostic, Severity

ENGLISH = "en"

SPACY_PIPELINES = {
    "ca": "ca_core_news_sm",
    "da": "da_core_news_sm",
    "de": "de_core_news_sm",
    "el": "el_core_news_sm",
    "es": "es_core_news_sm",
    "fi": "fi_core_news_sm",
    "fr": "fr_core_news_sm",
    "hr": "hr_core_news_sm",
    "it": "it_core_news_sm",
    "ja": "ja_core_news_sm",
    "ko": "ko_core_news_sm",
    "lt": "lt_core_news_sm",
    "mk": "mk_core_news_sm",
    "nb": "nb_core_news_sm",
    "nl": "nl_core_news_sm",
    "pl": "pl_core_news_sm",
    "pt": "pt_core_news_sm",
    "ro": "ro_core_news_sm",
    "ru": "ru_core_news_sm",
    "sl": "sl_core_news_sm",
    "sv": "sv_core_news_sm",
    "uk": "uk_core_news_sm",
    "zh": "zh_core_web_sm",
}
"""spaCy's small trained pipeline for each language that has one (spacy.io/models), by ISO 639-1 code."""


def language_warning(language: str | None, path: PurePosixPath) -> Diagnostic | None:
    """A warning for an article whose `language` is not English (`de`, `pt-BR`); None for English or none given."""
    code = (language or "").strip().lower().replace("_", "-").partition("-")[0]
    if not code or code == ENGLISH:
        return None
    pipeline = SPACY_PIPELINES.get(code)
    needed = f"a spaCy pipeline such as `{pipeline}`" if pipeline else f"a spaCy pipeline for `{code}`"
    message = (
        f"`{language}`: briefings reads English only, so this article is parsed as English (its actors, dates and "
        f"timeline will be unreliable); reading it would need {needed} and extraction rules for the language, "
        "which briefings does not have. Translate the article, or leave it out"
    )
    return Diagnostic(path=path, field="language", message=message, severity=Severity.WARNING)
