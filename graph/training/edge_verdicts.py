"""Each emitted stance edge judged against gold the way the evaluation's score.py judges it: right, wrong,
or neutral (it matches an optional gold edge, or a gold edge another edge already claims).

score.py lives outside the package (../shared/eval); it is loaded from a path given by the caller so the
verdicts here are always the scorer's own, never a copy that drifts from it.
"""
from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from ..extract.build import build_articles
from ..io.nodelink import node_link
from ..model import ArticleGraph
from ..extract.language.nlp import load_pipeline
from ..extract.language.text import read_article

__all__ = ["VERDICTS", "load_score", "edge_verdicts", "JudgedArticle", "judge_folder", "default_eval_dir"]

VERDICTS = ("right", "wrong", "optional", "duplicate")


def default_eval_dir() -> Path:
    """../shared/eval beside the source tree, where the project keeps its gold."""
    return Path(__file__).resolve().parents[3] / "shared" / "eval"


def load_score(eval_dir: str | Path) -> ModuleType:
    path = Path(eval_dir) / "score.py"
    if not path.is_file():
        raise FileNotFoundError(f"no score.py in {eval_dir!s}: give the evaluation folder that holds it")
    spec = importlib.util.spec_from_file_location("newsgraph_eval_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def edge_verdicts(score: ModuleType, gold_path: str | Path, data: dict) -> dict[int, str]:
    """{index of a stance edge in data["edges"]: verdict}, following score.score_relations step by step:
    edges that name the same gold claim collapse into one key, keys are matched to required gold edges
    by a maximum matching, and every edge shares its key's verdict."""
    gold = score.Gold(gold_path)
    nodes = {str(n["id"]): n for n in data.get("nodes", [])}
    edges = data.get("edges", data.get("links", []))
    gold_rels = [(i, r) for i, r in enumerate(gold.relations) if set(r["relation"]) & set(score.STANCE)]
    required = {i for i, r in gold_rels if r["required"]}
    mapped: dict[str, set] = {}

    def names(n: str) -> set:
        if n not in mapped:
            node = nodes.get(n, {"id": n})
            mapped[n] = gold.match(score.node_names(node), str(nodes.get(n, {}).get("type", "")).lower() or None)
        return mapped[n]

    key_of: dict[int, tuple] = {}
    for k, e in enumerate(edges):
        rel = str(e.get("relation", "")).lower()
        if rel not in score.STANCE:
            continue
        s, t = str(e["source"]), str(e["target"])
        S, T = names(s), names(t)
        key_of[k] = (rel, frozenset(S), frozenset(T)) if S and T else (rel, s, t)
    verdict: dict[tuple, str] = {}
    candidates: dict[tuple, set] = {}
    for key in dict.fromkeys(key_of.values()):  # first-seen order, as score.py's dict of unique keys
        rel, S, T = key
        if not isinstance(S, frozenset):
            verdict[key] = "wrong"
            continue
        hits = {i for i, r in gold_rels if rel in r["relation"] and r["source"] in S and set(r["target"]) & T}
        if hits & required:
            candidates[key] = hits & required
        else:
            verdict[key] = "optional" if hits else "wrong"
    matched = score.max_matching(candidates)
    for key in candidates:
        verdict[key] = "right" if key in matched else "duplicate"
    return {k: verdict[key] for k, key in key_of.items()}


@dataclass(frozen=True)
class JudgedArticle:
    name: str
    graph: ArticleGraph
    verdicts: dict[int, str]  # index into graph.statements -> verdict, stance edges only


def judge_folder(folder: str | Path, score: ModuleType, nlp=None) -> Iterator[JudgedArticle]:
    """Build every article of an eval folder that has a gold file and judge its stance edges."""
    folder = Path(folder)
    golds = sorted(folder.glob("*.gold.json"))
    if not golds:
        raise FileNotFoundError(f"no *.gold.json files in {folder!s}")
    articles = []
    for g in golds:
        text = folder / json.loads(g.read_text(encoding="utf-8"))["article"]
        articles.append(read_article(text))
    for gold, graph in zip(golds, build_articles(articles, nlp or load_pipeline())):
        data = node_link(graph)
        # node-link lists edges by node, not in statement order: an edge's key ("supports-7") names its statement
        index = [int(str(e["key"]).rsplit("-", 1)[1]) for e in data["edges"]]
        verdicts = {index[k]: v for k, v in edge_verdicts(score, gold, data).items()}
        yield JudgedArticle(graph.article.name, graph, verdicts)
