"""A battery of harms foretold without the policy as the harm's subject (session 16): a harm on a condition ("if the
council goes ahead with the closure, workers will face hardship": the speaker warns of the closure), a harm its
subject bears with the cause named by a preposition ("dock workers will lose their jobs under the new port
rules", "the biggest losers from the reform", "as a result of the privatisation"), a consequence VADER rates bad
("would cause difficulties", "create uncertainty"), and a harm told as done ("the tariff has driven customers
away"). With the readings that must not appear: the harm denied, the condition undone or the speaker's own, a
question, a cause that is an actor, and the one moved to act taken for the harm. Every sentence is invented and run
through the real pipeline; a case marked open is not read yet (non-strict xfail) and says what it lacks."""
from __future__ import annotations

import pytest

from conftest import assert_sides, open_sides_case

S, O, W = "supports", "opposes", "warns"


def against(t):
    return [(W, t), (O, t)]


# (construction, sentence, holder, sides any one of which is the reading, sides that would be a misreading)
CASES = [
    # a harm foretold on a condition that brings in a policy
    ("if", "Unison said if the council goes ahead with the library closure, workers will face hardship.", "Unison",
     against("library closure"), [(S, "library closure")]),
    ("if", "The Soil Association warned that farms would suffer heavy losses if the government raises the fertiliser "
     "levy.", "Soil Association", against("fertiliser levy"), [(S, "fertiliser levy")]),
    ("if", '"If the ministry introduces the fishing quota, coastal towns will lose thousands of jobs," said the Scottish '
     "Fishermen's Federation.", "Fishermen", against("fishing quota"), [(S, "fishing quota")]),
    ("if", "The Rail Union said if the fares rise goes ahead, passengers could face higher costs.", "Rail Union",
     against("fares rise"), [(S, "fares rise")]),
    ("if-not", "The Dairy Council said farmers would not suffer if the milk quota is raised.", "Dairy Council", [],
     against("milk quota")),
    ("if-not", "The Freight Transport Association said if the road toll is not introduced, drivers will face delays.",
     "Freight Transport Association", [], [(W, "road toll")]),
    ("if-question", "The Consumer Association asked whether shoppers would face higher prices if the sugar tariff is "
     "raised.", "Consumer Association", [], against("sugar tariff")),
    ("if-own", "The Law Society said that if it loses the vote, the society will face hardship.", "Law Society", [],
     [(W, "vote")]),
    ("if-close", "The Retail Consortium warned that hundreds of shops will close if the council raises the parking "
     "charge.", "Retail Consortium", against("parking charge"), [(S, "parking charge")]),
    ("unless-bust", "The Road Haulage Association said hauliers would go bust unless the diesel duty is cut.",
     "Road Haulage Association", [(S, "diesel duty is cut")], [(W, "diesel duty is cut")]),
    ("if-close-actor", "The Retail Consortium said the council will close the car park if the parking charge is "
     "raised.", "Retail Consortium", [], [(W, "parking charge")]),
    ("if-bust-not", "The Road Haulage Association said hauliers would not go bust if the diesel duty is raised.",
     "Road Haulage Association", [], against("diesel duty")),
    # a harm borne by the subject, its cause named by a preposition
    ("under-close", "The Textile Union said mills will close under the new import quota.", "Textile Union",
     against("import quota"), [(S, "import quota")]),
    ("under", "Thousands of dock workers will lose their jobs under the new port rules, the Transport Union has warned.",
     "Transport Union", against("port rules"), [(S, "port rules")]),
    ("as-a-result", "The Transport Union warned that as many as 5,000 jobs could be lost as a result of the port "
     "privatisation.", "Transport Union", against("port privatisation"), [(S, "port privatisation")]),
    ("losers", "The Crofters Federation said crofters will be the biggest losers from the grazing reform.",
     "Crofters Federation", against("grazing reform"), [(S, "grazing reform")]),
    ("stand-to", "The Crofters Federation said crofters stand to lose most from the grazing reform.",
     "Crofters Federation", against("grazing reform"), [(S, "grazing reform")]),
    ("done", "Thousands of jobs have been lost under the steel merger, the Steel Union said.", "Steel Union",
     [(O, "steel merger")], [(S, "steel merger")]),
    ("under-not", "The Crofters Federation said crofters would not lose out under the grazing reform.",
     "Crofters Federation", [], against("grazing reform")),
    ("under-good", "The Crofters Federation said that under the grazing reform farmers would pay less.",
     "Crofters Federation", [], against("grazing reform")),
    ("under-actor", "Mr Kent said thousands of jobs would be lost under Labour.", "Kent", [], [(W, "labour")]),
    # what a consequence verb brings about, rated bad by VADER
    ("caused", "The Freight Transport Association said the lorry toll would cause serious difficulties for hauliers.",
     "Freight Transport Association", against("lorry toll"), [(S, "lorry toll")]),
    ("caused", "The Crofters Federation said the grazing reform would create uncertainty for farmers.",
     "Crofters Federation", against("grazing reform"), [(S, "grazing reform")]),
    ("caused", "The Pubs Association said the licensing reform could exacerbate drinking problems.", "Pubs Association",
     against("licensing reform"), [(S, "licensing reform")]),
    ("caused-not", "The Rail Union said the fares rise would not cause hardship.", "Rail Union", [], against("fares rise")),
    ("caused-good", "The Rail Union said the fares rise would create jobs.", "Rail Union", [(S, "fares rise")],
     against("fares rise")),
    ("moved", "The Card Safety Bureau said the chip and pin rules have led fraudsters to switch to online payments.",
     "Card Safety Bureau", [], against("chip and pin rules")),
    # a warning of a harm whose cause a preposition or a participle's agent names
    ("warned-of", "The Bar Council warned of the threat posed by the court merger.", "Bar Council",
     against("court merger"), [(S, "court merger")]),
    ("warned-of", "The Magistrates Association warned of job losses from the court merger.", "Magistrates Association",
     against("court merger"), [(S, "court merger")]),
    ("warned-of", "The Legal Action Group warned of the damage caused by the court merger.", "Legal Action Group",
     against("court merger"), [(S, "court merger")]),
    ("warned-of-actor", "The Bar Council warned of the threat posed by Norland to the court merger.", "Bar Council",
     [], [(W, "court merger")]),
    ("in-line", "The Customs Board said the change brings the relief for freight costs into line with the rules "
     "for rail.", "Customs Board", [], [(W, "change"), (O, "change")]),
    ("fronted", "With freight costs among the lowest in Europe, the price gap between Norland and its rivals could "
     "fall to one pct, the Trade Institute said.", "Trade Institute", [], [(W, "price gap"), (O, "price gap")]),
    # a harm told as done
    ("done-caused", "Ms Ward said closing the rural bus routes had brought misery to the villages.", "Ward",
     [(O, "closing the rural bus routes")], [(W, "closing"), (S, "closing")]),
    ("done-caused", "The Tenants Union said the rent cap had caused confusion among landlords.", "Tenants Union",
     [(O, "rent cap")], [(W, "rent cap"), (S, "rent cap")]),
    ("done-any", "The Tenants Union said every rent rise had caused hardship.", "Tenants Union", [],
     [(O, "rent rise"), (W, "rent rise")]),
    ("driven", "The Haulage Group said the sugar tariff had driven customers away.", "Haulage Group",
     [(O, "sugar tariff")], [(S, "sugar tariff")]),
    ("driven-not", "The Haulage Group said the sugar tariff had not driven customers away.", "Haulage Group", [],
     against("sugar tariff")),
    ("obliged", "The register of interests legally obliges councillors to declare gifts, the Standards Board said.",
     "Standards Board", [], against("register")),
]

# constructions not read yet, by the start of their sentence
OPEN = {
}


@pytest.mark.parametrize("text,holder,sides,wrong", [open_sides_case(*c[:5], OPEN) for c in CASES])
def test_borne_harms(build_text, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)


# effects.effect on its own: what a clause's verb foretells, from its objects and not from a phrase fronted before
# its subject, nor from an object put 'into line' with another thing
EFFECTS = [
    ("With labour costs among the lowest in the region, the price gap could fall to one pct.", "fall", ""),
    ("The levy could push up costs for farmers.", "push", "harm"),
    ("The change brings the relief for freight costs into line with the rules for rail.", "brings", ""),
    ("The toll would cause serious difficulties for hauliers.", "cause", "harm"),
    ("The reform would create uncertainty for farmers.", "create", "harm"),
    ("The reform would create jobs for farmers.", "create", "benefit"),
]


@pytest.mark.parametrize("text,verb,outcome", EFFECTS)
def test_effect_of_clause(nlp, text, verb, outcome):
    from graph.extract.stance.speech.effects import effect
    from graph.extract.language.lexicon import load_lexicon
    t = next(x for x in nlp(text) if x.lower_ == verb)
    assert effect(t, t.lemma_.lower(), load_lexicon().stance) == outcome
