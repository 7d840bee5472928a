"""A large graph's page carries its records packed (graph/io/pack.py): smaller, and read back whole.

The browser tests compare the records the viewer works with after opening a packed page against those of the same
page carrying page_data's records as they are: they must be the same, key for key.
"""
from __future__ import annotations

import json

import networkx as nx
import pytest

from graph.io.html import LARGE_GRAPH, dumps_script_json, page_data, render_network
from graph.io.nodelink import to_networkx
from graph.io.pack import pack, unpack
from test_html import embedded_data, small_graph
from test_html_browser import Viewer
from test_html_scale import corpus_like_graph


@pytest.fixture(scope="module")
def large():
    return to_networkx(corpus_like_graph(LARGE_GRAPH + 60))


def test_pack_unpacks_to_the_records_of_page_data(large):
    data = page_data(large, title="big")
    packed = pack(data)
    assert unpack(packed) == data
    assert len(dumps_script_json(packed)) < 0.6 * len(dumps_script_json(data))
    # a look is written once however many records share it
    assert len(packed["packed"]["nodes"]["looks"]) <= 8 and len(packed["packed"]["edges"]["looks"]) <= 8


def test_pack_never_adds_a_key_a_record_lacked():
    # one node has no "extra" in its ng, the others share {}: unpacking must not give it one
    nodes = [{"id": f"n{i}", "shape": "dot", "ng": {"type": "person", "extra": {}}} for i in range(3)]
    nodes.append({"id": "odd", "shape": "box", "ng": {"type": "person"}})
    edges = [{"id": "e0", "from": "n0", "to": "odd", "dashes": False, "ng": {"relation": "supports", "hedged": False}},
             {"id": "e1", "from": "n1", "to": "odd", "dashes": False, "ng": {"relation": "opposes", "hedged": False}}]
    data = {"nodes": nodes, "edges": edges, "title": "t"}
    packed = pack(data)
    assert "extra" not in packed["packed"]["nodes"]["common"]
    assert packed["packed"]["edges"]["common"] == {"hedged": False}  # relation: no value held by two edges
    assert unpack(packed) == data


def test_pack_only_large_pages(large):
    assert "packed" not in embedded_data(render_network(small_graph(), title="small"))
    assert "packed" in embedded_data(render_network(large, title="big"))


def test_pack_keeps_odd_values_and_article_strings():
    G = nx.MultiDiGraph()
    for i in range(LARGE_GRAPH + 1):
        G.add_node(f"person/p{i}", type="person", label=f"P </script> {i}", aliases=["\u2028x"] if i % 2 else [])
    G.add_edge("person/p0", "person/p1", relation="supports", evidence="a < b & c", evidence_start=0, score=float("nan"))
    page = render_network(G, title="odd")
    data = embedded_data(page)
    assert "</script> " not in page.split('id="newsgraph-data">', 1)[1].split("</script>", 1)[0]
    assert unpack(data) == json.loads(dumps_script_json(page_data(G, title="odd")))


# --- in the browser: the viewer unpacks to the same records ---------------------------------------------------
def _records(viewer: Viewer) -> str:
    return viewer.js("JSON.stringify({nodes: newsgraph.data.nodes, edges: newsgraph.data.edges}, function (k, v) {"
                     " return v && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v).sort().reduce("
                     " function (o, key) { o[key] = v[key]; return o; }, {}) : v; })")


@pytest.mark.browser
@pytest.mark.parametrize("corpus", [False, True], ids=["graph", "corpus-overview"])
def test_pack_viewer_reads_the_same_records_as_unpacked(large, browser, tmp_path, corpus):
    G = large.copy()
    if corpus:  # several articles: the page opens on its overview of clusters
        G.graph["articles"] = ["a", "b"]
    page = render_network(G, title="big")
    blob = page.split('id="newsgraph-data">', 1)[1].split("</script>", 1)[0]
    assert "packed" in json.loads(blob)
    whole = page.replace(blob, dumps_script_json(page_data(G, title="big")), 1)
    (tmp_path / "packed.html").write_text(page, encoding="utf-8")
    (tmp_path / "whole.html").write_text(whole, encoding="utf-8")
    packed_view, whole_view = Viewer(browser, tmp_path / "packed.html"), Viewer(browser, tmp_path / "whole.html")
    try:
        assert packed_view.errors == whole_view.errors == []
        assert _records(packed_view) == _records(whole_view)
        assert packed_view.drawn() == whole_view.drawn()
        assert packed_view.js("newsgraph.data.packed") is None
        # the side panel of an edge: its statement with the cited span
        edge = packed_view.js("newsgraph.data.edges[0].id")
        packed_view.js("id => newsgraph.showEdge(id)", edge)
        whole_view.js("id => newsgraph.showEdge(id)", edge)
        assert packed_view.js("document.getElementById('details').textContent") == \
            whole_view.js("document.getElementById('details').textContent")
    finally:
        packed_view.page.close()
        whole_view.page.close()


@pytest.mark.browser
def test_pack_search_suggestions_come_when_the_box_is_first_used(large, browser, tmp_path):
    (tmp_path / "big.html").write_text(render_network(large, title="big"), encoding="utf-8")
    viewer = Viewer(browser, tmp_path / "big.html")
    try:
        assert viewer.js("document.querySelectorAll('#names option').length") == 0
        viewer.page.focus("#search")
        labels = {n["label"] for n in page_data(large, title="big")["nodes"]}
        suggested = set(viewer.js("[...document.querySelectorAll('#names option')].map(o => o.value)"))
        assert labels <= suggested
        viewer.page.fill("#search", next(iter(sorted(labels))))
        viewer.page.press("#search", "Enter")
        assert viewer.js("document.getElementById('search-status').textContent").startswith("Found")
        assert viewer.errors == []
    finally:
        viewer.page.close()
