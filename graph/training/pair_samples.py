"""The pair scorer's training data (train_pairs.py): every candidate pair of every gold article, labelled.

Each article is built with the rules alone (no pair edges), keeping the stages' intermediates; the candidates
are those pairs.py proposes at run time, with the same features. Every position cluster is named the way the
build names those its edges use, so that score.py's Gold.match can say which gold entity a candidate target is.
A candidate's label is the relation of a required gold stance edge from the actor's gold entity to the target's,
"none" when there is none; "dup" when the build already matches that gold edge through other nodes, and "opt"
when the pair matches only a gold edge that is not required: both are neutral when scored and teach nothing.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

from ..extract import build as B
from ..extract.entities.body_scope import scoped_ids
from ..extract.language.lexicon import load_lexicon
from ..extract.language.nlp import load_pipeline, parse, pipeline_id
from ..extract.statements.pairs import candidates
from ..extract.statements.scorer import rule_confidence
from ..io.nodelink import node_link
from ..model import Article

__all__ = ["Instance", "Record", "collect_folder", "STANCE"]

STANCE = ("supports", "opposes", "warns")


@dataclass
class Instance:
    actor: str  # node id of the built graph
    target: str
    sent: int
    features: dict
    label: str  # none / supports / opposes / warns / dup / opt
    evidence: str
    disputed: bool = False  # (pairs.Candidate.disputed)


@dataclass
class Record:
    folder: str
    name: str
    gold_path: str
    graph: dict  # the rules' node-link graph
    extra_nodes: dict  # target positions the graph does not hold, named as the build would
    instances: list = field(default_factory=list)


def article_record(gold_path: Path, score, nlp, lex, pid) -> Record:
    gold = score.Gold(gold_path)
    name = gold_path.name[: -len(".gold.json")]
    text = (gold_path.parent / f"{name}.txt").read_text(encoding="utf-8")
    parsed = parse(Article(name, text), nlp)
    with rule_confidence():
        read = B.rule_stages(parsed, lex)
        ctx, frames, positions = read.ctx, read.frames, read.positions
        cands = candidates(ctx, frames, positions, read.structure + read.stance)
        graph = node_link(B.assemble(parsed, lex, read, read.stance, pid))  # the rules' graph, no pair edges
    every = [SimpleNamespace(object=f"position#{ci}") for ci in range(len(positions.clusters))]
    ids, named = B._position_entities(parsed, positions, every)
    nodes = {n["id"]: n for n in graph["nodes"]}
    extra = {pid_: {"id": pid_, "type": "position", "label": e.label, "aliases": list(e.aliases)}
             for pid_, e in named.items() if pid_ not in nodes}
    allnodes = {**extra, **nodes}
    gmap: dict[str, set] = {}

    def match(nid):
        if nid not in gmap:
            n = allnodes.get(nid)
            gmap[nid] = gold.match(score.node_names(n), n.get("type")) if n else set()
        return gmap[nid]

    stance_rels = [r for r in gold.relations if set(r["relation"]) & set(STANCE)]
    # gold edges the rules' graph already matches (whatever nodes it goes through)
    found = set()
    for e in graph["edges"]:
        if e["relation"] in STANCE:
            S, T = match(e["source"]), match(e["target"])
            found |= {k for k, r in enumerate(stance_rels)
                      if e["relation"] in r["relation"] and r["source"] in S and set(r["target"]) & T}
    linked = {(e["source"], e["target"]) for e in graph["edges"] if e["relation"] in STANCE}
    rec = Record(gold_path.parent.name, name, str(gold_path), graph, extra)
    # the candidates name bodies by the rules' ids; the built graph has scoped those named only by their sort
    scoped = scoped_ids(name, ctx.res.kind, ctx.res.entities)
    for c in cands:
        actor, target = scoped.get(c.actor, c.actor), ids.get(c.target, c.target)
        target = scoped.get(target, target)
        if target not in allnodes or actor not in nodes or (actor, target) in linked:
            continue  # a cluster the build would not name, or an actor it leaves out
        S, T = match(actor), match(target)
        label = "none"
        for k, r in enumerate(stance_rels):
            if r["source"] in S and set(r["target"]) & T:
                if not r["required"]:
                    label = "opt" if label == "none" else label
                    continue
                label = "dup" if k in found else next(x for x in STANCE if x in r["relation"])
                break
        rec.instances.append(Instance(actor, target, c.sent, c.features, label,
                                      ctx.sents[c.sent].text, c.disputed))
    return rec


def collect_folder(folder: Path, score) -> list[Record]:
    golds = sorted(Path(folder).glob("*.gold.json"))
    if not golds:  # a mistyped folder would otherwise be fitted as an empty one, silently
        raise FileNotFoundError(f"no *.gold.json files in {folder!s}: give an eval folder of NAME.txt + NAME.gold.json")
    nlp, lex = load_pipeline(), load_lexicon()
    pid = pipeline_id(nlp)
    return [article_record(g, score, nlp, lex, pid) for g in golds]
