"""Actors that take sides as groups: parties named in full, bodies referred back to, members of a group.

Each case is an invented sentence with the construction, run through the real pipeline; it asserts
a (subject label, relation, object label) triple, objects matched by a word they contain.
"""
from __future__ import annotations

import pytest

from conftest import has_triple, label_triples


# --- a party's full name wins over the party its last words name ------------------------------------

PARTY_NAME_CASES = [
    # "Democratic Party" is the tail of another party's name, "Social Democratic Party" the head of one
    ("Ruritania's ruling Liberal Democratic Party rejected the grain levy.", "Liberal Democratic Party"),
    ("The Social Democratic Party of Ruritania rejected the grain levy.", "Social Democratic Party of Ruritania"),
    # a people's name before a party's is no part of it
    ("The British Labour Party rejected the grain levy.", "Labour Party"),
]


@pytest.mark.parametrize("text, party", PARTY_NAME_CASES)
def test_a_longer_party_name_wins(build_text, text, party):
    g = build_text(text)
    assert has_triple(g, party, "opposes", "levy"), label_triples(g)
    assert not any(e.label == "Democratic Party" for e in g.entities), label_triples(g)


def test_a_party_named_in_full_and_by_its_initials_is_one(build_text):
    g = build_text("The ruling Liberal Democratic Party (LDP) rejected the grain levy. The LDP backed the sales tax.")
    assert has_triple(g, "Liberal Democratic Party", "supports", "tax"), label_triples(g)


# --- a body referred back to by the noun its name ends in, a group named by its members --------------

BACK_CASES = [
    # "the commission" is the body named last whose own name ends in "commission"
    ("The Farm Credit Commission met on Monday. The commission rejected the grain levy.",
     "Farm Credit Commission", "opposes", "levy"),
    ("The Harwick Valley Campaign met on Monday. The campaign rejected the grain levy.",
     "Harwick Valley Campaign", "opposes", "levy"),
    # "the group" is the organisation named last
    ("Dunmore Motors Inc reported higher profits. Shares in the group fell. The group backed the emissions levy.",
     "Dunmore Motors Inc", "supports", "levy"),
    # a group named by its members, then referred back to with or without its modifiers
    ("A group of MPs met on Monday. The cross-party group rejected the grain levy.", "group of mps", "opposes",
     "levy"),
    ("A group of MPs met on Monday. The cross-party group rejected the grain levy. The group backed the sales tax.",
     "group of mps", "supports", "tax"),
    ("A group of Ruritanian and Borduvian nations opposed the trade bill.",
     "group of Ruritanian and Borduvian nations", "opposes", "trade bill"),  # the peoples as written
]


@pytest.mark.parametrize("text, subject, relation, obj", BACK_CASES)
def test_bodies_described_back(build_text, text, subject, relation, obj):
    g = build_text(text)
    assert has_triple(g, subject, relation, obj), label_triples(g)


@pytest.mark.parametrize("text", [
    # a name apposed to the group noun is the actor, not the noun
    "Pressure group the Valley Trust opposed the grain levy.",
    "Farmers gave their backing to the growers' group, Valley Trust, and opposed the grain levy.",
])
def test_a_group_noun_before_a_name_is_no_node(build_text, text):
    g = build_text(text)
    assert not any(e.label.endswith("group") for e in g.entities), label_triples(g)


def test_the_commission_is_not_a_body_with_another_name(build_text):
    g = build_text("The Farm Credit Council met on Monday. The commission rejected the grain levy.")
    assert not has_triple(g, "Farm Credit Council", "opposes", "levy"), label_triples(g)


# --- the members a body's list names ------------------------------------------------------------------

MEMBER_CASES = [
    # the body and each member named take its side
    ("The farm committee, including Senators John Smith and Robert Dole, rejected the grain levy.",
     "farm committee", "opposes", "levy"),
    ("The farm committee, including Senators John Smith and Robert Dole, rejected the grain levy.",
     "Robert Dole", "opposes", "levy"),
    # and are its members, whatever party describes them
    ("The farm committee, including Senators John Smith and Robert Dole, rejected the grain levy.",
     "John Smith", "member_of", "committee"),
    ("But the all-party group, including Tories Kenneth Clarke and Sir George Young, Labour's Robin Cook and "
     "Liberal Democrat Paul Tyler, is confident its plan would win support.", "Paul Tyler", "member_of", "group"),
    ("But the all-party group, including Tories Kenneth Clarke and Sir George Young, Labour's Robin Cook and "
     "Liberal Democrat Paul Tyler, is confident its plan would win support.", "Kenneth Clarke", "member_of", "group"),
]


@pytest.mark.parametrize("text, subject, relation, obj", MEMBER_CASES)
def test_listed_members_of_a_body(build_text, text, subject, relation, obj):
    g = build_text(text)
    assert has_triple(g, subject, relation, obj), label_triples(g)


def test_a_party_describing_members_is_no_member(build_text):
    g = build_text("But the all-party group, including Tories Kenneth Clarke and Sir George Young, Labour's Robin Cook "
                   "and Liberal Democrat Paul Tyler, is confident its plan would win support.")
    assert not any(s.relation == "member_of" and s.subject.startswith("institution/") for s in g.statements), \
        label_triples(g)


def test_people_listed_in_a_plural_are_no_body(build_text):
    g = build_text("Ministers, including Karen Dale, rejected the grain levy.")
    assert has_triple(g, "Karen Dale", "opposes", "levy"), label_triples(g)
    assert not any(s.relation == "member_of" for s in g.statements), label_triples(g)


# --- blocs of states named by their number ---------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The G-7 communique failed to calm markets.", "Group of Seven"),
    ("G7 nations have blamed the yuan.", "Group of Seven"),
    ("the Group of Five (G-5) met in 1985", "Group of Five"),
    ("the so-called Group of 24 developing nations said", "Group of 24"),
    ("the G20 group of nations", "Group of Twenty"),
])
def test_numbered_blocs(nlp, text, name):
    from graph.extract.mentions.blocs import numbered_groups
    assert {c for _, _, c in numbered_groups(nlp(text))} == {name}


def test_a_group_named_with_a_capital_is_no_bloc(nlp):
    from graph.extract.mentions.blocs import numbered_groups
    assert not list(numbered_groups(nlp("A Group of Friends of the valley met.")))


def test_a_bloc_written_two_ways_is_one_body(build_text):
    g = build_text("The Group of 24 developing nations met on Monday. The G-24 rejected the western lending strategy. "
                   "They called for vast new assistance.")
    assert has_triple(g, "Group of 24", "opposes", "strategy"), label_triples(g)
    assert has_triple(g, "Group of 24", "supports", "assistance"), label_triples(g)
    assert sum(e.label.startswith("Group of") or e.label.startswith("G") for e in g.entities
               if e.type == "institution") == 1, label_triples(g)


# --- "the party" ------------------------------------------------------------------------------------

PARTY_BACK_CASES = [
    # the party named last
    ("The Green Party met in Leeds on Monday. The party rejected the grain levy.", "Green Party", "opposes", "levy"),
    # the party in the title of the person the clause is about, though another party was named since
    ("Tory leader Karen Dale cancelled her speech to Labour delegates. She stayed in London to lead the party's "
     "opposition to the grain levy.", "Conservative Party", "opposes", "levy"),
]


@pytest.mark.parametrize("text, subject, relation, obj", PARTY_BACK_CASES)
def test_the_party(build_text, text, subject, relation, obj):
    g = build_text(text)
    assert has_triple(g, subject, relation, obj), label_triples(g)


def test_the_party_of_another_is_not_taken(build_text):
    g = build_text("Tory leader Karen Dale cancelled her speech to Labour delegates. She stayed in London to lead the "
                   "party's opposition to the grain levy.")
    assert not has_triple(g, "Labour Party", "opposes", "levy"), label_triples(g)


# --- one body per word of a list before a plural ----------------------------------------------------

DISTRIBUTED_CASES = [
    ("The socialist and communist parties rejected the grain levy.", "socialist party", "opposes", "levy"),
    ("The socialist and communist parties rejected the grain levy.", "communist party", "opposes", "levy"),
    # the one backed by a relative clause's agent is the noun the clause describes
    ("The LDP is challenging the incumbent governor, Karen Dale, who is supported by the opposition socialist and "
     "communist parties.", "communist party", "supports", "Karen Dale"),
    ("Karen Dale, who is supported by the Labour Party, spoke on Monday.", "Labour Party", "supports", "Karen Dale"),
]


@pytest.mark.parametrize("text, subject, relation, obj", DISTRIBUTED_CASES)
def test_distributed_plurals(build_text, text, subject, relation, obj):
    g = build_text(text)
    assert has_triple(g, subject, relation, obj), label_triples(g)


def test_a_plural_with_one_modifier_is_one_body(build_text):
    g = build_text("The opposition parties rejected the grain levy.")
    assert has_triple(g, "opposition parties", "opposes", "levy"), label_triples(g)
    assert not any(e.label.endswith(" party") for e in g.entities), label_triples(g)


# --- those named among a group that acts ------------------------------------------------------------

AMONG_CASES = [
    ("Karen Dale and Tom Ridley were among the MPs who opposed the grain levy.", "Tom Ridley", "opposes", "levy"),
    ("Karen Dale was among those who rejected the grain levy.", "Karen Dale", "opposes", "levy"),
    # the signers of a document hold its side
    ("Karen Dale and Tom Ridley were among the MPs who signed a letter opposing the grain levy.",
     "Karen Dale", "opposes", "levy"),
]


@pytest.mark.parametrize("text, subject, relation, obj", AMONG_CASES)
def test_named_among_a_group(build_text, text, subject, relation, obj):
    g = build_text(text)
    assert has_triple(g, subject, relation, obj), label_triples(g)


# --- joining a body, being a member of one referred back to ------------------------------------------

JOIN_CASES = [
    ("Costa Rica and Peru joined the splinter group, which said it would accept the quota.", "Peru", "member_of",
     "splinter group"),
    ("Karen Dale joined the Labour Party in 1990.", "Karen Dale", "member_of", "Labour Party"),
    ("Karen Dale entered the Cabinet last month.", "Karen Dale", "member_of", "cabinet"),
    ("Karen Dale criticised the Green Party last year. However, she remains a member of the party.", "Karen Dale",
     "member_of", "Green Party"),
]


@pytest.mark.parametrize("text, subject, relation, obj", JOIN_CASES)
def test_joining_and_membership(build_text, text, subject, relation, obj):
    g = build_text(text)
    assert has_triple(g, subject, relation, obj), label_triples(g)


def test_joining_a_state_in_doing_is_no_membership(build_text):
    g = build_text("Britain joined France in opposing the grain levy.")
    assert not any(s.relation == "member_of" for s in g.statements), label_triples(g)


def test_a_group_named_again_with_its_members_is_one(build_text):
    g = build_text("Officials criticised the splinter group of small producers. Peru joined the splinter group. "
                   "Chile backed the splinter group of producers.")
    assert sum(e.label.startswith("splinter group") for e in g.entities) == 1, label_triples(g)


# --- the knowledge these rules use lives in the lexicon --------------------------------------------

@pytest.mark.parametrize("key", ["named_by_members", "distributive_plurals", "authoring_verbs", "membership_verbs",
                                 "group_nouns", "described_bodies"])
def test_group_knowledge_is_documented_in_the_lexicon(key):
    from graph.extract.language.lexicon import load_lexicon
    inst = load_lexicon().institutions
    assert inst[key] and f"`{key}`" in inst["_about"]


def test_described_body_sorts_are_known():
    from graph.extract.language.lexicon import load_lexicon
    sorts = set(load_lexicon().institutions["described_bodies"].values())
    assert sorts <= {"country", "bank", "company", "body", "named", "party"}


def test_the_blocs_module_keeps_no_word_sets():
    import ast
    from pathlib import Path
    import graph
    tree = ast.parse((Path(graph.__file__).parent / "extract" / "mentions/blocs.py").read_text(encoding="utf-8"))
    literals = [n for n in tree.body if isinstance(n, ast.Assign) and isinstance(n.value, (ast.Set, ast.List, ast.Tuple))
                and any(isinstance(t, ast.Name) and t.id != "__all__" for t in n.targets)]
    assert not literals
