"""Posts sought: "hopes to be elected mayor", "wants to become chairman", "launched a bid to become leader". One
who wants, hopes, seeks or bids to take a post (an office word of offices.json heads after "become", or after the
passive of a verb of choosing, stance.json post_taking_verbs) backs their own bid for it: the act is the position, as
a leadership bid is one the story's actors take sides on. A post one is only expected or likely to take, or one
taken ("became leader in May"), is no wish."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..frame import Frame, negated
from ...reference.actors import Context
from ...language.syntax import pobj, subjects
from ...language.tokens import children, sent_tokens
from ..cues.verb_clauses import conditional

__all__ = ["ambition_frames", "sought_post"]


def ambition_frames(ctx: Context, si: int, sent: Span) -> list[Frame]:
    st = ctx.lex.stance
    frames = []
    for t in sent_tokens(sent):
        if t.pos_ not in ("VERB", "AUX") or sought_post(ctx, t, st) is None or conditional(t, st):
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children(t)):
            continue  # "became leader in May": a post taken, no bid
        head = t.head
        lemma = head.lemma_.lower()
        if t.dep_ == "xcomp" and (lemma in st["desiring_verbs"] or head.lower_ in st["hoping_verbs"] or lemma in st["hoping_verbs"]
                                  or st["to_act_verbs"].get(lemma) == "supports" and lemma not in st["deciding_verbs"]
                                  or lemma in st["seeking_verbs"] and lemma not in ("need", "require", "lack")):
            holders = subjects(head)
        elif t.dep_ == "acl" and head.pos_ == "NOUN" and head.lemma_.lower() in st["attempt_nouns"]:
            # "launched a bid to become leader", "his bid to be elected mayor": the one whose bid it is
            holders = [c for c in children(head) if c.dep_ == "poss"] or (
                subjects(head.head) if head.dep_ == "dobj" else [])
        else:
            continue
        if holders and not negated(ctx, t):
            frames.append(Frame("supports", t.i, holders, t.i, "verb-ambition", si, negated=negated(ctx, head),
                                confidence=0.6))
    return frames


def sought_post(ctx: Context, t: Token, st: dict) -> Token | None:
    """The office word a verb of taking a post names: "become leader", "be elected (as) mayor", "be chosen as the
    party's candidate"; None when t names none."""
    lemma = t.lemma_.lower()
    # (the lemma first: asked of every verb, and few are verbs of taking a post)
    if not (lemma == "become" or lemma in st["post_taking_verbs"] and any(c.dep_ == "auxpass" for c in children(t))):
        return None
    heads = ctx.lex.office_heads
    for c in children(t):
        post = c if c.dep_ in ("attr", "oprd") else pobj(c) if c.dep_ == "prep" and c.lower_ == "as" else None
        if post is not None and post.pos_ == "NOUN" and post.lemma_.lower() in heads:
            return post
    return None
