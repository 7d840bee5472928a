"""A second battery of misreadings found by judging, by hand, graphs of real news articles no rule was tuned on
(issue 10, session 10): a firm's business (launching a product, bringing out models, announcing a figure, a
sales push, standing by a forecast) read as a side taken; unrelated plans made one position through one shared
word ("the tax plan" and "council tax"); holders taken from the wrong actor (the one accused of trying a thing,
the one hoped to act, the body investigating a leaflet that opposes); and a "this", "that" or "they" that points
at talk or people bound to the policy in focus. Every sentence is our own (invented names, firms and policies).
Each case names the triples a careful reader takes (GUIDELINES.md) that must appear, and the misreading that must
not; cases not read yet are non-strict xfail with the reason.
"""
from __future__ import annotations

import pytest
from conftest import assert_wanted

B: list = []


def c(kind, text, want=(), never=(), why=""):
    """want: (holder, relation, object substring) that must appear; never: the same that must not (None = any)."""
    B.append((kind, text, list(want), list(never), why))


# A. a firm's business is no side taken: a product launched, models brought out, a figure announced, a sales push
c("business", "Carvex is launching a revamped version of its compact saloon next month.", never=[("Carvex", None, None)])
c("business", "Carvex launched a new version of its family hatchback in March.", never=[("Carvex", None, None)])
c("business", "Last year Carvex launched an electric model and a sports coupe.", never=[("Carvex", None, None)])
c("business", "Recent new models introduced by Carvex include the Strada and the Montego estate.", never=[("Carvex", None, None)])
c("business", "Brightmart introduced a new range of ready meals in its London stores.", never=[("Brightmart", None, None)])
c("business", "The new sales figure, announced by the Trade Office on Friday, topped forecasts.", never=[("Trade Office", None, None)])
c("business", "The figure announced by President Ivo Marek is lower than expected.", never=[("Ivo Marek", None, None)])
c("business", "Brightmart announced record profits of 2bn dollars for the year.", never=[("Brightmart", None, None)])
c("business", "Brightmart announced its results on Tuesday.", never=[("Brightmart", None, None)])
c("business", "Aggressive tactics, such as two-day price cuts adopted by chains such as Brightmart, have paid off.",
  never=[("Brightmart", None, None)], why="a shop's own price cuts are read as a policy it brings in")
c("business", "Retailers' attempts to draw in the crowds may be behind the rise in sales, analysts say.",
  never=[("Retailers", None, None), ("retailers", None, None)], why="a firm's attempt at a sales goal is read as a policy it backs")
c("business", "Brightmart is making a fresh attempt to win back shoppers before Christmas.", never=[("Brightmart", None, None)])
c("business", "Carvex will adopt a charm offensive to woo the shareholders of Tonmark.", never=[("Carvex", None, None)], why="'charm offensive' is read as the policy noun 'offensive'")
c("business", "Brightmart unveiled a new version of its loyalty card.", never=[("Brightmart", None, None)])
c("business", "Tonmark released a new edition of its annual guide.", never=[("Tonmark", None, None)])
c("business", '"We stand by our view that the housing market will remain flat for some time," said Ben Hale, an economist '
              'at Firstbank.', never=[("Ben Hale", None, None)], why="a view of where a market is going is read as a position held")
c("business", "Ben Hale, Firstbank's chief economist, said there was no need to revise the bank's forecast that prices would "
              "fall by 2% next year.", never=[("Ben Hale", None, None)])
c("business", '"We consider a rise in sales of 10% to be realistic," said Mona Ferris, Carvex\'s chief executive.',
  never=[("Mona Ferris", None, None)])
# ... while a policy announced, launched or brought in is one
c("business", "The minister, Ivo Marek, announced a package of aid for grain farmers.", want=[("Ivo Marek", "supports", "aid")])
c("business", "The Farmers Union launched a campaign against the fuel levy.", want=[("Farmers Union", "opposes", "fuel levy")])
c("business", "The government introduced a bill to ban smoking in bars.", want=[("government", "supports", "ban")])
c("business", "Ms Ward announced plans to cut the fuel levy by half.", want=[("Ward", "supports", "cut the fuel levy")])
c("business", "Mr Kent unveiled proposals to raise the bridge toll.", want=[("Kent", "supports", "raise the bridge toll")])
c("business", "The Treasury announced a cut in the fuel levy on Friday.", want=[("Treasury", "supports", "cut in the fuel levy")])
c("business", "The Farmers Union adopted the new code of practice on pricing.", want=[("Farmers Union", "supports", "code of practice")])

# B. a plan named by one shared word is not every policy with that word
c("cluster", "Ms Ward says the Greens oppose council tax and tuition fees. Mr Kent unveiled the Tory tax plan on Monday. "
             "Ms Ward branded the tax plan a fantasy.",
  want=[("Green", "opposes", "council tax"), ("Ward", "opposes", "tax plan")],
  never=[("Ward", "opposes", "council tax and tuition fees"), ("Kent", None, "council tax")])
c("cluster", "The Greens oppose council tax. The Tories unveiled plans for income tax cuts worth 4bn pounds. "
             "Mr Kent defended the tax cuts.",
  never=[("Kent", None, "council tax")])
c("cluster", "The Greens oppose higher tax rates for top earners. Mr Kent backed plans to process asylum claims abroad. "
             "Ms Ward proposed the idea too.",
  never=[("Kent", None, "tax rates"), ("Ward", None, "tax rates")])
c("cluster", "Ministers ordered 30 steel projects halted in May. Critics say the new dam project has harmed rare fish, and "
             "the dam has drawn criticism from environmental groups.",
  never=[("environmental groups", None, "30 steel projects")])
c("cluster", "The Greens oppose the fuel levy. Mr Kent backed the levy on Monday.", want=[("Kent", "supports", "fuel levy")])
c("cluster", "Mr Kent backed higher tax rates for top earners. Ms Ward said: \"We will make our commitments on tax at the "
             "time of the election.\"", never=[("Ward", None, "tax rates")])
c("cluster", "Ms Ward opposes the council tax. Mr Kent defended the tax on Monday.", want=[("Kent", "supports", "council tax")])
c("cluster", "The Greens unveiled spending plans on Monday. Ms Ward said the party would cut 2bn pounds of wasteful spending.",
  want=[("Green", "supports", "spending")])
c("cluster", "Ms Ward mocked the Tory plans for asylum quotas.", want=[("Ward", "opposes", "asylum quotas")])
c("cluster", "The Greens oppose road tolls. Mr Kent attacked the Tory plans for school vouchers.",
  want=[("Kent", "opposes", "school vouchers")], never=[("Kent", None, "road tolls")])
c("cluster", "Ms Ward backed a cut in income tax. Mr Kent opposed the income tax cut.", want=[("Kent", "opposes", "income tax")])
c("cluster", "The Tories want quotas for migrant workers. Mr Kent said the Tory quota plan was unworkable.",
  want=[("Kent", "opposes", "quota")])

# B2. approval or permission sought for an act backs the act, not the approval
c("permission", "The government will seek European Union approval to turn surplus wine into fuel.",
  want=[("government", "supports", "turn surplus wine")], never=[("government", None, "approval")])
c("permission", "The council has sought permission to close the old bridge.", want=[("council", "supports", "close the old bridge")],
  never=[("council", None, "permission")])
c("permission", "The EU gave its approval to the merger of the two airlines.", want=[("European Union", "supports", "merger")])
c("permission", "Ms Ward called for a ban on fox hunting.", want=[("Ward", "supports", "ban on fox hunting")])

# C. holders: the one accused, urged or hoped to act is not the one taking the side
c("holder", "The Kent Trust has found itself in trouble after being accused of helping to topple the former president.",
  never=[("Kent Trust", None, None)])
c("holder", "The Kent Trust has accused Marovian officials of trying to close down its local office.",
  never=[("Kent Trust", "supports", None)])
c("holder", "The Farmers Union accused ministers of trying to push through the fuel levy.",
  never=[("Farmers Union", "supports", None)])
c("holder", "Despite urging to ease the currency peg, officials insist they are a long way from ready to change it.",
  never=[("officials", "supports", None)], why="an agentless 'urging' is given to the subject of the main clause")
c("holder", 'In a statement, Mr Kent said: "I hope now that the council will scrap this unfair toll."',
  never=[("council", "opposes", None)])
c("holder", 'Ms Ward said: "We hope the government will drop the fuel levy."', never=[("government", "opposes", None)])
c("holder", "Police are investigating a leaflet posted to homes in the town opposing plans for a new bypass.",
  never=[("Police", None, None), ("police", None, None)])
c("holder", "Police are investigating a letter sent to councillors backing the closure of the market.",
  never=[("Police", None, None), ("police", None, None)])
c("holder", "The Kent Trust accused the government of wrecking the peace talks.", want=[("Kent Trust", "opposes", "government")])
c("holder", "Ms Ward has been in trouble since being accused of backing the fuel levy.", never=[("Ward", None, None)])
c("holder", "After being criticised over the fuel levy, Mr Kent resigned.", never=[("Kent", None, None)])
c("holder", "Ms Ward was accused by the Greens of wrecking the talks.", want=[("Green", "opposes", "Ward")])
c("holder", "The Farmers Union accused ministers of trying to push through the fuel levy.",
  never=[("Farmers Union", "supports", None)])
c("holder", "Ms Ward hopes the council will scrap the bridge toll.", want=[("Ward", "opposes", "bridge toll")],
  never=[("council", None, None)])
c("holder", '"We hope ministers will back the rail subsidy," said Mr Kent.', want=[("Kent", "supports", "rail subsidy")],
  never=[("government", None, None)])
c("holder", "The council hopes to scrap the bridge toll.", want=[("council", "opposes", "bridge toll")])
c("holder", "The Greens launched their platform, with Ms Ward saying the Greens were the one true opposition, above all on "
            "the fuel levy and road tolls.", never=[("opposition", None, None)])
c("holder", "Ms Ward said the Greens were the only opposition to the fuel levy.", want=[("Green", "opposes", "fuel levy")],
  never=[("opposition", None, None)])
c("holder", "Labour's opposition to the fuel levy is well known.", want=[("Labour", "opposes", "fuel levy")])
c("holder", "The Farmers Union said it would oppose the fuel levy.", want=[("Farmers Union", "opposes", "fuel levy")])
c("holder", "Ms Ward urged the council to scrap the bridge toll.", want=[("Ward", "opposes", "bridge toll")])
c("holder", "The newspapers The Daily Star and The Evening Post say the Kent family will oppose any takeover bid from Tonmark.",
  never=[("Daily Star", None, None), ("Evening Post", None, None)])

# D. "this", "that", "what" and "they" pointing at talk or people are no policy
c("pointer", "The Tories want quotas for migrant workers. Mr Kent dismissed the latest Tory attack. "
             '"This is simply a cheap attempt by the Tories to score points," he said.',
  want=[("Conservative", "supports", "quotas")], never=[("Kent", None, "quotas")])
c("pointer", "The Greens want a ban on fox hunting. Ms Ward said the rumours were harmful. "
             '"This is hugely harmful," said Mr Kent.', never=[("Kent", None, "ban")])
c("pointer", "Labour has plans to raise the fuel levy. Experts say the chancellor will have to raise taxes. "
             'Mr Kent replied: "I think they are wrong, because the forecasts have been right."',
  never=[("Kent", None, "fuel levy"), ("Kent", None, "taxes")], why="'they' (the experts) read as the taxes they speak of")
c("pointer", "The Greens proposed a ban on fox hunting. A court case now would be a disaster for ministers. "
             "It's exactly what the prime minister did not want.", never=[("prime minister", None, "ban")])
c("pointer", "Mr Kent backed the fuel levy. \"That is my purpose in politics, and that is what every day I seek to do.\"",
  never=[("Kent", None, "purpose")])
c("pointer", "The Greens proposed a ban on fox hunting. Mr Kent said he opposed it.", want=[("Kent", "opposes", "ban on fox hunting")])
c("pointer", "Ms Ward backed the fuel levy. Mr Kent denied the reports. \"That is simply untrue,\" he said.",
  never=[("Kent", None, "fuel levy")])
c("pointer", "Ms Ward backed the fuel levy. Mr Kent said: \"That is a grave mistake.\"", want=[("Kent", "opposes", "fuel levy")])
c("pointer", "Ms Ward unveiled a plan to cut the fuel levy. Mr Kent said: \"This is a foolish idea.\"",
  want=[("Kent", "opposes", "cut the fuel levy")])

# E. a view or forecast, an offence taken or a wish about people is no policy
c("vague", "Mr Kent vowed the nine men would remain in custody while the law was reviewed.", never=[("Kent", None, "nine men")], why="a clause about people (they stay in custody) is read with the people as the position")
c("vague", "Ms Ward said the ruling was an embarrassment for the government and changes were needed to the law.",
  never=[("Ward", None, "embarrassment")])
c("vague", '"There must have been 20 instances like this over the years," Mr Kent said.', never=[("Kent", None, "instances")])
c("vague", '"There must have been a dozen cases like it this year," said Ms Ward.', never=[("Ward", None, None)])
c("vague", '"The fuel levy should have been scrapped years ago," Ms Ward said.', want=[("Ward", "opposes", "fuel levy")])
c("vague", '"There should be an inquiry into the fuel levy," Mr Kent said.', want=[("Kent", "supports", "inquiry")])
c("vague", "Mr Kent said his determination to stand up for what he believed in may impress the judges.",
  never=[("judges", "supports", None)], why="a free relative 'what he believed in' runs on into its clause as the position")
c("vague", "\"We need a good and feasible plan, and making such a plan takes time,\" Ms Ward said.",
  never=[("Ward", "supports", "good and feasible plan")], why="a plan without content: wanted but named by nothing")


@pytest.mark.parametrize("kind, text, want, never", [
    pytest.param(k, t, w, n, id=f"{k}-{i}", marks=[pytest.mark.xfail(reason=why, strict=False)] if why else [])
    for i, (k, t, w, n, why) in enumerate(B)])
def test_battery(build_text, kind, text, want, never):
    assert_wanted(build_text(text), want, never)
