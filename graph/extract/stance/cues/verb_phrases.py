"""What the words around a verb cue say of its side and its target: the judgement in "called the plan a
disgrace", the adverbial in "voted in favour of", a counter-cue noun in "protests against X" (counted through
"a series of"), the time words that are no target ("for two years"), and the thing named in "what he called the X".
"""
from __future__ import annotations

from spacy.tokens import Token

from ...policies.act_nouns import act_noun, noun_classes
from ..speech.polarity import valence
from ...language.syntax import dobj, pobj
from ...language.tokens import children

# the VADER valence a characterising verb's judgement needs to take a side the eval lists do not give ("a
# fiasco" -2.3, "a triumph" 2.1), as speech.py's BAD_VALENCE for a judged deed
JUDGED_VALENCE = 1.5

__all__ = ["adverbial", "counter_cue", "hung_preps", "is_time", "joint_act", "judgement", "listed_with", "named_as",
           "passive_judging"]


def _counted(t: Token, st: dict) -> Token:
    """ "a series of protests": what a quantity noun counts."""
    while t.lemma_.lower() in st["quantity_nouns"]:
        inner = next((pobj(c) for c in children(t) if c.dep_ == "prep" and c.lower_ == "of" and pobj(c) is not None), None)
        if inner is None:
            break
        t = inner
    return t


def counter_cue(t: Token, st: dict) -> bool:
    """A noun cue of another side with its own target ("protests against X"); "the congestion charge" is none."""
    t = _counted(t, st)
    relation = st["nouns"].get(t.lemma_.lower())
    acts = st["action_nouns"].get(t.lemma_.lower(), {})  # "launched a petition against X"
    return relation not in (None, "supports") and any(
        c.dep_ == "prep" and c.lower_ in st["noun_preps"][relation] and pobj(c) is not None for c in children(t)) \
        or any(c.dep_ == "prep" and acts.get(c.lower_) == "opposes" and pobj(c) is not None for c in children(t))


def adverbial(t: Token, st: dict) -> tuple[str | None, Token | None]:
    """ "voted in favour of the bill", "resigned in protest at the war": the phrase carries the side."""
    if t.lemma_.lower() in st["bias_words"] or t.lower_ in st["bias_words"]:
        return None, None  # "the code was weighted in favour of landlords": the rules' side, judged, no one's own
    obj = dobj(t)
    # ("staged a walkout in protest at X": the parser often hangs the phrase on the verb's object, or on a noun
    # of the object's own phrase: "polled its nurses on a stoppage in protest at X")
    held = [obj] if obj is not None and obj.pos_ == "NOUN" else []
    held += [pobj(c) for n in [t] + held for c in children(n) if c.dep_ == "prep" and c.lower_ != "in" and pobj(c) is not None
             and pobj(c).pos_ == "NOUN"]
    for c in list(children(t)) + [c for n in held for c in children(n)]:
        noun = pobj(c) if c.dep_ == "prep" and c.lower_ == "in" else None
        if noun is not None and noun.lemma_.lower() in st["stance_adverbials"] \
                and not any(g.dep_ == "poss" for g in children(noun)):  # "in their opposition to": the noun cue's
            target = next((pobj(g) for g in children(noun) if g.dep_ == "prep" and pobj(g) is not None), None)
            if target is None:  # "resigned in protest at X": the parser hangs "at" on the verb
                target = next((pobj(g) for g in list(children(t)) + list(children(c.head)) if g.dep_ == "prep" and g.i == noun.right_edge.i + 1
                               and g.lower_ in st["noun_preps"]["opposes"] + st["noun_preps"]["supports"]
                               and pobj(g) is not None and not is_time(pobj(g), st)), None)
            if target is not None:
                return st["stance_adverbials"][noun.lemma_.lower()], target
    return None, None


def unproposed(t: Token, target: Token, lex) -> bool:
    """ "came up with the cash", "put forward proposals": a verb of proposing (stance.json proposing_phrasal) takes a side
    only on a proposal noun with what it proposes ("put forward plans to scrap the toll", "proposals for a tax"); and
    "asked for a cut in the quota": a request (clause_request_verbs) only on a policy noun (positions.json heads) or a change
    in one (decrease_nouns, increase_nouns), or on means a noun of WordNet's possessions names with words of its own
    ("asked for new loans", "a further credit line": act_nouns), not on time, help or clarification asked for."""
    lemma = target.lemma_.lower()
    if t.lemma_.lower() in lex.stance["clause_request_verbs"] and target.head.lower_ == "for" and target.head.head.i == t.i:
        return not (lemma in lex.words("positions", "heads") or lemma in lex.stance["decrease_nouns"] or lemma in lex.stance["increase_nouns"]
                    or noun_classes(lemma)[:1] == "s" and act_noun(target, lex))
    if not any(f"{t.lemma_.lower()} {c.lower_}" in p for c in children(t) for p in lex.stance["proposing_phrasal"]):
        return False
    return target.lemma_.lower() not in lex.positions["generic"] or not any(
        c.dep_ in ("acl", "relcl", "xcomp") and c.pos_ == "VERB" and c.i > target.i
        or c.dep_ == "prep" and c.lower_ in ("for", "on", "to", "of") for c in children(target))



def hung_preps(obj: Token | None, preps: list[Token]) -> list[Token]:
    """A verb's prepositions the parser hung elsewhere: its "on" on its object ("blamed the delays on the council"),
    its "for" on the partner of its "with" ("negotiated with the banks for new loans")."""
    on = [c for c in children(obj) if c.dep_ == "prep" and c.lower_ == "on"] if obj is not None else []
    return on + [c for w in preps if w.lower_ == "with" and pobj(w) is not None for c in children(pobj(w))
                 if c.dep_ == "prep" and c.lower_ == "for"]

def listed_with(t: Token) -> list[Token]:
    """A noun and those listed after it ("cited the quota, the levy and the tax as barriers"), which the parser may
    hang on it as appositions or conjuncts, a judgement after the list attached to the last of them."""
    return [t] + [c for c in children(t) if c.dep_ in ("appos", "conj") and c.i > t.i] + [
        g for c in children(t) if c.dep_ == "appos" and c.i > t.i for g in children(c) if g.dep_ == "conj"]


def judgement(t: Token, st: dict) -> str | None:
    """The side a characterising verb's judgement takes: "called the plan a disgrace", "hailed it as a triumph".
    The eval lists' words first; else, for a verb with no side of its own, VADER's valence of the judgement's own
    head and adjectives ("described it as a fiasco", "called him a hero"): tied to this construction, never weighed
    over a whole clause."""
    words, heads, said = set(), [], []

    def take(x: Token | None) -> None:
        if x is not None:
            # (not the agent the parser hangs on the judgement: "branded a waste by the Campaign for Fair Fares")
            agent = {y.i for c in children(x) if c.dep_ == "prep" and c.lower_ == "by" for y in c.subtree}
            words.update(w for y in x.subtree if y.i not in agent for w in (y.lower_, y.lemma_.lower()))
            heads.append(pobj(x) if x.dep_ == "prep" else x)
            said.extend(y for y in x.subtree if y.i not in agent)
    first = dobj(t)
    if first is not None and first.dep_ == "dobj" and passive_judging(t):
        take(first)  # "the levy was branded a waste by traders": a passive's object is the judgement itself
    for c in children(t):
        if c.dep_ in ("oprd", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "as") or (
                c.dep_ == "dep" and c.pos_ in ("ADJ", "NOUN") and c.i > (first.i if first is not None else t.i)) \
                or c.dep_ == "advcl" and c.pos_ == "ADJ" and any(g.lower_ == "as" and g.i < c.i for g in children(c)):
            # "called the plan, proposed in July, 'visionary'": a judgement the parser leaves unattached;
            # "described the reform as deeply flawed", which it parses as an adverbial clause
            take(c)
        elif c.dep_ == "dobj" and first is not None and c.i > first.i and c.pos_ in ("NOUN", "ADJ"):
            take(c)  # "branded the revaluation a shambles", which the parser gives two objects
        if c.dep_ in ("dobj", "oprd"):
            for g in (g for x in listed_with(c) for g in children(x)):
                if c.dep_ == "oprd" and g.dep_ == "dobj":  # "called [the scheme [a waste]]", as the parser has it
                    take(g)
                if g.dep_ in ("prep",) and g.lower_ == "as" or g.dep_ in ("amod", "acl") and g.i > c.i:
                    take(g)
                if c.dep_ == "dobj" and g.dep_ == "acl" and t.lemma_.lower() in st["characterising_verbs"]:
                    # "described the plan to close the ward as madness": the parser hangs the "as" on the plan's act
                    take(next((a for a in children(g) if a.dep_ == "prep" and a.lower_ == "as" and a.i > g.i), None))
                if c.dep_ == "dobj" and g.dep_ == "appos" and t.doc[g.left_edge.i - 1].text != ",":
                    # "called the port tax 'a shambles'", "called the board's decision a scandal": the parser
                    # takes the small clause's judgement for an apposition (one set off by a comma is one)
                    take(g)
    if any(h is not None and h.lemma_.lower() in st["harm_nouns"] for h in heads):
        return "opposes"  # "cited the quota as the key obstacle to a deal", "saw the levy as a burden on farms"
    if words & set(st["negative_eval"]):
        return "opposes"
    if words & set(st["positive_eval"]):
        return "supports"
    if any(x.dep_ == "advmod" and x.lower_ in st["excess_adverbs"] and x.head.pos_ != "VERB" for x in said):
        return "opposes"  # "considers the rules too stringent": excess is a judgement against, whatever the adjective
    if t.lemma_.lower() in st["verbs"]:
        return None  # "hailed the deal as a defeat for hardliners": a verb with a side of its own keeps it
    # ("a decent and honourable colleague", "arrogant and secretive": coordinated adjectives judge together)
    mods = [x for h in heads if h is not None for x in [h] + [g for g in children(h) if g.dep_ == "amod"]]
    value = sum(valence(x) for x in mods + [g for m in mods if m.pos_ == "ADJ" for g in m.conjuncts])
    return "opposes" if value <= -JUDGED_VALENCE else "supports" if value >= JUDGED_VALENCE else None


def passive_judging(t: Token) -> bool:
    """A characterising verb in the passive ("has been branded a shambles", "a move branded a retreat by the
    Tories"), whose one noun after it is the judgement, not a thing judged."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in children(t)) or t.dep_ == "acl" and t.tag_ == "VBN"


def is_time(t: Token, st: dict) -> bool:
    return t.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT") or t.lemma_.lower() in st["time_nouns"]


def named_as(c: Token, st: dict) -> Token | None:
    """The noun of "what he called the X" / "what she described as X" (a free relative the parser makes the object
    of the naming verb, with the clause under the stance verb): the thing so named is the side's target."""
    if c.lemma_.lower() not in st["characterising_verbs"] or not any(x.lower_ == "what" and x.dep_ == "dobj" and x.i < c.i
                                                                     for x in children(c)):
        return None
    for x in children(c):
        if x.dep_ == "oprd" and x.pos_ in ("NOUN", "PROPN"):
            return x
        if x.dep_ == "prep" and x.lower_ == "as" and pobj(x) is not None and pobj(x).pos_ in ("NOUN", "PROPN"):
            return pobj(x)
    return None


def joint_act(verb: Token, prep: Token, st: dict) -> bool:
    """ "Ruritania agreed with its lenders to stretch the repayments", "agreed with them on a plan to X": a phrase of
    agreeing with someone (stance.json joint_act_phrasal) that goes on to the act or the thing agreed names a partner
    in it, no view shared with them; the act is what is backed (the verb's own clause, or "agree on")."""
    return f"{verb.lemma_.lower()} {prep.lower_}" in st["joint_act_phrasal"] and any(
        c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))
        or c.dep_ == "prep" and c.lower_ in ("on", "upon") and pobj(c) is not None for c in children(verb))
