"""Interface strings: the words the generator writes from Python come from templates/strings.yml, translatable."""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path, PurePosixPath

import pytest
import yaml

from generator.errors import InputError
from generator.model import Event, EventStatus, TimeValue
from generator.render import render_site
from generator.render.markdown import when_label
from generator.render.nav import short_nav
from generator.render.packaged import PACKAGED_TEMPLATES
from generator.render.strings import ENGLISH, STRINGS_FILE, load_strings
from generator.temporal.values import parse_value

from .test_render_brief import story

GERMAN = """\
short_months: [Jan., Feb., März, Apr., Mai, Juni, Juli, Aug., Sep., Okt., Nov., Dez.]
months: [Januar, Februar, März, April, Mai, Juni, Juli, August, September, Oktober, November, Dezember]
dates:
  day: "{day}. {month} {year}"
  day_and_month: "{day}. {month}"
  week: "Woche vom {day}. {month} {year}"
  coming_days: "In den nächsten Tagen"
navigation:
  home: Startseite
  latest: Neueste Meldungen
sections:
  timeline: Chronik
picture:
  story_title: "Chronik: {title}"
  day: ein Tag
"""


def own_templates(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / STRINGS_FILE).write_text(text, encoding="utf-8")
    return folder


def test_a_projects_strings_replace_the_packaged_ones_key_by_key(tmp_path):
    strings = load_strings(own_templates(tmp_path, GERMAN))
    assert when_label(parse_value("2023-09-12"), strings) == "12. Sep. 2023"
    assert when_label(parse_value("2023-W37"), strings) == "Woche vom 11. Sep. 2023"
    assert when_label(parse_value("FUTURE_REF"), strings) == "In den nächsten Tagen"
    assert when_label(parse_value("2023-03"), strings) == "März 2023"  # the packaged "{month} {year}", German months
    assert when_label(parse_value("2023-Q3"), strings) == "Q3 2023"  # a key left out keeps the English
    nav = short_nav(["a"], nav_stories=5, search="mkdocs", strings=strings)
    assert [next(iter(entry)) for entry in nav][:3] == ["Startseite", "Neueste Meldungen", "All stories"]


def test_without_a_strings_file_the_packaged_english_is_used(tmp_path):
    assert load_strings(tmp_path / "templates") == ENGLISH
    assert when_label(parse_value("2023-W37")) == "Week of 11 Sep 2023"
    assert when_label(parse_value("19")) == "20th century"


def test_every_page_uses_the_projects_strings(tmp_path):
    pages = render_site([story()], own_templates(tmp_path, GERMAN))
    briefing = html.unescape(pages[PurePosixPath("s/index.md")])  # "7." starts a list: the page escapes the 7
    assert "**Latest, 7. März:**" in briefing  # the newest article's day; the words around it are the template's
    assert "Chronik: Dock strike" in briefing and "ein Tag" in briefing  # the picture's title and legend
    assert ">4. März 2024<" in briefing  # the table's dates
    assert "Chronik" in pages[PurePosixPath("s/sources/a.md")]  # the section citing a sentence
    assert "März 2024" in pages[PurePosixPath("archive.md")]
    assert yaml.safe_load(pages[PurePosixPath(".nav.yml")])["nav"][0] == {"Startseite": "index.md"}
    english = render_site([story()], tmp_path / "none")[PurePosixPath("s/index.md")]
    assert ">4 Mar 2024<" in english and "Chronik" not in english


@pytest.mark.parametrize(
    ("text", "line", "field", "message"),
    [
        ("dates:\n  day: x\n  fortnight: x\n", 3, "dates.fortnight", "unknown key"),
        (
            "picture:\n  events: '{total} events'\n",
            2,
            "picture.events",
            "unknown field {total}; this text may use {count}",
        ),
        ("dates:\n  week: 'Week {day.real}'\n", 2, "dates.week", "braces may only hold a field name"),
        ("dates:\n  week: 'Week {'\n", 2, "dates.week", "braces may only hold a field name"),
        ("short_months: [Jan, Feb]\n", 1, "short_months", "a list of twelve month names"),
        ("navigation:\n  home: [Home]\n", 2, "navigation.home", "expected text"),
    ],
)
def test_a_mistake_in_the_strings_names_the_file_line_and_key(tmp_path, text, line, field, message):
    with pytest.raises(InputError) as raised:
        load_strings(own_templates(tmp_path, text))
    (problem,) = raised.value.diagnostics
    assert (str(problem.path), problem.line, problem.field) == (f"templates/{STRINGS_FILE}", line, field)
    assert message in problem.message


def test_a_value_with_fields_left_out_is_fine(tmp_path):
    strings = load_strings(own_templates(tmp_path, "dates:\n  week: 'Woche {day}. {month}'\n"))
    assert strings("dates.week", day=4, month="Sep", year=2023) == "Woche 4. Sep"


def test_every_packaged_string_is_used_by_the_code_and_every_used_key_exists():
    source = "\n".join(p.read_text(encoding="utf-8") for p in Path("generator").rglob("*.py"))
    sections = "|".join({key.split(".")[0] for key in ENGLISH.formats})
    used = set(re.findall(rf"""f?["']((?:{sections})\.[a-z_{{}}]+)["']""", source))
    used |= {f"dates.{season}" for season in ("spring", "summer", "autumn")}  # chosen by season code
    used |= {"dates.first_half", "dates.second_half", "navigation.home", "navigation.overview"}  # chosen by value
    used = {key for key in used if "{" not in key}
    packaged = set(ENGLISH.formats)
    assert used <= packaged
    assert packaged <= used, f"keys no code uses: {sorted(packaged - used)}"
    assert (PACKAGED_TEMPLATES / STRINGS_FILE).is_file()


def test_an_upcoming_event_in_the_picture_uses_the_words_of_its_strings(tmp_path):
    strings = load_strings(own_templates(tmp_path, "picture:\n  axis_ahead: Demnächst\n  ahead: demnächst\n"))
    from generator.render.timeline_svg import render_timeline_svg

    ahead = Event(when=TimeValue.of_day(date(2024, 3, 12)), text="Vote.", status=EventStatus.UPCOMING)
    past = Event(when=TimeValue.of_day(date(2024, 3, 1)), text="Strike.")
    svg = render_timeline_svg([past, ahead], title="t", strings=strings)
    assert ">Demnächst</text>" in svg and "demnächst</span>" in svg
    assert "1 dated events from 2024-03-01 to 2024-03-01, and 1 ahead" in svg  # the English it did not replace
