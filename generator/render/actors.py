"""Actor pages across stories: `actors/index.md` and one `actors/<id>.md` per person or organisation."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import PurePosixPath

import jinja2

from generator.model import Actor, ActorKind, Briefing, Citation, DatedRole, Quote
from generator.names import MIDDLE_INITIAL, Variant, cluster_variants, number_ids, slugify, spelling_key
from generator.render.markdown import CitationLinks, Markdown, article_origin, strings_of

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


SiteIds = dict[tuple[str, str], str]
"""(story slug, an actor's id in that story) → the actor's id across the site."""


def site_actor_ids(briefings: Iterable[Briefing]) -> SiteIds:
    """One id per actor across the site, shared by every story that names the actor.

    Actors whose names share a slug but for middle initials ("Donald J. Trump", "Donald Trump") are one actor when
    spelt the same (up to case and punctuation), and when spelt with other accents or with and without a middle
    initial only if nothing conflicts (`names.cluster_variants`: their roles, or one story naming both). Two
    different initials ("George W. Bush", "George P. Bush") are two people, and a name without one then joins
    neither. Those that stay apart get numbered ids, the first spelling in code-point order keeping the plain one;
    the ids depend on the stories' content only, not on their order.
    """
    by_slug: dict[str, list[tuple[str, Actor]]] = defaultdict(list)
    for briefing in briefings:
        for actor in briefing.actors:
            by_slug[slugify(MIDDLE_INITIAL.sub("", actor.name))].append((briefing.slug, actor))
    people = sorted(
        (
            (_base(person), first, sorted((slug, actor.id) for slug, actor in person), person)
            for named in by_slug.values()
            for group in _by_initials(named)
            for first, person in _people(group)
        ),
        key=lambda p: (p[0], p[1], p[2]),
    )
    ids: SiteIds = {}
    for (_, _, _, person), new in zip(people, number_ids([p[0] for p in people]), strict=True):
        for slug, actor in person:
            ids[(slug, actor.id)] = new
    return ids


def _by_initials(named: list[tuple[str, Actor]]) -> list[list[tuple[str, Actor]]]:
    """One group, unless the names carry different middle initials.

    Then one group per initials, and each name without one on its own (it could be either).
    """
    initials = {tuple(MIDDLE_INITIAL.findall(actor.name)) for _, actor in named} - {()}
    if len(initials) <= 1:
        return [named]
    groups: dict[tuple[str, ...], list[tuple[str, Actor]]] = defaultdict(list)
    alone = []
    for entry in named:
        found = tuple(MIDDLE_INITIAL.findall(entry[1].name))
        if found:
            groups[found].append(entry)
        else:
            alone.append([entry])
    return [groups[key] for key in sorted(groups)] + alone


_Named = list[tuple[str, Actor]]
"""Actors and the slugs of their stories."""


def _base(person: _Named) -> str:
    """The base of one person's id: the slug of their shortest name ("Donald Trump" beside "Donald J. Trump")."""
    return min((slugify(actor.name) for _, actor in person), key=lambda slug: (len(slug), slug))


def _people(named: _Named) -> list[tuple[tuple[str | int, ...], _Named]]:
    """The actors of one slug grouped by person (see `names.cluster_variants`), each with its first spelling."""
    if len(named) == 1 or (
        len({spelling_key(a.name, initials=True) for _, a in named}) == 1
        and len({slug for slug, _ in named}) == len(named)
    ):
        return [((), named)]  # one spelling, once a story: one actor (the common case, made quick)
    spellings: dict[tuple[str | int, ...], _Named] = {}
    seen: Counter[tuple[str, str]] = Counter()
    for slug, actor in named:
        spelling = spelling_key(actor.name, initials=True)
        # A story's own actors are different actors, whatever their names: number its repeated spellings.
        spellings.setdefault((spelling, seen[(slug, spelling)]), []).append((slug, actor))
        seen[(slug, spelling)] += 1
    variants = [
        Variant(
            key=spelling,
            roles=frozenset(r for _, actor in entries for r in actor.roles),
            sources=frozenset(slug for slug, _ in entries),
        )
        for spelling, entries in spellings.items()
    ]
    return [
        (min(v.key for v in person), [entry for v in person for entry in spellings[v.key]])
        for person in cluster_variants(variants)
    ]


def with_site_ids(briefing: Briefing, ids: SiteIds) -> Briefing:
    """The briefing with its actors' ids (on the actors, their metonyms and its events) as `site_actor_ids` gives."""
    new = {a.id: ids.get((briefing.slug, a.id), a.id) for a in briefing.actors}
    if all(old == site for old, site in new.items()):
        return briefing

    def site(actor_id: str) -> str:
        return new.get(actor_id, actor_id)

    return replace(
        briefing,
        actors=tuple(
            replace(a, id=site(a.id), stands_for=site(a.stands_for) if a.stands_for else None) for a in briefing.actors
        ),
        timeline=tuple(replace(e, actors=tuple(sorted(site(i) for i in e.actors))) for e in briefing.timeline),
    )


def across_site(briefings: Sequence[Briefing]) -> tuple[Briefing, ...]:
    """The briefings with every actor's id across the site (see `site_actor_ids`)."""
    ids = site_actor_ids(briefings)
    return tuple(with_site_ids(b, ids) for b in briefings)


def build_profiles(briefings: Sequence[Briefing]) -> tuple[ActorProfile, ...]:
    """Group every story's actors by id into profiles, sorted by name (ids across the site: `across_site`)."""
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
    strings = strings_of(env)
    links = {
        b.slug: CitationLinks(
            [s.article.id for s in b.sources],
            prefix=f"../{b.slug}/sources/",
            origins={s.article.id: article_origin(s, strings) for s in b.sources},
        )
        for b in briefings
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
