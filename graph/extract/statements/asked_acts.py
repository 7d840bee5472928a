"""What a cue carries past its object: the action it asks of the one it addresses ("urged the ministry to redraft
the clauses": the redrafting is wanted, the ministry no side), and the side of a text or a suit it takes up
("backed a motion calling for a ban": a side on the ban). Read by targets.py before it names a frame's target.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..language.lexicon import Lexicon
from ..language.syntax import pobj
from ..language.tokens import children, tokens
from ..policies.policy_tokens import _position_like, _to_infinitive, wanted_apology
from ..policies.target_heads import caused_act
from ..stance.cues.verb_clauses import quitting
from ..stance.frame import Frame

__all__ = ["wanted_action", "carried_side"]


def wanted_action(doc, f: Frame, lex: Lexicon, cues: set[int]) -> Token | None:
    """ "urged the ministry to redraft the clauses", "ordered 40 firms to return their grants": the one
    told is no side taken, the action they are told to take is (but "backed Lund to win" backs Lund, and
    "urged MPs to reject the bill" is read by the cue it urges). The cue itself when it only tells someone to act
    on nothing ("urged both sides to return to talks"): no side at all. A warning not to act ("warned the Treasury not
    to raise fuel duty") warns of the act. One kept from an act ("blocked the council from closing the library"):
    the act, against it. A challenge to act (stance.json daring_verbs: "challenged the council to publish its accounts",
    "challenged Kent to stand down") asks for it as "urged" does: the frame's side turns to "supports"."""
    toks = tokens(doc)
    cue = toks[f.cue]
    if f.target is not None and toks[f.target].dep_ == "pobj" and toks[f.target].head.lower_ == "for" \
            and toks[f.target].head.head.i == cue.i and toks[f.target].ent_type_ in ("ORG", "PERSON", "GPE", "NORP"):
        # "called for Kestrel Bank to hold a meeting": the parser hangs the to-clause on the verb; the act is asked
        return next((c for c in children(cue) if c.dep_ in ("advcl", "xcomp") and c.i > f.target and _to_infinitive(c)
                     and _done_to(c) and c.i not in cues), None)
    if f.target is None or toks[f.target].head.i != cue.i:
        return None
    # the to-infinitives after the one told: the acts asked of them
    # ("urged the mayor to make landlords fit smoke alarms": the act made to be done is the one asked for)
    asked = [caused_act(c, lex) for c in children(cue) if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > f.target and _to_infinitive(c)]
    acts = [c for c in asked if c.i not in cues]
    if f.relation == "warns":
        # "warned the Treasury not to raise fuel duty": the act warned against is the side, the one warned no target
        return next((c for c in acts if toks[f.target].dep_ == "dobj" and any(x.dep_ == "neg" for x in children(c))
                     and _done_to(c)), None)
    if cue.lemma_.lower() in lex.stance["preventing_verbs"] and toks[f.target].dep_ == "dobj":
        kept_from = next((g for c in children(cue) if c.dep_ == "prep" and c.lower_ == "from"
                          for g in children(c) if g.dep_ == "pcomp" and g.tag_ == "VBG" and _done_to(g)), None)
        if kept_from is not None:
            return kept_from  # "blocked the council from closing the library": against the closing, not the council
    if cue.lemma_.lower() in lex.stance["daring_verbs"] and toks[f.target].dep_ == "dobj":
        if any(c.i in cues for c in asked):
            return cue  # "challenged ministers to scrap the levy": the act asked for carries the side
        if any(quitting(c, lex.stance) for c in asked):
            f.relation = "supports"  # "challenged Kent to stand down": a call for him to go, read as "urged" is
            return None
        # ("challenged Kent to deny the reports", "to explain the figures": talk asked for, no policy)
        dared = next((c for c in acts if _done_to(c) and c.lemma_.lower() not in lex.stance["speech"]
                      and c.lemma_.lower() not in lex.stance["rebutting_verbs"]), None)
        if dared is not None:
            f.relation = "supports"  # "challenged the council to publish its accounts": asked for, as "urged" asks it
            return dared
    if cue.lemma_.lower() in lex.stance["actor_cues"] or toks[f.target].dep_ not in ("dobj", "nsubjpass") \
            or _position_like(toks[f.target], lex):
        return None  # "promised higher taxes to fund spending": the taxes are promised, the clause says what for
    if (sorry := wanted_apology(cue, f.target, lex)) is not None:
        return sorry  # "urged the owner to apologise": the apology is wanted
    for c in acts:
        if _done_to(c):
            return c  # an action done to something: "to think again" is no policy
        if cue.lemma_.lower() in lex.stance["addressee_verbs"] and not quitting(c, lex.stance):
            return cue  # "urged both sides to return to talks": those urged are told, and back nothing
            # ("urged Kent to step down" is a side against Kent, read by verb_clauses.quitter)
    return None


def _done_to(act: Token) -> bool:
    return any(x.dep_ == "dobj" for x in children(act))


def carried_side(doc, f: Frame, frames: list[Frame], lex: Lexicon) -> Frame | None:
    """ "backed a motion calling for a ban on hunting", "signed a petition demanding X", "upheld a lawsuit by tenants
    seeking a rent freeze": a text or a suit said (by a participle cue hung on it, or on its maker after "by") to
    call for or against a thing carries that side, and a side on the container is one on the thing; an instrument
    ("a bill calling for X", positions.json instruments) is a policy of its own. A side against a side is the other
    side on its target ("criticised the Treasury's opposition to the tax" backs the tax)."""
    # (an adjective's side too: "unhappy with the bank's refusal to cut rates" backs the cut)
    if f.target is None or f.relation not in ("supports", "opposes") or not (f.rule.startswith("verb") or f.rule == "adjective-cue"):
        return None
    t = tokens(doc)[f.target]
    if t.pos_ != "NOUN" or t.lemma_.lower() in lex.words("positions", "instruments"):
        return None
    # (the parser often hangs the maker's "by" on the verb: "backed a lawsuit [by tenants] seeking X")
    by = [c for c in children(t)] + [c for c in children(t.head) if c.i == t.right_edge.i + 1]
    makers = {t.i} | {pobj(c).i for c in by if c.dep_ == "prep" and c.lower_ == "by" and pobj(c) is not None}
    for g in frames:
        if g is not f and g.cue == t.i and g.rule == "noun-cue" and g.relation == "opposes" and g.target is not None:
            return g  # "criticised the Treasury's opposition to the tax", "rejected criticism of the levy": a side on a side
        cue = doc[g.cue]
        if g is not f and g.target is not None and g.relation in ("supports", "opposes") and cue.dep_ == "acl" \
                and cue.tag_ == "VBG" and cue.lemma_.lower() in lex.words("positions", "carried_verbs") \
                and cue.head.i in makers and set(g.holders) <= makers | {-1} and g.holders:
            return g
    # ("is fighting opposition to the carbon tax": an opposition no one is named to hold is still a side on its object)
    # (not one that names a thing of its own: "rejected the charges against X" is against the charges)
    if lex.stance["nouns"].get(t.lemma_.lower()) == "opposes" and not any(c.dep_ == "poss" for c in children(t)) \
            and t.lemma_.lower() not in lex.positions["heads"]:
        thing = next((pobj(c) for c in children(t) if c.dep_ == "prep" and c.lower_ in lex.stance["noun_preps"]["opposes"]
                      and pobj(c) is not None and pobj(c).pos_ in ("NOUN", "PROPN")), None)
        if thing is not None:
            return Frame("opposes", t.i, [], thing.i, "noun-cue", f.sent)
    return None
