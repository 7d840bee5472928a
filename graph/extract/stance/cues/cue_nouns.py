"""Stance cues in nouns and adjectives: "her opposition to X", "opponents of X, including A",
"Roe's proposed savings" (the owner backs them), "Lund was alarmed by X"."""
from __future__ import annotations

from spacy.tokens import Token

from ..frame import Frame, negated, not_yet
from ...policies.policy_tokens import _position_like, judging_noun, planned_for
from ...policies.salient_nouns import salient_policy
from ...mentions.spans import named_policies
from ...reference.actors import Context, actors, first_person, target_actor
from ...language.syntax import agents, dobj, for_clause, misread_gerund_host, pobj, possessor, subjects
from .received import received
from .verb_clauses import conditional
from ...language.tokens import children

__all__ = ["noun_frames", "agentive_frames", "possessive_frames"]


def _firm(ctx: Context, t: Token) -> bool:
    eid = target_actor(ctx, t) or ""
    return eid.startswith("institution/") and ctx.res.kind.get(eid) == "org"


def noun_frames(ctx: Context, t: Token, si: int, relation: str) -> list[Frame]:
    if t.lemma_.lower() in ctx.lex.stance["responsibility_nouns"] and t.tag_ == "NN" \
            and not any(c.dep_ == "det" for c in children(t)) and any(c.dep_ == "prep" and c.lower_ == "of" for c in children(t)):
        return []  # "took personal charge of the response": a duty, not a charge against anyone
    if t.dep_ == "pobj" and t.head.lower_ == "in" and (t.head.head.lower_ in ctx.lex.stance["bias_words"]
                                                      or t.head.head.lemma_.lower() in ctx.lex.stance["bias_words"]):
        return []  # "the code is weighted in favour of landlords": the code leans, no holder takes a side
    # "pressure from X for Y": a noun of pressing takes a side only on what it is for ("pressure on the minister"
    # is put on a person, "faced pressure from X" is no backing received)
    pressing = t.lemma_.lower() in ctx.lex.stance["pressing_nouns"]
    if pressing and t.dep_ == "pobj" and t.head.lower_ == "under" and not any(c.lower_ == "from" for c in children(t)):
        return []  # "is under pressure to sell the harbour": the one pressed takes no side of their own
    preps = {"for"} if pressing else set(ctx.lex.stance["noun_preps"][relation])
    # "the plan has (won) the backing of the Liberal Party": the holders follow "of", the target is the subject
    # ("faces calls from X to cut its fees": a call faced is no backing of the one who faces it either)
    asked = t.lemma_.lower() in ctx.lex.stance["asking_nouns"] or t.lower_ in ctx.lex.stance["asking_nouns"]
    verb = None if pressing or asked else received(ctx, t)
    # "has serious concerns about X", "we have doubts over it": one's own misgiving, none received
    misgiving = verb is not None and verb.lemma_ == "have" and (t.lower_ in ctx.lex.stance["misgiving_nouns"] or t.lower_ in
                                                             ctx.lex.stance["fear_nouns"]) and not any(
        c.dep_ == "prep" and c.lower_ in ("of", "from") for x in (t, verb) for c in children(x))
    verb = None if misgiving else verb
    if verb is not None:
        # the parser hangs "from X" off the verb as often as off the noun: "received support from X"
        only = t.lemma_.lower() in ctx.lex.stance["received_only_nouns"]  # ("the challenge of cutting costs")
        owners = [pobj(c) for c in _with_conjoined(list(children(t)) + list(children(verb)) + _apposed_parts(t))
                  if c.dep_ in ("prep", "conj") and c.lower_ in (("from",) if only else ("of", "from", "among")) and pobj(c) is not None
                  and pobj(c).pos_ in ("NOUN", "PROPN", "PRON")]  # "has no intention of raising X" is no backing
        subj = [c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")]
        if any(c.dep_ == "aux" and c.lower_ in ctx.lex.stance["prediction_modals"] for c in children(verb)):
            return []  # "the new party might gain support from X": backing foreseen, not given
        first = owners[0] if owners else None
        if first is not None and first.head.lower_ == "of" and first.head.head.i == t.i and not actors(ctx, first, si) \
                and first.lemma_.lower() in ctx.lex.positions["heads"]:
            # "faced criticism of the levy from the union": "of" names what is criticised, "from" (on it or after) who
            by = _from_on_target(ctx, t, first, si) + [c for o in owners[1:] if o.head.lower_ == "from" for c in [o] + list(o.conjuncts)]
            return [Frame(relation, t.i, by, first.i, "noun-received", si, negated=negated(ctx, verb), confidence=0.7)] if by else []
        if owners and subj:
            # "won backing from A and from B": each "from" names a backer
            holders = [owners[0]] + list(owners[0].conjuncts) + [
                c for o in owners[1:] if o.head.lower_ == "from" for c in [o] + list(o.conjuncts)]
            # ("one from A, a second from B": the parser may hang the second part on A)
            holders = [next((pobj(p) for p in children(h) if p.dep_ == "prep" and p.lower_ == "from" and pobj(p) is not None), h)
                       if h.pos_ not in ("NOUN", "PROPN", "PRON") else h for h in holders]
            return [Frame(relation, t.i, holders, subj[0].i, "noun-received", si, negated=negated(ctx, verb),
                          confidence=0.7)]
    target = None
    # "the aim of the union is to cut fees": the "of" names whose aim, the copula's to-act what is aimed at
    owned_act = t.dep_ == "nsubj" and t.head.lemma_ == "be" and t.lemma_.lower() in ctx.lex.stance["intent_nouns"] \
        and any(c.dep_ == "xcomp" and c.i > t.i for c in children(t.head))
    for c in children(t):
        # ("her threat on Tuesday to raise the levy": the day it was made is no target)
        if owned_act and c.lower_ == "of" and pobj(c) is not None and target_actor(ctx, pobj(c)):
            continue
        if c.dep_ == "prep" and c.lower_ in preps and pobj(c) is not None and pobj(c).ent_type_ not in ("DATE", "TIME"):
            target = pobj(c)
            break
    if target is None and t.lemma_.lower() in ctx.lex.stance["revenge_nouns"]:
        # "in retaliation for Borduvia's breach of the pact": the 'for' phrase is the offence, taken on with its doer
        offence = next((pobj(c) for c in children(t) if c.dep_ == "prep" and c.lower_ == "for"), None)
        target = next((c for c in children(offence) if c.dep_ == "poss"), offence) if offence is not None else None
    if target is not None and t.lemma_.lower() in ctx.lex.stance["purchase_nouns"] and _firm(ctx, target):
        target = t  # "Dunbar's bid for Tonmark": the bid to buy the firm is the side taken, the firm is no side
    on_act = t.dep_ == "pobj" and t.head.lower_ == "on" and t.lemma_.lower() in ctx.lex.stance["action_nouns"]
    if target is None and (t.dep_ == "dobj" or on_act):
        # "gave her backing to the reform", "lent their support to Lund": the light verb holds the preposition ("went on strike over X")
        for c in (t.head.head if on_act else t.head).children:
            if c.dep_ in ("dative", "prep") and c.i > t.i and c.lower_ in preps and pobj(c) is not None:
                target = pobj(c)
                break
            if c.dep_ in ("dative", "dobj") and c.i < t.i and c.pos_ in ("PROPN", "NOUN") and any(
                    g.dep_ == "poss" for g in children(t)):
                target = c  # "sent Holt his congratulations", "gave the reform their backing": the one given it
                break
    if target is not None and (target_actor(ctx, target) or target.head.lower_ == "to" and target.head.head.i == t.i):
        # "demands for the council to scrap the levy", "a request to the mills to cut output": the act asked of
        # the one addressed is what is wanted
        target = next((c for c in children(t) if c.dep_ == "acl" and c.i > target.i and c.pos_ == "VERB" and any(
            x.dep_ == "aux" and x.lower_ == "to" for x in children(c))), target)
    if target is None and "for" in preps:
        # "calls for the mayor to resign", "pressed for the levy to be scrapped": the act wanted
        target = for_clause(t) or (for_clause(t.head) if t.dep_ == "dobj" else None)
    if target is None and relation == "supports" and t.dep_ == "nsubj" and t.head.lemma_ == "be" \
            and t.lemma_.lower() in ctx.lex.positions["call_nouns"] + ctx.lex.stance["intent_nouns"]:
        # "the union's main demand is the abolition of the levy": the copula's noun is what is wanted, when a policy
        target = next((c for c in children(t.head) if c.dep_ == "attr" and c.i > t.i and c.pos_ == "NOUN"
                       and _position_like(c, ctx.lex) and not target_actor(ctx, c) and not judging_noun(c, ctx.lex)), None)
    clause = False
    if target is None:
        # "the government's intention to spare farmers the levy", "Green promises to cut fares": the act is the target
        # "backed demands to cut farm tariffs": what a call, demand or bid wants is its act, never the act's object alone
        # (the parser hangs the infinitive as acl, xcomp or advcl; "Labour's aim is to cut fees": the copula's complement)
        # ("put pressure on ministers to cut fares": the parser hangs the to-clause on the light verb)
        acts = list(children(t)) + (list(children(t.head)) if t.dep_ == "nsubj" and t.head.lemma_ == "be" or (pressing or asked) and t.dep_ == "dobj" else [])
        act = next((c for c in acts if c.dep_ in ("acl", "xcomp", "advcl") and c.i > t.i and c.pos_ == "VERB"
                    and any(x.dep_ == "aux" and x.lower_ == "to" for x in children(c))), None)
        # (a call or pressure wants its act whatever the act is done to: "U.S. pressure to cut interest rates"; an act
        # with no object is read for the one pressed: "under pressure from X to resign")
        if act is not None and (t.lemma_.lower() in ctx.lex.stance["intent_nouns"] or t.lemma_.lower() in ctx.lex.stance["negating_nouns"]
                                or relation == "supports"
                                and (_acts_on_policy(ctx, act) or (asked or pressing) and dobj(act) is not None)):
            target, clause = act, True
    if target is None:
        for c in children(t):
            if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX") and any(
                    x.lower_ == "that" and x.dep_ in ("mark", "nsubj") for x in children(c)) or c.dep_ in ("acl", "ccomp") and c.pos_ == "VERB" \
                    or c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > t.i and any(x.lower_ == "to" for x in children(c)):  # "Tory plans to X" as xcomp
                subj = [x for x in children(c) if x.dep_ in ("nsubj", "nsubjpass") and x.lower_ != "that"]
                obj = dobj(c)
                target, clause = (obj or (subj[0] if subj else None)), True
                if target is not None and target_actor(ctx, target) and target.dep_ not in ("dobj",):
                    target = None  # "his insistence that the manifesto will be New Labour" is not about Labour
                break
    if target is None:
        return []
    # "Monday's call by the union for X": a day owns no call, the one it is by makes it
    holders = [c for c in children(t) if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")
               and c.lemma_.lower() not in ctx.lex.stance["time_nouns"]]
    if holders and all(h.lower_ in ("his", "her", "their", "its") for h in holders) and t.dep_ == "dobj" \
            and not _takes_own_side(ctx, t.head):
        # "A, B and C have lent their backing to X": the pronoun is the clause's subject, however long the list;
        # but "Smith attacked his proposal" attacks someone else's, whoever "his" points back at
        holders = subjects(t.head) or holders
    elif holders and all(h.lower_ in ("his", "her", "their", "its") for h in holders):
        holders = _joined_in(ctx, t) or holders
    sought = t.dep_ == "dobj" and t.head.lemma_.lower() in ctx.lex.stance["seeking_verbs"]  # ("sought support from X for Y": X is asked)
    if not holders and not sought:  # "criticism from Labour", "pleas by X", "opposition among Labour MPs"
        holders = [_agent(c) for c in _with_conjoined(list(children(t)))
                   if c.dep_ in ("prep", "conj") and c.lower_ in ("from", "by", "among") and _agent(c) is not None]
        holders += [c for h in holders for c in h.conjuncts]
    if not holders and clause and t.dep_ == "nsubj" and t.head.lemma_ == "be":
        # "the main aim of the union is to cut fees": whose aim it is follows "of" (an actor's, not "of the scheme")
        owner = possessor(t)
        holders = [g for g in (owner, *owner.conjuncts) if actors(ctx, g, si)] if owner is not None and owner.dep_ == "pobj" else []
    if not holders and t.dep_ == "nsubj" and t.head.lemma_.lower() == "come":
        # "Support for the plan came from Norland and Tonmark": the source the verb names holds it
        holders = [g for c in children(t.head) if c.dep_ == "prep" and c.lower_ == "from" and pobj(c) is not None
                   for g in (pobj(c), *pobj(c).conjuncts)]
    if not holders and not sought:  # "endorsements for the approach from the Growers Union": hung on the policy
        holders = _from_on_target(ctx, t, target, si)
    if not holders:  # "Tory promises", "a Home Office drive": the body named before the noun
        # (but "the real opposition": a word of the cue's own name, read as a body, makes no cue of its own)
        own = ctx.res.by_token.get(t.i)
        holders = [c for c in children(t) if c.dep_ in ("amod", "compound") and target_actor(ctx, c)
                   and (own is None or ctx.res.by_token.get(c.i) != own)]
    gerund = target is not None and target.dep_ == "pcomp" and target.tag_ == "VBG" and target.head.lower_ == "of" and not any(
        c.lower_ in ctx.lex.stance["immediacy_adverbs"] for c in children(target))  # "no intention of raising X" ("... yet": put off)
    if not holders and t.dep_ == "dobj" and t.head.lemma_.lower() == "have" and (clause or gerund or planned_for(t, target, ctx.lex)):
        holders, target = subjects(t.head), target if clause or gerund else t  # "she has no plans to change the law", "has a plan to cut X": hers
    taking_on = set(ctx.lex.stance["restating_verbs"]) | set(ctx.lex.stance["joining_verbs"])
    if holders and t.dep_ == "dobj" and t.head.lemma_.lower() in taking_on and not negated(ctx, t.head):
        # "Moss underlined Green promises to cut fares", "reiterated the council's intention to X", "backed calls by
        # Lund for X": who restates or backs it takes it on
        holders = holders + [s for s in subjects(t.head) if s.i not in {h.i for h in holders}]
    if holders and t.dep_ == "nsubjpass" and t.head.lemma_.lower() in taking_on and not negated(ctx, t.head):
        # "Roe's opposition to X was echoed by Lund": Lund's too
        holders = holders + [g for c in children(t.head) if c.dep_ == "agent" for g in children(c) if g.dep_ == "pobj"]
    if not holders and t.dep_ == "dobj" and (t.head.lemma_.lower() in ctx.lex.stance["restating_verbs"]
                                             or t.head.lemma_.lower() in ctx.lex.stance["joining_verbs"]):
        holders = subjects(t.head)  # "joined calls for the mayor to resign", "repeated demands for a ban": who joins takes it on
    if not holders:  # "the Assembly of Regions' rejection of X": the parser hangs the possessor on as a modifier
        holders = [c for c in children(t) if c.dep_ == "nmod" and c.i < t.i and target_actor(ctx, c)
                   and any(x.dep_ == "case" and x.i == c.right_edge.i for x in c.subtree)]
    light = t.dep_ == "dobj" and t.head.lemma_.lower() in ctx.lex.stance["support_verbs"] and (
        # ("made a decision on the airline", "making promises on the police": what it is about, no side on it)
        t.head.lemma_.lower() != "make" or t.lemma_.lower() in ctx.lex.stance["made_nouns"] and (clause or target.head.lower_ in ("for", "to"))
        or target.i == t.i and t.lemma_.lower() in ctx.lex.stance["purchase_nouns"])  # ("made an offer for Tonmark")
    if light and any(c.dep_ == "det" and c.lower_ in ctx.lex.stance["negators"] for c in children(t)):
        return []  # "made no commitment to raise X": no pledge given, which is no side against X either
    if not holders and t.lemma_.lower() in ctx.lex.stance["possessive_only_nouns"] and not (
            light or _purpose(ctx, t, target if clause else None)):
        return []  # "a plan to cut X" is no one's; "made a promise to cut X" is the maker's
    denied = False
    if not holders:
        n = t
        while n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ == "NOUN" \
                and n.head.head.lemma_.lower() in ctx.lex.stance["quantity_nouns"]:
            n = n.head.head  # "went ahead with a series of protests against X": the series is the protests
        got = None if misgiving else received(ctx, n) or (
            n.head if n.dep_ == "dobj" and n.head.lemma_.lower() in ctx.lex.stance["suffer_verbs"] else None)
        if got is not None:
            if relation == "supports" and target.head.lower_ == "for" and target.head.head.i == t.i:
                # "can win support for removing the peers", "gained backing for the levy": who wins others
                # over to a policy pushes it, and pushed it still when the winning failed ("failed to win approval
                # for the amendment", "did not get backing for X")
                return [Frame(relation, t.i, subjects(got), target.i, "noun-cue", si,
                              target_is_clause=clause, confidence=0.6)] if subjects(got) else []
            return []  # "she faced criticism over X", "came under fire over X": the criticism is someone else's
        if n.dep_ in ("dobj", "attr", "pobj") and n.head.pos_ in ("VERB", "AUX", "ADP"):
            verb = n.head if n.head.pos_ != "ADP" else n.head.head
            if n.head.lower_ == "in" and verb.dep_ == "dobj" and verb.pos_ == "NOUN":
                verb = verb.head  # "blocked roads in protest against X": the phrase hung on the verb's object
            # ("rejected calls for a ban", "in resisting pressure for quotas": the calls are others', the one who
            # rejects them takes the other side by the verb's own frame)
            holders = [] if ctx.lex.stance["verbs"].get(verb.lemma_.lower()) == "opposes" and t.dep_ == "dobj" or any(
                misread_gerund_host(c) is not None for c in children(n)) or _answered(ctx, verb) else subjects(verb)
            # "did not voice support for X": the clause's "not"; not "did not lend in a move to drain liquidity"
            denied = negated(ctx, verb) and not (n.head.lower_ == "in" and n.lemma_.lower() in ctx.lex.stance["attempt_nouns"])
        elif n.dep_ == "appos":
            holders = [n.head]
        elif n.dep_ == "nsubj":
            # "opposition to the levy is growing among Labour MPs", "support for X is strong among Y": the group it
            # is or grows in holds it (not one it falls among: stance.json growing_verbs)
            verb = n.head
            here = [verb] + [c for c in children(verb) if c.dep_ == "acomp"] if verb.lemma_.lower() in ctx.lex.stance["growing_verbs"] else []
            among = [pobj(c) for x in here for c in children(x) if c.dep_ == "prep" and c.lower_ == "among" and pobj(c) is not None]
            holders = [g for a in among for g in [a] + list(a.conjuncts)]
            if not holders:
                return []
    if not holders or t.dep_ == "dobj" and not_yet(t.head):
        return []  # ("has yet to give its backing to X": not given so far, no side either way)
    if clause and t.dep_ == "nsubj" and t.head.lemma_ == "be" and target.head.i == t.head.i:
        # "the party's intention is not to raise taxes": the copula's "not" undoes the act aimed at
        denied = denied or negated(ctx, t.head) or any(c.dep_ == "neg" and c.i < target.i for c in children(target))
    return [Frame(relation, t.i, holders, target.i, "noun-cue", si, negated=negated(ctx, t) or _given_up(ctx, t) or denied,
                  target_is_clause=clause, confidence=0.7)]


def _answered(ctx: Context, verb: Token) -> bool:
    """ "responded to criticism of X", "played down fears over X", "noted growing opposition to X", "there is
    support for X": a feeling its subject answers, eases or reports (stance.json answering_verbs), or one only said
    to exist, is others' feeling; the subject holds no side by it."""
    words = ctx.lex.words("stance", "answering_verbs")
    lemma = verb.lemma_.lower()
    if lemma in words:
        return True
    if lemma == "be":
        return any(c.dep_ == "expl" for c in children(verb))
    # ("hit back at criticism", "played down fears": the particle makes the verb)
    return any(c.dep_ in ("prt", "advmod") and f"{lemma} {c.lower_}" in words for c in children(verb) if c.i > verb.i)


def _purpose(ctx: Context, t: Token, act: Token | None) -> bool:
    """ "cut the levy in a bid to lower tariffs": an attempt put as a verb's purpose is the verb's subject's
    (stance.json attempt_nouns); only an act done to a policy ("in an effort to expand" is a firm's own business)."""
    return act is not None and t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.pos_ in ("VERB", "AUX") \
        and t.lemma_.lower() in ctx.lex.stance["attempt_nouns"] and dobj(act) is not None and _acts_on_policy(ctx, act)


def _given_up(ctx: Context, t: Token) -> bool:
    """ "dropped his opposition to X", "withdrew its backing for Y": a side undone (positions.json deontic `undo`)."""
    return t.dep_ == "dobj" and t.head.lemma_.lower() in ctx.lex.positions["deontic"]["undo"] \
        and not conditional(t.head, ctx.lex.stance)  # "if the board drops its plan to X": the plan stands


def _acts_on_policy(ctx: Context, act: Token) -> bool:
    """An act done to a policy ("to cut farm tariffs") or one that starts another ("to start inspecting barges"), not
    one done to some other thing ("a bid to limit the fallout") nor a mere outcome ("for her plan to work")."""
    obj = dobj(act)
    if obj is None:
        return any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in children(act))
    heads = ctx.lex.positions["heads"]
    # or an act of policy done to a thing or a body ("a plan to privatise the Post Office", stance.json policy_act_verbs)
    return obj.lemma_.lower() in heads or obj.lower_ in heads or act.lemma_.lower() in ctx.lex.stance["policy_act_verbs"] \
        and obj.pos_ in ("NOUN", "PROPN")


def _takes_own_side(ctx: Context, verb: Token) -> bool:
    """A verb that takes a side of its own ("attacked", "backed"), not a light verb that lends its noun one."""
    st = ctx.lex.stance
    lemma = verb.lemma_.lower()
    return lemma in st["verbs"] or lemma in st["characterising_verbs"] or lemma in st["experiencer_verbs"]


def _apposed_parts(t: Token) -> list[Token]:
    """What the parts apposed to a counted noun hang on it: "faces three challenges, one from A and a second from B"."""
    return [c for a in children(t) if a.dep_ == "appos" and (a.pos_ == "NUM" or a.lower_ in ("one", "another", "other"))
            for part in (a, *a.conjuncts) for c in children(part)]


def _with_conjoined(kids: list[Token]) -> list[Token]:
    """Prepositions with those conjoined to them: "criticism from A and from B" (the second hangs on the first)."""
    return kids + [c for p in kids if p.dep_ == "prep" for c in children(p) if c.dep_ == "conj" and c.pos_ == "ADP"]


def _agent(prep: Token) -> Token | None:
    """Who "from X" or "by X" names: its object, or the name the parser apposed to the preposition ("pleas by
    Finance Minister X", where "Minister" and the name part)."""
    obj = pobj(prep)
    if obj is not None and any(c.dep_ == "nummod" for c in children(obj)):
        return None  # "by 210 votes to 40", "by ten points": a measure, not who made it
    if obj is None and prep.lower_ == "by":
        obj = next((c for c in children(prep.head) if c.dep_ == "appos" and c.i > prep.i and c.pos_ == "PROPN"), None)
    return obj


def _from_on_target(ctx: Context, t: Token, target: Token, si: int) -> list[Token]:
    """ "endorsements for the approach from the Growers Union": the parser hangs the holder on the policy, unless it
    is a place ("support for imports from Ruritania") or the policy noun takes "from" itself (from_taking_nouns); a party
    or a people named by its members ("from the Greens", NORP) is no place."""
    if target.dep_ != "pobj" or target.head.head.i != t.i or target.pos_ not in ("NOUN", "PROPN") \
            or target.lemma_.lower() in ctx.lex.stance["from_taking_nouns"]:
        return []
    agents = [_agent(c) for c in children(target) if c.dep_ == "prep" and c.lower_ == "from"]
    return [g for a in agents if a is not None for g in [a] + list(a.conjuncts)
            if g.ent_type_ not in ("GPE", "LOC") and actors(ctx, g, si)]


def _joined_in(ctx: Context, t: Token) -> list[Token]:
    """ "backed X and Y in their opposition to Z", "joined X in its bid": the one backed or joined owns the
    stance noun, and the backer takes it on too."""
    if t.dep_ != "pobj" or t.head.lower_ != "in" or t.head.head.pos_ not in ("VERB", "AUX"):
        return []
    verb = t.head.head
    # the parser hangs "in" on the verb or on the one above it: "tended towards backing X in their ..."
    cands = [verb] + [x for x in verb.subtree if x.dep_ in ("pcomp", "xcomp") and x.i < t.i and x.pos_ == "VERB"]
    for v in cands:
        obj = dobj(v)
        if obj is not None and obj.i < t.i and v.lemma_.lower() in ctx.lex.stance["joining_verbs"] \
                and target_actor(ctx, obj):
            return [obj] + list(obj.conjuncts) + subjects(v)
    return []


def agentive_frames(ctx: Context, t: Token, si: int, relation: str, preps: tuple[str, ...] = ("of", "to")) -> list[Frame]:
    """ "opponents of the bill, including A and B"; "Pryce, architect of the tax plan", "Vane, the bill's sponsor"."""
    target = next((pobj(c) for c in children(t) if c.dep_ == "prep" and c.lower_ in preps and pobj(c) is not None), None) \
        or next((c for c in children(t) if c.dep_ == "poss" and c.pos_ == "NOUN" and not target_actor(ctx, c)), None)
    if target is None:
        return []
    holders = [t] if any(c.dep_ == "prep" and c.lower_ in ctx.lex.reference["list_preps"] for c in children(t)) else []
    if t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.pos_ in ("VERB", "AUX"):
        # "they list Lund and Moss as supporters of the plans"; "Holt was seen as an opponent of X"
        verb = t.head.head
        named = [c for c in children(verb) if c.dep_ in ("dobj", "nsubjpass")]
        holders += named + [c for n in named for c in n.conjuncts]
    elif t.dep_ == "appos":
        holders.append(t.head)
    elif t.dep_ == "pobj" and t.head.lower_ == "among" and t.head.head.lemma_ == "be":
        holders.append(t)  # "the union is among the critics of X": the ones it names (reference/actors.py)
    elif t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ == "one" and t.head.head.head.lemma_ == "be":
        holders += subjects(t.head.head.head)  # "the union is one of the bill's fiercest critics"
    elif t.dep_ == "attr":
        holders += subjects(t.head)
    elif t.tag_ in ("NNS", "NNPS") and (t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "pobj" and t.head.dep_ == "agent"):
        holders.append(t)  # "opponents of the bypass say ...": the group the noun names acts, and is on its side
    if not holders:
        return []
    # "Kent is not / never was a supporter of X": the copula's "not"
    denied = t.dep_ == "attr" and negated(ctx, t.head)
    return [Frame(relation, t.i, holders, target.i, "agentive-noun", si, negated=denied, confidence=0.7)]


def possessive_frames(ctx: Context, t: Token, si: int, counted: bool = False, authored: bool = False) -> list[Frame]:
    """ "Roe's proposed savings", "the Roe tax plan": the owner backs it (`authored`: "a plan by Lee", "the Lee plan")."""
    if t.pos_ == "NOUN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" and not
                                ctx.res.by_token.get(c.i, "").startswith("person/") for c in children(t)) \
            and not any(s <= t.i < e for s, e in named_policies(t.doc, ctx.lex)):
        return []  # "BBC Radio 4's Today programme" is a name, not a policy
    owners = [c for c in children(t) if c.dep_ == "poss" and not authored and not first_person(ctx, c)
              and (ctx.res.kind.get(ctx.res.by_token.get(c.i, "")) not in ("gpe", "country")
                   or c.lower_ in ctx.lex.countries.bodies)]  # "the government's plan", not "Japan's exports"
    owners += [c for c in children(t) if c.dep_ == "compound" and ctx.res.by_token.get(c.i, "").startswith("person/")]
    # "the levy scheme by Rep. Hale, which would impose a quota", "a bill by Senate leaders", "endorsed a plan by Hale"
    hung = [h for h in children(t.head) if h.i > t.i and t.dep_ == "dobj" and not any(c.dep_ == "auxpass" for c in children(t.head))]
    # ("a $6bn offer from Kestrel": a bid for a firm is made from its bidder, stance.json purchase_nouns)
    bought = t.lemma_.lower() in ctx.lex.stance["purchase_nouns"]
    owners += [g for c in list(children(t)) + hung if c.dep_ == "prep" and (c.lower_ == "by" or bought and c.lower_ == "from")
               for g in children(c) if g.dep_ == "pobj" and target_actor(ctx, g)]
    if not owners and (bought and t.dep_ == "dobj" or t.dep_ == "nsubjpass") and t.head.lemma_.lower() in ctx.lex.stance["support_verbs"]:
        owners = agents(t.head) if t.dep_ == "nsubjpass" else subjects(t.head)  # "made an offer for X", "a bid launched by Y"
    # "Lund's private member's bill": a kind of owner that names no one stands for the owner it has
    owners = [next((g for g in children(c) if g.dep_ == "poss" and ctx.res.by_token.get(g.i)), c)
              if c.pos_ == "NOUN" and not ctx.res.by_token.get(c.i) else c for c in owners]
    if not owners:
        return []
    # "the tax plan is the cornerstone of the Liberal Party's strategy": the owner backs the subject
    part = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" else None
    if part is not None and part.lemma_.lower() in ctx.lex.stance["part_nouns"] and part.dep_ == "attr":
        subj = [c for c in children(part.head) if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and subj[0].pos_ != "PRON":
            return [Frame("supports", part.i, owners, subj[0].i, "part-of-policy", si, confidence=0.6)]
    proposed = any(c.dep_ == "amod" and c.lower_ in ctx.lex.stance["proposed_modifiers"] for c in children(t))
    if not proposed and not counted and not bought and not salient_policy(t, ctx.lex):
        return []  # "Rose's strategy of quality" is no policy; "Roe's proposed savings" and "Labour's plans" are
    return [Frame("supports", t.i, owners, t.i, "possessive-policy", si, confidence=0.5)]
