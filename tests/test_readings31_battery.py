"""Readings of session 31 (from the misses of the annotated study articles, aggregated by construction), each tested
on sentences of our own.

- a clause before a verb of recommending is no subjunctive of it: "Spain wants X - the board has urged Y" is the
  parser joining two sentences; Spain wants X, the board does not.
- the subject of a passive infinitive under a raising predicate ("the levy is expected to be opposed by X", "is
  likely to be rejected by X") is what the agent takes a side on.
- a possessive pronoun in a clause whose subject joins two people is neither of them ("Both Kent and Lee praised
  his decision": someone named before).
"""
from __future__ import annotations

import pytest

from conftest import label_triples as _triples


def test_a_clause_before_a_verb_of_urging_keeps_its_own_holders(build_text):
    graph = build_text("Spain and Portugal want the fishing quota to be raised - the Commission has urged a freeze.")
    triples = _triples(graph)
    assert {("Spain", "supports"), ("Portugal", "supports")} <= {(s, r) for s, r, o in triples if "quota" in o}, sorted(triples)
    assert not any(s == "Commission" and "quota" in o for s, r, o in triples), sorted(triples)


@pytest.mark.parametrize("text, holder, relation", [
    ("The fuel levy is expected to be opposed by the Green Party.", "Green Party", "opposes"),
    ("The fuel levy is likely to be rejected by the Senate.", "Senate", "opposes"),
    ("The fuel levy is expected to be backed by the Green Party.", "Green Party", "supports"),
])
def test_a_raised_passive_names_what_the_agent_judges(build_text, text, holder, relation):
    triples = _triples(build_text(text))
    assert any(s == holder and r == relation and "fuel levy" in o for s, r, o in triples), sorted(triples)


def test_a_possessive_after_two_joined_subjects_is_someone_else(build_text):
    graph = build_text("Tom Lund resigned from the board on Monday. Both Ann Kent and Peter Vale have praised his "
                       "decision.")
    triples = _triples(graph)
    assert ("Ann Kent", "supports", "Tom Lund") in triples and ("Peter Vale", "supports", "Tom Lund") in triples, sorted(triples)
    assert not any({s, o} == {"Ann Kent", "Peter Vale"} for s, r, o in triples), sorted(triples)
