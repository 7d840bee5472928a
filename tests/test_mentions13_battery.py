"""A battery of positions named by a head noun of a charge, a penalty or a clampdown, and of measures an actor's
threat, pledge or decision would bring in (issue 10): invented sentences, each with the sides a careful reader
takes (GUIDELINES.md) and the reading that would be wrong. A known head in a sentence that takes no side gives no
edge. A case marked `open` fails today: it is counted, not hidden, and passes the day its construction is read."""
from __future__ import annotations

import pytest

from conftest import assert_sides

S, O, W = "supports", "opposes", "warns"


def _none(word):
    return [(S, word), (O, word), (W, word)]


# (construction, sentence, holder, sides any one of which is the reading, sides that would be a misreading)
CASES = [
    # charges levied (WordNet levy.n.01 and charge.n: surcharge, excise, surtax, impost, tithe)
    ("charge", "Mr Kent said the surcharge on diesel would hurt small farms.", "Kent", [(W, "surcharge")], [(S, "surcharge")]),
    ("charge", "Ms Ward said the new fuel surcharge was unfair to rural drivers.", "Ward", [(O, "surcharge"), (W, "surcharge")], [(S, "surcharge")]),
    ("charge", "The Farmers Union called for the airport surcharge to be scrapped.", "Farmers Union", [(O, "surcharge")], [(S, "surcharge")]),
    ("charge", "Senator Ada Lund said the excise on cider would cost hundreds of jobs.", "Lund", [(W, "excise")], [(S, "excise")]),
    ("charge", "The Growers Federation said on Tuesday the beer excise was a burden on small brewers.", "Growers Federation", [(O, "excise"), (W, "excise")], [(S, "excise")]),
    ("charge", "Mr Kent said a surtax on high earners would damage investment.", "Kent", [(W, "surtax")], [(S, "surtax")]),
    ("charge", "Ms Ward said the surtax would be a disaster for the city.", "Ward", [(W, "surtax"), (O, "surtax")], [(S, "surtax")]),
    ("charge", "The Farmers Union argued that the grain impost would drive growers out of business.", "Farmers Union", [(W, "impost")], [(S, "impost")]),
    ("charge", "Mr Kent welcomed the surcharge on landfill waste.", "Kent", [(S, "surcharge")], [(O, "surcharge")]),
    ("charge", "Ms Ward opposes the surcharge.", "Ward", [(O, "surcharge")], [(S, "surcharge")]),
    # fines (WordNet fine.n.01, a penalty)
    ("fine", "Mr Kent said the fines for late filing would hurt small firms.", "Kent", [(W, "fines")], [(S, "fines")]),
    ("fine", "Ms Ward said the new parking fines were unfair on nurses.", "Ward", [(O, "parking fines"), (W, "parking fines")], [(S, "parking fines")]),
    ("fine", "The Farmers Union said heavier fines for fly-tipping would protect the countryside.", "Farmers Union", [(S, "fines")], [(O, "fines"), (W, "fines")]),
    ("fine", "Senator Ada Lund said on-the-spot fines would deter litter louts.", "Lund", [(S, "fines")], [(O, "fines")], "open"),
    ("fine", "Mr Kent backed tougher fines for polluters.", "Kent", [(S, "fines")], [(O, "fines")]),
    # a clampdown (WordNet crackdown.n.01, a suppression)
    ("crackdown", "Mr Kent said the crackdown on touts would hurt honest traders.", "Kent", [(W, "crackdown")], [(S, "crackdown")]),
    ("crackdown", "Ms Ward said the police crackdown was heavy-handed and unfair.", "Ward", [(O, "crackdown")], [(S, "crackdown")]),
    ("crackdown", "The Farmers Union said a crackdown on fly-tipping would help farmers.", "Farmers Union", [(S, "crackdown")], [(O, "crackdown"), (W, "crackdown")]),
    ("crackdown", "Mr Kent welcomed the crackdown on benefit fraud.", "Kent", [(S, "crackdown")], [(O, "crackdown")]),
    # a known head with no side taken
    ("no side", "Mr Kent paid the fine on Tuesday.", "", [], _none("fine")),
    ("no side", "The surcharge was introduced in 1998.", "", [], _none("surcharge")),
    ("no side", "Ms Ward said the excise raised 2 billion pounds last year.", "", [], _none("excise")),
    ("no side", "The crackdown began in March, police said.", "", [], _none("crackdown")),
    ("no side", "Mr Kent said the weather was fine for the match.", "", [], _none("weather")),
    ("no side", "Ms Ward was fined 200 pounds for speeding.", "", [], _none("fine")),
    ("no side", "The surtax applies to incomes above 100,000 dollars, Mr Kent said.", "", [], _none("surtax")),
    ("no side", "Mr Kent said the firm had paid all its fines.", "", [], _none("fines")),
    # a measure an actor's threat, pledge or decision would bring in (FrameNet Commitment and Deciding nouns:
    # the one whose threat or decision it is backs the measure, as 'threatened to impose tariffs' does)
    ("intent", "The council renewed its threat to impose a levy on fuel.", "council", [(S, "levy")], [(O, "levy")]),
    ("intent", "Ms Ward repeated her threat to impose a duty on steel.", "Ward", [(S, "duty")], [(O, "duty")]),
    ("intent", "Ottawa's threat to impose duties on Korean steel angered Seoul.", "Ottawa", [(S, "duties")], [(O, "duties")], "open"),
    ("intent", "The council's decision to impose a curfew on the estate was criticised by residents.", "council", [(S, "curfew")], [(O, "curfew")]),
    ("intent", "Mr Kent defended his decision to impose a ban on night flights.", "Kent", [(S, "ban")], [(O, "ban")]),
    ("intent", "The government's pledge to bring in a sugar levy won praise from doctors.", "government", [(S, "levy")], [(O, "levy")]),
    ("intent", "The threat by the European Commission to impose sanctions on the firm alarmed investors.", "Commission", [(S, "sanctions")], [(O, "sanctions")]),
    # (the ban named nowhere else: one node, the decision to lift it, as "its decision to scrap the ban" is)
    ("intent", "The board announced its decision to lift the ban on overtime.", "board", [(S, "lift the ban")], [(O, "lift the ban")]),
    ("intent", "Ms Ward made a pledge to impose a cap on rents.", "Ward", [(S, "cap")], [(O, "cap")]),
    ("intent", "Mr Kent's promise to impose a levy on landfill won votes.", "Kent", [(S, "levy")], [(O, "levy")]),
    ("intent", "The ministry's decision last week to impose quotas on imported shoes surprised traders.", "ministry", [(S, "quotas")], [(O, "quotas")]),
    # intent nouns that bring in no measure of their owner's
    ("intent, no side", "The looming threat of a ban on night flights worried airlines.", "", [], [(S, "ban")]),
    ("intent, no side", "Ms Ward said the threat to impose duties was never real.", "Ward", [], [(S, "duties")]),
    ("intent, no side", "The council's decision to impose a fine on the firm was upheld.", "council", [], [(S, "fine"), (O, "fine")]),
    ("intent, no side", "Mr Kent opposed the council's decision to impose a curfew.", "Kent", [(O, "curfew")], [(S, "curfew")]),
    ("intent, no side", "The council's decision not to impose a curfew angered residents.", "council", [], [(S, "curfew")]),
    ("intent, no side", "Mr Kent's refusal to impose the levy on farmers was welcomed.", "Kent", [], [(S, "levy")]),
    ("intent, no side", "The council dropped its threat to impose a levy on fuel.", "council", [], [(S, "levy")]),
    # the act a means is wanted for (a 'should' clause whose verb names no policy, with a to-infinitive of purpose)
    ("purpose", "Ms Ward said the council should have used the money to cut bus fares.", "Ward", [(S, "cut bus fares")], [(O, "bus fares")]),
    ("purpose", "Mr Kent said the council should use the surplus to freeze council tax.", "Kent", [(S, "freeze council tax")], [(O, "council tax")]),
    ("purpose", "\"We must use every penny to cut the fuel levy,\" Mr Kent said.", "Kent", [(S, "cut the fuel levy")], [(S, "fuel levy")]),
    ("purpose", "Senator Ada Lund said the state ought to use its oil revenue to abolish the sales tax.", "Lund", [(S, "abolish"), (O, "sales tax")], [(S, "sales tax")], "open"),
    ("purpose", "Ms Ward argued that ministers should use the windfall to lower rail fares, according to a party statement.", "Ward", [(S, "lower rail fares")], [(O, "rail fares")]),
    ("purpose, no side", "Ms Ward said the council should meet to discuss the fuel levy.", "Ward", [], [(S, "discuss"), (S, "fuel levy"), (O, "fuel levy")]),
    ("purpose, no side", "Ms Ward said the council should not use the reserves to cut bus fares.", "Ward", [], [(O, "cut bus fares"), (S, "cut bus fares")]),
    ("purpose, no side", "Mr Kent said the council should sell the depot to raise money.", "Kent", [], [(S, "raise money"), (S, "sell")]),
    ("purpose, no side", "Mr Kent said he would use the break to visit his mother.", "Kent", [], [(S, "visit")]),
    # a rate held by decree (an exchange-rate regime) is a policy; a rate alone is the market's
    ("regime", "Mr Kent blamed the fixed exchange rate for falling exports.", "Kent", [(O, "fixed exchange rate")], [(S, "fixed exchange rate")]),
    ("regime", "The pegged currency, which Ms Ward has blamed for job losses, is set by the central bank.", "Ward", [(O, "pegged currency")], [(S, "pegged currency")]),
    ("regime", "Ms Ward said the floating exchange rate had hurt farmers.", "Ward", [(O, "floating exchange rate"), (W, "floating exchange rate")], [(S, "floating exchange rate")]),
    ("regime, no side", "Mr Kent blamed fixed costs for the loss.", "Kent", [], [(O, "fixed costs")]),
    ("regime, no side", "Mr Kent said the fixed rate mortgage was popular.", "Kent", [], [(S, "fixed rate"), (O, "fixed rate")]),
    ("regime, no side", "The bank kept its fixed deposit rate at 3 percent.", "", [], _none("fixed deposit rate")),
]


def _params():
    for case in CASES:
        marks = [pytest.mark.xfail(strict=False, reason="construction not read yet")] if case[-1] == "open" else []
        yield pytest.param(*case[:5], marks=marks, id=f"{case[0]}: {case[1][:60]}")


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(_params()))
def test_mentions13_battery(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)
