"""The WordNet noun classes (graph/training/wordnet_classes.py writes graph/data/noun_classes.json) and the gate they
open for stance targets (graph/extract/policies/act_nouns.py): a noun of acts or charges with words of its own is a
target taken sides on, a field, a trend, a thing or people are not. Invented sentences."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import assert_sides, sides_params
from graph.extract.policies.act_nouns import act_share, body_compound, noun_classes
from graph.training import wordnet_classes

SAMPLE = Path(__file__).parent / "data" / "wordnet"
S, O = "supports", "opposes"


def test_read_classes_keeps_words_and_sense_order():
    classes = wordnet_classes.read_classes(SAMPLE)
    # senses in index.noun's order, one letter a lexicographer file (21 noun.possession = s, 04 noun.act = b)
    assert classes == {"levy": "sb", "toll-gate": "d", "hamlet": "m", "walkout": "bi"}


def test_table_keeps_only_lemmas_with_an_act_class():
    table = wordnet_classes.noun_table(wordnet_classes.read_classes(SAMPLE))
    assert table == {"levy": "sb", "walkout": "bi"}


def test_generator_writes_the_same_bytes(tmp_path):
    out1, out2 = tmp_path / "a.json", tmp_path / "b.json"
    assert wordnet_classes.main([str(SAMPLE), "--out", str(out1)]) == 0
    assert wordnet_classes.main([str(SAMPLE), "--out", str(out2)]) == 0
    assert out1.read_bytes() == out2.read_bytes()
    doc = json.loads(out1.read_text(encoding="utf-8"))
    assert doc["nouns"] == {"levy": "sb", "walkout": "bi"}
    assert doc["classes"]["b"] == "noun.act" and "Princeton University" in doc["_license"]
    assert doc["body_compounds"] == ["council tax"]  # not the tithe barn: a tithe is no body


def test_body_compounds_are_two_word_names_opened_by_a_body_noun():
    assert wordnet_classes.body_compounds(SAMPLE, frozenset({"council"})) == ["council tax"]  # (and no tithe barn)


@pytest.mark.parametrize("body, head, expected", [
    ("council", "tax", True), ("house", "arrest", True), ("Court", "order", True),  # one name, whatever the case
    ("council", "plan", False), ("court", "ruling", False),  # whose plan, whose ruling
])
def test_body_compound(body, head, expected):
    assert body_compound(body, head) is expected


@pytest.mark.parametrize("word, low, high", [
    ("takeover", 1.0, 1.0), ("crackdown", 1.0, 1.0), ("tariff", 1.0, 1.0),  # acts, charges
    ("privatisation", 1.0, 1.0),  # a British spelling read as WordNet's
    ("economy", 0.0, 0.0), ("growth", 0.0, 0.0), ("hamlet", 0.0, 0.0), ("teacher", 0.0, 0.0),  # fields, trends, places, people
])
def test_act_share(word, low, high):
    assert low <= act_share(word) <= high


def test_unknown_word_has_no_classes():
    assert noun_classes("zzyzx") == ""


CASES = [
    # a noun of an act, a charge or a proposal, named by its own words, after a cue that asks for a policy
    ("act", "Mayor Rolf Dane applauded the generous rebate for small shopkeepers.", "Dane",
     [(S, "rebate for small shopkeepers")], [(O, "rebate")]),
    ("act", "Senator Ada Brine hailed the sale of the state salt works.", "Brine", [(S, "sale of the state salt works")],
     [(O, "sale")]),
    ("act", "Mayor Rolf Dane slammed the proposed rebate for large landowners.", "Dane",
     [(O, "rebate for large landowners")], [(S, "rebate")]),
    ("act", "Mayor Rolf Dane said a small rebate for carers would help families.", "Dane", [(S, "rebate for carers")],
     [(O, "rebate")]),
    ("act", "Mayor Rolf Dane said the sale of the old depot would help the town.", "Dane", [(S, "sale of the old depot")],
     [(O, "sale")]),
    # what a cue only presents, or blames for a harm done, reads a side only when it is a policy
    ("presented", "Mayor Rolf Dane unveiled a new campaign poster on Friday.", "Dane", [], [(S, "new campaign poster"), (S, "poster")]),
    ("harm", "Senator Ada Brine said the bitter feud with the mayor was damaging the council.", "Brine", [],
     [(O, "bitter feud"), (O, "feud")]),
    # a field, a count, a thing built or a problem is no side taken, with or without words of its own
    ("field", "Senator Ada Brine hailed the town's booming economy.", "Brine", [], [(S, "booming economy"), (S, "economy")]),
    ("count", "Mayor Rolf Dane applauded the latest jobless figures.", "Dane", [], [(S, "latest jobless figures"), (S, "jobless")]),
    ("thing", "Mayor Rolf Dane hailed the new swimming pool in Corby.", "Dane", [], [(S, "new swimming pool"), (S, "swimming")]),
    ("problem", "Senator Ada Brine lambasted the rising level of street crime.", "Brine", [],
     [(O, "rising level"), (O, "level"), (O, "street crime")]),
]


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(sides_params(CASES)))
def test_act_noun_targets(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)
