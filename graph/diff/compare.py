"""Comparing two versions: statements keyed by (subject, relation, object) -> a Diff, and its inverse.

A statement whose relation turned supports <-> opposes for the same pair is one flip; the same claim
grounded in a new sentence is rewording, kept apart from changes of substance. The triple-level
change is set arithmetic on the RDF graphs (every IRI is deterministic, there are no blank nodes).

Imports graph.errors, graph.model, and the alignment and records of graph.diff.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from rdflib import Graph

from ..errors import InputError
from ..model import ArticleGraph, Statement
from .align import align, norm
from .changes import FLIPS, Diff, EntityChange, StatementChange, entity_order, statement_order

__all__ = ["MIN_SHARED", "diff", "diff_rdf", "invert"]

# below this share of aligned entities, two inputs are different articles, not versions of one
MIN_SHARED = 0.2


def _qualifiers(statements: Sequence[Statement]) -> str:
    """How firmly the article asserts the claim, by its most direct sentence."""
    flags = []
    if all(s.attribution for s in statements):
        flags.append("attributed")
    if all(s.hedged for s in statements):
        flags.append("hedged")
    if all(s.former for s in statements):
        flags.append("former")
    return ", ".join(flags) or "direct"


def _sentences(statements: Sequence[Statement]) -> tuple[str, ...]:
    return tuple(sorted({" ".join(s.evidence.sentence.split()) for s in statements}))


def diff(old: ArticleGraph, new: ArticleGraph, *, old_rdf: Graph | str | Path | None = None,
         new_rdf: Graph | str | Path | None = None, check_related: bool = True) -> Diff:
    """The changes from `old` to `new`; with both RDF graphs (rdflib graphs, or the paths of their files),
    the triple-level change too."""
    mapping, basis = align(old, new)
    inverse = {b: a for a, b in mapping.items()}
    old_e = {e.id: e for e in old.entities}
    new_e = {e.id: e for e in new.entities}
    if check_related and min(len(old_e), len(new_e)) >= 3 and len(mapping) / min(len(old_e), len(new_e)) < MIN_SHARED:
        raise InputError(f"{old.article.name} and {new.article.name} share only {len(mapping)} of their entities: "
                         "they look like two different articles, not two versions of one; "
                         "pass --force to diff them anyway")

    def oref(i):
        return (i, mapping.get(i))

    def nref(i):
        return (inverse.get(i), i)

    labels = {oref(i): e.label for i, e in old_e.items()}
    labels.update({nref(i): e.label for i, e in new_e.items()})

    entities = []
    for i, e in old_e.items():
        if i not in mapping:
            entities.append(EntityChange("removed", i, None, old_label=e.label, old_type=e.type))
    for i, e in new_e.items():
        if i not in inverse:
            entities.append(EntityChange("added", None, i, new_label=e.label, new_type=e.type))
    for a, b in mapping.items():
        ea, eb = old_e[a], new_e[b]
        if ea == eb:  # the same id, type, label and aliases: nothing to report (most of a large graph)
            continue
        common = dict(old=a, new=b, old_label=ea.label, new_label=eb.label, old_type=ea.type, new_type=eb.type,
                      basis=basis[a])
        if ea.type != eb.type:
            entities.append(EntityChange("type", **common))
        if basis[a] == "role":
            # a corrected name: the rename says it all, its aliases changing with it is no news
            entities.append(EntityChange("renamed", **common))
            continue
        if norm(ea.label) != norm(eb.label):
            entities.append(EntityChange("relabelled", **common))
        # names are compared as a reader would: case, quotes and full stops do not make a new alias
        na = {norm(n): n for n in sorted((ea.label, *ea.aliases), reverse=True)}
        nb = {norm(n): n for n in sorted((eb.label, *eb.aliases), reverse=True)}
        gained = tuple(sorted(nb[k] for k in nb.keys() - na.keys()))
        lost = tuple(sorted(na[k] for k in na.keys() - nb.keys()))
        if gained or lost:
            entities.append(EntityChange("aliases", gained=gained, lost=lost, **common))

    groups_old: dict[tuple, list[Statement]] = defaultdict(list)
    groups_new: dict[tuple, list[Statement]] = defaultdict(list)
    for s in old.statements:
        groups_old[(oref(s.subject), s.relation, oref(s.object))].append(s)
    for s in new.statements:
        groups_new[(nref(s.subject), s.relation, nref(s.object))].append(s)
    statements = []
    flipped = set()
    for (subj, rel, obj), ss in groups_old.items():
        other = FLIPS.get(rel)
        if (other and (subj, other, obj) in groups_new and (subj, rel, obj) not in groups_new
                and (subj, other, obj) not in groups_old):
            ns = groups_new[(subj, other, obj)]
            statements.append(StatementChange("flipped", subj, rel, obj, before=rel, after=other,
                                              old_evidence=_sentences(ss), new_evidence=_sentences(ns)))
            flipped |= {(subj, rel, obj), (subj, other, obj)}
    for key, ss in groups_old.items():
        if key in flipped:
            continue
        if key not in groups_new:
            statements.append(StatementChange("removed", *key, old_evidence=_sentences(ss)))
            continue
        ns = groups_new[key]
        if ss == ns:  # the very same statements, evidence included: neither qualifiers nor wording changed
            continue
        before, after = _qualifiers(ss), _qualifiers(ns)
        if before != after:
            statements.append(StatementChange("qualifiers", *key, before=before, after=after,
                                              old_evidence=_sentences(ss), new_evidence=_sentences(ns)))
        if _sentences(ss) != _sentences(ns):
            statements.append(StatementChange("reworded", *key, old_evidence=_sentences(ss),
                                              new_evidence=_sentences(ns)))
    for key, ns in groups_new.items():
        if key not in groups_old and key not in flipped:
            statements.append(StatementChange("added", *key, new_evidence=_sentences(ns)))

    if old_rdf is None or new_rdf is None:
        removed, added = frozenset(), frozenset()
    elif isinstance(old_rdf, (str, Path)) and isinstance(new_rdf, (str, Path)):
        from .triplekeys import diff_rdf_files  # files: keys parsed by Oxigraph, no graph in memory
        removed, added = diff_rdf_files(old_rdf, new_rdf)
    else:
        removed, added = diff_rdf(old_rdf, new_rdf)
    return Diff(old.article.name, new.article.name, tuple(sorted(entities, key=entity_order)),
                tuple(sorted(statements, key=statement_order)), labels, mapping, removed, added)


def diff_rdf(old: Graph, new: Graph) -> tuple[frozenset, frozenset]:
    """(triples only in old, triples only in new): plain set arithmetic, since newsgraph mints no blank nodes."""
    a, b = set(old), set(new)
    return frozenset(a - b), frozenset(b - a)


def invert(d: Diff) -> Diff:
    """The diff from new to old: what diff(new, old) gives."""
    def swap_ref(ref):
        return (ref[1], ref[0])

    entities = []
    for c in d.entities:
        kind = {"added": "removed", "removed": "added"}.get(c.kind, c.kind)
        entities.append(replace(c, kind=kind, old=c.new, new=c.old, old_label=c.new_label, new_label=c.old_label,
                                old_type=c.new_type, new_type=c.old_type, gained=c.lost, lost=c.gained))
    statements = []
    for c in d.statements:
        kind = {"added": "removed", "removed": "added"}.get(c.kind, c.kind)
        relation = c.after if c.kind == "flipped" else c.relation
        statements.append(replace(c, kind=kind, subject=swap_ref(c.subject), object=swap_ref(c.object),
                                  relation=relation, before=c.after, after=c.before,
                                  old_evidence=c.new_evidence, new_evidence=c.old_evidence))
    labels = {swap_ref(k): v for k, v in d.labels.items()}
    return Diff(d.new, d.old, tuple(sorted(entities, key=entity_order)),
                tuple(sorted(statements, key=statement_order)), labels, {b: a for a, b in d.aligned.items()},
                d.added_triples, d.removed_triples)
