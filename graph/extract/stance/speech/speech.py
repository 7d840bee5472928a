"""Stance in quoted and reported speech: evaluations and predictions ("the plan would damage the
economy", "it is a mistake") held by the speaker of the sentence or the subject of the speech verb."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .claims import claimants, claimed
from .extraposed import judged_act
from .effects import comparison, effect, futile_act, market_move, verdict
from .fears import feared, fearer, imperils, peril_source
from .foretold import borne_harm_frames, conditional_harm_frames, foretold_frames
from ..frame import Frame, negated as is_negated
from .judged_kinds import bad_predicate, bad_trait, conduct_owner, described_as, judged_with, kind_judged, shown_trait
from ...language.lexicon import Lexicon
from ...language.misread_verbs import misread_subject
from .conduct import likeness, tried_misdeed
from .polarity import general_or_conduct, valence, valences
from .rebuttals import REBUTTED, rebutters, rebutting
from ...reference.actors import Context, actors, first_person, target_actor
from ...language.syntax import conditioned, pobj, subjects, text_of
from ..cues.verb_clauses import going_ahead
from .verdicts import norm_broken, ruling
from ...language.tokens import children, sent_tokens

__all__ = ["speech_frames"]

# VADER valence at or below which a predicate's head judges a deed against ("troubling" -2.5, "shame" -2.1)
# when the eval lists lack the word
BAD_VALENCE = 1.5


def _results(ctx: Context, t: Token, harmed: Token, cause: Token) -> bool:
    """ "profits were hit by higher costs", "sales were hurt by the strong euro": a firm's account of what moved
    its figures (positions.json market_quantities), no side on the cause, unless the cause is a policy ("hit by
    the levy") or the harm is foretold ("would be hit by")."""
    words = ctx.lex.words
    return harmed.lemma_.lower() in words("positions", "market_quantities") and cause.lemma_.lower() not in words("positions", "heads") \
        and not any(c.dep_ == "aux" and c.lower_ in ctx.lex.stance["prediction_modals"] for c in children(t))


def speech_frames(ctx: Context, si: int, sent: Span) -> list[Frame]:
    """Evaluations and predictions in quoted or reported speech: "the plan would damage the economy"."""
    speaker = ctx.speaker.get(si)
    st = ctx.lex.stance
    neg_eval, pos_eval = ctx.lex.words("stance", "negative_eval"), ctx.lex.words("stance", "positive_eval")
    frames = []
    phrase_neg = None  # read once the sentence has a clause to judge (most have none)
    speech = ctx.lex.words("stance", "speech")
    for t in sent_tokens(sent):
        misread = misread_subject(t, ctx.lex) if t.dep_ == "acl" else None
        if t.pos_ not in ("VERB", "AUX") or t.dep_ not in ("ROOT", "ccomp", "conj", "xcomp") and misread is None \
                and not _told_that(t, speech) and not feared(t, ctx.lex) and not _judging_relative(t) and not claimed(t, ctx) \
                and not rebutters(ctx, t):
            continue
        if t.lemma_.lower() in speech or _quoting(t, speech):
            continue
        if any(conditioned(a, st["conditional_marks"]) for a in (t, *t.ancestors)):
            continue  # "nobody knew if it worked", "if the board were to judge the levy fair": asked or supposed, no claim
        if phrase_neg is None:
            low_text = text_of(sent).lower()
            # a phrasal verb of the list split by its object ("has let the farmers down", which the parser often reads
            # as a small clause "[the farmers down]") counts as written together
            phrase_neg = ctx.lex.negative_phrase_in(low_text) or any(f"{x.lemma_.lower()} {c.lower_}" in
                ctx.lex.words("stance", "negative_phrases") for x in sent_tokens(sent) if x.pos_ == "VERB"
                for c in children(x) if c.dep_ in ("prt", "ccomp", "xcomp", "advmod") and c.i > x.i + 1)
        # (a gerund subject is an act judged: "said cutting the levy would be a mistake")
        subj = [misread] if misread is not None else [
            c for c in children(t) if c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "csubj" and c.tag_ == "VBG"
            and not any(x.dep_ in ("aux", "nsubj") for x in children(c))]
        # "There can be no Front": the speaker wants the actor gone
        if any(c.dep_ == "expl" for c in children(t)):
            for c in children(t):
                if c.dep_ == "attr" and any(d.lower_ == "no" for d in children(c)) \
                        and target_actor(ctx, c) and ctx.res.kind.get(target_actor(ctx, c)) in ("org", "party", None):
                    frames.append(Frame("opposes", t.i, [-1], c.i, "speech-existential-negation", si, confidence=0.6))
            continue
        if not subj and t.dep_ == "conj" and t.head.lemma_.lower() in speech:
            # "agreed the 1701 Act ... was discriminatory", parsed as object + a second verb:
            # the object is what the clause is about
            subj = [c for c in children(t.head) if c.dep_ == "dobj" and c.i < t.i]
        if not subj and t.dep_ == "conj" and t.head.pos_ == "VERB" and t.head.lemma_.lower() not in speech \
                and any(c.dep_ == "aux" and c.lower_ in st["prediction_modals"] for c in children(t)):
            # "the relief will apply to new fields, and will improve their economics": a second verb foretold of the
            # first one's subject
            # (not after a passive: "confidence has been heightened and could lead to X" says what befell it)
            # (nor after a relative "that": "a plan that won't deal with X but will deal with Y" describes the plan)
            subj = [c for c in children(t.head) if c.dep_ == "nsubj" and c.i < t.head.i and c.tag_ not in ("WDT", "WP")
                    and c.lower_ != "that"]
        if not subj and t.dep_ == "ccomp" and (t.head.lemma_.lower() in speech and any(
                c.dep_ == "aux" and c.lower_ in st["prediction_modals"] for c in children(t)) or rebutting(ctx, t.head) or t.head.lemma_.lower()
                in speech and t.lemma_ == "be" and any(c.dep_ == "acomp" for c in children(t))):
            # "warned the reform would weaken pensions", "said the rule, set in May, was too strict": object + a clause with no subject
            subj = [c for c in children(t.head) if c.dep_ == "dobj" and c.i < t.i and c.pos_ in ("NOUN", "PROPN")]
        if not subj:
            frames += _deed_judged(ctx, t, si, speaker)
            continue
        s = subj[0]
        # "families will be hurt by the levy": the harm's cause is its agent, not the ones who suffer it
        agent = [g for c in children(t) if c.dep_ == "agent" for g in children(c) if g.dep_ == "pobj"]
        cause = agent[0] if s.dep_ == "nsubjpass" and agent and effect(t, t.lemma_.lower(), st) else peril_source(t, st)
        if cause is not None and _results(ctx, t, subj[0], cause):
            continue
        if s.dep_ == "nsubjpass" and cause is None and any(t.lemma_.lower() in st[k] for k in (
                "remedy_verbs", "lessening_verbs", "decrease_verbs", "increase_verbs", "lifting_verbs")):
            continue  # "said the ban would be eased": what is done to the subject by no one named is no effect it has
        s = cause if cause is not None else s
        if market_move(s, ctx.lex):
            continue
        charge = _charge(ctx, t, s, st) or _judged_actor(ctx, t, s, st)
        owner = conduct_owner(ctx, s) if charge is None and t.lemma_ == "be" else None
        value = _judgement(ctx, t) if owner is not None and _reporter(ctx, t) else 0
        if value:  # "said the board's handling of the levy was a shambles": the board's conduct, so the board
            charge = Frame("supports" if value > 0 else "opposes", t.i, _reporter(ctx, t), owner.i, "speech-judged-conduct", si, confidence=0.6)
        if charge is not None:
            frames.append(charge)
            continue
        if first_person(ctx, s) or (ctx.res.by_token.get(s.i, "").startswith("person/") and not phrase_neg):
            continue
        negated = any(c.dep_ == "neg" for c in children(t))
        modal = any(c.dep_ == "aux" and c.lower_ in st["prediction_modals"] for c in children(t))
        lemma = norm_broken(ctx, t) or t.lemma_.lower()
        # the judgement is in the predicate: "the important thing was X" judges nothing (read only of "be")
        words = _predicate_words(t, s, st) if lemma == "be" else set()
        s = _condition(t, s, st, ctx.lex)
        judged = [c for c in children(t) if c.dep_ in ("attr", "acomp")]
        # ("it was right to freeze the levy": an adjective of rightness judges the act as a bad word does; not
        # "it is important to know X", which says what matters, nor "our right to", an entitlement)
        right = any(c.dep_ == "acomp" and c.lower_ in st["rightness_adjectives"] for c in judged)
        if s.lower_ == "it" and lemma == "be" and (words & neg_eval or right) and not any(
                g.dep_ == "poss" for c in judged for g in children(c)):
            # "it would be a mistake to raise the levy", "it was unwise to scrap it": the act is judged (not
            # "it is our right to use ...", an entitlement, nor an act done to an actor: "wrong to punish X")
            s = judged_act(ctx, [t] + judged) or s
        if s.lower_ == "it" and (any(c.dep_ in ("xcomp", "ccomp", "csubj") or c.dep_ == "advcl" and any(
                m.lower_ in ("if", "that", "when", "for") for m in children(c)) for c in children(t)) or any(
                g.dep_ in ("acl", "relcl", "xcomp", "ccomp") for c in children(t) if c.dep_ in ("attr", "acomp") for g in children(c))):
            continue  # "it is our right to use ...", "it was wrong to suggest that ...": an extraposed clause, not the policy in focus
        if target_actor(ctx, s) and not (phrase_neg or (lemma == "be" and words & neg_eval)):
            continue  # "Labour are creating two Britains" is a charge only when it says so in words
        if lemma == "be" and not any(c.dep_ in ("attr", "acomp") for c in children(t)) \
                and any(c.dep_ == "ccomp" for c in children(t)):
            continue  # "the odd part is that the costs come last": the words judge what follows
        relation = None
        # "the deficit was too large", "the rules are overly stringent": excess is a judgement against
        excessive = any(c.dep_ == "acomp" and c.pos_ == "ADJ" and any(
            g.dep_ == "advmod" and g.lower_ in st["excess_adverbs"] for g in children(c)) for c in children(t))
        compared, other = comparison(t, st, valences()) if not negated else (0, None)
        if compared:
            relation = "supports" if compared > 0 else "opposes"  # "a carbon tax is fairer than the levy"
        elif lemma == "be":
            if words & neg_eval or phrase_neg or excessive or cause is not None or _predicate_noun(t, st["harm_nouns"]) \
                    or not (negated or modal) and bad_predicate(t, s, ctx.lex):
                # a prediction ("such a move would be a mistake") warns; a judgement opposes
                relation = "supports" if negated and not phrase_neg else "warns" if modal else "opposes"
            elif words & pos_eval or right and s.pos_ == "VERB" or _predicate_noun(t, st["verdict_nouns"]) or _predicate_noun(t, st["benefit_nouns"]):
                # "the levy is not fair", "was not the right one": a good word denied judges against
                relation = "opposes" if negated else "supports"
            else:
                # "the levy was likely to hurt farms", "is bound to backfire": a prediction with no modal
                act = [x for c in children(t) if c.dep_ == "acomp" and c.lower_ in st["likelihood_adjectives"]
                       for x in children(c) if x.dep_ == "xcomp" and x.pos_ == "VERB"]
                outcome = effect(act[0], act[0].lemma_.lower(), st) if act and not negated else ""
                relation = {"harm": "warns", "benefit": "supports"}.get(outcome)
        elif t.tag_ == "VBN" and (t.lower_ in neg_eval or t.lower_ in pos_eval) and any(c.dep_ == "auxpass" for c in children(t)):
            # "the rules were skewed towards big farms", "a ban is not justified": a passive judges as its adjective does
            relation = "opposes" if t.lower_ in neg_eval or negated else "supports"
        elif lemma == "make" and any(c.dep_ == "dobj" and c.lower_ == "difference" and any(
                d.lower_ == "no" for d in children(c)) for c in children(t)):
            relation = "opposes"  # "the levy would make no difference to congestion": futile, a verdict against it
        elif verdict(t, st):
            # "the levy would not work", "makes no sense": a verdict on whether it works
            relation = "supports" if (verdict(t, st) > 0) != negated else "opposes"
        elif (act := futile_act(t, st)) is not None:
            relation = "opposes" if effect(act, act.lemma_.lower(), st) == "benefit" else None
        elif modal or lemma in st["consequence_verbs"]:
            outcome = effect(t, lemma, st)
            # "lifting the ban would send the wrong signal": a phrase of the list foretold warns
            relation = {"harm": "warns", "benefit": "supports"}.get(outcome) or ("warns" if phrase_neg and modal else None)
            if relation == "warns" and not modal and t.tag_ in ("VBD", "VBN"):
                # "the levy had caused hardship": a harm told as done is a charge, not a warning; not one said of
                # "any change" or of "their actions" (polarity.general_or_conduct; a gerund is the act itself)
                relation = None if s.pos_ == "NOUN" and general_or_conduct(ctx, s) else "opposes"
            if negated and modal and outcome == "benefit":
                relation = "opposes"  # "said the levy would not help farmers": a good effect denied judges against
        elif phrase_neg:
            relation = "opposes"
        elif (any(lemma in st[k] for k in ("harm", "benefit", "lessening_verbs", "remedy_verbs", "impact_verbs", "resulting_state_verbs",
                                            "expelling_verbs"))
              or imperils(t, st)) and (cause is not None or any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "against" for c in children(t))):
            # "the levy hurts small farms", "subsidies damage the market", "the levy puts farms at risk", "the toll
            # has driven shoppers away", "has forced shops to close": an effect said as a fact judges its cause; a
            # harm denied ("the levy does not breach the rules") judges nothing, a good denied ("does not help
            # farmers") judges against
            outcome = effect(t, lemma, st)
            relation = ("opposes" if outcome == "benefit" else None) if negated else \
                {"harm": "opposes", "benefit": "supports"}.get(outcome)
        elif lemma in st["harm"] and any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in children(t)):
            relation = "warns"  # "the levy risks driving firms away", "threatens to derail the talks": a harm foreseen
        verb = reporting_verb(ctx, t)
        if verb is not None and is_negated(ctx, verb):
            continue  # "did not say how much the plan would cost", "declined to say if it would work": no claim
        reporter = reported_by(ctx, verb)  # (_reporter's, its verb found once)
        if verb is not None and verb.dep_ in ("xcomp", "advcl", "acl") and not reporter \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb)):
            continue  # "Ward said Kent was mistaken to claim the levy was unfair": Kent's claim, not the speaker's
        if verb is not None and not reporter and _others_said(ctx, verb):
            continue  # "Ward said some people thought the levy was unfair": theirs, whom the story does not name
        holders = claimants(ctx, t) if claimed(t, ctx) else reporter or fearer(ctx, t, st) or ([-1] if speaker else [])
        if relation and not (negated and relation != "opposes"):
            target = _antecedent_of_relative(s)
            rejecters = rebutters(ctx, t)
            if rejecters:  # "denied the levy would hurt farms": the opposite side to the claim (rebuttals.py)
                frames.append(Frame(REBUTTED[relation], t.i, rejecters, target.i, "speech-rebuttal", si, confidence=0.6))
                holders = [h for h in holders if h not in rejecters]  # ("fears that ... are groundless, Kent said")
            if holders:
                frames.append(Frame(relation, t.i, holders, target.i, "speech-evaluation", si, confidence=0.6))
            if holders and lemma == "be" and relation != "warns" and judged_with(ctx, t):  # ("a non-starter with the board")
                frames.append(Frame(relation, t.i, judged_with(ctx, t), target.i, "speech-judged-with", si, confidence=0.6))
            if holders and compared > 0 and not target_actor(ctx, other):  # and against the thing it beats
                frames.append(Frame("opposes", t.i, holders, other.i, "speech-evaluation", si, confidence=0.6))
    return frames + foretold_frames(ctx, si, sent) + conditional_harm_frames(ctx, si, sent) + borne_harm_frames(ctx, si, sent)


def _predicate_words(t: Token, s: Token, st: dict) -> set[str]:
    """The words (forms and lemmas) of a copula's clause outside its subject `s`: what it predicates."""
    subject_span = range(s.left_edge.i, s.right_edge.i + 1)
    # a clause joined on judges its own subject ("fair and that the levy was a disaster"); a time or a condition nothing
    joined = {x.i for c in children(t) if c.dep_ == "conj" and any(g.dep_ in ("nsubj", "nsubjpass") for g in children(c))
              or c.dep_ == "advcl" and conditioned(c, st["conditional_marks"])
              for x in c.subtree} | {x.i for c in t.subtree if c.dep_ == "prep" and pobj(c) is not None
                                     and pobj(c).lemma_.lower() in st["time_nouns"] for x in c.subtree}
    return {w for x in t.subtree if x.i not in subject_span and x.i not in joined for w in (x.lemma_.lower(), x.lower_)}


def _judging_relative(t: Token) -> bool:
    """ "said the rail link, which is vital to the town, must stay": a copular relative clause on a thing judges
    the thing its pronoun stands for, in the words of the one who reports it."""
    return t.dep_ == "relcl" and t.lemma_ == "be" and any(
        c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in children(t)) and any(c.dep_ in ("acomp", "attr") for c in children(t))


def _predicate_noun(t: Token, nouns: list[str]) -> bool:
    """ "the levy is the answer", "would be a boost for farms", "a burden on families": the copula's noun, said of
    the subject itself."""
    return any(c.dep_ == "attr" and c.lemma_.lower() in nouns for c in children(t))


def _condition(t: Token, s: Token, st: dict, lex: Lexicon) -> Token:
    """ "if the levy goes ahead, it would hurt farms": the 'it' of a prediction is the policy its condition
    brings about; not the failure of what the condition names ("if the talks fail, it would hurt")."""
    if s.lower_ != "it" or not any(c.dep_ == "aux" and c.lower_ in st["prediction_modals"] for c in children(t)):
        return s
    return going_ahead(t, lex) or s


def _judgement(ctx: Context, t: Token) -> int:
    """+1 or -1 for what a copula t predicates by the eval words (the predicate's head and its own modifiers:
    "a disgrace", "deeply troubling"), or -1 by VADER's valence of a bad head the lists lack; 0 for none.
    A "not" turns a good word round; a bad word denied judges nothing either way."""
    neg_eval, pos_eval = ctx.lex.words("stance", "negative_eval"), ctx.lex.words("stance", "positive_eval")
    heads = [c for c in children(t) if c.dep_ in ("attr", "acomp")]
    if len(heads) != 1 or any(c.dep_ == "poss" for c in children(heads[0])):
        return 0  # "what they did is their right": an entitlement, no judgement
    head = heads[0]
    words = {w for x in [head] + [c for c in children(head) if c.dep_ in ("amod", "compound")]
             for w in (x.lower_, x.lemma_.lower())}
    value = -1 if words & neg_eval else 1 if words & pos_eval else 0
    if not value and valence(head) <= -BAD_VALENCE:
        value = -1  # only VADER's bad words: its good ones hold words of truth ("it is true/clear that ...")
    if any(c.dep_ == "neg" for c in list(children(t)) + list(children(head))):
        value = -1 if value > 0 else 0
    return value


def _deed_judged(ctx: Context, t: Token, si: int, speaker) -> list[Frame]:
    """ "what the board is doing is wrong", '"What Labour proposes is a disgrace," said X': a deed named by a free
    relative and judged is a judgement of its doer."""
    deed = [c for c in children(t) if c.dep_ == "csubj" and any(
        g.lower_ == "what" and g.dep_ in ("dobj", "attr") for g in children(c))]
    if t.lemma_ != "be" or len(deed) != 1:
        return []
    value = _judgement(ctx, t)
    doers = [x for x in children(deed[0]) if x.dep_ == "nsubj" and target_actor(ctx, x)]
    holders = _reporter(ctx, t) or ([-1] if speaker else [])
    if not value or len(doers) != 1 or first_person(ctx, doers[0]) or not holders:
        return []
    return [Frame("supports" if value > 0 else "opposes", t.i, holders, doers[0].i, "speech-deed", si,
                  confidence=0.6)]


def _told_that(t: Token, speech: set[str]) -> bool:
    """ "told a party gathering that the policies would cause failure": the parser hangs the that-clause on the
    one told, as if it said which gathering; it is what was told."""
    return t.dep_ == "acl" and t.head.dep_ in ("dobj", "dative") and t.head.head.lemma_.lower() in speech \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in children(t)) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in children(t))


def _quoting(t: Token, speech) -> bool:
    """ "the agency quoted the minister as saying the levy was a mistake": the outlet only passes the words on (its verb
    hangs the speech verb on "as"); it is not what the words judge."""
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pcomp" and g.lemma_.lower() in speech for g in children(c))
               for c in children(t))


def _antecedent_of_relative(s: Token) -> Token:
    """ "savings, which Moss claimed were distorted": "which" is the savings."""
    if s.lower_ not in ("which", "that"):
        return s
    for a in s.ancestors:
        if a.dep_ == "relcl":
            return a.head
    return s


def _others_said(ctx: Context, verb: Token) -> bool:
    """A speech or belief verb reported inside another's speech whose subject is a noun that names no actor ("said
    some people thought", '"Critics claim it is unfair," she said'): the clause is theirs, not the speaker's. A fear
    relayed is voiced ("shop owners fear X will hurt trade, the chamber said": the chamber warns; stance.json fear_nouns)."""
    return verb.lemma_.lower() not in ctx.lex.stance["fear_nouns"] and reporting_verb(ctx, verb) is not None and any(
        s.pos_ in ("NOUN", "PROPN") and not actors(ctx, s, ctx.sent_of[verb.i]) for s in subjects(verb))


def reporting_verb(ctx: Context, t: Token) -> Token | None:
    """The speech or belief verb the clause of `t` is reported under: its nearest such ancestor."""
    speech = ctx.lex.words("stance", "speech")
    return next((a for a in t.ancestors if (a.lemma_.lower() in speech or ruling(ctx, a)) and a.pos_ in ("VERB", "AUX")), None)


def reporters(ctx: Context, verb: Token) -> list[Token]:
    """The subjects of a reporting verb that name actors."""
    return [x for x in subjects(verb) if actors(ctx, x, ctx.sent_of[verb.i])]


def reported_by(ctx: Context, verb: Token | None) -> list[int]:
    """The token indices of a reporting verb's subjects that name actors; none without a verb."""
    return [x.i for x in reporters(ctx, verb)] if verb is not None else []


def _reporter(ctx: Context, t: Token) -> list[int]:
    """The subject of the speech verb this clause is reported under, when it names an actor."""
    return reported_by(ctx, reporting_verb(ctx, t))


def _charge(ctx: Context, t: Token, s: Token, st: dict) -> Frame | None:
    """ "Tom Roe lied, say the Greens", "the Greens claim he used her as a shield", "the two men are
    behaving like quarrelling children": a misdeed reported of an actor is the reporter's charge against it; in a
    clause of complaint any deed is ("complained that the Fund had set harsh terms")."""
    lemma = norm_broken(ctx, t) or tried_misdeed(t, st) or t.lemma_.lower()
    likened = lemma in st["likening_verbs"] and any(c.dep_ == "prep" and c.lower_ in ("like", "as if") for c in children(t))
    complained = t.dep_ == "ccomp" and t.head.lemma_.lower() in st["complaining_verbs"] and t.lemma_ != "be"
    if not complained and (not (lemma in st["misdeed_verbs"] or likened and likeness(t) <= 0) or any(c.dep_ == "neg" for c in children(t))):
        # (one likened to a good thing, "acted like a true statesman", is praised: conduct.py)
        return None
    victims = [s] + list(s.conjuncts)
    if not all(target_actor(ctx, v) or ctx.res.by_token.get(v.i, "").startswith(("person/", "institution/")) or
               v.lower_ in ("he", "she", "they") for v in victims):
        return None
    holders = _reporter(ctx, t)
    if not holders:
        return None
    si = ctx.sent_of[t.i]
    return Frame("opposes", t.i, holders, s.i, "speech-charge", si, confidence=0.6)


def _judged_actor(ctx: Context, t: Token, s: Token, st: dict) -> Frame | None:
    """ "Lund said Mr Roe was wrong to say so", "Moss said the group had done a fine job": an actor
    judged in reported speech is the reporter's side on it — the judgement said of the actor itself, not of
    something in its clause ("X was wrong" or "did a fine job", not "X said the plan was wrong")."""
    if any(c.dep_ == "mark" and c.lower_ in st["conditional_marks"] for c in children(t)) or first_person(ctx, s):
        return None  # "questioned whether Ruritania would succeed" judges no one
    denied = any(c.dep_ == "neg" for c in children(t))  # ("was not a good leader": praise denied is blame)
    lemma = t.lemma_.lower()
    if lemma == "be":
        words = {w for c in children(t) if c.dep_ in ("acomp", "attr") for w in (c.lower_, c.lemma_.lower())}
    elif lemma == "do":
        words = {w for c in children(t) if c.dep_ == "dobj" and c.lemma_.lower() in st["work_nouns"]
                 for g in children(c) if g.dep_ == "amod" for w in (g.lower_, g.lemma_.lower())}
    else:
        words = set()
    if lemma == "be":
        words |= {w for a in described_as(t, st) for w in (a.lower_, a.lemma_.lower())}
    relation = "opposes" if words & ctx.lex.words("stance", "negative_eval") else "supports" if words & ctx.lex.words("stance", "positive_eval") else None
    if relation is None and lemma == "be" and bad_trait(t, st):
        relation = "opposes"
    reporter = reporting_verb(ctx, t)
    if relation is None and lemma == "be" and getattr(reporter, "i", None) == t.head.i:
        relation = kind_judged(t, st)  # (said of it by the speaker, not in a clause of the speaker's: "it was sad that X was a rich land")
    advised = getattr(reporter, "lemma_", "").lower() in st["advising_verbs"]
    if relation is None and lemma not in ("be", "do") and not advised:
        relation = shown_trait(ctx, t)  # ("suggested the party shows more care": advice, no judgement)
    if relation is None or denied and relation != "supports":
        return None  # ("was not wrong" is no praise)
    if not (target_actor(ctx, s) or ctx.res.by_token.get(s.i, "").startswith(("person/", "institution/"))):
        return None
    holders = _reporter(ctx, t)
    if not holders:
        return None
    return Frame("opposes" if denied else relation, t.i, holders, s.i, "speech-judged-actor", ctx.sent_of[t.i], confidence=0.6)
