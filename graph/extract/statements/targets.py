"""Targets: what the target of each stance frame names, as position mentions grouped into positions.

A frame's target token is widened to the policy phrase it heads ("proposals to cut income tax"), led back to what a
pronoun, a generic noun ("the move") or a content clause stands for, and kept only when it reads as a policy
(graph.extract.policies.policy_tokens) or names an act (act_nouns); the mentions are then clustered into positions.
Imports its siblings positions, policy_tokens, act_nouns, asked_acts, reference, spans, stance, syntax, target_heads and lexicon.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..reference.antecedents import claim_speaker, named_before, points_at_talk
from ..language.lexicon import Lexicon
from ..policies.positions import PositionMention, Positions, cluster_positions, content_words, phrase_span, surface_forms, \
    undoing_words
from ..policies.phrase_spans import proposal_span, summary_noun
from ..reference.actors import Context, actors, target_actor
from ..stance.cues.phrasal_nouns import phrasal_noun
from ..policies.policy_tokens import market_figures, _asked_event, _content_clause, _discourse, _position_like, _product, _such, apology_act, backing_sought, \
    degree_phrase, held_event, inner_position, judged_thing, kept_thing, kind_pointer
from ..mentions.spans import is_shouted, named_policies
from ..policies.act_nouns import act_target, body_compound
from ..stance.constructions.provisions import RULE as PROVISION
from ..stance.constructions.taken_up import RULE as TAKEN_UP
from ..stance.constructions.future_acts import RULE as FORETOLD, pledged_plan
from ..policies.target_heads import begun_act, caused_act, made_to_be_done, counted_thing, interrupted_act, means_act, means_taken, past_amount, proposed_by, stood_for, undone_ruling, counted_pledges, abetted_wish, pledge_maker, noun_read_planner, planned_act
from ..stance.frame import OPPOSITE, Frame
from ..language.syntax import dobj
from ..stance.cues.verb_clauses import cue_verb, own_pledge
from .asked_acts import carried_side, wanted_action
from ..stance.constructions.wished_states import acted_pointer, aimed_fate, purposed_fate, stopped_thing, wished_state
from ..language.tokens import children, tokens

__all__ = ["position_mentions"]


def position_mentions(ctx: Context, frames: list[Frame]) -> Positions:
    """Position mentions from stance targets and from phrases headed by a policy noun."""
    doc = ctx.parsed.doc
    toks = tokens(doc)
    lex = ctx.lex
    # who owns a policy is not what it is about: "Tory plans" are "the plans"
    person_tokens = {i for i, e in ctx.res.by_token.items() if e.startswith("person/") or (
        e.startswith("institution/") and ctx.res.kind.get(e) in ("party", "org", "common"))}
    found: dict[int, PositionMention] = {}
    named = {i: (s, e) for s, e in named_policies(doc, lex) for i in range(s, e)}

    def add(head: Token, weight: float, clause: bool = False, named_by: Token | None = None, stop: frozenset[int] = frozenset(),
            aside: bool = False):
        if head.i in found:
            found[head.i].weight = max(found[head.i].weight, weight)
            found[head.i].clause = found[head.i].clause and clause  # (named as a policy by one frame, it is one)
            return
        outer, head = head, inner_position(head, lex)
        if degree_phrase(head, lex):
            return
        if head.pos_ == "PRON" and (head.lower_ not in lex.positions["anaphors"] or points_at_talk(ctx, head)):
            return
        forms = ()
        if head.i in named:
            s, e = named[head.i]
            head = toks[e - 1]
        else:
            s, e = proposal_span(head, lex, stop) if aside else phrase_span(head, lex, stop)  # (a view's own clause)
            forms = surface_forms(head, lex, (s, e), stop)
            if named_by is not None:
                # "the firm intention to retaliate", "a call to amend the bill": the noun of intent with its act
                # names the policy as well as the act alone
                own = [c.i for c in children(named_by) if c.dep_ in ("amod", "compound") and c.i < named_by.i]
                forms += ((min(own, default=named_by.i), e),)
        # "the Lund plan": a plan named for the one who made it is named by the name, where "Lund's plan" only
        # says whose it is
        eponym = {c.i for c in children(head) if c.dep_ == "compound" and c.i < head.i and s <= c.i
                  and ctx.res.by_token.get(c.i, "").startswith("person/")} if head.lemma_.lower() in lex.positions["generic"] else set()
        # "the council tax": a body's noun that makes one name with the policy's noun says which tax (not the
        # income tax), where "the council plans" only says whose plans
        named_with = {c.i for c in children(head) if c.dep_ == "compound" and body_compound(c.lemma_, head.lemma_)}
        content = content_words(doc, s, e, lex, skip=person_tokens - eponym - named_with)
        if _such(head):
            content = frozenset()  # "such a secular state": the consequence of the policy in focus
        for i in range(s, e) if not clause else ():  # a clause only restates: it leaves what it holds named
            found.pop(i, None) if i != head.i and i in found and found[i].start >= s and found[i].end <= e else None
        syn = lex.positions["synonyms"]
        owners = frozenset(ctx.res.by_token[c.i] for c in children(head) if c.dep_ in ("amod", "compound", "poss", "nmod")
                           and c.i in person_tokens - named_with and c.pos_ != "PRON")  # ("his measures": who "his" is may be wrong)
        if head.lemma_.lower() in lex.positions["generic"]:
            # "a proposal by Rep. Ann Lee ... the Lee proposal": the one a plan is by is its owner, as in "Lee's plan"
            owners |= {ctx.res.by_token[g.i] for c in children(head) if c.dep_ == "prep" and c.lower_ == "by"
                       for g in children(c) if g.dep_ == "pobj" and g.i in person_tokens}
        eponym_ids = frozenset(ctx.res.by_token[i] for i in eponym)
        found[head.i] = PositionMention(s, e, head.i, ctx.sent_of[head.i], content, weight, clause=clause, aside=aside,
                                        head_lemma=syn.get(head.lemma_.lower(), head.lemma_.lower()),
                                        indefinite=_indefinite(head, lex, person_tokens), forms=forms,
                                        gaps=tuple(c.i for c in children(head) if c.dep_ == "neg" and head.pos_ in ("VERB", "AUX")),
                                        generic=head.lemma_.lower() in lex.positions["generic"] or head.lower_ in lex.positions["generic"],
                                        listed=any(toks[i].dep_ == "cc" and toks[i].head.pos_ in ("NOUN", "PROPN") for i in range(s, e)),
                                        named_kind=content & frozenset(syn.get(c.lemma_.lower(), c.lemma_.lower()) for c in children(head)
                                                                       if c.dep_ in ("compound", "amod", "nmod") and s <= c.i < head.i),
                                        kinds=frozenset(c.lemma_.lower() for c in children(head) if c.dep_ == "amod" and c.tag_ not in ("JJR", "JJS") and s <= c.i < e
                                                        and c.lower_ not in lex.positions["drop_modifiers"]),
                                        owners=owners | eponym_ids, backers=set(owners),
                                        named_for=content_words(doc, min(eponym), max(eponym) + 1, lex) if eponym else frozenset(), head_word=head.lemma_.lower(), verbal=head.pos_ == "VERB", kind_pointer=kind_pointer(head, lex),
                                        policy_head=head.pos_ == "VERB" or _position_like(head, lex),
                                        container=_container(outer, head, lex))

    cues = {f.cue for f in frames}
    proposals = []
    challenged: list[Frame] = []
    for f in frames:  # "won votes with a pledge to cut X", "The Greens plan to oppose X": a noun read as the holder
        if len(f.holders) == 1 and f.holders[0] >= 0:
            f.holders = pledge_maker(toks[f.holders[0]], toks[f.cue], lex) or noun_read_planner(toks[f.holders[0]], lex) or f.holders
        act = toks[f.target] if f.target is not None and f.rule == "noun-cue" and noun_read_planner(toks[f.cue], lex) else None
        side = lex.stance["verbs"].get(act.lemma_.lower()) if act is not None and act.head.i == f.cue else None
        if side in ("supports", "opposes") and dobj(act) is not None:  # the planned act's own side, as the verb's
            f.relation, f.target = side, dobj(act).i
    for f in frames:
        if f.negated and _named_call(toks[f.cue], lex):
            f.negated = False  # "rejected Labour calls for an inquiry": Labour's call is what is rejected, not denied
        aimed_fate(f, toks[f.cue], cues, lex)  # "fought to stop the closure": against the closure
        abetted = abetted_wish(toks[f.holders[0]], lex) if f.relation == "supports" and f.holders and f.holders[0] >= 0 else None
        if abetted is not None:  # "plays into the hands of groups who want X": a warning about X
            f.relation, f.holders = "warns", abetted
        if f.target is None:
            continue
        purposed_fate(f, toks[f.target], lex)  # "launched a drive aimed at blocking the merger": against the merger
        dared = replace(f) if toks[f.cue].lemma_.lower() in lex.stance["daring_verbs"] else None
        vp = wanted_action(doc, f, lex, cues)
        if dared is not None and f.relation != dared.relation and vp is not None:
            challenged.append(dared)  # ("challenged the council to publish its accounts" is a jibe at the Treasury too)
        if vp is not None and vp.i == f.cue:
            f.target = None
            continue
        if vp is not None:
            f.target = vp.i  # "urged the ministry to redraft the clauses": the redrafting is wanted
            aimed_fate(f, toks[f.cue], cues, lex)  # ("urged the club to block the sale": against the sale)
        said = carried_side(doc, f, frames, lex)
        if said is not None:  # "backed a motion calling for a ban": a side on what the motion calls for
            what = said.target
            if said.cue == f.target and f.relation == "opposes" and set(said.holders) & set(f.holders):
                said.target = None  # "rejected criticism of the levy": the one who rejects it is no critic
            f.target, f.target_is_clause, f.clause = what, said.target_is_clause, said.clause
            if f.relation == "opposes":
                f.relation = OPPOSITE[said.relation]
            elif f.relation == "supports":
                f.relation = said.relation
        f.target = means_act(begun_act(caused_act(interrupted_act(stood_for(counted_thing(past_amount(toks[f.target]), lex), lex.words("positions", "heads")), lex), lex), lex), lex).i
        if made_to_be_done(toks[f.target], lex) and not cue_verb(toks[f.target], lex.stance):
            # "wants to force firms to publish pay data": a rule wanted, named with its forcing; no claim restated
            f.target, f.target_is_clause, f.clause = toks[f.target].head.i, False, None
        # (a deontic frame reads the passive of its own clause: "the ban should be lifted")
        state = None if f.relation == "warns" or f.rule.startswith("deontic") or f.rule == "verb-quit-call" else \
            wished_state(toks[f.target], lex) or wished_state(inner_position(toks[f.target], lex), lex) or acted_pointer(toks[f.target], lex)
        if state is not None:  # "called for the levy to be scrapped": against the levy
            f.target, f.target_is_clause, f.clause = state[0].i, False, None
            if state[1]:
                f.relation = OPPOSITE[f.relation]
        speaker = claim_speaker(ctx, toks[f.target])
        if speaker is not None:
            f.target = speaker.i
        t = toks[f.target]
        if target_actor(ctx, t):
            verb = proposed_by(t, lex) if f.rule == "speech-deed" else None
            proposals += [(f, target_actor(ctx, t), verb)] if verb is not None else []
            continue
        if not any(ctx.speaker.get(f.sent) if h == -1 else actors(ctx, toks[h], f.sent) for h in f.holders):
            continue  # a report recommends, a rule requires: no actor, no stance, no focus
        if _banned_thing(ctx, f, t):
            # "pledged to ban diesel cars": a ban on a thing that is no policy is itself the policy backed
            f.relation, f.target, f.target_is_clause, f.clause = "supports", f.cue, False, None
            cue = toks[f.cue]
            if cue.i in found and found[cue.i].clause:
                del found[cue.i]  # what a pledge of it restated is now the policy itself
            add(cue, 3.0, stop=frozenset(c.i for c in children(cue) if c.dep_ in ("nsubj", "aux", "neg", "advmod") and c.i < cue.i))
            continue
        if f.negated and f.relation == "opposes" and _kept(toks[f.cue], lex):
            f.relation, f.negated = "supports", False  # "refused to scrap the levy", "vowed never to axe it": it stays
        if f.negated and f.relation != "supports":
            continue  # "did not rule out change": no stance, so no policy brought into focus
        inner = inner_position(t, lex)
        if backing_sought(inner, lex):
            f.target = None  # "sought backing from the board": the backing of others asked for, no policy
            continue
        if (inner.i != t.i and inner.i in cues or t.dep_ == "ccomp" and t.i in cues and f.rule.startswith("verb")
                or t.i in cues and t.pos_ == "NOUN" and f.rule == "noun-cue") \
                and f.relation == "supports" and any(
                g.cue in (inner.i, t.i) and g.cue != f.cue and set(g.holders) & set(f.holders) for g in frames):
            # "mounted a bid to reverse the quota", "demanded that Norland lift its ban": the act's own frame reads the side
            # (as "lent her support to the campaign against the runway" does: against the runway)
            f.target = None
            continue
        if f.rule == "speech-evaluation" and {inner.lower_, inner.lemma_.lower()} & market_figures(lex):
            continue  # "said the weaker lira is raising import costs", "timber output hit a record": a figure told
        # the plainest cues take any noun as their side ("came out against the euro"), as a permission refused
        # does ("will not allow new mines"); the rest need a policy
        cue = toks[f.cue].lemma_.lower()
        # and so do the nouns of the phrasal verbs ("chief lobbyist for rural pensions")
        # (an idiom's noun is no plain cue: "turned her back on the sea" is said of a place as well)
        explicit = state is not None or (f.rule in ("verb-phrasal", "verb-permit") or cue in lex.stance["plain_cues"] and f.rule != "idiom" or cue in lex.positions["wanting_cues"]
                                         or f.rule == "verb-prep" and _listed_with_prep(toks[f.cue], t, lex)
                    or phrasal_noun(toks[f.cue], lex) is not None) \
            and f.relation != "warns" \
            and inner.pos_ in ("NOUN", "PROPN") and not (_discourse(inner, lex) and not _asked_event(cue, inner, lex)) and not _product(inner, lex) \
            or f.rule == "speech-evaluation" and judged_thing(inner, f.relation, lex) and all(  # (a thing a named speaker judges)
                ctx.res.kind.get(e) != "common" for h in f.holders for e in (ctx.speaker.get(f.sent, []) if h == -1 else actors(ctx, toks[h], f.sent)))
        said = _content_clause(toks[f.cue], lex) if f.rule == "noun-cue" and f.target_is_clause else None
        if said is not None and said.left_edge.i <= f.target <= said.right_edge.i:
            # "Roe's promise that MPs could review it": the promise with what it says is the side taken
            f.target = f.cue
            t = inner = toks[f.cue]
        # "pledged to launch a review of the rules": an event cue of its own, pledged ("launched a review" is a deed)
        held = held_event(toks[f.cue], lex) if any(c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD")
                                                   for c in children(toks[f.cue])) else None
        bought = inner.i == f.cue and inner.lemma_.lower() in lex.words("stance", "purchase_nouns")  # "bid for Tonmark"
        if not ((policy := _position_like(inner, lex) or apology_act(t, lex) or _taken_up_again(inner, found.values(), lex.words("stance", "purchase_nouns")) or inner.i in named or _such(inner) or explicit or f.rule.startswith("deontic") or bought or f.rule in (PROVISION, FORETOLD) or undone_ruling(toks[f.cue], inner, lex) or f.relation == "opposes" and stopped_thing(toks[f.cue], inner, lex) or counted_pledges(inner, lex) or f.aside or caused_act(inner, lex).i != inner.i
                or held is not None and held.i == inner.i
                or _content_clause(inner, lex) is not None) or act_target(inner, toks[f.cue], f.relation, lex)):  # (an act noun weighs 2.9: a policy noun names its position first)
            if f.clause is None:
                continue
            # what was confirmed or warned about is the whole clause: "waste will now be stored in the UK"
            f.target = f.clause
            add(toks[f.clause], 3.0, clause=True)
            continue
        # a gerund with no subject of its own names a policy ("recommended replacing the old exams"), and so does
        # the action a noun of intent names ("promises to cut tax by £4bn"); a clause ("warned that prices
        # would rise") or a verb's intention ("wants to win") only restates a known one
        action = t.tag_ == "VBG" or f.rule == "noun-cue" and t.i not in cues and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in children(t)) and not any(
            c.dep_ == "dobj" and target_actor(ctx, c) for c in children(t))  # "pledge to fight X" is read by
        # "fight"; "ambitions to replace Mr Roe" are about a person
        lead = means_taken(t, lex)  # ("pledged to take steps to cut X": the cutting is pledged)
        pledged = f.rule == "speech-commitment" or f.rule.startswith("verb") and lead.head.i == f.cue and t.i not in cues and (
            lead.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(lead))
            or f.relation == "supports" and own_pledge(lead, lex.stance))
        # "plans to hold a referendum on the charter": the referendum is the policy (but "we will hold the election in
        # May" says when a due event falls, not what is wanted)
        event = held_event(t, lex) if pledged and f.rule != "speech-commitment" else None
        if event is not None:
            f.target, f.target_is_clause, f.clause = event.i, False, None
            add(event, 3.0)
            continue
        kept = kept_thing(t, lex) if pledged else None  # "pledged to keep the subsidy": for the subsidy
        if kept is not None and not target_actor(ctx, kept):
            f.target, f.target_is_clause, f.clause = kept.i, False, None
            add(kept, 3.0)
            continue
        if pledged and ((policy_act := _pledged_act(ctx, t)) or not f.negated and (planned_act(toks[f.cue], t, lex, lambda x: target_actor(ctx, x) or x.i in cues) or f.rule == "speech-commitment" and pledged_plan(ctx, t))):
            # (a plan of any other act is named, but less likely than an act of policy to be what "the plans" point at)
            add(t, 3.0 if policy_act else 1.5, stop=frozenset(c.i for c in children(t) if c.dep_ in ("nsubj", "aux", "neg", "advmod") and c.i < t.i))
            continue
        if f.rule in ("deontic-act", "verb-threat", "verb-pact", TAKEN_UP, FORETOLD) or apology_act(t, lex):  # "we must cut the levy", "strike if the
            # council raises the levy", "cut its rate. X welcomed the move", "refuses to enter a pact with X": the
            # act, without who ought to do it or would do it
            if found.get(t.i) is not None and found[t.i].clause:
                del found[t.i]  # what a clause of it restated is now the policy itself
            add(t, 3.0, stop=frozenset(c.i for c in children(t) if c.dep_ in ("nsubj", "aux", "neg", "advmod") and c.i < t.i))
            if apology_act(t, lex) and t.i in found:
                found[t.i].aside = True  # an apology asked or refused is no policy a later "that" or "it" points back at
            continue
        intent = toks[f.cue] if action and f.rule == "noun-cue" and t.head.i == f.cue and t.i > f.cue else None
        add(t, 3.0 if policy else 2.9, clause=t.pos_ in ("VERB", "AUX") and inner.i == t.i and f.target_is_clause and (
            f.clause is not None or not action or any(c.dep_ in ("nsubj", "nsubjpass") for c in children(t))),
            named_by=intent, aside=f.aside, stop=frozenset(  # "described the plan as 'vital'", "branded the plan unfair": the judgement is no part of it
                c.i for c in children(t) if f.rule == "verb-judgement" and (c.dep_ == "prep" and c.lower_ == "as" or c.dep_ == "amod" and c.i > t.i)
                # "support for the levy from the Growers Union": who holds the side is no part of the policy
                or c.dep_ == "prep" and c.lower_ == "from" and any(c.left_edge.i <= h <= c.right_edge.i for h in f.holders)))
    salient = lex.words("positions", "salient_heads")
    shouting = {i for i, sent in enumerate(ctx.sents) if is_shouted(sent)}
    # "recommended replacing the poll tax with a land tax": the taxes are parts of the policy taken sides on
    inside = {i for m in found.values() for i in range(m.start, m.end) if i != m.head}
    for t in tokens(doc):
        if ctx.sent_of[t.i] in ctx.headings or ctx.sent_of[t.i] in shouting:
            continue  # titles are written to catch the eye, not to name the policy
        if t.pos_ in ("NOUN", "PROPN") and (t.lemma_.lower() in salient or t.lower_ in salient) \
                and t.i not in found and t.i not in inside \
                and not ctx.res.by_token.get(t.i, "").startswith(("person/", "institution/", "office/")):
            if t.dep_ == "compound" or noun_read_planner(t, lex) is not None:
                continue  # ("The Greens plan to oppose X": a verb the tagger took for a noun)
            add(t, 1.0)
    taken = {i for m in found.values() for i in range(m.start, m.end)}
    for m in list(found.values()):
        if m.weight >= 3.0 and not m.generic and not m.clause:
            x = named_before(ctx, toks[m.head], taken)
            if x is not None:
                add(x, m.weight)  # as weighty as its pointer, whose fuller name it lends the position
    frames.extend(challenged)
    for f in frames:  # who backs each policy named, for an owner-named "the Tory plans" to point back at
        m = next((m for m in found.values() if f.target is not None and m.start <= f.target < m.end), None) \
            if f.relation == "supports" and not f.negated else None
        if m is not None:
            m.backers.update(e for h in f.holders for e in (ctx.speaker.get(f.sent, []) if h == -1 else actors(ctx, toks[h], f.sent)))
    for f, doer, verb in proposals:  # "what the board proposes is sound": the plan it backs, where one was named
        if any(m.content and m.end <= verb.left_edge.i for m in found.values()):
            f.target = verb.i
            found[verb.i] = PositionMention(verb.i, verb.i + 1, verb.i, ctx.sent_of[verb.i], frozenset(), 3.0, owners=frozenset({doer}))
    return cluster_positions(list(found.values()), undoing_words(lex), lex.words("positions", "instruments"),
                             lex.words("positions", "near_generic"), lex.words("positions", "anaphors"))


def _listed_with_prep(cue: Token, t: Token, lex: Lexicon) -> bool:
    """"voted against X", "campaigned for X": a verb of advocacy or protest with its preposition (stance.json
    plain_phrasal) names a side on whatever follows it, as "opposed X" does; "asked for" or "stuck to" may take any
    favour or course."""
    return t.dep_ == "pobj" and t.head.head.i == cue.i and f"{cue.lemma_.lower()} {t.head.lower_}" in lex.stance["plain_phrasal"]


def _container(outer: Token, inner: Token, lex: Lexicon) -> str:
    """The generic noun a policy was named inside, as its plan or its proposal: "plans for a points system", "a
    proposal to cut fees" (not "laws which break the rules": a relative clause says what else is true of them)."""
    if outer.i == inner.i or outer.lemma_.lower() not in lex.positions["generic"]:
        return ""
    if not (inner.head.i == outer.i and inner.dep_ == "acl" or inner.head.head.i == outer.i and inner.head.dep_ == "prep"
            and inner.head.lower_ in ("for", "on", "to")):
        return ""
    return lex.positions["synonyms"].get(outer.lemma_.lower(), outer.lemma_.lower())


def _pledged_act(ctx: Context, t: Token) -> bool:
    """ "Ruiz announced that she would allow relief for exporters", "plans to cut fuel duty", "promised to build more
    homes": a pledge or plan to bring in, undo, cut or raise a thing, or to do one of the acts of policy to it
    (stance.json policy_act_verbs), names the policy pledged; so does one to replace, lift or revoke it, the verbs of a
    wished state undone ("plans to replace the rates with a land tax"; not those of one kept: "wants to
    keep markets informed" is no policy)."""
    st, words = ctx.lex.stance, ctx.lex.positions["deontic"]
    lemma = t.lemma_.lower()
    if lemma not in ctx.lex.policy_acts:
        return False
    scale = lemma in st["decrease_verbs"] or lemma in st["increase_verbs"]
    obj = next((c for c in children(t) if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or target_actor(ctx, obj) and lemma not in st["policy_act_verbs"]:
        return False  # ("vowed to privatise the water board": the act is the policy, the body only what it is done to)
    # "raise parking charges": what is raised or cut is an amount, a fee and not an accusation; and "boost domestic
    # demand" the demand of a market (positions.json market_quantities), not a call
    return not _discourse(obj, ctx.lex) or scale and (obj.lemma_.lower() in ctx.lex.positions["heads"]
                                                      or obj.lower_ in ctx.lex.positions["market_quantities"]) \
        and lemma not in words["undo"]


def _banned_thing(ctx: Context, f: Frame, t: Token) -> bool:
    """ "voted to ban diesel cars", "plans to outlaw smoking in pubs": a verb cue of undoing (positions.json deontic
    `undo`) whose object is a plain thing, not a policy, an actor or talk."""
    lex = ctx.lex
    cue = ctx.parsed.doc[f.cue]
    # (an act pledged, planned or refused: "to ban", "will ban"; "banned the imports" reports a deed)
    return f.rule == "verb-object" and f.relation == "opposes" and cue.pos_ == "VERB" and t.head.i == cue.i \
        and any(c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD") for c in children(cue)) \
        and t.dep_ == "dobj" and cue.lemma_.lower() in lex.positions["deontic"]["undo"] and t.pos_ == "NOUN" \
        and not _position_like(t, lex) and not _discourse(t, lex) and not _such(t)


def _named_call(t: Token, lex: Lexicon) -> bool:
    """ "rejected Labour calls for an inquiry", "backed union demands for a rise": the parser takes a plural noun of
    calling (positions.json call_nouns) after its caller's name for a verb with that subject, the object clause of
    the verb before; a present verb with no auxiliary, marker or negation of its own, right after a caller that is no
    pronoun, is that noun ("said he no longer supports it" is a verb)."""
    return t.pos_ == "VERB" and t.tag_ == "VBZ" and t.dep_ == "ccomp" and t.lemma_.lower() in lex.positions["call_nouns"] \
        and not any(c.dep_ in ("aux", "auxpass", "mark", "neg") for c in children(t)) \
        and any(c.dep_ == "nsubj" and c.pos_ != "PRON" and c.right_edge.i == t.i - 1 for c in children(t))


def _kept(cue: Token, lex: Lexicon) -> bool:
    """ "refused to scrap the levy", "declined to repeal it" (stance.json to_act_verbs of refusal), "vowed never to
    abolish the toll", "urged them not to axe it" (a verb that backs the act it takes, with the act negated): an
    undoing refused or sworn off keeps the thing, as measures reads "refused to lift its embargo"; a plain "did not
    scrap it" only reports."""
    st = lex.stance
    if cue.dep_ != "xcomp" or cue.lemma_.lower() not in undoing_words(lex, nouns=False) \
            or any(c.dep_ == "neg" for c in children(cue.head)):
        return False
    head = cue.head.lemma_.lower()
    backs = st["verbs"].get(head) == "supports" or st["to_act_verbs"].get(head) == "supports"
    return st["to_act_verbs"].get(head) == "opposes" or backs and any(c.dep_ == "neg" for c in children(cue))


def _taken_up_again(t: Token, found, bought: frozenset) -> bool:
    """ "plans a revaluation of tax bands ... branded the revaluation a shambles": the head of a policy a stance named
    before, taken up again with "the", is that policy, whatever its word; a bid is an offer (stance.json
    purchase_nouns: "made an offer for Dalton ... said the bid was too low")."""
    word = t.lemma_.lower()
    return t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in children(t)) \
        and any((m.head_word == word or {m.head_word, word} <= bought) and m.end <= t.i and not m.clause and m.weight >= 3.0
                for m in found)


def _indefinite(t: Token, lex: Lexicon, owners: set[int]) -> bool:
    """ "backed reforms", "supports a bill now before the Senate": a policy named for the first time,
    where "the plan", "its proposals", "such a move" and "Conservative policies" point back at one named before."""
    if t.pos_ not in ("NOUN", "PROPN"):
        return False
    if summary_noun(t, lex):
        return False  # "... to scrap the toll, a move welcomed by X": the act just told, named again
    pointers = lex.words("positions", "anaphoric_determiners")
    return not any(c.dep_ in ("det", "poss", "predet", "amod") and c.lower_ in pointers or c.dep_ == "poss"
                   or c.i in owners for c in children(t))
