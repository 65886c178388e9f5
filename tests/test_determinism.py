"""The same seeds give the same bytes, whatever order the file system lists them in."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.pipeline import render_pages
from generator.settings import Settings

from .conftest import ROOT, TEMPLATES

pytestmark = pytest.mark.slow
GOLDEN_SEEDS = ROOT / "tests" / "golden" / "harbour-strike" / "seeds"


def test_output_does_not_depend_on_directory_listing_order(nlp, tmp_path, monkeypatch):
    settings = Settings(seeds_dir=GOLDEN_SEEDS, templates_dir=TEMPLATES, out_dir=tmp_path / "out")
    forward = render_pages(settings, nlp=nlp)
    real_iterdir = Path.iterdir
    monkeypatch.setattr(Path, "iterdir", lambda self: iter(sorted(real_iterdir(self), reverse=True)))
    backward = render_pages(settings, nlp=nlp)
    assert list(forward) == list(backward)
    assert forward == backward
