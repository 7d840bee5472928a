"""A Frame: one stance cue read from the parse, with its holders and its target, before targets become
positions or actors; and the negation test every cue rule shares."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..reference.actors import Context
from ..language.lexicon import load_lexicon
from ..language.tokens import children, tokens

__all__ = ["Frame", "OPPOSITE", "add_holders", "holder_tokens", "negated", "ruled_out", "for_now", "compelled", "not_yet",
           "hedged_denial"]

# the other side, where a construction turns the side its cue takes ("announced that the levy would be scrapped")
OPPOSITE = {"supports": "opposes", "opposes": "supports"}


@dataclass
class Frame:
    relation: str
    cue: int
    holders: list[int]
    target: int | None
    rule: str
    sent: int
    negated: bool = False
    target_is_clause: bool = False
    confidence: float = 0.7
    clause: int | None = None  # the verb of an object clause ("confirmed [waste will be stored in the UK]")
    aside: bool = False  # its target is a view's own clause ("grain should be cheap"), never what "the plan" points at
    bodies: tuple[str, ...] = ()  # entity ids holding the side beside the holders: the body a speaker's "we" is


def holder_tokens(f: Frame, doc) -> list[Token]:
    """The frame's holders as tokens: until find_frames ends, rules give tokens or token indexes (-1, the speaker of a
    quotation, is no token)."""
    toks = tokens(doc)
    return [h if isinstance(h, Token) else toks[h] for h in f.holders if isinstance(h, Token) or h >= 0]


def add_holders(f: Frame, more: list[Token]) -> None:
    """Adds, in place, the tokens to the frame's holders that it does not hold already."""
    known = {h if isinstance(h, int) else h.i for h in f.holders}
    f.holders = list(f.holders) + [t for t in more if t.i not in known]



def negated(ctx: Context, t: Token) -> bool:
    """Whether t is denied ("did not back", "neither backs nor opposes", "no longer supports", "any" under a
    negation): rule after rule asks it of the same verb, and the pair stage of every pair's target, so each token of
    the article's Doc is answered once (the answer reads nothing but the parse and the lexicon, fixed by then)."""
    if t.doc is not ctx.parsed.doc:
        return _negated(ctx, t)
    found = ctx.negations.get(t.i)
    if found is None:
        found = ctx.negations[t.i] = _negated(ctx, t)
    return found


def _negated(ctx: Context, t: Token) -> bool:
    neg = ctx.lex.words("stance", "negators")
    negating = ctx.lex.words("stance", "negating_verbs")
    if any(c.dep_ == "neg" or c.lower_ in neg and c.dep_ in ("neg", "advmod", "det") for c in children(t)):
        return True
    if any(c.dep_ in ("nsubj", "nsubjpass") and (any(g.lower_ == "neither" and g.i < c.i for g in children(c))
                                                  or c.lower_ in ("neither", "nor")) for c in children(t)):
        return True  # "neither Roe nor Lund supports it"; "Nor did Roe back it", as the parser has it
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in children(t)) or t.dep_ == "conj" and any(
            c.dep_ == "cc" and c.lower_ == "nor" for c in children(t.head)):
        return True  # "Roe neither supports nor opposes it": both verbs denied
    if any(c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ in ("no", "not") for g in children(c)) for c in children(t)):
        return True  # "no longer supports it": a side given up is none held
    if t.dep_ == "pcomp" and t.head.lower_ == "of" and any(
            c.dep_ in ("det", "neg") and c.lower_ in neg for c in children(t.head.head)):
        return True  # "there is no question of the council raising the levy"
    if t.dep_ == "pcomp" and t.head.lower_ == "against" and ctx.lex.stance["verbs"].get(t.head.head.lemma_.lower()) == "warns":
        return True  # "warned against scrapping the levy": the act warned against is no side the warner takes
    if t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "any" for c in children(t)):
        # "did not voice any support for X", "I don't think there is any doubt": "any" takes the clause's negation
        verb = t.head
        for _ in range(3):
            if any(c.dep_ == "neg" for c in children(verb)) or verb.lemma_.lower() in negating:
                return True
            if verb.dep_ not in ("ccomp", "xcomp") or verb.head.i == verb.i:
                break
            verb = verb.head
    head = t
    while head.dep_ in ("xcomp", "ccomp") and head.head.i != head.i:
        head = head.head
        if head.lemma_.lower() in negating or any(c.dep_ == "neg" for c in children(head)):
            return True
    return False


def ruled_out(ctx: Context, t: Token) -> bool:
    """ "there is little chance they will propose increases", "no prospect that the council will scrap it": an act
    all but ruled out by its speaker is no side of its subject, either way."""
    scant = ctx.lex.words("stance", "negators") | ctx.lex.words("stance", "scant_adjectives")
    return t.dep_ in ("acl", "ccomp") and t.head.lemma_.lower() in ctx.lex.words("stance", "likelihood_nouns") and any(
        c.dep_ in ("amod", "det") and c.lower_ in scant for c in children(t.head))


def for_now(t: Token, st: dict) -> bool:
    """ "does not intend to use the powers now", "was not planning to use them straight away": not yet, no side
    against the act (stance.json immediacy_adverbs)."""
    acts = [c for c in children(t) if c.dep_ == "xcomp" and any(x.dep_ == "aux" and x.lower_ == "to" for x in children(c))]
    return bool(acts) and any(" ".join(w.lower_ for w in c.subtree) in st["immediacy_adverbs"]
               for a in [t] + acts for c in children(a) if c.dep_ in ("advmod", "prep", "npadvmod"))


def hedged_denial(t: Token, st: dict) -> bool:
    """ "does not necessarily want a rise in the deficit", "would not automatically oppose the bid": a denial of
    necessity (stance.json necessity_adverbs) leaves the side open, neither taken nor refused."""
    return any(c.dep_ == "neg" for c in children(t)) and any(
        c.dep_ == "advmod" and c.lower_ in st["necessity_adverbs"] for c in children(t))


def not_yet(t: Token) -> bool:
    """ "has yet to back the plan", "is yet to endorse it": an act not done so far, which says neither that it will be
    nor that it is refused: no side either way."""
    head = t.head
    return t.dep_ == "xcomp" and head.lemma_ in ("have", "be") and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(t)) \
        and any(c.dep_ == "advmod" and c.lower_ == "yet" and c.i < t.i for c in children(head))


def compelled(t: Token, st: dict) -> bool:
    """ "the council was forced to scrap the toll", "has been compelled to cut its tariffs": an act one is made to do
    (stance.json compelled_participles, FrameNet's Causation and Being_obligated) is no side of one's own; nor is one
    that only may come ("may have to accept X", a hedging modal of stance.json hedges before "have to" or "need to"),
    nor one a body had to do ("had to accept the ruling": what the past obliged it to, not what it wanted)."""
    head = t.head
    if t.dep_ != "xcomp":
        return False
    obliged = head.lemma_ in ("have", "need") and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(t))
    if obliged and any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in st["hedges"] for c in children(head)):
        return True  # "Turkey may have to accept the quota": an obligation that may come is no side taken
    if obliged and head.lemma_ == "have" and head.tag_ == "VBD":
        # ("we had to fight X" is a resolve of the speaker's own, and stays one)
        return not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in children(head))
    return head.lower_ in st["compelled_participles"] and any(c.dep_ in ("auxpass", "nsubjpass") for c in children(head))


def unannounced(t: Token, st: dict, denied: bool) -> bool:
    """ "did not announce new policies", "has announced no plans to raise the levy": a plan not made public (stance.json
    announcing_verbs) is no side either way, neither backed nor refused; but an event one says one will not launch is
    refused ("would not launch an inquiry": positions.json held_events)."""
    if t.lemma_.lower() not in st["announcing_verbs"]:
        return False
    obj = next((c for c in children(t) if c.dep_ == "dobj"), None)
    if denied and obj is not None and obj.lemma_.lower() in load_lexicon().positions["held_events"]["nouns"] \
            and any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in ("will", "would", "wo", "shall") for c in children(t)):
        return False
    return denied or obj is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in children(obj))
