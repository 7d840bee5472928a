"""A battery of plans and pledges of any act (issue 10): "Torvane plans to move its assembly line to Poland". A verb of
planning or pledging (positions.json planning_verbs) whose to-infinitive acts on a thing names the plan, a position
its maker backs, even when the act's verb is none of the acts of policy that _pledged_act lists (cut, build,
scrap...); before, the act was read as a clause that only restates a policy named elsewhere, and the plan was lost.
Invented sentences; each asserts the holder, the side and the act, and what is no plan: an act with no object, one
done to an actor, a pledge denied, and an act whose object is a cue of its own (the fight against X is read by the
fight)."""
from __future__ import annotations

import pytest

from conftest import assert_sides

S, O = "supports", "opposes"

# (sentence, holder, sides any one of which is the reading, sides that would be a misreading)
CASES = [
    ("Torvane Motors plans to move its assembly line to Poland, its chief executive said.", "Torvane",
     [(S, "move its assembly line")], []),
    ("The Green Party has pledged to fund free school meals for every pupil.", "Green Party",
     [(S, "fund free school meals")], []),
    ("Mayor Ines Berg vowed to focus on cutting hospital waiting lists.", "Berg",
     [(S, "focus on cutting hospital waiting lists")], []),
    ("Halvard Bank intends to shut forty branches in rural areas next year.", "Halvard",
     [(S, "shut forty branches")], []),
    ("The Farmers Union promised to sell its offices near the river.", "Farmers Union",
     [(S, "sell its offices")], []),
    # no plan: no object, an actor acted on, a pledge denied, an act that is a cue of its own
    ("The nurses' union pledged to follow.", "union", [], [(S, "follow")]),
    ("Ms Ada Lund promised to visit Poland in May.", "Lund", [], [(S, "visit")]),
    ("Mr Tom Kent plans to hold a summit in the spring.", "Kent", [], [(S, "hold"), (S, "summit")]),
    ("Mr Tom Kent did not intend to close the depot in Leeds.", "Kent", [], [(S, "close the depot")]),
    ("The Labour Party vowed to continue the fight against rural poverty.", "Labour",
     [(O, "rural poverty")], [(S, "rural poverty"), (S, "continue")]),
]


@pytest.mark.parametrize("text, holder, sides, wrong", CASES, ids=[c[0][:60] for c in CASES])
def test_planned_acts_battery(build_text, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)
