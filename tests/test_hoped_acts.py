"""Hoping to do a thing is wanting it done (FrameNet's Desiring: hope, wish, aspire with a to-infinitive), which
the stance rules read only once the verb is known for what it is: spaCy's rule lemmatizer makes "hopes" and
"hoped" the verb "hop", so graph.extract.language.nlp corrects the lemmas that English spelling rules out
(and "hoping", "staging", "waging" after a short vowel, where "hopping" and "singing" keep theirs). Where the
lemmatizer reads an inflected form as the other spelling of a verb ("axed" as "ax", "installed" as "instal",
"lambasted" as "lambaste", "extolled" as "extoll"), the data lists both spellings. Sentences of our own."""
from __future__ import annotations

import pytest

from conftest import stance_triples


@pytest.mark.parametrize("text, lemmas", [
    ("Kestrel Bank hopes to buy the plant.", {"hopes": "hope"}),
    ("The council hoped to sell the depot.", {"hoped": "hope"}),
    ("The firm was fined and the union staged a strike.", {"fined": "fine", "staged": "stage"}),
    ("Tom Vane hopped on a train and the rabbit hops.", {"hopped": "hop", "hops": "hop"}),
    ("The clerk fixes the date and goes home.", {"fixes": "fix", "goes": "go"}),
    ("Kestrel Bank is hoping to buy the plant.", {"hoping": "hope"}),
    ("The union is staging a strike and waging a campaign.", {"staging": "stage", "waging": "wage"}),
    ("The choir is singing while the rabbit is hopping.", {"singing": "sing", "hopping": "hop"}),
])
def test_verb_lemmas_follow_english_spelling(nlp, text, lemmas):
    doc = nlp(text)
    assert {t.text: t.lemma_ for t in doc if t.text in lemmas} == lemmas


@pytest.mark.parametrize("text, holder, target", [
    ("Norland hopes to ratify the fishing treaty by the summer.", "Norland", "fishing treaty"),
    ("Kestrel Bank hopes to buy Norland Telecom.", "Kestrel Bank", "buy Norland Telecom"),
    ("The council hoped to privatise the bus company.", "council", "privatise the bus company"),
    ("Norland is hoping to ratify the fishing treaty by the summer.", "Norland", "fishing treaty"),
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


@pytest.mark.parametrize("text, triple", [
    ("The council axed the bus subsidy last week.", ("council", "opposes", "bus subsidy")),
    ("Ann Lee lambasted the fuel levy in a speech on Monday.", ("Ann Lee", "opposes", "fuel levy")),
    ("Ann Lee extolled the fuel levy in a speech on Monday.", ("Ann Lee", "supports", "fuel levy")),
])
def test_a_cue_read_in_the_lemmatizers_other_spelling(build_text, text, triple):
    triples = stance_triples(build_text(text))
    assert triple in triples, sorted(triples)


def test_installed_as_chairman_holds_the_post(build_text):
    from conftest import label_triples
    triples = label_triples(build_text("Tom Vane was installed as chairman of Kestrel Bank on Monday."))
    assert any(s == "Tom Vane" and r == "holds" and "chairman" in o for s, r, o in triples), sorted(triples)
