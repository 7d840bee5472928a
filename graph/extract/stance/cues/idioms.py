"""Idioms and light-verb phrases that state a side: "poured scorn on the levy", "gave the green light to the
scheme", "gave the plan a cautious welcome", "kicked the plan into the long grass", "is up in arms over the quota".
One table (stance.json `idioms`, indexed by Lexicon.idioms under each idiom's key noun) and one matcher over the
parse: from the noun up to the verb that governs it, the idiom's other words between them, and the target where
the idiom's slot puts it (the object of its last preposition, or the verb's other object).
"""
from __future__ import annotations

from spacy.tokens import Token

from ..frame import Frame, negated
from ...reference.actors import Context, target_actor
from ...language.syntax import pobj, subjects
from ...language.tokens import children, tokens

__all__ = ["idiom_frames", "COPULAS"]

# English copulas: "is / remains / seems up in arms over X" is the one idiom ("be" in the table), a state
COPULAS = ("be", "remain", "stay", "seem", "appear", "look", "become")


def idiom_frames(ctx: Context, n: Token, si: int) -> list[Frame]:
    entries = ctx.lex.idioms.get(n.lemma_.lower()) or ctx.lex.idioms.get(n.lower_)
    if not entries:
        return []
    v = _governor(n)
    if v is None:
        return []
    lemma = v.lemma_.lower()
    for verb, others, prep, before, relation in entries:
        if lemma != verb and not (verb == "be" and lemma in COPULAS):
            continue
        target = _slot_object(v, n) if before else _prep_object(v, n, prep)
        if target is None or not _words_between(v, n, target, others):
            continue
        if n.lemma_.lower() in ctx.lex.stance["greeting_verbs"] and target_actor(ctx, target):
            return []  # "gave the president a warm welcome" greets him; "gave the plan a cautious welcome" judges it
        passive = [c for c in children(v) if c.dep_ == "nsubjpass"]
        # ("was given the green light by the council": the parser often hangs the agent on the noun)
        agents = [g for x in (v, n) for c in children(x) if c.dep_ == "agent" or passive and c.dep_ == "prep"
                  and c.lower_ == "by" for g in children(c) if g.dep_ == "pobj"]
        if passive and not agents:
            return []  # "the scheme was given the green light": by no one named
        holders = agents + [c for a in agents for c in a.conjuncts] if passive else subjects(v)
        if not holders:
            return []
        # "is no fan of X", "gave no blessing to X": a "no" the idiom does not hold itself ("have no truck with")
        denied = "no" not in others and any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "not") for c in children(n))
        return [Frame(relation, n.i, holders, target.i, "idiom", si, negated=denied or negated(ctx, v), confidence=0.8)]
    return []


def _governor(n: Token) -> Token | None:
    """The verb the idiom's noun hangs on: its head, or the verb of the prepositions it sits in ("up in arms")."""
    t = n
    for _ in range(4):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def _prep_object(v: Token, n: Token, prep: str) -> Token | None:
    """ "poured scorn on the levy": the object of the idiom's preposition after its noun, hung on the noun, the
    verb, or a word of the idiom between them ("gave the thumbs up to X", "stood shoulder to shoulder with X")."""
    doc = n.doc
    for p in tokens(doc)[n.i + 1:min(len(doc), n.i + 6)]:
        if p.lower_ == prep and p.dep_ in ("prep", "dative") and (p.head.i in (v.i, n.i) or n.i < p.head.i < p.i):
            return pobj(p)
    return None


def _slot_object(v: Token, n: Token) -> Token | None:
    """ "gave the bill the green light", "kicked the plan into the long grass", "the bill was given the green
    light": the verb's other object, or its passive subject."""
    return next((c for c in children(v) if c.dep_ in ("nsubjpass", "dative", "dobj") and c.i != n.i
                 and c.pos_ in ("NOUN", "PROPN", "PRON")), None)


def _words_between(v: Token, n: Token, target: Token, others: tuple[str, ...]) -> bool:
    """The idiom's other words ("green" of "green light", "cold" of "cold water") among the words from its verb
    to its target."""
    if not others:
        return True
    lo, hi = min(v.i, n.i, target.i), max(v.i, n.i, target.i)
    words = {w for t in tokens(n.doc)[lo:hi + 1] for w in (t.lower_, t.lemma_.lower())}
    return all(w in words for w in others)
