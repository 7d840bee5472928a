"""Quarrels: "the Greens and the Liberals have clashed over the levy", "the two unions are feuding". A verb of FrameNet's
Quarreling and Hostile_encounter frames (stance.json quarrel_verbs) with a subject that joins two or more actors
and no one else to quarrel with says that each is against the others ("X clashed with Y" is read by the phrasal cue
"clash with"). A quarrel denied ("have not clashed"), asked or supposed takes no side, and neither does one only
foreseen ("could clash").

A quarrel named by a noun (stance.json quarrel_nouns) between two actors sets each against the other too: "the feud
between Ann Lee and her brother", "Lee's row with the Treasury", "Lee is locked in a dispute with Kestrel Bank". Not
one denied ("denied a rift with Lee"), only rumoured or claimed ("rumours of a rift between ..."), asked about, or
ended ("the dispute between X and Y was settled", "the end of the feud": quarrel_ends).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..cues.verb_clauses import conditional
from ..frame import Frame, negated
from ...reference.actors import Context, actors
from ...language.syntax import pobj, question, subjects
from ...language.tokens import children, sent_tokens

__all__ = ["quarrel_frames", "quarrel_noun_frames"]


def quarrel_frames(ctx: Context, si: int, sent: Span) -> list[Frame]:
    words = ctx.lex.words("stance", "quarrel_verbs")
    out = []
    if question(sent):
        return out  # "Have the Greens and the Liberals clashed?": asked, not told
    for t in sent_tokens(sent):
        if t.pos_ != "VERB" or t.lemma_.lower() not in words or negated(ctx, t) or _partnered(t) \
                or any(c.dep_ == "aux" and c.tag_ == "MD" for c in children(t)) or conditional(t, ctx.lex.stance):
            continue  # ("if the Greens and the Liberals clash": supposed)
        joined = [s for s in subjects(t) if s.dep_ in ("nsubj", "conj")]
        sides = {}
        for s in joined:
            found = actors(ctx, s, si)
            if len(found) == 1 and found[0] not in sides.values():
                sides[s.i] = found[0]
        if len(sides) < 2:
            continue
        for h in sides:
            out += [Frame("opposes", t.i, [h], other, "verb-quarrel", si, confidence=0.6) for other in sides if other != h]
    return out


def _partnered(t: Token) -> bool:
    """The verb names the other side itself ("clashed with the Treasury") or an object ("fought the plan")."""
    return any(c.dep_ in ("dobj", "ccomp", "xcomp") or c.dep_ == "prep" and c.lower_ in ("with", "against")
               for c in children(t))


def quarrel_noun_frames(ctx: Context, si: int, sent: Span) -> list[Frame]:
    """Each side of a quarrel a noun names against the other (see the module's docstring)."""
    st = ctx.lex.stance
    words = ctx.lex.words("stance", "quarrel_nouns")
    if question(sent) or not any(t.lemma_.lower() in words for t in sent_tokens(sent)):
        return []
    out = []
    for n in sent_tokens(sent):
        if n.pos_ != "NOUN" or n.lemma_.lower() not in words or not _told(ctx, n, st):
            continue
        sides: dict[str, int] = {}
        for tok in _sides(n):
            found = actors(ctx, tok, si)
            if len(found) == 1 and found[0] not in sides:
                sides[found[0]] = tok.i
        if len(sides) != 2:
            continue  # (a quarrel of one, or of a crowd, names no two sides)
        (a, i), (b, j) = sides.items()
        out += [Frame("opposes", n.i, [i], j, "noun-quarrel", si, confidence=0.6),
                Frame("opposes", n.i, [j], i, "noun-quarrel", si, confidence=0.6)]
    return out


def _sides(n: Token) -> list[Token]:
    """The tokens of the actors a quarrel noun names: "between X and Y", "X's N with Y", or the subject of the verb it
    hangs on and "with Y" ("X is locked in a row with Y", "X has a feud with Y")."""
    kids = children(n)
    between = [pobj(c) for c in kids if c.dep_ == "prep" and c.lower_ == "between"]
    if between and between[0] is not None:
        first = between[0]
        return [first] + [_named(c) for c in first.conjuncts]
    other = [pobj(c) for c in kids if c.dep_ == "prep" and c.lower_ == "with"]
    if not other or other[0] is None:
        return []
    owner = [c for c in kids if c.dep_ == "poss"]
    if owner:
        return [owner[0], other[0]]
    verb = n.head.head if n.dep_ == "pobj" and n.head.dep_ == "prep" else n.head if n.dep_ == "dobj" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return []
    return (subjects(verb) + [c for c in children(verb) if c.dep_ == "nsubjpass"])[:1] + [other[0]]


def _named(t: Token) -> Token:
    """ "his brother Ann Lee": the apposed name, not the noun, is the side's token. reference.actors finds the person
    from either, but the evidence cites the token and the stance scorer weighs a name above a noun (with the noun,
    the edge's confidence fell from 0.8 to 0.72)."""
    return next((c for c in children(t) if c.dep_ == "appos"), t)


def _told(ctx: Context, n: Token, st: dict) -> bool:
    """The quarrel is told as one that is: not denied, rumoured, claimed, asked about or ended."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in children(n)) or negated(ctx, n.head):
        return False
    heard = set(st["hearsay_participles"]) | set(st["hedges"])
    if any(c.dep_ == "amod" and (c.lemma_.lower() in heard or c.lower_ in heard) for c in children(n)):
        return False  # "the reported feud between X and Y", "the rumoured rift"
    ends = st["quarrel_ends"]
    hearsay = set(st["rebutted_nouns"]) | set(st["statement_nouns"])
    rebut = set(st["rebutting_verbs"])
    for up in [n, *n.ancestors][:4]:
        lemma = up.lemma_.lower()
        if up.i != n.i and (lemma in ends or lemma in hearsay or lemma in rebut):
            return False
        if up.dep_ in ("ROOT", "ccomp", "advcl", "relcl"):
            break
    return True
