"""A battery of warnings and feared harms (issue 10): invented sentences, several per construction, each with the
sides a careful reader takes (GUIDELINES.md: `warns` is cautioning that X would be a mistake or could trigger harm;
`opposes` is expressing concern over X) and the reading that would be wrong. A warning of harm is read as `warns`
or `opposes` (the gold often allows both); the one warned is no target of the warning ("warned the committee that
X would cost jobs"), except when the warning is a threat to them ("warned landlords that she would fine them").
A case in OPEN fails today: it is counted, not hidden, with what it lacks, and passes the day its construction is
read."""
from __future__ import annotations

import pytest

from conftest import assert_sides

S, O, W = "supports", "opposes", "warns"


def _harm(target):
    """The sides of a feared harm: a warning, or an objection."""
    return [(W, target), (O, target)]


# (construction, sentence, holder, sides any one of which is the reading, sides that would be a misreading)
CASES = [
    # "warned that X could / would / might [harm verb]"
    ("warn-that", "Mr Kent warned that the fuel levy could jeopardise thousands of jobs.", "Kent",
     _harm("fuel levy"), [(S, "fuel levy")]),
    ("warn-that", "The Farmers Union has warned that the grazing tax would damage hill farms.", "Farmers Union",
     _harm("grazing tax"), [(S, "grazing tax")]),
    ("warn-that", "Ms Ward warned on Tuesday that the pension reform might undermine confidence in the banks.", "Ward",
     _harm("pension reform"), [(S, "pension reform")]),
    ("warn-that", "Senator Ada Lund warned that the steel tariffs would hurt American exporters.", "Ada Lund",
     _harm("steel tariffs"), [(S, "steel tariffs")]),
    ("warn-that", "Mr Kent warned the road scheme could backfire.", "Kent", _harm("road scheme"), [(S, "road scheme")]),
    ("warn-that", "Ms Ward warned that the rail privatisation would trigger a wave of strikes.", "Ward",
     _harm("rail privatisation"), [(S, "rail privatisation")]),
    ("warn-that", "The Chamber of Trade warned that the congestion charge would drive shoppers away from the town "
     "centre.", "Chamber of Trade", _harm("congestion charge"), [(S, "congestion charge")]),
    ("warn-that", "Mr Kent, the shadow chancellor, warned that the fuel levy will hurt rural families, who already "
     "pay more for transport.", "Kent", _harm("fuel levy"), [(S, "fuel levy")]),
    ("warn-that", "The Farmers Union warned last month that the water charges could put hundreds of small farms out "
     "of business.", "Farmers Union", _harm("water charges"), [(S, "water charges")]),
    ("warn-that", "The Norland Finance Ministry warned that the spending freeze would damage exports, officials "
     "said.", "Finance Ministry", _harm("spending freeze"), [(S, "spending freeze")]),
    ("warn-that", "Ms Ward warned that the hospital closures would hamper efforts to cut waiting lists.", "Ward",
     _harm("hospital closures"), [(S, "hospital closures")]),
    ("warn-that", "The Retail Consortium warned that the sugar tax would stifle investment in the drinks industry.",
     "Retail Consortium", _harm("sugar tax"), [(S, "sugar tax")]),
    ("warn-that", "Senator Ada Lund warned that the trade bill would impede exports to Asia.", "Ada Lund",
     _harm("trade bill"), [(S, "trade bill")]),
    ("warn-that", "The Farmers Union warned that ministers were planning to raise the grazing tax.", "Farmers Union",
     _harm("grazing tax"), [(S, "grazing tax")]),
    ("warn-that", "Mr Kent has warned that the sugar tax could hit poorer families hardest.", "Kent",
     _harm("sugar tax"), [(S, "sugar tax")]),
    ("warn-that", "Ms Ward warned the pension reform would weaken the state pension.", "Ward",
     _harm("pension reform"), [(S, "pension reform")]),
    ("warn-that", "Mr Kent warned that the rail privatisation would hinder the recovery.", "Kent",
     _harm("rail privatisation"), [(S, "rail privatisation")]),
    ("warn-that", "Ministers were warned by the Farmers Union that the grazing tax would ruin hill farms.",
     "Farmers Union", _harm("grazing tax"), [(W, "ministers"), (O, "ministers"), (S, "grazing tax")]),
    ("warn-that", "The Farmers Union warned that the grazing tax would be disastrous for hill farms.",
     "Farmers Union", _harm("grazing tax"), [(S, "grazing tax")]),
    ("warn-that", "Mr Kent also warned that the fuel levy was likely to hurt rural drivers.", "Kent",
     _harm("fuel levy"), [(S, "fuel levy")]),
    ("not-warned", "Ms Ward said the pension reform was not likely to hurt savers.", "Ward", [],
     [(W, "pension reform"), (O, "pension reform")]),
    # "cautioned that"
    ("caution", "The Bank of Norland cautioned that the spending plans could fuel inflation.", "Bank of Norland",
     _harm("spending plans"), [(S, "spending plans")]),
    ("caution", "Mr Kent cautioned that scrapping the fuel levy would leave a hole in the budget.", "Kent",
     _harm("scrapping the fuel levy") + [(S, "fuel levy")], [(O, "fuel levy")]),
    ("caution", "Senator Ada Lund cautioned that the trade bill might provoke retaliation from Japan.", "Ada Lund",
     _harm("trade bill"), [(S, "trade bill")]),
    ("caution", "Speaking in Leeds on Monday, Ms Ward cautioned that a rise in interest rates could derail the "
     "recovery.", "Ward", _harm("interest rates"), [(S, "interest rates")]),
    ("caution", "The Farmers Union cautioned that the water charges might damage rural businesses.", "Farmers Union",
     _harm("water charges"), [(S, "water charges")]),
    # "fears that X will"
    ("fear", "The Farmers Union fears that the grazing tax will ruin small farms.", "Farmers Union",
     _harm("grazing tax"), [(S, "grazing tax")]),
    ("fear", "Ms Ward fears the pension reform will hurt low-paid workers.", "Ward", _harm("pension reform"),
     [(S, "pension reform")]),
    ("fear", "The Chamber of Trade fears that the windfall tax could deter investment.", "Chamber of Trade",
     _harm("windfall tax"), [(S, "windfall tax")]),
    ("fear", "Mr Kent said he feared the congestion charge would damage small shops.", "Kent",
     _harm("congestion charge"), [(S, "congestion charge")]),
    ("fear", "Shop owners fear the congestion charge may drive customers away, the Chamber of Trade said.",
     "Chamber of Trade", _harm("congestion charge"), [(S, "congestion charge")]),
    ("fear", "The Farmers Union is afraid that the water charges will bankrupt small farms.", "Farmers Union",
     _harm("water charges"), [(S, "water charges")]),
    # "expressed concern that X might"
    ("concern-that", "Ms Ward expressed concern that the pension reform might hurt savers.", "Ward",
     _harm("pension reform"), [(S, "pension reform")]),
    ("concern-that", "The Farmers Union has expressed concern that the water charges could damage rural "
     "businesses.", "Farmers Union", _harm("water charges"), [(S, "water charges")]),
    ("concern-that", "Senator Ada Lund voiced concern that the trade deal would cost American jobs.", "Ada Lund",
     _harm("trade deal"), [(S, "trade deal")]),
    ("concern-that", "Mr Kent raised concerns that the fuel levy would hit rural drivers hardest.", "Kent",
     _harm("fuel levy"), [(S, "fuel levy")]),
    ("concern-that", "Ms Ward is concerned that the hospital closures will put patients at risk.", "Ward",
     _harm("hospital closures"), [(S, "hospital closures")]),
    ("concern-that", "The Farmers Union is worried that the grazing tax will drive young farmers off the land.",
     "Farmers Union", _harm("grazing tax"), [(S, "grazing tax")]),
    # "warned against X-ing / X"
    ("against", "Mr Kent warned against increasing the fuel levy.", "Kent", _harm("fuel levy"), [(S, "fuel levy")]),
    ("against", "The Farmers Union warned against the grazing tax.", "Farmers Union", _harm("grazing tax"),
     [(S, "grazing tax")]),
    ("against", "Ms Ward warned against any cut in interest rates.", "Ward", _harm("interest rates"),
     [(S, "cut in interest rates")]),
    ("against", "Senator Ada Lund warned against scrapping the estate tax.", "Ada Lund",
     _harm("scrapping the estate tax") + [(S, "estate tax")], [(O, "estate tax"), (W, "estate tax")]),
    ("against", "The Bank of Norland has warned against a rush to cut taxes before the election.", "Bank of Norland",
     _harm("cut taxes"), [(S, "cut taxes")]),
    ("against", "Mr Kent cautioned against a hasty sale of the rail network.", "Kent", _harm("rail network"),
     [(S, "sale of the rail network")]),
    ("against", "Ms Ward, the health minister, warned on Friday against closing the children's wards.", "Ward",
     _harm("closing the children's wards"), [(S, "closing")]),
    # "warned X against Y"
    ("addressee-against", "Mr Kent warned the government against raising the fuel levy.", "Kent",
     _harm("fuel levy"), [(S, "fuel levy")]),
    ("addressee-against", "The Farmers Union warned ministers against scrapping the grazing subsidy.",
     "Farmers Union", _harm("scrapping the grazing subsidy") + [(S, "grazing subsidy")],
     [(O, "grazing subsidy"), (W, "grazing subsidy")]),
    ("addressee-against", "Ms Ward warned Labour MPs against voting for the welfare bill.", "Ward",
     _harm("welfare bill"), [(S, "welfare bill")]),
    ("addressee-against", "The Bank of Norland warned the government against raising public spending before the "
     "election.", "Bank of Norland", _harm("public spending"), [(S, "public spending")]),
    # "warned X that Y": the one told is no target, unless the warning threatens them
    ("addressee-that", "Mr Kent warned the committee that the fuel levy would hurt rural drivers.", "Kent",
     _harm("fuel levy"), [(W, "committee"), (O, "committee"), (S, "fuel levy")]),
    ("addressee-that", "Ms Ward warned ministers that the pension reform could backfire.", "Ward",
     _harm("pension reform"), [(S, "pension reform")]),
    ("addressee-that", "The Farmers Union warned the government that the grazing tax would ruin hill farms.",
     "Farmers Union", _harm("grazing tax"), [(W, "government"), (O, "government")]),
    ("addressee-that", "Senator Ada Lund warned Japan that Washington would impose tariffs on its steel.",
     "Ada Lund", [(W, "Japan"), (O, "Japan"), (S, "tariffs")], [(O, "tariffs"), (W, "tariffs")]),
    ("addressee-that", "The Farmers Union warned the government that it would block the grazing tax.",
     "Farmers Union", [(O, "grazing tax")], [(S, "grazing tax")]),
    ("addressee-that", "The United States warned Iran that it would retaliate against any attack on its ships.",
     "United States", [(W, "Iran"), (O, "Iran")], [(S, "Iran")]),
    ("addressee-that", "Norland has warned the Farmers Union that it will take the dispute to court.", "Norland",
     [(W, "Farmers Union"), (O, "Farmers Union")], [(S, "Farmers Union")]),
    ("addressee-that", "Ms Ward has warned landlords that she will fine them for neglecting their tenants.", "Ward",
     [(W, "landlords"), (O, "landlords")], [(S, "landlords")]),
    # "X poses a risk / threat"
    ("pose", "Mr Kent said the fuel levy posed a serious risk to rural businesses.", "Kent", _harm("fuel levy"),
     [(S, "fuel levy")]),
    ("pose", "The Farmers Union said the grazing tax poses a threat to hill farming.", "Farmers Union",
     _harm("grazing tax"), [(S, "grazing tax")]),
    ("pose", "The Bank of Norland said the spending plans could pose a serious risk to public finances.",
     "Bank of Norland", _harm("spending plans"), [(S, "spending plans")]),
    ("pose", "According to Ms Ward, the pension reform poses two problems for savers.", "Ward",
     _harm("pension reform"), [(S, "pension reform")]),
    ("pose", "The trade deal poses a direct threat to jobs, Senator Ada Lund said.", "Ada Lund",
     _harm("trade deal"), [(S, "trade deal")]),
    ("pose", "Mr Kent said the rail privatisation was a threat to the recovery.", "Kent", _harm("rail privatisation"),
     [(S, "rail privatisation")]),
    ("pose", "Ms Ward said the hospital closures presented a grave danger to patients.", "Ward",
     _harm("hospital closures"), [(S, "hospital closures")]),
    # "would put X at risk"
    ("revenge", "Senator Ada Lund said the steel tariffs would invite retaliation against American farmers.",
     "Ada Lund", _harm("steel tariffs"), [(S, "steel tariffs")]),
    ("revenge", "Mr Kent said the import quotas could bring reprisals from the country's trading partners.",
     "Kent", _harm("import quotas"), [(S, "import quotas")]),
    ("at-risk", "Ms Ward said the pension reform would put savers at risk.", "Ward", _harm("pension reform"),
     [(S, "pension reform")]),
    ("at-risk", "The Farmers Union warned that the water charges would put thousands of jobs at risk.",
     "Farmers Union", _harm("water charges"), [(S, "water charges")]),
    ("at-risk", "Mr Kent said scrapping the fuel levy would put the country's finances at risk.", "Kent",
     _harm("scrapping the fuel levy") + [(S, "fuel levy")], [(O, "fuel levy"), (W, "fuel levy")]),
    ("at-risk", "The steel tariffs could leave thousands of jobs at risk, Senator Ada Lund said.", "Ada Lund",
     _harm("steel tariffs"), [(S, "steel tariffs")]),
    ("at-risk", "The Farmers Union said hill farms were at risk from the grazing tax.", "Farmers Union",
     _harm("grazing tax"), [(S, "grazing tax")]),
    ("at-risk", "Thousands of jobs are under threat from the steel tariffs, Senator Ada Lund said.", "Ada Lund",
     _harm("steel tariffs"), [(S, "steel tariffs")]),
    ("at-risk", "Mr Kent said jobs would be put at risk by the fuel levy.", "Kent", _harm("fuel levy"),
     [(S, "fuel levy")]),
    ("at-risk", "Ms Ward said savers were in danger from the pension reform.", "Ward", _harm("pension reform"),
     [(S, "pension reform")]),
    # "would be a disaster / a recipe for / a rallying cry for"
    ("disaster", "Mr Kent said the fuel levy would be a disaster for rural families.", "Kent", _harm("fuel levy"),
     [(S, "fuel levy")]),
    ("disaster", "Ms Ward said the pension reform was a recipe for chaos.", "Ward", _harm("pension reform"),
     [(S, "pension reform")]),
    ("disaster", "The Farmers Union said the grazing tax would be a recipe for disaster.", "Farmers Union",
     _harm("grazing tax"), [(S, "grazing tax")]),
    ("disaster", "Senator Ada Lund said the trade deal would be a mistake.", "Ada Lund", _harm("trade deal"),
     [(S, "trade deal")]),
    ("disaster", "It would be a huge mistake to raise the fuel levy now, Mr Kent said.", "Kent",
     _harm("fuel levy"), [(S, "fuel levy")]),
    ("disaster", "Mr Kent said the fuel levy would be a blow to rural families.", "Kent", _harm("fuel levy"),
     [(S, "fuel levy")]),
    ("disaster", "Ms Ward said the pension reform was a setback for women.", "Ward", _harm("pension reform"),
     [(S, "pension reform")]),
    ("disaster", "Mr Kent said it would be wrong to scrap the fuel levy.", "Kent",
     _harm("scrap the fuel levy") + [(S, "fuel levy")], [(O, "fuel levy"), (W, "fuel levy")]),
    ("disaster", "Ms Ward said it was a mistake to cut the state pension.", "Ward",
     _harm("cut the state pension") + [(S, "state pension")], [(S, "cut the state pension")]),
    ("disaster", "Ms Ward said the rail privatisation would serve as a rallying cry for extremists.", "Ward",
     _harm("rail privatisation"), [(S, "rail privatisation")]),
    ("disaster", "The road scheme would be an environmental disaster, the Green Party said.", "Green",
     _harm("road scheme"), [(S, "road scheme")]),
    # harm said of a plan in the passive
    ("passive", "Mr Kent said rural families will be damaged by the fuel levy.", "Kent", _harm("fuel levy"),
     [(S, "fuel levy")]),
    ("passive", "Ms Ward said pensioners would be hit hard by the plan to tax savings.", "Ward",
     _harm("tax savings"), [(S, "tax savings")]),
    ("passive", "Small farms will be devastated by the grazing tax, the Farmers Union warned.", "Farmers Union",
     _harm("grazing tax"), [(S, "grazing tax")]),
    ("passive", "Families will be hurt by Mr Kent's plan to raise the fuel levy, Ms Ward said.", "Ward",
     _harm("fuel levy"), [(S, "fuel levy")]),
    ("passive", "The Farmers Union said hill farms would be ruined by the water charges.", "Farmers Union",
     _harm("water charges"), [(S, "water charges")]),
    # conditionals
    ("if", "Mr Kent said that if the fuel levy went ahead, it would hurt rural drivers.", "Kent",
     _harm("fuel levy"), [(S, "fuel levy")]),
    ("if", "If the government raises the fuel levy, it will cost thousands of jobs, the Farmers Union said.",
     "Farmers Union", _harm("fuel levy"), [(S, "fuel levy")]),
    ("if", "Ms Ward warned that if interest rates rose again, many families could lose their homes.", "Ward",
     _harm("interest rates"), [(S, "interest rates")]),
    ("if", "Senator Ada Lund said a refusal to cut tariffs could hand a victory to the protectionists.",
     "Ada Lund", [(W, "refusal"), (O, "refusal"), (S, "cut tariffs")], [(O, "cut tariffs")]),
    ("if", "Mr Kent said a failure to reform the pension system would damage the economy.", "Kent",
     [(W, "failure"), (O, "failure"), (S, "reform")], [(O, "reform")]),
    ("if", "The Farmers Union said the grazing tax, if it was approved, would ruin hill farms.", "Farmers Union",
     _harm("grazing tax"), [(S, "grazing tax")]),
    # nouns of warning, fear and concern
    ("noun", "The Farmers Union issued a warning about the grazing tax.", "Farmers Union", _harm("grazing tax"),
     [(S, "grazing tax")]),
    ("noun", "There was a stark warning from the Bank of Norland about the spending plans.", "Bank of Norland",
     _harm("spending plans"), [(S, "spending plans")]),
    ("noun", "Mr Kent's warning about the fuel levy was ignored by ministers.", "Kent", _harm("fuel levy"),
     [(S, "fuel levy")]),
    ("noun", "Mr Kent's fears over the pension reform are shared by many MPs.", "Kent", _harm("pension reform"),
     [(S, "pension reform")]),
    ("noun", "The Farmers Union has voiced concern over the water charges.", "Farmers Union",
     _harm("water charges"), [(S, "water charges")]),
    ("noun", "Mr Kent expressed reservations about the fuel levy.", "Kent", _harm("fuel levy"), [(S, "fuel levy")]),
    ("noun", "Ms Ward sounded the alarm over the pension reform.", "Ward", _harm("pension reform"),
     [(S, "pension reform")]),
    ("noun", "The Farmers Union is nervous about the grazing tax.", "Farmers Union", _harm("grazing tax"),
     [(S, "grazing tax")]),
    ("not-warned", "The Farmers Union fears for the future of hill farms.", "Farmers Union", [],
     [(O, "future"), (W, "future")]),
    ("noun", "Senator Ada Lund expressed concern about the trade deal.", "Ada Lund", _harm("trade deal"),
     [(S, "trade deal")]),
    ("noun", "Ms Ward repeated her warning that the pension reform would hurt savers.", "Ward",
     _harm("pension reform"), [(S, "pension reform")]),
    ("noun", "The Chamber of Trade's warning over the congestion charge came as ministers met in London.",
     "Chamber of Trade", _harm("congestion charge"), [(S, "congestion charge")]),
    ("noun", "The warning from Mr Kent that the sugar tax would cost jobs was dismissed by ministers.", "Kent",
     _harm("sugar tax"), [(S, "sugar tax")]),
    ("noun", "Ms Ward said there was a real risk that the pension reform would hurt savers.", "Ward",
     _harm("pension reform"), [(S, "pension reform")]),
    # "warned of"
    ("of", "Mr Kent warned of job losses if the fuel levy went ahead.", "Kent", _harm("fuel levy"),
     [(S, "fuel levy")]),
    ("of", "The Farmers Union warned of dire consequences from the grazing tax.", "Farmers Union",
     _harm("grazing tax"), [(S, "grazing tax")]),
    ("of", "The Bank of Norland warned of the risks of cutting interest rates too fast.", "Bank of Norland",
     _harm("interest rates"), [(S, "cutting interest rates")]),
    ("of", "Ms Ward warned of the dangers of the rail privatisation.", "Ward", _harm("rail privatisation"),
     [(S, "rail privatisation")]),
    # reported predictions of harm
    ("said-would", "The Farmers Union said the grazing tax would devastate hill farms.", "Farmers Union",
     _harm("grazing tax"), [(S, "grazing tax")]),
    ("said-would", "Mr Kent said the fuel levy could cost the region 2,000 jobs.", "Kent", _harm("fuel levy"),
     [(S, "fuel levy")]),
    ("said-would", "Ms Ward said the steel tariffs would wreck the recovery.", "Ward", _harm("steel tariffs"),
     [(S, "steel tariffs")]),
    ("said-would", "Finance Minister Ada Lund told reporters the tax rise could trigger a recession.", "Ada Lund",
     _harm("tax rise"), [(S, "tax rise")]),
    ("said-would", "The Farmers Union said in a statement on Friday that the grazing tax would devastate rural "
     "communities.", "Farmers Union", _harm("grazing tax"), [(S, "grazing tax")]),
    ("said-would", "Mr Kent said the sugar tax would make life harder for small shops.", "Kent",
     _harm("sugar tax"), [(S, "sugar tax")]),
    ("said-would", "Ms Ward said the pension reform would leave millions of savers worse off.", "Ward",
     _harm("pension reform"), [(S, "pension reform")]),
    ("said-would", "The steel tariffs would hurt consumers and cost jobs, Senator Ada Lund told the Senate.",
     "Ada Lund", _harm("steel tariffs"), [(S, "steel tariffs")]),
    ("said-would", "Mr Kent said the fuel levy risked driving small firms out of business.", "Kent",
     _harm("fuel levy"), [(S, "fuel levy")]),
    ("said-would", "The steel tariffs threaten to derail the trade talks, Ms Ward said.", "Ward",
     _harm("steel tariffs"), [(S, "steel tariffs")]),
    ("said-would", "The Farmers Union said the grazing tax threatened the future of hill farming.", "Farmers Union",
     _harm("grazing tax"), [(S, "grazing tax")]),
    ("said-would", "The steel tariffs threaten thousands of jobs, Senator Ada Lund said.", "Ada Lund",
     _harm("steel tariffs"), [(S, "steel tariffs")]),
    ("said-would", "The Bank of Norland said the mortgage subsidy endangered the stability of the banks.",
     "Bank of Norland",
     _harm("mortgage subsidy"), [(S, "mortgage subsidy")]),
    ("said-would", "Ms Ward said the rail privatisation would do great damage to the economy.", "Ward",
     _harm("rail privatisation"), [(S, "rail privatisation")]),
    ("said-would", "Mr Kent said the fuel levy would harm rural drivers, adding that it was unfair.", "Kent",
     _harm("fuel levy"), [(S, "fuel levy")]),
    # wire style
    ("wire", "Senator Ada Lund warned on Tuesday that the proposed tariffs on imported steel could spark a trade "
     "war, and urged the administration to seek talks instead.", "Ada Lund", _harm("tariffs"), [(S, "tariffs")]),
    ("wire", "Ms Ward, who chairs the Commons health committee, warned that the hospital closures planned for next "
     "year would put patients at risk.", "Ward", _harm("hospital closures"), [(S, "hospital closures")]),
    ("wire", "The Farmers Union, which represents 50,000 growers, said the grazing tax would cripple the industry.",
     "Farmers Union", _harm("grazing tax"), [(S, "grazing tax")]),
    ("wire", "The Bank of Norland warned in its annual report that the borrowing plan could undermine the "
     "currency.", "Bank of Norland", _harm("borrowing plan"), [(S, "borrowing plan")]),
    # the misreadings: no warning is taken where none is given
    ("not-warned", "Mr Kent dismissed warnings that the fuel levy would hurt farmers.", "Kent", [],
     [(W, "fuel levy"), (O, "fuel levy")]),
    ("not-warned", "Ms Ward said the pension reform would not harm savers.", "Ward", [],
     [(W, "pension reform"), (O, "pension reform")]),
    ("not-warned", "Mr Kent said the fuel levy would help rural bus services.", "Kent", [(S, "fuel levy")],
     [(W, "fuel levy"), (O, "fuel levy")]),
    ("not-warned", "Critics warned the fuel levy would hurt farmers, but Mr Kent rejected that.", "Kent", [],
     [(W, "fuel levy")]),
    ("not-warned", "Ms Ward rejected claims that the pension reform would hurt savers.", "Ward", [],
     [(W, "pension reform"), (O, "pension reform")]),
    ("not-warned", "Mr Kent said the fuel levy would reduce congestion in the town centre.", "Kent",
     [(S, "fuel levy")], [(W, "fuel levy"), (O, "fuel levy")]),
    ("not-warned", "The Farmers Union denied that the grazing tax would ruin small farms.", "Farmers Union", [],
     [(W, "grazing tax"), (O, "grazing tax")]),
    ("not-warned", "Ms Ward dismissed concerns that the pension reform would hurt savers.", "Ward", [],
     [(W, "pension reform"), (O, "pension reform")]),
    ("not-warned", "Mr Kent sought to allay fears that the fuel levy would hurt farmers.", "Kent", [],
     [(W, "fuel levy"), (O, "fuel levy")]),
    ("not-warned", "The Farmers Union has no fear that the grazing tax will hurt farms.", "Farmers Union", [],
     [(W, "grazing tax"), (O, "grazing tax")]),
    ("not-warned", "Mr Kent warned that if the trade talks failed, it would hurt the economy.", "Kent", [],
     [(W, "trade talks"), (O, "trade talks")]),
    ("not-warned", "Ms Ward warned against scrapping the fuel levy.", "Ward", [], [(O, "fuel levy")]),
    ("not-warned", "Mr Kent said the drought would hurt farmers.", "Kent", [], [(W, "drought"), (O, "drought")]),
]


# the cases not read yet, with what each lacks
OPEN = {
    "The Farmers Union warned that ministers were planning to raise the grazing tax.":
        "a warning that an actor plans a policy is a warning of the policy: the clause's act is not taken up",
    "The Farmers Union is afraid that the water charges will bankrupt small farms.": "'bankrupt' is no harm verb",
    "Senator Ada Lund voiced concern that the trade deal would cost American jobs.":
        "the parser reads 'voiced' as an adjective of 'concern' and the senator as no subject",
    "The Farmers Union is worried that the grazing tax will drive young farmers off the land.":
        "'drive off the land' is no harm verb",
    "The Bank of Norland has warned against a rush to cut taxes before the election.":
        "a warning against a rush to act is a warning of the act: the to-clause of 'rush' is not taken",
    "Mr Kent cautioned against a hasty sale of the rail network.":
        "'cautioned against' is parsed as an object, and 'sale' is no policy noun",
    "Senator Ada Lund warned Japan that Washington would impose tariffs on its steel.":
        "a threat made in the name of the warner's country is not read as the warner's own",
    "Ms Ward has warned landlords that she will fine them for neglecting their tenants.":
        "'landlords' is no actor the entities take",
    "Ms Ward said the rail privatisation would serve as a rallying cry for extremists.":
        "an idiom of harm with no harm word",
    "Ms Ward said pensioners would be hit hard by the plan to tax savings.":
        "the parser reads 'to tax savings' as 'tax savings', an apposition of the plan",
    "Ms Ward warned that if interest rates rose again, many families could lose their homes.":
        "the harm is the families' loss, its cause a condition of no policy",
    "Senator Ada Lund said a refusal to cut tariffs could hand a victory to the protectionists.":
        "an idiom of harm with no harm word, and a refusal to act as the cause",
}


def _params():
    for case in CASES:
        marks = [pytest.mark.xfail(strict=False, reason=OPEN[case[1]])] if case[1] in OPEN else []
        yield pytest.param(*case[:5], marks=marks, id=f"{case[0]}: {case[1][:60]}")


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(_params()))
def test_warns_battery(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)
