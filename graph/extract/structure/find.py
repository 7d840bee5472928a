"""Structure: who holds which office (titles, appositions, roles described in the speaker's seat,
"former" posts) and who sits in which body (a party before a name, a body in a title, "a member of").
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ...model import Statement
from .descriptions import _next_subject, _recent_subject, _said_of, _successor, posts_described_kept
from .placing import _bodies_of_persons, _body_itself, _spoken_for, _with_conjuncts, joined_bodies
from ..reference.actors import Context, actors, listing_body
from ..entities.scope import definite_title
from ..statements.stance_edges import evidence_of
from ..language.syntax import pobj, served_appositions, subjects, unique
from .apposition import in_fronted_adjunct, subject_not_apposed
from .known_holders import known_holders
from .title_bodies import complement_body, composed_bodies, led_bodies, sort_body
from ..language.tokens import children, tokens

__all__ = ["structure_statements"]


_APART = (",", "-", "\u2013", "\u2014")  # a comma or a dash between a name and the title apposed to it


def structure_statements(ctx: Context) -> list[Statement]:
    """holds (person -> office) and member_of (person or body -> body) from titles, appositions and lists."""
    doc, doc_tokens = ctx.parsed.doc, tokens(ctx.parsed.doc)
    res = ctx.res
    lex = ctx.lex
    # "the Most Reverend Ann Vale": the words of a style of address sit between a title and the name
    gap_ok = lex.words("offices", "ranks") | lex.words("offices", "honorifics") | {",", "the", "(", ")", "-", "–", ".",
                                                                          "most", "right", "very"}
    portfolios = lex.words("offices", "portfolios")
    post_nominals = lex.words("offices", "post_nominals")
    out: list[Statement] = []
    mentions = res.mentions
    persons = [(m, e) for m, e in mentions if m.type == "person"]
    offices = [(m, e) for m, e in mentions if m.type == "office"]
    insts = [(m, e) for m, e in mentions if m.type == "institution"]

    def person_after(end: int, limit: int = 5):
        for m, e in persons:
            if end <= m.tok_start <= end + limit:
                gap = doc[end:m.tok_start]
                plural = doc_tokens[end - 1].tag_ in ("NNS", "NNPS")
                other_sentence = ctx.sent_of[m.tok_start] != ctx.sent_of[end - 1]
                # "... a quota set by MPs. Mr Lee will also ...": a new sentence, another subject; so is a name
                # under a headline that ends in a plural title ("Vane vows loyalty to Tory MPs" over "Tom Vane has")
                if any(t.text == "." for t in gap) and (plural or other_sentence) or plural and other_sentence:
                    return None
                if all(t.lower_ in gap_ok or t.lower_.rstrip(".") in gap_ok or t.is_space for t in gap):
                    return m, e
                return None
        return None

    def person_before(start: int):
        for m, e in reversed(persons):
            if m.tok_end <= start:
                if ctx.sent_of[m.tok_start] != ctx.sent_of[start]:
                    return None
                gap = doc[m.tok_end:start]
                if not gap and doc_tokens[start].text in post_nominals:
                    return m, e  # "Ann Lee MP"
                gap = gap[1:] if gap and gap[0].text in post_nominals else gap  # "Ann Lee QC, chairman of ..."
                # "Ann Vane, ERAA director of ...": a body's name the title opens with may stand between; a dash
                # sets a title apart as a comma does ("Lord Vane - a senior law lord - said")
                if 1 <= len(gap) <= 4 and gap[0].text in _APART and all(
                        t.lower_ in _APART + ("the", "a", "an", "now") or t.lower_ in lex.title_modifiers
                        or t.is_upper and t.pos_ == "PROPN" for t in gap):
                    return m, e
                return None
        return None

    def apposed_person(om):
        """The person a title is apposed to across what the gap allows no more: "Sen. Ann Lee, D-Ohio,
        head of ...", "Tom Roe, 57, head of ..." (the parse's apposition, in the one sentence)."""
        root = doc[om.tok_start:om.tok_end].root
        named = [c for c in served_appositions(root) if c.i >= om.tok_end
                 and root.tag_ != "NNS" and om.tok_end < len(doc) and doc_tokens[om.tok_end].lower_ in ("for", "at", ",")]
        hit = next(((m, e) for c in named for m, e in persons if m.tok_start <= c.i < m.tok_end), None)
        if hit and ctx.sent_of[hit[0].tok_start] == ctx.sent_of[om.tok_start]:
            return hit  # "a spokesman for Acme, Tom Reed, said": the name apposed after the body served
        if root.dep_ == "conj" and root.head.dep_ == "appos" and root.tag_ != "NNS":
            root = root.head  # "Tom Hale, a barrister and chairman of ...": the title joined to what is apposed
        if root.dep_ != "appos" or root.head.i >= om.tok_start or root.tag_ == "NNS":
            return None
        h = root.head
        for _ in range(3):  # "Ann Lee, D-Ohio, chairman": the parse may hang the title on the label apposed to her
            hit = next(((m, e) for m, e in persons if m.tok_start <= h.i < m.tok_end), None)
            if hit or h.dep_ != "appos" or h.head.i >= h.i:
                return hit
            h = h.head
        return None

    def add(subject, relation, obj, si, toks, rule, former=False, conf=0.9):
        out.append(Statement(subject, relation, obj, evidence_of(ctx, si, toks), rule, conf, former=former))

    bodies_ending = {im.tok_end: (im, iid) for im, iid in insts if res.kind.get(iid) in ("party", "org")}

    def owner_before(i: int):
        """The body in the possessive before token i: "United's chief executive", "the Lib Dems' president", and
        the body a possessive pronoun opening a sentence stands for ("The Greens backed it. Their leader, X, said
        ..."; inside a sentence "its" is too often a body named just before it, in a list the parse does not show)."""
        # "Acme's global chief executive", "the party's new treasurer": an epithet of the post stands between
        while i > 1 and doc_tokens[i - 1].tag_ == "JJ" and doc_tokens[i - 1].is_lower and doc_tokens[i - 1].dep_ == "amod":
            i -= 1
        if i == 0:
            return None
        if doc_tokens[i - 1].tag_ == "POS":
            named = bodies_ending.get(i - 1)
            if named is not None or i == 1:
                return named
            pointer = i - 2  # "the party's campaign chief": the body the noun points back to
        elif doc_tokens[i - 1].lower_ in ("its", "their") and doc_tokens[i - 1].dep_ == "poss" \
                and all(t.is_punct or t.is_space for t in doc[ctx.sents[ctx.sent_of[i - 1]].start:i - 1]):
            pointer = i - 1
        else:
            return None
        body = ctx.antecedent.get(pointer, "")
        return (_At(pointer), body) if body.startswith("institution/") and res.kind.get(body) in ("party", "org") else None

    def country_before(i: int) -> int | None:
        """Where the state whose post it is begins: "Ruritania's finance minister" (no membership: the post says it)."""
        if i > 1 and doc_tokens[i - 1].tag_ == "POS" and doc_tokens[i - 2].ent_type_ == "GPE":
            k = i - 2
            while k > 0 and doc_tokens[k - 1].ent_type_ == "GPE" and doc_tokens[k].ent_iob_ != "B":
                k -= 1
            return k
        return None

    def attach(om, oid, hit, rule, owner):
        si = ctx.sent_of[om.tok_start]
        former = om.tok_start > 0 and doc_tokens[om.tok_start - 1].lower_ in lex.words("offices", "former_words") \
            or any(t.lower_.startswith("ex-") for t in doc[om.tok_start:om.tok_end])
        pm, pid = hit
        ctx.holder_of.setdefault(oid, pid)
        held_at[doc[om.tok_start:om.tok_end].root.i] = pid
        add(pid, "holds", oid, si, [om.tok_start, pm.tok_start if pm else om.tok_end - 1], rule, former,
            0.9 if pm else 0.6)
        # the body a title names is the body the holder belongs to: "RCG Chief", "Lib Dem spokesman"
        for im, iid in insts:
            # a body named before a minister's title is the portfolio ("Armed Forces Minister"), unless it is a party
            # ("Labour spokesman") or a department, where its minister works ("Home Office minister"); a spokesman
            # speaks for a portfolio only when the body's words all are ("Home Affairs spokesman", not "EC spokeswoman")
            head, words = doc_tokens[om.tok_end - 1].lower_, [t.lower_ for t in doc[im.tok_start:im.tok_end]]
            department = any(w in lex.words("offices", "department_words") for w in words)
            portfolio = res.kind.get(iid) != "party" and im.tok_end < om.tok_end and head in lex.offices["portfolio_heads"] \
                and (not head.startswith("spokes") or all(w in portfolios for w in words)) and not department
            # a party just before the title is the holder's, however the parse cut the title ("Tory shadow minister")
            inside = om.tok_start <= im.tok_start or im.tok_end == om.tok_start and res.kind.get(iid) == "party"
            if inside and im.tok_end <= om.tok_end and (res.kind.get(iid) in ("party", "org") or department) \
                    and not portfolio \
                    and not any(doc_tokens[k].lower_ in ("for", "to") and doc_tokens[k - 1].lower_ in lex.offices["complement_heads"]
                                for k in range(om.tok_start + 1, im.tok_end)):
                # what follows "for" is a portfolio, not a body: "Commissioner for Transport"
                add(pid, "member_of", iid, si, [im.tok_start, pm.tok_start if pm else om.tok_end - 1], "title-body", former, 0.7)
        if owner and pm is not None:
            add(pid, "member_of", owner[1], si, [owner[0].tok_start, pm.tok_start], "title-owner", former, 0.8)
        served = complement_body(ctx, om)  # "Ann Roe, a spokeswoman for Acme"
        if served:
            add(pid, "member_of", served[1], si, [om.tok_start, served[0]], "title-complement", former, 0.7)
        elif not owner and pm is not None and not any(om.tok_start <= im.tok_start < om.tok_end for im, _ in insts):
            of_sort = sort_body(ctx, om)  # "Committee chairman Ann Roe" of a story about the Vale Committee
            if of_sort:
                add(pid, "member_of", of_sort[1], si, [of_sort[0], pm.tok_start], "title-sort", former, 0.7)

    held_at: dict[int, str] = {}  # a title's head -> its holder
    titled_at = {m.tok_end for m, _ in offices}  # where a name has a title of its own just before it
    pending = []
    for om, oid in offices:
        si = ctx.sent_of[om.tok_start]
        if si in ctx.headings:
            continue
        owner = owner_before(om.tok_start)
        hit = person_after(om.tok_end)
        if hit is not None and any(t.text == "," for t in doc[om.tok_end:hit[0].tok_start]) \
                and subject_not_apposed(doc[om.tok_start:om.tok_end].root, doc[hit[0].tok_start:hit[0].tok_end].root):
            hit = None  # "as he begins his term as president, Tom Vane has said": two people's places
        rule = "title-name"
        if hit is None and doc[om.tok_start:om.tok_end].root.tag_ != "NNS":  # ("director of retail markets": one post)
            state = country_before(om.tok_start)
            hit = person_before(owner[0].tok_start if owner else state if state is not None else om.tok_start)
            if hit is not None and in_fronted_adjunct(doc[om.tok_start:om.tok_end].root, doc_tokens[hit[0].tok_end - 1]):
                hit = None  # "Echoing envoy Ann Roe, the prime minister said": the title is the subject
            rule = "name-apposition"
            if hit is None:
                hit = apposed_person(om)
        if hit is None:
            described = ctx.antecedent.get(om.tok_end - 1) or next(
                (ctx.antecedent[i] for i in range(om.tok_start, om.tok_end) if i in ctx.antecedent), None)
            if described and described.startswith("person/"):  # ("party chiefs" said for the party hold no post)
                hit = (None, described)
                rule = "role-description"
        if hit is None:
            pending.append((om, oid))
            continue
        attach(om, oid, hit, rule, owner)
        if rule == "title-name" and hit[0] is not None and (doc_tokens[om.tok_end - 1].tag_ in ("NNS", "NNPS")
                                                            or doc_tokens[om.tok_end - 1].lower_ in lex.offices["plural_heads"]):
            # "Labour MPs Ann Lee and Tom Ray", "Acme directors A, B and C": a plural title before a list of names
            # is each one's (the first keeps the title's place as its holder)
            root = doc[om.tok_start:om.tok_end].root.i
            first = held_at[root]
            for pid in _with_conjuncts(ctx, hit[0], hit[1])[1:]:
                pm = next((m for m, e in persons if e == pid and m.tok_start > hit[0].tok_start
                           and ctx.sent_of[m.tok_start] == ctx.sent_of[om.tok_start]), None)
                if pm is None or pm.tok_start in titled_at:
                    break  # "Acme managers A and B, and Zeta managers C and D": a name with a title of its own ends it
                attach(om, oid, (pm, pid), rule, owner)
            held_at[root] = first
    # "Tom Roe has launched an attack ... The prime minister has told ...": a definite title no name goes
    # with stands for the person the story was just about, unless someone else holds it or they hold another
    named: dict[str, int] = {}  # a person given a title by name -> where the first such title is cited
    for s in out:
        if s.relation == "holds" and s.rule in ("title-name", "name-apposition"):
            named[s.subject] = min(named.get(s.subject, s.evidence.cite_start), s.evidence.cite_start)
    for om, oid in pending:
        # "Ann Roe, chairman and chief executive of Acme", "X, deputy head of Y and also Minister for Z":
        # a title joined to a held one is held by the same person
        root = doc[om.tok_start:om.tok_end].root
        if root.dep_ == "conj" and root.head.i in held_at and root.tag_ != "NNS":
            attach(om, oid, (None, held_at[root.head.i]), "joined-title", owner_before(om.tok_start))
            continue
        said, taker = _said_of(ctx, om), _successor(ctx, om)
        if taker and taker != said:  # "X replaced Y as chairman": X holds it now, Y held it
            attach(om, oid, (None, taker), "successor", owner_before(om.tok_start))
        if said:
            attach(om, oid, (None, said), "predicate", owner_before(om.tok_start))
        if said or taker:
            continue
        state = country_before(om.tok_start)
        # "X retired today. The former MP for Y ...": a past post tells the story of the one just named, titled or not
        past = om.tok_start > 0 and doc_tokens[om.tok_start - 1].lower_ in lex.words("offices", "former_words")
        if oid in ctx.holder_of or not definite_title(doc, om, lex, om.tok_start if state is None else state, past):
            continue
        pid = _recent_subject(ctx, persons, om)
        # (a title the article gives the person only later is none the reader has seen yet)
        if pid and (named.get(pid, om.start + 1) > om.start or past):
            attach(om, oid, (None, pid), "definite-description", owner_before(om.tok_start))
            named[pid] = om.start  # one description per person just named: a second, other title is someone else's
        elif pid is None and not any(m.tok_start < om.tok_start and ctx.sent_of[m.tok_start] not in ctx.headings
                                     for m, _ in persons):
            # "Ruritania's justice minister has warned ... Ana Varga said": a lead names the post, the
            # story the person, as the subject of one of the next two sentences
            pid = _next_subject(ctx, persons, om)
            if pid and pid not in named:
                attach(om, oid, (None, pid), "lead-description", owner_before(om.tok_start))
    known_holders(ctx, persons, offices, {s.subject for s in out if s.relation == "holds"}, add)
    # party before a name: "Lib Dem Ann Roe", "Tory Lord Vale", "Tories Tom Ray and Sir John
    # Vale", "Liberal member Jan Moss"; a party label after it: "Sen. Ann Lee, D-Ohio"; a party
    # apposed: "Dan Fry, a Rhode Island Republican"
    letters = lex.words("institutions", "party_letters")
    members = lex.words("offices", "member_nouns")
    for im, iid in insts:
        if res.kind.get(iid) != "party":
            continue
        si = ctx.sent_of[im.tok_start]
        if si in ctx.headings:
            continue
        group = res.office_groups.get(im.tok_end)
        if group is not None and group != iid and group in res.entities:
            # "Labour MPs", "Tory backbenchers": the party's group is in the party (mentions/parties.party_group)
            add(group, "member_of", iid, si, [im.tok_start, im.tok_end], "party-group", conf=0.9)
            continue
        nxt = next(((m, e) for m, e in persons if im.tok_end <= m.tok_start <= im.tok_end + 2), None)
        gap = doc[im.tok_end:nxt[0].tok_start] if nxt else None
        if nxt and (not len(gap) or gap[-1].lemma_.lower() in members
                    and all(t.text[:1].isupper() or t.lemma_.lower() in members for t in gap)):
            for mid in _with_conjuncts(ctx, nxt[0], nxt[1]):
                add(mid, "member_of", iid, si, [im.tok_start, nxt[0].tok_start], "party-name", conf=0.9)
            continue
        if im.tok_end - im.tok_start == 1 and doc_tokens[im.tok_start].text[:1] in letters \
                and doc_tokens[im.tok_start].text[1:2] in ("", "-"):
            before = next(((m, e) for m, e in reversed(persons) if m.tok_end == im.tok_start - 1), None)
            if before:
                add(before[1], "member_of", iid, si, [before[0].tok_start, im.tok_start + 2], "party-label", conf=0.9)
            continue
        root = doc_tokens[im.tok_end - 1]
        if root.dep_ == "appos" or root.dep_ == "attr" and root.head.lemma_ == "be":
            heads = [root.head] if root.dep_ == "appos" else subjects(root.head)
            for h in heads:
                pid = res.by_token.get(h.i, "") or ctx.antecedent.get(h.i, "")
                if pid.startswith("person/"):
                    add(pid, "member_of", iid, si, [h.i, im.tok_end - 1], "party-apposition", conf=0.8)
    # "Ito's ruling Liberal Democratic Party", "his own party": whose party it is ("Roe's Tory critics" no)
    for im, iid in insts:
        root = doc_tokens[im.tok_end - 1]
        if res.kind.get(iid) not in ("party", "org") or root.dep_ in ("compound", "amod", "nmod"):
            continue
        k = im.tok_start - 1
        while k > 0 and (doc_tokens[k].pos_ == "ADJ" or doc_tokens[k].tag_ == "VBG" and doc_tokens[k].dep_ == "amod"):
            k -= 1
        owner = None
        if k > 0 and doc_tokens[k].tag_ == "POS":
            owner = next((e for m, e in persons if m.tok_end == k), None)
            # "the Halvorsen Fund's Interim Committee": a body of the body that owns it
            # (or of the union of states: "the UN's food agency")
            whole = bodies_ending.get(k) or next(((m, e) for m, e in insts if m.tok_end == k
                                                  and res.entities[e].label in lex.institutions["unions_of_states"]), None)
            if owner is None and whole is not None and whole[1] != iid and res.kind.get(iid) == "org" \
                    and ctx.sent_of[im.tok_start] not in ctx.headings:
                add(iid, "member_of", whole[1], ctx.sent_of[im.tok_start], [whole[0].tok_start, im.tok_end - 1],
                    "body-possessive", conf=0.7)
        elif k >= 0 and doc_tokens[k].lower_ in ("his", "her"):
            owner = ctx.antecedent.get(k)
        if owner and owner.startswith("person/") and ctx.sent_of[im.tok_start] not in ctx.headings:
            add(owner, "member_of", iid, ctx.sent_of[im.tok_start], [k, im.tok_end - 1], "party-possessive", conf=0.8)
    out += _bodies_of_persons(ctx, persons, bodies_ending, add)
    # "X, a key member of Y"; "Members of Y, including X and Z"
    for t in tokens(doc):
        if t.lemma_.lower() != "member" or ctx.sent_of[t.i] in ctx.headings:
            continue
        body = next((pobj(c) for c in children(t) if c.dep_ == "prep" and c.lower_ == "of" and pobj(c) is not None), None)
        # "EC members", "OPEC member Nigeria": the body named before the word
        # ("a Green Party member": the body whose name the compound closes; not a group that takes the noun in its
        # own name, "senior shadow cabinet members")
        named = next(((c, b) for c in children(t) if c.dep_ == "compound" and (b := _named_body(ctx, c) or (
            _body_itself(ctx, c) if ctx.res.by_token.get(t.i) != ctx.res.by_token.get(c.i) else None))), None)
        if body is None and named is None:
            continue
        body = body if body is not None else named[0]
        body_id = _body(ctx, body) if named is None else named[1]
        if body_id is None:
            continue
        si = ctx.sent_of[t.i]
        members: list[str] = []
        if t.dep_ == "appos":
            members += actors(ctx, t.head, si)
        elif t.dep_ in ("attr",):
            members += [a for s in subjects(t.head) for a in actors(ctx, s, si)]
        elif t.dep_ == "compound" and t.head.i > t.i:
            members += actors(ctx, t.head, si)  # "OPEC member Nigeria"
        # "members ..., including X and Z"; "EC members led by X, Y and Z"
        lists = [c for c in children(t) if c.dep_ == "prep" and c.lower_ in ctx.lex.reference["list_preps"]]
        group = [t.head.head] if t.dep_ == "pobj" and t.head.lower_ == "of" else []  # "a group of member states led by"
        lists += [g for h in [t] + group for c in children(h) if c.dep_ == "acl" and c.lemma_ == "lead"
                  for g in children(c) if g.dep_ == "agent"]
        members += [a for c in lists for g in children(c) if g.dep_ == "pobj" for x in [g] + list(g.conjuncts)
                    for a in (actors(ctx, x, si) or _listed_state(ctx, x))]
        for mid in unique(members):
            if mid != body_id:
                add(mid, "member_of", body_id, si, [t.i, body.i], "member-of", conf=0.8)
    # "Ruritania and Freedonia joined the breakaway bloc", "joined the board of Kestrel Airways"
    joined_bodies(ctx, lambda mid, body, si, toks: add(mid, "member_of", body, si, toks, "joined", conf=0.7))
    # "the cross-party group, including X and Y": the members a body's list names are in it
    for t in (doc_tokens[i] for i in sorted(ctx.res.by_token)):  # only a named token can be a listing body
        body_id = listing_body(ctx, t)
        if body_id is None or ctx.sent_of[t.i] in ctx.headings:
            continue
        si = ctx.sent_of[t.i]
        for c in children(t):
            if c.dep_ == "prep" and c.lower_ == "including":
                for x in (x for g in children(c) if g.dep_ == "pobj" for x in [g] + list(g.conjuncts)):
                    for mid in actors(ctx, x, si):
                        # "including Tories X and Y": the people, not the party that describes them
                        if mid != body_id and (mid.startswith("person/") or ctx.res.by_token.get(x.i) == mid):
                            add(mid, "member_of", body_id, si, [t.i, x.i], "member-of", conf=0.8)
    led_bodies(ctx, lambda mid, body, si, toks: add(mid, "member_of", body, si, toks, "leads-body", conf=0.7),
               lambda mid, post, si, toks: add(mid, "holds", post, si, toks, "leads-post", conf=0.7))
    composed_bodies(ctx, lambda mid, body, si, toks: add(mid, "member_of", body, si, toks, "part-of-body", conf=0.7))
    _spoken_for(ctx, list(out), add)
    return posts_described_kept(ctx, out)


@dataclass(frozen=True)
class _At:
    """Where a body is named by a noun that points back to it ("the party's"), as a mention would say."""

    tok_start: int


def _named_body(ctx: Context, t: Token) -> str | None:
    """The body a single word names, as the article names it elsewhere ("EC" of "EC members")."""
    if not t.text[:1].isupper():
        return None
    for eid, e in ctx.res.entities.items():
        if e.type == "institution" and ctx.res.kind.get(eid) in ("org", "party") and (
                e.label == t.text or t.text in e.aliases):
            return eid
    return None


def _listed_state(ctx: Context, t: Token) -> list[str]:
    """A state named in a list of members ("led by Ruritania, Freedonia and Sylvania")."""
    eid = ctx.res.by_token.get(t.i, "")
    return [eid] if eid.startswith("institution/") and ctx.res.kind.get(eid) in ("country", "gpe") else []


def _body(ctx: Context, t: Token) -> str | None:
    eid = ctx.res.by_token.get(t.i) or ctx.antecedent.get(t.i)
    if eid and eid.startswith("institution/"):
        return eid
    for c in t.subtree:
        eid = ctx.res.by_token.get(c.i)
        if eid and eid.startswith("institution/") and ctx.res.kind.get(eid) != "gpe":
            return eid
    return None
