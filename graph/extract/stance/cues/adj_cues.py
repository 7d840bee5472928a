"""Adjective cues: "alarmed by the reform", "opposed to the levy", "keen to resume the talks", "B and C are
opposed" (the policy in focus), with the one the adjective is said of as holder; moved from cue_nouns.py, which
reads the noun cues."""
from __future__ import annotations

from spacy.tokens import Token

from ..frame import OPPOSITE, Frame, negated
from ...reference.actors import Context, target_actor
from ...language.syntax import pobj, subjects
from ...language.tokens import children, tokens
from .verb_clauses import wanted

__all__ = ["adj_frames"]


def adj_frames(ctx: Context, t: Token, si: int, relation: str | None) -> list[Frame]:
    if relation is None:
        return []
    target = pobj(t) if t.pos_ == "ADP" else None
    # ("prepared for a strike": an adjective only of readiness is for what it readies, no side)
    ready_only = t.lower_ not in ctx.lex.stance["adjectives"] and t.lemma_.lower() not in ctx.lex.stance["adjectives"]
    for c in children(t):
        if target is None and not ready_only and c.dep_ in ("prep", "agent") and pobj(c) is not None:
            target = pobj(c)
            break
    act_denied = False
    if target is None and (relation == "supports" or t.lower_ in ctx.lex.stance["reluctant_adjectives"]):
        target = _intended_act(ctx, t)  # "keen to resume the talks", "determined to scrap the levy", "reluctant to raise it"
        # "determined not to raise the levy": the act is ruled out, a side against it
        act_denied = target is not None and any(c.dep_ == "neg" for c in children(target))
        if ready_only and target is not None and target.lemma_.lower() not in ctx.lex.policy_acts:
            target = None  # "prepared to raise fares" is an act of policy; "prepared to go the extra mile" is none
    if target is None and t.dep_ == "acomp" and t.lower_ in ctx.lex.stance["bare_adjectives"] \
            and not any(c.dep_ in ("prep", "xcomp", "ccomp", "advcl") for c in list(children(t)) + list(children(t.head))):
        target = _policy_in_focus(ctx, t)  # "the plan has the support of A, while B and C are opposed"
    if target is None:
        return []
    head = t.head if t.dep_ in ("acomp", "oprd", "xcomp", "prep") else t
    # "Lund was alarmed by the reform", "claiming Roe was committed to cuts": the adjectival passive's own
    # subject feels it, before any subject of the clauses above
    holders = [c for c in children(head) if c.dep_ in ("nsubj", "nsubjpass")]
    controller = [] if holders else _controller(head)
    judged = ctx.lex.stance["verbs"].get(head.head.head.lemma_.lower()) if controller else None
    if judged is not None:
        # "Washington accused Iran of being behind the raids": the accuser's side, against what the accused is
        # said to back (the accused's own side is only alleged); "praised Lund for being behind the reform" backs it
        holders = subjects(head.head.head)
        relation = relation if judged == "supports" else OPPOSITE.get(relation, relation)
    elif controller:
        holders = controller  # "the report found the board to be behind X" (no judgement): the one said to be
    holders = holders + [c for h in holders for c in h.conjuncts] if holders else subjects(head)
    if holders and all(h.lower_.endswith(("self", "selves")) for h in holders) and head.dep_ in ("ccomp", "xcomp", "oprd"):
        holders = subjects(head.head)  # "Kent declared himself delighted with X": the one who declares it of himself
    if not holders and t.dep_ == "amod":
        holders = [t.head]
    if not holders:
        return []
    return [Frame(relation, t.i, holders, target.i, "adjective-cue", si, negated=negated(ctx, head) != act_denied,
                  confidence=0.7)]


def _controller(verb: Token) -> list[Token]:
    """The object a gerund is said of: "accused Iran of being behind the raids", "the state, which they accuse of
    being behind it" (the one accused, not the accuser, is behind it)."""
    if verb.dep_ != "pcomp" or verb.head.dep_ != "prep":
        return []
    obj = next((c for c in children(verb.head.head) if c.dep_ == "dobj"), None)
    if obj is not None and obj.tag_ in ("WDT", "WP") and verb.head.head.dep_ == "relcl":
        obj = verb.head.head.head
    return [obj] if obj is not None else []


def _caused(verb: Token, st: dict) -> bool:
    """'get the deal approved', 'have the levy scrapped': the verb makes its object undergo the participle's act
    (verb_clauses.wanted reads such a participle), so it is that act, not a gain, that the adjective is ready for."""
    return any(wanted(x, st, []) for c in children(verb)
               for x in ([c] if c.dep_ in ("ccomp", "oprd") else children(c) if c.dep_ == "dobj" else []))


def _intended_act(ctx: Context, t: Token) -> Token | None:
    """The act an adjective of readiness is for, as a noun of intent's ("determination to scrap the levy"): done
    to a thing, not to a person ("keen to replace Mr Roe"), not itself a cue ("determined to oppose X" is read
    by "oppose") nor a saying ("pleased to announce") or a weighing up ("keen to highlight the issue"), nor a
    gain ("delighted to receive the regulator's notice", "pleased to win the award": stance.json receive_verbs, but
    "keen to secure a deal" works for the deal)."""
    st = ctx.lex.stance
    for c in children(t):
        if c.dep_ == "xcomp" and c.pos_ == "VERB" and any(x.dep_ == "aux" and x.lower_ == "to" for x in children(c)):
            lemma = c.lemma_.lower()
            if lemma in st["verbs"] or lemma in st["speech"] or lemma in st["weighing_verbs"] \
                    or lemma in st["receive_verbs"] and lemma != "secure" and not _caused(c, st) \
                    or any(k.split()[0] == lemma for k in st["phrasal"]):
                return None
            obj = next((x for x in children(c) if x.dep_ == "dobj"), None)
            if obj is None or obj.pos_ not in ("NOUN", "PROPN") or target_actor(ctx, obj):
                return None
            return c
    return None


def _policy_in_focus(ctx: Context, t: Token) -> Token | None:
    """The policy a side stated without its object is on: the nearest policy noun before it, in its sentence
    or the one before, that names no actor ("A backed the plan; B and C are opposed")."""
    doc = t.doc
    pos = ctx.lex.positions
    heads = set(pos["heads"]) | set(pos["salient_heads"])
    first = ctx.sents[max(0, ctx.sent_of[t.i] - 1)].start
    for i in range(t.i - 1, first - 1, -1):
        x = tokens(doc)[i]
        if x.pos_ in ("NOUN", "PROPN") and x.dep_ != "compound" and not ctx.res.by_token.get(i) \
                and (x.lemma_.lower() in heads or x.lower_ in heads):
            return x
    return None
