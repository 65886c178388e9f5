"""Item anchors: every item of a briefing has its own id, which stays put when other items come or go."""

from __future__ import annotations

import dataclasses
from datetime import date

from generator.model import BackgroundItem, Briefing, Citation, Event, Question, Summary, TimeValue
from generator.render import outline
from generator.render.anchors import back_links, item_anchors

DAY = TimeValue.of_day(date(2024, 3, 5))


def event(sentence: int, text: str = "") -> Event:
    return Event(when=DAY, text=text or f"Event {sentence}", citations=(Citation("a", sentence, "x"),))


def story(timeline: tuple[Event, ...], questions: tuple[Question, ...] = ()) -> Briefing:
    return Briefing(
        slug="s",
        title="Story",
        summary=Summary(text="In short.", citations=(Citation("a", 1, "x"),)),
        status="developing",
        updated=date(2024, 3, 5),
        tags=(),
        sources=(),
        editor_background=None,
        background=(BackgroundItem(text="Context.", citations=(Citation("a", 2, "y"),)),),
        actors=(),
        timeline=timeline,
        questions=questions,
    )


def test_every_item_has_its_own_id_even_when_two_cite_one_sentence():
    questions = (
        Question(text="When?", citations=(Citation("a", 6, "z"),)),
        Question(text="Where?", citations=(Citation("a", 6, "z"),)),
        Question(text="Editor's own question?"),
    )
    briefing = story((event(3), event(3, "Another event in sentence 3"), event(4)), questions)
    anchors = item_anchors(briefing)
    items = [briefing.summary, *briefing.background, *briefing.timeline, *briefing.questions]
    ids = [anchors(item) for item in items]
    assert len(set(ids)) == len(ids), ids
    assert ids[0] == "summary" and ids[1].startswith("bg-") and ids[2].startswith("tl-") and ids[5].startswith("q-")
    assert ids[3] == f"{ids[2]}-2" and ids[6] == f"{ids[5]}-2"


def test_an_item_added_before_another_leaves_its_id_unchanged():
    before = story((event(3), event(4)))
    after = story((event(2, "Something earlier"), event(3), event(4)))
    assert [item_anchors(before)(e) for e in before.timeline] == [item_anchors(after)(e) for e in after.timeline[1:]]


def test_an_outline_gives_the_same_ids():
    briefing = story((event(3), event(4)))
    cut = outline(dataclasses.replace(briefing, timeline=tuple(dataclasses.replace(e) for e in briefing.timeline)))
    assert [item_anchors(briefing)(e) for e in briefing.timeline] == [item_anchors(cut)(e) for e in cut.timeline]


def test_a_cited_sentence_links_back_to_each_item_that_cites_it():
    briefing = story((event(1, "The lede"), event(2)))
    links = back_links(briefing)["a"]
    anchors = item_anchors(briefing)
    assert [section for section, _ in links[1]] == ["Summary", "Timeline"]
    assert [link.anchor for _, items in links[2] for link in items] == [
        anchors(briefing.background[0]),
        anchors(briefing.timeline[1]),
    ]
    assert "another-article" not in back_links(briefing)


def test_an_equal_copy_of_an_event_has_the_events_anchor():
    import dataclasses
    from datetime import date

    from generator.model import Briefing, Citation, Event, EventStatus, TimeValue
    from generator.render.anchors import item_anchors

    event = Event(
        when=TimeValue.of_day(date(2023, 9, 11)),
        text="The port closed.",
        actors=(),
        citations=(Citation("a", 1, "The port closed on Monday."),),
        status=EventStatus.PAST,
    )
    briefing = Briefing(
        slug="s",
        title="S",
        summary=None,
        status="developing",
        updated=None,
        tags=(),
        sources=(),
        editor_background=None,
        background=(),
        actors=(),
        timeline=(event,),
        questions=(),
    )
    anchors = item_anchors(briefing)
    assert anchors(dataclasses.replace(event)) == anchors(event)
