"""Bodies a post or a verb of leading or sitting places its holder in: "Ann Roe, a spokeswoman for Acme",
"Tom Vane, economist at Harlow Bank", "Ann Roe heads the Vale Trust", "Tom Vane, who sits on the Vale board",
"Committee chairman Ann Roe" of a story about the Vale Committee. A spokesperson's "we" and a leader's stand reach
the body only through this membership.
"""
from __future__ import annotations

from spacy.tokens import Token

from ...model import Entity
from ..entities.resolve import slug
from ..reference.actors import Context, actors
from ..reference.described_bodies import labour_named
from ..language.syntax import pobj, subjects, unique
from ..language.tokens import children, tokens

__all__ = ["complement_body", "sort_body", "led_bodies", "composed_bodies"]

# a title followed by the body it serves: "spokesman for", "director at", "analyst with"
_BODY_PREPS = ("for", "at", "with")
# the governing panels of a body, which seat its members: "sits on the Acme board"
_PANELS = ("board", "committee", "council", "panel", "executive")


def _body_of(ctx: Context, t: Token) -> str | None:
    """The body a noun names or points back to, not a state or place (a minister "for Scotland" has a portfolio)."""
    eid = ctx.res.by_token.get(t.i) or ctx.antecedent.get(t.i) or ""
    if not eid and t.lemma_.lower() in _PANELS:  # "the Vale Hospital board": the body whose panel it is
        eid = next((ctx.res.by_token.get(c.i, "") for c in children(t) if c.dep_ == "compound"
                    and ctx.res.by_token.get(c.i, "").startswith("institution/")), "")
    if eid.startswith("institution/") and ctx.res.kind.get(eid) not in ("country", "gpe", "seat"):
        return eid
    return None


def complement_body(ctx: Context, om) -> tuple[int, str] | None:
    """The body named right after a title by "for", "at" or "with" (where the body token sits, its id)."""
    doc = ctx.parsed.doc
    if om.tok_end >= len(doc) or doc[om.tok_end].lower_ not in _BODY_PREPS:
        return None
    # "Commissioner for Transport": a title taking a portfolio after "for" names no employer
    if doc[om.tok_end - 1].lower_ in ctx.lex.offices["complement_heads"] and doc[om.tok_end].lower_ == "for" \
            and not doc[om.tok_end - 1].lower_.startswith("spokes"):
        return None
    prep = doc[om.tok_end]
    if prep.head.i not in range(om.tok_start, om.tok_end):
        return None
    obj = pobj(prep)
    body = _body_of(ctx, obj) if obj is not None else None
    if obj is not None and body is None:  # "a spokeswoman for the campaign group Clean Air": the name apposed to the noun
        named = next((c for c in children(obj) if c.dep_ == "appos"), None)
        body = _body_of(ctx, named) if named is not None else None
        obj = named if body else obj
    return (obj.i, body) if body else None


def sort_body(ctx: Context, om) -> tuple[int, str] | None:
    """ "Committee chairman Ann Roe", "union leader Tom Vane": a title opened by a bare noun for a sort of body
    (institutions.json described_bodies) is a post in the one body of that sort the story named before it, by a
    name ending in that noun ("the Vale Select Committee") or, for a union, naming working people ("the Mine
    Workers Union"); with two such bodies, or none, it says no more (where the body token sits, its id)."""
    doc_tokens = tokens(ctx.parsed.doc)
    t = doc_tokens[om.tok_start]
    noun, inst = t.lower_, ctx.lex.institutions
    labour = inst["labour_nouns"]
    sort = inst["described_bodies"].get(noun)
    if sort not in ("named", "body") or sort == "body" and noun not in labour or om.tok_end - om.tok_start < 2 \
            or t.dep_ != "compound" or t.head.i >= om.tok_end \
            or om.tok_start > 0 and doc_tokens[om.tok_start - 1].dep_ == "poss":
        return None  # ("its committee chairman": the possessive's body, read as an owner)
    res = ctx.res

    def of_sort(eid: str) -> bool:
        words = res.entities[eid].label.lower().split()
        return words[-1:] == [noun] if sort == "named" else labour_named(words, ctx)

    bodies = {e for m, e in res.mentions if m.tok_end <= t.i and e.startswith("institution/")
              and res.kind.get(e) == "org" and of_sort(e)}
    return (t.i, bodies.pop()) if len(bodies) == 1 else None


def led_bodies(ctx: Context, add, hold=None) -> None:
    """"X heads Y", "X, who chairs Y", "Y, chaired by X", "X sits on the Y board": X is in Y (calls add(person, body, si, toks));
    and X holds the post the verb names, the chair or head of Y (calls hold(person, office id, si, toks))."""
    lex = ctx.lex
    leading = lex.words("institutions", "leading_verbs")
    seats = lex.words("institutions", "seat_verbs")
    either = leading | seats  # (once, not per verb)
    for t in tokens(ctx.parsed.doc):
        if t.pos_ != "VERB":
            continue
        lemma = t.lemma_.lower()
        if lemma not in either or ctx.sent_of[t.i] in ctx.headings:
            continue
        if any(c.dep_ == "neg" for c in children(t)):
            continue
        # "the Vale Committee, chaired by Ann Roe", "the firm is run by Tom Vane": the body led is the noun the
        # participle describes or the passive's subject, its leader the agent
        agents = [g for c in children(t) if c.dep_ == "agent" for g in children(c) if g.dep_ == "pobj"] \
            if lemma in leading and t.tag_ == "VBN" else []
        if agents:
            objs = [t.head] if t.dep_ == "acl" else [c for c in children(t) if c.dep_ == "nsubjpass"]
        elif lemma in leading:
            objs = [c for c in children(t) if c.dep_ == "dobj"]
        else:
            objs = [g for c in children(t) if c.dep_ == "prep" and c.lower_ in ("on", "in") for g in children(c)
                    if g.dep_ == "pobj"]
        si = ctx.sent_of[t.i]
        for obj in objs:
            body = _body_of(ctx, obj)
            if body is None:
                continue
            for sub in agents or subjects(t):
                # "who heads Y": the relative pronoun stands for the noun the clause describes
                holder = t.head if t.dep_ == "relcl" and sub.lower_ in ("who", "that") else sub
                people = unique(a for a in actors(ctx, holder, si) if a.startswith("person/"))
                for mid in people:
                    add(mid, body, si, [holder.i, obj.i])
                post = _led_post(ctx, t, obj, body) if hold is not None and len(people) == 1 else None
                if post:
                    hold(people[0], post, si, [holder.i, obj.i])


def _led_post(ctx: Context, verb: Token, obj: Token, body: str) -> str | None:
    """The office a leading verb names ("who chairs the Vale committee": chair of the Vale committee), made a node
    when the article names it no other way. Not a post only hoped for or denied ("wants to chair", "would head")."""
    posts = ctx.lex.offices["led_posts"].get(verb.lemma_.lower())
    if not posts or verb.dep_ in ("xcomp", "advcl", "pcomp") or any(
            c.tag_ == "MD" or c.dep_ == "neg" for c in children(verb)):
        return None
    doc, res = ctx.parsed.doc, ctx.res
    m = next((m for m, e in res.mentions if e == body and m.tok_start <= obj.i < m.tok_end), None)
    if m is None:
        return None
    name = m.text
    the = "the " if m.tok_start > 0 and doc[m.tok_start - 1].lower_ == "the" else ""
    # named as news copy names such a post, "Vale committee chair", so a title scoped to its body keeps its words
    names = [f"{name} {p}" for p in posts] + [f"{p} of {the}{name}" for p in posts]
    known = {n.lower() for n in names}
    for eid, e in res.entities.items():  # the article's own title for it: "chairman of the Vale committee"
        if e.type == "office" and ({e.label.lower()} | {a.lower() for a in e.aliases}) & known:
            return eid
    eid = f"office/{slug(names[0])}"
    res.entities.setdefault(eid, Entity(eid, "office", names[0], tuple(sorted(set(names[1:])))))
    return eid


def composed_bodies(ctx: Context, add) -> None:
    """"The bloc comprises A and B", "the group, made up of A and B", "A and B make up the alliance", "X works
    for Y": each part (a body or a person) is in the whole (calls add(part, whole, si, toks))."""
    lex = ctx.lex
    composing = lex.words("institutions", "composition_verbs")
    working = lex.words("institutions", "employment_verbs")
    either = composing | working
    for t in tokens(ctx.parsed.doc):
        if t.pos_ != "VERB":  # (first: the tests below read strings and children, and most tokens are no verb)
            continue
        lemma = t.lemma_.lower()
        if any(c.dep_ == "prt" and c.lower_ == "up" for c in children(t)):
            lemma += " up"
        if lemma not in either or ctx.sent_of[t.i] in ctx.headings or any(c.dep_ == "neg" for c in children(t)):
            continue
        si = ctx.sent_of[t.i]
        of = [g for c in children(t) if c.dep_ == "prep" and c.lower_ == "of" for g in children(c) if g.dep_ == "pobj"]
        # the whole is the subject, or the noun a participle describes ("the alliance, made up of ...")
        wholes = [t.head] if t.dep_ == "acl" else subjects(t)
        if lemma in working:
            wholes = [g for c in children(t) if c.dep_ == "prep" and c.lower_ in ("for", "at") for g in children(c)
                      if g.dep_ == "pobj"]
            parts = subjects(t)
        elif of:
            parts = of
        elif lemma == "make up":  # "A and B make up the alliance", "A, which with B makes up the alliance"
            wholes = [c for c in children(t) if c.dep_ == "dobj"]
            parts = [t.head if t.dep_ == "relcl" and s.tag_ in ("WDT", "WP") else s for s in subjects(t)]
            parts += [g for c in children(t) if c.dep_ == "prep" and c.lower_ == "with" for g in children(c)
                      if g.dep_ == "pobj"]
        else:
            parts = [c for c in children(t) if c.dep_ == "dobj"]
        for whole in wholes:
            body = _body_of(ctx, whole)
            if body is None:
                continue
            for part in unique(a for p in parts for x in [p] + list(p.conjuncts) for a in actors(ctx, x, si)
                               if a.startswith(("person/", "institution/")) and (lemma in working) == a.startswith("person/")):
                if part != body:
                    add(part, body, si, [t.i, whole.i])
