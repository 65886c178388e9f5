"""Actor pages across stories: `actors/index.md` and one `actors/<id>.md` per person or organisation."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import PurePosixPath

import jinja2

from generator.model import Actor, ActorKind, Briefing, Citation, DatedRole, Quote
from generator.render.markdown import CitationLinks, Markdown

PAGE_KINDS = (ActorKind.PERSON, ActorKind.ORGANIZATION)
"""Places are named too often to deserve a page each; they stay on the briefings."""


def has_page(actor: Actor) -> bool:
    """People and organisations with some substance: a role, a quote or more than one mention."""
    return actor.kind in PAGE_KINDS and (bool(actor.roles) or bool(actor.quotes) or actor.mentions > 1)


@dataclass(frozen=True, slots=True, kw_only=True)
class Appearance:
    """One story an actor appears in."""

    briefing: Briefing
    actor: Actor
    first: date | None
    last: date | None


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorProfile:
    """An actor across every story: what the actor page shows."""

    id: str
    name: str
    kind: ActorKind
    aliases: tuple[str, ...]
    roles: tuple[DatedRole, ...]
    """Newest first; a role used in several stories spans from its first to its last use."""
    appearances: tuple[Appearance, ...]
    """Newest story first."""
    quotes: tuple[tuple[str, Quote], ...]
    """(story slug, quote), newest first."""
    mentions: int

    @property
    def first_seen(self) -> date | None:
        return min((a.first for a in self.appearances if a.first), default=None)

    @property
    def last_seen(self) -> date | None:
        return max((a.last for a in self.appearances if a.last), default=None)


def build_profiles(briefings: Sequence[Briefing]) -> tuple[ActorProfile, ...]:
    """Group every story's actors by id into profiles, sorted by name."""
    grouped: dict[str, list[tuple[Briefing, Actor]]] = {}
    pages = actor_page_ids(briefings)
    for briefing in briefings:
        for actor in briefing.actors:
            if actor.id in pages:
                grouped.setdefault(actor.id, []).append((briefing, actor))
    profiles = [_profile(actor_id, entries) for actor_id, entries in grouped.items()]
    return tuple(sorted(profiles, key=lambda p: (p.name.lower(), p.id)))


def _profile(actor_id: str, entries: list[tuple[Briefing, Actor]]) -> ActorProfile:
    appearances = []
    roles: dict[str, DatedRole] = {}
    quotes: list[tuple[str, Quote]] = []
    for briefing, actor in entries:
        published = {s.article.id: s.article.meta.published_day for s in briefing.sources}
        days = [d for c in actor.citations if (d := published.get(c.article)) is not None]
        appearances.append(
            Appearance(briefing=briefing, actor=actor, first=min(days, default=None), last=max(days, default=None))
        )
        for role in actor.dated_roles or tuple(DatedRole(text=r) for r in actor.roles):
            known = roles.get(role.text)
            if known is None:
                roles[role.text] = role
            else:
                firsts = [d for d in (known.first, role.first) if d]
                lasts = [d for d in (known.last, role.last) if d]
                roles[role.text] = DatedRole(
                    text=role.text, first=min(firsts, default=None), last=max(lasts, default=None)
                )
        quotes.extend((briefing.slug, q) for q in actor.quotes)
    appearances.sort(key=lambda a: (-(a.last or date.min).toordinal(), a.briefing.slug))
    newest = appearances[0].actor
    names = {n for _, a in entries for n in (a.name, *a.aliases)}
    return ActorProfile(
        id=actor_id,
        name=newest.name,
        kind=newest.kind,
        aliases=tuple(sorted(names - {newest.name})),
        roles=tuple(sorted(roles.values(), key=lambda r: (-(r.last or date.min).toordinal(), r.text))),
        appearances=tuple(appearances),
        # Newest article first; within an article, in reading order.
        quotes=tuple(sorted(quotes, key=lambda q: (-_quote_day(entries, q).toordinal(), q[0], q[1].citation))),
        mentions=sum(a.mentions for _, a in entries),
    )


def _quote_day(entries: list[tuple[Briefing, Actor]], item: tuple[str, Quote]) -> date:
    slug, quote = item
    for briefing, _ in entries:
        if briefing.slug == slug:
            for source in briefing.sources:
                if source.article.id == quote.citation.article and source.article.meta.published_day:
                    return source.article.meta.published_day
    return date.min


def render_actor_pages(
    env: jinja2.Environment, briefings: Sequence[Briefing], *, reuse: Mapping[str, str] | None = None
) -> dict[PurePosixPath, str]:
    """The actors' index and each actor's page; `reuse` holds pages already rendered, by actor id, kept as they are.

    An actor's page depends only on the stories that name the actor, so pages rendered from some of the stories
    (`render_profiles`) stay right for every actor that no other story names.
    """
    profiles = build_profiles(briefings)
    reuse = reuse or {}
    pages = {
        PurePosixPath("actors/index.md"): env.get_template("actors.md.j2").render(
            people=[p for p in profiles if p.kind is ActorKind.PERSON],
            organizations=[p for p in profiles if p.kind is ActorKind.ORGANIZATION],
        )
    }
    fresh = render_profiles(env, briefings, [p for p in profiles if p.id not in reuse])
    for profile in profiles:
        pages[actor_page_path(profile.id)] = reuse[profile.id] if profile.id in reuse else fresh[profile.id]
    return pages


def render_profiles(
    env: jinja2.Environment, briefings: Sequence[Briefing], profiles: Sequence[ActorProfile] | None = None
) -> dict[str, str]:
    """Each actor's page by actor id: of `profiles`, or of every actor with a page in `briefings`."""
    links = {
        b.slug: CitationLinks([s.article.id for s in b.sources], prefix=f"../{b.slug}/sources/") for b in briefings
    }

    def cite(slug: str, citations: Sequence[Citation]) -> Markdown:
        return links[slug](citations)

    template = env.get_template("actor.md.j2")
    chosen = build_profiles(briefings) if profiles is None else profiles
    return {profile.id: template.render(profile=profile, cite=cite) for profile in chosen}


def actor_page_path(actor_id: str) -> PurePosixPath:
    return PurePosixPath("actors") / f"{actor_id}.md"


def actor_page_ids(briefings: Sequence[Briefing]) -> frozenset[str]:
    """Ids of the actors that get a page (for links from the briefings)."""
    return frozenset(a.id for b in briefings for a in b.actors if has_page(a))
