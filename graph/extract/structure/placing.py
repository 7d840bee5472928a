"""member_of from how a person is placed in a body without a title: "Amnesty's Jan Moss", "Jan Moss of Ferris
Research", "Ferris Securities analyst Tom Kurl"; the people joined to a name ("Labour's Ann Lee and Tom Ray"); and
who joins a body or its board ("Ruritania joined the bloc", "joined the board of Kestrel Airways").
"""
from __future__ import annotations

from spacy.tokens import Token

from ...model import Statement
from ..reference.actors import Context, actors
from ..entities.scope import is_bare_title
from ..language.syntax import subjects, unique
from ..language.tokens import children, tokens


_AT_BODY = ("of", "at", "with", "from")  # "Jan Moss of Ferris Research", "a dealer at Northgate Bank"


def _bodies_of_persons(ctx: Context, persons, bodies_ending, add) -> list[Statement]:
    """member_of from how a person is placed in a body without a title: "Amnesty's Jan Moss", "Labour's
    Ann Lee and Tom Ray", "Jan Moss of Ferris Research", "Jan Moss, a senior dealer at Northgate Bank"."""
    doc = ctx.parsed.doc
    toks = tokens(doc)
    res = ctx.res
    honorifics = ctx.lex.words("offices", "honorifics")
    occupations = ctx.lex.words("offices", "occupations")
    for pm, pid in persons:
        si = ctx.sent_of[pm.tok_start]
        if si in ctx.headings:
            continue
        k = pm.tok_start
        while k > 0 and toks[k - 1].lower_ in honorifics:
            k -= 1
        if k > 0 and toks[k - 1].tag_ == "POS" and k - 1 in bodies_ending:
            im, iid = bodies_ending[k - 1]
            for mid in _with_conjuncts(ctx, pm, pid):
                add(mid, "member_of", iid, si, [im.tok_start, pm.tok_end - 1], "body-possessive", conf=0.8)
        # "Lund University Economics Professor Nils Berg": a body, its field, an academic title, the name
        f = k
        while k < pm.tok_start and f > 0 and k - f < 3 and toks[f - 1].pos_ == "PROPN" and f - 1 not in res.by_token:
            f -= 1
        if k < pm.tok_start and f in bodies_ending and f > 0:
            im, iid = bodies_ending[f]
            add(pid, "member_of", iid, si, [im.tok_start, pm.tok_end - 1], "body-title-name", conf=0.7)
        # "Ferris Securities analyst Tom Kurl", "Chase senior currency dealer Ann Roe": a company's worker
        j = k
        # (down to the company's name, which the tagger may make an adjective: "UBS economist", "Vale senior analyst")
        while j not in bodies_ending and (j > 0 and toks[j - 1].lemma_.lower() in occupations or j > 0 and j < k
                                          and toks[j - 1].pos_ in ("ADJ", "NOUN") and toks[j - 1].dep_ in ("amod", "compound")
                                          and j > k - 4):
            j -= 1
        if j < k and toks[k - 1].lemma_.lower() in occupations and j in bodies_ending:
            im, iid = bodies_ending[j]
            add(pid, "member_of", iid, si, [im.tok_start, pm.tok_end - 1], "body-occupation", conf=0.7)
        # "For the Greens, Ann Lee said": the body fronted before the name, the sentence opening on "For"
        c = pm.tok_start - 1
        if c > 2 and toks[c].text == ",":
            bid, b, _ = _body_run(ctx, c - 1)
            if b > 0 and toks[b - 1].lower_ == "the":
                b -= 1
            if bid and b > 0 and toks[b - 1].lower_ == "for" and toks[b - 1].is_sent_start:
                add(pid, "member_of", bid, si, [b - 1, pm.tok_end - 1], "speaks-for", conf=0.7)
        # "Ann Lee, for the Greens, said": the body a person speaks for, set between commas after the name
        e = pm.tok_end
        if e + 3 < len(doc) and toks[e].text == "," and toks[e + 1].lower_ == "for":
            bid, _, end = _body_run(ctx, e + 2 + (toks[e + 2].lower_ == "the"))
            if bid and end < len(doc) and toks[end].text == ",":
                add(pid, "member_of", bid, si, [pm.tok_start, end - 1], "speaks-for", conf=0.7)
        root = toks[pm.tok_end - 1]
        holders = [root] + [c for c in children(root) if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")]
        for h in holders:
            for c in children(h):
                if c.dep_ != "prep" or c.lower_ not in _AT_BODY or _after_age(toks, pm.tok_end, c.i):
                    continue
                body = next((g for g in children(c) if g.dep_ == "pobj"), None)
                if body is not None and body.i not in res.by_token:
                    # "an analyst at brokers Grey Wolfe and Co": the body apposed to its sort
                    body = next((g for g in children(body) if g.dep_ in ("appos", "compound") and g.i in res.by_token), body)
                bid = res.by_token.get(body.i, "") if body is not None else ""
                if bid.startswith("institution/") and res.kind.get(bid) in ("org", "party"):
                    add(pid, "member_of", bid, si, [pm.tok_start, body.i], "person-at-body", conf=0.7)
    return []


def _body_run(ctx: Context, k: int) -> tuple[str, int, int]:
    """The firm or party whose name covers token k, and the tokens its name runs over (start, end); "" if none."""
    bid = ctx.res.by_token.get(k, "")
    if not bid.startswith("institution/") or ctx.res.kind.get(bid) not in ("org", "party"):
        return "", k, k
    start, end = k, k + 1
    while start > 0 and ctx.res.by_token.get(start - 1) == bid:
        start -= 1
    while ctx.res.by_token.get(end) == bid:
        end += 1
    return bid, start, end


def _with_conjuncts(ctx: Context, pm, pid: str) -> list[str]:
    """The person and those joined to the person's name: "Labour's Ann Lee and Tom Ray"."""
    doc = ctx.parsed.doc
    root = tokens(doc)[pm.tok_end - 1]
    out = [pid]
    for c in sorted(root.conjuncts, key=lambda c: c.i):
        if c.i < root.i:
            continue
        eid = ctx.res.by_token.get(c.i, "")
        start = next((m.tok_start for m, e in ctx.res.mentions if m.tok_start <= c.i < m.tok_end), c.i)
        # "Labour's Ann Lee and Liberal Democrat Tom Ray": a name with a body of its own ends the list
        if start > 0 and ctx.res.by_token.get(start - 1, "").startswith("institution/"):
            break
        if eid.startswith("person/"):
            out.append(eid)
    return out


def _spoken_for(ctx: Context, statements: list[Statement], add) -> None:
    """A person given a bare title ("said co-ordinator Jan Moss", "director Tom Roe said") and no body of
    their own speaks for the body the story just quoted: 'The Ferris Campaign said X. "...," said
    organiser Jan Moss.' A state's posts (minister, MP, senator) are not a body's."""
    doc = ctx.parsed.doc
    res = ctx.res
    o = ctx.lex.offices
    political = set(o["complement_heads"]) | set(o["place_heads"]) | set(o["portfolio_heads"])
    speech = ctx.lex.stance["speech"]
    placed = {s.subject for s in statements if s.relation == "member_of"}
    speakers: list[tuple[int, str]] = []  # (sentence, body) of each body that says something
    for m, eid in res.mentions:
        if m.type == "institution" and res.kind.get(eid) == "org":
            root = doc[m.tok_start:m.tok_end].root
            # the body says or does something: "the Trust also doubted that ..." ("said" in a sentence of its own)
            if root.dep_ == "nsubj" and root.head.pos_ == "VERB":
                speakers.append((ctx.sent_of[m.tok_start], eid))

    def opens_sentence(s: Statement) -> bool:
        om = next((m for m, e in res.mentions if e == s.object and s.evidence.start <= m.start < s.evidence.end), None)
        return om is not None and tokens(doc)[om.tok_start].is_sent_start

    for s in statements:
        if s.relation != "holds" or s.subject in placed or s.rule not in ("title-name", "name-apposition"):
            continue
        office = res.entities.get(s.object)
        if office is None or not is_bare_title(office.label, ctx.lex) \
                or office.label.lower().split()[-1] in political \
                or office.label[:1].isupper() and not (_firm_post(office.label, o, ctx.lex.institutions["kinds"])
                                                       and opens_sentence(s)):
            # (a capitalised title is a formal post, most often the state's: "Chancellor of the Exchequer"; not a
            # firm's post capitalised only as a sentence's first word, "Chief executive Ann Lee said")
            continue
        pm = next((m for m, e in res.mentions if e == s.subject and s.evidence.start <= m.start < s.evidence.end), None)
        if pm is None:
            continue
        root = tokens(doc)[pm.tok_end - 1]
        if not (root.dep_ == "nsubj" and root.head.lemma_.lower() in speech):
            continue  # the person is quoted: the words go on from the body's
        si = ctx.sent_of[pm.tok_start]
        bodies = {e for k, e in speakers if si - 2 <= k <= si}
        if len(bodies) == 1:
            add(s.subject, "member_of", bodies.pop(), si, [pm.tok_start], "spoken-for", conf=0.6)
            placed.add(s.subject)


def _firm_post(label: str, o: dict, kinds: dict) -> bool:
    """A title of words that say nothing of whose post it is, as a firm's do ("Chief executive", "Managing director"); not
    one opened by a sort of body ("Committee chairman": which committee is sort_body's to say)."""
    words = label.lower().split()
    return len(words) > 1 and all(w.islower() for w in label.split()[1:]) and words[0] not in kinds \
        and all(w in o["unscoped_title_words"] or w in o["heads"] for w in words)


def joined_bodies(ctx: Context, add) -> None:
    """Who joins a body is in it: "Ruritania and Freedonia joined the breakaway bloc", "she joined the board of
    Kestrel Airways", "Spain joined the European Union" (institutions.json membership_verbs; not "joined Elbonia in
    opposing", nor a joining sought, foretold, denied or only let be). add(member, body, sentence, tokens)."""
    doc = ctx.parsed.doc
    joining = ctx.lex.words("institutions", "membership_verbs")
    for t in tokens(doc):
        if t.lemma_.lower() not in joining or t.pos_ != "VERB" or ctx.sent_of[t.i] in ctx.headings \
                or any(c.dep_ == "prep" and c.lower_ == "in" and any(g.tag_ == "VBG" for g in children(c)) for c in children(t)):
            continue
        # a joining only sought, planned, foretold or talked about puts no one in the body yet ("Turkey's bid to
        # join the EU", "wants to join", "will join")
        if any(c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD") or c.dep_ == "neg" for c in children(t)) \
                or t.tag_ == "VBG" and t.dep_ in ("pcomp", "pobj", "acl", "xcomp") \
                or t.tag_ == "VB" and t.dep_ in ("ccomp", "xcomp"):  # "talks about Turkey entering the EU", "let him join"
            continue
        si = ctx.sent_of[t.i]
        for obj in (c for c in children(t) if c.dep_ == "dobj"):
            body_id = _body_itself(ctx, obj) or _union_of_states(ctx, obj) or _part_of_body(ctx, obj)
            if body_id is None:
                continue
            for mid in unique([a for sub in subjects(t) for a in actors(ctx, sub, si)]):
                if mid != body_id:
                    add(mid, body_id, si, [t.i, obj.i])


def _body_itself(ctx: Context, t: Token) -> str | None:
    """The body a noun names or points back to ("the breakaway bloc", "the party"), not a state or a place."""
    eid = ctx.res.by_token.get(t.i) or ctx.antecedent.get(t.i) or ""
    if eid.startswith("institution/") and ctx.res.kind.get(eid) not in ("country", "gpe", "seat"):
        return eid
    return None


def _union_of_states(ctx: Context, t: Token) -> str | None:
    """A union of states a state joins ("Spain joined the European Union"): read as a state elsewhere, a body here."""
    eid = ctx.res.by_token.get(t.i, "")
    entity = ctx.res.entities.get(eid)
    return eid if entity is not None and entity.label in ctx.lex.institutions["unions_of_states"] else None


def _part_of_body(ctx: Context, t: Token) -> str | None:
    """The body whose part a noun names, which one who joins the part joins ("joined the board of Kestrel Airways",
    "the Kestrel Airways board", "Kestrel's board"): a part only a body has (institutions.json owned_by_bodies)."""
    if t.lemma_.lower() not in ctx.lex.words("institutions", "owned_by_bodies"):
        return None
    owners = [c for c in children(t) if c.dep_ in ("compound", "poss")] + [
        g for c in children(t) if c.dep_ == "prep" and c.lower_ == "of" for g in children(c) if g.dep_ == "pobj"]
    return next((eid for o in owners if (eid := _body_itself(ctx, o)) is not None), None)


def _after_age(toks, end: int, prep: int) -> bool:
    """ "Ann Roe, 46, of Eastbury, Westshire": after a name and an age, "of" or "from" tells where the person lives,
    not a body they are in."""
    between = toks[end:prep]
    return any(t.like_num for t in between) and all(t.like_num or t.text == "," for t in between)
