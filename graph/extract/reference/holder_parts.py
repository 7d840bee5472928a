"""The parts of a holder phrase that name its actors without resolving another holder: the body a list of
members is on, the names apposed in a list, the actor-naming words before a noun, the body whose members a plural
of people names, the authors of a document, the person a title ends on, the members a group's "in particular" or
"among them" singles out. reference.actors reads them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..entities.body_groups import dateline_token
from ..language.syntax import SUBJECTS, subjects
from ..language.tokens import children, tokens

if TYPE_CHECKING:  # the context reads the body of members ("a committee of MPs ... they") while it is built
    from .context import Context


def _authors_before(ctx: Context, t: Token) -> list[Token]:
    """The subjects of the authoring verb that last took a document of the same sort, in the two sentences before."""
    doc, si = t.doc, ctx.sent_of[t.i]
    for i in range(t.i - 1, ctx.sents[max(0, si - 2)].start - 1, -1):
        d = tokens(doc)[i]
        if d.lemma_ == t.lemma_ and d.dep_ == "dobj" and d.head.lemma_.lower() in ctx.lex.institutions["authoring_verbs"]:
            return subjects(d.head)
        if d.lemma_ == t.lemma_ and _named_modifiers(ctx, d):
            return _named_modifiers(ctx, d)  # "the G9 communique ... the communique said": the same authors
    return []


def _body_of_members(ctx: Context, t: Token, eid: str) -> str | None:
    """ "a panel of MPs said ... MPs urged": a plural of people the story named as a body's members, before
    and with no one holding it, is that body acting."""
    if t.tag_ not in ("NNS", "NNPS") and t.lower_ not in ctx.lex.offices["plural_heads"]:
        return None
    toks = tokens(t.doc)  # (a scan back over the article: doc[i] would make a new Token at each step)
    for i in range(t.i - 1, -1, -1):
        m = toks[i]
        if ctx.res.by_token.get(i) == eid and m.dep_ == "pobj" and m.head.lower_ == "of":
            body = ctx.res.by_token.get(m.head.head.i, "")
            return body if body.startswith("institution/") else None
    return None


def _named_modifiers(ctx: Context, t: Token) -> list[Token]:
    """The words before a noun that name an actor ("the G9 communique", "Ruritanian army planners")."""
    return [c for c in children(t) if c.dep_ in ("compound", "nmod", "amod") and c.i < t.i
            and ctx.res.by_token.get(c.i, "").startswith(("person/", "institution/"))]


def _titled_person(ctx: Context, t: Token) -> str | None:
    """ "Federation of Northern Employers President Tom Vane said", parsed with the body as the head of
    the subject, and "Tory spokesman on health Ann Lee attacked X", with the title as its head: the person the
    title names at the end of the phrase acts, not the body nor the post."""
    res = ctx.res
    end = t.right_edge.i
    person = res.by_token.get(end, "")
    if not person.startswith("person/") or end <= t.i:
        return None
    k = end
    while k > t.i and res.by_token.get(k - 1) == person:
        k -= 1
    between = [x for x in t.doc[t.i + 1:k] if not x.is_punct and not x.is_space]
    if between and all(res.by_token.get(x.i, "").startswith("office/") for x in between[-1:]) and all(
            res.by_token.get(x.i, "").startswith(("office/", "institution/")) for x in between):
        return person
    return None


def listing_body(ctx: Context, t: Token) -> str | None:
    """The one body a singular noun names before its list of members ("the committee, including X and Y"); not
    a plural of people ("ministers, including X") nor an example list ("bodies such as X")."""
    eid = ctx.res.by_token.get(t.i, "")
    if not eid.startswith("institution/") or t.tag_ in ("NNS", "NNPS") or ctx.res.kind.get(eid) in ("gpe", "country"):
        return None
    return eid if any(c.dep_ == "prep" and c.lower_ == "including" for c in children(t)) else None


def _list_head(t: Token) -> Token:
    """The first item of the list a token ends ("Ruritania" of "Ruritania, Freedonia and Sylvania")."""
    while t.dep_ in ("conj", "appos") and t.head.i != t.i:
        t = t.head
    return t


def _relative_list(head: Token, who: Token) -> list[Token]:
    """The other names a relative clause on `head` is said of: "Mr Kent and Ms Ward, who both backed X" is on the
    whole list, whether the parser hangs the clause on its first name or, set off by its comma, on its last ("Tom
    Lund and Ann Berg, who opposed X")."""
    if head.dep_ == "conj":
        return [c for c in head.conjuncts if c.i < head.i] if who.i > 0 and who.nbor(-1).text == "," else []
    rest = [c for c in head.conjuncts if c.i > head.i]
    return rest if rest and all(c.i < who.i for c in rest) else []


def _listed(ctx: Context, t: Token, eid: str) -> list[str]:
    """ "the U.K., Norway, Canada and Japan": the parser hangs a list of names off its first
    one as an apposition; each named actor of the same sort is one more holder."""
    out = []
    for c in children(t):
        if c.dep_ != "appos":
            continue
        # ("Green MP Vance, Tory peer Hadley and Fisk": the parser may hang the next names on the title apposed)
        titled = [g for g in children(c) if g.dep_ in ("dobj", "appos") and g.i > c.i and eid.startswith("person/")
                  and ctx.res.by_token.get(c.i, "").startswith("office/")]
        for x in [c] + list(c.conjuncts) + [y for g in titled for y in [g] + list(g.conjuncts)]:
            other = ctx.res.by_token.get(x.i, "")
            # (a common noun apposed describes the ones named: "A, B and C, the main grain exporters, oppose")
            if other != eid and other.split("/")[0] == eid.split("/")[0] and x.i not in _ranges_of(ctx, eid) \
                    and ctx.res.kind.get(other) != "common":
                out.append(other)
    return out


def _ranges_of(ctx: Context, eid: str) -> set[int]:
    return {i for m, e in ctx.res.mentions if e == eid for i in range(m.tok_start, m.tok_end)}


def _singled_out(ctx: Context, t: Token) -> list[Token]:
    """The names a holder's "in particular" or "notably" phrase singles out of it ("G9 nations, in particular X
    and Y, blamed Z", "rich states, notably X, oppose Z"), however the parser hangs it: a phrase of "in" on the
    holder, or an apposition with the word on it (reference.json singling_words)."""
    words = ctx.lex.words("reference", "singling_words")

    def marked(x: Token) -> bool:
        return any(m.lower_ in words or m.lower_ == "in" and any(p.lower_ == "particular" for p in children(m))
                   for m in children(x))
    # (a phrase between a subject and its verb the parser may hang on the verb)
    hosts = [t] + ([t.head] if t.dep_ in SUBJECTS and t.i < t.head.i else [])
    heads = [g for h in hosts for c in children(h) if c.dep_ == "prep" and c.lower_ == "in" and t.i < c.i
             and (h is t or c.i < h.i)
             for g in children(c) if g.dep_ == "pobj" and any(p.lower_ == "particular" for p in children(c) + children(g))]
    heads += [c for c in children(t) if c.dep_ == "appos" and c.i > t.i and marked(c)]
    return [x for h in heads for x in [h] + list(h.conjuncts)]


def _among_them(t: Token) -> list[Token]:
    """The names a subject's "among them" phrase lists ("a coalition of charities, among them X and Y, attacked Z",
    "rich nations, among them X and Y, oppose Z", "charities attacked Z, among them X and Y"), however the parser
    hangs the phrase: on a name apposed to the subject, or on the verb with the names beside "them"."""
    def among(x: Token) -> bool:
        return any(c.dep_ == "prep" and c.lower_ == "among" and any(g.lower_ in ("them", "whom") for g in children(c))
                   for c in children(x))
    if t.dep_ not in SUBJECTS:
        return []
    heads = [c for c in children(t) if c.dep_ == "appos" and among(c)]
    heads += [c for c in children(t.head) if c.dep_ in ("dep", "appos", "npadvmod", "dobj") and c.i > t.i and among(c)
              and c.pos_ == "PROPN"]
    heads += [g for c in children(t.head) if c.dep_ == "prep" and c.lower_ == "among" and c.i > t.i
              for g in children(c) if g.dep_ == "pobj" and g.lower_ not in ("them", "whom")]
    return [x for h in heads for x in [h] + list(h.conjuncts)]


def _spokesman_just_quoted(ctx: Context, t: Token) -> str | None:
    """ "'Who is fooled by this?' she wondered. Later the Green spokeswoman attacked X": a definite party
    spokesman the story names no one as is the one person who spoke in the sentence before (news copy varies how
    it names the person it is quoting), when no post the story gives that person names another party."""
    lex, res = ctx.lex, ctx.res
    if t.lemma_.lower() not in ("spokesman", "spokeswoman", "spokesperson") or t.tag_ != "NN" \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in children(t)):
        return None
    party = next((lex.party_of(c.text) for c in children(t) if c.dep_ in ("compound", "amod", "nmod") and c.i < t.i
                  and lex.party_of(c.text)), None)
    si = ctx.sent_of[t.i]
    before = [p for p in ctx.speaker.get(si - 1, []) if p.startswith("person/")]
    if not before:  # (or the one person the two sentences before name: 'X condemned it. "..." he asked.')
        start = ctx.sents[max(0, si - 2)].start
        before = sorted({e for m, e in res.mentions if start <= m.tok_start < t.i and e.startswith("person/")})
    if party is None or len(before) != 1:
        return None
    return before[0] if post_parties(ctx, before[0]) <= {party} else None


def post_parties(ctx: Context, person: str) -> set[str]:
    """The parties (as lexicon.party_of names them) that a word or two of the titles of the posts a person holds
    name: "Tory leader", "Lib Dem health spokeswoman"."""
    out = set()
    for oid, holder in ctx.holder_of.items():
        words = ctx.res.entities[oid].label.split() if holder == person and oid in ctx.res.entities else []
        for w in words + [" ".join(p) for p in zip(words, words[1:])]:
            out.add(ctx.lex.party_of(w))
    return out - {None}


def undated_subjects(ctx: Context, verb: Token) -> list[Token]:
    """The subjects of verb, a wire dateline's place replaced by the name apposed to it ("BOSTON, May 14 - Kestrel
    Corp, a firm set up by Vane, said it ...": the parser may take the city where the story was filed for the sayer)."""
    out = []
    for s in subjects(verb):
        if dateline_token(ctx.parsed, s.i):
            s = next((c for c in children(s) if c.dep_ == "appos" and not dateline_token(ctx.parsed, c.i)), None)
        if s is not None:
            out.append(s)
    return out
