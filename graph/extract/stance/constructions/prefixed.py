"""A side named by a prefix: "pro-hunting MPs", "anti-war campaigners", "his anti-war stance". English forms the
adjective of a side with the prefixes anti- ('opposed to', against the thing it names) and pro- ('in favour of')
on a noun or a gerund; the noun it qualifies is the one who takes that side (an actor: "pro-hunt MPs", "the
anti-noise group"), or a view held by its owner (stance.json `view_nouns`: "his anti-war stance", "their pro-euro
views"). The side is on the thing where the story names it in words of its own ("the war has cost billions",
"hunting was banned"), as the hyphenated word is one token; never on a word that qualifies another thing ("the
hunting ban", "a ban on hunting": the side would land on the ban). A law or a drug named for what it fights ("anti-terror laws",
"anti-depressant drugs") takes no side, as it qualifies no actor, and a prefix that makes a word of its own
("anti-Semitic", "anti-social", "pro-active": stance.json `prefixed_words`) names no side."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..frame import Frame
from ...reference.actors import Context, actors
from ...language.syntax import subjects
from ...language.tokens import children, sent_tokens, tokens

__all__ = ["prefixed_frames"]

_SIDES = {"anti": "opposes", "pro": "supports"}


def prefixed_frames(ctx: Context, si: int, sent: Span) -> list[Frame]:
    out = []
    for t in sent_tokens(sent):
        prefix, _, word = t.lower_.partition("-")
        side = _SIDES.get(prefix)
        # (the prefix on the one word before the noun: "pro-Iraq war MPs" is on a war, not on Iraq)
        if side is None or not word.isalpha() or t.dep_ not in ("amod", "compound", "nmod") or t.head.i != t.i + 1 \
                or t.lower_ in ctx.lex.words("stance", "prefixed_words"):
            continue
        owner = t.head  # the noun the prefixed adjective qualifies ("MPs", "stance")
        if owner.lemma_.lower() in ctx.lex.words("stance", "view_nouns"):
            holders = [c for c in children(owner) if c.dep_ == "poss" and actors(ctx, c, si)]
        elif owner.dep_ == "appos" or owner.dep_ == "attr" and owner.head.lemma_ == "be":
            # "Kendall, a pro-hunting MP,", "the Greens are the only anti-war party": the one the noun is said of
            named = [owner.head] if owner.dep_ == "appos" else subjects(owner.head)
            holders = [h for h in named if actors(ctx, h, si)]
        else:
            holders = [owner] if owner.pos_ in ("NOUN", "PROPN") and actors(ctx, owner, si) else []
        target = _named_apart(ctx, t, word) if holders else None
        if target is not None:
            out.append(Frame(side, t.i, holders, target.i, "prefix-side", si, confidence=0.6))
    return out


def _named_apart(ctx: Context, t: Token, word: str) -> Token | None:
    """The thing a prefixed word is on, where the story names it in words of its own ("the war", "hunting was
    banned"), nearest first: the one token the prefix cannot be cut from is no position's name."""
    found = [x for x in tokens(ctx.parsed.doc) if x.i != t.i and x.pos_ in ("NOUN", "PROPN", "VERB")
             and word in (x.lower_, x.lemma_.lower()) and (x.pos_ != "VERB" or x.tag_ == "VBG")
             # a thing named by a phrase of its own: not a word that qualifies another thing ("the hunting ban", "the
             # dangers of smoking" are no names of hunting or smoking), nor a word a body is named by ("Iraq")
             and x.dep_ in ("nsubj", "nsubjpass", "dobj", "conj", "appos", "attr") and not ctx.res.by_token.get(x.i)]
    return min(found, key=lambda x: (abs(x.i - t.i), x.i), default=None)
