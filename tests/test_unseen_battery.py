"""A battery of the misreadings found by judging, by hand, the graphs of real news articles no rule was tuned on
(issue 10, session 9): who is NOT a holder (the one accused in an agentless participle, a pronoun whose nearest
antecedent is a plural no actor names, "some senior Tories" for the party, narration after a quotation closed at
a paragraph's end), what is NOT a side taken (a duty one takes charge of, a greeting, setting out "the position",
a pledge to assess or stress a thing) and where the blame goes ("blamed the closures on the quota's end"). Every
sentence is our own (invented names and policies). Each case names the triples a careful reader takes
(GUIDELINES.md) that must appear, and the misreading that must not; cases not read yet are non-strict xfail with
the reason.
"""
from __future__ import annotations

import pytest
from conftest import assert_wanted

B: list = []


def c(kind, text, want=(), never=(), why=""):
    """want: (holder, relation, object substring) that must appear; never: the same that must not (None = any)."""
    B.append((kind, text, list(want), list(never), why))


# A. an agentless participle: the noun it describes is the one acted on, never the holder
c("participle", "Former chairman Tom Reed, accused of hiding losses, denies any wrongdoing.", never=[("Tom Reed", None, None)])
c("participle", "Former boss Tom Reed is on trial, accused of overseeing a 2bn dollar fraud.", never=[("Tom Reed", None, None)])
c("participle", "Accused of misleading voters, Mr Kent said he had nothing to hide.", never=[("Kent", None, None)])
c("participle", "Ms Ward, criticised for her handling of the fuel levy, stood down on Friday.", never=[("Ward", None, None)])
c("participle", "Ms Ward, attacked over the fuel levy by her own party, refused to resign.", never=[("Ward", None, None)],
  why="'her own party' as the agent is taken for Ms Ward herself")
c("participle", "Condemned by the Farmers Union, the fuel levy was scrapped in May.", want=[("Farmers Union", "opposes", "fuel levy")])
c("participle", "The Greens, having earlier criticised the fuel levy, said they were glad it had been dropped.",
  want=[("Green Party", "opposes", "fuel levy")])
c("participle", "Mr Kent, opposed to the fuel levy, voted against the budget.", want=[("Kent", "opposes", "fuel levy")])
c("participle", "Senator Ada Lund, backed by the Farmers Union, has called for a cut in the fuel levy.",
  want=[("Ada Lund", "supports", "cut in the fuel levy")])

# B. blame: what the blame is put on is opposed, not the harm it caused
c("blame", "Ms Ward blamed the delays on the council.", want=[("Ward", "opposes", "council")], never=[("Ward", None, "delays")])
c("blame", "Union leader Tom Reed blamed the closures on the end of the import quotas.", never=[("Tom Reed", None, "closures")])
c("blame", "Union leader Tom Reed blamed the closures on the end of the import quotas.",
  want=[("Tom Reed", "opposes", "import quotas")], why="an undoing noun ('the end of X') is not read as a policy yet")
c("blame", "Mr Kent blamed the job losses on the fuel levy.", want=[("Kent", "opposes", "fuel levy")], never=[("Kent", None, "job losses")])
c("blame", "The Farmers Union has blamed the fuel levy for the job losses.", want=[("Farmers Union", "opposes", "fuel levy")])
c("blame", "The Farmers Union blamed the Greens for the delay.", want=[("Farmers Union", "opposes", "Green")])
c("blame", "Ms Ward blamed the rise in food prices on the Greens' fuel levy.", want=[("Ward", "opposes", "fuel levy")],
  never=[("Ward", None, "food prices")], why="the parser hangs 'on' on the noun before it")
c("blame", "Mr Kent put the blame for the closures on the fuel levy.", want=[("Kent", "opposes", "fuel levy")],
  why="the noun 'blame' with 'on' is not a cue yet")

# C. a duty taken charge of is no charge against anyone
c("charge", "Mr Kent took charge of the council's flood relief work.", never=[("Kent", None, None)])
c("charge", "The prime minister took personal charge of the relief effort on Tuesday.", never=[(None, "opposes", None)])
c("charge", "Ms Ward, who is in charge of the review, said the fuel levy was unfair.", want=[("Ward", "opposes", "fuel levy")],
  never=[("Ward", None, "review")])
c("charge", "Ms Ward was put in charge of the Treasury's pension review last year.", never=[("Ward", None, None)])
c("charge", "Mr Kent will take charge of the Farmers Union in May.", never=[("Kent", None, None)])

# D. a greeting takes no side; a welcome of a thing does
c("greeting", '"Welcome to the new Green Party headquarters," Ms Ward said.', never=[("Ward", None, None)])
c("greeting", '"Welcome to our new offices," said Mr Kent, the party chairman.', never=[("Kent", None, None)])
c("greeting", "Ms Ward welcomed the fuel levy.", want=[("Ward", "supports", "fuel levy")])
c("greeting", "The Farmers Union welcomed the decision to scrap the fuel levy.", want=[("Farmers Union", "supports", "scrap the fuel levy")])

# E. setting out "the position" names no policy
c("position", "Ms Ward said the Greens would set out the position clearly next week.", never=[(None, None, "position")])
c("position", "Mr Kent is confident Ms Ward will set out the position very clearly on Monday.", never=[(None, None, "position")])
c("position", "Mr Kent set out plans to cut the fuel levy.", want=[("Kent", "supports", "cut the fuel levy")])

# F. "they" after a plural no actor names in its own sentence is that plural, not a body named before
c("they", "Mr Kent and Ms Ward have the power to block the takeover bid. The bidder's financial backers, including "
          "Firstbank, have said they won't back a bid unless it wins wider support.",
  never=[("Kent", None, None), ("Ward", None, None)])
c("they", "The Greens backed the fuel levy. Farmers said they would fight the levy all the way.",
  want=[("Green Party", "supports", "fuel levy")], never=[("Green Party", "opposes", None)])
c("they", "Ms Ward and Mr Kent met on Monday. Local traders said they would fight the new parking charges.",
  never=[("Ward", None, None), ("Kent", None, None)])
c("they", "The Greens and the Farmers Union met on Monday. They said they would oppose the fuel levy.",
  want=[("Green Party", "opposes", "fuel levy"), ("Farmers Union", "opposes", "fuel levy")])
c("they", "The Farmers Union said they would fight the fuel levy.", want=[("Farmers Union", "opposes", "fuel levy")])

# H. weighing a thing up or stressing it takes no side on it; doing or wanting it done does
c("weighing", "The Greens backed the fuel levy. They pledged to assess the cost effectiveness of the levy and whether farmers "
              "would be protected.", want=[("Green Party", "supports", "fuel levy")], never=[("Green Party", None, "assess")])
c("weighing", "The Greens pledged to assess the cost of the fuel levy.", never=[("Green Party", None, None)])
c("weighing", "Ms Ward said she was keen to highlight the fuel levy issue during the campaign.", never=[("Ward", None, None)])
c("weighing", "The Farmers Union is determined to highlight the cost of the fuel levy.", never=[("Farmers Union", None, None)])
c("weighing", "Mr Kent promised to examine the case for a bridge toll.", never=[("Kent", None, None)])
c("weighing", "Ministers agreed to study the impact of the fuel levy on rural areas.", never=[(None, "supports", None)])
c("weighing", "Ms Ward said she was keen to extend the rail subsidy.", want=[("Ward", "supports", "rail subsidy")])
c("weighing", "Mr Kent promised to cut the fuel levy.", want=[("Kent", "supports", "cut the fuel levy")])
c("weighing", "The Greens are determined to build a new bypass.", want=[("Green Party", "supports", "bypass")])

# I. a part of a party quantified ("some senior Tories") is not the party
c("partitive", "The Greens will back the fuel levy. Some senior Greens argued vociferously against the levy.",
  want=[("Green Party", "supports", "fuel levy")], never=[("Green Party", "opposes", None)])
c("partitive", "Several Labour MPs have criticised the fuel levy.", never=[("Labour Party", None, None)])
c("partitive", "Some Conservatives fear the tax cuts are too modest.", never=[("Conservative", None, None)])
c("partitive", "The shadow cabinet backed the bridge toll, although a few senior Greens had argued against it.",
  never=[("Green Party", None, None)])
c("partitive", "The Greens have criticised the fuel levy.", want=[("Green Party", "opposes", "fuel levy")])
c("partitive", "Labour MPs criticised the fuel levy.", want=[("Labour", "opposes", "fuel levy")])

# G. narration after a quotation closed at a paragraph's end is no one's speech
c("quote", 'Shadow minister Tom Reed said: "I am glad the minister has finally listened. "It took far too long."\n\n'
           'The prince sparked outrage this week after photographs of him at a fancy dress party emerged.',
  never=[("Tom Reed", None, "prince")])
c("quote", 'Mr Kent said: "I am glad the council listened. "Now it must act."\n\nThe Farmers Union said the fuel levy '
           'was a disaster. Ministers insist the fuel levy will raise money for rural roads.',
  want=[("Farmers Union", "opposes", "fuel levy")], never=[("Farmers Union", "supports", None)])
c("quote", '"It is a tax on farming," Mr Kent said of the fuel levy. "It will hurt every grower."\n\n'
           'The Treasury says the levy will raise 2bn pounds.', never=[("Kent", None, "Treasury")])



@pytest.mark.parametrize("kind, text, want, never", [
    pytest.param(k, t, w, n, id=f"{k}-{i}", marks=[pytest.mark.xfail(reason=why, strict=False)] if why else [])
    for i, (k, t, w, n, why) in enumerate(B)])
def test_battery(build_text, kind, text, want, never):
    assert_wanted(build_text(text), want, never)
