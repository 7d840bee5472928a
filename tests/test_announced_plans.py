"""A country's or a body's plan told as its future act and announced by its own official ("Chile will limit beef
imports ..., Finance Minister Pablo Ruiz said"): wire copy's commonest way of stating a government's decided policy.
The body backs the act and so does the official who announces it; a plan said of the body by anyone else
(analysts, another country's minister) stays their claim, not the body's side. Limiting (FrameNet) is an act a body
foretells of itself. Sentences of our own."""
from __future__ import annotations

import pytest

from conftest import stance_triples

PLAN = "limit beef imports to 20,000 tonnes"


@pytest.mark.parametrize("text, official", [
    (f"Chile will {PLAN} a year, Finance Minister Pablo Ruiz said.", "Pablo Ruiz"),
    (f"Chile will {PLAN} a year, Chilean Finance Minister Pablo Ruiz said.", "Pablo Ruiz"),
    (f"Chile will {PLAN} a year, President Ana Vidal told reporters.", "Ana Vidal"),
])
def test_a_plan_announced_by_its_own_official_is_backed_by_both(build_text, text, official):
    triples = stance_triples(build_text(text))
    assert ("Chile", "supports", PLAN) in triples, sorted(triples)
    assert (official, "supports", PLAN) in triples, sorted(triples)


@pytest.mark.parametrize("text", [
    f"Chile will {PLAN} a year, Argentine Economy Minister Juan Sosa said.",  # another country's minister
    f"Analysts said Chile will {PLAN} a year.",
    f"Chile will {PLAN} a year, Kestrel Bank chief economist Mary Doyle said.",  # a firm's economist forecasts it
])
def test_a_plan_said_by_another_is_their_claim(build_text, text):
    triples = stance_triples(build_text(text))
    assert not any(h == "Chile" for h, _, _ in triples), sorted(triples)


def test_a_post_of_another_party_speaks_for_no_one_else(build_text):
    triples = stance_triples(build_text("The Liberal Party will scrap the levy, Green Party leader Ann Lee said."))
    assert not any(h == "Ann Lee" for h, _, _ in triples), sorted(triples)


@pytest.mark.parametrize("text, acts", [
    ("The Greens will cut rail fares and raise the minimum wage.", ("cut rail fares", "raise the minimum wage")),
    ("Marlow Steel will close its Leeds works and sell its wire unit, its chairman said.",
     ("close its Leeds works", "sell its wire unit")),
])
def test_each_act_of_a_list_foretold_is_backed(build_text, text, acts):
    triples = stance_triples(build_text(text))
    for act in acts:
        assert any(r == "supports" and t.startswith(act) for h, r, t in triples), (act, sorted(triples))


def test_a_list_foretold_under_a_not_backs_none(build_text):
    triples = stance_triples(build_text("The Greens will not cut rail fares and raise the minimum wage."))
    assert not any(r == "supports" for _, r, _ in triples), sorted(triples)
