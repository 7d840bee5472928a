"""A charge with the harm it foretells as its reason: "hauliers attacked the toll, saying they might be obliged to
put up prices", "the union criticised the reform, arguing it would cost jobs". The participle of saying gives why the
holder is against the thing; when what it says is a harm to come, the holder warns of the thing as well as
opposing it (GUIDELINES.md: warns is "cautions that X could trigger harm"). What is foretold need not name the
thing ("they", the holder itself, "might be obliged to ..."): the charge's object is what the harm comes from."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .effects import effect, market_move
from ..frame import OPPOSITE, Frame, negated
from .polarity import clause_speakers, valence
from ...reference.actors import Context, actors, target_actor
from ...language.syntax import conditioned, dobj, pobj, question, subjects
from ..constructions.threats import conditioned_policy, own_doing, passive_thing
from ...language.tokens import children, sent_tokens

__all__ = ["borne_harm_frames", "conditional_harm_frames", "foretold_frames"]

# VADER valence at or below which the head of what is foretold is a harm ("collapse" -2.2, "suffer" -2.0, as
# speech.py's BAD_VALENCE)
_BAD = -1.5
# VADER valence at or below which what a subject is foretold to face or suffer is a harm ("hardship" -1.3,
# "difficulties" -1.2, "losses" -1.7; not "competition", "questions")
_UNDERGONE = -1.0


def _foretold_harm(ctx: Context, c: Token) -> bool:
    """A clause that foretells a harm: a modal of prediction ("would", "could") or a likelihood ("is likely to")
    on an act that harms (effects.py), one the subject is made to do ("may be compelled to close", stance.json
    compelled_participles), or a head VADER rates bad ("would suffer", "could collapse")."""
    st = ctx.lex.stance
    if negated(ctx, c) or conditioned(c, st["conditional_marks"]):
        return False
    if not any(a.dep_ in ("aux", "auxpass") and a.lower_ in st["prediction_modals"] for a in children(c)):
        return False
    if c.lower_ in st["compelled_participles"] and any(a.dep_ == "auxpass" for a in children(c)):
        return True
    acts = [c] + [x for x in children(c) if x.dep_ == "xcomp" and x.pos_ == "VERB"]
    return any(effect(x, x.lemma_.lower(), st) == "harm" for x in acts) or valence(c) <= _BAD


def foretold_frames(ctx: Context, si: int, sent: Span) -> list[Frame]:
    st = ctx.lex.stance
    speech = ctx.lex.words("stance", "speech")
    out = []
    for s in sent_tokens(sent):
        # "..., saying ...", "..., arguing that ...": a participle of saying on the verb of the charge
        if s.dep_ not in ("advcl", "xcomp", "conj", "acl") or s.lemma_.lower() not in speech or s.tag_ != "VBG" and not (
                s.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children(s))):
            continue  # (or a second verb of the charge's own subject: "attacked the rules and said ...")
        # ("attacked the rules saying ...", with no comma, the parser hangs on the object)
        verb = s.head.head if s.dep_ == "acl" and s.head.dep_ == "dobj" else s.head
        if st["verbs"].get(verb.lemma_.lower()) != "opposes" or negated(ctx, verb):
            continue
        thing = dobj(verb)
        if thing is None or thing.pos_ not in ("NOUN", "PROPN") or target_actor(ctx, thing):
            continue  # a person attacked is charged, not warned of
        said = [c for c in children(s) if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
        holders = [x.i for x in subjects(verb) if actors(ctx, x, si)]
        if holders and said and _foretold_harm(ctx, said[0]):
            out.append(Frame("warns", said[0].i, holders, thing.i, "speech-consequence", si, confidence=0.6))
    return out


def _undergone(c: Token, st: dict) -> bool:
    """ "workers will face hardship", "farms would suffer heavy losses": the subject bears what the object names
    (stance.json undergoing_verbs), a harm when the object or its adjective is one (harm_objects, or VADER bad)."""
    if c.lemma_.lower() not in st["undergoing_verbs"]:
        return False
    objects = [o for o in children(c) if o.dep_ == "dobj"]
    words = [x for o in objects for x in [o] + [g for g in children(o) if g.dep_ in ("amod", "compound")]]
    return any(x.lemma_.lower() in st["harm_objects"] or x.lower_ in st["harm_objects"] or valence(x) <= _UNDERGONE
               for x in words)


def conditional_harm_frames(ctx: Context, si: int, sent: Span) -> list[Frame]:
    """A harm foretold on a condition that brings in a policy: "if the council goes ahead with the closure, workers
    will face hardship", "farms would suffer if the tariffs are raised". The one who says it warns of the policy
    (FrameNet's Conditional_occurrence: the Consequence follows from the Profiled_possibility), whoever the harm
    falls on; one foretold unless a policy comes ("farms will close unless the levy is cut") backs the policy; "once" is
    a condition of what is yet to come as "if" is (Quirk et al. 1985, 15.25: "jobs will go once the quotas end").
    The condition is read as threats.py reads a sanction's: an act that brings in, undoes, raises or cuts a
    policy, or says one goes ahead, and not the holder's own."""
    st = ctx.lex.stance
    if question(sent):
        return []
    speech = ctx.lex.words("stance", "speech")
    out = []
    for c in sent_tokens(sent):
        if c.dep_ != "advcl" or c.pos_ not in ("VERB", "AUX") or c.head.pos_ not in ("VERB", "AUX"):
            continue
        # ("once" is as conditional as "if" of what is yet to come: "farms will close once the tariffs are raised")
        mark = next((m.lower_ for m in children(c) if m.dep_ == "mark" and m.lower_ in ("if", "unless", "once")), None)
        harm = c.head
        if mark is None or negated(ctx, c) or harm.lemma_.lower() in st["sanction_verbs"]:
            continue  # (a sanction on a condition is a threat: threats.py)
        if any(x.dep_ == "det" and x.lower_ == "no" for a in children(harm) if a.dep_ in ("attr", "dobj", "nsubj") for x in children(a)):
            continue  # "there would be no need for higher rates once the plant was sold": a harm denied
        if not (_foretold_harm(ctx, harm) or _borne(harm, st) and not negated(ctx, harm) and any(
                a.dep_ in ("aux", "auxpass") and a.lower_ in st["prediction_modals"] for a in children(harm))):
            continue
        target = conditioned_policy(ctx, c)
        holders, _ = clause_speakers(ctx, harm, speech, si)
        if target is None or not holders or own_doing(ctx, c, holders, si):
            continue
        target, undone = passive_thing(ctx, target)
        relation = "supports" if mark == "unless" else "warns"
        if undone:  # "if the subsidy is scrapped, farms will close": for the subsidy; "unless it is scrapped": against
            relation = OPPOSITE.get(relation, "supports")
        out.append(Frame(relation, harm.i, holders, target.i, "speech-conditional-harm", si, confidence=0.6))
    return out


def _borne(t: Token, st: dict) -> bool:
    """The subject of t bears a harm: it faces or suffers one, loses anything (stance.json losing_verbs), has one
    done to it ("jobs could be lost", "farms will be hit": a passive of a harm verb or one VADER rates bad), or is
    called the harm's losers or victims (a copula's noun VADER rates bad), or closes with no object ("shops will
    close", "firms would go bust": stance.json closing_verbs and failing_states, FrameNet's Business_closure)."""
    lemma = t.lemma_.lower()
    if lemma in st["losing_verbs"] or _undergone(t, st):
        return True
    if lemma in st["closing_verbs"] or lemma == "go":
        gone = lemma == "go" and any(c.dep_ in ("acomp", "advmod", "prt", "oprd") and c.lower_ in st["failing_states"]
                                     for c in children(t))
        return (gone or lemma != "go") and not any(c.dep_ == "dobj" for c in children(t))
    if lemma == "be":
        return any(c.dep_ == "attr" and valence(c) <= _BAD for c in children(t))
    return any(c.dep_ == "auxpass" for c in children(t)) and (lemma in st["harm"] or valence(t) <= _BAD)


def _named_cause(t: Token, st: dict) -> Token | None:
    """What a preposition of cause names on t or on its copula's noun: "under the new rules", "the losers from the
    reform", "as a result of the merger", "because of the tax", "due to the freeze" (stance.json cause_prepositions)."""
    for h in [t] + [c for c in children(t) if c.dep_ == "attr"]:
        for c in children(h):
            if c.dep_ != "prep" or c.lower_ not in st["cause_prepositions"]:
                continue
            x = pobj(c)
            if c.lower_ == "as":  # "as a result of X"
                x = next((pobj(g) for g in children(x) if g.dep_ == "prep" and g.lower_ == "of"), None) \
                    if x is not None and x.lower_ == "result" else None
            elif x is not None and x.pos_ == "ADP":  # "because of X", "due to X"
                x = pobj(x)
            if x is not None and x.pos_ in ("NOUN", "PROPN"):
                return x
    return None


def borne_harm_frames(ctx: Context, si: int, sent: Span) -> list[Frame]:
    """A harm its subject bears with the policy that causes it named by a preposition of cause: "thousands of dock
    workers will lose their jobs under the new rules", "crofters will be the biggest losers from the reform",
    "5,000 jobs could be lost as a result of the privatisation", "crofters stand to lose from the reform" (FrameNet's
    Causation: the Cause in a 'because of' or 'as a result of' phrase). The one who says it warns of the policy
    when the harm is foretold and is against it when it is told as done; the cause is a policy noun
    (positions.json heads), not an actor ("under Labour") nor a market's own movement."""
    st = ctx.lex.stance
    if question(sent):
        return []
    speech, heads = ctx.lex.words("stance", "speech"), ctx.lex.words("positions", "heads")
    causes = ctx.lex.words("stance", "cause_prepositions")
    # the verbs a preposition of cause hangs on, or on whose copula's noun it hangs ("the losers from X")
    preps = [c for c in sent_tokens(sent) if c.dep_ == "prep" and c.lower_ in causes]
    verbs = sorted({x.i: x for p in preps for x in (p.head, p.head.head) if x.pos_ in ("VERB", "AUX")}.items())
    out = []
    for _, t in verbs:
        cause = _named_cause(t, st)
        if cause is None or cause.lemma_.lower() not in heads and cause.lower_ not in heads or not _borne(t, st):
            continue
        # "stand to lose": a prediction as a modal's is
        clause = t.head if t.dep_ == "xcomp" and t.head.lemma_.lower() == "stand" else t
        if negated(ctx, t) or negated(ctx, clause) or conditioned(clause, st["conditional_marks"]) \
                or target_actor(ctx, cause) or market_move(cause, ctx.lex):
            continue
        holders, _ = clause_speakers(ctx, clause, speech, si)
        if not holders:
            continue
        modal = clause is not t or any(a.dep_ in ("aux", "auxpass") and a.lower_ in st["prediction_modals"]
                                       for a in children(t))
        out.append(Frame("warns" if modal else "opposes", t.i, holders, cause.i, "speech-borne-harm", si, confidence=0.6))
    return out
