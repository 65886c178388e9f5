"""Merge a story's actor mentions into actors: by name and alias, single names by the full name they shorten.

Two spellings of a name that differ only by accents are one actor unless what the articles say about them
conflicts (`generator.names`). Then each actor gets its dated roles, the statements attributed to it, and the
actor a metonym stands for ("Kremlin" for "Russia").
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from generator.extract.actors import ActorMention
from generator.extract.name_cues import METONYMS, NAME_PARTICLES, ORGANIZATION_SUFFIXES, STREET_WORDS
from generator.extract.quotes import QuoteMention
from generator.merge.passing import named_in_passing, only_an_example
from generator.merge.spelling import spelling_variants
from generator.model import Actor, ActorKind, DatedRole, Quote
from generator.names import (
    EditorNames,
    Variant,
    cluster_variants,
    name_key,
    roles_conflict,
    slugify,
    spelling_key,
    unique_ids,
)

KIND_ORDER = (ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.PLACE)
QUOTE_WEIGHT = 0.5


@dataclass(slots=True)
class _Group:
    key: str
    mentions: list[ActorMention]
    parted: bool = False
    """Split off from the first group of its name (`_split_spellings`): an editor's alias of the name is not its."""


def merge_actors(mentions: Sequence[ActorMention], *, aliases: dict[str, str] | None = None) -> tuple[Actor, ...]:
    """Group mentions into actors: full names by key, single names by the full name they shorten.

    `aliases` maps a name, as the editor wrote it, to a canonical name (from seeds/actors.yml and story.yml).
    """
    editor = EditorNames.of(aliases or {})
    ordered = sorted(mentions, key=lambda m: (m.citation.article, m.citation.sentence, m.name))
    groups: dict[str, _Group] = {}

    def key_of(name: str) -> str:
        canonical = editor.canonical(name)
        return name_key(canonical if canonical is not None else name)

    full_names = [m for m in ordered if m.kind is ActorKind.PERSON and len(m.name.split()) > 1]
    for mention in full_names:
        groups.setdefault(key_of(mention.name), _Group(key_of(mention.name), [])).mentions.append(mention)
    spelled_apart = _split_spellings(groups, editor)
    _merge_middle_names(groups)
    _merge_name_variants(groups)
    named = {
        k: (Counter(m.name for m in g.mentions).most_common(1)[0][0], _roles(g.mentions)) for k, g in groups.items()
    }
    for kept, folded in spelling_variants(named):  # "Karen Wolff" / "Karen Wolfe", the same spokeswoman
        groups[kept].mentions.extend(groups.pop(folded).mentions)
    by_token: dict[str, set[str]] = defaultdict(set)
    by_sound: dict[str, set[str]] = defaultdict(set)
    spellings: dict[str, set[str]] = defaultdict(set)
    articles: dict[str, set[str]] = defaultdict(set)
    """The articles each group's mentions come from, kept up to date as mentions join."""
    for key, group in groups.items():
        articles[key].update(m.citation.article for m in group.mentions)
        for mention in group.mentions:
            words = mention.name.replace("-", " ").split()
            for word in (words[0], words[-1]):
                by_token[name_key(word)].add(key)
                by_sound[_transliteration_key(word)].add(key)
                spellings[key].add(spelling_key(word))

    def person_group(name: str, article: str) -> str | None:
        candidates = sorted(by_token.get(name_key(name), set()))
        if not candidates and len(found := by_sound.get(_transliteration_key(name), set())) == 1:
            candidates = sorted(found)  # "Zelenskyy" for "Volodymyr Zelensky": one spelling of one name
        if not candidates:
            return None
        # Prefer the full name used in the same article, then the one spelt the same ("Álvarez" is not
        # "Alvarez" when both are named), then the most mentioned one.
        return max(
            candidates,
            key=lambda k: (
                article in articles[k],
                spelling_key(name) in spellings[k],
                len(groups[k].mentions),
                k,
            ),
        )

    for mention in ordered:
        if mention.kind is ActorKind.PERSON and len(mention.name.split()) > 1:
            continue  # already grouped above
        target = None
        if mention.kind is ActorKind.PERSON or len(mention.name.split()) == 1:
            target = person_group(mention.name, mention.citation.article)
            if target is None and mention.parts:
                parts = [person_group(p, mention.citation.article) for p in mention.parts]
                if all(parts):
                    for part, part_key in zip(mention.parts, parts, strict=True):
                        assert part_key is not None  # noqa: S101 - checked by all()
                        groups[part_key].mentions.append(_as_part(mention, part))
                        articles[part_key].add(mention.citation.article)
                    continue
        key = target or spelled_apart.get(spelling_key(mention.name)) or key_of(mention.name)
        groups.setdefault(key, _Group(key, [])).mentions.append(mention)
        articles[key].add(mention.citation.article)
    _merge_short_forms(groups)
    actors = [_actor(group, editor) for group in groups.values()]
    references = [all(m.is_reference for m in g.mentions) for g in groups.values()]
    actors = named_in_passing(unique_ids(_correct_kinds(actors, references)))
    return tuple(sorted(actors, key=lambda a: (KIND_ORDER.index(a.kind), -a.salience, a.name)))


_CLAIMED = ("",)
"""The key of the variant that stands for the spellings an editor's alias gives."""


def _split_spellings(groups: dict[str, _Group], editor: EditorNames) -> dict[str, str]:
    """Part the spellings of a full name that differ only by accents when their roles conflict.

    "José Álvarez, the mayor of Seville" and "Jose Alvarez, a Texas rancher" share a name key, but not a person.
    The spellings an editor's aliases give stay together (the editor decides); their accent variants are
    suggestions like any other. Returns the group key of each spelling of a name that was parted.
    """
    parted: dict[str, str] = {}
    for key, group in list(groups.items()):
        by_spelling: dict[str, list[ActorMention]] = defaultdict(list)
        for mention in group.mentions:
            by_spelling[spelling_key(mention.name)].append(mention)
        claimed = [s for s in by_spelling if s in editor.exact]
        variants = [Variant(key=(s,), roles=_roles(ms)) for s, ms in by_spelling.items() if s not in claimed]
        if claimed:  # the editor's spellings are one variant, which sorts first so that its group keeps the key
            variants.append(Variant(key=_CLAIMED, roles=_roles(m for s in claimed for m in by_spelling[s])))
        if len(variants) < 2 or len(people := cluster_variants(variants)) < 2:
            continue
        del groups[key]
        for number, person in enumerate(people):
            person_key = key if number == 0 else f"{key}#{number + 1}"  # '#' is in no name key
            names = {s for v in person for s in (claimed if v.key == _CLAIMED else [str(v.key[0])])}
            mentions = [m for m in group.mentions if spelling_key(m.name) in names]
            groups[person_key] = _Group(person_key, mentions, parted=number > 0)
            parted |= dict.fromkeys(names, person_key)
    return parted


def _most_written(mentions: Sequence[ActorMention]) -> str:
    """The name as the mentions write it most often (the first such, on a tie)."""
    return Counter(m.name for m in mentions).most_common(1)[0][0]


def _roles(mentions: Iterable[ActorMention]) -> frozenset[str]:
    """The roles the mentions give (the evidence for telling two people of one name apart)."""
    return frozenset(m.role for m in mentions if m.role)


def _correct_kinds(actors: list[Actor], references: Sequence[bool]) -> list[Actor]:
    """Fix what the NER gets wrong about people, using evidence from the whole story.

    A name that opens another person's title ("Northrop Grumman CEO Ron Sugar") is an organisation, unless the
    title serves a person ("Roe attorney John Doe") and the story gives the name a role of its own; a person named
    only inside other people's roles ("adviser to Bill and Hillary Clinton", "Jane Roe's attorney") is named in
    passing, not an actor of the story; a one-word "person" with no full name and no role anywhere in the story
    ("Toulouse") is too unsure to list; nor is a person named only for a work or a part (`references`, parallel
    to `actors`: every mention of the actor `is_reference`).
    """
    roles_with = _roles_by_word([r for a in actors for r in a.roles])
    corrected = []
    for actor, reference in zip(actors, references, strict=True):
        if actor.kind is ActorKind.PERSON:
            names = (actor.name, *actor.aliases)
            uses = [
                (n, r) for n in names for r in roles_with(n) if r not in actor.roles and _named_in(n, r) is not None
            ]
            titles = [r for n, r in uses if _named_in(n, r) == "title"]
            if any(not _serves_a_person(r) or not actor.roles for r in titles):
                actor = replace(actor, kind=ActorKind.ORGANIZATION, in_passing=False)
            elif _in_passing(actor, [r for _, r in uses]) or (
                all(len(n.split()) == 1 for n in names) and not actor.roles
            ):
                continue
            elif reference and not actor.roles:
                continue  # "a Mark Rothko retrospective", "her performance as Judy Garland": a work, a character
        corrected.append(actor)
    return corrected


_WORD = re.compile(r"\w+")


def _roles_by_word(roles: list[str]) -> Callable[[str], list[str]]:
    """The roles that can hold a name: those with its last word among theirs (`_named_in` needs the whole name).

    Looking roles up by word keeps a story of thousands of people from testing every name against every role.
    """
    unique = list(dict.fromkeys(roles))
    index: dict[str, list[str]] = defaultdict(list)
    for role in unique:
        for word in dict.fromkeys(_WORD.findall(role)):
            index[word].append(role)

    def roles_with(name: str) -> list[str]:
        words = _WORD.findall(name)
        return index.get(words[-1], []) if words else unique

    return roles_with


def _in_passing(actor: Actor, roles: list[str]) -> bool:
    """Every sentence that names the actor names it inside one of these roles of other people."""
    return bool(roles) and all(any(r in c.text for r in roles) for c in actor.citations)


_SERVICE_TITLES = frozenset(
    {"attorney", "lawyer", "counsel", "aide", "adviser", "advisor", "assistant", "spokesman", "spokeswoman"}
)
"""Titles held for a client as often as for an organisation: "Roe attorney" can name a person's lawyer."""


def _serves_a_person(role: str) -> bool:
    return role.split()[-1].lower() in _SERVICE_TITLES


def _named_in(name: str, role: str) -> str | None:
    """How a role uses a name: "title" or "person", or None if the name is not in it.

    "title" when the name opens the title ("Boeing CEO"); "person" when the name is the role's owner or object
    ("Jane Roe's attorney", "adviser to Bill and Hillary Clinton").
    """
    match = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", role)
    if match is None:
        return None
    following = role[match.end() :].split(maxsplit=1)
    rest = role[match.end() :]
    if rest[:1] in {"'", "’"} or not following or following[0].lower() in {"and", "or", "&"}:
        return "person"
    if rest[:1] != " ":
        return None
    opens = not role[: match.start()].strip(" -").lower().removesuffix("then")
    return "title" if opens else "person"  # "adviser to Jane Roe in Ohio": the object, not the title


def _merge_middle_names(groups: dict[str, _Group]) -> None:
    """ "Jose Cordova" is "Jose Angel Cordova" when he is the only person of that first and last name.

    Spelt with other accents ("José Ángel Córdova"), he is only when their roles do not conflict.
    """
    ends = {
        k: {(name_key(w[0]), name_key(w[-1])) for m in g.mentions if len(w := m.name.split()) > 2}
        for k, g in groups.items()
    }
    spelt = {
        k: {(spelling_key(w[0]), spelling_key(w[-1])) for m in g.mentions if len(w := m.name.split()) > 2}
        for k, g in groups.items()
    }
    with_ends: dict[tuple[str, str], list[str]] = defaultdict(list)  # a first and last name → the groups with them
    for k, pairs in ends.items():
        for pair in pairs:
            with_ends[pair].append(k)
    for key, group in list(groups.items()):
        words = {tuple(m.name.split()) for m in group.mentions}
        if len(words) != 1 or len(short := next(iter(words))) != 2:
            continue
        roles = _roles(group.mentions)
        fits = [
            k
            for k in with_ends.get((name_key(short[0]), name_key(short[1])), [])
            if k != key
            and (
                (spelling_key(short[0]), spelling_key(short[1])) in spelt[k]
                or not roles_conflict(roles, _roles(groups[k].mentions))
            )
        ]
        if len(fits) == 1:
            groups[fits[0]].mentions.extend(group.mentions)
            del groups[key]


def _transliteration_key(word: str) -> str:
    """A name reduced past its transliteration: letters not doubled, "-iy"/"-yy" as "-y" ("Zelenskyy", "Zelensky").

    Short names keep their name key: the fewer the letters, the likelier two names are two people.
    """
    key = name_key(word)
    if len(key) < 6:
        return key
    single = re.sub(r"(.)\1+", r"\1", key)
    return re.sub(r"iy$", "y", single)


_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})


def _merge_name_variants(groups: dict[str, _Group]) -> None:
    """Fold a shorter form of a full name into the one person it names, if nothing said about them conflicts.

    "De Niro" and "El Beblawi" are surnames with a particle ("Robert De Niro", "Hazem el-Beblawi"); "Jane Roe" is
    "Jane Roe Jr." when the story names no other Jane Roe with a suffix; then "Pat Roe" is "Patrick Roe" when he is
    the only Roe whose first name begins so.
    """
    for fuller, keys_of_long, key_of_short in _NAME_VARIANT_PASSES:
        full = {k: {m.name for m in g.mentions} for k, g in groups.items()}
        index: dict[str, list[str]] = defaultdict(list)  # a short form's key → the groups that may fit it
        for k, names in full.items():
            for lookup in dict.fromkeys(x for n in names for x in keys_of_long(n)):
                index[lookup].append(k)
        for key, group in list(groups.items()):
            short = min((m.name for m in group.mentions), key=lambda n: (len(n.split()), n))
            roles = _roles(group.mentions)
            fits = [
                k
                for k in dict.fromkeys(index.get(key_of_short(short), []))
                if k != key
                and k in groups
                and any(fuller(short, n) for n in full[k])
                and not roles_conflict(roles, _roles(groups[k].mentions))
                and not _named_in_a_role(short, groups[k].mentions)
            ]
            if len(fits) == 1:
                groups[fits[0]].mentions.extend(group.mentions)
                del groups[key]


def _named_in_a_role(name: str, mentions: list[ActorMention]) -> bool:
    """The short form is named inside the fuller name's role: someone else.

    "President Donald Trump's eldest son, Donald Trump Jr.": the father is not the son.
    """
    return any(m.role and name in m.role for m in mentions)


def _without_suffix(name: str) -> list[str]:
    """The words of a name without a generational suffix ("Jane Roe Jr." → Jane, Roe)."""
    words = name.split()
    return words[:-1] if len(words) > 2 and words[-1].lower() in _SUFFIXES else words


def _with_particle_or_suffix(short: str, name: str) -> bool:
    """`name` is `short` with a first name before its particle, or with a suffix.

    "Robert De Niro" for "De Niro"; "Jane Roe Jr." for "Jane Roe"; "Donald Trump Jr." for "Trump Jr.".
    """
    words, longer = short.split(), name.split()
    if len(words) < 2:
        return False
    if words[0].lower() in NAME_PARTICLES and len(longer) >= 2:
        return name_key(" ".join(longer[1:])) == name_key(short)  # "El Beblawi", "Hazem el-Beblawi"
    base = _without_suffix(name)
    if len(words) == 2 and words[-1].lower() in _SUFFIXES and longer[-1].lower() == words[-1].lower():
        return len(base) >= 2 and name_key(words[0]) == name_key(base[-1])  # "Trump Jr.", "Donald Trump Jr."
    return len(base) < len(longer) and name_key(" ".join(base)) == name_key(short)


def _with_longer_first_name(short: str, name: str) -> bool:
    """`name` is `short` with the first name it shortens ("Pat Roe" and "Patrick W. Roe Jr.").

    A short form has three to five letters: "Daniel" is a name of its own, not a short "Danielle".
    """
    words, longer = short.split(), _without_suffix(name)
    first, other = words[0].lower(), longer[0].lower()
    return (
        len(words) == 2
        and len(longer) >= 2
        and 3 <= len(first) <= 5
        and first != other
        and other.startswith(first)
        and name_key(words[-1]) == name_key(longer[-1])
    )


def _particle_or_suffix_keys(name: str) -> list[str]:
    """The keys under which `_with_particle_or_suffix` can find `name` (its words after the first; without suffix)."""
    words, base = name.split(), _without_suffix(name)
    return [
        *([name_key(" ".join(words[1:]))] if len(words) >= 2 else []),
        *([name_key(" ".join(base))] if len(base) < len(words) else []),
    ]


def _last_name_key(name: str) -> list[str]:
    """The key under which `_with_longer_first_name` can find `name`: its last word before any suffix."""
    base = _without_suffix(name)
    return [name_key(base[-1])] if len(base) >= 2 else []


_NAME_VARIANT_PASSES: tuple[
    tuple[Callable[[str, str], bool], Callable[[str], list[str]], Callable[[str], str]], ...
] = (
    (_with_particle_or_suffix, _particle_or_suffix_keys, name_key),
    (_with_longer_first_name, _last_name_key, lambda short: name_key(short.split()[-1])),
)
"""Each pass of `_merge_name_variants`: the test of a fuller name, the keys a full name is indexed under, and the
key its short form looks up (every name the test accepts is found under that key; the test still decides)."""


def _merge_short_forms(groups: dict[str, _Group]) -> None:
    """Fold an organisation's acronym ("PAG") or first word ("Penske") into its only fitting full name."""
    # The full names of each group, read once: folding adds only one-word names, so these do not change.
    full = {k: {m.name for m in g.mentions if len(m.name.split()) > 1} for k, g in groups.items()}
    full = {k: names for k, names in full.items() if names}
    by_short: dict[str, list[str]] = defaultdict(list)  # an acronym or a first word → the groups it may stand for
    for k, long_names in full.items():
        for short in dict.fromkeys(x for n in long_names for x in _short_forms_of(n)):
            by_short[short].append(k)
    for key, group in list(groups.items()):
        names = {m.name for m in group.mentions}
        if key not in groups or any(len(n.split()) > 1 for n in names):
            continue
        name = min(names)
        fits = [k for k in by_short.get(name, []) if k != key and any(_is_short_form(name, n) for n in full[k])]
        if len(fits) == 1:
            groups[fits[0]].mentions.extend(group.mentions)
            del groups[key]


def _short_forms_of(full: str) -> list[str]:
    """What `_is_short_form` can accept for `full`: its initials and its first capitalised word."""
    words = [w for w in full.replace("-", " ").split() if w[:1].isupper()]
    return ["".join(w[0] for w in words), *words[:1]] if words else []


@functools.lru_cache(maxsize=1 << 16)
def _is_short_form(short: str, full: str) -> bool:
    words = [w for w in full.replace("-", " ").split() if w[:1].isupper()]
    initials = "".join(w[0] for w in words)
    return (short.isupper() and len(short) >= 2 and short == initials) or (len(words) > 1 and short == words[0])


def _as_part(mention: ActorMention, name: str) -> ActorMention:
    return ActorMention(name=name, kind=mention.kind, citation=mention.citation)


def _actor(group: _Group, editor: EditorNames) -> Actor:
    mentions = group.mentions
    kinds = Counter(m.kind for m in mentions)
    kind = max(kinds, key=lambda k: (kinds[k], -KIND_ORDER.index(k)))
    if any(m.name.split()[-1].lower() in ORGANIZATION_SUFFIXES for m in mentions if len(m.name.split()) > 1):
        kind = ActorKind.ORGANIZATION  # "Saturn Corporation": the designator outweighs NER's guesses
    elif any(m.kind is ActorKind.PLACE and m.name.split()[-1].lower() in STREET_WORDS for m in mentions):
        kind = ActorKind.PLACE  # "Miller Drive", later "on Miller": the street, whatever NER made of the short form
    forms = Counter(m.name for m in mentions)
    first_seen: dict[str, int] = {}
    for index, mention in enumerate(mentions):
        first_seen.setdefault(mention.name, index)
    canonical = None if group.parted else editor.canonical(mentions[0].name)
    # a full name before a short form of it however often that is used ("Chris Van Hollen", then "Van Hollen")
    fuller = {f: sum(o != f and len(o.split()) > 1 and f.endswith(f" {o}") for o in forms) for f in forms}
    name = canonical or max(forms, key=lambda f: (len(f.split()) > 1, fuller[f], forms[f], -first_seen[f]))
    roles = Counter(m.role for m in mentions if m.role)
    described = {m.role for m in mentions if m.role and m.is_description} - {
        m.role for m in mentions if m.role and not m.is_description
    }
    role_first: dict[str, int] = {}
    for index, mention in enumerate(mentions):
        if mention.role:
            role_first.setdefault(mention.role, index)
    citations = tuple(sorted({m.citation for m in mentions}))
    first_sentence = min(m.citation.sentence for m in mentions)
    subjects = sum(m.is_subject for m in mentions)
    salience = len(mentions) + 0.5 * subjects + 2.0 / first_sentence
    # A title or apposition at the name outranks a description that was only taken to refer to the person.
    ordered_roles = sorted(roles, key=lambda r: (r in described, -roles[r], -len(r), role_first[r]))
    # "Minister" adds nothing beside "Labour minister": drop a role contained in a longer one.
    distinct = [
        r for r in ordered_roles if not any(r != other and r.lower() in other.lower() for other in ordered_roles)
    ]
    return Actor(
        id=slugify(name),
        name=name,
        kind=kind,
        roles=tuple(distinct),
        aliases=tuple(sorted(f for f in forms if f != name)),
        mentions=len(mentions),
        salience=round(salience, 3),
        citations=citations,
        in_passing=only_an_example(kind, distinct, mentions),  # "clients such as A and B"
    )


def with_dated_roles(
    actors: Sequence[Actor], mentions: Sequence[ActorMention], published: dict[str, date | None], editor: EditorNames
) -> tuple[Actor, ...]:
    """Each actor with each of its roles and the first and last publication date that used it, newest first.

    A mention counts for an actor when spelt as one of its names, or when the editor's name for it is one:
    "Jose Alvarez" is not the actor "José Álvarez" was kept apart from. Mentions are looked up by that spelling,
    so a story of thousands of actors and mentions does not compare every pair.
    """
    by_spelling: dict[str, list[ActorMention]] = {}
    for mention in mentions:
        if mention.role:
            keys = {spelling_key(mention.name), spelling_key(editor.canonical(mention.name) or "")}
            for key in keys:
                by_spelling.setdefault(key, []).append(mention)
    return tuple(_with_dated_roles(actor, by_spelling, published) for actor in actors)


def _with_dated_roles(
    actor: Actor, by_spelling: dict[str, list[ActorMention]], published: dict[str, date | None]
) -> Actor:
    names = {spelling_key(n) for n in (actor.name, *actor.aliases)}
    found = {id(m): m for key in names for m in by_spelling.get(key, [])}
    spans: dict[str, list[date]] = {}
    for mention in sorted(found.values(), key=lambda m: m.citation):
        if mention.role not in actor.roles:
            continue
        day = published.get(mention.citation.article)
        spans.setdefault(mention.role, [])
        if day is not None:
            spans[mention.role].append(day)
    dated = [DatedRole(text=r, first=min(d) if d else None, last=max(d) if d else None) for r, d in spans.items()]
    dated.sort(key=lambda r: (-(r.last or date.min).toordinal(), actor.roles.index(r.text)))
    return replace(actor, dated_roles=tuple(dated))


def attach_quotes(actors: Sequence[Actor], quotes: Sequence[QuoteMention]) -> tuple[Actor, ...]:
    """Give each person the statements attributed to one of their names (a surname finds the full name)."""
    people = [a for a in actors if a.kind is ActorKind.PERSON]
    speakers = _speaker_index(people)
    found: dict[str, list[Quote]] = {}
    for quote in quotes:
        speaker = _speaker(quote.speaker, speakers)
        if speaker is not None:
            found.setdefault(speaker.id, []).append(
                Quote(text=quote.text, is_direct=quote.is_direct, citation=quote.citation)
            )
    return tuple(_with_quotes(a, found.get(a.id, [])) for a in actors)


def _with_quotes(actor: Actor, quotes: list[Quote]) -> Actor:
    """The actor with their statements; someone who speaks in the story is never named only in passing."""
    in_passing = actor.in_passing and not quotes
    return replace(actor, quotes=tuple(sorted(quotes, key=lambda q: q.citation)), in_passing=in_passing)


def _speaker_index(people: Sequence[Actor]) -> tuple[dict[str, Actor], dict[str, Actor]]:
    """Each person's names, aliases and their single words, by spelling key and by name key; the first person wins."""
    index: tuple[dict[str, Actor], dict[str, Actor]] = ({}, {})
    for table, key_of in zip(index, (spelling_key, name_key), strict=True):
        for person in people:
            names = (person.name, *person.aliases)
            for name in (*names, *(w for n in names for w in n.replace("-", " ").split())):
                table.setdefault(key_of(name), person)
    return index


def _speaker(name: str, index: tuple[dict[str, Actor], dict[str, Actor]]) -> Actor | None:
    """The first person with `name` as a name or a first or last name: spelt the same, else but for accents."""
    return index[0].get(spelling_key(name)) or index[1].get(name_key(name))


def link_metonyms(actors: Sequence[Actor]) -> tuple[Actor, ...]:
    """ "Kremlin" stays an actor but points at "Russia" when the story names Russia too."""
    ids = {name_key(a.name): a.id for a in actors}
    return tuple(
        replace(a, stands_for=ids.get(name_key(METONYMS[a.name]))) if a.name in METONYMS else a for a in actors
    )


def actor_index(actors: Sequence[Actor]) -> dict[str, str]:
    """Spelling key, then name key, of every name and alias → actor id (see `find_actor`)."""
    index: dict[str, str] = {}
    for key_of in (spelling_key, name_key):
        for actor in actors:
            for name in (actor.name, *actor.aliases):
                index.setdefault(key_of(name), actor.id)
    return index


def find_actor(index: dict[str, str], name: str) -> str | None:
    """The id of the actor spelt `name`, else of the one whose name differs only by accents."""
    return index.get(spelling_key(name)) or index.get(name_key(name))
