"""A side named by a prefix (constructions/prefixed.py): "anti-smoking campaigners" are against smoking, "her
anti-war stance" is her side against the war, where the story names the thing in words of its own; a law named for
what it fights takes no side, a prefix that makes a word of its own names none, and the thing is never the measure
it sits in ("a ban on hunting" is no name of hunting). Sentences of our own."""
from __future__ import annotations

import pytest

from conftest import stance_triples


def _prefixed(graph) -> set[tuple[str, str, str]]:
    labels = {e.id: e.label for e in graph.entities}
    return {(labels[s.subject], s.relation, labels[s.object]) for s in graph.statements if s.rule == "prefix-side"}


@pytest.mark.parametrize("text, holder, relation, thing", [
    ("Ministers plan to ban smoking in offices. Anti-smoking campaigners will march on Saturday.",
     "campaigners", "opposes", "smoking"),
    ("Ms Ruth Pryce lost the vote over her anti-war stance. The war has cost billions.",
     "Pryce", "opposes", "war"),
    ("The Greens are the only anti-war party in the race. The war has cost billions.",
     "Green", "opposes", "war"),
    ("Hunting with hounds was banned in 2005. Pro-hunting MPs will meet the minister on Monday.",
     "MPs", "supports", "hunting"),
])
def test_a_prefixed_side(build_text, text, holder, relation, thing):
    found = stance_triples(build_text(text))
    assert any(holder.lower() in h.lower() and r == relation and thing in t.lower() for h, r, t in found), sorted(found)


@pytest.mark.parametrize("text", [
    "The government passed anti-terror laws after the attacks. Police say terror suspects are now held longer.",
    "Mr Kendall, a pro-hunting MP, said the ban on hunting was unworkable.",
    "The anti-Semitic leaflets were condemned by every party. Semitic languages include Hebrew.",
    "Campaigners backed the hunting ban. Pro-hunting MPs will meet on Monday.",
])
def test_no_side_from_a_prefix(build_text, text):
    graph = build_text(text)
    assert not _prefixed(graph), sorted(_prefixed(graph))
    assert not any(r == "supports" and "ban" in t for h, r, t in stance_triples(graph) if "MP" in h or "Kendall" in h)
