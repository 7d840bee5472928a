"""The holder of a post the story names only as "the chancellor", "the prime minister": a reader takes it to be
the person the story is about whom it never calls by another post, not someone it sets beside the post.

    known_holders(ctx, persons, offices, titled, add)
"""
from __future__ import annotations

from dataclasses import dataclass

from .descriptions import _recent_subject
from ..reference.actors import Context
from ..language.syntax import is_subject
from ..language.tokens import tokens


def known_holders(ctx: Context, persons, offices, titled: set[str], add) -> None:
    """For each post with no holder that the text names with "the" ("a plan the treasurer dismissed", "talks
    of the governor with the premier"): its holder is the one person named within two sentences of
    it who is named in no sentence with it (who is set beside it: "Ann Roe asked the prime minister", "the
    row over Roe's visa") and holds no other post the story gives; when several are left, the person the
    story opens with. Only one the story is about: named twice or more, as often as anyone it gives no post;
    and not where another such post shares the sentence ("the treasurer met the premier": which is which is
    not said). `titled`: persons the story gives a post; posts given here are added to it, so "the
    chancellor" is not the one just taken to be "the prime minister"."""
    doc = ctx.parsed.doc
    toks = tokens(doc)
    lex = ctx.lex
    body = [(m, e) for m, e in persons if ctx.sent_of[m.tok_start] not in ctx.headings]
    if not body:
        return
    opener = body[0][1]  # the person the story opens with
    sents_of: dict[str, set[int]] = {}
    named: dict[str, int] = {}  # how often the story names each person
    for m, e in body:
        sents_of.setdefault(e, set()).add(ctx.sent_of[m.tok_start])
        named[e] = named.get(e, 0) + 1
    # "Ann Roe spoke. The chancellor said ...": a one-word post the mentions leave as a role still names the
    # one just spoken of, who is then not the holder of another post ("the prime minister" later)
    inside = {k for om, _ in offices for k in range(om.tok_start, om.tok_end)}
    heads = lex.words("offices", "heads")  # (a set, read once: asked of every token)
    for t in toks:
        if t.i > 0 and t.i not in inside and t.lower_ in heads and t.tag_ == "NN" \
                and toks[t.i - 1].lower_ == "the" and is_subject(t) and ctx.sent_of[t.i] not in ctx.headings:
            described = _recent_subject(ctx, persons, _At(t.i))
            if described:
                titled.add(described)
    by_post: dict[str, list] = {}
    for om, oid in offices:
        if ctx.sent_of[om.tok_start] not in ctx.headings:
            by_post.setdefault(oid, []).append(om)
    for oid, mentions in sorted(by_post.items(), key=lambda kv: kv[1][0].tok_start):
        if oid in ctx.holder_of:
            continue
        definite = [om for om in mentions if _the_post(toks, om, lex)]
        if not definite or len(definite) < len(mentions):
            continue  # a post also named another way ("a minister", "Acme chairman") is not one known post
        beside = {ctx.sent_of[om.tok_start] for om in definite}
        # "the treasurer met the premier": two posts no name goes with, two people, not told apart
        # ("his chancellor's" too, and a one-word post the mentions leave as a role; not a title a name goes
        # with: "Labour election chief Ann Roe")
        if any(_other_post(toks, k, mentions, lex) for om in definite for k in range(ctx.sents[ctx.sent_of[om.tok_start]].start,
                                                                              ctx.sents[ctx.sent_of[om.tok_start]].end)):
            continue
        first = definite[0]
        if _body_named(toks, first, lex):
            continue  # "the chairman of the Acme Trust", "the US president": the story says whose post, not who
        near = {s + d for om in definite for s in [ctx.sent_of[om.tok_start]] for d in range(-2, 3)}
        # (named before it: a post the story names first is someone the reader has not met yet)
        left = sorted(e for e, ss in sents_of.items() if e not in titled and ss & near and not ss & beside
                      and min(ss) < ctx.sent_of[first.tok_start])
        pick = left[0] if len(left) == 1 else opener if opener in left else None
        # one the story is about: named again, and as often as anyone else it gives no post
        if pick is None or named[pick] < 2 or any(named[e] > named[pick] for e in named if e not in titled):
            continue
        ctx.holder_of.setdefault(oid, pick)
        titled.add(pick)
        add(pick, "holds", oid, ctx.sent_of[first.tok_start], [first.tok_start, first.tok_end - 1], "known-holder",
            conf=0.5)


def _the_post(toks, om, lex) -> bool:
    """ "the chancellor", "the prime minister's": one post named as known, not "the former", "the shadow" or
    "the deputy" one, nor a spokesman or a sovereign."""
    head = toks[om.tok_end - 1]
    if head.tag_ in ("NNS", "NNPS") or head.lower_ in lex.offices["no_backreference_heads"] or om.tok_start == 0:
        return False
    words = {toks[k].lower_ for k in range(om.tok_start, om.tok_end)}
    other = set(lex.offices["other_post_words"]) | set(lex.offices["former_words"]) | set(lex.offices["tenure_words"])
    if words & other or toks[om.tok_start - 1].lower_ in other:
        return False
    return toks[om.tok_start - 1].lower_ == "the"


def _other_post(toks, k: int, mentions, lex) -> bool:
    """Token k heads a post other than the one of `mentions`, named as known: "the chancellor", "his deputy"."""
    t, heads = toks[k], lex.words("offices", "heads")
    if any(om.tok_start <= k < om.tok_end for om in mentions) or k == 0 or t.tag_ not in ("NN", "NNP") or k + 1 < len(toks) and toks[k + 1].lower_ in heads:
        return False
    if t.lower_ not in heads and not (k > 0 and f"{toks[k - 1].lower_} {t.lower_}" in heads):
        return False
    j = k - 1
    while j > 0 and (toks[j].lower_ in lex.title_modifiers or f"{toks[j].lower_} {toks[j + 1].lower_}" in heads
                     or toks[j].lower_ in lex.offices["portfolios"]):
        j -= 1
    return toks[j].lower_ in ("the", "his", "her", "their")


def _body_named(toks, om, lex) -> bool:
    """The post's words name a body or a state ("chairman of the Acme Trust", "US president"), not a party."""
    return any(toks[k].ent_type_ in ("ORG", "GPE", "NORP") and not lex.party_of(toks[k].text)
               or toks[k].text[:1].isupper() and k > om.tok_start and toks[k - 1].lower_ in ("of", "the")
               for k in range(om.tok_start, om.tok_end))


@dataclass(frozen=True)
class _At:
    """Where a one-word post stands, as a mention would say."""

    tok_start: int

    @property
    def tok_end(self) -> int:
        return self.tok_start + 1
