"""`briefings eval t17`: the Timeline17 reader and the news-tls measures (tilse's many-to-one alignment ROUGE)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from generator.errors import InputError
from generator.evaluate.rouge import align_many_to_one, date_score, rouge_tokens
from generator.evaluate.scoring import predicted_timeline
from generator.evaluate.timeline17 import detokenize_line, read_tasks
from generator.model import Event, TimeValue

APR = {d: date(2010, 4, d) for d in range(1, 31)}
PREDICTED = {APR[20]: ["Rig explosion gulf."], APR[23]: ["Coast guard search."]}
REFERENCE = {APR[20]: ["rig explosion gulf mexico"], APR[22]: ["coast guard search ends"]}


def test_rouge_tokens_are_lower_case_words_without_stop_words():
    assert rouge_tokens("The RIG, in the Gulf!") == ["rig", "gulf"]


def test_each_date_aligns_to_its_cheapest_partner_and_counts_by_distance():
    # precision: Apr 20 -> Apr 20 (3 of 3 words), Apr 23 -> Apr 22 (content wins over distance; 3 words at 1/2)
    # recall: Apr 20 -> Apr 20 (3 of 4), Apr 22 -> Apr 23 (3 of 4 at 1/2)
    one = align_many_to_one(PREDICTED, REFERENCE, 1)
    assert one.precision == pytest.approx(4.5 / 6)
    assert one.recall == pytest.approx(4.5 / 8)
    assert one.f1 == pytest.approx(2 * 0.75 * 0.5625 / 1.3125)
    two = align_many_to_one(PREDICTED, REFERENCE, 2)
    assert (two.precision, two.recall) == pytest.approx((3 / 4, 3 / 6))


def test_many_predicted_dates_may_align_to_one_reference_date():
    predicted = {APR[20]: ["rig explosion gulf"], APR[21]: ["rig explosion gulf"]}
    score = align_many_to_one(predicted, {APR[20]: ["rig explosion gulf"]}, 1)
    assert score.precision == pytest.approx((3 + 3 / 2) / 6)
    assert score.recall == pytest.approx(1.0)


def test_an_empty_prediction_scores_zero_and_dates_are_scored_as_sets():
    assert align_many_to_one({}, REFERENCE, 1).f1 == 0
    dates = date_score(PREDICTED, REFERENCE)
    assert (dates.precision, dates.recall, dates.f1) == (0.5, 0.5, 0.5)


def test_the_predicted_timeline_is_the_key_events_dated_to_a_day():
    month = TimeValue(
        value="2010-04", granularity=TimeValue.of_day(APR[1]).granularity.__class__("month"), start=APR[1], end=APR[30]
    )
    events = [
        Event(when=TimeValue.of_day(APR[20]), text="A."),
        Event(when=TimeValue.of_day(APR[20]), text="B."),
        Event(when=month, text="C."),
    ]
    assert predicted_timeline(events) == {APR[20]: ("A.", "B.")}


def test_ptb_tokens_are_undone():
    line = "BP 's chief said : `` We will stop it '' -LRB- soon -RRB- , costing $ 3bn ."
    assert detokenize_line(line) == 'BP\'s chief said: "We will stop it" (soon), costing $3bn.'


def write_topic(root: Path) -> Path:
    topic = root / "bpoil_bbc"
    for day, name, lines in (
        ("2010-04-21", "1.htm.txt", ["The rig exploded on Tuesday .", "Eleven workers are missing ."]),
        ("2010-04-25", "2.htm.txt", ["Oil is leaking ."]),
        ("2010-06-01", "3.htm.txt", ["Outside the range ."]),
        ("2010-04-22", "4.htm.txt", []),
    ):
        (topic / "InputDocs" / day).mkdir(parents=True, exist_ok=True)
        (topic / "InputDocs" / day / name).write_text("\n".join(lines), encoding="utf-8")
    (topic / "timelines").mkdir()
    dashes = "-" * 32
    (topic / "timelines" / "bbc.txt").write_text(
        f"2010-04-20\nThe rig explodes .\n{dashes}\n2010-04-0\nA typo in the date .\n{dashes}\n"
        f"2010-04-30\nThe leak grows .\nIt is big .\n{dashes}\n",
        encoding="utf-8",
    )
    return topic


def test_a_task_is_a_timeline_and_the_articles_inside_its_range(tmp_path: Path):
    write_topic(tmp_path)
    (task,) = read_tasks(tmp_path)
    assert task.name == "bpoil_bbc/bbc"
    assert task.gold.days == {APR[20]: ("The rig explodes .",), APR[30]: ("The leak grows .", "It is big .")}
    assert [str(w) for w in task.gold.skipped] == [
        f"{(tmp_path / 'bpoil_bbc' / 'timelines' / 'bbc.txt').as_posix()}:4: not a date: '2010-04-0'; entry left out"
    ]
    assert [a.meta.published_day for a in task.articles] == [APR[21], APR[25]]  # empty file and June left out
    assert task.articles[0].text == "The rig exploded on Tuesday.\n\nEleven workers are missing."
    assert read_tasks(tmp_path / "bpoil_bbc", ["bpoil_bbc"])[0].articles == task.articles


def test_a_folder_without_topics_is_an_input_error(tmp_path: Path):
    with pytest.raises(InputError, match="no Timeline17 topic folders"):
        read_tasks(tmp_path)


def test_the_cited_timeline_gives_each_event_its_sentence_closest_to_the_days_reports():
    from generator.model import Citation

    lone = Citation("b", 1, "Crowds gathered as the minister spoke about budgets.")
    agreed = Citation("a", 9, "The rig exploded and sank in the Gulf.")
    key = Event(when=TimeValue.of_day(APR[20]), text="Worded.", citations=(lone, agreed))
    others = [
        Event(when=TimeValue.of_day(APR[20]), text="x", citations=(Citation(f"c{i}", 3, "The rig sank in the Gulf."),))
        for i in range(3)
    ]
    assert predicted_timeline([key], [key, *others]) == {APR[20]: (agreed.text,)}
    assert predicted_timeline([key]) == {APR[20]: ("Worded.",)}
