"""Statements: stance frames made edges. Targets become positions (grouped paraphrases) or
actors; each edge keeps its evidence (the sentence, the cited span), its rule, a confidence and the
qualifiers a reader needs (attribution, hedging, negation).
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .edge_features import EdgeFacts, article_features, edge_features
from .lexicon import Lexicon
from .spans import named_policies
from .model import Evidence, Statement
from .positions import PositionMention, Positions, cluster_positions, content_words, phrase_span, surface_forms
from .reference import Context, actors, is_office, target_actor
from .scorer import stance_confidence
from .stance import Frame
from .syntax import pobj

__all__ = ["position_mentions", "stance_statements", "evidence_of", "inner_position"]


def position_mentions(ctx: Context, frames: list[Frame]) -> Positions:
    """Position mentions from stance targets and from phrases headed by a policy noun."""
    doc = ctx.parsed.doc
    lex = ctx.lex
    # who owns a policy is not what it is about: "Tory plans" are "the plans"
    person_tokens = {i for i, e in ctx.res.by_token.items() if e.startswith("person/") or (
        e.startswith("institution/") and ctx.res.kind.get(e) in ("party", "org", "common"))}
    found: dict[int, PositionMention] = {}
    named = {i: (s, e) for s, e in named_policies(doc) for i in range(s, e)}

    def add(head: Token, weight: float, clause: bool = False):
        if head.i in found:
            found[head.i].weight = max(found[head.i].weight, weight)
            return
        head = inner_position(head, lex)
        if head.pos_ == "PRON" and head.lower_ not in lex.positions["anaphors"]:
            return
        forms = ()
        if head.i in named:
            s, e = named[head.i]
            head = doc[e - 1]
        else:
            s, e = phrase_span(head, lex)
            forms = surface_forms(head, lex, (s, e))
        content = content_words(doc, s, e, lex, skip=person_tokens)
        if _such(head):
            content = frozenset()  # "such a secular state": the consequence of the policy in focus
        for i in range(s, e) if not clause else ():  # a clause only restates: it leaves what it holds named
            found.pop(i, None) if i != head.i and i in found and found[i].start >= s and found[i].end <= e else None
        syn = lex.positions["synonyms"]
        found[head.i] = PositionMention(s, e, head.i, ctx.sent_of[head.i], content, weight, clause=clause,
                                        head_lemma=syn.get(head.lemma_.lower(), head.lemma_.lower()),
                                        indefinite=_indefinite(head, lex, person_tokens), forms=forms,
                                        gaps=tuple(c.i for c in head.children if c.dep_ == "neg" and head.pos_ in ("VERB", "AUX")))

    cues = {f.cue for f in frames}
    for f in frames:
        if f.target is None:
            continue
        vp = _wanted_action(doc, f, lex, cues)
        if vp is not None:
            f.target = vp.i  # "urged the government to redraft the clauses": the redrafting is wanted
        f.target = _antecedent(doc[f.target]).i
        t = doc[f.target]
        if target_actor(ctx, t):
            continue
        if not any(ctx.speaker.get(f.sent) if h == -1 else actors(ctx, doc[h], f.sent) for h in f.holders):
            continue  # a report recommends, a rule requires: no actor, no stance, no focus
        if f.negated and f.relation != "supports":
            continue  # "did not rule out change": no stance, so no policy brought into focus
        inner = inner_position(t, lex)
        # the plainest cues take any noun as their side ("came out against the euro"); the rest need a policy
        cue = doc[f.cue].lemma_.lower()
        explicit = (f.rule == "verb-phrasal" or cue in lex.stance["plain_cues"] or cue in lex.positions["wanting_cues"]) \
            and f.relation != "warns" \
            and inner.pos_ in ("NOUN", "PROPN") and not _discourse(inner, lex)
        said = _content_clause(doc[f.cue], lex) if f.rule == "noun-cue" and f.target_is_clause else None
        if said is not None and said.left_edge.i <= f.target <= said.right_edge.i:
            # "Blair's promise that MPs could review it": the promise with what it says is the side taken
            f.target = f.cue
            t = inner = doc[f.cue]
        if not (_position_like(inner, lex) or inner.i in named or _such(inner) or explicit or f.rule == "deontic"
                or _content_clause(inner, lex) is not None):
            if f.clause is None:
                continue
            # what was confirmed or warned about is the whole clause: "waste will now be stored in the UK"
            f.target = f.clause
            add(doc[f.clause], 3.0, clause=True)
            continue
        # a gerund with no subject of its own names a policy ("recommended replacing A-levels"), and so does
        # the action a noun of intent names ("promises to cut tax by £4bn"); a clause ("warned that prices
        # would rise") or a verb's intention ("wants to win") only restates a known one
        action = t.tag_ == "VBG" or f.rule == "noun-cue" and t.i not in cues and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and not any(
            c.dep_ == "dobj" and target_actor(ctx, c) for c in t.children)  # "pledge to fight X" is read by
        # "fight"; "ambitions to replace Mr Blair" are about a person
        add(t, 3.0, clause=t.pos_ in ("VERB", "AUX") and f.target_is_clause and (
            f.clause is not None or not action or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)))
    salient = set(lex.positions["salient_heads"])
    shouting = {i for i, sent in enumerate(ctx.sents) if sent.text.isupper()}
    # "recommended replacing the poll tax with a land tax": the taxes are parts of the policy taken sides on
    inside = {i for m in found.values() for i in range(m.start, m.end) if i != m.head}
    for t in doc:
        if ctx.sent_of[t.i] in ctx.headings or ctx.sent_of[t.i] in shouting:
            continue  # titles are written to catch the eye, not to name the policy
        if t.pos_ in ("NOUN", "PROPN") and (t.lemma_.lower() in salient or t.lower_ in salient) \
                and t.i not in found and t.i not in inside \
                and not ctx.res.by_token.get(t.i, "").startswith(("person/", "institution/", "office/")):
            if t.dep_ == "compound":
                continue
            add(t, 1.0)
    return cluster_positions(list(found.values()))


def _indefinite(t: Token, lex: Lexicon, owners: set[int]) -> bool:
    """ "backed reforms", "supports legislation now before Congress": a policy named for the first time,
    where "the plan", "its proposals", "such a move" and "Conservative policies" point back at one named before."""
    if t.pos_ not in ("NOUN", "PROPN"):
        return False
    pointers = set(lex.positions["anaphoric_determiners"])
    return not any(c.dep_ in ("det", "poss", "predet", "amod") and c.lower_ in pointers or c.dep_ == "poss"
                   or c.i in owners for c in t.children)


def _antecedent(t: Token) -> Token:
    """ "Okuda, who is backed by the socialists", "the peg, which G7 nations have blamed": a relative pronoun
    stands for the noun its clause describes; a free "what" ("This is what the unions wanted") is a pointer back
    (positions.json anaphors)."""
    if t.tag_ in ("WP", "WDT") and t.lower_ in ("who", "whom", "which", "that") and t.head.dep_ == "relcl" \
            and t.head.head.pos_ in ("NOUN", "PROPN"):
        return t.head.head
    if t.lower_ == "what" and t.head.dep_ == "csubj" and t.head.head.lemma_ == "be":
        # "What we want is a ban": a pseudo-cleft names what is wanted after the copula
        attr = [c for c in t.head.head.children if c.dep_ in ("attr", "acomp") and c.i > t.head.i]
        return attr[0] if attr else t
    return t


def _content_clause(t: Token, lex: Lexicon) -> Token | None:
    """The clause a noun of saying or intending states: "the view that there was no agreement", "a promise
    that MPs would review it" (not a relative clause: "the view that he took")."""
    doc = t.doc
    if t.pos_ not in ("NOUN", "PROPN") or t.i + 2 >= len(doc) or doc[t.i + 1].lower_ != "that" \
            or t.lemma_.lower() not in lex.positions["content_nouns"]:
        return None
    for c in t.children:
        if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX") and c.i > t.i + 1 and any(
                x.dep_ in ("nsubj", "nsubjpass", "expl") and x.lower_ not in ("that", "which") for x in c.children):
            return c
    return None


def _wanted_action(doc, f: Frame, lex: Lexicon, cues: set[int]) -> Token | None:
    """ "urged the government to redraft the clauses", "ordered 82 companies to repay their loans": the one
    told is no side taken, the action they are told to take is (but "backed Brown to win" backs Brown, and
    "urged MPs to reject the bill" is read by the cue it urges)."""
    cue = doc[f.cue]
    if f.target is None or f.relation == "warns" or cue.lemma_.lower() in lex.stance["actor_cues"] or doc[f.target].head.i != cue.i \
            or doc[f.target].dep_ != "dobj":
        return None
    for c in cue.children:
        if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > f.target and c.i not in cues and any(
                x.dep_ == "aux" and x.lower_ == "to" for x in c.children) and any(x.dep_ == "dobj" for x in c.children):
            return c  # an action done to something: "to think again" is no policy
    return None


def _discourse(t: Token, lex: Lexicon) -> bool:
    """Words about talk, not policy: "rejected the claims", "dismissed questions", "criticised the timing"."""
    return t.lemma_.lower() in lex.positions["not_positions"] or t.ent_type_ in (
        "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "PERSON", "GPE", "LOC", "NORP")


def _holder_by_title(ctx: Context, t: Token) -> str | None:
    word = t.lemma_.lower()
    holders = {ctx.holder_of[oid] for oid, e in ctx.res.entities.items()
               if oid in ctx.holder_of and e.label.lower().split()[-1:] == [word]}
    return holders.pop() if len(holders) == 1 else None


def _such(t: Token) -> bool:
    return any(c.lower_ == "such" and c.dep_ in ("amod", "predet", "det") for c in t.children)


def inner_position(head: Token, lex: Lexicon) -> Token:
    """ "the plan for a total Gaza takeover" is about the takeover; "any move that suggests a
    reoccupation of Gaza" is about the reoccupation."""
    # "calls for a tax cut", "pressure for reform", "demands for a ban": about the thing called for
    calls = set(lex.positions["call_nouns"])
    generic = set(lex.positions["generic"]) | calls
    heads = set(lex.positions["heads"])
    own = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod") and c.lower_ not in lex.positions["drop_modifiers"]]
    if head.lemma_.lower() in generic and not own:
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ("for", "of") and pobj(c) is not None and pobj(c).pos_ in ("NOUN", "PROPN") \
                    and not (c.lower_ == "of" and head.lower_ in lex.positions["done_to_object"]):
                inner = pobj(c)
                if inner.lemma_.lower() not in generic or head.lemma_.lower() in calls:
                    return inner  # "support for initiatives" is about the initiatives, whatever they are
            if c.dep_ in ("relcl", "acl") and not _to_infinitive(c):
                # "any move that suggests a reoccupation" is about the reoccupation, but "proposals to cut
                # income tax" are the cutting: a to-clause says what the plan does, so the plan keeps it
                for x in c.subtree:
                    if x.pos_ == "NOUN" and x.lemma_.lower() in heads and x.lemma_.lower() not in generic:
                        return x
    return head


def _to_infinitive(v: Token) -> bool:
    return v.pos_ in ("VERB", "AUX") and any(x.dep_ == "aux" and x.lower_ == "to" for x in v.children)


def _position_like(head: Token, lex: Lexicon) -> bool:
    """A stance target that can be a policy: a policy noun, an action ("reoccupying Gaza"), a named act, or a pointer back."""
    lemma = head.lemma_.lower()
    if lemma in lex.positions["heads"] or head.lower_ in lex.positions["heads"] or lemma in lex.positions["generic"]:
        return True
    if head.pos_ == "VERB" or head.lower_ in lex.positions["anaphors"]:
        return True
    if head.pos_ == "PROPN" and head.text[:1].isupper() and any(
            t.lower_ in ("act", "bill", "law", "plan", "treaty") for t in head.subtree):
        return True
    if head.pos_ == "NOUN" and head.lower_.endswith("ing") and any(c.dep_ == "amod" for c in head.children):
        return True  # "tactical voting", "indefinite detaining"
    return head.pos_ == "NOUN" and any(c.dep_ in ("prep", "acl") for c in head.children) and lemma.endswith(
        ("tion", "ment", "sion", "ance", "ence", "ure", "al", "ing"))


def _apposed_actor(ctx: Context, t: Token) -> str | None:
    """ "challenging the incumbent governor, Kenji Arai": the apposed name is who is taken on."""
    found = [a for c in t.children if c.dep_ == "appos" and (a := target_actor(ctx, c))]
    return found[0] if len(found) == 1 else None


def _unnamed_conduct(ctx: Context, t: Token) -> bool:
    conduct = ctx.lex.stance["conduct_nouns"]
    return (t.lemma_.lower() in conduct or t.lower_ in conduct) and t.lemma_.lower() not in ctx.lex.positions["heads"] \
        and any(c.dep_ == "poss" for c in t.children)


def _patient(ctx: Context, t: Token) -> tuple[str, int] | None:
    """ "the appointment of X" is a side on X; "the sacking of X" the other side."""
    turn = ctx.lex.stance["patient_nouns"].get(t.lemma_.lower())
    if turn is None:
        return None
    found = [a for c in t.children if c.dep_ == "prep" and c.lower_ == "of" and pobj(c) is not None
             for a in [target_actor(ctx, pobj(c))] if a]
    return (found[0], turn) if len(found) == 1 else None


def _owner_of_generic(ctx: Context, t: Token, si: int) -> str | None:
    """ "pushed back against Netanyahu's orders", "supports the party's policies": a policy named only by
    its owner stands for the owner."""
    if t.lemma_.lower() in ctx.lex.stance["conduct_nouns"] or t.lower_ in ctx.lex.stance["conduct_nouns"]:
        # "attacked Labour's record in government", "rejected Mr Howard's comment": the side is on the owner
        owners = [a for c in t.children if c.dep_ == "poss" for a in actors(ctx, c, si)]
        return owners[0] if len(set(owners)) == 1 else None
    if t.lemma_.lower() not in ctx.lex.positions["generic"] or content_words(t.doc, t.i, t.i + 1, ctx.lex):
        return None
    if any(c.dep_ in ("amod", "compound", "prep", "acl", "relcl") and c.lower_ not in ctx.lex.positions["drop_modifiers"]
           for c in t.children):
        return None
    owners = [a for c in t.children if c.dep_ == "poss" and c.pos_ != "PRON" for a in actors(ctx, c, si)]
    return owners[0] if len(owners) == 1 else None


def evidence_of(ctx: Context, si: int, tokens: list[int]) -> Evidence:
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
            obj = pobj(sent.doc[t.i + 1])
            if obj is not None:
                span = list(obj.subtree)
                attribution = "according to " + sent.doc[span[0].i:span[-1].i + 1].text
                break
    cue = sent.doc[f.cue]
    chain = [cue] + [a for a in cue.ancestors][:3]
    hedged = any(c.lower_ in hedges and c.dep_ in ("advmod", "aux", "auxpass") or
                 c.lemma_ in ctx.lex.stance["hearsay_participles"] and c.dep_ not in ("ROOT",) and c.tag_ == "VBN"
                 for x in chain for c in [x] + list(x.children) if c.i != cue.i or c.dep_ in ("aux",))
    if not attribution:
        # "Baker is against the tariffs, officials said": the claim rests on unnamed sources
        heads = set(ctx.lex.stance["attribution_heads"])
        for x in chain:
            if x.lemma_.lower() in ctx.lex.stance["report_verbs"] and x.i != cue.i:
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
    out: list[tuple[Statement, Frame]] = []
    facts_of: dict[int, EdgeFacts] = {}  # id of a statement -> what the scorer reads of it
    for f in frames:
        if f.target is None:
            continue
        relation = f.relation
        negated = f.negated
        if negated:
            if relation != "supports":
                continue  # "did not rule out change" says nothing for or against
            relation = "opposes"  # a refused or denied support is opposition
        holders: dict[str, int] = {}  # holder -> the frame's token that names it (-1: the speaker)
        for h in f.holders:
            for a in (ctx.speaker.get(f.sent, []) if h == -1 else actors(ctx, doc[h], f.sent)):
                holders.setdefault(a, h)
        for a in f.bodies:
            holders.setdefault(a, -1)
        if not holders:
            continue
        target_tok = doc[f.target]
        obj = target_actor(ctx, target_tok) or _apposed_actor(ctx, target_tok)
        kind = "actor"
        # "backed the government's view that inflation would fall": a side on what the view says, not on its owner
        says = _content_clause(target_tok, ctx.lex) is not None
        owner = None if obj or says else _owner_of_generic(ctx, target_tok, f.sent)
        if obj is not None and f.rule.startswith("verb-object") and doc[f.cue].lemma_.lower() not in ctx.lex.stance["actor_cues"]:
            continue  # "promised them £8bn": the object of a pledge is no side taken
        if obj is None and owner is not None:
            obj, kind = owner, "owner"  # "disagreed with Flight's views": a side on what the owner did or said
        if obj is None and not says and _unnamed_conduct(ctx, target_tok):
            continue  # "denounced her father's actions": a side on someone the story does not name here
        if obj is None and relation != "warns":
            patient = _patient(ctx, target_tok)
            if patient is not None:  # "encouraged by the selection of Karnes", "welcomed the sacking of X"
                obj, turn = patient
                kind = "patient"
                relation = relation if turn > 0 else {"supports": "opposes", "opposes": "supports"}[relation]
        if obj is None and (is_office(ctx, target_tok) or target_tok.lemma_.lower() in ctx.lex.office_heads):
            # "praised his chancellor": the holder of the post the story names, never a policy
            obj = _holder_by_title(ctx, target_tok)
            if obj is None:
                continue
            kind = "office"
        cluster = None
        if obj is None:
            cluster = positions.at(inner_position(target_tok, ctx.lex).i)
            if cluster is None:
                cluster = positions.at(f.target)
            if cluster is None:
                continue
            obj, kind = f"position#{cluster}", "position"
        attribution, hedged = _qualifiers(ctx, f)
        if f.rule == "speech-evaluation" and not attribution:
            attribution = "quoted"
        ev = evidence_of(ctx, f.sent, [f.cue, f.target] + [h for h in f.holders if h >= 0])
        size = len(positions.clusters[cluster]) if cluster is not None else 0
        for holder, h in holders.items():
            if holder == obj:
                continue
            prior = f.confidence * (0.8 if hedged else 1.0)
            facts = EdgeFacts(holder, relation, obj, f.sent, f.rule, edge_features(
                ctx, f, holder, h, obj, kind, relation, hedged, attribution, size))
            st = Statement(holder, relation, obj, ev, f.rule, prior, attribution, hedged, negated, cue=doc[f.cue].text)
            out.append((st, f))
            facts_of[id(st)] = facts
    kept = _one_side(doc, out)
    # the confidence is the stance scorer's, once every edge of the article is known
    article_features([facts_of[id(st)] for st in kept])
    return [replace(st, confidence=stance_confidence(facts_of[id(st)].features, st.confidence),
                    features=tuple(sorted(facts_of[id(st)].features.items()))) for st in kept]


def _rank(rule: str) -> int:
    """How directly a rule reads a side: a verb, adjective or quoted judgement says it of the holder
    ("attacked his proposal"); a noun cue's holder is found by reference; an owned policy is only presumed backed."""
    if rule.startswith(("possessive", "part-of")):
        return 0
    if rule.startswith(("noun", "deontic")):
        return 1
    return 2


def _one_side(doc, found: list[tuple[Statement, Frame]]) -> list[Statement]:
    """ "Smith attacked his proposal to levy a sales tax": one holder supporting and opposing one target in one
    sentence is a misreading, not two sides; where both frames read the same words, the more direct rule wins.
    Frames on different words that only fell into one position ("abolish X in favour of Y") are left alone."""
    def span(f: Frame) -> set[int]:
        t = doc[f.target]
        return {x.i for x in t.subtree} if t.pos_ in ("NOUN", "PROPN", "PRON") else {t.i}

    groups: dict[tuple, list[tuple[Statement, Frame]]] = {}
    for s, f in found:
        if s.relation in ("supports", "opposes"):
            groups.setdefault((s.subject, s.object, s.evidence.start), []).append((s, f))
    dropped: set[int] = set()
    for members in groups.values():
        if len({s.relation for s, _ in members}) < 2:
            continue
        for s, f in members:
            rivals = [(s2, f2) for s2, f2 in members if s2.relation != s.relation and (
                f2.target in span(f) or f.target in span(f2))]
            if rivals and max(_rank(s2.rule) for s2, _ in rivals) > _rank(s.rule):
                dropped.add(id(s))
    return [s for s, _ in found if id(s) not in dropped]
