"""data/<story>.json follows the published JSON Schema (generator/render/schema/briefing.schema.json)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from .conftest import ROOT

SCHEMA = json.loads((ROOT / "generator" / "render" / "schema" / "briefing.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
EXPORTS = sorted(
    p
    for p in [
        *(ROOT / "briefings" / "data").glob("*.json"),
        *(ROOT / "tests" / "golden").glob("*/expected/data/*.json"),
    ]
    if p.name != "index.json"
)


def test_the_schema_is_a_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert EXPORTS, "no exports to check"


@pytest.mark.parametrize("path", EXPORTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_export_follows_the_schema(path: Path):
    errors = [f"{list(e.path)}: {e.message}" for e in VALIDATOR.iter_errors(json.loads(path.read_text("utf-8")))]
    assert errors == []


def test_the_schema_names_every_field_the_export_writes_and_no_other():
    export = json.loads(EXPORTS[0].read_text(encoding="utf-8"))
    assert list(export) == SCHEMA["required"]
    assert set(SCHEMA["properties"]) == set(export)


def test_an_export_that_drifts_is_refused():
    export = json.loads(EXPORTS[0].read_text(encoding="utf-8"))
    export["timeline"] = [{**(export["timeline"] or [{}])[0], "when": "2023-09-11"}]
    del export["questions"]
    messages = [e.message for e in VALIDATOR.iter_errors(export)]
    assert any("'questions' is a required property" in m for m in messages)
    assert any("'when' was unexpected" in m for m in messages)


def test_key_events_are_required_and_follow_the_timeline_entry_format():
    export = json.loads(EXPORTS[0].read_text(encoding="utf-8"))
    entry = (export["timeline"] or [{}])[0]
    assert [e.message for e in VALIDATOR.iter_errors({**export, "key_events": [entry]})] == []
    messages = [e.message for e in VALIDATOR.iter_errors({**export, "key_events": [{**entry, "rank": 1}]})]
    assert any("'rank' was unexpected" in m for m in messages)
    del export["key_events"]
    assert any("'key_events' is a required property" in e.message for e in VALIDATOR.iter_errors(export))
