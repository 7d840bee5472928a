"""A charge with the harm it foretells as its reason: "hauliers attacked the toll, saying they might be obliged to
put up prices", "the union criticised the reform, arguing it would cost jobs". The participle of saying gives why the
holder is against the thing; when what it says is a harm to come, the holder warns of the thing as well as
opposing it (GUIDELINES.md: warns is "cautions that X could trigger harm"). What is foretold need not name the
thing ("they", the holder itself, "might be obliged to ..."): the charge's object is what the harm comes from."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .effects import effect
from .frame import Frame, negated
from .polarity import valence
from .reference import Context, actors, target_actor
from .syntax import conditioned, dobj, subjects
from .tokens import children, sent_tokens

__all__ = ["foretold_frames"]

# VADER valence at or below which the head of what is foretold is a harm ("collapse" -2.2, "suffer" -2.0, as
# speech.py's BAD_VALENCE)
_BAD = -1.5


def _foretold_harm(ctx: Context, c: Token) -> bool:
    """A clause that foretells a harm: a modal of prediction ("would", "could") or a likelihood ("is likely to")
    on an act that harms (effects.py), one the subject is made to do ("may be compelled to close", stance.json
    compelled_participles), or a head VADER rates bad ("would suffer", "could collapse")."""
    st = ctx.lex.stance
    if negated(ctx, c) or conditioned(c, st["conditional_marks"]):
        return False
    if not any(a.dep_ in ("aux", "auxpass") and a.lower_ in st["prediction_modals"] for a in children(c)):
        return False
    if c.lower_ in st["compelled_participles"] and any(a.dep_ == "auxpass" for a in children(c)):
        return True
    acts = [c] + [x for x in children(c) if x.dep_ == "xcomp" and x.pos_ == "VERB"]
    return any(effect(x, x.lemma_.lower(), st) == "harm" for x in acts) or valence(c) <= _BAD


def foretold_frames(ctx: Context, si: int, sent: Span) -> list[Frame]:
    st = ctx.lex.stance
    speech = ctx.lex.words("stance", "speech")
    out = []
    for s in sent_tokens(sent):
        # "..., saying ...", "..., arguing that ...": a participle of saying on the verb of the charge
        if s.dep_ not in ("advcl", "xcomp", "conj", "acl") or s.lemma_.lower() not in speech or s.tag_ != "VBG" and not (
                s.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children(s))):
            continue  # (or a second verb of the charge's own subject: "attacked the rules and said ...")
        # ("attacked the rules saying ...", with no comma, the parser hangs on the object)
        verb = s.head.head if s.dep_ == "acl" and s.head.dep_ == "dobj" else s.head
        if st["verbs"].get(verb.lemma_.lower()) != "opposes" or negated(ctx, verb):
            continue
        thing = dobj(verb)
        if thing is None or thing.pos_ not in ("NOUN", "PROPN") or target_actor(ctx, thing):
            continue  # a person attacked is charged, not warned of
        said = [c for c in children(s) if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
        holders = [x.i for x in subjects(verb) if actors(ctx, x, si)]
        if holders and said and _foretold_harm(ctx, said[0]):
            out.append(Frame("warns", said[0].i, holders, thing.i, "speech-consequence", si, confidence=0.6))
    return out
