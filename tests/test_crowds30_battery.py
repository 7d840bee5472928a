"""Crowds named by the side they take or by a phrasal cue, and measures declared (session 30, from the actor misses of the annotated study
articles), each tested on sentences of our own.

- the plurals of stance.json's agentive nouns name a crowd acting, as "critics" and "opponents" do: "Advocates say
  the levy will cut pollution".
- a plural agent noun is a crowd where a phrasal cue makes it take a side ("motorists campaigned against X"), as a
  one-word cue does ("motorists opposed X").
- so does a noun cue the verb takes as its object ("dockers voiced support for X").
- a capitalised plural opening a sentence, which the tagger reads as a name ("Ecologists backed X"), is the common
  noun when its singular is a noun of the lemmatizer's index; a party's plural ("Democrats") stays the party.
- a state of the gazetteer listed with states the tagger found is one ("Peru, Bolivia and the Seychelles").
- a measure declared is imposed by the one who declares it ("declared a moratorium on its debt service"), as with
  "imposed"; declaring what is no measure ("declared a profit") takes no side.
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
    ("Dockers voiced support for the fuel levy at a rally.", "dockers", "supports"),
    ("Dockers expressed anger over the fuel levy.", "dockers", "opposes"),
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


@pytest.mark.parametrize("text, holder", [
    ("Peru declared a moratorium on its debt service last week.", "Peru"),
    ("Tom Lund declared a ban on night flights.", "Tom Lund"),
])
def test_a_measure_declared_is_backed(build_text, text, holder):
    graph = build_text(text)
    assert any(s == holder and r == "supports" and ("moratorium" in o or "ban" in o) for s, r, o in _triples(graph)), \
        sorted(_triples(graph))


def test_declaring_what_is_no_measure_takes_no_side(build_text):
    assert not [t for t in _triples(build_text("Tom Lund declared a profit of 4 mln dlrs.")) if t[1] == "supports"]


def test_a_state_the_tagger_left_untagged_in_a_list_of_states_acts(build_text):
    graph = build_text("Peru, Bolivia and the Seychelles backed the debt relief plan on Monday.")
    holders = {s for s, r, o in _triples(graph) if r == "supports" and "debt relief plan" in o}
    assert "Seychelles" in holders, holders
