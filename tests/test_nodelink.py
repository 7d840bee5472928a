"""The node-link JSON contract the evaluation reads (../shared/eval/GUIDELINES.md)."""
from __future__ import annotations

import json

import networkx as nx
import pytest

from graph.model import NODE_TYPES, RELATIONS
from graph.io.nodelink import dumps_node_link, read_node_link, to_networkx

ACTORS = ("person", "institution")


@pytest.fixture(scope="module")
def data(seed_build):
    return json.loads(seed_build[".json"].read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def dirty_graph(build_text):
    return build_text("Harbour Levy Row\n\nTransport Minister Felix Aalto backed the \u201charbour levy\u201d on Monday.\n"
                      "Aaltoannounced it would fund the port. Critics, including councillor Amy Foss, slammed the\n"
                      "harbour levy. Foss said.The levy would ruin fishermen, according to her aides.")


def test_nodelink_top_level_is_a_directed_multigraph(data):
    assert data["directed"] is True and data["multigraph"] is True
    assert data["nodes"] and data["edges"]


def test_nodelink_every_node_has_type_label_aliases(data):
    ids = [n["id"] for n in data["nodes"]]
    assert len(ids) == len(set(ids))
    for n in data["nodes"]:
        assert n["type"] in NODE_TYPES
        assert isinstance(n["label"], str) and n["label"].strip() == n["label"] != ""
        assert isinstance(n["aliases"], list) and all(isinstance(a, str) and a for a in n["aliases"])
        assert n["label"] not in n["aliases"]


def test_nodelink_every_edge_has_a_known_relation_and_ends(data):
    types = {n["id"]: n["type"] for n in data["nodes"]}
    for e in data["edges"]:
        assert e["relation"] in RELATIONS
        assert e["source"] in types and e["target"] in types
        source, target = types[e["source"]], types[e["target"]]
        assert source in ACTORS
        if e["relation"] == "holds":
            assert (source, target) == ("person", "office")
        elif e["relation"] == "member_of":
            assert target == "institution"
        else:
            assert target in ACTORS + ("position",)


@pytest.mark.parametrize("which", ["seed", "dirty"])
def test_nodelink_evidence_is_a_substring_and_offsets_slice_it(which, seed_graph, dirty_graph):
    graph = seed_graph if which == "seed" else dirty_graph
    text = graph.article.text
    data = json.loads(dumps_node_link(graph))
    assert data["edges"]
    for e in data["edges"]:
        assert e["evidence"] and e["evidence"] in text
        assert text[e["evidence_start"]:e["evidence_end"]] == e["evidence"]
        assert e["evidence_start"] <= e["cite_start"] < e["cite_end"] <= e["evidence_end"]


def test_nodelink_read_back_equals_the_networkx_view(seed_build, seed_graph):
    G = read_node_link(seed_build[".json"])
    H = to_networkx(seed_graph)
    assert isinstance(G, nx.MultiDiGraph)
    assert dict(G.nodes(data=True)) == dict(H.nodes(data=True))
    assert sorted(G.edges(keys=True, data="relation")) == sorted(H.edges(keys=True, data="relation"))


def test_nodelink_seed_facts(seed_graph):
    G = to_networkx(seed_graph)
    by_label = {d["label"]: n for n, d in G.nodes(data=True)}
    netanyahu = by_label["Benjamin Netanyahu"]
    assert G.nodes[netanyahu]["type"] == "person"
    supported = {G.nodes[t]["label"].lower() for _, t, d in G.out_edges(netanyahu, data=True) if d["relation"] == "supports"}
    assert any("takeover" in label for label in supported)


def test_nodelink_scorer_reads_it(data):
    """The keys the evaluation reads: node type/label/aliases, edge relation/evidence/source/target."""
    assert all({"id", "type", "label", "aliases"} <= set(n) for n in data["nodes"])
    assert all({"source", "target", "relation", "evidence"} <= set(e) for e in data["edges"])


def _tangled(graph):
    """The graph with its statements reversed and interleaved between pairs, one statement to an end that is no
    entity, and one entity stated twice: the orders networkx keeps that a plain list would not."""
    from dataclasses import replace
    statements = list(reversed(graph.statements))
    statements = statements[::2] + statements[1::2]
    statements.append(replace(statements[0], object="position/not-an-entity"))
    statements.insert(1, replace(statements[-2], subject=statements[0].object, object=statements[0].subject))
    twice = replace(graph.entities[0], label=graph.entities[0].label + " Jr", aliases=("again",))
    return replace(graph, statements=tuple(statements), entities=(*graph.entities, twice))


@pytest.mark.parametrize("which", ["seed", "dirty", "tangled"])
def test_nodelink_is_networkx_node_link_data_without_networkx(which, seed_graph, dirty_graph):
    """The JSON is written without building the networkx graph: same lists, same order, same bytes."""
    from graph.io.nodelink import node_link
    graph = {"seed": seed_graph, "dirty": dirty_graph, "tangled": _tangled(seed_graph)}[which]
    assert node_link(graph) == nx.node_link_data(to_networkx(graph), edges="edges")
    assert dumps_node_link(graph) == json.dumps(nx.node_link_data(to_networkx(graph), edges="edges"),
                                                ensure_ascii=False, indent=1, sort_keys=True) + "\n"
