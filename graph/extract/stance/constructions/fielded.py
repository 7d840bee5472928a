"""The body behind the people it fields: "the League says it expects 3,000 supporters to march against the ban",
"the guild wants its members to vote against the deal". The counted or owned members or supporters are the subject of
the act, the body that expects or wants them to act is its author and takes the act's side too (stance.json
fielding_verbs, fielded_people). Police who expect people to march field no one: only a body's own people count.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..frame import Frame, add_holders, holder_tokens
from ...reference.actors import Context, actors
from ...language.syntax import subjects
from ...language.tokens import children

__all__ = ["fielding_bodies"]


def fielding_bodies(ctx: Context, frames: list[Frame]) -> None:
    """Adds, in place, the body that fields a frame's holder to the frame's holders."""
    for f in frames:
        if f.rule.startswith("verb"):
            add_holders(f, [b for t in holder_tokens(f, ctx.parsed.doc) for b in _fielder(ctx, t, f.sent)])


def _fielder(ctx: Context, t: Token, si: int) -> list[Token]:
    """The subjects naming a body of the verb that expects or wants `t`'s people to act ("it" of "it expects 3,000
    members to march")."""
    if t.dep_ != "nsubj" or t.lemma_.lower() not in ctx.lex.words("stance", "fielded_people") or t.tag_ != "NNS":
        return []
    own = any(c.dep_ == "nummod" or c.dep_ == "poss" and c.lower_ in ("its", "their") for c in children(t))
    act, verb = t.head, t.head.head
    if not own or act.dep_ not in ("ccomp", "xcomp") or verb.lemma_.lower() not in ctx.lex.words("stance", "fielding_verbs"):
        return []
    return [s for s in subjects(verb) if any(a.startswith("institution/") and ctx.res.kind.get(a) not in ("gpe", "country", "common")
                                             for a in actors(ctx, s, si))]
