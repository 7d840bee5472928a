"""Statements: stance frames made edges. Targets become positions (grouped paraphrases) or
actors; each edge keeps its evidence (the sentence, the cited span), its rule, a confidence and the
qualifiers a reader needs (attribution, hedging, negation). What a target names (the position
mentions) is targets.py; this module decides, frame by frame, who takes which side on what.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .edge_features import article_features, edge_features
from .near_antecedent import bare_generic, far_pointer
from ...model import Evidence, Statement
from ..stance.speech.polarity import valence
from ..policies.positions import Positions, content_words, undoing_words
from ..reference.outlets import editorial, outlet_ids
from ..stance.speech.rebuttals import rebutters
from ..reference.actors import Context, actors, holder_by_title, is_office, target_actor
from ..reference.holder_parts import post_parties
from .scorer import stance_confidence
from ..stance.frame import OPPOSITE, Frame
from ..language.syntax import pobj
from ..policies.policy_tokens import _content_clause, inner_position
from ..policies.target_heads import counted_pledges
from ..language.tokens import children, sent_tokens, tokens
from ..stance.cues.verb_clauses import quitter
from ..stance.speech.verdicts import deed_givers

__all__ = ["stance_statements", "evidence_of"]


def _apposed_actor(ctx: Context, t: Token) -> str | None:
    """ "challenging the incumbent governor, Kenji Arai": the apposed name is who is taken on."""
    # (a name past t's own verb is no apposition: "X is backed by the senior Whig on the panel, Ann Lee" hangs the
    # agent's name on the subject)
    found = [a for c in children(t) if c.dep_ == "appos" and not t.i < t.head.i < c.i and (a := target_actor(ctx, c))]
    return found[0] if len(found) == 1 else None


def _speaking_for_party(ctx: Context, t: Token, si: int) -> tuple[str, str] | None:
    """ "Green leader X said her party would scrap the levy", "the Greens would scrap the levy, X pledged": the
    speaker who tells what their own party will do takes that side as well as the party. (speaker, party)"""
    if t.lower_ == "party" and t.i in ctx.antecedent:
        owner = next((ctx.antecedent.get(c.i) for c in children(t) if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        ok = owner is not None and owner.startswith("person/") and owner in ctx.speaker.get(si, [])
        return (owner, ctx.antecedent[t.i]) if ok else None
    # the party by name: its own speaker is the one a post the story puts them in names it ("Tory leader X")
    party = ctx.res.by_token.get(t.i, "")
    if ctx.res.kind.get(party) != "party" or t.i in ctx.antecedent:
        return None
    name = ctx.res.entities[party].label  # (a party's node is labelled with the name lexicon.party_of gives)
    own = [p for p in ctx.speaker.get(si, []) if p.startswith("person/") and name in post_parties(ctx, p)]
    return (own[0], party) if len(own) == 1 else None


# VADER valence at or below which a noun owned by an actor is a fault of the owner, not a policy
FAULT_VALENCE = -1.5


def _conduct(ctx: Context, t: Token) -> bool:
    """What an actor did or is: the conduct nouns of the lexicon, and a fault VADER's published lexicon rates
    plainly bad ("the minister's arrogance", "the board's greed", "the council's failure"), which is no
    policy one takes a side on but its owner's doing."""
    conduct = ctx.lex.stance["conduct_nouns"]
    if t.lemma_.lower() in conduct or t.lower_ in conduct:
        return True
    return t.pos_ == "NOUN" and t.lemma_.lower() not in ctx.lex.positions["heads"] and valence(t) <= FAULT_VALENCE


def _made_by(t: Token) -> list[Token]:
    """The agent of a participle that says who did or said the thing: "the claims made by Roe", "remarks voiced
    on Monday by the Greens"."""
    return [g for c in children(t) if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > t.i
            for a in children(c) if a.dep_ == "agent" for g in children(a) if g.dep_ == "pobj"]


def _persons_conduct(ctx: Context, t: Token, si: int) -> bool:
    """ "praised Mr Kent's leadership": a conduct noun that also names a body ("the party's leadership") is a
    person's conduct when a person owns it."""
    owners = [a for c in children(t) if c.dep_ == "poss" for a in actors(ctx, c, si)]
    return t.lemma_.lower() in ctx.lex.stance["conduct_nouns"] and bool(owners) and all(a.startswith("person/") for a in owners)


def _intended_act(ctx: Context, t: Token) -> bool:
    """ "welcomed the council's decision to close the depot": a noun of intent with the act it intends (stance.json
    intent_nouns, a to-clause acting on a thing) names a policy, the act, not its owner's conduct."""
    return t.lemma_.lower() in ctx.lex.stance["intent_nouns"] and any(
        c.dep_ in ("acl", "relcl") and c.i > t.i and any(x.dep_ == "aux" and x.lower_ == "to" for x in children(c))
        and any(x.dep_ == "dobj" for x in children(c)) for c in children(t))


def _unnamed_conduct(ctx: Context, t: Token) -> bool:
    return _conduct(ctx, t) and t.lemma_.lower() not in ctx.lex.positions["heads"] \
        and any(c.dep_ == "poss" for c in children(t)) and not _intended_act(ctx, t)


def _patient(ctx: Context, t: Token) -> tuple[str, int] | None:
    """ "the appointment of X" is a side on X; "the sacking of X" the other side."""
    turn = ctx.lex.stance["patient_nouns"].get(t.lemma_.lower())
    if turn is None:
        return None
    # ("demanded Kent's resignation": the possessor is the one it is done to as well, unless "of" names that one:
    # "Brazil's suspension of payments", "the board's dismissal of Kent": the possessor does it)
    owners = [pobj(c) for c in children(t) if c.dep_ == "prep" and c.lower_ == "of" and pobj(c) is not None] \
        or [c for c in children(t) if c.dep_ == "poss"]
    # ("wanted the chairman's resignation": a bare title stands for the one the story names in the post)
    found = [a for o in owners for a in [target_actor(ctx, o) or (holder_by_title(ctx, o) if is_office(ctx, o) or o.pos_ == "NOUN"
                                                                   and o.lemma_.lower() in ctx.lex.office_heads else None)] if a]
    return (found[0], turn) if len(found) == 1 else None


def _owner_of_generic(ctx: Context, t: Token, si: int) -> str | None:
    """ "pushed back against Roe's orders", "supports the party's policies": a policy named only by
    its owner stands for the owner."""
    if _conduct(ctx, t) and not _intended_act(ctx, t):
        # "attacked Labour's record in government", "rejected Mr Roe's comment": the side is on the owner
        owners = [a for c in children(t) if c.dep_ == "poss" for a in actors(ctx, c, si)]
        # ("said the High Court ruling was a step backwards": a verdict is its giver's, named before it or after 'by')
        owners += [a for c in deed_givers(ctx, t) if c.dep_ != "poss" for a in actors(ctx, c, si)]
        # ("ridiculed the claims made on Monday by the Greens": the words are the agent's, as "the Greens' claims" are)
        owners += [a for c in _made_by(t) for a in actors(ctx, c, si)]
        return owners[0] if len(set(owners)) == 1 else None
    if t.lemma_.lower() not in ctx.lex.positions["generic"] or content_words(t.doc, t.i, t.i + 1, ctx.lex):
        return None
    # (an adjective after the noun is a judgement the parser hangs on it: 'found the Greens' policies "vile"')
    if any(c.dep_ in ("amod", "compound", "prep", "acl", "relcl") and c.lower_ not in ctx.lex.positions["drop_modifiers"]
           and not (c.dep_ == "amod" and c.i > t.i) for c in children(t)):
        return None
    owners = [a for c in children(t) if c.dep_ == "poss" and c.pos_ != "PRON" for a in actors(ctx, c, si)]
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
    hedges = ctx.lex.words("stance", "hedges")
    attribution = ""
    for t in sent_tokens(sent):
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
                 for x in chain for c in [x] + list(children(x)) if c.i != cue.i or c.dep_ in ("aux",))
    if not attribution:
        # "Vance is against the tariffs, officials said": the claim rests on unnamed sources
        heads = ctx.lex.words("stance", "attribution_heads")
        for x in chain:
            if x.lemma_.lower() in ctx.lex.stance["report_verbs"] and x.i != cue.i:
                subj = [c for c in children(x) if c.dep_ == "nsubj" and c.lemma_.lower() in heads]
                if subj:
                    attribution = " ".join(w.text for w in subj[0].subtree) + " " + x.text
                    break
    if not attribution and any(c.lower_ == "reportedly" for x in chain for c in children(x)):
        attribution = "reportedly"
    if not attribution and any(c.lemma_ == "report" and c.tag_ == "VBN" for c in chain):
        attribution = "is reported"
    if not attribution and any(c.lemma_ == "say" and c.tag_ == "VBN" for c in chain):
        attribution = "is said"
    # "reportedly", "is reported to", "is said to": second-hand, whichever way the sentence puts it
    return attribution, hedged or attribution in ("reportedly", "is reported", "is said")


def stance_statements(ctx: Context, frames: list[Frame], positions: Positions) -> list[Statement]:
    doc = ctx.parsed.doc
    toks = tokens(doc)
    out: list[tuple[Statement, Frame]] = []
    features_of: dict[int, dict[str, float]] = {}  # id of a statement -> what the scorer reads of it
    outlets = outlet_ids(ctx)
    # "called for Kent to resign", "urged Kent to step down": a side against the one asked to go, beside the call
    asked = {id(f): d for f in frames if f.target is not None and not f.negated and f.relation != "warns"
             and (d := quitter(toks[f.cue], toks[f.target], ctx.lex.stance)) is not None}
    gone = [replace(f, target=asked[id(f)].i, relation=OPPOSITE[f.relation]) for f in frames if id(f) in asked]
    asked_to_go = {id(f) for f in gone}
    # ("did not call for Reed to resign": a call not made is no side against the going either)
    unasked = {id(f) for f in frames if f.negated and f.target is not None and f.relation == "supports"
               and quitter(toks[f.cue], toks[f.target], ctx.lex.stance) is not None}
    # "opposes scrapping the toll", "ruled out lifting the ban": the act opposed is a cue of its own, whose side its
    # holder takes the other way round (for the toll), as "refused to scrap the toll" is read
    # (a refusal, "refused to allow X", is read so already: targets.py hands its side to the act)
    opposed_acts = {g.target: set(g.holders) for g in frames if g.relation == "opposes" and not g.negated and g.target is not None
                    and toks[g.cue].lemma_.lower() not in ctx.lex.stance["to_act_verbs"]}
    # (the call itself is no side for the one asked to go: "called for Reed to resign" does not back Reed)
    for f in [f for f in frames if id(f) not in unasked and (id(f) not in asked or asked[id(f)].i != f.target)] + gone:
        if f.target is None:
            continue
        relation = f.relation
        # (not a deed charged or praised: "accused of attacking X", "criticised for backing X" are the doer's own)
        if f.cue in opposed_acts and toks[f.cue].pos_ == "VERB" and set(f.holders) & opposed_acts[f.cue] \
                and not (toks[f.cue].dep_ == "pcomp" and toks[f.cue].head.lower_ in ("of", "for")) \
                and relation in OPPOSITE and not f.negated:
            relation = OPPOSITE[relation]
        negated = f.negated
        if negated:
            if relation != "supports" or any(f"{toks[f.cue].lemma_.lower()} {c.lower_}" in ctx.lex.stance["consensus_verbs"]
                                             for c in toks[f.cue].children):
                continue  # "has not ruled out change", "could not agree on reform": no side
            relation = "opposes"  # a refused or denied support is opposition
        holders: dict[str, int] = {}  # holder -> the frame's token that names it (-1: the speaker)
        for_party: dict[str, str] = {}  # a speaker holding their party's side -> the party
        for h in f.holders:
            for a in (ctx.speaker.get(f.sent, []) if h == -1 else actors(ctx, toks[h], f.sent)):
                holders.setdefault(a, h)
            speaking = _speaking_for_party(ctx, toks[h], f.sent) if h >= 0 else None
            if speaking is not None:
                holders.setdefault(speaking[0], h)
                for_party[speaking[0]] = speaking[1]
        for a in f.bodies:
            holders.setdefault(a, -1)
        if outlets & set(holders) and not editorial(ctx, f.sent):
            holders = _reported_for(ctx, holders, outlets, f.sent)
        denied = {a for r in rebutters(ctx, toks[f.cue]) for a in actors(ctx, toks[r], f.sent)} if f.rule.startswith("verb") else set()
        if denied and not set(holders) <= denied:
            continue  # "Kent denied that the Greens had backed the levy": the Greens' side is only Kent's claim, denied
        if denied and not f.negated:
            if relation != "supports":
                continue  # "denied opposing the levy" says no side; "denied ever backing it" is against it
            relation, negated = "opposes", True
        if not holders:
            continue
        target_tok = toks[f.target]
        obj = None if _persons_conduct(ctx, target_tok, f.sent) else target_actor(ctx, target_tok) or _apposed_actor(ctx, target_tok)
        kind = "actor"
        # "backed the government's view that inflation would fall": a side on what the view says, not on its owner
        says = _content_clause(target_tok, ctx.lex) is not None
        owner = None if obj or says else _owner_of_generic(ctx, target_tok, f.sent)
        if id(f) in asked_to_go:
            kind = "patient"
        elif obj is not None and f.rule.startswith("verb-object") and toks[f.cue].lemma_.lower() not in ctx.lex.stance["actor_cues"]:
            continue  # "promised them £8bn": the object of a pledge is no side taken
        if obj is None and owner is not None:
            obj, kind = owner, "owner"  # "disagreed with Frayne's views": a side on what the owner did or said
        if obj is None and not says and _unnamed_conduct(ctx, target_tok):
            continue  # "denounced her father's actions": a side on someone the story does not name here
        if obj is None and relation != "warns":
            patient = _patient(ctx, target_tok)
            if patient is not None:  # "encouraged by the selection of Dunn", "welcomed the sacking of X"
                obj, turn = patient
                kind = "patient"
                relation = relation if turn > 0 else OPPOSITE[relation]
        if obj is None and (is_office(ctx, target_tok) or target_tok.pos_ in ("NOUN", "PROPN")
                            and target_tok.lemma_.lower() in ctx.lex.office_heads):
            # "praised his chancellor": the holder of the post the story names, never a policy (but "would judge
            # the levy" is an act: a verb is no post)
            obj = holder_by_title(ctx, target_tok)
            if obj is None:
                continue
            kind = "office"
        cluster = None
        if obj is None:
            inner = inner_position(target_tok, ctx.lex).i
            cluster = positions.at(inner)
            if cluster is None:
                cluster = positions.at(f.target)
            if cluster is None or _acted_on(ctx, positions, f, inner):
                continue
            if far_pointer(ctx, positions, cluster, target_tok) or f.rule == "speech-evaluation" and bare_generic(
                    ctx, positions, cluster, target_tok):  # ("a lot of reform is needed" still wants reform)
                continue  # '"That is shameful," she said' judges a policy only when one was just named
            obj, kind = f"position#{cluster}", "position"
            if relation == "opposes" and _inside_the_act(ctx, positions, cluster, f.cue, f.target):
                relation = "supports"  # "plans to abolish toll bridges": against the schools is for the plans
            if _undone_in_focus(ctx, positions, cluster, inner):
                if relation == "warns":
                    continue  # a harm of the undoing is no harm of the thing undone
                relation = OPPOSITE[relation]
        attribution, hedged = _qualifiers(ctx, f)
        if f.rule == "speech-evaluation" and not attribution:
            attribution = "quoted"
        ev = evidence_of(ctx, f.sent, [f.cue, f.target] + [h for h in f.holders if h >= 0])
        sides = [(obj, kind, cluster)]
        if kind == "owner" and counted_pledges(target_tok, ctx.lex) and positions.at(f.target) is not None:
            # "attacked the Greens' four new pledges": a side on the owner and on the policies pledged
            sides.append((f"position#{positions.at(f.target)}", "position", positions.at(f.target)))
        for (obj, kind, cluster), (holder, h) in ((x, y) for x in sides for y in holders.items()):
            if holder == obj or for_party.get(holder) == obj:
                continue  # (what the party says of itself is no side of its speaker on it)
            size = len(positions.clusters[cluster]) if cluster is not None else 0
            prior = f.confidence * (0.8 if hedged else 1.0)
            st = Statement(holder, relation, obj, ev, f.rule, prior, attribution, hedged, negated, cue=toks[f.cue].text)
            out.append((st, f))
            features_of[id(st)] = edge_features(ctx, f, holder, h, obj, kind, relation, hedged, attribution, size)
    kept = _one_side(doc, out)
    # the confidence is the stance scorer's, once every edge of the article is known
    article_features([(st, features_of[id(st)]) for st in kept])
    return [replace(st, confidence=stance_confidence(features_of[id(st)], st.confidence),
                    features=tuple(sorted(features_of[id(st)].items()))) for st in kept]


def _reported_for(ctx: Context, holders: dict[str, int], outlets: set[str], si: int) -> dict[str, int]:
    """ "the minister told the Echo he opposed X": a news outlet is the channel, not the holder; the side is the one's
    it reports when the sentence already names its speaker."""
    kept = {a: h for a, h in holders.items() if a not in outlets}
    # (only when the outlet stood as the quotation's speaker: an outlet reached through a word of the sentence, 'the
    # company planned to X' resolved to a paper, is a misreading, and the speaker reporting it does not hold X)
    if not kept and all(h == -1 for a, h in holders.items() if a in outlets):
        for a in ctx.speaker.get(si, []):
            if a not in outlets:
                kept.setdefault(a, -1)
    return kept


def _acted_on(ctx: Context, positions: Positions, f: Frame, inner: int) -> bool:
    """ "urged Ruritania to lift its curfew, which the mayors blamed": the target is what an act named elsewhere in the
    sentence does something to, so a side on it is no side on the act (and the thing alone is no position here)."""
    doc = ctx.parsed.doc
    toks = tokens(doc)
    if any(m.head in (inner, f.target) for m in positions.mentions):
        return False
    return any(m.start <= f.target < m.end and m.head != f.target and toks[m.head].pos_ == "VERB"
               and not m.start <= f.cue < m.end and toks[m.head] in toks[f.target].ancestors for m in positions.mentions)


def _undone_in_focus(ctx: Context, positions: Positions, cluster: int, target: int) -> bool:
    """ "Ministers want to scrap the bridge toll. Ward said the change was overdue": a generic word with nothing of
    its own ("the change", "the move", "the plan") points back at the act named last, the scrapping, where the node
    is the thing the act undoes: a side on the act is the other side on the thing."""
    here = next((m for m in positions.mentions if m.head == target), None)
    if here is None or here.content or not here.generic:
        return False
    last = max((m for m in positions.mentions if m.cluster == cluster and m.end <= here.start), key=lambda m: m.start, default=None)
    head = tokens(ctx.parsed.doc)[last.head] if last is not None else None
    return head is not None and head.dep_ == "dobj" and head.head.lemma_.lower() in undoing_words(ctx.lex, nouns=False)


def _inside_the_act(ctx: Context, positions: Positions, cluster: int, cue: int, target: int) -> bool:
    """An act that undoes a thing (positions.json deontic `undo`, stance.json `decrease_verbs`) and the thing are
    both inside a phrase the position is named by, headed elsewhere ("unveiled plans to abolish toll bridges") or by
    the act itself ("if the bloc goes ahead and bars the sales", where another side named the ban): the node is the
    act, and the side against the thing is one for the act. A cue that is no undoing ("plans
    to oppose the bill") is a side of its own, not the act the plan names."""
    if ctx.parsed.doc[cue].lemma_.lower() not in undoing_words(ctx.lex, nouns=False):
        return False
    return any(m.cluster == cluster and m.start <= cue < m.end and m.start <= target < m.end and target != m.head
               for m in positions.mentions)


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
        t = tokens(doc)[f.target]
        # an act's words hold what it acts on: "demands to scrap the levy" and "scrap the levy" read one levy
        return {x.i for x in t.subtree} if t.pos_ in ("NOUN", "PROPN", "PRON", "VERB") else {t.i}

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
