"""A battery of the constructions that lost stances on fresh BBC text (issue 10, classes A and E of the unseen
articles' missed lists): a cue word that reads nothing (a verb of rejecting a proposal, accusing an actor of a
deed, the second of two coordinated acts, an appeal not to act, committing oneself, a body's support had by a
plan, a copular pledge) and holders that are groups or descriptions of a body ("the party's directors", "a
spokesman for X", "Labour MPs"). Invented sentences, several per construction, each with the sides a careful
reader takes (GUIDELINES.md) and the reading that would be wrong. A case marked `open` is not read yet: it is
counted, not hidden, and passes the day its construction is read."""
from __future__ import annotations

import pytest

from conftest import assert_sides

S, O, W = "supports", "opposes", "warns"

# (construction, sentence, holder, sides any one of which is the reading, sides that would be a misreading)
CASES = [
    # --- rejecting a proposal: FrameNet Respond_to_proposal (shun, spurn, rebuff, turn down, brush aside, ...)
    ("reject", "The government shunned calls for a windfall tax.", "government", [(O, "windfall tax")], [(S, "windfall tax")]),
    ("reject", "Ms Ward has rebuffed the Farmers Union's demands for a fuel rebate.", "Ward", [(O, "fuel rebate")], [(S, "fuel rebate")]),
    ("reject", "The Kestrel Bank board turned down the takeover offer on Monday.", "Kestrel", [(O, "takeover offer")], [(S, "takeover offer")]),
    ("reject", "Senator Ada Lund brushed aside the proposal for a sugar tax.", "Lund", [(O, "sugar tax")], [(S, "sugar tax")]),
    ("reject", "The Treasury dismissed the report on the fuel levy as nonsense.", "Treasury", [(O, "report")], [(S, "report")], "open"),
    ("reject", "Mr Tom Kent spurned the offer of a seat in the cabinet.", "Kent", [(O, "offer")], [(S, "offer")]),
    ("reject", "The Greens have repeatedly shunned the idea of a coalition with Labour.", "Green", [(O, "coalition")], [(S, "coalition")]),
    ("reject", "Ministers snubbed the pay claim of the nurses, a union leader said.", "", [], [(S, "pay claim")]),
    ("reject", "The rail unions have rejected the pay offer.", "rail unions", [(O, "pay offer")], [(S, "pay offer")], "open"),
    ("reject", "The takeover bid was turned down by the Kestrel Bank board.", "Kestrel", [(O, "takeover bid")], [(S, "takeover bid")]),
    ("reject", "Tom Kent did not shun the plan for a toll road.", "Kent", [], [(O, "toll road")]),
    ("reject", "Norland and Estavia have declined the offer of a debt freeze, officials said.", "Estavia", [(O, "debt freeze")], [(S, "debt freeze")]),
    ("reject", "Norland and Estavia have declined the offer of a debt freeze, officials said.", "Norland", [(O, "debt freeze")], [(S, "debt freeze")]),
    ("reject", "Kestrel Bank declined 4 pct on Monday after the takeover offer lapsed.", "Kestrel", [], [(O, "4 pct"), (O, "takeover offer")]),
    ("reject", "Anna Berg declined to comment on the fuel levy.", "Berg", [], [(O, "fuel levy"), (S, "fuel levy")]),
    ("phrasal", "Norland has stuck with the export quota despite the protests.", "Norland", [(S, "export quota")], [(O, "export quota")]),
    ("phrasal", "Tom Lund stuck with his wife through the trial.", "Lund", [], [(S, "wife")]),
    ("idiom", "Norland officials pointed the finger at the export quota.", "Norland", [(O, "export quota")], [(S, "export quota")]),
    ("idiom", "The minister Ann Berg pointed her finger at the map.", "Berg", [], [(O, "map")]),
    ("reject", "The Farmers Union swept aside the plan for a sugar tax on Tuesday.", "Farmers Union", [(O, "sugar tax")], [(S, "sugar tax")]),
    ("reject", "Ms Ward waved aside the proposal for a fuel rebate, saying it was too costly.", "Ward", [(O, "fuel rebate")], [(S, "fuel rebate")]),
    ("reject", "Labour has shunned the water charge, the party said.", "Labour", [(O, "water charge")], [(S, "water charge")]),
    ("reject", "The tourist tax was shunned by the Farmers Union.", "Farmers Union", [(O, "tourist tax")], [(S, "tourist tax")]),
    ("reject", "Tom Kent set aside the report on the fuel levy.", "Kent", [], [(O, "fuel levy"), (S, "fuel levy")]),
    # --- accusing an actor of a deed
    ("accuse", "Tom Kent accused Anna Berg of misleading voters.", "Kent", [(O, "Berg")], [(S, "Berg")]),
    ("accuse", "The Farmers Union accused the Ministry of Agriculture of ignoring small farms.", "Farmers Union", [(O, "Ministry of Agriculture")], [(S, "Ministry")]),
    ("accuse", "Greenway Motors accused Kestrel Bank of illegally taking part in the auction.", "Greenway", [(O, "Kestrel")], [(S, "Kestrel")]),
    ("accuse", "Labour has accused the Conservatives of planning deep cuts.", "Labour", [(O, "Conservative")], [(S, "Conservative")]),
    ("accuse", "Senator Ada Lund accused the White House of hiding the cost of the war.", "Lund", [(O, "White House")], [(S, "White House")]),
    ("accuse", "Anna Berg was accused by Tom Kent of wasting public money.", "Kent", [(O, "Berg")], [(S, "Berg")]),
    ("accuse", "Mr Kent denied accusing Ms Berg of lying.", "Kent", [], [(S, "Berg")]),
    ("accuse", "The Liberal Democrats accused Tom Kent of dodging the main issue.", "Liberal Democrat", [(O, "Kent")], [(S, "Kent")]),
    # --- two coordinated acts after one appeal or promise: the second act is a side too
    ("coord", "Anna Berg called on the government to freeze rail fares and scrap the fuel levy.", "Berg", [(O, "fuel levy"), (S, "scrap the fuel levy")], [(S, "fuel levy")]),
    ("coord-first", "Anna Berg called on the government to freeze rail fares and scrap the fuel levy.", "Berg", [(S, "freeze rail fares")], []),
    ("coord", "The Farmers Union urged ministers to cut diesel duty and to extend the fuel rebate.", "Farmers Union", [(S, "extend the fuel rebate"), (S, "fuel rebate")], [(O, "fuel rebate")]),
    ("coord", "The Tories promised to raise the state pension and pay the child credit in cash.", "Conservative", [(S, "child credit")], [(O, "child credit")], "open"),
    ("coord-first", "The Tories promised to raise the state pension and pay the child credit in cash.", "Conservative", [(S, "state pension")], []),
    ("coord", "Tom Kent pledged to build new council houses and to cut the bus fares.", "Kent", [(S, "cut the bus fares")], [(O, "bus fares")]),
    ("coord", "The Greens want to close the coal plant and ban diesel cars.", "Green", [(S, "ban diesel cars")], [(O, "ban diesel cars")], "open"),
    ("coord-first", "The Greens want to close the coal plant and ban diesel cars.", "Green", [(S, "close the coal plant")], []),
    ("coord", "Liberty has called on ministers to either free or charge the detained men.", "Liberty", [(S, "free or charge"), (S, "charge the detained men"), (S, "free")], [], "open"),
    ("coord", "Ms Ward urged the council to act sooner and to publish the audit.", "Ward", [(S, "publish the audit"), (S, "audit")], []),
    # --- appeals not to act: the side is against the act
    ("urge-not", "Mr Kent urged ministers not to raise the fuel levy.", "Kent", [(O, "raise the fuel levy"), (O, "fuel levy")], [(S, "raise the fuel levy"), (S, "fuel levy")]),
    ("urge-not", "The Farmers Union has called on the government not to sell the water company.", "Farmers Union", [(O, "sell the water company")], [(S, "sell the water company")]),
    ("urge-not", "Senator Ada Lund pressed the Senate not to repeal the estate tax.", "Lund", [(O, "repeal the estate tax")], [(S, "repeal the estate tax")], "open"),
    ("urge-not", "The bishops urged voters not to back parties that exploit fear.", "", [], [(S, "parties")]),
    ("urge-not", "Anna Berg asked the board not to close the Leeds plant.", "Berg", [(O, "close the Leeds plant")], [(S, "close the Leeds plant")]),
    ("urge-not", "Ms Ward urged her party never to join a coalition with the Greens.", "Ward", [(O, "coalition")], [(S, "coalition")]),
    # --- committing oneself to a policy
    ("commit", "Labour has committed itself to free childcare for every family.", "Labour", [(S, "free childcare")], [(O, "free childcare")], "open"),
    ("commit", "The Greens have committed themselves to a ban on diesel cars.", "Green", [(S, "ban on diesel cars")], [(O, "ban on diesel cars")]),
    ("commit", "Tom Kent committed himself to the fuel rebate in his speech on Friday.", "Kent", [(S, "fuel rebate")], [(O, "fuel rebate")]),
    ("commit", "The government is committed to the rail link.", "government", [(S, "rail link")], [(O, "rail link")], "open"),
    ("commit", "Ms Ward said she was fully committed to the sugar tax.", "Ward", [(S, "sugar tax")], [(O, "sugar tax")]),
    ("commit", "The Farmers Union remains committed to the pay deal.", "Farmers Union", [(S, "pay deal")], [(O, "pay deal")]),
    ("commit", "The board has not committed itself to the merger.", "board", [], [(S, "merger")]),
    # --- a plan has the support of a body: the body is the holder
    ("had-support", "The pipeline project has the support of the European Union.", "European Union", [(S, "pipeline project")], [(O, "pipeline project")]),
    ("had-support", "The sugar tax has the backing of the Farmers Union.", "Farmers Union", [(S, "sugar tax")], [(O, "sugar tax")]),
    ("had-support", "The toll road won the support of Tom Kent last week.", "Kent", [(S, "toll road")], [(O, "toll road")]),
    ("had-support", "The fuel levy has the full support of the Treasury, officials said.", "Treasury", [(S, "fuel levy")], [(O, "fuel levy")]),
    ("had-support", "The rail link lost the support of the Green Party in March.", "Green", [], [(S, "rail link")]),
    ("had-support", "The merger has won the backing of Kestrel Bank's shareholders.", "Kestrel", [(S, "merger")], [(O, "merger")], "open"),
    ("had-support", "The sugar tax lacks the support of the Farmers Union.", "Farmers Union", [], [(S, "sugar tax")]),
    # --- the pledge is to act
    ("copular", "The Greens launched their manifesto. Their flagship pledge is to scrap the fuel levy.", "Green", [(S, "scrap the fuel levy"), (O, "fuel levy")], [(S, "fuel levy")]),
    ("copular", "The main aim of the Farmers Union is to cut diesel duty.", "Farmers Union", [(S, "cut diesel duty")], [(O, "diesel duty")]),
    ("copular", "Labour's key promise is to build new council houses.", "Labour", [(S, "council houses")], [(O, "council houses")]),
    ("copular", "Tom Kent's plan is to sell the rail network.", "Kent", [(S, "sell the rail network")], [(O, "rail network")]),
    ("copular", "The stated goal of the Green Party is to ban diesel cars by 2020.", "Green", [(S, "ban diesel cars")], [(O, "ban diesel cars")]),
    ("copular", "The aim of Kestrel Bank was to cut its costs by a fifth, the bank said.", "Kestrel", [(S, "cut its costs")], []),
    ("copular", "The aim of the new scheme is to cut diesel duty.", "", [], [(O, "diesel duty")]),
    ("copular", "The intention of the Farmers Union is to fight the fuel levy in the courts.", "Farmers Union", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("copular", "The government's intention is not to raise the fuel levy, the minister said.", "government", [(O, "raise the fuel levy")], [(S, "raise the fuel levy")]),
    ("copular", "Labour's aim was never to sell the rail network.", "Labour", [(O, "sell the rail network")], [(S, "sell the rail network")]),
    ("copular", "The aim of the Farmers Union is not to block the sugar tax.", "Farmers Union", [], [(S, "block the sugar tax")]),
    ("copular", "The problem is to find the money for the rail link.", "", [], [(S, "find the money")]),
    # --- welcoming, insisting, fighting
    ("welcome", "Oxfam welcomed the statement on debt relief.", "Oxfam", [(S, "statement")], [(O, "statement")], "open"),
    ("welcome", "Berlin welcomed the decision of the Commission.", "Germany", [(S, "decision")], [(O, "decision")], "open"),
    ("welcome", "The Farmers Union warmly welcomed the fuel rebate on Tuesday.", "Farmers Union", [(S, "fuel rebate")], [(O, "fuel rebate")]),
    ("welcome", "Ms Ward did not welcome the sugar tax.", "Ward", [], [(S, "sugar tax")]),
    ("insist", "Tom Kent said he would insist on reforms to the tax system.", "Kent", [(S, "reforms")], [(O, "reforms")]),
    ("insist", "The Farmers Union insisted on a fuel rebate.", "Farmers Union", [(S, "fuel rebate")], [(O, "fuel rebate")]),
    ("insist", "Ms Ward insisted on a full inquiry into the crash.", "Ward", [(S, "inquiry")], [(O, "inquiry")], "open"),
    ("fight", "The Farmers Union said it would fight any move to sell the water company.", "Farmers Union", [(O, "sell the water company"), (O, "move")], [(S, "sell the water company")]),
    ("fight", "Tom Kent vowed to fight the fuel levy in the courts.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("fight", "Residents are fighting to stop the toll road.", "", [], [(S, "toll road")]),
    ("fight", "The Save Our Park Group is fighting to prevent the council selling the park.", "Save Our Park", [(O, "selling the park"), (O, "council")], [(S, "selling the park")], "open"),
    ("fight", "Greenway Motors will fight the takeover bid, its chairman said.", "Greenway", [(O, "takeover bid")], [(S, "takeover bid")]),
    ("fight", "Anna Berg fought hard for the rail link.", "Berg", [(S, "rail link")], [(O, "rail link")], "open"),
    ("campaign", "Kestrel Pharma is planning a campaign against false claims about its drug.", "Kestrel", [(O, "false claims"), (O, "claims")], [(S, "claims")], "open"),
    ("campaign", "The Farmers Union has launched a campaign against the fuel levy.", "Farmers Union", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("campaign", "Ms Ward led the campaign for a sugar tax.", "Ward", [(S, "sugar tax")], [(O, "sugar tax")], "open"),
    # --- unhappiness at a prospect
    ("unhappy", "The players appear unhappy at the prospect of a takeover.", "", [], [(S, "takeover")]),
    ("unhappy", "Tom Kent is unhappy with the fuel levy.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("unhappy", "The Farmers Union is unhappy about the sugar tax.", "Farmers Union", [(O, "sugar tax")], [(S, "sugar tax")]),
    ("unhappy", "Anna Berg was delighted with the rail link.", "Berg", [(S, "rail link")], [(O, "rail link")], "open"),
    # --- holders that are a body's group or a description: the body holds the side
    ("holder", "Kestrel Bank's directors have backed the takeover offer.", "Kestrel", [(S, "takeover offer")], [(O, "takeover offer")]),
    ("holder", "The directors of Kestrel Bank have rejected the takeover offer.", "Kestrel", [(O, "takeover offer")], [(S, "takeover offer")]),
    ("holder", "A spokesman for the Farmers Union said it opposed the fuel levy.", "Farmers Union", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("holder", "A spokeswoman for Greenway Motors said the firm would fight the takeover bid.", "Greenway", [(O, "takeover bid")], [(S, "takeover bid")]),
    ("holder", "Labour MPs have criticised the fuel levy.", "Labour", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("holder", "Green Party members voted against the coalition deal.", "Green", [(O, "coalition deal")], [(S, "coalition deal")]),
    ("holder", "EU ministers backed the fishing quota on Monday.", "European Union", [(S, "fishing quota")], [(O, "fishing quota")]),
    ("holder", "G7 finance ministers agreed to defer the debt payments.", "G7", [(S, "defer the debt payments"), (S, "debt payments")], [(O, "debt payments")], "open"),
    ("holder", "Kestrel Bank shareholders have opposed the merger.", "Kestrel", [(O, "merger")], [(S, "merger")]),
    ("holder", "The leader of the Farmers Union condemned the fuel levy.", "Farmers Union", [(O, "fuel levy")], [(S, "fuel levy")], "open"),
    ("holder", "The Dutch prime minister has defended the fishing quota.", "", [], [(O, "fishing quota")]),
    ("holder", "Tom Kent, the head of Greenway Motors, has backed the takeover bid.", "Kent", [(S, "takeover bid")], [(O, "takeover bid")]),
    ("holder", "Both Oxfam and Kestrel Bank have backed the debt deal.", "Oxfam", [(S, "debt deal")], [(O, "debt deal")]),
    ("holder", "Both the Farmers Union and Growers Guild have urged ministers to cut diesel duty.", "Farmers Union", [(S, "cut diesel duty")], [(O, "diesel duty")]),
    ("holder-second", "Both the Farmers Union and Growers Guild have urged ministers to cut diesel duty.", "Growers Guild", [(S, "cut diesel duty")], [(O, "diesel duty")]),
    ("holder-title", "Kestrel Bank's directors have criticised the fuel levy.", "Kestrel Bank", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("holder-title", "The directors of Greenway Motors backed the sugar tax on Friday.", "Greenway Motors", [(S, "sugar tax")], [(O, "sugar tax")]),
    ("holder-title", "Greenway Motors directors will oppose the carbon tax, a source said.", "Greenway Motors", [(O, "carbon tax")], [(S, "carbon tax")]),
    ("holder-title", "The leaders of the Farmers Union have rejected the water charge.", "Farmers Union", [(O, "water charge")], [(S, "water charge")]),
    ("holder-title", "EU ministers endorsed the fishing ban in Brussels.", "European Union", [(S, "fishing ban")], [(O, "fishing ban")]),
    ("holder-title", "Green Party councillors voted against the toll road.", "Green", [(O, "toll road")], [(S, "toll road")]),
    ("holder-title", "The leaders of France and Spain condemned the fishing ban.", "leaders of", [], [(O, "fishing ban")]),
    ("holder-title", "Directors at several banks have backed the savings tax.", "", [], [(O, "savings tax")]),
    ("holder", "Critics say the fuel levy will hurt farmers.", "", [], [(S, "fuel levy")]),
    ("holder", "Business leaders have warned against the sugar tax.", "", [], [(S, "sugar tax")]),
    # --- defending a purchase or a sale
    ("defend", "Tom Kent has defended the purchase of the rail network by Kestrel Bank.", "Kent", [(S, "purchase of the rail network"), (S, "purchase")], [(O, "purchase")]),
    ("defend", "Anna Berg defended the sale of the water company, saying it followed the law.", "Berg", [(S, "sale of the water company")], [(O, "sale")]),
    ("defend", "The Treasury has defended its decision to raise the fuel levy.", "Treasury", [(S, "raise the fuel levy"), (S, "fuel levy"), (S, "decision")], [(O, "fuel levy")]),
    # --- planning, with a hedge and a national holder
    ("plan", "The Dutch government is planning to sell the state bank.", "Netherlands", [(S, "sell the state bank")], [(O, "state bank")]),
    ("plan", "The government is reportedly planning to sell one of its big state banks.", "government", [(S, "sell"), (S, "state banks")], [(O, "state banks")], "open"),
    ("plan", "The Egyptian government is planning to privatise the national airline.", "Egypt", [(S, "privatise the national airline")], [(O, "national airline")]),
    ("plan", "Greenway Motors is planning to close its Leeds plant, the firm said.", "Greenway", [(S, "close its Leeds plant")], [(O, "Leeds plant")]),
    ("plan", "Ms Ward is not planning to raise the fuel levy.", "Ward", [], [(S, "raise the fuel levy")]),
    # --- a reported deontic: the speaker says a policy should be done
    ("should", "The Tories say pensioners should be given free long-term care.", "Conservative", [(S, "free long-term care"), (S, "long-term care")], [(O, "long-term care")], "open"),
    ("should", "Mr Kent said ministers should scrap the fuel levy.", "Kent", [(S, "scrap the fuel levy"), (O, "fuel levy")], [(S, "fuel levy")]),
    ("should", "The Farmers Union says the government should cut diesel duty.", "Farmers Union", [(S, "cut diesel duty")], [(O, "cut diesel duty")]),
    ("should", "Anna Berg said the council should not sell the park.", "Berg", [(O, "sell the park")], [(S, "sell the park")], "open"),
    ("should", "Tom Kent asked whether the council should sell the park.", "Kent", [], [(S, "sell the park"), (O, "sell the park")]),
]


def _params():
    for case in CASES:
        marks = [pytest.mark.xfail(strict=False, reason="construction not read yet")] if case[-1] == "open" else []
        yield pytest.param(*case[:5], marks=marks, id=f"{case[0]}: {case[1][:60]}")


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(_params()))
def test_fresh_battery(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)
