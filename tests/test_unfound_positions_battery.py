"""A battery of the positions the build never made a node of (issue 10, session 11): policy nouns in settings a
cue does not reach by its plain object (criteria, rules, limits, access, powers, safeguards; a named scheme after a
preposition), positions stated only as a clause ("said prices should be frozen", "proposed that the levy be cut"),
and acts named by a verb phrase ("plans to sell its stake in the airline", "is considering cutting its rate").
Every sentence is our own (invented names and policies), with the triples a careful reader takes (GUIDELINES.md),
matched as tests/test_positions_battery.py matches them; a case with no triple must give no stance edge (a verb
phrase of no policy: "plans to visit Brazil", "hopes to win the seat"). Cases this release does not read yet are
marked xfail, so the battery counts them without failing the suite.
"""
from __future__ import annotations

import pytest

from conftest import alias_battery, assert_scored

B: list = []


def c(kind, text, *edges):
    B.append((kind, text, [(h, r, a if isinstance(a, list) else [a]) for h, r, a in edges]))


# A. policy nouns of standards, limits, rules, powers and access, as the side of a cue
c("noun", "The Farmers Union wants grain quotas set by fair criteria.", ("Farmers Union", "supports", ["grain quotas set by fair criteria", "fair criteria"]))
c("noun", "Ms Ward said she would agree to strict criteria for the milk quotas.", ("Ward", "supports", ["strict criteria for the milk quotas", "strict criteria"]))
c("noun", "Exporters are pressing for tighter criteria for export credits.", ("Exporters", "supports", ["tighter criteria for export credits", "tighter criteria"]))
c("noun", "Mr Kent backed stricter rules on party donations.", ("Kent", "supports", ["stricter rules on party donations", "rules on party donations"]))
c("noun", "The Treasury opposes limits on bank bonuses.", ("Treasury", "opposes", ["limits on bank bonuses"]))
c("noun", "The Liberal Party backs a ceiling on rent increases.", ("Liberal Party", "supports", ["ceiling on rent increases"]))
c("noun", "Mr Kent insisted on strict conditions for the loan.", ("Kent", "supports", ["strict conditions for the loan"]))
c("noun", "Ms Ward argued for a single standard for food labels.", ("Ward", "supports", ["single standard for food labels"]))
c("noun", "The Farmers Union welcomed the new safeguards for tenant farmers.", ("Farmers Union", "supports", ["new safeguards for tenant farmers", "safeguards for tenant farmers"]))
c("noun", "Ms Ward wants new powers for councils to seize empty homes.", ("Ward", "supports", ["new powers for councils to seize empty homes", "powers for councils to seize empty homes", "new powers for councils"]))
c("noun", "Mr Kent said he would fight for equal access to research grants.", ("Kent", "supports", ["equal access to research grants"]))
c("noun", "The Farmers Union demanded access to the board's accounts.", ("Farmers Union", "supports", ["access to the board's accounts"]))
c("noun", "Ms Ward pressed for binding targets on emissions.", ("Ward", "supports", ["binding targets on emissions"]))
c("noun", "The Treasury wants stricter eligibility rules for jobless benefits.", ("Treasury", "supports", ["stricter eligibility rules for jobless benefits", "eligibility rules for jobless benefits"]))
c("noun", "Mr Kent attacked the new entry requirements for nurses.", ("Kent", "opposes", ["new entry requirements for nurses", "entry requirements for nurses"]))
c("noun", "The Farmers Union is pressing for a code of practice for supermarkets.", ("Farmers Union", "supports", ["code of practice for supermarkets"]))
c("noun", "Ms Ward rejected any curbs on strike action.", ("Ward", "opposes", ["curbs on strike action"]))
c("noun", "Brazil wants export quotas based on past sales.", ("Brazil", "supports", ["export quotas based on past sales", "export quotas"]))
c("noun", "The Treasury is resisting pressure for a minimum price for milk.", ("Treasury", "opposes", ["minimum price for milk"]))
c("noun", "Mr Kent has called for a legal right to paid leave.", ("Kent", "supports", ["legal right to paid leave", "right to paid leave"]))
c("noun", "The Farmers Union opposes a duty-free allowance for cross-border shoppers.", ("Farmers Union", "opposes", ["duty-free allowance for cross-border shoppers"]))
c("noun", "Senator Ada Lund supports term limits for judges.", ("Ada Lund", "supports", ["term limits for judges"]))
c("noun", "Mr Kent urged a ban on bonuses for bank chiefs.", ("Kent", "supports", ["ban on bonuses for bank chiefs"]))
c("noun", "The council wants a curfew for teenagers in the town centre.", ("council", "supports", ["curfew for teenagers in the town centre", "curfew for teenagers"]))
# a named scheme after a preposition
# pressure for a thing: a side on what it is for, never on the one it is put on
c("noun", "The Treasury faces pressure from the Senate to cut the fuel levy.", ("Senate", "supports", ["cut the fuel levy"]))
c("noun", "Pressure from the Liberal Party for a ban on bank bonuses is mounting.", ("Liberal Party", "supports", ["ban on bank bonuses"]))
c("noun", "The Farmers Union stepped up its pressure on the government.", )
c("noun", "Mr Kent is under pressure from the Farmers Union to resign.", )
c("named", "The Senate voted in favour of the Lund Plan.", ("Senate", "supports", ["Lund Plan"]))
c("named", "Ms Ward is a firm supporter of the Kent Plan.", ("Ward", "supports", ["Kent Plan"]))
c("named", "The Farmers Union voted against the Lund scheme.", ("Farmers Union", "opposes", ["Lund scheme"]), ("Lund", "supports", ["Lund scheme"]))
c("named", "Mr Kent backed the Lund plan to cut debt.", ("Kent", "supports", ["Lund plan to cut debt", "Lund plan"]), ("Lund", "supports", ["Lund plan to cut debt", "Lund plan"]))
c("named", "The Treasury rejected the Kent proposal on bank levies.", ("Treasury", "opposes", ["Kent proposal on bank levies", "Kent proposal"]), ("Kent", "supports", ["Kent proposal on bank levies", "Kent proposal"]))
c("named", "Mr Kent spoke out against the Ward Doctrine on Monday.", ("Kent", "opposes", ["Ward Doctrine"]))
c("named", "The Treasury threw its weight behind the Harbour Accord.", ("Treasury", "supports", ["Harbour Accord"]))
# the misreading: a standard, rule or limit only mentioned is no side taken
c("noun", "Ms Ward met the criteria for the award.", )
c("noun", "Mr Kent said the rules of the game had changed.", )
c("noun", "The Treasury said access to the site was limited.", )
c("noun", "The Farmers Union reached its spending limit in May.", )

# B. a position stated only as a clause
c("clause", "Ms Ward said bus fares should be frozen for a year.", ("Ward", "supports", ["bus fares should be frozen", "freeze bus fares", "bus fares frozen", "bus fares should be frozen for a year"]))
c("clause", "Mr Kent believes the grain board should be sold.", ("Kent", "supports", ["grain board should be sold", "sale of the grain board", "sell the grain board"]))
c("clause", "The Farmers Union argued that the diesel rebate must continue.", ("Farmers Union", "supports", ["diesel rebate", "diesel rebate must continue"]))
c("clause", "It is vital that the rent freeze continue, Ms Ward said.", ("Ward", "supports", ["rent freeze"]))
c("clause", "Mr Kent proposed that the fuel levy be cut by half.", ("Kent", "supports", ["fuel levy be cut by half", "cut the fuel levy by half", "cut the fuel levy", "fuel levy be cut"]))
c("clause", "Ms Ward demanded that the grain depot stay open.", ("Ward", "supports", ["grain depot stay open", "grain depot"]))
c("clause", "The Senate agreed that the steel tariff should be phased out.", ("Senate", "opposes", ["steel tariff"]))
c("clause", "The Farmers Union insists that imported meat must be labelled.", ("Farmers Union", "supports", ["imported meat must be labelled", "imported meat be labelled", "labelling of imported meat"]))
c("clause", "Mr Kent said councils should have the right to set their own rents.", ("Kent", "supports", ["councils should have the right to set their own rents", "right to set their own rents"]))
c("clause", "Ms Ward said interest rates should come down.", ("Ward", "supports", ["interest rates should come down", "lower interest rates", "interest rates come down"]))
c("clause", "The Treasury does not believe the sugar tax should be raised.", ("Treasury", "opposes", ["sugar tax should be raised", "raise the sugar tax", "raising the sugar tax"]))
c("clause", "Mr Kent said farmers should be paid more for their milk.", ("Kent", "supports", ["farmers should be paid more for their milk", "pay farmers more for their milk"]))
c("clause", "The Farmers Union said the state should buy surplus grain.", ("Farmers Union", "supports", ["state should buy surplus grain", "buy surplus grain"]))
c("clause", "Senator Ada Lund said the embassy should be closed at once.", ("Ada Lund", "supports", ["embassy should be closed", "close the embassy", "closure of the embassy", "embassy should be closed at once"]))
c("clause", "Ms Ward told the BBC that the pension age must not rise.", ("Ward", "opposes", ["rise in the pension age", "pension age must not rise", "pension age rise"]))
c("clause", "The union argued that the pay cap should be lifted.", ("union", "opposes", ["pay cap"]))
c("clause", "Mr Kent recommended that the two banks be merged.", ("Kent", "supports", ["two banks be merged", "merge the two banks", "merger of the two banks"]))
c("clause", "Ms Ward suggested that the tax be paid in instalments.", ("Ward", "supports", ["tax be paid in instalments", "pay the tax in instalments"]))
# the misreading: a clause of fact, forecast or fear names no position
c("clause", "Ms Ward said prices would rise in the spring.", )
c("clause", "Mr Kent said the board had been sold last year.", )
c("clause", "The Farmers Union said the harvest should be good this year.", )
c("clause", "Ms Ward believes the talks will fail.", )

# C. an act named by a verb phrase
c("act", "Ms Ward plans to sell the state's stake in the airline.", ("Ward", "supports", ["sell the state's stake in the airline", "sell the stake in the airline", "sale of the state's stake in the airline"]))
c("act", "The central bank is considering cutting its discount rate.", ("central bank", "supports", ["cutting its discount rate", "cut its discount rate", "cutting the discount rate"]))
c("act", "Ms Ward proposed raising the pension age to 67.", ("Ward", "supports", ["raising the pension age to 67", "raising the pension age"]))
c("act", "Mr Kent rejected the idea of selling the grain board.", ("Kent", "opposes", ["selling the grain board", "idea of selling the grain board"]))
c("act", "The Treasury ruled out devaluing the peso.", ("Treasury", "opposes", ["devaluing the peso"]))
c("act", "The Farmers Union is lobbying to keep the milk quota.", ("Farmers Union", "supports", ["keep the milk quota", "milk quota"]))
c("act", "Ms Ward is seeking to privatise the water board.", ("Ward", "supports", ["privatise the water board"]))
c("act", "The bank said it aimed to cut its lending rate to 9 pct.", ("bank", "supports", ["cut its lending rate to 9 pct", "cut its lending rate"]))
c("act", "The Treasury agreed to buy back the rail franchise.", ("Treasury", "supports", ["buy back the rail franchise"]))
c("act", "Ms Ward offered to freeze council tax for two years.", ("Ward", "supports", ["freeze council tax", "freeze council tax for two years"]))
c("act", "The Senate has offered to cap rail fares at this year's level.", ("Senate", "supports", ["cap rail fares at this year's level", "cap rail fares"]))
c("act", "Mr Kent offered to meet the union leaders.", )
c("act", "Mr Kent has proposed to merge the two rail firms.", ("Kent", "supports", ["merge the two rail firms"]))
c("act", "The Farmers Union wants to start buying grain directly from growers.", ("Farmers Union", "supports", ["start buying grain directly from growers", "buying grain directly from growers", "buy grain directly from growers"]))
c("act", "The Treasury is ready to unblock loans to small farmers.", ("Treasury", "supports", ["unblock loans to small farmers"]))
c("act", "The bank has decided to lift its ban on foreign lending.", ("bank", "opposes", ["ban on foreign lending"]))
c("act", "Mr Kent is keen to extend the school day.", ("Kent", "supports", ["extend the school day"]))
c("act", "The Senate is preparing to raise the minimum wage.", ("Senate", "supports", ["raise the minimum wage"]))
c("act", "Ms Ward favours selling the rail network to a single buyer.", ("Ward", "supports", ["selling the rail network to a single buyer", "selling the rail network"]))
c("act", "The Farmers Union backed moves to scrap the dairy quota.", ("Farmers Union", "opposes", ["dairy quota"]))
c("act", "Mr Kent wants the state to stop funding the airline.", ("Kent", "supports", ["stop funding the airline"]))
c("act", "The Treasury said it was determined to cut the budget deficit.", ("Treasury", "supports", ["cut the budget deficit"]))
c("act", "Ms Ward said she was willing to cut the fuel levy if oil prices fell.", ("Ward", "supports", ["cut the fuel levy"]))
c("act", "The central bank is reluctant to raise interest rates.", ("central bank", "opposes", ["raise interest rates"]))
c("act", "Ms Ward is unwilling to cut the fuel levy.", ("Ward", "opposes", ["cut the fuel levy"]))
c("act", "The Treasury has been loath to raise income tax before the election.", ("Treasury", "opposes", ["raise income tax", "raise income tax before the election"]))
c("act", "Mr Kent said he was reluctant to leave the party.", )
c("act", "The Farmers Union is reluctant to comment on the talks.", )
# the misreading: an aim, visit or wish with no policy in it
c("act", "Ms Ward plans to visit Brazil next week.", )
c("act", "Mr Kent hopes to win the seat in May.", )
c("act", "The Farmers Union aims to boost its membership.", )
c("act", "The Treasury plans to publish its figures on Monday.", )
c("act", "Ms Ward wants to highlight the plight of hill farmers.", )
c("act", "The bank is considering its options.", )

# D. longer news sentences, wire style and BBC style
c("wire", "Agriculture Minister Ada Lund said on Tuesday the government planned to sell its 40 pct stake in the grain board by June.", ("Ada Lund", "supports", ["sell its 40 pct stake in the grain board", "sell its stake in the grain board", "sell its 40 pct stake in the grain board by June"]))
c("wire", "The central bank is considering cutting its discount rate by half a point, bank officials said on Monday.", ("central bank", "supports", ["cutting its discount rate by half a point", "cutting its discount rate"]))
c("wire", "Exporters said they would not accept quotas tied to past output, and pressed instead for fair criteria.", ("Exporters", "opposes", ["quotas tied to past output"]), ("Exporters", "supports", ["fair criteria"]))
c("wire", "The Treasury said in a statement that the fuel levy should be cut by 10 pct from January.", ("Treasury", "supports", ["fuel levy should be cut by 10 pct", "cut the fuel levy by 10 pct", "fuel levy be cut by 10 pct", "fuel levy should be cut by 10 pct from January"]))
c("bbc", "Mr Kent, the Tory spokesman, said his party wanted tougher rules on second jobs for MPs.", ("Kent", "supports", ["tougher rules on second jobs for MPs", "rules on second jobs for MPs"]))
c("bbc", "Ms Ward told BBC Radio 4 the grain depot should stay open until a buyer was found.", ("Ward", "supports", ["grain depot should stay open", "grain depot"]))
c("bbc", "The Farmers Union has urged ministers to introduce a code of practice for supermarkets.", ("Farmers Union", "supports", ["introduce a code of practice for supermarkets", "code of practice for supermarkets"]))
c("bbc", "Liberal Party leader Mr Kent said he was ready to scrap the bridge toll in his first budget.", ("Kent", "supports", ["scrap the bridge toll"]))

# sentences the extractor does not read yet
KNOWN: set[str] = {
    'Agriculture Minister Ada Lund said on Tuesday the government planned to sell its 40 pct stake in the grain board by June.',
    'Liberal Party leader Mr Kent said he was ready to scrap the bridge toll in his first budget.',
    'Mr Kent believes the grain board should be sold.',
    'Mr Kent has proposed to merge the two rail firms.',
    'Mr Kent proposed that the fuel levy be cut by half.',
    'Mr Kent recommended that the two banks be merged.',
    'Mr Kent said councils should have the right to set their own rents.',
    'Mr Kent said farmers should be paid more for their milk.',
    'Mr Kent said he was reluctant to leave the party.',
    'Mr Kent wants the state to stop funding the airline.',
    'Mr Kent, the Tory spokesman, said his party wanted tougher rules on second jobs for MPs.',
    'Ms Ward believes the talks will fail.',
    'Ms Ward said interest rates should come down.',
    'Ms Ward suggested that the tax be paid in instalments.',
    'Ms Ward told BBC Radio 4 the grain depot should stay open until a buyer was found.',
    'Ms Ward told the BBC that the pension age must not rise.',
    'Senator Ada Lund said the embassy should be closed at once.',
    'The Farmers Union aims to boost its membership.',
    'The Farmers Union backed moves to scrap the dairy quota.',
    'The Farmers Union insists that imported meat must be labelled.',
    'The Farmers Union said the state should buy surplus grain.',
    'The Senate is preparing to raise the minimum wage.',
    'The bank has decided to lift its ban on foreign lending.',
    'The bank said it aimed to cut its lending rate to 9 pct.',
    'The central bank is considering cutting its discount rate by half a point, bank officials said on Monday.',
    'The central bank is considering cutting its discount rate.',
    'The union argued that the pay cap should be lifted.',
}


@pytest.mark.parametrize("kind, text, expected", alias_battery(B, KNOWN))
def test_battery(build_text, kind, text, expected):
    assert_scored(build_text(text), expected)
