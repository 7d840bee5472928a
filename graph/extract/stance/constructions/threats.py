"""A sanction threatened on a condition: "threatened to strike if the council raises the levy", "Washington will
retaliate if Europe bans beef imports", "would quit the coalition if the runway goes ahead". The sanction itself
is no side; the condition it is threatened on is what the threatener opposes, and what it is threatened unless
done ("will strike unless the levy is scrapped") is what the threatener wants (FrameNet's Commitment frame: a
threat names its Condition). The sanctions are stance.json `sanction_verbs`; anything one threatens to do is one.
A condition is read only when it brings in, undoes, raises or cuts a policy, or says a policy goes ahead: "will
resign if the talks fail" threatens no side.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..frame import OPPOSITE, Frame, negated
from ...reference.actors import Context, actors, target_actor
from ...language.syntax import dobj, pobj, subjects
from ...language.tokens import children, sent_tokens

__all__ = ["conditioned_policy", "own_doing", "passive_thing", "threat_frames"]


def threat_frames(ctx: Context, si: int, sent) -> list[Frame]:
    st = ctx.lex.stance
    out: list[Frame] = []
    for c in sent_tokens(sent):
        if c.dep_ != "advcl" or c.pos_ not in ("VERB", "AUX"):
            continue
        mark = next((m.lower_ for m in children(c) if m.dep_ == "mark" and m.lower_ in ("if", "unless")), None)
        if mark is None:
            continue
        sanction = c.head
        if sanction.lemma_.lower() in st["threat_verbs"]:
            # "threatened to resign if X": the parser hangs the condition on the threat as often as on the sanction
            sanction = next((x for x in children(sanction) if x.dep_ == "xcomp" and x.pos_ == "VERB"), sanction)
        # (and on the verb whose object the noun of intent is: "repeated [its threat to strike] if X")
        sanction = next((x for n in children(sanction) if n.dep_ == "dobj" and n.lemma_.lower() in st["intent_nouns"]
                         for x in children(n) if x.dep_ == "acl" and x.pos_ == "VERB" and n.i < x.i < c.i), sanction)
        # "restated Ottawa's intention to sue if X", "its threat to strike if X": a noun of intent (stance.json
        # intent_nouns) with the sanction as its to-clause threatens it as the verb does
        intent = sanction.head if sanction.dep_ == "acl" and sanction.head.pos_ == "NOUN" \
            and sanction.head.lemma_.lower() in st["intent_nouns"] else None
        threatened = sanction.dep_ == "xcomp" and sanction.head.lemma_.lower() in st["threat_verbs"] \
            or intent is not None and intent.lemma_.lower() == "threat"
        # ("would take countermeasures if X", "threatened reprisals if X": the answer named as the light verb's object)
        revenge = dobj(sanction) is not None and dobj(sanction).lemma_.lower() in st["revenge_nouns"]
        if not (threatened or revenge or sanction.lemma_.lower() in st["sanction_verbs"]):
            continue
        cue = sanction.head if threatened else sanction
        if negated(ctx, sanction) or negated(ctx, cue) or negated(ctx, c):
            continue  # "would not quit if X", "if X is not scrapped": no plain side
        if sanction.dep_ == "acl" and intent is None:
            continue
        holders = _intent_owners(intent, st) if intent is not None else subjects(sanction)
        cue = intent if intent is not None else cue
        target = conditioned_policy(ctx, c)
        if not holders or target is None or own_doing(ctx, c, holders, si):
            continue
        relation = "opposes" if mark == "if" else "supports"
        target, undone = passive_thing(ctx, target)
        if undone:  # "unless the levy is scrapped": against the levy
            relation = OPPOSITE[relation]
        out.append(Frame(relation, cue.i, [h.i for h in holders], target.i, "verb-threat", si, confidence=0.6))
    return out


def _intent_owners(noun: Token, st: dict) -> list[Token]:
    """Whose intention or threat it is: its possessor ("Ottawa's intention"), and one who restates it ("reiterated
    Ottawa's intention", stance.json restating_verbs) or, with no possessor, voices it ("voiced a readiness to strike")."""
    owners = [c for c in children(noun) if c.dep_ == "poss"]
    verb = noun.head if noun.dep_ == "dobj" else None
    if verb is not None and (not owners or verb.lemma_.lower() in st["restating_verbs"]):
        owners += subjects(verb)
    return owners


def conditioned_policy(ctx: Context, c: Token) -> Token | None:
    """The policy an if-clause brings about: the act itself ("if the EC bans beef imports", "if the tariffs are
    cut"), or the policy said to go ahead ("if the levy goes ahead", "if they go ahead with the levy")."""
    lemma = c.lemma_.lower()
    st, pos = ctx.lex.stance, ctx.lex.positions
    if lemma == "go" and any(g.lower_ == "ahead" for g in children(c)) or lemma in st["going_ahead_verbs"]:
        then = next((g for g in children(c) if g.dep_ == "conj" and g.pos_ == "VERB"), None)
        if then is not None:  # "if the council goes ahead and raises the levy": the act gone ahead with
            return conditioned_policy(ctx, then)
        with_ = next((pobj(g) for g in children(c) if g.dep_ == "prep" and g.lower_ == "with" and pobj(g) is not None), None)
        subj = next((g for g in children(c) if g.dep_ in ("nsubj", "nsubjpass") and g.pos_ in ("NOUN", "PROPN")), None)
        found = with_ if with_ is not None else subj
        return found if found is not None and not ctx.res.by_token.get(found.i) else None
    acts = (pos["deontic"]["bring_in"], pos["deontic"]["undo"], st["policy_act_verbs"], st["increase_verbs"], st["decrease_verbs"])
    if not any(lemma in group for group in acts) or lemma in ("lose", "destroy"):  # "if it loses the vote" is a fate, not a policy
        return None
    done_to = next((g for g in children(c) if g.dep_ in ("dobj", "nsubjpass") and g.pos_ in ("NOUN", "PROPN")), None)
    if done_to is None or target_actor(ctx, done_to):
        return None  # "if they sack Mr Roe": a threat over a person is no policy opposed
    return c


def own_doing(ctx: Context, c: Token, holders: list[Token | int], si: int) -> bool:
    """ "said he would resign if he lost the vote": a condition the threatener brings about is no policy of
    anyone else's that the threat is made against. (Holders as tokens or token indices, -1 the sentence's speaker.)"""
    doers = {a for g in children(c) if g.dep_ == "nsubj" for a in actors(ctx, g, si)}
    held = {a for h in holders for a in (ctx.speaker.get(si, []) if isinstance(h, int) and h < 0 else actors(
        ctx, c.doc[h] if isinstance(h, int) else h, si))}
    return bool(doers & held)


def passive_thing(ctx: Context, act: Token) -> tuple[Token, bool]:
    """ "if the levy is introduced", "unless the levy is scrapped": a passive clause that brings in or undoes a
    thing is about the thing (as a wished state is, wished_states.py), against it when it undoes it."""
    thing = next((c for c in children(act) if c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN")), None)
    if thing is None or act.pos_ != "VERB":
        return act, False
    deontic = ctx.lex.positions["deontic"]
    lemma = act.lemma_.lower()
    if lemma in deontic["undo"]:
        return thing, True
    return (thing, False) if lemma in deontic["bring_in"] else (act, False)
