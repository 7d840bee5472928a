"""History across many versions: for each statement, the versions it appears in.

Imports graph.model and the alignment of graph.diff.
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import ArticleGraph
from .align import align

__all__ = ["History", "history", "format_history", "dumps_history_json"]


@dataclass(frozen=True)
class History:
    versions: tuple[str, ...]
    rows: tuple[tuple[str, str, str, tuple[bool, ...]], ...]  # (subject label, relation, object label, present)


def history(graphs: Sequence[ArticleGraph]) -> History:
    """For each statement, the versions it appears in; entities are aligned version to version."""
    canon: dict[str, str] = {e.id: e.id for e in graphs[0].entities}
    label: dict[str, str] = {e.id: e.label for e in graphs[0].entities}
    present: dict[tuple, set[int]] = defaultdict(set)
    for s in graphs[0].statements:
        present[(s.subject, s.relation, s.object)].add(0)
    for i in range(1, len(graphs)):
        mapping, _ = align(graphs[i - 1], graphs[i])
        inverse = {b: a for a, b in mapping.items()}
        prev = canon
        canon = {}
        for e in graphs[i].entities:
            canon[e.id] = prev.get(inverse[e.id], e.id) if e.id in inverse else e.id
            label[canon[e.id]] = e.label  # the newest name is the one shown
        for s in graphs[i].statements:
            present[(canon[s.subject], s.relation, canon[s.object])].add(i)
    rows = tuple(sorted((label.get(s, s), r, label.get(o, o), tuple(i in seen for i in range(len(graphs))))
                        for (s, r, o), seen in present.items()))
    return History(tuple(g.article.name for g in graphs), rows)


def format_history(h: History, *, colour: bool = False) -> str:
    lines = [f"v{i + 1}: {name}" for i, name in enumerate(h.versions)]
    header = " ".join(f"v{i + 1:<2}" for i in range(len(h.versions)))
    lines += ["", f"{header}  statement"]
    for subj, rel, obj, seen in h.rows:
        marks = " ".join(("●  " if x else "·  ") for x in seen)
        text = f"{marks} {subj} {rel} {obj}"
        if colour and not all(seen):
            text = f"\x1b[{'32' if seen[-1] else '31'}m{text}\x1b[0m"
        lines.append(text)
    return "\n".join(lines) + "\n"


def dumps_history_json(h: History) -> str:
    data = {"versions": list(h.versions),
            "statements": [{"subject": s, "relation": r, "object": o,
                            "versions": [h.versions[i] for i, x in enumerate(seen) if x]} for s, r, o, seen in h.rows]}
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
