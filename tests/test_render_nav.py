"""The short navigation and `.nav.yml`, which a configuration without the plugin inherits."""

from __future__ import annotations

import yaml

from generator.render.nav import nav_file, short_nav


def test_the_nav_lists_the_newest_stories_then_the_site_pages():
    nav = short_nav(["c", "b", "a"], nav_stories=2, search="mkdocs")
    assert nav == [
        {"Home": "index.md"},
        {"Latest stories": ["c/index.md", "b/index.md"]},
        {"All stories": "archive.md"},
        {"Timeline": "timeline.md"},
        {"Tags": "tags.md"},
        {"Actors": "actors/index.md"},
    ]
    assert short_nav(["a"], nav_stories=2, search="pagefind", prefix="briefings/")[-1] == {
        "Search": "briefings/search.md"
    }


def test_the_nav_file_is_yaml_with_a_nav_key_and_says_how_to_use_it():
    text = nav_file(["b", "a"], nav_stories=15, search="mkdocs")
    assert "INHERIT: briefings/.nav.yml" in text
    assert yaml.safe_load(text) == {"nav": short_nav(["b", "a"], nav_stories=15, search="mkdocs")}
