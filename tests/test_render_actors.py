"""Actor pages across stories: stories newest first, first and last seen, roles and quotes."""

from __future__ import annotations

from datetime import date

from generator.model import (
    Actor,
    ActorKind,
    Article,
    ArticleMeta,
    Briefing,
    Citation,
    DatedRole,
    Quote,
    SourceArticle,
)
from generator.render.actors import build_profiles


def briefing(slug: str, day: date, role: str) -> Briefing:
    article = Article(id="a", story=slug, src_uri=f"{slug}/a.txt", meta=ArticleMeta(published=day), text="x")
    citation = Citation("a", 1, "x")
    actor = Actor(
        id="lena-holt",
        name="Lena Holt",
        kind=ActorKind.PERSON,
        roles=(role,),
        dated_roles=(DatedRole(text=role, first=day, last=day),),
        mentions=2,
        quotes=(Quote(text=f"said in {slug}", is_direct=True, citation=citation),),
        citations=(citation,),
    )
    return Briefing(
        slug=slug,
        title=slug,
        summary=None,
        status="developing",
        updated=day,
        tags=(),
        sources=(SourceArticle(article=article, sentences=()),),
        editor_background=None,
        background=(),
        actors=(actor,),
        timeline=(),
        questions=(),
    )


def test_profile_joins_stories_newest_first():
    (profile,) = build_profiles(
        [briefing("old", date(2020, 1, 2), "Mayor"), briefing("new", date(2023, 5, 6), "Governor")]
    )
    assert [a.briefing.slug for a in profile.appearances] == ["new", "old"]
    assert (profile.first_seen, profile.last_seen) == (date(2020, 1, 2), date(2023, 5, 6))
    assert [r.text for r in profile.roles] == ["Governor", "Mayor"]
    assert [q.text for _, q in profile.quotes] == ["said in new", "said in old"]
    assert profile.mentions == 4


def _two_people(*, aside_in_passing: bool = True):
    """A briefing with a key person and one named in passing."""
    from datetime import date

    from generator.model import Actor, ActorKind, Article, ArticleMeta, Briefing, Citation, Sentence, SourceArticle

    article = Article(id="a", story="s", src_uri="s/a.txt", meta=ArticleMeta(published=date(2020, 3, 2)), text="x")
    cited = (Citation("a", 1, "x"),)
    key = Actor(id="rosa-vale", name="Rosa Vale", kind=ActorKind.PERSON, roles=("mayor",), mentions=3, citations=cited)
    aside = Actor(
        id="ann-ames", name="Ann Ames", kind=ActorKind.PERSON, mentions=1, citations=cited, in_passing=aside_in_passing
    )
    return Briefing(
        slug="s",
        title="Vote",
        summary=None,
        status="developing",
        updated=date(2020, 3, 2),
        tags=(),
        sources=(
            SourceArticle(article=article, sentences=(Sentence(number=1, start=0, end=1, text="x", paragraph=0),)),
        ),
        editor_background=None,
        background=(),
        actors=(key, aside),
        timeline=(),
        questions=(),
    )


def _page(story) -> str:
    from pathlib import PurePosixPath

    from generator.render import render_briefing
    from generator.render.markdown import make_environment

    from .conftest import TEMPLATES

    return render_briefing(make_environment(TEMPLATES), story)[PurePosixPath("s/index.md")]


def test_people_named_in_passing_are_a_line_under_the_table_not_rows_of_it():
    page = _page(_two_people())
    table, after = page.split("## Key actors", 1)[1].split("**Also named:**", 1)
    assert "Rosa Vale" in table and "Ann Ames" not in table
    assert after.split("\n", 1)[0].lstrip().startswith('<span id="actor-ann-ames">Ann Ames</span>')
    assert "· 1 person ·" in page
    assert "Also named" not in _page(_two_people(aside_in_passing=False))


def test_an_editors_role_makes_a_person_named_in_passing_a_key_actor():
    from pathlib import PurePosixPath

    from generator.curate import apply_curation
    from generator.ingest.curation import ActorEdit, Curation

    path = PurePosixPath("s/story.yml")
    curated, _ = apply_curation(
        _two_people(), Curation(path=path, actors=(ActorEdit(line=3, name="Ann Ames", role="poet"),))
    )
    assert not next(a for a in curated.actors if a.name == "Ann Ames").in_passing
    renamed, _ = apply_curation(
        _two_people(), Curation(path=path, actors=(ActorEdit(line=3, name="Ann B. Ames", aliases=("Ann Ames",)),))
    )
    assert next(a for a in renamed.actors if a.name == "Ann B. Ames").in_passing


def test_a_big_storys_table_shows_its_most_salient_people_and_names_the_rest_with_their_anchors():
    import dataclasses

    from generator.model import Actor, ActorKind, Citation
    from generator.render import KEY_PEOPLE_SHOWN

    base = _two_people(aside_in_passing=False)
    people = tuple(
        Actor(
            id=f"p{i}",
            name=f"Person {i}",
            kind=ActorKind.PERSON,
            roles=(f"role {i}",),
            mentions=30 - i,
            citations=(Citation("a", 1, "x"),),
        )
        for i in range(KEY_PEOPLE_SHOWN + 2)
    )
    page = _page(dataclasses.replace(base, actors=people))
    table, after = page.split("## Key actors", 1)[1].split("**Also named:**", 1)
    assert f"Person {KEY_PEOPLE_SHOWN - 1}" in table and f"Person {KEY_PEOPLE_SHOWN}" not in table
    assert f'<span id="actor-p{KEY_PEOPLE_SHOWN}">Person {KEY_PEOPLE_SHOWN}</span> (role {KEY_PEOPLE_SHOWN})' in after
    assert f"· {KEY_PEOPLE_SHOWN + 2} people ·" in page


def test_a_story_of_hundreds_of_people_names_the_most_salient_below_the_table_and_counts_the_rest():
    import dataclasses

    from generator.model import Actor, ActorKind, Citation
    from generator.render import ALSO_NAMED_SHOWN, KEY_PEOPLE_SHOWN

    base = _two_people(aside_in_passing=False)
    count = KEY_PEOPLE_SHOWN + ALSO_NAMED_SHOWN + 25

    def actor(i: int, kind: ActorKind) -> Actor:
        return Actor(
            id=f"{kind.value}{i}",
            name=f"{kind.value.title()} {i}",
            kind=kind,
            mentions=500 - i,
            citations=(Citation("a", 1, "x"),),
        )

    actors = tuple(actor(i, k) for k in (ActorKind.PERSON, ActorKind.ORGANIZATION) for i in range(count))
    page = _page(dataclasses.replace(base, actors=actors))
    named = page.split("**Also named:**", 1)[1].split("\n", 1)[0]
    assert f"Person {KEY_PEOPLE_SHOWN + ALSO_NAMED_SHOWN - 1}</span>" in named
    assert f"Person {KEY_PEOPLE_SHOWN + ALSO_NAMED_SHOWN}<" not in named
    assert "· and 25 more, named in the sources" in named
    organisations = page.split("**Organisations:**", 1)[1].split("\n", 1)[0]
    assert (
        f"Organization {ALSO_NAMED_SHOWN - 1} (" in organisations
        and f"Organization {ALSO_NAMED_SHOWN} (" not in organisations
    )
    assert f"· and {count - ALSO_NAMED_SHOWN} more" in organisations


def test_one_person_with_and_without_a_middle_initial_has_one_page_across_stories():
    import dataclasses

    from generator.render.actors import across_site, site_actor_ids

    old = briefing("old", date(2020, 1, 2), "Mayor")
    new = briefing("new", date(2023, 5, 6), "Mayor")
    initial = dataclasses.replace(new.actors[0], id="lena-j-holt", name="Lena J. Holt")
    new = dataclasses.replace(new, actors=(initial,))
    ids = site_actor_ids([old, new])
    assert ids[("old", "lena-holt")] == ids[("new", "lena-j-holt")] == "lena-holt"
    (profile,) = build_profiles(across_site([old, new]))  # one page, both stories on it
    assert [a.briefing.slug for a in profile.appearances] == ["new", "old"]
    other = dataclasses.replace(initial, roles=("Senator",), dated_roles=())  # a role at odds: someone else
    ids = site_actor_ids([old, dataclasses.replace(new, actors=(other,))])
    assert ids[("old", "lena-holt")] != ids[("new", "lena-j-holt")]
    # two different initials are two people, and the name without one joins neither; in any order of stories
    third = dataclasses.replace(briefing("third", date(2021, 1, 2), "Mayor"), slug="third")
    third = dataclasses.replace(third, actors=(dataclasses.replace(initial, id="lena-k-holt", name="Lena K. Holt"),))
    for order in ([old, new, third], [third, new, old]):
        ids = site_actor_ids(order)
        assert len({ids[("old", "lena-holt")], ids[("new", "lena-j-holt")], ids[("third", "lena-k-holt")]}) == 3
        assert ids[("new", "lena-j-holt")] == "lena-j-holt" and ids[("third", "lena-k-holt")] == "lena-k-holt"
