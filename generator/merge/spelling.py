"""One person spelt two ways across outlets: "Karen Wolff" and "Karen Wolfe", the sheriff's spokeswoman in both.

Spelling alone never merges two names (two people may share a first name and nearly a surname): the surnames
must be one letter apart (a letter changed, added or dropped), the first names the same, and what the articles say
the two do must agree: their roles share at least two words ("Sheriff's spokeswoman", "spokeswoman for the
sheriff's office"). A name whose groups' roles are unknown stays apart.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping

MIN_SURNAME = 4
"""Shorter surnames are too often different names one letter apart ("Lee" and "Lew")."""
SHARED_ROLE_WORDS = 2
_WORD = re.compile(r"[a-z]+")
_STOP = frozenset({"the", "of", "for", "a", "an", "and", "at", "in", "to", "on", "with", "s"})


def spelling_variants(groups: Mapping[str, tuple[str, Iterable[str]]]) -> list[tuple[str, str]]:
    """Pairs (kept, folded) of group keys whose names are one person spelt two ways.

    `groups` maps each group's key to its name (as written most often) and the roles its mentions give. The group
    with more roles (then the earlier key) is kept; a group pairs with at most one other.
    """
    named = {key: (_words(name), frozenset(roles)) for key, (name, roles) in groups.items()}
    by_first: dict[tuple[str, int], list[str]] = defaultdict(list)
    for key in sorted(named):
        words = named[key][0]
        if len(words) >= 2 and len(words[-1]) >= MIN_SURNAME:
            by_first[(words[0], len(words))].append(key)
    pairs: list[tuple[str, str]] = []
    taken: set[str] = set()
    for keys in by_first.values():
        for index, first in enumerate(keys):
            for second in keys[index + 1 :]:
                (words_a, roles_a), (words_b, roles_b) = named[first], named[second]
                if first in taken or second in taken or words_a[:-1] != words_b[:-1]:
                    continue
                if not _one_letter_apart(words_a[-1], words_b[-1]):
                    continue
                if len(_role_words(roles_a) & _role_words(roles_b)) < SHARED_ROLE_WORDS:
                    continue
                kept, folded = sorted((first, second), key=lambda k: (-len(named[k][1]), k))
                pairs.append((kept, folded))
                taken |= {first, second}
    return pairs


def _words(text: str) -> list[str]:
    """Lower-case words without accents or possessive endings."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return _WORD.findall(folded.replace("'s", "").replace("’s", ""))


def _role_words(roles: Iterable[str]) -> frozenset[str]:
    return frozenset(w for r in roles for w in _words(r.replace("’", "'")) if w not in _STOP)


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter changed, added or dropped ("wolff"/"wolfe", "stephens"/"stevens" is two)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
