"""A thing said to create or put up an obstacle (stance.json harm_nouns: an impediment, a barrier, a hurdle, a
burden) harms whatever the obstacle stands in the way of, however good that is: "the levy creates an impediment to
new housing" warns of the levy, where "creates new jobs" backs it. Sentences of our own."""
from __future__ import annotations

import pytest

from conftest import stance_triples


@pytest.mark.parametrize("text, relation", [
    ("Ann Lee said the new levy creates an obstacle to growth.", "warns"),
    ("Ann Lee said the new levy creates an impediment to new housing.", "warns"),
    ("Ann Lee said the new levy would create a barrier to trade.", "warns"),
    ("Ann Lee said the new levy creates new jobs.", "supports"),
])
def test_an_obstacle_made_is_a_harm(build_text, text, relation):
    triples = stance_triples(build_text(text))
    assert ("Ann Lee", relation, "new levy") in triples, sorted(triples)
