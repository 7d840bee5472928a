"""Stance edges between two nodes the graph has, which no frame read before (issue 10): invented sentences
through the real pipeline, each asserting the edge, its direction and its holder, and the guards beside them."""
from __future__ import annotations

import pytest

from conftest import has_triple, label_triples

CASES = [
    # who leads or joins an owned stance takes it on beside its owner
    ("Senator Mara Holt will lead the Green Party's opposition to the pension reform.", "Mara Holt", "opposes",
     "pension reform"),
    ("Senator Mara Holt will lead the Green Party's opposition to the pension reform.", "Green Party", "opposes",
     "pension reform"),
    ("Senator Mara Holt spearheaded the Green Party's support for the fuel duty.", "Mara Holt", "supports",
     "fuel duty"),
    # a fault VADER rates plainly bad, owned by an actor, is a side on its owner
    ("Senator Mara Holt attacked the Green Party's incompetence.", "Mara Holt", "opposes", "Green Party"),
    ("Senator Mara Holt condemned France's greed.", "Mara Holt", "opposes", "France"),
    ("Senator Mara Holt said France's arrogance was a disgrace.", "Mara Holt", "opposes", "France"),
    # a side stated with no object is on the policy named last
    ("The ministers backed the fishing quota. Canada and Norway are opposed.", "Canada", "opposes", "fishing quota"),
    ("The ministers backed the fishing quota. Canada and Norway are opposed.", "Norway", "opposes", "fishing quota"),
    ("The fishing quota has the support of Spain, while Canada is hostile.", "Canada", "opposes", "fishing quota"),
    # the one accused of or praised for a deed does it, not the accuser
    ("Senator Mara Holt accused France of blocking the trade deal.", "France", "opposes", "trade deal"),
    ("Senator Mara Holt accused France of blocking the trade deal.", "Mara Holt", "opposes", "France"),
    # a cue noun given to someone: "sent X his congratulations" backs X
    ("France sent Senator Mara Holt its warmest congratulations.", "France", "supports", "Mara Holt"),
    # an act wanted of others, whose subject the parser gives it, is the policy wanted
    ("France wants other major nations to cut their farm subsidies.", "France", "supports", "cut their farm subsidies"),
    # every person apposed to a holder's noun takes its side: "former players A and B, and coach C, have ..."
    ("Former players Tom Okafor and Mara Holt, and coach Ben Lund, have lent their backing to the fans group.",
     "Ben Lund", "supports", "fans group"),
    ("Former players Tom Okafor and Mara Holt, and coach Ben Lund, have lent their backing to the fans group.",
     "Mara Holt", "supports", "fans group"),
    # a second predicate of a reported clause, with no subject of its own, judges the clause's subject
    ("Senator Mara Holt argued that Tom Okafor and Ben Lund could work together and had produced a strong economy "
     "and better public services.", "Mara Holt", "supports", "Tom Okafor"),
    # "has no plans to": the subject of "have" owns the plan, and "no" turns it round
    ("Senator Mara Holt said she had no plans to raise the fuel duty.", "Mara Holt", "opposes", "fuel duty"),
]


@pytest.mark.parametrize("text,subject,relation,obj", CASES)
def test_recall_frame(build_text, text, subject, relation, obj):
    graph = build_text(text)
    assert has_triple(graph, subject, relation, obj), sorted(label_triples(graph))


NOT_STANCE = [
    # a policy owned by an actor stays a policy, whatever its words
    ("Senator Mara Holt attacked the Green Party's tax on fuel.", "Mara Holt", "opposes", "Green Party"),
    # leading a body is no side on what it is named for
    ("Senator Mara Holt will lead the Green Party.", "Mara Holt", "supports", "Green Party"),
    # the accuser does not do what is charged
    ("Senator Mara Holt accused France of blocking the trade deal.", "Mara Holt", "opposes", "trade deal"),
    # nor does the one who warns another off it
    ("Senator Mara Holt warned the Green Party against scrapping the fuel duty.", "Mara Holt", "opposes", "fuel duty"),
    # an object that names no one leaves the deed to the subject
    ("Senator Mara Holt sought approval for building the bypass.", "bypass", "supports", ""),
    # an act wanted of someone with nothing acted on is no policy
    ("France wants Canada to explain itself.", "France", "supports", ""),
    # a bare adjective with no policy before it in reach takes no side
    ("Canada said it was opposed.", "Canada", "opposes", ""),
    ("The quota was set in May. Senator Mara Holt was angry.", "Mara Holt", "opposes", "quota"),
]


@pytest.mark.parametrize("text,subject,relation,obj", NOT_STANCE)
def test_recall_guard(build_text, text, subject, relation, obj):
    graph = build_text(text)
    assert not has_triple(graph, subject, relation, obj), sorted(label_triples(graph))
