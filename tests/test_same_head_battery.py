"""A battery of kind nouns pointing back (fresh-text precision): "the new bill", "the plan" that name no more than
their kind point back at a policy of that kind named before (positions._same_head), not at whatever phrase with a
policy head came last ("in a bold move", a clause of what should be done). Every sentence is invented (names,
bodies and policies too); each of the first cases read the step or the clause as the target before the rule."""
from __future__ import annotations

import pytest

from conftest import assert_sides, sides_params

S, O = "supports", "opposes"

# (construction, sentence, holder, sides any one of which is the reading, sides that would be a misreading)
CASES = [
    ("step", "The Harbour Levy Bill was published on Monday. It would charge every ferry a fee to dock at Port Avel. "
             "In a surprise move, the Green Party voted against the new bill.", "Green Party",
     [(O, "Harbour Levy Bill")], [(O, "surprise move")]),
    ("step", "The Clean Rivers Bill reached the Senate on Tuesday. In a bold move, the Anglers Trust attacked the new bill.",
     "Anglers Trust", [(O, "Clean Rivers Bill")], [(O, "bold move")]),
    ("clause", "Ministers unveiled plans to close three rural clinics in Dorvale. The Green Party says a tax on second homes "
               "should fund the clinics instead and the plan is \"reckless\".", "Green Party",
     [(O, "close three rural clinics")], [(O, "second homes")]),
    ("act", "The Clean Rivers Bill reached the Senate on Tuesday. The Anglers Trust said the move to limit fishing would "
            "hurt anglers, and opposed the new bill.", "Anglers Trust",
     [(O, "Clean Rivers Bill")], [(O, "move to limit fishing")]),
    # close readings that stay: the same kind named before and in focus, a plan judged after another clause
    ("kept", "The Harbour Levy Bill was published on Monday. It would charge every ferry a fee to dock at Port Avel. "
             "In an unusual step, the Green Party and the Farmers Union have signed a petition opposing the new bill.",
     "Farmers Union", [(O, "Harbour Levy Bill")], [(S, "Harbour Levy Bill")]),
    ("kept", "Ministers unveiled plans to close three rural clinics in Dorvale. Senator Ada Brill said voters should "
             "decide on the matter and argued the plan was a disgrace.", "Brill",
     [(O, "close three rural clinics")], [(S, "close three rural clinics")]),
    ("kept", "The mayor set out a plan to toll the Orme bridge. The Cyclists Alliance argued drivers should pay more "
             "for parking and said the plan was unfair.", "Cyclists Alliance",
     [(O, "toll the Orme bridge")], [(S, "toll the Orme bridge")]),
]


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(sides_params(CASES)))
def test_kind_noun_points_back(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong, wrong_inside=True)
