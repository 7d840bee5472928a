"""Holders that are no name (graph/extract/reference/actors.py): a plural of a body's people with the body before it
("G9 nations have blamed X", "Ruritanian army planners ruled out Y") acts as the body, and a document named by
its body ("the Bloc communique", then "the communique, which ...") speaks for it. Invented sentences through the
real pipeline."""
from __future__ import annotations

import pytest

from conftest import has_triple, label_triples

CASES = [
    ("Ruritania faces pressure to drop its currency peg. G9 nations have criticised the currency peg.", "G9",
     "opposes", "currency peg"),
    ("U.S. naval planners ruled out a strike on the harbour at Port Vell.", "United States", "opposes",
     "strike on the harbour"),
    ("The G9 communique backed the harbour levy.", "G9", "supports", "harbour levy"),
    ("Ministers of the G9 met in Port Vell on Monday to draft the G9 communique. Markets were calm after the "
     "communique, which reaffirmed support for the harbour levy.", "G9", "supports", "harbour levy"),
    # the author of what is being prepared speaks through it (institutions.json authoring_verbs)
    ("Officials said the G9 is preparing a stern communique which condemns the harbour levy.", "G9", "opposes",
     "harbour levy"),
]


@pytest.mark.parametrize("text,subject,relation,obj", CASES)
def test_group_holder(build_text, text, subject, relation, obj):
    graph = build_text(text)
    assert has_triple(graph, subject, relation, obj), sorted(label_triples(graph))


def test_plural_of_no_body_holds_nothing(build_text):
    # "naval planners": no body named before the noun, no one the graph can hold to it
    graph = build_text("Naval planners ruled out a strike on the harbour at Port Vell.")
    assert not any(r == "opposes" for _, r, _ in label_triples(graph)), sorted(label_triples(graph))


def test_review_named_for_its_chair_is_not_theirs(build_text):
    # "the Vane review": the panel Ann Vane chaired, not a side Ms Vane took herself
    graph = build_text("Ann Vane led the inquiry for a year. The ministry has yet to answer the Vane review, which "
                       "recommended merging the two harbour boards.")
    assert not any(s == "Ann Vane" and r == "supports" for s, r, _ in label_triples(graph)), sorted(label_triples(graph))


def test_members_named_with_their_body(build_text):
    # "a committee of MPs ... MPs urged": the members the story named the body by act as it
    graph = build_text("Walkers could be fined under the new canal rules, a committee of MPs has warned. MPs urged "
                       "the ministry to redraft the canal rules.")
    assert any(s == "committee" and r == "supports" and "rules" in o for s, r, o in label_triples(graph)), \
        sorted(label_triples(graph))


def test_members_of_no_body_named(build_text):
    # MPs named by no body are the group of them acting (GUIDELINES: an unnamed holder is a node when the text
    # acts through it), not the ministry they urge
    graph = build_text("Walkers could be fined under the new canal rules. MPs urged the ministry to scrap the "
                       "canal rules.")
    triples = label_triples(graph)
    assert any(s.lower() == "mps" and r == "opposes" and "canal rules" in o for s, r, o in triples) \
        and not any(s == "ministry" for s, _, _ in triples), sorted(triples)


def test_it_after_a_bodys_plan(build_text):
    # "The G9 scheme covers X. It also calls for Y": the scheme the sentence was about, so its body
    graph = build_text("The G9 scheme covers dairy and sugar. It also calls for a cut in farm subsidies.")
    assert has_triple(graph, "G9", "supports", "cut in farm subsidies"), sorted(label_triples(graph))
