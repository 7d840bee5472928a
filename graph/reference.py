"""Reference: who a word stands for. Pronouns, role descriptions, speakers of quotations and
reported speech, lists ("members of the cabinet, including X and Y") and appositions, resolved to
the entities of the article. Stance and structure rules ask `actors(ctx, token, sentence)`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from .entities import Resolution
from .lexicon import Lexicon
from .nlp import Parsed
from .salience import gather_cues, learn_gender, pick_person
from .syntax import SUBJECTS, is_subject, pobj, subjects, unique

__all__ = ["FIRST_PERSON", "LIST_PREPS", "Context", "make_context", "find_speakers", "actors", "target_actor",
           "is_office", "listing_body"]

_PRONOUNS_3RD = {"he", "she", "him", "his", "her", "hers"}
_PRONOUNS_PLURAL = {"they", "them", "their"}
FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}
_COPULAS = {"be", "seem", "appear", "become", "remain", "look", "sound", "take", "make"}
LIST_PREPS = {"including", "like", "as"}
_SPOKES = {"spokesman", "spokeswoman", "spokesperson", "official", "officials", "source", "sources", "aide", "aides",
           "representative", "minister", "ministers"}


@dataclass
class Context:
    """What statement rules need to know about the article beyond one sentence."""

    parsed: Parsed
    res: Resolution
    lex: Lexicon
    sent_of: list[int]
    sents: list[Span]
    headings: set[int]
    speaker: dict[int, list[str]] = field(default_factory=dict)  # sentence -> who is quoted or reported
    antecedent: dict[int, str] = field(default_factory=dict)  # pronoun token -> entity id
    group: dict[int, list[str]] = field(default_factory=dict)  # "they" of "Britain and France ... they" -> both
    it_body: dict[int, str] = field(default_factory=dict)  # a subject "it" -> the body last in subject position
    holder_of: dict[str, str] = field(default_factory=dict)  # office id -> person id


def make_context(parsed: Parsed, res: Resolution, lex: Lexicon, headings: set[int]) -> Context:
    doc = parsed.doc
    sents = list(doc.sents)
    sent_of = [0] * len(doc)
    for i, s in enumerate(sents):
        for t in range(s.start, s.end):
            sent_of[t] = i
    ctx = Context(parsed, res, lex, sent_of, sents, headings)
    _resolve_pronouns(ctx)
    # speakers are found by the stance stage, once structure has told which person holds which office
    return ctx


def _resolve_pronouns(ctx: Context) -> None:
    """Third-person pronouns and definite role descriptions point at the person most recently in subject position."""
    doc = ctx.parsed.doc
    people: list[tuple[int, str, bool]] = []  # token, person id, was a subject
    groups: list[tuple[int, list[str]]] = []  # bodies and coordinated actors in subject position, for "they"
    named: list[tuple[int, str]] = []  # every body named so far, for "the bank", "the country"
    subjects_named: list[tuple[int, str]] = []  # bodies and states in subject position, for "it"
    cues = gather_cues(ctx)  # genders, the persons named in posts, quotations
    for t in doc:
        eid = ctx.res.by_token.get(t.i)
        if eid and eid.startswith("institution/"):
            named.append((t.i, eid))
        if eid and eid.startswith("institution/") and ctx.res.kind.get(eid) != "gpe" and _main_subject(ctx, t, eid):
            subjects_named.append((t.i, eid))  # a state is "it" too: "Japan said it would ..."
        if eid and is_subject(t):
            group = _subject_group(ctx, t, eid)
            if len(group) > 1 or eid.startswith("institution/") and ctx.res.kind.get(eid) not in ("gpe", "country"):
                groups.append((t.i, group))
        if t.lower_ == "it" and t.dep_ in ("nsubj", "nsubjpass") and t.i - ctx.sents[ctx.sent_of[t.i]].start <= 1 \
                and t.head.lemma_.lower() not in _COPULAS:
            # "The committee reached its conclusions. It warned that ...": a sentence that opens on "it"
            # goes on about the body the last one was about ("It is important to ..." is about nothing)
            recent = [e for i, e in subjects_named if ctx.sent_of[i] == ctx.sent_of[t.i] - 1]
            if recent:
                ctx.it_body[t.i] = recent[-1]
                subjects_named.append((t.i, recent[-1]))  # "It also criticised X. It recommends Y": still the body
            continue
        if t.lower_ in _PRONOUNS_PLURAL and t.i not in ctx.antecedent:
            recent = [g for g in groups if ctx.sent_of[g[0]] >= ctx.sent_of[t.i] - 1 and g[0] < t.i]
            if recent:
                ctx.antecedent[t.i] = recent[-1][1][0]
                ctx.group[t.i] = recent[-1][1]
            continue
        if eid is None and t.pos_ == "NOUN":
            body = _described_body(ctx, t, named)
            if body:
                ctx.antecedent[t.i] = body
                named.append((t.i, body))
                continue
        if eid and eid.startswith("person/"):
            if not people or people[-1][1] != eid or people[-1][0] < t.i - 3:
                people.append((t.i, eid, is_subject(t)))
            elif is_subject(t):
                people[-1] = (t.i, eid, True)
            continue
        # "the Labour peer said": a definite description names someone already in the story; "a spokesman" does not
        if t.dep_ == "poss" and t.lower_ in ("his", "her", "their", "its"):
            # "if the government reverses its plan": the body whose plan it is
            owner = _clause_subject_actor(ctx, t, "person/" if t.lower_ in ("his", "her") else "institution/")
            if owner:
                ctx.antecedent[t.i] = owner
                if owner.startswith("person/"):
                    learn_gender(ctx, cues, t, owner)
                    people.append((t.i, owner, False))
                continue
        described = eid and eid.startswith("office/") and is_subject(t) and not _attached_person(ctx, t) \
            and _definite(ctx, t) and t.lower_ not in _SPOKES and t.head.lower_ not in _SPOKES \
            and t.lower_ not in ctx.lex.offices["no_backreference_heads"] \
            and _speaks(ctx, t) and not any(c.lower_ == "of" for c in t.children)
        if t.lower_ in _PRONOUNS_3RD or described:
            # "the home secretary said": the one the article names in that post, else the one it is about
            pick = cues.holders.get(eid) if described else None
            pick = pick or pick_person(ctx, t, people, cues)
            if pick:
                ctx.antecedent[t.i] = pick
                people.append((t.i, pick, is_subject(t)))


def _main_subject(ctx: Context, t: Token, eid: str) -> bool:
    """The body is the subject of its sentence's main verb ("The committee said the EDS system had failed")."""
    h = t
    while h.dep_ in ("compound", "flat") and h.head.i != h.i:
        h = h.head
    verb = h.head
    return h.dep_ in ("nsubj", "nsubjpass") and ctx.res.by_token.get(h.i) == eid and (
        verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _subject_group(ctx: Context, t: Token, eid: str) -> list[str]:
    """The actors of a coordinated subject, from its first item: "Britain and West Germany"."""
    out = [eid]
    for c in t.conjuncts:
        other = ctx.res.by_token.get(c.i, "")
        if other.startswith(("person/", "institution/")) and ctx.res.kind.get(other) != "gpe":
            out.append(other)
    return unique(out)


def _described_body(ctx: Context, t: Token, named: list[tuple[int, str]]) -> str | None:
    """ "the bank", "the company", "the country": a bare definite noun for a sort of body points back to the
    body of that sort named last, within the last few sentences."""
    sort = ctx.lex.institutions["described_bodies"].get(t.lower_)
    if sort is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) or any(
            c.dep_ in ("amod", "compound", "nmod", "poss", "nummod") for c in t.children) \
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
        return None  # "the Japanese company", "the bank of England" name another
    res = ctx.res
    if sort == "party":
        # "he stayed in London to lead the party's opposition": the party of the person the clause is about
        own = _own_party(ctx, t)
        if own:
            return own
    for i, eid in reversed(named):
        if ctx.sent_of[i] < ctx.sent_of[t.i] - 3:
            break
        kind = res.kind.get(eid)
        label = res.entities[eid].label.lower().split() if eid in res.entities else []
        if sort == "country" and kind == "country" \
                or sort == "bank" and kind == "org" and "bank" in label \
                or sort == "company" and kind == "org" and _company_like(ctx, label) \
                or sort == "body" and kind == "org" \
                or sort == "named" and kind == "org" and label[-1:] == [t.lower_] \
                or sort == "party" and kind == "party" and t.dep_ != "compound":
            return eid
    return None


def _own_party(ctx: Context, t: Token) -> str | None:
    """The party named in the title of the person subject of t's clause ("Tory leader X", "Labour MP X")."""
    verb = t
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    person = None
    for v in [verb] + list(verb.ancestors)[:2]:
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i:
                person = ctx.res.by_token.get(c.i) or ctx.antecedent.get(c.i)
                break
        if person:
            break
    if not (person or "").startswith("person/"):
        return None
    res = ctx.res
    for m, eid in res.mentions:
        if eid != person or m.tok_start >= t.i:
            continue
        for pm, pid in res.mentions:
            if res.kind.get(pid) == "party" and m.tok_start - 4 <= pm.tok_start < m.tok_start \
                    and ctx.sent_of[pm.tok_start] == ctx.sent_of[m.tok_start]:
                return pid
    return None


def _company_like(ctx: Context, words: list[str]) -> bool:
    """An organisation whose name says no public body: "Hyundai Motor Co", not "Securities Commission"."""
    kinds = ctx.lex.institutions["kinds"]
    return not any(kinds.get(w) not in (None, "company") for w in words)


def _speaks(ctx: Context, t: Token) -> bool:
    """ "the Labour peer and former minister said": a role description in the speaker's seat."""
    head = t
    while head.dep_ in ("compound", "conj", "appos") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "nsubj" and head.head.lemma_.lower() in ctx.lex.stance["speech"]


def _clause_subject_actor(ctx: Context, t: Token, kind: str) -> str | None:
    """ "the Lib Dems gave details of their plans": a possessive pronoun usually points at its clause's subject."""
    verb = t.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i:
            eid = ctx.res.by_token.get(c.i) or ctx.antecedent.get(c.i)
            if eid and eid.startswith(kind):
                return eid
    return None


def _definite(ctx: Context, t: Token) -> bool:
    start = next((m.tok_start for m, e in ctx.res.mentions if m.tok_start <= t.i < m.tok_end), t.i)
    return start > 0 and t.doc[start - 1].lower_ == "the"


def _attached_person(ctx: Context, t: Token) -> bool:
    """An office word that is part of a name phrase ("Prime Minister Benjamin Netanyahu")."""
    eid = ctx.res.by_token.get(t.head.i)
    return bool(eid and eid.startswith("person/")) or any(
        (ctx.res.by_token.get(c.i) or "").startswith("person/") for c in t.children if c.dep_ in ("appos", "compound"))


def find_speakers(ctx: Context) -> None:
    """Who is speaking in each sentence of quoted or reported speech."""
    speech = set(ctx.lex.stance["speech"])
    explicit: dict[int, list[str]] = {}
    for si, sent in enumerate(ctx.sents):
        for t in sent:
            if t.lemma_.lower() in speech and t.pos_ in ("VERB", "AUX"):
                ids = [a for s in subjects(t) for a in actors(ctx, s, si)]
                if ids:
                    explicit[si] = unique(ids)
                    break
    # quoted runs: a quotation spans sentences and paragraphs (news copy reopens the quote at each
    # paragraph without closing the last); its speaker is named once, before, inside or after it
    runs: list[list[int]] = []
    open_quote = False
    for si, sent in enumerate(ctx.sents):
        marks = [t for t in sent if t.text == '"' or t.tag_ in ("``", "''")]
        if not open_quote and not marks:
            continue
        opens_new = not open_quote and any(t.tag_ == "``" or _opening(t) for t in marks)
        if opens_new or not runs or runs[-1][-1] != si - 1:
            runs.append([si])
        else:
            runs[-1].append(si)
        for t in marks:
            open_quote = t.tag_ == "``" or (t.tag_ != "''" and _opening(t))
    previous: tuple[int, list[str]] | None = None  # (last sentence, speakers) of the run before
    for run in runs:
        speakers = [explicit[x] for x in run if x in explicit]
        before = run[0] - 1
        if not speakers and before >= 0 and before in explicit and ctx.sents[before].text.rstrip().endswith(":"):
            speakers = [explicit[before]]
        # a quotation that goes on right after its attribution: '"...," Hawke said. "Howard has made a mess of it.'
        if not speakers and previous and previous[0] == before:
            speakers = [previous[1]]
        if speakers:
            for si in run:
                ctx.speaker[si] = explicit.get(si, speakers[0])
            previous = (run[-1], speakers[0])
        else:
            previous = None
    for si, who in explicit.items():
        ctx.speaker.setdefault(si, who)


def _opening(t: Token) -> bool:
    """A straight quote that opens: at the start, or after a space and before a word."""
    doc = t.doc
    before_space = t.i == 0 or bool(doc[t.i - 1].whitespace_) or doc[t.i - 1].is_space
    return before_space and not t.whitespace_


def actors(ctx: Context, t: Token, si: int, depth: int = 0) -> list[str]:
    """The person or institution entities a holder token stands for."""
    if depth > 3:
        return []
    res = ctx.res
    low = t.lower_
    if low in FIRST_PERSON:
        return list(ctx.speaker.get(si, []))
    if t.i in ctx.group:
        return list(ctx.group[t.i])
    if t.i in ctx.antecedent:
        return [ctx.antecedent[t.i]]
    if low in ctx.lex.institutions["distributive_plurals"] and t.i not in res.by_token:
        # "the socialist and communist parties": each body its words name
        one = " " + ctx.lex.institutions["distributive_plurals"][low]
        each = unique([res.by_token[x.i] for x in t.lefts for x in x.subtree if x.i in res.by_token
                       and res.kind.get(res.by_token[x.i]) == "common" and res.entities[res.by_token[x.i]].label.endswith(one)])
        if len(each) >= 2:
            return each
    if low in ("who", "which", "that") and t.head.dep_ == "relcl":
        return actors(ctx, t.head.head, si, depth + 1)
    if t.dep_ == "pobj" and t.head.lower_ == "among" and t.head.head.lemma_ == "be":
        # "X and Y were among the MPs who signed", "X was among the critics of Z": X and Y are the ones
        named = unique([a for s in subjects(t.head.head) for a in actors(ctx, s, si, depth + 1)])
        if named:
            return named
    if low == "it" and t.dep_ in SUBJECTS:
        # "the Labour Party said it would scrap the tax": the body that said it
        for a in t.ancestors:
            if a.lemma_.lower() in ctx.lex.stance["speech"]:
                bodies = [x for s in subjects(a) for x in actors(ctx, s, si, depth + 1) if x.startswith("institution/")]
                if bodies:
                    return bodies[:1]
                break
        return [ctx.it_body[t.i]] if t.i in ctx.it_body else []
    if t.lemma_.lower() in ctx.lex.institutions["document_nouns"] and not res.by_token.get(t.i):
        # "a report by the committee called for ...", "the bank's statement said": the authors speak
        authors = [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("by", "from", "of")
                   for g in c.children if g.dep_ == "pobj"] + [c for c in t.children if c.dep_ == "poss"]
        if t.dep_ == "dobj" and t.head.lemma_.lower() in ctx.lex.institutions["authoring_verbs"]:
            authors += subjects(t.head)  # "the MPs who signed a letter opposing X": the signers speak
        found = unique([a for g in authors for x in [g] + list(g.conjuncts) for a in actors(ctx, x, si, depth + 1)])
        if found:
            return found
    out: list[str] = []
    # "members of the war cabinet, including X and Y": the listed members hold the stance
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in LIST_PREPS or (c.dep_ == "prep" and c.lower_ == "such"):
            for g in c.children:
                if g.dep_ == "pobj":
                    for x in [g] + list(g.conjuncts):
                        out += actors(ctx, x, si, depth + 1)
    if out:
        # "the all-party group, including X and Y, rejected": the body and its members named
        body = listing_body(ctx, t)
        return unique(([body] if body else []) + out)
    # "the IDF Chief of Staff, Lt. Gen. Herzi Halevi, is reported to ...": the apposed name is the actor
    eid = res.by_token.get(t.i)
    # "a Conservative spokesperson said": the party speaks
    if t.lower_ in _SPOKES and (eid or "").startswith("office/"):
        office = next((m for m, e in res.mentions if e == eid and m.tok_start <= t.i < m.tok_end), None)
        for m, bid in res.mentions:
            if office and m.type == "institution" and office.tok_start <= m.tok_start and m.tok_end <= office.tok_end \
                    and res.kind.get(bid) in ("party", "org") and not _definite(ctx, t):
                return [bid]
    # "a spokesman for the Home Office said": the body speaks
    if t.lower_ in _SPOKES and not (eid or "").startswith("person/"):
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("for", "of", "at", "from"):
                body = pobj(c)
                bid = res.by_token.get(body.i, "") if body is not None else ""
                if bid.startswith("institution/"):
                    return [bid]
    if not (eid or "").startswith(("person/", "institution/")):
        # "his coalition partner, the far-right minister Itamar Ben-Gvir, ...": follow the appositions
        for c in t.children:
            if c.dep_ != "appos":
                continue
            for x in [c] + [g for g in c.children if g.dep_ in ("appos", "compound")]:
                if res.by_token.get(x.i, "").startswith("person/"):
                    return [res.by_token[x.i]]
    if eid is None:
        # the head of "the Prime Minister's Office" or "Netanyahu's government" is not the actor
        for c in t.children:
            if c.dep_ in ("compound", "flat", "nmod", "amod") and res.by_token.get(c.i, "").startswith(("person/", "institution/")):
                if not t.pos_ == "NOUN":
                    eid = res.by_token.get(c.i)
    allies = _allies(ctx, t, si, depth)
    if eid is None:
        return allies
    if eid.startswith("office/"):
        holder = ctx.holder_of.get(eid)
        return unique(([holder] if holder else []) + allies)
    if eid.startswith(("person/", "institution/")):
        if res.kind.get(eid) == "gpe" and _list_head(t).dep_ not in SUBJECTS and _list_head(t).dep_ != "pobj":
            return []
        return unique([eid] + _listed(ctx, t, eid) + allies)
    return allies


def listing_body(ctx: Context, t: Token) -> str | None:
    """The one body a singular noun names before its list of members ("the committee, including X and Y"); not
    a plural of people ("ministers, including X") nor an example list ("bodies such as X")."""
    eid = ctx.res.by_token.get(t.i, "")
    if not eid.startswith("institution/") or t.tag_ in ("NNS", "NNPS") or ctx.res.kind.get(eid) in ("gpe", "country"):
        return None
    return eid if any(c.dep_ == "prep" and c.lower_ == "including" for c in t.children) else None


def _list_head(t: Token) -> Token:
    """The first item of the list a token ends ("Britain" of "Britain, Japan and West Germany")."""
    while t.dep_ in ("conj", "appos") and t.head.i != t.i:
        t = t.head
    return t


def _listed(ctx: Context, t: Token, eid: str) -> list[str]:
    """ "the U.K., the Netherlands, West Germany and Japan": the parser hangs a list of names off its first
    one as an apposition; each named actor of the same sort is one more holder."""
    out = []
    for c in t.children:
        if c.dep_ != "appos":
            continue
        for x in [c] + list(c.conjuncts):
            other = ctx.res.by_token.get(x.i, "")
            if other != eid and other.split("/")[0] == eid.split("/")[0] and x.i not in _ranges_of(ctx, eid):
                out.append(other)
    return out


def _ranges_of(ctx: Context, eid: str) -> set[int]:
    return {i for m, e in ctx.res.mentions if e == eid for i in range(m.tok_start, m.tok_end)}


def _allies(ctx: Context, t: Token, si: int, depth: int) -> list[str]:
    """ "Britain and West Germany, backed by the Netherlands and Denmark, opposed ...": the agents of a
    participle of alliance on the holder hold the stance with it."""
    allied = set(ctx.lex.institutions["allied_participles"])
    out: list[str] = []
    for c in t.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in allied:
            for agent in (a for a in c.children if a.dep_ == "agent"):
                for g in agent.children:
                    if g.dep_ == "pobj":
                        for x in [g] + list(g.conjuncts):
                            out += actors(ctx, x, si, depth + 1)
    return out


def target_actor(ctx: Context, t: Token) -> str | None:
    if t.lower_ in ("who", "whom") and t.head.dep_ == "relcl" and t.head.head.i != t.i:
        return target_actor(ctx, t.head.head)  # "the governor, X, who is backed by Y": Y backs X
    eid = ctx.res.by_token.get(t.i)
    if eid and eid.startswith("person/"):
        return eid
    if t.i in ctx.antecedent:
        return ctx.antecedent[t.i]
    if eid and eid.startswith("institution/") and ctx.res.kind.get(eid) != "gpe":
        if ctx.res.kind.get(eid) == "common" and t.tag_ == "NNS" and ctx.res.entities[eid].label == t.lower_ \
                and not any(c.dep_ in ("amod", "compound", "nmod", "poss") or c.lower_ in ("the", "of", "from", "in")
                            for c in t.children):
            return None  # "warned both parties": parties in general, no body taken sides with
        return eid  # a state taken sides with ("backed Brazil") is an actor; a city is a place
    if eid and eid.startswith("office/"):
        return ctx.holder_of.get(eid)  # "praised his chancellor": the holder, when the story names one
    return None


def is_office(ctx: Context, t: Token) -> bool:
    return ctx.res.by_token.get(t.i, "").startswith("office/")
