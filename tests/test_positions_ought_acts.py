"""What a quoted speaker's own side ought to do is a policy the speaker takes a side on (issue 10, session 7).

"we have to cut X", "we should not go down the road of X": a first-person subject with a modal or an obligation
verb states the speaker's wanted act. Only an act that brings in, undoes, cuts or raises a thing, or one done to a
policy noun, is a policy; "we must show courage" or "we must build more plants to meet demand" names none.
Sentences of our own with the constructions.
"""
from __future__ import annotations

import pytest

from conftest import stance_triples


@pytest.mark.parametrize("text, edge", [
    ('"We have to cut the export of capital," Ada Lund said.', ("Ada Lund", "supports", "cut the export of capital")),
    ('"We need to reduce the duty on diesel," Ada Lund said.', ("Ada Lund", "supports", "reduce the duty on diesel")),
    ('Tom Okafor said "we should not go down the road of privatisation of the state railways."',
     ("Tom Okafor", "opposes", "go down the road of privatisation of the state railways")),
], ids=["have-to", "need-to", "should-not"])
def test_the_act_our_side_ought_to_do_is_a_position(build_text, text, edge):
    graph = build_text(text)
    stance = stance_triples(graph)
    assert edge in stance, stance
    position = next(e for e in graph.entities if e.label == edge[2])
    assert position.type == "position", position


@pytest.mark.parametrize("text", [
    '"We must all show real courage," Ada Lund said.',  # no policy act
    '"We must build new plants to meet demand," Ada Lund said.',  # a firm's own business
    '"Mr Okafor should resign," Ada Lund said.',  # an actor ought to act: no policy named
])
def test_no_position_when_the_act_is_no_policy(build_text, text):
    stance = stance_triples(build_text(text))
    assert not any(r == "supports" and o.lower().startswith(("show", "build", "resign")) for _, r, o in stance), stance


@pytest.mark.parametrize("text, edge", [
    ("Ada Lund said it would be wiser to cut the fuel duty.", ("Ada Lund", "supports", "cut the fuel duty")),
    ("Ada Lund said it would have been better to use the surplus to reduce the hospital waiting lists.",
     ("Ada Lund", "supports", "reduce the hospital waiting lists")),
], ids=["wiser-to", "purpose-of-the-means"])
def test_a_preferred_act_is_a_position(build_text, text, edge):
    stance = stance_triples(build_text(text))
    assert edge in stance, stance


@pytest.mark.parametrize("text", [
    "Ada Lund said it would be easier to win the vote in May.",  # no policy act
    "Ada Lund said it would be worse to cut the fuel duty.",  # a comparative VADER does not rate good
    "Ada Lund said it is essential to cut the fuel duty.",  # a mandative adjective: left out (see deontic.py)
])
def test_no_preferred_act_without_a_good_comparative(build_text, text):
    stance = stance_triples(build_text(text))
    assert not any(r == "supports" and o.startswith("cut") for _, r, o in stance), stance
