"""Acts arranged: "Carvex is to close its Leeds plant", "the bank is to sell its stake". English states a plan
announced for an actor with "be" and a to-infinitive, the quasi-modal of arrangement (Quirk et al. 1985, A
Comprehensive Grammar of the English Language, 4.54; Huddleston & Pullum 2002, 3.6.1: "be to" for what is
arranged or planned), the plainest way business news tells what a firm has decided to do: the actor backs the act,
as it backs one it "plans to" do (graph/extract/policies/target_heads.planned_act says which acts name a plan).
Not in a condition ("if the firm is to survive, it must cut costs" says what is needed), not a passive ("is to be
sold": what is done to the subject), not negated, and not "is to blame", an idiom of fault."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..frame import Frame, negated, not_yet
from ...policies.target_heads import planned_act
from ...reference.actors import Context, actors, target_actor
from ...language.syntax import subjects
from ...language.tokens import children, sent_tokens
from ..cues.verb_clauses import conditional, cue_verb

__all__ = ["arranged_frames", "arranged_act"]

_NAMES = ("GPE", "LOC", "ORG", "PERSON", "NORP", "FAC")  # a named place, body or person is no thing a plan is done to


def arranged_act(t: Token) -> Token | None:
    """The act 'be' + to-infinitive arranges ("is to close the plant": close), or None."""
    if t.lemma_ != "be" or any(c.dep_ in ("attr", "acomp", "expl", "auxpass") for c in children(t)):
        return None
    act = next((c for c in children(t) if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > t.i), None)
    if act is None or act.lemma_.lower() == "blame" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children(act)) \
            or any(c.dep_ in ("auxpass", "nsubjpass") for c in children(act)):
        return None
    return act


def arranged_frames(ctx: Context, si: int, sent: Span, found: list[Frame]) -> list[Frame]:
    """`found`: the frames read so far; an act that is the cue of one of them reads its own side ("is to relax
    the curbs": against the curbs, by the verbs of measures lifted)."""
    cues = {f.cue for f in found if f.sent == si}
    copulas = ctx.lex.words("reference", "copulas")
    frames = []
    for t in sent_tokens(sent):
        act = arranged_act(t) if t.lemma_ == "be" and t.dep_ in ("ROOT", "ccomp", "conj") else None
        if act is None or conditional(t, ctx.lex.stance) or negated(ctx, t) or negated(ctx, act) or not_yet(act):
            continue
        # the act names a plan as one a firm "plans to" do names it (a thing done to, not a trip, a talk or an actor:
        # "is to visit Jakarta", "is to tell the audience"); an act that is a cue of its own reads its own side
        # ("is to back the plan", "is to relax the curbs"); "is out to" is an idiom of striving
        # ("is to become chairman": a state, no act; a name inside the object is an actor too: "to visit Thailand")
        if cue_verb(act, ctx.lex.stance) or act.i in cues or any(c.lower_ == "out" for c in children(t)) \
                or act.lemma_.lower() in copulas and any(c.dep_ in ("attr", "acomp", "oprd") for c in children(act)) \
                or not planned_act(t, act, ctx.lex, lambda x: any(target_actor(ctx, y) or y.ent_type_ in _NAMES for y in (x, *x.conjuncts))):
            continue
        # (the subject is an actor: "the aim is to cut costs" names an aim, no one's arranged act)
        holders = [s for s in subjects(t) if s.dep_ == "nsubj" and actors(ctx, s, si)]
        if holders:
            frames.append(Frame("supports", t.i, holders, act.i, "verb-arranged", si, confidence=0.6))
    return frames
