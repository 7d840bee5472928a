"""Every state's seat of government (graph/training/capitals.py writes graph/data/capitals.json from a published
table, under the seats countries.json keeps by hand): a wire story filed from a seat is that state's story, and a
seat acting is its state acting. Sentences of our own, in the shape of wire copy."""
from __future__ import annotations

import json

import pytest

from conftest import stance_triples
from graph.extract.language.lexicon import load_lexicon
from graph.training import capitals
from graph.training.countryinfo import read_records


def _record(folder, stem, name, code, capital, population):
    folder.joinpath(f"{stem}.json").write_text(json.dumps(
        {"name": name, "ISO": {"alpha2": code}, "capital": capital, "population": population}), encoding="utf-8")


@pytest.fixture
def table_folder(tmp_path):
    _record(tmp_path, "colombia", "Colombia", "CO", "Bogotá", 48_000_000)
    _record(tmp_path, "kenya", "Kenya", "KE", "Nairobi", 47_000_000)
    _record(tmp_path, "seychelles", "Seychelles", "SC", "Victoria", 90_000)
    _record(tmp_path, "singapore", "Singapore", "SG", "Singapore", 5_000_000)
    _record(tmp_path, "belgium", "Belgium", "BE", "Brussels", 11_000_000)
    _record(tmp_path, "japan", "Japan", "JP", "Tokyo", 126_000_000)
    _record(tmp_path, "nowhere", "Nowhere", "", "Nowhereton", 1_000_000)
    return tmp_path


def test_table_keeps_the_seats_news_names_states_by(table_folder):
    lex = load_lexicon()
    rows = read_records(table_folder, "capital")
    table = capitals.capital_table(rows, lex.countries, {"Tokyo": ["Japan"]}, {"Brussels"})
    # a small territory's seat, a seat that is its state's name, a hand-kept seat and an excluded one are left out;
    # an accented seat is written without its accents as well
    assert table == {"Bogota": ["Colombia"], "Bogotá": ["Colombia"], "Nairobi": ["Kenya"]}


def test_generator_writes_the_same_bytes(table_folder, tmp_path_factory):
    out = tmp_path_factory.mktemp("capitals")
    assert capitals.main([str(table_folder), "--out", str(out / "a.json")]) == 0
    assert capitals.main([str(table_folder), "--out", str(out / "b.json")]) == 0
    assert (out / "a.json").read_bytes() == (out / "b.json").read_bytes()


def test_generator_names_a_wrong_folder(tmp_path):
    with pytest.raises(SystemExit, match="no such folder"):
        capitals.main([str(tmp_path / "absent")])


@pytest.mark.parametrize("seat, states", [("Caracas", ("Venezuela",)), ("Lima", ("Peru",)), ("Bogota", ("Colombia",)),
                                          ("Bonn", ("West Germany",)), ("Brussels", ())])
def test_shipped_seats(seat, states):
    assert load_lexicon().countries.of_capital(seat) == states


def test_the_government_of_a_story_filed_from_a_seat_is_its_state(build_text):
    text = ("NORLAND PLANS NEW CREDITS\n\nQUITO, June 9 - Ecuador will seek new credits this year, Finance Minister "
            "Tom Vane said.\n    The government also backed the new fuel levy, he added.\n")
    graph = build_text(text)
    labels = {e.label for e in graph.entities if e.type == "institution"}
    assert "Ecuador" in labels and "government" not in labels, sorted(labels)
    assert ("Ecuador", "supports", "new fuel levy") in stance_triples(graph), sorted(stance_triples(graph))
