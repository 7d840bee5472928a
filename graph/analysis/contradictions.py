"""Contested positions (supporters and opponents) and contradictions (one actor on both sides of one target).

Imports graph.io.readers (any graph source) and the stance graph.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..io.readers import as_graph
from .stances import SIGNS, net_stances

__all__ = ["Contested", "Citation", "Contradiction", "contested_positions", "contradictions"]


@dataclass(frozen=True)
class Contested:
    target: str
    supporters: tuple[str, ...]
    opponents: tuple[str, ...]


@dataclass(frozen=True)
class Citation:
    article: str
    relation: str
    evidence: str
    start: int


@dataclass(frozen=True)
class Contradiction:
    """One actor on both sides of one target."""

    actor: str
    target: str
    support: tuple[Citation, ...]
    opposition: tuple[Citation, ...]
    within_article: bool  # some single article holds both sides; else the switch is across articles


def contested_positions(source) -> tuple[Contested, ...]:
    """Targets with at least one supporter and one opponent (each actor counted by its net stance)."""
    G = as_graph(source)
    sides: dict[str, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    for (actor, target), sign in net_stances(G).items():
        sides[target][0 if sign > 0 else 1].append(actor)
    found = [Contested(t, tuple(s), tuple(o)) for t, (s, o) in sides.items() if s and o]
    found.sort(key=lambda c: (-min(len(c.supporters), len(c.opponents)),
                              -(len(c.supporters) + len(c.opponents)), c.target))
    return tuple(found)


def contradictions(source) -> tuple[Contradiction, ...]:
    """Actors that both support and oppose (or warn about) one target, in one article or across several."""
    G = as_graph(source)
    cites: dict[tuple[str, str], tuple[list[Citation], list[Citation]]] = defaultdict(lambda: ([], []))
    for u, v, d in G.edges(data=True):
        if d.get("relation") in SIGNS:
            cite = Citation(str(d.get("article", "")), d["relation"], str(d.get("evidence", "")),
                            int(d.get("evidence_start", 0)))
            cites[(u, v)][0 if SIGNS[d["relation"]] > 0 else 1].append(cite)
    found = []
    for (actor, target), (pro, con) in sorted(cites.items()):
        if pro and con:
            within = bool({c.article for c in pro} & {c.article for c in con})
            found.append(Contradiction(actor, target, tuple(sorted(set(pro), key=_cite_order)),
                                       tuple(sorted(set(con), key=_cite_order)), within))
    return tuple(found)


def _cite_order(c: Citation):
    return (c.article, c.start, c.relation, c.evidence)
