"""Actors that are not named people (states, bodies, collectives) and several holders of one verb.

Each case is an invented sentence with the construction, run through the real pipeline; it asserts
a (subject label, relation, object label) triple, objects matched by a word they contain.
"""
from __future__ import annotations

import pytest

from conftest import has_triple, label_triples


# --- the gazetteer of states -----------------------------------------------------------------------

@pytest.mark.parametrize("surface, state", [
    ("U.S.", "United States"),
    ("the Netherlands", "Netherlands"),
    ("Holland", "Netherlands"),
    ("South Korea", "South Korea"),  # ISO "Korea, Republic of": the common name
    ("Iran", "Iran"),
    ("Viet Nam", "Vietnam"),
    ("USSR", "Soviet Union"),  # a withdrawn ISO code: historic states act in old wires
    ("Zaire", "Zaire"),
    ("West Germany", "West Germany"),
    ("Britain", "United Kingdom"),
    ("Ivory Coast", "Ivory Coast"),
    ("Paraguay", "Paraguay"),  # any ISO state, not a hand-kept few
])
def test_country_names(surface, state):
    from graph.extract.language.lexicon import load_lexicon
    assert load_lexicon().country_of(surface) == state


def test_demonyms_and_seats():
    from graph.extract.language.lexicon import load_lexicon
    c = load_lexicon().countries
    assert c.of_demonym("the Soviets") == "Soviet Union"
    assert c.of_demonym("Japanese") == "Japan"
    assert c.of_capital("Bonn") == ("West Germany",)
    assert c.of("Springfield") is None


# --- states acting ---------------------------------------------------------------------------------

STATE_CASES = [
    ("Paraguay rejected the grain levy on Tuesday.", "Paraguay", "opposes", "levy"),
    # a people for its state, a seat of government for its state
    ("The Soviets rejected the grain levy.", "Soviet Union", "opposes", "levy"),
    ("Ottawa rejected the grain levy, officials said.", "Canada", "opposes", "levy"),
    # a state taken sides with
    ("Chile and Peru backed Ecuador during the fishing talks.", "Chile", "supports", "Ecuador"),
    ("Chile and Peru backed Ecuador during the fishing talks.", "Peru", "supports", "Ecuador"),
]


@pytest.mark.parametrize("text, subject, relation, obj", STATE_CASES)
def test_states_act(build_text, text, subject, relation, obj):
    g = build_text(text)
    assert has_triple(g, subject, relation, obj), label_triples(g)


def test_a_city_mentioned_as_a_place_is_no_node(build_text):
    g = build_text("Karen Dale rejected the grain levy in Ottawa on Tuesday.")
    assert not any(e.label in ("Ottawa", "Canada") for e in g.entities)


def test_an_adjective_of_a_people_is_no_state(build_text):
    g = build_text("Karen Dale rejected the levy on Japanese cars.")
    assert not any(e.label == "Japan" for e in g.entities)


# --- several holders of one verb -------------------------------------------------------------------

HOLDER_CASES = [
    # coordinated subjects, the second one a state named in two words
    ("Chile and New Zealand were firmly against the grain levy.", "New Zealand", "opposes", "levy"),
    # a list the parser hangs off its first name as an apposition
    ("The grain levy was supported by Chile, the Netherlands, New Zealand and Peru.", "Netherlands",
     "supports", "levy"),
    ("The grain levy was supported by Chile, the Netherlands, New Zealand and Peru.", "Peru", "supports", "levy"),
    # the agents of a participle of alliance hold the stance with the subject
    ("Chile and Peru, backed by Norway and Denmark, opposed the grain levy.", "Norway", "opposes", "levy"),
    ("Chile and Peru, backed by Norway and Denmark, opposed the grain levy.", "Denmark", "opposes", "levy"),
    ("Chile and Peru, backed by Norway and Denmark, opposed the grain levy.", "Peru", "opposes", "levy"),
    ("Large producers, led by Chile, proposed a grain levy.", "Chile", "supports", "levy"),
]


@pytest.mark.parametrize("text, subject, relation, obj", HOLDER_CASES)
def test_several_holders(build_text, text, subject, relation, obj):
    g = build_text(text)
    assert has_triple(g, subject, relation, obj), label_triples(g)


# --- a group or a body referred back to ------------------------------------------------------------

ANAPHORA_CASES = [
    # "they" after a coordinated subject is every actor of it
    ("Chile and Peru met in Lima on Monday. They rejected the grain levy.", "Chile", "opposes", "levy"),
    ("Chile and Peru met in Lima on Monday. They rejected the grain levy.", "Peru", "opposes", "levy"),
    # a bare definite noun for a sort of body points back to the last body of that sort
    ("Harwick Bank reported higher profits on Monday. The bank opposed the windfall levy.",
     "Harwick Bank", "opposes", "levy"),
    ("Dunmore Motors Inc reported higher profits. The company backed the emissions levy.",
     "Dunmore Motors Inc", "supports", "levy"),
    ("Paraguay hosted the summit. The country rejected the grain levy.", "Paraguay", "opposes", "levy"),
    # a sentence that opens on "it" goes on about the body its predecessor was about
    ("The Farm Credit Council met on Tuesday. It rejected the grain levy.", "Farm Credit Council", "opposes", "levy"),
    # a document speaks for its authors
    ("A report by the Farm Credit Council called for a grain levy.", "Farm Credit Council", "supports", "levy"),
]


@pytest.mark.parametrize("text, subject, relation, obj", ANAPHORA_CASES)
def test_bodies_referred_back_to(build_text, text, subject, relation, obj):
    g = build_text(text)
    assert has_triple(g, subject, relation, obj), label_triples(g)


@pytest.mark.parametrize("text", [
    # an extraposed "it" is about nothing
    "The Farm Credit Council met on Tuesday. It is important to reject the grain levy.",
    # "the Japanese company" is another company than the one last named
    "Dunmore Motors Inc reported higher profits. The Japanese company backed the emissions levy.",
])
def test_no_referent(build_text, text):
    g = build_text(text)
    assert not any(s.subject.endswith(("farm-credit-council", "dunmore-motors-inc")) and s.relation in
                   ("supports", "opposes") for s in g.statements), label_triples(g)


# --- bodies named by their seat, by a collective noun, or by "its" ----------------------------------

BODY_CASES = [
    ("Downing Street defended the windfall levy on Monday.", "Downing Street", "supports", "levy"),
    ("Ministers said No 10 rejected the windfall levy.", "Downing Street", "opposes", "levy"),
    ("The Kremlin rejected the grain levy.", "Kremlin", "opposes", "levy"),
    # collective actors named by a plural noun
    ("The opposition parties are campaigning to scrap the grain levy.", "opposition parties", "opposes", "levy"),
    ("Airlines have attacked the fuel levy.", "airlines", "opposes", "levy"),
    # "its" is the body of its clause
    ("If the Farm Credit Council reverses its plan to merge the regiments, critics will cheer.",
     "Farm Credit Council", "supports", "merge"),
]


@pytest.mark.parametrize("text, subject, relation, obj", BODY_CASES)
def test_bodies_acting(build_text, text, subject, relation, obj):
    g = build_text(text)
    assert has_triple(g, subject, relation, obj), label_triples(g)


def test_a_seat_gone_to_is_no_node(build_text):
    g = build_text("Karen Dale went back to Downing Street and rejected the grain levy.")
    assert not any(e.label == "Downing Street" for e in g.entities)


def test_parties_in_general_are_no_side(build_text):
    g = build_text('The Farm Credit Council has warned both parties against "pandering to prejudice".')
    assert not any(e.label == "parties" for e in g.entities), label_triples(g)


# --- a state's government is the state -------------------------------------------------------------

GOVERNMENT_CASES = [
    ("The Japanese government rejected the grain levy.", "Japan", "opposes", "levy"),
    # a state's delegation at a negotiation speaks for the state
    ("The Canadian delegation called for a freeze on fishing quotas.", "Canada", "supports", "freeze on fishing quotas"),
    ("The Italian delegation rejected the new steel quota.", "Italy", "opposes", "steel quota"),
    ("The West German government and the Dutch government rejected the grain levy.", "West Germany", "opposes",
     "levy"),
    ("The West German government and the Dutch government rejected the grain levy.", "Netherlands", "opposes",
     "levy"),
    ("Japan's government backed the grain levy.", "Japan", "supports", "levy"),
    # a modifier's own modifiers are part of a collective's name
    ("Animal welfare groups have welcomed the hunting ban.", "animal welfare groups", "supports", "ban"),
]


@pytest.mark.parametrize("text, subject, relation, obj", GOVERNMENT_CASES)
def test_governments_of_states(build_text, text, subject, relation, obj):
    g = build_text(text)
    assert has_triple(g, subject, relation, obj), label_triples(g)


def test_the_government_of_the_one_state_named(build_text):
    g = build_text("The South Korean government ordered banks to cut loans. "
                   "The government rejected the grain levy on Tuesday.")
    assert has_triple(g, "South Korea", "opposes", "levy"), label_triples(g)
    assert not any(e.label == "government" for e in g.entities)


def test_a_party_government_is_no_state(build_text):
    g = build_text("The Labour government rejected the grain levy.")
    assert not any(e.type == "institution" and e.label == "United Kingdom" for e in g.entities), label_triples(g)


@pytest.mark.parametrize("text", [
    "The Canadian delegation did not reject the fishing quotas.",
    "A delegation of dock workers rejected the fishing quotas.",
])
def test_delegation_not_a_state(build_text, text):
    # negated, or a delegation of no state's people: no state takes the side
    g = build_text(text)
    assert not any(e.label in ("Canada", "United Kingdom") for e in g.entities
                   if any(s.subject == e.id and s.relation == "opposes" for s in g.statements)), label_triples(g)
