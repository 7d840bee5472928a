"""A fourth battery of misreadings found by judging, by hand, graphs of real news articles no rule was tuned on
(issue 10, session 12): "not just X but also Y" read as a negation; "the Tory plans" bound to the plans of the party
just named; a pledge to raise a tax merged with a pledge to cut it; "urged the men to step down" taken as backing
the men; a takeover bid for a firm taken as backing the firm; a stance noun ("the fund's opposition") made an actor;
"a great deal" and "forecasts" taken for positions; a former officer speaking for the body he left; "does not intend
to use the powers now" read as opposing the powers; "there is little chance they will propose X" read as proposing
it; "X's problem is" read as a charge against X; keeping to the rules read as backing them; a cost forecast ("could
require borrowing") read as a wish; "will send the right signal" read as a warning; a bill made an actor. Every
sentence is our own (invented names, firms and policies). Each case names the triples a careful reader takes
(GUIDELINES.md) that must appear, and the misreading that must not; cases not read yet are non-strict xfail with the
reason.
"""
from __future__ import annotations

import pytest
from conftest import assert_wanted

B: list = []


def c(kind, text, want=(), never=(), why=""):
    """want: (holder, relation, object substring) that must appear; never: the same that must not (None = any)."""
    B.append((kind, text, list(want), list(never), why))


# A. "not just / not only X but (also) Y" adds Y to X: no negation of the clause
c("additive", "\"It is not just the head office but also the trading floor that must stay in Dunmore,\" said Mr Kent.",
  never=[("Kent", "opposes", None)])
c("additive", "\"Not only the fuel levy but also the bridge toll should be scrapped,\" said Ms Ward.",
  never=[("Ward", "supports", None)])
c("additive", "Ms Ward said not just farmers but also hauliers would be hurt by the fuel levy.",
  want=[("Ward", "warns", "fuel levy")], never=[("Ward", "supports", None)],
  why="the harm to the ones listed with 'not just ... but also' is not read")
c("additive", "The Farmers Union backs not only the rail subsidy but also the bus grant.",
  want=[("Farmers Union", "supports", "rail subsidy")], never=[("Farmers Union", "opposes", None)])
c("additive", "Mr Kent said the fuel levy was not only unfair but also unworkable.",
  want=[("Kent", "opposes", "fuel levy")], never=[("Kent", "supports", None)])
c("additive", "Mr Kent said the fuel levy was not unfair.", never=[("Kent", "opposes", None)])
c("additive", "\"It is not the head office that must stay in Dunmore,\" said Mr Kent.", never=[("Kent", "supports", None)])

# B. "the Tory plans", "the Green proposals": the owner named in the phrase decides which plans are meant
c("owned", "The Conservatives unveiled plans to cap council tax. Labour said it would set out its own plans for local "
           "taxes next month and attacked the Tory plans.",
  want=[("Labour", "opposes", "cap council tax")], never=[("Labour", "opposes", "local taxes")])
c("owned", "The Greens have proposed a new bridge toll. The Liberals will publish their own plans for the crossing in May, "
           "and Ms Ward criticised the Green plans.",
  never=[("Ward", "opposes", "crossing")],
  why="plans owned by one no policy is known to be backed by fall back on the plans in focus")
c("owned", "The Conservatives want to cap council tax. Labour set out its plans for a land value tax on Monday and "
           "attacked the Conservative plans.",
  never=[("Labour", "opposes", "land value tax")])
c("owned", "The Conservatives want to cap council tax. Labour set out its plans for a land value tax on Monday.",
  want=[("Labour", "supports", "land value tax")])
c("owned", "The Conservatives want to cap council tax. Labour's plans for a land value tax were attacked by Mr Kent, "
           "who backed the Conservative plans.", want=[("Kent", "supports", "cap council tax")])
c("owned", "Mr Kent set out the Tory plans to cap council tax. The Labour plans were attacked by Ms Ward.",
  never=[("Ward", None, "cap council tax")],
  why="plans owned by one no policy is known to be backed by fall back on the plans in focus")
c("owned", "Labour has unveiled plans for a land value tax. Mr Kent, the Tory leader, attacked the plans.",
  want=[("Kent", "opposes", "land value tax")])

# C. raising a tax and cutting it are two positions: 'no call to increase the levy' is not against 'the lowest levy'
c("direction", "The two big parties are battling over which will impose the lowest fuel levy. The Greens say there is no "
               "need to raise the fuel levy.",
  never=[("Green", "opposes", "lowest")],
  why="'raise the levy' and 'the lowest levy' are one position: the head decides, not the direction")
c("direction", "The Liberals pledged to cut the fuel levy. The Greens say there is no need to increase the fuel levy.",
  never=[("Green", "opposes", "cut")])
c("direction", "The Liberals pledged to cut the fuel levy. The Greens said they would raise the fuel levy.",
  never=[("Green", "supports", "cut")])
c("direction", "The Liberals pledged to cut the fuel levy. The Greens attacked the plan to cut the fuel levy.",
  want=[("Green", "opposes", "cut the fuel levy")])

# D. "urged X to do Y", "called for X to do Y": X is the one asked; the act is the side, never X itself
c("asked", "Ms Ward, the party chairman, urged the two councillors to step down in a letter.",
  never=[("Ward", None, "councillors")])
c("asked", "The Farmers Union urged the men to resign.", never=[("Farmers Union", "supports", "men")])
c("asked", "The fund has called for Tonmark to hold an emergency meeting to discuss the bid.",
  never=[("fund", "supports", "Tonmark")])
c("asked", "The Farmers Union has called on Carvex to hold a meeting of its shareholders.",
  never=[("Farmers Union", "supports", "Carvex")])
c("asked", "The Farmers Union urged the government to scrap the fuel levy.", want=[("Farmers Union", "opposes", "fuel levy")])
c("asked", "The Farmers Union has called for the government to scrap the fuel levy.",
  want=[("Farmers Union", "opposes", "fuel levy")],
  why="'called for the government to scrap X' keeps the one asked in the label and the side unturned")
c("asked", "The Farmers Union urged ministers to back the rail subsidy.", want=[("Farmers Union", "supports", "rail subsidy")])

# E. a takeover bid for a firm is the bidder's own plan, not backing of the firm
c("takeover", "Analysts spoke about shareholder worries over Dunbar Holdings' bid for Tonmark.",
  want=[("Dunbar", "supports", "bid for Tonmark")])
c("takeover", "Analysts spoke about shareholder worries over Dunbar Holdings' bid for Tonmark.",
  never=[("analysts", None, None)], why="'spoke about shareholder worries': the worries are the shareholders', not the speakers'")
c("takeover", "Dunbar Holdings launched a $2bn bid for Tonmark on Monday.", want=[("Dunbar", "supports", "bid for Tonmark")])
c("takeover", "Tonmark rejected the bid from Dunbar Holdings.", never=[("Dunbar", "supports", "Tonmark")])
c("takeover", "Shareholders in Tonmark oppose the bid by Dunbar Holdings for the firm.", never=[("Dunbar", "supports", "Tonmark")])
c("takeover", "Dunbar Holdings' takeover bid for Tonmark was rejected by its board.",
  want=[("Dunbar", "supports", "bid for Tonmark")])
c("takeover", "The Greens backed Ms Ward's bid for the party leadership.", want=[("Green", "supports", None)])
c("takeover", "Dunbar Holdings has made a bid for Tonmark. The fund voiced opposition to the bid.",
  want=[("fund", "opposes", "bid")],
  why="'voiced opposition to the bid' after a bid for a firm: the bid is no position")

# F. a stance noun is no actor: "the fund's opposition would halt the deal"
c("noun-actor", "Few analysts thought the fund's opposition would halt the takeover of Tonmark.",
  never=[("opposition", None, None)])
c("noun-actor", "Most brokers thought it unlikely that the union's opposition would stop the merger.",
  never=[("opposition", None, None)])
c("noun-actor", "Labour's opposition to the fuel levy is well known.", want=[("Labour", "opposes", "fuel levy")])
c("noun-actor", "The opposition will vote against the fuel levy.", want=[("opposition", "opposes", "fuel levy")])
c("noun-actor", "The fund's opposition to the takeover of Tonmark is well known.", want=[("fund", "opposes", "takeover")],
  why="'X's opposition to Y is well known': no frame on the subject noun")

# G. quantities and forecasts are no positions
c("quantity", "Ms Ward said it would worry her a great deal if ministers scrapped the rail subsidy.",
  never=[(None, None, "great deal")])
c("quantity", "Mr Kent said he had learned a great deal from the row over the fuel levy.", never=[(None, None, "great deal")])
c("quantity", "Ms Ward said she cares a great deal about the rail subsidy.", never=[(None, None, "great deal")])
c("quantity", "Mr Kent said a good deal had been struck with the union.", want=[("Kent", "supports", "good deal")])
c("quantity", "The deal was welcomed by the Farmers Union.", want=[("Farmers Union", "supports", "deal")])
c("forecast", "The chancellor outlines the government's taxation and broader economic forecasts in the spring.",
  never=[(None, "supports", "forecasts")])
c("forecast", "In his speech Mr Kent outlined the bank's economic predictions for next year.",
  never=[(None, "supports", "predictions")])
c("forecast", "Mr Kent outlined plans to cut the fuel levy.", want=[("Kent", "supports", "cut the fuel levy")])

# H. a former officer no longer speaks for the body
c("former", "A former Treasury minister has called for an independent body to monitor the fuel levy.",
  never=[("Treasury", None, None)])
c("former", "A former Farmers Union chairman has called for the fuel levy to be scrapped.",
  never=[("Farmers Union", None, None)])
c("former", "A Treasury minister has called for an independent body to monitor the fuel levy.",
  want=[(None, "supports", "independent body")],
  why="'a Treasury minister has called for X': an unnamed officer is no holder")

# I. not intending to use a power now is no side against the power
c("use", "The Home Office plans curfew powers. Mr Kent, the home secretary, says he does not intend to use the curfew powers now.",
  never=[("Kent", "opposes", None)])
c("use", "The Home Office plans curfew powers. Mr Kent was not planning to use the curfew powers straight away.",
  never=[("Kent", "opposes", None)])
c("use", "The Home Office plans curfew powers. Mr Kent says he has no intention of using the curfew powers yet.",
  never=[("Kent", "opposes", None)])
c("use", "Mr Kent said he would never use the curfew powers.", never=[("Kent", "supports", None)])
c("use", "The Greens refused to back the fuel levy.", want=[("Green", "opposes", "fuel levy")])
c("use", "The Greens do not want to raise the fuel levy yet.", never=[("Green", "opposes", None)])

# J. "little chance that X will do Y" is no pledge of Y
c("chance", "There is little chance that the Greens will propose a fuel levy.", never=[("Green", "supports", None)])
c("chance", "Labour has yet to map out its tax plans, although there is little chance they will propose increases.",
  never=[("Labour", "supports", None)])
c("chance", "The Greens are unlikely to propose a fuel levy.", never=[("Green", "supports", None)])
c("chance", "There is no prospect that the council will scrap the bridge toll.", never=[("council", None, None)])
c("chance", "There is a good chance that the Greens will back the fuel levy.", want=[("Green", "supports", "fuel levy")])
c("chance", "The Greens are likely to propose a fuel levy.", want=[("Green", "supports", "fuel levy")],
  why="'are likely to propose' is a forecast of a side, not read")

# K. "X's problem is" states X's need; it charges X with nothing
c("problem", "\"Dunmore's problem is that it needs the oil now,\" said Mr Kent of the Dunmore government.",
  never=[("Kent", "opposes", None)])
c("problem", "\"The Greens' problem is that they have no money,\" said Ms Ward.", never=[("Ward", "opposes", "Green")])
c("problem", "\"The Greens' arrogance is astonishing,\" said Ms Ward.", want=[("Ward", "opposes", "Green")])
c("problem", "\"The problem with the fuel levy is that it hurts farmers,\" said Ms Ward.",
  want=[("Ward", None, "fuel levy")], never=[("Ward", "supports", None)])

# L. keeping to the rules is compliance, no side on them
c("comply", "A Conservative spokeswoman said the party stuck to the rules when it rang voters.",
  never=[(None, "supports", "rules")])
c("comply", "The parties say they can stick to the rules by asking voters about their intentions.",
  never=[(None, "supports", "rules")])
c("comply", "The Greens will stick by the rail subsidy.", want=[("Green", "supports", "rail subsidy")])
c("comply", "Carvex said it had complied with the regulations on exports.", never=[("Carvex", "supports", "regulations")])
c("comply", "Ms Ward said the minister would stick to his plan to raise the fuel levy.",
  want=[(None, "supports", "raise the fuel levy")], why="the plan stuck to is the minister's; not read")

# M. a cost forecast is no wish
c("cost", "Some experts believe the reform could require borrowing of up to $2 trillion over 20 years.",
  never=[("experts", "supports", None)])
c("cost", "Analysts believe the plan might require higher fares.", never=[("Analysts", "supports", None)])
c("cost", "Some experts believe this could require borrowing of up to $2 trillion over 20 years.",
  never=[("experts", "supports", None)])
c("cost", "Ms Ward said it needs a new approach to the rail subsidy.", never=[("Ward", "supports", None)])
c("cost", "\"We need a new approach to the rail subsidy,\" said Ms Ward.", want=[("Ward", "supports", "new approach")])
c("cost", "Ms Ward believes the law should require higher safety standards.", want=[("Ward", "supports", "safety standards")])

# N. "will send the right signal" praises
c("signal", "\"It's a budget that I think will send the right signal to the markets,\" Mr Kent added.",
  never=[("Kent", "warns", None)])
c("signal", "\"The fuel levy will send the wrong signal to farmers,\" Ms Ward said.", want=[("Ward", None, "fuel levy")],
  never=[("Ward", "supports", None)])

# N2. "suggested the levy would hurt farmers" claims what will be; it proposes nothing
c("suggest", "Mr Kent suggested the fuel levy would hurt farmers.", want=[("Kent", "warns", "fuel levy")],
  never=[("Kent", "supports", None)])
c("suggest", "Ms Ward suggested the bridge toll could ruin the town's shops.", never=[("Ward", "supports", None)])
c("suggest", "Mr Kent suggested that the council should scrap the fuel levy.", want=[("Kent", "opposes", "fuel levy")])
c("suggest", "Mr Kent went on to suggest the re-election of a Green government would amount to a vote of no confidence "
             "in Ms Ward's government.", never=[("Kent", "supports", None)],
  why="the parser takes the clause's subject for the verb's object")

# O. a bill or a law is no actor
c("bill", "The Road Safety Bill was published on Tuesday. It proposes speed cameras on every bridge.",
  never=[("Bill", None, None)])
c("bill", "The Clean Rivers Act bans dumping in rivers.", never=[("Act", None, None)])
c("bill", "The Prevention of Flooding Bill was published on Tuesday. It proposes \"control zones\", which would mean bans "
          "in the most serious cases.", never=[("Bill", None, None)])
c("bill", "Mr Kent said the Prevention of Flooding Bill would ruin farmers.", never=[("Bill", None, None)])

# P. stances the build lacks in news constructions (recall)
c("recall", "Thousands of nurses went on strike on Friday in protest at planned job cuts.",
  want=[("nurses", "opposes", "job cuts")],
  why="'in protest at X' after a strike names no holder")
c("recall", "Berlin welcomed the decision to drop the fine.", want=[("Berlin", "supports", "drop the fine")],
  why="a capital named for its government is no actor node yet")
c("recall", "Ms Ward stressed her party's liberal approach, attacking Mr Kent's proposals for quotas.",
  want=[("Ward", "opposes", "quotas")])
c("recall", "\"It is our wish that the head office stays in Dunmore,\" said Mr Kent.",
  want=[("Kent", "supports", "head office")], why="'it is our wish that' is not read as a wish")
c("recall", "The board of Tonmark has backed the offer from Dunbar Holdings.", want=[("Tonmark", "supports", "offer")])
c("recall", "Mr Kent said he admired the courageous leadership of Ms Ward.", want=[("Kent", "supports", "Ward")],
  why="'admire' is no cue")


@pytest.mark.parametrize("kind, text, want, never", [
    pytest.param(k, t, w, n, id=f"{k}-{i}", marks=[pytest.mark.xfail(reason=why, strict=False)] if why else [])
    for i, (k, t, w, n, why) in enumerate(B)])
def test_battery(build_text, kind, text, want, never):
    assert_wanted(build_text(text), want, never)
