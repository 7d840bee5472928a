"""Titles and names read from the structure misses of fresh articles (session 27), each tested on sentences of our own.

- A surname that is also a place word ("Hill", "Green", "Hall") is a surname after a title ("Housing Minister Ruth
  Hill") or after a given name the story goes on to address ("Norman Green ... Mr Green"); "Victoria Park" is no one.
- A capitalised run is a bill's or an act's name only where the headword closes it or opens its "of": "Bill Morrow"
  is a person, "the Clean Air Bill" and "the Bill of Rights" are policies.
- "spokeswoman for transport Ann Lee": the lower-case field after "for" runs to the name it comes before.
- "Green shadow regional transport secretary Ann Lee": before a name, the lower-case words of a portfolio are the
  title's ("shadow", a compound noun, an adjective before one), but not a word that only stands before it ("attack
  Tory leader X", "the only Tory MP X").
- "Ann Lee, for the Greens, said": the body a person speaks for between commas is one the person belongs to.
- "For the Greens, Ann Lee said": the body fronted with "For" is the speaker's too ("For years, X said" is no body).
- "Acme chief financial officer Tom Reed": "officer" is an occupation a grade word makes a post, as "economist" is.
- "Lord Vane of Eastfield" is the "Tom Vane" the story names elsewhere, and is labelled so.
- "IMF boss X said": a body's initials open a title at the start of a sentence too (a plain capitalised word there
  may be no name: "Farm leader X said").
"""
from __future__ import annotations

import pytest


def _triples(graph) -> set[tuple[str, str, str]]:
    label = {e.id: e.label for e in graph.entities}
    return {(label[s.subject], s.relation, label[s.object]) for s in graph.statements}


# each case reads one construction: the post a name is given, all the post's words and none but them
@pytest.mark.parametrize("text, person, office", [
    # a surname that is a place word, after a title
    ("Housing Minister Ruth Hill said the scheme would go ahead.", "Ruth Hill", "Housing Minister"),
    ("Chief executive Bill Morrow said the firm would recover.", "Bill Morrow", "Chief executive"),
    ("Transport Secretary Owen Hall said the fares would rise.", "Owen Hall", "Transport Secretary"),
    # the lower-case field after "for" runs to the name
    ("Green Party spokeswoman for transport Ann Lee said the fares were unfair.", "Ann Lee",
     "Green Party spokeswoman for transport"),
    ("The minister for rural affairs Tom Vane said the scheme would go ahead.", "Tom Vane", "minister for rural affairs"),
    # a word that only stands before a title is not the title's
    ("Labour plans to attack Tory leader Tom Vane over the tax.", "Tom Vane", "Tory leader"),
    ("She is the only Conservative MP Ann Lee trusts.", "Ann Lee", "Conservative MP"),
])
def test_the_post_a_name_is_given(build_text, text, person, office):
    assert (person, "holds", office) in _triples(build_text(text))


def test_a_place_word_surname_the_story_addresses_is_a_person(build_text):
    graph = build_text("Norman Green opposed the takeover on Monday. Mr Green said the offer was too low.")
    assert "Norman Green" in {e.label for e in graph.entities if e.type == "person"}


@pytest.mark.parametrize("text, place", [
    ("Victoria Park was closed for the festival. Ann Lee said the closure was wrong.", "Victoria Park"),
    # a place inside a seat's title is no name after the title
    ("Ann Lee, Labour MP for Barnet and Wood Green, said the plan was wrong.", "Wood Green"),
])
def test_a_place_named_like_a_person_stays_a_place(build_text, text, place):
    assert place not in {e.label for e in build_text(text).entities}


@pytest.mark.parametrize("text, policy", [
    ("The Clean Air Bill was attacked by Ann Lee.", "Clean Air Bill"),
    ("The Bill of Rights was attacked by Ann Lee.", "Bill of Rights"),
])
def test_a_bill_named_by_its_headword_is_a_policy(build_text, text, policy):
    assert ("Ann Lee", "opposes", policy) in _triples(build_text(text))


def test_a_given_name_that_is_a_headword_opens_a_persons_name(build_text):
    graph = build_text("Bill Morrow, the union's general secretary, said the pay offer was an insult.")
    assert "Bill Morrow" in {e.label for e in graph.entities if e.type == "person"}
    assert not any(e.type == "position" and "Bill" in e.label for e in graph.entities)


def test_lower_case_portfolio_words_before_a_name_are_the_titles(build_text):
    triples = _triples(build_text("Tory shadow regional transport secretary Ann Lee said the tax was unfair."))
    assert ("Ann Lee", "holds", "shadow regional transport secretary") in triples
    assert ("Ann Lee", "member_of", "Conservative Party") in triples


def test_initials_at_the_start_of_a_sentence_open_a_titles_body(build_text):
    triples = _triples(build_text("WTO boss Ruth Amadi said the tariff plan was unfair."))
    assert ("Ruth Amadi", "member_of", "WTO") in triples


def test_a_plain_capitalised_word_at_the_start_of_a_sentence_opens_no_body(build_text):
    graph = build_text("Farm leader Tom Vane said the tariff plan was unfair.")
    assert not any(e.type == "institution" for e in graph.entities)


def test_a_chief_officer_is_a_post_of_the_body_before_it(build_text):
    triples = _triples(build_text("On Monday, Acme chief financial officer Tom Reed said the deal was off."))
    assert ("Tom Reed", "holds", "Acme chief financial officer") in triples
    assert ("Tom Reed", "member_of", "Acme") in triples


@pytest.mark.parametrize("text, person, body", [
    ("Kirsty Vane, for the Liberal Democrats, said the plan was wrong.", "Kirsty Vane", "Liberal Democrats"),
    ("Tom Reed, for Acme Holdings, said the deal was off.", "Tom Reed", "Acme Holdings"),
    ("For the Liberal Democrats, Ann Lee said the tax was unfair.", "Ann Lee", "Liberal Democrats"),
    ("For Acme Holdings, Tom Reed said the deal was off.", "Tom Reed", "Acme Holdings"),
])
def test_the_body_a_person_speaks_for(build_text, text, person, body):
    assert (person, "member_of", body) in _triples(build_text(text))


@pytest.mark.parametrize("text", [
    "Ann Lee, for the first time, said the plan was wrong.",
    "For years, Tom Reed said the deal was off.",
])
def test_a_time_with_for_is_no_body(build_text, text):
    assert not any(s.relation == "member_of" for s in build_text(text).statements)


def test_a_peer_named_with_a_territorial_designation_is_the_commoner_named_elsewhere(build_text):
    graph = build_text("Tom Vane backed the reform on Monday. Lord Vane of Eastfield said the chamber needed it.")
    assert [e.label for e in graph.entities if e.type == "person"] == ["Tom Vane"]

