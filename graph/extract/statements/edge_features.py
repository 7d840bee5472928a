"""What the stance scorer sees of one stance edge: cheap facts read off the frame that made it, the parse
around its cue, and the other edges of the article. A feature is a name and a value (1.0 for a fact that
holds); names carry their value for words ("cue=back"), so a word never seen in training weighs nothing.

Every fact here is about how the edge was read, never about who or what it names: no entity name, no
article name, so weights learnt on one set of articles carry over to any other.
"""
from __future__ import annotations

import math
from collections import defaultdict

from spacy.tokens import Token

from ...model import Statement
from ..stance.frame import Frame
from ..reference.actors import Context
from ..language.syntax import text_of
from ..language.tokens import children, tokens

__all__ = ["edge_features", "article_features"]

# the tables of graph/data/stance.json whose membership says what kind of cue a word is
_CUE_TABLES = ("verbs", "phrasal", "nouns", "adjectives", "agentive_nouns", "experiencer_verbs", "characterising_verbs",
               "actor_cues", "plain_cues", "intent_nouns", "addressee_verbs", "speech", "negative_eval", "positive_eval")


def _log(n: float) -> float:
    return round(math.log1p(max(n, 0)), 4)


_TABLES: list = [None, []]  # the stance lexicon last seen, and its cue tables as word sets


def _cue_classes(ctx: Context, cue: Token) -> list[str]:
    st = ctx.lex.stance
    if _TABLES[0] is not st:  # the word sets once per lexicon, not once per edge
        _TABLES[:] = [st, [(name, frozenset(k.split()[0] for k in st[name]) if name == "phrasal" else frozenset(st[name]))
                           for name in _CUE_TABLES if name in st]]
    tables = _TABLES[1]
    words = {cue.lemma_.lower(), cue.lower_}
    return [name for name, entries in tables if words & entries]


def edge_features(ctx: Context, f: Frame, holder: str, holder_tok: int, obj: str, obj_kind: str, relation: str,
                  hedged: bool, attribution: str, cluster_size: int = 0) -> dict[str, float]:
    """The facts of one edge: `holder_tok` is the frame's holder token that named `holder` (-1: the
    sentence's speaker), `obj_kind` how the target became `obj` (actor, owner, patient, office, position)."""
    doc = ctx.parsed.doc
    cue = tokens(doc)[f.cue]
    sent = ctx.sents[f.sent]
    target = tokens(doc)[f.target] if f.target is not None else cue
    feats: dict[str, float] = {
        f"rule={f.rule}": 1.0,
        f"relation={relation}": 1.0,
        f"rule_relation={f.rule}:{relation}": 1.0,
        f"cue={cue.lemma_.lower()}": 1.0,
        f"cue_pos={cue.pos_}": 1.0,
        f"cue_dep={cue.dep_}": 1.0,
        f"holder_type={holder.split('/')[0]}": 1.0,
        f"holder_kind={ctx.res.kind.get(holder) or 'none'}": 1.0,
        f"object={obj_kind}": 1.0,
        f"object_type={obj.split('/')[0].split('#')[0]}": 1.0,
        f"target_pos={target.pos_}": 1.0,
        f"target_dep={target.dep_}": 1.0,
        "sentence_length": _log(len(sent)),
        "cue_to_target": _log(abs(target.i - cue.i)),
        "cluster_size": _log(cluster_size),
    }
    for table in _cue_classes(ctx, cue):
        feats[f"cue_in={table}"] = 1.0
    if holder_tok < 0:
        feats["holder_speaker"] = 1.0
    else:
        h = tokens(doc)[holder_tok]
        feats["holder_to_cue"] = _log(abs(h.i - cue.i))
        if h.i > cue.i:
            feats["holder_after_cue"] = 1.0
        if h.pos_ == "PRON":
            feats["holder_pronoun"] = 1.0
        if h.ent_type_ == "":
            feats["holder_not_named"] = 1.0
    if f.negated:
        feats["negated"] = 1.0
    if hedged:
        feats["hedged"] = 1.0
    if attribution:
        feats["attribution"] = 1.0
        feats[f"attribution={attribution if attribution in ('quoted', 'reportedly', 'is reported', 'is said') else 'named'}"] = 1.0
    if f.target_is_clause:
        feats["target_clause"] = 1.0
    if f.clause is not None:
        feats["clause_verb"] = 1.0
    if len(f.holders) > 1:
        feats["many_holders"] = 1.0
    # a hedging modal ("may back") is the hedge: counted again as a prediction it would buy back its doubt
    if not hedged and any(c.dep_ == "aux" and c.lower_ in ctx.lex.stance["prediction_modals"] for c in children(cue)):
        feats["cue_modal"] = 1.0
    text = text_of(sent)  # (Span.text joins the tokens anew for every edge)
    if any(q in text for q in "\"“”"):
        feats["quotation"] = 1.0
    if "?" in text:
        feats["question"] = 1.0
    if f.sent <= 2:
        feats["lead"] = 1.0
    return feats


def article_features(edges: list[tuple[Statement, dict[str, float]]]) -> None:
    """Add to each stance edge's features (a statement and its feature dict) what the other edges of the article
    say: a claim read in several sentences or by several rules is likelier right, one contradicted elsewhere
    likelier wrong. A sentence is known by where its evidence starts."""
    sentences = defaultdict(set)
    rules = defaultdict(set)
    relations = defaultdict(set)
    by_holder = defaultdict(set)
    by_object = defaultdict(set)
    for s, _ in edges:
        sentences[(s.subject, s.relation, s.object)].add(s.evidence.start)
        rules[(s.subject, s.relation, s.object, s.evidence.start)].add(s.rule)
        relations[(s.subject, s.object)].add(s.relation)
        by_holder[s.subject].add((s.relation, s.object))
        by_object[s.object].add(s.subject)
    for s, feats in edges:
        feats["claim_sentences"] = _log(len(sentences[(s.subject, s.relation, s.object)]) - 1)
        feats["claim_rules"] = _log(len(rules[(s.subject, s.relation, s.object, s.evidence.start)]) - 1)
        if {"supports", "opposes"} <= relations[(s.subject, s.object)]:
            feats["contradicted"] = 1.0
        feats["holder_claims"] = _log(len(by_holder[s.subject]) - 1)
        feats["object_holders"] = _log(len(by_object[s.object]) - 1)
