"""Diffing versions: alignment, flips, qualifiers, rewording, the RDF Patch, properties over random graphs."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib.compare import isomorphic

from graph.diff import (align, apply_patch, diff, dumps_json, dumps_patch, format_text, history, invert,
                        union_graph)
from graph.errors import InputError
from graph.model import Article, ArticleGraph, Entity, Evidence, Statement
from graph.io.rdf import to_rdf


def _ev(sentence: str, start: int = 0) -> Evidence:
    return Evidence(sentence, start, start + len(sentence), start, start + len(sentence))


def _graph(name: str, entities, statements) -> ArticleGraph:
    return ArticleGraph(Article(name, ""), tuple(sorted(entities, key=lambda e: e.id)), tuple(statements))


def _st(s, r, o, sentence="A said so.", start=0, **kw) -> Statement:
    return Statement(s, r, o, _ev(sentence, start), "rule", 0.9, **kw)


PLAN = Entity("position/full-takeover", "position", "full takeover", ("takeover",))
NETA = Entity("person/benjamin-netanyahu", "person", "Benjamin Netanyahu", ("Netanyahu",))
HALEVI_SHORT = Entity("person/halevi", "person", "Halevi")
HALEVI_FULL = Entity("person/herzi-halevi", "person", "Herzi Halevi", ("Halevi",))
CABINET = Entity("institution/war-cabinet", "institution", "war cabinet")
BASE = [PLAN, NETA, CABINET]


def _diff_rdf(a: ArticleGraph, b: ArticleGraph, **kw):
    return diff(a, b, old_rdf=to_rdf(a), new_rdf=to_rdf(b), **kw)


def test_diff_same_graph_is_empty():
    a = _graph("v1", BASE + [HALEVI_FULL], [_st(NETA.id, "supports", PLAN.id), _st(HALEVI_FULL.id, "opposes", PLAN.id)])
    d = _diff_rdf(a, a)
    assert d.empty and not d.substance
    assert "no change" in format_text(d)


def test_diff_aligns_surname_with_full_name():
    a = _graph("v1", BASE + [HALEVI_SHORT], [_st(HALEVI_SHORT.id, "opposes", PLAN.id)])
    b = _graph("v2", BASE + [HALEVI_FULL], [_st(HALEVI_FULL.id, "opposes", PLAN.id)])
    mapping, basis = align(a, b)
    assert mapping[HALEVI_SHORT.id] == HALEVI_FULL.id and basis[HALEVI_SHORT.id] == "name"
    d = diff(a, b)
    assert not d.substance  # a fuller name is naming, not who stands where
    assert {c.kind for c in d.entities} == {"relabelled", "aliases"}


@pytest.mark.parametrize("first, second, same", [
    ("Herzi Halevi", "Halevi", True),
    ("Herzi Halevi", "H. Halevi", False),  # an initial is not the first name spelled out
    ("Herzi Halevi", "Eyal Halevi", False),  # same surname, another person
    ("Yoav Gallant", "Halevi", False),
])
def test_align_person_names(first, second, same):
    from graph.extract.entities.resolve import entity_id
    a = _graph("v1", [Entity(entity_id("person", first), "person", first)], [])
    b = _graph("v2", [Entity(entity_id("person", second), "person", second)], [])
    assert bool(align(a, b)[0]) == same


def test_diff_flip_is_one_change_not_removal_plus_addition():
    a = _graph("v1", BASE, [_st(NETA.id, "supports", PLAN.id)])
    b = _graph("v2", BASE, [_st(NETA.id, "opposes", PLAN.id, "Netanyahu now opposes the takeover.")])
    d = diff(a, b)
    assert [(c.kind, c.before, c.after) for c in d.statements] == [("flipped", "supports", "opposes")]
    assert "supports -> opposes" in format_text(d)


def test_diff_attributed_claim_that_became_direct():
    a = _graph("v1", BASE, [_st(NETA.id, "supports", PLAN.id, attribution="reportedly", hedged=True)])
    b = _graph("v2", BASE, [_st(NETA.id, "supports", PLAN.id)])
    [change] = [c for c in diff(a, b).statements if c.kind == "qualifiers"]
    assert (change.before, change.after) == ("attributed, hedged", "direct")


def test_diff_rewording_is_not_substance():
    a = _graph("v1", BASE, [_st(NETA.id, "supports", PLAN.id, "Netanyahu backs the takeover.")])
    b = _graph("v2", BASE, [_st(NETA.id, "supports", PLAN.id, "The takeover has Netanyahu's backing.", 40)])
    d = diff(a, b)
    assert [c.kind for c in d.statements] == ["reworded"] and not d.substance


def test_diff_corrected_name_is_matched_by_role():
    gallant = Entity("person/yoav-gallant", "person", "Yoav Gallant", ("Gallant",))
    katz = Entity("person/israel-katz", "person", "Israel Katz", ("Katz",))
    office = Entity("office/defense-minister", "office", "defense minister")
    claims = lambda who: [_st(who, "holds", office.id), _st(who, "member_of", CABINET.id), _st(who, "opposes", PLAN.id)]
    a = _graph("v1", BASE + [gallant, office], claims(gallant.id))
    b = _graph("v2", BASE + [katz, office], claims(katz.id))
    d = diff(a, b)
    assert [(c.kind, c.old_label, c.new_label) for c in d.entities] == [("renamed", "Yoav Gallant", "Israel Katz")]
    assert d.statements == ()


def test_diff_changed_type():
    a = _graph("v1", BASE + [Entity("person/hamas", "person", "Hamas")], [_st("person/hamas", "opposes", PLAN.id)])
    b = _graph("v2", BASE + [Entity("institution/hamas", "institution", "Hamas")],
               [_st("institution/hamas", "opposes", PLAN.id)])
    assert [(c.kind, c.old_type, c.new_type) for c in diff(a, b).entities] == [("type", "person", "institution")]


def test_diff_unrelated_articles_is_an_error():
    a = _graph("gaza", BASE + [HALEVI_FULL], [_st(NETA.id, "supports", PLAN.id)])
    other = [Entity(f"person/p{i}", "person", f"Person{i} Other{i}") for i in range(5)]
    b = _graph("budget", other, [_st("person/p1", "supports", "person/p2")])
    with pytest.raises(InputError, match="two different articles"):
        diff(a, b)
    assert diff(a, b, check_related=False).entities


def test_dumps_patch_is_rdf_patch_and_applies():
    a = _graph("v1", BASE, [_st(NETA.id, "supports", PLAN.id, 'He said "no" \\ then\nyes.')])
    b = _graph("v1", BASE + [HALEVI_FULL], [_st(NETA.id, "opposes", PLAN.id), _st(HALEVI_FULL.id, "warns", PLAN.id)])
    d = _diff_rdf(a, b)
    patch = dumps_patch(d)
    lines = patch.splitlines()
    assert lines[0].startswith("H id <uuid:") and lines[1] == "TX ." and lines[-1] == "TC ."
    assert {line[:2] for line in lines[2:-1]} == {"A ", "D "}
    assert patch == dumps_patch(_diff_rdf(a, b))  # byte-stable
    assert isomorphic(apply_patch(to_rdf(a), patch), to_rdf(b))


def test_union_graph_statuses():
    a = _graph("v1", BASE + [HALEVI_FULL], [_st(NETA.id, "supports", PLAN.id), _st(HALEVI_FULL.id, "opposes", PLAN.id)])
    b = _graph("v2", BASE + [HALEVI_SHORT], [_st(NETA.id, "opposes", PLAN.id), _st(CABINET.id, "warns", PLAN.id)])
    G = union_graph(diff(a, b), a, b)
    assert HALEVI_FULL.id not in G and G.nodes[HALEVI_SHORT.id]["status"] == "unchanged"  # drawn once
    edges = {(u, d["relation"], v): d for u, v, d in G.edges(data=True)}
    assert edges[(NETA.id, "opposes", PLAN.id)]["status"] == "flipped"
    assert edges[(NETA.id, "opposes", PLAN.id)]["was"] == "supports"
    assert edges[(CABINET.id, "warns", PLAN.id)]["status"] == "added"
    assert edges[(HALEVI_SHORT.id, "opposes", PLAN.id)]["status"] == "removed"


def test_history_lists_versions_of_each_statement():
    v1 = _graph("v1", BASE + [HALEVI_SHORT], [_st(NETA.id, "supports", PLAN.id), _st(HALEVI_SHORT.id, "opposes", PLAN.id)])
    v2 = _graph("v2", BASE + [HALEVI_FULL], [_st(NETA.id, "opposes", PLAN.id), _st(HALEVI_FULL.id, "opposes", PLAN.id)])
    v3 = _graph("v3", BASE + [HALEVI_FULL], [_st(NETA.id, "opposes", PLAN.id)])
    rows = {(s, r, o): seen for s, r, o, seen in history([v1, v2, v3]).rows}
    assert rows[("Benjamin Netanyahu", "supports", "full takeover")] == (True, False, False)
    assert rows[("Benjamin Netanyahu", "opposes", "full takeover")] == (False, True, True)
    assert rows[("Herzi Halevi", "opposes", "full takeover")] == (True, True, False)  # one row across names


# --- properties over random graphs -----------------------------------------------------------------------
POOL = [NETA, PLAN, CABINET, HALEVI_FULL, Entity("person/yair-lapid", "person", "Yair Lapid", ("Lapid",)),
        Entity("position/hostage-deal", "position", "hostage deal"), Entity("office/pm", "office", "prime minister")]
RELS = ["supports", "opposes", "warns", "holds", "member_of"]


@st.composite
def graphs(draw, name="v"):
    entities = draw(st.lists(st.sampled_from(POOL), min_size=2, max_size=len(POOL), unique_by=lambda e: e.id))
    ids = [e.id for e in entities]
    statements = draw(st.lists(st.builds(
        lambda s, r, o, sent, start, attr, hedged: _st(s, r, o, sent, start, attribution=attr, hedged=hedged),
        st.sampled_from(ids), st.sampled_from(RELS), st.sampled_from(ids),
        st.sampled_from(["One.", "Two.", "Three \"quoted\"."]), st.integers(0, 3),
        st.sampled_from(["", "reportedly"]), st.booleans()), max_size=8))
    statements = list({(s.subject, s.relation, s.object, s.evidence.start): s for s in statements}.values())
    return _graph(name, entities, statements)


@settings(max_examples=40, deadline=None)
@given(graphs())
def test_property_diff_of_a_graph_with_itself_is_empty(a):
    assert _diff_rdf(a, a).empty


@settings(max_examples=40, deadline=None)
@given(graphs(), graphs())
def test_property_diff_b_a_is_inverse_of_diff_a_b(a, b):
    forward = _diff_rdf(a, b, check_related=False)
    assert _diff_rdf(b, a, check_related=False) == invert(forward)
    assert invert(invert(forward)) == forward


@settings(max_examples=40, deadline=None)
@given(graphs(), graphs())
def test_property_patch_turns_a_into_b(a, b):
    patch = dumps_patch(_diff_rdf(a, b, check_related=False))
    assert isomorphic(apply_patch(to_rdf(a), patch), to_rdf(b))


def test_dumps_json_is_deterministic():
    a = _graph("v1", BASE, [_st(NETA.id, "supports", PLAN.id)])
    b = _graph("v2", BASE + [HALEVI_FULL], [_st(NETA.id, "opposes", PLAN.id), _st(HALEVI_FULL.id, "warns", PLAN.id)])
    import json
    data = json.loads(dumps_json(diff(a, b)))
    assert data["substance"] is True
    assert {c["kind"] for c in data["statements"]} == {"flipped", "added"}
    assert dumps_json(diff(a, b)) == dumps_json(diff(a, b))
