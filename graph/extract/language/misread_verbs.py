"""A reported clause whose verb the parser took for a participle: "the rules discriminated against disabled drivers,
the court ruled", "Kent said the levy breached the treaty" are at times parsed as "the rules [that were]
discriminated against ...", the noun the subject or object of the reporting verb and the verb a participle on it.
A past participle with an object of its own, or with "against", is no passive participle: it is the clause's verb
and the noun its subject. speech.py and verdicts.py read the clause so.
"""
from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon
from .tokens import children

__all__ = ["misread_subject", "misread_report"]


def misread_subject(t: Token, lex: Lexicon) -> Token | None:
    """The subject of `t` when `t` is a finite verb misread as a participle on the noun a reporting verb (of speech
    or of verdict, stance.json speech and ruling_verbs) takes as its clause, its object or a second subject; else
    None."""
    if t.dep_ != "acl" or t.tag_ != "VBN" or any(c.dep_ in ("agent", "auxpass", "aux", "nsubj", "nsubjpass") for c in children(t)):
        return None
    if not any(c.dep_ == "dobj" and c.i > t.i or c.dep_ == "prep" and c.lower_ == "against" for c in children(t)):
        return None  # ("announced the cuts imposed on farms": a participle with no object of its own is one)
    noun = t.head
    # only adverbs of the verb between ("the rules racially discriminated against")
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i > t.i or any(
            t.doc[i].head.i != t.i or t.doc[i].dep_ != "advmod" for i in range(noun.i + 1, t.i)):
        return None
    verb = noun.head
    lemma = verb.lemma_.lower()
    if verb.i == noun.i or verb.pos_ != "VERB" or lemma not in lex.words("stance", "speech") and lemma not in lex.words("stance", "ruling_verbs"):
        return None
    if noun.dep_ in ("ccomp", "dobj"):
        return noun  # "ruled that the rules discriminated", "said the levy breached the treaty"
    others = [c for c in children(verb) if c.dep_ == "nsubj" and c.i > t.i]
    return noun if noun.dep_ == "nsubj" and others else None  # "the rules discriminated ..., the court ruled"


def misread_report(verb: Token, lex: Lexicon) -> bool:
    """The verb reports a clause the parser misread as a participle on one of its nouns (misread_subject)."""
    return any(misread_subject(g, lex) is not None
               for c in children(verb) if c.dep_ in ("ccomp", "dobj", "nsubj") for g in children(c))
