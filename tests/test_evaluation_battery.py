"""A battery of evaluations (issue 10): a side carried by a judgement of its target with no stance verb: a
characterising verb in the passive whose agent the parser hangs on the judgement ("the levy was branded a
shambles by the union"), a policy's copula predicate plainly bad by VADER ("said the levy was regrettable") or of the eval lists
("insufficient", "premature"), a predicate going against a good ("against the spirit of the accord"), the
kind a speaker puts an actor in ("said Kent was a brave and honest man", "a coward"), a quality it is said to show
("said Kent had shown real courage"), and the conduct of an actor judged ("said the board's handling of the dispute
was a fiasco", "the way the board dealt with it was disgraceful"). Every sentence is invented (names, bodies and
policies too)."""
from __future__ import annotations

import pytest

from conftest import assert_sides, sides_params

S, O = "supports", "opposes"

# (construction, sentence, holder, sides any one of which is the reading, sides that would be a misreading)
CASES = [
    # a characterising verb in the passive, its agent hung on the judgement
    ("passive", "The ferry surcharge has been branded a disgraceful waste by the Island Hauliers Association.", "Island Hauliers",
     [(O, "ferry surcharge")], [(S, "ferry surcharge")]),
    ("passive", "The Marsh Council's quarry tax was labelled a \"costly blunder\" by the Growers Alliance.",
     "Growers Alliance", [(O, "quarry tax")], [(S, "quarry tax")]),
    ("passive", "The orchard subsidy, described by the Growers Alliance as unworkable, begins in spring.",
     "Growers Alliance", [(O, "orchard subsidy")], [(S, "orchard subsidy")]),
    ("passive", "The toll freeze was called a sensible compromise by the Hauliers Federation.",
     "Hauliers Federation", [(S, "toll freeze")], [(O, "toll freeze")]),
    # a policy's copula predicate plainly bad by VADER where the eval lists lack the word
    ("bad", "Senator Mira Dunne said the quarry tax was deeply regrettable.", "Dunne", [(O, "quarry tax")], [(S, "quarry tax")]),
    ("bad", "\"The ferry surcharge is pathetic,\" said Senator Mira Dunne.", "Dunne", [(O, "ferry surcharge")], [(S, "ferry surcharge")]),
    ("bad", "Mira Dunne of the Growers Alliance said the orchard subsidy scheme was disappointing.", "Dunne",
     [(O, "orchard subsidy")], [(S, "orchard subsidy")]),
    # a policy judged by sufficiency, compatibility or timing, by the idiom of refusal, or as going against a good
    ("lists", "Senator Mira Dunne said the quarry tax was insufficient to repair the roads.", "Dunne",
     [(O, "quarry tax")], [(S, "quarry tax")]),
    ("lists", "Senator Mira Dunne said the ferry surcharge was inconsistent with the island charter.", "Dunne",
     [(O, "ferry surcharge")], [(S, "ferry surcharge")]),
    ("lists", "Senator Mira Dunne said the orchard subsidy was premature.", "Dunne", [(O, "orchard subsidy")], [(S, "orchard subsidy")]),
    ("lists", "Senator Mira Dunne said a quarry tax was out of the question.", "Dunne", [(O, "quarry tax")], [(S, "quarry tax")]),
    ("against", "Senator Mira Dunne said the ferry surcharge was against the spirit of the peace agreement with the mainland.", "Dunne",
     [(O, "ferry surcharge")], [(S, "ferry surcharge")]),
    # the kind a reported or quoted clause puts an actor in
    ("kind", "Senator Mira Dunne said Mr Osric Pell was a decent, honest and tireless public servant.", "Dunne",
     [(S, "Pell")], [(O, "Pell")]),
    ("kind", "Senator Mira Dunne said Mr Osric Pell was a weak and arrogant leader.", "Dunne", [(O, "Pell")], [(S, "Pell")]),
    ("kind", "Mira Dunne, the Green leader, said Osric Pell had been a coward over the quarry vote.", "Dunne",
     [(O, "Pell")], [(S, "Pell")]),
    ("kind", "\"Osric Pell is a brave and principled man,\" said Senator Mira Dunne.", "Dunne", [(S, "Pell")], [(O, "Pell")]),
    # a quality an actor is said to show
    ("shown", "Senator Mira Dunne said Mr Osric Pell had shown real courage this year.", "Dunne", [(S, "Pell")], [(O, "Pell")]),
    ("shown", "Senator Mira Dunne said the Marsh Council had displayed weak leadership.", "Dunne",
     [(O, "Marsh Council")], [(S, "Marsh Council")]),
    ("shown", "Senator Mira Dunne said Mr Osric Pell had shown no courage.", "Dunne", [(O, "Pell")], [(S, "Pell")]),
    # the conduct of an actor judged
    ("conduct", "Senator Mira Dunne said the way the Marsh Council had managed the quarry was a shambles.", "Dunne",
     [(O, "Marsh Council")], [(S, "Marsh Council")]),
    ("conduct", "Senator Mira Dunne said Mr Osric Pell's handling of the ferry dispute had been appalling.", "Dunne",
     [(O, "Pell")], [(S, "Pell")]),
    ("conduct", "\"Mr Osric Pell's stewardship of the port has been excellent,\" Senator Mira Dunne said.", "Dunne",
     [(S, "Pell")], [(O, "Pell")]),
    ("conduct", "Mira Dunne of the Growers Alliance said the Marsh Council's approach to the quarry was sensible.",
     "Dunne", [(S, "Marsh Council")], [(O, "Marsh Council")]),
]

# sentences where such a reading would be wrong: the kind is a role, denied, foretold or in another's clause
WRONG = [
    ("role", "Senator Mira Dunne said the Growers Alliance might be the main beneficiaries of the quarry tax.", "Dunne",
     [], [(S, "Growers Alliance"), (O, "Growers Alliance")]),
    ("role", "Senator Mira Dunne said Mr Osric Pell was no longer an asset to the Growers Alliance.", "Dunne",
     [], [(S, "Pell")]),
    ("role", "Senator Mira Dunne said Mr Osric Pell was a strong critic of the quarry tax.", "Dunne",
     [], [(S, "Pell"), (O, "Pell")]),
    ("denied", "Senator Mira Dunne said Mr Osric Pell was not a bad man.", "Dunne", [], [(O, "Pell")]),
    ("clause", "Senator Mira Dunne said it was sad that the Marsh Council was the richest council in the region.",
     "Dunne", [], [(S, "Marsh Council")]),
    ("state", "Senator Mira Dunne said the quarry tax talks were difficult.", "Dunne", [], [(O, "quarry tax")]),
    ("state", "Senator Mira Dunne said things were grim for the Growers Alliance.", "Dunne", [], [(O, "Growers Alliance")]),
    ("foretold", "Senator Mira Dunne said the ferry surcharge would be painful for islanders.", "Dunne", [], [(O, "ferry surcharge")]),
    ("figure", "Senator Mira Dunne said the Marsh Council had shown a profit last year.", "Dunne", [], [(S, "Marsh Council")]),
    ("others", "Senator Mira Dunne said Mr Osric Pell had shown interest in the quarry.", "Dunne", [], [(S, "Pell")]),
    ("against", "\"The quarry ruling ends Osric Pell's sham role as a champion against corruption,\" said Senator Mira Dunne.",
     "Dunne", [], [(S, "Pell")]),
    ("own", "Senator Mira Dunne said her handling of the ferry dispute had been poor.", "Dunne", [], [(O, "Dunne")]),
]


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(sides_params(CASES)))
def test_evaluation_read(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong, wrong_inside=True)


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(sides_params(WRONG)))
def test_evaluation_not_misread(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong, wrong_inside=True)
