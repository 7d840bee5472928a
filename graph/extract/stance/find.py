"""The stance frames of an article: find_frames runs every cue rule over each sentence (verbs in verb_frames,
nouns and adjectives in cue_nouns, reported speech in speech, and the rest) and then settles what the frames
share: conjoined targets, groups described together, a speaker's "we" as their body, a pronoun target as the
policy named before.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..reference.antecedents import described_group, described_plural, policy_antecedent
from .speech.commitment import commitment_frames, covered, memberships
from .constructions.concessions import concession_frames
from .speech.conduct import conduct_frames
from .speech.judged_deeds import judged_deed_frames
from .cues.adj_cues import adj_frames
from ..policies.policy_tokens import proposed
from ..policies.target_heads import counted_pledges
from .cues.cue_nouns import agentive_frames, noun_frames, possessive_frames
from .cues.received import received
from .frame import Frame, negated
from ..entities.body_groups import dateline_token
from ..mentions.spans import is_shouted
from .cues.idioms import idiom_frames
from .cues.market_sense import market_demand
from .constructions.measures import measure_frames
from ...model import Statement
from .cues.phrasal_nouns import phrasal_noun_frames
from .constructions.punished import punished_deeds
from .speech.polarity import polarity_frames
from ..reference.actors import Context, actors, target_actor, we_pronoun
from .speech.speakers import find_speakers
from .speech.deontic import deontic_frames
from .speech.reversals import reversal_frames
from .speech.epithets import epithet_frames
from .constructions.fielded import fielding_bodies
from .speech.spoken_for import government_speakers, party_owners
from .speech.extraposed import extraposed_frames
from .speech.existential import existential_frames
from .speech.failings import failing_frames
from .speech.hindsight import hindsight_frames
from .speech.lacks import lack_frames
from .speech.trusted import trust_frames
from .constructions.partners import partner_frames
from .constructions.permits import permit_frames
from .constructions.upheld import UPHOLDING, upheld_frames
from .speech.candidacies import candidacy_frames
from .constructions.quit_calls import quit_call_frames
from .constructions.likened import likened_frames
from .constructions.prefixed import prefixed_frames
from .constructions.quarrels import quarrel_frames, quarrel_noun_frames
from .constructions.ambitions import ambition_frames
from .constructions.arranged import arranged_frames
from .constructions.future_acts import future_frames
from .constructions.headlines import headline_passives
from .constructions.reasons import reason_frames
from .speech.rebuttals import misread_claims
from .speech.speech import speech_frames
from .constructions.provisions import provision_frames
from .constructions.taken_up import taken_up_acts
from .constructions.threats import threat_frames
from ..language.syntax import dobj, list_rest, pobj, subjects
from .cues.verb_clauses import conditional, wished_sight
from .speech.ought_clauses import seen_state
from .cues.verb_frames import verb_frames
from .cues.verb_objects import split_plan
from ..language.tokens import children, sent_tokens, tokens

__all__ = ["Frame", "find_frames"]

# readers of one sentence, each (ctx, si, sent) -> frames, run in this order after speech and polarity: judgements of
# the sentence's clauses, then (after commitments and epithets, which read the frames so far) acts and their kinds
_CLAUSE_READERS = (extraposed_frames, lack_frames, conduct_frames, deontic_frames, hindsight_frames, failing_frames,
                   existential_frames, reversal_frames, judged_deed_frames)
_ACT_READERS = (partner_frames, candidacy_frames, quit_call_frames, ambition_frames, threat_frames, measure_frames,
                provision_frames, likened_frames, quarrel_frames, quarrel_noun_frames, prefixed_frames)


# the parts of speech a cue of the token loop in find_frames can have ("see" and an idiom's key noun aside)
_CUE_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN", "ADJ", "ADP"})


def find_frames(ctx: Context, structure: list[Statement] = ()) -> list[Frame]:
    """Every stance cue of the article; `structure` (holds, member_of) tells a speaker's own side."""
    find_speakers(ctx)  # after structure: offices know their holders ("the Lord Chancellor said")
    ctx.known_actors = {}  # (the context is complete: from here on, who a token stands for is answered once)
    st = ctx.lex.stance
    verbs, phrasal, nouns, adjs = st["verbs"], st["phrasal"], st["nouns"], st["adjectives"]
    agentive = st["agentive_nouns"]
    willing = ctx.lex.words("stance", "willingness_adjectives")  # a set: asked of every token
    upholding = frozenset().union(*(ctx.lex.words("stance", k) for k in UPHOLDING))  # (and this of every verb)
    idioms = ctx.lex.idioms
    policy = ctx.lex.words("positions", "heads")
    frames: list[Frame] = []
    members = memberships(structure)
    for si, sent in enumerate(ctx.sents):
        if si in ctx.headings or is_shouted(sent):
            continue
        for t in sent_tokens(sent):
            lemma, pos, low = t.lemma_.lower(), t.pos_, t.lower_  # read once: each read looks the string up
            if pos not in _CUE_POS and lemma != "see" and lemma not in idioms and low not in idioms:
                continue  # (about half the words: no reader below takes a determiner, pronoun or mark but an idiom's)
            found = []
            if pos in ("VERB",) or (pos == "AUX" and lemma not in ("be", "have", "do")):
                found = [] if conditional(t, st) else verb_frames(ctx, t, si, verbs, phrasal)
            if not found and lemma == "see":
                found = _wished_sight(ctx, t, si)
            if not found and pos == "VERB" and lemma in st["permitting_verbs"]:
                found = permit_frames(ctx, t, si)  # "will not allow new mines to be built"
            if not found and pos == "VERB" and lemma in upholding:
                found = upheld_frames(ctx, t, si)  # "signed the accord", "extended the ban"
            if not found and (lemma in idioms or low in idioms) and pos not in ("VERB", "AUX"):
                # "poured scorn on X", "gave X the green light" ("scorn", "foul" of "cried foul" are often tagged ADV)
                found = idiom_frames(ctx, t, si)
            if not found and pos == "NOUN" and lemma in agentive:
                # ("an advocate for the levy": the noun takes the preposition its verb takes, stance.json phrasal)
                found = agentive_frames(ctx, t, si, agentive[lemma], ("of", "to", "for") if f"{lemma} for" in phrasal else ("of", "to"))
            if not found and pos == "NOUN" and lemma in nouns and not market_demand(t, ctx.lex):  # (not "growing demand for oil")
                # ("approved X despite opposition from Y": the noun conceded to is read on what the clause does)
                conceded = concession_frames(ctx, t, si, nouns[lemma])
                found = noun_frames(ctx, t, si, nouns[lemma]) if conceded is None else conceded
            if not found and pos == "NOUN" and lemma in st["received_only_nouns"] and received(ctx, t) is not None:
                found = noun_frames(ctx, t, si, st["received_only_nouns"][lemma])  # "came under fire from X"
            if not found and pos == "NOUN" and lemma not in nouns and lemma not in agentive:
                found = phrasal_noun_frames(ctx, t, si)
            bought = lemma in st["purchase_nouns"]  # ("rejected Kestrel's bid": the bidder's, whatever it is for)
            if not found and pos in ("NOUN", "PROPN") and (lemma in policy or low in policy or bought or proposed(t, ctx.lex) and any(c.dep_ == "poss" for c in children(t))):
                # ("a proposal by Rep. Lee", "the Lee proposal": a noun cue with nothing it is for is its author's policy)
                found = possessive_frames(ctx, t, si, authored=lemma in nouns and not bought)
            if not found and pos == "NOUN" and counted_pledges(t, ctx.lex):
                found = possessive_frames(ctx, t, si, counted=True)  # "the Greens' four new pledges": the Greens'
            if not found and (low in adjs or lemma in adjs or low in willing) \
                    and pos in ("ADJ", "VERB", "ADP") \
                    and (t.dep_ in ("acomp", "amod", "oprd", "xcomp", "ROOT", "ccomp", "conj")
                         or t.dep_ == "prep" and t.head.lemma_ == "be"  # "Vance is against the tariffs"
                         # "Japan, which is firmly opposed to the tariffs": parsed as a passive, but "by" names no agent
                         or t.dep_ == "relcl" and not any(c.dep_ == "agent" for c in children(t))):
                # ("prepared to raise fares": an adjective of readiness alone backs only the act of its to-clause)
                found = [] if conditional(t, st) else adj_frames(ctx, t, si, adjs.get(low) or adjs.get(lemma) or "supports")
            frames += found
        frames += speech_frames(ctx, si, sent)
        # (before polarity: "said Cole had lost faith in Kent" is Cole's side on Kent, no judgement of Cole)
        frames += trust_frames(ctx, si, sent)
        frames += polarity_frames(ctx, si, sent, frames)
        for read in _CLAUSE_READERS:
            frames += read(ctx, si, sent)
        frames += commitment_frames(ctx, si, sent, members)
        frames += epithet_frames(ctx, si, sent, frames)
        for read in _ACT_READERS:
            frames += read(ctx, si, sent)
        frames += arranged_frames(ctx, si, sent, frames)  # (last: an act read by a cue of its own is left to it)
        frames += future_frames(ctx, si, sent, frames)  # ("will boost spending": after every cue of the act's own)
    frames += reason_frames(ctx, frames)
    frames += _conjoined_targets(ctx, frames)
    frames += _appealed_acts(ctx, frames)
    fielding_bodies(ctx, frames)  # "it expects 3,000 members to march against X": the body too
    government_speakers(ctx, frames)  # "the minister said the government will X": the minister too
    party_owners(ctx, frames)  # "his party plans for X": the party's too
    frames += taken_up_acts(ctx, frames)  # (after the acts above: their pointers are targets by now)
    frames += punished_deeds(ctx, frames)  # "expelled X for backing Y": against Y
    doc = ctx.parsed.doc
    frames = _wanted_warnings(misread_claims(ctx, covered(ctx, frames)))
    placed = []
    for f in frames:
        holders = _off_dateline(ctx, [h if isinstance(h, int) else h.i for h in f.holders])
        if f.holders and not holders:
            continue  # ("BONN, March 3 - ..." with the place its only holder)
        f.holders = holders
        placed.append(f)
    frames = headline_passives(ctx, placed)
    misread: set[int] = set()  # the words of plans the parser read as an act of the verb's subject
    owned: list[Frame] = []
    for f in frames:
        f.bodies = _our_bodies(ctx, f, members)
        taken = _partaken(ctx, tokens(doc)[f.target]) if f.target is not None and f.target >= 0 else None
        if taken is not None:
            f.target, f.target_is_clause = taken.i, False  # "refused to take part in the talks": against the talks
        split = split_plan(tokens(doc)[f.target], ctx.lex) if f.target is not None and f.target >= 0 else None
        if split is not None:
            # "attacked the Tory plans to X": the plans, not the Tories, whose plans they are
            owner = f.target
            f.target, f.target_is_clause = split.i, False
            misread |= {x.i for x in split.subtree}
            if actors(ctx, tokens(doc)[owner], f.sent):
                owned.append(Frame("supports", split.i, [owner], split.i, "possessive-policy", f.sent, confidence=0.5))
        if f.target is not None and tokens(doc)[f.target].pos_ == "PRON" and f.rule != "speech-charge":
            # "adopted new parking rules. Holt said they were unworkable": the rules, not the body that adopted
            # them (a misdeed is an actor's whatever was named last)
            noun = policy_antecedent(ctx, tokens(doc)[f.target])
            if noun is not None:
                f.target = noun.i
    return _described_groups(ctx, [f for f in frames if f.cue not in misread] + owned)


def _off_dateline(ctx: Context, holders: list[int]) -> list[int]:
    """ "BONN, March 3 - West Germany is unhappy with X": a wire dateline's place is where the story is filed, and the
    parser takes it for a subject or a conjunct of one; the subject apposed to it acts, the place never does."""
    toks = tokens(ctx.parsed.doc)
    out = []
    for h in holders:
        if h >= 0 and dateline_token(ctx.parsed, h):
            h = next((c.i for c in children(toks[h]) if c.dep_ == "appos" and not dateline_token(ctx.parsed, c.i)), None)
            if h is None:
                continue
        out.append(h)
    return out


def _wanted_warnings(frames: list[Frame]) -> list[Frame]:
    """ "warned that the pension changes would have to go ahead": what is warned of is that a policy must proceed or
    stay, which the deontic frame of the same clause reads as wanted; a warning against the policy, read from the verb
    and its clause's subject, is then no side (the warning is the policy's necessity, not its harm)."""
    wanted = {(f.sent, f.target) for f in frames if f.rule == "deontic" and f.relation == "supports" and not f.negated}
    return [f for f in frames if not (f.rule == "verb-object" and f.relation == "warns" and not f.negated
                                      and (f.sent, f.target) in wanted)]


def _wished_sight(ctx: Context, t, si: int) -> list[Frame]:
    """ "I would like to see a freeze on rents", "hopes to see more council houses": the thing seen is wanted by the
    one who would like to see it (a person seen is only met: "wants to see the minister"; "to see the toll
    abolished" is read at the participle, as "wants the toll abolished" is)."""
    verb, obj = wished_sight(t, ctx.lex.stance), dobj(t)
    if verb is not None and obj is None and (state := seen_state(ctx, t)) is not None:
        # "would like to see councils being able to ban X": the state seen, clause and all, is wanted
        return [Frame("supports", verb.i, subjects(verb), state.i, "verb-object-wanted", si, negated=negated(ctx, verb),
                      confidence=0.6, aside=True)]
    if verb is None or obj is None or obj.pos_ not in ("NOUN", "PROPN") or target_actor(ctx, obj):
        return []
    return [Frame("supports", verb.i, subjects(verb), obj.i, "verb-object-wanted", si, negated=negated(ctx, verb),
                  confidence=0.6)]


def _described_groups(ctx: Context, frames: list[Frame]) -> list[Frame]:
    """ "charged the firms were rigging their prices": each of the firms named before is taken on; a charge
    against firms the story does not name together is against no one it can show."""
    doc = ctx.parsed.doc
    out = []
    for f in frames:
        group = described_group(ctx, tokens(doc)[f.target]) if f.target is not None else []
        if group:
            f.target = group[0].i
            out += [f] + [replace(f, target=g.i) for g in group[1:]]
        elif not (f.rule == "speech-charge" and described_plural(ctx, tokens(doc)[f.target])):
            out.append(f)
    return out


def _our_bodies(ctx: Context, f: Frame, members: dict[str, set[str]]) -> tuple[str, ...]:
    """ "we among all the carriers are fighting this", said by a firm's executive: "we" is the firm as well as the
    speaker — the one body each speaking person is put in; a politician's "we" is no party line ("we are all
    opposed to discrimination" speaks for the House as much as for the party)."""
    doc = ctx.parsed.doc
    out: list[str] = []
    for h in f.holders:
        t = tokens(doc)[h] if h >= 0 else None
        # ("our members reject X", "our staff": the speaker's people, unnamed, are the body)
        if t is None or not (we_pronoun(ctx, t) or ctx.res.kind.get(ctx.res.by_token.get(h, "")) == "common"
                             and any(c.dep_ == "poss" and we_pronoun(ctx, c) for c in children(t))):
            continue
        for person in actors(ctx, tokens(doc)[h], f.sent):
            bodies = {b for b in members.get(person, set()) if ctx.res.kind.get(b) != "party"}
            if person.startswith("person/") and len(bodies) == 1:
                out += sorted(bodies)
            parties = {b for b in members.get(person, set()) if ctx.res.kind.get(b) == "party"}
            if len(parties) == 1 and _spokesperson(ctx, person):
                out += sorted(parties)  # "we will scrap X", said by the party's spokesman: the party's line
    return tuple(dict.fromkeys(out))


def _spokesperson(ctx: Context, person: str) -> bool:
    """The person holds a post the story names a spokesman's ("the Green Party's transport spokesman"): one who speaks
    for the party, so a "we" of theirs is the party's."""
    return any(p == person and o in ctx.res.entities and ctx.res.entities[o].label.lower().rsplit(" ", 1)[-1].startswith("spokes")
               for o, p in ctx.holder_of.items())


def _partaken(ctx: Context, t: Token) -> Token | None:
    """What an act of taking part is in ("take part in the talks", "participate in the strike": stance.json
    partaking_verbs): the side is taken on that, not on the taking part."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in ctx.lex.stance["partaking_verbs"]:
        return None
    noun = ctx.lex.stance["partaking_verbs"][t.lemma_.lower()]
    if noun and not any(c.dep_ == "dobj" and c.lower_ == noun for c in children(t)):
        return None
    return next((pobj(c) for c in children(t) if c.dep_ == "prep" and c.lower_ == "in" and pobj(c) is not None
                 and pobj(c).pos_ in ("NOUN", "PROPN")), None)


def _conjoined_targets(ctx: Context, frames: list[Frame]) -> list[Frame]:
    """ "backed the reform and the levy", "praised Okafor and Dunn": each conjunct is a side taken."""
    doc = ctx.parsed.doc
    out = []
    for f in frames:
        t = tokens(doc)[f.target] if f.target is not None else None
        # ("tariffs and quotas hurt growers, X said": each subject judged is judged, as each object is)
        if t is None or f.target_is_clause or f.rule.startswith("speech") and f.rule != "speech-charge" and not (
                f.rule == "speech-evaluation" and (t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "pobj" and t.head.lower_ == "from")):
            continue
        if t.pos_ not in ("NOUN", "PROPN"):
            continue
        for c in list(t.conjuncts) + list_rest(t):
            if c.i > t.i and c.pos_ in ("NOUN", "PROPN"):
                out.append(replace(f, target=c.i))
        out += [replace(f, target=i) for i in _apposed_people(ctx, t)]
    return out


def _appealed_acts(ctx: Context, frames: list[Frame]) -> list[Frame]:
    """ "called on ministers not to sell the port": an appeal's act said with "not" is asked to be left undone, a side
    against it; "promised to raise pensions and pay the credit in cash", "urged the council to freeze fares and to
    publish the audit": each coordinated act of one appeal or promise is a side of its own (an act that is a cue
    itself reads its own frame). Returns the frames of the acts after the first; a frame's own act is turned in
    place. (A clause target's "not" is read where the clause is: verb_frames' denied act.)"""
    toks = tokens(ctx.parsed.doc)
    neg = ctx.lex.words("stance", "negators")
    cues = {f.cue for f in frames}

    def denied(v: Token) -> bool:
        return any(c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ in neg for c in children(v) if c.i < v.i)

    out = []
    for f in frames:
        noun = f.rule == "noun-cue" and f.target_is_clause  # "its pledge to freeze fares and scrap the toll"
        if f.target is None or f.relation == "warns" or not (f.rule.startswith("verb") or noun):
            continue
        cue, t = toks[f.cue], toks[f.target]
        act = t if t.pos_ == "VERB" and t.dep_ == ("acl" if noun else "xcomp") and t.head.i == cue.i else None
        if act is None and t.head.i in (cue.i, *(c.i for c in children(cue) if c.dep_ == "prep")) \
                and t.dep_ in ("dobj", "pobj") and target_actor(ctx, t):
            # "urged ministers to ...", "called on the council to ...": the one told is no side, their act is
            act = next((c for c in children(cue) if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > t.i
                        and any(x.dep_ == "aux" and x.lower_ == "to" for x in children(c))), None)
        if act is None:
            continue
        first = denied(act)
        if first and not f.target_is_clause:
            f.negated = not f.negated
        for c in act.conjuncts:
            if c.i > act.i and c.pos_ == "VERB" and c.i not in cues and dobj(c) is not None and not any(
                    x.dep_ in ("nsubj", "nsubjpass") for x in children(c)) and (not f.target_is_clause or c.lemma_.lower() in ctx.lex.policy_acts):
                # ("not to sell the port or close the yard": one "not" before both)
                # (the act, as the first act pledged or wanted is, names a policy, Lexicon.policy_acts: no clause
                # restating one, and "wants to win the seat and become leader" wants no policy)
                out.append(replace(f, target=c.i, negated=f.negated != (denied(c) and not first), target_is_clause=False))
    return out



def _apposed_people(ctx: Context, t: Token) -> list[int]:
    """ "sued Tonmark, its chairman Tom Kent and finance director Ada Lund": people apposed to a firm or body are
    listed beside it, each a side taken (a person is never the body it is apposed to)."""
    eid = ctx.res.by_token.get(t.i, "")
    if not eid.startswith("institution/") or ctx.res.kind.get(eid) in ("gpe", "country", "common"):
        return []
    found: dict[str, int] = {}
    for c in children(t):
        if c.dep_ != "appos" or c.i < t.i:
            continue
        for x in [c] + [g for g in children(c) if g.dep_ in ("appos", "conj")]:
            pid = ctx.res.by_token.get(x.i, "")
            if pid.startswith("person/"):
                found.setdefault(pid, x.i)
    return list(found.values())
