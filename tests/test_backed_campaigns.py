"""Two constructions of collective and carried sides. A crowd named by an agent noun acts when its verb takes a noun
cue through a preposition ("shareholders voted in favour of the merger"), as it does when the verb takes the cue as
its object ("voiced support for"). And support lent to a campaign against or for a thing is a side on the thing,
read by the campaign's own cue: "lent her support to the campaign against the runway" is against the runway, not
support for a phrase that also holds the runway (the two sides had landed on one node). Sentences of our own."""
from __future__ import annotations

import pytest

from conftest import stance_triples


@pytest.mark.parametrize("text, holder, target", [
    ("The Kestrel shareholders voted in favour of the merger with Dalton Group.", "shareholders", "merger"),
    ("Halford growers came out in support of the new import quota.", "growers", "import quota"),
])
def test_a_crowd_takes_a_side_through_a_noun_cue(build_text, text, holder, target):
    triples = stance_triples(build_text(text))
    assert any(holder in h and r == "supports" and target in t for h, r, t in triples), sorted(triples)


@pytest.mark.parametrize("text, holder, relation, target", [
    ("Ann Lee lent her support to the campaign against the new runway.", "Ann Lee", "opposes", "new runway"),
    ("Tom Vane gave his backing to the campaign for a new hospital in Halford.", "Tom Vane", "supports", "new hospital"),
])
def test_support_for_a_campaign_is_the_campaign_s_side(build_text, text, holder, relation, target):
    triples = stance_triples(build_text(text))
    mine = [(r, t) for h, r, t in triples if holder in h and target in t]
    assert mine and all(r == relation for r, _ in mine), sorted(triples)
