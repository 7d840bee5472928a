"""Whose "his" or "her" it is when a verb acts on a person: "Kent criticised Roe for his plan", "attacked Roe
over her bid", "accused Roe of breaking his word", "warned Roe that his scheme would fail". The possessive in the reason
or the reported clause of a verb with a person object is that person's (the one criticised, accused or warned), not the
subject's, as its clause's subject would otherwise claim it (context.py asks `object_owner` first). A possessive on the
verb's own object ("sent Roe his congratulations", "gave Roe her backing") stays the subject's.
"""
from __future__ import annotations

from spacy.tokens import Token

from .salience import agrees, pronoun_gender
from ..language.tokens import children

__all__ = ["object_owner"]

# the prepositions of a reason or a charge on a verb of judging ("criticised X for", "attacked X over", "accused X of")
_REASON_PREPS = ("for", "over", "of")


def object_owner(ctx, t: Token, genders: dict[str, str]) -> str | None:
    """The person object of the verb whose reason or complement holds the possessive `t`, of its gender; else None."""
    if t.dep_ != "poss" or t.lower_ not in ("his", "her"):
        return None
    node = t.head
    if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ in _REASON_PREPS:
        verb = node.head.head  # "criticised Roe for his plan"
    else:
        v = node
        while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
            v = v.head
        if v.dep_ == "pcomp" and v.head.lower_ in _REASON_PREPS:
            verb = v.head.head  # "accused Roe of breaking his word"
        # (not the complement of a verb of asking: "urged Roe to drop his plan" is Roe's plan, "urged Roe to back
        # his plan" the speaker's; the verb after "to" decides, and no list tells the two kinds apart)
        elif v.dep_ == "ccomp" and node.dep_ in ("nsubj", "nsubjpass") and node.head.i == v.i:
            verb = v.head  # "warned Roe that his plan would fail"
        else:
            return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    objects = [c for c in children(verb) if c.dep_ in ("dobj", "dative") and c.i < t.i]
    wanted = pronoun_gender(ctx, t)
    for o in objects:
        eid = ctx.res.by_token.get(o.i) or ctx.antecedent.get(o.i)
        if eid and eid.startswith("person/") and agrees(genders, eid, wanted):
            return eid
    return None
