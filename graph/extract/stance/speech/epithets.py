"""The side a speaker takes by the epithet they give a policy: '"Families still pay the unfair parking levy,"
Holt said' opposes the levy, "Holt said the sensible reforms had to go on" backs them. The adjective is one
of the judgement words of stance.json (negative_eval / positive_eval), said before a policy noun inside
what the holder says; a judgement another rule read already keeps its reading."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..frame import Frame
from .polarity import clause_speakers
from ...reference.actors import Context, target_actor
from ...language.tokens import children, sent_tokens

__all__ = ["epithet_frames"]


def epithet_frames(ctx: Context, si: int, sent: Span, frames: list[Frame]) -> list[Frame]:
    st = ctx.lex.stance
    bad, good = ctx.lex.words("stance", "negative_eval"), ctx.lex.words("stance", "positive_eval")
    heads = ctx.lex.words("positions", "salient_heads") | ctx.lex.words("positions", "heads")
    speech = ctx.lex.words("stance", "speech")
    taken = {f.target for f in frames if f.sent == si} | {f.cue for f in frames if f.sent == si}
    out = []
    for a in sent_tokens(sent):
        if a.dep_ != "amod" or a.pos_ != "ADJ" or a.lower_ not in bad and a.lower_ not in good \
                or a.lower_ in st["kind_adjectives"]:
            continue
        noun = a.head
        if noun.i in taken or a.i in taken or noun.pos_ != "NOUN" or target_actor(ctx, noun) \
                or noun.lemma_.lower() not in heads and noun.lower_ not in heads:
            continue
        if any(c.dep_ == "neg" or c.lower_ in st["negators"] for c in children(a)):
            continue  # "not unfair": a denied judgement takes no side the epithet names
        judged = _one_of(noun)
        if judged is None and (noun.dep_ in ("attr", "oprd") or noun.dep_ == "pobj" and noun.head.lower_ == "as"
                               and noun.head.head.pos_ == "VERB"):
            continue  # "the levy is (not) a good idea", "called it a bad plan": the praise judges the subject, it names no idea
        if a.lower_ in good and a.i + 1 != noun.i:
            continue  # "a fair trade agreement": a praise word before a compound may be part of the policy's name
        clause = _clause(noun)
        if clause is None:
            continue
        holders, _ = clause_speakers(ctx, clause, speech, si)
        if holders:
            relation = "opposes" if a.lower_ in bad else "supports"
            target = judged if judged is not None else noun
            out.append(Frame(relation, a.i, holders, target.i, "speech-epithet", si, confidence=0.6))
    return out


def _clause(t: Token) -> Token | None:
    """The verb of the clause the noun is said in: its first verb on the way up."""
    node = t
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _one_of(noun: Token) -> Token | None:
    """ "the bridge is one of the most important projects for the region", "this is one of the worst taxes": a
    thing counted among the good or bad ones of its kind is judged itself, the copula's subject, not the kind."""
    one = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if one is None or one.lower_ != "one" or one.dep_ != "attr":
        return None
    return next((c for c in children(one.head) if c.dep_ == "nsubj"), None)
