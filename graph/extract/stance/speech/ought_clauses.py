"""A proposal held as a belief: "Ms Lund believes rail freight should be a public service", "a conviction in the
union that ports should share the cost": a clause of what ought to be, under a verb or noun of holding a view,
whose subject is a thing or a body and whose verb states what it should be or do, names the proposal itself,
though no policy noun heads it. deontic.py reads the clauses that name a policy act or a policy noun; this
reads the rest of the kind, kept to held views (positions.json deontic opinion_verbs; content_nouns through
deontic.opinion_holders), since under "said" or "expects" a "should" as often forecasts ("profit should be
firm") as it asks for something."""
from __future__ import annotations

from spacy.tokens import Token

from ...reference.actors import Context, actors, target_actor
from ...language.tokens import children

__all__ = ["proposed_clause", "said_forecast", "seen_state"]

# (entities that count or date: a clause about them forecasts, "sales should be strong in May")
_MEASURES = ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY", "ORDINAL")


def proposed_clause(ctx: Context, t: Token, subj: Token, passive: bool, held_view: bool) -> bool:
    """Whether the should-clause of verb `t` with subject `subj` states a proposal as a whole: "abortion should
    be a private matter", "grain should be cheap", "the banks should take a bigger role"; `held_view` says the
    clause is under a noun of view ("his belief that ..."). Not a person's conduct ("Mr Roe should go"), a
    passive (deontic.py reads those), a stance verb (its own cue reads it), nor a clause with a count or date."""
    words = ctx.lex.positions["deontic"]
    if passive or t.lemma_.lower() in ctx.lex.stance["verbs"] or any(c.dep_ == "aux" and c.lower_ == "have" for c in children(t)):
        return False  # ("should have spent it on nurses" judges what was done: a charge, hindsight.py)
    if not held_view and not (t.dep_ == "ccomp" and t.head.lemma_.lower() in words["opinion_verbs"]):
        return False
    if subj.pos_ not in ("NOUN", "PROPN") or subj.ent_type_ in ("PERSON", *_MEASURES) \
            or subj.lemma_.lower() in ctx.lex.positions["not_positions"] or ctx.res.by_token.get(subj.i, "").startswith("person/"):
        return False
    if any(x.like_num or x.ent_type_ in _MEASURES for x in t.subtree):
        return False
    if t.lemma_ == "be":
        # what the thing should be: a noun that names no actor, or a plain adjective ("should be higher" forecasts)
        # (a noun listed as no position, "issue", "matter", still says what the thing should be: the clause is the proposal)
        return any(c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN") and not target_actor(ctx, c)
                   or c.dep_ == "acomp" and c.pos_ == "ADJ" and c.tag_ == "JJ" for c in children(t))
    # what the thing or body should do: an act done to a thing, not to an actor ("should take a bigger role")
    return any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and not target_actor(ctx, c)
               and c.lemma_.lower() not in ctx.lex.positions["not_positions"] for c in children(t))


def seen_state(ctx: Context, see: Token) -> Token | None:
    """The verb of the state a wished "see" takes as a clause, when things or bodies, no person, are able to do or do
    something to a thing: "would like to see councils being able to ban X", "hopes to see ports bearing the cost"
    (a person seen doing something is only watched, and one able to win says nothing of policy)."""
    clause = next((c for c in children(see) if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")), None)
    subj = next((c for c in children(clause) if c.dep_ == "nsubj"), None) if clause is not None else None
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.ent_type_ == "PERSON" \
            or ctx.res.by_token.get(subj.i, "").startswith("person/"):
        return None
    act = clause
    if clause.lemma_ == "be":
        able = next((c for c in children(clause) if c.dep_ == "acomp" and c.lemma_.lower() == "able"), None)
        act = next((c for c in children(able) if c.dep_ == "xcomp" and c.pos_ == "VERB"), None) if able is not None else None
    if act is None or act.lemma_.lower() in ctx.lex.stance["verbs"]:
        return None
    done = any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and not target_actor(ctx, c)
               and c.lemma_.lower() not in ctx.lex.positions["not_positions"] for c in children(act))
    return clause if done else None


def said_forecast(ctx: Context, t: Token, si: int) -> bool:
    """ "Lee said low rates should support house building": under "said", a "should" whose subject is a thing and
    no actor forecasts what the thing will do, as "profit should be firm" does; the speaker asks nothing of it, as
    "the council should back the bypass" asks of the council."""
    subj = next((c for c in children(t) if c.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ == "NOUN" and not actors(ctx, subj, si) and not target_actor(ctx, subj)
