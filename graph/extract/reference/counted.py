"""Who a counted description ("both men", "the two parties", "the pair") and the unnamed person an article opens on
("A former minister has called for X") stand for. Read by the reference context (graph.extract.reference.context) while it
resolves an article's pronouns and descriptions.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .salience import agrees
from ..language.syntax import is_subject, main_clause_subject, unique
from ..language.tokens import children

if TYPE_CHECKING:  # the context imports this module to resolve its descriptions
    from .context import Context

__all__ = ["lead_person", "counted_description", "counted_group"]


def lead_person(ctx: Context) -> None:
    """ "A former transport minister has called for X. Tom Kent said ...": an article that opens on an unnamed person
    ("a Labour peer", "a senior economist") names them as the subject of its next sentence (the parser may join
    a headline to the opening sentence: the first two sentences are read)."""
    lex = ctx.lex
    words = lex.reference["people_nouns"] | lex.office_heads | lex.words("offices", "occupations") | lex.words("offices", "member_nouns")
    first = next((i for i in range(len(ctx.sents)) if i not in ctx.headings), 0)
    for si in range(min(max(first + 1, 2), len(ctx.sents) - 1)):  # (a headline may not be told from a sentence)
        if any(ctx.res.by_token.get(x.i, "").startswith("person/") for x in ctx.sents[si]):
            return
        lead = next((x for x in ctx.sents[si] if main_clause_subject(x) and x.tag_ in ("NN", "NNP") and x.lower_ in words
                     and not ctx.res.by_token.get(x.i, "").startswith(("person/", "institution/")) and not x.conjuncts
                     and not x.lower_.startswith("spokes")  # (a spokesman speaks for a body)
                     and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children(x))), None)
        named = next((x for x in ctx.sents[si + 1] if ctx.res.by_token.get(x.i, "").startswith("person/")), None)
        if lead is not None and named is not None and lead.i not in ctx.antecedent and is_subject(named):
            ctx.antecedent[lead.i] = ctx.res.by_token[named.i]
        if lead is not None:
            return


def counted_description(ctx: Context, t: Token) -> tuple[int, str] | None:
    """ "both men", "the two leaders", "the pair", "the three banks" in subject position: how many actors of which
    sort ("person/" or "institution/") the description counts (reference.json counted_groups, people_nouns); else None."""
    if t.dep_ not in ("nsubj", "nsubjpass"):
        return None
    counts = ctx.lex.counted_groups
    lemma, kids = t.lemma_.lower(), list(children(t))
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in kids)
    if t.tag_ == "NN" and the and t.lower_ in counts:
        n = counts[t.lower_]  # "the pair"
    elif t.tag_ == "NNS":
        n = next((counts[c.lower_] for c in kids if c.dep_ in ("det", "predet") and c.lower_ == "both"
                  or the and c.dep_ == "nummod" and c.lower_ in counts), None)
    else:
        n = None
    if n is None:
        return None
    if lemma in ctx.lex.reference["people_nouns"] or lemma in ctx.lex.office_heads:
        return n, "person/"
    return (n, "institution/") if lemma in ctx.lex.institutions["described_bodies"] else None


def counted_group(ctx: Context, t: Token, n: int, sort: str, groups: list[tuple[int, list[str]]],
                   genders: dict[str, str]) -> list[str]:
    """The group a counted description stands for: the last actors of its sort named together as a subject, this
    sentence or the one before, when so many; else the ones of its sort named from the sentence before on, when
    just so many ("Kent met Ward in Leeds. Both men ..."); else []. "Men" and "women" count only people of theirs."""
    si = ctx.sent_of[t.i]
    sex = ctx.lex.gender["pronouns"].get({"man": "he", "woman": "she"}.get(t.lemma_.lower(), ""))
    together = [g for i, g in groups if i < t.i and ctx.sent_of[i] >= si - 1 and len(g) == n
                and all(e.startswith(sort) and agrees(genders, e, sex) for e in g)]
    if together:
        return together[-1]
    start = ctx.sents[max(0, si - 1)].start
    # (a body named inside a post's title is named too: "the head of the Farm Union and the chairman of the Growers
    # Council wrote ... The two groups said": its tokens are the title's, its mention the body's)
    inner = {m.tok_start: e for m, e in ctx.res.mentions if sort == "institution/" and start <= m.tok_start < t.i
             and ctx.res.by_token.get(m.tok_start, "").startswith("office/")}
    named = unique([e for i in range(start, t.i) for e in [inner.get(i) or ctx.res.by_token.get(i, "")]
                    if e.startswith(sort) and ctx.res.kind.get(e) not in ("gpe", "common") and agrees(genders, e, sex)])
    return named if len(named) == n else []
