"""A battery of sides carried by volition, requests and readiness rather than by a verb of stance (issue 10): a call
for someone to quit ("asked Kent to step down", "wants Kent to resign", "Kent should resign, the union said"), a
readiness to ally with a party or the ruling out of one ("seemed willing to go into government with X", "ruled out
joining a coalition with X"), a resignation wanted of one named by a title ("the chairman's resignation"), a post sought ("hopes to be elected
leader"), an effort or readiness aimed at
stopping a policy ("is determined to defeat the bill"), a wish that a thing end ("wants the rebate to come to an end"),
the multiword verbs of removing ("do away with", "get rid of"), and an event one is urged to hold or is said to owe
("urged ministers to hold an inquiry", "said the council should hold an inquiry"). Invented sentences, each with the
sides a careful reader takes (GUIDELINES.md) and the reading that would be wrong; a case marked `open` fails today."""
from __future__ import annotations

import pytest

from conftest import assert_sides, sides_params

S, O, W = "supports", "opposes", "warns"

CASES = [
    # a call for another to leave their post: a side against them
    ("quit", "The Dairy Council has asked Oliver Brand to resign.", "Dairy Council", [(O, "Brand")], [(S, "Brand")]),
    ("quit", "The Dairy Council wants Oliver Brand to resign at once.", "Dairy Council", [(O, "Brand")], [(S, "Brand")]),
    ("quit", "The Dairy Council told Oliver Brand to resign.", "Dairy Council", [(O, "Brand")], [(S, "Brand")]),
    ("quit", "The Dairy Council demanded that Oliver Brand step down as harbour master.", "Dairy Council", [(O, "Brand")], [(S, "Brand")]),
    ("quit", "Oliver Brand should resign, the Dairy Council said on Sunday.", "Dairy Council", [(O, "Brand")], [(S, "Brand")]),
    ("quit", "The Dairy Council said Oliver Brand must step down.", "Dairy Council", [(O, "Brand")], [(S, "Brand")]),
    ("quit", "The Dairy Council did not ask Oliver Brand to resign.", "Dairy Council", [], [(O, "Brand")]),
    ("quit", "The Dairy Council said Oliver Brand will resign in June.", "Dairy Council", [], [(O, "Brand")]),
    ("quit", "The Dairy Council said Oliver Brand should quit if the audit finds fault.", "Dairy Council", [], [(O, "Brand")]),
    ("quit", "Oliver Brand said he should resign.", "Brand", [], [(O, "Brand")]),
    # readiness or a wish to ally with a party: a side for the partner; reluctance one against
    ("partner", "The Orchard Party seemed willing to go into government with the Harbour Party.", "Orchard Party",
     [(S, "Harbour Party")], [(O, "Harbour Party")]),
    ("partner", "The Orchard Party said it was ready to enter a coalition with the Harbour Party.", "Orchard Party",
     [(S, "Harbour Party")], [(O, "Harbour Party")]),
    ("partner", "The Orchard Party wants to form a coalition with the Harbour Party.", "Orchard Party",
     [(S, "Harbour Party")], [(O, "Harbour Party")]),
    ("partner", "The Orchard Party is reluctant to form a coalition with the Harbour Party.", "Orchard Party",
     [(O, "Harbour Party")], [(S, "Harbour Party")]),
    ("partner", "The Orchard Party formed a coalition with the Harbour Party in May.", "Orchard Party", [],
     [(S, "Harbour Party"), (O, "Harbour Party")]),
    ("partner", "The Orchard Party is ready to negotiate with the Harbour Party.", "Orchard Party", [],
     [(S, "Harbour Party"), (O, "Harbour Party")]),
    ("partner", "Ms Dara Vell ruled out joining a coalition with the Harbour Party.", "Vell", [(O, "Harbour Party")],
     [(S, "Harbour Party")]),
    ("partner", "Ms Dara Vell did not rule out joining a coalition with the Harbour Party.", "Vell", [],
     [(S, "Harbour Party"), (O, "Harbour Party")]),
    ("partner", "Ms Dara Vell favours forming a government with the Harbour Party.", "Vell", [(S, "Harbour Party")],
     [(O, "Harbour Party")]),
    # a resignation wanted of one named by a bare title: a side against the holder
    ("title", "Port authority chairman Oliver Brand faces a revolt. The Dairy Council wanted a pay rise and the chairman's "
     "resignation.", "Dairy Council", [(O, "Brand")], [(S, "Brand")]),
    ("title", "Transport minister Oliver Brand faces a revolt. The Dairy Council called for the resignation of the minister.",
     "Dairy Council", [(O, "Brand")], [(S, "Brand")]),
    # a post sought: a bid of one's own, backed (a post expected or taken is no bid)
    ("post", "Ms Dara Vell said she wanted to be elected mayor of Eastport by the spring.", "Vell", [(S, "elected mayor")], []),
    ("post", "Ms Dara Vell hopes to become party leader by the summer.", "Vell", [(S, "become party leader")], []),
    ("post", "Ms Dara Vell launched a bid to become mayor of Eastport.", "Vell", [(S, "become mayor")], []),
    ("post", "Ms Dara Vell is tipped to become party leader.", "Vell", [], [(S, "become party leader")]),
    ("post", "Ms Dara Vell became party leader in the spring.", "Vell", [], [(S, "became party leader")]),
    ("post", "Ms Dara Vell does not want to become party leader.", "Vell", [], [(S, "become party leader")]),
    # an act of readiness aimed at stopping a policy: against the policy, not for "defeat the levy"
    ("aimed", "The Orchard Party is determined to defeat the bridge toll.", "Orchard Party", [(O, "bridge toll")],
     [(S, "bridge toll"), (S, "defeat")]),
    ("aimed", "The Dairy Council has vowed to defeat the milk quota.", "Dairy Council", [(O, "milk quota")], [(S, "milk quota")]),
    # a wish that a thing end or stop
    ("end", "Ms Dara Vell has made clear she wants the rebate to come to an end.", "Vell", [(O, "rebate")], [(S, "rebate")]),
    ("end", "The Dairy Council wants the milk quota to come to an end.", "Dairy Council", [(O, "milk quota")], [(S, "milk quota")]),
    ("end", "The city imposed a parking ban in May. Ms Dara Vell said in June that she too wanted it to end.", "Vell",
     [(O, "parking ban")], [(S, "parking ban")]),
    # the multiword verbs of removing
    ("remove", "The Orchard Party would do away with the bridge toll.", "Orchard Party", [(O, "bridge toll")], [(S, "bridge toll")]),
    ("remove", "The Orchard Party wants to get rid of the bridge toll.", "Orchard Party", [(O, "bridge toll")], [(S, "bridge toll")]),
    ("remove", "The Orchard Party said it would get rid of the bridge toll.", "Orchard Party", [(O, "bridge toll")], [(S, "bridge toll")]),
    # an event one is urged to hold, or said to owe
    ("held", "The Dairy Council urged the minister to hold a public inquiry.", "Dairy Council", [(S, "inquiry")], [(O, "inquiry")]),
    ("held", "The Dairy Council urged the ministry to hold an inquiry into the port sale.", "Dairy Council", [(S, "inquiry")],
     [(O, "inquiry")]),
    ("held", "The Audit Office said the ministry should hold an inquiry into the port sale.", "Audit Office", [(S, "inquiry")],
     [(O, "inquiry")]),
    ("held", "The Dairy Council urged the ministry to hold talks with the growers.", "Dairy Council", [], [(S, "talks")]),
]


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(sides_params(CASES)))
def test_volition_battery(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)
