"""Under "said", a "should" whose subject is a thing and no actor forecasts ("Lee said low rates should support house
building": what the rates will do), so the speaker takes no side with the stance verb of the clause; one whose
subject is an actor asks it to act, and the speaker wants what it is asked to do. A modal "go" with a destination
("the money should go to schools") says where a thing is to go, not that it should end as "the levy must go" does.
Sentences of our own."""
from __future__ import annotations

import pytest

from conftest import assert_sides, stance_triples


@pytest.mark.parametrize("text, helped", [
    ("Ann Lee said low mortgage rates should support strong demand for new homes next year.", "homes"),
    ("Tom Vane said cheaper fuel should support the Dalton hauliers through the winter.", "hauliers"),
])
def test_a_thing_that_should_help_is_a_forecast(build_text, text, helped):
    # (the speaker may still be read as welcoming the thing itself, "cheaper fuel": not what it is said to help)
    triples = stance_triples(build_text(text))
    assert not any(helped in t for _, _, t in triples), sorted(triples)


@pytest.mark.parametrize("text, holder, target", [
    ("Ann Lee said the council should support the new Dalton bypass.", "Ann Lee", "Dalton bypass"),
    ("Tom Vane said ministers should back the plan to reopen the Halford rail line.", "Tom Vane", "reopen the Halford rail line"),
])
def test_an_actor_that_should_act_is_asked_to(build_text, text, holder, target):
    assert_sides(build_text(text), holder, [("supports", target)], [])


@pytest.mark.parametrize("text, ended", [
    ("Tom Vane said the extra money should go to rural schools.", False),
    ("Ann Lee said the new parking levy must go.", True),
])
def test_a_thing_to_go_somewhere_is_not_to_end(build_text, text, ended):
    triples = stance_triples(build_text(text))
    against = [t for h, r, t in triples if r == "opposes"]
    assert bool(against) is ended, sorted(triples)
