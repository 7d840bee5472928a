"""What a speaker says an actor is or how it acted, with no stance verb: "said Roe was a decent and honest man",
"said Roe was a coward" (the kind the copula puts the actor in, weighed by its adjectives), and "said the board's
handling of the levy was a fiasco", "said the way the board had handled it was a shambles" (its conduct judged, so
the actor). Polarity is the eval lists' (stance.json negative_eval / positive_eval) or VADER's valence (the
vaderSentiment package) as for a characterising verb's judgement."""
from __future__ import annotations

from spacy.tokens import Token

from .polarity import feeling, valence, valences
from ...reference.actors import Context, first_person, target_actor
from ...language.syntax import pobj
from ...language.tokens import children
from .verdicts import deed_givers

__all__ = ["bad_predicate", "bad_trait", "shown_trait", "described_as", "kind_judged", "conduct_owner", "judged_with", "JUDGING_VALENCE"]

# VADER valence a judgement the eval lists lack needs, as speech.py's BAD_VALENCE and verb_phrases.JUDGED_VALENCE
# ("a coward" -2.0, "an honest man" 2.3; not "a victim" -1.1)
JUDGING_VALENCE = 1.5
# VADER valence a copula's head needs to judge a policy against by itself ("disappointing" -2.2, "regrettable"
# -2.3, "pathetic" -2.7), more than for an actor's kind: a milder word is as often a report of a state ("difficult"
# -1.5, "weak" -1.9, "painful" -1.9) as a judgement
PLAINLY_BAD = 2.0


def described_as(t: Token, st: dict) -> list[Token]:
    """The adjectives of the kind a copula puts its subject in ("was a decent, honest and dedicated public servant",
    "is a weak leader"), not of one who takes a side ("a strong critic of the levy": stance.json agentive_nouns)
    nor of a plight ("a serious problem": predicament_nouns)."""
    kinds = [c for c in children(t) if c.dep_ == "attr" and c.pos_ == "NOUN" and c.lemma_.lower() not in st["agentive_nouns"]
             and c.lemma_.lower() not in st["predicament_nouns"]]
    if len(kinds) != 1 or any(c.dep_ in ("poss", "neg") for c in children(kinds[0])):
        return []
    adjectives = [c for c in children(kinds[0]) if c.dep_ == "amod" and c.pos_ == "ADJ" and c.i < kinds[0].i]
    return adjectives + [g for a in adjectives for g in a.conjuncts if g.pos_ == "ADJ"]


def kind_judged(t: Token, st: dict) -> str | None:
    """ "said Roe was a decent and honest man", "was a coward": VADER's valence of the kind's adjectives, and of the
    kind itself when it is bad (a good noun is most often only a role: "a party" 1.7, "the beneficiaries" 1.8), as a
    characterising verb's judgement is weighed; a kind denied ("no longer an asset") or foretold ("might be the
    winners", "should be a haven") judges nothing."""
    adjectives = described_as(t, st)
    kind = next((c for c in children(t) if c.dep_ == "attr"), None)
    if kind is None or kind.pos_ != "NOUN" or not adjectives and kind.lemma_.lower() in st["agentive_nouns"] \
            or any(c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" or c.lower_ in st["negators"]
                   or c.lower_ == "longer" for x in (t, kind) for c in children(x)):
        return None
    value = sum(valence(x) for x in adjectives) + min(valence(kind), 0.0)
    return "opposes" if value <= -JUDGING_VALENCE else "supports" if value >= JUDGING_VALENCE else None


def conduct_owner(ctx: Context, s: Token) -> Token | None:
    """The actor whose conduct the subject s names: the owner of a noun of conduct ("the board's handling of the
    levy", "the handling of the levy by the board": stance.json manner_nouns), or the doer in "the way the board
    (had) handled it"; not the speaker's own side."""
    owners = deed_givers(ctx, s)  # ("said the court's ruling was disappointing": a verdict is its giver's deed)
    if s.lemma_.lower() not in ctx.lex.words("stance", "manner_nouns") and not owners:
        return None
    owners = owners or [c for c in children(s) if c.dep_ == "poss"] + [
        pobj(c) for c in children(s) if c.dep_ == "prep" and c.lower_ == "by" and pobj(c) is not None]
    if s.lemma_.lower() == "way":
        owners = [g for c in children(s) if c.dep_ == "relcl" for g in children(c) if g.dep_ == "nsubj"]
    owner = owners[0] if len(owners) == 1 else None
    if owner is None or first_person(ctx, owner) or not target_actor(ctx, owner):
        return None
    return owner


def bad_trait(t: Token, st: dict) -> bool:
    """ "said the board was arrogant", "was utterly incompetent": a bad trait the eval lists lack, by VADER's valence
    of the one predicate adjective; not a feeling (a participle "frustrated", an adjective cue "angry", or one
    with its cause after it, "bitter about the cuts"), which is the actor's own side, not the speaker's."""
    heads = [c for c in children(t) if c.dep_ == "acomp"]
    if len(heads) != 1 or heads[0].pos_ != "ADJ" or heads[0].tag_ == "VBN" or heads[0].lower_.endswith("ed") \
            or heads[0].lemma_.lower() in st["adjectives"] or feeling(heads[0], st) \
            or any(c.dep_ in ("prep", "ccomp", "xcomp", "neg") for c in children(heads[0])):
        return False
    return valences().get(heads[0].lower_, 0.0) <= -JUDGING_VALENCE


def bad_predicate(t: Token, s: Token, lex) -> bool:
    """ "said the levy was deeply disappointing", "was a regrettable idea", "was pathetic": the one head a copula
    predicates of a policy (positions.json heads), or the adjectives of its noun, plainly bad by VADER's valence
    (PLAINLY_BAD) where the eval lists lack the word; not a feeling ("was worried") nor a plight ("a serious
    problem"), nor a thing that is no policy ("things are difficult", "the distinction is meaningless")."""
    st, heads_ = lex.stance, lex.words("positions", "heads") | lex.words("positions", "salient_heads")
    heads = [c for c in children(t) if c.dep_ in ("attr", "acomp")]
    if s.pos_ != "NOUN" or s.lemma_.lower() not in heads_ and s.lower_ not in heads_ \
            or len(heads) != 1 or heads[0].pos_ not in ("ADJ", "NOUN") or feeling(heads[0], st) \
            or heads[0].lemma_.lower() in st["predicament_nouns"] or any(c.dep_ in ("poss", "neg") for c in children(heads[0])):
        return False
    head = heads[0]
    adjectives = [c for c in children(head) if c.dep_ == "amod" and c.pos_ == "ADJ"] if head.pos_ == "NOUN" else []
    return min([valence(head)] + [sum(valence(a) for a in adjectives)]) <= -PLAINLY_BAD


def shown_trait(ctx: Context, t: Token) -> str | None:
    """ "said Roe had shown real courage", "had displayed weak leadership", "showed no judgement": a quality an
    actor shows (stance.json showing_verbs), good or bad by VADER's valence of the noun and its adjectives, turned
    by a 'no'; not a side others take or the shower takes ("showed support for", "interest in": stance.json nouns,
    or a noun with its object), nor a figure ("showed a profit": positions.json market_quantities)."""
    st = ctx.lex.stance
    if t.lemma_.lower() not in ctx.lex.words("stance", "showing_verbs"):
        return None
    shown = [c for c in children(t) if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    if len(shown) != 1 or shown[0].lemma_.lower() in st["nouns"] \
            or shown[0].lemma_.lower() in ctx.lex.words("positions", "market_quantities") \
            or any(c.dep_ in ("prep", "nummod", "poss", "acl", "relcl") for c in children(shown[0])):
        return None
    noun = shown[0]
    value = sum(valence(x) for x in [noun] + [c for c in children(noun) if c.dep_ == "amod"])
    if any(c.dep_ == "det" and c.lower_ == "no" for c in children(noun)):
        value = -value
    return "opposes" if value <= -JUDGING_VALENCE else "supports" if value >= JUDGING_VALENCE else None


def judged_with(ctx: Context, t: Token) -> list[int]:
    """ "said the levy was a non-starter with the cabinet": the body a copula's
    judgement is said to hold among takes its side too; only a head the eval lists hold (stance.json negative_eval,
    positive_eval), not "a problem with the board" or "a deal with X", which name no one's view."""
    words = ctx.lex.words("stance", "negative_eval") | ctx.lex.words("stance", "positive_eval")
    heads = [c for c in children(t) if c.dep_ in ("attr", "acomp") and c.lower_ in words]
    return [g.i for h in heads for c in children(h) if c.dep_ == "prep" and c.lower_ == "with"
            for g in children(c) if g.dep_ == "pobj" and target_actor(ctx, g) and not first_person(ctx, g)]
