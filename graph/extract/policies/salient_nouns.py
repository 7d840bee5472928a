"""Salient nouns: the policy nouns an owner's possessive makes a policy the owner backs ("Labour's plans", "the
bank's proposed levy"; positions.json salient_heads), and the senses of them that name no policy: a policy noun
that also names a yardstick (positions.json metric_heads) is one with an of-phrase ("the bank's main measure of
money supply"), where "measures to curb inflation" are acts.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..language.lexicon import Lexicon
from ..language.tokens import children

__all__ = ["salient_policy", "yardstick"]


def yardstick(head: Token, lex: Lexicon) -> bool:
    """ "the bank's main measure of money supply", "a gauge of house prices": a yardstick, no policy."""
    return head.lemma_.lower() in lex.words("positions", "metric_heads") and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in children(head))


def salient_policy(t: Token, lex: Lexicon) -> bool:
    """A noun an owner's possessive makes a policy the owner backs ("Labour's plans"), unless a yardstick."""
    heads = lex.words("positions", "salient_heads")
    return (t.lemma_.lower() in heads or t.lower_ in heads) and not yardstick(t, lex)
