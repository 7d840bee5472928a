"""A misgiving a speaker states as a feeling that exists: '"There is real anger over the closure," Holt said', "Holt
said there was genuine concern about the levy". The existential clause names no one who holds the noun cue (stance.json
nouns of opposing and warning: anger, opposition, concern ...), so no noun rule reads it; the one who voices it is the
one who takes it up, as with an evaluation said of a policy (speech.py). A holder named with the noun ("among
residents", "from the unions", "Labour anger") is the noun rule's, and a noun with no target is no side; support said
to exist, or a feeling said to be widespread, is reported as others' (tests/test_answered_feelings_battery.py)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..frame import Frame, negated
from .polarity import clause_speakers, quoted
from ...reference.actors import Context, target_actor
from ...language.syntax import pobj
from ...language.tokens import children, sent_tokens

__all__ = ["existential_frames"]

# the prepositions that name who holds a noun cue (cue_nouns.noun_frames), and the modifiers that may name a body
_HOLDER_PREPS = ("from", "by", "among", "within", "in")
_HOLDER_DEPS = ("poss", "compound", "amod", "nmod")
# adjectives of how far a feeling has spread: "there is widespread anger over X" reports others' feeling
_SPREAD = ("widespread", "growing", "mounting", "increasing", "rising", "broad", "general", "public", "popular", "wide")


def existential_frames(ctx: Context, si: int, sent: Span) -> list[Frame]:
    st = ctx.lex.stance
    conceded = ctx.lex.words("stance", "conceding_verbs") | ctx.lex.words("stance", "rebutting_verbs")
    out = []
    for t in sent_tokens(sent):
        if t.pos_ not in ("VERB", "AUX") or t.lemma_ != "be" or not any(c.dep_ == "expl" for c in children(t)) \
                or any(c.dep_ == "aux" and c.tag_ == "MD" for c in children(t)):
            continue  # ("there could be fury over X" foretells others' feeling, held by no one yet)
        for noun in (c for c in children(t) if c.dep_ in ("attr", "nsubj") and c.pos_ == "NOUN"):
            lemma = noun.lemma_.lower()  # (a plan, a call or a bid that exists is someone's act, not the sayer's feeling)
            relation = None if lemma in st["possessive_only_nouns"] or lemma in st["pressing_nouns"] else st["nouns"].get(lemma)
            if relation in (None, "supports") or _own_holder(ctx, noun) or any(
                    c.dep_ == "det" and c.lower_ == "no" or c.dep_ == "amod" and c.lower_ in _SPREAD for c in children(noun)):
                continue  # ("there is support for X", "widespread anger over X": others' feeling, reported)
            target = next((pobj(c) for c in children(noun) if c.dep_ == "prep" and c.lower_ in st["noun_preps"][relation]
                           and pobj(c) is not None and pobj(c).ent_type_ not in ("DATE", "TIME")), None)
            if target is None:
                continue
            holders, _ = clause_speakers(ctx, t, ctx.lex.words("stance", "speech"), si)
            if not holders and ctx.speaker.get(si) and quoted(t, sent.start):
                holders = [-1]  # a quotation's clause the parser hung under another of its clauses is still the speaker's
            # ("acknowledged there were concerns about X" grants others' misgiving, "denied there was anger" rebuts it)
            if holders and not (t.dep_ == "ccomp" and t.head.lemma_.lower() in conceded):
                out.append(Frame(relation, noun.i, holders, target.i, "speech-existential", si, negated=negated(ctx, t),
                                 confidence=0.6))
    return out


def _own_holder(ctx: Context, noun: Token) -> bool:
    """The noun names who holds it: "support among residents", "anger from the unions", "Labour anger"."""
    return any(c.dep_ == "prep" and c.lower_ in _HOLDER_PREPS for c in children(noun)) or any(
        c.dep_ in _HOLDER_DEPS and target_actor(ctx, c) for c in children(noun))
