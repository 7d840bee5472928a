"""Failings charged: what a speaker says an actor failed to do or whom it failed ("said the board had failed to
protect the river", "had failed a generation of pupils"), and the idioms of conduct the dictionaries list as
criticism of the one who does it ("had dragged its feet", "has questions to answer", "has buried its head in the
sand", "the party's sums do not add up"): the speaker's side against the actor, held by the one who says it.
A failure to gain something ("failed to win the seat", "failed to find a buyer") is a plight, not a fault; a
failing denied ("had not dragged its feet") or said of one's own side ("we failed to explain it") charges no one."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..frame import Frame
from .polarity import clause_speakers
from ...reference.actors import Context, actors, first_person, target_actor
from ...language.syntax import conditioned, question
from ...language.tokens import children, sent_tokens, tokens

__all__ = ["failing_frames", "judged_subject"]

# how far below the verb an idiom's words may sit ("buried [its head] [in [the sand]]")
_DEPTH = 3


def failing_frames(ctx: Context, si: int, sent: Span) -> list[Frame]:
    if question(sent):
        return []  # a question states no side
    st = ctx.lex.stance
    idioms = ctx.lex.conduct_idioms
    speech = ctx.lex.words("stance", "speech")
    out = []
    for t in sent_tokens(sent):
        if t.pos_ not in ("VERB", "AUX"):
            continue
        lemma = t.lemma_.lower()
        if lemma != "fail" and lemma not in idioms:
            continue
        if conditioned(t, st["conditional_marks"]):
            continue
        judged = judged_subject(ctx, t)
        if judged is None:
            continue
        denied = any(c.dep_ == "neg" or c.lower_ in ("never", "not") and c.dep_ == "advmod" for c in children(t))
        relation = _failed(t, st) if lemma == "fail" and not denied else None
        if relation is None:
            relation = _idiom(t, idioms.get(lemma, ()), judged, denied)
        if relation is None:
            continue
        holders, _ = clause_speakers(ctx, t, speech, si)
        if holders and not _own(ctx, holders, judged, si):
            out.append(Frame(relation, t.i, holders, judged.i, "speech-failing", si, confidence=0.6))
    return out


def judged_subject(ctx: Context, t: Token, owner: bool = True) -> Token | None:
    """The actor the predicate t is said of: its subject (the subject of the verb it is joined to: "said the board
    had met twice and failed to act"), or with `owner` the owner of a subject that names no actor ("the party's
    sums"); not the speaker's own side, nor a nationality's trade."""
    subj = subjects_of(t)
    if not subj and t.dep_ == "conj":
        subj = subjects_of(t.head)
    if not subj or first_person(ctx, subj[0]):
        return None
    s = subj[0]
    if s.pos_ == "PRON":
        # "They, the Greens, have learned nothing": the actor apposed to the pronoun (or made a second subject)
        s = next((c for c in [*children(s), *subj[1:]] if c.dep_ in ("appos", "nsubj") and target_actor(ctx, c)), s)
    if sector(s):
        return None
    if target_actor(ctx, s):
        return s
    if not owner:
        return None
    held = next((c for c in children(s) if c.dep_ == "poss"), None)
    return held if held is not None and not first_person(ctx, held) and target_actor(ctx, held) else None


def _failed(t: Token, st: dict) -> str | None:
    """ "failed to protect the river", "failed the fishermen": a duty left undone or people let down; not a gain
    missed (stance.json receive_verbs with find and reach: "failed to win the seat", "failed to find a buyer")."""
    act = next((c for c in children(t) if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    if act is not None:
        missed = act.lemma_.lower() in st["receive_verbs"] or act.lemma_.lower() in ("find", "reach")
        return None if missed else "opposes"
    return "opposes" if any(c.dep_ == "dobj" for c in children(t)) else None


def _idiom(t: Token, entries, judged: Token, denied: bool) -> str | None:
    """The relation of the first conduct idiom of t's lemma whose other words sit below t (not in its subject),
    with its 'not' when the idiom has one ("do not add up") and with none when it has none."""
    subject = {x.i for c in children(t) if c.dep_ in ("nsubj", "nsubjpass") for x in c.subtree}
    near = set()
    for x in t.subtree:
        if x.i in subject or x.i == t.i:
            continue
        depth, a = 0, x
        while a.i != t.i and depth <= _DEPTH:
            a, depth = a.head, depth + 1
        if depth <= _DEPTH:
            near |= {x.lemma_.lower(), x.lower_}
    for words, relation in entries:
        wants_not = "not" in words
        if wants_not != denied:
            continue
        if all(w in near for w in words if w != "not"):
            return relation
    return None


def sector(s: Token) -> bool:
    """ "Dutch farming", "British shipyards": a common noun under a nationality names a trade or a people of the
    country, not the body that governs it, which the resolver may stand it for."""
    return s.pos_ == "NOUN" and any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in children(s))


def subjects_of(t: Token) -> list[Token]:
    """The active subjects of t, not a wire dateline's city the parser takes for one ("OSLO, May 9 - the shipyards
    have failed to ...")."""
    return [c for c in children(t) if c.dep_ == "nsubj" and not (c.is_upper and c.i == c.sent.start)]


def _own(ctx: Context, holders: list[int], judged: Token, si: int) -> bool:
    """The actor charged is one of those who say it ("Labour and the Greens say the party's sums do not add up":
    'the party' is a third, whom the resolver may take for a speaker): no one charges themselves."""
    eid = target_actor(ctx, judged)
    said = [tokens(ctx.parsed.doc)[h] for h in holders if h >= 0]
    own = {a for x in said for c in [x, *x.conjuncts] for a in actors(ctx, c, si)}
    return eid in own or -1 in holders and eid in ctx.speaker.get(si, [])
