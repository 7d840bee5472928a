"""A battery of stances said without a stance word (issue 10): a predicted harm ("the levy would hit rural
families hardest": the speaker warns against the levy), a predicted benefit ("the relief would help small
firms": supports), a harm said as a fact ("subsidies distort the market": opposes), a good effect denied ("will
not help", "will do nothing to"), and the readings that must not appear nearby: a firm's account of its own
figures, a forecast with no side, a harm with no policy as its cause, the speaker's own deed. Every sentence is
invented and run through the real pipeline; a case marked `open` is not read yet (non-strict xfail) and says
what it lacks."""
from __future__ import annotations

import pytest

from conftest import assert_sides, open_sides_case

S, O, W = "supports", "opposes", "warns"
ANY = [(S, ""), (O, ""), (W, "")]  # no side at all for this holder


def against(t):
    return [(W, t), (O, t)]


# (construction, sentence, holder, sides any one of which is the reading, sides that would be a misreading)
CASES = [
    # a harm foretold of a policy: the speaker warns against it
    ("harm", "Mr Kent said the fuel levy would hit rural families hardest.", "Kent", against("fuel levy"), [(S, "fuel levy")]),
    ("harm", "The fuel levy will hit rural drivers hardest, Mr Kent said on Monday.", "Kent", against("fuel levy"), [(S, "fuel levy")]),
    ("harm", "The Farmers Union warned that the grazing levy would drive small farms out of business.", "Farmers Union", against("grazing levy"), [(S, "grazing levy")]),
    ("harm", "Ms Ward said the closure of the rail depot would cost 400 jobs.", "Ward", against("closure"), [(S, "closure")]),
    ("harm", "The tariff would push up prices for shoppers, the Retailers Guild said.", "Retailers", against("tariff"), [(S, "tariff")]),
    ("harm", "Senator Ada Lund said the payroll tax could cost thousands of jobs.", "Lund", against("payroll tax"), [(S, "payroll tax")]),
    ("harm", "The Retailers Guild said the sales tax would squeeze household budgets.", "Retailers", against("sales tax"), [(S, "sales tax")]),
    ("harm", "The pension reform would penalise people who saved, Ms Ward said.", "Ward", against("pension reform"), [(S, "pension reform")]),
    ("harm", "Ms Ward said the school closure plan would deprive rural children of a local school.", "Ward", against("school closure plan"), [(S, "school closure plan")]),
    ("harm", "The Farmers Union said the grazing levy would discourage investment in hill farms.", "Farmers Union", against("grazing levy"), [(S, "grazing levy")]),
    ("harm", "The Farmers Union said the grazing levy would drive up costs for hill farms.", "Farmers Union", against("grazing levy"), [(S, "grazing levy")]),
    ("harm", "The merger would raise fares on most routes, the Consumers Council said.", "Consumers Council", against("merger"), [(S, "merger")]),
    ("harm", "Mr Kent said the import quota could lead to higher food prices.", "Kent", against("import quota"), [(S, "import quota")]),
    ("harm", "Mr Kent said the import quota risked a trade war with Norland.", "Kent", against("import quota"), [(S, "import quota")]),
    ("harm", "The new visa rules would damage the tourist trade, Ms Ward told the BBC.", "Ward", against("visa rules"), [(S, "visa rules")]),
    ("harm", "Ms Ward said the visa rules would make it harder for students to come.", "Ward", against("visa rules"), [(S, "visa rules")]),
    ("harm", "The Consumers Council said the water charging scheme would burden poorer families.", "Consumers Council", against("water charging scheme"), [(S, "water charging scheme")]),
    ("harm", "Mr Kent said the bank levy would drive firms abroad.", "Kent", against("bank levy"), [(S, "bank levy")]),
    ("harm", "The bank levy will undermine the City's competitiveness, the Bankers Association said.", "Bankers Association", against("bank levy"), [(S, "bank levy")]),
    ("harm", "Senator Ada Lund warned the budget cuts would hurt the poorest families.", "Lund", against("budget cuts"), [(S, "budget cuts")]),
    ("harm", "Mr Kent said the ban on night flights would threaten 2,000 jobs at the airport.", "Kent", against("ban on night flights"), [(S, "ban on night flights")]),
    ("harm", "Ms Ward said the plan to sell the forests would harm wildlife.", "Ward", against("forests"), [(S, "forests")]),
    ("harm", "The tax on fuel will fall hardest on rural families, Mr Kent said.", "Kent", against("tax on fuel"), [(S, "tax on fuel")]),
    ("harm", "Norland's finance minister, Mr Kent, said on Tuesday the proposed import duties would hamper exports.", "Kent", against("import duties"), [(S, "import duties")]),
    ("harm", "The grazing levy would leave many hill farms unable to survive, the Farmers Union said.", "Farmers Union", against("grazing levy"), [(S, "grazing levy")]),
    ("harm", "Mr Kent said the fuel levy could force hauliers out of business.", "Kent", against("fuel levy"), [(S, "fuel levy")]),
    ("harm", "The Farmers Union said the quota system would put family farms at risk.", "Farmers Union", against("quota system"), [(S, "quota system")]),
    # a harm said as a fact of a policy: the speaker is against it
    ("fact", "Fishing quotas distort competition between ports, the Farmers Union said.", "Farmers Union", against("quotas"), [(S, "quotas")]),
    ("fact", "Ms Ward said the quota system punishes small fishermen.", "Ward", against("quota system"), [(S, "quota system")]),
    ("fact", "The fuel levy hurts rural drivers most, Mr Kent said.", "Kent", against("fuel levy"), [(S, "fuel levy")]),
    ("fact", "Mr Kent said the new labelling rules mislead shoppers about sugar.", "Kent", against("rules"), [(S, "rules")]),
    ("fact", "The Consumers Council said the water charge discriminates against large families.", "Consumers Council", against("water charge"), [(S, "water charge")]),
    ("fact", "The grazing levy is distorting the price of hill land, Senator Ada Lund said.", "Lund", against("grazing levy"), [(S, "grazing levy")]),
    ("fact", "Ms Ward said the tuition fees were deterring poorer students.", "Ward", against("tuition fees"), [(S, "tuition fees")]),
    ("fact", "The curfew has damaged trade in the town centre, the Retailers Guild said.", "Retailers", against("curfew"), [(S, "curfew")]),
    # a benefit foretold of a policy: the speaker supports it
    ("benefit", "Mr Kent said the tax relief would help small firms.", "Kent", [(S, "tax relief")], against("tax relief")),
    ("benefit", "Ms Ward said the rail scheme would create 3,000 jobs.", "Ward", [(S, "rail scheme")], against("rail scheme")),
    ("benefit", "The reform will cut red tape for farmers, Senator Ada Lund said.", "Lund", [(S, "reform")], against("reform")),
    ("benefit", "The Farmers Union said the subsidy would keep hundreds of farms in business.", "Farmers Union", [(S, "subsidy")], against("subsidy")),
    ("benefit", "Mr Kent said the road scheme would ease congestion in the town.", "Kent", [(S, "road scheme")], against("road scheme")),
    ("benefit", "The Retailers Guild said the rate cut would encourage investment.", "Retailers", [(S, "rate cut")], against("rate cut")),
    ("benefit", "The new levy would raise 2 billion pounds for schools, Ms Ward said.", "Ward", [(S, "levy")], against("levy")),
    ("benefit", "Ms Ward said the school meals plan would improve children's health.", "Ward", [(S, "school meals plan")], against("school meals plan")),
    ("benefit", "The research tax relief will boost innovation, the Bankers Association said.", "Bankers Association", [(S, "tax relief")], against("tax relief")),
    ("benefit", "Senator Ada Lund said the trade deal would open new markets for farmers.", "Lund", [(S, "trade deal")], against("trade deal")),
    ("benefit", "Mr Kent said the debt relief would allow poor countries to invest in health.", "Kent", [(S, "debt relief")], against("debt relief")),
    ("benefit", "The Farmers Union said the import quota would protect hill farms from cheap imports.", "Farmers Union", [(S, "import quota")], against("import quota")),
    ("benefit", "Ms Ward said the minimum wage law would lift thousands of families out of poverty.", "Ward", [(S, "minimum wage law")], against("minimum wage law")),
    ("benefit", "The fuel subsidy will make a real difference to rural families, Mr Kent said.", "Kent", [(S, "fuel subsidy")], against("fuel subsidy")),
    ("benefit", "The central bank said the rate cut should support growth.", "central bank", [(S, "rate cut")], against("rate cut")),
    # a good effect denied: against
    ("denied", "Mr Kent said the fuel levy would not help rural drivers.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("denied", "Ms Ward said the curfew would do nothing to reduce crime.", "Ward", against("curfew"), [(S, "curfew")]),
    ("denied", "The ban will not solve the problem of litter, the Farmers Union said.", "Farmers Union", against("ban"), [(S, "ban")]),
    ("denied", "Mr Kent said the job scheme had failed to create new jobs.", "Kent", against("job scheme"), [(S, "job scheme")]),
    ("denied", "Senator Ada Lund said the tax cut would do little to help the poor.", "Lund", against("tax cut"), [(S, "tax cut")]),
    ("denied", "Such tactics will do nothing to settle the row over the fuel levy, Mr Kent said.", "Kent", [], [(S, "fuel levy")]),
    # an evaluation of a policy in a copula or a noun
    ("eval", "Ms Ward said the merger plan was the right decision.", "Ward", [(S, "merger plan")], against("merger plan")),
    ("eval", "What the Farmers Union has put forward is sensible, Mr Kent said.", "Kent", [(S, "Farmers Union")], [(O, "Farmers Union")]),
    ("eval", "Mr Kent said the fuel levy was a tax on the countryside.", "Kent", [], [(S, "fuel levy")]),
    ("eval", "Ms Ward said the quota system was a recipe for disaster.", "Ward", against("quota system"), [(S, "quota system")]),
    ("eval", "The grazing levy is bad news for hill farms, the Farmers Union said.", "Farmers Union", against("grazing levy"), [(S, "grazing levy")]),
    ("eval", "The tax relief is good news for small firms, Mr Kent said.", "Kent", [(S, "tax relief")], against("tax relief")),
    ("eval", "Senator Ada Lund said the pension reform was a step in the right direction.", "Lund", [(S, "pension reform")], against("pension reform")),
    ("eval", "Mr Kent said the sales tax was a blow to shoppers.", "Kent", against("sales tax"), [(S, "sales tax")]),
    ("eval", "Ms Ward said the road scheme was a waste of money.", "Ward", against("road scheme"), [(S, "road scheme")]),
    # misreadings: a firm's own figures, a forecast with no side, a harm with no policy, the speaker's own deed
    ("none", "Profits at Norland Steel were hit by higher energy costs, the company said.", "Norland Steel", [], ANY),
    ("none", "Sales at the Kent Group would fall by 5% this year, the firm said.", "Kent Group", [], ANY),
    ("none", "The central bank said inflation would rise to 4% next year.", "central bank", [], ANY),
    ("none", "Ms Ward said the storm would hit coastal towns hardest.", "Ward", [], ANY),
    ("none", "The Farmers Union said the drought had hurt crops across the region.", "Farmers Union", [], ANY),
    ("none", "Mr Kent said he would help the party win the election.", "Kent", [], [(S, "party")]),
    ("none", "Norland Steel said higher costs would reduce its profits this year.", "Norland Steel", [], ANY),
    ("none", "The Retailers Guild said cold weather had hit sales in December.", "Retailers", [], ANY),
    ("none", "Mr Kent said the strike by rail workers had cost the economy 20 million pounds.", "Kent", [], [(S, "")]),
    ("none", "The Bankers Association said a jump in fuel prices would slow growth.", "Bankers Association", [], [(S, "")]),
    ("none", "Ms Ward said rising rents would hurt young families.", "Ward", [], [(S, "")]),
    ("none", "The Farmers Union said it would help its members fill in the forms.", "Farmers Union", [], ANY),
    ("none", "Mr Kent said the new factory would create 500 jobs, Norland Steel said.", "Kent", [], against("factory")),
    ("none", "The company said the merger would help it cut costs.", "company", [], against("merger")),
    ("none", "Ms Ward asked whether the fuel levy would hurt rural families.", "Ward", [], [(W, "fuel levy"), (S, "fuel levy")]),
    ("none", "Ms Ward denied that the fuel levy would hurt rural families.", "Ward", [], against("fuel levy")),
    ("none", "Mr Kent said the weak dollar had helped exports.", "Kent", [], [(O, ""), (W, "")]),
    # the wrong readings next to the new rules: the sign of a verb of lessening or remedy is its object's
    ("near", "The curfew would deter crime, Ms Ward said.", "Ward", [(S, "curfew")], against("curfew")),
    ("near", "Mr Kent said the grazing levy would slow the spread of pollution.", "Kent", [], against("grazing levy")),
    ("near", "Ms Ward said the curfew would do nothing to harm trade.", "Ward", [], against("curfew")),
    ("near", "Mr Kent said the tariff cut would bring down prices.", "Kent", [(S, "tariff cut")], against("tariff cut")),
    ("near", "The Retailers Guild said the tax cut would ease the squeeze on shoppers.", "Retailers", [(S, "tax cut")], against("tax cut")),
    ("near", "Mr Kent said the new levy would not ease congestion.", "Kent", [(O, "levy")], [(S, "levy")]),
    ("near", "Mr Kent said the quota system would solve nothing.", "Kent", [], [(S, "quota system")]),
    ("near", "Ms Ward said he would tackle the deficit.", "Ward", [], [(S, "deficit"), (W, "deficit"), (O, "deficit")]),
    ("near", "Norland Steel said the strong pound would squeeze its margins.", "Norland Steel", [], ANY),
    ("near", "The Bankers Association said a fall in sales would hurt jobs.", "Bankers Association", [], ANY),
    ("near", "Mr Kent said a surge in copper prices would dent growth.", "Kent", [], ANY),
    ("near", "Ms Ward said the cold snap had slowed sales.", "Ward", [], ANY),
    ("near", "Ms Ward said the rise in the fuel levy would squeeze families.", "Ward", against("fuel levy"), [(S, "fuel levy")]),
    # an impact harms by its degree; a state left ('worse off', 'harder', 'unable', 'facing') is the harm or good
    ("state", "Ms Ward said the cut in child benefit would particularly affect single mothers.", "Ward", against("cut in child benefit"), [(S, "cut in child benefit")]),
    ("state", "The Farmers Union says the grazing levy would badly affect hill farms.", "Farmers Union", against("grazing levy"), [(S, "grazing levy")]),
    ("state", "The new duty will adversely affect exporters, the Bankers Association said on Friday.", "Bankers Association", against("duty"), [(S, "duty")]),
    ("state", "Mr Kent said the fuel levy would affect 2,000 hauliers.", "Kent", [], ANY),
    ("state", "Ms Ward said the storm would badly affect coastal towns.", "Ward", [], ANY),
    ("state", "Ms Ward said the new rules could leave farmers facing heavy fines.", "Ward", against("rules"), [(S, "rules")]),
    ("state", "Mr Kent said the fuel levy would leave rural families worse off.", "Kent", against("fuel levy"), [(S, "fuel levy")]),
    ("state", "The fuel levy has left rural families worse off, Mr Kent said.", "Kent", against("fuel levy"), [(S, "fuel levy")]),
    ("state", "Mr Kent said the fuel subsidy would leave farmers better off.", "Kent", [(S, "fuel subsidy")], against("fuel subsidy")),
    ("state", "Mr Kent said the levy would make it easier to cut jobs.", "Kent", against("levy"), [(S, "levy")]),
    ("state", "Mr Kent said the new rules would make it harder for firms to cut jobs.", "Kent", [(S, "rules")], against("rules")),
    ("state", "Ms Ward said the storm would leave thousands homeless.", "Ward", [], ANY),
    ("state", "Mr Kent said he would make it harder for firms to dodge the levy.", "Kent", [], [(S, "levy"), (W, "levy")]),
    # a verdict on whether a policy works: 'would (not) work', 'makes (no) sense', '(not) the answer'
    ("verdict", "Mr Kent said the fuel levy would not work.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("verdict", "The grazing levy will never work, the Farmers Union said.", "Farmers Union", [(O, "grazing levy")], [(S, "grazing levy")]),
    ("verdict", "Ms Ward said the pension reform would work.", "Ward", [(S, "pension reform")], against("pension reform")),
    ("verdict", "Mr Kent said the fuel levy would not work in practice.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("verdict", "Mr Kent said the fuel levy made no sense.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("verdict", "The pension reform makes sense, Ms Ward told the BBC.", "Ward", [(S, "pension reform")], against("pension reform")),
    ("verdict", "Mr Kent said the import quota did not make sense for consumers.", "Kent", [(O, "import quota")], [(S, "import quota")]),
    ("verdict", "Mr Kent said the fuel levy was not the answer.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("verdict", "Ms Ward said the housing levy was the only solution.", "Ward", [(S, "housing levy")], against("housing levy")),
    ("verdict", "Ms Ward said the Farmers Union would not work with the Greens.", "Ward", [], [(O, "Farmers Union"), (O, "Greens")]),
    ("verdict", "Mr Kent said he would work to repeal the fuel levy.", "Kent", [], [(O, "work"), (S, "fuel levy")]),
    ("verdict", "Ms Ward said the talks would not succeed.", "Ward", [], [(O, "talks")]),
    ("verdict", "Ms Ward said farmers would work longer hours under the grazing levy.", "Ward", [], [(S, "grazing levy")]),
    # those a policy drives off, and a difference made
    ("away", "Ms Ward said the bank levy would drive investors away.", "Ward", against("bank levy"), [(S, "bank levy")]),
    ("away", "The Bankers Association said the new duty could scare off foreign buyers.", "Bankers Association", against("duty"), [(S, "duty")]),
    ("away", "Ms Ward said the bank levy would drive firms overseas.", "Ward", against("bank levy"), [(S, "bank levy")]),
    ("away", "Mr Kent said the storm had driven tourists away.", "Kent", [], ANY),
    ("away", "Mr Kent said the new rules would push prices down.", "Kent", [(S, "rules")], against("rules")),
    ("away", "Ms Ward said the fuel subsidy would make a real difference to farmers.", "Ward", [(S, "fuel subsidy")], against("fuel subsidy")),
    ("away", "Mr Kent said the housing levy would not make a difference to renters.", "Kent", [(O, "housing levy")], [(S, "housing levy")]),
    ("away", "Mr Kent said the housing levy would make little difference.", "Kent", [], [(S, "housing levy")]),
    # a copula's noun of a burden or a help
    ("noun", "Mr Kent said the tax relief would be a boost for small firms.", "Kent", [(S, "tax relief")], against("tax relief")),
    ("noun", "The fuel subsidy will be a boon for hill farmers, the Farmers Union said.", "Farmers Union", [(S, "fuel subsidy")], against("fuel subsidy")),
    ("noun", "Mr Kent said the fuel levy would be a burden on families.", "Kent", against("fuel levy"), [(S, "fuel levy")]),
    ("noun", "Ms Ward said the new duty would be a drag on growth.", "Ward", against("duty"), [(S, "duty")]),
    ("noun", "Mr Kent said the biggest burden on farms was the fuel levy.", "Kent", [], [(S, "fuel levy")]),
    ("noun", "Mr Kent said the boost to sales was welcome.", "Kent", [], [(W, ""), (O, "")]),
    # wire style
    ("wire", "The grazing levy would drive many small farms out of business, Farmers Union president John Kent told Reuters.", "Kent", against("grazing levy"), [(S, "grazing levy")]),
    ("wire", "Norland's trade minister Ada Lund said the U.S. tariffs would hurt Norland's exports of steel.", "Lund", against("tariffs"), [(S, "tariffs")]),
    ("wire", "The proposed tax on imported oil would raise prices and cost jobs, the Petroleum Institute said in a statement.", "Petroleum Institute", against("tax on imported oil"), [(S, "tax on imported oil")]),
    ("wire", "Lower interest rates would help the economy grow, Finance Minister Ada Lund told reporters.", "Lund", [(S, "interest rates")], against("interest rates")),
    ("wire", "Senator Lund said a debt moratorium would cut Norland off from world credit markets.", "Lund", against("moratorium"), [(S, "moratorium")]),
]

# constructions not read yet, by the start of their sentence
OPEN = {
    "The tax on fuel will fall hardest on": "'fall (hardest) on X' puts a burden on X: no rule reads it",
    "The reform will cut red tape": "the frame is read (cut + red tape helps) but the statement is dropped later",
    "Senator Ada Lund said the trade deal would open new markets": "'open markets' is a policy act, not yet a benefit",
    "Mr Kent said the debt relief would allow": "'allow X to invest': an enabling verb with an act, not read",
    "Senator Lund said a debt moratorium would cut": "'cut X off from Y' harms X: the particle 'off' is not read",
}


@pytest.mark.parametrize("text,holder,sides,wrong", [open_sides_case(*c[:5], OPEN) for c in CASES])
def test_harms(build_text, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)
