"""Permission refused: "will not allow new coal mines to be built", "would not permit any new toll roads", "will
not tolerate attacks on the border", "refused to allow the march through the town". The verbs of FrameNet's
Permitting and Tolerating frames (stance.json `permitting_verbs`) state no side when granted ("the rules allow
firms to bid" tells what the rules do), but an actor who will not let a thing be done opposes it, as one who bans
it does. The target is the verb's object, or the subject of the clause it governs ("allow [mines to be built]").
A passive ("were not allowed to speak") names the one refused, not the one refusing, and reads nothing.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..frame import Frame
from ...reference.actors import Context, target_actor
from ...language.syntax import dobj, subjects
from ...language.tokens import children

__all__ = ["permit_frames"]


def permit_frames(ctx: Context, t: Token, si: int) -> list[Frame]:
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in children(t)) or not _refused(t, ctx.lex.stance):
        return []
    target = _permitted(t)
    if target is None or target_actor(ctx, target):
        return []  # "will not let the minister speak": a person is no policy; what he may not do is no side here
    holders = subjects(t)
    if not holders or any(h.pos_ == "PRON" and h.lower_ in ("this", "that", "which") for h in holders):
        return []  # "this would not allow X": a thing said not to permit acts for no one
    return [Frame("opposes", t.i, holders, target.i, "verb-permit", si, confidence=0.7)]


def _refused(t: Token, st: dict) -> bool:
    """ "will not allow", "never permits", "refused to allow": the verb's own negation or a refusal it is the act of;
    not a negation further up ("the spending they would stop to allow tax cuts" stops the spending)."""
    if any(c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ == "never" for c in children(t)):
        return True
    return t.dep_ == "xcomp" and t.head.lemma_.lower() in st["to_act_verbs"] and st["to_act_verbs"][t.head.lemma_.lower()] == "opposes"


def _permitted(t: Token) -> Token | None:
    """ "permit [any new toll roads]"; "allow [new mines] to be built": the clause's subject, a thing. A clause that
    does something to another ("allow a quarrel to harm the union", "allow pride to become arrogance") opposes
    what it does, not its subject: no side read."""
    if any(c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") and any(
            g.dep_ in ("dobj", "attr", "acomp", "oprd") for g in children(c)) for c in children(t)):
        return None
    obj = dobj(t)
    if obj is not None and any(c.dep_ in ("acl", "relcl") and c.i > obj.i and any(g.dep_ in ("dobj", "attr", "acomp") for g in children(c))
                               and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c)) for c in children(obj)):
        return None  # (the parser often hangs the clause on the object: "allow [a row [to damage the party]]")
    if obj is not None:
        return obj if obj.pos_ in ("NOUN", "PROPN") else None
    return next((g for c in children(t) if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")
                 for g in children(c) if g.dep_ in ("nsubj", "nsubjpass") and g.pos_ == "NOUN"), None)
