"""Golden files: the whole pipeline (real model) on small seed folders, compared byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.pipeline import render_pages
from generator.settings import Settings

from .conftest import TEMPLATES

CASES = sorted(p for p in (Path(__file__).parent / "golden").iterdir() if p.is_dir())


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_rendered_pages_match_golden(case, golden, nlp, tmp_path):
    settings = Settings(seeds_dir=case / "seeds", templates_dir=TEMPLATES, out_dir=tmp_path / "out")
    pages = render_pages(settings, nlp=nlp)
    golden.check(case / "expected", {str(uri): text for uri, text in pages.items()})
