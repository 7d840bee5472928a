"""What changed in who stands where between two versions of an article, and across many.

    align entities (same id, then same name, then same role) -> compare statements keyed by
    (subject, relation, object) -> a Diff: entity and statement changes plus the triple-level patch

Entities are aligned by identity, not by string: ids are slugs of labels, so "Halevi" and
"Herzi Halevi" get different ids and are matched by name (a shared alias, a compatible surname);
a corrected name ("Yoav Gallant" -> "Israel Katz") is matched by role, when the entity left behind
and the one that arrived make the same claims. A statement whose relation turned supports <->
opposes for the same pair is one flip; the same claim grounded in a new sentence is rewording,
kept apart from changes of substance. The triple-level change is set arithmetic on the RDF graphs
(every IRI is deterministic, there are no blank nodes) and is written as an RDF Patch.
"""
from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import networkx as nx
from rdflib import BNode, Dataset, Graph, Literal

from .errors import InputError
from .model import ArticleGraph, Entity, Statement

__all__ = [
    "Ref", "EntityChange", "StatementChange", "Diff", "History", "align", "diff", "invert",
    "diff_rdf", "patch_rows", "dumps_patch", "apply_patch", "dumps_json", "format_text",
    "union_graph", "render_html", "history", "format_history", "dumps_history_json",
]

FLIPS = {"supports": "opposes", "opposes": "supports"}
# below this share of aligned entities, two inputs are different articles, not versions of one
MIN_SHARED = 0.2
# role matching: a removed and an added entity whose claims overlap this much are one entity renamed
ROLE_MIN_SHARED = 2
ROLE_MIN_JACCARD = 0.5

Ref = tuple  # (old id or None, new id or None): one entity seen from both versions


@dataclass(frozen=True)
class EntityChange:
    """kind: added | removed | renamed (matched by role) | relabelled (same name) | type | aliases."""

    kind: str
    old: str | None
    new: str | None
    old_label: str = ""
    new_label: str = ""
    old_type: str = ""
    new_type: str = ""
    gained: tuple[str, ...] = ()
    lost: tuple[str, ...] = ()
    basis: str = ""  # how the two were aligned: id | name | role

    @property
    def substance(self) -> bool:
        return self.kind in ("added", "removed", "renamed", "type")


@dataclass(frozen=True)
class StatementChange:
    """kind: added | removed | flipped | qualifiers | reworded.

    `subject`/`object` are Refs (old id, new id); `before`/`after` hold the relation for a flip and
    the qualifier summary for a qualifier change; `old_evidence`/`new_evidence` the sentences.
    """

    kind: str
    subject: Ref
    relation: str
    object: Ref
    before: str = ""
    after: str = ""
    old_evidence: tuple[str, ...] = ()
    new_evidence: tuple[str, ...] = ()

    @property
    def substance(self) -> bool:
        return self.kind != "reworded"


@dataclass(frozen=True)
class Diff:
    old: str
    new: str
    entities: tuple[EntityChange, ...] = ()
    statements: tuple[StatementChange, ...] = ()
    labels: dict = field(default_factory=dict, compare=False)  # Ref -> display label
    aligned: dict = field(default_factory=dict, compare=False)  # old id -> new id
    removed_triples: frozenset = frozenset()
    added_triples: frozenset = frozenset()

    @property
    def substance(self) -> tuple:
        return tuple(c for c in self.entities + self.statements if c.substance)

    @property
    def empty(self) -> bool:
        return not (self.entities or self.statements or self.removed_triples or self.added_triples)


# --- alignment --------------------------------------------------------------------------------------
_PUNCT = re.compile(r"[\"'“”‘’`.,()]+")


def _norm(name: str) -> str:
    return " ".join(_PUNCT.sub(" ", name.lower()).split())


def _names(e: Entity) -> set[str]:
    return {_norm(n) for n in (e.label, *e.aliases)} - {""}


def _name_score(a: Entity, b: Entity) -> float:
    if a.type != b.type:
        # a changed type is believable only for the very same name
        return 0.7 if _norm(a.label) == _norm(b.label) else 0.0
    if _names(a) & _names(b):
        return 1.0
    if a.type == "person":
        wa, wb = _norm(a.label).split(), _norm(b.label).split()
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


# --- comparing -----------------------------------------------------------------------------------------
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
        if _norm(ea.label) != _norm(eb.label):
            entities.append(EntityChange("relabelled", **common))
        # names are compared as a reader would: case, quotes and full stops do not make a new alias
        na = {_norm(n): n for n in sorted((ea.label, *ea.aliases), reverse=True)}
        nb = {_norm(n): n for n in sorted((eb.label, *eb.aliases), reverse=True)}
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
    return Diff(old.article.name, new.article.name, tuple(sorted(entities, key=_entity_order)),
                tuple(sorted(statements, key=_statement_order)), labels, mapping, removed, added)


_KIND_ORDER = {k: i for i, k in enumerate(("removed", "added", "renamed", "type", "relabelled", "aliases",
                                           "flipped", "qualifiers", "reworded"))}


def _ref_key(ref) -> tuple:
    return tuple(x or "" for x in ref)


def _entity_order(c: EntityChange):
    return (_KIND_ORDER[c.kind], c.old or "", c.new or "")


def _statement_order(c: StatementChange):
    return (_KIND_ORDER[c.kind], _ref_key(c.subject), c.relation, _ref_key(c.object))


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
    return Diff(d.new, d.old, tuple(sorted(entities, key=_entity_order)),
                tuple(sorted(statements, key=_statement_order)), labels, {b: a for a, b in d.aligned.items()},
                d.added_triples, d.removed_triples)


# --- RDF Patch ---------------------------------------------------------------------------------------
def _nt(term) -> str:
    if isinstance(term, BNode):
        raise InputError(f"the graphs hold a blank node ({term.n3()}); an RDF Patch needs IRIs on both sides, "
                         "as `newsgraph build` writes them")
    if isinstance(term, Literal):
        # N-Triples form: one line, ECHAR escapes (Literal.n3() would write a multi-line Turtle string)
        lexical = str(term).translate(_ECHAR)
        suffix = f"@{term.language}" if term.language else f"^^<{term.datatype}>" if term.datatype else ""
        return f'"{lexical}"{suffix}'
    return term.n3()


_ECHAR = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def patch_rows(d: Diff) -> list[str]:
    """The `D` then `A` rows of the triple-level change, each sorted so the patch is byte-stable."""
    deletes = sorted(f"D {_nt(s)} {_nt(p)} {_nt(o)} ." for s, p, o in d.removed_triples)
    adds = sorted(f"A {_nt(s)} {_nt(p)} {_nt(o)} ." for s, p, o in d.added_triples)
    return deletes + adds


def dumps_patch(d: Diff) -> str:
    """An RDF Patch (Apache Jena format) turning the old graph into the new one, in one transaction."""
    rows = patch_rows(d)
    # the id is a hash of the content, so the same change always gets the same patch
    patch_id = uuid.UUID(bytes=hashlib.sha256("\n".join(rows).encode()).digest()[:16], version=5)
    return "\n".join([f"H id <uuid:{patch_id}> .", "TX .", *rows, "TC ."]) + "\n"


def apply_patch(G: Graph, patch: str) -> Graph:
    """A copy of G with an RDF Patch applied, read by rdflib's own RDF Patch parser."""
    ds = Dataset()
    for triple in G:
        ds.default_graph.add(triple)
    ds.parse(data=patch, format="patch")
    out = Graph()
    for triple in ds.default_graph:
        out.add(triple)
    return out


# --- reports -------------------------------------------------------------------------------------------
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
    from .io.html import render_network  # the viewer reads its assets from disk: only when asked for
    G = union_graph(d, old, new)
    notice = (f"{len(d.substance)} change(s) of substance from {d.old} to {d.new}: "
              + ", ".join(f"{n} {k}" for k, n in _summary(d).items()))
    return render_network(G, title=f"diff {d.old} -> {d.new}", notice=notice)


# --- history across many versions ----------------------------------------------------------------------
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
