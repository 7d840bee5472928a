"""A battery of calls to quit made with a clause (issue 10, session 19): "demanded (that) Kent quit" is a side against
Kent and a side for the quitting itself, as "called for Kent to resign" already was (GUIDELINES.md: the gold names the
going as a position), even where the parser tags the bare "quit" as a past. "Resign over X" is a cue of its own, and a
quitting told ("said Kent quit in March") is news. Every sentence is invented (names, bodies)."""
from __future__ import annotations

import pytest

from conftest import assert_sides, sides_params

S, O = "supports", "opposes"

CASES = [
    ("called-going", "The Liberals demanded Ann Kole quit in exchange for support.", "Liberal",
     [(S, "ann kole quit")], [(O, "ann kole quit")]),
    ("called-going", "The Liberals demanded Ann Kole quit in exchange for support.", "Liberal",
     [(O, "ann kole")], []),
    ("called-going", "Greens activists demanded that Ann Kole quit without delay.", "Green",
     [(S, "ann kole quit")], [(O, "ann kole quit")]),
    ("called-going", "The Farmers Union demanded that Tom Brill quit before the autumn vote.", "Farmers Union",
     [(S, "tom brill quit")], [(O, "tom brill quit")]),
    # a quitting over a grievance is read by its own cue; one told is no side
    ("over", "The Liberals demanded Ann Kole resign over the affair.", "Liberal",
     [(O, "ann kole")], [(S, "ann kole resign")]),
    ("told", "The Liberals said Ann Kole quit in March.", "Liberal", [], [(O, "ann kole"), (S, "ann kole")]),
]


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(sides_params(CASES)))
def test_called_going_battery(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)
