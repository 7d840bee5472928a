"""Measures brought in or lifted: "the EU imposed sanctions on Borduvia", "Labour brought in the smoking ban",
"Britain has lifted its ban on beef imports", "the sanctions were lifted by the EU", "the duty Washington imposed". The one who brings in a
restriction or a charge (stance.json `imposing_verbs`) backs it and the one who lifts or eases it (`lifting_verbs`)
acts against it, whatever either says. Only a measure (`measure_nouns`) is taken a side on: "imposed a fine on
the firm", "lifted its prices", "eased its output" are no policy of the actor's."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..speech.deontic import said_obliged
from ..frame import Frame, compelled, negated
from ..cues.verb_clauses import mandative
from ...reference.actors import Context, target_actor
from ...language.syntax import dobj, subjects
from ...language.tokens import children, sent_tokens

__all__ = ["measure_frames"]


def measure_frames(ctx: Context, si: int, sent: Span) -> list[Frame]:
    st = ctx.lex.stance
    frames = []
    for t in sent_tokens(sent):
        if t.pos_ != "VERB":
            continue
        relation = _relation(t, st)
        if relation is None or compelled(t, st) and not said_obliged(ctx, t):
            continue
        passive = [c for c in children(t) if c.dep_ == "nsubjpass"]
        agents = [g for c in children(t) if c.dep_ == "agent" for g in children(c) if g.dep_ == "pobj"]
        if passive or t.dep_ == "acl" and t.tag_ == "VBN":
            # "sanctions were imposed by the EU", "the ban, imposed by the council": the agent, or no one named
            measure, holders = (passive[0] if passive else t.head), agents + [c for a in agents for c in a.conjuncts]
        else:
            measure, holders = dobj(t), (_intent_owners(ctx, t) if _of_intent(ctx, t) else subjects(t))
            if t.dep_ == "relcl" and (measure is None or measure.tag_ == "WDT"):
                measure = t.head  # "the duty Washington imposed on lumber", "the ban which the EU lifted"
            if mandative(t, st):
                holders = subjects(t.head)  # "demanded that Norland lift its ban": the one who demands it, not Norland
        if measure is None or not holders or measure.lemma_.lower() not in st["measure_nouns"] \
                and measure.lower_ not in st["measure_nouns"]:
            continue
        denied = negated(ctx, t)
        if denied and relation == "opposes" and t.dep_ == "xcomp" and t.head.lemma_.lower() in st["to_act_verbs"] \
                and st["to_act_verbs"][t.head.lemma_.lower()] == "opposes":
            relation, denied = "supports", False  # "refused to lift its embargo": it keeps the embargo
        frames.append(Frame(relation, t.i, holders, measure.i, "verb-measure", si, negated=denied, confidence=0.7))
    return frames


def _relation(t: Token, st: dict) -> str | None:
    lemma = t.lemma_.lower()
    if lemma in st["verbs"]:
        return None  # a cue of its own ("scrapped the ban") is read by verb_frames
    if any(c.dep_ == "prt" for c in children(t)):
        # "brought in the ban", "eased off its curbs": only the phrasal verbs listed
        words = [f"{lemma} {c.lower_}" for c in children(t) if c.dep_ == "prt"]
        return next((st[k][w] for w in words for k in ("imposing_verbs", "lifting_verbs") if w in st[k]), None)
    return st["imposing_verbs"].get(lemma) or st["lifting_verbs"].get(lemma)


def _of_intent(ctx: Context, t: Token) -> bool:
    return t.dep_ == "acl" and t.head.pos_ == "NOUN" and t.head.lemma_.lower() in ctx.lex.stance["intent_nouns"] \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(t))


def _intent_owners(ctx: Context, t: Token) -> list[Token]:
    """ "the council's threat to impose a levy", "the decision by the ministry to impose quotas", "renewed its threat
    to impose tariffs": the act of a noun of intent (stance.json intent_nouns, FrameNet's Commitment, Deciding and
    Purpose nouns) is its owner's, who backs the measure as 'threatened to impose tariffs' does; but one who drops or
    rejects it (a verb cue against its object: 'dropped its threat to impose the levy') holds no such side."""
    noun = t.head
    verb = noun.head if noun.dep_ == "dobj" else None
    if verb is not None and (ctx.lex.stance["verbs"].get(verb.lemma_.lower()) == "opposes" or negated(ctx, verb)):
        return []
    owners = [c for c in children(noun) if c.dep_ == "poss"]
    owners += [g for c in children(noun) if c.dep_ == "prep" and c.lower_ == "by" for g in children(c) if g.dep_ == "pobj"]
    # ("the Senate threat to impose duties": a body named before the noun makes it)
    owners += [c for c in children(noun) if c.dep_ in ("compound", "nmod") and c.i < noun.i and target_actor(ctx, c)]
    if not owners and verb is not None:
        owners = subjects(verb)  # "voiced a threat to impose tariffs"
    return owners
