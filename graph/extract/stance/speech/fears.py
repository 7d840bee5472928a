"""Fear and peril in speech: the that-clause of a noun or adjective of fear says what its owner fears or warns of
("expressed concern that the levy would hurt farms"), and a peril names the harm's cause ("farms were at risk from
the levy"). Read by speech.py's evaluations."""
from __future__ import annotations

from spacy.tokens import Token

from ..frame import negated as is_negated
from ...language.lexicon import Lexicon
from ...reference.actors import Context, actors
from ...language.syntax import pobj, subjects
from ...language.tokens import children

__all__ = ["feared", "fearer", "imperils", "peril_source"]


def feared(t: Token, lex: Lexicon) -> bool:
    """ "expressed concern that the levy would hurt farms", "a risk that it would fail": the that-clause of a noun
    of fear or peril says what is feared (the parser hangs it on the noun as if it said which concern)."""
    if t.dep_ not in ("acl", "ccomp"):
        return False  # asked of every verb of every sentence: the cheap test first, the word sets made once
    fear, peril = lex.words("stance", "fear_nouns"), lex.words("stance", "peril_nouns")
    return any(w in fear or w in peril for w in (t.head.lemma_.lower(), t.head.lower_)) \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in children(t))


def fearer(ctx: Context, t: Token, st: dict) -> list[int]:
    """Who fears or warns of what a clause says: the owner of the noun of fear it hangs on ("her warning that"),
    the subject of the verb that voices it ("expressed concern that", "raised fears that"; not one who dismisses
    it), or the subject of an adjective of fear ("is worried that", "is afraid that")."""
    head = t.head
    if t.dep_ not in ("acl", "ccomp") or not any(c.dep_ == "mark" and c.lower_ == "that" for c in children(t)):
        return []
    si = ctx.sent_of[t.i]
    if any(c.dep_ in ("det", "neg") and c.lower_ in st["negators"] for c in children(head)):
        return []  # "has no fear that": none is voiced
    if head.lower_ in st["fear_nouns"] or head.lemma_.lower() in st["fear_nouns"] and head.pos_ == "NOUN":
        owners = [c for c in children(head) if c.dep_ == "poss"] + [  # ("the warning from Kent that ...")
            pobj(c) for c in children(head) if c.dep_ == "prep" and c.lower_ in ("by", "from") and pobj(c) is not None]
        if not owners and head.dep_ == "dobj" and head.head.lemma_.lower() in st["fear_voicing_verbs"] \
                and not is_negated(ctx, head.head):
            owners = subjects(head.head)
    elif head.lower_ in st["fear_adjectives"] and head.dep_ == "acomp" \
            and not any(c.dep_ == "neg" for c in list(children(head)) + list(children(head.head))):
        owners = subjects(head.head)
    else:
        return []
    return [x.i for x in owners if actors(ctx, x, si)]


def imperils(t: Token, st: dict) -> bool:
    """ "the levy puts farms at risk", "placed jobs in jeopardy": the object left in peril is harmed by the subject."""
    return any(c.dep_ == "prep" and c.lower_ in ("at", "in", "under") and pobj(c) is not None
               and pobj(c).lemma_.lower() in st["peril_nouns"] for c in children(t))


def peril_source(t: Token, st: dict) -> Token | None:
    """ "farms were at risk from the levy", "jobs are under threat from the tariffs": what the peril comes from
    (FrameNet's Being_at_risk names it by 'from') is the harm's cause."""
    for c in children(t):
        peril = pobj(c) if c.dep_ == "prep" and c.lower_ in ("at", "in", "under") else None
        if peril is not None and peril.lemma_.lower() in st["peril_nouns"]:
            source = next((pobj(g) for g in children(peril) if g.dep_ == "prep" and g.lower_ == "from"), None)
            if source is not None and source.pos_ in ("NOUN", "PROPN"):
                return source
    return None
