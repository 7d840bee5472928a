"""A battery of stance cue classes the lexicon lacked (issue 10, session 21): a permission refused (FrameNet's
Permitting and Tolerating frames: "will not allow new mines to be built" opposes the mines), the call for an act
now ("it is time to scrap the toll", "the time has come to X": the speaker wants the act), and idioms of conduct
said as criticism of the doer (FrameNet's Avoiding frame with a duty as object, "shirking its responsibilities",
"ducked the question"; the idiom dictionaries' "took voters for granted", "turned a blind eye", "paid lip
service", "sitting on the fence", "running scared"). Every sentence is invented (names, bodies and policies too);
each case gives the sides a careful reader takes (GUIDELINES.md), any one of which is the reading, and the sides
that would be a misreading."""
from __future__ import annotations

import pytest

from conftest import assert_sides, sides_params

S, O, W = "supports", "opposes", "warns"

CASES = [
    # a permission refused by an actor: against what it will not let be
    ("permit", "The Greens will not allow new coal mines.", "Green", [(O, "coal mines")], [(S, "coal mines")]),
    ("permit", "The Green Party said it would not permit any new toll roads.", "Green", [(O, "toll roads")], [(S, "toll roads")]),
    ("permit", "Norland's government says it will not allow new coal mines to be opened.", "government", [(O, "coal mines")], [(S, "coal mines")]),
    ("permit", "The Green Party refused to permit the march.", "Green", [(O, "march")], [(S, "march")]),
    ("permit", "The Green Party will not tolerate cuts to the health budget.", "Green", [(O, "cuts to the health budget")], [(S, "cuts")]),
    ("permit", "The Green Party will never allow the sale of the forest.", "Green", [(O, "sale of the forest")], [(S, "sale")]),
    # granted, passive, or a clause that acts on something else: no side on the thing
    ("permit", "The new rules allow farmers to sell land.", "rules", [], [(O, "land"), (S, "land")]),
    ("permit", "The Greens were not allowed to speak at the meeting of the council.", "Green", [], [(O, "meeting"), (O, "speak")]),
    ("permit", "The Greens said they would never allow a quarrel to harm the union.", "Green", [], [(O, "quarrel")]),
    ("permit", "The Green Party stopped the grant to allow tax cuts.", "Green", [], [(O, "tax cuts")]),
    ("permit", "Labour will not let the depot close, Anna Berg said.", "Labour", [], [(O, "depot")]),
    # it is time to act: the speaker wants the act
    ("time", "The mayor Tom Dale argued it was time to mend fences with the ferry union.", "Dale", [(S, "mend fences")], [(O, "mend fences")]),
    ("time", "The Green Party says it is high time to scrap the road toll.", "Green", [(S, "scrap the road toll"), (O, "road toll")], [(O, "scrap")]),
    ("time", "The time has come to scrap the toll, Mr Dale said.", "Dale", [(S, "scrap the toll"), (O, "toll")], [(O, "scrap")]),
    ("time", "Mr Dale said now was the time to cut fuel duty.", "Dale", [(S, "cut fuel duty"), (O, "fuel duty")], []),
    ("time", "Mr Dale said it was not time to cut fuel duty.", "Dale", [], [(S, "cut fuel duty")]),
    ("time", "Mr Dale said it was enough time for the ferry firm to sell its fleet.", "Dale", [], [(S, "sell")]),
    ("time", "Mr Dale decided it was time to sell his shares in the ferry firm.", "Dale", [], [(S, "sell")]),
    # idioms of conduct: the speaker against the actor said to do it
    ("conduct", "Anna Berg said the council was shirking its responsibilities.", "Berg", [(O, "council")], [(S, "council")]),
    ("conduct", "Tom Dale said the Harbour Board had ducked the question of flood defences.", "Dale", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("conduct", "The Greens said Labour had taken rural voters for granted.", "Green", [(O, "Labour")], [(S, "Labour")]),
    ("conduct", "Anna Berg said the ministry had turned a blind eye to fraud at the depot.", "Berg", [(O, "ministry")], [(S, "ministry")]),
    ("conduct", "Tom Dale said the Harbour Board only paid lip service to safety.", "Dale", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("conduct", "Anna Berg said the council was sitting on the fence.", "Berg", [(O, "council")], [(S, "council")]),
    ("conduct", "Tom Dale said the Harbour Board was running scared.", "Dale", [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("conduct", "Tom Dale said the Harbour Board had not dodged its duty.", "Dale", [], [(O, "Harbour Board")]),
]


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(sides_params(CASES)))
def test_cue_class_read(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong, wrong_inside=True)
