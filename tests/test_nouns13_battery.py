"""A battery of stance nouns and the content of plans, intentions and calls (issue 10): invented sentences, several
per construction, BBC and wire style, each with the sides a careful reader takes (GUIDELINES.md) and the reading that
would be wrong. A noun cue's holder is often named in a phrase of its own ("support for the levy from the Farmers
Union", "criticism from Labour over the plan"), its target in one after it or in the act a noun of intent names
("the ministry's intention to scrap the fee"); a body sued or criticised may be listed with its officers ("Tonmark,
its chairman Tom Kent and finance director Ada Lund"). A case marked `open` fails today: it is counted, not hidden."""
from __future__ import annotations

import pytest

from conftest import assert_sides

S, O, W = "supports", "opposes", "warns"

# (construction, sentence, holder, sides any one of which is the reading, sides that would be a misreading)
CASES = [
    # "from X" on the policy the noun is for: the parser hangs the holder on the policy
    ("from", "There were endorsements for the fuel levy from the Farmers Union.", "Farmers Union", [(S, "fuel levy")], [(O, "fuel levy")]),
    ("from", "There is strong support for the fuel levy from the Farmers Union and the Hauliers Federation.", "Hauliers Federation", [(S, "fuel levy")], [(O, "fuel levy")]),
    ("from", "Lawmakers heard endorsements for the flat-rate scheme from the biggest farm lobby, the Farmers Union.", "Farmers Union", [(S, "flat-rate scheme")], [(O, "flat-rate scheme")]),
    ("from", "Lawmakers heard endorsements for the flat-rate scheme from the biggest farm lobby, the Farmers Union.", "awmakers", [], [(S, "flat-rate scheme")]),
    ("from", "The committee heard strong backing for the rail subsidy from the Chamber of Commerce.", "Chamber of Commerce", [(S, "rail subsidy")], [(O, "rail subsidy")]),
    ("from", "The committee heard strong backing for the rail subsidy from the Chamber of Commerce.", "committee", [], [(S, "rail subsidy")]),
    ("from", "There has been fierce opposition to the toll from the Hauliers Federation.", "Hauliers Federation", [(O, "toll")], [(S, "toll")]),
    ("from", "There has been fierce opposition to the bridge toll from the Hauliers Federation, the industry's main lobby.", "Hauliers Federation", [(O, "bridge toll")], [(S, "bridge toll")]),
    ("from", "The minister has faced criticism of the fuel levy from the Farmers Union.", "Farmers Union", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("from", "The school meals plan has won the support of parents and the Teachers Guild.", "Teachers Guild", [(S, "school meals plan")], [(O, "school meals plan")]),
    ("from", "The Green Party has drawn criticism of the bridge toll from hauliers and the Farmers Union.", "Farmers Union", [(O, "bridge toll")], [(S, "bridge toll")]),
    ("from", "There was widespread support for the sugar tax from doctors' groups and the British Medical Association.", "British Medical Association", [(S, "sugar tax")], [(O, "sugar tax")]),
    ("from", "Ms Ward said there had been calls for a higher fuel levy from the Green Party.", "Green", [(S, "higher fuel levy"), (S, "fuel levy")], [(O, "fuel levy")]),
    ("from", "The school meals plan has drawn praise from the Teachers Guild.", "Teachers Guild", [(S, "school meals plan")], [(O, "school meals plan")]),
    ("from", "The fuel levy drew endorsements from the Farmers Union.", "Farmers Union", [(S, "fuel levy")], [(O, "fuel levy")]),
    ("from", "The fuel levy won the endorsement of the Farmers Union.", "Farmers Union", [(S, "fuel levy")], [(O, "fuel levy")]),
    ("from", "There were protests against the pension reform from the Teachers Guild.", "Teachers Guild", [(O, "pension reform")], [(S, "pension reform")]),
    ("from", "There were demands for stricter caps on bank stakes from the Free Democrats.", "Free Democrats", [(S, "stricter caps")], [(O, "stricter caps")], "open"),  # 'from X' hung deeper than the policy the noun is for
    # misreadings near it: "from" of the policy's own source or giver
    ("from-not", "Ms Ward backed calls for a withdrawal from the Farmers Union.", "Farmers Union", [], [(S, "withdrawal")]),
    ("from-not", "The Farmers Union voiced support for imports from Brazil.", "Brazil", [], [(S, "imports")]),
    ("from-not", "Mr Kent rejected calls for more aid from the World Bank.", "World Bank", [], [(S, "aid")]),
    ("from-not", "Labour has pressed for an exemption from the fuel levy for hill farmers.", "Labour", [], [(S, "fuel levy")]),
    ("from-not", "There were endorsements for the fuel levy from the Farmers Union.", "Union", [], [(S, "fuel levy from")]),
    # officers apposed to a body taken sides on are each taken sides on
    ("apposed", "The Financial Services Authority launched legal proceedings against Greenvale Bank, its chairman Tom Kent and finance director Ada Lund.", "Financial Services Authority", [(O, "Tom Kent")], [(S, "Tom Kent")]),
    ("apposed", "The Financial Services Authority launched legal proceedings against Greenvale Bank, its chairman Tom Kent and finance director Ada Lund.", "Financial Services Authority", [(O, "Ada Lund")], [(S, "Ada Lund")]),
    ("apposed", "The Financial Services Authority launched legal proceedings against Greenvale Bank, its chairman Tom Kent and finance director Ada Lund.", "Financial Services Authority", [(O, "Greenvale")], []),
    ("apposed", "The Securities and Exchange Commission sued Greenvale Bank, its chief executive Tom Kent and two other officers on Tuesday.", "Securities and Exchange Commission", [(O, "Tom Kent")], [(S, "Tom Kent")]),
    ("apposed", "Regulators filed a complaint against Greenvale Bank, its chairman Tom Kent and its auditor.", "Regulators|regulators", [(O, "Tom Kent")], [], "open"),  # a bare plural holder ('regulators') is no node alone
    ("apposed", "The Labour Party attacked Greenvale Bank, its chairman Tom Kent and the board over the bonuses.", "Labour", [(O, "Tom Kent")], [(S, "Tom Kent")]),
    ("apposed", "The Green Party praised Greenvale Bank, the biggest lender in the region.", "Green", [(S, "Greenvale")], [(O, "Greenvale")]),
    ("apposed", "The Green Party praised Greenvale Bank and its chairman, Tom Kent.", "Green", [(S, "Greenvale")], [(O, "Greenvale")]),
    ("apposed", "Shareholders in Greenvale Bank, whose chairman Tom Kent is retiring, backed the merger.", "Kent", [], [(S, "merger")]),
    ("apposed", "The Farmers Union criticised Greenvale Bank, led by Tom Kent, over its rural closures.", "Farmers Union", [(O, "Greenvale")], [(S, "Greenvale")]),
    # a criticism received over a plan: the critic opposes the plan as well as its owner
    ("over", "Ms Ward faced criticism from the Farmers Union over her plan to raise the fuel levy.", "Farmers Union", [(O, "Ward")], [(S, "Ward")]),
    ("over", "Ms Ward faced criticism from the Farmers Union over her plan to raise the fuel levy.", "Farmers Union", [(O, "raise the fuel levy"), (O, "plan")], [(S, "plan")]),
    ("over", "Mr Kent has come under fire from the Teachers Guild over the school closures.", "Teachers Guild", [(O, "school closures"), (O, "Kent")], [(S, "school closures")]),
    ("over", "The minister drew criticism from Labour over the fuel levy.", "Labour", [(O, "fuel levy"), (O, "minister")], [(S, "fuel levy")], "open"),  # a bare title ('the minister') named once is no node
    ("over", "Mr Kent has drawn criticism from the Greens as well as from his own backbenchers over his scheme to raise the fuel levy.", "Green", [(O, "Kent"), (O, "fuel levy")], [(S, "fuel levy")]),
    ("over", "Greenvale Bank faced a backlash from the Farmers Union over its plan to close rural branches.", "Farmers Union", [(O, "Greenvale"), (O, "close rural branches")], [(S, "close rural branches")]),
    ("over", "Ms Ward faced criticism over her plan to raise the fuel levy.", "Ward", [(S, "plan")], [(O, "plan")]),
    # the noun's holder in a prepositional phrase of its own
    ("holder-pp", "There is growing hostility from local residents' groups and the Green Party to the new runway.", "Green", [(O, "runway")], [(S, "runway")], "open"),  # 'from' with a list of holders under an existential
    ("holder-pp", "Mr Kent said he had met hostility from the Farmers Union.", "Farmers Union", [(O, "Kent")], [(S, "Kent")]),
    ("holder-pp", "Criticism of the fuel levy by the Hauliers Federation grew on Monday.", "Hauliers Federation", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("holder-pp", "Calls by the Green Party for a sugar tax have grown louder.", "Green", [(S, "sugar tax")], [(O, "sugar tax")]),
    ("holder-pp", "There is growing opposition among Labour MPs to the sugar tax.", "Labour", [(O, "sugar tax")], [(S, "sugar tax")]),
    ("holder-pp", "Pleas by the Farmers Union for a cut in the fuel levy went unheeded.", "Farmers Union", [(S, "cut in the fuel levy"), (O, "fuel levy")], [(S, "fuel levy")]),
    ("holder-pp", "The school closures plan met with opposition from the Teachers Guild.", "Teachers Guild", [(O, "school closures plan")], [(S, "school closures plan")]),
    ("holder-pp", "Senator Ada Lund voiced her disapproval of the fuel levy.", "Lund", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("holder-pp", "The Hauliers Federation expressed concern over the bridge toll.", "Hauliers Federation", [(O, "bridge toll")], [(S, "bridge toll")]),
    ("holder-pp", "Several Labour MPs joined the growing outcry against the fuel levy.", "Labour", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("holder-pp", "Several Labour MPs joined the growing outcry against Ms Ward's proposal for a fuel levy.", "Labour", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("holder-pp", "Several Labour MPs joined the growing outcry against Ms Ward's proposal for a fuel levy.", "Ward", [(S, "fuel levy")], [(O, "fuel levy")]),  # the proposal's owner inside the outcry's target
    ("holder-pp", "The ministry faces a legal challenge from the Ferry Operators Association over the new rules.", "Ferry Operators", [(O, "new rules")], [(S, "new rules")]),
    ("holder-pp", "The watchdog launched legal proceedings against Greenvale Bank.", "watchdog", [(O, "Greenvale")], [(S, "Greenvale")], "open"),  # a generic 'the watchdog' alone is no node
    ("holder-pp", "The Farmers Union lodged a complaint over the water charges.", "Farmers Union", [(O, "water charges")], [(S, "water charges")], "open"),  # 'lodge' is no light verb of the action nouns yet
    ("holder-pp", "Opposition to the fuel levy is growing among Labour MPs.", "Labour", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("holder-pp", "Support for the sugar tax is strong among doctors and the Green Party.", "Green", [(S, "sugar tax")], [(O, "sugar tax")]),
    ("holder-pp", "Anger over the bridge toll is mounting among hauliers and the Farmers Union.", "Farmers Union", [(O, "bridge toll")], [(S, "bridge toll")]),
    ("holder-pp", "Support for the fuel levy fell among voters in the north, the poll showed.", "voters", [], [(S, "fuel levy")]),
    ("holder-pp", "The fuel levy has run into opposition from the Farmers Union.", "Farmers Union", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("holder-pp", "Ms Ward ran into criticism from Labour over the fuel levy.", "Labour", [(O, "fuel levy"), (O, "Ward")], [(S, "fuel levy")]),
    ("holder-pp", "The rail plan ran into trouble in the Senate.", "Senate", [], [(O, "rail plan")]),
    # a noun of intent: the act it names is the side, for its owner and for whoever backs it
    ("intent", "The committee backed the ministry's intention to scrap the fuel levy.", "committee", [(O, "fuel levy"), (S, "scrap the fuel levy")], [(S, "fuel levy")]),
    ("intent", "The committee backed the ministry's intention to scrap the fuel levy.", "ministry", [(O, "fuel levy"), (S, "scrap the fuel levy")], [(S, "fuel levy")]),
    ("intent", "We endorse the ministry's intention to spare pensioners from the charge, the committee said.", "committee", [(S, "spare pensioners")], [(O, "spare pensioners")]),
    ("intent", "We endorse the ministry's intention to spare pensioners from the charge, the committee said.", "ministry", [(S, "spare pensioners")], [(O, "spare pensioners")]),
    ("intent", "The toll is a central plank of Ms Ward's scheme to reform road pricing.", "Ward", [(S, "reform road pricing")], [(O, "reform road pricing")], "open"),  # a part noun's copula ("is a plank of X's plan") leaves the plan unread
    ("intent", "The Farmers Union welcomed the council's decision to freeze water charges.", "Farmers Union", [(S, "freeze water charges")], [(O, "freeze water charges")]),
    ("intent", "The Farmers Union welcomed the council's decision to freeze water charges.", "council", [(S, "freeze water charges")], [(O, "freeze water charges")]),
    ("intent", "Labour condemned the ministry's plan to privatise the Post Office.", "Labour", [(O, "privatise the Post Office")], [(S, "privatise the Post Office")]),
    ("intent", "Labour condemned the ministry's plan to privatise the Post Office.", "ministry", [(S, "privatise the Post Office")], [(O, "privatise the Post Office")]),
    ("intent", "The Greens condemned Mr Kent's bid to scrap the sugar tax.", "Green", [(S, "sugar tax"), (O, "scrap the sugar tax")], [(O, "sugar tax")]),
    ("intent", "The Greens condemned Mr Kent's bid to scrap the sugar tax.", "Kent", [(O, "sugar tax"), (S, "scrap the sugar tax")], [(S, "sugar tax")]),
    ("intent", "The unions backed the board's move to cut executive pay.", "unions|Unions", [(S, "cut executive pay")], [(O, "cut executive pay")], "open"),
    ("intent", "Ms Ward renewed her call to lower the voting age.", "Ward", [(S, "lower the voting age")], [(O, "voting age")]),
    ("intent", "Ms Ward said she shared the government's wish to extend free school meals.", "Ward", [(S, "free school meals")], [(O, "free school meals")], "open"),
    ("intent", "Japan's determination to keep its rice tariffs angered Washington.", "Japan", [(S, "rice tariffs")], [(O, "rice tariffs")]),
    ("intent", "The Tories said they would oppose the government's plan to raise the fuel levy.", "Conservative", [(O, "raise the fuel levy")], [(S, "raise the fuel levy")]),
    ("intent", "The Farmers Union has no intention of backing the fuel levy.", "Farmers Union", [], [(S, "fuel levy")]),
    ("intent", "The council's plan to cut bus fares was dropped on Monday.", "council", [], [(O, "cut bus fares")]),
    ("intent", "Mr Kent questioned the government's decision to delay the rail link.", "Kent", [], [(S, "delay the rail link")]),
    ("intent", "Mr Kent welcomed the government's refusal to raise the fuel levy.", "Kent", [(O, "raise the fuel levy"), (O, "fuel levy")], [(S, "fuel levy")]),
    # a manner clause of V-ing shares its subject with the main verb
    ("in-ing", "The Farmers Union joined Labour in opposing the fuel levy.", "Farmers Union", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("in-ing", "The Farmers Union joined Labour in opposing the fuel levy.", "Labour", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("in-ing", "Ghana backed Brazil in resisting export quotas.", "Ghana", [(O, "export quotas")], [(S, "export quotas")]),
    ("in-ing", "Ghana and Peru both backed Brazil at the talks in resisting pressure for export quotas.", "Ghana", [(O, "export quotas")], [(S, "export quotas")]),
    ("in-ing", "Ghana and Peru both backed Brazil at the talks in resisting pressure for export quotas.", "Brazil", [(O, "export quotas")], [(S, "export quotas")]),
    ("in-ing", "Ghana backed Brazil in resisting pressure for export quotas.", "Ghana", [(O, "export quotas")], [(S, "export quotas")]),
    ("in-ing", "Chile and Peru sided with Brazil at the Geneva meeting in resisting demands for fixed coffee quotas.", "Peru", [(O, "fixed coffee quotas"), (O, "coffee quotas")], [(S, "coffee quotas")]),
    ("in-ing", "The Greens would scrap business rates in favour of a land value tax.", "Green", [(S, "land value tax")], [(O, "land value tax")]),
    ("rejected", "Brazil has rejected pressure for a cut in coffee quotas.", "Brazil", [], [(S, "cut in coffee quotas")]),
    ("rejected", "Ms Ward rebuffed calls from the Farmers Union for a lower fuel levy.", "Ward", [], [(S, "lower fuel levy")]),
    ("rejected", "Ms Ward rebuffed calls from the Farmers Union for a lower fuel levy.", "Farmers Union", [(S, "lower fuel levy")], [(O, "lower fuel levy")]),
    ("in-ing", "Mr Kent helped the Farmers Union by opposing the fuel levy.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("in-ing", "Senator Ada Lund led the Democrats in blocking the estate tax repeal.", "Lund", [(O, "estate tax repeal")], [(S, "estate tax repeal")], "open"),  # blocking a repeal: the undoing of an undoing is not read on the repeal
    ("in-ing", "Senator Ada Lund led the Democrats in blocking the farm bill.", "Democrat", [(O, "farm bill")], [(S, "farm bill")]),
    ("in-ing", "Brazil resisted pressure for export quotas.", "Brazil", [(O, "export quotas")], [(S, "export quotas")]),
    ("in-ing", "Brazil turned down calls for export quotas based on past sales.", "Brazil", [(O, "export quotas")], [(S, "export quotas")]),
    ("in-ing", "Ms Ward succeeded in blocking the fuel levy.", "Ward", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("in-ing", "Ms Ward was wrong in backing the fuel levy, the Greens said.", "Green", [], [(S, "fuel levy")]),
    # "against" as the cue
    ("against", "Ms Ward voted against the fuel levy.", "Ward", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("against", "Mr Kent campaigned against the fuel levy for a decade.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("against", "The Farmers Union is to put up a candidate against Environment Minister Tom Kent in Selby.", "Farmers Union", [(O, "Tom Kent")], [(S, "Tom Kent")]),
    ("against", "The Green Party said it would stand a candidate against Mr Kent at the next election.", "Green", [(O, "Kent")], [(S, "Kent")]),
    ("against", "The Farmers Union will field candidates against Labour ministers Tom Kent and Ada Lund.", "Farmers Union", [(O, "Ada Lund")], [(S, "Ada Lund")]),
    ("against", "Labour's candidate against Mr Kent is a former teacher.", "Labour", [(O, "Kent")], [(S, "Kent")]),
    ("against", "The Greens will not run a candidate against Mr Kent.", "Green", [], [(O, "Kent")]),
    ("against", "Ms Ward will stand against Mr Kent in Selby at the next election.", "Ward", [(O, "Kent")], [(S, "Kent")]),
    ("against", "Ms Ward is running against Mr Kent for the party leadership.", "Ward", [(O, "Kent")], [(S, "Kent")]),
    ("against", "Mr Kent stood against the wall as the votes were counted.", "Kent", [], [(O, "wall")]),
    ("against", "The party chose Ms Ward as its candidate for mayor.", "party", [], [(O, "Ward")]),
    ("against", "The Farmers Union has come out against the fuel levy.", "Farmers Union", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("against", "Labour MPs rebelled against the welfare bill on Tuesday.", "Labour", [(O, "welfare bill")], [(S, "welfare bill")]),
    ("against", "Twenty Labour MPs voted against the government on the welfare bill.", "Labour", [(O, "welfare bill"), (O, "government")], [(S, "welfare bill")]),
    ("against", "The Farmers Union cautioned against any rise in the fuel levy.", "Farmers Union", [(O, "fuel levy"), (W, "fuel levy"), (O, "raising the fuel levy"), (W, "raising")], [(S, "fuel levy")]),
    ("against", "The Hauliers Federation is lobbying hard against the bridge toll.", "Hauliers Federation", [(O, "bridge toll")], [(S, "bridge toll")]),
    ("against", "Mr Kent, who ran against Ms Ward for the party leadership, backed the levy.", "Kent", [(S, "levy")], [(O, "levy")]),
    ("against", "The Farmers Union has taken legal action against the council.", "Farmers Union", [], [(S, "council")]),
    # a noun cue in a concession: its holders take their side on what the clause does
    ("despite", "Despite opposition from the Farmers Union, the council approved the fuel levy.", "Farmers Union", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("despite", "Despite opposition from the Farmers Union, the council approved the fuel levy.", "council", [(S, "fuel levy")], [(O, "fuel levy")]),
    ("despite", "The council approved the fuel levy on Tuesday despite objections from the Hauliers Federation.", "Hauliers Federation", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("despite", "Ms Ward pressed ahead with the fuel levy despite Labour objections.", "Labour", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("despite", "The council approved the fuel levy over the objections of the Farmers Union.", "Farmers Union", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("despite", "The council approved the fuel levy over the objections of the Farmers Union.", "council", [(S, "fuel levy")], [(O, "Farmers Union")]),
    ("despite", "The city council adopted the bridge toll in the face of fierce opposition from the Hauliers Federation.", "Hauliers Federation", [(O, "bridge toll")], [(S, "bridge toll")]),
    ("despite", "The council voted to raise the fuel levy despite protests from the Farmers Union.", "Farmers Union", [(O, "fuel levy"), (O, "raise the fuel levy")], [(S, "fuel levy")]),
    ("despite", "The Senate passed the farm bill, notwithstanding objections from the Farmers Union and the Teachers Guild.", "Teachers Guild", [(O, "farm bill")], [(S, "farm bill")]),
    ("despite", "Despite fierce opposition, the council approved the fuel levy.", "opposition", [], [(O, "fuel levy")]),
    ("despite", "Despite his opposition to the fuel levy, Mr Kent voted for it.", "Kent", [(O, "fuel levy"), (S, "fuel levy")], []),
    ("despite", "Mr Kent kept the fuel levy despite pressure from the Farmers Union.", "Farmers Union", [], [(S, "fuel levy")]),
    ("despite", "The union backed Ms Ward despite her criticism of the fuel levy.", "Ward", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("despite", "Mr Kent dropped the toll despite backing from the Hauliers Federation.", "Hauliers Federation", [(S, "toll")], [(O, "toll")], "open"),  # 'backing' after 'despite' is tagged a verb
    ("against", "Labour MPs are up in arms against the fuel levy.", "Labour", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("against", "Hill farmers were up in arms against the water tax last year, Ms Ward said.", "farmers", [(O, "water tax")], [(S, "water tax")]),
    # wire style: the noun cue in a long sentence with dates and titles
    ("wire", "The National Farmers Federation, the biggest farm lobby, on Tuesday voiced strong opposition to the proposed export levy.", "National Farmers Federation", [(O, "export levy")], [(S, "export levy")]),
    ("wire", "Trade Minister Ada Lund said there was broad support for the quota plan from producer countries including Ghana and Peru.", "Lund", [], [(O, "quota plan")]),
    ("wire", "The toll proposal drew sharp criticism from the Hauliers Federation, which warned it would cost 2,000 jobs.", "Hauliers Federation", [(O, "toll proposal")], [(S, "toll proposal")]),
    ("wire", "The welfare bill has won the backing of the Farmers Union and the Hauliers Federation, officials said.", "Hauliers Federation", [(S, "welfare bill")], [(O, "welfare bill")]),
    ("wire", "The Farmers Union's hostility to the fuel levy is well known, Mr Kent said.", "Farmers Union", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("wire", "Greenvale Bank said on Monday it had filed a lawsuit against the Treasury over the bank levy.", "Greenvale", [(O, "bank levy"), (O, "Treasury")], [(S, "bank levy")]),
]


def _params():
    for case in CASES:
        marks = [pytest.mark.xfail(strict=False, reason="construction not read yet")] if case[-1] == "open" else []
        yield pytest.param(*case[:5], marks=marks, id=f"{case[0]}: {case[1][:60]}")


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(_params()))
def test_nouns_battery(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)
