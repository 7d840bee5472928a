"""A battery of business copy that uses a stance's words with no side taken (issue 10, session 21): the economic
sense of demand (WordNet demand.n.02: a market's wish to buy goods), told by a word of size, change or market
before it, a country's name, or a verb of meeting or moving said of it, is no request its owner makes; and a dummy
'it' found hard or easy (FrameNet Difficulty) with a to-clause is the subject's own task, no judgement of a thing
(graph/data/markets.json). Every sentence is our own, with invented firms and figures. A request for a policy
keeps its side.
"""
from __future__ import annotations

import pytest
from conftest import assert_wanted

B: list = []


def c(kind, text, want=(), never=(), why=""):
    """want: (holder, relation, object substring) that must appear; never: the same that must not (None = any)."""
    B.append((kind, text, list(want), list(never), why))


# A. a market's demand for a good: the firm's plan keeps its side, the country holds none
c("demand", "Toyota has said that it intends to open a new factory in Brazil to satisfy the country's rising demand for trucks.",
  want=[("Toyota", "supports", "factory")], never=[("Brazil", None, None)])
c("demand", "Chinese demand for copper was expected to be about 20% higher this year, the ministry said.",
  never=[(None, None, "copper")])
c("demand", "Samsung plans to build a chip plant in Vietnam to keep up with China's booming demand for memory chips.",
  never=[(None, None, "memory chips")])
c("demand", "Japanese demand for imported beef fell sharply after the scare, traders said.",
  never=[(None, None, "beef")])
# B. a demand for a policy is a request: its maker backs it
c("request", "Norland's demand for a ban on whaling was rejected by Japan.",
  want=[("Norland", "supports", "ban on whaling"), ("Japan", "opposes", "ban on whaling")])
# C. a firm's own task, found hard or easy: no side on a thing named before
c("task", "The new tax on sugar was announced in May. Tesco said it found it difficult to pass the tax on to shoppers.",
  never=[("Tesco", None, "tax")])
c("task", "The windfall tax was imposed in June. Shell said it had found it difficult to raise the tax from its partners.",
  never=[("Shell", None, "tax")])
# ... while a judgement of a thing by the same verb stays
c("judged", "Asda said it found the plastic bag levy unworkable.", want=[("Asda", "opposes", "levy")])


@pytest.mark.parametrize("kind, text, want, never", [
    pytest.param(k, t, w, n, id=f"{k}-{i}", marks=[pytest.mark.xfail(reason=why, strict=False)] if why else [])
    for i, (k, t, w, n, why) in enumerate(B)])
def test_battery(build_text, kind, text, want, never):
    assert_wanted(build_text(text), want, never)
