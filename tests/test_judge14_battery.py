"""A battery of judgements said with no stance verb (issue 10, session 14): a naming verb whose judgement has a
polarity of its own ("described the Water Authority as a failing regulator", "called it a tax-and-spend budget"),
a copular judgement of the speaker with coordinated or negated adjectives ("was vacuous and cynical", "is not fit
for purpose"), what an actor's strategy is or what it lacks ("Kent's sole tactic was opportunism", "lacks vision",
"has run out of ideas"), a behaviour simile ("acting like petty despots"), and an effect foretold by its
adjective ("would have a corrosive impact upon", "put jobs at risk"). Every sentence is invented (names, bodies and
policies too); each case gives the sides a careful reader takes (GUIDELINES.md), any one of which is the reading,
and the sides that would be a misreading. A case that says what it lacks is not read yet: it is counted, not
hidden (non-strict xfail), and passes the day its construction is read."""
from __future__ import annotations

import pytest

from conftest import assert_sides

S, O, W = "supports", "opposes", "warns"


def against(t):
    return [(O, t), (W, t)]


# (construction, sentence, holder, sides any one of which is the reading, sides that would be a misreading[, what a
# construction not read yet lacks])
CASES = [
    # a naming verb: the judgement's polarity decides
    ("naming", "The Farmers Union described the Water Authority as a failing regulator.", "Farmers Union", [(O, "Water Authority")], [(S, "Water Authority")]),
    ("naming", "Ms Ward described the fuel levy as a cruel and pointless measure.", "Ward", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("naming", "Mr Kent has described the Harbour Board as a shambolic outfit.", "Kent", [(O, "Harbour Board")], [(S, "Harbour Board")], "VADER lacks 'shambolic' and the eval lists too"),
    ("naming", "Senator Ada Lund labelled the grazing levy a tax on honest farmers.", "Lund", [(O, "grazing levy")], [(S, "grazing levy")], "a judgement by what the thing is a tax on: VADER rates 'honest' good"),
    ("naming", "The Teachers Guild branded the exam reform a reckless experiment.", "Teachers Guild", [(O, "exam reform")], [(S, "exam reform")]),
    ("naming", "Mr Kent called the port tax a vote-losing blunder.", "Kent", [(O, "port tax")], [(S, "port tax")]),
    ("naming", "Ms Ward dismissed the housing plan as hopelessly naive.", "Ward", [(O, "housing plan")], [(S, "housing plan")]),
    ("naming", "The Rail Users Group described the bus subsidy as a generous and welcome gesture.", "Rail Users Group", [(S, "bus subsidy")], [(O, "bus subsidy")]),
    ("naming", "Dr Petra Voss described the Tenants Association as a brave and honest voice.", "Voss", [(S, "Tenants Association")], [(O, "Tenants Association")]),
    ("naming", "Mr Olaf Brandt, the Miners Federation leader, called the pit closure plan a brutal betrayal.", "Brandt", [(O, "pit closure")], [(S, "pit closure")]),
    ("naming", "The Farmers Union on Monday labelled the Water Authority arrogant and secretive.", "Farmers Union", [(O, "Water Authority")], [(S, "Water Authority")]),
    ("naming", "Ms Ward called the Ferry Company's pricing policy a scandalous rip-off.", "Ward", [(O, "pricing policy"), (O, "Ferry Company")], [(S, "pricing policy")]),
    ("naming", "Mr Kent described Senator Ada Lund as a decent and honourable colleague.", "Kent", [(S, "Lund")], [(O, "Lund")]),
    ("naming", "Senator Ada Lund called the trade accord a great victory for farmers.", "Lund", [(S, "trade accord")], [(O, "trade accord")]),
    ("naming", "The Harbour Board was described by Ms Ward as a failing body.", "Ward", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("naming", "The fuel levy was labelled a cynical con by the Farmers Union.", "Farmers Union", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("naming", "The fuel levy was described by Mr Kent as unfair and regressive.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("naming", "Mr Olaf Brandt was described by Ms Ward as a brave and honourable man.", "Ward", [(S, "Brandt")], [(O, "Brandt")]),
    # a copular judgement in reported or quoted speech: coordinated adjectives, VADER's polarity
    ("copular", "The Farmers Union said the grazing levy was vacuous and cynical.", "Farmers Union", [(O, "grazing levy")], [(S, "grazing levy")]),
    ("copular", "Ms Ward said the fuel levy was cruel, costly and pointless.", "Ward", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("copular", "Mr Kent said the port tax was dishonest and divisive.", "Kent", [(O, "port tax")], [(S, "port tax")]),
    ("copular", "\"The exam reform is chaotic and badly planned,\" the Teachers Guild said.", "Teachers Guild", [(O, "exam reform")], [(S, "exam reform")]),
    ("copular", "Senator Ada Lund said the trade accord was fair, balanced and generous.", "Lund", [(S, "trade accord")], [(O, "trade accord")]),
    ("copular", "The housing plan is bold and imaginative, Dr Petra Voss said.", "Voss", [(S, "housing plan")], [(O, "housing plan")], "a good judgement under VADER's threshold ('bold' 1.6; 'imaginative' unrated)"),
    ("copular", "Mr Kent said the Harbour Board was incompetent and dishonest.", "Kent", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("copular", "Ms Ward said the Water Authority had been negligent and careless.", "Ward", [(O, "Water Authority")], [(S, "Water Authority")]),
    ("copular", "The Rail Users Group said the fare rise was shameful.", "Rail Users Group", [(O, "fare rise")], [(S, "fare rise")]),
    ("copular", "Mr Kent said the pension reform would be disastrous for widows.", "Kent", against("pension reform"), [(S, "pension reform")]),
    ("copular", "Mr Olaf Brandt said the pit closure plan was a cruel and heartless act.", "Brandt", [(O, "pit closure")], [(S, "pit closure")]),
    ("copular", "\"This grazing levy is absolutely disgusting,\" Ms Ward told reporters.", "Ward", [(O, "grazing levy")], [(S, "grazing levy")]),
    # a judgement denied: "not fit for purpose", "not safe", "no vision"
    ("negated", "Ms Ward said the Water Authority was not fit for purpose.", "Ward", [(O, "Water Authority")], [(S, "Water Authority")]),
    ("negated", "Mr Kent said the Harbour Board was not competent to run the port.", "Kent", [(O, "Harbour Board")], [(S, "Harbour Board")], "a good trait denied ('not competent') judges the actor against"),
    ("negated", "The Teachers Guild said the exam reform was not fair to pupils.", "Teachers Guild", [(O, "exam reform")], [(S, "exam reform")]),
    ("negated", "Senator Ada Lund said the import quota was neither fair nor sensible.", "Lund", [(O, "import quota")], [(S, "import quota")], "'neither ... nor' denies both good words: no negation the rule reads"),
    ("negated", "Mr Kent said the Harbour Board had no forward vision.", "Kent", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("negated", "The Farmers Union said the Water Authority had no credible plan for the drought.", "Farmers Union", [(O, "Water Authority")], [(S, "Water Authority")], "a plan denied by 'no' with a good adjective VADER lacks"),
    ("negated", "\"The fuel levy is simply not fair,\" Mr Kent said.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("negated", "Dr Petra Voss said the housing plan was not a good idea.", "Voss", [(O, "housing plan")], [(S, "housing plan")]),
    # what an actor's strategy is, what it lacks, what it has run out of, what it failed
    ("strategy", "Ms Ward said Mr Kent's sole tactic was opportunism.", "Ward", [(O, "Kent")], [(S, "Kent")], "what an actor's tactic is, judged by a noun VADER rates mildly"),
    ("strategy", "The Farmers Union said the Water Authority's only answer was delay.", "Farmers Union", [(O, "Water Authority")], [(S, "Water Authority")], "'only answer was delay': the restriction 'only' is the judgement"),
    ("strategy", "Mr Kent said the Harbour Board's policy was pure cowardice.", "Kent", [(O, "Harbour Board")], [(S, "Harbour Board")], "VADER lacks 'cowardice'"),
    ("strategy", "Senator Ada Lund said Mr Kent's approach was sheer arrogance.", "Lund", [(O, "Kent")], [(S, "Kent")]),
    ("lacks", "Mr Kent said Ms Ward lacks judgement and courage.", "Kent", [(O, "Ward")], [(S, "Ward")]),
    ("lacks", "\"The Harbour Board lacks any sense of urgency,\" Ms Ward said.", "Ward", [(O, "Harbour Board")], [(S, "Harbour Board")], "a verb of lacking turns a good noun into a fault"),
    ("lacks", "The Teachers Guild said Mr Kent lacked the courage to act.", "Teachers Guild", [(O, "Kent")], [(S, "Kent")]),
    ("lacks", "Ms Ward said the Water Authority had run out of ideas.", "Ward", [(O, "Water Authority")], [(S, "Water Authority")], "'run out of' a good thing is a fault; VADER lacks 'ideas'"),
    ("lacks", "\"This board has run out of excuses,\" Mr Kent said of the Harbour Board.", "Kent", [(O, "board")], [(S, "board")], "'run out of' with the board named only after the quote"),
    ("lacks", "Senator Ada Lund said Mr Kent had lost all credibility.", "Lund", [(O, "Kent")], [(S, "Kent")], "VADER lacks 'credibility'"),
    ("lacks", "Ms Ward said the Harbour Board had run out of solutions.", "Ward", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("lacks", "Ms Ward criticised Mr Kent on Monday. \"He lacks vision and good judgement,\" she said.", "Ward", [(O, "Kent")], [(S, "Kent")]),
    ("lacks", "The Farmers Union said the Water Authority had shown no courage and no leadership.", "Farmers Union", [(O, "Water Authority")], [(S, "Water Authority")]),
    ("lacks", "Senator Ada Lund said the Harbour Board lacked integrity.", "Lund", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("failed", "Mr Kent said Ms Ward had failed the test of leadership.", "Kent", [(O, "Ward")], [(S, "Ward")]),
    ("failed", "The Farmers Union said the Water Authority had failed farmers badly.", "Farmers Union", [(O, "Water Authority")], [(S, "Water Authority")]),
    ("failed", "Ms Ward said the Harbour Board had failed to protect fishermen.", "Ward", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    # a behaviour simile: "behaving like N", "acting like N"
    ("simile", "Mr Kent said some officials at the Harbour Board were acting like petty despots.", "Kent", [(O, "Harbour Board")], [(S, "Harbour Board")], "a simile said of officials of a body; VADER lacks 'despots'"),
    ("simile", "Ms Ward said the Water Authority was acting like a petty dictator.", "Ward", [(O, "Water Authority")], [(S, "Water Authority")]),
    ("simile", "The Farmers Union said Mr Kent was behaving like a bully.", "Farmers Union", [(O, "Kent")], [(S, "Kent")]),
    ("simile", "\"The Harbour Board behaves like an absentee landlord,\" Mr Kent said.", "Kent", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("simile", "Senator Ada Lund said Ms Ward had acted like a true statesman.", "Lund", [(S, "Ward")], [(O, "Ward")]),
    ("simile", "Mr Kent said the Water Authority had behaved like a good neighbour to the village.", "Kent", [(S, "Water Authority")], [(O, "Water Authority")]),
    ("simile", "Ms Ward accused the Ferry Company of treating passengers like cattle.", "Ward", [(O, "Ferry Company")], [(S, "Ferry Company")]),
    ("simile", "Mr Kent said the Harbour Board treated fishermen as second-class citizens.", "Kent", [(O, "Harbour Board")], [(S, "Harbour Board")], "'treat X as N' with a demeaning N that VADER lacks"),
    # the manner an actor acted in (FrameNet Conduct: act, behave)
    ("conduct", "Ms Ward said the Farmers Union had acted irresponsibly.", "Ward", [(O, "Farmers Union")], [(S, "Farmers Union")]),
    ("conduct", "\"The Harbour Board behaved disgracefully,\" Mr Kent said.", "Kent", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("conduct", "Senator Ada Lund said Mr Kent had acted honourably throughout the dispute.", "Lund", [(S, "Kent")], [(O, "Kent")]),
    ("conduct", "Mr Kent said the Water Authority had acted illegally in raising its charges.", "Kent", [(O, "Water Authority")], [(S, "Water Authority")]),
    ("conduct", "The Tenants Association said the Ferry Company had behaved shamefully towards its staff.", "Tenants Association", [(O, "Ferry Company")], [(S, "Ferry Company")]),
    # an effect foretold by its adjective or its verb
    ("effect", "Mr Kent said the fuel levy would have a corrosive impact upon farm incomes.", "Kent", against("fuel levy"), [(S, "fuel levy")], "VADER lacks 'corrosive'"),
    ("effect", "Ms Ward said the grazing levy would have a devastating impact on hill farms.", "Ward", against("grazing levy"), [(S, "grazing levy")]),
    ("effect", "The port tax will have a damaging effect on coastal towns, the Farmers Union said.", "Farmers Union", against("port tax"), [(S, "port tax")]),
    ("effect", "Senator Ada Lund said the trade accord would have a positive impact on exports.", "Lund", [(S, "trade accord")], [(O, "trade accord")]),
    ("effect", "Dr Petra Voss said the housing plan would have a beneficial effect on young families.", "Voss", [(S, "housing plan")], [(O, "housing plan")]),
    ("effect", "The Teachers Guild said the exam reform had had a disastrous effect on morale.", "Teachers Guild", [(O, "exam reform")], [(S, "exam reform")]),
    ("effect", "Mr Kent said the pension reform would put thousands of jobs at risk.", "Kent", against("pension reform"), [(S, "pension reform")]),
    ("effect", "The fuel levy puts rural businesses at risk, Ms Ward said.", "Ward", against("fuel levy"), [(S, "fuel levy")]),
    ("effect", "Mr Olaf Brandt said the pit closure plan would undermine the whole region.", "Brandt", against("pit closure"), [(S, "pit closure")]),
    ("effect", "Ms Ward said the import quota would hurt shoppers and damage trade.", "Ward", against("import quota"), [(S, "import quota")]),
    ("effect", "Mr Kent said the grazing levy would have a chilling effect on investment.", "Kent", against("grazing levy"), [(S, "grazing levy")], "VADER rates 'chilling' near zero: an idiom"),
    # a verdict of sufficiency (FrameNet Sufficiency): "does not go far enough", "goes too far", "falls short"
    ("enough", "Mr Kent said the housing plan simply does not go far enough.", "Kent", [(O, "housing plan")], [(S, "housing plan")]),
    ("enough", "\"This pension reform does not go nearly far enough,\" Ms Ward said.", "Ward", [(O, "pension reform")], [(S, "pension reform")]),
    ("enough", "Senator Ada Lund said the import quota went too far.", "Lund", [(O, "import quota")], [(S, "import quota")]),
    ("enough", "The Farmers Union said the new grazing rules go too far and would ruin hill farms.", "Farmers Union", [(O, "grazing rules"), (W, "grazing rules")], [(S, "grazing rules")]),
    ("enough", "Ms Ward said the pension reform fell short of what widows needed.", "Ward", [(O, "pension reform")], [(S, "pension reform")]),
    ("enough", "Mr Kent said the bus subsidy went far enough.", "Kent", [(S, "bus subsidy")], [(O, "bus subsidy")]),
    # a breach foretold or charged (FrameNet Compliance), a policy called an attack on someone (FrameNet Attack)
    ("breach", "Mr Kent said the port tax would contravene European trade rules.", "Kent", against("port tax"), [(S, "port tax")]),
    ("breach", "Ms Ward said the grazing levy breaches the farm treaty.", "Ward", against("grazing levy"), [(S, "grazing levy")]),
    ("breach", "The import quota violates the trade pact, Senator Ada Lund said on Thursday.", "Lund", against("import quota"), [(S, "import quota")]),
    ("breach", "Ms Ward said the Harbour Board had breached the rules on dredging.", "Ward", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("breach", "The Farmers Union said the Water Authority had repeatedly violated its own code.", "Farmers Union", [(O, "Water Authority")], [(S, "Water Authority")]),
    ("effect", "Ms Ward said the fuel levy does not help farmers.", "Ward", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("attack", "Mr Kent said the fuel levy was an attack on rural families.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("attack", "Ms Ward said the curfew was the biggest assault on civil liberties in decades.", "Ward", [(O, "curfew")], [(S, "curfew")]),
    ("attack", "\"The water charges are a deliberate attack on the poor,\" Dr Petra Voss said.", "Voss", [(O, "water charges")], [(S, "water charges")]),
    # an extraposed judgement of a that-clause
    ("extraposed", "Ms Ward said it was deeply troubling that the Harbour Board had ignored the report.", "Ward", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("extraposed", "Mr Kent said it was bleakly ironic that the Water Authority had raised its charges.", "Kent", [(O, "Water Authority")], [(S, "Water Authority")], "VADER rates 'ironic' mildly (-0.5)"),
    ("extraposed", "\"It is outrageous that the Ferry Company has cut the winter service,\" Ms Ward said.", "Ward", [(O, "Ferry Company")], [(S, "Ferry Company")]),
    ("extraposed", "Senator Ada Lund said it was shameful that the Harbour Board had kept the report secret.", "Lund", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("extraposed", "Dr Petra Voss said it was wonderful that the Tenants Association had won the case.", "Voss", [(S, "Tenants Association")], [(O, "Tenants Association")]),
    # an extraposed judgement of a to-clause's act, by a bad word VADER rates
    ("extraposed", "Ms Ward said it was absolutely disgusting to propose a levy on pensioners.", "Ward", [(O, "levy on pensioners")], [(S, "levy")]),
    ("extraposed", "Mr Kent said it was cruel to impose the fuel levy on farmers.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("extraposed", "\"It is frankly pathetic to cut the bus subsidy now,\" Senator Ada Lund said.", "Lund", [(O, "bus subsidy")], [(S, "bus subsidy")]),
    # wire style
    ("wire", "The Farmers Union, in a statement, said the grazing levy was ill-judged and unfair.", "Farmers Union", [(O, "grazing levy")], [(S, "grazing levy")]),
    ("wire", "Senator Ada Lund, a Democrat, said the import quota was protectionist and wrong.", "Lund", [(O, "import quota")], [(S, "import quota")]),
    ("wire", "Tom Reed, chairman of the Harbour Board, said the port tax would have an adverse effect on shipping.", "Reed", against("port tax"), [(S, "port tax")]),
    ("wire", "Mr Olaf Brandt told reporters the pit closure plan was callous and short-sighted.", "Brandt", [(O, "pit closure")], [(S, "pit closure")]),
]

# sentences where a reading of judgement would be wrong: no side, or not this one
WRONG = [
    # a neutral or self-description judges no one
    ("neutral", "The Ferry Company described its results as strong.", "Ferry Company", [], [(S, "Ferry Company"), (O, "Ferry Company")]),
    ("neutral", "The Harbour Board described the quarter as difficult.", "Harbour Board", [], [(O, "Harbour Board")]),
    ("neutral", "Ms Ward described the housing plan as the biggest in a generation.", "Ward", [], [(O, "housing plan"), (S, "housing plan")]),
    ("neutral", "Mr Kent called the fuel levy a tax on diesel and petrol.", "Kent", [], [(O, "fuel levy"), (S, "fuel levy")]),
    ("neutral", "The Harbour Board was described as a failing regulator.", "Harbour Board", [], [(O, "Harbour Board")]),
    ("neutral", "The port tax was described by Ms Ward as a levy on cargo.", "Ward", [], [(O, "port tax"), (S, "port tax")]),
    # a feeling reported of an actor is the actor's own
    ("feeling", "Ms Ward said the Teachers Guild was furious.", "Ward", [], [(O, "Teachers Guild")]),
    ("feeling", "Mr Kent said the Farmers Union was deeply upset and frustrated.", "Kent", [], [(O, "Farmers Union")]),
    ("feeling", "Senator Ada Lund said the Tenants Association was delighted.", "Lund", [], [(S, "Tenants Association")]),
    # the weather or the economy judged: no actor, no position
    ("thing", "Mr Kent described the weather as dreadful.", "Kent", [], [(O, "weather")]),
    ("thing", "Ms Ward said the economy was weak and fragile.", "Ward", [], [(O, "economy")]),
    ("thing", "The Farmers Union said the harvest had been disastrous.", "Farmers Union", [], [(O, "harvest")]),
    ("thing", "Mr Kent said the drought would have a devastating effect on crops.", "Kent", [], [(O, "drought"), (W, "drought")]),
    ("thing", "Ms Ward said the storm had put hundreds of homes at risk.", "Ward", [], [(O, "storm"), (W, "storm")]),
    ("thing", "Ms Ward said the attack on the ferry was an outrage.", "Ward", [], [(O, "ferry")]),
    ("not", "Mr Kent said the port tax did not breach any treaty.", "Kent", [], [(O, "port tax"), (W, "port tax")]),
    ("not", "Mr Kent said the fuel levy does not hurt farmers.", "Kent", [], [(O, "fuel levy"), (W, "fuel levy")]),
    ("not", "Ms Ward said the bus subsidy had not damaged rail services.", "Ward", [], [(O, "bus subsidy"), (W, "bus subsidy")]),
    ("thing", "Ms Ward said the talks had not gone far.", "Ward", [], [(O, "talks")]),
    ("thing", "Mr Kent said profits had fallen short of forecasts.", "Kent", [], [(O, "profits")]),
    ("difficulty", "Ms Ward said it was difficult to predict the result of next week's vote.", "Ward", [], [(O, "result"), (O, "vote")]),
    ("difficulty", "Mr Kent said it was hard to estimate the cost of the port tax.", "Kent", [], [(O, "port tax"), (O, "cost")]),
    ("likeness", "Mr Kent said the Harbour Board behaved like a responsible neighbour.", "Kent", [], [(O, "Harbour Board")]),
    ("manner", "Mr Kent said the Harbour Board had acted quickly.", "Kent", [], [(O, "Harbour Board"), (S, "Harbour Board")]),
    ("manner", "Ms Ward said the Water Authority acts independently of ministers.", "Ward", [], [(O, "Water Authority"), (S, "Water Authority")]),
    ("manner", "Ms Ward said the Harbour Board had not acted unfairly.", "Ward", [], [(O, "Harbour Board")]),
    # a judgement quoted to be rejected, or denied
    ("rejected", "Mr Kent rejected claims that the fuel levy was unfair.", "Kent", [], [(O, "fuel levy")]),
    ("rejected", "Ms Ward denied that the Harbour Board had been negligent.", "Ward", [], [(O, "Harbour Board")]),
    ("rejected", "Mr Kent said calling the port tax a rip-off was unfair.", "Kent", [(O, "calling")], [(S, "port tax")]),
    ("rejected", "Ms Ward said the grazing levy was not unfair.", "Ward", [], [(O, "grazing levy")]),
    ("rejected", "Mr Kent said critics who called the housing plan reckless were mistaken.", "Kent", [], [(O, "housing plan")]),
    # the speaker's own body or own feelings
    ("own", "Ms Ward said her party had been too cautious.", "Ward", [], [(O, "party")]),
    ("feeling", "Mr Kent said the Farmers Union was disappointed and angry.", "Kent", [], [(O, "Farmers Union")]),
    ("feeling", "Ms Ward said the Teachers Guild was unhappy with the exam reform.", "Ward", [], [(O, "Teachers Guild")]),
    # a good effect or a harm denied
    ("not", "Mr Kent said the fuel levy would not have a damaging effect on farms.", "Kent", [], [(O, "fuel levy"), (W, "fuel levy")]),
    ("not", "Ms Ward said the port tax would not put any jobs at risk.", "Ward", [], [(O, "port tax"), (W, "port tax")]),
    # a question
    ("question", "Mr Kent asked whether the Harbour Board was still fit to regulate the port.", "Kent", [], [(O, "Harbour Board")]),
    # a lack that is no fault: a resource, a plan, a side others take, or the lacker's own side on another
    ("plight", "Ms Ward said Mr Kent lacked the votes to pass the bill.", "Ward", [], [(O, "Kent")]),
    ("plight", "Mr Kent said the Harbour Board has run out of money.", "Kent", [], [(O, "Harbour Board")]),
    ("plight", "Ms Ward said the Harbour Board had no plans to raise fees.", "Ward", [], [(O, "Harbour Board")]),
    ("plight", "Mr Kent said Ms Ward lacked support among farmers.", "Kent", [], [(O, "Ward")]),
    ("plight", "Ms Ward said the Farmers Union had run out of patience with the Harbour Board.", "Ward", [], [(O, "Farmers Union")]),
    ("plight", "Mr Kent said the Farmers Union had no confidence in the Harbour Board.", "Kent", [], [(O, "Farmers Union")]),
    ("plight", "Mr Kent said the Harbour Board did not lack courage.", "Kent", [], [(O, "Harbour Board")]),
    ("plight", "Ms Ward said Mr Kent had no hope of winning the seat.", "Ward", [], [(O, "Kent")]),
    ("plight", "Mr Kent said the Farmers Union had no opportunity to respond.", "Kent", [], [(O, "Farmers Union")]),
    ("plight", "Mr Kent said the Harbour Board had no chance of meeting the deadline.", "Kent", [], [(O, "Harbour Board")]),
    ("plight", "Ms Ward said the Harbour Board had no freedom to set its own fees.", "Ward", [], [(O, "Harbour Board")]),
    ("plight", "Senator Ada Lund said the Tenants Association lacked the opportunity to appeal.", "Lund", [], [(O, "Tenants Association")]),
    # the one who lacks is no one the speaker judges when the lack is the speaker's own plight
    ("plight", "The Farmers Union said farmers lacked the money to pay the grazing levy.", "Farmers Union", [], [(S, "grazing levy")]),
]


def _params(cases):
    for case in cases:
        marks = [pytest.mark.xfail(strict=False, reason=case[5])] if len(case) > 5 else []
        yield pytest.param(*case[:5], marks=marks, id=f"{case[0]}: {case[1][:60]}")


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(_params(CASES)))
def test_judgement_read(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong, wrong_inside=True)


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(_params(WRONG)))
def test_no_misreading(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong, wrong_inside=True)
