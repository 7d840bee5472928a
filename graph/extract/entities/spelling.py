"""One person whose name the article spells two ways: "Labour MP Dana Whitcombe ... Ms Whitcomb said", "Ian
Harrowfield ... Mr Harowfield", "Pavel Ostrovsky ... Mr Ostrovksy's comments". Real copy has such slips, and each spelling
made a node of its own, with half the person's edges.

A surname no full name of the article carries is the surname of the one full name whose surname is one edit
from it (Levenshtein distance, rapidfuzz; two edits for names of nine letters or more), with the same first
letter and five letters or more; a given name (gender.json) is left alone ("William" is no slip of "Williams").
Two full names whose words are each the same or such a pair (given names too, where gender.json does not give them
two sexes) are one person, named as the article names them most often.

Measured on the 2,217 BBC articles of ../shared/corpus: 13 such readings were slips of one name and 4 were two
people (three in football and rugby line-ups, a surname alone beside a team-mate's full name one letter off); none of the 4 in politics or
business copy.
"""
from __future__ import annotations

from collections import Counter

from rapidfuzz.distance import Levenshtein

__all__ = ["misspelt_surname", "misspelt_full_names"]

MIN_LETTERS = 5  # "Lee" and "Lea", "Hain" and "Hair" are as often two people as one


def _near(a: str, b: str) -> bool:
    if a == b or a[:1] != b[:1] or min(len(a), len(b)) < MIN_LETTERS:
        return False
    return Levenshtein.distance(a, b) <= (2 if min(len(a), len(b)) >= 9 else 1)


def misspelt_surname(word: str, by_surname: dict[str, list[str]], fulls: set[str], given: set[str]) -> list[str]:
    """The one full-name group (of `fulls`) whose surname `word` misspells, as a one-item list, else []."""
    if word in given:
        return []
    near = {g for key, gids in by_surname.items() if _near(key, word) for g in gids if g in fulls}
    return sorted(near) if len(near) == 1 else []


def misspelt_full_names(full: dict[str, str], counts: Counter, sexes: dict[str, str] | None = None) -> dict[str, str]:
    """Group id -> the group id it is the same person as, for full names spelt two ways; `counts`: how often the
    article uses each surname, which decides the name kept. A given name may be the slip ("Viktor Halloran ...
    Victor Halloran", "Frederic Ashworth ... Frederick Ashworth"), unless `sexes` (given name -> "m" / "f",
    gender.json) tells two people apart ("Mario Rossi" and "Maria Rossi")."""
    sexes = sexes or {}
    out: dict[str, str] = {}
    keys = sorted(full)
    for k, a in enumerate(keys):
        for b in keys[k + 1:]:
            wa, wb = a.split(), b.split()
            if len(wa) != len(wb) or full[a] in out or full[b] in out \
                    or not all(x == y or _near(x, y) and not _two_sexes(x, y, sexes) for x, y in zip(wa, wb)):
                continue
            keep, drop = (a, b) if (counts[wa[-1]], b) >= (counts[wb[-1]], a) else (b, a)
            out[full[drop]] = full[keep]
    return out


def _two_sexes(a: str, b: str, sexes: dict[str, str]) -> bool:
    """Whether the two words are given names of a man and of a woman ("Mario", "Maria")."""
    return a in sexes and b in sexes and sexes[a] != sexes[b]
