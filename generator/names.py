"""Who is the same actor: names reduced for comparison, accent variants, and ids that stay unique.

"José Álvarez" and "Jose Alvarez" reduce to one name key (`name_key` folds accents away) but not to one spelling
key. The folded match is a suggestion, not proof: two spellings of a name are one actor only when nothing the
articles say about them conflicts. Merge (within a story) and the actor pages (across stories) both decide with
`cluster_variants`; `number_ids` then gives people who share a folded name ids that differ ("jose-alvarez",
"jose-alvarez-2").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace

from generator.model import Actor, Citation

MIDDLE_INITIAL = re.compile(r"(?<=\w) [A-Z]\.(?= \w)")
"""A middle initial inside a name ("Michael M. Sears"): compared names leave it out."""


@functools.lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """A name reduced for comparison: "Kim Jong-Un"/"Kim Jong Un" and "Michael M. Sears"/"Michael Sears" match."""
    name = MIDDLE_INITIAL.sub("", name)
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]", "", folded.removeprefix("the "))


@functools.lru_cache(maxsize=1 << 16)
def spelling_key(name: str, *, initials: bool = False) -> str:
    """A name reduced like `name_key` but with its accents: "Jose Alvarez" and "José Álvarez" differ.

    With `initials`, a middle initial counts too ("Lena J. Holt" is another spelling of "Lena Holt").
    """
    name = unicodedata.normalize("NFC", name if initials else MIDDLE_INITIAL.sub("", name)).casefold()
    return "".join(c for c in name.removeprefix("the ") if c.isalnum())


MAX_ID = 80
"""Longest base of an actor id: actors/<id>.md stays a short, valid file name however long a name the text gives."""


@functools.lru_cache(maxsize=1 << 16)
def slugify(text: str) -> str:
    """The base of an actor's id and page name: ASCII, lowercase, words joined by "-" ("José Álvarez": jose-alvarez).

    Never `index`, the actors listing's own page ("Index" is `index-actor`), and at most `MAX_ID` characters.
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", folded).strip("-") or "actor"
    if len(slug) > MAX_ID:
        cut = slug[: MAX_ID + 1]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else slug[:MAX_ID]
    return f"{slug}-actor" if slug == "index" else slug


@dataclass(frozen=True, slots=True, kw_only=True)
class Variant:
    """One spelling of a name (accents kept), or those an editor holds together, and what is said of its bearer."""

    key: tuple[str | int, ...]
    """Orders the variants; unique among the variants compared."""
    roles: frozenset[str]
    sources: frozenset[str] = frozenset()
    """Where the variant was found (story slugs): two variants from one source are already known to differ."""


def roles_agree(left: str, right: str) -> bool:
    """The same title, or one inside the other as whole words ("mayor" and "Mayor of Seville")."""
    a, b = left.casefold(), right.casefold()
    return _contains(a, b) or _contains(b, a)


@functools.lru_cache(maxsize=1 << 12)
def _contains(outer: str, inner: str) -> bool:
    """`inner` occurs in `outer` as whole words."""
    return re.search(rf"(?<!\w){re.escape(inner)}(?!\w)", outer) is not None


def roles_conflict(left: frozenset[str], right: frozenset[str]) -> bool:
    """Both sides have roles and none of one side agrees with any of the other."""
    return bool(left) and bool(right) and not any(roles_agree(a, b) for a in left for b in right)


def cluster_variants(variants: Sequence[Variant]) -> list[list[Variant]]:
    """Group the spellings of one folded name into actors, ordered by their first variant.

    A variant joins the one group it does not conflict with (no role at odds, no source in common); a variant
    that fits no group, or could be either of two people, starts its own. Variants with roles are placed first,
    so that the evidence shapes the groups before the spellings that bring none; the result does not depend on
    the order of `variants`.
    """
    groups: list[list[Variant]] = []
    for variant in sorted(variants, key=lambda v: (not v.roles, v.key)):
        fits = [group for group in groups if _fits(variant, group)]
        if len(fits) == 1:
            fits[0].append(variant)
        else:
            groups.append([variant])
    return sorted(groups, key=lambda group: min(v.key for v in group))


def _fits(variant: Variant, group: Sequence[Variant]) -> bool:
    """Nothing known about `variant` conflicts with the group: no story in common, no role at odds."""
    if any(variant.sources & member.sources for member in group):
        return False
    return not roles_conflict(variant.roles, frozenset(r for member in group for r in member.roles))


def number_ids(bases: Sequence[str]) -> list[str]:
    """Unique ids for actors given in order, each by its base id: the first keeps it, the next get "-2", "-3".

    A number never takes an id that some actor has as its base ("Jose Alvarez 2" keeps "jose-alvarez-2").
    """
    taken = set(bases)
    seen: set[str] = set()
    ids = []
    for base in bases:
        if base not in seen:
            seen.add(base)
            ids.append(base)
            continue
        number = 2
        while f"{base}-{number}" in taken:
            number += 1
        taken.add(f"{base}-{number}")
        ids.append(f"{base}-{number}")
    return ids


@dataclass(frozen=True, slots=True)
class EditorNames:
    """The editor's names (seeds/actors.yml, story.yml): each name or alias → the canonical name."""

    exact: dict[str, str]
    """By spelling key: the names as the editor spelt them."""
    folded: dict[str, str]
    """By name key: names that differ from the editor's only by accents, which the editor may not have typed."""

    @classmethod
    def of(cls, aliases: dict[str, str]) -> EditorNames:
        """From alias → canonical name; each canonical name is one of its own names."""
        names = {**{v: v for v in aliases.values()}, **aliases}
        return cls(
            exact={spelling_key(k): v for k, v in names.items()},
            folded={name_key(k): v for k, v in names.items()},
        )

    def canonical(self, name: str) -> str | None:
        """The editor's name for `name`: spelt the same, else the same but for accents."""
        return self.exact.get(spelling_key(name)) or self.folded.get(name_key(name))


def unique_ids(actors: Sequence[Actor]) -> list[Actor]:
    """The actors, in the same order, with ids numbered where they repeat ("jose-alvarez", "jose-alvarez-2").

    The first spelling of the name in code-point order keeps the plain id: "Jose Alvarez" before "José Álvarez".
    """
    order = sorted(range(len(actors)), key=lambda i: _naming_order(actors[i]))
    ids = dict(zip(order, number_ids([actors[i].id for i in order]), strict=True))
    return [a if a.id == ids[i] else replace(a, id=ids[i]) for i, a in enumerate(actors)]


def _naming_order(actor: Actor) -> tuple[str, str, str, tuple[Citation, ...]]:
    """Which of the actors sharing a base id keeps it: the first spelling in code-point order."""
    return (spelling_key(actor.name), actor.name, actor.kind.value, actor.citations)
