"""The pair proposer (issue 10: "rules propose candidates; a small model decides"): within one sentence, an
actor and a position or actor it mentions that no rule linked by a stance edge, with the side the words
linking them lean to; a logistic regression over how they are linked (graph/data/pair_model.json, written by
graph.training.train_pairs, `make train`) keeps a pair whose probability reaches the shipped threshold. The
edge carries rule "pair-model" and the model's probability as its confidence.

What links a pair is the dependency path between the two, abstracted to dependency labels and the cue tables
of stance.json its words belong to, and VADER's polarity of its words: no entity name, no article name.
"""
from __future__ import annotations

import json
from bisect import bisect_right
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from ..model import Statement
from .polarity import valences
from .positions import Positions, undoing_words
from .reference import Context, actors, target_actor
from .statements import evidence_of
from .tokens import children, sent_tokens, tokens

__all__ = ["PAIR_FILE", "PairModel", "load_pair_model", "pair_statements", "proposing_all", "candidates"]

PAIR_FILE = "pair_model.json"
RULE = "pair-model"
MAX_TARGETS = 3  # targets kept per holder: the nearest in the tree
# an actor taken sides with is read by the rules' own cues: among unlinked pairs the words between an actor and
# another rarely say a side (on train/, 11 of 514 such candidates right, against 23 of 143 to a position)
ACTOR_TARGETS = False
MAX_PATH = 6  # arcs between the two: farther than that, the words between say nothing of one about the other
# the cue tables whose entries carry the side they take
_SIDED = ("verbs", "to_act_verbs", "adjectives", "nouns", "agentive_nouns", "stance_adverbials")
_HOLDER_DEPS = ("nsubj", "nsubjpass")
_TARGET_DEPS = ("dobj", "pobj", "nsubj", "nsubjpass", "attr", "conj", "appos", "dative")
_LINK_DEPS = ("acomp", "attr", "oprd", "advmod", "dobj", "xcomp", "amod")
_VALENCE_MIN = 1.0  # |summed valence| below which the words between lean to no side


@dataclass(frozen=True)
class PairModel:
    intercept: float
    weights: dict[str, float]
    threshold: float

    def probability(self, features: dict[str, float]) -> float:
        z = self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 0.0 if z < -30 else 1.0 / (1.0 + math.exp(-z))


@lru_cache(maxsize=1)
def load_pair_model() -> PairModel | None:
    path = resources.files("graph").joinpath("data", PAIR_FILE)
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return PairModel(float(data["intercept"]), {str(k): float(v) for k, v in data["weights"].items()},
                     float(data["threshold"]))


_SHIPPED = object()
_in_use: list = [_SHIPPED]  # the shipped model; while training, "all" (every candidate, unscored) or a fitted model


@contextmanager
def proposing_all() -> Iterator[None]:
    """Emit every candidate with its features and confidence 0: what training judges."""
    before = _in_use[0]
    _in_use[0] = "all"
    try:
        yield
    finally:
        _in_use[0] = before


@contextmanager
def proposing_with(model: PairModel | None) -> Iterator[None]:
    before = _in_use[0]
    _in_use[0] = model
    try:
        yield
    finally:
        _in_use[0] = before


@dataclass(frozen=True)
class Candidate:
    sent: int
    holder: str
    holder_tok: int  # -1: the sentence's speaker
    obj: str  # "position#<cluster>" (or an actor id, with ACTOR_TARGETS)
    target_tok: int
    relation: str
    cue: int
    features: dict


def _path(h: Token, t: Token) -> tuple[list[Token], list[Token]] | None:
    """The tokens from h up to the lowest common ancestor, and from t up to it (each without its start)."""
    up_h = [h] + list(h.ancestors)
    seen = {x.i: k for k, x in enumerate(up_h)}
    up_t = [t]
    for x in t.ancestors:
        if up_t[-1].i in seen:
            break
        up_t.append(x)
    if up_t[-1].i not in seen:
        return None
    lca = seen[up_t[-1].i]
    return up_h[1:lca + 1], up_t[1:-1]


def _sides(ctx: Context) -> dict[str, tuple[str, str]]:
    """word -> (side, table) from the cue tables that say a side; the evaluative and harm lists besides."""
    st = ctx.lex.stance
    if _SIDES[0] is st:
        return _SIDES[1]
    out: dict[str, tuple[str, str]] = {}
    for name in ("harm", "negative_eval", "positive_eval"):
        side = {"harm": "warns", "negative_eval": "opposes", "positive_eval": "supports"}[name]
        for w in st.get(name, ()):
            out.setdefault(w, (side, name))
    for name in _SIDED:
        for w, side in st.get(name, {}).items():
            if isinstance(side, str) and side in ("supports", "opposes", "warns"):
                out[w] = (side, name)
    for k, side in st.get("phrasal", {}).items():
        out.setdefault(k.split()[0], (side, "phrasal"))
    _SIDES[:] = [st, out]
    return out


_SIDES: list = [None, {}]


def _negated(ctx: Context, toks: list[Token]) -> bool:
    neg = ctx.lex.words("stance", "negators")
    return any(c.dep_ == "neg" or c.lower_ in neg and c.dep_ in ("advmod", "det", "neg") for x in toks for c in children(x))


def _reading(ctx: Context, link: list[Token], speech: frozenset) -> tuple[str, int, str, float] | None:
    """(side, cue token, how it was read, valence) of the words linking a pair, nearest the target first."""
    sides = _sides(ctx)
    link = [x for x in link if x.pos_ != "PROPN" and not x.ent_type_]  # a name is no judgement
    for x in link:
        for w in (x.lemma_.lower(), x.lower_):
            if w in sides and w not in speech:
                side, table = sides[w]
                return side, x.i, table, 0.0
    lex = valences()
    total, best = 0.0, None
    for x in link:
        if x.lemma_.lower() in speech or x.pos_ not in ("ADJ", "ADV", "NOUN", "VERB"):
            continue
        v = lex.get(x.lower_, lex.get(x.lemma_.lower(), 0.0))
        total += v
        if v and (best is None or abs(v) > abs(lex.get(best.lower_, lex.get(best.lemma_.lower(), 0.0)))):
            best = x
    if abs(total) < _VALENCE_MIN or best is None:
        return None
    return ("supports" if total > 0 else "opposes"), best.i, "vader", total


def _acted_on(ctx: Context, t: Token) -> tuple[str, int, str, float] | None:
    """ "hopes the ban will be lifted", "wants the levy raised": the act done to the target says the side on it,
    whatever the words above (an act that undoes its object: positions.json deontic `undo`, stance.json
    `decrease_verbs`, `undoing_verbs`; one that adds to it: `increase_verbs`)."""
    act = t.head
    if t.dep_ not in ("dobj", "nsubjpass") or act.pos_ != "VERB":
        return None
    lemma = act.lemma_.lower()
    if lemma in undoing_words(ctx.lex, nouns=False) or lemma in ctx.lex.words("stance", "undoing_verbs"):
        return "opposes", act.i, "undoing", 0.0
    if lemma in ctx.lex.words("stance", "increase_verbs"):
        return "supports", act.i, "increase", 0.0
    return None


def _features(ctx: Context, h: Token | None, t: Token, up: list[Token], down: list[Token], side: str, table: str,
              cue: Token, valence: float, negated: bool, obj: str, sent) -> dict[str, float]:
    doc = ctx.parsed.doc
    arcs = [f"^{x.dep_}" for x in ([h] if h is not None else []) + up[:-1]] + [f"v{x.dep_}" for x in reversed([t] + down)]
    lca = up[-1] if up else (down[-1].head if down else t.head)
    feats = {
        "bias_pair": 1.0,
        f"relation={side}": 1.0,
        f"read_by={table}": 1.0,
        f"read_side={table}:{side}": 1.0,
        f"cue_pos={cue.pos_}": 1.0,
        f"cue_dep={cue.dep_}": 1.0,
        f"lca_pos={lca.pos_}": 1.0,
        f"lca_dep={lca.dep_}": 1.0,
        f"target_dep={t.dep_}": 1.0,
        f"target_pos={t.pos_}": 1.0,
        f"object_type={obj.split('/')[0].split('#')[0]}": 1.0,
        "path_len": math.log1p(len(arcs)),
        "distance": math.log1p(abs(t.i - (h.i if h is not None else cue.i))),
        "sentence_length": math.log1p(len(sent)),
    }
    feats[f"path={'/'.join(arcs) if len(arcs) <= 4 else 'long'}"] = 1.0
    for a in arcs:
        feats[f"arc={a}"] = 1.0
    if t.dep_ == "pobj":
        feats[f"target_prep={t.head.lower_}"] = 1.0
    if table == "vader":
        feats["valence"] = round(abs(valence), 3)
    if negated:
        feats["negated"] = 1.0
    if h is None:
        feats["holder_speaker"] = 1.0
    else:
        feats[f"holder_dep={h.dep_}"] = 1.0
        feats["holder_is_clause_subject"] = float(bool(up) and h.head.i == up[0].i and h.dep_ == "nsubj")
        if h.pos_ == "PRON":
            feats["holder_pronoun"] = 1.0
        if t.i < h.i:
            feats["target_before_holder"] = 1.0
    hedges = ctx.lex.words("stance", "hedges")
    if any(c.lower_ in hedges for x in [cue] + up for c in children(x) if c.dep_ in ("aux", "advmod")):
        feats["hedged"] = 1.0
    if any(q in sent.text for q in "\"“”"):
        feats["quotation"] = 1.0
    if "?" in sent.text:
        feats["question"] = 1.0
    if cue.lemma_.lower() in ctx.lex.words("stance", "speech"):
        feats["cue_speech"] = 1.0
    feats[f"cue={cue.lemma_.lower()}"] = 1.0
    where = "lca" if cue.i == lca.i else "up" if cue in up else "down" if cue in down else "beside"
    feats[f"cue_at={where}"] = 1.0
    feats[f"cue_at_read={where}:{table}"] = 1.0
    return {k: round(v, 4) for k, v in feats.items()}


def candidates(ctx: Context, positions: Positions, stance: list[Statement]) -> list[Candidate]:
    """Every pair of one sentence the rules left unlinked (by `stance`, the rules' edges), with the side its
    linking words lean to."""
    linked = {(s.subject, s.object) for s in stance} | {(s.object, s.subject) for s in stance}
    ends = [ctx.parsed.tokens_span(x.start, x.end)[1] for x in ctx.sents]
    ruled = set()
    ruled_holders = set()
    for s in stance:  # a sentence is known by where its evidence starts
        si = bisect_right(ends, s.evidence.start)
        ruled.add(si)
        ruled_holders.add((s.subject, si))
    sided = {s.subject for s in stance} | {s.object for s in stance}
    doc = ctx.parsed.doc
    toks = tokens(doc)
    speech = ctx.lex.words("stance", "speech")
    by_sent: dict[int, list] = {}
    mention_at = {}
    for m in positions.mentions:
        by_sent.setdefault(m.sent, []).append((toks[m.head], f"position#{m.cluster}"))
        mention_at[m.head] = m
    out: list[Candidate] = []
    for si, sent in enumerate(ctx.sents):
        if si in ctx.headings:
            continue
        targets = list(by_sent.get(si, []))
        holders: list[tuple[Token | None, str]] = []
        for t in sent_tokens(sent):
            if ACTOR_TARGETS and t.dep_ in _TARGET_DEPS and (a := target_actor(ctx, t)):
                targets.append((t, a))
            if t.dep_ in _HOLDER_DEPS:
                holders += [(t, a) for a in actors(ctx, t, si)]
        holders += [(None, a) for a in ctx.speaker.get(si, [])]
        if not targets or not holders:
            continue
        for h, holder in holders:
            anchor = h if h is not None else sent.root
            found = []
            for t, obj in targets:
                if obj == holder or (holder, obj) in linked or t.i == anchor.i:
                    continue
                p = _path(anchor, t)
                if p is None:
                    continue
                up, down = p
                if h is None:
                    up = up or [anchor]
                if not up and not down or len(up) + len(down) > MAX_PATH:
                    continue
                found.append((len(up) + len(down), abs(t.i - anchor.i), t, obj, up, down))
            found.sort(key=lambda x: x[:2])
            for rank, (_, _, t, obj, up, down) in enumerate(found[:MAX_TARGETS]):
                link = list(down)
                link += [c for x in list(down) + up for c in children(x) if c.dep_ in _LINK_DEPS and c.i != t.i
                         and (h is None or c.i != h.i) and c not in link]
                link += [x for x in up if x not in link]
                read = _acted_on(ctx, t) or _reading(ctx, link, speech)
                if read is None:
                    continue
                side, cue, table, valence = read
                negated = _negated(ctx, [x for x in link if x.pos_ in ("VERB", "AUX", "ADJ")])
                if negated:
                    if side == "warns":
                        continue
                    side = "opposes" if side == "supports" else "supports"
                feats = _features(ctx, h, t, up, down, side, table, toks[cue], valence, negated, obj, sent)
                feats[f"rank={rank}"] = 1.0
                m = mention_at.get(t.i)
                if m is not None:
                    feats["position_words"] = round(math.log1p(len(m.content)), 4)
                    feats["position_weight"] = round(m.weight, 4)
                    feats["position_cluster"] = round(math.log1p(len(positions.clusters[m.cluster])), 4)
                    for flag in ("generic", "indefinite", "listed", "clause"):
                        if getattr(m, flag):
                            feats[f"position_{flag}"] = 1.0
                    if m.owners:
                        feats["position_owned"] = 1.0
                        if holder in m.owners:
                            feats["position_own"] = 1.0
                if si in ruled:
                    feats["sentence_has_edge"] = 1.0
                if (holder, si) in ruled_holders:
                    feats["holder_has_edge_here"] = 1.0
                if holder in sided:
                    feats["holder_has_edge"] = 1.0
                if obj in sided:
                    feats["object_has_edge"] = 1.0
                out.append(Candidate(si, holder, h.i if h is not None else -1, obj, t.i, side, cue, feats))
    return out


def pair_statements(ctx: Context, positions: Positions, stance: list[Statement]) -> list[Statement]:
    """The edges the model proposes where no rule took a side (one per claim and sentence)."""
    mode = load_pair_model() if _in_use[0] is _SHIPPED else _in_use[0]
    if mode is None:
        return []
    toks = tokens(ctx.parsed.doc)
    best: dict[tuple, Statement] = {}
    for c in candidates(ctx, positions, stance):
        p = 0.0 if mode == "all" else mode.probability(c.features)
        if mode != "all" and p < mode.threshold:
            continue
        ev = evidence_of(ctx, c.sent, [c.cue, c.target_tok] + ([c.holder_tok] if c.holder_tok >= 0 else []))
        st = Statement(c.holder, c.relation, c.obj, ev, RULE, round(p, 2), cue=toks[c.cue].text,
                       features=tuple(sorted(c.features.items())))
        key = (c.holder, c.relation, c.obj, c.sent)
        if key not in best or st.confidence > best[key].confidence:
            best[key] = st
    return list(best.values())
