"""Merging a story does not depend on the order its articles are given in."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.ingest import load_project
from generator.nlp import parse_articles
from generator.pipeline import build_briefing

pytestmark = pytest.mark.slow
SEEDS = Path(__file__).parent / "golden" / "harbour-strike" / "seeds"


def test_briefing_is_the_same_for_any_article_order(nlp):
    story = load_project(SEEDS).stories[0]
    parsed = parse_articles(nlp, story.articles)
    forward, _ = build_briefing(story, parsed)
    backward, _ = build_briefing(story, list(reversed(parsed)))
    assert forward == backward
