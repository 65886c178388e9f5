"""How merging a story's actors grows with the number of people in it (issue 22: a merge that scales).

    python benchmarks/merge_scale.py 250 500 1000 2000        # people per story; three mentions and a role each
    python benchmarks/merge_scale.py 1000 --digest            # also a digest of the result, to compare two versions

A story of many articles names many people: each here is mentioned three times (full name, surname, full name with
a role that may name another person: "adviser to Jane Roe", "Acme CEO"), with organisations among them, the way
news copy does. The mentions are made deterministically from the size, so two versions of the code can be timed,
and their results compared, on the same input. Prints the seconds `merge_actors` takes per size (best of three).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.extract.actors import ActorMention
from generator.merge.actors import merge_actors
from generator.model import ActorKind, Citation

FIRST = [
    "Ann",
    "Ben",
    "Cal",
    "Dee",
    "Eli",
    "Fay",
    "Gus",
    "Hal",
    "Ivy",
    "Jon",
    "Kim",
    "Lou",
    "Max",
    "Ned",
    "Ola",
    "Pat",
    "Quin",
    "Rae",
    "Sam",
    "Tia",
    "Uma",
    "Val",
    "Wes",
    "Xan",
    "Yul",
    "Zoe",
]
ROLES = ["minister", "adviser to {other}", "{org} CEO", "spokesman for {org}", "lawyer for {other}", "senator"]


def mentions(people: int) -> list[ActorMention]:
    """Three mentions per person and one per organisation, from a seeded generator."""
    rng = random.Random(people)  # noqa: S311 - a fixed input, not a secret
    names = []
    for i in range(people):
        last = "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(3)).capitalize() + str(i % 7)
        names.append((rng.choice(FIRST), last.rstrip("0123456789")))
    orgs = [f"{rng.choice(FIRST)}corp Holdings" for _ in range(max(1, people // 10))]
    found: list[ActorMention] = []
    for i, (first, last) in enumerate(names):
        article, sentence = f"a{i // 20:04d}", 1 + i % 20
        other = " ".join(names[rng.randrange(people)])
        role = rng.choice(ROLES).format(other=other, org=rng.choice(orgs))
        for n, (name, with_role) in enumerate(((f"{first} {last}", True), (last, False), (f"{first} {last}", False))):
            citation = Citation(article, sentence + n, f"{name} said so.")
            found.append(
                ActorMention(name=name, kind=ActorKind.PERSON, role=role if with_role else None, citation=citation)
            )
    for j, org in enumerate(orgs):
        found.append(ActorMention(name=org, kind=ActorKind.ORGANIZATION, citation=Citation(f"o{j}", 1, org)))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", type=int, nargs="+")
    parser.add_argument("--digest", action="store_true", help="print a digest of each merged result")
    args = parser.parse_args()
    for size in args.sizes:
        found = mentions(size)
        times = []
        for _ in range(3):
            start = time.perf_counter()
            actors = merge_actors(found)
            times.append(time.perf_counter() - start)
        digest = hashlib.sha1(repr(actors).encode()).hexdigest()[:12] if args.digest else ""  # noqa: S324
        print(f"{size:6d} people  {len(found):6d} mentions  {min(times):8.3f} s  {len(actors):6d} actors  {digest}")


if __name__ == "__main__":
    main()
