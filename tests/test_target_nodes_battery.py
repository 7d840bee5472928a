"""A battery of the holder read, the target lost (issue 10, session 15): the article says who takes a side, and
the thing they take a side on is named by a clause, a verb phrase or a noun that must become a position node. The
families: an opinion held among a body ("a firm conviction among the union's members that the levy should go"), an act of effort
towards stopping or keeping a thing ("fought to stop the closure", "campaigned to save the rebate"), the copular
complement of a noun of intent ("the union's main demand is the abolition of the levy"), an act asked for that is a
guarantee ("urged ministers to ensure that no depot closes"), plans made public by their owner ("detailed plans
for a land tax"), and guards of what is read already (plans to, calls for, wanted states). Every sentence is our own
(invented names, bodies and policies), with the triples a careful reader takes (GUIDELINES.md) and, where it
matters, the misreading nearby that must not appear. Cases not read yet are non-strict xfail with what they lack.
"""
from __future__ import annotations

import pytest

from conftest import assert_wanted

B: list = []


def c(kind, text, want, never=()):
    B.append((kind, text, list(want), list(never)))


# A. an opinion held among a body or group, with what ought to be
c("held-among", "Mr Kent said there was now a deep feeling in the Farmers Union that the fuel levy should be scrapped.",
  [("Farmers Union", "opposes", "fuel levy")])
c("held-among", "There is a view among Labour MPs that the fuel levy should be scrapped.", [("Labour", "opposes", "fuel levy")])
c("held-among", "There was a firm conviction in the Home Office and the Treasury that the curfew should be lifted.",
  [("Treasury", "opposes", "curfew"), ("Home Office", "opposes", "curfew")])
c("held-among", "According to Ms Ward, there is a belief in the Farmers Union that the fuel levy must stay.",
  [("Farmers Union", "supports", "fuel levy")], [("Ward", "supports", "fuel levy")])
c("held-among", "There is a widespread feeling within the Green Party that the road toll should be abolished.",
  [("Green Party", "opposes", "road toll")])
c("held-among", "Officials said there had long been a sentiment in the Treasury that the sugar tax should be introduced.",
  [("Treasury", "supports", "sugar tax")])
c("held-among", "The feeling among Liberal Democrat peers is that the curfew must be lifted.",
  [("Liberal Democrat", "opposes", "curfew")])
c("held-among", "Mr Kent expressed the feeling that the fuel levy should be scrapped.", [("Kent", "opposes", "fuel levy")])
c("held-among", "Ms Ward expressed her conviction that the rail subsidy must be kept.", [("Ward", "supports", "rail subsidy")])
c("held-among", "There is a growing consensus within the Green Party that the road toll must go.",
  [("Green Party", "opposes", "road toll")])
c("held-among", "There is a belief in the Farmers Union that Mr Kent is wrong.", [], [("Farmers Union", "supports", None)])

# B. an act of effort towards stopping or keeping a thing
c("effort", "Mr Kent fought to stop the closure of the depot.", [("Kent", "opposes", "closure of the depot")],
  [("Kent", "supports", "stop")])
c("effort", "Mr Kent tried to stop the sale of the depot.", [("Kent", "opposes", "sale of the depot")],
  [("Kent", "supports", "stop the sale")])
c("effort", "The Green Party is pushing to stop the third runway.", [("Green Party", "opposes", "third runway")],
  [("Green Party", "supports", "stop")])
c("effort", "The Farmers Union has been fighting to prevent the closure of the abattoir.",
  [("Farmers Union", "opposes", "closure of the abattoir")])
c("effort", "Ms Ward lobbied to block the merger of the two banks.", [("Ward", "opposes", "merger of the two banks")])
c("effort", "Ms Ward struggled to halt the privatisation of the railways.", [("Ward", "opposes", "privatisation of the railways")])
c("effort", "The Farmers Union fought to protect the milk quota.", [("Farmers Union", "supports", "milk quota")])
c("effort", "The Farmers Union vowed to fight to keep the fuel rebate.", [("Farmers Union", "supports", "fuel rebate")])
c("effort", "The Farmers Union will fight any attempt to cut the milk quota.", [("Farmers Union", "opposes", "cut the milk quota")])
c("effort", "Senator Ada Lund has campaigned for years to stop the expansion of the airport.",
  [("Ada Lund", "opposes", "expansion of the airport")], [("Ada Lund", "supports", "stop")])
c("effort", "The Farmers Union said it would battle to stop the privatisation of the water board.",
  [("Farmers Union", "opposes", "privatisation of the water board")], [("Farmers Union", "supports", "stop")])
c("effort", "Ms Ward tried to stop the council from selling the depot.", [], [("Ward", "supports", "stop")])
c("effort", "Mr Kent worked hard to preserve the rail subsidy.", [("Kent", "supports", "rail subsidy")])
c("effort", "The Green Party will fight to stop the merger, Ms Ward said.", [("Green Party", "opposes", "merger")],
  [("Green Party", "supports", "stop")])
c("effort", "The Farmers Union vowed to fight to keep the milk quota.", [("Farmers Union", "supports", "milk quota")])
c("effort", "The Farmers Union campaigned to save the rail subsidy.", [("Farmers Union", "supports", "rail subsidy")])
c("effort", "Ms Ward said she would fight to save the rail subsidy.", [("Ward", "supports", "rail subsidy")])
c("effort", "Ms Ward asked the council to stop the closure of the library.", [("Ward", "opposes", "closure of the library")],
  [("Ward", "supports", "stop")])
c("effort", "The Farmers Union agreed to end the milk quota.", [("Farmers Union", "supports", "end the milk quota")])
c("effort", "Mr Kent voted to halt the expansion of the airport.", [("Kent", "opposes", "expansion of the airport")])
c("effort", "The Green Party lobbied to scupper the merger.", [("Green Party", "opposes", "merger")])
c("effort", "The Norland Competition Authority is seeking to block the merger of the two chemical groups, officials said.",
  [("Competition Authority", "opposes", "merger of the two chemical groups")])
c("effort", "The Farmers Union did not try to stop the merger.", [], [("Farmers Union", "opposes", "merger")])
c("effort", "Ms Ward tried to keep rates low.", [], [("Ward", "supports", "rates")])
c("effort", "Mr Kent tried to stop the rain.", [], [("Kent", "supports", None), ("Kent", "opposes", None)])
c("effort", "Ms Ward stopped the sale of the depot.", [], [("Ward", "supports", "stop")])

# B2. coordinated things judged together: each is judged
c("judged-list", "Price controls and subsidies distort the market, Ms Ward said.", [("Ward", "opposes", "subsidies")])
c("judged-list", "Tariffs and subsidies distort the market, Ms Ward said.", [("Ward", "opposes", "subsidies"), ("Ward", "opposes", "tariffs")])
c("judged-list", "The Farmers Union said the levy and the quota would hurt small farms.",
  [("Farmers Union", "warns", "levy"), ("Farmers Union", "warns", "quota")])
c("judged-list", "Mr Kent said the curfew and the parking ban had been a success.",
  [("Kent", "supports", "curfew"), ("Kent", "supports", "parking ban")])
c("judged-list", "Export quotas and import duties have crippled the coffee trade, the Growers Council said on Tuesday.",
  [("Growers Council", "opposes", "import duties"), ("Growers Council", "opposes", "export quotas")])
c("judged-list", "According to Senator Ada Lund, the sugar tax and the salt levy are unfair on the poor.",
  [("Ada Lund", "opposes", "sugar tax"), ("Ada Lund", "opposes", "salt levy")])

c("judged-list", "Small growers are in danger from cheap imports and protectionism, the Farmers Union has warned.",
  [("Farmers Union", "opposes", "protectionism")])
c("judged-list", "Jobs in the valley are under threat from the fuel levy and the road toll, Ms Ward said.",
  [("Ward", "opposes", "fuel levy"), ("Ward", "opposes", "road toll")])
c("judged-list", "Rural bus routes could be lost because of the spending freeze and the fuel quota, Mr Kent said.",
  [("Kent", "opposes", "spending freeze"), ("Kent", "opposes", "fuel quota")])

# B3. going on with a plan backs it
c("going-on", "Mr Kent decided to proceed with the merger.", [("Kent", "supports", "merger")])
c("going-on", "Ms Ward forged ahead with the sugar tax despite protests.", [("Ward", "supports", "sugar tax")])
c("going-on", "The Farmers Union said it would press on with the strike.", [("Farmers Union", "supports", "strike")])
c("going-on", "The Treasury will push on with plans for a carbon tax, officials said.", [("Treasury", "supports", "carbon tax")])
c("going-on", "Senator Ada Lund ploughed ahead with the road toll.", [("Ada Lund", "supports", "road toll")])
c("going-on", "Mr Kent proceeded with caution.", [], [("Kent", "supports", None)])
c("going-on", "Ms Ward carried on with her speech.", [], [("Ward", "supports", None)])

# C. the copular complement of a noun of intent or demand
c("copula", "The Farmers Union's flagship pledge is to replace the fuel levy with a road toll.",
  [("Farmers Union", "supports", "replace the fuel levy")])
c("copula", "Mr Kent's goal is to privatise the water board.", [("Kent", "supports", "privatise the water board")])
c("copula", "Ms Ward said her intention was to freeze rents for two years.", [("Ward", "supports", "freeze rents")])
c("copula", 'Ms Ward said: "Our aim is to cut the fuel levy."', [("Ward", "supports", "cut the fuel levy")])
c("copula", "The Farmers Union said its aim was to cut the fuel levy.", [("Farmers Union", "supports", "cut the fuel levy")])
c("copula", "The Treasury said its proposals for a carbon tax were fair.", [("Treasury", "supports", "carbon tax")])
c("copula", "The Green Party said its goal was to ban diesel cars from city centres.", [("Green Party", "supports", "ban diesel cars")])
c("copula", "The Farmers Union said on Monday that its intention was to fight the fuel levy in the courts.",
  [("Farmers Union", "opposes", "fuel levy")])
c("copula", "Mr Kent said its plan was a mistake.", [], [("Kent", "supports", None)])
c("copula", "The Farmers Union's main demand is the abolition of the fuel levy.",
  [("Farmers Union", "supports", "abolition of the fuel levy")])
c("copula", "The Green Party's central demand was a ban on diesel cars.", [("Green Party", "supports", "ban on diesel cars")])
c("copula", "Ms Ward said her one wish was a cut in fuel duty.", [("Ward", "supports", "cut in fuel duty")])
c("copula", "The Farmers Union's pledge is lower taxes for small farms.", [("Farmers Union", "supports", "lower taxes")])
c("copula", "The Farmers Union's demand was a surprise.", [], [("Farmers Union", "supports", None)])
c("copula", "Their support was a great help, Mr Kent said.", [], [("Kent", "supports", None)])
c("copula", "Senator Ada Lund's plan is to sell the ports.", [("Ada Lund", "supports", "sell the ports")])

# D. an act asked for that is a guarantee or an assurance
c("assurance", "Mr Kent urged the council to ensure that no depot would close.", [("Kent", "supports", "no depot would close")])
c("assurance", "Ms Ward asked ministers to guarantee that the rail link would be built.",
  [("Ward", "supports", "rail link")])
c("assurance", "The Farmers Union called for a firm guarantee that jobs would be protected.",
  [("Farmers Union", "supports", "guarantee that jobs would be protected")])
c("assurance", "The Farmers Union wants a guarantee that the fuel levy will not rise.",
  [("Farmers Union", "supports", "guarantee that the fuel levy will not rise")])
c("assurance", "Ms Ward sought an assurance that no jobs would be lost.", [("Ward", "supports", "assurance that no jobs")])
c("assurance", "Mr Kent wanted assurances that the depot would stay open.", [("Kent", "supports", "depot would stay open")])

# E. plans made public by their owner
c("owned-plans", "Ms Ward unveiled plans for a tax on plastic bags.", [("Ward", "supports", "tax on plastic bags")])
c("owned-plans", "Mr Kent announced plans to close three depots.", [("Kent", "supports", "close three depots")])
c("owned-plans", "Ms Ward outlined her proposals for a land tax.", [("Ward", "supports", "land tax")])
c("owned-plans", "The Green Party launched a campaign for cheaper bus fares.", [("Green Party", "supports", "cheaper bus fares")])
c("owned-plans", "The Green Party set out proposals to cut bus fares.", [("Green Party", "supports", "cut bus fares")])
c("owned-plans", "Mr Kent detailed plans for a land tax.", [("Kent", "supports", "land tax")])
c("owned-plans", "Ms Ward presented proposals for a higher minimum wage.", [("Ward", "supports", "higher minimum wage")])
c("owned-plans", "Mr Kent revealed plans for a flight tax.", [("Kent", "supports", "flight tax")])
c("owned-plans", "Ms Ward highlighted plans for full debt relief.", [("Ward", "supports", "debt relief")])
c("owned-plans", "Mr Kent submitted proposals to cut the fuel levy.", [("Kent", "supports", "cut the fuel levy")])
c("owned-plans", "Ms Ward tabled a motion calling for a ban on diesel cars.", [("Ward", "supports", "ban on diesel cars")])
c("owned-plans", "The Treasury detailed its proposals for a carbon tax on Tuesday.", [("Treasury", "supports", "carbon tax")])
c("owned-plans", "The Green Party has tabled an amendment to scrap the road toll.", [("Green Party", "supports", "scrap the road toll")])
c("owned-plans", "Mr Kent submitted his expenses.", [], [("Kent", "supports", None)])
c("owned-plans", "Ms Ward lodged a complaint with the regulator.", [], [("Ward", "supports", None)])
c("owned-plans", "The council submitted its plans for a new bypass.", [("council", "supports", "bypass")])

# F. what is wanted, seen or pressed for (guards of what is read)
c("wanted", "Mr Kent said he would like to see a ban on diesel cars in the city centre.", [("Kent", "supports", "ban on diesel cars")])
c("wanted", "Ms Ward said she would like to see the fuel levy scrapped.", [("Ward", "opposes", "fuel levy")])
c("wanted", "Mr Kent wants to see a cap on rents.", [("Kent", "supports", "cap on rents")])
c("wanted", "Ms Ward said she would love to see the depot reopened.", [("Ward", "supports", "depot")])
c("wanted", "Ms Ward said we need to break the link between income and care fees.", [("Ward", "supports", "break the link")])
c("wanted", "Mr Kent said the extra money would allow the council to scrap the parking charge.", [], [("Kent", "supports", "parking charge")])
c("wanted", "Ms Ward expressed her belief that the fuel levy should be scrapped.", [("Ward", "opposes", "fuel levy")])
c("wanted", "Mr Kent shares the view that the fuel levy should go.", [("Kent", "opposes", "fuel levy")])
c("wanted", "Senator Ada Lund does not think the fuel levy should be a campaign issue.", [("Ada Lund", "opposes", "fuel levy")])
c("wanted", "The Farmers Union is in favour of the privatisation of the ports.", [("Farmers Union", "supports", "privatisation of the ports")])
c("wanted", "Ms Ward said the minimum wage should be raised.", [("Ward", "supports", "minimum wage")])
c("wanted", "Mr Kent said bus fares should be frozen.", [("Kent", "supports", "bus fares")])
c("wanted", "Ms Ward said rents should be capped.", [("Ward", "supports", "rents")])

# G. plain verbs and nouns against a thing (guards)
c("against", "Mr Kent opposed raising the fuel levy.", [("Kent", "opposes", "raising the fuel levy")])
c("against", "The Farmers Union rejected plans to close the depot.", [("Farmers Union", "opposes", "close the depot")])
c("against", "Ms Ward resisted attempts to privatise the water board.", [("Ward", "opposes", "privatise the water board")])
c("against", "Ms Ward criticised the decision to scrap the bus subsidy.", [("Ward", "opposes", "scrap the bus subsidy")])
c("against", "Mr Kent warned against cutting the fuel levy.", [("Kent", "warns", "cutting the fuel levy")])
c("against", "The Farmers Union refused to accept the closure of the depot.", [("Farmers Union", "opposes", "closure of the depot")])
c("against", "Ms Ward said she was against building a third runway.", [("Ward", "opposes", "building a third runway")])
c("against", "Mr Kent said he would vote against extending the toll.", [("Kent", "opposes", "extending the toll")])
c("against", "Ms Ward argued against lowering the voting age.", [("Ward", "opposes", "lowering the voting age")])

# F. a relative clause after a policy and the noun qualifying it: the parser hangs it on the nearer noun, but what
# the clause's subject takes a side on is the policy
c("relative-policy", "The growers' lobby called for a relief package for dairy farmers, which the Treasury rejected.",
  [("Treasury", "opposes", "relief package")])
c("relative-policy", "Mr Kent proposed a levy on foreign trawlers, which the Fishermen's Federation opposed.",
  [("Fishermen's Federation", "opposes", "levy")])
c("relative-policy", "The council drew up a loan scheme for small shopkeepers, which the Traders Guild welcomed.",
  [("Traders Guild", "supports", "loan scheme")])
# (the clause said of a group of people, no policy before it, stays theirs)
c("relative-policy", "The tax hits the dockers of Port Alwyn, who oppose the levy.",
  [], [(None, "opposes", "tax")])

KNOWN: dict[str, str] = {
    "Rural bus routes could be lost because of": "a harm 'because of' two things: the parser joins the second to the verb",
    "According to Senator Ada Lund, the sugar tax and": "a plural judgement after 'according to' names no speaker",
    "There is a growing consensus within": "the parser takes the clause's 'that' for a relative pronoun",
    "Mr Kent tried to stop the rain": "a stopping act tried is read as a side for the act, whatever it stops",
    "The feeling among Liberal Democrat peers is": "an opinion noun with its clause after the copula",
    "The Farmers Union vowed to fight to keep the fuel rebate": "'rebate' is no policy head",
    "Mr Kent worked hard to preserve": "work is no verb of effort to the lexicon",
    "Mr Kent urged the council to ensure": "the act asked for takes a clause, not an object",
    "Ms Ward asked ministers to guarantee": "the act asked for takes a clause, not an object",
    "Mr Kent detailed plans": "the parser takes 'detailed' for an adjective of 'plans'",
    "The council submitted its plans for a new bypass": "a plan whose owner is a pronoun, its 'for' hung on the verb",
    "Ms Ward presented proposals": "a plan made public by a verb that is no cue",
    "Mr Kent revealed plans": "a plan made public by a verb that is no cue",
    "Ms Ward highlighted plans": "a plan made public by a verb that is no cue",
    "Ms Ward said she would love to see": "'love to see' is no verb of wanting to the lexicon",
    "Mr Kent said bus fares should be frozen": "'freeze' is no verb of a deontic policy act",
}


def _known(text):
    return next((why or "not read yet" for start, why in KNOWN.items() if text.startswith(start)), None)


@pytest.mark.parametrize("kind, text, want, never", [
    pytest.param(k, t, w, n, id=f"{k}-{i}", marks=[pytest.mark.xfail(reason=_known(t), strict=False)] if _known(t) else [])
    for i, (k, t, w, n) in enumerate(B)])
def test_battery(build_text, kind, text, want, never):
    assert_wanted(build_text(text), want, never)
