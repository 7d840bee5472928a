"""Readings of session 33, each tested on sentences of our own: a post said of its holder with "as" or in a clause of
time (structure/descriptions.py).

- "As transport secretary, Tom Vane cut rail subsidies": the subject of any verb acts in the post "as" names; only a
  verb that puts someone in a post, replaces or ousts them ("named Ann Roe as chairman", "replaced Ann Roe as
  chairman", "sacked Tom Vane as chairman") gives it to its object. Before, any object took the post ("cut rail subsidies" as transport secretary: no one).
- "when he was transport secretary": a clause of time tells a post held then; one of condition ("if he were") or a
  to-clause ("hopes to be") only a post supposed.
- "Tom Vane became chancellor": a bare title after "become" or "remain" names a post as after "be"; "was sworn in
  as president": the passive's subject is the one put in the post.
- "joined the board of Kestrel Airways", "the Kestrel Airways board": who joins a part only a body has joins the body;
  a state that joins a union of states is in it ("Spain joined the European Union"); a joining only sought, foretold
  or talked about ("Turkey's bid to join", "will join", "talk about Turkey entering") puts no one in. "Tom Vane, a
  Green Party member": the body the compound names before "member".
- "Ann Roe's first day as transport secretary", "during Vane's time as chancellor": a named owner of a time in post held
  it; not "his", whose antecedent is as often another's ("worked with him in his second term as president").
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, holder, post", [
    ("As transport secretary in the 1990s, Tom Vane cut rail subsidies.", "Tom Vane", "transport secretary"),
    ("Tom Vane cut rail subsidies when he was transport secretary.", "Tom Vane", "transport secretary"),
    ("Tom Vane cut rail subsidies while he was transport secretary.", "Tom Vane", "transport secretary"),
    ("It was Ann Roe's first day as transport secretary.", "Ann Roe", "transport secretary"),
    ("During Tom Vane's time as transport secretary, fares rose.", "Tom Vane", "transport secretary"),
    ("Tom Vane replaced Ann Roe as chairman of Kestrel Airways.", "Ann Roe", "chairman of Kestrel Airways"),
    ("Acme named Ann Roe as its chairman.", "Ann Roe", "chairman"),
    # a bare title after "become", and the passive of a verb that puts one in a post
    ("Tom Vane became chancellor in 1997.", "Tom Vane", "chancellor"),
    ("Tom Vane, who became chancellor in 1997, said the plan was fair.", "Tom Vane", "chancellor"),
    ("Tom Vane was sworn in as president of Norland on Monday.", "Tom Vane", "president of Norland"),
    # the one ousted or sacked held the post, ousted yet or not
    ("The board sacked Tom Vane as chairman of Kestrel Airways.", "Tom Vane", "chairman of Kestrel Airways"),
    ("Ann Roe is preparing to oust Tom Vane as the party's election chief.", "Tom Vane", "election chief"),
])
def test_a_post_said_with_as_or_in_a_clause_of_time_is_held(structure_of, text, holder, post):
    structure = structure_of(text)
    assert (holder, "holds", post) in structure, sorted(structure)


@pytest.mark.parametrize("text, member, body", [
    ("Ann Roe joined the board of Kestrel Airways in 2003.", "Ann Roe", "Kestrel Airways"),
    ("Ann Roe, who joined the Kestrel Airways board last year, said the plan was fair.", "Ann Roe", "Kestrel Airways"),
    ("Ann Roe joined the Cabinet in 2003.", "Ann Roe", "Cabinet"),
    ("Spain joined the European Union in 1986.", "Spain", "European Union"),  # a union of states, a state elsewhere
    ("Tom Vane, a Green Party member, said the plan was fair.", "Tom Vane", "Green Party"),
])
def test_who_joins_a_body_or_its_board_is_in_the_body(structure_of, text, member, body):
    structure = structure_of(text)
    assert (member, "member_of", body) in structure, sorted(structure)


@pytest.mark.parametrize("text, member", [
    ("Turkey's bid to join the European Union was discussed.", "Turkey"),
    ("Borduvia will join the European Union next year.", "Borduvia"),
    ("Ann Roe met Tom Vane to talk about Turkey entering the European Union.", "Turkey"),
])
def test_a_joining_sought_foretold_or_talked_about_gives_no_membership(structure_of, text, member):
    structure = structure_of(text)
    assert not any(m == member and r == "member_of" for m, r, _ in structure), sorted(structure)


@pytest.mark.parametrize("text, holder", [
    # the verb's object is no holder unless the verb puts it in the post
    ("As transport secretary, Ann Roe praised Tom Vane.", "Tom Vane"),
    # one recruited only in an attempt, a condition, a hope: no post held
    ("Ann Roe said the agency had tried to recruit Tom Vane as an agent.", "Tom Vane"),
    ("Tom Vane would cut rail subsidies if he were made transport secretary.", "Tom Vane"),
    ("Tom Vane hopes to be transport secretary.", "Tom Vane"),
    # a pronoun's time in post: whose, the sentence does not say
    ("Ann Roe said she had worked with Tom Vane in his second term as chancellor.", "Tom Vane"),
])
def test_no_post_for_one_the_sentence_does_not_put_in_it(structure_of, text, holder):
    structure = structure_of(text)
    assert not any(h == holder and r == "holds" for h, r, _ in structure), sorted(structure)
