"""Money offered for a purpose: "the cabinet is to make available 3 bln dlrs to help growers cut output", "the
Commission offered 300 mln ecus in aid to fishermen". A sum given, offered or set aside for what it is to do is a
measure (FrameNet's Supply, Offering and Giving: positions.json provisions), which its giver backs; a sum with no
purpose said ("lent the firm 5 mln dlrs") is only business.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..frame import Frame, negated
from ...policies.policy_tokens import _to_infinitive
from ...reference.actors import Context, target_actor
from ...language.syntax import dobj, money_sum, pobj, subjects
from ..cues.verb_clauses import conditional
from ...language.tokens import children, sent_tokens

__all__ = ["provision_frames", "RULE"]

RULE = "verb-provision"


def provision_frames(ctx: Context, si: int, sent: Span) -> list[Frame]:
    words = ctx.lex.positions["provisions"]
    frames = []
    for t in sent_tokens(sent):
        if t.pos_ != "VERB":
            continue
        obj = dobj(t)
        if obj is None or not money_sum(obj) or not _giving(t, obj, words) or not _purposed(ctx, t, obj, words["aid_nouns"]):
            continue
        if conditional(t, ctx.lex.stance):
            continue  # "if the bank provides 2 bln dlrs to X": no offer made
        holders = subjects(t)
        if holders:
            frames.append(Frame("supports", t.i, holders, obj.i, RULE, si, negated=negated(ctx, t), confidence=0.6))
    return frames


def _giving(t: Token, obj: Token, words: dict) -> bool:
    """A verb of giving a sum ("provide", "allocate"), or a phrase of one ("set aside", "make available", the parser
    hanging "available" on the sum)."""
    lemma = t.lemma_.lower()
    if lemma in words["verbs"]:
        return True
    parts = [c for c in children(t) if c.dep_ in ("prt", "advmod", "acomp", "oprd", "ccomp")] + \
            [c for c in children(obj) if c.dep_ == "amod" and c.i < obj.i]
    return any(f"{lemma} {c.lower_}" in words["phrasal"] for c in parts)


def _purposed(ctx: Context, t: Token, obj: Token, aid: list[str]) -> bool:
    """What the sum is for: its to-clause ("to help farmers cut output"), a "for" ("for flood defences"; not a firm or
    body, "offered 2 bln dlrs for Tonmark", a bid), or the aid it is given in ("in aid to fishermen")."""
    for x in (obj, t):
        for c in children(x):
            if c.i < obj.i:
                continue
            if c.dep_ in ("acl", "relcl", "advcl", "xcomp") and c.pos_ == "VERB" and _to_infinitive(c):
                return True
            p = pobj(c) if c.dep_ == "prep" else None
            if p is not None and (c.lower_ == "for" and p.ent_type_ not in ("DATE", "TIME", "MONEY") and not target_actor(ctx, p)
                                  or c.lower_ == "in" and p.lemma_.lower() in aid):
                return True
    return False
