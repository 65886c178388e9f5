"""Who a story names only in passing: they leave the Key actors table for a line of their own under it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from generator.model import Actor, ActorKind

if TYPE_CHECKING:
    from generator.extract.actors import ActorMention

KEY_PEOPLE = 12
"""A story with more people than this names some only in passing ("comparisons to Salinger and Joyce", "clients
such as A, B and C"): they leave the Key actors table for a line of their own."""


def named_in_passing(actors: list[Actor]) -> list[Actor]:
    """Mark who a story names only in passing.

    In a story of many people, who is named once, after the opening sentences, never as a subject, with no role
    and no words of their own; in any story, its reporters. (Who is named only as an example is marked as the
    actor is made, `only_an_example`; anyone given words of their own leaves the line again in `attach_quotes`.)
    """
    many = sum(a.kind is ActorKind.PERSON for a in actors) > KEY_PEOPLE
    return [
        replace(a, in_passing=True) if (many and _only_in_passing(a)) or _reports_the_story(a) else a for a in actors
    ]


def only_an_example(kind: ActorKind, roles: Sequence[str], mentions: Sequence[ActorMention]) -> bool:
    """Named only as an example ("clients such as A and B", `ActorMention.is_example`), with no role."""
    return kind is ActorKind.PERSON and not roles and all(m.is_example for m in mentions)


def _reports_the_story(actor: Actor) -> bool:
    """A reporter or correspondent named for reporting it ("told VOA's Pentagon correspondent Jane Roe").

    Every role a newsroom's, named at most twice, with no words of their own: they report the story, not act in it.
    """
    return (
        actor.kind is ActorKind.PERSON
        and bool(actor.roles)
        and all(r.lower().split()[-1] in _NEWSROOM_ROLES for r in actor.roles if r.split())
        and actor.mentions <= 2
        and not actor.quotes
    )


_NEWSROOM_ROLES = frozenset({"reporter", "correspondent", "stringer"})
"""Not "producer": a film's or a record's producer is as often an actor of the story as a newsroom's."""


def _only_in_passing(actor: Actor) -> bool:
    # one mention: salience is 1 + 0.5 as a subject + 2 / the sentence it is first named in (1.5 = fourth sentence)
    return (
        actor.kind is ActorKind.PERSON
        and actor.mentions == 1
        and not actor.roles
        and not actor.quotes
        and actor.salience < 1.5
    )
