"""The deed an actor is said to have been right or wrong to do: "Lee said the council was wrong to scrap the bus
subsidy", '"The board was right to sell the plant," Kent said'. The speaker who judges the actor for the deed takes
the side on the deed too (against what was wrong to do, for what was right), as one who criticises the council for
scrapping it does (constructions/reasons.py, whose rule the frame shares); the judgement of the actor itself is
speech.py's. The judging adjectives are stance.json negative_eval and positive_eval; the deed is the adjective's
to-infinitive, done to a thing that names no actor. A deed that is itself a side ("was right to reject the quota",
a verb of stance.json verbs) passes its side on to its object: kept when the deed is praised, turned when blamed."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..constructions.reasons import RULE
from ..frame import OPPOSITE, Frame
from .polarity import clause_speakers
from ...reference.actors import Context, target_actor
from ...language.syntax import dobj
from ...language.tokens import children, sent_tokens

__all__ = ["judged_deed_frames"]


def judged_deed_frames(ctx: Context, si: int, sent: Span) -> list[Frame]:
    negative, positive = ctx.lex.words("stance", "negative_eval"), ctx.lex.words("stance", "positive_eval")
    speech = ctx.lex.words("stance", "speech")
    out = []
    for t in sent_tokens(sent):
        if t.lemma_ != "be" or any(c.dep_ == "neg" for c in children(t)):
            continue  # ("was not wrong to": no judgement either way)
        subj = [c for c in children(t) if c.dep_ == "nsubj"]
        if len(subj) != 1 or not target_actor(ctx, subj[0]):
            continue
        for adj in (c for c in children(t) if c.dep_ == "acomp" and c.pos_ == "ADJ"):
            words = {adj.lower_, adj.lemma_.lower()}
            relation = "opposes" if words & negative else "supports" if words & positive else None
            deed = _deed(ctx, adj) if relation else None
            holders = clause_speakers(ctx, t, speech, si)[0] if deed is not None else []
            if not holders:
                continue
            side = ctx.lex.stance["verbs"].get(deed.lemma_.lower())
            if side in ("supports", "opposes"):
                # "was right to reject the quota": a deed that takes a side itself passes it on to its object,
                # kept when the deed is praised and turned when it is blamed
                kept = side if relation == "supports" else OPPOSITE[side]
                out.append(Frame(kept, adj.i, holders, dobj(deed).i, RULE, si, confidence=0.6))
            elif side is None:
                out.append(Frame(relation, adj.i, holders, deed.i, RULE, si, confidence=0.6))
    return out


def _deed(ctx: Context, adj: Token) -> Token | None:
    """The adjective's to-infinitive, when it is done to a thing ("wrong to scrap the subsidy")."""
    deed = next((c for c in children(adj) if c.dep_ == "xcomp" and c.pos_ == "VERB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))), None)
    if deed is None or not any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and not target_actor(ctx, c)
                               for c in children(deed)):
        return None
    return deed
