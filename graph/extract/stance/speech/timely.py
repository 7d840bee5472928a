"""A call for an act now: "it is (high) time to scrap the toll", "now is the time to cut duty", "the time has come
to X" (Collins COBUILD: said when one thinks a thing should be done now). The speaker wants the act of the to-clause,
as with "it would be wiser to X" (deontic.py reads both). Not when denied, not "decided it was time to go" (the
decider's own choice), not an amount of time ("ample time for the board to X", positions.json time_amounts)."""
from __future__ import annotations

from spacy.tokens import Token

from ...reference.actors import Context
from ...language.tokens import children

__all__ = ["time_for_act"]


def time_for_act(ctx: Context, t: Token) -> Token | None:
    """ "it is time to scrap the toll", "now is the time to cut duty", "the time has come to X" (Collins: said when
    one thinks a thing should be done now): the act of the noun's to-clause."""
    if any(c.dep_ == "neg" for c in children(t)) or t.lemma_ not in ("be", "come") \
            or t.dep_ == "ccomp" and t.head.lemma_.lower() in ctx.lex.stance["deciding_verbs"]:
        return None  # ("Reed decided it was time to go": Reed's own choice, not the speaker's wish)
    nouns = ctx.lex.positions["deontic"]["time_nouns"]
    time = next((c for c in children(t) if c.dep_ in ("attr", "nsubj") and c.lemma_.lower() in nouns
                 and (c.dep_ == "attr" or t.lemma_ == "come" or any(x.dep_ == "advmod" and x.lower_ == "now" for x in children(t)))), None)
    if time is None or any(c.lower_ in ctx.lex.positions["deontic"]["time_amounts"] for c in children(time)):
        return None  # "ample time for the board to X": time enough, not a call
    acts = [c for x in (time, t) for c in children(x) if c.dep_ in ("relcl", "acl", "xcomp") and c.pos_ == "VERB"
            and any(a.lower_ == "to" for a in children(c))]
    words = ctx.lex.positions["deontic"]
    # (a stance cue reads its own side, "time to back the bypass"; one that undoes or brings in a policy is the act)
    return acts[0] if acts and (acts[0].lemma_.lower() not in ctx.lex.stance["verbs"]
                                or acts[0].lemma_.lower() in words["undo"] or acts[0].lemma_.lower() in words["bring_in"]) else None
