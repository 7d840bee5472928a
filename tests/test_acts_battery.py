"""A battery of sides taken by doing, promising or trying rather than by saying "support" or "oppose" (issue 10,
session 9): nouns of commitment with their owner and to-clause ("Labour's pledge to scrap tuition fees"), acts
against or for a thing ("marched against the levy", "lobbied for a cap"), pledges, votes and refusals of acts of
policy ("promised to build more homes", "refused to publish the advice"), acts refused with a partner ("would not form
a coalition with X"), and the readings that must not appear. Every sentence is invented (names, bodies and
policies), with the sides a careful reader takes (GUIDELINES.md). A case marked `open` is not read yet: it is
counted, not hidden, and passes the day its construction is read."""
from __future__ import annotations

import pytest

from conftest import label_triples

S, O = "supports", "opposes"

# (construction, sentence, holder, sides any one of which is the reading, sides that would be a misreading)
CASES = [
    # a noun of commitment or effort with its owner and its to-clause: the owner backs the act (FrameNet Commitment, Attempt)
    ("owned-intent", "Labour's commitment to lower income tax was repeated on Monday.", "Labour", [(S, "lower income tax")], [(O, "lower income tax")]),
    ("owned-intent", "Mr Kent's promise to scrap the fuel levy angered the Greens.", "Kent", [(S, "scrap the fuel levy"), (O, "fuel levy")], [(S, "fuel levy")]),
    ("owned-intent", "The Liberal Democrats' pledge to abolish tuition fees proved popular.", "Liberal Democrat", [(S, "abolish tuition fees"), (O, "tuition fees")], [(S, "tuition fees")]),
    ("owned-intent", "The Bank of England's plan to raise interest rates worried exporters.", "Bank of England", [(S, "raise interest rates")], [(O, "raise interest rates")]),
    ("owned-intent", "Ms Ward and Mr Kent led the campaign. Their bid to privatise the postal service was defeated.", "Ward", [(S, "privatise the postal service")], [(O, "privatise the postal service")]),
    ("owned-intent", "A bid by the Treasury to extend Sunday trading failed on Tuesday.", "Treasury", [(S, "extend sunday trading")], [(O, "extend sunday trading")], "open"),
    ("owned-intent", "The Treasury's decision to freeze public sector pay was attacked by the unions.", "Treasury", [(S, "freeze public sector pay")], [(O, "freeze public sector pay")]),
    ("owned-intent", "The ministry's determination to build a third runway is unshaken.", "ministry", [(S, "third runway")], [(O, "third runway")]),
    ("owned-intent", "President Hale's pledge to halve the budget deficit by 2010 was welcomed by investors.", "Hale", [(S, "halve the budget deficit")], [(O, "halve the budget deficit")]),
    ("owned-intent", "Labour's intention to renationalise the railways has alarmed investors.", "Labour", [(S, "renationalise the railways")], [(O, "renationalise the railways")], "open"),
    ("owned-intent", "Ms Ward's attempt to introduce a sugar tax was blocked by the Senate.", "Ward", [(S, "sugar tax")], [(O, "sugar tax")]),
    ("owned-intent", "The Farmers Union's campaign to block the pesticide ban gathered pace this week.", "Farmers Union", [(O, "pesticide ban")], [(S, "pesticide ban")]),
    ("owned-intent", "Senator Ada Lund renewed her promise to cut the fuel levy.", "Lund", [(S, "cut the fuel levy"), (O, "fuel levy")], [(S, "fuel levy")]),
    ("owned-intent", "Norway's offer to lift its ban on whale meat imports was rejected by Japan.", "Norway", [(S, "lift its ban"), (O, "ban on whale meat")], [(S, "ban on whale meat")], "open"),
    ("owned-intent", "The company's plans to close its Leeds plant were announced on Friday, Norcast Steel said.", "Norcast", [(S, "close its leeds plant")], [(O, "close its leeds plant")], "open"),
    ("owned-intent", "Mr Kent made a promise to freeze council tax for two years.", "Kent", [(S, "freeze council tax")], [(O, "freeze council tax")], "open"),
    ("owned-intent", "The Greens renewed their pledge to ban diesel cars from city centres.", "Green", [(S, "ban diesel cars")], [(O, "ban diesel cars")]),
    ("owned-intent", "The Farmers Union has abandoned its bid to scrap the milk quota.", "Farmers Union", [], [(S, "scrap the milk quota")]),
    ("owned-intent", "Canada's refusal to cut its dairy tariffs angered New Zealand.", "Canada", [(O, "cut its dairy tariffs")], [(S, "cut its dairy tariffs")], "open"),
    ("owned-intent", "Ms Ward, the transport minister, announced a plan to build two new bridges over the Tyne.", "Ward", [(S, "build two new bridges"), (S, "new bridges")], [(O, "new bridges")]),
    # acts against a thing: campaigning, protesting, marching, lobbying, suing, appealing, striking (FrameNet Protest)
    ("against", "The Farmers Union campaigned against the fuel levy for two years.", "Farmers Union", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("against", "The National Union of Students protested against the rise in tuition fees on Saturday.", "National Union of Students", [(O, "rise in tuition fees"), (O, "tuition fees")], [(S, "rise in tuition fees")]),
    ("against", "Members of the Farmers Union marched against the pesticide ban in London on Sunday.", "Farmers Union", [(O, "pesticide ban")], [(S, "pesticide ban")], "open"),
    ("against", "The Teachers Union demonstrated outside parliament against the exam reforms.", "Teachers Union", [(O, "exam reforms")], [(S, "exam reforms")]),
    ("against", "Skyway Airlines lobbied hard against the aviation tax last year.", "Skyway", [(O, "aviation tax")], [(S, "aviation tax")]),
    ("against", "Northgate Council has taken legal action against the incinerator plan.", "Northgate Council", [(O, "incinerator plan")], [(S, "incinerator plan")], "open"),
    ("against", "The Greens sought to overturn the smoking ban.", "Green", [(O, "smoking ban")], [(S, "smoking ban")]),
    ("against", "The Farmers Union launched a legal challenge against the pesticide levy.", "Farmers Union", [(O, "pesticide levy")], [(S, "pesticide levy")], "open"),
    ("against", "The Farmers Union has launched a court challenge to the pesticide levy.", "Farmers Union", [(O, "pesticide levy")], [(S, "pesticide levy")], "open"),
    ("against", "The Farmers Union has planned a series of protests against the pay freeze.", "Farmers Union", [(O, "pay freeze")], [(S, "pay freeze")]),
    ("against", "Mr Kent spoke out against the fuel levy on Tuesday.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("against", "Ms Ward and Mr Kent have both spoken out against a fuel levy.", "Ward", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("against", "Ms Ward and Mr Kent have both spoken out against a fuel levy.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("against", "Labour MPs rebelled against the welfare bill.", "Labour", [(O, "welfare bill")], [(S, "welfare bill")]),
    ("against", "The Farmers Union staged a protest against the fuel levy outside parliament.", "Farmers Union", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("against", "The Farmers Union went on strike over the pension reform.", "Farmers Union", [(O, "pension reform")], [(S, "pension reform")]),
    ("against", "Senator Ada Lund led the fight against the estate tax repeal.", "Lund", [(O, "estate tax repeal")], [(S, "estate tax repeal")]),
    ("against", "The Farmers Union mounted a campaign against the fuel levy.", "Farmers Union", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("against", "Ms Ward filed a lawsuit against the merger.", "Ward", [(O, "merger")], [(S, "merger")]),
    ("against", "The Greens have threatened legal action against the third runway.", "Green", [(O, "third runway")], [(S, "third runway")], "open"),
    ("against", "Norcast Steel Corp said it had lodged a complaint against the steel quota with the trade commission.", "Norcast", [(O, "steel quota")], [(S, "steel quota")]),
    ("against", "The Tories fought the sugar tax all the way to the Lords.", "Conservative", [(O, "sugar tax")], [(S, "sugar tax")]),
    ("against", "Thousands of farmers joined a rally organised by the Farmers Union against the fuel levy.", "Farmers Union", [(O, "fuel levy")], [(S, "fuel levy")], "open"),
    ("against", "Japan appealed against the WTO ruling on rice tariffs.", "Japan", [(O, "ruling")], [(S, "ruling")], "open"),
    ("against", "The Farmers Union is campaigning to stop the pesticide ban.", "Farmers Union", [(O, "pesticide ban"), (S, "stop the pesticide ban")], [(S, "pesticide ban")]),
    ("against", "The Farmers Union is campaigning to abolish the fuel levy, its president said.", "Farmers Union", [(O, "fuel levy"), (S, "abolish the fuel levy")], [(S, "fuel levy")]),
    ("against", "Brazil has lodged a formal protest over the new coffee quotas.", "Brazil", [(O, "coffee quotas")], [(S, "coffee quotas")]),
    ("against", "The Greens have tabled a motion opposing the third runway.", "Green", [(O, "third runway")], [(S, "third runway")]),
    ("against", "Labour peers voted to block the sugar tax in the Lords last week.", "Labour", [(O, "sugar tax")], [(S, "sugar tax")]),
    ("against", "The Farmers Union has vowed to fight the fuel levy in the courts.", "Farmers Union", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("against", "Mr Kent resigned from the cabinet in protest at the sugar tax.", "Kent", [(O, "sugar tax")], [(S, "sugar tax")]),
    # acts for a thing: pushing, pressing, lobbying, arguing, defending, seeking, tabling
    ("for", "Ms Ward defended her decision to close the coal mine.", "Ward", [(S, "close the coal mine")], [(O, "close the coal mine")]),
    ("for", "The Farmers Union pushed for a cap on water charges.", "Farmers Union", [(S, "cap on water charges")], [(O, "cap on water charges")]),
    ("for", "The Greens have pressed for a ban on diesel cars.", "Green", [(S, "ban on diesel cars")], [(O, "ban on diesel cars")]),
    ("for", "Mr Kent lobbied for a cut in fuel duty.", "Kent", [(S, "cut in fuel duty")], [(O, "cut in fuel duty")]),
    ("for", "Ms Ward argued for a windfall tax on energy firms.", "Ward", [(S, "windfall tax")], [(O, "windfall tax")]),
    ("for", "The Farmers Union will press the ministry to implement the subsidy scheme.", "Farmers Union", [(S, "subsidy scheme")], [(O, "subsidy scheme")]),
    ("for", "Norcast Steel Corp is seeking a 40 pct tariff on imported steel, the company said.", "Norcast", [(S, "tariff on imported steel"), (S, "40 pct tariff")], [(O, "tariff")]),
    ("for", "Japan is seeking a 10 pct cut in rice tariffs, officials said.", "Japan", [(S, "cut in rice tariffs")], [(O, "cut in rice tariffs")]),
    ("for", "Mr Kent wanted a sugar tax and a ban on junk food adverts.", "Kent", [(S, "sugar tax")], [(O, "sugar tax")]),
    ("for", "Mr Kent wanted a sugar tax and a ban on junk food adverts.", "Kent", [(S, "ban on junk food adverts")], [(O, "ban on junk food")]),
    ("for", "The Greens tabled an amendment to scrap the fuel levy.", "Green", [(S, "scrap the fuel levy"), (O, "fuel levy")], [(S, "fuel levy")]),
    ("for", "The Farmers Union's position is to back the pay deal.", "Farmers Union", [(S, "pay deal")], [(O, "pay deal")]),
    ("for", "Ms Ward campaigned for a smoking ban in pubs.", "Ward", [(S, "smoking ban")], [(O, "smoking ban")]),
    ("for", "The Farmers Union fought hard for the subsidy scheme.", "Farmers Union", [(S, "subsidy scheme")], [(O, "subsidy scheme")]),
    ("for", "The Greens have long championed a carbon tax.", "Green", [(S, "carbon tax")], [(O, "carbon tax")]),
    ("for", "Mr Kent stood up for the pension reform at the party conference.", "Kent", [(S, "pension reform")], [(O, "pension reform")]),
    ("for", "The Farmers Union has lobbied ministers for a rise in milk prices.", "Farmers Union", [(S, "rise in milk prices")], [(O, "rise in milk prices")]),
    ("for", "Ms Ward has urged the council to adopt the cycling plan.", "Ward", [(S, "cycling plan")], [(O, "cycling plan")]),
    ("for", "Senator Ada Lund introduced a bill to raise the minimum wage.", "Lund", [(S, "raise the minimum wage"), (S, "minimum wage")], [(O, "minimum wage")]),
    ("for", "The Tories are pushing for an inquiry into rail contracts.", "Conservative", [(S, "inquiry")], [(O, "inquiry")]),
    ("for", "Brazil pressed its case for a new coffee quota at talks in Geneva.", "Brazil", [(S, "coffee quota")], [(O, "coffee quota")]),
    ("for", "The Farmers Union has been lobbying for the subsidy scheme since 2003.", "Farmers Union", [(S, "subsidy scheme")], [(O, "subsidy scheme")]),
    ("for", "Mr Kent put forward a plan to cut business rates.", "Kent", [(S, "cut business rates")], [(O, "cut business rates")], "open"),
    ("for", "Ms Ward drew up proposals to cap bankers' bonuses.", "Ward", [(S, "cap bankers"), (S, "proposals to cap")], [(O, "cap bankers")]),
    ("for", "The Treasury is working to secure a trade deal with Canada.", "Treasury", [(S, "trade deal")], [(O, "trade deal")], "open"),
    # a pledge, plan, vote, attempt or refusal of an act done to a thing: the act is the position
    ("act", "The city council voted to raise parking charges.", "council", [(S, "raise parking charges")], [(O, "raise parking charges")]),
    ("act", "Ms Ford promised to build more council houses.", "Ford", [(S, "council houses")], [(O, "council houses")]),
    ("act", "The Farmers Union agreed to freeze bus fares.", "Farmers Union", [(S, "freeze bus fares")], [(O, "freeze bus fares")]),
    ("act", "The Tories vowed to privatise the water industry.", "Conservative", [(S, "privatise the water industry")], [(O, "privatise the water industry")]),
    ("act", "Downing Street refused to publish the legal advice.", "Downing Street", [(O, "publish the legal advice")], [(S, "publish the legal advice")]),
    ("act", "Labour has pledged to renationalise the railways.", "Labour", [(S, "renationalise the railways")], [(O, "renationalise the railways")]),
    ("act", "The government plans to sell its stake in the Post Office.", "government", [(S, "sell its stake")], [(O, "sell its stake")], "open"),
    ("act", "Ms Ward promised to close the coal mine by 2008.", "Ward", [(S, "close the coal mine")], [(O, "close the coal mine")]),
    ("act", "The city council voted to expand the northern runway.", "council", [(S, "expand the northern runway")], [(O, "expand the northern runway")]),
    ("act", "The Senate voted to tighten gun controls on Thursday.", "Senate", [(S, "tighten gun controls")], [(O, "tighten gun controls")]),
    ("act", "Norway has agreed to reopen its fishing grounds to EU boats.", "Norway", [(S, "reopen its fishing grounds")], [(O, "reopen its fishing grounds")]),
    ("act", "The Treasury intends to tax private jets from next April.", "Treasury", [(S, "tax private jets")], [(O, "tax private jets")]),
    ("act", "The Bank of England agreed to ease its lending rules.", "Bank of England", [(S, "ease its lending rules")], [(O, "ease its lending rules")]),
    ("act", "The ministry has promised to publish the new school league tables.", "ministry", [(S, "publish the new school league tables")], [(O, "school league tables")]),
    ("act", "Japan agreed to open its rice market to imports, the trade ministry said.", "Japan", [(S, "open its rice market")], [(O, "open its rice market")]),
    ("act", "The council has refused to subsidise the bus service.", "council", [(O, "subsidise the bus service")], [(S, "subsidise the bus service")]),
    ("act", "The Greens want to nationalise the energy companies.", "Green", [(S, "nationalise the energy companies")], [(O, "nationalise the energy companies")]),
    ("act", "Ms Ward tried to delay the vote on the fuel levy.", "Ward", [], [(O, "fuel levy"), (S, "fuel levy")]),
    ("act", "Mr Kent has promised to hire 5,000 more police officers.", "Kent", [(S, "hire 5,000 more police officers"), (S, "police officers")], [(O, "police officers")], "open"),
    ("act", "The company voted to merge with its rival Norcast Steel.", "company", [], [(O, "Norcast")]),
    # an act refused with a partner, and sides set against a thing
    ("partner", "The Greens would not govern alongside the Farmers Party, Mr Kent said.", "Green", [(O, "Farmers Party")], [(S, "Farmers Party")]),
    ("partner", "Labour ruled out a deal with the Greens.", "Labour", [(O, "deal with the greens"), (O, "Green")], [(S, "deal"), (S, "Green")], "open"),
    ("partner", "Mr Kent refused to form a pact with the Farmers Party.", "Kent", [(O, "pact with the farmers party"), (O, "Farmers Party")], [(S, "pact"), (S, "Farmers Party")]),
    ("partner", "The Greens said they would never enter a coalition with Labour.", "Green", [(O, "coalition with labour"), (O, "Labour")], [(S, "coalition"), (S, "Labour")]),
    ("partner", "The Farmers Union is firmly set against the fuel levy.", "Farmers Union", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("partner", "Most Labour MPs are dead set against the welfare bill.", "Labour", [(O, "welfare bill")], [(S, "welfare bill")]),
    ("partner", "Ms Ward has set herself against the fuel levy.", "Ward", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("partner", "The Farmers Union introduced the milk quota. Mr Kent is set against it.", "Kent", [(O, "milk quota")], [(S, "milk quota")]),
    ("partner", "Labour would not work with the Tories on the budget, Mr Kent said.", "Labour", [(O, "Conservative")], [(S, "Conservative")]),
    ("partner", "The Greens agreed to go into coalition with Labour.", "Green", [(S, "coalition"), (S, "Labour")], [(O, "coalition"), (O, "Labour")], "open"),
    # readings that must not appear: a denied or given-up act, an act by others, a condition
    ("not", "The Farmers Union did not campaign against the fuel levy.", "Farmers Union", [], [(O, "fuel levy")]),
    ("not", "Mr Kent has never protested against the fuel levy.", "Kent", [], [(O, "fuel levy")]),
    ("not", "The Greens abandoned their bid to scrap the fuel levy.", "Green", [], [(S, "scrap the fuel levy")]),
    ("not", "Mr Kent dropped his campaign against the fuel levy.", "Kent", [], [(O, "fuel levy")]),
    ("not", "Police broke up a protest against the fuel levy.", "Police", [], [(O, "fuel levy"), (S, "fuel levy")], "open"),
    ("not", "The bid to privatise the water board was opposed by Ms Ward.", "Ward", [(O, "privatise the water board")], [(S, "privatise the water board")]),
    ("not", "Ms Ward failed in her attempt to block the fuel levy.", "Ward", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("not", "The Farmers Union does not plan to strike over the pension reform.", "Farmers Union", [], [(O, "pension reform")]),
    ("not", "Mr Kent denied that he had lobbied for the fuel levy.", "Kent", [], [(S, "fuel levy")], "open"),
    ("not", "Ms Ward's plan to lower the fuel levy was attacked by Mr Kent.", "Kent", [(O, "lower the fuel levy")], [(S, "lower the fuel levy"), (S, "fuel levy")]),
    ("not", "Ms Ward's plan to lower the fuel levy was attacked by Mr Kent.", "Ward", [(S, "lower the fuel levy")], [(O, "lower the fuel levy"), (S, "fuel levy")]),
    ("not", "The Farmers Union would campaign against the fuel levy if it were raised, Mr Kent said.", "Farmers Union", [], [(S, "fuel levy")]),
    ("partner", "Labour has ruled out a pact with the Greens at the next election.", "Labour", [(O, "pact with the greens"), (O, "Green")], [(S, "pact"), (S, "Green")]),
    ("partner", "We will never share power with the Farmers Party, the Green leader Ms Ward said.", "Ward", [(O, "Farmers Party")], [(S, "Farmers Party")], "open"),
    ("act", "The union fought to save the coal mine.", "union", [(S, "save the coal mine")], [(O, "save the coal mine")], "open"),
    ("act", "The Farmers Union fought to keep the milk quota.", "Farmers Union", [(S, "milk quota"), (S, "keep the milk quota")], [(O, "milk quota"), (O, "keep the milk quota")], "open"),
    ("act", "Norcast Steel Corp is lobbying to extend the steel quota, a company spokesman said.", "Norcast", [(S, "extend the steel quota")], [(O, "extend the steel quota")]),
    ("act", "Mr Kent is pushing to raise the tourist levy.", "Kent", [(S, "raise the tourist levy")], [(O, "raise the tourist levy")]),
    ("act", "Ms Ward promised to hold a referendum on the euro.", "Ward", [(S, "referendum")], [(O, "referendum")], "open"),
    ("act", "The board agreed to meet the unions next week.", "board", [], [(S, "unions"), (O, "unions")]),
    ("act", "Mr Kent agreed to discuss the pay deal with the unions.", "Kent", [], [(S, "pay deal"), (O, "pay deal")]),
    ("owned-intent", "Ms Ward gave a pledge to cut business rates.", "Ward", [(S, "cut business rates")], [(O, "cut business rates")]),
    ("owned-intent", "The Farmers Union mounted a bid to reverse the pesticide ban.", "Farmers Union", [(O, "pesticide ban"), (S, "reverse the pesticide ban")], [(S, "pesticide ban")]),
    ("not", "The Farmers Union has launched a court challenge to the pesticide levy.", "court", [], [(O, "pesticide levy")]),
    ("not", "Britain will work with France on the fishing treaty.", "United Kingdom", [], [(S, "France"), (O, "France")]),
    ("not", "Labour has not ruled out a pact with the Greens.", "Labour", [], [(O, "Green"), (O, "pact")]),
    ("partner", "Mr Kent said the Farmers Union would refuse to cooperate with the Greens.", "Farmers Union", [(O, "Green")], [(S, "Green")]),
    ("for", "Labour's aim is to abolish tuition fees by 2010.", "Labour", [(S, "abolish tuition fees"), (O, "tuition fees")], [(S, "tuition fees")]),
    ("for", "The Farmers Union's goal is to scrap the fuel levy, its chairman said.", "Farmers Union", [(O, "fuel levy"), (S, "scrap the fuel levy")], [(S, "fuel levy")]),
    ("owned-intent", "Labour's plan to privatise the Post Office was attacked by the unions.", "Labour", [(S, "privatise the post office")], [(S, "Post Office"), (O, "Post Office")]),
    ("owned-intent", "Mr Kent criticised the Treasury's plans to reform the BBC.", "Treasury", [(S, "reform the bbc")], [(S, "BBC"), (O, "BBC")]),
    ("act", "Labour wants to raise the minimum wage, its leader said on Monday.", "Labour", [(S, "raise the minimum wage")], [(O, "raise the minimum wage"), (O, "minimum wage")]),
    ("act", "The Greens wanted to freeze bus fares for pensioners.", "Green", [(S, "freeze bus fares")], [(O, "freeze bus fares")]),
    ("not", "Mr Kent wants to know more about the fuel levy.", "Kent", [], [(S, "fuel levy"), (O, "fuel levy")]),
]


def _params():
    for case in CASES:
        marks = [pytest.mark.xfail(strict=False, reason="construction not read yet")] if case[-1] == "open" else []
        yield pytest.param(*case[:5], marks=marks, id=f"{case[0]}: {case[1][:60]}")


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(_params()))
def test_acts_battery(build_text, construction, text, holder, sides, wrong):
    triples = label_triples(build_text(text))
    mine = [(r, o.lower()) for s, r, o in triples if holder.lower() in s.lower() and r in (S, O, "warns")]
    assert not [(r, o) for r, o in mine for rr, t in wrong if r == rr and o.startswith(t.lower())], sorted(triples)
    assert not sides or any(r == rr and t.lower() in o for r, o in mine for rr, t in sides), sorted(triples)
