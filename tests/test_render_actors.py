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
