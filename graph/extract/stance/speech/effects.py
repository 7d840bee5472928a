"""What a predicted or stated consequence does to what it acts on: "would cost jobs" harms, "would raise money"
helps, "would ease congestion" helps, "would discourage investment" harms. Read by speech.py, whose speaker
then warns against or backs the consequence's cause."""
from __future__ import annotations

from spacy.tokens import Token

from .polarity import valence
from ...language.tokens import children

__all__ = ["comparison", "effect"]

# the VADER valence an effect noun's adjectives need to say which way it goes ("a devastating impact" -3.3, "an
# adverse effect" -1.5, "a positive impact" 2.6; not "a big effect", "a serious impact" -0.3), as speech.py's BAD_VALENCE
_EFFECT_VALENCE = 1.5

# a particle turns a verb of motion into one of amount: "drive up costs", "push down prices"
_SCALE_PARTICLES = {"up": "increase_verbs", "down": "decrease_verbs"}


def _turned(tokens: list[Token], st: dict) -> set[int]:
    """The tokens whose worth the words around them turn the other way: "a fall in bus fares" helps, "£2bn in cuts"
    is no money raised (a noun of less before "in"), "lift families out of poverty" ends the poverty, "drive
    farms out of business" ends the business (what a thing is taken 'out of' is a state left)."""
    less = {x.i for x in tokens if x.lemma_.lower() in st["decrease_nouns"]}
    turned = {x.i for x in tokens if x.dep_ == "pobj" and x.head.lower_ == "in" and x.head.head.i in less
              or x.dep_ == "compound" and x.head.i in less}
    left = [x for x in tokens if x.dep_ == "pobj" and x.head.lower_ == "of" and x.head.head.lower_ == "out"]
    # ("would mean lower fares", "fewer jobs": a comparative of less on the noun turns it as a noun of less does)
    # (not "lower prices": stance.json two_sided_nouns, good for one side as much as bad for the other)
    lower = {x.i for x in tokens if x.pos_ == "NOUN" and x.lemma_.lower() not in st["two_sided_nouns"] and any(
        c.dep_ == "amod" and c.lower_ in st["decrease_adjectives"] for c in children(x))}
    # ("would see 200 jobs axed", "would mean jobs being lost": a thing a verb of less or of undoing is done to)
    undone = {*st["decrease_verbs"], *st["undoing_verbs"]}
    done_to = {x.i for x in tokens if x.pos_ == "NOUN" and (
        x.dep_ in ("nsubj", "nsubjpass") and x.head.lemma_.lower() in undone and x.head.tag_ == "VBN"
        or any(c.dep_ in ("acl", "xcomp") and c.tag_ == "VBN" and c.lemma_.lower() in undone for c in x.subtree))}
    return turned | lower | done_to | {y.i for x in left for y in x.subtree}


def effect(verb: Token, lemma: str, st: dict) -> str:
    """Whether a predicted consequence harms or helps ("harm", "benefit", or "" when it says neither)."""
    # (a phrase fronted before the verb's subject sets the scene, it is no consequence: "with costs among the
    # lowest, the gap could fall")
    opening = next((s.i for s in children(verb) if s.dep_ in ("nsubj", "nsubjpass")), verb.i)
    objects = [c for c in children(verb) if c.dep_ in ("dobj", "attr", "pobj", "prep", "dative", "ccomp", "xcomp")
               and not (c.dep_ == "prep" and c.i < min(opening, verb.i))]
    tokens = [x for o in objects for x in o.subtree]
    if any(o.dep_ == "dobj" and (o.lower_ in ("nothing", "nobody", "none") or any(
            d.dep_ == "det" and d.lower_ == "no" for d in children(o))) for o in objects):
        return ""  # "would solve nothing", "would create no jobs": an effect denied is none foretold
    if any(x.lower_ == "line" and x.dep_ == "pobj" and x.head.lower_ in ("in", "into") for x in tokens):
        return ""  # "brings the relief for research costs into line with X": made to match, no harm nor good done
    if lemma not in st["decrease_verbs"] and any(x.lemma_.lower() in st["peril_nouns"] and x.dep_ == "pobj"
                                                 and x.head.lower_ in ("at", "in", "under") for x in tokens):
        return "harm"  # "would put thousands of jobs at risk": whatever is left at risk, the cause harms it
    influence = [o for o in objects if o.dep_ == "dobj" and o.lemma_.lower() in st["influence_nouns"]]
    if lemma == "have" and influence:
        return _influence(influence[0])
    if lemma in st["impact_verbs"]:
        # "would badly affect hill farms", "would hit the poorest hardest": an impact is a harm only by its degree,
        # or by the fear it is told with ("concerned that the rules could affect the banks' ability to lend")
        feared = verb.dep_ in ("ccomp", "acl") and (verb.head.lower_ in st["fear_adjectives"] or verb.head.lemma_.lower() in st["fear_nouns"])
        return "harm" if feared or any(c.dep_ == "advmod" and c.lower_ in st["harm_degrees"] for c in children(verb)) else ""
    if lemma in st["expelling_verbs"] and any(c.dep_ in ("prt", "advmod") and c.lower_ in st["away_words"]
                                              for c in children(verb)):
        return "harm"  # "would drive investors away", "would scare off buyers", "drive firms abroad"
    if lemma in st["compelling_verbs"] and any(o.dep_ == "dobj" and o.pos_ == "NOUN" for o in objects) \
            and any(o.dep_ == "xcomp" and o.pos_ == "VERB" for o in objects):
        return "harm"  # "would force farms to close", "could force families to sell": made to act, whatever the act
    if lemma == "make" and any(o.dep_ == "dobj" and o.lower_ == "difference" for o in objects):
        # "would make a real difference to farmers"; "would make little difference" foretells none
        little = any(o.dep_ == "dobj" and any(d.lower_ == "little" for d in children(o)) for o in objects)
        return "" if little else "benefit"
    if lemma in st["resulting_state_verbs"]:
        return _state_left(verb, st)
    less = {x.i for x in tokens if x.lemma_.lower() in st["decrease_nouns"]}
    turned = _turned(tokens, st)
    words = {w for x in tokens if x.i not in turned for w in (x.lemma_.lower(), x.lower_)}
    words |= {f"{a.lower_} {b.lower_}" for a, b in zip(tokens, tokens[1:]) if b.i == a.i + 1 and a.i not in turned}  # "red tape"
    turned_words = {w for x in tokens if x.i in turned for w in (x.lemma_.lower(), x.lower_)}
    money = any(x.ent_type_ == "MONEY" for x in tokens) and not less
    bad = bool(words & set(st["harm_objects"]) or turned_words & set(st["benefit_objects"]))
    good = bool(words & set(st["benefit_objects"]) or turned_words & set(st["harm_objects"])) or money
    scale = next((_SCALE_PARTICLES[c.lower_] for c in children(verb) if c.dep_ == "prt" and c.lower_ in _SCALE_PARTICLES), None)
    made = [o for o in objects if o.dep_ in ("dobj", "attr")]  # the thing caused, or taken away
    if {w for o in made if o.i not in turned for w in (o.lemma_.lower(), o.lower_)} & set(st["harm_nouns"]):
        # "creates an obstacle to growth", "removes a barrier to trade": the thing made or taken away is the
        # obstacle (stance.json harm_nouns), whatever it stands in the way of
        bad, good = True, False
    if lemma in st["decrease_verbs"] or lemma in st["lessening_verbs"] or scale == "decrease_verbs":
        if lemma in st["lessening_verbs"] and not bad:
            return "harm"  # "would slow the economy", "would deter students": less of anything not bad is a harm
        return "benefit" if bad else "harm" if good else ""
    if lemma in st["increase_verbs"] or scale == "increase_verbs":
        # ("would create uncertainty", "increase hardship": more of what VADER rates bad, where the lists say nothing)
        bad = bad or not good and _caused_harm(objects)
        return "harm" if bad else "benefit" if good or lemma in st["benefit"] else ""
    if lemma in st["remedy_verbs"]:
        return "harm" if good and not bad else "benefit"  # "would ease congestion", "would solve the problem"
    if lemma in st["harm"]:
        return "harm"
    if lemma in st["benefit"]:
        return "benefit"
    # "poses a threat to jobs", "would do great damage to the economy": the thing caused is the object's head
    heads = {w for o in made for w in (o.lemma_.lower(), o.lower_)}
    if bad and good and heads & set(st["harm_objects"]):
        return "harm"
    if not bad and not good and lemma in st["consequence_verbs"] and _caused_harm(objects):
        return "harm"
    return "harm" if bad and not good else "benefit" if good and not bad else ""


# the VADER valence at or below which the thing a consequence verb brings about is a harm the lists lack
# ("would cause difficulties" -1.2, "lead to confusion" -1.2, "create uncertainty" -1.4, "mean hardship" -1.3)
_CAUSED_VALENCE = 1.0


def _caused_harm(objects: list[Token]) -> bool:
    """ "would cause difficulties", "could lead to confusion", "would result in hardship": the head of what a
    consequence verb brings about (its object, or what it leads 'to' or results 'in') is a word VADER rates bad."""
    # (not the one a cause moves to act: "led fraudsters to switch", "caused savers to leave")
    caused = [o for o in objects if o.dep_ in ("dobj", "attr")] if not any(o.dep_ == "xcomp" for o in objects) else []
    caused += [g for o in objects if o.dep_ == "prep" and o.lower_ in ("to", "in") for g in children(o) if g.dep_ == "pobj"]
    return any(valence(x) <= -_CAUSED_VALENCE for c in caused for x in [c] + list(c.conjuncts))


def _influence(noun: Token) -> str:
    """ "would have a devastating impact on farms", "a beneficial effect on families": an effect noun (FrameNet's
    Objective_influence) goes the way its adjectives' VADER valence says, and coordinated ones count together
    ("a slow and corrosive effect"); a denied one ("no real effect") foretells none."""
    if any(d.dep_ == "det" and d.lower_ == "no" for d in children(noun)):
        return ""
    mods = [c for c in children(noun) if c.dep_ == "amod"]
    mods += [g for m in mods for g in m.conjuncts]
    value = sum(valence(m) for m in mods)
    return "harm" if value <= -_EFFECT_VALENCE else "benefit" if value >= _EFFECT_VALENCE else ""


def _state_left(verb: Token, st: dict) -> str:
    """ "would leave families worse off", "would make it harder for firms to compete", "could leave farmers facing
    fines": the state a cause leaves its patient in is the harm or the good (the state's own word, not what it
    goes on to say: "would make it easier to cut costs" is no harm)."""
    states = [c for c in children(verb) if c.dep_ in ("ccomp", "xcomp", "oprd", "acomp")]
    states += [g for c in children(verb) if c.dep_ == "dobj" for g in children(c) if g.dep_ in ("acl", "amod") and g.i > c.i]
    words = {w for x in states for w in (x.lower_, x.lemma_.lower())}
    worse, better = words & set(st["worse_states"]), words & set(st["better_states"])
    state = "harm" if worse and not better else "benefit" if better and not worse else ""
    # "would make it easier to cut jobs": easing a harmful act is a harm, hindering one a good
    acts = [g for x in states for g in children(x) if g.dep_ in ("advcl", "xcomp") and g.pos_ == "VERB"]
    if state and acts and effect(acts[0], acts[0].lemma_.lower(), st) == "harm":
        return "benefit" if state == "harm" else "harm"
    return state


def futile_act(verb: Token, st: dict) -> Token | None:
    """ "would do nothing to reduce crime", "does little to help the poor": the good the act is said to do is
    denied (the act of the to-clause, whose effect then judges the cause)."""
    if verb.lemma_.lower() in st["failing_verbs"]:
        # "the curfew has failed to cut crime": the good the act was to do, not done
        return next((c for c in children(verb) if c.dep_ == "xcomp" and c.pos_ == "VERB"
                     and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))), None)
    if verb.lemma_.lower() != "do":
        return None
    nothing = [c for c in children(verb) if c.dep_ == "dobj" and c.lower_ in ("nothing", "little")]
    # the to-clause hangs on the verb or, as the parser often has it, on "nothing"
    return next((c for x in nothing[:1] + [verb] for c in children(x) if c.dep_ in ("advcl", "xcomp", "relcl", "acl")
                 and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))), None) \
        if nothing else None


def market_move(cause: Token, lex) -> bool:
    """ "a jump in fuel prices would slow growth", "a fall in sales would hurt jobs": a market's own movement
    (a noun of more or less 'in' one of its quantities, positions.json market_quantities, or prices) is no policy
    anyone takes a side on by foretelling its effects."""
    moves = lex.words("stance", "decrease_nouns") | lex.words("stance", "increase_nouns")
    if cause.lemma_.lower() not in moves and cause.lower_ not in moves:
        return False
    quantities = lex.words("positions", "market_quantities") | {"price", "prices"}
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pobj" and (g.lemma_.lower() in quantities or g.lower_ in quantities) for g in children(c))
        for c in children(cause))


def verdict(verb: Token, st: dict) -> int:
    """+1 or -1 for a verdict on whether a thing works, said by its verb: "the levy would work", "will not succeed"
    (the verbs of `working_verbs`, with no object and not done with or on anyone), "makes sense" / "makes no sense",
    "goes far enough" / "goes too far" / "falls short";
    0 for none. A "not" on the verb is the caller's to turn."""
    lemma = verb.lemma_.lower()
    if lemma in st["working_verbs"]:
        if any(c.dep_ in ("dobj", "prt", "xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ in st["working_partners"]
               for c in children(verb)):
            return 0  # "worked with the union", "is working on a plan", "works out": no verdict
        return 1
    degree = {x.lower_ for c in children(verb) if c.dep_ == "advmod" for x in c.subtree} if lemma == "go" else set()
    if "far" in degree:
        # FrameNet's Sufficiency said of a measure: "does not go far enough" (its 'not' turns it), "goes too far"
        return -1 if "too" in degree else 1 if "enough" in degree else 0
    if lemma in st["failing_verbs"] and not any(c.dep_ in ("dobj", "xcomp", "ccomp", "prep", "advcl") for c in children(verb)) \
            and not any(c.dep_ == "aux" and c.lower_ in st["prediction_modals"] for c in children(verb)):
        return -1  # "the curfew has failed": told as done, a verdict (not "would fail", a forecast)
    if lemma == "fall" and any(c.dep_ in ("advmod", "acomp", "prt") and c.lower_ == "short" for c in children(verb)):
        return -1  # "the offer falls short of what farmers need"
    if lemma == "make":
        sense = [c for c in children(verb) if c.dep_ == "dobj" and c.lower_ == "sense"]
        if sense:
            return -1 if any(d.dep_ == "det" and d.lower_ == "no" for d in children(sense[0])) else 1
    return 0


# a comparison's adjective needs this much VADER valence to judge ("fairer", "more effective"; not "larger")
_COMPARED_VALENCE = 1.0


def comparison(verb: Token, st: dict, valence: dict[str, float]) -> tuple[int, Token | None]:
    """A copula's or a verdict verb's comparison of its subject with another thing: +1 or -1 by the VADER valence
    of the adjective or adverb compared ("is more efficient than a ban", "fairer than", "would work better
    than a ban"; "less effective" turns it), with the thing compared with (the object of "than", a noun only:
    "higher than expected" compares with no thing); 0 when the verb compares nothing that judges."""
    if verb.lemma_.lower() != "be" and verb.lemma_.lower() not in st["working_verbs"]:
        return 0, None
    for c in children(verb):
        if not (c.dep_ in ("acomp", "advmod") and c.pos_ in ("ADJ", "ADV")):
            continue
        degree = [d for d in children(c) if d.dep_ == "advmod" and d.lower_ in ("more", "less")]
        than = next((d for d in children(c) if d.dep_ == "prep" and d.lower_ == "than"), None)
        if not degree and c.tag_ not in ("JJR", "RBR") or than is None:
            continue
        other = next((g for g in children(than) if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)
        if other is None:
            return 0, None
        v = valence.get(c.lower_, valence.get(c.lemma_.lower(), 0.0))
        if abs(v) < _COMPARED_VALENCE:
            return 0, None
        sign = 1 if v > 0 else -1
        return (-sign if degree and degree[0].lower_ == "less" else sign), other
    return 0, None
