"""Partners refused or sought: "the Greens would not govern alongside the Farmers Party", "refused to form a pact with
Labour", "we will never share power with them". An act done with another actor (stance.json `partner_verbs`,
or a verb whose object is one of `partner_nouns`: a coalition, a pact) that the holder will not do takes the
side against the partner, and one it is willing to do or wants to do ("ready to form a government with X") the side
for the partner; the act done is no side taken (working with a rival says nothing of them)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..frame import Frame, negated
from ...reference.actors import Context, target_actor
from ...language.syntax import dobj, pobj, subjects
from ...language.tokens import children, sent_tokens
from ..cues.verb_clauses import ready_holders

__all__ = ["partner_frames"]


def partner_frames(ctx: Context, si: int, sent: Span) -> list[Frame]:
    st = ctx.lex.stance
    frames = []
    for t in sent_tokens(sent):
        # the partner first: few verbs have one, and every verb would otherwise have its negation worked out
        partner = _partner(ctx, t, st) if t.pos_ == "VERB" else None
        pact = _pact(t, st) if t.pos_ == "VERB" else None
        if partner is None and pact is None:
            continue
        denied = negated(ctx, t)
        # (a deal or talks with a counterpart are no alliance: "ready to negotiate with X" backs no one)
        across = t.lemma_.lower() in st["counterpart_words"] or any(
            c.dep_ == "dobj" and c.lemma_.lower() in st["counterpart_words"] for c in children(t))
        cued = None if across else _cued(t, st)
        if cued is not None:
            if negated(ctx, t.head):
                continue  # "did not rule out joining a coalition with X": no side either way
            denied, wish = False, cued
        else:
            wish = None if denied or across else _wished(t, st)
        if not denied and wish is None:
            continue  # "formed a coalition with Labour": done, no side taken on the partner
        holders = subjects(t)
        if not holders and t.dep_ == "xcomp" and t.head.lower_ in st["willingness_adjectives"]:
            holders = ready_holders(t.head)  # "seemed keen to", "said it was ready to": whom the readiness is said of
        if holders and partner is not None:
            frames.append(Frame("supports", t.i, holders, partner.i, "verb-partner", si, negated=denied or wish is False,
                                confidence=0.7))
        if holders and pact is not None and not across and cued is None:
            # the pact itself is what the one who will not, or would, form it takes a side on ("will never go into
            # coalition with X" is against that coalition; "eager to build a coalition administration" for it)
            # (the act is the target, as a policy: "a coalition" alone is read as a body, and the act names it in full)
            frames.append(Frame("supports", t.i, holders, t.i, "verb-pact", si, negated=denied or wish is False,
                                confidence=0.7))
    return frames


def _pact(t: Token, st: dict) -> Token | None:
    """The coalition, pact or alliance a verb forms, joins or goes into ("form a coalition government", "go into
    partnership"), stance.json `pact_nouns`; None when t forms none or is a cue verb of its own."""
    obj = dobj(t) or next((pobj(c) for c in children(t) if c.dep_ == "prep" and c.lower_ == "into"), None)
    if obj is None or t.lemma_.lower() in st["verbs"] or any(c.dep_ == "prt" for c in children(t)):
        return None
    pacts = st["pact_nouns"]
    return obj if obj.lemma_.lower() in pacts or any(
        c.dep_ == "compound" and c.lemma_.lower() in pacts for c in children(obj)) else None


def _wished(t: Token, st: dict) -> bool | None:
    """Whether the act with a partner is one its doer is ready for or wants ("is willing to form a government with X",
    "wants to go into coalition with X", "offered to share power with X": a side for the partner), True; one it is
    loath to do ("reluctant to govern with X"), False; None when it is neither."""
    if t.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children(t)):
        return None
    head = t.head
    if head.lower_ in st["willingness_adjectives"]:
        return head.lower_ not in st["reluctant_adjectives"]
    lemma = head.lemma_.lower()
    if dobj(head) is not None:
        return None  # ("asked Labour to govern with the Greens": the one asked would act, not the asker)
    return True if lemma in st["desiring_verbs"] or lemma in st["hoping_verbs"] or st["to_act_verbs"].get(lemma) == "supports" \
        and lemma not in st["deciding_verbs"] else None


def _partner(ctx: Context, t: Token, st: dict) -> Token | None:
    """The actor "with" or "alongside" names after a verb of acting together, or after its coalition or pact."""
    places = [t] if t.lemma_.lower() in st["partner_verbs"] else []
    obj = dobj(t) or next((pobj(c) for c in children(t) if c.dep_ == "prep" and c.lower_ == "into"), None)
    if obj is not None and obj.lemma_.lower() in st["partner_nouns"] and t.lemma_.lower() not in st["verbs"] \
            and not any(c.dep_ == "prt" for c in children(t)):  # "has not ruled out a coalition": a cue of its own
        places += [t, obj]
    for p in places:
        for c in children(p):
            if c.dep_ == "prep" and c.lower_ in ("with", "alongside") and pobj(c) is not None and target_actor(ctx, pobj(c)):
                return pobj(c)
    return None


def _cued(t: Token, st: dict) -> bool | None:
    """The side of a cue verb whose object is the gerund of the act with a partner: "ruled out joining a coalition with
    X" (against X), "favours forming a government with X" (for X); None when the gerund hangs on no such cue."""
    if t.tag_ != "VBG" or t.dep_ not in ("dobj", "xcomp") or t.head.i == t.i:
        return None
    head = t.head
    lemma = head.lemma_.lower()
    parts = [f"{lemma} {c.lower_}" for c in children(head) if c.dep_ in ("prt", "advmod") and f"{lemma} {c.lower_}" in st["phrasal"]]
    relation = st["phrasal"][parts[0]] if parts else st["verbs"].get(lemma)
    if relation not in ("supports", "opposes"):
        return None
    return relation == "supports"
