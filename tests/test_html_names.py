"""A large graph's names in the browser: given when they can be read, none lost.

Fitted to 2,000 nodes, the opening view is too far out for vis to draw a node's name, so the page gives names to
the most connected nodes (drawn readable at any zoom), to the hovered and the selected node, and to every node in
view once the view is zoomed in far enough. Arrow heads come once they would be a few pixels long.
"""
from __future__ import annotations

import pytest

from graph.io.outputs import write_outputs
from test_html_browser import Viewer
from test_html_scale import corpus_like_graph

pytestmark = pytest.mark.browser

NAMED = "network.body.nodeIndices.filter(id => network.body.nodes[id].options.label !== undefined)"
SCREEN_PX = "id => network.body.nodes[id].labelModule.fontOptions.size * network.getScale()"


@pytest.fixture(scope="module")
def big():
    graph = corpus_like_graph(2000)
    degree = {e.id: 0 for e in graph.entities}
    for s in graph.statements:
        degree[s.subject] += 1
        degree[s.object] += 1
    return graph, degree


@pytest.fixture
def big_page(big, tmp_path, browser):
    write_outputs(big[0], tmp_path, ["html"], stem="corpus")
    viewer = Viewer(browser, tmp_path / "corpus.html")
    yield viewer
    viewer.page.close()


def settle(viewer: Viewer) -> None:
    """Two frames and the timers after them: the names follow the view after each draw."""
    viewer.js("new Promise(done => { network.once('afterDrawing', () => setTimeout(done, 50)); network.redraw(); })")
    viewer.js("new Promise(done => setTimeout(done, 50))")


def quiet_node(viewer: Viewer, big, shape: str = "dot") -> str:
    """A node of this shape without a name at open, with few statements, the one vis finds under its centre."""
    graph, degree = big
    named = set(viewer.js(NAMED))
    return next(e.id for e in sorted(graph.entities, key=lambda e: e.id) if e.id not in named and degree[e.id] == 2
                and viewer.js("""id => network.body.nodes[id].options.shape === arguments[1] || null""".replace(
                    "arguments[1]", repr(shape)), e.id)
                and viewer.js("id => network.getNodeAt(network.canvasToDOM(network.getPosition(id))) === id", e.id))


def test_names_open_on_the_most_connected_nodes_readable(big_page, big):
    graph, degree = big
    viewer = big_page
    assert viewer.drawn()[0] == 2000 and viewer.errors == []
    named = viewer.js(NAMED)
    assert 10 <= len(named) <= 40
    top = max(degree.values())
    assert min(v for v in degree if degree[v] == top) in named  # the most connected node is always named
    # the others named are among the most connected, skipped only where their names would overlap
    assert sum(degree[v] for v in named) / len(named) > 3 * sum(degree.values()) / len(degree)
    assert all(viewer.js(SCREEN_PX, v) >= 12 for v in named)
    assert "zoom in for the others" in viewer.page.text_content("#notices")
    # arrow heads are about a pixel long at this zoom: not drawn yet
    assert viewer.js("network.body.edges[network.body.edgeIndices[0]].options.arrows.to.enabled") is False


def test_zooming_in_names_every_node_in_view_and_draws_arrow_heads(big_page, big):
    viewer = big_page
    target = quiet_node(viewer, big)
    viewer.js("id => network.moveTo({position: network.getPosition(id), scale: 1.0, animation: false})", target)
    settle(viewer)
    in_view = viewer.js("""() => { const s = network.getScale(), c = network.getViewPosition(),
        box = document.getElementById('graph').getBoundingClientRect();
        return network.body.nodeIndices.filter(id => { const p = network.getPosition(id);
            return Math.abs(p.x - c.x) * s < box.width / 2 && Math.abs(p.y - c.y) * s < box.height / 2; }); }""")
    assert target in in_view and len(in_view) > 5
    labels = viewer.js("ids => ids.map(id => network.body.nodes[id].options.label)", in_view)
    assert labels == viewer.js("ids => ids.map(id => newsgraph.data.nodes.find(n => n.id === id).label)", in_view)
    assert viewer.js("network.body.edges['e0'].options.arrows.to.enabled") is True
    assert viewer.drawn() == (2000, len(big[0].statements)) and viewer.js("newsgraph.waitingEdges()") == []
    assert viewer.errors == []


EDGE_PX = """ids => { const s = network.getScale(); return ids.map(id => { const e = newsgraph.data.edges.find(x => x.id === id),
    a = network.getPosition(e.from), b = network.getPosition(e.to); return Math.hypot(a.x - b.x, a.y - b.y) * s; }); }"""


def test_edges_too_short_to_see_come_when_they_can_be_seen(big_page, big):
    graph, _ = big
    viewer = big_page
    waiting = viewer.js("newsgraph.waitingEdges()")
    drawn = viewer.js("network.body.edgeIndices")
    assert len(waiting) + len(drawn) == len(graph.statements) and waiting
    assert max(viewer.js(EDGE_PX, waiting)) < 4 <= min(viewer.js(EDGE_PX, drawn))
    # dragging a node brings its edges along; switching physics on gives every edge its pull
    node = viewer.js("id => newsgraph.data.edges.find(e => e.id === id).from", waiting[0])
    x, y = viewer.js("id => { const p = network.canvasToDOM(network.getPosition(id)); return [p.x, p.y]; }", node)
    box = viewer.page.locator("#graph").bounding_box()
    viewer.page.mouse.move(box["x"] + x, box["y"] + y)
    viewer.page.mouse.down()
    viewer.page.mouse.move(box["x"] + x + 40, box["y"] + y + 40, steps=5)
    viewer.page.mouse.up()
    assert waiting[0] in viewer.js("network.body.edgeIndices")
    viewer.page.check("#physics")
    assert viewer.drawn() == (2000, len(graph.statements)) and viewer.js("newsgraph.waitingEdges()") == []
    assert viewer.errors == []


def test_a_hovered_node_shows_its_name_readable_until_left(big_page, big):
    viewer = big_page
    target = quiet_node(viewer, big)
    x, y = viewer.js("id => { const p = network.canvasToDOM(network.getPosition(id)); return [p.x, p.y]; }", target)
    box = viewer.page.locator("#graph").bounding_box()
    # vis reads a hover from a move over the canvas: two, the second onto the node (a path across the graph
    # would hover other nodes on the way, whose grown names could cover this one)
    viewer.page.mouse.move(box["x"] + x + 1, box["y"] + y + 1)
    viewer.page.mouse.move(box["x"] + x, box["y"] + y)
    viewer.page.wait_for_function("id => network.body.nodes[id].options.label !== undefined", arg=target)
    assert viewer.js(SCREEN_PX, target) >= 12
    viewer.page.mouse.move(box["x"] + 5, box["y"] + box["height"] - 5, steps=5)
    viewer.page.wait_for_function(f"id => ({SCREEN_PX})(id) < 4", arg=target)
    assert viewer.errors == []


def test_a_selected_or_searched_node_shows_its_name(big_page, big):
    graph, _ = big
    viewer = big_page
    target = quiet_node(viewer, big)
    viewer.js("id => newsgraph.selectNode(id, false)", target)  # selected where it is, at the opening zoom
    assert viewer.js("id => network.body.nodes[id].options.label", target) is not None
    assert viewer.js("network.getScale()") < 0.2 and viewer.js(SCREEN_PX, target) >= 12
    viewer.js("network.unselectAll(); newsgraph.reset()")
    assert viewer.js(SCREEN_PX, target) < 4  # no longer selected: its name back to the size of the others
    other = next(v for v in sorted(e.id for e in graph.entities if e.type == "person")
                 if v != target and viewer.js("id => network.body.nodes[id].options.label === undefined", v))
    label = next(e.label for e in graph.entities if e.id == other)
    viewer.page.fill("#search", label)
    viewer.page.press("#search", "Enter")
    assert viewer.js("network.getSelectedNodes()") == [other]
    assert viewer.js("id => network.body.nodes[id].options.label", other) == label
    assert viewer.errors == []


def test_a_nameless_box_has_the_size_its_name_gives_it(big_page, big):
    viewer = big_page
    target = quiet_node(viewer, big, shape="box")
    size = "id => { const s = network.body.nodes[id].shape; return [s.width, s.height]; }"
    before = viewer.js(size, target)
    viewer.js("id => network.moveTo({position: network.getPosition(id), scale: 1.0, animation: false})", target)
    settle(viewer)
    assert viewer.js("id => network.body.nodes[id].options.label", target) is not None
    after = viewer.js(size, target)
    assert before[1] == after[1] and abs(before[0] - after[0]) < 0.5


def test_a_graph_that_fits_readably_opens_with_every_name(browser, seed_build):
    viewer = Viewer(browser, seed_build[".html"])
    try:
        assert viewer.js(NAMED + ".length") == viewer.drawn()[0] > 0
        assert "zoom in for the others" not in viewer.page.text_content("#notices")
    finally:
        viewer.page.close()
