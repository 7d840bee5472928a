"""What ought to be: a reported clause with "should", "must" or "ought to" states the policy its holder
wants ("there should be an inquiry", "a cap should not be introduced", "reforms should rest on
GCSEs"), so the clause, or the policy it names, is a position taken sides on; and what a quoted speaker's
own side ought to do ("we have to cut the levy") is the act the speaker wants."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..frame import Frame, negated
from .ought_clauses import proposed_clause
from ...policies.phrase_spans import clause_subject
from .polarity import valences
from ...reference.actors import Context, actors, target_actor, we_pronoun
from .speech import reported_by, reporting_verb
from ...language.syntax import dobj, pobj, subjects
from ...policies.policy_tokens import held_event
from ...language.tokens import children, sent_tokens
from ..constructions.wished_states import undoing_phrase
from .timely import time_for_act

__all__ = ["deontic_frames", "opinion_holders", "said_obliged", "said_ought"]


def deontic_frames(ctx: Context, si: int, sent: Span) -> list[Frame]:
    words = ctx.lex.positions["deontic"]
    modals = set(words["modals"])
    frames = []  # (a headline in capitals never reaches here: find_frames skips it, mentions/spans.is_shouted)
    for t in sent_tokens(sent):
        if t.pos_ not in ("VERB", "AUX") or t.dep_ not in ("ROOT", "ccomp", "conj") and not (
                t.dep_ in ("acl", "relcl") and opinion_holders(ctx, t) is not None):  # "his belief that the levy should go"
            continue
        needed = _needed(t, words) or _necessary(ctx, t, words) or _need_noun(ctx, t, words)
        if needed is not None:
            # "there needs to be consensus on the reforms", "there has to be an inquiry": as "there should be"
            need = needed.head if needed.dep_ in ("acl", "relcl") else needed.head.head if needed.dep_ == "pobj" else needed
            sole = need.lemma_.lower() in words["sole_course_nouns"]  # "no alternative to X": X is the one way
            # ("stressed the need for a cap", "sees no need for a cap": the subject's own view of the need)
            own = sole or t.lemma_ == "see" or t.lemma_ in words["need_stressing_verbs"]
            holders = _holders(ctx, t, si) or ([c.i for c in children(t) if c.dep_ == "nsubj"] if own else [])
            if holders and not target_actor(ctx, needed):
                no = negated(ctx, t) ^ any(c.lower_ == "no" for c in children(need)) ^ sole
                frames.append(Frame("supports", t.i, holders, needed.i, "deontic", si, negated=no, confidence=0.6))
            continue
        advised = _advised_act(ctx, t)
        if advised is not None:
            # "it would be wiser to cut the levy": a preference for the act
            holders = _holders(ctx, t, si)
            if holders:
                frames.append(Frame("supports", t.i, holders, advised.i, "deontic-act", si, confidence=0.6))
            continue
        mandated = _mandated(t, words)
        subj = [c for c in children(t) if c.dep_ in ("nsubj", "nsubjpass")]
        obliged = _obliged(t, words)
        # ("the levy ought to be scrapped", "has to be scrapped": the subject of "ought" or "has" undergoes the act)
        passive = bool(subj) and (subj[0].dep_ == "nsubjpass" or obliged is not None and any(
            c.dep_ == "auxpass" for c in children(obliged)))
        if obliged is not None:
            t = obliged  # "we have to cut the levy": the act the holder's side is bound to is the one wanted
        elif not mandated and not any(c.dep_ == "aux" and c.lower_ in modals for c in children(t)):
            continue
        elif t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have" for c in children(t)) \
                and any(c.dep_ == "aux" and c.lower_ in ("must", "may", "might", "could", "can") for c in children(t)):
            continue  # "there must have been 20 cases like this": a modal with the perfect infers what was, it wants nothing
        holders = _holders(ctx, t, si)
        if not holders:
            continue
        no = negated(ctx, t)
        lemma = t.lemma_.lower()
        attr = [c for c in children(t) if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")]
        if any(c.dep_ == "expl" for c in children(t)) and attr:
            # "there should be an inquiry": the thing that should exist ("there should be no ...": not)
            target = attr[0]
            no ^= any(c.lower_ == "no" for c in children(target))
        elif passive and lemma in words["bring_in"]:
            target = subj[0]  # "a cap should not be introduced"
        elif passive and lemma in words["undo"]:
            target, no = subj[0], not no  # "the tax should be scrapped"
        elif subj and (state := _fate(ctx, t, subj[0], passive)) is not None:
            target, no = subj[0], no ^ state  # "the levy must stay", "the toll must go", "the ban should be lifted"
        elif subj and (_policy(ctx, subj[0]) or mandated and subj[0].pos_ in ("NOUN", "PROPN") and not target_actor(ctx, subj[0])
                       or _acted_on(ctx, t, subj[0], passive)):
            target = t  # "reforms should rest on the new tests", "fares should be frozen": the whole clause is what is wanted
        elif subj and (_own_side(ctx, subj[0]) or _owed(ctx, t, subj[0])) and (act := _act(ctx, t)) is not None:
            # "we should not go down the road of privatisation": what the speaker's side ought to do is its policy
            # ("must not overlook the need to cut X": what is needed is backed, unless its need is to be ignored)
            needed = _needed_act(ctx, t)
            frames.append(Frame("supports", t.i, holders, (needed or act).i, "deontic-act", si,
                                negated=no != (needed is not None), confidence=0.6))
            continue
        elif subj and not no and (_own_side(ctx, subj[0]) or t.dep_ == "ccomp" and target_actor(ctx, subj[0])) \
                and (act := _purpose_act(ctx, t)) is not None:
            # "the council should have used the surplus to cut fares": the means names no policy, its purpose does
            frames.append(Frame("supports", t.i, holders, act.i, "deontic-act", si, negated=no, confidence=0.6))
            continue
        elif subj and (_own_side(ctx, subj[0]) or t.dep_ == "ccomp" and target_actor(ctx, subj[0])) \
                and (act := _avoided_act(ctx, t)) is not None:
            # "the council should avoid raising the levy, Kent said": the act to be left undone, as "should not raise"
            frames.append(Frame("supports", act.i, holders, act.i, "deontic-act", si, negated=not no, confidence=0.6))
            continue
        elif subj and not passive and (_own_side(ctx, subj[0]) or t.dep_ == "ccomp" and target_actor(ctx, subj[0])) \
                and (held := held_event(t, ctx.lex, topical_meetings=False)) is not None:
            target = held  # "the ministry should hold an inquiry into the sale, the union said": the inquiry is wanted
        elif lemma == "be" and (able := _entitled_act(ctx, t)) is not None:
            target = able  # "farmers should be able to sell their land": the act they should be free to do is wanted
        elif (said := clause_subject(t)) is not None and proposed_clause(ctx, t, said, passive, opinion_holders(ctx, t) is not None):
            # "she believes grain should be cheap": a held view of what ought to be, the clause its proposal
            frames.append(Frame("supports", t.i, holders, t.i, "deontic", si, negated=no, confidence=0.6, aside=True))
            continue
        else:
            continue  # "Mr Roe should resign", "we must act", "the monarchy should ...": no policy named
        frames.append(Frame("supports", t.i, holders, target.i, "deontic", si, negated=no, confidence=0.6))
    return frames


def said_ought(t: Token, st: dict) -> bool:
    """ "Roe said the council should scrap the levy": a clause said with "should" or "must" is what the speaker
    wants done, as one recommended is; its subject only ought to act."""
    return t.head.lemma_.lower() in st["speech"] and (t.lower_ == "ought" or any(
        c.dep_ == "aux" and c.lower_ in ("should", "must") for c in children(t)))


def said_obliged(ctx: Context, t: Token) -> bool:
    """ "Roe said the council had to scrap the levy", "needs to scrap it": the act a reported clause says its subject
    is bound to (positions.json deontic obligation_verbs) is what the speaker wants done, as with "should", and what
    one proposing it wants ("proposed that banks will have to seek approval": stance.json mandative_verbs); its
    subject only ought to act. Not one said not to be needed ("did not have to scrap it")."""
    bound, st = t.head, ctx.lex.stance
    return t.dep_ == "xcomp" and bound.dep_ == "ccomp" and any(bound.head.lemma_.lower() in st[k] for k in ("speech", "mandative_verbs")) \
        and _obliged(bound, ctx.lex.positions["deontic"]) is t and not negated(ctx, bound)


def opinion_holders(ctx: Context, t: Token) -> list[Token] | None:
    """ "voiced the view that the council should scrap the levy", "her belief that the levy must go": a clause of
    what ought to be, under a noun of what someone holds (positions.json content_nouns), is the side of the noun's
    owner or of the one who voices it, not of the clause's subject ("rejected the view that ..." voices none)."""
    noun = t.head
    # (the parser often takes "a conviction inside the party that the toll should go" for a relative clause; its "that"
    # marks a clause of content, no relative pronoun)
    content = t.dep_ in ("acl", "ccomp") or t.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in children(t))
    if not content or noun.pos_ != "NOUN" or noun.lemma_.lower() not in ctx.lex.positions["content_nouns"] \
            or not any(c.dep_ == "aux" and c.lower_ in ("should", "must") for c in children(t)):
        return None
    owners = [c for c in children(noun) if c.dep_ == "poss"]
    if not owners:
        # "a deep feeling among the union's members that the levy should go", "a view in the party that ...": an opinion
        # held among a body or a group is theirs (as growing_verbs reads "opposition is growing among MPs")
        among = [pobj(c) for c in children(noun) if c.dep_ == "prep" and c.lower_ in ("among", "amongst", "in", "within")]
        owners = [g for o in among if o is not None and o.pos_ in ("NOUN", "PROPN") for g in (o, *o.conjuncts)]
    st = ctx.lex.stance
    if not owners and noun.dep_ == "dobj" and (noun.head.lemma_.lower() in st["fear_voicing_verbs"]
                                               or noun.head.lemma_.lower() in st["restating_verbs"]):
        owners = subjects(noun.head)
    return owners


def _fate(ctx: Context, t: Token, subj: Token, passive: bool) -> bool | None:
    """Whether a policy's fate said to be due ends it: "the levy must go", "the curfew should end", "the ban should
    be lifted" end it (True); "the levy must stay", "the quota should be kept" keep it (False); None for any other
    verb or subject ("reforms should rest on X" says what the policy should be)."""
    if subj.pos_ not in ("NOUN", "PROPN") or target_actor(ctx, subj) or subj.lemma_.lower() in ctx.lex.positions["not_positions"] \
            or subj.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY", "PERSON", "NORP", "GPE"):
        return None  # "Mr Roe must go" is about a person, "the talk must stop" about talk
    fates, states = ctx.lex.positions["deontic"]["fates"], ctx.lex.positions["wished_states"]
    lemma = t.lemma_.lower()
    if passive:
        return True if lemma in states["undo"] or undoing_phrase(t, ctx.lex) else False if lemma in states["keep"] else None
    if any(c.dep_ in ("dobj", "attr", "acomp", "ccomp", "xcomp") for c in children(t)):
        return None  # "the plan must end the waste", "the tax should stay low": the policy acts, it does not go
    if lemma == "go" and any(c.dep_ in ("prt", "advmod") and c.lower_ in fates["proceeding_particles"] for c in children(t)):
        return False  # "the levy must go ahead": it proceeds, it does not go
    if lemma == "go" and any(c.dep_ == "prep" and c.lower_ in fates["destination_preps"] for c in children(t)):
        return None  # "the extra money should go to schools": where it is to go, not that it should end
    return True if lemma in fates["end"] else False if lemma in fates["stay"] else None


def _needed(t: Token, words: dict) -> Token | None:
    """The thing an obligation verb with "there" says must exist: "consensus" of "there needs to be consensus"."""
    if t.lemma_.lower() not in words["obligation_verbs"] or not any(c.dep_ == "expl" for c in children(t)):
        return None
    be = next((c for c in children(t) if c.dep_ == "xcomp" and c.lemma_ == "be"
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))), None)
    return next((c for c in children(be) if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")), None) if be is not None else None


def _need_noun(ctx: Context, t: Token, words: dict) -> Token | None:
    """What "there is a need for" or "no reason to" speaks of: the thing after "for" ("a need for an inquiry"), or
    the act of the to-clause ("no reason to raise the levy")."""
    # ("the Treasury will have no need for a new levy": a need had, as a need there is)
    had = (t.lemma_ in ("have", "see") or t.lemma_ in words["need_stressing_verbs"]) and any(c.dep_ == "nsubj" for c in children(t))
    if not had and (t.lemma_ != "be" or not any(c.dep_ == "expl" for c in children(t))):
        return None
    need = next((c for c in children(t) if c.dep_ == ("dobj" if had else "attr") and (
        c.lemma_.lower() in words["necessity_nouns"] and (t.lemma_ != "see" or c.lemma_ == "need") or c.lemma_.lower() in words["sole_course_nouns"])), None)
    if need is None:
        return None
    if need.lemma_.lower() in words["sole_course_nouns"]:
        # "there is no alternative to the levy", "sees no alternative to strike action"; "an alternative to X" says less
        to = next((c for p in children(need) if p.dep_ == "prep" and p.lower_ == "to" for c in children(p)
                   if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN") or c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
        sole = any(c.dep_ == "det" and c.lower_ == "no" for c in children(need))
        return to if sole else None  # ("no alternative to raising the levy": the act)
    for c in children(need):
        if c.dep_ == "prep" and c.lower_ == "for" and pobj(c) is not None and pobj(c).pos_ in ("NOUN", "PROPN"):
            return pobj(c)
        if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and any(x.dep_ == "aux" and x.lower_ == "to" for x in children(c)) \
                and any(x.dep_ == "dobj" and x.lemma_.lower() not in ctx.lex.positions["not_positions"] for x in children(c)):
            return c  # an act done to something: "no reason to worry" is no policy, nor "no need to revise the forecast"
    return None


def _necessary(ctx: Context, t: Token, words: dict) -> Token | None:
    """The thing a clause says is needed: "Britain needs a new approach", "an amendment was required"
    (but "the firm needs the minister" names no policy, and "needs to act" is an obligation)."""
    if t.lemma_.lower() not in words["necessity_verbs"]:
        return None
    passive = any(c.dep_ == "auxpass" for c in children(t))
    thing = next((c for c in children(t) if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
    if thing is not None and thing.lemma_.lower() in ctx.lex.stance["quantity_nouns"]:
        # "a lot of time is needed": what is needed is what the quantity counts
        thing = next((pobj(c) for c in children(thing) if c.dep_ == "prep" and c.lower_ == "of"), thing)
    subj = next((c for c in children(t) if c.dep_ == "nsubj"), None)
    if not passive and (subj is None or (subj.pos_ != "PRON" or subj.lower_ in ctx.lex.positions["anaphors"])
                        and not target_actor(ctx, subj)):
        # "the deal needs approval" states a condition of the deal, "Britain needs reform" a policy (and "this could
        # require borrowing" one of whatever "this" is)
        return None
    if thing is None or thing.pos_ not in ("NOUN", "PROPN") or target_actor(ctx, thing) \
            or thing.lemma_.lower() in ctx.lex.positions["not_positions"] or thing.lemma_.lower() in ctx.lex.stance["capacity_nouns"] \
            or thing.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY"):
        return None  # "the firm needs more time", "needs the money": a means, no policy
    return thing


def _obliged(t: Token, words: dict) -> Token | None:
    """The act of "we have to cut the levy", "we need to end the subsidy": the to-verb an obligation verb binds to."""
    if t.lemma_.lower() not in words["obligation_verbs"] or any(c.dep_ == "expl" for c in children(t)):
        return None
    return next((c for c in children(t) if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.lemma_ not in ("be", "have")
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))), None)


def _advised_act(ctx: Context, t: Token) -> Token | None:
    """The act of "it would be wiser to cut the levy" (a comparative that VADER rates good: a preference), when it
    is a policy act; of "use the funds to cut the levy", the purpose, since the means names no policy. (With a
    mandative adjective, "it is essential to X" states a condition as often as a wish: left out.)"""
    timed = time_for_act(ctx, t)  # "it is time to scrap the toll"
    if timed is not None:
        return timed
    if t.lemma_ != "be" or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in children(t)) \
            or any(c.dep_ == "neg" for c in children(t)):
        return None
    adj = next((c for c in children(t) if c.dep_ == "acomp"), None)
    if adj is None or adj.tag_ != "JJR" or max(valences().get(adj.lower_, 0.0), valences().get(adj.lemma_.lower(), 0.0)) < 1.0:
        return None
    for verb in (c for x in (t, adj) for c in children(x) if c.dep_ == "xcomp" and c.pos_ == "VERB"):
        for act in [verb] + [c for c in children(verb) if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"]:
            if _act(ctx, act) is not None:
                return act
    return None


def _own_side(ctx: Context, subj: Token) -> bool:
    """ "we" of a quoted speaker: the side the speaker stands on (stance.json we_pronouns)."""
    return we_pronoun(ctx, subj)


def _act(ctx: Context, t: Token) -> Token | None:
    """The verb of a policy act: one that brings in, undoes, cuts or raises a thing ("cut the levy"), or one done
    to a policy noun, or to a thing that holds one ("go down the road of privatisation"); not "show resolve" or "win the vote", nor a stance
    cue, which its own frame reads."""
    st, words = ctx.lex.stance, ctx.lex.positions["deontic"]
    lemma = t.lemma_.lower()
    if t.pos_ != "VERB" or lemma in st["verbs"]:
        return None
    things = [c for c in children(t) if c.dep_ == "dobj"] + [pobj for c in children(t) if c.dep_ == "prep"
                                                            for pobj in children(c) if pobj.dep_ == "pobj"]
    things = [x for x in things if x.pos_ in ("NOUN", "PROPN") and not target_actor(ctx, x)]
    acting = set(words["bring_in"]) | set(words["undo"]) | set(st["decrease_verbs"]) | set(st["increase_verbs"])
    if things and lemma in acting or any(_policy_noun(ctx, y) for x in things for y in x.subtree):
        return t
    return None


def _needed_act(ctx: Context, t: Token) -> Token | None:
    """The policy act (one of _act's) of a need a verb of disregarding takes as object (stance.json disregarding_verbs,
    positions.json necessity_nouns): "neglected the need to redraw the levy", "overlook the need for cutting fares"."""
    need = dobj(t)
    if t.lemma_.lower() not in ctx.lex.stance["disregarding_verbs"] or need is None \
            or need.lemma_.lower() not in ctx.lex.positions["deontic"]["necessity_nouns"]:
        return None
    act = next((c for c in children(need) if c.dep_ == "acl" and c.pos_ == "VERB"
                and any(x.dep_ == "aux" and x.lower_ == "to" for x in children(c))), None)
    return _act(ctx, act) if act is not None else None


def _avoided_act(ctx: Context, t: Token) -> Token | None:
    """The policy act (one of _act's) a verb of avoiding leaves undone (stance.json avoiding_verbs, with its particle):
    "avoid raising the levy", "refrain from cutting fares", "steer away from raising it", "stop subsidising the mines"."""
    lemma = t.lemma_.lower()
    avoiding = ctx.lex.words("stance", "avoiding_verbs")
    parts = [c for c in children(t) if c.dep_ in ("prt", "advmod") and f"{lemma} {c.lower_}" in avoiding]
    if lemma not in avoiding and not parts:
        return None
    # the gerund: an object of the verb, or under its "from" / "of" ("refrain from", "steer clear of")
    hosts = [t, *parts]
    act = next((c for h in hosts for c in children(h) if c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG"), None) or next(
        (g for h in hosts for c in children(h) if c.dep_ == "prep" and c.lower_ in ("from", "of")
         for g in children(c) if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
    return _act(ctx, act) if act is not None else None


def _purpose_act(ctx: Context, t: Token) -> Token | None:
    """The policy act of a to-infinitive of purpose on a verb of using a means (positions.json deontic means_verbs:
    "use the funds to cut the levy"); "meet to discuss the levy" names none, and "should not use the reserves to cut
    fares" refuses the means, not the act."""
    if t.lemma_.lower() not in ctx.lex.positions["deontic"]["means_verbs"]:
        return None
    purpose = next((c for c in children(t) if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and c.i > t.i
                    and any(x.dep_ == "aux" and x.lower_ == "to" for x in children(c))), None)
    if purpose is None:
        return None
    st, words = ctx.lex.stance, ctx.lex.positions["deontic"]
    # (only an act that brings in, undoes, cuts, raises or builds: "meet to discuss the levy" weighs it)
    acting = set(words["bring_in"]) | set(words["undo"]) | set(st["decrease_verbs"]) | set(st["increase_verbs"]) \
        | set(st["policy_act_verbs"])
    return _act(ctx, purpose) if purpose.lemma_.lower() in acting else None


def _entitled_act(ctx: Context, t: Token) -> Token | None:
    """The act of "should be able to ACT" said of a group, done to a thing ("charities should be able to register
    voters"; not "he should be able to win", nor an act done to an actor, which is no policy)."""
    subj = [c for c in children(t) if c.dep_ == "nsubj"]
    if subj and subj[0].pos_ in ("PRON", "PROPN"):
        return None  # "he should be able to finish by Friday" expects; "farmers should be able to" entitles a group
    able = next((c for c in children(t) if c.dep_ == "acomp" and c.lemma_.lower() == "able"), None)
    act = next((c for c in children(able) if c.dep_ == "xcomp" and c.pos_ == "VERB"), None) if able is not None else None
    if act is None or act.lemma_.lower() in ctx.lex.stance["verbs"]:
        return None  # ("should be able to back the plan": the cue reads its own side)
    things = [c for c in children(act) if c.dep_ == "dobj"] + [g for c in children(act) if c.dep_ == "prep"
                                                              for g in children(c) if g.dep_ == "pobj"]
    return act if any(x.pos_ in ("NOUN", "PROPN", "ADJ") and not target_actor(ctx, x) for x in things) else None


def _owed(ctx: Context, t: Token, subj: Token) -> bool:
    """ "Roe said the council should cut the levy": an act said to be owed by a body, done to a thing it names, is
    the act the speaker wants ("said the board should report to MPs" names nothing done to a policy)."""
    return t.dep_ == "ccomp" and target_actor(ctx, subj) and any(
        c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and not target_actor(ctx, c) and any(_policy_noun(ctx, x) for x in c.subtree)
        for c in children(t))


def _acted_on(ctx: Context, t: Token, subj: Token, passive: bool) -> bool:
    """ "bus fares should be frozen", "the old pits must be reopened": a thing, no body, that ought to undergo an act
    of policy (one of _act's, or of stance.json policy_act_verbs), which the clause with its act names."""
    if not passive or subj.pos_ not in ("NOUN", "PROPN") or target_actor(ctx, subj) \
            or subj.lemma_.lower() in ctx.lex.positions["not_positions"] or subj.ent_type_ in (
                "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY", "PERSON", "NORP", "GPE"):
        return False
    st, words, lemma = ctx.lex.stance, ctx.lex.positions["deontic"], t.lemma_.lower()
    # (and the acts a pledge names as the policy: "the old pits must be reopened")
    return any(lemma in group for group in (words["bring_in"], words["undo"], st["decrease_verbs"], st["increase_verbs"],
                                            st["policy_act_verbs"]))


def _policy_noun(ctx: Context, t: Token) -> bool:
    """A policy head of the lexicon, or a noun made from a verb of acting with what it acts on ("privatisation of
    the railways", "reduction in tariffs")."""
    return t.lemma_.lower() in ctx.lex.positions["heads"] or t.pos_ == "NOUN" and t.lower_.endswith(
        ("ation", "ition", "ment", "sion")) and any(c.dep_ == "prep" for c in children(t))


def _mandated(t: Token, words: dict) -> bool:
    """ "it is essential that price controls stay": the clause an adjective of necessity asks for, in the
    mandative subjunctive, says what ought to be as "should" does."""
    be = t.head
    return t.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in children(t)) \
        and be.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in children(be)) \
        and any(c.dep_ == "acomp" and c.lower_ in words["mandative_adjectives"] and not any(
            g.dep_ == "neg" for g in children(be)) for c in children(be))


def _policy(ctx: Context, t: Token) -> bool:
    """ "reforms should rest on the new tests" says what a policy should be; "the museum should reflect our
    values" or "Mr Roe should resign" is about something else."""
    pos = ctx.lex.positions
    lemma = t.lemma_.lower()
    return t.pos_ in ("NOUN", "PROPN") and not target_actor(ctx, t) and (lemma in pos["heads"] or lemma in pos["generic"])


def _holders(ctx: Context, t: Token, si: int) -> list[int]:
    """The subject of the speech or belief verb the clause is under, else the speaker of the sentence."""
    owners = opinion_holders(ctx, t)
    if owners is not None:
        return [x.i for x in owners if actors(ctx, x, si)]
    verb = reporting_verb(ctx, t)
    if verb is not None:
        return reported_by(ctx, verb)
    if t.dep_ == "ROOT" and ctx.speaker.get(si):
        return [-1]
    return []
