"""Quarrels: "the Greens and the Liberals have clashed over the levy", "the two unions are feuding". A verb of FrameNet's
Quarreling and Hostile_encounter frames (stance.json quarrel_verbs) with a subject that joins two or more actors
and no one else to quarrel with says that each is against the others ("X clashed with Y" is read by the phrasal cue
"clash with"). A quarrel denied ("have not clashed"), asked or supposed takes no side, and neither does one only
foreseen ("could clash").
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..cues.verb_clauses import conditional
from ..frame import Frame, negated
from ...reference.actors import Context, actors
from ...language.syntax import question, subjects
from ...language.tokens import children, sent_tokens

__all__ = ["quarrel_frames"]


def quarrel_frames(ctx: Context, si: int, sent: Span) -> list[Frame]:
    words = ctx.lex.words("stance", "quarrel_verbs")
    out = []
    if question(sent):
        return out  # "Have the Greens and the Liberals clashed?": asked, not told
    for t in sent_tokens(sent):
        if t.pos_ != "VERB" or t.lemma_.lower() not in words or negated(ctx, t) or _partnered(t) \
                or any(c.dep_ == "aux" and c.tag_ == "MD" for c in children(t)) or conditional(t, ctx.lex.stance):
            continue  # ("if the Greens and the Liberals clash": supposed)
        joined = [s for s in subjects(t) if s.dep_ in ("nsubj", "conj")]
        sides = {}
        for s in joined:
            found = actors(ctx, s, si)
            if len(found) == 1 and found[0] not in sides.values():
                sides[s.i] = found[0]
        if len(sides) < 2:
            continue
        for h in sides:
            out += [Frame("opposes", t.i, [h], other, "verb-quarrel", si, confidence=0.6) for other in sides if other != h]
    return out


def _partnered(t: Token) -> bool:
    """The verb names the other side itself ("clashed with the Treasury") or an object ("fought the plan")."""
    return any(c.dep_ in ("dobj", "ccomp", "xcomp") or c.dep_ == "prep" and c.lower_ in ("with", "against")
               for c in children(t))
