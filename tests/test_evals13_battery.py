"""A battery of sides taken by judging, with no stance verb (issue 10): a policy or an actor called good or
bad ("the fuel levy is unfair", "Kent was wrong to back it"), needed or vital ("the rail subsidy is essential
to the north", "a key objective"), compared with another ("a carbon tax is fairer than the fuel
levy": for the one, against the other), said to send the wrong signal or to be biased, and what ought to be
or what a speaker would like to see ("farmers should be able to sell", "I would like to see a cap on rents",
"I see no alternative to the levy"); and the readings that must not appear nearby: a forecast of figures, a
judgement of a thing that is no position (the weather, a match), a harm with no policy as its cause, the
speaker's own good fortune. Every sentence is invented and run through the real pipeline; a case marked in
OPEN is not read yet (non-strict xfail) and says what it lacks."""
from __future__ import annotations

import pytest

from conftest import assert_sides, open_sides_case

S, O, W = "supports", "opposes", "warns"
ANY = [(S, ""), (O, ""), (W, "")]  # no side at all for this holder


def against(t):
    return [(W, t), (O, t)]


# (construction, sentence, holder, sides any one of which is the reading, sides that would be a misreading)
CASES = [
    # a policy called good or bad in what a speaker says
    ("eval", "Ms Ward said the fuel levy was unfair.", "Ward", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("eval", "Mr Kent said the fuel levy was irresponsible.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("eval", "The grazing levy is misguided and unworkable, the Farmers Union said on Tuesday.", "Farmers Union", [(O, "grazing levy")], [(S, "grazing levy")]),
    ("eval", "\"The new parking rules are a shambles,\" said Ms Ward.", "Ward", [(O, "parking rules")], [(S, "parking rules")]),
    ("eval", "Senator Ada Lund said the pension reform was sensible and long overdue.", "Lund", [(S, "pension reform")], against("pension reform")),
    ("eval", "Mr Kent said the rail subsidy was a step in the right direction.", "Kent", [(S, "rail subsidy")], against("rail subsidy")),
    ("eval", "Ms Ward said the housing plan was not fair to young families.", "Ward", [(O, "housing plan")], [(S, "housing plan")]),
    ("eval", "The Retailers Guild said the sales tax was a bad idea.", "Retailers", [(O, "sales tax")], [(S, "sales tax")]),
    ("eval", "The Retailers Guild said the sales tax cut was a good idea.", "Retailers", [(S, "sales tax")], [(O, "sales tax")]),
    ("eval", "Mr Kent said the merger plan was deeply flawed.", "Kent", [(O, "merger plan")], [(S, "merger plan")]),
    ("eval", "The import quota is a sensible measure, Norland's trade minister Ada Lund told reporters.", "Lund", [(S, "import quota")], against("import quota")),
    ("eval", "Ms Ward said the water charge was grossly unfair to pensioners.", "Ward", [(O, "water charge")], [(S, "water charge")]),
    # an actor judged for a deed: wrong / right to do it
    ("wrong-to", "Ms Ward said Mr Kent was wrong to back the fuel levy.", "Ward", [(O, "Kent")], [(S, "fuel levy"), (S, "Kent")]),
    ("wrong-to", "Mr Kent said the council was right to scrap the fuel levy.", "Kent", [(S, "council")], [(S, "fuel levy"), (O, "council")]),
    ("wrong-to", "The Farmers Union said the government had been wrong to raise the grazing levy.", "Farmers Union", [(O, "government")], [(S, "grazing levy"), (S, "government")]),
    ("wrong-to", "Senator Ada Lund said the Treasury was right to resist calls for a windfall tax.", "Lund", [(S, "Treasury")], [(O, "Treasury")]),
    ("wrong-to", "\"Mr Kent was quite wrong to attack the rail subsidy,\" Ms Ward said.", "Ward", [(O, "Kent")], [(O, "rail subsidy"), (S, "Kent")]),
    ("wrong-to", "Mr Kent said Ms Ward was wrong to say the pension reform would cost jobs.", "Kent", [(O, "Ward")], [(S, "Ward")]),
    ("wrong-to", "It was wrong to close the rail depot, Ms Ward said.", "Ward", [(O, "closure|close|depot")], [(S, "depot")]),
    ("wrong-to", "Ms Ward said it was right to freeze the fuel levy.", "Ward", [(S, "freeze|fuel levy")], [(O, "fuel levy")]),
    ("wrong-to", "It was sensible to delay the rail closure, Mr Kent said.", "Kent", [(S, "delay")], [(O, "delay")]),
    ("wrong-to", "Mr Kent said it was fair to assume the levy would rise.", "Kent", [], [(S, "assume"), (S, "levy")]),
    ("relative", "\"The fuel levy, which is deeply unfair, must go,\" Ms Ward said.", "Ward", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("relative", "Mr Kent said the grazing levy, which was a disaster for hill farms, would be reviewed.", "Kent", [(O, "grazing levy")], [(S, "grazing levy")]),
    ("relative", "Ms Ward said the rent cap, which is essential for young families, would stay.", "Ward", [(S, "rent cap")], against("rent cap")),
    ("relative", "The fuel levy, which was unpopular with farmers, was raised in May.", "farmers", [], ANY),
    ("relative", "Ms Ward said the levy, which was introduced in May, raised 2 billion crowns.", "Ward", [], against("levy")),
    # needed, vital, a key aim: the speaker is for it
    ("vital", "Ms Ward said the rail subsidy was essential to the north.", "Ward", [(S, "rail subsidy")], against("rail subsidy")),
    ("vital", "Mr Kent said the fuel rebate was vital for hill farmers.", "Kent", [(S, "fuel rebate")], against("fuel rebate")),
    ("vital", "The bridge tax cut is crucial to the region's recovery, the Chamber of Trade said.", "Chamber of Trade", [(S, "bridge tax cut")], against("bridge tax cut")),
    ("vital", "Mr Kent said cutting the fuel levy was a key objective of his party.", "Kent", [(S, "fuel levy")], [(O, "fuel levy")]),
    ("vital", "Ms Ward said a cap on rents was a top priority for the new council.", "Ward", [(S, "cap on rents")], against("cap on rents")),
    ("vital", "The Farmers Union said the ban on cheap imports was essential if hill farms were to survive.", "Farmers Union", [(S, "ban on cheap imports")], against("ban on cheap imports")),
    ("vital", "Senator Ada Lund said the trade pact, which she described as vital to jobs, must be signed this year.", "Lund", [(S, "trade pact")], against("trade pact")),
    ("vital", "\"The rail link is absolutely vital,\" Ms Ward said.", "Ward", [(S, "rail link")], against("rail link")),
    ("vital", "Mr Kent said reform of the pension system was urgently needed.", "Kent", [(S, "reform")], against("reform")),
    ("vital", "Ms Ward said the new hospital was badly needed in the town.", "Ward", [(S, "hospital")], against("hospital")),
    # a comparison: for the better one, against the worse
    ("compare", "Mr Kent said a carbon tax was more effective than the fuel levy.", "Kent", [(S, "carbon tax")], [(O, "carbon tax"), (S, "fuel levy")]),
    ("compare", "Mr Kent said a carbon tax was more effective than the fuel levy.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("compare", "Ms Ward said the rent cap would be fairer than the housing levy.", "Ward", [(S, "rent cap")], [(O, "rent cap"), (S, "housing levy")]),
    ("compare", "The Farmers Union said direct payments were better than price support.", "Farmers Union", [(S, "direct payments")], [(O, "direct payments"), (S, "price support")]),
    ("compare", "Senator Ada Lund said the export quota was worse than the tariff it replaced.", "Lund", [(O, "export quota")], [(S, "export quota")]),
    ("compare", "A voluntary code would work better than a statutory ban, the Retailers Guild said.", "Retailers", [(S, "voluntary code")], [(O, "voluntary code"), (S, "statutory ban")]),
    ("compare", "Mr Kent said sales at the firm were higher than expected.", "Kent", [], ANY),
    ("compare", "Ms Ward said the deficit would be larger than last year.", "Ward", [], ANY),
    ("compare", "The Retailers Guild said prices rose faster than wages in May.", "Retailers", [], ANY),
    # a signal or a bias: the thing that sends it or leans is judged
    ("signal", "Ms Ward said the fuel levy gave the wrong signal to investors.", "Ward", against("fuel levy"), [(S, "fuel levy")]),
    ("signal", "Lifting the arms ban would send the wrong message to Norland, Mr Kent said.", "Kent", against("arms ban|lift"), [(S, "lift")]),
    ("signal", "Senator Ada Lund said the tax cut sent a clear signal that Norland was open for business.", "Lund", [(S, "tax cut")], against("tax cut")),
    ("signal", "Mr Kent said the planning rules were biased in favour of developers.", "Kent", [(O, "planning rules")], [(S, "developers"), (S, "planning rules")]),
    ("signal", "The Consumers Council said the water charge was biased against large families.", "Consumers Council", [(O, "water charge")], [(S, "water charge")]),
    ("signal", "Ms Ward said the grant scheme was skewed towards big farms.", "Ward", [(O, "grant scheme")], [(S, "big farms"), (S, "grant scheme")]),
    # misleads, distorts, does not help, makes no difference
    ("effect", "Ms Ward said the new parking rules mislead drivers.", "Ward", against("parking rules"), [(S, "parking rules")]),
    ("effect", "The advice misleads travellers about their rights, the Consumers Council said.", "Consumers Council", against("advice"), [(S, "advice")]),
    ("effect", "Ms Ward said the new approach would not help the talks.", "Ward", against("approach"), [(S, "approach")]),
    ("effect", "The Farmers Union said the subsidies distort world prices.", "Farmers Union", against("subsidies"), [(S, "subsidies")]),
    ("effect", "Ms Ward said the fuel levy would make no difference to congestion.", "Ward", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("effect", "The grazing levy makes no difference to hill farms, Mr Kent said.", "Kent", [(O, "grazing levy")], [(S, "grazing levy")]),
    ("effect", "Mr Kent said the weather had made no difference to the harvest.", "Kent", [], ANY),
    ("effect", "Mr Kent said the tax credit would help poorer families.", "Kent", [(S, "tax credit")], against("tax credit")),
    ("effect", "Senator Ada Lund said the relief for research spending would encourage new investment.", "Lund", [(S, "relief")], against("relief")),
    ("effect", "Lower borrowing means lower interest rates for business, Ms Ward said.", "Ward", [(S, "borrowing")], [(O, "borrowing")]),
    ("effect", "Mr Kent said the merger would lead to lower fares.", "Kent", [(S, "merger")], against("merger")),
    ("effect", "Ms Ward said the budget would bring lower taxes for pensioners.", "Ward", [(S, "budget")], against("budget")),
    ("effect", "The Consumers Council said the merger would mean cheaper bills for families.", "Consumers Council", [(S, "merger")], against("merger")),
    ("effect", "Mr Kent said the grazing levy would mean fewer jobs in the hills.", "Kent", against("grazing levy"), [(S, "grazing levy")]),
    ("effect", "Ms Ward said the rail subsidy would mean fewer delays for commuters.", "Ward", [(S, "rail subsidy")], against("rail subsidy")),
    # what ought to be, and what the speaker would like to see
    ("ought", "Ms Ward said there needs to be a freeze on rents.", "Ward", [(S, "freeze on rents")], against("freeze on rents")),
    ("ought", "\"There has to be a proper inquiry,\" Mr Kent said.", "Kent", [(S, "inquiry")], against("inquiry")),
    ("ought", "Mr Kent said farmers should be able to sell their land freely.", "Kent", [(S, "sell")], against("sell")),
    ("ought", "The Electoral Board said charities should be able to register voters at their offices.", "Electoral Board", [(S, "register")], against("register")),
    ("ought", "\"I would like to see a cap on rents,\" said Ms Ward.", "Ward", [(S, "cap on rents")], against("cap on rents")),
    ("ought", "Mr Kent said he would like to see the toll on the bridge abolished.", "Kent", against("toll"), [(S, "toll")]),
    ("ought", "Ms Ward said she wanted to see a ban on night flights.", "Ward", [(S, "ban on night flights")], against("ban on night flights")),
    ("ought", "Mr Kent does not believe the fuel levy should be raised.", "Kent", against("fuel levy"), [(S, "fuel levy")]),
    ("ought", "Ms Ward does not think the rail depot should close.", "Ward", [(S, "rail depot")], [(O, "rail depot")]),
    ("ought", "\"I see no alternative to the fuel levy,\" Mr Kent said.", "Kent", [(S, "fuel levy")], against("fuel levy")),
    ("ought", "Senator Ada Lund said there was no alternative to the spending cuts.", "Lund", [(S, "spending cuts")], against("spending cuts")),
    ("ought", "Mr Kent said the budget should put more money into rural bus services.", "Kent", [(S, "money|bus|budget")], against("budget")),
    ("ought", "Ms Ward said the government should have used the windfall to cut fuel duty.", "Ward", [(S, "cut|fuel duty")], [(O, "fuel duty")]),
    ("ought", "Mr Kent said Norland's wool should fetch a fair price abroad.", "Kent", [(S, "wool|price")], []),
    ("ought", "Ms Ward said the council would have done better to spend the money on schools.", "Ward", [(S, "spend|schools")], []),
    ("ought", "Senator Ada Lund said the regional banks should take the lead in the debt talks.", "Lund", [(S, "take|lead")], []),
    ("ought", "Mr Kent said he hoped to see the fuel levy cut.", "Kent", [(S, "cut|fuel levy")], []),
    # an actor judged in other words
    ("actor", "Ms Ward said the Farmers Union had done an excellent job.", "Ward", [(S, "Farmers Union")], [(O, "Farmers Union")]),
    ("actor", "\"The Greens never learn,\" Mr Kent said.", "Kent", [(O, "Greens")], [(S, "Greens")]),
    ("actor", "Ms Ward said the ministry's handling of the files defied belief.", "Ward", [(O, "ministry")], [(S, "ministry")]),
    ("actor", "Mr Kent said the council had handled the closure badly.", "Kent", [(O, "council")], [(S, "council")]),
    ("actor", "Senator Ada Lund said the Treasury had acted responsibly.", "Lund", [(S, "Treasury")], [(O, "Treasury")]),
    ("actor", "Mr Kent said the Retailers Guild had behaved disgracefully.", "Kent", [(O, "Retailers Guild")], [(S, "Retailers Guild")]),
    # wire style
    ("wire", "The proposed reporting rules are far too rigid, the Bankers Association said in a statement.", "Bankers Association", [(O, "reporting rules")], [(S, "reporting rules")]),
    ("wire", "Norland's finance minister Ada Lund said the debt moratorium was unavoidable and fully justified.", "Lund", [(S, "moratorium")], against("moratorium")),
    ("wire", "The quota system is unfair to small producers, Norland's coffee board chief John Kent told Reuters.", "Kent", [(O, "quota system")], [(S, "quota system")]),
    ("wire", "Trade minister Ada Lund said an orderly cut in the dollar was essential to reduce the trade deficit.", "Lund", [(S, "cut")], against("cut")),
    ("wire", "The Bankers Association said the new capital rules were unnecessary and costly.", "Bankers Association", [(O, "capital rules")], [(S, "capital rules")]),
    ("wire", "Mr Kent, chairman of the Petroleum Institute, said the oil import fee was the wrong answer to the glut.", "Kent", [(O, "oil import fee")], [(S, "oil import fee")]),
    ("wire", "A general aid package would be more effective than targeted loans, the Farmers Union said.", "Farmers Union", [(S, "aid package")], [(O, "aid package"), (S, "targeted loans")]),
    ("wire", "A flat-rate tax would be fairer than the present system of allowances, Finance Minister Ada Lund told parliament.", "Lund", [(S, "flat-rate tax")], [(O, "flat-rate tax")]),
    ("wire", "The Growers Union said it would like to see a minimum price for milk written into the new accord.", "Growers Union", [(S, "minimum price|accord")], [(O, "minimum price")]),
    ("wire", "Exporters should be able to claim the rebate within 30 days, the Chamber of Trade said in a statement.", "Chamber of Trade", [(S, "claim")], [(O, "claim")]),
    ("wire", "Senator Ada Lund said the quota system was skewed in favour of large producers.", "Lund", [(O, "quota system")], [(S, "producers"), (S, "quota system")]),
    ("signal", "Ms Ward said the new tenancy code was tilted towards tenants.", "Ward", [], [(S, "tenants")]),
    ("wire", "The Petroleum Institute said the import fee would mean higher fuel bills for farmers.", "Petroleum Institute", against("import fee"), [(S, "import fee")]),
    # misreadings nearby: no policy judged, or the speaker's own fortune
    ("none", "Mr Kent said the weather had been terrible all week.", "Kent", [], ANY),
    ("none", "Ms Ward said the final was a vital match for the club.", "Ward", [], ANY),
    ("none", "Mr Kent said profits would be higher than last year.", "Kent", [], ANY),
    ("none", "The Farmers Union said the drought would hit hill farms hard.", "Farmers Union", [], ANY),
    ("none", "Ms Ward said the storm had caused terrible damage.", "Ward", [], ANY),
    ("none", "Mr Kent said it was vital that voters knew the facts.", "Kent", [], [(S, "voters"), (S, "facts")]),
    ("none", "\"We were wrong to trust the figures,\" Ms Ward said.", "Ward", [], [(O, "figures"), (S, "figures")]),
    ("none", "Mr Kent said the results were good for shareholders.", "Kent", [], [(S, "shareholders")]),
    ("none", "Ms Ward said she was right to resign.", "Ward", [], [(S, "Ward")]),
    ("none", "Mr Kent said the important thing was to keep talking.", "Kent", [], [(S, "thing")]),
    ("none", "Ms Ward said it was essential to understand the figures.", "Ward", [], [(S, "figures")]),
    ("none", "Senator Ada Lund said the bill would be debated next week.", "Lund", [], ANY),
    ("none", "Ms Ward said she would like to see the figures before deciding.", "Ward", [], [(S, "figures")]),
    ("none", "Mr Kent said he wanted to see the minister on Friday.", "Kent", [], ANY),
    ("none", "Ms Ward said the levy had raised more money than expected.", "Ward", [], [(O, "levy")]),
    ("none", "Mr Kent said he should be able to finish the report by Friday.", "Kent", [], [(S, "finish"), (S, "report")]),
    ("none", "The Growers Union said the quota would mean lower coffee prices.", "Growers Union", [], [(S, "quota")]),
]

# constructions not read yet, by the start of their sentence
OPEN = {
    "Mr Kent said the fuel rebate was vital": "the frame is read, but 'rebate' is no position head (positions.json)",
    "\"The rail link is absolutely vital": "'link' is no position head",
    "The Farmers Union said direct payments": "'payments' is no position head, and 'support' a cue noun",
    "Senator Ada Lund said the tax cut sent a clear signal": "a good signal sent: 'clear' says no side, no rule reads it",
    "Ms Ward said the new parking rules mislead": "the parser takes 'mislead' for a compound of 'drivers'",
    "The advice misleads": "the frame is read, but 'advice' alone is no position",
    "Ms Ward said the new approach would not help": "the frame is read, but 'the new approach' names no policy",
    "Mr Kent said the tax credit would help": "the frame is read, but 'credit' is no position head",
    "Mr Kent said Norland's wool should fetch": "'should fetch a fair price': a state wanted of a thing, no policy",
    "Ms Ward said the council would have done better": "'would have done better to ACT': a past course preferred, not read",
    "Senator Ada Lund said the regional banks should take": "'should take the lead' names an actor's role, no policy",
    "\"The Greens never learn": "'never learn' (a charge of failure) is not in the lexicon",
    "Ms Ward said the ministry's handling": "'defy belief' (an idiom of disbelief) is not in the lexicon",
    "Mr Kent said the council had handled the closure badly": "the adverb's VADER valence (badly -2.1) is under the threshold",
    "Senator Ada Lund said the Treasury had acted responsibly": "'responsibly' is not in VADER's lexicon",
    "The Growers Union said it would like to see a minimum": "'see X written into Y': the participle after the object is "
                                                            "parsed as the object's own clause, not read",
    "Mr Kent said it was vital that voters": "misreading: deontic reads 'it is vital that CLAUSE' as a wanted policy "
                                            "whatever the clause",
}


def _alternatives(sides):
    """ "close|closure": any one of the words will do."""
    return [(r, w) for r, t in sides for w in t.split("|")]


def _case(c):
    construction, text, holder, sides, wrong = c[:5]
    return open_sides_case(construction, text, holder, _alternatives(sides), _alternatives(wrong), OPEN)


@pytest.mark.parametrize("text,holder,sides,wrong", [_case(c) for c in CASES])
def test_evals(build_text, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)
