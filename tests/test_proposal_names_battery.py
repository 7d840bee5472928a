"""A battery of positions named a second time by their author (issue 10, session 18): a plan put forward by a
person and later called by that person's name ("the Lund plan"), and a plan judged through a free relative on its
author's verb of proposing ("what the board proposes is sound"). Both are the plan the author backs, not a new
position nor the author. Every sentence is invented; the sides are those a careful reader takes (GUIDELINES.md)."""
from __future__ import annotations

import pytest

from conftest import assert_sides, sides_params

S, O = "supports", "opposes"

CASES = [
    # the eponym: a plan named for the one who put it forward is that plan
    ("eponym", "Senator Mary Holloway unveiled a proposal to cap rents in the capital on Tuesday. "
               "Mayor Tom Brandt backed the Holloway plan.", "Brandt", [(S, "cap rents")], [(S, "Holloway")]),
    ("eponym", "Finance Minister Karl Oster announced a scheme to tax private jets. "
               "The Aviation Council rejected the Oster scheme on Friday.", "Aviation Council", [(O, "tax private jets")],
     [(O, "Oster")]),
    # the eponym of a plan not put forward in the story names a plan of its own
    ("eponym-new", "Senator Mary Holloway visited Leeds on Tuesday. Finance Minister Karl Oster announced a scheme to tax "
                   "private jets. Mayor Tom Brandt backed the Holloway plan.", "Brandt", [], [(S, "tax private jets")]),
    # the free relative on a verb of proposing: the plan its subject backs
    ("proposed", "The city council has drawn up a plan to close three libraries in the north of the city. "
                 'Councillor Jane Moss said: "What the council is proposing is sensible."', "Moss",
     [(S, "close three libraries")], [(S, "council")]),
    ("proposed", "The city council has drawn up a plan to close three libraries in the north of the city. "
                 "Local author Peter Gant said what the council planned was a disgrace.", "Gant",
     [(O, "close three libraries")], [(O, "council")]),
    # a deed, not a proposal, judges the doer; as does a proposal of one who backs no plan in the story
    ("deed", "The city council shut two swimming pools last year. "
             "Local author Peter Gant said what the council was doing was a disgrace.", "Gant", [(O, "council")], []),
]


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(sides_params(CASES)))
def test_proposal_names_battery(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)
