"""A fifth battery of misreadings found by judging, by hand, graphs of real news articles no rule was tuned on
(issue 10, session 13): backing asked of others ("sought backing from the board", "a pitch for female support") read
as a policy the asker backs, which then drew a later "these proposals" to it; "attacked the plans for pensioners" read
as a side against the pensioners; "it was wrong to suggest that ..." binding its extraposed "it" to the policy in
focus; and the classes still open: "insisted the election will be fought on X" read as backing the election, "dismissed
the figures" bound to a policy, a conditional approval ("once the regulator approves the deal"), a lawsuit's
accusation given to the accused, and common stance constructions the build does not read yet (recall). Every sentence
is our own (invented names, firms and policies). Each case names the triples a careful reader takes (GUIDELINES.md)
that must appear, and the misreading that must not; cases not read yet are non-strict xfail with the reason.
"""
from __future__ import annotations

import pytest
from conftest import assert_wanted

B: list = []


def c(kind, text, want=(), never=(), why=""):
    """want: (holder, relation, object substring) that must appear; never: the same that must not (None = any)."""
    B.append((kind, text, list(want), list(never), why))


# A. backing asked of others, with nothing said of what it is for, is a campaign: no policy backed
c("sought", "Mr Kent appealed for support from Labour voters.", never=[("Kent", None, "support")])
c("sought", "Ms Ward made a pitch for female support.", never=[("Ward", None, "support")])
c("sought", "The Farmers Union is seeking support from MPs.", never=[("Farmers Union", None, "support")])
c("sought", "Mr Kent sought backing from the board on Tuesday.", never=[("Kent", None, "backing")])
c("sought", "Ms Ward began the pitch for female support with an interview on Monday.", never=[("Ward", None, "support")])
c("sought", "The Liberal Party is hoping to win support from older voters in the north.",
  never=[("Liberal Party", None, "support")])
c("sought", "Senator Ada Lund said she would seek the endorsement of the Farmers Union.",
  never=[("Lund", None, "endorsement")])
c("sought", "The Retailers Guild has been courting support among small shopkeepers.", never=[("Retailers", None, "support")])
c("sought", "Tonmark's chief executive Tom Kent said the firm would seek backing from its largest shareholders.",
  never=[("Kent", None, "backing"), ("Tonmark", None, "backing")])
c("sought", "The Liberal Party set out a plan to scrap tuition fees. Mr Kent began the pitch for female support on "
            "Monday. Ms Ward said: \"These proposals would increase the costs to the public purse.\"",
  want=[("Ward", "warns", "tuition fees")], never=[("Ward", None, "support"), ("Kent", None, "support")])
# ... a side nearby that must stay: backing for a named policy, one's own backing, backing received
c("sought", "Mr Kent sought support for the fuel levy.", want=[("Kent", "supports", "fuel levy")])
c("sought", "Ms Ward appealed for support for the rail subsidy.", want=[("Ward", "supports", "rail subsidy")])
c("sought", "Ms Ward won support from the unions for the fuel levy.", want=[("unions", "supports", None)])
c("sought", "The Farmers Union gave its backing to the fuel levy.", want=[("Farmers Union", "supports", "fuel levy")])
c("sought", "Mr Kent voiced support for the bridge toll.", want=[("Kent", "supports", "bridge toll")])
c("sought", "The Farmers Union said it would seek support for a ban on live exports.",
  want=[("Farmers Union", "supports", "ban on live exports")])

# B. a plan for a class of people is the plan: those it is for are no policy
c("for-whom", "Mr Kent attacked the plans for pensioners.", never=[("Kent", "opposes", "pensioners")])
c("for-whom", "Ms Ward criticised the proposals for first-time buyers.", want=[("Ward", "opposes", "proposals for")])
c("for-whom", "The chancellor set out a fuel levy and a tax credit. Mr Kent attacked the plans for pensioners, saying "
              "they needed more money.", never=[("Kent", "opposes", "pensioners")])
c("for-whom", "Ms Ward backed the proposals for first-time buyers.", want=[("Ward", "supports", "proposals for first-time buyers")])
c("for-whom", "Mr Kent rejected the scheme for farmers on Monday.", never=[("Kent", "opposes", "farmers")])
# ... a 'for' that names the policy stays: "plans for a fuel levy" are the levy
c("for-whom", "Mr Kent attacked the plans for a fuel levy.", want=[("Kent", "opposes", "fuel levy")])
c("for-whom", "Mr Kent attacked the Tory plans for asylum quotas.", want=[("Kent", "opposes", "asylum quotas")])
c("for-whom", "Ms Ward backed plans for a new runway at Dunmore.", want=[("Ward", "supports", "runway")])
c("for-whom", "The Farmers Union welcomed proposals for a ban on live exports.",
  want=[("Farmers Union", "supports", "ban on live exports")])

# C. an extraposed "it" ("it was wrong to suggest that ...") stands for the clause, never for the policy in focus
c("extraposed", "Ms Ward said the council would introduce a fuel levy. \"It was simply wrong to suggest that farmers "
                "would pay more,\" the Farmers Union said.",
  never=[("Farmers Union", None, "fuel levy")])
c("extraposed", "The council backed the bridge toll. Mr Kent said it would be a mistake to abandon it.",
  never=[("Kent", "opposes", "bridge toll")])
c("extraposed", "Tonmark launched a new pension plan. \"It is misleading to claim that our staff are underpaid,\" "
                "the company said in a letter.", never=[("Tonmark", "opposes", "pension plan")])
c("extraposed", "The government backed the fuel levy. Mr Kent said it was wrong to say that hauliers would suffer.",
  never=[("Kent", None, "fuel levy")])
c("extraposed", "The council set out a bridge toll. Ms Ward said it was right to think again about road charges.",
  never=[("Ward", None, "bridge toll")])
# ... the act of an extraposed clause is judged, and a plain "it" is still the policy in focus
c("extraposed", "The council backed the fuel levy. Mr Kent said it was wrong to scrap the levy.",
  want=[("Kent", "opposes", "scrap the levy")])
c("extraposed", "Ms Ward said it would be a mistake to raise the fuel levy.", want=[("Ward", None, "fuel levy")],
  why="'it would be a mistake to X' of a policy act is not read")
c("extraposed", "The council backed the fuel levy. Mr Kent said it was unfair.", want=[("Kent", "opposes", "fuel levy")])
c("extraposed", "The council backed the fuel levy. Mr Kent said it was unfair to farmers.",
  want=[("Kent", "opposes", "fuel levy")])
c("extraposed", "The council backed the fuel levy. Mr Kent said it was vital that the levy was scrapped.",
  want=[("Kent", "opposes", "fuel levy")])

# D. what a clause says of a policy's topic is no side on it
c("topic", "Tom Kent and Ann Ward have insisted the election will be fought on the economy.",
  never=[("Kent", "supports", "election"), ("Ward", "supports", "election")])
c("topic", "Mr Kent insisted the fuel levy will be scrapped.", want=[("Kent", "opposes", "fuel levy")])
c("topic", "Mr Kent insisted the fuel levy would stay.", want=[("Kent", "supports", "fuel levy")])
c("topic", "Ms Ward insisted that the talks would be held in Dunmore.", never=[("Ward", "supports", "talks")])
c("topic", "The Labour Party has repeatedly insisted that the vote will be decided on the economy, not on tax.",
  never=[("Labour", "supports", "vote")])
c("topic", "Ms Ward confirmed the fuel levy would be introduced in May.", want=[("Ward", "supports", "fuel levy")])
c("topic", "Mr Kent announced that the bridge toll would be scrapped next year.", want=[("Kent", "opposes", "bridge toll")])
c("topic", "Ms Ward insisted the rail subsidy would be kept.", want=[("Ward", "supports", "rail subsidy")])
c("topic", "Ms Ward warned that the fuel levy would be passed on to shoppers.", want=[("Ward", "warns", "fuel levy")])
c("topic", "The Farmers Union insisted the grazing levy would be raised only after talks.",
  never=[("Farmers Union", "opposes", "grazing levy")])

# E. figures, research and reports dismissed are no policy in focus
c("figures", "Ms Ward set out plans for a fuel levy. The institute said household incomes had fallen. Mr Kent "
             "dismissed the figures.", never=[("Kent", None, "fuel levy")])
c("figures", "Ms Ward set out plans for a family tax credit. Mr Kent also dismissed the figures insisting that the "
             "\"typical family\" was much better off.", never=[("Kent", None, "family")])
c("figures", "The council set out a fuel levy. Ms Ward rejected the survey claiming that most drivers would pay more.",
  never=[("Ward", None, "fuel levy"), ("Ward", None, "drivers")])
c("figures", "Mr Kent rejected the fuel levy, saying it would hurt farmers.", want=[("Kent", "opposes", "fuel levy")])
c("figures", "Ms Ward opposed the council raising the fuel levy.", want=[("Ward", "opposes", None)])
c("figures", "The Treasury dismissed the research as complete rubbish.", want=[("Treasury", "opposes", "research")],
  why="'research' is no position and the Treasury alone no actor node")
c("figures", "Mr Kent dismissed the report on the fuel levy.", never=[("Kent", "supports", None)])

# F. a condition or a claim about others is no side
c("condition", "Tonmark will pay $50m once the regulator approves the deal.", never=[("regulator", "supports", "deal")])
c("condition", "The sale will go ahead if the board approves the deal.", never=[("board", "supports", "deal")])
c("condition", "Tonmark is fighting two lawsuits, one accusing it of cutting pensions.",
  never=[("Tonmark", "opposes", None)])
c("condition", "Mr Kent said the Labour Party was planning cuts of 5bn in public services.",
  want=[("Kent", None, "cuts")], never=[("Labour", "supports", "cuts")],
  why="a claim about another's plan is read as that other's stance")

# G. a coordinated clause with its own subject owns its possessive
c("their", "The Tories outlined their plans to tackle crime and the Liberal Party gave more details about their "
           "proposals to replace the council tax.",
  want=[("Liberal Party", "supports", "replace the council tax"), ("Conservative", "supports", "tackle crime")],
  never=[("Conservative", "supports", "replace the council tax")])
c("their", "Meanwhile the Tories outlined their plans to tackle \"yob culture\" and the Liberal Party gave more details "
           "about their proposals to replace the council tax.",
  want=[("Liberal Party", "supports", "replace the council tax")],
  never=[("Conservative", "supports", "replace the council tax")])
c("their", "Ms Ward set out her plan for a fuel levy and Mr Kent defended his proposals for a bridge toll.",
  want=[("Kent", "supports", "bridge toll"), ("Ward", "supports", "fuel levy")],
  never=[("Ward", "supports", "bridge toll")])

# H. an idiom of safety judges the one whose hands they are
c("hands", "The board backed the fuel levy. But Ms Ward said the health service was not safe in Labour hands.",
  never=[("Ward", "opposes", "health service")])
c("hands", "Mr Kent claimed the health service was not safe in Conservative hands.",
  want=[("Kent", "opposes", "Conservative")], never=[("Kent", "opposes", "health service")])
c("hands", "Ms Ward said the economy was safe in Labour's hands.", want=[("Ward", "supports", "Labour")],
  never=[("Ward", None, "economy")])
c("hands", "Mr Kent said the rail network would never be safe in the hands of the Liberal Party.",
  never=[("Kent", None, "rail network")])
c("hands", "Mr Kent said the decision was now in the hands of the Farmers Union.", never=[("Kent", None, None)])

# H2. a time inside what a policy is ("based on years of residence") is part of its name; the day it was said is not
c("label", "Mr Kent is pledging a pension system based on years of residence rather than national insurance payments.",
  want=[("Kent", "supports", "pension system based on years of residence")])
c("label", "Ms Ward backed a pension based on years of service.", want=[("Ward", "supports", "years of service")])
c("label", "Mr Kent backed a plan to freeze council tax for five years.", want=[("Kent", "supports", "freeze council tax")])
c("label", "Ms Ward announced proposals to cut fuel duty on Monday.", want=[("Ward", "supports", "cut fuel duty")],
  never=[("Ward", "supports", "proposals to cut fuel duty on Monday")])
c("label", "Ms Ward announced plans to cut fuel duty in May next year.", want=[("Ward", "supports", "cut fuel duty")],
  never=[("Ward", "supports", "plans to cut fuel duty in May")])

# H3. a plan to replace, lift or revoke a policy names the policy planned
c("undo", "Ms Ward wants to replace the council tax with a land value tax.",
  want=[("Ward", "supports", "replace the council tax")])
c("undo", "The Liberal Party plans to replace the council tax with a land tax based on ability to pay.",
  want=[("Liberal Party", "supports", "replace the council tax")])
c("undo", "Mr Kent has promised to revoke the licence fee if his party wins the election.",
  want=[("Kent", "supports", "revoke the licence fee")])
c("undo", "The council intends to shelve the bridge toll until next year.", want=[("council", None, "bridge toll")])
c("undo", "Tonmark hopes to keep its shareholders happy.", never=[("Tonmark", None, None)])
c("undo", "Ms Ward said she wanted to keep voters informed about the talks.", never=[("Ward", "supports", "voters")])

# H4. a plight an actor is in ("has problems getting X", "faces difficulties") is no charge against it
c("plight", "\"Norland still has problems getting a viable banking system, let alone moving its car plants overseas,\" "
            "says Mr Kent.", never=[("Kent", "opposes", "Norland")])
c("plight", "\"Tonmark faces serious difficulties in paying its debts and in keeping its best staff,\" says Ms Ward.",
  never=[("Ward", "opposes", "Tonmark")])
c("plight", "Mr Kent said the Farmers Union had real trouble getting its members to vote.",
  never=[("Kent", "opposes", "Farmers Union")])
# ... a charge said in words stays
c("plight", "\"The Farmers Union has let down its members and behaved disgracefully,\" says Mr Kent.",
  want=[("Kent", "opposes", "Farmers Union")])

# H5. gladness at a gain ("delighted to receive the notice", "pleased to win the award") backs no policy
c("gain", "\"We are delighted to receive this notice from the regulator,\" said Tonmark chairman Tom Kent.",
  never=[("Kent", "supports", None), ("Tonmark", "supports", None)])
c("gain", "Ms Ward said she was delighted to win the award.", never=[("Ward", "supports", None)])
c("gain", "Tonmark said it was pleased to get approval for its new plant so quickly.", never=[("Tonmark", "supports", "get")])
c("gain", "Mr Kent was thrilled to receive an invitation to the talks.", never=[("Kent", "supports", None)])
# ... readiness for an act that is a policy stays
c("gain", "Mr Kent said he was keen to secure a trade deal with Norland.", want=[("Kent", "supports", "trade deal")])
c("gain", "Ms Ward said she was eager to extend the rail subsidy.", want=[("Ward", "supports", "rail subsidy")])

# H6. backing foreseen ("might gain support from X") is not backing given
c("foreseen", "This new party might gain support from the Farmers Union, but will have little impact in the north.",
  never=[("Farmers Union", "supports", None)])
c("foreseen", "The fuel levy could win support from the Retailers Guild if it is cut to 2p.",
  never=[("Retailers", "supports", None)])
c("foreseen", "Ms Ward said the bridge toll would have the backing of most councillors.",
  never=[("councillors", "supports", None)])
# ... backing won stays
c("foreseen", "The fuel levy has won support from the Farmers Union.", want=[("Farmers Union", "supports", "fuel levy")])
c("foreseen", "The bridge toll has the backing of the Retailers Guild.", want=[("Retailers", "supports", "bridge toll")])

# I. stance constructions of the unseen articles the build does not read yet (recall)
c("recall", "The Farmers Union will fight any move to raise the fuel levy.",
  want=[("Farmers Union", "opposes", "raise the fuel levy")],
  why="the parser hangs the to-clause on 'fight': the generic 'move' keeps no content")
c("recall", "The Farmers Union will oppose any move to raise the fuel levy.",
  want=[("Farmers Union", "opposes", "raise the fuel levy")])
c("recall", "Ms Ward pledged to keep the tax credits.", want=[("Ward", "supports", "tax credits")])
c("recall", "The ministers agreed to defer the fuel levy until 2006.", want=[("ministers", "supports", "defer")],
  why="'defer' is no policy act verb: the act agreed is dropped")
c("recall", "Senator Ada Lund urged the finance chiefs to write off African debt.",
  want=[("Lund", "supports", "write off")])
c("recall", "Farmers Union adviser Tom Kent welcomed the statement on the fuel levy.",
  want=[("Kent", "supports", "statement")], why="'statement' is talk, no position")
c("recall", "The players also appear unhappy at the prospect of a takeover.", want=[("players", "opposes", "takeover")],
  why="'players' is no actor and 'the prospect of X' is not looked through")
c("recall", "The Labour Party has committed itself to free childcare for all parents.",
  want=[("Labour", "supports", "childcare")], why="'commit oneself to X' is not read")
c("recall", "Ms Ward said she would like to see longer paid maternity leave.",
  want=[("Ward", "supports", "maternity leave")], why="'would like to see' is no cue")
c("recall", "Mr Kent dismissed the fuel levy as a tax on farmers.", want=[("Kent", "opposes", "fuel levy")])
c("recall", "The Tories called it a \"vote now, pay later\" Budget.", want=[("Conservative", "opposes", "Budget")],
  why="'call it X' with an evaluative name is not read")
c("recall", "Tom Kent leads a group fighting to prevent the council building a new road.",
  want=[("Kent", "opposes", "road")], why="'a group fighting to prevent X' names no holder")
c("recall", "Ms Ward is planning a campaign against the fuel levy.", want=[("Ward", "opposes", "fuel levy")])
c("recall", "Mr Kent told the BBC he was concerned that thousands of residents may not be able to vote in the "
            "referendum.", want=[("Kent", "warns", None)], why="a fear whose clause names no policy has no target")


@pytest.mark.parametrize("kind, text, want, never", [
    pytest.param(k, t, w, n, id=f"{k}-{i}", marks=[pytest.mark.xfail(reason=why, strict=False)] if why else [])
    for i, (k, t, w, n, why) in enumerate(B)])
def test_battery(build_text, kind, text, want, never):
    assert_wanted(build_text(text), want, never)
