"""Aligning the entities of two versions: same id, then same name, then same role.

Entities are aligned by identity, not by string: ids are slugs of labels, so "Ruiz" and
"Ana Ruiz" get different ids and are matched by name (a shared alias, a compatible surname);
a corrected name ("Tom Lund" -> "Ann Moss") is matched by role, when the entity left behind
and the one that arrived make the same claims.

Imports graph.model only.
"""
from __future__ import annotations

import re
from collections import defaultdict

from ..model import ArticleGraph, Entity

__all__ = ["ROLE_MIN_SHARED", "ROLE_MIN_JACCARD", "norm", "align"]

# role matching: a removed and an added entity whose claims overlap this much are one entity renamed
ROLE_MIN_SHARED = 2
ROLE_MIN_JACCARD = 0.5

_PUNCT = re.compile(r"[\"'“”‘’`.,()]+")


def norm(name: str) -> str:
    return " ".join(_PUNCT.sub(" ", name.lower()).split())


def _names(e: Entity) -> set[str]:
    return {norm(n) for n in (e.label, *e.aliases)} - {""}


def _name_score(a: Entity, b: Entity) -> float:
    if a.type != b.type:
        # a changed type is believable only for the very same name
        return 0.7 if norm(a.label) == norm(b.label) else 0.0
    if _names(a) & _names(b):
        return 1.0
    if a.type == "person":
        wa, wb = norm(a.label).split(), norm(b.label).split()
        if wa and wb and wa[-1] == wb[-1]:
            fa, fb = wa[:-1], wb[:-1]
            shorter, longer = sorted((fa, fb), key=len)
            if longer[len(longer) - len(shorter):] == shorter or not shorter:
                return 0.9
        return 0.0
    ta = {w for n in _names(a) for w in n.split()}
    tb = {w for n in _names(b) for w in n.split()}
    jaccard = len(ta & tb) / len(ta | tb) if ta | tb else 0.0
    return 0.8 * jaccard if jaccard >= 0.6 else 0.0


def _greedy(pairs: list[tuple[float, str, str]], mapping: dict[str, str], basis: dict[str, str], how: str) -> None:
    # ties broken by the unordered pair, so aligning B to A gives the mirror of aligning A to B
    taken = set(mapping.values())
    for score, a, b in sorted(pairs, key=lambda p: (-p[0], min(p[1], p[2]), max(p[1], p[2]))):
        if a not in mapping and b not in taken:
            mapping[a] = b
            taken.add(b)
            basis[a] = how


def _neighbourhood(graph: ArticleGraph, ref) -> dict[str, set]:
    out: dict[str, set] = defaultdict(set)
    for s in graph.statements:
        out[s.subject].add(("out", s.relation, ref(s.object)))
        out[s.object].add(("in", s.relation, ref(s.subject)))
    return out


def align(old: ArticleGraph, new: ArticleGraph) -> tuple[dict[str, str], dict[str, str]]:
    """Map old entity ids to new ones: {old id: new id}, and how each pair was matched."""
    old_e = {e.id: e for e in old.entities}
    new_e = {e.id: e for e in new.entities}
    mapping = {i: i for i in old_e if i in new_e}
    basis = {i: "id" for i in mapping}
    left = [old_e[i] for i in old_e if i not in mapping]
    right = [new_e[i] for i in new_e if i not in old_e]
    # every pair that can score shares a name word: compare only those, not all left x right
    by_word: dict[str, list[Entity]] = defaultdict(list)
    for b in right:
        for w in {w for n in _names(b) for w in n.split()}:
            by_word[w].append(b)
    pairs = []
    for a in left:
        candidates = {b.id: b for w in {w for n in _names(a) for w in n.split()} for b in by_word.get(w, ())}
        pairs += [(sc, a.id, b.id) for b in candidates.values() if (sc := _name_score(a, b)) > 0]
    _greedy(pairs, mapping, basis, "name")
    # what is still unmatched may be a corrected name: the same claims under another name
    inverse = {b: a for a, b in mapping.items()}
    left = [e for e in left if e.id not in mapping]
    right = [e for e in right if e.id not in inverse]
    if not left or not right:
        return mapping, basis
    n_old = _neighbourhood(old, lambda i: (i, mapping.get(i)))
    n_new = _neighbourhood(new, lambda i: (inverse.get(i), i))
    claims_new = {b.id: {x for x in n_new.get(b.id, ()) if None not in x[2]} for b in right}
    by_claim: dict[tuple, list[Entity]] = defaultdict(list)
    for b in right:
        for x in claims_new[b.id]:
            by_claim[x].append(b)
    pairs = []
    for a in left:
        na = {x for x in n_old.get(a.id, ()) if None not in x[2]}
        for b in {b.id: b for x in na for b in by_claim.get(x, ())}.values():
            nb = claims_new[b.id]
            shared = len(na & nb)
            if a.type == b.type and shared >= ROLE_MIN_SHARED and shared / len(na | nb) >= ROLE_MIN_JACCARD:
                pairs.append((shared / len(na | nb), a.id, b.id))
    _greedy(pairs, mapping, basis, "role")
    return mapping, basis
