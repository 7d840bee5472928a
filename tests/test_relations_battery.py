"""A battery of the constructions where a sentence is read but its side can come out the wrong way round (issue 10):
a claim rejected ("denied the levy would hurt farmers", "dismissed fears that ..."), whose rejecter takes the
other side of the claim and never voices it; a predicted harm beside a charge; a side conceded to ("despite
objections from X"); a thing wanted to end. Invented sentences, several per construction, each with the sides a
careful reader takes (GUIDELINES.md) and the misreading that must not appear. A case marked `open` fails today:
it is counted, not hidden, and passes the day its construction is read."""
from __future__ import annotations

import pytest

from conftest import assert_sides

S, O, W = "supports", "opposes", "warns"

# (construction, sentence, holder, sides any one of which is the reading, sides that would be a misreading[, "open"])
CASES = [
    # a harm, a fault or a good denied: the one who denies it takes the other side of the claim
    ("deny", "Mr Kent denied that the fuel levy would hurt farmers.", "Kent", [(S, "fuel levy")], [(W, "fuel levy"), (O, "fuel levy")]),
    ("deny", "The Treasury denied the tax cut would widen the deficit.", "Treasury", [(S, "tax cut")], [(W, "tax cut"), (O, "tax cut")]),
    ("deny", "Ms Ward has denied that the new parking charges are unfair.", "Ward", [(S, "parking charges")], [(O, "parking charges")]),
    ("deny", "Senator Ada Lund denied on Tuesday that the farm bill would raise food prices.", "Lund", [(S, "farm bill")], [(W, "farm bill"), (O, "farm bill")]),
    ("deny", "Mr Kent denied the fuel levy was a mistake.", "Kent", [(S, "fuel levy")], [(O, "fuel levy"), (W, "fuel levy")]),
    ("deny", "Ms Ward denied that the tax cut would help families.", "Ward", [(O, "tax cut")], [(S, "tax cut")]),
    ("deny", "The Farmers Union disputed that the pesticide ban would protect wildlife.", "Farmers Union", [(O, "pesticide ban")], [(S, "pesticide ban")]),
    ("deny", "Mr Kent flatly denied that the sugar tax would damage the economy.", "Kent", [(S, "sugar tax")], [(W, "sugar tax"), (O, "sugar tax")]),
    ("deny", "The ministry denied that the import quota would hurt consumers, officials said on Monday.", "ministry", [(S, "import quota")], [(W, "import quota"), (O, "import quota")]),
    ("deny", "Trade Minister Tom Kent denied reports that the import quota would hurt consumers.", "Kent", [(S, "import quota")], [(W, "import quota"), (O, "import quota")]),
    ("deny", "The Greens have always denied that the carbon tax would cost jobs.", "Green", [(S, "carbon tax")], [(W, "carbon tax"), (O, "carbon tax")]),
    ("deny", "Mr Kent, who leads the council, denied the congestion charge was unfair to shopkeepers.", "Kent", [(S, "congestion charge")], [(O, "congestion charge")]),
    ("deny", "Ms Ward denied the pension reform would leave pensioners worse off.", "Ward", [(S, "pension reform")], [(W, "pension reform"), (O, "pension reform")]),
    ("deny", "Norland Steel denied that the merger would cost jobs.", "Norland", [(S, "merger")], [(W, "merger"), (O, "merger")]),
    # a noun of claim or fear rejected: the rejecter takes the other side, and the claim is no policy of its own
    ("dismiss", "Ms Ward dismissed fears that the new rules would cost jobs.", "Ward", [(S, "new rules")], [(W, "new rules"), (O, "fears"), (S, "fears")]),
    ("dismiss", "The Farmers Union rejected claims that the pesticide ban would raise food prices.", "Farmers Union", [(S, "pesticide ban")], [(W, "pesticide ban"), (O, "claims")]),
    ("dismiss", "Senator Ada Lund brushed aside warnings that the tax cut would widen the deficit.", "Lund", [(S, "tax cut")], [(W, "tax cut"), (O, "warnings"), (W, "warnings"), (S, "warnings")]),
    ("dismiss", "Mr Kent rejected suggestions that the fuel levy was unfair.", "Kent", [(S, "fuel levy")], [(O, "fuel levy"), (O, "suggestions")]),
    ("dismiss", "The Treasury played down fears that the tax cut would fuel inflation.", "Treasury", [(S, "tax cut")], [(W, "tax cut"), (O, "fears")]),
    ("dismiss", "The Bank of England dismissed speculation that the rate rise would push the economy into recession.", "Bank of England", [(S, "rate rise")], [(W, "rate rise"), (O, "speculation")]),
    ("dismiss", "Mr Kent scoffed at suggestions that the sugar tax would cost jobs.", "Kent", [(S, "sugar tax")], [(W, "sugar tax"), (O, "suggestions")]),
    ("dismiss", "Mr Kent rejected the idea that the fuel levy would damage growth.", "Kent", [(S, "fuel levy")], [(W, "fuel levy"), (O, "idea")]),
    ("dismiss", "Canada has rejected suggestions that its import tariffs would hurt trade, a spokesman said.", "Canada", [(S, "import tariffs")], [(W, "import tariffs"), (O, "suggestions")]),
    ("dismiss", "Ms Ward dismissed claims that the congestion charge had driven shoppers away.", "Ward", [(S, "congestion charge")], [(O, "congestion charge"), (O, "claims")]),
    ("dismiss", "The Farmers Union dismissed fears that the water charges would help big farms.", "Farmers Union", [(O, "water charges")], [(S, "water charges"), (O, "fears")]),
    ("dismiss", "Mr Kent on Wednesday rejected allegations that the fuel levy was unfair to rural drivers.", "Kent", [(S, "fuel levy")], [(O, "fuel levy"), (O, "allegations")]),
    ("dismiss", "The government has repeatedly dismissed concerns that the fuel levy would hurt tourism.", "government", [(S, "fuel levy")], [(W, "fuel levy"), (O, "concerns")]),
    ("dismiss", "The Greens waved away fears that the carbon tax would hurt the poor.", "Green", [(S, "carbon tax")], [(W, "carbon tax"), (O, "fears")]),
    ("dismiss", "The Treasury rejected the notion that the tax cut would benefit the rich.", "Treasury", [(O, "tax cut")], [(S, "tax cut")]),
    # the passive: the rejecter is the agent
    ("passive", "Claims that the fuel levy would hurt farmers were dismissed by Mr Kent.", "Kent", [(S, "fuel levy")], [(W, "fuel levy"), (O, "claims")]),
    ("passive", "Fears that the new rules would cost jobs have been played down by Ms Ward.", "Ward", [(S, "new rules")], [(W, "new rules"), (O, "fears")]),
    ("passive", "Suggestions that the sugar tax would hurt shops were rejected by the Treasury.", "Treasury", [(S, "sugar tax")], [(W, "sugar tax"), (O, "suggestions")]),
    # a claim called groundless by the one who reports it
    ("groundless", "Fears that the fuel levy would hurt farmers are unfounded, Mr Kent said.", "Kent", [(S, "fuel levy")], [(W, "fuel levy"), (O, "fuel levy")]),
    ("groundless", "Claims that the sugar tax would cost jobs are groundless, the Treasury said.", "Treasury", [(S, "sugar tax")], [(W, "sugar tax"), (O, "sugar tax")]),
    ("groundless", '"Fears that the tax cut will widen the deficit are exaggerated," said Ms Ward.', "Ward", [(S, "tax cut")], [(W, "tax cut")]),
    ("groundless", "Ms Ward said claims that the fuel levy would hurt farmers were nonsense.", "Ward", [(S, "fuel levy")], [(W, "fuel levy")], "open"),
    ("groundless", "Ms Ward said fears that the new rules would cost jobs were exaggerated.", "Ward", [(S, "new rules")], [(W, "new rules")], "open"),
    # the claim's owner named: the owner warns, the rejecter takes the other side (and a side on the owner)
    ("owner", "Mr Kent dismissed the Greens' claims that the fuel levy would hurt farmers.", "Kent", [(S, "fuel levy")], [(W, "fuel levy")]),
    ("owner", "Mr Kent dismissed the Greens' claims that the fuel levy would hurt farmers.", "Green", [(W, "fuel levy")], [(S, "fuel levy")]),
    ("owner", "Mr Kent dismissed claims by the Farmers Union that the fuel levy would hurt farmers.", "Kent", [(S, "fuel levy")], [(W, "fuel levy")]),
    ("owner", "Mr Kent dismissed claims by the Farmers Union that the fuel levy would hurt farmers.", "Farmers Union", [(W, "fuel levy")], [(S, "fuel levy")]),
    ("owner", "Ms Ward rejected the union's warnings that the pension reform would hurt the low paid.", "Ward", [(S, "pension reform")], [(W, "pension reform")]),
    # a rejection denied or refused is no side
    ("not", "Mr Kent did not deny that the fuel levy would hurt farmers.", "Kent", [], [(S, "fuel levy")]),
    ("not", "Ms Ward refused to dismiss fears that the new rules would cost jobs.", "Ward", [], [(S, "new rules")]),
    ("not", "The Treasury has not rejected claims that the tax cut would widen the deficit.", "Treasury", [], [(S, "tax cut")]),
    ("not", "Mr Kent denied that he had misled parliament.", "Kent", [], [(S, "parliament"), (O, "parliament")]),
    ("not", "Ms Ward denied that she had met the lobbyists.", "Ward", [], [(S, "lobbyists"), (O, "lobbyists")]),
    # fears voiced stay warnings; a rejection of the thing itself stays against it
    ("voiced", "Ms Ward voiced fears that the new rules would cost jobs.", "Ward", [(W, "new rules")], [(S, "new rules")]),
    ("voiced", "The Farmers Union raised concerns that the pesticide ban would hurt farmers.", "Farmers Union", [(W, "pesticide ban")], [(S, "pesticide ban")]),
    ("voiced", "Mr Kent said the fuel levy would hurt farmers.", "Kent", [(W, "fuel levy")], [(S, "fuel levy")]),
    ("voiced", "The Treasury rejected the fuel levy.", "Treasury", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("voiced", "Ms Ward dismissed the sugar tax as a gimmick.", "Ward", [(O, "sugar tax")], [(S, "sugar tax")]),
    ("voiced", "Mr Kent warned that the fuel levy would hurt farmers, and dismissed claims that it would cut congestion.", "Kent", [(W, "fuel levy")], [(S, "fuel levy")]),
    # a harm predicted beside a charge: the prediction warns
    ("harm", "The Farmers Union said the fuel levy could force hundreds of farms to close.", "Farmers Union", [(W, "fuel levy")], [(S, "fuel levy")]),
    ("harm", "Ms Ward said the new rules would force families to move.", "Ward", [(W, "new rules")], [(S, "new rules")]),
    ("harm", "Ms Ward warned that the sugar tax would push prices up.", "Ward", [(W, "sugar tax")], [(S, "sugar tax")]),
    ("harm", "Senator Ada Lund said the farm bill would drive small farmers out of business.", "Lund", [(W, "farm bill")], [(S, "farm bill")]),
    ("harm", "The Chamber of Commerce says the congestion charge risks driving shoppers away.", "Chamber of Commerce", [(W, "congestion charge")], [(S, "congestion charge")], "open"),
    ("harm", "Airlines attacked the new rules, saying they would push up fares.", "Airlines", [(W, "new rules")], [(S, "new rules")]),
    ("harm", "The Road Haulage Association has criticised the road toll saying its members may be compelled to put up prices.", "Road Haulage Association", [(W, "road toll")], [(S, "road toll")]),
    ("harm", "Mr Kent opposed the sugar tax, saying corner shops might be obliged to close.", "Kent", [(W, "sugar tax")], [(S, "sugar tax")]),
    ("harm", "The Chamber of Commerce attacked the congestion charge, warning that many shops could collapse.", "Chamber of Commerce", [(W, "congestion charge")], [(S, "congestion charge")]),
    ("harm", "Ms Ward criticised the new rules and said they could cost thousands of jobs.", "Ward", [(W, "new rules")], [(S, "new rules")]),
    ("harm", "Mr Kent rejected the pay offer on Monday, saying it would leave nurses worse off.", "Kent", [(W, "pay offer")], [(S, "pay offer")]),
    ("harm", "Canada opposed the import quota, arguing that it could trigger a trade war.", "Canada", [(W, "import quota")], [(S, "import quota")]),
    ("harm", "Ms Ward criticised the tax cut, saying it would not help families.", "Ward", [(O, "tax cut")], [(W, "tax cut"), (S, "tax cut")]),
    ("harm", "Mr Kent attacked the minister, saying he would ruin the economy.", "Kent", [], [(W, "minister")]),
    ("harm", "The Farmers Union criticised the pension reform, warning it could lead to strikes.", "Farmers Union", [(W, "pension reform")], [(S, "pension reform")]),
    # the scope of a negation or a denial over a cue: "no longer", "neither ... nor", "denied backing", a claim
    # of one's own side rejected; a denied claim about another's side is no side of theirs
    ("scope", "The Greens no longer back the sugar tax.", "Green", [(O, "sugar tax")], [(S, "sugar tax")]),
    ("scope", "The Farmers Union no longer supports the fuel levy, its chairman said on Friday.", "Farmers Union", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("scope", "Mr Kent said he no longer supports the fuel levy.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("scope", "Mr Kent neither supports nor opposes the fuel levy.", "Kent", [], [(S, "fuel levy"), (O, "fuel levy")]),
    ("scope", "Ms Ward neither backed nor criticised the sugar tax.", "Ward", [], [(S, "sugar tax"), (O, "sugar tax")]),
    ("scope", "Mr Kent denied opposing the fuel levy.", "Kent", [], [(O, "fuel levy")]),
    ("scope", "Ms Ward denied backing the sugar tax.", "Ward", [], [(S, "sugar tax")]),
    ("scope", "Ms Ward denied that she had ever supported the fuel levy.", "Ward", [], [(S, "fuel levy")]),
    ("scope", "Mr Kent rejected claims that he had backed the fuel levy.", "Kent", [], [(S, "fuel levy")]),
    ("scope", "Mr Kent denied that the Greens had backed the fuel levy.", "Green", [], [(S, "fuel levy")]),
    ("scope", "Mr Kent did not back the fuel levy but supported the sugar tax.", "Kent", [(S, "sugar tax")], [(O, "sugar tax"), (S, "fuel levy")]),
    ("scope", "Although Mr Kent backed the fuel levy, he opposed the sugar tax.", "Kent", [(S, "fuel levy")], [(O, "fuel levy"), (S, "sugar tax")]),
    ("scope", "Mr Kent has yet to back the fuel levy.", "Kent", [], [(S, "fuel levy")]),
    # a thing pointed out or seen as a hindrance (FrameNet's Hindering nouns): against it, each item of a list
    ("hindrance", "Mr Kent cited the fuel levy as a barrier to trade.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("hindrance", "Ms Ward identified the import quota as the biggest hurdle to a trade deal.", "Ward", [(O, "import quota")], [(S, "import quota")]),
    ("hindrance", "Canada cited the import quota and the fuel levy as barriers to trade.", "Canada", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("hindrance", "Canada cited the dairy complaint, the fuel levy and a rule on fish imports as major barriers to free trade.", "Canada", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("hindrance", "Ms Ward said the import quota was the main obstacle to a deal.", "Ward", [(O, "import quota")], [(S, "import quota")]),
    ("hindrance", "Mr Kent sees the sugar tax as an impediment to growth, his aides said.", "Kent", [(O, "sugar tax")], [(S, "sugar tax")]),
    ("hindrance", "Ms Ward cited the fuel levy as an example of good policy.", "Ward", [(S, "fuel levy")], [(O, "fuel levy")]),
    ("hindrance", "Ms Ward sees the import quota as a way to remove barriers to trade.", "Ward", [], [(O, "import quota")]),
    ("hindrance", "Mr Kent cited rising costs as the main reason for the fare rise.", "Kent", [], [(O, "fare rise"), (S, "fare rise")]),
    # a bad word of a time or of an extraposed clause is no judgement of the thing
    ("circumstance", "Ms Ward said the fuel levy had been the right choice during the worst months of the crisis.", "Ward", [(S, "fuel levy")], [(O, "fuel levy")]),
    ("circumstance", "Mr Kent said the sugar tax had been a lifeline for farmers during the worst years of the slump.", "Kent", [(S, "sugar tax")], [(O, "sugar tax")]),
    ("circumstance", "Mr Kent said the new rules meant it was simpler for hauliers to drive in bad weather.", "Kent", [], [(O, "new rules")]),
    ("circumstance", "Ms Ward said the fuel levy was a bad idea.", "Ward", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("circumstance", "Mr Kent said the sugar tax was a disaster for farmers in hard times.", "Kent", [(O, "sugar tax")], [(S, "sugar tax")]),
    # a side conceded to: "despite objections from X" is X's side, not the actor's
    ("despite", "The Senate approved the farm bill despite opposition from the Farmers Union.", "Senate", [(S, "farm bill")], [(O, "farm bill")]),
    ("despite", "The Senate approved the farm bill despite opposition from the Farmers Union.", "Farmers Union", [(O, "farm bill")], [(S, "farm bill")]),
    ("despite", "Mr Kent backed the fuel levy, despite objections from the Greens.", "Kent", [(S, "fuel levy")], [(O, "fuel levy")]),
    ("despite", "Despite protests from the Farmers Union, the government pressed ahead with the water charges.", "government", [(S, "water charges")], [(O, "water charges")]),
    # a thing wanted to end or be lifted: against the thing
    ("end", "The Farmers Union wants the pesticide ban to end.", "Farmers Union", [(O, "pesticide ban")], [(S, "pesticide ban")]),
    ("end", "Ms Ward wants the curfew lifted.", "Ward", [(O, "curfew")], [(S, "curfew")]),
    ("end", "Mr Kent would like the fuel levy to be scrapped.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("end", "Mr Kent said he wanted the import ban to end, despite objections from Canada.", "Kent", [(O, "import ban")], [(S, "import ban")]),
    ("end", "Germany wants the arms embargo to end.", "Germany", [(O, "arms embargo")], [(S, "arms embargo")]),
    ("end", "The Greens want the fuel levy to stop.", "Green", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("end", "The Farmers Union called for the pesticide ban to be scrapped.", "Farmers Union", [(O, "pesticide ban")], [(S, "pesticide ban")]),
]


def _params():
    for case in CASES:
        marks = [pytest.mark.xfail(strict=False, reason="construction not read yet")] if case[-1] == "open" else []
        yield pytest.param(*case[:5], marks=marks, id=f"{case[0]}: {case[1][:60]}")


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(_params()))
def test_relations_battery(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)
