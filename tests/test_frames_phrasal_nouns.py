"""Nouns of the phrasal stance verbs (graph/extract/stance/cues/phrasal_nouns.py): "the campaign against X" and "lobbyists
for X" take the side "campaigned against X" and "lobbied for X" do. Invented sentences through the real pipeline."""
from __future__ import annotations

import pytest

from conftest import has_triple, label_triples

CASES = [
    # the act: held by who leads it, owns it, or makes it
    ("Senator Ines Harrow led the campaign against the harbour levy.", "Ines Harrow", "opposes", "harbour levy"),
    ("The Dunmore Assembly's vote against the harbour levy surprised the minister.", "Dunmore Assembly", "opposes",
     "harbour levy"),
    # the doer: the name apposed to it, the subject it describes, the names it lists
    ("Ines Harrow, chief lobbyist for rural pensions, spoke on Monday.", "Ines Harrow", "supports", "rural pensions"),
    ("Ines Harrow has long been a campaigner for the harbour levy.", "Ines Harrow", "supports", "harbour levy"),
    ("Campaigners against the harbour levy, including Ada Voss, marched on Monday.", "Ada Voss", "opposes",
     "harbour levy"),
]


@pytest.mark.parametrize("text,subject,relation,obj", CASES)
def test_phrasal_noun(build_text, text, subject, relation, obj):
    graph = build_text(text)
    assert has_triple(graph, subject, relation, obj), sorted(label_triples(graph))


NOT_STANCE = [
    # a campaign run in a contest is for no policy
    ("Members of the Dunmore party opened their campaign for the spring council elections.", "Dunmore party",
     "supports", "spring council elections"),
    # "by" is no preposition a noun cue takes its object with
    ("The Dunmore council made a stand by the harbour levy.", "Dunmore council", "supports", "harbour levy"),
    # the light verb's negation is the noun's: a campaign not run is no opposition
    ("Senator Ines Harrow does not run a campaign against the harbour levy.", "Ines Harrow", "opposes",
     "harbour levy"),
]


@pytest.mark.parametrize("text,subject,relation,obj", NOT_STANCE)
def test_phrasal_noun_guard(build_text, text, subject, relation, obj):
    graph = build_text(text)
    assert not has_triple(graph, subject, relation, obj), sorted(label_triples(graph))
