"""What the built graph tells about the rift: camps, central actors, contested positions, contradictions.

Everything reads a built graph (the networkx MultiDiGraph of graph.nodelink, or an ArticleGraph, or
a `.json`/`.ttl` file written by `newsgraph build`); several articles are merged by node id, so a
corpus or the versions of one article are analysed as one graph. No language pipeline runs here.

The camps come from the signed stance graph: `supports` counts +1, `opposes` and `warns` -1. Two
actors with the same stance on a target are allied (+), with opposite stances opposed (-), and a
stance aimed at another actor ("Netanyahu opposes Hamas") relates the two directly. Each connected
group of related actors (a *front*) is split into at most `k` camps so that as many relations as
possible fall the right way (allies inside a camp, opponents across); the balance is the fraction
of relations that do. Small fronts are searched exhaustively; large ones start from the spectral
split (leading eigenvector of the signed adjacency matrix) and improve it by single moves.
"""
from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

import networkx as nx
import numpy as np

from .errors import InputError
from .model import STANCE_RELATIONS, ArticleGraph

__all__ = [
    "SIGNS", "EXACT_LIMIT", "Relation", "Camp", "Camps", "CentralActor", "Contested", "Citation",
    "Contradiction", "Analysis", "read_graph", "merge_graphs", "as_graph", "net_stances",
    "signed_relations", "find_camps", "central_actors", "contested_positions", "contradictions",
    "analyze", "analysis_dict", "format_text", "camp_groups", "render_camps_html",
]

SIGNS = {"supports": 1, "opposes": -1, "warns": -1}
# Beyond this many candidate partitions of one front (k ** (actors - 1)) the search is heuristic:
# 2 ** 16 partitions are scored in well under a second with numpy.
EXACT_LIMIT = 2 ** 16


@dataclass(frozen=True)
class Relation:
    """A signed relation between two actors: `via` is the shared target, "" when one targets the other."""

    a: str
    b: str
    sign: int
    via: str = ""


@dataclass(frozen=True)
class Camp:
    """Actors on one side; camps of the same `front` oppose each other, fronts are unrelated."""

    front: int
    members: tuple[str, ...]  # most connected first
    supports: tuple[str, ...]  # targets the camp backs on balance
    opposes: tuple[str, ...]  # targets the camp opposes or warns about on balance


@dataclass(frozen=True)
class Camps:
    camps: tuple[Camp, ...]
    consistent: int  # relations that fall the right way
    total: int
    frustrated: tuple[Relation, ...]  # the relations that do not: allies split, or opponents together
    method: str  # "exact" when every front was searched exhaustively, else "spectral+local"

    @property
    def balance(self) -> float:
        """Fraction of signed relations consistent with the camps (1.0 when there are none)."""
        return self.consistent / self.total if self.total else 1.0


@dataclass(frozen=True)
class CentralActor:
    id: str
    label: str
    type: str
    degree: int  # distinct neighbours, over every relation
    edges: int  # statements touching the actor
    betweenness: float  # how often the actor lies on shortest paths between others: a broker


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


@dataclass(frozen=True)
class Analysis:
    articles: tuple[str, ...]
    labels: dict  # node id -> label, for every node named in the results
    camps: Camps
    central: tuple[CentralActor, ...]
    contested: tuple[Contested, ...]
    contradictions: tuple[Contradiction, ...]


# --- reading and merging ---------------------------------------------------------------------------
def read_graph(path: str | Path) -> nx.MultiDiGraph:
    """Read a graph written by `newsgraph build`: node-link `.json` or Turtle `.ttl`."""
    path = Path(path)
    if path.suffix not in (".json", ".ttl"):
        raise InputError(f"{path}: cannot analyse a {path.suffix or 'suffix-less'} file; "
                         "give a .json or .ttl graph written by `newsgraph build`")
    if not path.is_file():
        raise InputError(f"{path}: no such file; build it first with `newsgraph build ARTICLE --out DIR`")
    if path.suffix == ".ttl":
        return _read_turtle(path)
    from .nodelink import read_node_link
    try:
        G = read_node_link(path)
    except (ValueError, KeyError, TypeError, nx.NetworkXError) as e:
        raise InputError(f"{path}: is not a node-link graph written by `newsgraph build` ({e})") from None
    if any("relation" not in d for _, _, d in G.edges(data=True)):
        raise InputError(f"{path}: has edges without a relation; give a graph written by `newsgraph build`")
    G.graph.setdefault("article", path.stem)
    for _, _, d in G.edges(data=True):
        d.setdefault("article", G.graph["article"])
    return G


def _read_turtle(path: Path) -> nx.MultiDiGraph:
    from rdflib import Graph
    from rdflib.namespace import RDF

    from .vocab import ID, NG, OA, PREDICATE_RELATIONS, PROV, SCHEMA, SKOS

    R = Graph()
    try:
        R.parse(path, format="turtle")
    except Exception as e:  # rdflib raises parser-specific classes with no common base
        raise InputError(f"{path}: is not valid Turtle ({type(e).__name__}: {str(e).splitlines()[0][:120]})") from None

    def local(iri) -> str:
        return str(iri)[len(str(ID)):] if str(iri).startswith(str(ID)) else str(iri)

    names = {s: str(o) for s, o in R.subject_objects(SCHEMA.name)}
    G = nx.MultiDiGraph(article=next(iter(sorted(names.values())), path.stem))
    for node, kind in sorted(R.subject_objects(NG.nodeType)):
        G.add_node(local(node), type=str(kind), label=str(R.value(node, SKOS.prefLabel) or local(node)),
                   aliases=sorted(str(a) for a in R.objects(node, SKOS.altLabel)))
    statements = sorted(R.subjects(RDF.type, NG.Statement))
    if not statements and not len(G):
        raise InputError(f"{path}: holds no newsgraph nodes or statements; give a .ttl written by `newsgraph build`")
    for i, st in enumerate(statements):
        relation = PREDICATE_RELATIONS.get(str(R.value(st, NG.relation)))
        subj, obj = R.value(st, NG.subject), R.value(st, NG.object)
        if relation is None or subj is None or obj is None:
            continue
        sel = R.value(st, OA.hasSelector)
        start = R.value(sel, OA.start) if sel is not None else None
        art = R.value(st, PROV.wasDerivedFrom)
        G.add_edge(local(subj), local(obj), key=f"{relation}-{i}", relation=relation,
                   evidence=str(R.value(st, NG.evidence) or ""), evidence_start=int(start or 0),
                   article=names.get(art, G.graph["article"]))
    return G
