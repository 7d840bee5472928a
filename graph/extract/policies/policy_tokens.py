"""Policy tokens: whether a stance target reads as a policy, and which noun inside it names the policy.

"a scheme for a rail merger" is about the merger, "dismissed the remarks" names talk and "a rise in
profits" business, no policy; a noun of saying states a clause ("the view that ..."). targets.py asks
these of every frame's target. Imports its siblings lexicon, syntax and tokens.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..language.lexicon import Lexicon
from ..language.syntax import for_clause, misread_gerund_host, pobj
from ..language.tokens import children, tokens
from .salient_nouns import yardstick

__all__ = ["ACT_ENDINGS", "market_figures", "proposed", "held_event", "planned_for", "hung_act", "apology_act", "wanted_apology", "backing_sought", "judging_noun", "inner_position", "kept_thing", "_content_clause", "_discourse", "_such", "_product", "_position_like", "_to_infinitive",
           "degree_phrase", "kind_pointer"]



def _content_clause(t: Token, lex: Lexicon) -> Token | None:
    """The clause a noun of saying or intending states: "the view that there was no agreement", "a promise
    that MPs would review it" (not a relative clause: "the view that he took")."""
    doc = t.doc
    if t.pos_ not in ("NOUN", "PROPN") or t.i + 2 >= len(doc) or tokens(doc)[t.i + 1].lower_ != "that" \
            or t.lemma_.lower() not in lex.positions["content_nouns"]:
        return None
    for c in children(t):
        if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX") and c.i > t.i + 1 and any(
                x.dep_ in ("nsubj", "nsubjpass", "expl") and x.lower_ not in ("that", "which") for x in children(c)):
            return c
    return None


def _discourse(t: Token, lex: Lexicon) -> bool:
    """Words about talk, not policy: "rejected the claims", "dismissed questions", "criticised the timing"."""
    return t.lemma_.lower() in lex.positions["not_positions"] or t.ent_type_ in (
        "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "PERSON", "GPE", "LOC", "NORP")


def _asked_event(cue: str, t: Token, lex: Lexicon) -> bool:
    """ "demanded an emergency meeting of the cabinet", "called for a meeting": an event of positions.json held_events
    that a cue of wanting asks for is a side taken, as "called for talks" is; "agreed to a meeting" only accepts one."""
    return cue in lex.positions["wanting_cues"] and t.lemma_.lower() in lex.positions["held_events"]["nouns"]


# the suffixes that make nouns of acts from verbs (English word formation: -tion, -sion, -ment, -ance, -ence, -ure; not
# -al, which makes as many nouns of adjectives: "potential", "total")
_ACT_SUFFIXES = ("tion", "ment", "sion", "ance", "ence", "ure")
# with -al and -ing, the endings of a noun that may name an act or an event, where something else says it does ("the
# privatisation of the port", "to stop the auction", "campaigning")
ACT_ENDINGS = _ACT_SUFFIXES + ("al", "ing")


def market_figures(lex: Lexicon) -> frozenset[str]:
    """What a market or an economy measures or trades, currencies among them (markets.json market_figures,
    currency_units): said to rise, fall or hurt, it is a figure, no policy (a firm's sale or profit, positions.json
    market_quantities, may be a deal judged)."""
    return lex.words("markets", "market_figures") | lex.words("markets", "currency_units")


def judged_thing(t: Token, relation: str, lex: Lexicon) -> bool:
    """ "said the inspection of the boats would help keep the bay clean", "the suspension was unjust", "the conference
    was a vital step": an act or a named thing a speaker judges good or bad in what they say is the side they take,
    policy noun or not, when the clause names one thing ("the", "this", "such", an owner, or a name; not "growth" or
    "mediation" in general, which news copy judges as often as a state of affairs as a policy). Not people, bodies or a body's
    members (a plural agent noun, institutions.json crowds; the group, body and people nouns of institutions.json
    and reference.json; office plurals), whose plight or doings a clause tells; nor conduct (stance.json
    conduct_nouns: "such conduct will solve nothing" judges its owner); nor a market's or a firm's own figures or a
    change in them (markets.json market_figures, positions.json market_quantities: "the euro's slide against the pound
    hurt exporters"). A harm foretold of a thing warns of it whatever the thing is, a state of affairs as much as a
    policy ("said high interest rates would damage the economy", "warned public disunity would cost the party votes":
    GUIDELINES' 'cautions that X could trigger harm'), but never of what undergoes it: the people it befalls
    ("commuters will have to queue", "families will pay dearly"), a thing acted on ("the cash would be poured back"),
    a place, a sum or a count of things."""
    if t.pos_ not in ("NOUN", "PROPN") or _discourse(t, lex) or _product(t, lex):
        return False
    lemma, low = t.lemma_.lower(), t.lower_
    crowd = lex.institutions["crowds"]
    if (t.tag_ in ("NNS", "NNPS") or relation == "warns") and len(lemma) >= 5 and lemma not in crowd["not_agents"] \
            and lemma.endswith(tuple(crowd["agent_suffixes"])):
        return False  # "sellers", "voters", "commentators" (and of a harm foretold, "the odd journalist" too)
    people = lex.words("institutions", "group_nouns") | lex.words("reference", "people_nouns") \
        | lex.words("reference", "member_plurals") | lex.words("reference", "spokes_nouns") \
        | lex.words("institutions", "described_bodies") | lex.words("institutions", "actor_common_heads")
    figures = market_figures(lex) | lex.words("positions", "market_quantities")
    if {low, lemma} & (people | figures | lex.words("stance", "conduct_nouns")) or low in lex.offices["plural_heads"] \
            or lex.countries.of_demonym(t.text) is not None:
        return False  # (and a nation's people: "about 300 Ruritanians were missing")
    moves = lex.words("stance", "decrease_nouns") | lex.words("stance", "increase_nouns")
    owners = [c for c in children(t) if c.dep_ == "poss"] + [pobj(c) for c in children(t) if c.dep_ == "prep" and c.lower_ in ("of", "in")]
    if lemma in moves and any(o is not None and {o.lower_, o.lemma_.lower()} & figures for o in owners):
        return False  # "the dollar's fall", "a rise in prices"
    # ("our work with the unions has been a success": the speaker's own doings are read by the commitment rules; "any
    # change" quantifies, it points at no one thing)
    if any(c.dep_ == "nummod" for c in children(t)):
        return False  # "about 440 Ruritanians", "two plants": so many people or things counted, no one thing
    if relation == "warns":
        return _harm_cause(t, lemma, lex)
    pointing = lex.words("positions", "anaphoric_determiners") - {"any"}
    one = t.pos_ == "PROPN" or any(c.dep_ == "poss" and c.lower_ not in lex.words("reference", "first_person")
                                   or c.dep_ == "det" and c.lower_ in pointing for c in children(t))
    # the thing is a named one or an act (a noun made from a verb by its suffix: "the suspension", "the closure",
    # "the conference"), not a state of affairs or a forecast ("the outlook", "the aim", "the stakes", "the potential")
    return one and (t.pos_ == "PROPN" or lemma.endswith(_ACT_SUFFIXES) and lemma not in lex.words("positions", "not_positions"))


def _harm_cause(t: Token, lemma: str, lex: Lexicon) -> bool:
    """A common noun a harm is foretold of as its cause, described or named as an act: not a place, a sum or a time,
    a word too vague or partial to name a thing (positions.json not_positions, vague_nouns, partitive_nouns;
    stance.json quantity_nouns), a body or kin, nor the subject of a passive or of a verb by which it bears the
    harm itself (stance.json undergoing_verbs, losing_verbs, suffer_verbs: "families will pay dearly", "plants would
    lose orders"). judged_thing has left out the rest: words of talk, names of people, places, sums and times, people."""
    st = lex.stance
    if t.pos_ != "NOUN" or t.ent_type_ == "FAC" or t.dep_ == "nsubjpass" \
            or lemma in lex.words("stance", "quantity_nouns") or lemma in lex.words("positions", "vague_nouns") \
            or lemma in lex.words("positions", "partitive_nouns"):
        return False
    verb = t.head.lemma_.lower() if t.dep_ == "nsubj" else ""
    if any(verb in st[k] for k in ("undergoing_verbs", "losing_verbs", "suffer_verbs")) or verb == "pay":
        return False
    if lemma in lex.institutions["kinds"] or lemma in lex.words("reference", "kin_nouns"):
        return False  # bodies and kin act and bear harm, they are no state of affairs: "the movement", "parents"
    # a thing described ("high interest rates", "the current amount of TV advertising") or an act by its ending, not a bare
    # one: "the storm would hit farms", "the drought would hurt growers" foretell nature, no state anyone brings about
    return lemma.endswith(_ACT_SUFFIXES) or any(c.dep_ in ("amod", "compound", "prep", "poss", "nmod") for c in children(t))


def degree_phrase(t: Token, lex: Lexicon) -> bool:
    """ "it would worry her a great deal": the noun of an adverb of degree (positions.json degree_phrases)."""
    words = [c.lower_ for c in children(t) if c.i < t.i and c.dep_ in ("det", "amod")]
    return " ".join(words + [t.lower_]) in lex.words("positions", "degree_phrases")


def kind_pointer(t: Token, lex: Lexicon) -> bool:
    """ "the rules were unfair", "opposed to any deal", "tabled their amendments": a noun of a kind of policy
    (positions.json kind_pointers) with a determiner or possessive pronoun and no other word points back, as "the
    plan" does ("the Tory rules" or "rules on fishing" say which; "new rules", with no determiner, are new)."""
    kinds = lex.words("positions", "kind_pointers")
    if t.pos_ != "NOUN" or t.lemma_.lower() not in kinds and t.lower_ not in kinds:
        return False
    pointers = lex.words("positions", "anaphoric_determiners") - {"such"}
    kids = [c for c in children(t) if c.dep_ not in ("punct", "relcl", "acl", "cc", "conj", "appos")]
    return bool(kids) and all(c.dep_ in ("det", "poss", "predet") and c.lower_ in pointers and c.i < t.i for c in kids)


def _such(t: Token) -> bool:
    return any(c.lower_ == "such" and c.dep_ in ("amod", "predet", "det") for c in children(t))


def inner_position(head: Token, lex: Lexicon) -> Token:
    """ "the plan for a full rail merger" is about the merger; "any step that hints at a
    closure of the depot" is about the closure."""
    # "calls for a tax cut", "pressure for reform", "demands for a ban": about the thing called for
    calls = lex.words("positions", "call_nouns")
    generic = lex.words("positions", "generic") | calls
    heads = lex.words("positions", "heads")
    # "a Senate call for a truce": a body's name before the noun says whose it is, not what it is
    own = [c for c in children(head) if c.dep_ in ("amod", "compound", "nmod") and c.lower_ not in lex.positions["drop_modifiers"]
           and c.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP") and misread_gerund_host(c) is None]  # ("in resisting pressure")
    if head.lemma_.lower() in calls and not own and not any(c.dep_ == "prep" for c in children(head)):
        # "sought support for initiatives to improve X": the parser hangs the for-clause on the verb
        wanted = for_clause(head) or (for_clause(head.head) if head.dep_ == "dobj" else None)
        if wanted is not None:
            return wanted
    if head.lemma_.lower() in calls and not own:
        # "resisted pressure to raise the levy", "rejected calls to scrap the toll": the act called for is the
        # side taken, the pressure is no policy
        # (the parser often hangs the clause on the verb: "backed calls [to extend the subsidy]", "resisted pressure from
        # the board [to cut the grant]")
        hung = [c for c in children(head.head) if c.dep_ == "advcl" and c.left_edge.i == head.right_edge.i + 1] if head.dep_ == "dobj" else []
        for c in list(children(head)) + hung:
            # (the tagger takes a rare verb after "to" for a name now and then: "approval to distil wine")
            if c.dep_ in ("acl", "relcl", "advcl") and c.i > head.i and (_to_infinitive(c) or c in hung and any(
                    x.dep_ == "aux" and x.lower_ == "to" for x in children(c))) and any(x.dep_ == "dobj" for x in children(c)):
                return c
    # (or, "at the talks in resisting pressure for quotas", on the noun the gerund's phrase hangs on)
    misread = head.dep_ == "pobj" and any(misread_gerund_host(c) is not None for c in children(head))
    if head.lemma_.lower() in generic and not own and (head.dep_ == "dobj" or misread) and head.i + 1 < len(head.doc) \
            and not any(c.dep_ == "prep" for c in children(head)):
        # "ridiculed the Tory plans for asylum quotas": the parser hangs the plan's for-phrase on the verb
        after = head.doc[head.i + 1]
        if after.dep_ == "prep" and after.lower_ == "for" and after.head.i == (head.head.head.i if misread else head.head.i) \
                and pobj(after) is not None \
                and pobj(after).pos_ in ("NOUN", "PROPN") and pobj(after).lemma_.lower() not in generic:
            return pobj(after) if _position_like(pobj(after), lex) else head
    if head.lemma_.lower() in lex.positions["attribute_nouns"] and not own:
        # "criticised the timing of the fresh parking rules", "warned of the consequences of the merger": a property or a result
        # of a policy stands for the policy (positions.json attribute_nouns)
        of = next((pobj(c) for c in children(head) if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None and of.pos_ in ("NOUN", "PROPN") and _position_like(of, lex):
            return inner_position(of, lex)
    if head.lemma_.lower() in lex.positions["warrant_nouns"] and not own:
        # "questioned the need for the fresh parking rules", "rejected the case for a levy": what would justify a
        # policy stands for the policy (positions.json warrant_nouns)
        wanted = next((pobj(c) for c in children(head) if c.dep_ == "prep" and c.lower_ == "for"), None)
        if wanted is not None and wanted.pos_ in ("NOUN", "PROPN") and _position_like(wanted, lex):
            return inner_position(wanted, lex)
    if head.lemma_.lower() in lex.stance["attempt_nouns"]:
        # "one last attempt at a truce", "the Senate's bid at a compromise": an attempt's "at" names what is tried
        # for (stance.json attempt_nouns), whoever makes it and however often
        at = next((pobj(c) for c in children(head) if c.dep_ == "prep" and c.lower_ == "at"), None)
        if at is not None and at.pos_ == "NOUN" and _position_like(at, lex):
            return at
    # (whoever makes a call, "union demands for a shorter week" are about the week)
    if head.lemma_.lower() in generic and (not own or head.lemma_.lower() in calls):
        for c in children(head):
            if c.dep_ == "prep" and c.lower_ in ("for", "of") and pobj(c) is not None and pobj(c).pos_ in ("NOUN", "PROPN") \
                    and not (c.lower_ == "of" and head.lower_ in lex.positions["done_to_object"]) \
                    and head.lemma_.lower() not in lex.positions["near_generic"]:  # ("the decision of the court": its maker)
                inner = pobj(c)
                if c.lower_ == "for" and inner.ent_type_ == "ORG" and head.lemma_.lower() in lex.words("stance", "purchase_nouns"):
                    return head  # "the bid for Tonmark": a plan to buy the firm, not the firm
                if c.lower_ == "for" and head.lemma_.lower() not in calls and not _position_like(inner, lex):
                    return head  # "attacked the plans for pensioners": who a plan is for is no policy, the plan is
                if head.lemma_.lower() in calls and inner.lemma_.lower() in lex.positions["not_positions"]:
                    return head  # "a campaign for the general election" is run in a contest, not called for
                if inner.lemma_.lower() not in generic or head.lemma_.lower() in calls:
                    return inner  # "support for initiatives" is about the initiatives, whatever they are
            if c.dep_ in ("relcl", "acl") and not _to_infinitive(c):
                # "any step that hints at a closure" is about the closure, but "proposals to cut
                # income tax" are the cutting: a to-clause says what the plan does, so the plan keeps it
                for x in c.subtree:
                    if x.pos_ == "NOUN" and x.lemma_.lower() in heads and x.lemma_.lower() not in generic:
                        return x
    return head


def _bid_for_firm(head: Token, lex: Lexicon) -> bool:
    """A bid or offer named as a purchase: by its kind ("takeover bid", "merger offer") or by the firm it is for, by
    or from (stance.json purchase_nouns); a bare "bid" may be one for an office or a title."""
    kids = children(head)
    if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in lex.positions["heads"] for c in kids):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("for", "by", "from") and pobj(c) is not None and pobj(c).ent_type_ == "ORG"
               for c in kids)


def _to_infinitive(v: Token) -> bool:
    return v.pos_ in ("VERB", "AUX") and any(x.dep_ == "aux" and x.lower_ == "to" for x in children(v))


def _product(head: Token, lex: Lexicon) -> bool:
    """ "a new version of its saloon", "models introduced by Carvex", "a rise in sales": a kind of a thing made or sold
    (positions.json kind_nouns) with no policy in its 'of', or a change in what a firm sells or earns (market_quantities),
    is business, no policy."""
    lemma = head.lemma_.lower()
    if lemma in lex.positions["kind_nouns"] or head.lower_ in lex.positions["kind_nouns"]:
        of = next((pobj(c) for c in children(head) if c.dep_ == "prep" and c.lower_ == "of" and pobj(c) is not None), None)
        return of is None or not _position_like(of, lex)
    if lemma not in lex.positions["heads"] and lemma not in lex.stance["decrease_nouns"]:
        return False
    quantities = lex.words("positions", "market_quantities")
    # ("the proposed cut in steel output": a curb decided on what is made is a policy, where "a fall in output" is a
    # figure; positions.json curbed_quantities)
    if lemma in lex.words("positions", "undoing_nouns"):
        quantities = quantities - lex.words("positions", "curbed_quantities")
    # (but "sales tax" is a tax: a quantity before the head says what is taxed)
    return any(c.dep_ == "prep" and c.lower_ in ("in", "of") and pobj(c) is not None and pobj(c).lower_ in quantities
               for c in children(head))


def proposed(head: Token, lex: Lexicon) -> bool:
    """ "the proposed credit facility", "Kent's planned sale of X": a participle of proposing (stance.json
    proposed_modifiers) makes a noun of any kind a proposal ("Kent's new car" is none: the list's adjectives need a
    policy noun)."""
    return any(c.dep_ == "amod" and c.tag_ == "VBN" and c.lower_ in lex.stance["proposed_modifiers"] for c in children(head))


def _position_like(head: Token, lex: Lexicon) -> bool:
    """A stance target that can be a policy: a policy noun, an action ("reoccupying the valley"), a named act, or a pointer back."""
    lemma = head.lemma_.lower()
    if head.pos_ == "NOUN" and _product(head, lex):
        return False
    kids = [c.dep_ if c.dep_ != "prep" or c.lower_ in ("of", "by") else "" for c in children(head)]  # (not "in court")
    if lemma in lex.positions["near_generic"] and "acl" not in kids and ("prep" in kids or "relcl" in kids or head.dep_.startswith("nsubj") and head.head.lemma_ == "be"):
        # "welcomed the decision" points back at the policy just decided; "the decision of the court" is a ruling,
        # and "said the decision was final" judges the deciding, where "called the decision unfair" or "the decision
        # will hurt farms" judge the policy decided ("the decision to X" is an act)
        return False
    if yardstick(head, lex):
        return False  # "the bank's main measure of money supply"
    if lemma in lex.positions["heads"] or head.lower_ in lex.positions["heads"] or lemma in lex.positions["generic"]:
        return True
    if head.pos_ == "VERB" or head.lower_ in lex.positions["anaphors"]:
        return True
    if head.pos_ == "NOUN" and lemma in lex.stance["intent_nouns"] and any(
            c.dep_ == "acl" and _to_infinitive(c) and any(x.dep_ == "dobj" for x in children(c)) for c in children(head)) \
            or hung_act(head, lex) is not None:
        return True  # "attacked his pledge to trim road spending": a noun of intent with the act it names is the act
    if head.pos_ == "PROPN" and head.text[:1].isupper() and any(
            t.lower_ in ("act", "bill", "law", "plan", "treaty") for t in head.subtree):
        return True
    if head.pos_ == "NOUN" and lemma in lex.positions["regime_nouns"] and any(
            c.dep_ in ("amod", "compound") and c.lower_ in lex.positions["regime_modifiers"]
            for c in head.doc[head.left_edge.i:head.i]):
        return True  # "the fixed exchange rate", "a pegged currency": a rate held by decree is a policy
    if head.pos_ == "NOUN" and proposed(head, lex):
        return True  # "the proposed credit facility", "a planned sale": what is proposed is a policy
    if head.pos_ == "NOUN" and lemma in lex.stance["purchase_nouns"] and _bid_for_firm(head, lex):
        return True  # "would fight the takeover bid", "the bid from Halford": a plan to buy a firm is a policy
    if head.pos_ == "NOUN" and any(c.dep_ == "amod" and c.tag_ == "JJR" for c in children(head)):
        return True  # "cleaner hospitals", "lower taxes", "more transparency": a change wanted is a policy
    if head.pos_ == "NOUN" and head.lower_.endswith("ing") and any(c.dep_ == "amod" for c in children(head)):
        return True  # "tactical voting", "indefinite detaining"
    doctrines = lex.positions["doctrines"]
    if head.pos_ == "NOUN" and lemma.endswith(doctrines["suffix"]) and len(lemma) > 6 and lemma not in doctrines["not"]:
        return True  # "warned of protectionism", "blamed sectarianism": a doctrine or practice
    # ("the privatisation of the port", "the decision to close it"; but a word of talk, counting or events with only
    # an adjunct is no act: "a meeting with the union", "the new sales figure, announced by X", "the ministry's
    # latest position from Y")
    talk = _discourse(head, lex)
    return head.pos_ == "NOUN" and any(c.dep_ == "prep" and not talk or c.dep_ == "acl" and (c.tag_ != "VBN" or not talk)
                                       for c in children(head)) and lemma.endswith(ACT_ENDINGS)


def judging_noun(noun: Token, lex: Lexicon) -> bool:
    """A copula's noun that judges its subject rather than says what it is ("the board's decision was a step
    backwards", "a welcome move", "a blow to farmers"): a word of the eval lists in its phrase, or a phrase of
    stance.json negative_phrases; no policy that an intent or a call wants."""
    found = {w for x in noun.subtree for w in (x.lower_, x.lemma_.lower())}
    text = " ".join(x.lower_ for x in noun.subtree if not x.is_punct)
    return bool(found & (lex.words("stance", "negative_eval") | lex.words("stance", "positive_eval"))) \
        or any(p in text for p in lex.stance["negative_phrases"] + lex.stance["positive_eval"] if " " in p)


def held_event(t: Token, lex: Lexicon, *, topical_meetings: bool = True) -> Token | None:
    """The event a verb holds, calls, orders or sets up ("to hold a referendum", "order a review", "set up an
    inquiry"), where "to hold her seat" holds no policy (positions.json held_events). A meeting is an event only
    said of what or whom it is about ("talks on the levy"), and with topical_meetings=False never ("the ministry
    should hold talks with X" meets, it wants no policy)."""
    words = lex.positions["held_events"]
    if t.pos_ != "VERB" or t.lemma_.lower() not in words["verbs"]:
        return None
    obj = next((c for c in children(t) if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN" or not (obj.lemma_.lower() in words["nouns"] or obj.lower_ in words["nouns"]):
        return None
    if obj.lemma_.lower() not in words["meetings"]:
        return obj
    return obj if topical_meetings and any(c.dep_ in ("amod", "compound") or c.dep_ == "prep" and c.lower_ in (
        "on", "over", "about", "with") for c in children(obj)) else None


def kept_thing(act: Token, lex: Lexicon) -> Token | None:
    """ "pledged to keep the rail subsidy", "vowed to restore the grant", "wants to preserve the green belt": an act of
    keeping or restoring (positions.json wished_states `keep`) done to a policy is a side for the policy, as one of
    undoing it is against it; not "keep rates low" or "keep markets informed" (a state kept, with its own words),
    and not a thing that is no policy ("maintain its lead")."""
    if act.pos_ != "VERB" or act.lemma_.lower() not in lex.positions["wished_states"]["keep"] \
            or any(c.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "prt") for c in children(act)):
        return None
    obj = next((c for c in children(act) if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or _discourse(obj, lex) or not _position_like(obj, lex):
        return None
    return obj


def planned_for(plan: Token, thing: Token | None, lex: Lexicon) -> bool:
    """ "the ministry has plans for nine marinas", "the firm has a plan for two more plants": a plan (positions.json
    planning_verbs, as a noun) its owner has, with the thing it is for, a common noun and no actor, names the policy
    planned; the owner backs it as one who "has plans to build six resorts" does (not "plans for his son", one's own
    affairs)."""
    return thing is not None and plan.pos_ == "NOUN" and plan.lemma_.lower() in lex.words("positions", "planning_verbs") \
        and thing.head.lower_ == "for" and thing.head.head.i == plan.i and thing.pos_ == "NOUN" and thing.ent_type_ == "" \
        and not _discourse(thing, lex) and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children(thing))


def hung_act(noun: Token, lex: Lexicon) -> Token | None:
    """ "unveiled a fresh drive to train nurses", "unveiled a bid to cut fares": the small model often hangs the act of a
    noun of intent or effort (stance.json intent_nouns) on the verb whose object the noun is, as a clause of purpose;
    a to-infinitive with its own object right after the noun is the noun's act (read as if "acl"), and so is one it
    takes for a relative clause of the noun ("launched a drive [relcl: to recruit engineers]")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.stance["intent_nouns"]:
        return None
    hung = [c for c in children(noun.head) if c.dep_ == "advcl" and c.left_edge.i == noun.right_edge.i + 1] if noun.dep_ == "dobj" else []
    return next((c for c in hung + [c for c in children(noun) if c.dep_ == "relcl" and c.i > noun.i]
                 if _to_infinitive(c) and any(x.dep_ == "dobj" for x in children(c))), None)


def backing_sought(t: Token, lex: Lexicon) -> bool:
    """ "sought backing from the board", "a pitch for female support": backing with nothing said of what it is for
    is the backing of others asked for, a campaign (positions.json backing_nouns), where "support for the levy" names
    the levy and "withdrew its support" is the owner's own."""
    return t.pos_ == "NOUN" and t.lemma_.lower() in lex.positions["backing_nouns"] and not any(
        c.dep_ in ("poss", "acl", "relcl") or c.dep_ == "prep" and c.lower_ in ("for", "to", "behind") for c in children(t))


def apology_act(t: Token, lex: Lexicon) -> bool:
    """ "urged the owner to apologise", "refused to apologise": the act of an apology (stance.json apology_verbs),
    complete with no object, is the thing taken sides on, named by its verb; the tagger often takes a bare
    "apologise" after "to" for a noun, an object of "to" or a to-infinitive with a noun's tag."""
    return t.lemma_.lower() in lex.stance["apology_verbs"] and (t.pos_ == "VERB" or t.dep_ == "pobj" and t.head.lower_ == "to" or any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children(t)))


def wanted_apology(cue: Token, after: int, lex: Lexicon) -> Token | None:
    """The apology a verb of asking wants of the one it addresses ("urged the owner to apologise"): its
    to-infinitive, or the parser's object of "to", after the one addressed."""
    return next((a for c in children(cue) for a in (c, pobj(c) if c.dep_ == "prep" else None) if a is not None and a.i > after
                 and a.dep_ in ("xcomp", "pobj") and apology_act(a, lex)), None)
