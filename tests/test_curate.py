"""Curation in story.yml and seeds/actors.yml: the editor wins, on every build, as articles change."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from generator.cli import cli

pytestmark = pytest.mark.slow

FIRST = (
    "Port director Henrik Sand said on Monday that the harbour had closed. Sand blamed the union. "
    "Union leader Maria Ostrova said the workers would stay out. The strike may last weeks.\n"
)
SECOND = (
    "Talks opened on Wednesday, the ministry said. Henrik Sand, the harbour's chief executive, met "
    "Maria Ostrova. Shipping agent Piet Vos said the backlog had reached 40 ships.\n"
)


def build(project) -> dict:
    result = CliRunner().invoke(cli, ["build", "-f", str(project / "mkdocs.yml")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads((project / "briefings" / "data" / "strike.json").read_text())


@pytest.fixture
def project(make_project):
    return make_project({"strike/2024-03-04-a.txt": FIRST, "strike/2024-03-04-a.yml": "published: 2024-03-04\n"})


def names(data) -> set[str]:
    return {a["name"] for a in data["actors"]}


def test_exclude_and_role_survive_a_new_article(project):
    (project / "seeds" / "strike" / "story.yml").write_text(
        "actors:\n  - exclude: Piet Vos\n  - name: Henrik Sand\n    role: Harbour master\n"
    )
    data = build(project)
    assert next(a for a in data["actors"] if a["name"] == "Henrik Sand")["roles"] == ["Harbour master"]
    (project / "seeds" / "strike" / "2024-03-06-b.txt").write_text(SECOND)
    (project / "seeds" / "strike" / "2024-03-06-b.yml").write_text("published: 2024-03-06\n")
    data = build(project)
    assert "Piet Vos" not in names(data)
    assert next(a for a in data["actors"] if a["name"] == "Henrik Sand")["roles"] == ["Harbour master"]


def test_rename_and_merge_by_alias(project):
    (project / "seeds" / "strike" / "story.yml").write_text(
        "actors:\n  - name: Maria Ostrova-Lind\n    aliases: [Maria Ostrova, Ostrova]\n"
    )
    data = build(project)
    renamed = next(a for a in data["actors"] if a["name"] == "Maria Ostrova-Lind")
    assert "Maria Ostrova" in renamed["aliases"] and "Maria Ostrova" not in names(data)


def test_timeline_questions_and_background_entries(project):
    (project / "seeds" / "strike" / "story.yml").write_text(
        "timeline:\n  - date: 2024-03-08\n    event: Court hearing on the strike\n  - exclude: harbour had closed\n"
        "questions:\n  - ask: Who will pay for the backlog?\n  - exclude: last weeks\n"
        "background: |\n  Port Avalon handles a third of imports.\n"
    )
    data = build(project)
    events = [(e["date"], e["text"]) for e in data["timeline"]]
    assert ("2024-03-08", "Court hearing on the strike") in events
    assert not any("closed" in text for _, text in events)
    questions = [q["text"] for q in data["questions"]]
    assert "Who will pay for the backlog?" in questions
    assert not any("last weeks" in q for q in questions)
    assert data["editor_background"].strip() == "Port Avalon handles a third of imports."


def test_figures_entries_exclude_a_measure_and_add_the_latest_value(make_project):
    text = "Five people were killed and 12 were injured in the fire on Monday, the city said.\n"
    project = make_project({"fire/a.txt": text, "fire/a.yml": "published: 2024-03-04\n"})
    (project / "seeds" / "fire" / "story.yml").write_text(
        "figures:\n  - exclude: injured\n  - measure: dead\n    value: 7\n    date: 2024-03-06\n"
    )
    result = CliRunner().invoke(cli, ["build", "-f", str(project / "mkdocs.yml")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    data = json.loads((project / "briefings" / "data" / "fire.json").read_text())
    assert [f["measure"] for f in data["figures"]] == ["dead"]
    assert [(r["value"], r["date"], len(r["citations"])) for r in data["figures"][0]["reports"]] == [
        (5, "2024-03-04", 1),
        (7, "2024-03-06", 0),
    ]
    page = (project / "briefings" / "fire" / "index.md").read_text()
    assert "| Dead {: #figure-dead} | **7**, 6 Mar 2024 <small>(editor)</small> | five, 4 Mar 2024 [" in page


def test_a_role_that_changes_keeps_both_newest_first(project):
    (project / "seeds" / "strike" / "2024-03-06-b.txt").write_text(SECOND)
    (project / "seeds" / "strike" / "2024-03-06-b.yml").write_text("published: 2024-03-06\n")
    data = build(project)
    sand = next(a for a in data["actors"] if a["name"] == "Henrik Sand")
    assert [(r["text"], r["first"]) for r in sand["dated_roles"]] == [
        ("harbour's chief executive", "2024-03-06"),
        ("Port director", "2024-03-04"),
    ]


def test_global_aliases_apply_to_every_story(project):
    (project / "seeds" / "strike" / "2024-03-06-b.txt").write_text("Hank Sand, the port director, said talks failed.\n")
    (project / "seeds" / "strike" / "2024-03-06-b.yml").write_text("published: 2024-03-06\n")
    assert {"Henrik Sand", "Hank Sand"} <= names(build(project))
    (project / "seeds" / "actors.yml").write_text("- name: Henrik Sand\n  aliases: [Hank Sand]\n")
    data = build(project)
    assert "Hank Sand" not in names(data)
    sand = next(a for a in data["actors"] if a["name"] == "Henrik Sand")
    assert "Hank Sand" in sand["aliases"] and sand["mentions"] >= 3


def test_bad_global_alias_file_names_its_line(project):
    (project / "seeds" / "actors.yml").write_text("- name: Henrik Sand\n- aliases: [x]\n")
    result = CliRunner().invoke(cli, ["build", "-f", str(project / "mkdocs.yml")])
    assert result.exit_code == 2
    assert result.stderr.startswith("seeds/actors.yml:2:")


def test_a_later_article_answers_an_open_question(make_project):
    project = make_project(
        {
            "talks/2024-03-04-a.txt": "Neither side has said when the talks would resume.\n",
            "talks/2024-03-04-a.yml": "published: 2024-03-04\n",
            "talks/2024-03-07-b.txt": "The talks resumed in Geneva on Wednesday, officials said.\n",
            "talks/2024-03-07-b.yml": "published: 2024-03-07\n",
        }
    )
    result = CliRunner().invoke(cli, ["build", "-f", str(project / "mkdocs.yml")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    data = json.loads((project / "briefings" / "data" / "talks.json").read_text())
    (question,) = data["questions"]
    assert question["text"] == "When will the talks resume?"
    assert question["answered"] is True
    assert question["answered_by"][0]["source"] == "2024-03-07-b"
    page = (project / "briefings" / "talks" / "index.md").read_text()
    assert "### Answered" in page and "sources/2024-03-07-b.md#s1" in page.split("### Answered")[1]


@pytest.mark.parametrize(
    ("story_yml", "expected"),
    [
        (
            "actors:\n  - name: José Álvarez\n    role: Mayor\n",
            {"José Álvarez": ["Mayor"], "Jose Alvarez": ["Texas rancher"]},
        ),
        ("actors:\n  - exclude: Jose Alvarez\n", {"José Álvarez": ["mayor of Seville"]}),
        (
            "actors:\n  - name: José Álvarez\n    aliases: [Jose Alvarez]\n",
            {"José Álvarez": ["mayor of Seville", "Texas rancher"]},
        ),
    ],
    ids=["role", "exclude", "alias"],
)
def test_an_entry_for_one_spelling_leaves_a_different_person_of_the_other_alone(make_project, story_yml, expected):
    project = make_project(
        {
            "alvarez/2024-03-01-a.txt": "José Álvarez, the mayor of Seville, opened the new bridge on Monday.\n",
            "alvarez/2024-03-01-a.yml": "published: 2024-03-01\n",
            "alvarez/2024-03-05-b.txt": "Jose Alvarez, a Texas rancher, lost 200 cattle in the flood on Tuesday.\n",
            "alvarez/2024-03-05-b.yml": "published: 2024-03-05\n",
            "alvarez/story.yml": story_yml,
        }
    )
    result = CliRunner().invoke(cli, ["build", "-f", str(project / "mkdocs.yml")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    data = json.loads((project / "briefings" / "data" / "alvarez.json").read_text(encoding="utf-8"))
    people = [a for a in data["actors"] if a["kind"] == "person"]
    assert {a["name"]: a["roles"] for a in people} == expected
    assert len({a["id"] for a in data["actors"]}) == len(data["actors"])
