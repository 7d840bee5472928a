"""Acts foretold of their own doer: "the ministry will raise farm subsidies", "the treasurer is expected to cap rail
fares", "the board is set to approve the merger". News states a body's or an official's decided plan as a future
(the modal of stance.json future_modals) or as what the actor is expected, set or likely to do (foretold_plan_heads),
with no verb of planning at all; the actor backs the act, as it backs one it "plans to" or "is to" do
(arranged.py). The act names a plan only when it is done to a thing (policies.target_heads.done_to_thing: a common
noun that is no actor or word of talk); a forecast with no actor for subject ("prices will rise"), an act borne
("will face fines", "will lose jobs"), said ("will say"), or done to a place or a person ("will visit Paris", "will
meet the union") is none. Not in a condition, not negated, not a passive, not a quotation's "we" (commitment.py
reads a speaker's own pledge), and not an act that is a cue of its own ("will back the plan"; a verb of stance.json verbs, whose own frame takes the
side when its object is a policy: "will criticise the board" backs no act)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..frame import Frame, negated
from ...policies.target_heads import done_to_thing, said_act
from ...reference.actors import Context, actors, first_person, target_actor
from ...language.syntax import dobj, subjects
from ...language.tokens import children, sent_tokens
from ..cues.verb_clauses import conditional

__all__ = ["future_frames", "policy_plan", "pledged_plan", "RULE"]

RULE = "verb-foretold-act"
_NAMES = ("GPE", "LOC", "ORG", "PERSON", "NORP", "FAC")  # a named place, body or person is no thing a plan is done to


def _foretold(t: Token, st: dict, said=frozenset()) -> Token | None:
    """The word that makes t a future act of its subject: its modal ("will cut", "it was confirmed the party will hold
    its conference in Leeds": a clause of a verb of `said` too), or the head it is the to-infinitive of ("is expected to
    cut", "is likely to cut"); None otherwise."""
    if t.dep_ in ("ROOT", "conj") and t.head.dep_ in ("ROOT", "conj") or t.dep_ == "ROOT" \
            or t.dep_ == "ccomp" and t.head.lemma_.lower() in said:
        modal = next((c for c in children(t) if c.dep_ == "aux" and c.lower_ in st["future_modals"]), None)
        if modal is not None:
            return modal
    head = t.head
    if t.dep_ == "xcomp" and head.lower_ in st["foretold_plan_heads"] and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(t)) \
            and (head.dep_ == "ROOT" or head.dep_ == "acomp" and head.head.dep_ == "ROOT"):
        return head
    if t.dep_ == "conj" and head.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in children(t)):
        return _foretold(head, st, said)  # "will cut fuel duty and raise the minimum wage": one modal for both acts
    return None


def future_frames(ctx: Context, si: int, sent: Span, found: list[Frame]) -> list[Frame]:
    """`found`: the frames read so far; an act that is the cue or the target of one of them reads its own side."""
    st = ctx.lex.stance
    taken = {f.cue for f in found if f.sent == si} | {f.target for f in found if f.sent == si and f.target is not None}
    said = ctx.lex.words("stance", "speech") | ctx.lex.words("stance", "announcing_verbs")
    frames = []
    for t in sent_tokens(sent):
        if t.pos_ != "VERB" or t.i in taken:
            continue
        mark = _foretold(t, st, said)
        lemma = t.lemma_.lower()
        lead = t.head if mark is not None and mark.head.i != t.i and t.dep_ == "conj" else t  # (the first act of a list)
        if mark is None or lead.dep_ == "ccomp" and (negated(ctx, lead.head) or _others_say(ctx, lead, si)) or lemma in st["verbs"] or lemma in st["experiencer_verbs"] or conditional(t, st) \
                or negated(ctx, t) or negated(ctx, lead) or negated(ctx, mark) or any(c.dep_ in ("auxpass", "nsubjpass") for c in children(t)):
            continue
        if not policy_plan(ctx, t):
            continue
        # (a pronoun in a quotation is the quoted one's, whom the story may not name: "they will destroy the
        # regiments" of critics speaking of the plan's authors)
        doers = subjects(mark.head) if mark.dep_ == "acomp" else subjects(t)  # ("the bank is likely to": the copula's)
        holders = [s for s in doers if s.dep_ in ("nsubj", "nsubjpass") and not first_person(ctx, s)
                   and s.lower_ not in ("this", "that") and not (s.pos_ == "PRON" and ctx.speaker.get(si)) and actors(ctx, s, si)]
        if holders and t.dep_ == "ccomp":
            # (the doers' official who announces the plan backs it with them: "..., the finance minister said")
            doers = {a for h in holders for a in actors(ctx, h, si)}
            holders += [s for s, ids in _sayers(ctx, t, si) if all(_speaks_for(ctx, a, doers) for a in ids)]
        if holders:
            frames.append(Frame("supports", mark.i, holders, t.i, RULE, si, confidence=0.6))
    return frames


def _others_say(ctx: Context, t: Token, si: int) -> bool:
    """The clause's act is said by an actor other than its doer ("critics say the firm will cut jobs": their claim,
    not the firm's plan; "it was confirmed", "officials said" name no other side), or by the doer's own official."""
    doers = {a for s in subjects(t) for a in actors(ctx, s, si)}
    return any(a not in doers and not _speaks_for(ctx, a, doers) for _, ids in _sayers(ctx, t, si) for a in ids)


def _sayers(ctx: Context, t: Token, si: int) -> list[tuple[Token, list[str]]]:
    """The actor subjects of the verb the clause t is said under, each with the actors it stands for."""
    return [(s, ids) for s in children(t.head) if s.dep_ == "nsubj" and (ids := actors(ctx, s, si))]


def _speaks_for(ctx: Context, person: str, doers: set[str]) -> bool:
    """`person` holds a post of the doers' body, which announces its plan ("the firm will close two plants, its chief
    executive said"): a post named with the body ("Kestrel Bank chief executive"), or one named with no body at all
    ("Finance Minister") or with the country's own ("Chilean Finance Minister") when the body is a country, whose
    ministers it is read to have ("Argentine Economy Minister" speaks for another)."""
    ents, lex = ctx.res.entities, ctx.lex
    bodies = [ents[d] for d in doers if d in ents]
    for office, holder in ctx.holder_of.items():
        if holder != person or office not in ents:
            continue
        label = ents[office].label
        post = f" {label.lower()} "  # (whole words: the "EC" is no part of a "Secretary")
        states = {lex.country_of(w) or lex.countries.of_demonym(w) for w in label.split()} - {None}
        for body in bodies:
            if f" {body.label.lower()} " in post:
                return True
            if ctx.res.kind.get(body.id) == "country" and (states == {lex.country_of(body.label)} or not states and not any(
                    f" {e.label.lower()} " in post for e in ents.values() if e.type == "institution")):
                return True
    return False


def policy_plan(ctx: Context, t: Token) -> bool:
    """The act t names a plan of policy or business: an act of policy (Lexicon.policy_acts), of trade, funding, keeping,
    changing or hiring (stance.json planned_act_verbs) or of holding an event (positions.json held_events), or any act
    on a policy noun ("will present revised proposals"), done to a thing that is no actor, name or word of talk ("will
    hear the motions", "will oversee a budget": a post's routine, no plan)."""
    lex, st = ctx.lex, ctx.lex.stance
    lemma, obj = t.lemma_.lower(), dobj(t)
    if any(lemma in st[k] for k in ("undergoing_verbs", "losing_verbs", "receive_verbs", "suffer_verbs", "pondering_verbs",
                                    "weighing_verbs", "showing_verbs")) or said_act(t, lex):
        return False  # an act borne, weighed, watched or said is no plan ("will face fines", "will review the plan")
    if obj is not None and (obj.lemma_.lower() in st["nouns"] or obj.lemma_.lower() in st["misgiving_nouns"]):
        return False  # "are expected to raise concerns": a side voiced, read by the noun's own cue
    if obj is not None and obj.lemma_.lower() in st["quantity_nouns"] and not any(c.lower_ == "of" for c in children(obj)):
        return False  # "will fund the election campaign": a run of the actor's own doings, no policy (a count with
        # "of" names what it counts: "a series of tax cuts")
    if not (lemma in lex.policy_acts or lemma in lex.words("stance", "planned_act_verbs")
            or lemma in lex.positions["held_events"]["verbs"] or obj is not None and obj.lemma_.lower() in lex.words("positions", "heads")
            and not any(c.dep_ == "prt" for c in children(t))):
        return False  # (a phrasal verb on a policy noun is as often only a step of its handling: "will take up the bill")
    return done_to_thing(t, lex, lambda x: any(target_actor(ctx, y) or y.ent_type_ in _NAMES for y in (x, *x.conjuncts)))


def pledged_plan(ctx: Context, t: Token) -> bool:
    """A pledge's act (commitment.py) that names a plan of policy done by an actor: "said they would halve the count of
    ministries" (not "said something will boost their cause")."""
    return policy_plan(ctx, t) and any(first_person(ctx, s) or actors(ctx, s, ctx.sent_of[t.i]) for s in children(t) if s.dep_ == "nsubj")
