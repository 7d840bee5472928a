"""Stance cues in verbs: the rules that read the parse around a verb or phrasal verb from the lexicon
and yield Frames, the cue with its holders and its target; find_frames runs every cue rule (verbs here,
nouns and adjectives in cue_nouns, reported speech in speech) over the article.
"""
from __future__ import annotations

from dataclasses import replace
from itertools import chain

from spacy.tokens import Token

from .antecedents import described_group, described_plural, policy_antecedent
from .commitment import commitment_frames, covered, memberships
from .cue_nouns import adj_frames, agentive_frames, noun_frames, possessive_frames
from .frame import Frame, negated as is_negated
from ..model import Statement
from .polarity import polarity_frames
from .reference import Context, actors, target_actor
from .speakers import find_speakers
from .deontic import deontic_frames, said_ought
from .epithets import epithet_frames
from .reasons import reason_frames
from .speech import speech_frames
from .syntax import dobj, for_clause, list_rest, pobj, subjects

__all__ = ["Frame", "find_frames"]


def find_frames(ctx: Context, structure: list[Statement] = ()) -> list[Frame]:
    """Every stance cue of the article; `structure` (holds, member_of) tells a speaker's own side."""
    find_speakers(ctx)  # after structure: offices know their holders ("the Lord Chancellor said")
    st = ctx.lex.stance
    verbs, phrasal, nouns, adjs = st["verbs"], st["phrasal"], st["nouns"], st["adjectives"]
    agentive = st["agentive_nouns"]
    policy = ctx.lex.words("positions", "heads")
    frames: list[Frame] = []
    members = memberships(structure)
    for si, sent in enumerate(ctx.sents):
        if si in ctx.headings:
            continue
        for t in sent:
            lemma = t.lemma_.lower()
            found = []
            if t.pos_ in ("VERB",) or (t.pos_ == "AUX" and lemma not in ("be", "have", "do")):
                found = [] if _conditional(t, st) else _verb_frames(ctx, t, si, verbs, phrasal)
            if not found and t.pos_ == "NOUN" and lemma in agentive:
                found = agentive_frames(ctx, t, si, agentive[lemma])
            if not found and t.pos_ == "NOUN" and lemma in nouns:
                found = noun_frames(ctx, t, si, nouns[lemma])
            if not found and t.pos_ in ("NOUN", "PROPN") and (lemma in policy or t.lower_ in policy) and lemma not in nouns:
                found = possessive_frames(ctx, t, si)
            if not found and (t.lower_ in adjs or lemma in adjs) and t.pos_ in ("ADJ", "VERB", "ADP") \
                    and (t.dep_ in ("acomp", "amod", "oprd", "xcomp", "ROOT", "ccomp", "conj")
                         or t.dep_ == "prep" and t.head.lemma_ == "be"):  # "Vance is against the tariffs"
                found = [] if _conditional(t, st) else adj_frames(ctx, t, si, adjs.get(t.lower_) or adjs.get(lemma))
            frames += found
        frames += speech_frames(ctx, si, sent)
        frames += polarity_frames(ctx, si, sent, frames)
        frames += deontic_frames(ctx, si, sent)
        frames += commitment_frames(ctx, si, sent, members)
        frames += epithet_frames(ctx, si, sent, frames)
    frames += reason_frames(ctx, frames)
    frames += _conjoined_targets(ctx, frames)
    doc = ctx.parsed.doc
    frames = covered(frames, doc)
    for f in frames:
        f.holders = [h if isinstance(h, int) else h.i for h in f.holders]
        f.bodies = _our_bodies(ctx, f, members)
        if f.target is not None and doc[f.target].pos_ == "PRON" and f.rule != "speech-charge":
            # "adopted new parking rules. Holt said they were unworkable": the rules, not the body that adopted
            # them (a misdeed is an actor's whatever was named last)
            noun = policy_antecedent(ctx, doc[f.target])
            if noun is not None:
                f.target = noun.i
    return _described_groups(ctx, frames)


def _described_groups(ctx: Context, frames: list[Frame]) -> list[Frame]:
    """ "charged the firms were rigging their prices": each of the firms named before is taken on; a charge
    against firms the story does not name together is against no one it can show."""
    doc = ctx.parsed.doc
    out = []
    for f in frames:
        group = described_group(ctx, doc[f.target]) if f.target is not None else []
        if group:
            f.target = group[0].i
            out += [f] + [replace(f, target=g.i) for g in group[1:]]
        elif not (f.rule == "speech-charge" and described_plural(ctx, doc[f.target])):
            out.append(f)
    return out


def _our_bodies(ctx: Context, f: Frame, members: dict[str, set[str]]) -> tuple[str, ...]:
    """ "we among all the carriers are fighting this", said by a firm's executive: "we" is the firm as well as the
    speaker — the one body each speaking person is put in; a politician's "we" is no party line ("we are all
    opposed to discrimination" speaks for the House as much as for the party)."""
    doc = ctx.parsed.doc
    out: list[str] = []
    for h in f.holders:
        if h < 0 or doc[h].lower_ not in ctx.lex.stance["we_pronouns"]:
            continue
        for person in actors(ctx, doc[h], f.sent):
            bodies = {b for b in members.get(person, set()) if ctx.res.kind.get(b) != "party"}
            if person.startswith("person/") and len(bodies) == 1:
                out += sorted(bodies)
    return tuple(dict.fromkeys(out))


def _conditional(t: Token, st: dict) -> bool:
    """ "if the party decides to go ahead with the plan": a condition states no side, nor does a question
    ("asked if he would welcome X", "did not say whether he would support X")."""
    for a in chain((t,), t.ancestors):  # lazily: the climb mostly stops at the clause of t
        if a.dep_ in ("advcl", "ccomp", "xcomp", "conj", "ROOT") and any(
                m.dep_ == "mark" and m.lower_ in st["conditional_marks"] for m in a.children):
            return True
        if a.dep_ in ("ROOT",) or a.lemma_.lower() in st["speech"]:
            return False
    return False


def _conjoined_targets(ctx: Context, frames: list[Frame]) -> list[Frame]:
    """ "backed the reform and the levy", "praised Okafor and Dunn": each conjunct is a side taken."""
    doc = ctx.parsed.doc
    out = []
    for f in frames:
        if f.target is None or f.target_is_clause or f.rule.startswith("speech") and f.rule != "speech-charge":
            continue
        t = doc[f.target]
        if t.pos_ not in ("NOUN", "PROPN"):
            continue
        for c in list(t.conjuncts) + list_rest(t):
            if c.i > t.i and c.pos_ in ("NOUN", "PROPN"):
                out.append(replace(f, target=c.i))
    return out


def _verb_frames(ctx: Context, t: Token, si: int, verbs: dict, phrasal: dict) -> list[Frame]:
    lemma = t.lemma_.lower()
    # "pushed back against": the parser hangs "back" off as a particle or as an adverb
    st = ctx.lex.stance
    particles = [c for c in t.children if c.dep_ == "prt" or (c.dep_ in ("advmod", "dobj", "acomp", "oprd")
                                                                 and c.lower_ in st["particles"])]
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
        # "stood by the accord": an active verb's "by" is a preposition of its own, not a passive's agent
        active_by = [c for c in t.children if c.dep_ == "prep" and c.lower_ == "by"] \
            if not any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children) and t.dep_ != "acl" else []
        for prep in preps + active_by:
            key = f"{lemma} {prep.lower_}"
            if key in phrasal:
                relation, rule, target = phrasal[key], "verb-prep", pobj(prep)
                break
    if relation is None and f"{lemma} for" in phrasal and for_clause(t) is not None:
        # "called for the agency to be closed": the closing is called for
        relation, rule, target = phrasal[f"{lemma} for"], "verb-prep", for_clause(t)
    if relation is None and f"{lemma} for" in phrasal and any(p.lower_ in ("on", "upon") and pobj(p) is not None
                                                               for p in preps):
        # "called on Congress to cut subsidies": the act is asked for ("to reject X" is read by its own frame)
        act = next((c for c in t.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and dobj(c) is not None), None)
        if act is not None and not _cue_verb(act, st):
            relation, rule, target = phrasal[f"{lemma} for"], "verb-prep", act
    if relation is None and lemma in st["experiencer_verbs"] and not any(c.dep_ in ("xcomp", "ccomp") for c in t.children):
        return _experiencer_frames(ctx, t, si, st["experiencer_verbs"][lemma])
    judged_obj = dobj(t) or next((c for c in t.children if c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN")), None)
    if judged_obj is None and lemma in st["characterising_verbs"]:
        # "branded the decision unacceptable", "called the plan 'visionary'", parsed as a verbless clause or
        # a noun phrase headed by the judgement: the noun before the judgement is what is judged
        judged_obj = next((g for c in t.children if c.dep_ in ("ccomp", "oprd") and c.pos_ in ("ADJ", "NOUN")
                           for g in c.children if g.dep_ == "nsubj" or g.dep_ in ("compound", "nmod")
                           and g.pos_ in ("NOUN", "PROPN") and g.i < c.i), None)
    if relation is None and lemma in ctx.lex.stance["characterising_verbs"] and judged_obj is not None \
            and (lemma not in st["as_characterising_verbs"] or any(  # "sees X as ...", not "has seen X"
                c.dep_ == "prep" and c.lower_ == "as" for c in (*t.children, *judged_obj.children))):
        # "called the plan a disgrace", "views the plan as unfeasible": the judgement decides
        judged = _judgement(t, ctx.lex.stance)
        if judged:
            relation, rule, target = judged, "verb-judgement", judged_obj
    if relation is None and lemma in verbs:
        relation, rule = verbs[lemma], "verb-object"
        target = dobj(t)
        if target is not None and lemma in ctx.lex.stance["addressee_verbs"] and any(c.dep_ == "ccomp" for c in t.children):
            target = None  # "warned the committee that X": the committee is told, X is the warning
        acts = [c for c in t.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
        if target is not None and lemma in ctx.lex.stance["addressee_verbs"] and acts and _cue_verb(acts[0], ctx.lex.stance):
            return []  # "urged MPs to oppose it": the act urged carries the urger's side
    if relation is None:
        relation, target = _adverbial(t, st)
        rule = "verb-adverbial"
    if relation is None and _wanted(t, st, []):
        # "the Greens wanted a review clause added": what one wants done is backed, unless it is undone
        undone = lemma in st["decrease_verbs"] or lemma in st["undoing_verbs"]
        relation, rule = ("opposes" if undone else "supports"), "verb"
    if relation is None:
        return []
    # an object clause: "warning that a full occupation could trigger ...", "suggested reoccupying the valley"
    clause, clause_verb = False, None
    if target is None and lemma not in st["object_only_verbs"]:
        for c in t.children:
            if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX"):
                subj = [x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")]
                acts = [x for x in c.children if x.dep_ == "csubj" and x.tag_ == "VBG"]
                if not subj and acts and c.dep_ == "ccomp":
                    target, clause_verb = acts[0], c.i  # "warned that allowing the deficit to grow could hurt": the act
                    break
                if subj and c.dep_ == "ccomp" and c.lemma_ == "be" and not any(x.dep_ == "auxpass" for x in c.children):
                    break  # "suggesting the signing was an act of treason" judges, and speech rules read judgements
                if subj and c.dep_ == "ccomp":
                    # "suggested Mr Roe should reinstate Lund" is no stance on Mr Roe: the clause is the point,
                    # and names a policy only when it restates one ("warned that the Tories were planning cuts")
                    target = c if target_actor(ctx, subj[0]) else subj[0]
                    clause, clause_verb = True, c.i
                    if _mandative(c, st) and subj[0].dep_ == "nsubj":
                        # "recommends that states cut tariffs": the act is the policy wanted; "recommended that
                        # the council scrap the levy": the verb recommended carries the side
                        target, clause = (None if _cue_verb(c, st) else c), False
                elif c.tag_ == "VBG" or c.dep_ == "xcomp" and not subj:
                    target, clause = c, True
                break
    elif target is None and not _wanted(t, st, []):  # "wants other nations to cut tariffs": the act wanted of others
        target = next((c for c in t.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB" and any(
            x.dep_ == "aux" and x.lower_ == "to" for x in c.children) and any(x.dep_ == "nsubj" for x in c.children)
            and any(x.dep_ in ("dobj", "nsubj") and x.pos_ == "NOUN" for x in c.children)), None)  # a policy acted on
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
                    and not _is_time(obj, st):
                target = obj
                break
    passive = [c for c in t.children if c.dep_ == "nsubjpass"]
    agents = [g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if agents and (passive or t.dep_ == "acl"):
        # "plans have been branded irresponsible by the Liberal Democrats"; "the plan, unveiled by Roe"
        holders = agents + [c for a in agents for c in a.conjuncts]
        target = passive[0] if passive else t.head
        rule += "-passive"
    elif passive and lemma in st["agent_needed_verbs"]:
        return []  # a passive with no agent names no holder
    elif _wanted(t, st, passive):
        # "wanted the tax scrapped": the wanter scraps it, the tax is the object
        holders = subjects(t.head)
        target = next(c for c in t.children if c.dep_ == "nsubj")
        rule += "-wanted"
    else:
        holders = subjects(t)
        if t.dep_ == "acl" and holders == [t.head]:
            holders = _purpose_holders(ctx, t)
        if _mandative(t, st) or t.dep_ == "ccomp" and said_ought(t, st):
            holders = subjects(t.head)  # "Holt recommended that the council scrap the levy": Holt's side
    if relation == "supports" and target is not None and _counter_cue(target, st):
        return []  # "went ahead with (a series of) protests against X": the noun tells the side
    if lemma == "share" and not is_negated(ctx, t):
        return []  # "shared" is only a stance when negated ("not shared by the military")
    if lemma in ("say", "tell") or not holders:
        return []
    negated = is_negated(ctx, t) or t.dep_ == "acl" and t.head.lemma_.lower() in st["negating_nouns"]
    if lemma == "accuse":
        target = dobj(t) or target
    return [Frame(relation, t.i, holders, target.i if target is not None else None, rule, si,
                  negated=negated, target_is_clause=clause, confidence=0.8, clause=clause_verb)]


def _purpose_holders(ctx: Context, t: Token) -> list[Token]:
    """ "paid a visit to back X", "in an effort to ward off X", "the party's decision to endorse X": who
    makes the effort acts; but "rejected the plan to scrap X" is no scrapping by the one who rejects."""
    noun = t.head
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
        return [noun]
    if any(c.dep_ in ("det", "neg") and c.lower_ in ctx.lex.stance["negators"] for c in noun.children) \
            or noun.lemma_.lower() in ctx.lex.stance["capacity_nouns"] or noun.lower_ in ctx.lex.stance["capacity_nouns"]:
        return []  # "made no commitment to support X", "has the power to veto X" take no side
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners:
        return owners + [c for o in owners for c in o.conjuncts]
    # "paid a visit to back X", "in an effort to", "on a trip to": the verb the effort hangs on
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" \
        and noun.head.lower_ in ctx.lex.stance["purpose_preps"] else None
    if verb is None or verb.pos_ not in ("VERB", "AUX") or is_negated(ctx, verb):
        return [noun]
    cue = ctx.lex.stance["verbs"].get(verb.lemma_.lower())
    if cue is not None and cue != "supports" or verb.lemma_.lower() in ctx.lex.stance["characterising_verbs"]:
        return [noun]
    return subjects(verb)


def _mandative(t: Token, st: dict) -> bool:
    """A that-clause in the subjunctive under a verb of recommending: "that the council scrap X", "that states
    should cut Y" (an indicative "that the plan will go ahead" reports, it does not recommend)."""
    if t.dep_ != "ccomp" or t.head.lemma_.lower() not in st["mandative_verbs"]:
        return False
    aux = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
    # the parser reads a bare "cut" or "set" as a past tense too
    return t.tag_ in ("VB", "VBP", "VBD") and not aux or any(a.lower_ == "should" for a in aux) \
        or t.tag_ == "VBN" and [a.lower_ for a in aux] == ["be"]


def _cue_verb(t: Token, st: dict) -> bool:
    lemma = t.lemma_.lower()
    return lemma in st["verbs"] or lemma in st["experiencer_verbs"] or any(k.split()[0] == lemma for k in st["phrasal"])


def _counted(t: Token, st: dict) -> Token:
    """ "a series of protests": what a quantity noun counts."""
    while t.lemma_.lower() in st["quantity_nouns"]:
        inner = next((pobj(c) for c in t.children if c.dep_ == "prep" and c.lower_ == "of" and pobj(c) is not None), None)
        if inner is None:
            break
        t = inner
    return t


def _wanted(t: Token, st: dict, passive: list) -> bool:
    """ "wanted the tax scrapped": a participle clause under a verb of wanting."""
    return t.tag_ in ("VBN", "VBD") and t.dep_ in ("ccomp", "xcomp", "oprd") and t.head.lemma_.lower() in st["volition_verbs"] \
        and not passive and any(c.dep_ == "nsubj" for c in t.children) and not any(c.dep_ == "aux" for c in t.children)


def _counter_cue(t: Token, st: dict) -> bool:
    """A noun cue of another side with its own target ("protests against X"); "the congestion charge" is none."""
    t = _counted(t, st)
    relation = st["nouns"].get(t.lemma_.lower())
    return relation not in (None, "supports") and any(
        c.dep_ == "prep" and c.lower_ in st["noun_preps"][relation] and pobj(c) is not None for c in t.children)


def _adverbial(t: Token, st: dict) -> tuple[str | None, Token | None]:
    """ "voted in favour of the bill", "resigned in protest at the war": the phrase carries the side."""
    for c in t.children:
        noun = pobj(c) if c.dep_ == "prep" and c.lower_ == "in" else None
        if noun is not None and noun.lemma_.lower() in st["stance_adverbials"] \
                and not any(g.dep_ == "poss" for g in noun.children):  # "in their opposition to": the noun cue's
            target = next((pobj(g) for g in noun.children if g.dep_ == "prep" and pobj(g) is not None), None)
            if target is not None:
                return st["stance_adverbials"][noun.lemma_.lower()], target
    return None, None


def _experiencer_frames(ctx: Context, t: Token, si: int, relation: str) -> list[Frame]:
    """ "the plan angered Holt", "his speech did not impress Holt", "Holt was encouraged by the plan":
    the one who feels takes the side, toward what caused the feeling."""
    passive = [c for c in t.children if c.dep_ == "nsubjpass"]
    causes = [pobj(c) for c in t.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "at", "with", "over", "about")
              and pobj(c) is not None]
    if passive or t.dep_ == "acl":
        holders, target = (passive or [t.head]), (causes[0] if causes else None)
    else:
        obj = dobj(t)
        subj = [c for c in t.children if c.dep_ in ("nsubj", "csubj")]
        holders = [obj] if obj is not None and actors(ctx, obj, si) else []
        target = subj[0] if subj else None
    if target is None or not holders:
        return []
    holders = holders + [c for h in holders for c in h.conjuncts]
    return [Frame(relation, t.i, holders, target.i, "verb-experiencer", si, negated=is_negated(ctx, t), confidence=0.7)]


def _judgement(t: Token, st: dict) -> str | None:
    words = set()
    for c in t.children:
        if c.dep_ in ("oprd", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "as") or (
                c.dep_ == "dep" and c.pos_ in ("ADJ", "NOUN") and c.i > (dobj(t).i if dobj(t) is not None else t.i)):
            # "called the plan, proposed in July, 'visionary'": a judgement the parser leaves unattached
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


def _is_time(t: Token, st: dict) -> bool:
    return t.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT") or t.lemma_.lower() in st["time_nouns"]

