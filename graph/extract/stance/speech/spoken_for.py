"""A minister who tells what the government will do speaks for it: "Dorne told the congress the government will make
2 billion crowns available to help growers" is the minister's side as much as the government's, as "we will" said by
a body's spokesman is the body's (stance._our_bodies). Only the holder of a ministerial post the story names
(offices.json portfolio heads beside chancellor, premier, treasurer), and only of "the government" or "his/her
government": a shadow minister, or a minister of another state's government, reports another's plan. So does the
leader of "the union" and a firm's chief executive, chairman or director of "the firm".
"""
from __future__ import annotations

from spacy.tokens import Token

from ..frame import Frame, add_holders, holder_tokens
from ...reference.actors import Context, actors
from ...language.syntax import subjects
from ...language.tokens import children

__all__ = ["government_speakers", "party_owners"]

_CABINET = ("minister", "secretary", "chancellor", "premier", "treasurer")
_LEADERS = ("leader", "president", "chairman", "chairwoman", "chair", "head")
_OFFICERS = _LEADERS + ("executive", "director", "chief")  # a firm's: "chief executive", "managing director"


def government_speakers(ctx: Context, frames: list[Frame]) -> None:
    """Adds, in place, the minister who reports the government's side to that side's holders."""
    for f in frames:
        for t in holder_tokens(f, ctx.parsed.doc):
            # ("Farm leader Jo Bell said the union would stage protests": the leader of the body described speaks for it;
            # "Chief executive Tom Vane said the firm plans to expand": a firm's officer for the firm)
            sort = ctx.lex.institutions["described_bodies"].get(t.lower_)
            posts = _CABINET if t.lower_ == "government" else _LEADERS if sort in ("body", "named") \
                else _OFFICERS if sort in ("company", "bank") else ()
            if not posts or t.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if not any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and c.lower_ in ("his", "her") for c in children(t)) \
                    or any(c.dep_ in ("amod", "compound", "nmod") or c.dep_ == "prep" and c.lower_ == "of" for c in children(t)):
                continue  # "the French government", "the government of Japan": a state named, perhaps not the speaker's
            verb = t.head.head if t.head.dep_ == "ccomp" else None
            if verb is None or verb.lemma_.lower() not in ctx.lex.words("stance", "speech") or not _announced(t.head):
                continue
            bodies = set(actors(ctx, t, f.sent))
            add_holders(f, [s for s in subjects(verb) if _holds(ctx, s, f.sent, posts, bodies)])


def _holds(ctx: Context, t: Token, si: int, heads: tuple[str, ...], bodies: set[str]) -> bool:
    """The token names a person who holds a post the story names whose head is one of these (not a shadow one, nor
    one of another body the story names: "a former Farmers Union president said the council would X")."""
    people = [a for a in actors(ctx, t, si) if a.startswith("person/")]
    others = [e.label.lower() for eid, e in ctx.res.entities.items() if eid.startswith("institution/") and eid not in bodies
              and ctx.res.kind.get(eid) not in ("gpe", "country", "common")]
    posts = [ctx.res.entities[o].label.lower() for o, p in ctx.holder_of.items() if p in people and o in ctx.res.entities]
    return any(post.split()[-1:] and post.split()[-1] in heads and "shadow" not in post.split()
               and not any(o in post for o in others) for post in posts)


def party_owners(ctx: Context, frames: list[Frame]) -> None:
    """ "Kent insisted his party plans for quotas were sound": the possessive the parser hangs on the cue noun over
    "party" is the party's as well as the person's; adds, in place, the party to the holders."""
    for f in frames:
        for t in holder_tokens(f, ctx.parsed.doc):
            if t.dep_ != "poss" or t.lower_ not in ("his", "her"):
                continue
            party = next((c for c in children(t.head) if c.dep_ == "compound" and c.lower_ == "party" and c.i == t.i + 1
                          and ctx.antecedent.get(c.i, "").startswith("institution/")), None)
            if party is not None:
                add_holders(f, [party])


def _announced(clause: Token) -> bool:
    """The clause tells what the body will do or plans ("will make available", "would fight", "planned to stage"),
    which its head or minister announces for it; what the body thinks or did ("the committee welcomes X", "her
    government backed X") is the body's own side, however its head reports it."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in children(clause)) \
        or clause.lemma_.lower() in ("plan", "intend", "aim", "prepare")
