"""The viewer in a real Chromium: opened from file:// with every network request blocked and recorded.

Skipped when no Chromium is installed; NEWSGRAPH_REQUIRE_BROWSER=1 (CI) turns the skip into a failure.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from conftest import ROOT
from graph.io.html import render_network
from graph.model import Article, ArticleGraph, Entity, Evidence, Statement
from graph.io.nodelink import to_networkx
from graph.io.outputs import atomic_write, write_outputs

pytestmark = pytest.mark.browser

ARTIFACTS = ROOT / "test-artifacts"


class Viewer:
    """One page of the viewer, with what it tried to fetch, logged and popped up."""

    def __init__(self, browser, path: Path):
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        own = path.resolve().as_uri()

        def route(r):
            self.requests.append(r.request.url)
            r.continue_() if r.request.url == own else r.abort()
        self.page.route("**/*", route)
        self.page.on("console", lambda m: m.type in ("error", "warning") and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(own)
        self.page.wait_for_selector("html[data-ready=true]", timeout=60_000)

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def drawn(self) -> tuple[int, int]:
        return tuple(self.js("[network.body.nodeIndices.length, network.body.edgeIndices.length]"))

    def drawn_edges(self) -> list[dict]:
        return self.js("network.body.edgeIndices.map(id => newsgraph.edges.get(id).ng)")

    def drawn_node_types(self) -> list[str]:
        return self.js("network.body.nodeIndices.map(id => newsgraph.nodes.get(id).ng.type)")

    def click_node(self, node_id: str) -> None:
        x, y = self.js("id => { const p = network.canvasToDOM(network.getPosition(id)); return [p.x, p.y]; }", node_id)
        box = self.page.locator("#graph").bounding_box()
        self.page.mouse.click(box["x"] + x, box["y"] + y)

    def clickable_edge(self, relation: str) -> str | None:
        """An edge of this relation whose midpoint no node or other edge covers, so a click there is unambiguous."""
        return self.js("""rel => network.body.edgeIndices.find(id => {
            if (newsgraph.edges.get(id).ng.relation !== rel) return false;
            const p = network.canvasToDOM(network.body.edges[id].edgeType.getPoint(0.5));
            return network.getEdgeAt(p) === id && network.getNodeAt(p) === undefined; }) || null""", relation)

    def click_edge(self, edge_id: str) -> None:
        x, y = self.js("""id => { const e = network.body.edges[id];
            const p = network.canvasToDOM(e.edgeType.getPoint(0.5)); return [p.x, p.y]; }""", edge_id)
        box = self.page.locator("#graph").bounding_box()
        self.page.mouse.click(box["x"] + x, box["y"] + y)


@pytest.fixture
def open_viewer(browser):
    viewers = []

    def _open(path: Path) -> Viewer:
        viewers.append(Viewer(browser, path))
        return viewers[-1]
    yield _open
    for v in viewers:
        v.page.close()


@pytest.fixture(scope="module")
def seed_page(seed_build):
    return seed_build[".html"]


def test_html_browser_seed_loads_offline_without_errors(open_viewer, seed_page):
    viewer = open_viewer(seed_page)
    assert viewer.requests == [seed_page.resolve().as_uri()]
    assert viewer.errors == []
    ARTIFACTS.mkdir(exist_ok=True)
    viewer.page.screenshot(path=str(ARTIFACTS / "seed-graph.png"))
    assert viewer.js("window.network instanceof vis.Network")


def test_html_browser_draws_every_node_and_edge(open_viewer, seed_page, seed_graph):
    viewer = open_viewer(seed_page)
    assert viewer.drawn() == (len(seed_graph.entities), len(seed_graph.statements))
    counts = viewer.page.text_content("#counts")
    assert f"{len(seed_graph.entities)} nodes" in counts and f"{len(seed_graph.statements)} edges" in counts


def test_html_browser_seed_layout_is_readable(open_viewer, seed_page):
    viewer = open_viewer(seed_page)
    boxes = viewer.js("""network.body.nodeIndices.map(id => {
        const b = network.getBoundingBox(id); return [id, b.left, b.top, b.right, b.bottom]; })""")
    overlaps = [(a[0], b[0]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                if a[1] < b[3] and b[1] < a[3] and a[2] < b[4] and b[2] < a[4]]
    assert overlaps == []
    # Spread over the canvas, not strung out along a line, and labels at a legible size once fitted.
    width = max(b[3] for b in boxes) - min(b[1] for b in boxes)
    height = max(b[4] for b in boxes) - min(b[2] for b in boxes)
    assert 0.25 < width / height < 4
    assert viewer.js("network.getScale()") * 15 >= 9  # node font 15px: at least 9 px on screen


def test_html_browser_click_on_node_shows_its_evidence(open_viewer, seed_page, seed_graph):
    G = to_networkx(seed_graph)
    hub = max(sorted(G.nodes), key=G.degree)
    viewer = open_viewer(seed_page)
    viewer.click_node(hub)
    assert viewer.page.text_content("#details h3") == G.nodes[hub]["label"]
    cited = viewer.page.locator("#details .statement mark").all_text_contents()
    assert len(viewer.page.locator("#details .statement").all()) == G.degree(hub) - nx.number_of_selfloops(G.subgraph([hub]))
    sentences = {d["evidence"] for *_, d in G.edges(hub, data=True)} | {d["evidence"] for *_, d in G.in_edges(hub, data=True)}
    quotes = viewer.page.locator("#details blockquote").all_text_contents()
    assert set(quotes) == sentences
    assert cited and all(any(c in s for s in sentences) for c in cited)


def test_html_browser_click_on_edge_shows_its_statement(open_viewer, seed_page):
    viewer = open_viewer(seed_page)
    edge_id = viewer.clickable_edge("supports")
    assert edge_id, "some supports edge can be clicked on its own"
    edge = viewer.js("id => newsgraph.edges.get(id)", edge_id)
    viewer.click_edge(edge_id)
    head = viewer.page.text_content("#details .statement .head")
    assert "supports" in head
    assert viewer.page.text_content("#details blockquote") == edge["ng"]["evidence"]
    assert viewer.page.text_content("#details blockquote mark") == edge["ng"]["evidence_parts"][1]


def test_html_browser_type_filter_hides_nodes_and_their_edges(open_viewer, seed_page, seed_graph):
    viewer = open_viewer(seed_page)
    viewer.page.uncheck("input[data-filter=type][value=position]")
    assert "position" not in viewer.drawn_node_types()
    kept = {e.id for e in seed_graph.entities if e.type != "position"}
    assert viewer.drawn() == (len(kept), sum(s.subject in kept and s.object in kept for s in seed_graph.statements))
    viewer.page.check("input[data-filter=type][value=position]")
    assert viewer.drawn() == (len(seed_graph.entities), len(seed_graph.statements))


def test_html_browser_relation_filter_hides_edges(open_viewer, seed_page, seed_graph):
    viewer = open_viewer(seed_page)
    viewer.page.uncheck("input[data-filter=relation][value=supports]")
    viewer.page.uncheck("input[data-filter=relation][value=holds]")
    relations = {e["relation"] for e in viewer.drawn_edges()}
    assert relations and not relations & {"supports", "holds"}
    assert viewer.drawn()[0] == len(seed_graph.entities)
    viewer.page.click("#reset")
    assert viewer.drawn() == (len(seed_graph.entities), len(seed_graph.statements))


def test_html_browser_search_finds_a_node_by_alias(open_viewer, seed_page, seed_graph):
    owners: dict[str, set[str]] = {}
    for e in seed_graph.entities:
        for name in (e.label, *e.aliases):
            owners.setdefault(name.casefold(), set()).add(e.id)
    entity = next(e for e in seed_graph.entities
                  if any(a != e.label and owners[a.casefold()] == {e.id} for a in e.aliases))
    alias = next(a for a in entity.aliases if a != entity.label and owners[a.casefold()] == {entity.id})
    viewer = open_viewer(seed_page)
    viewer.page.fill("#search", alias.upper())
    viewer.page.press("#search", "Enter")
    assert viewer.js("network.getSelectedNodes()") == [entity.id]
    assert viewer.page.text_content("#details h3") == entity.label
    assert alias.upper() in viewer.page.text_content("#search-status") or entity.label in viewer.page.text_content("#search-status")
    viewer.page.fill("#search", "zzz-nobody-by-this-name")
    viewer.page.press("#search", "Enter")
    assert "No node" in viewer.page.text_content("#search-status")


def test_html_browser_focus_shows_only_the_neighbourhood(open_viewer, seed_page, seed_graph):
    G = to_networkx(seed_graph)
    hub = max(sorted(G.nodes), key=G.degree)
    viewer = open_viewer(seed_page)
    viewer.click_node(hub)
    viewer.page.click("#focus")
    shown = set(viewer.js("network.body.nodeIndices"))
    assert shown == {hub} | set(G.successors(hub)) | set(G.predecessors(hub))
    viewer.page.click("#focus")  # "Show all"
    assert viewer.drawn() == (G.number_of_nodes(), G.number_of_edges())


def test_html_browser_physics_toggle(open_viewer, seed_page):
    viewer = open_viewer(seed_page)
    assert viewer.js("network.physics.physicsEnabled") is False  # still once laid out
    viewer.page.check("#physics")
    assert viewer.js("network.physics.physicsEnabled") is True


EVIL = {
    "name": '<img src=x onerror="window.__pwned=1;alert(1)">',
    "quote": '</script><script>window.__pwned=2;alert(2)</script><svg onload="alert(3)">',
    "alias": '<b onmouseover=alert(4)>Boss</b>',
}


def markup_graph() -> ArticleGraph:
    sentence = f"{EVIL['name']} said {EVIL['quote']} about the plan."
    text = sentence + " Nothing else."
    person = Entity("person/evil", "person", EVIL["name"], (EVIL["alias"],))
    plan = Entity("position/plan", "position", f"plan {EVIL['quote']}")
    cite = sentence.index("said")
    statement = Statement(person.id, "supports", plan.id, Evidence(sentence, 0, len(sentence), cite, len(sentence) - 1),
                          "speech", 0.7, attribution=EVIL["quote"], cue="said")
    return ArticleGraph(Article(EVIL["name"], text), (person, plan), (statement,))


def test_html_browser_markup_in_an_article_runs_nothing(open_viewer, tmp_path):
    path = tmp_path / "evil.html"
    write_outputs(markup_graph(), tmp_path, ["html"], stem="evil")
    viewer = open_viewer(path)
    viewer.click_node("person/evil")
    assert viewer.page.text_content("#details h3") == EVIL["name"]
    viewer.page.fill("#search", "Boss")
    viewer.page.press("#search", "Enter")
    viewer.js("newsgraph.showEdge('e0')")
    viewer.page.hover("#details .statement .head")
    assert EVIL["quote"] in viewer.page.text_content("#details")
    assert viewer.page.text_content("h1") == EVIL["name"]
    assert viewer.dialogs == []
    assert viewer.js("window.__pwned") is None
    injected = viewer.js("""document.querySelectorAll(
        'img, b, #details svg, #details script, [onerror], [onload], [onmouseover]').length""")
    assert injected == 0
    assert viewer.requests == [path.resolve().as_uri()]


def test_html_browser_diff_status_and_camps_in_the_legend(open_viewer, tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("person/a", type="person", label="Ann", aliases=[], status="unchanged")
    G.add_node("position/p", type="position", label="plan", aliases=[], status="added")
    G.add_edge("person/a", "position/p", relation="supports", status="flipped", evidence="Ann backs the plan.")
    G.add_edge("person/a", "position/p", relation="opposes", status="removed", evidence="Ann fights the plan.")
    path = tmp_path / "diff.html"
    atomic_write(path, render_network(G, title="v1 → v2", node_groups={"person/a": "hawks", "position/p": "doves"},
                                      notice="Compared v1 with v2."))
    viewer = open_viewer(path)
    assert viewer.drawn() == (2, 2)
    assert viewer.page.is_visible("#status-legend") and viewer.page.is_visible("#group-legend")
    statuses = viewer.page.locator("#status-items .item").all_text_contents()
    assert [s.rstrip("0123456789") for s in statuses] == ["added", "removed", "flipped", "unchanged"]
    assert viewer.page.locator("#group-items .item").all_text_contents() == ["doves1", "hawks1"]
    assert not viewer.page.locator("#no-group").count()  # every node is in a camp
    assert "Compared v1 with v2." in viewer.page.text_content("#notices")
    assert viewer.errors == []


def test_html_browser_2000_nodes_open_and_stay_usable(open_viewer, tmp_path):
    from test_html_scale import corpus_like_graph
    graph = corpus_like_graph(2000)
    write_outputs(graph, tmp_path, ["html"], stem="corpus")
    viewer = open_viewer(tmp_path / "corpus.html")
    # every node; every edge but those too short to see at this zoom, drawn once zoomed in (test_html_names.py)
    assert viewer.drawn()[0] == 2000
    assert viewer.drawn()[1] + len(viewer.js("newsgraph.waitingEdges()")) == len(graph.statements)
    assert "Large graph" in viewer.page.text_content("#notices")
    assert viewer.js("network.physics.physicsEnabled") is False
    assert viewer.errors == [] and len(viewer.requests) == 1
    person = next(e for e in graph.entities if e.type == "person")
    viewer.page.fill("#search", person.label)
    viewer.page.press("#search", "Enter")
    assert viewer.js("network.getSelectedNodes()") == [person.id]
    viewer.page.click("#focus")
    assert viewer.drawn()[0] == 1 + len({s.object for s in graph.statements if s.subject == person.id}
                                        | {s.subject for s in graph.statements if s.object == person.id})
    viewer.page.uncheck("input[data-filter=type][value=position]")
    viewer.page.click("#reset")
    assert viewer.drawn()[0] == 2000
    assert viewer.drawn()[1] + len(viewer.js("newsgraph.waitingEdges()")) == len(graph.statements)


def test_html_browser_empty_graph_says_so(open_viewer, tmp_path):
    path = tmp_path / "empty.html"
    atomic_write(path, render_network(nx.MultiDiGraph(), title="nothing"))
    viewer = open_viewer(path)
    assert viewer.drawn() == (0, 0)
    assert "empty" in viewer.page.text_content("#notices")
    assert viewer.errors == []


def test_html_browser_puts_each_shared_sentence_back_in_its_edges(open_viewer, tmp_path):
    # one sentence for two edges, a character outside the BMP before the cited span (two UTF-16 units)
    sentence = "Ann Lee said 😀 she backs the tax cut and holds the post."
    G = nx.MultiDiGraph()
    G.add_node("person/a", type="person", label="Ann Lee", aliases=[])
    G.add_node("position/tax", type="position", label="tax cut", aliases=[])
    G.add_node("office/pm", type="office", label="prime minister", aliases=[])
    cite = sentence.index("backs")
    G.add_edge("person/a", "position/tax", relation="supports", evidence=sentence, evidence_start=100,
               cite_start=100 + cite, cite_end=100 + cite + len("backs the tax cut"))
    G.add_edge("person/a", "office/pm", relation="holds", evidence=sentence, evidence_start=100)
    path = tmp_path / "shared.html"
    atomic_write(path, render_network(G, title="shared"))
    viewer = open_viewer(path)
    edges = viewer.js("newsgraph.edges.get()")
    by_relation = {e["ng"]["relation"]: e for e in edges}
    assert by_relation["supports"]["ng"]["evidence_parts"] == [sentence[:cite], "backs the tax cut",
                                                              sentence[cite + len("backs the tax cut"):]]
    assert by_relation["holds"]["ng"]["evidence_parts"] == [sentence]
    assert all(e["ng"]["evidence"] == sentence and e["title"].endswith("\n" + sentence) for e in edges)
    assert all("ev" not in e["ng"] and "cite" not in e["ng"] for e in edges)
    viewer.js("id => newsgraph.showEdge(id)", by_relation["supports"]["id"])
    assert viewer.page.text_content("#details blockquote mark") == "backs the tax cut"
    assert viewer.page.text_content("#details blockquote") == sentence
    assert viewer.errors == []
