"""The quality scorer (benchmarks/quality.py): labels matched by key or name, expected items by words and date."""

from __future__ import annotations

import importlib.util
import sys

from .conftest import ROOT

spec = importlib.util.spec_from_file_location("quality", ROOT / "benchmarks" / "quality.py")
assert spec is not None and spec.loader is not None
quality = importlib.util.module_from_spec(spec)
sys.modules["quality"] = quality  # dataclasses look their module up there
spec.loader.exec_module(quality)

DATA = {
    "summary": "The council approved the budget on Monday.",
    "timeline": [
        {"date": "2024-03-04", "text": "The council approved the budget.", "status": "past"},
        {"date": "2024-03-05", "text": "To vote later.", "status": "past"},
        {"date": "2024-03", "text": "Protests began.", "status": "past"},
    ],
    "actors": [
        {"name": "Ana Ruiz", "kind": "person", "roles": ["mayor"]},
        {"name": "City Hall", "kind": "person", "roles": []},
        {"name": "Acme", "kind": "organization", "roles": []},
    ],
    "questions": [{"text": "Will the mayor sign it?"}],
    "background": [{"text": "The budget was cut in 2019.", "date": "2019"}],
}
LABELS = {
    "summary": {"key": quality.item_key(DATA["summary"]), "label": "OK"},
    "timeline": [
        {"key": quality.item_key("The council approved the budget."), "label": "OK"},
        {"key": quality.item_key("To vote later."), "label": "GARBLED"},
    ],
    "people": [{"name": "Ana Ruiz", "role": "mayor", "label": "OK"}, {"name": "City Hall", "label": "NOT-A-PERSON"}],
    "questions": [{"key": quality.item_key("Will the mayor sign it?"), "label": "OK"}],
    "background": [],
    "expected": {
        "timeline": [
            {"date": "2024-03-04", "words": ["budget"]},
            {"date": "2024-03-05", "words": ["vote"]},
            {"date": "2024-03", "words": ["protest"]},
            {"date": "2024-02", "words": ["strike"]},
        ],
        "people": [{"name": "Ana Ruiz"}, {"name": "Bo Li"}],
    },
}


def test_kept_and_present_follow_the_labels():
    tallies = quality.score_story("s", DATA, LABELS)
    timeline = tallies["timeline"]
    assert (timeline.listed, timeline.labelled, timeline.kept) == (3, 2, 1)
    # present: approved (OK); vote matched only by a GARBLED row: missing; protests: unlabelled row; strike: absent
    assert (timeline.expected, timeline.present, timeline.unknown) == (4, 1, 1)
    assert timeline.unlabelled == ["s timeline: 2024-03 Protests began."]
    people = tallies["people"]
    assert (people.listed, people.kept, people.present, people.expected) == (2, 1, 1, 2)
    assert (people.roles, people.roles_right) == (1, 1)
    assert tallies["summary"].kept == 1
    assert tallies["background"].listed == 1 and tallies["background"].labelled == 0


def test_an_item_whose_text_changed_is_unlabelled_not_kept():
    changed = {**DATA, "timeline": [{"date": "2024-03-04", "text": "The council approved a budget.", "status": "past"}]}
    timeline = quality.score_story("s", changed, LABELS)["timeline"]
    assert (timeline.labelled, timeline.kept, timeline.unknown) == (0, 0, 1)


def test_a_person_whose_role_changed_is_unlabelled():
    changed = {**DATA, "actors": [{"name": "Ana Ruiz", "kind": "person", "roles": ["city mayor"]}]}
    people = quality.score_story("s", changed, LABELS)["people"]
    assert (people.listed, people.labelled, people.unknown) == (1, 0, 1)


def test_keys_ignore_case_punctuation_and_accents_only():
    assert quality.item_key("Café, closed!") == quality.item_key("cafe closed")
    assert quality.item_key("Café closed") != quality.item_key("Café opened")
