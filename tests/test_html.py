"""The HTML viewer as a file: self-contained, deterministic, escaped, styled by type/relation/status/camp.

What the page does once a browser runs it is in test_html_browser.py.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser

import networkx as nx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph.io.html import (LARGE_GRAPH, NODE_STYLES, RELATION_STYLES, STATUS_STYLES, dumps_script_json,
                        evidence_parts, page_data, render_html, render_network)
from graph.io.nodelink import to_networkx

from conftest import SEED

DATA_BLOB = re.compile(r'<script type="application/json" id="newsgraph-data">(.*?)</script>', re.S)


def embedded_data(page: str) -> dict:
    return json.loads(DATA_BLOB.search(page).group(1))


def tags(page: str) -> list[tuple[str, dict]]:
    """The elements an HTML parser sees (script bodies are raw text to it, as to a browser)."""
    found = []

    class Collect(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, dict(attrs)))
    Collect().feed(page)
    return found


def small_graph(**edge_extra) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_node("person/a", type="person", label="Ann Lee", aliases=["Lee"])
    G.add_node("office/pm", type="office", label="prime minister", aliases=[])
    G.add_node("position/tax", type="position", label="tax cut", aliases=[])
    G.add_edge("person/a", "office/pm", relation="holds", evidence="Prime minister Ann Lee spoke.",
               evidence_start=0, evidence_end=29, cite_start=0, cite_end=22, confidence=0.9)
    G.add_edge("person/a", "position/tax", relation="supports", evidence="Lee backs the tax cut.",
               evidence_start=30, evidence_end=52, cite_start=34, cite_end=51, confidence=0.8, **edge_extra)
    return G


def test_html_seed_page_is_self_contained(seed_build):
    page = seed_build[".html"].read_text(encoding="utf-8")
    # Nothing is fetched: no external script, stylesheet, image or frame, and a CSP that forbids it anyway.
    elements = tags(page)
    assert not [(t, a) for t, a in elements if "src" in a or "href" in a]
    assert "default-src 'none'" in page
    assert [t for t, _ in elements if t == "script"] == ["script"] * 3  # vis-network, the data, the viewer


def test_html_seed_page_draws_every_node_and_edge(seed_graph, seed_build):
    data = embedded_data(seed_build[".html"].read_text(encoding="utf-8"))
    assert len(data["nodes"]) == len(seed_graph.entities)
    assert len(data["edges"]) == len(seed_graph.statements)
    assert len({e["id"] for e in data["edges"]}) == len(data["edges"])


def utf16_slices(text: str, bounds: list[int]) -> list[str]:
    """text cut at UTF-16 offsets, as JavaScript's String.slice cuts it."""
    units = text.encode("utf-16-le")
    cuts = [0, *bounds, len(units) // 2]
    return [units[2 * a:2 * b].decode("utf-16-le") for a, b in zip(cuts, cuts[1:])]


def test_html_seed_page_carries_evidence(seed_build):
    data = embedded_data(seed_build[".html"].read_text(encoding="utf-8"))
    labels = {n["id"]: n["label"] for n in data["nodes"]}
    takeover = [e for e in data["edges"] if e["ng"]["relation"] == "supports"
                and "Netanyahu" in labels[e["from"]] and "takeover" in labels[e["to"]]]
    assert takeover, "Netanyahu supports a takeover position"
    ng = takeover[0]["ng"]
    before, cited, after = utf16_slices(data["evidence"][ng["ev"]], ng["cite"])
    assert cited and before + cited + after == data["evidence"][ng["ev"]]


def test_html_evidence_sentences_stored_once_with_their_cited_span():
    G = small_graph()
    text = "Ann said 😀 yes, backing the tax cut."
    G.add_edge("person/a", "position/tax", relation="supports", evidence=text, evidence_start=0, cite_start=9,
               cite_end=14)
    G.add_edge("person/a", "office/pm", relation="holds", evidence=text, evidence_start=0)  # offsets unknown
    G.add_edge("office/pm", "position/tax", relation="opposes")  # no evidence
    data = page_data(G, title="t")
    assert sorted(data["evidence"]) == sorted({text, "Prime minister Ann Lee spoke.", "Lee backs the tax cut."})
    page = render_network(G, title="t")
    assert page.count("backing the tax cut") == 1
    by_evidence = {}
    for e in data["edges"]:
        ng = e["ng"]
        assert "evidence" not in ng and not ng.get("evidence_parts") and "\n" not in e["title"]
        if "ev" in ng:
            sentence = data["evidence"][ng["ev"]]
            parts = utf16_slices(sentence, ng["cite"]) if "cite" in ng else [sentence]
            by_evidence.setdefault(sentence, []).append(parts)
        else:
            assert ng["relation"] == "opposes"
    # what the side panel shows, once viewer.js has put it back: the same split as evidence_parts makes
    assert sorted(by_evidence[text]) == sorted([["Ann said ", "😀 yes", ", backing the tax cut."], [text]])
    assert by_evidence["Lee backs the tax cut."] == [["Lee ", "backs the tax cut", "."]]


def test_html_render_is_deterministic(seed_graph):
    assert render_html(seed_graph) == render_html(seed_graph)


def test_html_build_is_byte_identical_across_processes(tmp_path):
    pages = []
    for hash_seed in ("1", "2"):
        out = tmp_path / hash_seed
        run = subprocess.run([sys.executable, "-m", "graph.cli", "build", str(SEED), "--format", "html", "--out", str(out),
                              "-q"], capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": hash_seed})
        assert run.returncode == 0, run.stderr
        pages.append((out / "gaza-rift.html").read_bytes())
    assert pages[0] == pages[1]


def test_html_render_ignores_insertion_order():
    G = small_graph()
    H = nx.MultiDiGraph()
    for n in reversed(list(G.nodes)):
        H.add_node(n, **G.nodes[n])
    for u, v, k, d in reversed(list(G.edges(keys=True, data=True))):
        H.add_edge(u, v, key=k, **d)
    assert render_network(G, title="t") == render_network(H, title="t")


@pytest.mark.parametrize("evil", [
    "</script><script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<!-- <script>",
    "a\u2028b\u2029c & d",
])
def test_html_article_strings_cannot_leave_the_data_blob(evil):
    G = nx.MultiDiGraph()
    G.add_node("person/x", type="person", label=evil, aliases=[evil + "2"])
    G.add_node("position/y", type="position", label="plan", aliases=[])
    G.add_edge("person/x", "position/y", relation="supports", evidence=evil, attribution=evil,
               evidence_start=0, evidence_end=len(evil), cite_start=0, cite_end=3)
    page = render_network(G, title=evil)
    elements = tags(page)
    assert [t for t, _ in elements].count("script") == 3
    assert not [t for t, _ in elements if t == "img"]
    assert "\u2028" not in DATA_BLOB.search(page).group(1)
    data = embedded_data(page)
    assert data["title"] == evil
    assert {n["label"] for n in data["nodes"]} == {evil, "plan"}


@given(st.recursive(st.text() | st.integers() | st.booleans() | st.none(),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
                    max_leaves=20))
def test_html_script_json_round_trips_and_is_inert(value):
    text = dumps_script_json(value)
    assert not set(text) & {"<", ">", "&", "\u2028", "\u2029"}
    assert json.loads(text) == value


@pytest.mark.parametrize(("attrs", "parts"), [
    ({"evidence": "Lee backs the tax cut.", "evidence_start": 30, "cite_start": 34, "cite_end": 51},
     ["Lee ", "backs the tax cut", "."]),
    ({"evidence": "Ann said 😀 yes.", "evidence_start": 0, "cite_start": 9, "cite_end": 14}, ["Ann said ", "😀 yes", "."]),
    ({"evidence": "Out of range.", "evidence_start": 0, "cite_start": 5, "cite_end": 99}, ["Out of range."]),
    ({"evidence": "No offsets."}, ["No offsets."]),
    ({}, []),
])
def test_html_evidence_parts(attrs, parts):
    assert evidence_parts(attrs) == parts


def test_html_nodes_shaped_by_type_edges_coloured_by_relation():
    data = page_data(small_graph(), title="t")
    by_id = {n["id"]: n for n in data["nodes"]}
    assert by_id["person/a"]["shape"] == NODE_STYLES["person"]["shape"]
    assert by_id["position/tax"]["shape"] == NODE_STYLES["position"]["shape"]
    assert len({NODE_STYLES[t]["shape"] for t in NODE_STYLES}) == len(NODE_STYLES)
    colours = {e["ng"]["relation"]: e["color"]["color"] for e in data["edges"]}
    assert colours == {r: RELATION_STYLES[r]["color"] for r in ("holds", "supports")}
    assert [t["name"] for t in data["legend"]["types"]] == ["person", "office", "position"]
    assert [r["name"] for r in data["legend"]["relations"]] == ["supports", "holds"]
    assert data["legend"]["statuses"] == [] and data["legend"]["groups"] == []


def test_html_diff_status_is_styled_and_in_the_legend():
    G = small_graph(status="removed")
    G.nodes["position/tax"]["status"] = "added"
    data = page_data(G, title="diff")
    edge = next(e for e in data["edges"] if e["ng"]["relation"] == "supports")
    assert edge["color"]["color"] == STATUS_STYLES["removed"]["color"] and edge["dashes"]
    node = next(n for n in data["nodes"] if n["id"] == "position/tax")
    assert node["color"]["background"] == STATUS_STYLES["added"]["color"]
    assert node["shape"] == NODE_STYLES["position"]["shape"]
    assert {s["name"]: s["count"] for s in data["legend"]["statuses"]} == {"added": 1, "removed": 1}


def test_html_node_groups_colour_nodes_and_fill_the_legend():
    groups = {"person/a": "hawks", "position/tax": "doves", "office/pm": "hawks"}
    data = page_data(small_graph(), title="camps", node_groups=groups)
    legend = {g["name"]: g for g in data["legend"]["groups"]}
    assert {k: g["count"] for k, g in legend.items()} == {"doves": 1, "hawks": 2}
    fills = {n["id"]: n["color"]["background"] for n in data["nodes"]}
    assert fills["person/a"] == fills["office/pm"] == legend["hawks"]["color"] != fills["position/tax"]
    assert {n["id"]: n["ng"]["group"] for n in data["nodes"]} == groups


def test_html_notice_is_shown():
    data = page_data(small_graph(), title="t", notice="Compared v1 with v2.")
    assert data["notices"] == ["Compared v1 with v2."]


def test_html_odd_attribute_values_are_serialised():
    G = small_graph(tags={"b", "a"}, score=float("nan"))
    G.nodes["person/a"]["extra"] = ("x", 1)
    data = embedded_data(render_network(G, title="t"))
    edge = next(e for e in data["edges"] if e["ng"]["relation"] == "supports")
    assert edge["ng"]["tags"] == ["a", "b"] and edge["ng"]["score"] == "nan"


def test_html_large_graph_switches_to_the_large_view():
    G = nx.MultiDiGraph()
    for i in range(LARGE_GRAPH + 1):
        G.add_node(f"person/p{i}", type="person", label=f"P {i}", aliases=[])
    data = page_data(G, title="big")
    assert data["large"] and "Large graph" in data["notices"][0]
    assert page_data(small_graph(), title="small")["large"] is False


def test_html_render_html_uses_the_article_name(seed_graph):
    data = embedded_data(render_html(seed_graph))
    assert data["title"] == seed_graph.article.name
    assert len(data["nodes"]) == to_networkx(seed_graph).number_of_nodes()


def test_html_nodes_outside_every_camp_are_pale_and_counted():
    data = page_data(small_graph(), title="camps", node_groups={"person/a": "hawks"})
    fills = {n["id"]: n["color"]["background"] for n in data["nodes"]}
    assert fills["office/pm"] == fills["position/tax"] != fills["person/a"]
    assert [(g["name"], g["count"]) for g in data["legend"]["groups"]] == [("hawks", 1)]
    assert data["legend"]["ungrouped"] == {"name": "no camp", "count": 2, "color": fills["office/pm"]}


def test_html_box_labels_contrast_with_their_fill():
    data = page_data(small_graph(), title="camps", node_groups={"position/tax": "hawks"})
    box = next(n for n in data["nodes"] if n["id"] == "position/tax")
    assert box["color"]["background"] == "#4e79a7" and box["font"]["color"] == "#ffffff"
    plain = next(n for n in page_data(small_graph(), title="t")["nodes"] if n["id"] == "position/tax")
    assert plain["font"]["color"] == "#212529"
