"""Crowds named by the side they take or by a phrasal cue (session 30, from the actor misses of the annotated study
articles), each tested on sentences of our own.

- the plurals of stance.json's agentive nouns name a crowd acting, as "critics" and "opponents" do: "Advocates say
  the levy will cut pollution".
- a plural agent noun is a crowd where a phrasal cue makes it take a side ("motorists campaigned against X"), as a
  one-word cue does ("motorists opposed X").
- a capitalised plural opening a sentence, which the tagger reads as a name ("Ecologists backed X"), is the common
  noun when its singular is a noun of the lemmatizer's index; a party's plural ("Democrats") stays the party.
"""
from __future__ import annotations

import pytest

from conftest import label_triples as _triples


def _sides(graph, target: str) -> set[tuple[str, str]]:
    return {(s.lower(), r) for s, r, o in _triples(graph) if target in o}


@pytest.mark.parametrize("text, crowd, relation", [
    ("Advocates say the fuel levy will cut pollution.", "advocates", "supports"),
    ("Detractors say the fuel levy is unfair.", "detractors", "opposes"),
    ("Motorists have campaigned against the fuel levy for years.", "motorists", "opposes"),
    ("Shopkeepers lobbied for the fuel levy in 2003.", "shopkeepers", "supports"),
    ("Ecologists backed the fuel levy on Monday.", "ecologists", "supports"),
])
def test_the_crowd_takes_the_side(build_text, text, crowd, relation):
    assert (crowd, relation) in _sides(build_text(text), "fuel levy")


def test_a_partys_plural_opening_a_sentence_stays_the_party(build_text):
    assert ("democratic party", "opposes") in _sides(build_text("Democrats opposed the fuel levy."),
                                                      "fuel levy")


def test_a_plural_noun_opening_a_sentence_is_read_as_the_noun(nlp):
    from graph.extract.language.nlp import common_nouns
    doc = common_nouns(nlp("Ecologists backed the fuel levy."))
    assert (doc[0].pos_, doc[0].tag_, doc[0].lemma_) == ("NOUN", "NNS", "ecologist")
