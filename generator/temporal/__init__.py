"""The temporal tagger: find date expressions, resolve them against the publication date (TIMEX3 values)."""

from __future__ import annotations

from generator.temporal.resolve import Tense, TimexType
from generator.temporal.tagger import TimexMention, tag_doc, tag_sentence
from generator.temporal.values import parse_value

__all__ = ["Tense", "TimexMention", "TimexType", "parse_value", "tag_doc", "tag_sentence"]
