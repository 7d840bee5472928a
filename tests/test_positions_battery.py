"""A battery of the constructions that name a position the build could miss altogether (issue 10, session 10):
events and acts planned ("plans to hold a referendum"), nouns of intent owned by an actor ("the Treasury's
threat to impose tariffs"), calls and pressure from someone for something, acceptance ("agreed to a price
freeze"), mandative clauses ("it is vital that the grant stay"), nominalisations with no adjunct
("backed deregulation"), coordinated acts ("pledged to cut taxes and raise spending"), needs denied
("there is no need for a new levy"), quantities and comparatives ("a 10 pct tariff", "a lower dollar"),
gerunds after prepositions, named plans and relative clauses. Every sentence is our own (invented names and
policies), with the triples a careful reader takes (GUIDELINES.md), matched as tests/test_targets_battery.py
matches them; a case with no triple must give no stance edge (a verb phrase of no policy: "highlight the issue",
"boost sales"). Cases this release does not read yet are marked xfail, so the battery counts them without
failing the suite.
"""
from __future__ import annotations

import pytest

from conftest import alias_battery, assert_scored

B: list = []


def c(kind, text, *edges):
    B.append((kind, text, [(h, r, a if isinstance(a, list) else [a]) for h, r, a in edges]))


# A. an event or act planned, pledged or promised: holding, staging, setting up, launching
c("event", "Ms Ward plans to hold a referendum on the new constitution.", ("Ward", "supports", ["referendum on the new constitution", "hold a referendum on the new constitution"]))
c("event", "The Farmers Union plans to hold an emergency summit on grain prices next month.", ("Farmers Union", "supports", ["emergency summit on grain prices", "hold an emergency summit on grain prices", "summit on grain prices"]))
c("event", "Mr Kent has promised to set up an inquiry into the water shortage.", ("Kent", "supports", ["inquiry into the water shortage", "set up an inquiry into the water shortage"]))
c("event", "Senator Ada Lund pledged to launch a review of the pension rules.", ("Ada Lund", "supports", ["review of the pension rules", "launch a review of the pension rules"]))
c("event", "The Treasury intends to hold talks with the rail unions.", ("Treasury", "supports", ["talks with the rail unions", "hold talks with the rail unions"]))
c("event", "Ms Ward said she wanted to stage a national debate on drug laws.", ("Ward", "supports", ["national debate on drug laws", "stage a national debate on drug laws"]))
c("event", "Mr Kent vowed to call an early election if the budget failed.", ("Kent", "supports", ["early election", "call an early election"]))
c("event", "The Farmers Union has promised to hold a ballot on strike action.", ("Farmers Union", "supports", ["ballot on strike action", "hold a ballot on strike action"]))
c("event", "Ms Ward plans to set up a fund for flood victims.", ("Ward", "supports", ["fund for flood victims", "set up a fund for flood victims"]))
c("event", "Mr Kent wants to hold a public inquiry into the crash.", ("Kent", "supports", ["public inquiry into the crash", "hold a public inquiry into the crash"]))
# the misreading: a plan to weigh, stress or meet is no policy
c("event", "Ms Ward plans to highlight the issue at the conference.", )
c("event", "Mr Kent hopes to meet the union leaders next week.", )
c("event", "The Farmers Union plans to meet ministers next week.", )
c("event", "Ms Ward intends to hold her seat at the election.", )
# B. a noun of intent owned by an actor, with the act of its to-clause
c("intent", "The Treasury's threat to impose duties on steel imports angered exporters.", ("Treasury", "supports", ["impose duties on steel imports", "duties on steel imports", "threat to impose duties on steel imports"]))
# (the hauliers who welcome it are a crowd taking a side: crowds.py)
c("intent", "Mr Kent's pledge to cut fuel duty was welcomed by hauliers.", ("Kent", "supports", ["cut fuel duty", "pledge to cut fuel duty"]),
  ("hauliers", "supports", ["cut fuel duty", "pledge to cut fuel duty"]))
c("intent", "Ms Ward's promise to scrap the bridge toll won her votes.", ("Ward", "supports", ["scrap the bridge toll", "promise to scrap the bridge toll"]))
c("intent", "The board's decision to close the plant shocked workers.", ("board", "supports", ["close the plant", "decision to close the plant", "closure of the plant"]))
c("intent", "The union's threat to strike over the pay freeze worried ministers.", )
c("intent", "The Treasury's threat on Tuesday to put duties on steel imports has angered exporters.", ("Treasury", "supports", ["put duties on steel imports", "duties on steel imports", "threat to put duties on steel imports"]))
c("intent", "The Farmers Union's call on Monday for a national strike was rejected by ministers.", ("Farmers Union", "supports", ["national strike"]),
  ("government", "opposes", ["national strike"]))  # ministers acting are the government
# (the commuters are a crowd taking a side, crowds.py; their target stops at "pledge", a known limit of the agent's
# target where a time phrase splits the noun from its to-clause)
c("intent", "Ms Ward's pledge last week to freeze bus fares was welcomed by commuters.", ("Ward", "supports", ["freeze bus fares", "pledge to freeze bus fares"]),
  ("commuters", "supports", ["freeze bus fares", "pledge to freeze bus fares", "pledge"]))
# C. pressure, calls and demands from someone for something
c("calls", "Pressure from the Farmers Union for a cut in fuel duty is growing.", ("Farmers Union", "supports", ["cut in fuel duty"]))
c("calls", "Calls from Ms Ward for a public inquiry have been rejected.", ("Ward", "supports", ["public inquiry"]))
c("calls", "Demands by the Farmers Union for a ban on grain imports were ignored.", ("Farmers Union", "supports", ["ban on grain imports"]))
c("calls", "Renewed pressure from the Senate for a weaker currency is likely.", ("Senate", "supports", ["weaker currency"]))
c("calls", "Mr Kent said pressure from the banks for higher interest rates was mounting.", ("banks", "supports", ["higher interest rates"]))
# D. agreeing to, accepting
c("accept", "The Farmers Union agreed on Monday to a price freeze.", ("Farmers Union", "supports", ["price freeze"]))
c("accept", "Ms Ward agreed to the new quota system.", ("Ward", "supports", ["new quota system", "quota system"]))
c("accept", "Mr Kent has accepted the proposed wage cap.", ("Kent", "supports", ["wage cap", "proposed wage cap"]))
c("accept", "The Treasury refused to agree to a rise in the grain subsidy.", ("Treasury", "opposes", ["rise in the grain subsidy"]))
c("accept", "Ms Ward agreed to meet the farmers on Monday.", )
c("accept", "Mr Kent agreed to a meeting with the Farmers Union.", )
c("accept", "The Liberal Party has agreed to a cap on party donations.", ("Liberal Party", "supports", ["cap on party donations"]))
c("accept", "Ms Ward said she could never agree to a tax on books.", ("Ward", "opposes", ["tax on books"]))
c("accept", "The Farmers Union consented to the sale of the grain board.", ("Farmers Union", "supports", ["sale of the grain board"]))
# E. mandative and necessity clauses
c("mandative", "It is essential that the rent cap remain in force, the Farmers Union said.", ("Farmers Union", "supports", ["rent cap"]))
c("mandative", "Ms Ward said it was vital that the grain subsidy stay in place.", ("Ward", "supports", ["grain subsidy"]))
c("mandative", "Mr Kent said there would be no need for higher rates once the plant was sold.", ("Kent", "opposes", ["higher rates"]))
c("mandative", "The Treasury will have no need to increase the fuel levy, Ms Ward said.", ("Ward", "opposes", ["increase the fuel levy", "increasing the fuel levy"]))
c("mandative", "Ms Ward said Britain had no need for a new sugar tax.", ("Ward", "opposes", ["new sugar tax", "sugar tax"]))
c("mandative", "Mr Kent said the firm had no need to cut jobs.", )
c("mandative", "Ms Ward said she had no reason to doubt the figures.", )
c("mandative", "Mr Kent argued that a need for tighter controls on lending existed.", ("Kent", "supports", ["tighter controls on lending"]))
c("mandative", "Ms Ward believes the state should invest in rail and in schools.", ("Ward", "supports", ["invest in rail and in schools", "invest in rail"]))
c("mandative", "The Farmers Union said the government must fight tax evasion.", ("Farmers Union", "supports", ["fight tax evasion"]))
# F. nominalisations with no adjunct, as the side of many cues
c("nominal", "The Liberal Party has come out in favour of port deregulation.", ("Liberal Party", "supports", ["port deregulation", "deregulation"]))
c("nominal", "Mr Kent backed wage restraint.", ("Kent", "supports", ["wage restraint"]))
c("nominal", "The Farmers Union has long opposed protectionism.", ("Farmers Union", "opposes", ["protectionism"]))
c("nominal", "Ms Ward called for a moratorium on debt payments.", ("Ward", "supports", ["moratorium on debt payments"]))
c("nominal", "Senator Ada Lund wants the full abandonment of the fuel levy.", ("Ada Lund", "supports", ["abandonment of the fuel levy", "full abandonment of the fuel levy"]))
c("nominal", "Mr Kent is a strong advocate of deregulation.", ("Kent", "supports", ["deregulation"]))
c("nominal", "Ms Ward condemned the use of torture.", ("Ward", "opposes", ["use of torture"]))
c("nominal", "The Farmers Union warned against reflation of the economy.", ("Farmers Union", "warns", ["reflation of the economy", "reflation"]))
c("nominal", "Mr Kent criticised the suspension of debt repayments.", ("Kent", "opposes", ["suspension of debt repayments"]))
c("nominal", "Ms Ward called for the nationalisation of the railways.", ("Ward", "supports", ["nationalisation of the railways"]))
c("nominal", "The Treasury favours tighter controls on lending.", ("Treasury", "supports", ["tighter controls on lending", "tighter controls"]))
c("nominal", "Mr Kent demanded the release of the prisoners.", ("Kent", "supports", ["release of the prisoners"]))
c("nominal", "The Farmers Union said it backed liberalisation of the grain trade.", ("Farmers Union", "supports", ["liberalisation of the grain trade"]))
# doctrines and practices (-ism) taken sides on by any cue, and who is said to be behind one
c("nominal", "Mr Kent warned of the dangers of protectionism.", ("Kent", "warns", ["protectionism"]))
c("nominal", "Ms Ward blamed sectarianism for the violence.", ("Ward", "opposes", ["sectarianism"]))
c("nominal", "The Farmers Union said unilateralism would hurt trade.", ("Farmers Union", "warns", ["unilateralism"]))
c("nominal", "Mr Kent said the optimism of farmers was misplaced.", )
# (what the accused is said to back is the accuser's charge, not a side the accused is seen to take)
c("nominal", "Ms Ward accused the Farmers Union of being behind the sugar tax.", ("Ward", "opposes", ["sugar tax"]), ("Ward", "opposes", ["Farmers Union"]))
c("nominal", "The Treasury, which Mr Kent accused of being behind the fuel levy, denied it.", ("Kent", "opposes", ["fuel levy"]), ("Kent", "opposes", ["Treasury"]))
c("nominal", "Mr Kent praised the Farmers Union for being behind the rail subsidy.", ("Kent", "supports", ["rail subsidy"]), ("Kent", "supports", ["Farmers Union"]))
# G. coordinated acts
c("coord", "Mr Kent pledged to cut taxes and raise spending on schools.", ("Kent", "supports", ["cut taxes"]), ("Kent", "supports", ["raise spending on schools"]))
c("coord", "The Tories say they can cut taxes and increase spending on defence.", ("Tories", "supports", ["cut taxes"]), ("Tories", "supports", ["increase spending on defence"]))
c("coord", "Ms Ward promised to freeze rents and build more homes.", ("Ward", "supports", ["freeze rents"]), ("Ward", "supports", ["build more homes"]))
c("coord", "Mr Kent opposes the sugar tax and the salt levy.", ("Kent", "opposes", ["sugar tax"]), ("Kent", "opposes", ["salt levy"]))
c("coord", "Senator Ada Lund condemned the subsidies and trade barriers of rich nations.", ("Ada Lund", "opposes", ["subsidies"]), ("Ada Lund", "opposes", ["trade barriers"]))
# H. quantities and comparatives
c("quantity", "The Farmers Union backed a 10 pct tariff on imported grain.", ("Farmers Union", "supports", ["10 pct tariff on imported grain", "tariff on imported grain"]))
c("quantity", "Ms Ward opposes a rise in interest rates.", ("Ward", "opposes", ["rise in interest rates"]))
c("quantity", "The Treasury backed a lower dollar.", ("Treasury", "supports", ["lower dollar"]))
c("quantity", "Congress is pressing for a weaker dollar.", ("Congress", "supports", ["weaker dollar"]))
c("quantity", "Mr Kent supports higher spending limits for candidates.", ("Kent", "supports", ["higher spending limits for candidates", "higher spending limits"]))
c("quantity", "Ms Ward called for a half-point cut in interest rates.", ("Ward", "supports", ["half-point cut in interest rates", "cut in interest rates"]))
c("quantity", "The Farmers Union wants a 5 pct increase in the milk price.", ("Farmers Union", "supports", ["5 pct increase in the milk price", "increase in the milk price"]))
c("quantity", "Mr Kent said the party would offer higher taxes to pay for hospitals.", ("Kent", "supports", ["higher taxes", "higher taxes to pay for hospitals"]))
# I. gerunds after prepositions
c("gerund", "Mr Kent spoke in favour of cutting taxes.", ("Kent", "supports", ["cutting taxes"]))
c("gerund", "Ms Ward argued for raising the fuel levy.", ("Ward", "supports", ["raising the fuel levy"]))
c("gerund", "The Farmers Union campaigned against closing the grain depot.", ("Farmers Union", "opposes", ["closing the grain depot"]))
c("gerund", "Senator Ada Lund is opposed to lifting the curfew.", ("Ada Lund", "opposes", ["lifting the curfew"]))
c("gerund", "Mr Kent backed using the surplus for cutting taxes.", ("Kent", "supports", ["using the surplus for cutting taxes", "using the surplus"]))
# J. named plans and acts
c("named", "The Farmers Union supports the Kent Plan.", ("Farmers Union", "supports", ["Kent Plan"]))
c("named", "Ms Ward criticised the Clean Rivers Act.", ("Ward", "opposes", ["Clean Rivers Act"]))
c("named", "Mr Kent backed the Lund Initiative on debt.", ("Kent", "supports", ["Lund Initiative", "Lund Initiative on debt"]))
c("named", "The Treasury opposes the Fair Rents Bill, which Ms Ward introduced.", ("Treasury", "opposes", ["Fair Rents Bill"]), ("Ward", "supports", ["Fair Rents Bill"]))
# a veto is an act on a bill, overridden or upheld, and never the bill itself
c("named", "Congress overrode the governor's veto last week.", ("Congress", "opposes", ["veto", "governor's veto"]))
c("named", "The Senate voted to override the veto.", ("Senate", "opposes", ["veto"]))
c("named", "The Senate passed the roads bill. Mr Kent backed the roads bill. Congress rejected the veto of the roads bill.",
  ("Kent", "supports", ["roads bill"]), ("Congress", "opposes", ["veto of the roads bill"]))
# K. relative clauses and references back
c("relative", "Ms Ward urged the state to drop the currency peg, which she blamed for cheap imports.", ("Ward", "opposes", ["currency peg"]))
c("relative", "Mr Kent attacked the grain quota, which he said hurt farmers.", ("Kent", "opposes", ["grain quota"]))
c("relative", "The council approved a new parking charge. Ms Ward said she would fight it.", ("Ward", "opposes", ["new parking charge", "parking charge"]), ("council", "supports", ["new parking charge", "parking charge"]))
c("relative", "The Treasury unveiled a wage freeze. Mr Kent said the freeze was unfair.", ("Kent", "opposes", ["wage freeze"]), ("Treasury", "supports", ["wage freeze"]))
# L. longer news sentences, wire style and BBC style
c("wire", "Finance Minister Ada Lund said on Tuesday the government would impose a 12 pct duty on imported steel from July.", ("Ada Lund", "supports", ["12 pct duty on imported steel", "duty on imported steel", "impose a 12 pct duty on imported steel"]))
c("wire", "The central bank favours a further cut in interest rates, bank officials said.", ("central bank", "supports", ["cut in interest rates", "further cut in interest rates"]))
c("wire", "Mr Kent, the farm minister, told reporters the ministry planned to hold a ballot on the dairy quota in June.", ("Kent", "supports", ["ballot on the dairy quota", "hold a ballot on the dairy quota"]))
c("wire", "Ms Ward said the Treasury should use the surplus to invest in roads, in hospitals and in schools.", ("Ward", "supports", ["use the surplus to invest in roads", "invest in roads"]))
c("bbc", "The Farmers Union has called for a firm guarantee that growers will be consulted.", ("Farmers Union", "supports", ["firm guarantee that growers will be consulted", "firm guarantee", "guarantee that growers will be consulted"]))
c("bbc", "Mr Kent, the Tory spokesman, said his party would scrap the bridge toll within a year of taking office.", ("Kent", "supports", ["scrap the bridge toll"]))
c("bbc", "Ms Ward has pledged to hold a vote on the curfew before the summer recess.", ("Ward", "supports", ["vote on the curfew", "hold a vote on the curfew"]))
c("bbc", "The Farmers Union wants to boost sales of British lamb.", )

# sentences the extractor does not read yet
KNOWN: set[str] = {
    'Finance Minister Ada Lund said on Tuesday the government would impose a 12 pct duty on imported steel from July.',
    'Mr Kent argued that a need for tighter controls on lending existed.',
    'Mr Kent, the Tory spokesman, said his party would scrap the bridge toll within a year of taking office.',
    'Mr Kent, the farm minister, told reporters the ministry planned to hold a ballot on the dairy quota in June.',
    'Ms Ward believes the state should invest in rail and in schools.',
    'Ms Ward said the Treasury should use the surplus to invest in roads, in hospitals and in schools.',
    'Ms Ward urged the state to drop the currency peg, which she blamed for cheap imports.',
    "Ms Ward's promise to scrap the bridge toll won her votes.",
    'Senator Ada Lund condemned the subsidies and trade barriers of rich nations.',
    'The Farmers Union has long opposed protectionism.',
    'The Farmers Union wants to boost sales of British lamb.',
    'The Tories say they can cut taxes and increase spending on defence.',
    'The Farmers Union said the government must fight tax evasion.',
    "The board's decision to close the plant shocked workers.",
}


@pytest.mark.parametrize("kind, text, expected", alias_battery(B, KNOWN))
def test_battery(build_text, kind, text, expected):
    assert_scored(build_text(text), expected)
