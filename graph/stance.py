"""Stance cues: the rules that read the parse around a cue from the lexicon (a verb, a phrasal verb,
a noun, an adjective, a possessed policy, an evaluation or prediction in reported speech) and
yield Frames, the cue with its holders and its target, before targets become positions.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .mentions import named_policies
from .reference import FIRST_PERSON, LIST_PREPS, Context, actors, find_speakers, target_actor
from .syntax import dobj, pobj, subjects

__all__ = ["Frame", "find_frames"]

_CHARACTERISING = {"describe", "call", "label", "term", "brand", "dub", "characterise", "characterize", "condemn",
                   "dismiss", "hail", "praise", "denounce", "view", "see", "regard", "consider"}
_PROPOSED = {"proposed", "planned", "promised", "flagship", "pledged", "mooted", "controversial", "new"}
_ADDRESSEE_VERBS = {"warn", "caution", "alert", "tell", "remind", "assure", "urge"}
_PART_NOUNS = {"cornerstone", "centrepiece", "centerpiece", "heart", "core", "part", "pillar", "basis", "foundation",
               "linchpin", "plank", "element", "key"}
# verbs that state a consequence without a modal: "the policy meant a sixfold reduction"
_RECEIVE = {"have", "win", "gain", "receive", "get", "secure", "enjoy", "face", "meet", "draw", "attract"}
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


def find_frames(ctx: Context) -> list[Frame]:
    find_speakers(ctx)  # after structure: offices know their holders ("the Lord Chancellor said")
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
                relation, rule, target = phrasal[key], "verb-phrasal", pobj(prep)
        if relation is None and f"{lemma} {p.lower_}" in phrasal:
            relation, rule = phrasal[f"{lemma} {p.lower_}"], "verb-phrasal"
            target = dobj(t) or (next((pobj(x) for x in preps if pobj(x) is not None), None))
    if relation is None:
        for prep in preps:
            key = f"{lemma} {prep.lower_}"
            if key in phrasal:
                relation, rule, target = phrasal[key], "verb-prep", pobj(prep)
                break
    judged_obj = dobj(t) or next((c for c in t.children if c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN")), None)
    if relation is None and lemma in _CHARACTERISING and judged_obj is not None:
        # "called the plan a disgrace", "views the plan as unfeasible": the judgement decides
        judged = _judgement(t, ctx.lex.stance)
        if judged:
            relation, rule, target = judged, "verb-judgement", judged_obj
    if relation is None and lemma in verbs:
        relation, rule = verbs[lemma], "verb-object"
        target = dobj(t)
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
                    target = None if target_actor(ctx, subj[0]) else subj[0]
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
    if target is None and t.dep_ == "relcl" and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in t.children) \
            and t.head.pos_ in ("NOUN", "PROPN") and t.i > t.head.i:
        target = t.head  # "the tax cuts he was promising": the relative clause's object is the noun it describes
    if target is None:
        for prep in preps:
            obj = pobj(prep)
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
        holders = subjects(t)
    if lemma == "share" and not _negated(ctx, t):
        return []  # "shared" is only a stance when negated ("not shared by the military")
    if lemma in ("say", "tell") or not holders:
        return []
    negated = _negated(ctx, t)
    if lemma == "accuse":
        target = dobj(t) or target
    return [Frame(relation, t.i, holders, target.i if target is not None else None, rule, si,
                  negated=negated, target_is_clause=clause, confidence=0.8, clause=clause_verb)]


def _judgement(t: Token, st: dict) -> str | None:
    words = set()
    for c in t.children:
        if c.dep_ in ("oprd", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "as"):
            words |= {x.lower_ for x in c.subtree} | {x.lemma_.lower() for x in c.subtree}
        if c.dep_ in ("dobj", "oprd"):
            for g in c.children:
                if c.dep_ == "oprd" and g.dep_ == "dobj":  # "called [the scheme [a waste]]", as the parser has it
                    words |= {x.lower_ for x in g.subtree} | {x.lemma_.lower() for x in g.subtree}
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


def _noun_frames(ctx: Context, t: Token, si: int, relation: str) -> list[Frame]:
    preps = set(ctx.lex.stance["noun_preps"][relation])
    # "the plan has (won) the backing of the Liberal Party": the holders follow "of", the target is the subject
    if t.dep_ == "dobj" and t.head.lemma_.lower() in _RECEIVE:
        owners = [pobj(c) for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "from") and pobj(c) is not None]
        subj = [c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if owners and subj:
            holders = [owners[0]] + list(owners[0].conjuncts)
            return [Frame(relation, t.i, holders, subj[0].i, "noun-received", si, negated=_negated(ctx, t.head),
                          confidence=0.7)]
    target = None
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in preps and pobj(c) is not None:
            target = pobj(c)
            break
    clause = False
    if target is None:
        for c in t.children:
            if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX") and any(
                    x.lower_ == "that" and x.dep_ in ("mark", "nsubj") for x in c.children) or c.dep_ in ("acl", "ccomp") and c.pos_ == "VERB":
                subj = [x for x in c.children if x.dep_ in ("nsubj", "nsubjpass") and x.lower_ != "that"]
                obj = dobj(c)
                target, clause = (obj or (subj[0] if subj else None)), True
                if target is not None and target_actor(ctx, target) and target.dep_ not in ("dobj",):
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
            holders = subjects(verb)
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
    target = next((pobj(c) for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "to") and pobj(c) is not None), None)
    if target is None:
        return []
    holders = [t] if any(c.dep_ == "prep" and c.lower_ in LIST_PREPS for c in t.children) else []
    if t.dep_ == "appos":
        holders.append(t.head)
    elif t.dep_ == "attr":
        holders += subjects(t.head)
    if not holders:
        return []
    return [Frame(relation, t.i, holders, target.i, "agentive-noun", si, confidence=0.7)]


def _possessive_frames(ctx: Context, t: Token, si: int) -> list[Frame]:
    """ "Howard's proposed expenditure savings", "Lord Dubs' bill", "the Howard tax plan": the owner backs it."""
    if t.pos_ == "NOUN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" and not
                                ctx.res.by_token.get(c.i, "").startswith("person/") for c in t.children) \
            and not any(s <= t.i < e for s, e in named_policies(t.doc)):
        return []  # "BBC Radio 4's Today programme" is a name, not a policy
    owners = [c for c in t.children if c.dep_ == "poss" and c.lower_ not in FIRST_PERSON
              and ctx.res.kind.get(ctx.res.by_token.get(c.i, "")) not in ("gpe", "country")]
    owners += [c for c in t.children if c.dep_ == "compound" and ctx.res.by_token.get(c.i, "").startswith("person/")]
    if not owners:
        return []
    # "the tax plan is the cornerstone of the Liberal Party's strategy": the owner backs the subject
    part = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" else None
    if part is not None and part.lemma_.lower() in _PART_NOUNS and part.dep_ == "attr":
        subjects = [c for c in part.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and subjects[0].pos_ != "PRON":
            return [Frame("supports", part.i, owners, subjects[0].i, "part-of-policy", si, confidence=0.6)]
    proposed = any(c.dep_ == "amod" and c.lower_ in _PROPOSED for c in t.children)
    if not proposed and (t.lemma_.lower() not in ctx.lex.positions["salient_heads"]
                         and t.lower_ not in ctx.lex.positions["salient_heads"]):
        return []  # "Rose's strategy of quality" is no policy; "Howard's proposed savings" and "Labour's plans" are
    return [Frame("supports", t.i, owners, t.i, "possessive-policy", si, confidence=0.5)]


def _adj_frames(ctx: Context, t: Token, si: int, relation: str | None) -> list[Frame]:
    if relation is None:
        return []
    target = pobj(t) if t.pos_ == "ADP" else None
    for c in t.children:
        if target is None and c.dep_ in ("prep", "agent") and pobj(c) is not None:
            target = pobj(c)
            break
    if target is None:
        return []
    head = t.head if t.dep_ in ("acomp", "oprd", "xcomp", "prep") else t
    holders = subjects(head) if head.i != t.i else subjects(t)
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
                        and target_actor(ctx, c) and ctx.res.kind.get(target_actor(ctx, c)) in ("org", "party", None):
                    frames.append(Frame("opposes", t.i, [-1], c.i, "speech-existential-negation", si, confidence=0.6))
            continue
        if not subj and t.dep_ == "conj" and t.head.lemma_.lower() in speech:
            # "agreed the 1701 Act ... was discriminatory", parsed as object + a second verb:
            # the object is what the clause is about
            subj = [c for c in t.head.children if c.dep_ == "dobj" and c.i < t.i]
        if not subj:
            continue
        s = subj[0]
        if s.lower_ in FIRST_PERSON or (ctx.res.by_token.get(s.i, "").startswith("person/") and not phrase_neg):
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
        if target_actor(ctx, s) and not (phrase_neg or (lemma == "be" and words & neg_eval)):
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
            subs = [x for x in subjects(a) if actors(ctx, x, ctx.sent_of[a.i])]
            return [x.i for x in subs]
    return []
