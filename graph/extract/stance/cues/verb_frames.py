"""The frame readers of verb cues: a verb or phrasal verb of the lexicon with its holders and its target, read
from the parse around it (objects, prepositions, passives and their agents, object clauses), and the
experiencer verbs ("the plan angered Holt") whose object holds the side."""
from __future__ import annotations

from spacy.tokens import Token

from ...entities.body_groups import dateline_token
from ..frame import OPPOSITE, Frame, compelled, for_now, hedged_denial, negated as is_negated, not_yet, ruled_out, unannounced
from ...policies.phrase_spans import broadcast
from ...policies.target_heads import caused_act
from ...policies.policy_tokens import _position_like, _to_infinitive
from ...reference.actors import Context, actors, target_actor
from ..speech.deontic import opinion_holders, said_obliged, said_ought
from ..speech.ought_clauses import said_forecast
from ...language.syntax import dobj, for_clause, fronted_subject, misread_gerund_host, pobj, possessor, raised_subject, stranded_subject, subjects
from .verb_clauses import cue_verb, deed_doers, mandative, own_pledge, purpose_holders, purpose_participle, quitting, readiness, ready_holders, shared_object, wanted, wanter
from .verb_objects import act_wanted_of_others, adopted, denied, fate_of_policy, harm_cause, threatened, to_act, wanted_clause, warned_about
from .verb_phrases import adverbial, counter_cue, hung_preps, is_time, joint_act, judgement, listed_with, named_as, passive_judging, unproposed
from ...language.tokens import children
from .market_sense import own_task
from .phrasal_nouns import stance_noun_object
from ..constructions.ambitions import sought_post
from ..constructions.wished_states import undoing_phrase, wished_state

__all__ = ["experiencer_frames", "verb_frames"]


# prepositions of place and time: their object is the setting of an act, never what a phrasal verb takes a side on
_SETTING_PREPS = frozenset({"at", "in", "into", "inside", "outside", "within", "from", "during", "after", "before", "since",
                            "until", "near", "across", "through", "throughout"})


def _object_relative(t: Token) -> bool:
    """t is a relative clause with a subject of its own and no object: the noun it hangs on is its object ("the
    plan [Kent drew up]", "the report [that the panel put out]")."""
    return t.dep_ == "relcl" and dobj(t) is None and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")
                                                          for c in children(t))


def verb_frames(ctx: Context, t: Token, si: int, verbs: dict, phrasal: dict) -> list[Frame]:
    lemma, st = t.lemma_.lower(), ctx.lex.stance
    aspect = ctx.lex.words("positions", "aspectual_verbs")
    # "pushed back against": the parser hangs "back" off as a particle or as an adverb
    particles = [c for c in children(t) if c.dep_ == "prt" or (c.dep_ in ("advmod", "dobj", "acomp", "oprd") or c.dep_ == "prep" and any(  # ("pulled out of")
        g.dep_ == "prep" for g in children(c))) and c.lower_ in st["particles"]]
    # "For the Greens, Hale called the target unambitious": a fronted phrase says for whom one speaks, and is
    # no particle of the verb; only "the levy, against which Kent campaigned" puts one before its verb
    preps = [c for c in children(t) if c.dep_ in ("prep", "agent", "dative") and c.lower_ != "by"
             and (c.i > t.i or any(g.tag_ in ("WDT", "WP") for g in children(c)))]
    relation, rule, target = None, "", None
    for p in particles:
        for prep in preps + [c for c in children(p) if c.dep_ == "prep"]:
            key = f"{lemma} {p.lower_} {prep.lower_}"
            if key in phrasal:
                relation, rule, target = phrasal[key], "verb-phrasal", pobj(prep)
        if relation is None and f"{lemma} {p.lower_}" in phrasal:
            relation, rule = phrasal[f"{lemma} {p.lower_}"], "verb-phrasal"
            # "to strike over the reform": the parser may give the particle an object of its own
            # ("the advice he drew up for the Treasury": a relative clause's object is the noun it hangs on)
            # (nor is where or when it was done: "the statement was drawn up at the ministry" says no side of it)
            target = dobj(t) or pobj(p) or (t.head if _object_relative(t) else None) \
                or (next((pobj(x) for x in preps if pobj(x) is not None and x.lower_ not in _SETTING_PREPS), None))
    if relation is None:
        # "stood by the accord": an active verb's "by" is a preposition of its own, not a passive's agent ("stuck by" too)
        active_by = [c for c in children(t) if c.dep_ in ("prep", "agent") and c.lower_ == "by"] \
            if not any(c.dep_ in ("auxpass", "nsubjpass") for c in children(t)) and t.dep_ != "acl" else []
        # "called the tax a disaster for growers": the for-phrase hangs on the judgement, not on "call for"
        obj = dobj(t)
        judging = any(c.dep_ == "oprd" for c in children(t)) and obj is not None
        hung = hung_preps(obj, preps)
        if obj is not None and lemma in st["addressee_verbs"] and verbs.get(lemma) == "warns":
            hung += warned_about(obj, ctx.lex)
        for prep in preps + active_by + hung:
            key = f"{lemma} {prep.lower_}"
            if key in phrasal and not (judging and prep.i > obj.i) and not broadcast(prep) and not (prep.lower_ == "on" and is_time(pobj(prep) or prep, st)) and not joint_act(t, prep, st):
                # "voted down the repeal": the parser often takes a particle for a preposition
                relation, rule, target = phrasal[key], "verb-phrasal" if prep.lower_ in st["particles"] else "verb-prep", pobj(prep)
                break
            if prep.lower_ == "for" and lemma in st["clause_request_verbs"] and pobj(prep) is not None and wished_state(pobj(prep), ctx.lex) is not None:
                relation, rule, target = "supports", "verb-prep", pobj(prep)  # "asked for the levy to be scrapped"
                break
    if target is not None and target.head.lower_ in ("of", "from") and any(k.split()[0] == lemma for k in st["withdrawal_phrasal"]) \
            and relation == "opposes" and not _position_like(target, ctx.lex) or target is not None and unproposed(t, target, ctx.lex):
        return []  # "pulled out of the deal" is a side against it, "pulled out of the city" only leaves; "came up with the cash"
    if relation is None and (f"{lemma} for" in phrasal or lemma in st["clause_request_verbs"]) and for_clause(t) is not None:
        # "called for the depot to be shut", "appealed for the talks to be resumed": the shutting is called for
        relation, rule, target = phrasal.get(f"{lemma} for", "supports"), "verb-prep", for_clause(t)
    if relation is None and f"{lemma} for" in phrasal and any((p.lower_ in ("on", "upon") or p.lower_ in ("to", "with") and lemma in st[
            "clause_request_verbs"]) and pobj(p) is not None for p in preps):  # ("appealed to Japan to", "pleaded with Oslo to")
        # "called on Congress to cut subsidies": the act is asked for ("to reject X" is read by its own frame)
        # (the parser often takes the to-clause for one of purpose: "called on Kent to quit the board")
        act = next((c for c in children(t) if (c.dep_ == "xcomp" or c.dep_ == "advcl" and _to_infinitive(c)) and c.pos_ == "VERB"
                    and (dobj(c) is not None or quitting(c, st))), None)
        # (a verb of quitting is a cue only with its preposition, "resign over X": alone it is the act asked for)
        if act is not None and not (cue_verb(act, st) and verb_frames(ctx, act, si, verbs, phrasal)) and not stance_noun_object(act, ctx.lex):
            relation, rule, target = phrasal[f"{lemma} for"], "verb-prep", act
    if relation is None and lemma in st["experiencer_verbs"] and not any(c.dep_ in ("xcomp", "ccomp") for c in children(t)):
        return experiencer_frames(ctx, t, si, st["experiencer_verbs"][lemma])
    judged_obj = dobj(t) or next((c for c in children(t) if c.dep_ in ("oprd", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")), None)
    if judged_obj is None and lemma in st["characterising_verbs"]:
        # "branded the levy unfair", "called the plan 'visionary'", parsed as a verbless clause or
        # a noun phrase headed by the judgement: the noun before the judgement is what is judged
        judged_obj = next((g for c in children(t) if c.dep_ in ("ccomp", "oprd") and c.pos_ in ("ADJ", "NOUN")
                           for g in children(c) if g.dep_ == "nsubj" or g.dep_ in ("compound", "nmod")
                           and g.pos_ in ("NOUN", "PROPN") and g.i < c.i), None)
    if judged_obj is None and lemma in st["characterising_verbs"]:
        # "regards as unduly harsh the new rules": the object put after its judgement, which the parser takes for
        # the judgement's own object
        judged_obj = next((g for c in children(t) if c.dep_ in ("ccomp", "oprd") or c.dep_ == "prep" and c.lower_ == "as"
                           for g in c.subtree if g.dep_ == "dobj" and g.pos_ in ("NOUN", "PROPN")
                           and any(x.lower_ == "as" and x.i < g.i for x in c.subtree)), None)
    if judged_obj is None and lemma in st["characterising_verbs"] and t.dep_ == "acl" and passive_judging(t):
        judged_obj = t.head  # "the levy, described by the union as unworkable,": the noun the participle is said of
    if relation is None and lemma in ctx.lex.stance["characterising_verbs"] and judged_obj is not None \
            and (lemma not in st["as_characterising_verbs"] or any(  # "sees X as ...", not "has seen X"
                c.dep_ == "prep" and c.lower_ == "as" or c.dep_ == "advcl" and any(g.lower_ == "as" for g in children(c))
                for c in (*children(t), *(c for x in listed_with(judged_obj) for c in children(x))))):
        # "called the plan a disgrace", "regards the levy as unworkable": the judgement decides
        judged = judgement(t, ctx.lex.stance)
        if judged and not own_task(t, judged_obj, ctx.lex):  # ("found it hard to sell the plant": its own task)
            relation, rule, target = judged, "verb-judgement", judged_obj
    if relation is None and lemma in verbs and not (lemma in st["to_act_verbs"] and dobj(t) is None and to_act(t, aspect) is not None):
        # ("fought to save the mine" backs the saving: the to-clause, not the verb's own side, says which)
        relation, rule = verbs[lemma], "verb-object"
        target = dobj(t) or (t.head if misread_gerund_host(t) is not None else None) or shared_object(t)
        if target is not None and lemma in st["speech"] and stranded_subject(target):
            target = None  # ("suggesting the sale, under the old board, was theft": the object is what is said of)
        if lemma in st["ensuring_verbs"] and not any(
                c.dep_ == "ccomp" and any(g.dep_ == "auxpass" for g in children(c)) for c in children(t)):
            return []  # "help ensure staff do their jobs", "charged with ensuring quiet": a duty, no side
        if target is not None and lemma in ctx.lex.stance["addressee_verbs"] and any(c.dep_ == "ccomp" for c in children(t)) \
                and not (relation == "warns" and threatened(ctx, t, target, si)):
            target = None  # "warned the committee that X": the committee is told, X is the warning
        acts = [caused_act(c, ctx.lex) for c in children(t) if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]  # (the act made)
        if target is not None and lemma in ctx.lex.stance["addressee_verbs"] and acts and (cue_verb(acts[0], ctx.lex.stance) and (
                verb_frames(ctx, acts[0], si, verbs, phrasal) or not _policy_made(acts[0], ctx.lex.positions)) or stance_noun_object(acts[0], ctx.lex)):
            return []  # "urged MPs to oppose it", "urged them to intensify the fight against X": the act urged carries the side
    if relation is None and lemma in st["to_act_verbs"]:
        # "refused to cut council tax", "agreed to freeze fares": the act of the to-clause is the side taken; an act
        # that is a cue itself ("refused to back X") is read by its own frame
        act = to_act(t, aspect, ctx.lex.words("stance", "apology_verbs"))
        if act is not None and not (cue_verb(act, st) and verb_frames(ctx, act, si, verbs, phrasal)):
            relation, rule = st["to_act_verbs"][lemma], "verb-object"
            if lemma in st["deciding_verbs"] and is_negated(ctx, t):
                return []  # "has not decided to extend X": not yet decided, no side against it
    if relation is None:
        relation, target = adverbial(t, st)
        rule = "verb-adverbial"
    if relation is None and wanted(t, st, []):
        # "the Greens wanted a review clause added": what one wants done is backed, unless it is undone
        undone = lemma in st["decrease_verbs"] or lemma in st["undoing_verbs"] or lemma in ctx.lex.undoing_or_ousting
        relation, rule = ("opposes" if undone else "supports"), "verb"
    if relation is None or rule in ("verb-prep", "verb-phrasal") and target is not None and any(
            f"{lemma} {c.lower_}" in st["compliance_phrasal"] for c in children(t)) and target.lemma_.lower() in st["norm_nouns"] \
            or ruled_out(ctx, t) or compelled(t, st) and not said_obliged(ctx, t) or not_yet(t) or hedged_denial(t, st) or unannounced(t, st, is_negated(ctx, t)) \
            or is_negated(ctx, t) and for_now(t, st) or lemma in st["advising_verbs"] and target is None \
            and any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in st["prediction_modals"] for a in children(c))
                    for c in children(t)):  # "suggested the levy would hurt farmers": a claim of what will be, no advice
        return []  # "stuck to the rules when it rang voters": obeying a rule takes no side on it
    # an object clause: "warning that a full occupation could trigger ...", "suggested reoccupying the valley"
    clause, clause_verb = False, None
    if target is None and lemma not in st["object_only_verbs"]:
        for c in children(t):
            if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX"):
                subj = [x for x in children(c) if x.dep_ in ("nsubj", "nsubjpass")]
                acts = [x for x in children(c) if x.dep_ == "csubj" and x.tag_ == "VBG"]
                if not subj and acts and c.dep_ == "ccomp":
                    target, clause_verb = acts[0], c.i  # "warned that allowing the deficit to grow could hurt": the act
                    break
                if subj and c.dep_ == "ccomp" and c.lemma_ == "be" and not any(x.dep_ == "auxpass" for x in children(c)):
                    break  # "suggesting the signing was an act of treason" judges, and speech rules read judgements
                named = named_as(c, st)
                if named is not None:
                    target = named  # "attacked what he called the bridge toll": the thing so named
                    break
                if subj and c.dep_ == "ccomp" and relation == "warns" and wanted_clause(c, ctx.lex.positions["deontic"]):
                    return []  # "warned that more checks were needed": a call for the checks, read as deontic
                if subj and c.dep_ == "ccomp" and c.tag_ == "VBG" and c.lemma_.lower() in st["speech"] \
                        and not target_actor(ctx, subj[0]):
                    target = subj[0]  # "dismissed the figures insisting that ...": the dismisser insists, the figures
                    break  # are the object, and what is insisted on no part of them
                if subj and c.dep_ == "ccomp":
                    # "suggested Mr Roe should reinstate Lund" is no stance on Mr Roe: the clause is the point,
                    # and names a policy only when it restates one ("warned that the Tories were planning cuts")
                    target = c if target_actor(ctx, subj[0]) else subj[0]
                    clause, clause_verb = True, c.i
                    # (indicative only: "demanded that the curfew be lifted" is a wished state, turned in targets.py)
                    if target is subj[0] and subj[0].dep_ == "nsubjpass" and relation in ("supports", "opposes") \
                            and any(x.dep_ == "aux" and x.lower_ != "to" or x.dep_ == "auxpass" and x.lower_ != "be"
                                    for x in children(c)) \
                            and (c.lemma_.lower() in ctx.lex.positions["deontic"]["undo"]
                                 or c.lemma_.lower() in ctx.lex.positions["wished_states"]["undo"] or undoing_phrase(c, ctx.lex)
                                 or c.lemma_.lower() in st["decrease_verbs"] or c.lemma_.lower() in st["lifting_verbs"]):
                        # "announced that the levy would be scrapped / cut / lifted": the side is on the act, against the levy
                        relation = OPPOSITE[relation]
                    elif target is subj[0] and subj[0].dep_ == "nsubjpass" and relation != "warns" \
                            and not fate_of_policy(c, ctx.lex):
                        return []  # "insisted the election will be fought on the economy": how it is done, no side on it
                    if mandative(c, st) and subj[0].dep_ == "nsubj":
                        # "recommends that states cut tariffs": the act is the policy wanted; "recommended that
                        # the council scrap the levy": the verb recommended carries the side
                        target, clause = (None if cue_verb(c, st) else c), False
                elif (c.tag_ == "VBG" or c.dep_ == "xcomp" and not subj) and sought_post(ctx, c, st) is None:  # (ambitions.py)
                    target, clause = c, True
                break
        if clause and target is not None and target.dep_ == "xcomp" and adopted(ctx, t, target):
            target, clause = dobj(target), False  # "declined to sign the accord": a side on the accord
    elif target is None and not wanted(t, st, []):  # "wants other nations to cut tariffs": the act wanted of others
        target = act_wanted_of_others(ctx, t)
        # ("wants the levy to be scrapped": the passive's subject is the thing acted on, targets.wished_state reads it)
        act = to_act(t, aspect) if target is None else None
        if act is not None and not (cue_verb(act, st) and verb_frames(ctx, act, si, verbs, phrasal)):
            # "wants to raise the minimum wage": the act wanted (a cue reads its own, but "hold" of "wants to hold
            # a referendum" is a cue only in "hold firm on")
            target, clause = (dobj(act), False) if adopted(ctx, t, act) else (act, True)  # ("to join the ban")
    if target is not None and clause_verb is None:
        # the parser often reads "confirmed [waste that ...] will be stored" as object + a second verb:
        # a modal verb with no subject of its own, after the object, is the object's clause
        for c in children(t):
            if c.dep_ == "conj" and c.i > target.i and c.pos_ == "VERB" and not any(
                    x.dep_ in ("nsubj", "nsubjpass") for x in children(c)) and any(
                    x.dep_ == "aux" and x.tag_ == "MD" for x in children(c)):
                clause, clause_verb = True, c.i
                break
    if target is None and t.dep_ == "relcl" and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in children(t)) \
            and t.head.pos_ in ("NOUN", "PROPN") and t.i > t.head.i:
        target = t.head  # "the tax cuts he was promising": the relative clause's object is the noun it describes
    if target is None:
        for prep in preps:
            obj = pobj(prep)
            if prep.lower_ in ("for", "against", "on", "to", "over", "about", "of", "with") and obj is not None \
                    and not is_time(obj, st):
                target = obj
                break
    if relation == "warns" and target is not None:
        target = harm_cause(t, target, ctx)
    ready = readiness(t, st)
    agents = [g for c in children(t) if c.dep_ == "agent" for g in children(c) if g.dep_ == "pobj"]
    # ("the bill is expected to be opposed by Labour": the raising verb's subject is the one opposed)
    passive = [c for c in children(t) if c.dep_ == "nsubjpass"] or (raised_subject(t) if agents else [])
    if (passive or rule == "verb-judgement") and not agents and passive_judging(t):
        # "was hailed as a lifeline by the union", "was branded a shambles by the union", "a move branded a retreat
        # by the Tories": the parser hangs the agent on the judgement
        agents = [pobj(b) for c in children(t) if c.dep_ == "prep" and c.lower_ == "as" and pobj(c) is not None
                  or c.dep_ in ("dobj", "oprd") and rule == "verb-judgement"
                  for b in (pobj(c) if c.dep_ == "prep" else c).children
                  if b.dep_ == "prep" and b.lower_ == "by" and pobj(b) is not None][:1]
    wish_denied = False
    if wanted(t, st, passive):
        # "wanted the tax scrapped": the wanter scraps it, the tax is the object; "to have the levy scrapped by the
        # council": the one who has it done, not the council
        verb = wanter(t)
        holders = purpose_holders(ctx, verb) if verb.dep_ == "acl" else subjects(verb)
        target = t.head if t.dep_ in ("acl", "relcl") else next(c for c in children(t) if c.dep_ == "nsubj")
        rule += "-wanted"
        wish_denied = t.dep_ == "relcl" and is_negated(ctx, verb)  # "would not like the levy to be scrapped"
    elif agents and (passive or t.dep_ == "acl" or fronted_subject(t) is not None):
        # "plans have been branded irresponsible by the Lib Dems"; "the plan, unveiled by Roe"; "Backed by Kent, Roe ..."
        holders = agents + [c for a in agents for c in a.conjuncts]
        target = passive[0] if passive else t.head if t.dep_ == "acl" else fronted_subject(t)
        told = [g for c in children(t) if c.dep_ == "ccomp" and lemma in st["addressee_verbs"]
                for g in children(c) if g.dep_ in ("nsubj", "nsubjpass") and g.pos_ in ("NOUN", "PROPN")]
        if passive and told and not target_actor(ctx, told[0]):
            # "ministers were warned by the union that the levy would ruin farms": the ones told are no target,
            # what the clause warns of is
            target, clause, clause_verb = told[0], True, told[0].head.i
        rule += "-passive"
    elif (passive or t.dep_ in ("acl", "advcl") and t.tag_ == "VBN" and not any(
            c.lower_ == "to" or c.dep_ == "aux" for c in children(t))
          or t.dep_ == "pcomp" and any(c.dep_ == "auxpass" for c in children(t))) and lemma in st["agent_needed_verbs"]:
        # ("in trouble after being accused of X": the one accused, with no accuser named)
        # a passive with no agent names no holder: "Reed, accused of fraud," is the one accused ("having
        # criticised the plan" is active, and "opposed to the plan" an adjective's side)
        return []
    else:
        # ("the union is set against the levy": a phrasal entry's passive with no agent is a state its subject is in)
        holders = subjects(t) or (passive if rule in ("verb-prep", "verb-phrasal") else []) or deed_doers(t, st)
        if not holders and ready is not None:
            holders = ready_holders(ready)  # "Kent is ready to scrap the levy": the copula's subject acts
        if not holders and t.dep_ == "acomp" and t.tag_ == "VBN" and rule in ("verb-prep", "verb-phrasal"):
            holders = subjects(t.head)  # "the union remains (dead) set against X": the state of the copula's subject
        first = _first_act(t)  # ("its pledge to freeze X and scrap Y": the second act is the pledge's as the first is)
        if first.dep_ == "acl" and holders == [first.head]:
            holders = purpose_holders(ctx, first)
        part = purpose_participle(t, st) if len(holders) == 1 and holders[0].pos_ == "NOUN" else None
        if part is not None and holders == [part.head]:
            holders = purpose_holders(ctx, part, effort=True)  # "launched a drive aimed at blocking X": the launcher against X
        if mandative(t, st) or t.dep_ == "ccomp" and said_ought(t, st) and not said_forecast(ctx, t, si):
            holders = subjects(t.head)  # "Holt recommended that the council scrap the levy": Holt's side
        elif t.dep_ == "xcomp" and t.head.lower_ == "ought" and t.head.dep_ == "ccomp" and said_ought(t.head, st) \
                or said_obliged(ctx, t):
            # "Holt said the council ought to scrap the levy": the parser's "ought" heads it; "had to", "needs to" too
            holders = subjects(t.head.head)
        elif opinion_holders(ctx, t) is not None:
            # "Holt voiced the view that the council should scrap the levy": Holt's ("rejected the view": no one's)
            holders = opinion_holders(ctx, t)
        elif t.dep_ == "ccomp" and (t.head.lower_ in st["hoping_verbs"] or t.head.lemma_.lower() in st["hoping_verbs"]) \
                and any(x.dep_ == "aux" and x.tag_ == "MD" for x in children(t)):
            holders = subjects(t.head)  # "I hope the council will scrap the toll": the council is only hoped to act
        joined = t.head.head if t.dep_ == "pcomp" and t.head.lower_ == "in" else misread_gerund_host(t)
        if not holders and joined is not None and t.dep_ == "amod":
            holders = subjects(joined)  # "backed X in resisting pressure for Y", the gerund misread as a modifier
        if joined is not None and joined.lemma_.lower() in ctx.lex.words("institutions", "allied_participles"):
            # "A joined B in condemning X", "A backed B in resisting X", "A was joined by B in opposing X": B too
            allies = [dobj(joined)] + [g for c in children(joined) if c.dep_ == "agent" for g in children(c) if g.dep_ == "pobj"]
            holders = holders + [a for a in allies if a is not None for a in [a] + list(a.conjuncts)]
    # "the union's aim is to scrap the levy", "its position is to back the deal", "the aim of the union is to": its owner acts
    # ("the NFU stance is to back the deal": a body named before the noun owns it as a possessive does)
    holders = [possessor(h) or _named_owner(ctx, h, si) or h if h.dep_ == "nsubj" and h.head.lemma_ == "be" and (
        h.lemma_.lower() in st["intent_nouns"] or h.lemma_.lower() in ctx.lex.positions["content_nouns"]) else h for h in holders]
    # "OSLO, May 3 - Norway is seeking to": the parser takes the dateline for a second subject, or for the subject
    # with the story's own apposed to it; the place stands for no one beside the subject the story names
    # ("WASHINGTON, ..." alone may stand for its state)
    holders = [next((c for c in children(h) if c.dep_ == "appos" and not dateline_token(ctx.parsed, c.i)), h)
               if dateline_token(ctx.parsed, h.i) else h for h in holders]
    if len(holders) > 1:
        holders = [h for h in holders if not dateline_token(ctx.parsed, h.i)] or holders
    if holders and all(h.lower_.endswith(("self", "selves")) for h in holders) and t.dep_ in ("ccomp", "xcomp", "oprd"):
        holders = subjects(t.head)  # "the union declared itself opposed to X": the one who declares it of itself
    if relation == "supports" and target is not None and counter_cue(target, st):
        return []  # "went ahead with (a series of) protests against X": the noun tells the side
    if lemma == "share" and not is_negated(ctx, t):
        return []  # "shared" is only a stance when negated ("not shared by the military")
    if lemma in ("say", "tell") or not holders or _charged_unsaid(t, st):
        return []
    if target is not None and target.pos_ in ("VERB", "AUX") and target.head.i == t.i \
            and target.lemma_.lower() in st["weighing_verbs"]:
        return []  # "pledged to assess the cost of the levy": weighing a thing up takes no side on it
    if lemma in st["greeting_verbs"] and dobj(t) is None and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children(t)) \
            and target is not None and target.head.lower_ == "to":
        return []  # "Welcome to the new centre": a greeting
    negated = is_negated(ctx, t) or wish_denied or t.dep_ == "acl" and t.head.lemma_.lower() in st["negating_nouns"] \
        or t.dep_ == "conj" and any(c.lower_ in ("neither", "nor") and c.i < t.i for c in children(t.head)) \
        or ready is not None and (ready.lower_ in st["reluctant_adjectives"] or is_negated(ctx, ready)
                                  or ready.dep_ == "acomp" and is_negated(ctx, ready.head)) \
        or clause and target is not None and target.head.i == t.i and denied(ctx, target) and (
            target.dep_ == "xcomp" or relation == "supports" and own_pledge(target, st))
    if lemma == "accuse":
        target = dobj(t) or target
    return [Frame(relation, t.i, holders, target.i if target is not None else None, rule, si,
                  negated=negated, target_is_clause=clause, confidence=0.8, clause=clause_verb)]


def _named_owner(ctx: Context, t: Token, si: int) -> Token | None:
    """The name before a noun that stands for an actor ("the NFU position", "the Labour aim"), or None."""
    return next((c for c in children(t) if c.dep_ == "compound" and c.pos_ == "PROPN" and actors(ctx, c, si)), None)


def _policy_made(act: Token, words: dict) -> bool:
    """ "urged ministers to hold an inquiry", "to introduce a levy": an act whose verb is a cue only in a phrase of its
    own ("hold firm on") and reads no side here, on a policy noun or an event held (positions.json held_events)."""
    obj = dobj(act)
    if obj is None:
        return False
    lemma, held = obj.lemma_.lower(), words["held_events"]
    return lemma in words["heads"] or act.lemma_.lower() in held["verbs"] and lemma in held["nouns"]


def _charged_unsaid(t: Token, st: dict) -> bool:
    """ "Reed, accused of backing the levy", "since being accused of backing the levy": a deed one is charged with by
    no one named is no side one is known to take."""
    if t.dep_ != "pcomp" or t.head.lower_ != "of":
        return False
    charge = t.head.head
    return charge.lemma_.lower() in st["agent_needed_verbs"] and charge.tag_ == "VBN" \
        and not any(c.dep_ == "agent" or c.dep_ == "nsubj" for c in children(charge))


def experiencer_frames(ctx: Context, t: Token, si: int, relation: str) -> list[Frame]:
    """ "the plan angered Holt", "his speech did not impress Holt", "Holt was encouraged by the plan":
    the one who feels takes the side, toward what caused the feeling."""
    passive = [c for c in children(t) if c.dep_ == "nsubjpass"]
    causes = [pobj(c) for c in children(t) if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "at", "with", "over", "about")
              and pobj(c) is not None]
    if passive or t.dep_ == "acl":
        holders, target = (passive or [t.head]), (causes[0] if causes else None)
    elif fronted_subject(t) is not None and causes:  # "Angered by the plan, Holt called for a review"
        holders, target = [fronted_subject(t)], causes[0]
    else:
        obj = dobj(t)
        subj = [c for c in children(t) if c.dep_ in ("nsubj", "csubj")]
        holders = [obj] if obj is not None and actors(ctx, obj, si) else []
        target = subj[0] if subj else None
    if target is None or not holders:
        return []
    if target.lemma_.lower() in ctx.lex.words("stance", "likelihood_nouns"):
        # "alarmed by the prospect of job cuts", "the possibility of a strike angered X": the feeling is about
        # what may come (stance.json likelihood_nouns), not the likelihood
        target = next((pobj(c) for c in children(target) if c.dep_ == "prep" and c.lower_ == "of"
                       and pobj(c) is not None and pobj(c).pos_ in ("NOUN", "PROPN")), target)
    holders = holders + [c for h in holders for c in h.conjuncts]
    return [Frame(relation, t.i, holders, target.i, "verb-experiencer", si, negated=is_negated(ctx, t), confidence=0.7)]


def _first_act(t: Token) -> Token:
    """The first of coordinated verbs: the one the parser hangs the others on as conjuncts."""
    while t.dep_ == "conj" and t.head.i < t.i and t.head.pos_ in ("VERB", "AUX"):
        t = t.head
    return t
