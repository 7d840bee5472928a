"""How far back a pointer in quoted or reported words may reach for the policy it judges.

'"That is simply shameful," she said' judges whatever the speaker has just spoken of: a policy named in the same
sentence or the one before. Positions (policies/positions.py) let a content-free pointer join
whatever policy is most in focus, however far back; for an evaluation read off a quotation that guess is wrong more
often than right (the quotation's "that" is a remark, an event or a claim the story does not make a node of), so a
pointer with no policy of its number named near it judges nothing the graph holds.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..policies.positions import Positions
from ..reference.actors import Context
from ..language.tokens import children

__all__ = ["far_pointer", "bare_generic"]

# "such calls" names calls of the kind just spoken of, as often a new instance as the policy in focus; a demonstrative
# noun ("these plans", "this law") points back as surely as "the plan" does and is left to positions (on 498 unseen
# articles those were right more often than wrong, however far back their policy was named)
_LIKENESS = frozenset({"such"})


def _plural(t: Token) -> bool:
    return t.tag_ in ("NNS", "NNPS")


def _pointer_number(ctx: Context, t: Token) -> str | None:
    """ "singular" or "plural" for a pronoun or a noun with a demonstrative; None for anything else."""
    if t.pos_ == "PRON" or t.lower_ in ctx.lex.positions["anaphors"] and not any(True for _ in children(t)):
        if t.lower_ not in ctx.lex.positions["anaphors"] or t.lower_ in ("which", "what"):
            return None
        return ctx.lex.positions["pronoun_number"].get(t.lower_, "singular")
    if t.pos_ in ("NOUN", "PROPN") and any(c.dep_ in ("det", "predet", "amod") and c.lower_ in _LIKENESS
                                           for c in children(t)):
        return "plural" if _plural(t) else "singular"
    return None


def far_pointer(ctx: Context, positions: Positions, cluster: int, target: Token) -> bool:
    """True when `target` is a pointer (a pronoun: "it", "that", "these"; or "such calls") whose own phrase names nothing and whose
    cluster has no policy of its number named (not by another pronoun) in its sentence or the one before."""
    number = _pointer_number(ctx, target)
    if number is None:
        return False
    own = next((m for m in positions.mentions if m.head == target.i), None)
    if own is not None and own.content:
        return False  # "these toll plans" names the plans itself
    si = ctx.sent_of[target.i]
    doc = ctx.parsed.doc  # (a paragraph break between the two sentences was tried as a bar too: it lost right edges)
    for m in positions.clusters[cluster]:
        head = doc[m.head]
        # (another pointer is no naming: a chain of "it"s is how a quotation drifts onto the wrong policy; but "the
        # move" or "the plan" just before is, and so is the policy its own clause names: "this was a shoddy budget")
        if head.pos_ == "PRON" or m.head == target.i or m.sent not in (si - 1, si):
            continue
        plural = _plural(head) or m.listed
        if (number == "plural") == plural or head.pos_ == "VERB" and number == "singular":
            return False
    return True


def bare_generic(ctx: Context, positions: Positions, cluster: int, target: Token) -> bool:
    """ "Change was vital for poor towns, he argued": a generic noun alone (positions.json generic), singular, with no
    word of its own and no policy named in its cluster, is the idea of change, not a policy taken sides on."""
    return target.pos_ == "NOUN" and target.tag_ == "NN" and target.lemma_.lower() in ctx.lex.positions["generic"] \
        and not any(True for _ in children(target)) and not any(m.content for m in positions.clusters[cluster])
