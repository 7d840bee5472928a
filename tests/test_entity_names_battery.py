"""The battery of the names of nodes on fresh text (session 22): a body's name the tagger cut at its "and" ("the
Department for Roads and Harbours") is one body; a short form that spells a longer name of the story by its
initials ("BoE", "Wrpa", "H&L") is that body. Every sentence is invented; each stands for a class of
construction, not for an article."""
from __future__ import annotations

import pytest


def _nodes(graph, kind):
    return {e.label: set(e.aliases) for e in graph.entities if e.type == kind}


# --- a body's name cut at its "and" ----------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("The Department for Roads and Harbours said the bridge would open in May.",
     "Department for Roads and Harbours"),
    ("The Ministry of Fisheries and Ports rejected the quota.", "Ministry of Fisheries and Ports"),
    ("The Organisation for Maritime Co-operation and Development warned of slower trade.",
     "Organisation for Maritime Co-operation and Development"),
], ids=["department-for", "ministry-of", "ends-on-and"])
def test_a_body_named_by_its_remits_is_one_body(build_text, text, name):
    labels = _nodes(build_text(text), "institution")
    assert name in labels
    assert not any(name.startswith(label) and label != name for label in labels)


def test_a_body_acting_alone_elsewhere_is_not_joined(build_text):
    # "Railnet" acts on its own later: the "and" joins two bodies, not two remits of one
    labels = _nodes(build_text("A spokesman for the Department for Roads and Railnet declined to talk about the "
                               "delays. Railnet later put out a note on the new timetable."), "institution")
    assert "Department for Roads and Railnet" not in labels


# --- a short form spelling a longer name -----------------------------------------------------------------
@pytest.mark.parametrize("text, name, short", [
    ("The Bank of Eastland held interest rates. The BoE said prices would rise slowly.", "Bank of Eastland", "BoE"),
    ("The Welsh Rivers Protection Agency opposed the dam. Wrpa said the valley would suffer.",
     "Welsh Rivers Protection Agency", "Wrpa"),
    ("Harper & Lowe agreed to buy the rival firm. H&L said the deal would close in June.", "Harper & Lowe", "H&L"),
], ids=["small-words", "title-case", "ampersand"])
def test_a_short_form_is_the_body_it_spells(build_text, text, name, short):
    labels = _nodes(build_text(text), "institution")
    assert short in labels.get(name, set())
    assert short not in labels
