"""The clauses around a verb cue that decide whether it states a side and whose: a condition or a question
states none ("if the party decides to"), a mandative that-clause ("recommended that the council scrap X") and a
wanted participle ("wanted the tax scrapped") give the side to the one who recommends or wants, and a purpose
clause ("in an effort to ward off X") to the one who makes the effort.
"""
from __future__ import annotations

from itertools import chain

from spacy.tokens import Token

from ..frame import negated as is_negated
from ...language.lexicon import Lexicon
from ...reference.actors import Context
from ...language.syntax import subjects
from ...language.tokens import children

__all__ = ["conditional", "cue_verb", "deed_doers", "foreseen", "going_ahead", "mandative", "own_pledge", "purpose_holders", "purpose_participle", "quitter",
           "quitting", "readiness", "ready_holders", "shared_object", "wanted", "wanter", "wished_sight"]


# the Doc and stance table conditional was last asked about, and its answer for each token: the rules ask it of
# every verb cue, and again of the verbs they read (quit calls, the pair stage's targets)
_conditional: list = [None, None, {}]


def conditional(t: Token, st: dict) -> bool:
    """ "if the party decides to go ahead with the plan": a condition states no side, nor does a question
    ("asked if he would welcome X", "did not say whether he would support X")."""
    memo = _conditional
    if memo[0] is not t.doc or memo[1] is not st:
        memo[:] = [t.doc, st, {}]
    found = memo[2].get(t.i)
    if found is None:
        found = memo[2][t.i] = _conditional_clause(t, st)
    return found


def _conditional_clause(t: Token, st: dict) -> bool:
    for a in chain((t,), t.ancestors):  # lazily: the climb mostly stops at the clause of t
        if a.dep_ in ("advcl", "ccomp", "xcomp", "conj", "ROOT") and any(
                m.dep_ == "mark" and m.lower_ in st["conditional_marks"] for m in children(a)):
            # but "if the board goes ahead and bans X", "if the council presses ahead with X": going on with it
            # presupposes the plan is the actor's (the condition is only whether it is carried out)
            return not any(c.lower_ == "ahead" and c.dep_ in ("advmod", "prt") for c in children(a))
        if a.dep_ == "advcl" and foreseen(a, st):
            return True
        if a.dep_ in ("ROOT",) or a.lemma_.lower() in st["speech"]:
            return False
    return False


def foreseen(clause: Token, st: dict) -> bool:
    """ "Lind will quit as soon as the assembly passes the levy", "we will fight on until the board drops the
    levy": a clause of time in the present tense under a 'will' speaks of an event foreseen, which no one is said
    to have taken a side in yet (stance.json foreseen_marks)."""
    if clause.tag_ not in ("VBZ", "VBP"):
        return False
    marks = [m.lower_ for m in children(clause) if m.dep_ == "mark" and m.lower_ in st["foreseen_marks"]]
    if not marks or marks == ["as"] and clause.head.lower_ != "soon":  # a causal "as" states a side
        return False
    main = clause.head.head if clause.head.pos_ == "ADV" else clause.head  # ("as soon as" hangs on "soon")
    return any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "wo", "shall") for c in children(main))


def purpose_holders(ctx: Context, t: Token, effort: bool = False) -> list[Token]:
    """ "paid a visit to back X", "in an effort to ward off X", "the party's decision to endorse X": who
    makes the effort acts; but "rejected the plan to scrap X" is no scrapping by the one who rejects. With `effort`,
    t is a participle of purpose that says what the noun is for ("a drive aimed at blocking X")."""
    noun = t.head
    if not effort and not any(c.dep_ == "aux" and c.lower_ == "to" for c in children(t)):
        return [noun]
    if any(c.dep_ in ("det", "neg") and c.lower_ in ctx.lex.stance["negators"] for c in children(noun)) \
            or noun.lemma_.lower() in ctx.lex.stance["capacity_nouns"] or noun.lower_ in ctx.lex.stance["capacity_nouns"]:
        return []  # "made no commitment to support X", "has the power to veto X" take no side
    owners = [c for c in children(noun) if c.dep_ == "poss"]
    if owners:
        return owners + [c for o in owners for c in o.conjuncts]
    # "paid a visit to back X", "in an effort to", "on a trip to": the verb the effort hangs on
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" \
        and noun.head.lower_ in ctx.lex.stance["purpose_preps"] else None
    if verb is None or verb.pos_ not in ("VERB", "AUX") or is_negated(ctx, verb):
        return [noun]
    st = ctx.lex.stance
    if noun.dep_ == "dobj" and (verb.lemma_.lower() in st["suffer_verbs"] or verb.lemma_.lower() in st["receive_verbs"]):
        # "faced pressure from her party to drop X": the ones who press want it, not the one pressed
        return [g for c in children(noun) if c.dep_ == "prep" and c.lower_ in ("from", "by")
                for g in children(c) if g.dep_ == "pobj"]
    cue = ctx.lex.stance["verbs"].get(verb.lemma_.lower())
    if cue is not None and cue != "supports" or verb.lemma_.lower() in ctx.lex.stance["characterising_verbs"]:
        return [noun]
    return subjects(verb)


def purpose_participle(t: Token, st: dict) -> Token | None:
    """ "a drive aimed at blocking X", "a levy designed to curb imports": the participle of purpose (stance.json
    purpose_participles) describing a noun of effort whose act t is; None when there is none."""
    part = t.head.head if t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.lower_ == "at" \
        else t.head if t.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(t)) else None
    if part is None or part.dep_ != "acl" or part.tag_ != "VBN" or part.lower_ not in st["purpose_participles"] \
            or part.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return part


def mandative(t: Token, st: dict) -> bool:
    """A that-clause in the subjunctive under a verb of recommending: "that the council scrap X", "that states
    should cut Y" (an indicative "that the plan will go ahead" reports, it does not recommend), or the act a verb
    of desiring wants of another ("wants Japan to cut its tariffs"; "expects Japan to" foresees, wants nothing)."""
    if t.dep_ == "ccomp" and t.head.lemma_.lower() in st["desiring_verbs"] and any(c.dep_ == "nsubj" for c in children(t)) \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(t)):
        return True  # "France wants the Commission to drop the plan": the act wanted of another is the wanter's side
    if t.dep_ != "ccomp" or t.head.lemma_.lower() not in st["mandative_verbs"]:
        return False
    aux = [c for c in children(t) if c.dep_ in ("aux", "auxpass")]
    if t.i < t.head.i and not any(a.lower_ == "should" for a in aux):
        # a clause before the verb is no subjunctive of it: "Spain wants the quota raised - the board has urged a freeze"
        # is the parser joining two sentences, each with its own side ("the council should scrap it, Holt urged" is one)
        return False
    # the parser reads a bare "cut" or "set" as a past tense too
    return t.tag_ in ("VB", "VBP", "VBD") and not aux or any(a.lower_ == "should" for a in aux) \
        or t.tag_ == "VBN" and [a.lower_ for a in aux] == ["be"]


def cue_verb(t: Token, st: dict) -> bool:
    lemma = t.lemma_.lower()
    return lemma in st["verbs"] or lemma in st["experiencer_verbs"] or any(k.split()[0] == lemma for k in st["phrasal"])


def wished_sight(t: Token, st: dict) -> Token | None:
    """ "would like to see a freeze on rents", "wants to see the toll abolished", "hoped to see the levy cut": 'see'
    under a verb of FrameNet's Desiring frame (stance.json volition_verbs, hoping_verbs) wants what is seen; the
    wanting verb, or None when t is no such 'see'."""
    if t.lemma_.lower() != "see" or t.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children(t)):
        return None
    head = t.head
    return head if head.lemma_.lower() in st["volition_verbs"] or head.lower_ in st["hoping_verbs"] \
        or head.lemma_.lower() in st["hoping_verbs"] else None


def wanted(t: Token, st: dict, passive: list) -> bool:
    """ "wanted the tax scrapped": a participle clause under a verb of wanting; "tried to have the levy scrapped",
    "pressing to get the deal approved by the council": under causative "have" or "get" of a to-clause, which
    wants what it has done (the agent only does it); "would like the levy to be scrapped", the passive to-clause
    parsed as a relative clause of the object of a verb of wanting."""
    if t.dep_ == "relcl" and t.tag_ == "VBN" and t.head.dep_ == "dobj" and t.head.head.lemma_.lower() in st["volition_verbs"]:
        kids = children(t)
        return [c.lower_ for c in kids if c.dep_ == "aux"] == ["to"] and any(c.dep_ == "auxpass" for c in kids) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids)
    if t.tag_ not in ("VBN", "VBD") or passive or any(c.dep_ == "aux" for c in children(t)):
        return False
    if t.dep_ in ("ccomp", "xcomp", "oprd") and any(c.dep_ == "nsubj" for c in children(t)):
        return t.head.lemma_.lower() in st["volition_verbs"] or _causative(t.head) or wished_sight(t.head, st) is not None
    # ("to have the quota adopted by the council": the parser hangs the participle on the thing)
    return t.dep_ == "acl" and t.tag_ == "VBN" and t.head.dep_ == "dobj" and _causative(t.head.head)


def wanter(t: Token) -> Token:
    """The verb whose subject wants what a wanted participle says: "wants", or the causative "have" ("would like
    to see the toll abolished": "like")."""
    return t.head.head if t.dep_ in ("acl", "relcl") or t.head.lemma_.lower() == "see" and t.head.dep_ == "xcomp" else t.head


def _causative(v: Token) -> bool:
    # a to-clause only: "the city has a budget approved by the council" owns it, and wants nothing
    return v.lemma_ in ("have", "get") and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(v))


def own_pledge(c: Token, st: dict) -> bool:
    """ "promised they would cut the levy", "vowed that he would never raise it": a clause of the pledger's own
    act, its subject a pronoun and its verb under a modal of commitment, is the act pledged, as a to-clause is."""
    return c.dep_ == "ccomp" and any(x.dep_ == "nsubj" and x.tag_ == "PRP" for x in children(c)) \
        and any(x.dep_ == "aux" and x.lower_ in st["commitment_modals"] for x in children(c))


def going_ahead(t: Token, lex: Lexicon) -> Token | None:
    """The policy of an if-clause on t that says it goes ahead: "if the levy goes ahead / proceeds / is approved"."""
    conditions = [c for c in children(t) if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if"
                                                                       for m in children(c))]
    if len(conditions) != 1:
        return None
    c = conditions[0]
    lemma = c.lemma_.lower()
    passive = any(g.dep_ == "nsubjpass" for g in children(c))
    if not (lemma == "go" and any(g.lower_ == "ahead" for g in children(c)) or lemma in lex.stance["going_ahead_verbs"]
            or passive and lemma in lex.positions["deontic"]["bring_in"]):
        return None
    subj = [g for g in children(c) if g.dep_ in ("nsubj", "nsubjpass") and g.pos_ in ("NOUN", "PROPN")]
    return subj[0] if len(subj) == 1 else None


def deed_doers(t: Token, st: dict) -> list[Token]:
    """The doers of a gerund under a noun of a course of action or an adjective of how it is done: "Labour's record
    of opposing X", "took the bold step of backing X", "has a history of resisting X", "was firm in resisting X".
    The noun's owner, or the subject of the light verb that makes the course its own (stance.json `deed_nouns`,
    `deed_verbs`); "rejected the idea of backing X" or "denied the charge of backing X" name no doer."""
    if t.dep_ != "pcomp" or t.head.dep_ != "prep" or t.head.lower_ not in ("of", "in"):
        return []
    head = t.head.head
    if head.pos_ == "ADJ" and head.dep_ == "acomp" and t.head.lower_ == "in":
        return subjects(head.head)
    if head.pos_ != "NOUN" or head.lemma_.lower() not in st["deed_nouns"]:
        return []
    owner = next((c for c in children(head) if c.dep_ == "poss"), None)
    if owner is not None:
        return [owner]
    if head.dep_ == "dobj" and head.head.lemma_.lower() in st["deed_verbs"]:
        return subjects(head.head)
    return []


def quitting(t: Token, st: dict) -> bool:
    """A verb of leaving one's post (stance.json `quitting_verbs`: "resign", "step down"), not denied."""
    if t.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in children(t)):
        return False
    lemma = t.lemma_.lower()
    return lemma in st["quitting_verbs"] or any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in st["quitting_verbs"]
                                                for c in children(t))


def quitter(cue: Token, target: Token, st: dict) -> Token | None:
    """The one a call to quit is made of: "called for Kent to resign", "urged Kent to step down", "called on Kent
    to quit" want Kent gone, a side against him, not a policy named "Kent to resign"."""
    for act in [target] + [c for c in children(cue) if c.dep_ in ("xcomp", "advcl")]:
        if act.i == cue.i or not quitting(act, st):
            continue
        doer = next((c for c in children(act) if c.dep_ == "nsubj"), None)
        if doer is None and act.dep_ in ("xcomp", "advcl") and act.head.i == cue.i and target.i < act.i \
                and target.dep_ == "pobj" and target.head.lower_ == "for" and target.head.head.i == cue.i:
            doer = target  # "called for Reed to resign", the parser taking "for" for a preposition of "called"
        if doer is None and act.dep_ in ("xcomp", "advcl") and act.head.i == cue.i:
            doer = next((c for c in children(cue) if c.dep_ == "dobj"), None) or next(
                (g for c in children(cue) if c.dep_ == "prep" and c.lower_ in ("on", "upon") for g in children(c)
                 if g.dep_ == "pobj"), None)
        return doer
    return None


def readiness(t: Token, st: dict) -> Token | None:
    """The adjective of readiness a cue verb's to-clause hangs on ("is ready to scrap the levy", "said it was
    determined to block the reform", "reluctant to back it"; stance.json willingness_adjectives)."""
    if t.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children(t)):
        return None
    adj = t.head
    return adj if adj.pos_ in ("ADJ", "VERB") and adj.lower_ in st["willingness_adjectives"] else None


def ready_holders(adj: Token) -> list[Token]:
    """Whom an adjective of readiness is said of: its own subject, the copula's ("Kent is keen to"), or the noun it
    describes ("a minister keen to scrap the levy")."""
    own = [c for c in children(adj) if c.dep_ in ("nsubj", "nsubjpass")]
    if own:
        return own + [c for s in own for c in s.conjuncts]
    if adj.dep_ in ("acomp", "oprd"):
        return subjects(adj.head)
    return [adj.head] if adj.dep_ == "amod" and adj.head.pos_ in ("NOUN", "PROPN") else []


def shared_object(t: Token) -> Token | None:
    """The object a verb shares with the verb coordinated after it ("condemns and forbids the use of X",
    "criticised, and later dropped, the levy", "Ward praised and Kent attacked the levy"): the first verb has nothing
    after it but the coordination, and the object stands after the second (the parser may take it for a bare-noun
    adverbial). "neither backed nor opposed X" takes no side."""
    if any(c.i > t.i and c.dep_ not in ("cc", "punct", "conj", "advmod") or c.dep_ == "preconj" or c.lower_ == "nor"
           for c in children(t)):
        return None
    second = next((c for c in children(t) if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if second is None or not any(c.dep_ == "cc" and t.i < c.i < second.i for c in children(t)):
        return None
    return next((c for c in children(second) if c.i > second.i and (
        c.dep_ == "dobj" or c.dep_ == "npadvmod" and c.pos_ in ("NOUN", "PROPN"))), None)
