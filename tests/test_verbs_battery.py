"""A battery of common news constructions of verbs that take a to-clause, are negated, or vote (issue 10): invented
sentences, several per construction, each with the sides a careful reader takes (GUIDELINES.md) and the reading that
would be wrong. A case marked `open` fails today: it is counted, not hidden, and passes the day its construction is
read (most need a target phrase the positions do not yet take: "freeze bus fares", "parking charges")."""
from __future__ import annotations

import pytest

from conftest import label_triples

S, O = "supports", "opposes"

# (construction, sentence, holder, sides any one of which is the reading, sides that would be a misreading)
CASES = [
    ("refuse", "The Tories refused to cut council tax.", "Conservative", [(O, "cut council tax")], [(S, "cut council tax")]),
    ("refuse", "Japan refused to lift its tariffs on rice.", "Japan", [(O, "lift"), (S, "tariffs")], [(S, "lift")]),
    ("refuse", "Downing Street refused to publish the legal advice.", "Downing Street", [(O, "publish")], [(S, "publish")]),
    ("refuse", "Mr Kent declined to back the pay deal.", "Kent", [(O, "pay deal")], [(S, "pay deal")]),
    ("refuse", "The city council has declined to raise parking charges.", "council", [(O, "parking charges")], [(S, "parking charges")]),
    ("refuse", "Labour MPs refused to vote for the welfare bill.", "Labour", [(O, "welfare bill")], [(S, "welfare bill")]),
    ("refuse", "France declined to sign the climate accord, officials said on Monday.", "France", [(O, "climate accord")], [(S, "climate accord")]),
    ("refuse", "The Farmers Union has refused to accept the new pay offer.", "Farmers Union", [(O, "pay offer")], [(S, "pay offer")], "open"),
    ("refuse", "The Tories refused to cut council tax this year, the party's leader said on Tuesday.", "Conservative", [(O, "cut council tax")], [(S, "cut council tax")]),
    ("refuse", "Ms Ford leads the council. She refused to raise the tourist levy.", "Ford", [(O, "raise the tourist levy"), (O, "tourist levy")], [(S, "tourist levy")]),
    ("refuse", "The Farmers Union has repeatedly refused to endorse the water charges.", "Farmers Union", [(O, "water charges")], [(S, "water charges")]),
    ("refuse", "Canada declined to join the fishing ban.", "Canada", [(O, "fishing ban")], [(S, "fishing ban")]),
    ("refuse", "The Bank of England refused to lower its base rate.", "Bank of England", [(O, "lower its base rate")], [(S, "lower its base rate")]),
    ("agree", "The Tories agreed to cut council tax.", "Conservative", [(S, "cut council tax")], [(O, "cut council tax")]),
    ("agree", "The Farmers Union agreed to freeze bus fares.", "Farmers Union", [(S, "freeze bus fares")], [(O, "freeze bus fares")]),
    ("agree", "Mr Kent consented to the sale of the rail network.", "Kent", [(S, "sale of the rail network")], [], "open"),
    ("agree", "The Senate agreed to repeal the estate tax.", "Senate", [(O, "estate tax"), (S, "repeal")], [(S, "estate tax")]),
    ("agree", "Brazil has agreed to lift its ban on beef imports.", "Brazil", [(O, "ban on beef imports"), (S, "lift")], [(S, "ban on beef")]),
    ("vow", "The Greens have vowed to raise the minimum wage.", "Green", [(S, "minimum wage")], [(O, "minimum wage")]),
    ("vow", "Ms Ford promised to build more council houses.", "Ford", [(S, "council houses")], [(O, "council houses")]),
    ("vow", "The government pledged to extend free school meals.", "government", [(S, "free school meals")], [(O, "free school meals")]),
    ("vow", "Labour has promised to cut rail fares, the shadow minister said on Sunday.", "Labour", [(S, "cut rail fares")], [(O, "rail fares")]),
    ("seek", "The Green Party will seek to lower the voting age.", "Green", [(S, "lower the voting age")], [(O, "voting age")]),
    ("seek", "Mr Kent is trying to revive the rail link.", "Kent", [(S, "rail link")], [(O, "rail link")], "open"),
    ("seek", "The Farmers Union aims to overturn the pesticide ban.", "Farmers Union", [(O, "pesticide ban"), (S, "overturn")], [(S, "pesticide ban")]),
    ("seek", "The city council moved to ban diesel cars from the town centre.", "council", [(S, "ban diesel cars"), (S, "diesel cars")], []),
    ("seek", "Mr Kent hopes to introduce a sugar tax next year.", "Kent", [(S, "sugar tax")], [(O, "sugar tax")]),
    ("seek", "Ms Ford intends to raise the fuel levy.", "Ford", [(S, "fuel levy")], [(O, "fuel levy")]),
    ("seek", "The government plans to introduce a tourist tax.", "government", [(S, "tourist tax")], [(O, "tourist tax")]),
    ("seek", "Mayor Tom Reed wants to scrap the congestion charge.", "Reed", [(O, "congestion charge")], [(S, "congestion charge")]),
    ("threaten", "The Farmers Union threatened to block the pension reform.", "Farmers Union", [(O, "pension reform")], [(S, "pension reform")]),
    ("threaten", "Mr Kent has threatened to veto the fishing quota.", "Kent", [(O, "fishing quota")], [(S, "fishing quota")]),
    ("threaten", "The Farmers Union threatened to strike over the pension reform.", "Farmers Union", [(O, "pension reform")], [(S, "pension reform")]),
    ("neg", "The Tories have pledged not to cut council tax.", "Conservative", [(O, "cut council tax")], [(S, "cut council tax")]),
    ("neg", "The Farmers Union did not agree to freeze bus fares.", "Farmers Union", [(O, "freeze bus fares")], [(S, "freeze bus fares")]),
    ("neg", "Ms Ford never promised to build a new runway.", "Ford", [], [(S, "runway")]),
    ("neg", "The Greens vowed not to raise the fuel levy.", "Green", [(O, "raise the fuel levy")], [(S, "fuel levy")]),
    ("neg", "Mr Kent said he would not support the welfare bill.", "Kent", [(O, "welfare bill")], [(S, "welfare bill")]),
    ("neg", "Labour will not back the tuition fee rise.", "Labour", [(O, "tuition fee rise")], [(S, "tuition fee rise")]),
    ("neg", "The government has not agreed to lift the ban on fracking.", "government", [], [(S, "lift the ban"), (O, "ban on fracking")]),
    ("neg", "Japan did not promise to cut its rice tariffs.", "Japan", [], [(S, "cut its rice tariffs")]),
    ("neg", "The Tories promised on Monday they would not raise income tax.", "Conservative", [(O, "raise income tax"), (O, "income tax")], [(S, "income tax")]),
    ("neg", "Ms Ford, the transport minister, has pledged not to raise rail fares before the election.", "Ford", [(O, "raise rail fares")], [(S, "rail fares")]),
    ("neg", "The Green Party vowed never to privatise the water industry.", "Green", [(O, "privatise the water industry")], [(S, "privatise")]),
    ("neg", "Ms Ford refused to rule out a rise in fuel duty.", "Ford", [], [(O, "fuel duty")]),
    ("vote", "The Senate voted down the estate tax repeal.", "Senate", [(O, "estate tax repeal")], [(S, "estate tax repeal")]),
    ("vote", "Labour MPs voted against the welfare bill.", "Labour", [(O, "welfare bill")], [(S, "welfare bill")]),
    ("vote", "Labour MPs voted for the welfare bill.", "Labour", [(S, "welfare bill")], [(O, "welfare bill")]),
    ("vote", "The Senate voted to repeal the estate tax.", "Senate", [(O, "estate tax"), (S, "repeal")], [(S, "estate tax")]),
    ("vote", "The city council voted to raise parking charges.", "council", [(S, "raise parking charges")], [(O, "parking charges")]),
    ("vote", "The House of Commons voted through the planning bill on Wednesday.", "House of Commons", [(S, "planning bill")], [(O, "planning bill")]),
    ("vote", "The Senate approved the farm bill on Thursday.", "Senate", [(S, "farm bill")], [(O, "farm bill")]),
    ("vote", "Parliament passed the data protection bill.", "Parliament", [(S, "data protection bill")], [(O, "data protection bill")], "open"),
    ("vote", "The farm bill has been passed by the Senate.", "Senate", [(S, "farm bill")], [(O, "farm bill")], "open"),
    ("vote", "The House of Representatives blocked the spending bill.", "House of Representatives", [(O, "spending bill")], [(S, "spending bill")]),
    ("vote", "President Hale vetoed the spending bill.", "Hale", [(O, "spending bill")], [(S, "spending bill")]),
    ("vote", "The spending bill was vetoed by President Hale.", "Hale", [(O, "spending bill")], [(S, "spending bill")]),
    ("vote", "The House of Lords threw out the planning bill.", "House of Lords", [(O, "planning bill")], [(S, "planning bill")]),
    ("vote", "The Welsh Assembly overturned the smoking ban.", "Assembly", [(O, "smoking ban")], [(S, "smoking ban")]),
    ("vote", "The smoking ban won approval from the Welsh Assembly.", "Assembly", [(S, "smoking ban")], [(O, "smoking ban")]),
    ("vote", "The House of Lords rejected the planning bill by 200 votes to 150.", "House of Lords", [(O, "planning bill")], [(S, "planning bill")]),
    ("vote", "The pension reform was approved by parliament on Tuesday.", "parliament", [(S, "pension reform")], [(O, "pension reform")]),
    ("vote", "The planning bill was blocked by the House of Lords.", "House of Lords", [(O, "planning bill")], [(S, "planning bill")]),
    ("vote", "The Senate voted 60 to 40 in favour of the farm bill.", "Senate", [(S, "farm bill")], [(O, "farm bill")]),
    ("vote", "Despite pressure from business groups, the Senate voted down the estate tax repeal on Thursday.", "Senate", [(O, "estate tax repeal")], [(S, "estate tax repeal")]),
    ("vote", "Labour MPs, who had promised to scrap tuition fees, voted against the welfare bill on Wednesday.", "Labour", [(O, "welfare bill")], [(S, "welfare bill")]),
    ("vote", "The city council unanimously approved plans for a new stadium.", "council", [(S, "stadium")], [(O, "stadium")]),
    ("vote", "The Senate has passed a bill to raise the minimum wage.", "Senate", [(S, "minimum wage"), (S, "bill to raise")], [(O, "minimum wage")], "open"),
    ("vote", "The Tories voted with Labour to block the sugar tax.", "Conservative", [(O, "sugar tax")], [(S, "sugar tax")]),
    ("turn", "Mr Kent has dropped his opposition to the fuel levy.", "Kent", [], [(O, "fuel levy")]),
    ("turn", "Mr Kent said he had no objection to the fuel levy.", "Kent", [], [(O, "fuel levy")]),
    ("turn", "The Greens backed away from their plan to tax flights.", "Green", [(O, "tax flights")], [(S, "tax flights")], "open"),
    ("turn", "France reversed its support for the arms embargo.", "France", [(O, "arms embargo")], [(S, "arms embargo")]),
    ("turn", "The Farmers Union withdrew its backing for the pay deal.", "Farmers Union", [(O, "pay deal")], [(S, "pay deal")]),
    ("turn", "Ms Ford abandoned her plan to raise the fuel levy.", "Ford", [(O, "raise the fuel levy"), (O, "fuel levy")], [(S, "fuel levy")]),
    ("turn", "The Tories dropped plans to cut council tax.", "Conservative", [(O, "cut council tax")], [(S, "cut council tax")]),
    ("turn", "Ms Ford scrapped plans for a new runway.", "Ford", [(O, "runway")], [(S, "runway")]),
    ("turn", "Japan dropped its objection to the trade pact.", "Japan", [], [(O, "trade pact")]),
    ("turn", "The Green Party has withdrawn its opposition to the third runway.", "Green", [], [(O, "third runway")]),
    ("turn", "The government has shelved the rail link.", "government", [(O, "rail link")], [(S, "rail link")], "open"),
    ("turn", "The government made a U-turn on the sugar tax.", "government", [(O, "sugar tax")], [(S, "sugar tax")], "open"),
    ("turn", "The Greens have ended their support for the coalition's fuel levy.", "Green", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("light", "The Farmers Union gave its backing to the fuel levy.", "Farmers Union", [(S, "fuel levy")], [(O, "fuel levy")]),
    ("light", "Ms Ford threw her weight behind the sugar tax.", "Ford", [(S, "sugar tax")], [(O, "sugar tax")]),
    ("light", "The Farmers Union put its weight behind the strike fund.", "Farmers Union", [(S, "strike fund")], [(O, "strike fund")]),
    ("light", "Labour came out in favour of the rail link.", "Labour", [(S, "rail link")], [(O, "rail link")]),
    ("light", "Ms Ford stood by the decision to close the mines.", "Ford", [(S, "close the mines")], [(O, "close the mines")]),
    ("light", "The Tories have stuck to a pledge to cut council tax.", "Conservative", [(S, "cut council tax")], [(O, "cut council tax")], "open"),
    ("light", "The government held firm on the fuel levy.", "government", [(S, "fuel levy")], [(O, "fuel levy")]),
    ("light", "Mr Kent stood firm on the sugar tax despite the protests.", "Kent", [(S, "sugar tax")], [(O, "sugar tax")]),
    ("light", "The Greens lent their support to the carbon tax.", "Green", [(S, "carbon tax")], [(O, "carbon tax")]),
    ("light", "The city council gave the green light to the new stadium.", "council", [(S, "stadium")], [(O, "stadium")], "open"),
    ("light", "Ms Ford threw her support behind the rail link.", "Ford", [(S, "rail link")], [(O, "rail link")]),
    ("light", "The Senate gave final approval to the farm bill.", "Senate", [(S, "farm bill")], [(O, "farm bill")]),
    ("light", "Labour has thrown its weight behind calls for a windfall tax.", "Labour", [(S, "windfall tax")], [(O, "windfall tax")]),
    ("light", "Mr Kent signed up to the climate pledge.", "Kent", [(S, "climate pledge")], [(O, "climate pledge")]),
    ("light", "The Bank of England stuck by its plan to raise interest rates.", "Bank of England", [(S, "raise interest rates")], [(O, "interest rates")]),
    ("light", "The Green Party came out against the sugar tax.", "Green", [(O, "sugar tax")], [(S, "sugar tax")]),
    ("light", "Ms Ford took a stand against the sugar tax.", "Ford", [(O, "sugar tax")], [(S, "sugar tax")], "open"),
    ("light", "The Farmers Union has stuck to its call for a cap on water charges.", "Farmers Union", [(S, "cap on water charges")], [(O, "water charges")]),
    ("light", "Mr Kent insisted on Friday he still stood by his pledge to cut the fuel levy.", "Kent", [(S, "cut the fuel levy"), (O, "fuel levy")], [(O, "cut the fuel levy")]),
    ("pressed", "Mr Kent has faced pressure from the Farmers Union to drop the fuel levy.", "Farmers Union", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("pressed", "Mr Kent has faced pressure from the Farmers Union to drop the fuel levy.", "Kent", [], [(O, "fuel levy")]),
    ("pressed", "Ms Ford came under pressure from Labour MPs to shelve the sugar tax.", "Ford", [], [(O, "sugar tax")]),
    ("turn", "Mr Kent will resign if the Greens withdraw their support for the fuel levy.", "Green", [], [(O, "fuel levy")]),
    ("turn", "The Farmers Union said it would drop its objection to the pay deal.", "Farmers Union", [], [(O, "pay deal")]),
    ("adopt", "Ms Ford promised to sign the climate accord.", "Ford", [(S, "climate accord")], [(O, "climate accord")]),
    ("adopt", "Norway has agreed to join the fishing ban, its foreign minister said.", "Norway", [(S, "fishing ban")], [(O, "fishing ban")]),
    ("adopt", "The Greens refused to ratify the trade treaty.", "Green", [(O, "trade treaty")], [(S, "trade treaty")]),
    ("adopt", "The Farmers Union has refused to negotiate the pay deal.", "Farmers Union", [(O, "pay deal")], [(S, "pay deal")]),
    ("adopt", "Canada declined to renegotiate the fishing quota on Tuesday.", "Canada", [(O, "fishing quota")], [(S, "fishing quota")]),
    ("adopt", "Mr Kent agreed to discuss the pay deal.", "Kent", [], [(S, "pay deal"), (O, "pay deal")]),
    ("light", "The Farmers Union walked out over the pension reform on Friday.", "Farmers Union", [(O, "pension reform")], [(S, "pension reform")]),
    ("light", "France has put its full weight behind the fishing quota.", "France", [(S, "fishing quota")], [(O, "fishing quota")]),
    ("light", "Mr Kent is sticking by the fuel levy despite its cost.", "Kent", [(S, "fuel levy")], [(O, "fuel levy")]),
    ("neg", "Labour promised they would cut rail fares if elected.", "Labour", [(S, "cut rail fares")], [(O, "cut rail fares")]),
    ("neg", "Mr Kent vowed that he would never raise the fuel levy.", "Kent", [(O, "raise the fuel levy")], [(S, "raise the fuel levy")]),
    ("neg", "The Greens have pledged they will not extend the tourist tax.", "Green", [(O, "extend the tourist tax")], [(S, "extend the tourist tax")]),
    ("neg", "Mr Kent warned that the Greens would not cut the fuel levy.", "Kent", [], [(O, "cut the fuel levy"), (S, "cut the fuel levy")]),
]


def _params():
    for case in CASES:
        marks = [pytest.mark.xfail(strict=False, reason="construction not read yet")] if case[-1] == "open" else []
        yield pytest.param(*case[:5], marks=marks, id=f"{case[0]}: {case[1][:60]}")


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(_params()))
def test_verb_battery(build_text, construction, text, holder, sides, wrong):
    triples = label_triples(build_text(text))
    mine = [(r, o.lower()) for s, r, o in triples if holder.lower() in s.lower() and r in (S, O, "warns")]
    assert not [(r, o) for r, o in mine for rr, t in wrong if r == rr and o.startswith(t.lower())], sorted(triples)
    assert not sides or any(r == rr and t.lower() in o for r, o in mine for rr, t in sides), sorted(triples)
