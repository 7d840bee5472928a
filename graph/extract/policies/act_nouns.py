"""Act nouns: whether a noun names an act or a proposal people take sides on ("a ban", "the merger", "a strike",
"the takeover") rather than a field, a problem, a person or a thing ("the economy", "crime", "the figures"), read
from the WordNet 3.0 lexicographer classes of its senses (graph/data/noun_classes.json, written by
graph/training/wordnet_classes.py).
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from ..language.lexicon import Lexicon
from ..language.syntax import money_sum
from .policy_tokens import _discourse, _product

__all__ = ["noun_classes", "body_compound", "act_share", "act_noun", "act_target", "ACT_CLASSES"]


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(resources.files("graph").joinpath("data", "noun_classes.json").read_text(encoding="utf-8"))


def _table() -> dict[str, str]:
    return _data()["nouns"]


@lru_cache(maxsize=1)
def _compounds() -> frozenset[str]:
    return frozenset(_data()["body_compounds"])


def body_compound(body: str, head: str) -> bool:
    """Whether a body's noun and the noun after it are one WordNet name ("council tax", "house arrest", "court order"):
    the body noun says which kind of thing, not whose (noun_classes.json body_compounds)."""
    return f"{body.lower()} {head.lower()}" in _compounds()


def noun_classes(lemma: str) -> str:
    """The class letters of a lemma's first senses, most frequent first ("" when WordNet files none of them as an
    act, event, communication, possession or process); British spellings are read as WordNet's American ones."""
    table = _table()
    lemma = lemma.lower()
    if lemma in table:
        return table[lemma]
    for gb, us in (("isation", "ization"), ("ise", "ize"), ("our", "or"), ("tre", "ter"), ("ence", "ense")):
        if gb in lemma:
            alt = lemma.replace(gb, us)
            if alt in table:
                return table[alt]
    return ""


# the classes of a noun that names an act or a charge taken sides on: noun.act ("merger", "crackdown", "sale",
# "privatization") and noun.possession ("levy", "rebate", "tariff", "discount"). On the 213 studied fresh articles,
# stance targets the policy test refused that are headed by any noun were right 53 of 234 times; by a noun at least half
# of whose weighted senses are acts, communications or possessions, with words of its own in its phrase and a side
# taken (not a warning), 23 of 58. noun.communication was dropped by measurement once the cue tests below were in:
# the targets it alone let in were 1 right of 9 on the studied articles ("a written answer", "drinks promotions",
# "press briefings"; "proposal", "bill", "plan" are policy heads already), and noun.event and noun.process added only
# wrong ones on train
ACT_CLASSES = frozenset("bs")  # (graph/data/noun_classes.json letters: b noun.act, s noun.possession)
SHARE = 0.5
_WEIGHTS = (1.0, 0.5, 0.33)  # the first sense counts most: index.noun orders senses by their tagged frequency
# the dependents that make a bare noun a named proposal: "a lower fuel levy", "the sale of the depot", "a one-off
# rebate"; a bare "crime", "education" or "growth" is a field or a trend
_OWN_WORDS = ("amod", "compound", "nmod", "prep", "acl", "relcl")


def act_share(lemma: str) -> float:
    """The weighted share of a lemma's first senses that WordNet files as acts or possessions."""
    s = noun_classes(lemma)
    weights = _WEIGHTS[:len(s)]
    return sum(w for w, c in zip(weights, s) if c in ACT_CLASSES) / sum(weights) if s else 0.0


def act_noun(t: Token, lex: Lexicon) -> bool:
    """ "backed a bigger rebate for carers", "opposed the forced auction of the mill", "welcomed the merger of the two
    boards": a common noun mostly of the act classes, with words of its own that name which act, is a proposal people
    take sides on (graph.extract.statements.targets takes it as a target where only policy nouns were)."""
    if t.pos_ != "NOUN" or not any(c.dep_ in _OWN_WORDS for c in t.children) or _discourse(t, lex) or _product(t, lex):
        return False  # (words of talk, counting and sales are no act: "the sales figures", "a rise in sales")
    return max(act_share(t.lemma_), act_share(t.lower_)) >= SHARE


def act_target(t: Token, cue: Token, relation: str, lex: Lexicon) -> bool:
    """An act noun (act_noun) taken as a side by its cue: not a warning, and not what a cue only presents (stance.json
    announcing_verbs: "unveiled a new poster", "launched four designs"), says is something (a copula: "his answer was
    final") or, as its subject, blames for a harm or a check (stance.json harm and lessening_verbs: "the feud is
    damaging the party", "the cold spell slowed trade"; an object held to account for something, "blamed fixed costs
    for the loss"; but "tried to prevent the forced sale" opposes the sale). Those
    read a side only on a policy: what is launched, judged or blamed is as often a thing made or an event that
    happened. On the studied fresh articles and train the three took out 3 right and 8 wrong edges (measured with
    noun.communication still accepted)."""
    lemma = cue.lemma_.lower()
    blamed = t.head.i == cue.i and (t.dep_ in ("nsubj", "nsubjpass") and (
        lemma in lex.stance["harm"] or lemma in lex.stance["lessening_verbs"])
        or t.dep_ == "dobj" and any(c.dep_ == "prep" and c.lower_ == "for" for c in cue.children))  # blamed X for Y
    # a stop reported is a deed, no side ("halted the sale"; "tried to halt the sale" wants it stopped), and a verb that
    # takes its side from the act it strives for (to_act_verbs: "fought to save the mine") says with a plain object only
    # that one strives against it, a case or a problem as often as a policy ("fighting two lawsuits")
    deed = lemma in lex.stance["lessening_verbs"] and not any(c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD")
                                                              for c in cue.children)
    # ("voted for new loans": the verb's own preposition says the side, as "call for" does; "requested cutbacks in
    # output": what a verb of seeking takes is what it wants)
    return relation != "warns" and lemma != "be" and lemma not in lex.stance["announcing_verbs"] and not blamed \
        and not deed and (lemma not in lex.stance["to_act_verbs"] or t.dep_ == "pobj" and t.head.head.i == cue.i
                          or lemma in lex.stance["seeking_verbs"]) \
        and not _said_of(t) and (act_noun(t, lex) or _sum_of_act(t, lex))


def _sum_of_act(t: Token, lex: Lexicon) -> bool:
    """ "negotiating for 3 billion dlrs in fresh credits", "£2bn of spending cuts": a sum named by the act it is for."""
    return money_sum(t) and any(c.dep_ == "prep" and c.lower_ in ("in", "of") and act_noun(g, lex)
                                for c in t.children for g in c.children if g.dep_ == "pobj")


def _said_of(t: Token) -> bool:
    """ "after suggesting the sale of the quay was a scandal": the parser takes the subject of a clause said for the
    speech verb's object; a 'be' right after the noun's phrase, with no subject of its own, says so (language.syntax
    stranded_subject reads the same where the 'be' hangs as a conjunct; here it may hang as an adverbial clause)."""
    i = t.right_edge.i + 1
    nxt = t.doc[i] if i < len(t.doc) else None
    return nxt is not None and nxt.lemma_ == "be" and nxt.pos_ in ("AUX", "VERB") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in nxt.children)
