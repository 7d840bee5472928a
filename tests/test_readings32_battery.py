"""Readings of session 32, each tested on sentences of our own.

- a title opened by a bare noun for a sort of body ("Committee chairman Ann Roe", "union leader Tom Vane") is a post
  in the one body of that sort the story named before it, however far back: a committee by a name that ends in
  "Committee", a union by a name of working people; the post is that body's ("Vale Select Committee chairman").
  With two bodies of the sort, or none, the title says no more; nor does a noun for a company, which a story
  about one firm names beside others too often to tell.
- the body a title serves, named by a noun for its sort with the name apposed ("spokeswoman for the campaign group
  Clean Air"), is the named body, as "spokeswoman for Clean Air" is.
- "New" that opens a place's name before a title is the place's ("New York Senator", "New Zealand Prime Minister"),
  not the adjective a title drops ("the new Tory leader", "New Home Secretary Tom Vane").
- a party written as one word with "ex-" before a title ("Ex-Labour leader", "an ex-Tory minister") is the party,
  and the holder its (former) member.
- an occupation a named body owns is a post in it ("Tom Vane, Labour's election strategist", "Acme's economist"),
  as one with a grade word is ("chief economist"); a plural is its staff, no post.
- a body led in the passive ("the Vale Committee, chaired by Ann Roe", "the Kestrel Group is run by Tom Vane") has
  its leader in it, as "Ann Roe chairs the Vale Committee" does; what is no body ("the talks, chaired by X") none.
"""
from __future__ import annotations

import pytest

_FAR = "Mr Smith agreed. He said more was needed. Others disagreed. "


@pytest.mark.parametrize("text, holder, body", [
    ("The Vale Select Committee said the scheme was a waste of money. " + _FAR +
     "Committee chairman Ann Roe said the scheme had failed.", "Ann Roe", "Vale Select Committee"),
    ("The Mine Workers Union called a strike at Kestrel Motors on Monday. Union leader Tom Vane said the pay offer "
     "was unfair.", "Tom Vane", "Mine Workers Union"),
    ("Harlow District Council voted on Monday. Council leader Ann Roe said the vote was fair.", "Ann Roe",
     "Harlow District Council"),
])
def test_a_title_opened_by_a_sort_of_body_is_a_post_in_that_body(structure_of, text, holder, body):
    structure = structure_of(text)
    assert (holder, "member_of", body) in structure, sorted(structure)


def test_the_post_is_named_for_its_body(structure_of):
    structure = structure_of("The Vale Select Committee met on Monday. Committee chairman Ann Roe said the report "
                             "was fair.")
    assert ("Ann Roe", "holds", "Vale Select Committee chairman") in structure, sorted(structure)
    assert ("Ann Roe", "holds", "Committee chairman") in structure, sorted(structure)  # the title as written


@pytest.mark.parametrize("text", [
    # two committees: which one the chairman heads is not said
    "The Vale Committee and the Harlow Committee met on Monday. Committee chairman Ann Roe said the talks were useful.",
    # no committee named before
    "Committee chairman Ann Roe said the report was fair.",
    # a company's noun: a story names other firms beside its own
    "Shares in Kestrel Airways rose after the Daily Courier praised it. Company president Ann Roe said sales were "
    "strong.",
])
def test_an_unclear_sort_of_body_gives_no_membership(structure_of, text):
    structure = structure_of(text)
    assert not any(h == "Ann Roe" and r == "member_of" for h, r, _ in structure), sorted(structure)


@pytest.mark.parametrize("text, body", [
    ("Ann Roe, spokeswoman for the campaign group Clean Air, said the plan was flawed.", "Clean Air"),
    ("Tom Vane, spokesman for the pressure group Open Roads, said the toll was unfair.", "Open Roads"),
])
def test_a_served_body_named_by_apposition(structure_of, text, body):
    structure = structure_of(text)
    holder = text.split(",")[0]
    assert (holder, "member_of", body) in structure, sorted(structure)


@pytest.mark.parametrize("text, holder, post", [
    ("New York Senator Ann Roe said the tax was unfair.", "Ann Roe", "New York Senator"),
    ("New Zealand Prime Minister Tom Vane said the deal was fair.", "Tom Vane", "New Zealand Prime Minister"),
])
def test_new_opening_a_place_name_stays_in_the_title(structure_of, text, holder, post):
    structure = structure_of(text)
    assert (holder, "holds", post) in structure, sorted(structure)
    assert not any(name.startswith(("York", "Zealand")) for _, _, name in structure), sorted(structure)


def test_a_new_holder_is_no_place(structure_of):
    structure = structure_of("New Home Secretary Tom Vane backed the plan.")
    assert ("Tom Vane", "holds", "Home Secretary") in structure, sorted(structure)
    assert not any("New" in name for _, _, name in structure), sorted(structure)


@pytest.mark.parametrize("text, holder, party", [
    ("Ex-Labour leader Tom Hale spoke in Leeds on Monday.", "Tom Hale", "Labour Party"),
    ("The ex-Tory minister Ann Roe backed the plan.", "Ann Roe", "Conservative Party"),
])
def test_an_ex_party_title_names_the_party(structure_of, build_text, text, holder, party):
    structure = structure_of(text)
    assert (holder, "member_of", party) in structure, sorted(structure)
    labels = [e.label for e in build_text(text).entities if e.type == "institution"]
    assert labels == [party], labels  # one node, the party's, none named "Ex-Labour"


@pytest.mark.parametrize("text, holder, body", [
    ("Tom Vane, Labour's election strategist, said the plan was sound.", "Tom Vane", "Labour Party"),
    ("Ann Roe, Kestrel Bank's economist, said rates would rise.", "Ann Roe", "Kestrel Bank"),
])
def test_an_occupation_a_body_owns_is_a_post(structure_of, text, holder, body):
    structure = structure_of(text)
    assert (holder, "member_of", body) in structure, sorted(structure)
    assert any(h == holder and r == "holds" for h, r, _ in structure), sorted(structure)


def test_an_owned_post_keeps_its_own_title_words(structure_of):
    structure = structure_of("Acme's new chief executive, Tom Vane, said the plan was sound.")
    assert ("Tom Vane", "holds", "Acme chief executive") in structure, sorted(structure)
    assert not any("new" in name.split() for _, _, name in structure), sorted(structure)


@pytest.mark.parametrize("text, holder, body", [
    ("The Vale Committee, chaired by Ann Roe, said the plan was flawed.", "Ann Roe", "Vale Committee"),
    ("The Kestrel Group is run by Tom Vane.", "Tom Vane", "Kestrel Group"),
])
def test_a_body_led_in_the_passive_has_its_leader_in_it(structure_of, text, holder, body):
    structure = structure_of(text)
    assert (holder, "member_of", body) in structure, sorted(structure)


def test_what_is_no_body_has_no_leader_in_it(structure_of):
    structure = structure_of("The talks, chaired by Ann Roe, broke down on Monday.")
    assert not any(r == "member_of" for _, r, _ in structure), sorted(structure)
