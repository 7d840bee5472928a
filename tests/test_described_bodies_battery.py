"""The battery of bodies a story describes or names by their kind, and of posts a person is put in: a board,
panel or tribunal the words before it say which of ("the appeals tribunal", "Greystone Mining's board"), an
organisation whose name opens on its kind and "of" ("the Institute of Surveyors", not the surveyors' post), a
name ending in "Guild", "Society" or "League", and "was elected mayor", "who was named finance director",
"became chief executive of X" (institutions.json `described_heads`, `body_adjectives`, `kinds`; offices.json
`appointment_verbs`). Invented sentences; each with the sides a careful reader takes, as (holder, relation,
target) label fragments, and "!holder" for a side no one takes there."""
from __future__ import annotations

import pytest

from conftest import assert_held, label_triples

SIDES = [
    # --- a board, panel or tribunal the words before it say which of
    ("Greystone Mining's board rejected the takeover offer from Kalvo.",
     [("greystone mining board", "opposes", "takeover offer"), ("kalvo", "supports", "takeover offer")]),
    ("The board of Alder Foods has endorsed the share buyback.",
     [("alder foods board", "supports", "share buyback")]),
    ("An independent review panel has backed the pay rise for nurses.",
     [("review panel", "supports", "pay rise")]),
    ("The appeals tribunal rejected the new fee scheme for migrant workers.",
     [("appeals tribunal", "opposes", "fee scheme")]),
    ("The water company's board criticised the price cap.",
     [("board", "opposes", "price cap")]),
    ("The schools panel criticised the exam reform. The panel said the testing plan was unfair.",
     [("schools panel", "opposes", "exam reform")]),
    ("The city's transport authority rejected the proposal for a new toll.",
     [("transport authority", "opposes", "toll")]),
    ("The regional health authority criticised the closure of the maternity ward.",
     [("health authority", "opposes", "closure")]),
    # --- not a side, or no body
    ("The mayor used her authority to back the toll, and the council's authority backed the tram plan.",
     [("!authority", "supports", "tram plan")]),
    ("The appeals tribunal did not reject the fee scheme.",
     [("!tribunal", "opposes", "fee scheme")]),
    ("Will the schools panel back the exam reform?",
     [("!panel", "supports", "exam reform")]),
    ("If the review panel backs the pay deal, nurses will get more.",
     [("!panel", "supports", "pay deal")]),
    ("A board rejected the takeover offer on Monday.",
     [("!board", "opposes", "takeover offer")]),
    # --- a body whose name opens on its kind and "of", or ends in a kind of society
    ("The Institute of Surveyors welcomed the planning reform.",
     [("institute of surveyors", "supports", "planning reform")]),
    ("The Association of Chief Fire Officers backed the new smoke alarm rules.",
     [("association of chief fire officers", "supports", "smoke alarm rules")]),
    ("The Tenants Guild opposed the rent rise in the city.",
     [("tenants guild", "opposes", "rent rise")]),
    ("Growers, including the Orchard Society and the Hop League, condemned the fruit levy.",
     [("orchard society", "opposes", "fruit levy"), ("hop league", "opposes", "fruit levy")]),
]


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=t[:40]) for t, e in SIDES])
def test_described_bodies_battery(build_text, text, expected):
    assert_held(build_text(text), expected)


def test_a_name_before_the_board_makes_one_board_per_body(build_text):
    """Two boards of two named firms are two bodies, each labelled with its owner's name."""
    g = build_text("Greystone Mining's board backed the merger. Kalvo's board rejected the merger.")
    labels = {e.label for e in g.entities if e.type == "institution"}
    assert {"Greystone Mining board", "Kalvo board"} <= labels, labels


def test_a_bare_panel_points_back_at_the_panel_described(build_text):
    """ "the schools panel ... the panel": one body, the one described last by that noun."""
    g = build_text("The schools panel met on Monday. The housing panel met on Tuesday. The panel rejected the rent cap.")
    assert ("housing panel", "opposes", "rent cap") in label_triples(g), sorted(label_triples(g))


HOLDS = [
    ("Maria Sand was elected mayor of Eastvale in 2001. She backed the tram plan.", "Maria Sand", "mayor of Eastvale"),
    ("Piet Ruud, who was named finance director in March, left the firm on Friday.", "Piet Ruud", "finance director"),
    ("Lena Holm was appointed chairman of Norvik Shipping last year.", "Lena Holm", "chairman of Norvik Shipping"),
    ("Oskar Lind became chief executive of Tarvo Foods in May.", "Oskar Lind", "chief executive of Tarvo Foods"),
    ("Janet Moss was re-elected president of the Dockers Guild on Sunday.", "Janet Moss", "president"),
]


@pytest.mark.parametrize("text, person, office", [pytest.param(*c, id=c[0][:40]) for c in HOLDS])
def test_put_in_a_post(build_text, text, person, office):
    triples = label_triples(build_text(text))
    assert any(s == person and r == "holds" and office in o for s, r, o in triples), sorted(triples)


@pytest.mark.parametrize("text", [
    "Maria Sand is expected to be named chairman of Norvik Shipping next week.",
    "Piet Ruud will be elected mayor of Eastvale if the vote goes his way.",
    "Lena Holm was not appointed chairman of Norvik Shipping.",
    "Oskar Lind was made an honorary Knight of the Lion in 2002.",
])
def test_not_put_in_a_post(build_text, text):
    """A post only hoped for, denied, or an honour, is none the person holds."""
    triples = label_triples(build_text(text))
    assert not any(r == "holds" for s, r, o in triples), sorted(triples)


def test_a_post_before_the_body_is_still_a_post(build_text):
    """A title of 'X of Y' outside a body's name stays a post: "Secretary of State for Transport Ann Lee"."""
    triples = label_triples(build_text("Secretary of State for Transport Ann Lee backed the road toll."))
    assert any(s == "Ann Lee" and r == "holds" for s, r, o in triples), sorted(triples)


CENTRAL_BANKS = [
    # --- a state's central bank is a body of its own, and "the central bank" the one named last
    ("Chile's central bank criticised the debt plan. The central bank said the plan would fail.",
     [("chile central bank", "opposes", "debt plan")]),
    ("The Peruvian central bank rejected the currency peg.",
     [("central bank", "opposes", "currency peg")]),
    ("The Bundesbank left its discount rate unchanged. The central bank said it opposed a cut in interest rates.",
     [("bundesbank", "opposes", "cut in interest rates")]),
    ("The Bank of Canada kept rates on hold. The central bank backed the stimulus package.",
     [("bank of canada", "supports", "stimulus package")]),
    ("The Riksbank, Sweden's central bank, opposed the rate cut.",
     [("riksbank", "opposes", "rate cut")]),
    # a commercial bank named before is no central bank
    ("Kestrel Bank cut its growth forecast. The central bank opposed the rate cut.",
     [("!kestrel bank", "opposes", "rate cut")]),
]


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=t[:40]) for t, e in CENTRAL_BANKS])
def test_central_banks(build_text, text, expected):
    assert_held(build_text(text), expected)


def test_a_central_bank_is_not_its_state(build_text):
    """ "Chile's central bank" takes its own side, not Chile's."""
    g = build_text("Chile's central bank criticised the debt plan.")
    assert {s for s, r, o in label_triples(g) if r == "opposes"} == {"Chile central bank"}, sorted(label_triples(g))


@pytest.mark.parametrize("text", [
    "Lars Berg, a board member of Sweden's central bank, the Riksbank, said the rate cut was wrong.",
    "The Riksbank, Sweden's central bank, said the rate cut was wrong.",
])
def test_a_central_bank_apposed_to_its_name_is_one_body(build_text, text):
    """A state's central bank and the name apposed to it are one body, however the parser hangs the name."""
    labels = {e.label for e in build_text(text).entities if e.type == "institution"}
    assert "Riksbank" in labels and not any("central bank" in x for x in labels), labels


def test_a_central_bank_listed_beside_a_bank_is_not_that_bank(build_text):
    g = build_text("Kestrel Bank, Sweden's central bank and the finance ministry all opposed the rate cut.")
    kestrel = next(e for e in g.entities if e.label == "Kestrel Bank")
    assert not any("central bank" in a for a in kestrel.aliases), kestrel


def test_the_firm_is_the_body_the_story_called_a_firm(build_text):
    # "sportswear firm Ardley": the name the story gave the noun, though another company was named since
    graph = build_text("Sportswear firm Ardley lost its deal with Rovers. Rovers signed with Kestrel Sports. "
                       "The firm opposed the planned merger of the two leagues.")
    sides = label_triples(graph)
    assert ("Ardley", "opposes", "planned merger of the two leagues") in sides, sides
