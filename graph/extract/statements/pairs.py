"""Stance edges the rules missed, found by a learned scorer over pairs (after stance_edges.py).

On articles the rules were not written from, about a third of the stance edges a careful reader requires join
two nodes the tool already has, in a sentence that names both, but no rule links them: "X dismissed Y as ...",
"the scheme, which X has championed, ...". Every pair of an actor mention (a person or institution, by name, by
post, by pronoun, or the speaker of a quotation) and a target mention (a policy phrase or another actor) in one
sentence that no stance edge joins yet is a candidate; pair_features.py describes it, the tree ensemble of
pair_model.py gives the probability that a reader requires a stance edge between the two, and a pair at or above
the shipped threshold becomes an edge with the sentence as its evidence; its confidence is that probability times
the relation model's probability of the side it gives (an edge is right only when both are).
Its relation is the relation model's: a frame of the tool's own with the actor as holder and the target as target
gave the side a reader requires less often (47% of true pairs against 60% in cross-validation), so it enters only
as a feature.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, partial

from ...model import Statement
from ..policies.positions import Positions
from ..reference.actors import Context
from .pair_features import SentenceCache, disputed, frame_features, pair_features
from ..language.tokens import span_root, tokens
from .pair_model import PairModel, load_pair_model
from .near_antecedent import bare_generic
from ..reference.outlets import editorial, outlet_ids
from .scorer import swapped
from .stance_edges import evidence_of

__all__ = ["Candidate", "candidates", "pair_statements", "pairs_with"]

ACTOR = ("person", "institution")
STANCE = ("supports", "opposes", "warns")
RULE = "pair"
_SHIPPED = object()
_in_use: list = [_SHIPPED]


@dataclass(frozen=True)
class Candidate:
    actor: str  # entity id
    target: str  # entity id or "position#<cluster>"
    sent: int  # sentence index
    actor_token: int
    target_token: int
    features: dict
    # pair_features.disputed of the pair, worked out when first read: the model's score decides most pairs alone
    # (some 3% score at the threshold or above), and the readings it takes cost more than the pair's features
    reading: Callable[[], bool] = field(default=lambda: False, repr=False, compare=False)

    @cached_property
    def disputed(self) -> bool:
        """A reading of the rules speaks against it: taken only at the model's fitted cut."""
        return self.reading()


def pairs_with(model: PairModel | None):
    """Build with `model` instead of the shipped one (None: no pair edges, the rules alone, as training needs)."""
    return swapped(_in_use, model)


def _actor_mentions(ctx: Context, is_actor) -> list[tuple[str, int, int, str]]:
    """(entity, first token, end token, how): names, posts (their holder), pronouns, quotation speakers."""
    res = ctx.res
    found = []
    for m, eid in res.mentions:
        if is_actor(eid):
            found.append((eid, m.tok_start, m.tok_end, "name"))
        elif eid in ctx.holder_of and is_actor(ctx.holder_of[eid]):
            found.append((ctx.holder_of[eid], m.tok_start, m.tok_end, "office"))
    for i, eid in list(ctx.antecedent.items()) + list(ctx.it_body.items()):
        if is_actor(eid):
            found.append((eid, i, i + 1, "pron"))
    for i, eids in ctx.group.items():
        found += [(eid, i, i + 1, "pron") for eid in eids if is_actor(eid)]
    have = {(e, ctx.sents[ctx.sent_of[a]].start) for e, a, _, _ in found}  # (doc[a].sent walks the parse each time)
    for si, eids in ctx.speaker.items():
        sent = ctx.sents[si]
        for eid in eids:
            if is_actor(eid) and (eid, sent.start) not in have:
                found.append((eid, sent.root.i, sent.root.i + 1, "speaker"))
    return sorted(set(found))


def _people(ctx: Context, t) -> bool:
    """A phrase headed by a noun for people (offices.json heads, plural heads, member nouns, occupations) names
    those people, no policy."""
    return any(t.lemma_.lower() in ctx.lex.words("offices", k) or t.lower_ in ctx.lex.words("offices", k)
               for k in ("heads", "plural_heads", "member_nouns", "occupations"))


def candidates(ctx: Context, frames, positions: Positions, statements: list[Statement]) -> list[Candidate]:
    """Every (actor mention, target mention) pair of one sentence that no stance statement joins, described."""
    res, doc = ctx.res, ctx.parsed.doc
    toks = tokens(doc)
    stance = [s for s in statements if s.relation in STANCE]
    used = {s.subject for s in statements} | {s.object for s in statements}
    linked = {(s.subject, s.object) for s in stance}
    deg: dict[str, int] = {}
    for s, t in linked:
        deg[s] = deg.get(s, 0) + 1
        deg[t] = deg.get(t, 0) + 1

    def kind(eid):
        e = res.entities.get(eid)
        return e.type if e is not None and (eid not in res.weak or eid in used) else None

    def is_actor(eid):
        return kind(eid) in ACTOR

    # what the rules already linked in each sentence: a sentence they read is one whose other pairs they left alone
    starts = [ctx.parsed.tokens_span(x.start, x.start + 1)[0] for x in ctx.sents]
    in_sent: dict[int, list[Statement]] = {}
    for st in stance:
        in_sent.setdefault(bisect_right(starts, st.evidence.start) - 1, []).append(st)
    # (and who they link there, as the subjects and the objects: asked of every pair of the sentence)
    linked_in = {si: ({st.subject for st in done}, {st.object for st in done}) for si, done in in_sent.items()}
    # how much of the article the rules already read as stance: the fewer, the more they left unlinked
    density = min(len(stance) / max(len(ctx.sents), 1), 1.0)
    # a newspaper takes a side only in its own voice (an editorial), as the rules hold (reference/outlets.py)
    outlets = outlet_ids(ctx)
    actor_m = [a for a in _actor_mentions(ctx, is_actor) if a[0] not in outlets or editorial(ctx, ctx.sent_of[a[1]])]
    speakers = {ctx.sents[si].start: set(e) for si, e in ctx.speaker.items()}
    targets = []  # (id, start, end, head, meta)
    for ci, cluster in enumerate(positions.clusters):
        if not any(m.content or m.indefinite for m in cluster):
            continue
        tid = f"position#{ci}"
        owners = set()
        for m in cluster:
            owners |= set(m.backers) | set(m.owners)
        for m in cluster:
            head = toks[m.head]
            if bare_generic(ctx, positions, ci, head) or _people(ctx, head):
                continue  # "change was vital, he argued", "urged the two councillors to go": no policy (as the rules hold)
            targets.append((tid, m.start, m.end, m.head, {
                "in_graph": tid in used, "ttype": "position", "weight": m.weight, "size": len(cluster),
                "deg": deg.get(tid, 0), "owners": owners, "verbal": m.verbal, "generic": m.generic,
                "indefinite": m.indefinite, "clause": m.clause, "listed": m.listed}))
    for eid, a0, a1, how in actor_m:  # an actor as target: "criticised the BBC"
        if how != "speaker":
            targets.append((eid, a0, a1, span_root(doc, a0, a1).i, {
                "in_graph": True, "ttype": kind(eid), "weight": 0, "size": 1, "deg": deg.get(eid, 0),
                "owners": set()}))
    by_sent: dict[int, list] = {}  # sentence index -> the target mentions headed in it
    for t in targets:
        by_sent.setdefault(ctx.sent_of[t[3]], []).append(t)
    cache = SentenceCache(ctx.lex.stance, doc)
    frames_in: dict[int, list] = {}  # sentence index -> the frames whose cue is in it, in order
    for fr in frames:
        frames_in.setdefault(ctx.sent_of[fr.cue], []).append(fr)
    out = []
    for eid, a0, a1, how in actor_m:
        ah = span_root(doc, a0, a1)
        si = ctx.sent_of[ah.i]
        sent = ctx.sents[si]
        ameta = {"id": eid, "type": kind(eid), "deg": deg.get(eid, 0), "how": how,
                 "speaker": eid in speakers.get(sent.start, ())}
        for tid, t0, t1, th, pmeta in by_sent.get(si, ()):
            if t0 <= a0 < t1 or a0 <= t0 < a1 or t0 <= ah.i < t1:
                continue  # the actor is named inside the target phrase, or is it
            if eid == tid or (eid, tid) in linked:
                continue
            ph = cache.toks[th]
            feats = pair_features(cache, ah, ph, sent, ameta, pmeta)
            done = in_sent.get(si, ())
            feats["sent_edges"] = min(len(done), 3) / 3
            feats["art_edges"] = density
            # a name that only qualifies another's ("Green MP Ann Lee", "a Treasury spokesman"): the other is who speaks
            if ah.dep_ in ("compound", "amod", "nmod", "poss") and res.by_token.get(ah.head.i, eid) != eid:
                feats["a_qualifies"] = 1
            if ph.dep_ in ("compound", "amod", "nmod") and res.by_token.get(ph.head.i, tid) not in (tid, None):
                feats["t_qualifies"] = 1
            if eid in linked_in.get(si, ((), ()))[0]:
                feats["a_edge_sent"] = 1
            if tid in linked_in.get(si, ((), ()))[1]:
                feats["t_edge_sent"] = 1
            feats.update(frame_features(ctx, cache, frames_in.get(si, ()), ah, ph, (t0, t1), eid))
            out.append(Candidate(eid, tid, si, ah.i, ph.i, feats, partial(disputed, ctx, cache, ah, ph, feats)))
    return out


def pair_statements(ctx: Context, frames, positions: Positions, statements: list[Statement]) -> list[Statement]:
    """The stance edges the scorer adds: per pair, its most probable sentence, if at or above the threshold."""
    model = load_pair_model() if _in_use[0] is _SHIPPED else _in_use[0]
    if model is None:
        return []
    best: dict[tuple[str, str], tuple[float, int, Candidate]] = {}
    for k, c in enumerate(candidates(ctx, frames, positions, statements)):
        p = model.probability(c.features)
        key = (c.actor, c.target)
        if _clears(model, p, c) and (key not in best or p > best[key][0]):
            best[key] = (p, -k, c)
    out = []
    for (actor, target), (p, _, c) in sorted(best.items()):
        relation, q = model.side(c.features)
        ev = evidence_of(ctx, c.sent, [c.actor_token, c.target_token])
        # the pair model says a reader requires some stance edge here; the edge is right only if its side is too
        out.append(Statement(actor, relation, target, ev, RULE, round(p * q, 2)))
    return out


def _clears(model: PairModel, p: float, c: Candidate) -> bool:
    """p is at or above the pair's cut: the model's fitted one where a reading of the rules disputes the pair, else
    the threshold (the reading asked only where the two cuts part)."""
    if p >= model.threshold and p >= model.sure:
        return True
    if p < model.threshold and p < model.sure:
        return False
    return p >= (model.sure if c.disputed else model.threshold)
