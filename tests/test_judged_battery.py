"""A battery of sides said with no stance word (issue 10, session 15): a verdict given as a ruling or a finding
("the court ruled that the curfew broke the law", "a ruling that the detention was unlawful"), conduct judged by
what an actor should have done ("should have acted sooner") or by a phrasal predicate of failure ("had dragged its
feet", "has questions to answer", "the sums do not add up"), a failure charged ("had failed to protect the river"),
and a plan foretold to fail or to do good. Every sentence is invented (names, bodies and policies too); each case
gives the sides a careful reader takes (GUIDELINES.md), any one of which is the reading, and the sides that would be
a misreading. A case that says what it lacks is not read yet: it is counted, not hidden (non-strict xfail), and
passes the day its construction is read."""
from __future__ import annotations

import pytest

from conftest import assert_sides

S, O, W = "supports", "opposes", "warns"


def against(t):
    return [(O, t), (W, t)]


# (construction, sentence, holder, sides any one of which is the reading, sides that would be a misreading[, what a
# construction not read yet lacks])
CASES = [
    # a verdict verb with a clause whose predicate judges: the court or the inquiry takes the side
    ("ruled", "The Supreme Court ruled that the curfew powers broke human rights law.", "Supreme Court", [(O, "curfew powers")], [(S, "curfew powers")]),
    ("ruled", "The High Court ruled the detention of the two men was unlawful.", "High Court", [(O, "detention")], [(S, "detention")], "the parser hangs the clause after a bare 'ruled' as an adverbial and takes its subject for the object"),
    ("ruled", "Last month the Appeal Court ruled that the grazing levy was illegal.", "Appeal Court", [(O, "grazing levy")], [(S, "grazing levy")]),
    ("ruled", "The employment tribunal ruled that the dismissals had been unfair.", "tribunal", [(O, "dismissals")], [(S, "dismissals")], "a tribunal named by a common noun is no actor node"),
    ("ruled", "The Constitutional Court has ruled that the port tax breaches the constitution.", "Constitutional Court", [(O, "port tax")], [(S, "port tax")]),
    ("ruled", "The High Court on Tuesday ruled that the fuel levy was lawful and could stay.", "High Court", [(S, "fuel levy")], [(O, "fuel levy")]),
    ("ruled", "The World Trade Court ruled the import quota was discriminatory.", "World Trade Court", [(O, "import quota")], [(S, "import quota")]),
    ("ruled", "Judges at the Supreme Court ruled that the housing plan violated planning law.", "Supreme Court", [(O, "housing plan")], [(S, "housing plan")], "the judges of a court are no actor node; the court after 'at' is not their body here"),
    ("ruled", "The court ruled the curfew order was incompatible with the Human Rights Act.", "court", [(O, "curfew order")], [(S, "curfew order")]),
    ("ruled", "The Law Lords ruled by eight votes to one that the detention powers were unlawful.", "Law Lords", [(O, "detention powers")], [(S, "detention powers")]),
    ("found", "The High Court found that the Water Authority had acted unlawfully.", "High Court", [(O, "Water Authority")], [(S, "Water Authority")]),
    ("found", "The inquiry found that the Harbour Board had failed to protect the river.", "inquiry", [(O, "Harbour Board")], [(S, "Harbour Board")], "an inquiry is no actor node"),
    ("found", "The Audit Commission found the Water Authority had wasted millions of pounds.", "Audit Commission", [(O, "Water Authority")], [(S, "Water Authority")]),
    ("found", "The Competition Commission found that the Ferry Company had overcharged passengers.", "Competition Commission", [(O, "Ferry Company")], [(S, "Ferry Company")]),
    ("found", "The Audit Commission found that the bus subsidy had been a waste of money.", "Audit Commission", [(O, "bus subsidy")], [(S, "bus subsidy")]),
    ("found", "An Audit Commission report found the exam reform had been a success.", "Audit Commission", [(S, "exam reform")], [(O, "exam reform")]),
    ("judged", "The Appeal Court judged the grazing levy to be unlawful.", "Appeal Court", [(O, "grazing levy")], [(S, "grazing levy")]),
    ("declared", "The Constitutional Court declared the port tax unconstitutional.", "Constitutional Court", [(O, "port tax")], [(S, "port tax")], "the parser takes 'unconstitutional' for the noun object"),
    ("declared", "The Supreme Court declared that the curfew powers were illegal.", "Supreme Court", [(O, "curfew powers")], [(S, "curfew powers")]),
    ("legality", "Mr Kent said the fuel levy was perfectly legal.", "Kent", [(S, "fuel levy")], [(O, "fuel levy")]),
    ("legality", "Lawyers for the Farmers Union argued that the grazing levy was disproportionate and irrational.", "Farmers Union", [(O, "grazing levy")], [(S, "grazing levy")], "lawyers for a body are their own holder node, not the body's"),
    ("legality", "The Supreme Court ruled that the port tax was valid and constitutional.", "Supreme Court", [(S, "port tax")], [(O, "port tax")]),
    ("legality", "\"The curfew order is illegitimate,\" said Ms Ward.", "Ward", [(O, "curfew order")], [(S, "curfew order")]),
    ("inquiry", "An inquiry by the Audit Commission found the Water Authority had wasted millions.", "Audit Commission", [(O, "Water Authority")], [(S, "Water Authority")]),
    ("inquiry", "An investigation by the Competition Commission found that the Ferry Company had overcharged passengers.", "Competition Commission", [(O, "Ferry Company")], [(S, "Ferry Company")]),
    ("inquiry", "The findings of the Audit Commission said the bus subsidy had been unlawful.", "Audit Commission", [(O, "bus subsidy")], [(S, "bus subsidy")]),
    ("legality", "A spokesman said the Ferry Company still considered the harbour deal valid.", "Ferry Company", [(S, "harbour deal")], [(O, "harbour deal")], "a judgement after 'considered X' is read only where the parser makes it X's complement"),
    # a verdict noun with a that-clause: its owner, its maker or the body that gave it
    ("ruling", "The minister said he would respect the High Court's ruling that the fuel levy was unlawful.", "High Court", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("ruling", "The Supreme Court's judgement that the detention of the men was unlawful has angered ministers.", "Supreme Court", [(O, "detention")], [(S, "detention")]),
    ("ruling", "The Appeal Court gave a ruling that the grazing levy broke European law.", "Appeal Court", [(O, "grazing levy")], [(S, "grazing levy")]),
    ("ruling", "The curfew powers face repeal after a ruling by the Supreme Court that they were illegal.", "Supreme Court", [(O, "curfew powers")], [(S, "curfew powers")], "the clause's subject is a pronoun for the powers named before in the same sentence"),
    ("ruling", "The Audit Commission's finding that the bus subsidy was poor value will be debated today.", "Audit Commission", [(O, "bus subsidy")], [(S, "bus subsidy")]),
    ("ruling", "The tribunal's decision that the dismissals were unfair was welcomed by the Teachers Guild.", "tribunal", [(O, "dismissals")], [(S, "dismissals")], "'decision' is no verdict noun (it names a choice as often), and a tribunal is no actor node"),
    ("ruling", "The government will appeal against the High Court's verdict that the port tax was unlawful.", "High Court", [(O, "port tax")], [(S, "port tax")]),
    ("ruling", "The Appeal Court upheld a ruling that the grazing levy was unlawful.", "Appeal Court", [(O, "grazing levy")], [(S, "grazing levy")]),
    # what an actor should have done, said of it: the speaker's charge against the actor
    ("should-have", "Ms Ward said the government should have acted sooner.", "Ward", [(O, "government")], [(S, "government")]),
    ("should-have", "Mr Kent said the Harbour Board should have consulted the fishermen before it raised fees.", "Kent", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("should-have", "\"The Water Authority should have warned us months ago,\" said Ms Ward.", "Ward", [(O, "Water Authority")], [(S, "Water Authority")]),
    ("should-have", "The Farmers Union said ministers ought to have listened to farmers.", "Farmers Union", [(O, "ministers"), (O, "government")], [(S, "ministers")]),
    ("should-have", "Senator Ada Lund said the Treasury should never have approved the bond sale.", "Lund", [(O, "Treasury")], [(S, "Treasury")]),
    ("should-have", "\"The Labour Party should not have wasted the money on consultants,\" Mr Kent told reporters.", "Kent", [(O, "Labour Party")], [(S, "Labour Party")]),
    ("should-have", "Mr Olaf Brandt said the Coal Board should have done more to save the pits.", "Brandt", [(O, "Coal Board")], [(S, "Coal Board")]),
    ("should-have", "Dr Petra Voss argued that the Health Authority should have spent the money on nurses.", "Voss", [(O, "Health Authority")], [(S, "Health Authority")]),
    ("should-have", "Ms Ward said Mr Kent should have resigned over the affair.", "Ward", [(O, "Kent")], [(S, "Kent")]),
    ("should-have", "The Tenants Association claimed the council could have prevented the evictions.", "Tenants Association", [(O, "council")], [(S, "council")], "'could have' is a possibility as often as a charge"),
    # a phrasal predicate of failure or misconduct said of an actor
    ("failed", "Ms Ward said the Environment Agency had failed to protect the river.", "Ward", [(O, "Environment Agency")], [(S, "Environment Agency")]),
    ("failed", "Mr Kent said the Harbour Board had failed the fishermen.", "Kent", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("failed", "\"The Water Authority has completely failed to tackle the leaks,\" said Ms Ward.", "Ward", [(O, "Water Authority")], [(S, "Water Authority")]),
    ("failed", "The Teachers Guild said ministers had failed a generation of pupils.", "Teachers Guild", [(O, "ministers"), (O, "government")], [(S, "ministers")]),
    ("failed", "Senator Ada Lund said the Treasury had repeatedly failed to control spending.", "Lund", [(O, "Treasury")], [(S, "Treasury")]),
    ("idiom", "Mr Kent said ministers had dragged their feet over the fuel levy.", "Kent", [(O, "ministers"), (O, "government")], [(S, "ministers")]),
    ("idiom", "Ms Ward said the Harbour Board was dragging its feet.", "Ward", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("idiom", "Ms Ward said the minister has questions to answer.", "Ward", [(O, "minister")], [(S, "minister")], "an office named without its holder is no actor the rules judge"),
    ("idiom", "Ms Ward said Mr Olaf Brandt had some serious questions to answer about the accounts.", "Ward", [(O, "Brandt")], [(S, "Brandt")]),
    ("idiom", "\"The Water Authority has serious questions to answer,\" Mr Kent said.", "Kent", [(O, "Water Authority")], [(S, "Water Authority")]),
    ("idiom", "The Farmers Union says the Reform Party's sums do not add up.", "Farmers Union", [(O, "Reform Party"), (O, "sums")], [(S, "Reform Party")]),
    ("idiom", "Mr Kent said the figures behind the housing plan did not add up.", "Kent", [(O, "housing plan"), (O, "figures")], [(S, "housing plan")], "the figures behind a plan are no actor; the plan is no owner of them in the parse"),
    ("idiom", "Ms Ward said the Green Party had learned nothing from its defeat.", "Ward", [(O, "Green Party")], [(S, "Green Party")]),
    ("idiom", "Mr Kent said the Harbour Board had buried its head in the sand.", "Kent", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("idiom", "Ms Ward said the Water Authority had lost its way.", "Ward", [(O, "Water Authority")], [(S, "Water Authority")]),
    ("idiom", "Mr Kent said the Treasury had moved the goalposts.", "Kent", [(O, "Treasury")], [(S, "Treasury")]),
    ("idiom", "The Teachers Guild said the Examinations Council was out of touch with schools.", "Teachers Guild", [(O, "Examinations Council")], [(S, "Examinations Council")]),
    ("idiom", "Ms Ward said the Harbour Board had been asleep at the wheel.", "Ward", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("idiom", "Mr Kent said the Treasury was passing the buck.", "Kent", [(O, "Treasury")], [(S, "Treasury")]),
    ("failed", "Mr Kent said the Ferry Company had failed its passengers for years.", "Kent", [(O, "Ferry Company")], [(S, "Ferry Company")]),
    ("failed", "\"The Harbour Board failed to consult anyone,\" Ms Ward said.", "Ward", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("failed", "Dr Petra Voss claimed the Health Authority had failed to act on repeated warnings.", "Voss", [(O, "Health Authority")], [(S, "Health Authority")]),
    ("failed", "Senator Ada Lund said the Labour Party had met twice and failed to settle anything.", "Lund", [(O, "Labour Party")], [(S, "Labour Party")]),
    ("idiom", "\"The Treasury is dragging its feet on the port tax,\" said Senator Ada Lund.", "Lund", [(O, "Treasury")], [(S, "Treasury")]),
    ("idiom", "The Farmers Union said the Water Authority had swept the report under the carpet.", "Farmers Union", [(O, "Water Authority")], [(S, "Water Authority")]),
    ("idiom", "Mr Kent argued that the Green Party had simply lost the plot.", "Kent", [(O, "Green Party")], [(S, "Green Party")]),
    ("idiom", "Ms Ward said the Ferry Company had kept its promise to the islanders.", "Ward", [(S, "Ferry Company")], [(O, "Ferry Company")]),
    ("idiom", "Mr Kent said the Harbour Board had risen to the challenge.", "Kent", [(S, "Harbour Board")], [(O, "Harbour Board")]),
    ("idiom", "\"The Harbour Board's figures simply do not add up,\" said Mr Kent.", "Kent", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("should-have", "The Rail Users Group said the Ferry Company should have cut fares last year.", "Rail Users Group", [(O, "Ferry Company")], [(S, "Ferry Company")]),
    ("should-have", "\"Mr Kent ought to have known better,\" Ms Ward said on Monday.", "Ward", [(O, "Kent")], [(S, "Kent")]),
    ("breach", "Mr Kent said the port tax broke the trade agreement with Norland.", "Kent", [(O, "port tax")], [(S, "port tax")]),
    ("breach", "The Farmers Union claimed the Water Authority had broken the rules on river pollution.", "Farmers Union", [(O, "Water Authority")], [(S, "Water Authority")]),
    ("breach", "\"The Harbour Board has broken every promise it made to this town,\" said Ms Ward.", "Ward", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("breach", "Senator Ada Lund said the import quota would break international trade law.", "Lund", against("import quota"), [(S, "import quota")]),
    ("wasted", "Ms Ward said the Ferry Company was wasting public money on consultants.", "Ward", [(O, "Ferry Company")], [(S, "Ferry Company")]),
    ("apposed", "Ms Ward attacked the Greens at a rally. \"They, the Greens, have learned nothing,\" she added.", "Ward", [(O, "Green")], [(S, "Green")]),
    ("no-alternative", "Mr Kent said he could see no alternative to the fuel levy.", "Kent", [(S, "fuel levy")], [(O, "fuel levy")]),
    ("no-alternative", "\"We see no alternative to the housing plan,\" said the Tenants Association.", "Tenants Association", [(S, "housing plan")], [(O, "housing plan")]),
    ("one-of", "Mr Kent welcomed the bridge plan. \"This is one of the most important projects for the region,\" he said.", "Kent", [(S, "bridge plan")], [(O, "bridge plan"), (S, "most important")]),
    ("one-of", "Ms Ward said the fuel levy was one of the most unfair taxes in Europe.", "Ward", [(O, "fuel levy")], [(S, "fuel levy"), (O, "most unfair")]),
    ("one-of", "\"The housing plan is one of the best schemes we have seen in years,\" said Dr Petra Voss.", "Voss", [(S, "housing plan")], [(O, "housing plan"), (S, "best schemes")]),
    ("one-of", "Senator Ada Lund said the import quota was one of the most damaging policies of the decade.", "Lund", [(O, "import quota"), (W, "import quota")], [(S, "import quota")]),
    # a plan foretold to fail, or a harm foretold, in the speaker's words
    ("foretold", "Mr Kent said direct grants to carers will not work if there are no services.", "Kent", against("direct grants"), [(S, "direct grants")]),
    ("foretold", "Ms Ward said the fuel levy would leave pensioners worse off.", "Ward", against("fuel levy"), [(S, "fuel levy")]),
    ("foretold", "Mr Kent said the housing plan was doomed to fail.", "Kent", against("housing plan"), [(S, "housing plan")]),
    ("foretold", "The Farmers Union said the grazing levy would drive hundreds of farms out of business.", "Farmers Union", against("grazing levy"), [(S, "grazing levy")]),
    ("foretold", "Ms Ward said the port tax would cost the town thousands of jobs.", "Ward", against("port tax"), [(S, "port tax")]),
    ("foretold", "The Tories say the Liberal Party would make families pay more tax.", "Tories", [(O, "Liberal Party")], [(S, "Liberal Party")], "a harm foretold of an actor's own acts is no charge the rules read"),
    ("foretold", "Senator Ada Lund predicted the import quota would backfire.", "Lund", against("import quota"), [(S, "import quota")]),
    ("foretold", "Mr Kent said the exam reform was a recipe for chaos.", "Kent", against("exam reform"), [(S, "exam reform")]),
    # a good word or a good outcome in the speaker's words
    ("good", "Ms Ward said the trade deal will secure thousands of jobs.", "Ward", [(S, "trade deal")], [(O, "trade deal")]),
    ("good", "Mr Kent said the care plans could improve dignity for older people.", "Kent", [(S, "care plans")], [(O, "care plans")]),
    ("good", "\"The bridge ranks among the most important projects for the region,\" said Mr Kent.", "Kent", [(S, "bridge")], [(O, "bridge")], "the epithet's noun is taken for the target, not the subject it is said of"),
    ("good", "Senator Ada Lund said the bus subsidy had been a great success.", "Lund", [(S, "bus subsidy")], [(O, "bus subsidy")]),
    ("good", "The Rail Users Group said the new timetable would make journeys quicker and cheaper.", "Rail Users Group", [(S, "timetable")], [(O, "timetable")], "a state made better ('quicker', 'cheaper') is no better state of the lists"),
    ("good", "Mr Olaf Brandt said the Miners Federation had done a fine job for its members.", "Brandt", [(S, "Miners Federation")], [(O, "Miners Federation")], "the work noun's judgement with a prepositional phrase after it"),
    ("good", "Ms Ward said the Harbour Board had acted swiftly and responsibly.", "Ward", [(S, "Harbour Board")], [(O, "Harbour Board")], "coordinated manner adverbs: the first ('swiftly') judges nothing"),
]

# sentences where a reading of judgement would be wrong: no side, or not this one
WRONG = [
    # a verdict that judges nothing: a thing allowed to go ahead, a fact found
    ("verdict", "The High Court ruled that the case could go ahead next month.", "High Court", [], [(O, "case"), (S, "case")]),
    ("verdict", "The inquiry found that rainfall had been unusually low last summer.", "inquiry", [], [(O, "rainfall")]),
    ("verdict", "The Audit Commission found that spending on roads had risen by 4%.", "Audit Commission", [], [(O, "spending"), (S, "spending")]),
    ("verdict", "The court ruled that it had no power to hear the case.", "court", [], [(O, "case")]),
    ("verdict", "The judge found that the storm had caused most of the damage.", "judge", [], [(O, "storm")]),
    # a verdict reported to be rejected: the rejecter does not take the court's side
    ("rejected", "Mr Kent said the tribunal was wrong to rule that the dismissals were unfair.", "Kent", [], [(O, "dismissals")]),
    # a neutral report of figures
    ("neutral", "The Ferry Company said profits had fallen by a third.", "Ferry Company", [], [(O, "profits"), (O, "Ferry Company")]),
    ("neutral", "The bank said lending had failed to recover in the spring.", "bank", [], [(O, "lending")]),
    # the weather or the economy, no actor and no policy
    ("thing", "Mr Kent said the weather should have improved by now.", "Kent", [], [(O, "weather")]),
    ("thing", "Ms Ward said the economy had failed to grow in the second quarter.", "Ward", [], [(O, "economy")]),
    ("thing", "Mr Kent said the harvest had failed for a second year.", "Kent", [], [(O, "harvest")]),
    # the speaker's own conduct, or a wish
    ("own", "Mr Kent said he should have acted sooner.", "Kent", [], [(O, "Kent")]),
    ("own", "\"We should have listened to our members,\" said the Farmers Union.", "Farmers Union", [], [(O, "Farmers Union")]),
    ("own", "Ms Ward said her party should have done more to explain the fuel levy.", "Ward", [], [(O, "party")]),
    # a failure that is a plight or a loss, no fault
    ("plight", "Ms Ward said the Green Party had failed to win a single seat.", "Ward", [], [(O, "Green Party")]),
    ("plight", "Mr Kent said the Ferry Company had failed to find a buyer.", "Kent", [], [(O, "Ferry Company")]),
    # an idiom denied, or taken literally by no actor
    ("idiom", "Ms Ward said the Harbour Board had not dragged its feet.", "Ward", [], [(O, "Harbour Board")]),
    ("idiom", "Mr Kent said the figures for the Water Authority added up.", "Kent", [], [(O, "Water Authority")]),
    ("idiom", "Mr Kent said the goalkeeper had dropped the ball twice.", "Kent", [], [(O, "goalkeeper")]),
    ("idiom", "\"We have questions to answer,\" said the Farmers Union.", "Farmers Union", [], [(O, "Farmers Union")]),
    ("own", "Ms Ward said the Tenants Association had failed to explain its case, and she was sorry.", "Ward", [], [(S, "Tenants Association")]),
    ("plight", "Senator Ada Lund said the Harbour Board had failed to reach agreement with the unions.", "Lund", [], [(O, "unions")]),
    ("not", "Mr Kent said the Water Authority had never failed the town.", "Kent", [], [(O, "Water Authority")]),
    ("not", "Ms Ward said the Harbour Board should have the power to set fees.", "Ward", [], [(O, "Harbour Board")]),
    # a trade or a people of a country is not its government
    ("sector", "Mr Kent said Dutch farming had failed to invest in new machinery.", "Kent", [], [(O, "Netherlands"), (O, "Holland")]),
    ("sector", "Ms Ward said British farmers should have been warned sooner.", "Ward", [], [(O, "Britain"), (O, "United Kingdom")]),
    # a thing broken that is no norm
    ("breach", "Ms Ward said the talks had broken the deadlock over the port tax.", "Ward", [], [(O, "talks"), (O, "port tax")]),
    ("breach", "Mr Kent said the Ferry Company had broken new ground with its electric ferries.", "Kent", [], [(O, "Ferry Company")]),
    ("breach", "Ms Ward said the Water Authority had not broken any rules.", "Ward", [], [(O, "Water Authority")]),
    ("wasted", "Mr Kent said the drought had wasted a whole season of work.", "Kent", [], [(O, "drought")]),
    ("one-of", "Ms Ward said the harvest was one of the worst in years.", "Ward", [], [(O, "harvest")]),
    ("one-of", "Mr Kent said the port tax was one of the taxes the Harbour Board collects.", "Kent", [], [(O, "port tax"), (S, "port tax")]),
    ("legality", "Ms Ward said nobody yet knew whether the port tax was legal.", "Ward", [], [(S, "port tax"), (O, "port tax")]),
    ("legality", "Mr Kent said the fuel levy was not unreasonable.", "Kent", [], [(O, "fuel levy")]),
    ("inquiry", "An inquiry by the Audit Commission found that rainfall had been low.", "Audit Commission", [], [(O, "rainfall")]),
    ("kind", "\"Sheltering them is a legal duty,\" said Mr Kent.", "Kent", [], [(S, "legal duty")]),
    ("kind", "Ms Ward said the constitutional reform would be debated in May.", "Ward", [], [(S, "constitutional reform")]),
    ("co-speaker", "The Greens and the Reform Party say the party's sums do not add up.", "Greens", [], [(O, "Reform Party"), (O, "Green")]),
    ("kind", "Mr Kent said the Ferry Company had taken legal action over the port tax.", "Kent", [], [(S, "legal action")]),
    # a question or a hope
    ("question", "Mr Kent asked whether the Harbour Board should have acted sooner.", "Kent", [], [(O, "Harbour Board")]),
    ("hope", "Ms Ward said the Harbour Board should have the new ferries running by May.", "Ward", [], [(O, "Harbour Board")]),
    # someone else's judgement in the speaker's report
    ("others", "Ms Ward said critics believed the minister should have resigned.", "Ward", [], [(O, "minister")]),
]


def _params(cases):
    for case in cases:
        marks = [pytest.mark.xfail(strict=False, reason=case[5])] if len(case) > 5 else []
        yield pytest.param(*case[:5], marks=marks, id=f"{case[0]}: {case[1][:60]}")


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(_params(CASES)))
def test_judged_read(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong, wrong_inside=True)


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(_params(WRONG)))
def test_no_misreading(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong, wrong_inside=True)
