"""What a speaker says their own side will do: "Roe said her party would cut red tape",
"we will offer lower fares", "Ruiz announced that she would allow relief for exporters". The speaker
backs the act; the act is a clause, so it only ever names a policy the article names elsewhere."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..frame import Frame, add_holders, holder_tokens, negated
from ...entities.body_groups import dateline_token
from ....model import Statement
from ...reference.actors import Context, actors, first_person
from .speech import reporters, reporting_verb
from ..constructions.future_acts import policy_plan
from ...language.syntax import conditioned
from ...language.tokens import children, sent_tokens, tokens

__all__ = ["commitment_frames", "memberships", "covered"]


def covered(ctx: Context, frames: list[Frame]) -> list[Frame]:
    """Pledges whose clause no other cue reads: "France would reject the reforms" is France's own side, and a
    clause that holds another cue's target must not stand in for it. A pledge is no prediction: "his party
    would cut £35bn" is not read for harm or benefit. A pledge so covered lends its pledgers to the cue of the
    act it pledged where that cue has no actor to hold it (_pledge_own_act)."""
    doc = ctx.parsed.doc
    pledges = [f for f in frames if f.rule == "speech-commitment"]
    if not pledges:
        return frames
    pledged = {f.cue for f in pledges}
    others = [f for f in frames if f.rule != "speech-commitment" and not (
        f.rule == "speech-evaluation" and f.cue in pledged)]
    # ("said it would cut its tariffs": whose tariffs they are reads no side of the act pledged on them)
    marks = {x for f in others if f.rule != "possessive-policy" for x in (f.cue, f.target) if x is not None}
    keep = [f for f in pledges if not marks & {x.i for x in tokens(doc)[f.cue].subtree}]
    kept = {id(f) for f in keep}
    for p in pledges:
        if id(p) not in kept:
            _pledge_own_act(ctx, p, others)
    return others + keep


def _pledge_own_act(ctx: Context, pledge: Frame, others: list[Frame]) -> None:
    """ "Roe said her party would scrap the levy": the cue of the act pledged ("scrap") reads the side, and its
    holder is the clause's subject; where that subject names no actor (a party the story never names), the side
    would have no holder, so the one who pledged the act of her own side holds it. A subject that names an actor
    keeps the side to itself: the pledge only reports it."""
    toks = tokens(ctx.parsed.doc)
    # ("OSLO, May 3 - Norway said it would": the parser may take the dateline for a sayer)
    pledgers = [toks[h] for h in pledge.holders if isinstance(h, int) and h >= 0 and not dateline_token(ctx.parsed, h)]
    for f in others:
        if f.cue == pledge.cue and f.relation in ("supports", "opposes") and pledgers and not any(
                actors(ctx, h, f.sent) for h in holder_tokens(f, ctx.parsed.doc)):
            add_holders(f, pledgers)


def memberships(structure: list[Statement]) -> dict[str, set[str]]:
    """Actor id -> the bodies the article puts it in."""
    out: dict[str, set[str]] = {}
    for s in structure:
        if s.relation == "member_of":
            out.setdefault(s.subject, set()).add(s.object)
    return out


def commitment_frames(ctx: Context, si: int, sent: Span, members: dict[str, set[str]]) -> list[Frame]:
    st = ctx.lex.stance
    speech = ctx.lex.words("stance", "speech")
    frames = []
    for t in sent_tokens(sent):
        if t.pos_ != "VERB" or t.dep_ not in ("ROOT", "ccomp") or t.lemma_.lower() in speech:
            continue
        if not any(c.dep_ == "aux" and c.lower_ in st["commitment_modals"] for c in children(t)):
            continue
        if conditioned(t, st["conditional_marks"]):
            continue  # "if we should pay back the loans, we will face ...": a condition, not a pledge
        if any(c.dep_ in ("dobj", "nsubj", "advmod") and c.tag_ in ("WP", "WDT", "WRB") for c in children(t)) \
                or not any(c.dep_ in ("dobj", "prep", "xcomp", "dative") and c.pos_ != "PRON" for c in children(t)) \
                and t.lemma_.lower() not in st["apology_verbs"]:  # (an apology is an act with nothing named: "would not apologise")
            continue  # "I don't know what I would do", "we would only do that": no act named
        subj = [c for c in children(t) if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj or subj[0].dep_ == "nsubjpass" or subj[0].lower_ in ("this", "that") \
                or subj[0].lower_ == "it" and not _own_it(ctx, t, subj[0], si, speech):
            continue  # "the rules will be enforced", "it would raise costs": no one pledges it here ("Tonmark said it
            # will sell shares": the firm's own act)
        holders = _pledgers(ctx, t, subj[0], si, members)
        if holders:
            frames.append(Frame("supports", t.i, holders, t.i, "speech-commitment", si, negated=negated(ctx, t),
                                target_is_clause=True, confidence=0.6, clause=t.i))
    return frames


def _own_it(ctx: Context, t: Token, it: Token, si: int, speech) -> bool:
    """ "Tonmark said it will sell shares": "it" of a clause said by a body is the body itself when it is read as the
    sayer and the clause names a plan of policy ("worried it would raise costs" speaks of a thing, not of the worried)."""
    if t.dep_ != "ccomp" or t.head.lemma_.lower() not in speech or not policy_plan(ctx, t):
        return False  # (only a plan of policy: "said it would aim for X" is read by the cue of its own)
    doers = set(actors(ctx, it, si))
    return bool(doers) and doers <= {a for s in children(t.head) if s.dep_ == "nsubj" for a in actors(ctx, s, si)}


def _pledgers(ctx: Context, t: Token, s: Token, si: int, members: dict[str, set[str]]) -> list[int]:
    """The reporter of the clause, when its subject is the reporter or the reporter's own side."""
    verb = reporting_verb(ctx, t)
    if first_person(ctx, s):
        # a quotation: "we will spend more on schools" is its speaker's, whoever "would agree" with it
        return [-1] if ctx.speaker.get(si) else []
    if verb is None:
        return []
    said_by = reporters(ctx, verb)
    ids = {a for x in said_by for a in actors(ctx, x, ctx.sent_of[verb.i])}
    if not ids:
        return []
    doers = set(actors(ctx, s, si))
    owners = {a for c in children(s) if c.dep_ == "poss" for a in actors(ctx, c, si)}
    if not doers and owners and owners <= ids:
        return [x.i for x in said_by]  # "his party would cut", "her plan will end": the reporter's own
    if first_person(ctx, s) or doers and all(d in ids or any(d in members.get(i, ()) for i in ids) for d in doers):
        return [x.i for x in said_by]
    return []
