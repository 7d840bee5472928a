"""Stances a speaker states by a judgement that names no cue verb (issue 10, fresh BBC text): an act judged in an
extraposed clause that names its doer ('it was unacceptable for the council to close the library': spaCy sm hangs
the 'for X to' clause as an adverbial clause, not the to-clause the judgement reads), conduct idioms of the idiom
dictionaries (playing a card, scoring points, over-reacting), an act judged right or wise ('it was wise to
freeze the fares', a listed word that was not read), and putting a policy at the top of an agenda.
Invented sentences, each with the side a careful reader takes (GUIDELINES.md) and the reading that would be wrong."""
from __future__ import annotations

import pytest

from conftest import assert_sides, sides_params

S, O, W = "supports", "opposes", "warns"

CASES = [
    # --- an act judged, its doer named in a 'for X to' clause
    ("for-to", "Ms Ward said it was unacceptable for the council to close the Leeds library.", "Ward",
     [(O, "close the Leeds library")], [(S, "close")]),
    ("for-to", "It is wrong for ministers to scrap the winter fuel grant, the Farmers Union said.", "Farmers Union",
     [(O, "scrap the winter fuel grant")], [(S, "scrap")]),
    ("for-to", "Tom Kent said it would be foolish for the bank to raise its card fees.", "Kent",
     [(W, "raise its card fees"), (O, "raise its card fees")], [(S, "raise")]),
    ("for-to", "Anna Berg argued that it was unfair for pensioners to pay the new water charge.", "Berg",
     [(O, "pay the new water charge")], [(S, "pay")]),
    # a word of need or of difficulty judges no act wrong
    ("for-to", "Anna Berg said it was vital for the council to build the bypass.", "Berg", [], [(O, "build")]),
    ("for-to", "Anna Berg said it was hard for farmers to pay the fuel levy.", "Berg", [], [(O, "pay")]),
    # --- an act judged right or wise (FrameNet Correctness, Mental_property): the listed words all read
    ("right-act", "Tom Kent said it was wise to freeze the bus fares.", "Kent", [(S, "freeze the bus fares")], [(O, "freeze")]),
    ("right-act", "The Farmers Union said it had been correct to cut the diesel duty.", "Farmers Union",
     [(S, "cut the diesel duty")], [(O, "cut")]),
    # a thing said to be better is compared, not judged right: no side from the bare word
    ("right-act", "Anna Berg said the new bus timetable was better.", "Berg", [], [(S, "new bus timetable")]),
    # --- conduct idioms (Collins COBUILD / Oxford idioms): criticism of the one who does it
    ("idiom", "Ms Ward said the Tories were playing the race card.", "Ward", [(O, "Conservative")], [(S, "Conservative")]),
    ("idiom", "The Greens are playing the nationalist card again, Tom Kent said.", "Kent", [(O, "Green")], [(S, "Green")]),
    ("idiom", "Tom Kent said the Greens were simply scoring political points.", "Kent", [(O, "Green")], [(S, "Green")]),
    ("idiom", "Anna Berg said the council had over-reacted to the protest.", "Berg", [(O, "council")], [(S, "council")]),
    ("idiom", "The Harbour Board overreacted, said Tom Kent.", "Kent", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("idiom", "Tom Kent said the Harbour Board had not overreacted.", "Kent", [], [(O, "Harbour Board")]),
    # --- putting a policy at the top of one's agenda is backing it
    ("agenda", "The Greens have put rail reform at the top of their agenda.", "Green", [(S, "rail reform")], [(O, "rail reform")]),
    ("agenda", "Ms Ward has put the child care plan at the top of the council's agenda.", "Ward",
     [(S, "child care plan")], [(O, "child care plan")]),
]


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(sides_params(CASES)))
def test_stated_judgements_battery(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)
