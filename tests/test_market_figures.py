"""A market's or an economy's own figures, currencies among them (markets.json market_figures and currency_units,
from the OECD's headline indicators and ISO 4217's currency names), said to rise, fall, help or hurt, are told as
figures, not judged as policies: wire copy's economic reports are full of them. A tax, a levy or a plan judged
the same way is a side taken. Sentences of our own."""
from __future__ import annotations

import pytest

from conftest import stance_triples


@pytest.mark.parametrize("text", [
    'The Kestrel Institute said: "The weaker lira is raising import costs for Italian firms."',
    "Last year, Ann Lee said, timber and pulp production hit a record 12 mln tonnes.",
    "Kestrel Bank said the weaker peseta would hurt exporters in the spring.",
    "Ann Lee said the lower peso would hurt importers.",
    "The Kestrel Institute said that the weaker lira is causing a rise in import costs.",
    "Ann Lee said retail sales would suffer badly this winter.",
])
def test_a_figure_told_is_no_position(build_text, text):
    triples = stance_triples(build_text(text))
    assert not triples, sorted(triples)


@pytest.mark.parametrize("text, holder, relation, target", [
    ("Ann Lee said the new fuel tax would hurt exporters.", "Ann Lee", "warns", "new fuel tax"),
    ("Kestrel Bank said the higher levy was causing job losses in the north.", "Kestrel Bank", "warns", "higher levy"),
])
def test_a_policy_judged_the_same_way_is_a_side(build_text, text, holder, relation, target):
    triples = stance_triples(build_text(text))
    assert any(h == holder and r in (relation, "opposes") and target in t for h, r, t in triples), sorted(triples)
