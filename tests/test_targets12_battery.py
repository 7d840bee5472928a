"""A battery of the constructions where a stance frame is read but its target lands on the wrong thing (issue 10,
session 12): a container noun that carries what it calls for ("backed a motion calling for a ban"), a verb of
beginning or going on before the act planned ("plans to start taxing X"), nouns of bringing a thing about ("the
creation of a grain reserve"), calls and campaigns with what they call for, a clause announced ("announced that
the two forces would be merged"), a person's conduct ("criticised Ms Ward's handling of X": a side on her), and
pointers back ("the move", "the plans", "it"). Every sentence is our own (invented names and policies), with the
triples a careful reader takes (GUIDELINES.md), scored as the other position batteries are (conftest
score_against_aliases: a wanted edge missed or an edge left over fails). Cases not read yet are non-strict xfail.
"""
from __future__ import annotations

import pytest
from conftest import alias_battery, assert_scored

B: list = []


def c(kind, text, *edges):
    B.append((kind, text, [(h, r, a if isinstance(a, list) else [a]) for h, r, a in edges]))


HUNT = ["ban on fox hunting", "fox hunting ban"]
# A. a container that calls for something: the side on the container is the side on what it calls for
c("carrier", "Ms Ward backed a motion calling for a ban on fox hunting.", ("Ward", "supports", HUNT))
c("carrier", "Mr Kent opposed a motion calling for a ban on fox hunting.", ("Kent", "opposes", HUNT))
c("carrier", "Ms Ward supported a resolution urging an end to the blockade.", ("Ward", "supports", ["end to the blockade"]))
c("carrier", "Senator Ada Lund voted for a resolution demanding the withdrawal of the peacekeepers.",
  ("Ada Lund", "supports", ["withdrawal of the peacekeepers"]))
c("carrier", "The Farmers Union has signed a petition calling for a cut in fuel duty.", ("Farmers Union", "supports", ["cut in fuel duty"]))
c("carrier", "Mr Kent signed a petition demanding the return of the village post office.",
  ("Kent", "supports", ["return of the village post office"]))
c("carrier", "The appeal court backed a lawsuit by tenants seeking a freeze on rents.", ("court", "supports", ["freeze on rents"]))
c("carrier", "Ms Ward has backed a letter urging a review of the fuel levy.", ("Ward", "supports", ["review of the fuel levy"]))
c("carrier", "The Farmers Union rejected a motion calling for stricter curbs on land sales.",
  ("Farmers Union", "opposes", ["stricter curbs on land sales", "curbs on land sales"]))
c("carrier", "Labour MPs backed a motion condemning the closure of the steel plant.", ("Labour", "opposes", ["closure of the steel plant"]))
c("carrier", "Mr Kent said he would support any resolution calling for sanctions against Ruritania.",
  ("Kent", "supports", ["sanctions against Ruritania", "sanctions"]))
c("carrier", "The council endorsed a report recommending the sale of the town hall.", ("council", "supports", ["sale of the town hall"]))
c("carrier", "Ms Ward tabled a motion calling for a public inquiry into the floods.",
  ("Ward", "supports", ["public inquiry into the floods", "public inquiry"]))
c("carrier", "The Treasury opposed a motion seeking to exempt small firms from the levy.",
  ("Treasury", "opposes", ["exempt small firms from the levy", "exempt small firms"]))
# B. a verb of beginning, going on or ceasing before the act wanted (VerbNet begin-55.1, continue-55.3, stop-55.4)
c("aspect", "The Treasury plans to start taxing sugary drinks next year.", ("Treasury", "supports", ["taxing sugary drinks", "tax sugary drinks"]))
c("aspect", "Ms Ward plans to begin selling the state's stake in the post office.",
  ("Ward", "supports", ["selling the state's stake in the post office", "selling the states stake in the post office", "sell the states stake in the post office"]))
c("aspect", "Senator Ada Lund plans to start inspecting grain lorries at the border next month.",
  ("Ada Lund", "supports", ["inspecting grain lorries at the border", "inspecting grain lorries", "inspect grain lorries"]))
c("aspect", "Ministers have agreed to begin cutting farm subsidies in April.", ("government", "supports", ["cutting farm subsidies", "cut farm subsidies"]))
c("aspect", "The Farmers Union wants the government to start paying compensation to growers.",
  ("Farmers Union", "supports", ["paying compensation to growers", "pay compensation to growers"]))
c("aspect", "Mr Kent has promised to start building new council homes.", ("Kent", "supports", ["building new council homes", "build new council homes"]))
c("aspect", "Senator Ada Lund vowed to continue funding the rural bus network.",
  ("Ada Lund", "supports", ["funding the rural bus network", "fund the rural bus network"]))
c("aspect", "The central bank said it intended to resume buying government bonds.",
  ("central bank", "supports", ["buying government bonds", "buy government bonds"]))
c("aspect", "The Treasury decided to start charging lorries a road toll in May.",
  ("Treasury", "supports", ["charging lorries a road toll", "charge lorries a road toll", "road toll"]))
c("aspect", "Ms Ward wants to begin phasing out the coal subsidy.", ("Ward", "supports", ["phasing out the coal subsidy"]))
c("aspect", "The government will not start testing the new exams until 2008, Mr Kent said.")
c("aspect", "Mr Kent started his speech by thanking the Farmers Union.", ("Kent", "supports", ["Farmers Union"]))
# C. nouns of bringing a thing about: the thing brought about is the policy
c("creation", "Several senators backed the creation of a national grain reserve.",
  ("senators", "supports", ["creation of a national grain reserve", "national grain reserve"]))
c("creation", "The Farmers Union has welcomed the introduction of a cap on land rents.",
  ("Farmers Union", "supports", ["introduction of a cap on land rents", "cap on land rents"]))
c("creation", "Ms Ward said she supported the setting up of a rail regulator.",
  ("Ward", "supports", ["setting up of a rail regulator", "rail regulator"]))
c("creation", "Mr Kent backed the establishment of a sovereign wealth fund.",
  ("Kent", "supports", ["establishment of a sovereign wealth fund", "sovereign wealth fund"]))
c("creation", "The Treasury opposes the creation of a second housing agency.",
  ("Treasury", "opposes", ["creation of a second housing agency", "second housing agency"]))
c("creation", "The Farmers Union called for the creation of a farm loans bank.",
  ("Farmers Union", "supports", ["creation of a farm loans bank", "farm loans bank"]))
c("creation", "Ms Ward welcomed the launch of a new savings bond for pensioners.",
  ("Ward", "supports", ["launch of a new savings bond for pensioners", "new savings bond for pensioners", "savings bond for pensioners"]))
c("creation", "Senator Ada Lund urged the adoption of a single European patent.",
  ("Ada Lund", "supports", ["adoption of a single European patent", "single European patent"]))
# D. calls, campaigns and intentions with what they are for
c("calls", "Mr Kent rejected calls for a lower cap on bank lending.", ("Kent", "opposes", ["lower cap on bank lending"]))
c("calls", "The Farmers Union backed calls for a public inquiry into the floods.",
  ("Farmers Union", "supports", ["public inquiry into the floods", "public inquiry"]))
c("calls", "Ms Ward resisted pressure to raise the pension age.", ("Ward", "opposes", ["raise the pension age", "raising the pension age"]))
c("calls", "The Farmers Union launched a campaign for lower fuel duty.", ("Farmers Union", "supports", ["lower fuel duty"]))
c("calls", "The Farmers Union has launched a campaign against the closure of the hospital.",
  ("Farmers Union", "opposes", ["closure of the hospital"]))
c("calls", "Mr Kent supports the Treasury's intention to scrap the fuel levy.",
  ("Kent", "supports", ["intention to scrap the fuel levy", "scrap the fuel levy"]),
  ("Treasury", "supports", ["intention to scrap the fuel levy", "scrap the fuel levy"]), ("Treasury", "opposes", ["fuel levy"]))
c("calls", "Ms Ward welcomed the Treasury's decision to freeze fuel duty.",
  ("Ward", "supports", ["decision to freeze fuel duty", "freeze fuel duty"]),
  ("Treasury", "supports", ["decision to freeze fuel duty", "freeze fuel duty"]))
c("calls", "The Farmers Union joined demands for a cut in fuel duty.", ("Farmers Union", "supports", ["cut in fuel duty"]))
c("calls", "Senator Ada Lund renewed her call for a freeze on rents.", ("Ada Lund", "supports", ["freeze on rents"]))
c("calls", "Mr Kent dismissed calls to scrap the bridge toll.", ("Kent", "opposes", ["scrap the bridge toll", "scrapping the bridge toll"]))
# E. a clause announced or proposed: what the clause does is the policy
c("announced", "Mr Kent announced that the toll would be scrapped.", ("Kent", "opposes", ["toll"]))
c("announced", "Ms Ward announced that she would cut fuel duty.", ("Ward", "supports", ["cut fuel duty", "cut in fuel duty"]))
c("announced", "Ms Ward announced that fuel duty would be cut.", ("Ward", "supports", ["cut in fuel duty", "fuel duty cut", "fuel duty would be cut"]))
c("announced", "Mr Kent announced that the two police forces would be merged.",
  ("Kent", "supports", ["two police forces would be merged", "merger of the two police forces", "merge the two police forces"]))
c("announced", "The Treasury announced in March that the three tax offices would be folded into one body.",
  ("Treasury", "supports", ["three tax offices would be folded into one body", "folded into one body"]))
c("announced", "Ms Ward announced that she would allow farmers to claim relief on diesel.",
  ("Ward", "supports", ["allow farmers to claim relief on diesel", "relief on diesel"]))
c("announced", "The minister announced on Tuesday that the housing grant would be extended.", )
c("announced", "Ms Ward announced that the curfew would be lifted.", ("Ward", "opposes", ["curfew"]))
c("announced", "The council announced that the library will close in May.", )
c("announced", "Mr Kent announced he was stepping down as chairman.", )
c("announced", "The Farmers Union announced that its annual conference would be held in York.", )
# F. a person's conduct: the side is on the person
c("conduct", "Ms Ward denounced Mr Kent's actions.", ("Ward", "opposes", ["Kent"]))
c("conduct", "Mr Kent criticised Ms Ward's behaviour.", ("Kent", "opposes", ["Ward"]))
c("conduct", "Ms Ward criticised the council's response to the floods.", ("Ward", "opposes", ["council"]))
c("conduct", "Mr Kent attacked the Treasury's record on jobs.", ("Kent", "opposes", ["Treasury"]))
c("conduct", "Ms Ward praised Mr Kent's leadership.", ("Ward", "supports", ["Kent"]))
c("conduct", "The Farmers Union attacked Mr Kent's conduct during the strike.", ("Farmers Union", "opposes", ["Kent"]))
c("conduct", "Mr Kent praised Ms Ward's leadership of the party during the election.", ("Kent", "supports", ["Ward"]))
c("conduct", "Mr Kent attacked the Farmers Union's leadership.", ("Kent", "opposes", ["leadership", "Farmers Union leadership", "Farmers Union"]))
c("conduct", "Senator Ada Lund praised the Treasury's response to the crisis.", ("Ada Lund", "supports", ["Treasury"]))
c("conduct", "Mr Kent condemned the council's treatment of the tenants.", ("Kent", "opposes", ["council"]))
c("conduct", "Ms Ward questioned Mr Kent's judgement.", ("Ward", "opposes", ["Kent"]))
c("conduct", "Mr Kent attacked the Treasury's failure to curb fuel prices.",
  ("Kent", "opposes", ["Treasury"]), ("Kent", "supports", ["curb fuel prices", "curbing fuel prices"]))
c("conduct", "The Farmers Union condemned the Treasury's refusal to cut fuel duty.",
  ("Farmers Union", "opposes", ["Treasury"]), ("Farmers Union", "supports", ["cut fuel duty", "cutting fuel duty"]),
  ("Treasury", "opposes", ["cut fuel duty", "cutting fuel duty"]))
# G. pointers back: "the move", "the plans", "it"
c("pointer", "The Treasury wants to cut fuel duty. Ms Ward welcomed the move.",
  ("Treasury", "supports", ["cut fuel duty", "cutting fuel duty"]), ("Ward", "supports", ["cut fuel duty", "cutting fuel duty"]))
c("pointer", "The Treasury plans to sell the town hall. Mr Kent said he would fight the plans.",
  ("Treasury", "supports", ["sell the town hall", "selling the town hall"]), ("Kent", "opposes", ["sell the town hall", "selling the town hall"]))
c("pointer", "Ms Ward proposed a tax on plastic bags. Mr Kent said he backed it.",
  ("Ward", "supports", ["tax on plastic bags"]), ("Kent", "supports", ["tax on plastic bags"]))
c("pointer", "Ministers want a ban on hunting with dogs. The Farmers Union said it opposed the ban.",
  ("government", "supports", ["ban on hunting with dogs"]), ("Farmers Union", "opposes", ["ban on hunting with dogs"]))
c("pointer", "The Treasury unveiled plans for a carbon tax on Monday. Mr Kent, the Tory spokesman, attacked the proposals.",
  ("Treasury", "supports", ["plans for a carbon tax", "carbon tax"]), ("Kent", "opposes", ["plans for a carbon tax", "carbon tax"]))
c("pointer", "The Farmers Union backed the sugar tax, but Ms Ward said she would vote against it.",
  ("Farmers Union", "supports", ["sugar tax"]), ("Ward", "opposes", ["sugar tax"]))
c("pointer", "Mr Kent wants the export ban lifted. Ms Ward said she wanted it scrapped as well.",
  ("Kent", "opposes", ["export ban"]), ("Ward", "opposes", ["export ban"]))
c("pointer", "The council has proposed closing two schools. Ms Ward said the decision was wrong.",
  ("council", "supports", ["closing two schools"]), ("Ward", "opposes", ["closing two schools"]))
# H. a judgement of what a plan does, not of the plan's owner
c("judged", "Ms Ward said what the council is proposing is wrong.", ("Ward", "opposes", ["council"]))
c("judged", "Mr Kent said the Treasury's plan to sell the ports was a mistake.",
  ("Kent", "opposes", ["plan to sell the ports", "sell the ports"]), ("Treasury", "supports", ["plan to sell the ports", "sell the ports"]))
c("judged", "The Farmers Union said the decision to close the depot was a blow to farmers.",
  ("Farmers Union", "opposes", ["decision to close the depot", "close the depot"]))
# J. a side on a side: what one opposes of another's opposition, one backs
c("sideon", "Mr Kent criticised the Treasury's opposition to the sugar tax.", ("Treasury", "opposes", ["sugar tax"]), ("Kent", "supports", ["sugar tax"]))
c("sideon", "Ms Ward rejected criticism of the fuel levy.", ("Ward", "supports", ["fuel levy"]))
c("sideon", "Ms Ward dismissed Tory criticism of the housing grant.", ("Conservative", "opposes", ["housing grant"]), ("Ward", "supports", ["housing grant"]))
c("sideon", "Mr Kent backed the Farmers Union's opposition to the milk quota.", ("Farmers Union", "opposes", ["milk quota"]), ("Kent", "opposes", ["milk quota"]))
c("sideon", "Ms Ward attacked Mr Kent's support for the fuel levy.", ("Kent", "supports", ["fuel levy"]), ("Ward", "opposes", ["fuel levy"]))
c("sideon", "The Farmers Union welcomed the Treasury's rejection of the milk quota.", ("Treasury", "opposes", ["milk quota"]), ("Farmers Union", "opposes", ["milk quota"]))
c("sideon", "Senator Ada Lund condemned the council's resistance to the new bypass.", ("Ada Lund", "supports", ["new bypass", "bypass"]),
  ("council", "opposes", ["new bypass", "bypass"]))
c("sideon", "The Treasury brushed aside objections to the carbon tax, a spokesman said.", ("Treasury", "supports", ["carbon tax"]))
c("sideon", "Mr Kent said he shared the Farmers Union's objections to the grain levy.", ("Farmers Union", "opposes", ["grain levy"]), ("Kent", "opposes", ["grain levy"]))
c("sideon", "Karl Lund, the finance minister, rejected criticism of the currency peg on Tuesday.", ("Karl Lund", "supports", ["currency peg"]))
# K. a threat or intention to act if a policy comes about: against the policy (FrameNet Commitment: its Condition)
c("threat", "The Farmers Union repeated its threat to strike if the council raises the fuel levy.",
  ("Farmers Union", "opposes", ["raises the fuel levy", "raising the fuel levy", "fuel levy rise"]), ("Farmers Union", "supports", ["strike"]))
c("threat", "Mr Kent restated his intention to quit the coalition if the fuel levy goes ahead.", ("Kent", "opposes", ["fuel levy"]))
c("threat", "Ms Ward announced her intention to resign if the Treasury scraps the housing grant.",
  ("Ward", "opposes", ["scraps the housing grant", "scrapping the housing grant"]))
c("threat", "Karl Lund restated Ruritania's intention to pull out if Borduvia bans imports of its wine.",
  ("Karl Lund", "opposes", ["bans imports of its wine", "ban on imports of its wine"]), ("Ruritania", "opposes", ["bans imports of its wine", "ban on imports of its wine"]),
  ("Karl Lund", "supports", ["pull out"]), ("Ruritania", "supports", ["pull out"]))  # (the intended act: defensible, if no policy)
c("threat", "Mr Kent spoke of his intention to sue if he loses the vote.", )
# I. Reuters wire style
c("wire", "The Growers Council endorsed the founding of a state seed bank, its president said.",
  ("Growers Council", "supports", ["founding of a state seed bank", "state seed bank"]))
c("wire", "Ruritania's central bank plans to start selling dollars on the open market, officials said.",
  ("central bank", "supports", ["selling dollars on the open market", "selling dollars"]))
c("wire", "The Senate backed a resolution calling for sanctions against Ruritania, congressional aides said.",
  ("Senate", "supports", ["sanctions against Ruritania"]))
c("wire", "Finance Minister Karl Lund announced that import duties on cars would be lowered by five pct.",
  ("Karl Lund", "opposes", ["import duties on cars"]))  # a cut announced is a side against the duty, as a scrapping
c("wire", "The Ruritanian Bankers Federation dismissed demands for a cap on bank stakes in industry.",
  ("Ruritanian Bankers Federation", "opposes", ["cap on bank stakes in industry", "cap on bank stakes"]))
c("wire", "Kenya and Ghana resisted pressure for export quotas tied to world prices, delegates said.",
  ("Kenya", "opposes", ["export quotas tied to world prices"]), ("Ghana", "opposes", ["export quotas tied to world prices"]))
c("wire", "Borduvia said it could accept a cocoa price band.",
  ("Borduvia", "supports", ["cocoa price band"]))
c("wire", "Karl Lund said Ruritania would retaliate if Borduvia banned imports of its wine.",
  ("Karl Lund", "opposes", ["Borduvia banned imports of its wine", "ban on imports of its wine", "banned imports of its wine"]),
  ("Ruritania", "opposes", ["Borduvia banned imports of its wine", "ban on imports of its wine", "banned imports of its wine"]))
c("wire", "The union's leader said a strike would go ahead unless the company withdrew its pay offer.",
  ("union", "opposes", ["pay offer"]))


# sentences the extractor does not read yet (counted, by construction, in the battery's summary)
KNOWN: set[str] = {
    # the act of a to-clause that is no act of policy in the lexicon ("exempt", "buy"), or a label cut short
    'The Treasury opposed a motion seeking to exempt small firms from the levy.',
    'The Treasury decided to start charging lorries a road toll in May.',
    # a clause announced names a policy only when it restates a known one
    'Ms Ward announced that fuel duty would be cut.',
    'Mr Kent announced that the two police forces would be merged.',
    'The Treasury announced in March that the three tax offices would be folded into one body.',
    'Ms Ward announced that she would allow farmers to claim relief on diesel.',
    # a person's conduct: what a failure or a refusal fails to do is not yet a side of its own
    "Mr Kent attacked the Treasury's failure to curb fuel prices.",
    "The Farmers Union condemned the Treasury's refusal to cut fuel duty.",
    # pointers back: "the decision was wrong" (a judgement of the deciding, by design)
    'The council has proposed closing two schools. Ms Ward said the decision was wrong.',
    # "could accept" of a country said of itself; a threat's condition; a strike's condition
    'Borduvia said it could accept a cocoa price band.',
    "Karl Lund said Ruritania would retaliate if Borduvia banned imports of its wine.",
    # "announced her intention to resign" reads a side on her resigning
    'Ms Ward announced her intention to resign if the Treasury scraps the housing grant.',
    # a side on a side said with a verb that is no cue here ("welcomed" a rejection, "brushed aside", "shared")
    "The Farmers Union welcomed the Treasury's rejection of the milk quota.",
    "Mr Kent said he shared the Farmers Union's objections to the grain levy.",
    "The union's leader said a strike would go ahead unless the company withdrew its pay offer.",
}


@pytest.mark.parametrize("kind, text, expected", alias_battery(B, KNOWN))
def test_battery(build_text, kind, text, expected):
    assert_scored(build_text(text), expected)
