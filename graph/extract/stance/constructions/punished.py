"""A deed punished is a side against it: "Kent suspended the branch for refusing to drop its candidate", "the party
expelled two councillors for backing the incinerator" — whoever punishes someone for a deed takes the side opposite
to the deed's (the verbs of FrameNet's Rewards_and_punishments, Firing and Expulsion frames, stance.json
punishing_verbs). Read after every other frame: the deed's own frame, with the one punished as its doer, is turned.
"""
from __future__ import annotations

from dataclasses import replace

from ..frame import OPPOSITE, Frame
from ...reference.actors import Context
from ...language.syntax import subjects
from ...language.tokens import tokens

__all__ = ["punished_deeds"]


def punished_deeds(ctx: Context, frames: list[Frame]) -> list[Frame]:
    """The punisher's frames, one for each frame whose cue is the deed a punishing verb's "for" names."""
    doc = ctx.parsed.doc
    out = []
    for f in frames:
        cue = tokens(doc)[f.cue]
        if cue.dep_ == "xcomp" and cue.head.dep_ == "pcomp":
            cue = cue.head  # "for refusing to drop its candidate": the refusal is the deed, the cue's frame denied
        if f.relation not in OPPOSITE or cue.dep_ != "pcomp" or cue.head.lower_ != "for":
            continue
        verb = cue.head.head if cue.head.head.pos_ == "VERB" else cue.head.head.head  # ("expelled two members for X")
        if verb.lemma_.lower() not in ctx.lex.words("stance", "punishing_verbs") or not subjects(verb):
            continue
        out.append(replace(f, relation=OPPOSITE[f.relation], holders=subjects(verb), rule="verb-punished", confidence=0.6))
    return out
