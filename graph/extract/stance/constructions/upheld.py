"""Policies upheld by what an actor does to them: "Norland signed the trade accord", "the central bank has extended
the lending curbs", "the council renewed the parking ban", "ministers enforced the curfew". Signing or
ratifying a pact (stance.json adopting_verbs, FrameNet's Sign_agreement), keeping a measure going (stance.json
continuing_verbs, FrameNet's Cause_to_continue) and carrying one out or paying for it (stance.json carrying_verbs)
back the policy, whenever it is done; the verbs state no side on anything else ("signed a letter", "extended its
lead", "funded the study"), so the object must be a policy noun (positions.json heads). Done or being done: not
denied, not asked about or supposed (verb_clauses.conditional), not an act to do (another verb's to-infinitive or a
modal's: "refused to sign the accord", "will sign it", read by their own rules), and not a passive with no agent
("the ban was extended" names no one who extends it).
"""
from __future__ import annotations

from spacy.tokens import Token

from ..frame import Frame, negated
from ..cues.verb_clauses import conditional
from ...reference.actors import Context, actors
from ...language.syntax import agents, dobj, subjects
from ...language.tokens import children

__all__ = ["upheld_frames", "UPHOLDING"]

UPHOLDING = ("adopting_verbs", "continuing_verbs", "carrying_verbs")
RULE = "verb-upheld"


def upheld_frames(ctx: Context, t: Token, si: int) -> list[Frame]:
    st = ctx.lex.stance
    if t.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or t.lemma_.lower() in st["verbs"] or negated(ctx, t) \
            or conditional(t, st) or t.dep_ == "xcomp" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in children(t)):
        # a verb of stance reads its own frame ("accepted the limits"); an act to do, foretold or obliged is the
        # verb above's or future_acts.py's ("agreed to sign the accord", "will sign it", "may have to accept it"),
        # and a gerund another word's ("voted against extending the toll")
        return []
    if t.dep_ == "acl" and t.tag_ == "VBN":  # "the accord, signed by Norland in May,": the noun it is said of
        policy, holders = t.head, agents(t)
    elif any(c.dep_ in ("nsubjpass", "auxpass") for c in children(t)):
        policy, holders = next((c for c in children(t) if c.dep_ == "nsubjpass"), None), agents(t)
    else:
        policy, holders = dobj(t), subjects(t)
    if policy is None or not _policy_noun(ctx, policy):
        return []
    holders = [h for h in holders if actors(ctx, h, si)]
    return [Frame("supports", t.i, holders, policy.i, RULE, si, confidence=0.6)] if holders else []


def _policy_noun(ctx: Context, t: Token) -> bool:
    heads = ctx.lex.words("positions", "heads")
    return t.pos_ in ("NOUN", "PROPN") and (t.lemma_.lower() in heads or t.lower_ in heads)
