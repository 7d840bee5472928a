"""Words of a stance that business copy uses for what a market does or a firm finds, with no side taken
(graph/data/markets.json): "to satisfy Brazil's rising demand for trucks" is the market's demand, not a
request the country makes; "the firm found it hard to find a buyer" is its own task, no judgement of a thing."""
from __future__ import annotations

from spacy.tokens import Token

from ...language.lexicon import Lexicon
from ...language.syntax import pobj
from ...language.tokens import children
from ...policies.policy_tokens import _position_like

__all__ = ["market_demand", "own_task"]


def market_demand(t: Token, lex: Lexicon) -> bool:
    """ "growing demand for cars", "Chinese demand for copper rose", "to meet demand for oil": the economic sense of
    demand (WordNet demand.n.02), told by a word of size, change or market before it, a country's name as its
    modifier, or a verb of meeting or moving said of it; only singular, and only with a thing, not a policy or an
    act, after its 'for' ("demands for an inquiry", "the union's demand for higher pay" stay requests)."""
    if t.lemma_.lower() not in lex.words("markets", "demand_nouns") or t.tag_ != "NN":
        return False
    wanted = next((pobj(c) for c in children(t) if c.dep_ == "prep" and c.lower_ == "for" and pobj(c) is not None), None)
    if wanted is None or wanted.pos_ not in ("NOUN", "PROPN") or _position_like(wanted, lex):
        return False
    if any(c.dep_ in ("amod", "compound", "nmod") and (c.lower_ in lex.words("markets", "demand_modifiers")
                                                        or c.dep_ != "amod" and c.ent_type_ in ("GPE", "NORP"))
           or c.dep_ == "amod" and c.ent_type_ == "NORP" for c in children(t)):
        return True
    verb = t.head if t.head.pos_ in ("VERB", "AUX") else t.head.head if t.head.pos_ == "ADP" else None
    if verb is None:
        return False
    if t.dep_ in ("dobj", "pobj"):
        return verb.lemma_.lower() in lex.words("markets", "demand_object_verbs")
    return t.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in lex.words("markets", "demand_subject_verbs")


def own_task(verb: Token, judged: Token, lex: Lexicon) -> bool:
    """ "had found it difficult to name a target", "found it easy to sell the plant": a dummy 'it' judged with an
    adjective of FrameNet's Difficulty and a to-clause after it says how the subject's own task goes."""
    if judged.lower_ != "it":
        return False
    hard = [c for c in children(verb) if c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") and c.lower_ in lex.words("markets", "difficulty_adjectives")]
    hard += [c for c in children(judged) if c.lower_ in lex.words("markets", "difficulty_adjectives")]
    return bool(hard)
