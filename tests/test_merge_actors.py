"""Names that differ only by accents ("José Álvarez", "Jose Alvarez") may be one actor; conflicting roles keep them
apart, within a story and across stories (issue 20, item 10). Mentions are written here, so no model is needed."""

from __future__ import annotations

import json
from datetime import date
from pathlib import PurePosixPath

import pytest

from generator.extract import Findings
from generator.extract.actors import ActorMention
from generator.extract.quotes import QuoteMention
from generator.extract.timeline import EventMention
from generator.merge import merge_story
from generator.merge.actors import merge_actors
from generator.model import (
    ActorKind,
    Article,
    ArticleMeta,
    Briefing,
    Citation,
    Sentence,
    SourceArticle,
    TimeValue,
)
from generator.render import render_site

from .conftest import TEMPLATES

MAYOR = "mayor of Seville"
RANCHER = "Texas rancher"


def person(name: str, article: str, sentence: int, role: str | None = None) -> ActorMention:
    return ActorMention(
        name=name, kind=ActorKind.PERSON, role=role, citation=Citation(article, sentence, f"{name} spoke.")
    )


def by_name(mentions: list[ActorMention], **kwargs: dict[str, str]) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Each actor's name → (id, roles), checking that the articles' order does not matter."""
    forward = merge_actors(mentions, **kwargs)
    assert merge_actors(list(reversed(mentions)), **kwargs) == forward
    return {a.name: (a.id, a.roles) for a in forward}


TWO_ARTICLES = [
    person("José Álvarez", "a", 1, MAYOR),
    person("Álvarez", "a", 2),
    person("Jose Alvarez", "b", 1, RANCHER),
    person("Alvarez", "b", 2),
]
ONE_ARTICLE = [
    person("José Álvarez", "a", 1, MAYOR),
    person("Jose Alvarez", "a", 2, RANCHER),
    person("Álvarez", "a", 3),
    person("Alvarez", "a", 4),
]


@pytest.mark.parametrize("mentions", [TWO_ARTICLES, ONE_ARTICLE], ids=["two-articles", "one-article"])
def test_accent_variants_with_conflicting_roles_stay_two_people(mentions):
    found = merge_actors(mentions)
    assert {a.name: (a.id, a.roles, a.aliases) for a in found} == {
        # Ids stay unique; the plain spelling sorts first, whatever the order of the mentions.
        "Jose Alvarez": ("jose-alvarez", (RANCHER,), ("Alvarez",)),
        "José Álvarez": ("jose-alvarez-2", (MAYOR,), ("Álvarez",)),
    }
    assert merge_actors(list(reversed(mentions))) == found


@pytest.mark.parametrize(
    ("accented", "plain"),
    [
        ("mayor", "mayor"),
        ("Mayor", "mayor"),
        (MAYOR, "mayor"),  # one role contains the other
        (MAYOR, None),  # no evidence against
        (None, None),  # no evidence either way: the folded match stands, as before
    ],
)
def test_accent_variants_merge_when_nothing_conflicts(accented, plain):
    found = by_name([person("José Álvarez", "a", 1, accented), person("Jose Alvarez", "b", 1, plain)])
    assert list(found) == ["José Álvarez"]
    assert found["José Álvarez"][0] == "jose-alvarez"


def test_the_same_spelling_merges_whatever_the_roles():
    found = by_name([person("Jose Alvarez", "a", 1, MAYOR), person("Jose Alvarez", "b", 1, RANCHER)])
    assert list(found) == ["Jose Alvarez"]


def test_an_editors_alias_merges_conflicting_accent_variants():
    mentions = [person("José Álvarez", "a", 1, MAYOR), person("Jose Alvarez", "b", 1, RANCHER)]
    assert list(by_name(mentions, aliases={"Jose Alvarez": "José Álvarez"})) == ["José Álvarez"]


def test_an_editors_name_claims_its_spelling_and_accent_variants_only_as_a_suggestion():
    mentions = [person("José Álvarez", "a", 1, MAYOR), person("Jose Alvarez", "b", 1, RANCHER)]
    found = by_name(mentions, aliases={"José Álvarez": "José Álvarez", "Mayor Álvarez": "José Álvarez"})
    assert found == {"José Álvarez": ("jose-alvarez-2", (MAYOR,)), "Jose Alvarez": ("jose-alvarez", (RANCHER,))}
    # Typed without accents, the editor's name still finds the only person it can mean.
    renamed = by_name([person("José Álvarez", "a", 1, MAYOR)], aliases={"Jose Alvarez": "Jose Alvarez"})
    assert list(renamed) == ["Jose Alvarez"]


def test_a_middle_name_merge_respects_conflicting_accent_variants():
    found = by_name([person("José Ángel Álvarez", "a", 1, MAYOR), person("Jose Alvarez", "b", 1, RANCHER)])
    assert sorted(found) == ["Jose Alvarez", "José Ángel Álvarez"]
    agreeing = by_name([person("José Ángel Álvarez", "a", 1, MAYOR), person("Jose Alvarez", "b", 1, "mayor")])
    assert list(agreeing) == ["José Ángel Álvarez"]


# -- a whole story, and several stories ----------------------------------------------------------------------
def story(slug: str, day: date, lines: list[tuple[ActorMention, str]], *, event: str | None = None) -> Briefing:
    """A one-article story whose sentences name the given people (with what each sentence says)."""
    article_id = f"{slug}-article"
    texts = [text for _, text in lines]
    sentences = []
    start = 0
    for number, text in enumerate(texts, start=1):
        sentences.append(Sentence(number=number, start=start, end=start + len(text), text=text, paragraph=0))
        start += len(text) + 1
    article = Article(
        id=article_id,
        story=slug,
        src_uri=f"{slug}/{article_id}.txt",
        meta=ArticleMeta(title=slug, published=day),
        text=" ".join(texts),
    )
    mentions = tuple(
        ActorMention(name=m.name, kind=m.kind, role=m.role, citation=Citation(article_id, n, texts[n - 1]))
        for n, (m, _) in enumerate(lines, start=1)
    )
    quotes = tuple(
        QuoteMention(speaker=m.name, text=text, is_direct=True, citation=Citation(article_id, n, text))
        for n, (m, text) in enumerate(lines, start=1)
        if m.role is None
    )
    events = ()
    if event is not None:
        mention = next(m for m in mentions if m.citation.text == event)
        events = (
            EventMention(
                when=TimeValue.of_day(day),
                text=event,
                is_future=False,
                names=(mention.name,),
                citation=mention.citation,
            ),
        )
    findings = Findings(
        article=article_id, timexes=(), actors=mentions, events=events, questions=(), background=(), quotes=quotes
    )
    return merge_story(
        slug=slug, title=slug, sources=[SourceArticle(article=article, sentences=tuple(sentences))], findings=[findings]
    )


def one_person(slug: str, day: date, name: str, role: str | None, did: str, said: str) -> Briefing:
    """A story that names one person twice: with a role, doing something (an event), then quoted."""
    first = f"{name} {did}."
    return story(slug, day, [(person(name, "", 0, role), first), (person(name, "", 0), said)], event=first)


def seville(role: str = MAYOR) -> Briefing:
    return one_person("seville", date(2024, 3, 1), "José Álvarez", role, "opened the new bridge", "It took years.")


def ranch(role: str | None = RANCHER) -> Briefing:
    return one_person("ranch", date(2024, 3, 5), "Jose Alvarez", role, "lost 200 cattle in the flood", "It rose fast.")


def actor_pages(pages) -> dict[str, str]:
    return {p.name: text for p, text in pages.items() if p.parts[0] == "actors" and p.name != "index.md"}


def test_one_story_links_each_person_to_their_own_events_and_quotes():
    briefing = story(
        "both",
        date(2024, 3, 1),
        [
            (person("José Álvarez", "", 0, MAYOR), "José Álvarez opened the bridge."),
            (person("Jose Alvarez", "", 0, RANCHER), "Jose Alvarez lost his cattle."),
            (person("Jose Alvarez", "", 0), "The water rose fast."),
            (person("José Álvarez", "", 0), "The work took two years."),
        ],
        event="Jose Alvarez lost his cattle.",
    )
    by_id = {a.id: a for a in briefing.actors}
    assert {i: a.name for i, a in by_id.items()} == {"jose-alvarez": "Jose Alvarez", "jose-alvarez-2": "José Álvarez"}
    assert [q.text for q in by_id["jose-alvarez"].quotes] == ["The water rose fast."]
    assert [q.text for q in by_id["jose-alvarez-2"].quotes] == ["The work took two years."]
    assert [r.text for r in by_id["jose-alvarez-2"].dated_roles] == [MAYOR]
    (event,) = briefing.timeline
    assert event.actors == ("jose-alvarez",)


def test_different_people_in_different_stories_get_a_page_each():
    pages = render_site([seville(), ranch()], TEMPLATES)
    people = actor_pages(pages)
    assert sorted(people) == ["jose-alvarez-2.md", "jose-alvarez.md"]
    assert RANCHER in people["jose-alvarez.md"] and MAYOR not in people["jose-alvarez.md"]
    assert MAYOR in people["jose-alvarez-2.md"] and RANCHER not in people["jose-alvarez-2.md"]
    seville_page, ranch_page = pages[PurePosixPath("seville/index.md")], pages[PurePosixPath("ranch/index.md")]
    assert "../actors/jose-alvarez-2.md" in seville_page and "../actors/jose-alvarez.md" not in seville_page
    assert "../actors/jose-alvarez.md" in ranch_page and "../actors/jose-alvarez-2.md" not in ranch_page
    # The story's data carries the same ids as its links, in the actors and in the timeline.
    data = json.loads(pages[PurePosixPath("data/seville.json")])
    assert [a["id"] for a in data["actors"]] == ["jose-alvarez-2"]
    assert [e["actors"] for e in data["timeline"]] == [["jose-alvarez-2"]]
    # Ids do not depend on the order of the stories.
    assert render_site([ranch(), seville()], TEMPLATES) == pages


@pytest.mark.parametrize("role", ["mayor", None], ids=["agreeing-role", "no-role"])
def test_accent_variants_in_different_stories_share_a_page_when_nothing_conflicts(role):
    pages = render_site([seville(), ranch(role)], TEMPLATES)
    (page,) = actor_pages(pages).values()
    assert "in 2 stories" in page


def test_a_spelling_that_could_be_either_of_two_people_joins_neither():
    from generator.names import Variant, cluster_variants  # (the module this fix adds)

    variants = [
        Variant(key=("josé álvarez",), roles=frozenset({MAYOR})),
        Variant(key=("jose alvarez",), roles=frozenset({RANCHER})),
        Variant(key=("josé alvarez",), roles=frozenset()),
    ]
    groups = [[v.key for v in group] for group in cluster_variants(variants)]
    assert groups == [[("jose alvarez",)], [("josé alvarez",)], [("josé álvarez",)]]
    assert [[v.key for v in group] for group in cluster_variants(variants[::-1])] == groups


def test_a_numbered_id_never_takes_another_actors_page():
    numbered = story(
        "numbers",
        date(2024, 3, 9),
        [(person("Jose Alvarez 2", "", 0, "robot"), "Jose Alvarez 2 was switched on.")],
    )
    pages = render_site([seville(), ranch(), numbered], TEMPLATES)
    people = actor_pages(pages)
    assert len(people) == 3
    assert "robot" in people["jose-alvarez-2.md"]
    assert MAYOR in people["jose-alvarez-3.md"]


def test_a_person_who_owns_or_is_the_object_of_a_role_stays_a_person_and_one_who_opens_a_title_does_not():
    def said(name: str, sentence: int, role: str | None, text: str) -> ActorMention:
        return ActorMention(name=name, kind=ActorKind.PERSON, role=role, citation=Citation("a", sentence, text))

    first = "Mara Quill, Clara Vance’s attorney, said Vance was sorry."
    second = "Acme Widgets CEO Tom Reyes, an adviser to Clara Vance, agreed."
    actors = {
        a.name: a.kind
        for a in merge_actors(
            [
                said("Mara Quill", 1, "Clara Vance’s attorney", first),
                said("Clara Vance", 1, None, first),
                said("Tom Reyes", 2, "Acme Widgets CEO", second),
                said("Acme Widgets", 2, None, second),
                said("Clara Vance", 3, None, "Clara Vance left the court."),
            ]
        )
    }
    assert actors["Clara Vance"] is ActorKind.PERSON
    assert actors["Acme Widgets"] is ActorKind.ORGANIZATION


@pytest.mark.parametrize(
    ("names", "merged"),
    [
        (["Marco De Vito", "De Vito"], True),
        (["Karim el-Bakri", "El Bakri"], True),
        (["Daniel W. Dunmore", "Daniel Dunmore Jr.", "Dan Dunmore"], True),
        (["John Roe Jr.", "John Roe Sr.", "John Roe"], False),
        (["Daniel Lee", "Danielle Lee", "Dan Lee"], False),
    ],
)
def test_a_surname_with_a_particle_a_suffix_a_short_first_name_or_a_transliteration_is_one_person(names, merged):
    mentions = [person(name, "a", number) for number, name in enumerate(names, start=1)]
    found = by_name(mentions)
    assert (len(found) == 1) is merged


def test_a_surname_spelt_another_way_is_the_one_person_of_that_name():
    found = by_name([person("Olena Petrenko", "a", 1, "Finance Minister"), person("Petrenkoo", "a", 2, "Minister")])
    assert list(found) == ["Olena Petrenko"]


def test_a_person_with_a_role_of_their_own_or_named_after_a_preposition_stays_a_person():
    def said(name: str, sentence: int, role: str | None) -> ActorMention:
        text = f"{name} spoke ({sentence})."
        return ActorMention(name=name, kind=ActorKind.PERSON, role=role, citation=Citation("a", sentence, text))

    kinds = {
        a.name: a.kind
        for a in merge_actors(
            [
                said("Karim el-Bakri", 1, "former prime minister"),
                said("Tim Brock", 2, "Bakri attorney"),
                said("Bakri", 3, None),
                said("Ron Tate", 4, "campaign adviser to Mara Quill in Ohio"),
                said("Mara Quill", 5, None),
            ]
        )
    }
    assert kinds["Karim el-Bakri"] is ActorKind.PERSON
    assert kinds["Mara Quill"] is ActorKind.PERSON


CAST = [
    f"{first} {last}"
    for first, last in zip(
        ["Ann", "Ben", "Cal", "Dee", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jon", "Kim", "Lou", "Max"],
        ["Ames", "Bolt", "Cole", "Dunn", "Ely", "Ford", "Gray", "Hale", "Irwin", "Judd", "Kerr", "Lowe", "Moss"],
        strict=True,
    )
]


def test_in_a_story_of_many_people_those_named_once_late_without_role_or_subject_are_named_in_passing():
    lead = [person("Rosa Vale", "a", 1, "mayor"), person("Vale", "a", 2), person("Otto Park", "a", 3)]
    listed = [person(name, "a", 9) for name in CAST]  # "... praised Ann Ames, Ben Bolt, ... and Max Moss"
    passing = {a.name for a in merge_actors(lead + listed) if a.in_passing}
    assert passing == set(CAST)
    few = {a.name for a in merge_actors(lead + listed[:9]) if a.in_passing}
    assert few == set(), "a story of twelve people or fewer keeps everyone in the table"
    early = [person(name, "a", 2) for name in CAST]  # named in the opening: no passing mention
    assert not any(a.in_passing for a in merge_actors(lead + early))
    roled = [person(CAST[0], "a", 9, "singer"), *listed[1:]]
    assert CAST[0] not in {a.name for a in merge_actors(lead + roled) if a.in_passing}


def test_a_reporter_named_for_reporting_the_story_is_named_in_passing_in_any_story():
    mentions = [
        person("Rosa Vale", "a", 1, "mayor"),
        person("Dana Reyes", "a", 6, "Harbour Radio correspondent"),  # "told Harbour Radio correspondent Dana Reyes"
        person("Tom Ash", "a", 7, "reporter"),
        person("Tom Ash", "a", 9),
        person("Tom Ash", "a", 11),  # named three times: part of the story
        person("Lee Moss", "a", 12, "film producer"),  # a producer is as often the story's as a newsroom's
    ]
    passing = {a.name for a in merge_actors(mentions) if a.in_passing}
    assert passing == {"Dana Reyes"}


def test_spelling_variants_need_one_letter_the_same_first_name_and_two_role_words():
    from generator.merge.spelling import spelling_variants

    spokeswoman = ("Sheriff's spokeswoman",)
    groups = {
        "a": ("Karen Wolff", spokeswoman),
        "b": ("Karen Wolfe", ("spokeswoman for the sheriff's office", "deputy")),
        "c": ("Karen Wolf", ()),  # no role: no evidence
        "d": ("Kate Wolff", spokeswoman),  # another first name
        "e": ("John Stephens", ("sheriff's spokesman",)),
        "f": ("John Stevens", ("sheriff's spokesman",)),  # two letters apart
    }
    assert spelling_variants(groups) == [("b", "a")]


def test_a_name_in_a_suffixed_namesakes_role_is_someone_else_and_surname_with_suffix_is_him():
    from generator.extract.actors import ActorMention
    from generator.model import ActorKind, Citation

    def person(name: str, role: str | None = None, sentence: int = 1) -> ActorMention:
        return ActorMention(name=name, kind=ActorKind.PERSON, role=role, citation=Citation("a", sentence, "x"))

    actors = merge_actors(
        [
            person("Tom Ash", "Governor"),
            person("Tom Ash Jr.", "Governor Tom Ash's eldest son"),
            person("Ash Jr.", sentence=2),
        ]
    )
    by_name = {a.name: a for a in actors}
    assert "Tom Ash" not in by_name["Tom Ash Jr."].aliases  # the father is not the son
    assert "Ash Jr." in by_name["Tom Ash Jr."].aliases
