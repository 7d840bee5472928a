"""A battery of judgements (issue 10): sides taken by judging an actor or a policy without a plain stance verb:
a characterising verb with its 'as' or small-clause judgement ("branded the levy a gimmick", "hailed the deal as a
triumph"), an actor judged in reported speech ("said the Harbour Board was obstructing reform", "accused the
board of misleading farmers"), a policy judged by an evaluative predicate ("was a recipe for chaos", "deeply
flawed") and the nouns of criticism and praise ("came under fire from", "a backlash from", "her praise for").
Every sentence is invented (names, bodies and policies too); each case gives the sides a careful reader takes
(GUIDELINES.md), any one of which is the reading, and the sides that would be a misreading. A case that says what
it lacks is not read yet: it is counted, not hidden (non-strict xfail), and passes the day its construction is read."""
from __future__ import annotations

import pytest

from conftest import assert_sides

S, O, W = "supports", "opposes", "warns"

# (construction, sentence, holder, sides any one of which is the reading, sides that would be a misreading[, what a
# construction not read yet lacks])
CASES = [
    # a characterising verb with an 'as' judgement
    ("as", "Mr Kent dismissed the fuel levy as a gimmick.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("as", "The Farmers Union has branded the grazing levy as unfair.", "Farmers Union", [(O, "grazing levy")], [(S, "grazing levy")]),
    ("as", "Ms Ward hailed the housing plan as a triumph for young families.", "Ward", [(S, "housing plan")], [(O, "housing plan")]),
    ("as", "Senator Ada Lund described the pension reform as deeply flawed.", "Lund", [(O, "pension reform")], [(S, "pension reform")]),
    ("as", "Mr Kent denounced the port tax as a betrayal of fishermen.", "Kent", [(O, "port tax")], [(S, "port tax")]),
    ("as", "The Teachers Guild praised the school funding formula as fair and overdue.", "Teachers Guild", [(S, "funding formula")], [(O, "funding formula")]),
    ("as", "The Harbour Board's plan was derided as a fantasy by the Farmers Union.", "Farmers Union", [(O, "plan"), (O, "Harbour Board")], [(S, "plan")]),
    ("as", "Ms Ward on Tuesday described the grazing levy as a recipe for chaos.", "Ward", [(O, "grazing levy")], [(S, "grazing levy")]),
    ("as", "The bus subsidy was hailed as a lifeline by the Rail Users Group.", "Rail Users Group", [(S, "bus subsidy")], [(O, "bus subsidy")]),
    ("as", "Mr Kent condemned the port tax as an attack on coastal towns.", "Kent", [(O, "port tax")], [(S, "port tax")]),
    ("as", "Ms Ward attacked the housing plan as a developers' charter.", "Ward", [(O, "housing plan")], [(S, "housing plan")]),
    ("as", "The Farmers Union dismissed the water charges as a stealth tax.", "Farmers Union", [(O, "water charges")], [(S, "water charges")]),
    ("as", "Senator Ada Lund hailed the trade accord as a historic breakthrough.", "Lund", [(S, "trade accord")], [(O, "trade accord")]),
    ("as", "Mr Kent described the bus subsidy as a sensible use of public money.", "Kent", [(S, "bus subsidy")], [(O, "bus subsidy")]),
    ("as", "Ms Ward described the port tax as a retrograde step.", "Ward", [(O, "port tax")], [(S, "port tax")]),
    ("as", "Mr Kent dismissed the Harbour Board as a talking shop.", "Kent", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("as", "Ms Ward branded the Harbour Board as incompetent and arrogant.", "Ward", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("as", "Senator Ada Lund praised Mr Kent as a man of courage.", "Lund", [(S, "Kent")], [(O, "Kent")]),
    ("as", "The Farmers Union branded the fuel levy as 'daylight robbery' on Monday.", "Farmers Union", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("as", "Mr Kent, the opposition leader, dismissed the pension reform as a cynical pre-election stunt.", "Kent", [(O, "pension reform")], [(S, "pension reform")]),
    # a judgement of excess, whatever the adjective, and the object put after its judgement
    ("excess", "The Farmers Union regards as unduly harsh the new rules on grazing.", "Farmers Union", [(O, "rules on grazing")], [(S, "rules")]),
    ("excess", "Ms Ward considers the grazing levy too low.", "Ward", [(O, "grazing levy")], [(S, "grazing levy")]),
    ("excess", "Mr Kent sees the fuel levy as overly complicated.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("excess", "Senator Ada Lund regards the import quota as far too generous to foreign growers.", "Lund", [(O, "import quota")], [(S, "import quota")]),
    # a small clause: "called X a disgrace", "branded X unfair"
    ("small", "Mr Kent called the fuel levy a disgrace.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("small", "Ms Ward branded the grazing levy 'a tax on farming'.", "Ward", [(O, "grazing levy")], [(S, "grazing levy")]),
    ("small", "The Farmers Union called the housing plan a sensible compromise.", "Farmers Union", [(S, "housing plan")], [(O, "housing plan")]),
    ("small", "Senator Ada Lund called the port tax 'a shambles'.", "Lund", [(O, "port tax")], [(S, "port tax")]),
    ("small", "Mr Kent termed the pension reform a betrayal.", "Kent", [(O, "pension reform")], [(S, "pension reform")]),
    ("small", "Ms Ward called the Harbour Board's decision a scandal.", "Ward", [(O, "decision"), (O, "Harbour Board")], [(S, "Harbour Board")]),
    ("small", "The Teachers Guild has called the exam reform a fiasco.", "Teachers Guild", [(O, "exam reform")], [(S, "exam reform")]),
    ("small", "Mr Kent called the bus subsidy a lifeline for rural villages.", "Kent", [(S, "bus subsidy")], [(O, "bus subsidy")]),
    ("small", "Ms Ward called Mr Kent a hypocrite.", "Ward", [(O, "Kent")], [(S, "Kent")]),
    ("small", "Senator Ada Lund branded the Farmers Union irresponsible.", "Lund", [(O, "Farmers Union")], [(S, "Farmers Union")]),
    # a reported judgement of an actor
    ("actor", "Mr Kent said the Harbour Board was behaving like a spoilt child.", "Kent", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("actor", "Ms Ward claimed the Harbour Board was obstructing reform.", "Ward", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("actor", "Mr Kent said the Harbour Board had no vision.", "Kent", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("actor", "Ms Ward said the Farmers Union had acted irresponsibly.", "Ward", [(O, "Farmers Union")], [(S, "Farmers Union")]),
    ("actor", "Mr Kent said the Harbour Board had ignored the warnings of fishermen.", "Kent", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("actor", "The Harbour Board has simply ignored us, the Farmers Union said.", "Farmers Union", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("actor", "Mr Kent said the Harbour Board had misled the public.", "Kent", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("actor", "Senator Ada Lund said Mr Kent had done an excellent job.", "Lund", [(S, "Kent")], [(O, "Kent")]),
    ("actor", "Ms Ward said the Harbour Board had failed the town.", "Ward", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("actor", "Mr Kent said the Teachers Guild was out of touch with parents.", "Kent", [(O, "Teachers Guild")], [(S, "Teachers Guild")]),
    ("actor", '"The Harbour Board has been utterly incompetent," Ms Ward said.', "Ward", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("actor", "Senator Ada Lund said the Farmers Union deserved credit for its restraint.", "Lund", [(S, "Farmers Union")], [(O, "Farmers Union")], "'deserve credit' is no judgement cue"),
    ("actor", "Mr Kent said the Harbour Board was arrogant and out of its depth.", "Kent", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("actor", "Ms Ward said Senator Ada Lund had shown real leadership.", "Ward", [(S, "Lund")], [(O, "Lund")], "a light verb with a good noun: polarity's sum stays under its threshold"),
    # "accuse Y of Z-ing", "blame Y for", "criticise Y for"
    ("accuse", "Mr Kent accused the Harbour Board of misleading farmers.", "Kent", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("accuse", "The Farmers Union accused Ms Ward of betraying rural voters.", "Farmers Union", [(O, "Ward")], [(S, "Ward")]),
    ("accuse", "Senator Ada Lund has accused the Harbour Board of hiding the cost of the port tax.", "Lund", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("accuse", "Ms Ward blamed the Harbour Board for the delays.", "Ward", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("accuse", "Mr Kent was accused by the Farmers Union of ignoring small farms.", "Farmers Union", [(O, "Kent")], [(S, "Kent")]),
    ("accuse", "The Teachers Guild criticised Mr Kent for cutting school budgets.", "Teachers Guild", [(O, "Kent")], [(S, "Kent")]),
    ("accuse", "Ms Ward congratulated the Harbour Board on its handling of the strike.", "Ward", [(S, "Harbour Board")], [(O, "Harbour Board")]),
    ("accuse", "Mr Kent praised the Farmers Union for its patience.", "Kent", [(S, "Farmers Union")], [(O, "Farmers Union")]),
    # a policy judged by an evaluative predicate in reported or quoted speech
    ("predicate", "Mr Kent said the fuel levy was a backward step for rural areas.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("predicate", "Ms Ward said the port tax was deeply flawed.", "Ward", [(O, "port tax")], [(S, "port tax")]),
    ("predicate", "The Farmers Union said the grazing levy was unworkable.", "Farmers Union", [(O, "grazing levy")], [(S, "grazing levy")]),
    ("predicate", '"The grazing levy is a recipe for chaos," said Mr Kent.', "Kent", [(O, "grazing levy")], [(S, "grazing levy")]),
    ("predicate", "Senator Ada Lund said the housing plan was a sound basis for the talks.", "Lund", [(S, "housing plan")], [(O, "housing plan")]),
    ("predicate", "Ms Ward said it was absurd that the port tax would pay for the new harbour.", "Ward", [(O, "port tax")], [(S, "port tax")], "an extraposed judgement of a that-clause; the clause's prediction is read as help"),
    ("predicate", "Mr Kent said the pension reform was a triumph.", "Kent", [(S, "pension reform")], [(O, "pension reform")]),
    ("predicate", "Ms Ward said the bus subsidy was money well spent.", "Ward", [(S, "bus subsidy")], [(O, "bus subsidy")], "an idiom of praise the lists lack"),
    ("predicate", "The Teachers Guild said the exam reform was ill-conceived and rushed.", "Teachers Guild", [(O, "exam reform")], [(S, "exam reform")]),
    ("predicate", '"This port tax is a disaster waiting to happen," Senator Ada Lund told reporters.', "Lund", [(O, "port tax"), (W, "port tax")], [(S, "port tax")]),
    ("predicate", "Mr Kent said on Friday that the housing plan was a welcome step forward.", "Kent", [(S, "housing plan")], [(O, "housing plan")]),
    ("predicate", "The fuel levy was a blunt instrument, the Farmers Union said in a statement.", "Farmers Union", [(O, "fuel levy")], [(S, "fuel levy")], "an idiom of criticism the lists lack"),
    ("predicate", "Ms Ward said the grazing levy was fundamentally unfair to hill farmers.", "Ward", [(O, "grazing levy")], [(S, "grazing levy")]),
    ("predicate", "Mr Kent said the trade accord was a good deal for exporters.", "Kent", [(S, "trade accord")], [(O, "trade accord")]),
    ("predicate", "Senator Ada Lund said the port tax was nothing short of a scandal.", "Lund", [(O, "port tax")], [(S, "port tax")]),
    ("predicate", "The Rail Users Group said the fare rise was indefensible.", "Rail Users Group", [(O, "fare rise")], [(S, "fare rise")]),
    ("predicate", "Mr Kent said the water charges were grossly unjust.", "Kent", [(O, "water charges")], [(S, "water charges")]),
    ("predicate", "Ms Ward said the pension reform was a victory for common sense.", "Ward", [(S, "pension reform")], [(O, "pension reform")]),
    ("predicate", "Ms Ward said the port tax was unsustainable.", "Ward", [(O, "port tax")], [(S, "port tax")]),
    ("predicate", "The Farmers Union believes the Harbour Board's position is unsustainable.", "Farmers Union", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    # a good effect denied in a prediction judges against; a bad one denied, no side against
    ("predicate", "Mr Kent said the fuel levy would not help farmers.", "Kent", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("predicate", "The import quota will not help consumers, Senator Ada Lund said on Tuesday.", "Lund", [(O, "import quota")], [(S, "import quota")]),
    ("predicate", "Ms Ward said the housing plan would not improve the lot of young families.", "Ward", [(O, "housing plan")], [(S, "housing plan")]),
    ("predicate", "Senator Ada Lund said the import quota would do nothing to help consumers.", "Lund", [(O, "import quota")], [(S, "import quota")]),
    ("predicate", "Ms Ward said the pension reform was a mistake.", "Ward", [(O, "pension reform")], [(S, "pension reform")]),
    # criticism and praise nouns
    ("noun", "The Farmers Union's criticism of the grazing levy grew louder on Monday.", "Farmers Union", [(O, "grazing levy")], [(S, "grazing levy")]),
    ("noun", "The fuel levy came under fire from the Farmers Union.", "Farmers Union", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("noun", "Mr Kent came under fire from the Teachers Guild over school budgets.", "Teachers Guild", [(O, "Kent")], [(S, "Kent")]),
    ("noun", "The housing plan faced a backlash from the Tenants Association.", "Tenants Association", [(O, "housing plan")], [(S, "housing plan")]),
    ("noun", "Ms Ward faced a backlash from the Farmers Union over the grazing levy.", "Farmers Union", [(O, "Ward"), (O, "grazing levy")], [(S, "Ward")]),
    ("noun", "Mr Kent's attack on the Harbour Board drew applause.", "Kent", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("noun", "An attack by the Farmers Union on the port tax was expected.", "Farmers Union", [(O, "port tax")], [(S, "port tax")]),
    ("noun", "Senator Ada Lund's praise for the housing plan surprised her party.", "Lund", [(S, "housing plan")], [(O, "housing plan")]),
    ("noun", "The exam reform drew a sharp rebuke from the Teachers Guild.", "Teachers Guild", [(O, "exam reform")], [(S, "exam reform")]),
    ("noun", "Mr Kent received a rebuke from Senator Ada Lund.", "Lund", [(O, "Kent")], [(S, "Kent")]),
    ("noun", "The port tax has drawn fierce criticism from the Farmers Union.", "Farmers Union", [(O, "port tax")], [(S, "port tax")]),
    ("noun", "The bus subsidy won praise from the Rail Users Group.", "Rail Users Group", [(S, "bus subsidy")], [(O, "bus subsidy")]),
    ("noun", "Ms Ward's condemnation of the port tax was echoed by fishermen.", "Ward", [(O, "port tax")], [(S, "port tax")]),
    ("noun", "The Harbour Board has been criticised by the Farmers Union for its handling of the port tax.", "Farmers Union", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("noun", "The grazing levy has come under heavy criticism from the Farmers Union.", "Farmers Union", [(O, "grazing levy")], [(S, "grazing levy")]),
    ("noun", "Mr Kent's praise of the Harbour Board angered fishermen.", "Kent", [(S, "Harbour Board")], [(O, "Harbour Board")]),
    ("noun", "The Harbour Board came under sustained attack by the Farmers Union.", "Farmers Union", [(O, "Harbour Board")], [(S, "Harbour Board")], "a 'by' agent of a received noun: on train it named a literal attack's wrong target"),
    ("noun", "The pension reform met with fierce opposition from the Teachers Guild.", "Teachers Guild", [(O, "pension reform")], [(S, "pension reform")]),
    ("noun", "The Tenants Association's verdict on the housing plan was damning.", "Tenants Association", [(O, "housing plan")], [(S, "housing plan")], "a verdict noun judged by its predicate"),
    # Reuters wire style
    ("wire", "The Farmers Union, in a statement issued on Tuesday, described the grazing levy as unjustified.", "Farmers Union", [(O, "grazing levy")], [(S, "grazing levy")]),
    ("wire", "Senator Ada Lund, a Democrat, called the trade accord a sell-out of American farmers.", "Lund", [(O, "trade accord")], [(S, "trade accord")]),
    ("wire", "Treasury Secretary Tom Reed hailed the tax accord as an important step toward stability.", "Reed", [(S, "tax accord")], [(O, "tax accord")]),
    ("wire", "The proposed import quota was denounced as protectionist by Senator Ada Lund.", "Lund", [(O, "import quota")], [(S, "import quota")]),
    ("wire", "Senator Ada Lund said the import quota would be a disaster for consumers.", "Lund", [(W, "import quota"), (O, "import quota")], [(S, "import quota")]),
    ("wire", "Tom Reed, chairman of the Harbour Board, called the port tax counterproductive.", "Reed", [(O, "port tax")], [(S, "port tax")]),
]

# sentences where a reading of judgement would be wrong: no side, or not this one
WRONG = [
    # the judgement is of something else or is denied
    ("not", "Mr Kent said the fuel levy was not a disaster.", "Kent", [], [(O, "fuel levy")]),
    ("not", "Ms Ward did not describe the housing plan as a failure.", "Ward", [], [(O, "housing plan")]),
    ("not", "Mr Kent denied calling the port tax a scandal.", "Kent", [], [(O, "port tax")]),
    # a description that judges nothing
    ("neutral", "Mr Kent described the fuel levy as a tax on diesel.", "Kent", [], [(O, "fuel levy"), (S, "fuel levy")]),
    ("neutral", "Ms Ward described the housing plan as the largest in a decade.", "Ward", [], [(O, "housing plan")]),
    ("neutral", "The Farmers Union called the grazing levy a test of the new minister.", "Farmers Union", [], [(O, "grazing levy"), (S, "grazing levy")]),
    # the speaker's own side judged: no side against it
    ("own", "Ms Ward said her housing plan was a fair compromise.", "Ward", [], [(O, "housing plan")]),
    ("not", "Mr Kent said the fuel levy would not hurt farmers.", "Kent", [], [(O, "fuel levy"), (W, "fuel levy")]),
    # a question
    ("question", "Mr Kent asked whether the fuel levy was a mistake.", "Kent", [], [(O, "fuel levy")]),
    # the one criticised holds no side against the critic
    ("patient", "Ms Ward came under fire from the Farmers Union.", "Ward", [], [(O, "Farmers Union")]),
    ("patient", "Mr Kent faced a backlash from the Teachers Guild.", "Kent", [], [(O, "Teachers Guild")]),
    ("patient", "Ms Ward was accused of misleading farmers by the Harbour Board.", "Ward", [], [(O, "Harbour Board")]),
    ("patient", "Mr Kent was hailed as a hero by the Farmers Union.", "Kent", [], [(S, "Farmers Union")]),
    ("patient", "Mr Kent came under fire over the fuel levy.", "Kent", [], [(O, "fuel levy")]),
    ("patient", "The Harbour Board faced fierce criticism over the port tax.", "Harbour Board", [], [(O, "port tax")]),
    # a claim of another judged: the claim is theirs, not the speaker's
    ("claim", "Ms Ward said Mr Kent was mistaken to claim the fuel levy was unfair.", "Ward", [], [(O, "fuel levy")]),
    ("claim", "Mr Kent was right to argue that the port tax was a mistake, Senator Ada Lund said.", "Lund", [(S, "Kent")], [(O, "port tax")]),
    # a feeling reported of an actor is the actor's own, no judgement by the speaker
    ("feeling", "Mr Kent said the Farmers Union was frustrated with the delays.", "Kent", [], [(O, "Farmers Union")]),
    ("feeling", "Ms Ward said the Harbour Board was worried about the cost.", "Ward", [], [(O, "Harbour Board")]),
    ("feeling", "Mr Kent said the Teachers Guild was angry about the exam reform.", "Kent", [], [(O, "Teachers Guild")]),
    # a judgement of something that is no position nor actor
    ("neutral", "Ms Ward called the result of the vote a surprise.", "Ward", [], [(O, "vote"), (S, "vote")]),
    ("neutral", "Mr Kent described the weather as dreadful.", "Kent", [], [(O, "weather")]),
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
