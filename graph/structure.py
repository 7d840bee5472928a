"""Structure: who holds which office (titles, appositions, roles described in the speaker's seat,
"former" posts) and who sits in which body (a party before a name, a body in a title, "a member of").
"""
from __future__ import annotations

from spacy.tokens import Token

from .model import Statement
from .reference import LIST_PREPS, Context, actors
from .statements import evidence_of
from .syntax import pobj, subjects, unique

__all__ = ["structure_statements"]


def structure_statements(ctx: Context) -> list[Statement]:
    """holds (person -> office) and member_of (person or body -> body) from titles, appositions and lists."""
    doc = ctx.parsed.doc
    res = ctx.res
    lex = ctx.lex
    gap_ok = set(lex.offices["ranks"]) | set(lex.offices["honorifics"]) | {",", "the", "(", ")", "-", "–", "."}
    out: list[Statement] = []
    mentions = res.mentions
    persons = [(m, e) for m, e in mentions if m.type == "person"]
    offices = [(m, e) for m, e in mentions if m.type == "office"]
    insts = [(m, e) for m, e in mentions if m.type == "institution"]

    def person_after(end: int, limit: int = 5):
        for m, e in persons:
            if end <= m.tok_start <= end + limit:
                gap = doc[end:m.tok_start]
                if all(t.lower_ in gap_ok or t.lower_.rstrip(".") in gap_ok or t.is_space for t in gap):
                    return m, e
                return None
        return None

    def person_before(start: int):
        for m, e in reversed(persons):
            if m.tok_end <= start:
                gap = doc[m.tok_end:start]
                if 1 <= len(gap) <= 4 and gap[0].text == "," and all(
                        t.lower_ in (",", "the", "a", "an", "former", "then", "ex", "now") for t in gap):
                    return m, e
                return None
        return None

    def add(subject, relation, obj, si, toks, rule, former=False, conf=0.9):
        out.append(Statement(subject, relation, obj, evidence_of(ctx, si, toks), rule, conf, former=former))

    for om, oid in offices:
        si = ctx.sent_of[om.tok_start]
        if si in ctx.headings:
            continue
        former = om.tok_start > 0 and doc[om.tok_start - 1].lower_ in ("former", "ex", "then")
        hit = person_after(om.tok_end)
        rule = "title-name"
        if hit is None and doc[om.tok_end - 1].tag_ != "NNS":
            hit = person_before(om.tok_start)
            rule = "name-apposition"
        if hit is None:
            described = ctx.antecedent.get(om.tok_end - 1) or next(
                (ctx.antecedent[i] for i in range(om.tok_start, om.tok_end) if i in ctx.antecedent), None)
            if described:
                hit = (None, described)
                rule = "role-description"
        if hit is None:
            continue
        pm, pid = hit
        ctx.holder_of.setdefault(oid, pid)
        add(pid, "holds", oid, si, [om.tok_start, pm.tok_start if pm else om.tok_end - 1], rule, former,
            0.9 if pm else 0.6)
        # the body a title names is the body the holder belongs to: "IDF Chief", "Lib Dem spokesman"
        for im, iid in insts:
            if om.tok_start <= im.tok_start and im.tok_end <= om.tok_end and res.kind.get(iid) in ("party", "org") \
                    and not any(doc[k].lower_ in ("for", "to") for k in range(om.tok_start, im.tok_end)):
                # what follows "for" is a portfolio, not a body: "Commissioner for Transport"
                add(pid, "member_of", iid, si, [im.tok_start, pm.tok_start if pm else om.tok_end - 1], "title-body", former, 0.7)
        # "former minister" conjoined with a described role
    # party before a name: "Lib Dem Norman Baker", "Tory Lord Campbell"
    for im, iid in insts:
        if res.kind.get(iid) != "party":
            continue
        si = ctx.sent_of[im.tok_start]
        nxt = person_after(im.tok_end, limit=2)
        if nxt and nxt[0].tok_start == im.tok_end:
            add(nxt[1], "member_of", iid, si, [im.tok_start, nxt[0].tok_start], "party-name", conf=0.9)
    # "X, a key member of Y"; "Members of Y, including X and Z"
    for t in doc:
        if t.lemma_.lower() != "member" or ctx.sent_of[t.i] in ctx.headings:
            continue
        body = next((pobj(c) for c in t.children if c.dep_ == "prep" and c.lower_ == "of" and pobj(c) is not None), None)
        if body is None:
            continue
        body_id = _body(ctx, body)
        if body_id is None:
            continue
        si = ctx.sent_of[t.i]
        members: list[str] = []
        if t.dep_ == "appos":
            members += actors(ctx, t.head, si)
        elif t.dep_ in ("attr",):
            members += [a for s in subjects(t.head) for a in actors(ctx, s, si)]
        members += [a for c in t.children if c.dep_ == "prep" and c.lower_ in LIST_PREPS
                    for g in c.children if g.dep_ == "pobj" for x in [g] + list(g.conjuncts)
                    for a in actors(ctx, x, si)]
        for mid in unique(members):
            if mid != body_id:
                add(mid, "member_of", body_id, si, [t.i, body.i], "member-of", conf=0.8)
    return out


def _body(ctx: Context, t: Token) -> str | None:
    eid = ctx.res.by_token.get(t.i)
    if eid and eid.startswith("institution/"):
        return eid
    for c in t.subtree:
        eid = ctx.res.by_token.get(c.i)
        if eid and eid.startswith("institution/") and ctx.res.kind.get(eid) != "gpe":
            return eid
    return None
