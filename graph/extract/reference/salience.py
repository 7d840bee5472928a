"""Salience and agreement: which person "he" or "she" stands for, and who "the home secretary" is.

Recency alone takes the last person named, even a man named as an object two sentences back. A reader
takes the person the story is about (the subject of the previous sentence's main clause, else the one
quoted), of the pronoun's gender; and reads a definite title as the person the article names in that post.
Reference (reference/actors.py) asks `pick_person` and `named_holder` while it walks the article.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..entities.posts import title_head
from ..entities.scope import another_post
from ..language.syntax import SUBJECTS, main_clause_subject, name_head, pobj
from ..language.tokens import children, tokens

__all__ = ["person_genders", "spokesman_for", "pronoun_gender", "agrees", "agent_of", "pick_person", "named_holders", "named_before", "learn_gender", "Cues",
           "gather_cues", "holds_another_grade", "other_head"]

_WINDOW = 3  # sentences back a pronoun may reach
_QUOTED_SKIP = 5  # wholly quoted sentences an unquoted pronoun reaches over besides


def pronoun_gender(ctx, t: Token) -> str | None:
    return ctx.lex.gender["pronouns"].get(t.lower_)


def person_genders(ctx) -> dict[str, str]:
    """Each person's gender ("m" or "f") where the article tells it: an honorific before or in a mention
    ("Mr Roe", "Baroness Vale"), else the given name of the entity's label; unknown persons are left out."""
    gender = ctx.lex.gender
    doc = ctx.parsed.doc
    out: dict[str, str] = {}
    for m, eid in ctx.res.mentions:
        if not eid.startswith("person/") or eid in out:
            continue
        for k in range(max(0, m.tok_start - 1), m.tok_end):
            g = gender["honorifics"].get(tokens(doc)[k].lower_.rstrip("."))
            if g:
                out[eid] = g
                break
    for eid, e in ctx.res.entities.items():
        if eid.startswith("person/") and eid not in out:
            words = [w.strip(".,").lower() for w in e.label.split()]
            words = [w for w in words if w]
            while words and words[0] in ctx.lex.honorifics:
                words = words[1:]
            g = gender["names"].get(words[0]) if len(words) >= 2 else None
            if g:
                out[eid] = g
    return out


def agrees(genders: dict[str, str], eid: str, wanted: str | None) -> bool:
    """Unknown on either side agrees with both."""
    have = genders.get(eid)
    return wanted is None or have is None or have == wanted


def learn_gender(ctx, cues: "Cues", t: Token, eid: str) -> None:
    """ "Jo Vale said her party ...": a possessive tied to its clause's subject tells that person's gender."""
    g = pronoun_gender(ctx, t)
    if g and eid.startswith("person/"):
        cues.genders.setdefault(eid, g)


def agent_of(t: Token) -> bool:
    """The token names the agent of a passive ("was denied by Mr Roe"): the one who acts, as a subject does."""
    h = name_head(t)
    return h.dep_ == "pobj" and h.head.dep_ == "agent"


def _speaker(ctx, t: Token) -> bool:
    """The token names the subject of a verb of saying (the one quoted or reported), or the one a relative
    clause of saying is about ("denied by Mr Roe, who said ...")."""
    h = name_head(t)
    speech = ctx.lex.stance["speech"]
    return h.dep_ in SUBJECTS and h.head.lemma_.lower() in speech or any(
        c.dep_ == "relcl" and c.lemma_.lower() in speech and any(
            g.dep_ == "nsubj" and g.lower_ in ("who", "that") for g in children(c)) for c in children(h))


@dataclass
class Cues:
    """What an article tells about its persons beyond recency, gathered once before pronouns are read."""

    genders: dict[str, str]  # person id -> "m" or "f"
    holders: dict[str, str]  # office id -> the person named in it
    quoted: list[bool]  # token -> inside quotation marks


def gather_cues(ctx) -> Cues:
    return Cues(person_genders(ctx), named_holders(ctx), quoted_tokens(ctx.parsed.doc))


def quoted_tokens(doc) -> list[bool]:
    """Which tokens are inside a quotation; a paragraph break ends one (news copy reopens it at each)."""
    cached = doc.user_data.get("newsgraph.quoted")  # the speakers and the pronouns both ask
    if cached is not None:
        return cached
    out = [False] * len(doc)
    inside = False
    prev = None  # the token before t, kept rather than fetched again (tokens(doc)[i] makes a new Token each time)
    for t in tokens(doc):
        if prev is not None and ("\n" in prev.text or "\n" in prev.whitespace_):
            inside = False
        text = t.text
        if text in ("“", "”", '"', "``", "''"):
            # a straight quote opens after a space and before a word, else closes (the tagger guesses)
            before_space = prev is None or bool(prev.whitespace_) or prev.is_space
            inside = text in ("“", "``") or text == '"' and before_space and not t.whitespace_
        out[t.i] = inside
        prev = t
    doc.user_data["newsgraph.quoted"] = out
    return out


def _governing_subject(ctx, t: Token, cues: Cues) -> tuple[bool, str | None]:
    """ "Roe said he would ...", "an analyst said he expected ...": the subject of the nearest clause above the
    pronoun, before it. (True, person) when that names a person; (True, None) when it is an unnamed one
    ("an analyst", "a spokesman"), whom no entity stands for; (False, None) when it tells nothing."""
    unnamed = ctx.lex.words("offices", "occupations") | ctx.lex.words("offices", "heads")
    own = t.dep_ in ("dobj", "pobj", "dative")  # "Roe praised him": never Roe (a reflexive would say so)
    for v in list(t.ancestors)[:4]:
        subj = next((c for c in children(v) if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i
                     and not any(a.i == c.i for a in t.ancestors)), None)
        if subj is None:
            continue
        if own and v.i == t.head.i or cues.quoted[t.i] and not cues.quoted[subj.i]:
            return False, None  # 'Roe said: "He ..."': the one quoted is not who he is
        eid = ctx.res.by_token.get(subj.i) or ctx.antecedent.get(subj.i)
        if eid and eid.startswith("person/"):
            return True, eid
        if eid and eid.startswith("office/") and eid in cues.holders:
            return True, cues.holders[eid]
        principal = _principal(ctx, subj) if eid is None else None
        if principal is not None:
            # "a spokesman for Ms Vale said she would": one who speaks for another says what the other will do
            return True, principal if agrees(cues.genders, principal, pronoun_gender(ctx, t)) else None
        if eid is None and subj.pos_ == "NOUN" and subj.lemma_.lower() in unnamed \
                and any(c.dep_ == "det" and c.lower_ in ("a", "an", "one", "another") for c in children(subj)):
            return True, None  # "a Dutch fund manager said he": not "his spokesman said his attack"
        return False, None
    return False, None


def spokesman_for(t: Token) -> list[Token]:
    """The tokens naming the one a spokesperson speaks for: "a spokesman for Tom Roe", "Roe's spokesman", "a Roe
    spokeswoman" (reference.actors reads them as the speaker, this module as whom a pronoun in the words means)."""
    if not t.lower_.startswith("spokes"):
        return []
    return [g for c in children(t) for g in ([pobj(c)] if c.dep_ == "prep" and c.lower_ == "for" else [c] if c.dep_ in ("poss", "compound") else [])
            if g is not None]


def _principal(ctx, subj: Token) -> str | None:
    """The one person a spokesman speaks for, named as a person."""
    found = {ctx.res.by_token.get(g.i) for g in spokesman_for(subj)} - {None}
    eid = found.pop() if len(found) == 1 else ""
    return eid if eid.startswith("person/") else None


def _fronted_subject(ctx, t: Token) -> str | None:
    """ "Asked if she would stand, Ms Vale said", "In his budget, Moss said": a pronoun in a clause or phrase
    put before its sentence's subject names that subject, when a person is named there."""
    for a in t.ancestors:
        v = a.head
        if a.dep_ in ("advcl", "prep") and a.i < v.i and v.pos_ in ("VERB", "AUX"):
            subj = next((c for c in children(v) if c.dep_ in ("nsubj", "nsubjpass") and c.i > t.i
                         and c.i > max(x.i for x in a.subtree)), None)
            eid = (ctx.res.by_token.get(subj.i) or ctx.antecedent.get(subj.i)) if subj is not None else None
            return eid if eid and eid.startswith("person/") else None
    return None


def _person_of(ctx, t: Token) -> str | None:
    eid = ctx.res.by_token.get(t.i) or ctx.antecedent.get(t.i)
    return eid if eid and eid.startswith("person/") else None


def _own_clause_subject(ctx, t: Token) -> set[str]:
    """ "Lund told him", "Roe gave her a warning": the object of a verb is never its own subject (a reflexive
    would say so), nor the subject that controls it ("Roe wants to meet him"); nor is a possessive one of the
    people its clause's subject joins ("Both Roe and Kent praised his decision": someone else's)."""
    if t.dep_ == "poss":
        v = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), t)
        joint = [c for c in children(v) if c.dep_ == "nsubj" and c.i < t.i and c.conjuncts]
        return {e for s in joint for x in (s, *s.conjuncts) for e in [_person_of(ctx, name_head(x))] if e}
    if t.dep_ not in ("dobj", "dative"):
        return set()
    v = t.head
    while True:
        subj = [c for c in children(v) if c.dep_ in ("nsubj", "nsubjpass")]
        if subj or v.dep_ != "xcomp" or v.head.i == v.i:
            break
        v = v.head
    return {e for s in subj for e in [_person_of(ctx, name_head(s))] if e}


def _reporters(ctx, t: Token) -> set[str]:
    """ "He misled the house, Hale added", "His plan will cost jobs, Ms Vale said": a pronoun in words reported by
    a person named after it is someone that person talks about; news copy names a speaker who speaks of
    themselves before the pronoun ("Hale said he ..."), not after it. Nor is it the source of an "according to"
    on its clause ("According to Hale, he lied"): one who speaks of themselves is quoted, not cited."""
    speech = ctx.lex.stance["speech"]
    clause = next((a for a in [t] + list(t.ancestors) if a.pos_ in ("VERB", "AUX")), None)
    cited = {ctx.res.by_token[name_head(g).i] for c in (children(clause) if clause is not None else ())
             if c.dep_ == "prep" and c.lower_ == "according" for x in children(c) if x.lower_ == "to"
             for g in children(x) if g.dep_ == "pobj" and ctx.res.by_token.get(name_head(g).i, "").startswith("person/")}
    verbs = [a.head for a in t.ancestors if a.dep_ in ("ccomp", "parataxis") and a.head.i > t.i]
    # (the parser may hang the trailing verb of saying on the reported clause instead)
    root = next((a for a in [t] + list(t.ancestors) if a.dep_ == "ROOT"), None)
    if root is not None:
        verbs += [c for c in children(root) if c.dep_ in ("ccomp", "parataxis") and c.i > t.i]
    out: set[str] = cited
    for v in verbs:
        if v.lemma_.lower() not in speech:
            continue
        for s in children(v):
            # a name, not a pronoun: 'his plan fails, he said' is the one the last sentences spoke of
            if s.dep_ == "nsubj" and s.i > t.i and s.pos_ == "PROPN" and ctx.res.by_token.get(name_head(s).i, "").startswith("person/"):
                out.add(ctx.res.by_token[name_head(s).i])
    return out


def _introduces_quote(t: Token) -> bool:
    """ "Roe said: "...": the subject of a verb of saying followed by a colon or a quotation mark."""
    h = name_head(t)
    nxt = h.head.nbor(1) if h.head.i + 1 < len(h.doc) else None
    return nxt is not None and (nxt.text == ":" or nxt.is_quote)


def pick_person(ctx, t: Token, people: list[tuple[int, str, bool]], cues: Cues) -> str | None:
    """The person a third-person pronoun stands for, by salience, among those of its gender: the subject of
    the clause above it; else a subject, then anyone, before it in its own sentence; else the previous
    sentence's main-clause subject; else the one quoted there; else its other subjects, else anyone of it;
    and so back. Inside a quotation, never its speaker ("I" to them). `people` lists (token, person id, was a
    subject) in text order."""
    doc = t.doc
    toks = tokens(doc)
    si = ctx.sent_of[t.i]
    wanted = pronoun_gender(ctx, t)
    told, who = _governing_subject(ctx, t, cues)
    if told and (who is None or agrees(cues.genders, who, wanted)):
        if who and wanted:
            cues.genders.setdefault(who, wanted)  # "Sato said he would ...": Sato is a man, for a "she" later
        return who
    fronted = _fronted_subject(ctx, t)
    if fronted and not any(ctx.sent_of[p[0]] == si for p in people) and agrees(cues.genders, fronted, wanted):
        return fronted
    barred = _own_clause_subject(ctx, t) | _reporters(ctx, t)
    window = [p for p in people if si - _WINDOW <= ctx.sent_of[p[0]] and p[0] < t.i
              and agrees(cues.genders, p[1], wanted) and p[1] not in barred]
    if wanted == "f" and any(cues.genders.get(p[1]) == "f" for p in window):
        # "she" and a woman the story names as one: not a person of unknown sex (most persons in the news are men,
        # so an unknown one is no likelier a woman than a named woman near by)
        window = [p for p in window if cues.genders.get(p[1]) == "f"]
    if cues.quoted[t.i]:
        speakers = {p[1] for p in window if ctx.sent_of[p[0]] >= si - 1 and _speaker(ctx, toks[p[0]])
                    and (not cues.quoted[p[0]] or _introduces_quote(toks[p[0]]))}
        # ('"He opposes the levy," Mr Kent said': the speaker named after the quotation is not "he" either, nor in
        # '"He is wrong. His plan will fail," Mr Kent said', where the quotation closes a sentence on)
        end = t.i
        while end + 1 < len(doc) and cues.quoted[end + 1] and ctx.sent_of[end + 1] <= si + 1:
            end += 1
        after = range(t.i + 1, ctx.sents[ctx.sent_of[min(end + 1, len(doc) - 1)]].end)
        speakers |= {ctx.res.by_token[x] for x in after if not cues.quoted[x]
                     and ctx.res.by_token.get(x, "").startswith("person/") and _speaker(ctx, toks[x])}
        # ('Roe hit back at Kent. "He is scaremongering," he said': the "he" who says it is the one the story
        # follows, so the one inside is the other; the outer one is read first, from the people before the quotation)
        speakers |= {who for x in after if not cues.quoted[x] and toks[x].lower_ in ctx.lex.reference["third_person_pronouns"]
                     and pronoun_gender(ctx, toks[x]) == wanted and _speaker(ctx, toks[x])
                     for who in [pick_person(ctx, toks[x], people, cues)] if who}
        window = [p for p in window if p[1] not in speakers]
    same = [p for p in window if ctx.sent_of[p[0]] == si]
    if t.dep_ == "nsubj" and t.head.lemma_.lower() in ctx.lex.stance["speech"] and t.head.i > t.i \
            and t.i - ctx.sents[si].start > 2:
        same = []  # "The plan proposed by Roe was flawed, he said": he reports it, Roe is in what he said
    if same:
        return ([p for p in same if p[2]] or same)[-1][1]
    # a pronoun outside quotation marks goes on about the story's own persons before those a quotation speaks of
    # ('Kent attacked the plan. "Roe has got it wrong." He said ...': Kent, who said it)
    passes = [(window, range(si - 1, si - _WINDOW - 1, -1))]
    if not cues.quoted[t.i]:
        # (the sentences of a quotation between are no distance: 'Kent promised X. "...three quoted sentences
        # naming Roe..." And he stressed Y' goes on about Kent, as the quotation was his)
        back = _narrative_sentences(ctx, si, cues.quoted)
        told = [p for p in people if ctx.sent_of[p[0]] in back and not cues.quoted[p[0]] and p[0] < t.i
                and agrees(cues.genders, p[1], wanted) and p[1] not in barred]
        if wanted == "f" and any(cues.genders.get(p[1]) == "f" for p in told):
            told = [p for p in told if cues.genders.get(p[1]) == "f"]
        passes.insert(0, (told, back))
    for pool, back in passes:
        for sj in back:
            there = [p for p in pool if ctx.sent_of[p[0]] == sj]
            # (then, outside quotation, one named inside the main subject: "One of his fellow trainees was Dahl. He ..."
            # goes on about the "his", whom the subject names, before the one the copula's complement names)
            tiers = ([p for p in there if main_clause_subject(toks[p[0]])], [p for p in there if _speaker(ctx, toks[p[0]])],
                     [p for p in there if p[2]], [p for p in there if not cues.quoted[t.i] and _in_main_subject(toks[p[0]])], there)
            for tier in tiers:
                if tier:
                    return tier[-1][1]
    return None


def _in_main_subject(t: Token) -> bool:
    """The token is inside the subject phrase of its sentence's main clause ("One of [his] fellow pupils was X")."""
    return any(main_clause_subject(a) for a in t.ancestors)


def _narrative_sentences(ctx, si: int, quoted: list[bool]) -> list[int]:
    """The last few sentences before `si` with words of the narrator's, nearest first: those a quotation fills
    (or a stray quotation mark alone) are skipped, up to a paragraph's worth of them."""
    out = []
    for sj in range(si - 1, max(si - _WINDOW - _QUOTED_SKIP, 0) - 1, -1):
        if any(x.is_alpha and not quoted[x.i] for x in ctx.sents[sj]):
            out.append(sj)
            if len(out) == _WINDOW:
                break
    return out


def named_holders(ctx) -> dict[str, str]:
    """office id -> the one person the article names in that post now: "Home Secretary Jo Vale" or "Jo Vale,
    the home secretary"; none where it names two, or only a former holder."""
    doc = ctx.parsed.doc
    toks = tokens(doc)
    gap_ok = {h.rstrip(".") for h in ctx.lex.offices["honorifics"]} | {r.rstrip(".") for r in ctx.lex.offices["ranks"]}
    former = ctx.lex.words("offices", "former_words")
    persons = [(m, e) for m, e in ctx.res.mentions if m.type == "person"]
    starts = {m.tok_start: e for m, e in persons}
    ends = {m.tok_end: e for m, e in persons}
    found: dict[str, set[str]] = {}
    for om, oid in ctx.res.mentions:
        if om.type != "office" or ctx.sent_of[om.tok_start] in ctx.headings:
            continue
        before = toks[om.tok_start - 1].lower_ if om.tok_start else ""
        # a former holder, or another post ("shadow", "deputy" before a title that left them out)
        if before in former or before in ("shadow", "deputy") or toks[om.tok_start].lower_.startswith("ex-"):
            continue
        pid = None
        k = om.tok_end
        while k < len(doc) and k - om.tok_end < 3 and k not in starts and toks[k].lower_.rstrip(".") in gap_ok:
            k += 1
        if k in starts:
            pid = starts[k]  # "Home Secretary Jo Vale", "the home secretary, Jo Vale"
        elif k < len(doc) and toks[k].text == "," and k + 1 in starts:
            pid = starts[k + 1]
        else:
            k = om.tok_start - 1
            while k > 0 and toks[k].lower_ in ("the", "a"):
                k -= 1
            if k > 0 and toks[k].text == "," and k in ends:
                pid = ends[k]  # "Jo Vale, the home secretary"
        if pid and ctx.sent_of[om.tok_start] == ctx.sent_of[min(len(doc) - 1, k)]:
            found.setdefault(oid, set()).add(pid)
    return {oid: next(iter(pids)) for oid, pids in found.items() if len(pids) == 1}


def named_before(cues: Cues, eid: str, people: list[tuple[int, str, bool]]) -> bool:
    """The one the story names in post `eid` is named before this point (`people`, the persons met so far): "Green
    spokesman Tom Vane said ... the Green spokesman questioned ...". A description that follows its holder's name
    points back at them whatever it does; one before it, or of a post the story names two in, at no one."""
    holder = cues.holders.get(eid)
    return holder is not None and any(e == holder for _, e, _ in people)


def holds_another_grade(res, lex, cues: Cues, eid: str, person: str) -> bool:
    """The person holds a post the office's title names with a word making it another post ("shadow chancellor",
    "deputy minister" for "the chancellor", "the minister"; offices.json other_post_words)."""
    title = res.entities[eid].label.lower().split()
    other = lex.words("offices", "other_post_words")
    held = [res.entities[oid].label.lower().split() for oid, holder in cues.holders.items() if holder == person and oid in res.entities]
    # ("Mr Vane, the chancellor, ... keeping the prime minister waiting": one named in another post is not the one
    # a bare title of another head describes, unless that post is a seat, which a minister holds too)
    return any(another_post(words, title, other) or other_head(lex, words, title) for words in held)


def other_head(lex, held: list[str], title: list[str]) -> bool:
    """Whether a post held (its words) has another head than a title's, neither a seat (offices.json seat_heads)."""
    heads, seats = lex.offices["heads"], lex.offices["seat_heads"]
    head, other = title_head(title), title_head(held)
    return head in heads and other in heads and head != other and head not in seats and other not in seats
