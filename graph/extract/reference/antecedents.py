"""What a pronoun target points back at when it may be a policy rather than an actor: "The council
adopted new parking rules. Holt said they were unworkable" judges the rules, not the council. Reference
(reference/actors.py) resolves pronouns to actors; a stance target takes the policy named nearer instead."""
from __future__ import annotations

from spacy.tokens import Token

from .actors import Context, target_actor
from ..language.syntax import pobj
from ..language.tokens import children, tokens

__all__ = ["policy_antecedent", "described_group", "described_plural", "claim_speaker", "points_at_talk", "named_before"]


def policy_antecedent(ctx: Context, pron: Token) -> Token | None:
    """The policy noun a pronoun target stands for, when one of its number is named after the actor the
    pronoun would otherwise stand for (this sentence or the one before); else None."""
    pronouns = ctx.lex.positions["pronoun_number"]
    number = pronouns.get(pron.lower_)
    if number is None or pron.pos_ != "PRON":
        return None
    actor = target_actor(ctx, pron)
    if actor is None:
        return None  # no actor reading: positions already find the policy in focus
    doc = pron.doc
    pos = ctx.lex.positions
    heads = set(pos["heads"]) | set(pos["salient_heads"])
    si = ctx.sent_of[pron.i]
    first = ctx.sents[max(0, si - 1)].start
    for i in range(pron.i - 1, first - 1, -1):
        t = tokens(doc)[i]
        eid = ctx.res.by_token.get(i)
        if eid == actor or i in ctx.antecedent and ctx.antecedent[i] == actor:
            return None  # the actor is named nearer
        if eid or t.pos_ not in ("NOUN", "PROPN") or t.dep_ == "compound":
            continue
        if (t.lemma_.lower() in heads or t.lower_ in heads) and (t.tag_ in ("NNS", "NNPS")) == (number == "plural"):
            return t
    return None


def claim_speaker(ctx: Context, pron: Token) -> Token | None:
    """ "Roe said X would fall. But Lund rejected that.": a bare "that" or "this" taken sides on just after
    reported words is the claim, so the side is on the one who made it (the subject of the last sentence's
    speech verb), not on a policy in focus; else None."""
    # the tagger reads a bare object "that" as a pronoun or as a conjunction
    if pron.lower_ not in ("that", "this") or pron.dep_ != "dobj" or any(True for _ in children(pron)):
        return None
    si = ctx.sent_of[pron.i]
    if si == 0 or not ctx.speaker.get(si - 1):
        return None
    speech = ctx.lex.words("stance", "speech")
    return next((t for t in ctx.sents[si - 1] if t.dep_ == "nsubj" and t.head.lemma_.lower() in speech
                 and target_actor(ctx, t)), None)


def described_plural(ctx: Context, t: Token) -> bool:
    """ "the firms", "the two banks", "both countries": a definite plural of a kind of body, which points back."""
    return t.lemma_.lower() in ctx.lex.institutions["described_bodies"] and t.tag_ == "NNS" \
        and any(c.dep_ in ("det", "predet") for c in children(t))


def described_group(ctx: Context, t: Token) -> list[Token]:
    """ "wrote to Alder Telecom and Brightline ... charged the firms were rigging their prices": a definite
    plural of a kind of body is the bodies last named together as that kind, this sentence or the two before;
    else []."""
    if not described_plural(ctx, t):
        return []
    sort = ctx.lex.institutions["described_bodies"][t.lemma_.lower()]
    kinds = ("gpe", "country") if sort == "country" else ("org",)
    doc = t.doc
    si = ctx.sent_of[t.i]
    first = ctx.sents[max(0, si - 2)].start
    for i in range(t.i - 1, first - 1, -1):
        group = [tokens(doc)[i]] + [c for c in tokens(doc)[i].conjuncts if c.i > i]
        eids = [ctx.res.by_token.get(g.i, "") for g in group]
        if len(group) > 1 and all(e.startswith("institution/") and ctx.res.kind.get(e) in kinds for e in eids) \
                and len(set(eids)) == len(eids):
            return group
    return []


def points_at_talk(ctx: Context, t: Token) -> bool:
    """ "Ward denied the claims. 'That is simply untrue,' she said": a "this" or "that" whose nearest noun
    before it, in its sentence or the one before, is a word of talk (positions.json not_positions: the reports, the
    claims, the rumours) points at the talk, not at the policy in focus."""
    if t.lower_ not in ("this", "that") or t.dep_ not in ("nsubj", "nsubjpass"):
        return False
    toks, first = tokens(t.doc), ctx.sents[max(0, ctx.sent_of[t.i] - 1)].start
    for i in range(t.i - 1, first - 1, -1):
        x = toks[i]
        if x.pos_ in ("NOUN", "PROPN") and x.dep_ not in ("compound", "poss") and x.i not in ctx.res.by_token:
            return x.lemma_.lower() in ctx.lex.positions["not_positions"] or x.lower_ in ctx.lex.positions["not_positions"]
    return False


def named_before(ctx: Context, t: Token, taken: set[int]) -> Token | None:
    """ "The carbon tax was first proposed in 2003. Kent has always backed the tax": a definite policy noun with
    nothing of its own before it ("the tax", "this freeze") stands for the last fuller phrase with that head, in its
    sentence or the two before ("the carbon tax", "a pay freeze", "a levy on plastic bags"), when no mention already names it
    (`taken`: the tokens of the position mentions found); else None."""
    kids = list(children(t))
    if t.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in kids) \
            or any(c.dep_ in ("compound", "amod", "nmod", "poss", "nummod") for c in kids):
        return None
    doc, lemma = t.doc, t.lemma_
    first = ctx.sents[max(0, ctx.sent_of[t.i] - 2)].start
    for i in range(t.i - 1, first - 1, -1):
        x = tokens(doc)[i]
        if x.lemma_ != lemma or x.pos_ != "NOUN" or x.dep_ == "compound":
            continue
        # the nearest phrase with the head is the one meant: a bare one ("the tax" again) leaves it to focus
        named = [c for c in children(x) if c.dep_ in ("compound", "amod", "nmod") and c.i < x.i and c.pos_ in ("NOUN", "PROPN", "ADJ")
                 and c.lower_ not in ctx.lex.positions["drop_modifiers"] and c.i not in ctx.res.by_token
                 or c.dep_ == "prep" and c.i > x.i and c.lower_ in ("on", "for", "against", "to") and pobj(c) is not None]
        return x if named and i not in taken else None
    return None
