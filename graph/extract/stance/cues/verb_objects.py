"""What a verb cue's object or object clause says, read for verb_frames: the act of a to-infinitive done to a thing,
an act pledged undone or adopted as one's own, the cause of a harm warned of, a clause of what ought to be, the ones
warned and what they are warned about, and a passive clause that says a policy's fate; moved from verb_frames.py,
unchanged, when it reached the size limit."""
from __future__ import annotations

from spacy.tokens import Token

from ...language.lexicon import Lexicon
from ...policies.policy_tokens import _position_like
from ...policies.positions import undoing_words
from ...reference.actors import Context, actors, target_actor
from ...language.syntax import dobj, pobj, subjects
from ...language.tokens import children, tokens
from .verb_clauses import going_ahead
from ..constructions.wished_states import fate_of, undoing_phrase

__all__ = ["act_wanted_of_others", "adopted", "denied", "fate_of_policy", "harm_cause", "split_plan", "threatened", "to_act", "wanted_clause",
           "warned_about"]


def to_act(t: Token, aspect: frozenset[str] = frozenset(), bare: frozenset[str] = frozenset()) -> Token | None:
    """The act of a verb's to-infinitive done to a thing it names: "agreed to freeze bus fares" (not "agreed to talk",
    nor "aims to settle it", whose pronoun is no policy of its own); "agreed to begin cutting farm subsidies" through
    a verb of `aspect` (positions.json aspectual_verbs), which targets.py reads through; or an act of `bare`
    (stance.json apology_verbs), complete with no object ("refused to apologise")."""
    def acts_on(v: Token) -> bool:
        return dobj(v) is not None and dobj(v).pos_ in ("NOUN", "PROPN") or v.lemma_.lower() in bare or v.lemma_.lower() in aspect and any(
            g.dep_ in ("xcomp", "ccomp") and g.pos_ == "VERB" and acts_on(g) for g in children(v))
    return next((c for c in children(t) if (c.dep_ == "xcomp" or c.dep_ == "advcl" and dobj(t) is None) and c.pos_ == "VERB" and any(
        x.dep_ == "aux" and x.lower_ == "to" for x in children(c)) and acts_on(c)), None)  # ("campaigned to save X": a purpose)


def denied(ctx: Context, act: Token) -> bool:
    """ "pledged not to cut council tax", "vowed never to raise it": the act pledged is its undoing."""
    neg = ctx.lex.words("stance", "negators")
    return any(c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ in neg for c in children(act) if c.i < act.i)


def adopted(ctx: Context, t: Token, act: Token) -> bool:
    """The act makes its object the actor's own ("promised to sign the accord", stance.json adopting_verbs), or is
    refused on a policy it names ("refused to debate the levy"; "refused to cut the levy" keeps the cut)."""
    obj = dobj(act)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return False
    st, lemma = ctx.lex.stance, act.lemma_.lower()
    if lemma in st["adopting_verbs"] or lemma in st["carrying_verbs"] and obj.lemma_.lower() in ctx.lex.positions["heads"]:
        return True
    return st["to_act_verbs"].get(t.lemma_.lower()) == "opposes" and obj.lemma_.lower() in ctx.lex.positions["heads"] \
        and lemma not in undoing_words(ctx.lex) and lemma not in st["increase_verbs"]


def harm_cause(t: Token, target: Token, ctx: Context) -> Token:
    """ "warned of the risks of cutting rates", "warned of job losses if the levy goes ahead": a warning of a harm
    is a warning of its cause, the 'of' phrase of the harm or the policy its condition brings about; so is the
    cause a preposition of cause names ("warned of job losses from the merger", "under the plan") or the agent
    of the harm's participle ("warned of the threat posed by the merger", "the damage caused by the levy")."""
    st = ctx.lex.stance
    if not {target.lemma_.lower(), target.lower_} & (set(st["harm_objects"]) | set(st["peril_nouns"])):
        return target
    inner = next((pobj(c) for c in children(target) if c.dep_ == "prep" and c.lower_ == "of" and pobj(c) is not None),
                 None)
    if inner is None:
        inner = next((pobj(c) for c in children(target) if c.dep_ == "prep" and c.lower_ in ("from", "under")
                      and pobj(c) is not None and pobj(c).pos_ in ("NOUN", "PROPN")), None) or next(
            (pobj(a) for v in children(target) if v.dep_ == "acl" and v.tag_ == "VBN" for a in children(v)
             if a.dep_ == "agent" and pobj(a) is not None and pobj(a).pos_ in ("NOUN", "PROPN")), None)
    if inner is not None and inner.pos_ not in ("NOUN", "PROPN") and not any(
            o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN") for o in children(inner)):
        inner = None  # "the danger of letting it drift": an act done to no policy
    return inner or going_ahead(t, ctx.lex) or target


def wanted_clause(c: Token, deontic: dict) -> bool:
    """ "that more checks were needed", "that a cap must be introduced": the clause says what ought to come about."""
    passive = any(x.dep_ == "auxpass" for x in children(c))
    lemma = c.lemma_.lower()
    modal = any(x.dep_ == "aux" and x.lower_ in deontic["modals"] for x in children(c))
    return passive and (lemma in deontic["necessity_verbs"] or modal and lemma in deontic["bring_in"])


def warned_about(told: Token, lex: Lexicon) -> list[Token]:
    """ "warned ministers of the dangers of X", "warned Lund and Roe about disunity": the parser often hangs what
    the ones warned are warned about on them; "of" only with a harm ("the leaders of the party" are one phrase)."""
    harms, perils = lex.words("stance", "harm_objects"), lex.words("stance", "peril_nouns")
    return [c for o in (told, *told.conjuncts) for c in children(o) if c.dep_ == "prep" and pobj(c) is not None
            and (c.lower_ in ("about", "against", "over") or c.lower_ == "of" and (pobj(c).lower_ in harms or pobj(c).lower_ in perils))]


def threatened(ctx: Context, t: Token, told: Token, si: int) -> bool:
    """ "warned Iran that it would retaliate", "warned landlords that she will fine them": a warning of what the
    warner itself will do is a warning to the one told, who is an actor."""
    if not actors(ctx, told, si):
        return False
    warners = {a for x in subjects(t) for a in actors(ctx, x, si)}
    return bool(warners) and any(c.dep_ == "ccomp" and any(
        x.dep_ == "nsubj" and x.pos_ == "PRON" and set(actors(ctx, x, si)) & warners for x in children(c)) and any(
        x.dep_ == "aux" and x.lower_ in ctx.lex.stance["commitment_modals"] for x in children(c)) for c in children(t))


def fate_of_policy(verb: Token, lex: Lexicon) -> bool:
    """ "(insisted) the levy will be introduced / kept / scrapped / cut": a passive clause that brings in, keeps, undoes
    or changes its subject says the subject's fate, a side on it; "the election will be fought on the economy" or "the
    talks would be held in Dunmore" say only how it is done."""
    lemma, st, pos = verb.lemma_.lower(), lex.stance, lex.positions
    return any(lemma in words for words in (pos["deontic"]["bring_in"], pos["deontic"]["undo"], pos["wished_states"]["undo"],
                                             pos["wished_states"]["keep"], st["going_ahead_verbs"], st["decrease_verbs"],
                                             st["increase_verbs"], st["policy_act_verbs"])) or undoing_phrase(verb, lex)


def act_wanted_of_others(ctx: Context, t: Token) -> Token | None:
    """ "wants other nations to cut tariffs": the to-clause with a subject of its own that a verb of wanting wants
    done, when it acts on a policy: its object or passive subject, a policy word as its subject, a body that goes on
    to act on a thing, or a quantity to change ("wants interest rates to fall"; stance.json increase and decrease
    nouns). "wanted voters to think again about X", "wants industry to succeed" act on no policy."""
    st = ctx.lex.stance

    def on_policy(c: Token, x: Token) -> bool:
        if x.dep_ == "nsubj" and (x.lower_ in ("it", "this", "that") or x.pos_ == "NOUN" and not target_actor(ctx, x)) \
                and fate_of(c, ctx.lex) is not None:
            # "said she wanted it to end", "wants the rebate to come to an end": a thing whose end is wanted (wished_states)
            return True
        if x.pos_ != "NOUN":
            return False
        if x.dep_ in ("dobj", "nsubjpass"):
            return True
        return x.dep_ == "nsubj" and (
            _position_like(x, ctx.lex)
            or target_actor(ctx, x) and any(g.dep_ == "xcomp" and dobj(g) is not None for g in children(c))
            or c.lemma_.lower() in st["increase_nouns"] or c.lemma_.lower() in st["decrease_nouns"])

    return next((c for c in children(t) if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"
                 and any(x.dep_ == "aux" and x.lower_ == "to" for x in children(c))
                 and any(x.dep_ in ("nsubj", "nsubjpass") for x in children(c))
                 and any(on_policy(c, x) for x in children(c))), None)


def split_plan(t: Token, lex: Lexicon) -> Token | None:
    """ "attacked the Tory plans to scrap the levy", "condemned the government plans to close the school": the parser
    takes the owner for the object and the plans for a second object or a verb of their own; the plans, with their
    act, are what the cue is on (positions.json generic)."""
    toks = tokens(t.doc)
    if t.dep_ != "dobj" or t.i + 1 >= len(toks):
        return None
    plans = toks[t.i + 1]
    if plans.lower_ not in lex.positions["generic"] or plans.head.i not in (t.head.i, t.i) \
            or plans.dep_ not in ("dobj", "ccomp", "advcl", "conj", "npadvmod", "appos"):
        return None
    return plans if any(c.dep_ in ("xcomp", "acl", "relcl") and any(x.dep_ == "aux" and x.lower_ == "to" for x in children(c))
                        for c in children(plans)) else None
