"""What a bare description of a body points back to: "the bank", "the company", "the union", "the party".

A definite noun for a sort of body names the body of that sort named last; "the party" of a person's clause is
the party of that person's title; "members of the guild", "the union's leadership" are the body's own people. Read by the reference context (graph.extract.reference.context) while it walks the article.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..language.tokens import children, tokens

if TYPE_CHECKING:  # the context imports this module to resolve its descriptions
    from .context import Context


def described_body(ctx: Context, t: Token, named: list[tuple[int, str]]) -> str | None:
    """ "the bank", "the company", "the country": a bare definite noun for a sort of body points back to the
    body of that sort named last, within the last few sentences."""
    sort = ctx.lex.institutions["described_bodies"].get(t.lower_)
    if sort is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in children(t)) or any(
            c.dep_ in ("amod", "compound", "nmod", "poss", "nummod") for c in children(t)) \
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in children(t)):
        return None  # "the Japanese company", "the bank of England" name another
    res = ctx.res
    if sort == "party":
        # "he stayed at home to lead the party's campaign": the party of the person the clause is about
        own = own_party(ctx, t)
        if own:
            return own
    recent = [(i, eid) for i, eid in named if ctx.sent_of[i] >= ctx.sent_of[t.i] - 3]
    if sort not in ("country", "party"):
        # "the Farmers Union and Argo Motors ... the union": the body whose name says so, though named first
        own = [eid for i, eid in recent if res.kind.get(eid) == "org" and (t.lower_ in res.entities[eid].label.lower().split() or (
            t.lower_ in ctx.lex.institutions["labour_nouns"] and labour_named(res.entities[eid].label.lower().split(), ctx)))]
        if own:
            return own[-1]
        # "the country's biggest farm union, AGRA ... the union": the body the story has called one, in an
        # apposition, however far back (another body named since is no union for that)
        called = [eid for i, eid in named if i < t.i and res.kind.get(eid) == "org" and _called(tokens(ctx.parsed.doc)[i], t.lower_)]
        if called:
            return called[-1]
    for i, eid in reversed(recent):
        kind = res.kind.get(eid)
        label = res.entities[eid].label.lower().split() if eid in res.entities else []
        if sort == "country" and kind == "country" \
                or sort == "bank" and kind == "org" and "bank" in label \
                or sort == "company" and kind == "org" and company_like(ctx, label) \
                or sort == "body" and kind == "org" and (t.lower_ not in ctx.lex.institutions["labour_nouns"] or labour_named(label, ctx)
                                                         or not _firm(label, ctx)) \
                or sort == "named" and kind == "org" and label[-1:] == [t.lower_] \
                or sort == "party" and kind == "party" and t.dep_ != "compound":
            return eid
    return None


def labour_named(label: list[str], ctx: Context) -> bool:
    """A body named as one of working people ("United Auto Workers"), first of what "the union" may point back at."""
    return any(w in ctx.lex.institutions["labour_nouns"] for w in label)


def _firm(label: list[str], ctx: Context) -> bool:
    """A body named as a firm, by its legal form or a word for a company ("Ford Motor Co"): never "the union" that
    bargains with it ("Ford Motor Co ... once the union turned down its offer"); a bare name ("NTU") may be a union."""
    forms, kinds = ctx.lex.words("institutions", "legal_forms"), ctx.lex.institutions["kinds"]
    return any(w.rstrip(".") in forms or kinds.get(w) == "company" for w in label)


def own_party(ctx: Context, t: Token) -> str | None:
    """The party named in the title of the person subject of t's clause ("Tory leader X", "Labour MP X")."""
    verb = t
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    person = None
    for v in [verb] + list(verb.ancestors)[:2]:
        for c in children(v):
            if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i:
                person = ctx.res.by_token.get(c.i) or ctx.antecedent.get(c.i)
                break
        if person:
            break
    if not (person or "").startswith("person/"):
        return None
    return titled_party(ctx, person, t.i)


def titled_party(ctx: Context, person: str, before: int) -> str | None:
    """The party named in a title of the person before token `before`: "Tory leader X", "Labour MP X",
    "X, the Labour leader," (the title apposed after the name) and "X of the Green Party"."""
    res = ctx.res
    doc = ctx.parsed.doc
    for m, eid in res.mentions:
        if eid != person or m.tok_start >= before:
            continue
        apposed = m.tok_end < len(doc) and tokens(doc)[m.tok_end].text == ","
        # ("X of the Green Party": the party the name is given with)
        of = m.tok_end < len(doc) and tokens(doc)[m.tok_end].lower_ == "of"
        # "X, the leader of the Green Party,": the party inside a post apposed to the name (not "X, a critic of it,")
        posts = [c for c in children(tokens(doc)[m.tok_end - 1]) if c.dep_ == "appos"
                 and res.by_token.get(c.i, "").startswith("office/")] if apposed else []
        for pm, pid in res.mentions:
            if res.kind.get(pid) == "party" and ctx.sent_of[pm.tok_start] == ctx.sent_of[m.tok_start] and (
                    m.tok_start - 4 <= pm.tok_start < m.tok_start or (apposed or of) and m.tok_end < pm.tok_start <= m.tok_end + 3
                    or any(c.left_edge.i <= pm.tok_start <= c.right_edge.i for c in posts)):
                return pid
    return None


def company_like(ctx: Context, words: list[str]) -> bool:
    """An organisation whose name says no public body: "Kestrel Motor Co", not "Securities Commission"."""
    kinds = ctx.lex.institutions["kinds"]
    return not any(kinds.get(w) not in (None, "company") for w in words)


def party_people(ctx: Context, t: Token, named: list[tuple[int, str]]) -> str | None:
    """ "Party officials said", "his party colleagues attacked X", "party chiefs": a plural of a party's people whose
    party the noun leaves unnamed are the party in the title of the person 'his' or 'her' stands for, else
    the party named last, within the last few sentences; else None."""
    if t.tag_ != "NNS" or not any(c.dep_ == "compound" and c.lower_ == "party" and not any(True for _ in children(c))
                                  for c in children(t)) or any(c.dep_ in ("amod", "nmod") for c in children(t)):
        return None
    owner = next((ctx.antecedent.get(c.i, "") for c in children(t) if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
    if owner is not None:
        return titled_party(ctx, owner, t.i) if owner.startswith("person/") else None
    return next((e for i, e in reversed(named) if ctx.res.kind.get(e) == "party" and ctx.sent_of[i] >= ctx.sent_of[t.i] - 3), None)


def owner_of_people(ctx: Context, t: Token) -> Token | None:
    """The body a common noun of its own people or its governing part is of: "members of the guild", "executives
    at the firm", "the management of the bank", "the union's leadership" (the owner or the object of "of", "at",
    "in", "within", "from", "for"). None for a part counted or quantified ("two members of", "some officials of")
    or with its members listed ("members of the cabinet, including X"): some of the body's people, not the body."""
    if t.pos_ != "NOUN" or not (people_of_body(ctx, t) or t.lower_ in ctx.lex.reference["body_organs"]):
        return None
    kids = children(t)
    if any(c.dep_ == "nummod" or c.lower_ in ctx.lex.reference["partitive_determiners"]
           or c.dep_ == "prep" and c.lower_ in ctx.lex.reference["list_preps"] for c in kids):
        return None
    for c in kids:
        if c.dep_ == "poss" and c.lower_ not in ("my", "our", "your", "whose"):
            return c
        if c.dep_ == "prep" and c.lower_ in ("of", "at", "in", "within", "from", "for"):
            g = next((g for g in children(c) if g.dep_ == "pobj"), None)
            if g is not None:
                return g
    return None


def people_of_body(ctx: Context, t: Token) -> bool:
    """ "members", "officials", "executives": the plural of a body's own people (not "partners", "allies")."""
    return t.lower_ in ("members", "officials") or t.lower_ in ctx.lex.reference["member_plurals"]


def _called(name: Token, noun: str) -> bool:
    """The name is apposed to `noun` (singular): "the farm union, AGRA", "AGRA, the farm union" (the parser may
    hang a name after the comma elsewhere: the words before it are read as written), or follows it as the name of
    what it describes: "sportswear firm Kestrel"."""
    doc = name.doc
    described = [name.head] if name.dep_ == "appos" else []
    described += [c for c in children(name) if c.dep_ == "appos"]
    if name.i >= 2 and doc[name.i - 1].text == ",":
        described.append(doc[name.i - 2])
    if name.i >= 1 and doc[name.i - 1].is_lower:
        described.append(doc[name.i - 1])
    return any(d.lower_ == noun and d.pos_ == "NOUN" for d in described)


def held_parties(ctx: Context) -> None:
    """ "Ward ... the Green leader ... she renewed her party's vow to do X": a "his" or "her" party the person's
    name came with no party for is the party of the post the story puts that person in (read once structure has
    told who holds which office): the one party a word of that post's title names."""
    res, lex = ctx.res, ctx.lex
    parties = {res.entities[e].label: e for e in res.entities if res.kind.get(e) == "party"}
    for t in tokens(ctx.parsed.doc):
        if t.lower_ != "party" or t.pos_ != "NOUN" or t.i in ctx.antecedent or t.i in res.by_token:
            continue
        # ("his party plans for X": the possessive may hang on the noun "party" modifies)
        owners = [c for x in ([t, t.head] if t.dep_ == "compound" else [t]) for c in children(x)
                  if c.dep_ == "poss" and c.lower_ in ("his", "her")]
        person = ctx.antecedent.get(owners[0].i, "") if owners else ""
        if not person.startswith("person/"):
            continue
        named = {parties.get(lex.party_of(w) or "") for o, p in ctx.holder_of.items() if p == person
                 for w in res.entities[o].label.split()} - {None}
        if len(named) == 1:
            ctx.antecedent[t.i] = named.pop()
