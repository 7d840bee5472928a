"""Target heads: which word of a frame's target names the thing taken sides on, before it is widened to its
phrase: the noun a relative pronoun describes, what "nothing but" excepts, what a pseudo-cleft names, the noun a
sum counts, the act a verb of beginning takes. Read by graph.extract.statements.targets.

Imports its siblings lexicon, policy_tokens, syntax and tokens.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..language.lexicon import Lexicon
from .policy_tokens import _discourse, _to_infinitive
from ..language.syntax import dobj, pobj, subjects
from ..language.tokens import children

__all__ = ["caused_act", "made_to_be_done", "stood_for", "begun_act", "past_amount", "means_act", "means_taken", "proposed_by", "undone_ruling", "counted_pledges", "abetted_wish", "pledge_maker", "noun_read_planner", "planned_act", "done_to_thing", "interrupted_act", "workforce_changed", "said_act"]


def stood_for(t: Token, heads: frozenset[str] = frozenset()) -> Token:
    """ "Okafor, who is backed by the socialists", "the peg, which G7 nations have blamed": a relative pronoun
    stands for the noun its clause describes; a free "what" ("This is what the unions wanted") is a pointer back
    (positions.json anaphors)."""
    if t.tag_ in ("WP", "WDT") and t.lower_ in ("who", "whom", "which", "that") and t.head.dep_ == "relcl" \
            and t.head.head.pos_ in ("NOUN", "PROPN"):
        n = t.head.head
        # "a scheme for small farmers, which Britain opposed": the parser hangs the clause on the nearest noun,
        # but what is opposed is the policy (positions.json heads) that noun only qualifies
        outer = n.head.head if n.dep_ == "pobj" and n.head.dep_ == "prep" else None
        if outer is not None and outer.pos_ == "NOUN" and outer.lemma_.lower() in heads \
                and n.lemma_.lower() not in heads:
            return outer
        return n
    what = next((c for c in children(t) if c.dep_ == "dobj" and c.lower_ == "what"), None) if t.lemma_ == "do" else None
    if what is not None:
        # "What we propose to do is X", "what the union plans to do is X": the act sought is X, not the doing
        found = stood_for(what, heads)
        return found if found.i != what.i else t
    if t.lower_ in ("nothing", "anything"):
        # "demanded nothing but the withdrawal of the levy", "will accept nothing less than a ban": what is excepted
        for c in children(t):
            words = [c] + [g for g in children(c) if g.dep_ == "prep"]
            if c.lower_ in ("but", "except") or c.lower_ in ("less", "short") and len(words) > 1:
                obj = pobj(words[-1])
                if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
                    return obj
    clause = t.head.head if t.head.dep_ == "prep" else t.head  # ("what they press for is ...")
    while t.lower_ == "what" and clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head  # "What we plan to do is ...": the clause "what" opens is the whole subject
    if t.lower_ == "what" and clause.dep_ == "csubj" and clause.head.lemma_ == "be":
        # "What we want is a ban": a pseudo-cleft names what is wanted after the copula
        attr = [c for c in children(clause.head) if c.dep_ in ("attr", "acomp") and c.i > clause.i]
        # ("what the union proposes is wrong" judges what it proposes: an adjective names nothing wanted, and the
        # free "what" points back at the proposal)
        if attr:
            return attr[0] if attr[0].pos_ != "ADJ" else t
        act = clause.head.head
        # "What we aim to do is set up a fund": the parser reads "is set up" as a passive the free relative is
        # the subject of; the act after the copula is what is sought, no pointer back
        if clause.head.dep_ in ("aux", "auxpass") and act.pos_ == "VERB" and act.i > clause.head.i:
            return act
        # "What we aim to do is to cut fares": the act is the copula's own clause
        return next((c for c in children(clause.head) if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"
                     and c.i > clause.head.i), t)
    return t


def begun_act(t: Token, lex: Lexicon) -> Token:
    """ "plans to start taxing sugary drinks", "vowed to continue funding the buses": a verb of beginning or going on
    (positions.json aspectual_verbs) says when; the act it takes is what is planned."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in lex.positions["aspectual_verbs"]:
        return t
    return next((c for c in children(t) if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" and (c.tag_ == "VBG" or _to_infinitive(c))
                 and not any(x.dep_ in ("nsubj", "nsubjpass") for x in children(c))), t)


def caused_act(t: Token, lex: Lexicon) -> Token:
    """ "urged the mayor to make landlords fit smoke alarms", "plans to force banks to cut fees": a verb of making another
    act (positions.json causing_verbs) with the one made to act and the act; the act is what is wanted."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in lex.positions["causing_verbs"]:
        return t
    made = any(c.dep_ == "dobj" for c in children(t))  # ("force banks to cut fees"; "make landlords fit": its subject)
    return next((c for c in children(t) if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" and c.i > t.i and (
        made and _to_infinitive(c) or not made and c.dep_ == "ccomp" and any(x.dep_ == "nsubj" for x in children(c)))), t)


def made_to_be_done(t: Token, lex: Lexicon) -> bool:
    """The act another is made to do ("force supermarkets to charge for bags"): a rule imposed, so a policy
    whatever its verb."""
    return t.head.i != t.i and caused_act(t.head, lex).i == t.i


def past_amount(t: Token) -> Token:
    """ "backed the £5m scheme to mend roads": the parser often makes the sum an object of its own and the noun it
    counts a second object; the noun is what is backed."""
    if t.ent_type_ not in ("MONEY", "QUANTITY", "PERCENT", "CARDINAL") or t.dep_ != "dobj":
        return t
    return next((c for c in children(t.head) if c.dep_ == "dobj" and c.i > t.i and c.pos_ in ("NOUN", "PROPN")
                 and c.ent_type_ == ""), t)


def counted_thing(t: Token, lex: Lexicon) -> Token:
    """ "embarked on a series of austerity measures", "backed a raft of reforms": a noun that counts (stance.json
    quantity_nouns) stands for the things it counts."""
    if t.lemma_.lower() not in lex.stance["quantity_nouns"]:
        return t
    return next((g for c in children(t) if c.dep_ == "prep" and c.lower_ == "of" for g in children(c)
                 if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.tag_ == "NNS"), t)


def means_act(t: Token, lex: Lexicon) -> Token:
    """ "vowed to take steps to widen the ring road", "promised to take measures to cut waiting lists": taking action or steps
    (positions.json means_acts) says only that something will be done; the act of its to-infinitive is the one
    pledged."""
    words = lex.positions["means_acts"]
    obj = dobj(t) if t.pos_ == "VERB" and t.lemma_.lower() in words["verbs"] else None
    if obj is None or obj.lower_ not in words["nouns"]:
        return t
    return next((c for x in (obj, t) for c in children(x) if c.dep_ in ("acl", "relcl", "advcl", "xcomp") and c.i > obj.i
                 and c.pos_ == "VERB" and _to_infinitive(c)), t)


def means_taken(t: Token, lex: Lexicon) -> Token:
    """The verb of taking action whose purpose t is (means_act read backwards), else t: a pledge to take steps to do
    a thing pledges the thing as a pledge to do it does."""
    verb = t.head.head if t.dep_ in ("acl", "relcl") else t.head if t.dep_ in ("advcl", "xcomp") else None
    return verb if verb is not None and verb.pos_ == "VERB" and means_act(verb, lex).i == t.i else t


def proposed_by(t: Token, lex: Lexicon) -> Token | None:
    """ '"What the board proposes is sound," said X': the subject of a free relative on a verb of proposing
    (positions.json proposing_verbs) that a copula judges; the verb, which stands for the proposal."""
    verb = t.head
    if t.dep_ != "nsubj" or verb.dep_ != "csubj" or verb.lemma_.lower() not in lex.words("positions", "proposing_verbs"):
        return None
    return verb if any(g.lower_ == "what" and g.dep_ == "dobj" for g in children(verb)) else None


def undone_ruling(cue: Token, t: Token, lex: Lexicon) -> bool:
    """ "sought to overturn the planning ruling", "vowed to quash the verdict": a ruling (positions.json undone_rulings),
    no policy when only reported, is one in force that the one who would undo it takes a side against."""
    words = lex.positions
    undo = frozenset(words["wished_states"]["undo"]) | frozenset(words["deontic"]["undo"])
    return cue.pos_ == "VERB" and cue.lemma_.lower() in undo and t.head.i == cue.i and t.dep_ in ("dobj", "nsubjpass") \
        and t.lemma_.lower() in words["undone_rulings"]


def counted_pledges(t: Token, lex: Lexicon) -> bool:
    """ "attacked the Greens' four new pledges", "welcomed Labour's key promises": promises counted or picked out by a
    word before them (stance.json made_nouns of promising) are the policies promised, taken sides on as well as their
    owner, where "his promise" alone is his conduct."""
    return t.pos_ == "NOUN" and t.tag_ == "NNS" and t.lemma_.lower() in lex.words("positions", "promise_nouns") \
        and any(c.dep_ in ("nummod", "amod") and c.i < t.i for c in children(t))


def abetted_wish(holder: Token, lex: Lexicon) -> list[int] | None:
    """ "said the merger would be playing into the hands of groups who want a sugar tax": what is wanted by those an act
    would help (positions.json abetting_idioms: a verb, its preposition and noun, then "of") is a danger to whoever
    says so; the holders of the warning (the subjects of the verb whose clause says it, else -1: the speaker),
    or None when the holder of a wish is no such group."""
    group = holder.head.head if holder.lower_ in ("who", "that") and holder.head.dep_ == "relcl" else None
    if group is None or group.dep_ != "pobj" or group.head.lower_ != "of":
        return None
    noun = group.head.head
    prep = noun.head if noun.dep_ == "pobj" else None
    verb = prep.head if prep is not None and prep.dep_ == "prep" else None
    if verb is None or (verb.lemma_.lower(), prep.lower_, noun.lemma_.lower()) not in {tuple(x.split()) for x in lex.positions["abetting_idioms"]}:
        return None
    while verb.dep_ in ("conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    said = verb.head if verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" else None  # ("said", "warned", "fears" that ...)
    return [t.i for t in subjects(said)] if said is not None else [-1]


def pledge_maker(holder: Token, cue: Token, lex: Lexicon) -> list[int] | None:
    """ "launched its campaign with a promise to scrap parking charges", "hit back with a pledge to cut fares": a noun
    of intent (stance.json intent_nouns) brought "with" a verb's act, its own act the cue, is the pledge of the
    verb's subject; None when the holder is no such noun."""
    if holder.pos_ != "NOUN" or holder.lemma_.lower() not in lex.stance["intent_nouns"] or holder.dep_ != "pobj" \
            or holder.head.lower_ != "with" or holder.head.head.pos_ != "VERB" or cue.head.i != holder.i \
            or cue.dep_ not in ("acl", "relcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children(cue)):
        return None
    return [t.i for t in subjects(holder.head.head)] or None


def noun_read_planner(holder: Token, lex: Lexicon) -> list[int] | None:
    """ "The Greens plan to oppose the levy": the small model often reads a plural name and the verb of planning or
    pledging after it as a compound and a noun heading the sentence; the names before the noun (proper nouns, not a
    plan's owner by "'s") are the ones who plan, and hold its to-infinitive's act (stance.json intent_nouns,
    positions.json proposing_verbs)."""
    if holder.pos_ != "NOUN" or holder.dep_ != "ROOT" or holder.tag_ not in ("NN", "NNP") \
            or holder.lemma_.lower() not in lex.stance["intent_nouns"] and holder.lemma_.lower() not in lex.words("positions", "proposing_verbs") \
            or not any(c.dep_ in ("acl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c)) for c in children(holder)):
        return None
    # (a sentence headed by a noun has no verb at all: the noun is the verb the tagger missed, and the names before
    # it, or a subject the parser gives it, are its subjects)
    return [c.i for c in children(holder) if (c.dep_ == "compound" and c.pos_ == "PROPN" or c.dep_ == "nsubj") and c.i < holder.i] or None


def planned_act(cue: Token, act: Token, lex: Lexicon, taken) -> bool:
    """ "plans to move its assembly line to Poland", "pledged to fund free school meals", "vowed to focus on cutting
    waiting lists": the act a verb of planning or pledging (positions.json planning_verbs) takes as its to-infinitive
    names the plan, whatever the act's verb, when it is done to a thing (a common noun that is no actor or word
    of talk, or a gerund after a preposition); `taken` tells whether a token names an actor or is a cue of its own
    ("pledged to keep up the fight against X" is read by the fight). Not "pledged to follow", "vowed to sue the
    firm", "plans to make an appeal", nor an act that says what is said ("intends to announce X")."""
    # ("Carvex is to close the plant": the 'be' of arrangement plans as 'plan' does, stance/constructions/arranged.py)
    if cue.lemma_.lower() not in lex.words("positions", "planning_verbs") and cue.lemma_ != "be" or act.pos_ != "VERB" or act.head.i != cue.i \
            or act.dep_ != "xcomp" or not _to_infinitive(act) or said_act(act, lex):
        return False
    if act.lemma_.lower() in lex.positions["held_events"]["verbs"]:
        return False  # "plans to hold a summit next month": held_event reads these verbs ("to hold her seat" is none)
    return done_to_thing(act, lex, taken)


def said_act(act: Token, lex: Lexicon) -> bool:
    """A verb of saying (stance.json speech), which names what is said, not a plan; not with a particle that makes
    it another verb ("to write off farm debts" cancels them)."""
    return act.lemma_.lower() in lex.words("stance", "speech") and not any(c.dep_ == "prt" for c in children(act))


def done_to_thing(act: Token, lex: Lexicon, taken) -> bool:
    """The act is done to a thing: a common noun object that is no actor or word of talk, or a gerund after a
    preposition ("focus on cutting waiting lists"); what makes an act of planning name a plan."""
    obj = dobj(act)
    measured = _measured(obj, lex) if obj is not None else None
    if measured is not None:
        obj = measured  # "sell 300m euros of new shares", "cut the number of ministries": the thing measured
    if obj is not None:
        # (a named thing is left to the verbs that say a side on it: "intend to reaffirm the Oslo Accord" may as well be
        # "to renegotiate" it)
        # (but an act of policy done to a named firm or plant is the plan: "is to buy Tonmark", "to close Longbridge")
        named = obj.pos_ == "PROPN" and obj.ent_type_ != "PERSON" and act.lemma_.lower() in lex.stance["policy_act_verbs"]
        return (named or obj.pos_ == "NOUN" and not taken(obj)) and (not _discourse(obj, lex) or workforce_changed(act, obj, lex))
    # ("vowed to focus on cutting waiting lists": the act of the gerund is the plan's content; "to stay in London" no plan)
    return any(c.dep_ == "prep" and pobj(c) is not None and pobj(c).tag_ == "VBG" for c in children(act))


def workforce_changed(act: Token, obj: Token, lex: Lexicon) -> bool:
    """ "plans to shed 350 jobs", "will create 400 new posts": posts counted or in the plural that an act cuts or makes
    are a workforce changed by decision (positions.json workforce), where "his job" is a person's post."""
    words = lex.positions["workforce"]
    return obj.lemma_.lower() in words["nouns"] and (obj.tag_ == "NNS" or any(c.dep_ == "nummod" for c in children(obj))) \
        and act.lemma_.lower() in words["verbs"]


def _measured(obj: Token, lex: Lexicon) -> Token | None:
    """The thing an amount or a count names with its "of" ("300m euros of new shares", "10% of the debt", "the number
    of ministries"), or None when obj is no amount."""
    if not (obj.ent_type_ in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY") or obj.lemma_.lower() in lex.words("stance", "quantity_nouns")
            or obj.lemma_.lower() == "number"):
        return None
    return next((g for c in children(obj) if c.dep_ == "prep" and c.lower_ == "of" for g in children(c) if g.dep_ == "pobj"), None)


def interrupted_act(t: Token, lex: Lexicon) -> Token:
    """The act of t's to-clause when an inserted phrase between commas parts it from t ("plans, backed by the
    council, to close the depot"); t itself otherwise. The name of a position never runs across its commas, so the
    bare noun is all it would keep, and it names nothing a reader would call the policy; the act does."""
    if t.pos_ != "NOUN":
        return t
    doc = t.doc
    # (an act of undoing that is no deontic one, "lift", would be merged with the thing it undoes, its side unturned)
    undo = set(lex.positions["wished_states"]["undo"]) - set(lex.positions["deontic"]["undo"])
    for p in children(t):
        if p.dep_ not in ("acl", "relcl") or p.i < t.i or p.left_edge.i != t.i + 2 or doc[t.i + 1].text != ",":
            continue
        # the to-clause is t's, or (as the parser often has it) one of the inserted phrase or of t's verb, when t
        # is a plan (positions.json heads)
        hosts = [t] + ([p] + ([t.head] if t.dep_ == "dobj" else []) if t.lemma_.lower() in lex.words("positions", "heads") else [])
        for c in (c for h in hosts for c in children(h)):
            if c.dep_ not in ("acl", "advcl") or c.pos_ != "VERB" or dobj(c) is None or c.lemma_.lower() in undo \
                    or not any(x.dep_ == "aux" and x.lower_ == "to" for x in children(c)) or doc[c.left_edge.i - 1].text != ",":
                continue
            between = {x.i for x in p.subtree} - {x.i for x in c.subtree}
            if all(i in between for i in range(p.left_edge.i, c.left_edge.i - 1)):
                return c  # an act done to something ("to build a runway"), right after the inserted phrase's comma
    return t
