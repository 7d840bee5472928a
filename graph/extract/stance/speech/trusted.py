"""Trust placed in an actor: "had full confidence in Kent", "reaffirmed its faith in the board", "has no faith in
Kent at all", "had lost confidence in Kent". The nouns of trust (stance.json trust_nouns: WordNet's
trust / faith, 'complete confidence in a person or plan', and confidence, 'a feeling of trust in someone') with 'in'
and an actor: one who has it backs the actor, one who lacks or has lost it (stance.json trust_loss_nouns,
losing_verbs, 'no') is against them. The one who trusts is the noun's owner ("its faith in"), else the subject of a
verb of having or voicing it (stance.json trust_holding_verbs); trust that no named actor holds ("there is no
confidence in Kent", "voters have lost faith in Kent") is the judgement of the one who says so. A trusting
verb ("still trusts Kent") is a plain verb cue (stance.json verbs), and its passive without an agent the speaker's
judgement ("said the council could not be trusted"); trust in a plan or a market is left alone."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..frame import Frame, negated
from .polarity import clause_speakers
from ...reference.actors import Context, actors, target_actor
from ...language.syntax import pobj, subjects
from ...language.tokens import children, sent_tokens

__all__ = ["trust_frames"]

_FLIP = {"supports": "opposes", "opposes": "supports"}


def trust_frames(ctx: Context, si: int, sent: Span) -> list[Frame]:
    st = ctx.lex.stance
    nouns = st["trust_nouns"]
    out = []
    for n in sent_tokens(sent):
        if n.pos_ == "VERB" and n.lemma_.lower() in nouns:
            out += _trusted(ctx, n, si, nouns[n.lemma_.lower()])
            continue
        if n.pos_ != "NOUN" or n.lemma_.lower() not in nouns or n.i in ctx.res.by_token:
            continue  # ("an NHS trust": a body, not trust)
        # "a lack of trust in Kent": the loss noun governs, and the parser hangs 'in' on either word
        loss = n.head if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ == "NOUN" \
            and n.head.head.lemma_.lower() in st["trust_loss_nouns"] else None
        loss = loss.head if loss is not None else None
        top = loss if loss is not None else n
        target = next((pobj(c) for x in (n, top) for c in children(x)
                       if c.dep_ == "prep" and c.lower_ == "in" and pobj(c) is not None), None)
        eid = target_actor(ctx, target) if target is not None else None
        if eid is None or _state(ctx, eid):
            continue  # ("investors' faith in Ruritania": a country's market, no side on its government)
        relation = nouns[n.lemma_.lower()]
        verb = top.head if top.dep_ in ("dobj", "attr", "nsubj") and top.head.pos_ in ("VERB", "AUX") else None
        lost = loss is not None or any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "little") for x in (n, top)
                                       for c in children(x)) \
            or verb is not None and (verb.lemma_.lower() in st["losing_verbs"] or verb.lemma_.lower() == "lack"
                                     or negated(ctx, verb))
        if lost:
            relation = _FLIP[relation]
        holders = _holders(ctx, n, verb, si, st)
        if holders:
            out.append(Frame(relation, n.i, holders, target.i, "noun-trust", si, confidence=0.6))
    return out


def _trusted(ctx: Context, v: Token, si: int, relation: str) -> list[Frame]:
    """ "the council cannot be trusted with the budget", Holt said: a passive with no agent is the speaker's own
    judgement of the one trusted or not (with an agent, "is trusted by voters", the verb cue reads it)."""
    subj = next((c for c in children(v) if c.dep_ == "nsubjpass"), None)
    if subj is None or any(c.dep_ == "agent" for c in children(v)) or not target_actor(ctx, subj):
        return []
    holders, _ = clause_speakers(ctx, v, ctx.lex.words("stance", "speech"), si)
    if not holders:
        return []
    return [Frame(_FLIP[relation] if negated(ctx, v) else relation, v.i, holders, subj.i, "verb-trusted", si, confidence=0.6)]


def _named(ctx: Context, eids: list[str]) -> bool:
    """One the story names: "voters" or "investors" in general hold no trust a reader can place."""
    return any(ctx.res.kind.get(e) != "common" for e in eids)


def _state(ctx: Context, eid: str) -> bool:
    """A country of the ISO gazetteer: trust in it is a market's in its economy, as polarity.py reads states."""
    return ctx.res.kind.get(eid) in ("country", "gpe") and ctx.lex.countries.of(ctx.res.entities[eid].label) is not None


def _holders(ctx: Context, n: Token, verb: Token | None, si: int, st: dict) -> list[int]:
    """Whose trust it is: the noun's owner, the subject of a verb of having or voicing it, else the speaker of the
    clause that says it is there or lacking; none for trust merely mentioned ("confidence in Kent fell")."""
    owner = next((c for c in children(n) if c.dep_ == "poss"), None)
    if owner is not None:
        # ("its faith in Kent": the body the pronoun stands for; "investors' faith in Kent": no one a reader can place)
        found = actors(ctx, owner, si)
        return [owner.i] if found and (owner.pos_ == "PRON" or _named(ctx, found)) else []
    if verb is None or verb.lemma_.lower() not in st["trust_holding_verbs"]:
        return []
    # ("the Greens and the Liberals are keen to stress a lack of trust in Kent": the subject up the to-clause; "voters
    # have lost faith in Kent", said by Holt: people in general hold no side a reader can place, the one saying so does)
    up = verb
    while up.dep_ in ("xcomp", "acomp") and up.head.i != up.i and not any(c.dep_ == "nsubj" for c in children(up)):
        up = up.head
    subj = [s for s in subjects(up) if s.dep_ != "expl" and s.lower_ != "there" and _named(ctx, actors(ctx, s, si))]
    if subj:
        return [s.i for s in subj]
    speakers, _ = clause_speakers(ctx, verb, ctx.lex.words("stance", "speech"), si)
    said = verb.head if verb.dep_ == "ccomp" else verb
    return [] if said.lemma_.lower() in st["conceding_verbs"] else speakers  # ("admitted voters had lost faith in us")
