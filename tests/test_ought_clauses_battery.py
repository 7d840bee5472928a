"""A battery of views of what ought to be (graph/extract/stance/speech/ought_clauses.py, positions.json deontic opinion_verbs):
a should-clause under a verb or noun of holding a view, whose subject is a thing or a body and whose verb says what
it should be or do to a thing, is itself the proposal its holder backs ("denies" it under "does not believe").
Not a person's conduct, a forecast with a figure, a comparative, nor a plain "said". Invented sentences, each
with (holder, relation, target) label fragments; "!name" must not take that side."""
from __future__ import annotations

import pytest

from conftest import assert_held, label_triples

BATTERY = [
    ("be-noun", "Ms Okafor believes fox hunting should be a matter for each county.",
     [("okafor", "supports", "fox hunting should be a matter for each county")]),
    ("be-adjective", "Senator Ilsa Varga thinks that river water should be free for small farms.",
     [("ilsa varga", "supports", "river water should be free")]),
    ("denied-view", "Mayor Tomas Brandt does not believe gambling should be a campaign theme, his aides say.",
     [("tomas brandt", "opposes", "gambling should be a campaign theme")]),
    ("body-acts", "The Harbour Pilots Guild argues that ferry operators should bear the cost of dredging.",
     [("harbour pilots guild", "supports", "ferry operators should bear the cost of dredging")]),
    ("country-be", "Councillor Rhea Mann insists Norway should be a refuge for displaced fishermen.",
     [("rhea mann", "supports", "norway should be a refuge")]),
    ("view-noun", "Governor Lia Sandoval voiced her conviction that rural clinics should get a bigger budget.",
     [("lia sandoval", "supports", "rural clinics should get a bigger budget")]),
    # a wished "see" of a state: bodies or things able to do, or doing, something to a thing
    ("seen-able", '"We want to see head teachers being able to expel violent pupils," Ms Greta Holm said.',
     [("greta holm", "supports", "head teachers being able to expel violent pupils")]),
    ("seen-able-hopes", "Ms Greta Holm hopes to see councils being able to set their own speed limits.",
     [("greta holm", "supports", "councils being able to set their own speed limits")]),
    ("seen-able-and", "Ms Greta Holm would like to see villages being able to run their own buses and keep the fares.",
     [("greta holm", "supports", "villages being able to run their own buses")]),
]

# no proposal: a person's conduct, a forecast, a comparative, a plain "said"
NONE = [
    "Mr Dario Pell thinks the minister should resign.",
    "Mr Dario Pell believes the krona should be weaker by spring.",
    "Mr Dario Pell thinks exports should be 40 million tonnes this year.",
    "Mr Dario Pell said the harvest should be good.",
    "Mr Dario Pell said he wanted to see the minister take a bigger role.",  # a person seen acting
]


@pytest.mark.parametrize("name, text, expected", BATTERY, ids=[c[0] for c in BATTERY])
def test_ought_clauses_battery(build_text, name, text, expected):
    assert_held(build_text(text), expected)


@pytest.mark.parametrize("text", NONE)
def test_no_proposal(build_text, text):
    graph = build_text(text)
    assert not any(r in ("supports", "opposes") for _, r, _ in label_triples(graph)), sorted(label_triples(graph))


def test_hindsight_is_no_proposal(build_text):
    # "should have spent it": what was done is judged (a charge against the body, hindsight.py), nothing proposed
    graph = build_text("Dr Dario Pell argued that the Port Authority should have spent the money on tugs.")
    assert not any("should" in o.lower() for _, _, o in label_triples(graph)), sorted(label_triples(graph))
