"""Crowds: a plural agent noun that takes a side as the subject or agent of a stance verb ("growers criticised
the quota", "the plan was attacked by shipowners") names a collective actor, though no list of bodies holds the
noun. The agent noun is read from its ending (the agentive suffixes of English word formation, institutions.json
crowds); only a stance cue of stance.json makes it an actor (a verb, a phrasal verb, or a noun cue the verb takes as
its object: "voiced support for"), so "dealers said" or "papers showed" stay no one.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..language.lexicon import Lexicon
from ..language.tokens import children


def stance_crowd(t: Token, lex: Lexicon) -> bool:
    """True for a bare or modified plural agent noun ("growers", "U.S. shipowners") that is the subject of a stance
    verb, or its agent after "by"; not one counted or quantified ("two growers", "some dealers"): a part, no group."""
    if t.tag_ != "NNS" or t.pos_ != "NOUN" or t.ent_type_:
        return False
    crowd = lex.institutions["crowds"]
    lemma = t.lemma_.lower()
    # ("producing countries", "member states": a group of states named by what they do or are)
    doing = lemma in crowd["doing_groups"] and any(c.dep_ in ("amod", "compound") and c.i < t.i and (
        c.tag_ == "VBG" or c.lower_ == "member") for c in children(t))
    if len(lemma) < 5 or lemma in crowd["not_agents"] or not (doing or lemma.endswith(tuple(crowd["agent_suffixes"]))):
        return False
    # (the plurals of titles and of a body's spokesmen are read as that body: reference/actors.py)
    if t.lower_ in lex.offices["plural_heads"] or t.lower_ in lex.reference["member_plurals"] \
            or t.lower_ in lex.reference["spokes_nouns"]:
        return False
    if any(c.dep_ == "nummod" or c.lower_ in lex.reference["partitive_determiners"] for c in children(t)):
        return False
    first = t
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head  # "union leaders, shopkeepers and publicans condemned X": each conjunct
    if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lower_ in lex.reference["crowd_quantities"]:
        first = first.head.head  # "thousands of dockers backed X": the crowd counted roughly is the subject
    if first.dep_ == "nsubj":
        verb = first.head
    elif first.dep_ == "pobj" and first.head.lower_ == "by" and first.head.dep_ == "agent":
        verb = first.head.head
    else:
        return False
    if verb.pos_ != "VERB":
        return False
    # ("shop owners fear X, the trade body said"): a crowd whose side another reports is that speaker's account
    speech = lex.stance["speech"]
    if verb.dep_ in ("ccomp", "parataxis") and verb.head.lemma_.lower() in speech \
            or any(c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in speech for c in children(verb)):
        return False
    # ("mothers would welcome the extra pay", a spokeswoman said): what a crowd would or might do is a forecast
    # of its side by someone else, not a side it takes ("will" stays: "growers will fight the quota")
    if any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ not in ("will", "'ll") for c in children(verb)):
        return False
    if verb.lemma_.lower() in lex.stance["verbs"]:
        return True
    # ("motorists campaigned against the levy": a phrasal cue, the verb and its preposition; "miners voiced support
    # for the stoppage": a noun cue the verb's object; "shareholders voted in favour of the merger": one its
    # preposition takes)
    phrasal, nouns = lex.stance["phrasal"], lex.stance["nouns"]
    if any(c.dep_ in ("prep", "prt") and f"{verb.lemma_.lower()} {c.lower_}" in phrasal
           or c.dep_ == "dobj" and c.lemma_.lower() in nouns
           or c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in nouns for g in children(c))
           for c in children(verb)):
        return True
    # ("the growers said the levy was unfair", "Dutch growers argued"): a speaker's plural takes a side by what it
    # says only as a group the words before it single out, not "dealers said" of a market in general
    return verb.lemma_.lower() in speech and t.dep_ == "nsubj" and any(
        c.dep_ in ("amod", "compound", "nmod", "poss") or c.dep_ == "det" and c.lower_ == "the" for c in children(t))


def side_takers(lex: Lexicon) -> set[str]:
    """The plurals of stance.json's agentive nouns ("advocates", "detractors", "sceptics"): people named by the side
    they take are a crowd acting, as "critics" and "opponents" are."""
    return {n[:-1] + "ies" if n.endswith("y") and n[-2:-1] not in "aeiou" else n + "s" for n in lex.stance["agentive_nouns"]}
