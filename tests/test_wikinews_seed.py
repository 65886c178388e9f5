"""The Wikinews importer tool: the article's day, whatever way its corpus file writes it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parent.parent / "tools" / "wikinews_seed.py"
_SPEC = importlib.util.spec_from_file_location("wikinews_seed", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
wikinews_seed = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(wikinews_seed)


def test_an_iso_creation_time_is_the_day():
    assert wikinews_seed._published("2009-02-03T00:00:00", "February 03, 2009") == "2009-02-03"


def test_a_day_first_creation_time_is_settled_by_the_dateline():
    assert wikinews_seed._published("03-02-2009", "February 03, 2009") == "2009-02-03"


def test_no_date_at_all_is_a_clear_error():
    with pytest.raises(SystemExit, match="no date"):
        wikinews_seed._published("03-02-2009", "Sales of cars fell")
