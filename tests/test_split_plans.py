"""Plans named with their owner before them, which the parser splits: in "attacked the Tory plans to scrap the
grant" or "condemned the government plans to close the school" it takes the owner for the object and "plans" for a
second object or a verb of the subject's own. The side is on the plans with their act, the owner backs them, and the
one who attacks them plans nothing (stance/cues/verb_objects.split_plan). Sentences of our own."""
from __future__ import annotations

import pytest

from conftest import stance_triples


@pytest.mark.parametrize("text, critic, owner, plan", [
    ("Labour attacked the Tory plans to scrap the housing grant.", "Labour Party", "Conservative Party",
     "plans to scrap the housing grant"),
    ("Labour attacked Tory plans to scrap the housing grant.", "Labour Party", "Conservative Party",
     "plans to scrap the housing grant"),
    ("Ann Lee condemned the government plans to close the village school.", "Ann Lee", "government",
     "plans to close the village school"),
])
def test_plans_split_by_the_parser(build_text, text, critic, owner, plan):
    triples = stance_triples(build_text(text))
    assert (critic, "opposes", plan) in triples, sorted(triples)
    assert (owner, "supports", plan) in triples, sorted(triples)
    assert not any(h == critic and r == "supports" for h, r, _ in triples), sorted(triples)
    assert not any(t == owner for _, _, t in triples), sorted(triples)


def test_plans_named_whole_are_unchanged(build_text):
    triples = stance_triples(build_text("The Tories attacked Labour's plans to raise taxes."))
    assert ("Conservative Party", "opposes", "plans to raise taxes") in triples, sorted(triples)
    assert ("Labour Party", "supports", "plans to raise taxes") in triples, sorted(triples)
