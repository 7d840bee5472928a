"""A battery of the constructions that name the position a stance is about (issue 10, session 8): plans and
proposals with their to-clauses, nominalisations, wished passive states ("calls for the levy to be scrapped"),
clause predicates ("the toll must go"), judgement nouns ("the levy was a mistake"), pressure and calls with
what they call for, later references, coordination and labels of the right length. Every sentence is our own
(invented names and policies), with the triples a careful reader takes (GUIDELINES.md); a position matches as
the scorer matches one by a name of the node, but whole: "fuel levy must stay" contains "fuel levy" and
the scorer takes it, where a reader names the levy (and a one-word gold name, "curfew", would miss). Cases this release does not read yet are marked xfail, so the
battery counts them without failing the suite.
"""
from __future__ import annotations

import pytest
from conftest import alias_battery, assert_scored, stance_triples

B: list = []


def c(kind, text, *edges):
    B.append((kind, text, [(h, r, a if isinstance(a, list) else [a]) for h, r, a in edges]))


LEVY = ["fuel levy"]
# A. noun of intent with a to-clause
c("plan-to", "Mr Kent backed plans to cut the fuel levy.", ("Kent", "supports", ["plans to cut the fuel levy", "cut the fuel levy", "cutting the fuel levy"]))
c("plan-to", "Ms Ward opposed the government's plans to raise the fuel levy.", ("Ward", "opposes", ["plans to raise the fuel levy", "raise the fuel levy"]),
  ("government", "supports", ["plans to raise the fuel levy", "raise the fuel levy"]))
c("plan-to", "The Farmers Union has condemned proposals to scrap the milk quota.", ("Farmers Union", "opposes", ["proposals to scrap the milk quota", "scrap the milk quota", "scrapping the milk quota"]))
c("plan-to", "Senator Ada Lund welcomed the proposal to extend the rail subsidy.", ("Ada Lund", "supports", ["proposal to extend the rail subsidy", "extend the rail subsidy"]))
c("plan-to", "Mr Kent criticised the bid to privatise the water board.", ("Kent", "opposes", ["bid to privatise the water board", "privatise the water board", "privatisation of the water board"]))
c("plan-to", "The Treasury backed moves to cap bankers' bonuses.", ("Treasury", "supports", ["moves to cap bankers bonuses", "cap bankers bonuses", "cap on bankers bonuses"]))
c("plan-to", "Ms Ward praised efforts to reduce hospital waiting lists.", ("Ward", "supports", ["efforts to reduce hospital waiting lists", "reduce hospital waiting lists"]))
c("plan-to", "The Farmers Union attacked the decision to close the grain depot.", ("Farmers Union", "opposes", ["decision to close the grain depot", "close the grain depot", "closure of the grain depot"]))
c("plan-to", "Mr Kent said he would fight the council's decision to shut the library.", ("Kent", "opposes", ["decision to shut the library", "shut the library", "closure of the library"]),
  ("council", "supports", ["decision to shut the library", "shut the library", "closure of the library"]))
c("plan-to", "Senator Ada Lund rejected the idea of raising the pension age.", ("Ada Lund", "opposes", ["idea of raising the pension age", "raising the pension age", "raise the pension age"]))
c("plan-to", "Mr Kent is opposed to plans to build a third runway.", ("Kent", "opposes", ["plans to build a third runway", "build a third runway", "third runway"]))
c("plan-to", "The Treasury's plan for a carbon tax was backed by Ms Ward.", ("Ward", "supports", ["plan for a carbon tax", "carbon tax"]),
  ("Treasury", "supports", ["plan for a carbon tax", "carbon tax"]))
c("plan-to", "Ms Ward supports the plan for a new bypass.", ("Ward", "supports", ["plan for a new bypass", "new bypass", "bypass"]))
c("plan-to", "The Farmers Union did not back the proposal to lift the export ban.",
  ("Farmers Union", "opposes", ["proposal to lift the export ban", "lift the export ban"]))
c("plan-to", "Mr Kent has long argued against attempts to weaken the planning rules.", ("Kent", "opposes", ["attempts to weaken the planning rules", "weaken the planning rules"]))
c("plan-to", "The Treasury announced plans to introduce a sugar tax, which Ms Ward welcomed.", ("Ward", "supports", ["plans to introduce a sugar tax", "introduce a sugar tax", "sugar tax"]), ("Treasury", "supports", ["plans to introduce a sugar tax", "introduce a sugar tax", "sugar tax"]))
# B. nominalisations
c("nominal", "Mr Kent opposes the privatisation of the postal service.", ("Kent", "opposes", ["privatisation of the postal service"]))
c("nominal", "Ms Ward called for a cut in fuel duty.", ("Ward", "supports", ["cut in fuel duty"]))
c("nominal", "The Farmers Union condemned the closure of the sugar plant.", ("Farmers Union", "opposes", ["closure of the sugar plant"]))
c("nominal", "Senator Ada Lund wants higher taxes on tobacco.", ("Ada Lund", "supports", ["higher taxes on tobacco"]))
c("nominal", "Mr Kent backed the abolition of tuition fees.", ("Kent", "supports", ["abolition of tuition fees"]))
c("nominal", "The Treasury rejected a rise in the minimum wage.", ("Treasury", "opposes", ["rise in the minimum wage"]))
c("nominal", "Ms Ward has campaigned for the extension of free school meals.", ("Ward", "supports", ["extension of free school meals"]))
c("nominal", "The Farmers Union welcomed the removal of the import quota.", ("Farmers Union", "supports", ["removal of the import quota"]))
c("nominal", "Mr Kent warned that the merger of the two police forces would cost jobs.", ("Kent", "warns", ["merger of the two police forces"]))
c("nominal", "Ms Ward is against the expansion of the airport.", ("Ward", "opposes", ["expansion of the airport"]))
# C. infinitival / passive complements
c("to-be", "Mr Kent joined calls for the fuel levy to be scrapped.", ("Kent", "opposes", LEVY))
c("to-be", "Ms Ward wants the rail subsidy to be extended.", ("Ward", "supports", ["rail subsidy"]))
c("to-be", "The Farmers Union has urged ministers to keep the milk quota.", ("Farmers Union", "supports", ["milk quota", "keep the milk quota"]))
c("to-be", "Senator Ada Lund called for the sugar tax to be introduced next year.", ("Ada Lund", "supports", ["sugar tax"]))
c("to-be", "Mr Kent wants the speed limit to be kept at 70mph.", ("Kent", "supports", ["speed limit"]))
c("to-be", "The Treasury wants the fuel levy to be abolished.", ("Treasury", "opposes", LEVY))
c("to-be", "Ms Ward called for the bridge toll to be scrapped.", ("Ward", "opposes", ["bridge toll"]))
c("to-be", "The Farmers Union is pressing for the export ban to be lifted.", ("Farmers Union", "opposes", ["export ban"]))
c("to-be", "Mr Kent demanded that the curfew be lifted.", ("Kent", "opposes", ["curfew"]))
c("to-be", "Ms Ward said the housing grant should be extended.", ("Ward", "supports", ["housing grant"]))
c("to-be", "The Farmers Union wants the export ban to be lifted by the summer.", ("Farmers Union", "opposes", ["export ban"]))
c("to-be", "Ms Ward wants the housing grant to be restored.", ("Ward", "supports", ["housing grant"]))
# D. clause predicates
c("clause", "Mr Kent said the fuel levy must stay.", ("Kent", "supports", LEVY))
c("clause", "Ms Ward said the bridge toll must go.", ("Ward", "opposes", ["bridge toll"]))
c("clause", "The Farmers Union said the milk quota should remain.", ("Farmers Union", "supports", ["milk quota"]))
c("clause", "Senator Ada Lund said the curfew must end.", ("Ada Lund", "opposes", ["curfew"]))
c("clause", "Mr Kent insisted the sugar tax should stay in place.", ("Kent", "supports", ["sugar tax"]))
c("clause", "The Treasury said the housing grant would have to go.", ("Treasury", "opposes", ["housing grant"]))
c("clause", "Ms Ward believes the pension cap should be scrapped.", ("Ward", "opposes", ["pension cap"]))
c("clause", "Mr Kent said the export ban should be lifted as soon as possible.", ("Kent", "opposes", ["export ban"]))
c("clause", "The Farmers Union said the grain subsidy must be kept.", ("Farmers Union", "supports", ["grain subsidy"]))
c("clause", "Ms Ward said the rail subsidy should not be cut.", ("Ward", "opposes", ["cut the rail subsidy", "cutting the rail subsidy", "cut in the rail subsidy", "rail subsidy cut"]))
# E. judgement nouns
c("judgement", "Mr Kent said the fuel levy was a good idea.", ("Kent", "supports", LEVY))
c("judgement", "Ms Ward said the bridge toll was a mistake.", ("Ward", "opposes", ["bridge toll"]))
c("judgement", "The Farmers Union called the milk quota a disaster.", ("Farmers Union", "opposes", ["milk quota"]))
c("judgement", "Senator Ada Lund said the sugar tax was a step in the right direction.", ("Ada Lund", "supports", ["sugar tax"]))
c("judgement", "Mr Kent described the housing grant as a waste of money.", ("Kent", "opposes", ["housing grant"]))
c("judgement", "Ms Ward said the curfew had been a success.", ("Ward", "supports", ["curfew"]))
c("judgement", "The Treasury said the pension cap would be a serious mistake.", ("Treasury", "warns", ["pension cap"]))
c("judgement", "Mr Kent said the export ban was a disgrace.", ("Kent", "opposes", ["export ban"]))
c("judgement", "Ms Ward said scrapping the bridge toll would be a great boost for the town.", ("Ward", "supports", ["scrapping the bridge toll", "scrap the bridge toll"]))
c("judgement", "The Farmers Union said the grain subsidy was a lifeline.", ("Farmers Union", "supports", ["grain subsidy"]))
# F. pressure / calls / demands nouns
c("pressure", "The Treasury is resisting pressure to raise the fuel levy.", ("Treasury", "opposes", ["raise the fuel levy", "raising the fuel levy"]))
c("pressure", "Mr Kent rejected calls to scrap the bridge toll.", ("Kent", "opposes", ["scrap the bridge toll", "scrapping the bridge toll"]))
c("pressure", "Ms Ward ignored demands to cut the housing grant.", ("Ward", "opposes", ["cut the housing grant", "cutting the housing grant"]))
c("pressure", "The Farmers Union backed calls for a ban on pesticide imports.", ("Farmers Union", "supports", ["ban on pesticide imports"]))
c("pressure", "Senator Ada Lund has faced pressure from her party to drop the sugar tax.", )
c("pressure", "Mr Kent joined the calls from farmers for a cut in fuel duty.", ("Kent", "supports", ["cut in fuel duty"]), ("farmers", "supports", ["cut in fuel duty"]))
c("pressure", "The Treasury dismissed calls for the pension cap to be lifted.", ("Treasury", "supports", ["pension cap"]))
c("pressure", "Ms Ward added her voice to calls for a public inquiry.", ("Ward", "supports", ["public inquiry"]))
# G. bills, acts, later reference
c("reference", "The government published the Clean Rivers Bill on Monday. Mr Kent said the bill was long overdue.", ("Kent", "supports", ["Clean Rivers Bill"]))
c("reference", "Ministers unveiled a new fuel levy. Ms Ward said the measure would hurt farmers.", ("Ward", "warns", LEVY),
  ("government", "supports", ["new fuel levy", "fuel levy"]))  # ministers acting are the government
c("reference", "The council approved a plan to close the library. Mr Kent said he would fight it.", ("Kent", "opposes", ["plan to close the library", "close the library"]), ("council", "supports", ["plan to close the library", "close the library"]))
c("reference", "The Treasury proposed a sugar tax last week. The Farmers Union opposed the plan.", ("Farmers Union", "opposes", ["sugar tax"]), ("Treasury", "supports", ["sugar tax"]))
c("reference", "Mr Kent tabled an amendment to the housing bill. Ms Ward backed the amendment.", ("Ward", "supports", ["amendment to the housing bill"]), ("Kent", "supports", ["amendment to the housing bill"]))
c("reference", "The Road Safety Act came into force in May. Ms Ward has criticised the act.", ("Ward", "opposes", ["Road Safety Act"]))
c("reference", "A new milk quota was announced on Friday. The Farmers Union said it was unfair.", ("Farmers Union", "opposes", ["milk quota"]))
c("reference", "The Treasury brought in a tax on sugary drinks. Mr Kent said the tax was working.", ("Kent", "supports", ["tax on sugary drinks"]), ("Treasury", "supports", ["tax on sugary drinks"]))
c("reference", "The government plans a new road toll. Ms Ward said she would vote against the scheme.", ("Ward", "opposes", ["road toll"]), ("government", "supports", ["road toll"]))
c("reference", "Mr Kent introduced a bill to ban fox hunting. Ms Ward said she would back the bill.", ("Ward", "supports", ["bill to ban fox hunting", "ban fox hunting"]), ("Kent", "supports", ["bill to ban fox hunting", "ban fox hunting"]))
# H. coordination
c("coord", "Mr Kent backed the tax cut and the new levy.", ("Kent", "supports", ["tax cut"]), ("Kent", "supports", ["new levy"]))
c("coord", "Ms Ward opposes the bridge toll and the parking charge.", ("Ward", "opposes", ["bridge toll"]), ("Ward", "opposes", ["parking charge"]))
c("coord", "The Farmers Union wants lower fuel duty and a higher grain subsidy.", ("Farmers Union", "supports", ["lower fuel duty"]), ("Farmers Union", "supports", ["higher grain subsidy"]))
c("coord", "Senator Ada Lund criticised the sugar tax, the salt levy and the fat quota.", ("Ada Lund", "opposes", ["sugar tax"]), ("Ada Lund", "opposes", ["salt levy"]), ("Ada Lund", "opposes", ["fat quota"]))
c("coord", "Mr Kent supports the closure of the depot and the sale of the land.", ("Kent", "supports", ["closure of the depot"]), ("Kent", "supports", ["sale of the land"]))
c("coord", "Ms Ward rejected both the fuel levy and the road toll.", ("Ward", "opposes", LEVY), ("Ward", "opposes", ["road toll"]))
# I. label length, modifiers
c("length", "Mr Kent backed the controversial new fuel levy on Tuesday.", ("Kent", "supports", ["fuel levy", "new fuel levy", "controversial new fuel levy"]))
c("length", "Ms Ward opposed the £2bn cut in the schools budget announced by ministers last week.", ("Ward", "opposes", ["cut in the schools budget", "£2bn cut in the schools budget"]))
c("length", "The Farmers Union strongly supports the government's planned ban on live exports.", ("Farmers Union", "supports", ["ban on live exports", "planned ban on live exports"]),
  ("government", "supports", ["ban on live exports", "planned ban on live exports"]))
c("length", "Mr Kent attacked what he called the unfair bridge toll.", ("Kent", "opposes", ["bridge toll", "unfair bridge toll"]))
c("length", "Senator Ada Lund has backed a 10% rise in the rail subsidy for rural lines.", ("Ada Lund", "supports", ["rise in the rail subsidy", "10% rise in the rail subsidy"]))
c("length", "Ms Ward voted against the Clean Rivers Bill in the Senate on Tuesday.", ("Ward", "opposes", ["Clean Rivers Bill"]))
# negation / hedges / pronoun holders variations
c("plan-to", "He said he supported plans to raise the fuel levy. Mr Kent made the remark on Monday.", )
c("clause", "The fuel levy must stay, Mr Kent said.", ("Kent", "supports", LEVY))
c("judgement", "The bridge toll is a mistake, said Ms Ward.", ("Ward", "opposes", ["bridge toll"]))
c("to-be", "The Farmers Union wants the milk quota scrapped.", ("Farmers Union", "opposes", ["milk quota"]))
c("pressure", "Ms Ward has resisted calls to extend the curfew.", ("Ward", "opposes", ["extend the curfew", "extending the curfew", "extension of the curfew"]))
c("nominal", "Mr Kent has spoken out against a cut in the rail subsidy.", ("Kent", "opposes", ["cut in the rail subsidy"]))

# a second round, with more variation of voice, tense and holder
c("plan-to", "The plan to sell the state airline was condemned by the Farmers Union.", ("Farmers Union", "opposes", ["plan to sell the state airline", "sell the state airline", "sale of the state airline"]))
c("plan-to", "Plans to close three rural hospitals have been attacked by Ms Ward.", ("Ward", "opposes", ["plans to close three rural hospitals", "close three rural hospitals", "closure of three rural hospitals"]))
c("plan-to", "She said she backed the move to raise the school leaving age. Ms Ward is the education spokeswoman.", ("Ward", "supports", ["move to raise the school leaving age", "raise the school leaving age"]))
c("plan-to", "Mr Kent, who chairs the transport committee, has criticised a bid by ministers to sell off the ports.", ("Kent", "opposes", ["bid by ministers to sell off the ports", "sell off the ports", "bid to sell off the ports"]), ("ministers", "supports", ["bid by ministers to sell off the ports", "sell off the ports", "bid to sell off the ports"]))
c("plan-to", "The Farmers Union opposes efforts to cut the dairy subsidy.", ("Farmers Union", "opposes", ["efforts to cut the dairy subsidy", "cut the dairy subsidy", "cutting the dairy subsidy"]))
c("plan-to", "Mr Kent welcomed the government's decision to drop the fuel levy.", ("Kent", "supports", ["decision to drop the fuel levy", "drop the fuel levy"]), ("government", "supports", ["decision to drop the fuel levy", "drop the fuel levy"]),
  ("government", "opposes", ["fuel levy"]))
c("plan-to", "Ms Ward said she was against the idea of charging drivers to enter the city.", ("Ward", "opposes", ["idea of charging drivers to enter the city", "charging drivers to enter the city"]))
c("plan-to", "Mr Kent backed Labour's plan for a national care service.", ("Kent", "supports", ["plan for a national care service", "national care service"]), ("Labour", "supports", ["plan for a national care service", "national care service"]))
c("nominal", "The Farmers Union has long opposed the sale of public forests.", ("Farmers Union", "opposes", ["sale of public forests"]))
c("nominal", "Ms Ward backed a freeze on council tax.", ("Ward", "supports", ["freeze on council tax"]))
c("nominal", "Mr Kent criticised the introduction of tuition fees.", ("Kent", "opposes", ["introduction of tuition fees", "tuition fees"]))
c("nominal", "The Treasury favours a reduction in corporation tax.", ("Treasury", "supports", ["reduction in corporation tax"]))
c("nominal", "Ms Ward condemned cuts to the police budget.", ("Ward", "opposes", ["cuts to the police budget"]))
c("nominal", "Mr Kent is a strong supporter of the privatisation of the railways.", ("Kent", "supports", ["privatisation of the railways"]))
c("to-be", "Ms Ward has called for the ban on street parties to be lifted.", ("Ward", "opposes", ["ban on street parties"]))
c("to-be", "The Farmers Union urged ministers to scrap the milk levy.", ("Farmers Union", "opposes", ["milk levy", "scrap the milk levy"]))
c("to-be", "Mr Kent called for the speed cameras to be removed.", ("Kent", "opposes", ["speed cameras"]))
c("to-be", "Ms Ward is pushing for the housing grant to be doubled.", ("Ward", "supports", ["housing grant to be doubled", "doubling the housing grant", "housing grant"]))
c("clause", "The curfew has to go, Ms Ward said.", ("Ward", "opposes", ["curfew"]))
c("clause", "Mr Kent said the tax on pensions should be abolished.", ("Kent", "opposes", ["tax on pensions"]))
c("clause", "The Farmers Union argues that the grain quota must remain in place.", ("Farmers Union", "supports", ["grain quota"]))
c("clause", "Ms Ward said the school meals scheme should continue.", ("Ward", "supports", ["school meals scheme"]))
c("clause", "Mr Kent told reporters the road toll should be scrapped.", ("Kent", "opposes", ["road toll"]))
c("judgement", "Ms Ward said the levy on fuel was unfair.", ("Ward", "opposes", ["levy on fuel"]))
c("judgement", "Mr Kent said the new quota was a sensible idea.", ("Kent", "supports", ["new quota", "quota"]))
c("judgement", "The Farmers Union called the sugar tax a disaster for growers.", ("Farmers Union", "opposes", ["sugar tax"]))
c("judgement", "Mr Kent said the curfew was a terrible mistake.", ("Kent", "opposes", ["curfew"]))
c("judgement", "The housing grant is a lifeline for young families, Ms Ward said.", ("Ward", "supports", ["housing grant"]))
c("pressure", "Mr Kent has come under pressure to scrap the road toll.", )
c("pressure", "Ms Ward backed calls to extend the rail subsidy.", ("Ward", "supports", ["extend the rail subsidy", "extending the rail subsidy", "extension of the rail subsidy"]))
c("pressure", "The Treasury rejected demands for a cut in fuel duty.", ("Treasury", "opposes", ["cut in fuel duty"]))
c("pressure", "The Farmers Union renewed its call for a ban on cheap imports.", ("Farmers Union", "supports", ["ban on cheap imports"]))
c("reference", "Ministers plan to raise the fuel levy. Mr Kent said the increase would hurt drivers.", ("Kent", "warns", ["raise the fuel levy", "increase"]),
  ("government", "supports", ["raise the fuel levy", "fuel levy"]))
c("reference", "The Senate passed the Clean Air Act in May. Ms Ward voted for it.", ("Ward", "supports", ["Clean Air Act"]), ("Senate", "supports", ["Clean Air Act"]))
c("reference", "A new curfew came into force on Friday. Mr Kent said the measure was unworkable.", ("Kent", "opposes", ["curfew", "new curfew"]))
c("coord", "The Farmers Union wants the milk quota scrapped and the grain subsidy kept.", ("Farmers Union", "opposes", ["milk quota"]), ("Farmers Union", "supports", ["grain subsidy"]))
c("coord", "Ms Ward backed the sugar tax but opposed the salt levy.", ("Ward", "supports", ["sugar tax"]), ("Ward", "opposes", ["salt levy"]))
c("length", "Mr Kent opposes the controversial plan, first proposed by the Treasury in 2019, to sell the ports.", ("Kent", "opposes", ["plan to sell the ports", "sell the ports", "controversial plan"]), ("Treasury", "supports", ["plan to sell the ports", "sell the ports", "controversial plan"]))
c("length", "Ms Ward said she supported the proposed 5% levy on sugary drinks.", ("Ward", "supports", ["levy on sugary drinks", "5% levy on sugary drinks", "proposed 5% levy on sugary drinks"]))
# a third round: nouns of support and opposition, gerunds, references back, comparatives
c("plan-to", "Mr Kent voiced support for the plan to build a new bridge.", ("Kent", "supports", ["plan to build a new bridge", "build a new bridge", "new bridge"]))
c("plan-to", "Ms Ward expressed opposition to proposals for a new road toll.", ("Ward", "opposes", ["proposals for a new road toll", "new road toll", "road toll"]))
c("plan-to", "The Farmers Union is in favour of a ban on cheap imports.", ("Farmers Union", "supports", ["ban on cheap imports"]))
c("plan-to", "Mr Kent backed scrapping the road toll.", ("Kent", "supports", ["scrapping the road toll"]), ("Kent", "opposes", ["road toll"]))
c("plan-to", "Ms Ward opposed raising the pension age.", ("Ward", "opposes", ["raising the pension age"]))
c("plan-to", "The Treasury is considering plans to freeze public sector pay.", ("Treasury", "supports", ["plans to freeze public sector pay", "freeze public sector pay"]))
c("plan-to", "Mr Kent has attacked Labour's plans for higher fuel duty.", ("Kent", "opposes", ["plans for higher fuel duty", "higher fuel duty"]), ("Labour", "supports", ["plans for higher fuel duty", "higher fuel duty"]))
c("plan-to", "Ms Ward said she would vote against any attempt to weaken the ban on hunting.", ("Ward", "opposes", ["attempt to weaken the ban on hunting", "weaken the ban on hunting"]))
c("reference", "The Treasury unveiled proposals to cut fuel duty on Monday. Ms Ward welcomed the proposals.", ("Ward", "supports", ["proposals to cut fuel duty", "cut fuel duty"]), ("Treasury", "supports", ["proposals to cut fuel duty", "cut fuel duty"]))
c("reference", "The council plans to close the library. Mr Kent said the closure would be a blow to the town.", ("Kent", "warns", ["close the library", "closure", "closure of the library"]), ("council", "supports", ["close the library", "closure", "closure of the library"]))
c("reference", "Ministers want to scrap the bridge toll. Ms Ward said the change was long overdue.", ("Ward", "supports", ["scrap the bridge toll", "scrapping the bridge toll"]), ("Ministers", "supports", ["scrap the bridge toll", "scrapping the bridge toll"]))
c("reference", "The Farmers Union backed the sugar tax, which Mr Kent opposes.", ("Farmers Union", "supports", ["sugar tax"]), ("Kent", "opposes", ["sugar tax"]))
c("clause", "Ms Ward said the sugar tax should be replaced by a levy on salt.", ("Ward", "opposes", ["sugar tax"]), ("Ward", "supports", ["levy on salt"]))
c("clause", "The Farmers Union said a cap on land prices must be introduced.", ("Farmers Union", "supports", ["cap on land prices"]))
c("clause", "Mr Kent believes the fuel levy is here to stay.", )
c("judgement", "Ms Ward said the new curfew was too harsh.", ("Ward", "opposes", ["new curfew", "curfew"]))
c("judgement", "Mr Kent said the plan to sell the ports was a huge mistake.", ("Kent", "opposes", ["plan to sell the ports", "sell the ports"]))
c("judgement", "The Farmers Union said the grain quota had been a great success.", ("Farmers Union", "supports", ["grain quota"]))
c("coord", "Mr Kent called for lower taxes and a smaller state.", ("Kent", "supports", ["lower taxes"]), ("Kent", "supports", ["smaller state"]))
c("coord", "Ms Ward wants the curfew lifted and the ban on street parties ended.", ("Ward", "opposes", ["curfew"]), ("Ward", "opposes", ["ban on street parties"]))
c("length", "Mr Kent supports the Treasury's long-awaited plan to rewrite the rates code.", ("Kent", "supports", ["plan to rewrite the rates code", "rewrite the rates code"]), ("Treasury", "supports", ["plan to rewrite the rates code", "rewrite the rates code"]))
c("length", "Ms Ward backed the £5m scheme to repair rural roads.", ("Ward", "supports", ["scheme to repair rural roads", "repair rural roads", "£5m scheme to repair rural roads"]))
c("length", "The Farmers Union opposes the new 20% tax on fertiliser, which comes into force in April.", ("Farmers Union", "opposes", ["tax on fertiliser", "20% tax on fertiliser", "new 20% tax on fertiliser"]))
c("judgement", "Ms Ward said cutting the fuel levy would be a mistake.", ("Ward", "warns", ["cutting the fuel levy"]))
c("judgement", "Mr Kent said raising the pension age was unfair.", ("Kent", "opposes", ["raising the pension age"]))
c("judgement", "Ms Ward says what the council is proposing is unfair.", ("Ward", "opposes", ["council"]))
c("length", "Ms Ward criticised what she described as a tax on farmers.", ("Ward", "opposes", ["tax on farmers"]))
c("length", "The Farmers Union welcomed what it called a fair deal for growers.", ("Farmers Union", "supports", ["fair deal for growers", "fair deal"]))

# sentences the extractor does not read yet (the failure counted, by construction, in the battery's summary)
KNOWN: set[str] = {
    'A new curfew came into force on Friday. Mr Kent said the measure was unworkable.',
    'Ministers want to scrap the bridge toll. Ms Ward said the change was long overdue.',
    'Mr Kent opposes the controversial plan, first proposed by the Treasury in 2019, to sell the ports.',
    'Mr Kent, who chairs the transport committee, has criticised a bid by ministers to sell off the ports.',
    'Ms Ward added her voice to calls for a public inquiry.',
    'Ms Ward ignored demands to cut the housing grant.',
    'Ms Ward opposed the £2bn cut in the schools budget announced by ministers last week.',
    'Ms Ward said the rail subsidy should not be cut.',
    'Ms Ward said the sugar tax should be replaced by a levy on salt.',
    'Ms Ward wants the curfew lifted and the ban on street parties ended.',
    'She said she backed the move to raise the school leaving age. Ms Ward is the education spokeswoman.',
    'The Farmers Union wants the milk quota scrapped and the grain subsidy kept.',
    'The Senate passed the Clean Air Act in May. Ms Ward voted for it.',
    'The Treasury is considering plans to freeze public sector pay.',
}


@pytest.mark.parametrize("kind, text, expected", alias_battery(B, KNOWN))
def test_battery(build_text, kind, text, expected):
    assert_scored(build_text(text), expected)


def test_a_wished_undoing_the_story_names_is_the_act(build_text):
    """ "called for the curfew to be lifted ... lifting the curfew": where the story names the undoing itself, the
    side is on the act (a position apart from the curfew), not against the curfew."""
    stance = stance_triples(build_text("Ms Ward called for the curfew to be lifted. Lifting the curfew would help shops, she said."))
    assert ("Ward", "supports", "curfew to be lifted") in stance, stance
    assert not any(o == "curfew" for _, _, o in stance), stance
