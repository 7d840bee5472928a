"""The viewer's layout computed at build time, and the corpus page that opens on an overview of clusters.

Browser tests (real Chromium, offline) are marked `browser` and skipped without one, like test_html_browser.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

import networkx as nx
import pytest

from conftest import ROOT
from graph.io.html import OVERVIEW_ABOVE, page_data, render_network
from graph.io.layout import clusters, communities, positions
from graph.io.nodelink import to_networkx
from test_html_scale import corpus_like_graph



def corpus_graph(n: int = 1200) -> nx.MultiDiGraph:
    """A graph of several articles (what merge_graphs gives for a corpus) above the overview threshold."""
    G = to_networkx(corpus_like_graph(n))
    G.graph["articles"] = ["wire-a", "wire-b", "wire-c"]
    return G


def test_every_node_comes_with_whole_pixel_positions_and_physics_is_off(seed_graph):
    data = page_data(to_networkx(seed_graph), title="seed")
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in data["nodes"])
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) == len(data["nodes"])  # no two on one spot
    assert data["options"]["physics"]["enabled"] is False
    assert data["options"]["layout"]["improvedLayout"] is False


def test_layout_ignores_insertion_order_and_hash_seed():
    a = nx.MultiDiGraph()
    b = nx.MultiDiGraph()
    edges = [("p/ann", "q/tax"), ("p/bob", "q/tax"), ("p/cy", "q/rail"), ("p/ann", "p/bob"), ("p/dee", "q/rail")]
    a.add_edges_from(edges)
    b.add_edges_from(reversed(edges))
    assert positions(a) == positions(b)
    script = ("import sys, json; sys.path[:0] = ['tests', '.']\n"
              "from test_html_corpus import corpus_graph\nfrom graph.io.html import render_network\n"
              "import hashlib; print(hashlib.sha256(render_network(corpus_graph(900), title='c').encode()).hexdigest())")
    digests = {subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(digests) == 1


def test_components_are_laid_apart():
    G = nx.MultiDiGraph([("a/1", "a/2"), ("a/2", "a/3"), ("b/1", "b/2")])
    pos = positions(G)
    assert set(pos) == {"a/1", "a/2", "a/3", "b/1", "b/2"}
    left = max(pos[v][0] for v in ("a/1", "a/2", "a/3"))
    assert min(pos[v][0] for v in ("b/1", "b/2")) > left or min(pos[v][1] for v in ("b/1", "b/2")) > \
        max(pos[v][1] for v in ("a/1", "a/2", "a/3"))


def test_communities_split_a_corpus_and_cover_every_node():
    G = corpus_graph()
    found = communities(G)
    assert sum(len(c) for c in found) == G.number_of_nodes() and len(found) > 10
    groups, n_communities = clusters(G)
    members = [v for g in groups for v in g]
    assert sorted(members) == sorted(G.nodes) and len(members) == len(set(members))
    assert n_communities <= 40 and len(groups) <= n_communities + 4


def test_a_corpus_page_opens_on_an_overview_of_clusters():
    G = corpus_graph()
    data = page_data(G, title="corpus")
    clusters_ = data["clusters"]
    assert clusters_ and len(clusters_) < G.number_of_nodes() / 10
    assert sum(c["size"] for c in clusters_) == G.number_of_nodes()
    assert all(n["ng"]["cluster"] in {c["id"] for c in clusters_} for n in data["nodes"])
    assert "Overview" in data["notices"][0]
    top = clusters_[0]
    assert top["size"] == len(top["members"]) and top["label"].startswith(top["top"][0])
    # one article, or a small corpus: the flat view, every node drawn
    assert page_data(to_networkx(corpus_like_graph(OVERVIEW_ABOVE + 50)), title="one")["clusters"] == []
    small = corpus_graph(OVERVIEW_ABOVE - 50)
    assert page_data(small, title="few")["clusters"] == []
    assert page_data(small, title="few", overview=True)["clusters"]


def test_corpus_build_writes_a_corpus_page(tmp_path):
    from graph.corpus import build_corpus
    texts = {"harbour": "Chancellor Rachel Reeves supports the harbour levy. Kemi Badenoch opposed the levy.\n",
             "rail": "The union leader Mick Lynch opposed the rail pay offer. Rachel Reeves backed the offer.\n"}
    wire = tmp_path / "wire.jsonl"
    wire.write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in texts.items()), encoding="utf-8")
    report = build_corpus([wire], tmp_path / "o", formats=["json", "html"])
    page = tmp_path / "o" / "corpus.html"
    assert page in report.corpus_files
    text = page.read_text(encoding="utf-8")
    assert "Rachel Reeves" in text and "Mick Lynch" in text
    blob = text.split('id="newsgraph-data">', 1)[1].split("</script>", 1)[0]
    data = json.loads(blob)
    assert data["clusters"] == [] and len(data["nodes"]) >= 4
    assert sum(n["id"] == "person/rachel-reeves" for n in data["nodes"]) == 1  # one node across the articles


# --- in the browser ---------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def corpus_page(tmp_path_factory):
    G = corpus_graph()
    path = tmp_path_factory.mktemp("corpus-page") / "corpus.html"
    path.write_text(render_network(G, title="corpus"), encoding="utf-8")
    return path, G


def _open(browser, path):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    requests, errors = [], []
    own = path.resolve().as_uri()

    def route(r):
        requests.append(r.request.url)
        r.continue_() if r.request.url == own else r.abort()
    page.route("**/*", route)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.goto(own)
    page.wait_for_selector("html[data-ready=true]", timeout=60_000)
    return page, requests, errors


def _drawn(page) -> tuple[list[str], list[str]]:
    return page.evaluate("[network.body.nodeIndices.slice(), network.body.edgeIndices.slice()]")


@pytest.mark.browser
def test_browser_corpus_page_opens_offline_on_its_clusters(browser, corpus_page):
    path, G = corpus_page
    page, requests, errors = _open(browser, path)
    nodes, _ = _drawn(page)
    clusters_ = page.evaluate("newsgraph.clusters.map(c => c.id)")
    assert sorted(nodes) == sorted(clusters_)
    assert requests == [path.resolve().as_uri()] and errors == []
    assert page.evaluate("network.physics.physicsEnabled") is False
    assert "clusters open" in page.text_content("#counts")
    page.close()


@pytest.mark.browser
def test_browser_search_finds_a_node_inside_a_collapsed_cluster(browser, corpus_page):
    path, G = corpus_page
    page, _, errors = _open(browser, path)
    target = max(sorted(n for n in G.nodes if G.nodes[n]["type"] == "person"), key=G.degree)
    label = G.nodes[target]["label"]
    assert not page.evaluate("id => newsgraph.isShown(id)", target)
    page.fill("#search", label)
    page.press("#search", "Enter")
    assert page.evaluate("network.getSelectedNodes()") == [target]
    nodes, _ = _drawn(page)
    neighbours = set(G.successors(target)) | set(G.predecessors(target))
    assert target in nodes and neighbours <= set(nodes)
    assert page.text_content("#details h3") == label
    assert errors == []
    page.close()


@pytest.mark.browser
def test_browser_expand_and_collapse_a_cluster(browser, corpus_page):
    path, G = corpus_page
    page, _, errors = _open(browser, path)
    first = page.evaluate("newsgraph.clusters[0]")
    before = set(_drawn(page)[0])
    page.evaluate("id => newsgraph.showCluster(id)", first["id"])
    page.click("#expand-cluster")
    nodes, edges = _drawn(page)
    assert set(first["members"]) <= set(nodes) and first["id"] not in nodes
    inside = {(u, v) for u, v in G.edges() if u in first["members"] and v in first["members"]}
    assert len([e for e in edges if not e.startswith("link:")]) >= len(inside)
    assert "1 of" in page.text_content("#counts")
    page.click("#expand-cluster")  # now "Collapse"
    assert set(_drawn(page)[0]) == before
    # double-click on a cluster opens it too
    page.evaluate("id => network.body.emitter.emit('doubleClick', {nodes: [id], edges: []})", first["id"])
    assert set(first["members"]) <= set(_drawn(page)[0])
    page.click("#reset")
    assert set(_drawn(page)[0]) == before
    assert errors == []
    page.close()


def test_leftovers_are_grouped_by_type_in_slices():
    G = nx.MultiDiGraph()
    for i in range(25):
        G.add_node(f"person/p{i:02d}", type="person", label=f"P {i}")
    G.add_node("office/mayor", type="office", label="Mayor")
    groups, n_communities = clusters(G, min_size=3, max_size=10, types={v: v.split("/")[0] for v in G})
    assert n_communities == 0
    assert [len(g) for g in groups] == [1, 10, 10, 5]  # the office alone, then the people in slices
    data = page_data(G, title="lone", overview=True)
    assert [c["label"] for c in data["clusters"]] == ["other offices (1)", "other people: P 0 – P 24 (25)"]
