"""A claim rejected: "Kent denied the levy would hurt farms", "dismissed fears that the rules would cost jobs",
"said claims that the rail link would ruin the valley were groundless". What the claim says of a policy is read
as reported speech is (speech.py); the one who rejects it takes the other side: a harm or a fault denied backs
the policy, a good denied is against it. The claim noun itself is no policy, nor are the rejected warnings the
rejecter's own (stance.json rebutting_verbs, rebutted_nouns, rebutting_adjectives)."""
from __future__ import annotations

from spacy.tokens import Token

from ..frame import Frame, negated
from ...reference.actors import Context, actors
from ...language.syntax import subjects
from ...language.tokens import children, tokens

__all__ = ["REBUTTED", "misread_claims", "rebutters", "rebutted_noun", "rebutting"]

# the side the one who rejects a claim takes, by the side the claim takes
REBUTTED = {"warns": "supports", "opposes": "supports", "supports": "opposes"}


def _claim_noun(ctx: Context, t: Token) -> bool:
    words = ctx.lex.words
    return t.pos_ == "NOUN" and any(w in words("stance", k) for k in ("statement_nouns", "fear_nouns", "rebutted_nouns")
                                    for w in (t.lower_, t.lemma_.lower()))


def _that_clause(t: Token) -> bool:
    return t.dep_ in ("acl", "ccomp") and t.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in children(t))


def rebutting(ctx: Context, verb: Token) -> bool:
    """A verb of denial or dismissal, written alone ("denied", "dismissed") or with its particle ("brushed aside")."""
    verbs = ctx.lex.words("stance", "rebutting_verbs")
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    return lemma in verbs or any(f"{lemma} {c.lower_}" in verbs for c in children(verb) if c.dep_ in ("prt", "advmod", "prep"))


def _groundless(ctx: Context, t: Token) -> bool:
    """ "were unfounded", "are nonsense", "had been exaggerated": a predicate that calls its subject groundless."""
    words = ctx.lex.words("stance", "rebutting_adjectives")
    if t.lemma_ == "be":
        return any(c.dep_ in ("acomp", "attr") and (c.lower_ in words or c.lemma_.lower() in words) for c in children(t))
    return t.tag_ == "VBN" and t.lower_ in words and any(c.dep_ == "auxpass" for c in children(t))


def _doers(ctx: Context, verb: Token, si: int) -> list[int]:
    """Who does the rejecting: the verb's subject, or in the passive its agent ("were dismissed by the minister")."""
    agents = [g for c in children(verb) if c.dep_ == "agent" for g in children(c) if g.dep_ == "pobj"]
    found = agents if any(c.dep_ == "nsubjpass" for c in children(verb)) else subjects(verb)
    return [x.i for x in found if actors(ctx, x, si)]


def _reporters(ctx: Context, t: Token, si: int) -> list[int]:
    """Who says the clause of t: the actor subject of the nearest speech verb above it, or the quote's speaker."""
    speech = ctx.lex.words("stance", "speech")
    verb = next((a for a in t.ancestors if a.lemma_.lower() in speech and a.pos_ in ("VERB", "AUX")), None)
    if verb is not None:
        return [] if negated(ctx, verb) else [x.i for x in subjects(verb) if actors(ctx, x, si)]
    return [-1] if ctx.speaker.get(si) and t.dep_ == "ROOT" else []


def rebutters(ctx: Context, t: Token) -> list[int]:
    """The holders (tokens, -1 for the sentence's speaker) who reject the claim the clause headed by t states:
    the subject of a verb of denial the clause is the object of, or of one whose object is a noun of claim or fear
    the clause belongs to, or the one who says such a noun is groundless; none when the rejection is denied
    ("did not dismiss fears that ...")."""
    head = t.head
    si = ctx.sent_of[t.i]
    if (t.dep_ == "ccomp" or t.dep_ == "xcomp" and t.tag_ == "VBG") and rebutting(ctx, head):
        return [] if negated(ctx, head) else _doers(ctx, head, si)  # ("denied backing the levy")
    if not _that_clause(t) or not _claim_noun(ctx, head):
        return []
    verb = head.head
    if head.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "scoffed at claims that ...", "brushed aside claims", as the parser may hang them
    elif head.dep_ not in ("dobj", "nsubjpass"):
        verb = None
    if verb is not None and rebutting(ctx, verb):
        return [] if negated(ctx, verb) else _doers(ctx, verb, si)
    if head.dep_ in ("nsubj", "nsubjpass") and _groundless(ctx, head.head) and not negated(ctx, head.head):
        return _reporters(ctx, head.head, si)  # "said fears that the link would ruin the valley were overblown"
    return []


def rebutted_noun(ctx: Context, t: Token) -> bool:
    """A noun of claim or fear whose that-clause someone rejects."""
    return _claim_noun(ctx, t) and any(_that_clause(c) and rebutters(ctx, c) for c in children(t))


def misread_claims(ctx: Context, frames: list[Frame]) -> list[Frame]:
    """The frames left once the claims rejected are read as rebuttals: a rejected warning is no warning of the one
    who rejects it ("brushed aside warnings that the levy would hurt farmers"), though one whose giver is named stays
    theirs ("the warning from Kent that ... was dismissed"); and a claim is no policy ("rejected claims that the levy
    was unfair"), only one its owner's possessive names stands for its owner ("dismissed the union's claims")."""
    toks = tokens(ctx.parsed.doc)
    out = []
    for f in frames:
        cue, target = toks[f.cue], toks[f.target] if f.target is not None else None
        if cue.pos_ == "NOUN" and rebutted_noun(ctx, cue) and not _owned(cue, ("poss", "by", "from")):
            continue
        if target is not None and f.rule != "speech-rebuttal" and rebutted_noun(ctx, target) and not _owned(target, ("poss",)):
            continue
        out.append(f)
    return out


def _owned(noun: Token, ways: tuple[str, ...]) -> bool:
    """Whether a noun names its owner: a possessive ("poss"), or an of-less phrase of "by" or "from"."""
    return any(c.dep_ == "poss" and "poss" in ways or c.dep_ == "prep" and c.lower_ in ways for c in children(noun))
