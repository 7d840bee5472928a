"""Hoping to do a thing is wanting it done (FrameNet's Desiring: hope, wish, aspire with a to-infinitive), which
the stance rules read only once the verb is known for what it is: spaCy's rule lemmatizer makes "hopes" and
"hoped" the verb "hop", so graph.extract.language.nlp corrects the lemmas that English spelling rules out.
Sentences of our own."""
from __future__ import annotations

import pytest

from conftest import stance_triples


@pytest.mark.parametrize("text, lemmas", [
    ("Kestrel Bank hopes to buy the plant.", {"hopes": "hope"}),
    ("The council hoped to sell the depot.", {"hoped": "hope"}),
    ("The firm was fined and the union staged a strike.", {"fined": "fine", "staged": "stage"}),
    ("Tom Vane hopped on a train and the rabbit hops.", {"hopped": "hop", "hops": "hop"}),
    ("The clerk fixes the date and goes home.", {"fixes": "fix", "goes": "go"}),
])
def test_verb_lemmas_follow_english_spelling(nlp, text, lemmas):
    doc = nlp(text)
    assert {t.text: t.lemma_ for t in doc if t.text in lemmas} == lemmas


@pytest.mark.parametrize("text, holder, target", [
    ("Norland hopes to ratify the fishing treaty by the summer.", "Norland", "fishing treaty"),
    ("Kestrel Bank hopes to buy Norland Telecom.", "Kestrel Bank", "buy Norland Telecom"),
    ("The council hoped to privatise the bus company.", "council", "privatise the bus company"),
    ("The Norland government wishes to sell its stake in the airline.", "government",
     "sell its stake in the airline"),
])
def test_an_act_hoped_for_is_backed(build_text, text, holder, target):
    triples = stance_triples(build_text(text))
    assert (holder, "supports", target) in triples, sorted(triples)


@pytest.mark.parametrize("text", [
    "Ann Lee hopes to win the election in May.",  # winning is no act of policy
    "Tom Vane does not wish to comment on the merger.",
])
def test_a_hope_that_names_no_policy_takes_no_side(build_text, text):
    assert not stance_triples(build_text(text))
