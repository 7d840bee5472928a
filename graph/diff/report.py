"""A diff written for people and programs: JSON, text (coloured on a terminal) and the HTML view of both versions.

Imports graph.model, the viewer (graph.io.html, on demand) and the records of graph.diff.
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict

import networkx as nx

from ..model import ArticleGraph, Statement
from .changes import FLIPS, Diff, EntityChange, StatementChange

__all__ = ["dumps_json", "format_text", "union_graph", "render_html"]


def _label(d: Diff, ref) -> str:
    return d.labels.get(ref) or ref[1] or ref[0] or "?"


def _change_json(d: Diff, c) -> dict:
    out = asdict(c)
    if isinstance(c, StatementChange):
        for k in ("subject", "object"):
            ref = out[k]
            out[k] = {"old": ref[0], "new": ref[1], "label": _label(d, tuple(ref))}
    return {k: (list(v) if isinstance(v, tuple) else v) for k, v in out.items() if v not in ("", (), None)} | {
        "kind": c.kind, "substance": c.substance}


def dumps_json(d: Diff) -> str:
    data = {
        "old": d.old, "new": d.new,
        "substance": bool(d.substance),
        "summary": _summary(d),
        "entities": [_change_json(d, c) for c in d.entities],
        "statements": [_change_json(d, c) for c in d.statements],
        "triples": {"removed": len(d.removed_triples), "added": len(d.added_triples)},
    }
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _summary(d: Diff) -> dict:
    counts: dict[str, int] = defaultdict(int)
    for c in d.entities:
        counts[f"entities {c.kind}"] += 1
    for c in d.statements:
        counts[f"statements {c.kind}"] += 1
    return dict(sorted(counts.items()))


_COLOURS = {"added": "32", "removed": "31", "flipped": "35", "renamed": "33", "type": "33", "qualifiers": "33",
            "relabelled": "36", "aliases": "36", "reworded": "2", "head": "1"}
_SIGNS = {"added": "+", "removed": "-", "flipped": "~", "renamed": "~", "type": "~", "qualifiers": "~",
          "relabelled": "=", "aliases": "=", "reworded": "="}


def format_text(d: Diff, *, colour: bool = False, evidence: bool = True) -> str:
    """The readable report, grouped by kind; ANSI colours only when asked (the CLI asks on a terminal)."""
    def paint(kind: str, text: str) -> str:
        return f"\x1b[{_COLOURS[kind]}m{text}\x1b[0m" if colour else text

    lines = [paint("head", f"diff {d.old} -> {d.new}")]
    subst = d.substance
    lines.append(f"{len(subst)} change(s) of substance, "
                 f"{sum(1 for c in d.entities + d.statements if not c.substance)} of wording or naming")
    sections = [
        ("Entities", [c for c in d.entities if c.substance]),
        ("Statements", [c for c in d.statements if c.substance]),
        ("Naming (not substance)", [c for c in d.entities if not c.substance]),
        ("Rewording (not substance)", [c for c in d.statements if not c.substance]),
    ]
    for title, changes in sections:
        if not changes:
            continue
        lines += ["", paint("head", title)]
        for c in changes:
            lines.append(paint(c.kind, f"  {_SIGNS[c.kind]} {c.kind:<10} {_describe(d, c)}"))
            if evidence and isinstance(c, StatementChange):
                for s in c.old_evidence if c.kind == "removed" else ():
                    lines.append(f"      was: {_clip(s)}")
                for s in c.new_evidence if c.kind in ("added", "flipped", "qualifiers", "reworded") else ():
                    lines.append(f"      now: {_clip(s)}")
    if d.removed_triples or d.added_triples:
        lines += ["", f"RDF: {len(d.removed_triples)} triple(s) removed, {len(d.added_triples)} added "
                      "(--format patch writes them)"]
    if d.empty:
        lines.append("no change")
    return "\n".join(lines) + "\n"


def _clip(text: str, width: int = 110) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _describe(d: Diff, c) -> str:
    if isinstance(c, EntityChange):
        if c.kind == "added":
            return f"{c.new_type} {c.new_label!r}"
        if c.kind == "removed":
            return f"{c.old_type} {c.old_label!r}"
        if c.kind == "renamed":
            return f"{c.new_type} {c.old_label!r} -> {c.new_label!r} (same role: makes the same claims)"
        if c.kind == "type":
            return f"{c.new_label!r}: {c.old_type} -> {c.new_type}"
        if c.kind == "relabelled":
            return f"{c.new_type} {c.old_label!r} -> {c.new_label!r} (same name)"
        parts = ([f"gained {', '.join(map(repr, c.gained))}"] if c.gained else []) + (
            [f"lost {', '.join(map(repr, c.lost))}"] if c.lost else [])
        return f"{c.new_type} {c.new_label!r}: {'; '.join(parts)}"
    subj, obj = _label(d, c.subject), _label(d, c.object)
    if c.kind == "flipped":
        return f"{subj} {c.before} -> {c.after} {obj}"
    if c.kind == "qualifiers":
        return f"{subj} {c.relation} {obj}: {c.before} -> {c.after}"
    return f"{subj} {c.relation} {obj}"


# --- the union graph for the HTML view ---------------------------------------------------------------
def union_graph(d: Diff, old: ArticleGraph, new: ArticleGraph) -> nx.MultiDiGraph:
    """Both versions in one MultiDiGraph; each node and edge has `status` added|removed|flipped|unchanged.

    An aligned entity is drawn once, under its new id; a flipped edge is drawn as it is now, with `was`.
    """
    G = nx.MultiDiGraph(old=d.old, new=d.new)
    moved = set(d.aligned.values())
    flips = {(c.subject[1], c.after, c.object[1]) for c in d.statements if c.kind == "flipped"}
    added = {(c.subject[1], c.relation, c.object[1]) for c in d.statements if c.kind == "added"}
    for e in new.entities:
        G.add_node(e.id, type=e.type, label=e.label, aliases=list(e.aliases),
                   status="unchanged" if e.id in moved else "added")
    for e in old.entities:
        if e.id not in d.aligned:
            G.add_node(e.id, type=e.type, label=e.label, aliases=list(e.aliases), status="removed")
    for subj, _, _ in flips:
        G.nodes[subj]["status"] = "flipped"
    for key, group in _grouped(new.statements).items():
        status = "flipped" if key in flips else "added" if key in added else "unchanged"
        extra = {"was": FLIPS[key[1]]} if status == "flipped" else {}
        G.add_edge(key[0], key[2], key=key[1], relation=key[1], status=status, **_edge_attrs(group), **extra)
    removed = {(c.subject[0], c.relation, c.object[0]) for c in d.statements if c.kind == "removed"}
    for key, group in _grouped(old.statements).items():
        if key in removed:
            u, v = d.aligned.get(key[0], key[0]), d.aligned.get(key[2], key[2])
            G.add_edge(u, v, key=f"{key[1]} (removed)", relation=key[1], status="removed", **_edge_attrs(group))
    return G


def _edge_attrs(group: Sequence[Statement]) -> dict:
    """The viewer's evidence fields, from the claim's most direct sentence."""
    s = min(group, key=lambda s: (bool(s.attribution), s.hedged, s.evidence.start))
    ev = s.evidence
    return dict(evidence=ev.sentence, evidence_start=ev.start, evidence_end=ev.end, cite_start=ev.cite_start,
                cite_end=ev.cite_end, attribution=s.attribution, hedged=s.hedged, former=s.former,
                confidence=s.confidence, sentences=len(group))


def _grouped(statements: Iterable[Statement]) -> dict[tuple, list[Statement]]:
    groups: dict[tuple, list[Statement]] = defaultdict(list)
    for s in statements:
        groups[(s.subject, s.relation, s.object)].append(s)
    return groups


def render_html(d: Diff, old: ArticleGraph, new: ArticleGraph) -> str:
    from ..io.html import render_network  # the viewer reads its assets from disk: only when asked for
    G = union_graph(d, old, new)
    notice = (f"{len(d.substance)} change(s) of substance from {d.old} to {d.new}: "
              + ", ".join(f"{n} {k}" for k, n in _summary(d).items()))
    return render_network(G, title=f"diff {d.old} -> {d.new}", notice=notice)
