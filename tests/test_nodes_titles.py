"""Posts named in unusual forms: titles joined to a held one, and the like.

Every sentence here is invented; each stands for a class of construction, not for an article.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("On Monday, Pia Hallberg, deputy chair of the Nordic Council and also Minister for Fisheries, "
     "said the quota was fair.",
     {("Pia Hallberg", "holds", "Minister for Fisheries")}),
    ("Lars Moen, chairman and chief executive of Moen Shipping, agreed.",
     {("Lars Moen", "holds", "chief executive of Moen Shipping")}),
], ids=["and-also", "chairman-and"])
def test_a_title_joined_to_a_held_one_is_held_too(structure_of, text, expected):
    assert expected <= structure_of(text)


def test_joined_plural_titles_are_no_one_post(structure_of):
    # "ministers" names many holders: no one of them holds it
    got = structure_of("Ana Ruiz, the party leader, and several ministers met on Friday.")
    assert not any(o == "ministers" for _, r, o in got if r == "holds")


@pytest.mark.parametrize("text, expected", [
    ("Rep. Tom Hale, D-Tex., head of the Tarrow Institute, disagreed.",
     {("Tom Hale", "holds", "head of the Tarrow Institute"), ("Tom Hale", "member_of", "Tarrow Institute")}),
    ("Sen. Ann Marsh, R-Iowa, chairman of the Senate Finance subcommittee on trade, said the bill would pass.",
     {("Ann Marsh", "holds", "chairman of the Senate Finance subcommittee on trade"),
      ("Ann Marsh", "member_of", "Senate Finance subcommittee")}),
], ids=["party-label-between", "legislature-subcommittee"])
def test_a_title_apposed_past_a_party_label(structure_of, text, expected):
    assert expected <= structure_of(text)


def test_a_state_post_is_not_the_holders_institute(build_text):
    # "Rep." is a post of the state: the institute the same person heads does not scope it
    g = build_text("Rep. Tom Hale, D-Tex., head of the Tarrow Institute, disagreed.")
    assert not any(e.type == "office" and "Tarrow" in e.label and "Representative" in e.label for e in g.entities)


def test_a_bare_role_speaks_for_the_body_just_quoted(structure_of):
    got = structure_of('The Ferris Harbour Campaign said the plan was a step forward. '
                       '"It is clear enough to be put to a vote," said co-ordinator Jan Moss.')
    assert ("Jan Moss", "member_of", "Ferris Harbour Campaign") in got


@pytest.mark.parametrize("text", [
    'The Ferris Harbour Campaign said the plan was a step forward. "It is a fair start," said Chancellor Tom Vale.',
    'The Ferris Harbour Campaign said the plan was a step forward. Director Tom Vale of the Alder Trust '
    'disagreed, and Ann Lee, who leads no body, said nothing.',
], ids=["formal-post", "not-quoted"])
def test_no_body_for_a_formal_post_or_an_unquoted_person(structure_of, text):
    got = structure_of(text)
    assert not any(r == "member_of" and o == "Ferris Harbour Campaign" for _, r, o in got)


def test_the_place_a_body_is_based_in_is_no_part_of_the_post(structure_of):
    got = structure_of("John Marr, president of Dallas, Texas-based Vantec Corp, said sales rose.")
    assert ("John Marr", "member_of", "Vantec Corp") in got
    assert not any(o.startswith("president of Dallas") and o.endswith("Dallas") for _, r, o in got)


def test_a_former_post_describes_the_person_just_named(structure_of):
    text = ("Former Welsh Office minister Sir Alan Vale has died at his home, his family said. "
            "The former Liberal MP for Bristol North died after a long illness.")
    got = structure_of(text)
    assert ("Sir Alan Vale", "holds", "Liberal MP for Bristol North") in got


def test_a_present_post_after_a_titled_name_is_someone_elses(structure_of):
    # "one description per person just named": a second, present title is another person's
    text = ("Trade minister Sir Alan Vale defended the tariff on Monday. "
            "The prime minister said the tariff would stay.")
    got = structure_of(text)
    assert ("Sir Alan Vale", "holds", "prime minister") not in {(a, r, o.lower()) for a, r, o in got}


def test_a_hyphened_title_the_tagger_calls_an_adjective(nlp):
    # in a list of posts and names the tagger may make "director-general" an adjective: still the post
    from graph.extract.language.lexicon import load_lexicon
    from graph.extract.language.nlp import parse
    from graph.extract.mentions.spans import _sent_index
    from graph.extract.language.text import article_from_text
    from graph.extract.mentions.titles import _office_mentions

    parsed = parse(article_from_text("Staff cheered as director-general Ann Lyle left.", name="snippet"), nlp)
    k = next(t.i for t in parsed.doc if t.lower_ == "director-general")
    parsed.doc[k].pos_ = "ADJ"
    found = [m.text for m in _office_mentions(parsed, load_lexicon(), _sent_index(parsed.doc))]
    assert found == ["director-general"]


def test_a_title_given_only_later_does_not_block_a_description(structure_of):
    text = ("Ports should drop the levy, Ann Vale has said. The European commissioner was speaking after talks in "
            "Oslo. In 1999 Ann Vale, then trade director of Nordline, met the unions.")
    got = structure_of(text)
    assert ("Ann Vale", "holds", "European commissioner") in got


def test_a_bare_role_speaks_for_the_body_that_just_acted(structure_of):
    got = structure_of('Fares rose in May. The Harbour Rights Trust also questioned whether the fares were '
                       'fair. "We think an inquiry is needed," said director Mary Fenwick.')
    assert ("Mary Fenwick", "member_of", "Harbour Rights Trust") in got
