"""Statements: who supports, opposes or warns about what, and who holds which office or sits in which body.

Stance rules read the dependency parse around a cue from the lexicon (a verb, a noun, an
adjective, an evaluation in reported speech) and yield Frames: the cue, its holders and its
target. Targets become positions or actors; holders are resolved through pronouns, speakers
of quotations and lists ("members of the cabinet, including X and Y").
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .entities import Resolution
from .lexicon import Lexicon
from .model import Evidence, Statement
from .nlp import Parsed
from .mentions import named_policies
from .positions import PositionMention, Positions, cluster_positions, content_words, phrase_span

__all__ = ["Frame", "Context", "find_frames", "position_mentions", "stance_statements",
           "structure_statements", "make_context"]

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_PRONOUNS_3RD = {"he", "she", "him", "his", "her", "hers"}
_PRONOUNS_PLURAL = {"they", "them", "their"}
_FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}
_ANAPHORS = {"it", "this", "that", "these", "those", "which"}
_LIST_PREPS = {"including", "like", "as"}
_CHARACTERISING = {"describe", "call", "label", "term", "brand", "dub", "characterise", "characterize", "condemn",
                   "dismiss", "hail", "praise", "denounce", "view", "see", "regard", "consider"}
_PROPOSED = {"proposed", "planned", "promised", "flagship", "pledged", "mooted", "controversial", "new"}
_ADDRESSEE_VERBS = {"warn", "caution", "alert", "tell", "remind", "assure", "urge"}
_SPOKES = {"spokesman", "spokeswoman", "spokesperson", "official", "officials", "source", "sources", "aide", "aides",
           "representative", "minister", "ministers"}
_PART_NOUNS = {"cornerstone", "centrepiece", "centerpiece", "heart", "core", "part", "pillar", "basis", "foundation",
               "linchpin", "plank", "element", "key"}
# verbs that state a consequence without a modal: "the policy meant a sixfold reduction"
_CONSEQUENCE = {"mean", "ensure", "lead", "bring", "deliver", "cause", "result", "create", "guarantee"}


@dataclass
class Frame:
    relation: str
    cue: int
    holders: list[int]
    target: int | None
    rule: str
    sent: int
    negated: bool = False
    target_is_clause: bool = False
    confidence: float = 0.7
    clause: int | None = None  # the verb of an object clause ("confirmed [waste will be stored in the UK]")


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
    _find_speakers(ctx)
    return ctx


# --- reference: pronouns, speakers, lists ----------------------------------------------------

def _resolve_pronouns(ctx: Context) -> None:
    """Third-person pronouns and definite role descriptions point at the person most recently in subject position."""
    doc = ctx.parsed.doc
    people: list[tuple[int, str, bool]] = []  # token, person id, was a subject
    bodies: list[tuple[int, str]] = []  # institutions in subject position, for "they"
    for t in doc:
        eid = ctx.res.by_token.get(t.i)
        if eid and eid.startswith("institution/") and _is_subject(t) and ctx.res.kind.get(eid) not in ("gpe", "country"):
            bodies.append((t.i, eid))
        if t.lower_ in _PRONOUNS_PLURAL and t.i not in ctx.antecedent:
            recent = [b for b in bodies if ctx.sent_of[b[0]] >= ctx.sent_of[t.i] - 1 and b[0] < t.i]
            if recent:
                ctx.antecedent[t.i] = recent[-1][1]
            continue
        if eid and eid.startswith("person/"):
            if not people or people[-1][1] != eid or people[-1][0] < t.i - 3:
                people.append((t.i, eid, _is_subject(t)))
            elif _is_subject(t):
                people[-1] = (t.i, eid, True)
            continue
        # "the Labour peer said": a definite description names someone already in the story; "a spokesman" does not
        if t.dep_ == "poss" and t.lower_ in ("his", "her", "their"):
            owner = _clause_subject_actor(ctx, t, "person/" if t.lower_ != "their" else "institution/")
            if owner:
                ctx.antecedent[t.i] = owner
                if owner.startswith("person/"):
                    people.append((t.i, owner, False))
                continue
        described = eid and eid.startswith("office/") and _is_subject(t) and not _attached_person(ctx, t) \
            and _definite(ctx, t) and t.lower_ not in _SPOKES and t.head.lower_ not in _SPOKES \
            and _speaks(ctx, t) and not any(c.lower_ == "of" for c in t.children)
        if t.lower_ in _PRONOUNS_3RD or described:
            window = [p for p in people if ctx.sent_of[p[0]] >= ctx.sent_of[t.i] - 3]
            subj = [p for p in window if p[2] and (ctx.sent_of[p[0]] < ctx.sent_of[t.i] or p[0] < t.i)]
            pick = (subj or window or [None])[-1]
            if pick:
                ctx.antecedent[t.i] = pick[1]
                people.append((t.i, pick[1], _is_subject(t)))


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


def _is_subject(t: Token) -> bool:
    head = t
    while head.dep_ in ("compound", "flat", "appos", "poss") and head.head.i != head.i:
        if head.dep_ == "poss":
            return False
        head = head.head
    return head.dep_ in SUBJECTS


def _attached_person(ctx: Context, t: Token) -> bool:
    """An office word that is part of a name phrase ("Prime Minister Benjamin Netanyahu")."""
    eid = ctx.res.by_token.get(t.head.i)
    return bool(eid and eid.startswith("person/")) or any(
        (ctx.res.by_token.get(c.i) or "").startswith("person/") for c in t.children if c.dep_ in ("appos", "compound"))


def _find_speakers(ctx: Context) -> None:
    """Who is speaking in each sentence of quoted or reported speech."""
    doc = ctx.parsed.doc
    speech = set(ctx.lex.stance["speech"])
    explicit: dict[int, list[str]] = {}
    for si, sent in enumerate(ctx.sents):
        for t in sent:
            if t.lemma_.lower() in speech and t.pos_ in ("VERB", "AUX"):
                ids = [a for s in _subjects(t) for a in _actors(ctx, s, si)]
                if ids:
                    explicit[si] = _unique(ids)
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


def _subjects(t: Token) -> list[Token]:
    """Subjects of a verb, climbing through xcomp, conj and participle clauses that have none."""
    cur = t
    for _ in range(4):
        subs = [c for c in cur.children if c.dep_ in ("nsubj", "csubj")]
        if subs:
            return subs + [c for s in subs for c in s.conjuncts]
        passive = [c for c in cur.children if c.dep_ == "nsubjpass"]
        agents = [g for c in cur.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if passive and not agents and cur.lemma_ in ("say", "report", "believe", "think", "understand", "expect"):
            return passive + [c for s in passive for c in s.conjuncts]
        if passive and cur.i != t.i:
            return passive + [c for s in passive for c in s.conjuncts]
        if cur.dep_ in ("xcomp", "conj", "advcl", "ccomp", "acl", "pcomp") and cur.head.i != cur.i:
            if cur.dep_ == "acl" and cur.head.pos_ in ("NOUN", "PROPN"):
                return [cur.head]
            cur = cur.head
            continue
        break
    return []


def _actors(ctx: Context, t: Token, si: int, depth: int = 0) -> list[str]:
    """The person or institution entities a holder token stands for."""
    if depth > 3:
        return []
    res = ctx.res
    low = t.lower_
    if low in _FIRST_PERSON:
        return list(ctx.speaker.get(si, []))
    if t.i in ctx.antecedent:
        return [ctx.antecedent[t.i]]
    if low == "who" and t.head.dep_ == "relcl":
        return _actors(ctx, t.head.head, si, depth + 1)
    out: list[str] = []
    # "members of the war cabinet, including X and Y": the listed members hold the stance
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in _LIST_PREPS or (c.dep_ == "prep" and c.lower_ == "such"):
            for g in c.children:
                if g.dep_ == "pobj":
                    for x in [g] + list(g.conjuncts):
                        out += _actors(ctx, x, si, depth + 1)
    if out:
        return _unique(out)
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
                body = _pobj(c)
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
    if eid is None:
        return []
    if eid.startswith("office/"):
        holder = ctx.holder_of.get(eid)
        return [holder] if holder else []
    if eid.startswith(("person/", "institution/")):
        if res.kind.get(eid) == "gpe" and t.dep_ not in SUBJECTS and t.dep_ != "pobj":
            return []
        return [eid]
    return []


def _unique(items):
    return list(dict.fromkeys(items))


# --- stance frames ---------------------------------------------------------------------------

def find_frames(ctx: Context) -> list[Frame]:
    doc = ctx.parsed.doc
    _find_speakers(ctx)  # again: offices now know their holders ("the Lord Chancellor said")
    st = ctx.lex.stance
    verbs, phrasal, nouns, adjs = st["verbs"], st["phrasal"], st["nouns"], st["adjectives"]
    agentive = st["agentive_nouns"]
    policy = set(ctx.lex.positions["heads"])
    frames: list[Frame] = []
    for si, sent in enumerate(ctx.sents):
        if si in ctx.headings:
            continue
        for t in sent:
            lemma = t.lemma_.lower()
            found = []
            if t.pos_ in ("VERB",) or (t.pos_ == "AUX" and lemma not in ("be", "have", "do")):
                found = _verb_frames(ctx, t, si, verbs, phrasal)
            if not found and t.pos_ == "NOUN" and lemma in agentive:
                found = _agentive_frames(ctx, t, si, agentive[lemma])
            if not found and t.pos_ == "NOUN" and lemma in nouns:
                found = _noun_frames(ctx, t, si, nouns[lemma])
            if not found and t.pos_ in ("NOUN", "PROPN") and (lemma in policy or t.lower_ in policy) and lemma not in nouns:
                found = _possessive_frames(ctx, t, si)
            if not found and (t.lower_ in adjs or lemma in adjs) and t.pos_ in ("ADJ", "VERB", "ADP") \
                    and (t.dep_ in ("acomp", "amod", "oprd", "xcomp", "ROOT", "ccomp", "conj")
                         or t.dep_ == "prep" and t.head.lemma_ == "be"):  # "Baker is against the tariffs"
                found = _adj_frames(ctx, t, si, adjs.get(t.lower_) or adjs.get(lemma))
            frames += found
        frames += _speech_frames(ctx, si, sent)
    for f in frames:
        f.holders = [h if isinstance(h, int) else h.i for h in f.holders]
    return frames


def _negated(ctx: Context, t: Token) -> bool:
    neg = set(ctx.lex.stance["negators"])
    negating = set(ctx.lex.stance["negating_verbs"])
    if any(c.dep_ == "neg" or c.lower_ in neg and c.dep_ in ("neg", "advmod", "det") for c in t.children):
        return True
    head = t
    while head.dep_ in ("xcomp", "ccomp") and head.head.i != head.i:
        head = head.head
        if head.lemma_.lower() in negating or any(c.dep_ == "neg" for c in head.children):
            return True
    return False


def _verb_frames(ctx: Context, t: Token, si: int, verbs: dict, phrasal: dict) -> list[Frame]:
    lemma = t.lemma_.lower()
    # "pushed back against": the parser hangs "back" off as a particle or as an adverb
    particles = [c for c in t.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in ("back", "out", "up"))]
    preps = [c for c in t.children if c.dep_ in ("prep", "agent", "dative") and c.lower_ != "by"]
    relation, rule, target = None, "", None
    for p in particles:
        for prep in preps + [c for c in p.children if c.dep_ == "prep"]:
            key = f"{lemma} {p.lower_} {prep.lower_}"
            if key in phrasal:
                relation, rule, target = phrasal[key], "verb-phrasal", _pobj(prep)
        if relation is None and f"{lemma} {p.lower_}" in phrasal:
            relation, rule = phrasal[f"{lemma} {p.lower_}"], "verb-phrasal"
            target = _dobj(t) or (next((_pobj(x) for x in preps if _pobj(x) is not None), None))
    if relation is None:
        for prep in preps:
            key = f"{lemma} {prep.lower_}"
            if key in phrasal:
                relation, rule, target = phrasal[key], "verb-prep", _pobj(prep)
                break
    if relation is None and lemma in _CHARACTERISING and _dobj(t) is not None:
        # "called the plan a disgrace", "views the plan as unfeasible": the judgement decides
        judged = _judgement(t, ctx.lex.stance)
        if judged:
            relation, rule, target = judged, "verb-judgement", _dobj(t)
    if relation is None and lemma in verbs:
        relation, rule = verbs[lemma], "verb-object"
        target = _dobj(t)
        if target is not None and lemma in _ADDRESSEE_VERBS and any(c.dep_ == "ccomp" for c in t.children):
            target = None  # "warned the committee that X": the committee is told, X is the warning
    if relation is None:
        return []
    # an object clause: "warning that a full occupation could trigger ...", "suggested reoccupying Gaza"
    clause, clause_verb = False, None
    if target is None:
        for c in t.children:
            if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX"):
                subj = [x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")]
                if subj and c.dep_ == "ccomp":
                    # "suggested Mr Blair should reinstate Brown" is no stance on Mr Blair: the clause is the point
                    target = None if _target_actor(ctx, subj[0]) else subj[0]
                    clause, clause_verb = True, c.i
                elif c.tag_ == "VBG" or c.dep_ == "xcomp" and not subj:
                    target, clause = c, True
                break
    if target is not None and clause_verb is None:
        # the parser often reads "confirmed [waste that ...] will be stored" as object + a second verb:
        # a modal verb with no subject of its own, after the object, is the object's clause
        for c in t.children:
            if c.dep_ == "conj" and c.i > target.i and c.pos_ == "VERB" and not any(
                    x.dep_ in ("nsubj", "nsubjpass") for x in c.children) and any(
                    x.dep_ == "aux" and x.tag_ == "MD" for x in c.children):
                clause, clause_verb = True, c.i
                break
    if target is None:
        for prep in preps:
            obj = _pobj(prep)
            if prep.lower_ in ("for", "against", "on", "to", "over", "about", "of", "with") and obj is not None \
                    and not _is_time(obj):
                target = obj
                break
    passive = [c for c in t.children if c.dep_ == "nsubjpass"]
    agents = [g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if agents and (passive or t.dep_ == "acl"):
        # "plans have been branded irresponsible by the Liberal Democrats"; "the plan, unveiled by Howard"
        holders = agents + [c for a in agents for c in a.conjuncts]
        target = passive[0] if passive else t.head
        rule += "-passive"
    elif passive and lemma in ("accuse", "criticise", "criticize", "condemn", "attack", "reject", "oppose", "support", "back", "endorse"):
        return []  # a passive with no agent names no holder
    else:
        holders = _subjects(t)
    if lemma == "share" and not _negated(ctx, t):
        return []  # "shared" is only a stance when negated ("not shared by the military")
    if lemma in ("say", "tell") or not holders:
        return []
    negated = _negated(ctx, t)
    if lemma == "accuse":
        target = _dobj(t) or target
    return [Frame(relation, t.i, holders, target.i if target is not None else None, rule, si,
                  negated=negated, target_is_clause=clause, confidence=0.8, clause=clause_verb)]


def _judgement(t: Token, st: dict) -> str | None:
    words = set()
    for c in t.children:
        if c.dep_ in ("oprd", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "as"):
            words |= {x.lower_ for x in c.subtree} | {x.lemma_.lower() for x in c.subtree}
        if c.dep_ == "dobj":
            for g in c.children:
                if g.dep_ in ("prep",) and g.lower_ == "as" or g.dep_ in ("amod", "acl") and g.i > c.i:
                    words |= {x.lower_ for x in g.subtree} | {x.lemma_.lower() for x in g.subtree}
    if words & set(st["negative_eval"]):
        return "opposes"
    if words & set(st["positive_eval"]):
        return "supports"
    return None


def _is_time(t: Token) -> bool:
    return t.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT") or t.lemma_.lower() in (
        "month", "year", "week", "day", "time", "decade", "hour")


def _dobj(t: Token) -> Token | None:
    for c in t.children:
        if c.dep_ in ("dobj", "obj", "attr") and c.pos_ != "PRON" or c.dep_ == "dobj":
            return c
    return None


def _pobj(prep: Token) -> Token | None:
    for c in prep.children:
        if c.dep_ in ("pobj", "pcomp"):
            return c
    return None


def _noun_frames(ctx: Context, t: Token, si: int, relation: str) -> list[Frame]:
    preps = set(ctx.lex.stance["noun_preps"][relation])
    target = None
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in preps and _pobj(c) is not None:
            target = _pobj(c)
            break
    clause = False
    if target is None:
        for c in t.children:
            if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX") and any(
                    x.lower_ == "that" and x.dep_ in ("mark", "nsubj") for x in c.children) or c.dep_ in ("acl", "ccomp") and c.pos_ == "VERB":
                subj = [x for x in c.children if x.dep_ in ("nsubj", "nsubjpass") and x.lower_ != "that"]
                obj = _dobj(c)
                target, clause = (obj or (subj[0] if subj else None)), True
                if target is not None and _target_actor(ctx, target) and target.dep_ not in ("dobj",):
                    target = None  # "his insistence that the manifesto will be New Labour" is not about Labour
                break
    if target is None:
        return []
    holders = [c for c in t.children if c.dep_ == "poss"]
    if not holders and t.lemma_.lower() in ctx.lex.stance["possessive_only_nouns"]:
        return []
    if not holders:
        if t.dep_ in ("dobj", "attr", "pobj") and t.head.pos_ in ("VERB", "AUX", "ADP"):
            verb = t.head if t.head.pos_ != "ADP" else t.head.head
            holders = _subjects(verb)
        elif t.dep_ == "appos":
            holders = [t.head]
        elif t.dep_ in ("nsubj",):
            return []
    if not holders:
        return []
    return [Frame(relation, t.i, holders, target.i, "noun-cue", si, negated=_negated(ctx, t),
                  target_is_clause=clause, confidence=0.7)]


def _agentive_frames(ctx: Context, t: Token, si: int, relation: str) -> list[Frame]:
    """ "opponents of the bill, including A and B"; "Porter, architect of the tax plan"."""
    target = next((_pobj(c) for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "to") and _pobj(c) is not None), None)
    if target is None:
        return []
    holders = [t] if any(c.dep_ == "prep" and c.lower_ in _LIST_PREPS for c in t.children) else []
    if t.dep_ == "appos":
        holders.append(t.head)
    elif t.dep_ == "attr":
        holders += _subjects(t.head)
    if not holders:
        return []
    return [Frame(relation, t.i, holders, target.i, "agentive-noun", si, confidence=0.7)]


def _possessive_frames(ctx: Context, t: Token, si: int) -> list[Frame]:
    """ "Howard's proposed expenditure savings", "Lord Dubs' bill", "the Howard tax plan": the owner backs it."""
    if t.pos_ == "NOUN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" and not
                                ctx.res.by_token.get(c.i, "").startswith("person/") for c in t.children) \
            and not any(s <= t.i < e for s, e in named_policies(t.doc)):
        return []  # "BBC Radio 4's Today programme" is a name, not a policy
    owners = [c for c in t.children if c.dep_ == "poss" and c.lower_ not in _FIRST_PERSON
              and ctx.res.kind.get(ctx.res.by_token.get(c.i, "")) not in ("gpe", "country")]
    owners += [c for c in t.children if c.dep_ == "compound" and ctx.res.by_token.get(c.i, "").startswith("person/")]
    if not owners:
        return []
    # "the tax plan is the cornerstone of the Liberal Party's strategy": the owner backs the subject
    part = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" else None
    if part is not None and part.lemma_.lower() in _PART_NOUNS and part.dep_ == "attr":
        subjects = [c for c in part.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return [Frame("supports", part.i, owners, subjects[0].i, "part-of-policy", si, confidence=0.6)]
    proposed = any(c.dep_ == "amod" and c.lower_ in _PROPOSED for c in t.children)
    if not proposed and (t.lemma_.lower() not in ctx.lex.positions["salient_heads"]
                         and t.lower_ not in ctx.lex.positions["salient_heads"]):
        return []  # "Rose's strategy of quality" is no policy; "Howard's proposed savings" and "Labour's plans" are
    return [Frame("supports", t.i, owners, t.i, "possessive-policy", si, confidence=0.5)]


def _adj_frames(ctx: Context, t: Token, si: int, relation: str | None) -> list[Frame]:
    if relation is None:
        return []
    target = _pobj(t) if t.pos_ == "ADP" else None
    for c in t.children:
        if target is None and c.dep_ in ("prep", "agent") and _pobj(c) is not None:
            target = _pobj(c)
            break
    if target is None:
        return []
    head = t.head if t.dep_ in ("acomp", "oprd", "xcomp", "prep") else t
    holders = _subjects(head) if head.i != t.i else _subjects(t)
    if not holders:  # "Lund was alarmed by the reform": the adjectival passive's subject feels it
        holders = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not holders and t.dep_ == "amod":
        holders = [t.head]
    if not holders:
        return []
    return [Frame(relation, t.i, holders, target.i, "adjective-cue", si, negated=_negated(ctx, head),
                  confidence=0.7)]


def _effect(verb: Token, lemma: str, st: dict) -> str:
    """Whether a predicted consequence harms or helps: "would cost jobs" harms, "would raise money" helps."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr", "pobj", "prep", "dative", "ccomp", "xcomp")]
    words = {x.lemma_.lower() for o in objects for x in o.subtree} | {x.lower_ for o in objects for x in o.subtree}
    money = any(x.ent_type_ == "MONEY" for o in objects for x in o.subtree)
    bad = bool(words & set(st["harm_objects"]))
    good = bool(words & set(st["benefit_objects"])) or money
    if lemma in st["decrease_verbs"]:
        return "benefit" if bad else "harm" if good else ""
    if lemma in st["increase_verbs"]:
        return "harm" if bad else "benefit" if good else ""
    if lemma in st["harm"]:
        return "harm"
    if lemma in st["benefit"]:
        return "benefit"
    return "harm" if bad and not good else "benefit" if good and not bad else ""


def _speech_frames(ctx: Context, si: int, sent: Span) -> list[Frame]:
    """Evaluations and predictions in quoted or reported speech: "the plan would damage the economy"."""
    speaker = ctx.speaker.get(si)
    st = ctx.lex.stance
    neg_eval, pos_eval = set(st["negative_eval"]), set(st["positive_eval"])
    harm, benefit = set(st["harm"]), set(st["benefit"])
    harm_obj, benefit_obj = set(st["harm_objects"]), set(st["benefit_objects"])
    frames = []
    low_text = sent.text.lower()
    phrase_neg = any(p in low_text for p in st["negative_phrases"])
    speech = set(st["speech"])
    for t in sent:
        if t.dep_ not in ("ROOT", "ccomp", "conj", "xcomp") or t.pos_ not in ("VERB", "AUX"):
            continue
        if t.lemma_.lower() in speech:
            continue
        subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "There can be no Hamas": the speaker wants the actor gone
        if any(c.dep_ == "expl" for c in t.children):
            for c in t.children:
                if c.dep_ == "attr" and any(d.lower_ == "no" for d in c.children) \
                        and _target_actor(ctx, c) and ctx.res.kind.get(_target_actor(ctx, c)) in ("org", "party", None):
                    frames.append(Frame("opposes", t.i, [-1], c.i, "speech-existential-negation", si, confidence=0.6))
            continue
        if not subj and t.dep_ == "conj" and t.head.lemma_.lower() in speech:
            # "agreed the 1701 Act ... was discriminatory", parsed as object + a second verb:
            # the object is what the clause is about
            subj = [c for c in t.head.children if c.dep_ == "dobj" and c.i < t.i]
        if not subj:
            continue
        s = subj[0]
        if s.lower_ in _FIRST_PERSON or (ctx.res.by_token.get(s.i, "").startswith("person/") and not phrase_neg):
            continue
        negated = any(c.dep_ == "neg" for c in t.children)
        modal = any(c.dep_ == "aux" and c.lower_ in ("would", "could", "will", "may", "might", "'d") for c in t.children)
        lemma = t.lemma_.lower()
        subject_span = {x.i for x in s.subtree}
        # the judgement is in the predicate: "the important thing was X" judges nothing
        words = {w for x in t.subtree if x.i not in subject_span for w in (x.lemma_.lower(), x.lower_)}
        if s.lower_ == "it" and (any(c.dep_ in ("xcomp", "ccomp", "csubj") or c.dep_ == "advcl" and any(
                m.lower_ in ("if", "that", "when") for m in c.children) for c in t.children) or any(
                g.dep_ in ("acl", "relcl") for c in t.children if c.dep_ in ("attr", "acomp") for g in c.children)):
            continue  # "it is our right to use ...": an extraposed clause, not the policy in focus
        if _target_actor(ctx, s) and not (phrase_neg or (lemma == "be" and words & neg_eval)):
            continue  # "Labour are creating two Britains" is a charge only when it says so in words
        relation = None
        if lemma == "be":
            if words & neg_eval or phrase_neg:
                # a prediction ("such a move would be a mistake") warns; a judgement opposes
                relation = "supports" if negated and not phrase_neg else "warns" if modal else "opposes"
            elif words & pos_eval and not negated:
                relation = "supports"
        elif modal or lemma in _CONSEQUENCE:
            effect = _effect(t, lemma, st)
            relation = {"harm": "warns", "benefit": "supports"}.get(effect)
        elif phrase_neg:
            relation = "opposes"
        holders = _reporter(ctx, t) or ([-1] if speaker else [])
        if relation and holders and not (negated and relation != "opposes"):
            target = _antecedent_of_relative(s)
            frames.append(Frame(relation, t.i, holders, target.i, "speech-evaluation", si, confidence=0.6))
    return frames


def _antecedent_of_relative(s: Token) -> Token:
    """ "savings, which Keating claimed were distorted": "which" is the savings."""
    if s.lower_ not in ("which", "that"):
        return s
    for a in s.ancestors:
        if a.dep_ == "relcl":
            return a.head
    return s


def _reporter(ctx: Context, t: Token) -> list[int]:
    """The subject of the speech verb this clause is reported under, when it names an actor."""
    speech = set(ctx.lex.stance["speech"])
    for a in ([t.head] if t.dep_ == "conj" and t.head.lemma_.lower() in speech else []) + list(t.ancestors):
        if a.lemma_.lower() in speech and a.pos_ in ("VERB", "AUX"):
            subs = [x for x in _subjects(a) if _actors(ctx, x, ctx.sent_of[a.i])]
            return [x.i for x in subs]
    return []


# --- positions -------------------------------------------------------------------------------

def position_mentions(ctx: Context, frames: list[Frame]) -> Positions:
    """Position mentions from stance targets and from phrases headed by a policy noun."""
    doc = ctx.parsed.doc
    lex = ctx.lex
    heads = set(lex.positions["heads"])
    # who owns a policy is not what it is about: "Tory plans" are "the plans"
    person_tokens = {i for i, e in ctx.res.by_token.items() if e.startswith("person/") or (
        e.startswith("institution/") and ctx.res.kind.get(e) in ("party", "org", "common"))}
    found: dict[int, PositionMention] = {}
    named = {i: (s, e) for s, e in named_policies(doc) for i in range(s, e)}

    def add(head: Token, weight: float, clause: bool = False):
        if head.i in found:
            found[head.i].weight = max(found[head.i].weight, weight)
            return
        head = _inner_position(head, lex)
        if head.pos_ == "PRON" and head.lower_ not in _ANAPHORS:
            return
        if head.i in named:
            s, e = named[head.i]
            head = doc[e - 1]
        else:
            s, e = phrase_span(head, lex)
        content = content_words(doc, s, e, lex, skip=person_tokens)
        if _such(head):
            content = frozenset()  # "such a secular state": the consequence of the policy in focus
        for i in range(s, e):
            found.pop(i, None) if i != head.i and i in found and found[i].start >= s and found[i].end <= e else None
        syn = lex.positions["synonyms"]
        found[head.i] = PositionMention(s, e, head.i, ctx.sent_of[head.i], content, weight, clause=clause,
                                        head_lemma=syn.get(head.lemma_.lower(), head.lemma_.lower()))

    for f in frames:
        if f.target is None:
            continue
        t = doc[f.target]
        if _target_actor(ctx, t):
            continue
        if not any(ctx.speaker.get(f.sent) if h == -1 else _actors(ctx, doc[h], f.sent) for h in f.holders):
            continue  # a report recommends, a rule requires: no actor, no stance, no focus
        if f.negated and f.relation != "supports":
            continue  # "did not rule out change": no stance, so no policy brought into focus
        inner = _inner_position(t, lex)
        if not (_position_like(inner, lex) or inner.i in named or _such(inner)):
            if f.clause is None:
                continue
            # what was confirmed or warned about is the whole clause: "waste will now be stored in the UK"
            f.target = f.clause
            add(doc[f.clause], 3.0, clause=True)
            continue
        add(t, 3.0, clause=t.pos_ in ("VERB", "AUX") and f.target_is_clause)
    salient = set(lex.positions["salient_heads"])
    for t in doc:
        if ctx.sent_of[t.i] in ctx.headings or ctx.sents[ctx.sent_of[t.i]].text.isupper():
            continue  # titles are written to catch the eye, not to name the policy
        if t.pos_ in ("NOUN", "PROPN") and (t.lemma_.lower() in salient or t.lower_ in salient) and t.i not in found \
                and not ctx.res.by_token.get(t.i, "").startswith(("person/", "institution/", "office/")):
            if t.dep_ == "compound":
                continue
            add(t, 1.0)
    return cluster_positions(list(found.values()))


def _such(t: Token) -> bool:
    return any(c.lower_ == "such" and c.dep_ in ("amod", "predet", "det") for c in t.children)


def _inner_position(head: Token, lex: Lexicon) -> Token:
    """ "the plan for a total Gaza takeover" is about the takeover; "any move that suggests a
    reoccupation of Gaza" is about the reoccupation."""
    generic = set(lex.positions["generic"])
    heads = set(lex.positions["heads"])
    own = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod") and c.lower_ not in lex.positions["drop_modifiers"]]
    if head.lemma_.lower() in generic and not own:
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ("for", "of") and _pobj(c) is not None and _pobj(c).pos_ in ("NOUN", "PROPN"):
                inner = _pobj(c)
                if inner.lemma_.lower() not in generic:
                    return inner
            if c.dep_ in ("relcl", "acl"):
                for x in c.subtree:
                    if x.pos_ == "NOUN" and x.lemma_.lower() in heads and x.lemma_.lower() not in generic:
                        return x
    return head


def _position_like(head: Token, lex: Lexicon) -> bool:
    """A stance target that can be a policy: a policy noun, an action ("reoccupying Gaza"), a named act, or a pointer back."""
    lemma = head.lemma_.lower()
    if lemma in lex.positions["heads"] or head.lower_ in lex.positions["heads"] or lemma in lex.positions["generic"]:
        return True
    if head.pos_ == "VERB" or head.lower_ in _ANAPHORS:
        return True
    if head.pos_ == "PROPN" and head.text[:1].isupper() and any(
            t.lower_ in ("act", "bill", "law", "plan", "treaty") for t in head.subtree):
        return True
    if head.pos_ == "NOUN" and head.lower_.endswith("ing") and any(c.dep_ == "amod" for c in head.children):
        return True  # "tactical voting", "indefinite detaining"
    return head.pos_ == "NOUN" and any(c.dep_ in ("prep", "acl") for c in head.children) and lemma.endswith(
        ("tion", "ment", "sion", "ance", "ence", "ure", "al", "ing"))


def _owner_of_generic(ctx: Context, t: Token, si: int) -> str | None:
    """ "pushed back against Netanyahu's orders", "supports the party's policies": a policy named only by
    its owner stands for the owner."""
    if t.lemma_.lower() not in ctx.lex.positions["generic"] or content_words(t.doc, t.i, t.i + 1, ctx.lex):
        return None
    if any(c.dep_ in ("amod", "compound", "prep", "acl", "relcl") and c.lower_ not in ctx.lex.positions["drop_modifiers"]
           for c in t.children):
        return None
    owners = [a for c in t.children if c.dep_ == "poss" and c.pos_ != "PRON" for a in _actors(ctx, c, si)]
    return owners[0] if len(owners) == 1 else None


def _target_actor(ctx: Context, t: Token) -> str | None:
    eid = ctx.res.by_token.get(t.i)
    if eid and eid.startswith("person/"):
        return eid
    if t.i in ctx.antecedent:
        return ctx.antecedent[t.i]
    if eid and eid.startswith("institution/") and ctx.res.kind.get(eid) not in ("gpe", "country"):
        return eid
    return None


# --- statements ------------------------------------------------------------------------------

def _evidence(ctx: Context, si: int, tokens: list[int]) -> Evidence:
    sent = ctx.sents[si]
    s, e = ctx.parsed.tokens_span(sent.start, sent.end)
    text = ctx.parsed.article.text
    while e > s and text[e - 1].isspace():
        e -= 1
    while s < e and text[s].isspace():
        s += 1
    toks = [t for t in tokens if t is not None and t >= 0 and sent.start <= t < sent.end] or [sent.start]
    cs, _ = ctx.parsed.tokens_span(min(toks), min(toks) + 1)
    _, ce = ctx.parsed.tokens_span(max(toks), max(toks) + 1)
    return Evidence(sentence=text[s:e], start=s, end=e, cite_start=max(cs, s), cite_end=min(ce, e))


def _qualifiers(ctx: Context, f: Frame) -> tuple[str, bool]:
    sent = ctx.sents[f.sent]
    hedges = set(ctx.lex.stance["hedges"])
    attribution = ""
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < len(sent.doc) and sent.doc[t.i + 1].lower_ == "to":
            obj = _pobj(sent.doc[t.i + 1])
            if obj is not None:
                span = list(obj.subtree)
                attribution = "according to " + sent.doc[span[0].i:span[-1].i + 1].text
                break
    cue = sent.doc[f.cue]
    chain = [cue] + [a for a in cue.ancestors][:3]
    hedged = any(c.lower_ in hedges and c.dep_ in ("advmod", "aux", "auxpass") or
                 c.lemma_ in ("report", "say", "believe") and c.dep_ not in ("ROOT",) and c.tag_ == "VBN"
                 for x in chain for c in [x] + list(x.children) if c.i != cue.i or c.dep_ in ("aux",))
    if not attribution:
        # "Baker is against the tariffs, officials said": the claim rests on unnamed sources
        heads = set(ctx.lex.stance["attribution_heads"])
        for x in chain:
            if x.lemma_.lower() in ("say", "report", "tell", "claim", "add") and x.i != cue.i:
                subj = [c for c in x.children if c.dep_ == "nsubj" and c.lemma_.lower() in heads]
                if subj:
                    attribution = " ".join(w.text for w in subj[0].subtree) + " " + x.text
                    break
    if not attribution and any(c.lower_ == "reportedly" for x in chain for c in x.children):
        attribution = "reportedly"
    if not attribution and any(c.lemma_ == "report" and c.tag_ == "VBN" for c in chain):
        attribution = "is reported"
    if not attribution and any(c.lemma_ == "say" and c.tag_ == "VBN" for c in chain):
        attribution = "is said"
    # "reportedly", "is reported to", "is said to": second-hand, whichever way the sentence puts it
    return attribution, hedged or attribution in ("reportedly", "is reported", "is said")


def stance_statements(ctx: Context, frames: list[Frame], positions: Positions) -> list[Statement]:
    doc = ctx.parsed.doc
    out = []
    for f in frames:
        if f.target is None:
            continue
        relation = f.relation
        negated = f.negated
        if negated:
            if relation != "supports":
                continue  # "did not rule out change" says nothing for or against
            relation = "opposes"  # a refused or denied support is opposition
        holders: list[str] = []
        for h in f.holders:
            if h == -1:
                holders += ctx.speaker.get(f.sent, [])
            else:
                holders += _actors(ctx, doc[h], f.sent)
        holders = _unique(holders)
        if not holders:
            continue
        target_tok = doc[f.target]
        obj = _target_actor(ctx, target_tok) or _owner_of_generic(ctx, target_tok, f.sent)
        if obj is None:
            cluster = positions.at(_inner_position(target_tok, ctx.lex).i)
            if cluster is None:
                cluster = positions.at(f.target)
            if cluster is None:
                continue
            obj = f"position#{cluster}"
        attribution, hedged = _qualifiers(ctx, f)
        if f.rule == "speech-evaluation" and not attribution:
            attribution = "quoted"
        ev = _evidence(ctx, f.sent, [f.cue, f.target] + [h for h in f.holders if h >= 0])
        for holder in holders:
            if holder == obj:
                continue
            conf = round(f.confidence * (0.8 if hedged else 1.0), 2)
            out.append(Statement(holder, relation, obj, ev, f.rule, conf, attribution, hedged, negated,
                                 cue=doc[f.cue].text))
    return out


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
        out.append(Statement(subject, relation, obj, _evidence(ctx, si, toks), rule, conf, former=former))

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
            if om.tok_start <= im.tok_start and im.tok_end <= om.tok_end and res.kind.get(iid) in ("party", "org"):
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
        body = next((_pobj(c) for c in t.children if c.dep_ == "prep" and c.lower_ == "of" and _pobj(c) is not None), None)
        if body is None:
            continue
        body_id = _body(ctx, body)
        if body_id is None:
            continue
        si = ctx.sent_of[t.i]
        members: list[str] = []
        if t.dep_ == "appos":
            members += _actors(ctx, t.head, si)
        elif t.dep_ in ("attr",):
            members += [a for s in _subjects(t.head) for a in _actors(ctx, s, si)]
        members += [a for c in t.children if c.dep_ == "prep" and c.lower_ in _LIST_PREPS
                    for g in c.children if g.dep_ == "pobj" for x in [g] + list(g.conjuncts)
                    for a in _actors(ctx, x, si)]
        for mid in _unique(members):
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
