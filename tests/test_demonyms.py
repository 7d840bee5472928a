"""Every state's people-word (graph/training/demonyms.py writes graph/data/demonyms.json from a published table):
"the Thai government", "the government of Sri Lanka" are the state acting, and a state's government named by its
word is never folded into another state's."""
from __future__ import annotations

import json

import pytest

from conftest import stance_triples
from graph.extract.language.lexicon import load_lexicon
from graph.training import demonyms


def _record(folder, stem, name, code, demonym):
    folder.joinpath(f"{stem}.json").write_text(json.dumps({"name": name, "ISO": {"alpha2": code}, "demonym": demonym}),
                                               encoding="utf-8")


@pytest.fixture
def table_folder(tmp_path):
    _record(tmp_path, "kenya", "Kenya", "KE", "Kenyan")
    _record(tmp_path, "cyprus", "Cyprus", "CY", "Cypriot")
    _record(tmp_path, "dominica", "Dominica", "DM", "Dominican")
    _record(tmp_path, "dominican_republic", "Dominican Republic", "DO", "Dominican")
    _record(tmp_path, "gibraltar", "Gibraltar", "GI", "Gibraltar")
    _record(tmp_path, "japan", "Japan", "JP", "Japanese")
    _record(tmp_path, "nowhere", "Nowhere", "", "Nowherian")
    return tmp_path


def test_table_keeps_one_state_words_and_makes_their_people_nouns(table_folder):
    lex = load_lexicon()
    kept = {"Japan": ["Japanese", "the Japanese"]}
    table = demonyms.demonym_table(demonyms.read_table(table_folder), lex.countries, kept)
    # a word two states share says neither; a place's own name is no adjective; a hand-kept word is left to that list
    assert table == {"Cyprus": ["Cypriot", "Cypriots"], "Kenya": ["Kenyan", "Kenyans"]}


@pytest.mark.parametrize("word, plural", [("Kenyan", "Kenyans"), ("Iraqi", "Iraqis"), ("Icelander", "Icelanders"),
                                          ("Lebanese", None), ("Finnish", None)])
def test_people_noun(word, plural):
    assert demonyms.plural(word) == plural


def test_generator_writes_the_same_bytes(table_folder, tmp_path_factory):
    out = tmp_path_factory.mktemp("demonyms")
    assert demonyms.main([str(table_folder), "--out", str(out / "a.json")]) == 0
    assert demonyms.main([str(table_folder), "--out", str(out / "b.json")]) == 0
    assert (out / "a.json").read_bytes() == (out / "b.json").read_bytes()


def test_generator_names_a_wrong_folder(tmp_path):
    with pytest.raises(SystemExit, match="no such folder"):
        demonyms.main([str(tmp_path / "absent")])


@pytest.mark.parametrize("word, state", [("Sri Lankan", "Sri Lanka"), ("Thai", "Thailand"), ("Kenyans", "Kenya"),
                                         ("Venezuelan", "Venezuela"), ("Japanese", "Japan"), ("Indian", "India")])
def test_shipped_words(word, state):
    assert load_lexicon().countries.of_demonym(word) == state


@pytest.mark.parametrize("text, edges, not_edges", [
    ("The Indonesian government welcomed the aid offer. The Thai government rejected the aid offer.",
     {("Indonesia", "supports", "aid offer"), ("Thailand", "opposes", "aid offer")}, {("Indonesia", "opposes", "aid offer")}),
    ("The Kenyan government backed the debt freeze on Monday.", {("Kenya", "supports", "debt freeze")}, set()),
    ("The Indonesian government welcomed the aid offer. The government of Japan rejected the aid offer.",
     {("Japan", "opposes", "aid offer")}, {("Indonesia", "opposes", "aid offer")}),
])
def test_a_state_named_by_its_word_or_after_of_acts(build_text, text, edges, not_edges):
    triples = stance_triples(build_text(text))
    assert edges <= triples, sorted(triples)
    assert not not_edges & triples, sorted(triples)
