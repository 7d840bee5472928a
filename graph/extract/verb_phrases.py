"""What the words around a verb cue say of its side and its target: the judgement in "called the plan a
disgrace", the adverbial in "voted in favour of", a counter-cue noun in "protests against X" (counted through
"a series of"), and the time words that are no target ("for two years").
"""
from __future__ import annotations

from spacy.tokens import Token

from .syntax import dobj, pobj

__all__ = ["adverbial", "counter_cue", "is_time", "judgement"]


def _counted(t: Token, st: dict) -> Token:
    """ "a series of protests": what a quantity noun counts."""
    while t.lemma_.lower() in st["quantity_nouns"]:
        inner = next((pobj(c) for c in t.children if c.dep_ == "prep" and c.lower_ == "of" and pobj(c) is not None), None)
        if inner is None:
            break
        t = inner
    return t


def counter_cue(t: Token, st: dict) -> bool:
    """A noun cue of another side with its own target ("protests against X"); "the congestion charge" is none."""
    t = _counted(t, st)
    relation = st["nouns"].get(t.lemma_.lower())
    return relation not in (None, "supports") and any(
        c.dep_ == "prep" and c.lower_ in st["noun_preps"][relation] and pobj(c) is not None for c in t.children)


def adverbial(t: Token, st: dict) -> tuple[str | None, Token | None]:
    """ "voted in favour of the bill", "resigned in protest at the war": the phrase carries the side."""
    for c in t.children:
        noun = pobj(c) if c.dep_ == "prep" and c.lower_ == "in" else None
        if noun is not None and noun.lemma_.lower() in st["stance_adverbials"] \
                and not any(g.dep_ == "poss" for g in noun.children):  # "in their opposition to": the noun cue's
            target = next((pobj(g) for g in noun.children if g.dep_ == "prep" and pobj(g) is not None), None)
            if target is not None:
                return st["stance_adverbials"][noun.lemma_.lower()], target
    return None, None


def judgement(t: Token, st: dict) -> str | None:
    words = set()
    for c in t.children:
        if c.dep_ in ("oprd", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "as") or (
                c.dep_ == "dep" and c.pos_ in ("ADJ", "NOUN") and c.i > (dobj(t).i if dobj(t) is not None else t.i)):
            # "called the plan, proposed in July, 'visionary'": a judgement the parser leaves unattached
            words |= {x.lower_ for x in c.subtree} | {x.lemma_.lower() for x in c.subtree}
        if c.dep_ in ("dobj", "oprd"):
            for g in c.children:
                if c.dep_ == "oprd" and g.dep_ == "dobj":  # "called [the scheme [a waste]]", as the parser has it
                    words |= {x.lower_ for x in g.subtree} | {x.lemma_.lower() for x in g.subtree}
                if g.dep_ in ("prep",) and g.lower_ == "as" or g.dep_ in ("amod", "acl") and g.i > c.i:
                    words |= {x.lower_ for x in g.subtree} | {x.lemma_.lower() for x in g.subtree}
    if words & set(st["negative_eval"]):
        return "opposes"
    if words & set(st["positive_eval"]):
        return "supports"
    return None


def is_time(t: Token, st: dict) -> bool:
    return t.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT") or t.lemma_.lower() in st["time_nouns"]
