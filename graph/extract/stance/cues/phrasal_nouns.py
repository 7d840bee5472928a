"""Nouns of the phrasal stance verbs: "the campaign against the levy", "a fight for fair wages", "Lund,
chief lobbyist for the reform", "campaigners against the bill". A noun made from a verb of stance.json's `phrasal`
table, with the preposition of that entry, takes the side the verb does: an act ("campaign", "fight", "vote")
is held by whoever the noun cues hold it (noun_frames); one who does it ("campaigner", "lobbyist") by the name
apposed to it or the subject it describes, as the agentive nouns are (agentive_frames).
"""
from __future__ import annotations

from spacy.tokens import Token

from .cue_nouns import agentive_frames, noun_frames
from ..frame import Frame, negated
from ...language.lexicon import Lexicon
from ...reference.actors import Context
from ...language.syntax import pobj
from ...language.tokens import children, tokens

__all__ = ["phrasal_noun_frames", "stance_noun_object"]

# English agent-noun endings ("campaigner", "lobbyist"): the verb is the rest, or the rest with its silent "e"
_AGENT_ENDINGS = ("ers", "er", "ists", "ist")


def _verb_of(noun: Token) -> tuple[str, bool]:
    """The verb a noun names the act of (the lemma itself: "campaign", "fight") and whether it names the doer."""
    lemma = noun.lemma_.lower()
    for end in _AGENT_ENDINGS:
        if lemma.endswith(end) and len(lemma) - len(end) >= 4:
            return lemma[:-len(end)], True
    return lemma, False


def phrasal_noun(t: Token, lex: Lexicon) -> tuple[str, str, bool] | None:
    """The side a noun of a phrasal stance verb takes, the preposition it takes it with, and whether the noun
    names the doer; None for any other noun ("a stand by X": "by" is no preposition a noun cue takes)."""
    if t.pos_ != "NOUN":
        return None
    st = lex.stance
    verb, agent = _verb_of(t)
    preps = [c for c in children(t) if c.dep_ == "prep" and pobj(c) is not None]
    if not preps and verb in st["action_nouns"] and (t.dep_ == "dobj" or t.dep_ == "pobj" and t.head.lower_ == "on"):
        # "filed a lawsuit against the merger", "went on strike over the reform": the parser hangs the
        # preposition on the verb
        light = t.head if t.dep_ == "dobj" else t.head.head
        preps = [c for c in children(light) if c.dep_ == "prep" and c.i > t.i and pobj(c) is not None]
    for prep in preps:
        relation = next((st["phrasal"][k] for k in (f"{verb} {prep.lower_}", f"{verb}e {prep.lower_}")
                         if k in st["phrasal"]), None)
        if relation is None and not agent:  # "a lawsuit against the quota": a noun of an act with its preposition
            relation = st["action_nouns"].get(verb, {}).get(prep.lower_)
        if relation is not None and prep.lower_ in st["noun_preps"][relation]:
            return relation, prep.lower_, agent
    return None


def stance_noun_object(act: Token, lex: Lexicon) -> bool:
    """The act's object is a noun of stance with a target of its own ("to intensify the fight against X", "to
    redouble its campaign for Y"): the noun carries the side, and one who urges the act is on that side, not on X
    as a thing the act is done to (verb_frames leaves it to the noun)."""
    obj = next((c for c in children(act) if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    found = phrasal_noun(obj, lex) if obj is not None else None
    return found is not None and not found[2]


def phrasal_noun_frames(ctx: Context, t: Token, si: int) -> list[Frame]:
    found = phrasal_noun(t, ctx.lex)
    if found is None:
        return []
    relation, prep, agent = found
    if agent:  # "Lund, chief lobbyist for the reform", "campaigners against X, including Lund": the doers
        frames = agentive_frames(ctx, t, si, relation, preps=(prep,))
    elif ctx.res.by_token.get(t.i):
        return []  # "the farm lobby for X" is a body, not a stance
    elif any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in ctx.lex.positions["not_positions"] for c in children(t)):
        return []  # "the election campaign for the winner" is run in a contest, as "a campaign for the election" is
    else:
        frames = noun_frames(ctx, t, si, relation)
    doc = t.doc
    # "a campaign for the local elections" is run in a contest, not for a policy (positions.json not_positions)
    frames = [f for f in frames if f.target is None or tokens(doc)[f.target].lemma_.lower() not in ctx.lex.positions["not_positions"]]
    if t.dep_ == "dobj" and negated(ctx, t.head):
        for f in frames:  # "does not run a campaign against the levy": the light verb's negation is the noun's
            f.negated = True
    return frames
