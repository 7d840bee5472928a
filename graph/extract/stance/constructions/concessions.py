"""A stance noun in a concession: "approved the levy despite opposition from the Farmers Union", "pressed ahead with
the toll in the face of protests by hauliers", "over the objections of the unions". The noun's holders (named by
"from", "by", "of", a possessive or a body before it) take their side on what the clause they concede to does, the
verb's object, not on the clause's subject, who acts in spite of them."""
from __future__ import annotations

from spacy.tokens import Token

from ..frame import OPPOSITE, Frame, negated
from ...reference.actors import Context, actors
from ...language.syntax import dobj, pobj
from ...language.tokens import children
from ...policies.positions import undoing_words

__all__ = ["concession_frames"]

# the prepositions of concession (English grammars' concessive prepositions), and the nouns that make one of
# "in (the) X of" ("in spite of", "in the face of"); "over the objections of X" concedes with the nouns of objecting
_CONCESSIVE = ("despite", "notwithstanding")
_CONCESSIVE_NOUNS = ("spite", "face", "teeth")
_OVER_NOUNS = ("objection", "objections", "protest", "protests", "opposition")


def _conceding_verb(t: Token) -> Token | None:
    """The verb whose act a concession of t is made to, or None when t is no noun of a concession."""
    if t.dep_ != "pobj":
        return None
    prep = t.head
    if prep.lower_ == "of" and prep.head.lower_ in _CONCESSIVE_NOUNS and prep.head.dep_ == "pobj" and prep.head.head.lower_ == "in":
        prep = prep.head.head  # "in spite of X", "in the face of X": the phrase's "in" hangs on the verb
    elif not (prep.lower_ in _CONCESSIVE or prep.lower_ == "over" and t.lower_ in _OVER_NOUNS
              and any(c.dep_ == "det" and c.lower_ == "the" for c in children(t))
              and any(c.dep_ == "prep" and c.lower_ == "of" for c in children(t))):
        return None
    return prep.head if prep.head.pos_ in ("VERB", "AUX") else None


def concession_frames(ctx: Context, t: Token, si: int, relation: str) -> list[Frame] | None:
    """Frames of a noun cue in a concession; None when t is in none (its own rules read it)."""
    verb = _conceding_verb(t)
    if verb is None:
        return None
    st = ctx.lex.stance
    lemma = t.lemma_.lower()
    if relation == "supports" and (lemma in st["intent_nouns"] or lemma in st["pressing_nouns"]
                                   or lemma in st["possessive_only_nouns"]):
        return []  # "despite pressure from X", "despite his promise": what it was for is not what was done
    if any(c.dep_ == "prep" and c.lower_ in st["noun_preps"][relation] and pobj(c) is not None
           and not (c.lower_ == "of" and actors(ctx, pobj(c), si)) for c in children(t)):
        # "despite his opposition to the levy", "despite her criticism of the levy": a noun with its own target is
        # read as any other ("despite the objections of the union" names who objects)
        return None
    clause = False
    target = dobj(verb) or next((pobj(c) for c in children(verb) if c.dep_ == "prep" and c.lower_ in (
        "with", "on") and pobj(c) is not None and c.i < t.i), None)
    if target is None:
        # "voted to raise the levy despite protests": the act the clause does
        target = next((c for c in children(verb) if c.dep_ == "xcomp" and c.pos_ == "VERB" and dobj(c) is not None), None)
        clause = target is not None
    if target is None:
        return []
    lemma = verb.lemma_.lower()
    if not clause and relation in ("supports", "opposes") and (st["verbs"].get(lemma) == "opposes" or lemma in st["lifting_verbs"]
                                                               or lemma in undoing_words(ctx.lex, nouns=False)):
        relation = OPPOSITE[relation]  # "scrapped the subsidy despite opposition from X": X is for the subsidy
    named = [pobj(c) for c in children(t) if c.dep_ == "prep" and c.lower_ in ("from", "by", "of", "among") and pobj(c) is not None]
    named += [c for c in children(t) if c.dep_ in ("poss", "compound", "amod") and c.pos_ != "PRON"]  # "Labour objections"
    # (a word of the noun's own name is no holder: "fierce opposition" may be read as the body "the opposition")
    own = ctx.res.by_token.get(t.i)
    holders = [h for n in named for h in [n] + list(n.conjuncts) if actors(ctx, h, si)
               and (own is None or ctx.res.by_token.get(h.i) != own)]
    if not holders:
        return []
    return [Frame(relation, t.i, holders, target.i, "noun-cue", si, negated=negated(ctx, t), target_is_clause=clause,
                  confidence=0.7)]
