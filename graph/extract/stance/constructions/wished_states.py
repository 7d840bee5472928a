"""Wished states: "called for the levy to be scrapped", "demanded that the curfew be lifted", "wants the quota
to be kept". A side taken on a passive clause that undoes, keeps or brings in a thing is a side on the thing
itself: against it when the clause undoes it, for it when the clause keeps or brings it in. The clause is no
policy's name ("levy to be scrapped" names nothing a reader would call the policy), unless the story names the
undoing as a policy of its own ("lifting the curfew"): then the side is on that act, as positions keeps an act that
undoes a thing apart from the thing."""
from __future__ import annotations

from spacy.tokens import Token

from ..frame import Frame
from ...language.lexicon import Lexicon
from ...policies.policy_tokens import ACT_ENDINGS, _discourse, _position_like, _product, _to_infinitive
from ...policies.positions import undoing_words
from ...language.syntax import dobj, pobj
from ...language.tokens import children

__all__ = ["acted_pointer", "aimed_fate", "fate_of", "purposed_fate", "stopped_thing", "undoing_phrase", "wished_state"]


def aimed_fate(f: Frame, cue: Token, cues: set[int], lex: Lexicon) -> None:
    """ "fought to stop the closure of the depot", "tried to halt the merger", "campaigned to save the rebate": the act
    a verb of effort or asking aims at (stance.json to_act_verbs, its to-clause, or with no object of its own the
    to-clause the parser takes for a purpose) that stops a policy is a side against the policy, one that keeps it a
    side for it; the act, "stop the closure", names no policy of its own. An act that is a cue itself ("fought to
    prevent it") is read by its own frame, and a thing that is no policy ("tried to stop the rain") is left alone."""
    st = lex.stance
    # ("is determined to defeat the bill", "ready to save the depot": an adjective of readiness aims at its act too, and
    # so does a verb of backing or pledging with a to-clause, "vowed to defeat the quota")
    ready = cue.pos_ in ("ADJ", "VERB") and cue.lower_ in st["willingness_adjectives"] and cue.lower_ not in st["reluctant_adjectives"]
    lemma = cue.lemma_.lower()
    if f.relation == "warns" or not ready and st["to_act_verbs"].get(lemma) != "supports" and st["verbs"].get(lemma) != "supports":
        return
    if (f.target is None or cue.doc[f.target].ent_type_ in ("DATE", "TIME")) and dobj(cue) is None:  # ("for years")
        act = next((c for c in children(cue) if c.dep_ in ("xcomp", "advcl") and _to_infinitive(c)), None)
    else:
        act = cue.doc[f.target] if f.target is not None and cue.doc[f.target].head.i == cue.i else None
    if act is None or act.i in cues or act.dep_ not in ("xcomp", "advcl") or not _to_infinitive(act) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "prt", "oprd", "xcomp", "ccomp", "acomp") for c in children(act)):
        return  # ("tried to keep rates low": a state kept, with its own words)
    _take_fate(f, act, lex)


def purposed_fate(f: Frame, target: Token, lex: Lexicon) -> None:
    """ "launched a drive aimed at blocking the merger", "backed rules designed to save the rebate": backing an effort
    described by what it is for (stance.json purpose_participles) whose act stops a policy is a side against the
    policy, one whose act keeps it a side for it, as aimed_fate reads an act of effort; the effort, "a drive aimed
    at blocking the merger", names no policy of its own."""
    if f.relation != "supports" or target.pos_ not in ("NOUN", "PROPN"):
        return
    part = next((c for c in children(target) if c.dep_ == "acl" and c.tag_ == "VBN"
                 and c.lower_ in lex.stance["purpose_participles"]), None)
    if part is None:
        return
    # "aimed at blocking X" (the gerund under "at"), "designed to block X" (the to-clause)
    act = next((g for c in children(part) if c.dep_ == "prep" and c.lower_ == "at" for g in children(c)
                if g.dep_ == "pcomp" and g.tag_ == "VBG"), None) \
        or next((c for c in children(part) if c.dep_ == "xcomp" and _to_infinitive(c)), None)
    if act is None or any(c.dep_ in ("nsubj", "nsubjpass", "prt", "neg") for c in children(act)):
        return
    _take_fate(f, act, lex)


def wished_state(target: Token, lex: Lexicon) -> tuple[Token, bool] | None:
    """The thing a wished passive clause acts on, and whether the clause undoes it; None when `target` is no
    such clause (or the thing a clause of it), or the clause only reports ("the levy will be scrapped")."""
    verb = target.head if target.dep_ in ("nsubjpass", "nsubj") else target
    if verb.pos_ in ("VERB", "AUX") and not any(c.dep_ == "auxpass" for c in children(verb)):
        return _fate(verb, lex)
    if verb.pos_ not in ("VERB", "AUX") and verb.lemma_.lower() in lex.positions["call_nouns"]:
        # "backed Tory demands that the plans be put on hold": the demand is the state it wishes
        said = next((c for c in children(verb) if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")
                     and any(x.dep_ == "mark" and x.lower_ == "that" for x in children(c))), None)
        state = wished_state(said, lex) if said is not None else None
        if state is not None:
            return state
    if verb.pos_ not in ("VERB", "AUX"):
        return _fate_after(target, lex) or _passive_after(target, lex) or _fate_as_noun(target, lex)
    thing = next((c for c in children(verb) if c.dep_ == "nsubjpass"), None)
    if thing is None or thing.pos_ not in ("NOUN", "PROPN") and thing.lower_ not in lex.positions["anaphors"]:
        return None
    aux = [c.lower_ for c in children(verb) if c.dep_ == "aux"]
    # "for the levy to be scrapped", "that the curfew be lifted" (the subjunctive), "the tax should be dropped";
    # "will be scrapped" and "has been lifted" say what happens, not what is wanted
    infinitive = aux == ["to"]
    # ("Tory demands that the plans be put on hold": the subjunctive clause of a noun of demanding too)
    subjunctive = not aux and verb.dep_ in ("ccomp", "acl") and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in children(verb))
    if not (infinitive or subjunctive):
        return None
    return _passive_state(verb, thing, lex)


def acted_pointer(target: Token, lex: Lexicon) -> tuple[Token, bool] | None:
    """ "opposed extending it", "voted to scrap this", "backs keeping that": an act of bringing in, keeping or
    undoing (the verbs of a wished state) done to a pronoun is a side on what the pronoun points back at, the
    other side when the act undoes it; the act alone ("extending") names nothing. None for any other target."""
    if target.pos_ != "VERB":
        return None
    thing = dobj(target)
    if thing is None or thing.lower_ not in lex.positions["anaphors"] or thing.lower_ in ("which", "what"):
        return None
    states, lemma = lex.positions["wished_states"], target.lemma_.lower()
    if lemma in lex.positions["deontic"]["undo"] or lemma in states["undo"] or undoing_phrase(target, lex):
        return thing, True
    return (thing, False) if lemma in lex.positions["deontic"]["bring_in"] or lemma in states["keep"] else None


def _passive_state(verb: Token, thing: Token, lex: Lexicon) -> tuple[Token, bool] | None:
    states = lex.positions["wished_states"]
    lemma = verb.lemma_.lower()
    if lemma in lex.positions["deontic"]["undo"] or lemma in states["undo"] or undoing_phrase(verb, lex):
        return None if _undoing_named(verb, thing, lex) else (thing, True)
    if lemma in lex.positions["deontic"]["bring_in"] or lemma in states["keep"]:
        return thing, False
    return (thing, True) if lemma in states["oust"] else None  # ("called for Kent to be sacked": against Kent)


def _passive_after(thing: Token, lex: Lexicon) -> tuple[Token, bool] | None:
    """ "Mr Kent called for the levy to be scrapped", parsed with "for" a preposition of "called" and the passive
    hung on "called": the subjectless "to be" passive right after the thing's phrase is the thing's."""
    doc = thing.doc
    j = max(x.i for x in thing.subtree) + 1
    if j + 2 >= len(doc) or doc[j].lower_ != "to" or doc[j + 1].lower_ != "be" or doc[j + 2].tag_ != "VBN":
        return None
    verb = doc[j + 2]
    kids = children(verb)
    above = {a.i for a in thing.ancestors}
    subj = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass")]
    # ("backed the union's call for the levy to be scrapped": the parser may make the call the passive's subject)
    call = len(subj) == 1 and subj[0].i in above and subj[0].lemma_.lower() in lex.positions["call_nouns"]
    if subj and not call or [c.lower_ for c in kids if c.dep_ == "aux"] != ["to"] \
            or not any(c.dep_ == "auxpass" for c in kids) or not call and verb.head.i not in above:
        return None
    return _passive_state(verb, thing, lex)


def undoing_phrase(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb with its particle, or its preposition and object, is an idiom of undoing (positions.json
    wished_states `undo_phrases`: "phased out", "put on hold"), which the verb's lemma alone does not say."""
    lemma = verb.lemma_.lower()
    idioms = {f"{lemma} {c.lower_}" for c in children(verb) if c.dep_ == "prt"} | {
        f"{lemma} {c.lower_} {pobj(c).lower_}" for c in children(verb) if c.dep_ == "prep" and pobj(c) is not None}
    phrases = lex.positions["wished_states"]["undo_phrases"]
    return any(i in phrases for i in idioms)


def _undoing_named(verb: Token, thing: Token, lex: Lexicon) -> bool:
    """Whether the story names an act undoing the thing elsewhere, with a verb or noun of undoing over a word of
    the same lemma ("the curfew to be lifted" ... "lifting the curfew", "the end of the curfew")."""
    undoing = undoing_words(lex) | frozenset(lex.positions["wished_states"]["undo"])
    clause = {t.i for t in verb.subtree}
    lemma = thing.lemma_.lower()
    for t in verb.doc:
        if t.i in clause or t.lemma_.lower() not in undoing or t.pos_ not in ("VERB", "NOUN"):
            continue
        if any(x.lemma_.lower() == lemma for x in t.subtree if x.i != t.i and abs(x.i - t.i) <= 8):
            return True
    return False


def _fate(verb: Token, lex: Lexicon) -> tuple[Token, bool] | None:
    """ "wants the levy to go", "called for the toll to end", "in favour of the exams disappearing": a wish that a
    thing end is against it, that it stay for it, as "the levy should go" is (deontic fates). Only the
    infinitive and the gerund wish; "the levy will go" says what happens. "Go up", "go ahead", "go to court": a
    particle or a phrase makes "go" another verb."""
    if not _lone_fate(verb, lex):
        return None
    kids = children(verb)
    aux = [c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")]
    gerund = verb.tag_ == "VBG" and verb.dep_ in ("pobj", "pcomp") and not aux
    if not (aux == ["to"] or gerund):
        return None
    # the parser often takes the gerund's subject for a compound of it ("the levy disappearing")
    thing = next((c for c in reversed(kids) if c.dep_ == "nsubj" or gerund and c.dep_ in ("compound", "nmod") and c.i < verb.i),
                 None)
    if thing is None or thing.pos_ not in ("NOUN", "PROPN") and thing.lower_ not in lex.positions["anaphors"]:
        return None
    return thing, fate_of(verb, lex)


def _lone_fate(verb: Token, lex: Lexicon) -> bool:
    """A verb of a thing's fate with nothing that makes it another verb."""
    return fate_of(verb, lex) is not None


def fate_of(verb: Token, lex: Lexicon) -> bool | None:
    """Whether a verb says a thing ends (True) or stays (False): a verb of fate alone ("the levy should go", positions.json
    deontic fates), or a phrase of ending, a verb with a preposition and its noun ("come to an end", "draw to a close",
    fates end_phrases); None for any other verb."""
    fates = lex.positions["deontic"]["fates"]
    lemma = verb.lemma_.lower()
    kids = children(verb)
    if any(c.dep_ == "prep" and pobj(c) is not None and f"{lemma} {c.lower_} {pobj(c).lemma_.lower()}" in fates["end_phrases"]
           for c in kids) and not any(c.dep_ in ("prt", "dobj", "acomp") for c in kids):
        return True
    if lemma not in fates["end"] and lemma not in fates["stay"]:
        return None
    if any(c.dep_ in ("prt", "dobj", "acomp") for c in kids) or lemma == "go" and any(c.dep_ in ("prep", "advmod") for c in kids):
        return None
    return lemma in fates["end"]


def _fate_as_noun(thing: Token, lex: Lexicon) -> tuple[Token, bool] | None:
    """ "wants the embargo to end", with "to end" misread as a preposition and its noun hung on the object of a verb
    of wanting: a bare noun of a fate right after "to" is the infinitive the wish is for."""
    if thing.dep_ != "dobj" or thing.head.lemma_.lower() not in lex.stance["volition_verbs"]:
        return None
    to = next((c for c in children(thing) if c.dep_ == "prep" and c.lower_ == "to" and c.i == thing.i + 1), None)
    fate = pobj(to) if to is not None else None
    fates = lex.positions["deontic"]["fates"]
    if fate is None or fate.i != to.i + 1 or list(fate.children) or fate.lower_ not in fates["end"] + fates["stay"]:
        return None
    return thing, fate.lower_ in fates["end"]


def _fate_after(thing: Token, lex: Lexicon) -> tuple[Token, bool] | None:
    """ "called for the toll to end", "in favour of the exams disappearing", parsed with the fate verb hung on the
    clause above the thing rather than on it: the verb right after the thing's phrase, subjectless."""
    doc = thing.doc
    j = max(x.i for x in thing.subtree) + 1
    if j < len(doc) and doc[j].lower_ == "to":
        j += 1
    if j >= len(doc) or doc[j].pos_ not in ("VERB", "AUX") or not _lone_fate(doc[j], lex):
        return None
    verb = doc[j]
    if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in children(verb)):
        return None
    aux = [c.lower_ for c in children(verb) if c.dep_ == "aux"]
    ancestors = {a.i for a in thing.ancestors} | {thing.i}
    if verb.head.i not in ancestors or not (aux == ["to"] and verb.dep_ == "xcomp"
                                            or verb.tag_ == "VBG" and not aux and verb.dep_ in ("advcl", "acl")):
        return None
    return thing, fate_of(verb, lex)


def _take_fate(f: Frame, act: Token, lex: Lexicon) -> None:
    """The side of an effort on the thing its act stops or keeps (positions.json wished_states thwart and keep),
    when the act's object is a policy: against what is stopped, for what is kept."""
    lemma, states = act.lemma_.lower(), lex.positions["wished_states"]
    # (an act that undoes a policy in force, "agreed to end the quota", "voted to repeal it", is often the policy the
    # story names, "the end of the quota": only the acts that keep a thing from happening turn the side)
    stops = lemma in states["thwart"]
    obj = dobj(act)
    # ("urged voters to avoid negative campaigning": avoiding a practice is against it as stopping it is, but one avoids
    # places and crowds too, "avoid the motorways": only a policy or a noun of an act, by its ending, is avoided as one)
    avoids = lemma in lex.words("stance", "avoiding_verbs") and obj is not None and _stoppable(obj, lex) \
        and (obj.lemma_.lower().endswith(ACT_ENDINGS) or _position_like(obj, lex))
    if not (stops or avoids or lemma in states["keep"]) or obj is None or obj.pos_ not in ("NOUN", "PROPN") \
            or not (not _discourse(obj, lex) and _position_like(obj, lex) or stops and _stoppable(obj, lex) or avoids):
        return
    f.target, f.target_is_clause, f.clause = obj.i, False, None
    f.relation = "opposes" if stops or avoids else "supports"


def _stoppable(obj: Token, lex: Lexicon) -> bool:
    """A common noun, no product, sum, name or time, that an act of effort can stop: an event or a practice ("asked
    the watchdog to stop the calls", "tried to halt the share auction"), whatever its word (a word of talk too: "to stop
    the rumours"), where what is kept ("tried to keep its customers") must be a policy to be a side. A lone singular
    thing is an event only by the ending of a noun made from a verb ("the auction", "the eviction"): "tried to stop
    the clock" stops no event."""
    if obj.pos_ != "NOUN" or obj.ent_type_ != "" or _product(obj, lex) or obj.lemma_.lower() in lex.stance["time_nouns"] \
            or obj.lemma_.lower() in lex.stance["quantity_nouns"]:
        return False
    return obj.tag_ == "NNS" or any(c.dep_ in ("prep", "compound", "amod") for c in children(obj)) \
        or obj.lemma_.lower().endswith(ACT_ENDINGS)


def stopped_thing(cue: Token, t: Token, lex: Lexicon) -> bool:
    """ "asked the watchdog to stop the calls", "tried to halt the share auction", "urged the club to block the sale": the
    object of an act that stops a thing (positions.json wished_states thwart), the to-infinitive of a verb of effort,
    asking, wanting or pledging (`cue` is the one or the other), is a side against the thing even when it is no policy
    noun: the one who would stop it takes a side on it as an event ("stopped the sale" only reports a deed)."""
    act = t.head
    if t.dep_ != "dobj" or act.lemma_.lower() not in lex.positions["wished_states"]["thwart"] or not _to_infinitive(act) \
            or act.dep_ not in ("xcomp", "advcl") or cue.i not in (act.i, act.head.i) or not _stoppable(t, lex) \
            or any(c.dep_ == "neg" for c in children(act)):
        return False
    st, effort = lex.stance, act.head.lemma_.lower()
    return st["to_act_verbs"].get(effort) == "supports" or effort in st["asking_verbs"] or effort in st["seeking_verbs"] \
        or effort in lex.positions["planning_verbs"] or effort in lex.positions["wanting_cues"]
