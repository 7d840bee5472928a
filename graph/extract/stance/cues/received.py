"""How a noun cue reaches the one it is about: "won the backing of X", "came under fire from X", "with the support of
X": the verb or phrase by which its subject receives another's side (the holder is who gives it)."""
from __future__ import annotations

from spacy.tokens import Token

from ...reference.actors import Context
from ...language.tokens import children

__all__ = ["received"]


def received(ctx: Context, t: Token) -> Token | None:
    """The verb by which its subject receives the noun cue t: "won the backing of X", "drew criticism from X"
    ("encountered criticism from X" when X is named), or a phrase of receiving ("came under fire from X", "met with opposition from X"); None otherwise."""
    st = ctx.lex.stance
    if t.dep_ == "dobj" and t.head.lemma_.lower() in st["receive_verbs"]:
        return t.head
    if t.dep_ == "dobj" and t.head.lemma_.lower() in st["provoking_verbs"] and any(
            c.dep_ == "prep" and c.lower_ in ("from", "of", "among") for x in (t, t.head) for c in children(x)):
        return t.head  # "encountered criticism from X", "sparked the anger of X", "anger among X": X is named as the one who reacts
    if t.dep_ == "pobj" and t.head.dep_ == "prep":
        verb = t.head.head
        # "came in for criticism from X": a phrase of receiving may hold a particle
        if any(" ".join(w) in st["receive_phrases"] for w in [(verb.lemma_.lower(), t.head.lower_)] + [
                (verb.lemma_.lower(), c.lower_, t.head.lower_) for c in children(verb) if c.dep_ == "prt"]):
            return verb
        # "with the support of X, Roe pushed the plan through", "the Senate, with the backing of X, approved it": who
        # acts with a side another gives has it, as one who won it has (X's side, on the actor; never the actor's on X)
        if t.head.lower_ == "with" and verb.pos_ in ("VERB", "AUX") and st["nouns"].get(t.lemma_.lower()) == "supports" \
                and not any(c.dep_ == "poss" for c in children(t)) \
                and any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in children(t)):
            return verb
    return None
