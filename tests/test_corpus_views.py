"""Views of many articles: the readers skip files that are no graph, and a 300-article page opens on its graph."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from graph.analysis import articles_title, read_graphs, render_camps_html
from graph.errors import InputError, NotAGraphError
from graph.model import Article, ArticleGraph, Entity, Evidence, Statement
from graph.io.nodelink import dumps_node_link
from graph.io.outputs import atomic_write


def tiny_article(i: int) -> ArticleGraph:
    """An article where one of two rival speakers takes a side on a shared plan."""
    sentence = f"Speaker {i} backs the plan."
    ev = Evidence(sentence, 0, len(sentence), 0, len(sentence))
    person = Entity(f"person/speaker-{i}", "person", f"Speaker {i}")
    plan = Entity("position/channel-tunnel-rail-link", "position", "Channel Tunnel rail link")
    relation = "supports" if i % 2 else "opposes"
    return ArticleGraph(Article(f"bbc-{i:03}", sentence), (person, plan),
                        (Statement(person.id, relation, plan.id, ev, "test", 0.9),))


def write_build(folder, n: int):
    """A build folder as `newsgraph build` leaves it: graphs, pages, the corpus manifest, a saved query result."""
    for i in range(n):
        atomic_write(folder / f"bbc-{i:03}.json", dumps_node_link(tiny_article(i)))
    atomic_write(folder / "corpus.manifest.json", json.dumps({"corpus": "corpus", "articles": []}))
    atomic_write(folder / "result.json", json.dumps({"head": {"vars": ["x"]}, "results": {"bindings": []}}))
    atomic_write(folder / "bbc-000.html", "<!doctype html><title>x</title>")


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "graph.cli", *map(str, args)], capture_output=True, text=True)


@pytest.mark.parametrize("names, title", [
    (["a"], "a"),
    (["a", "b", "c"], "a + b + c"),
    ([f"bbc-{i:03}" for i in range(300)], "300 articles: bbc-000, bbc-001, bbc-002 ..."),
])
def test_articles_title_names_a_few(names, title):
    assert articles_title(names) == title


def test_analyze_over_a_build_folder_glob_skips_what_is_no_graph(tmp_path):
    write_build(tmp_path, 3)
    run = _cli("analyze", *sorted(tmp_path.glob("*.json")))  # `newsgraph analyze out/*.json`, as typed
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    lines = run.stderr.splitlines()
    assert len(lines) == 2 and all(line.startswith("newsgraph: skipping ") for line in lines)
    assert "corpus manifest" in run.stderr and "SPARQL query result" in run.stderr
    assert "camps: balance" in run.stdout


@pytest.mark.parametrize("name", ["corpus.manifest.json", "result.json", "bbc-000.html"])
def test_analyze_refuses_one_file_that_is_no_graph_in_one_line(tmp_path, name):
    write_build(tmp_path, 1)
    run = _cli("analyze", tmp_path / name)
    assert run.returncode == 2 and run.stderr.count("\n") == 1 and "Traceback" not in run.stderr
    assert run.stderr.startswith("newsgraph: error: ") and "not a graph" in run.stderr


@pytest.mark.parametrize("name", ["corpus.manifest.json", "result.json"])
def test_diff_refuses_a_file_that_is_no_graph_in_one_line(tmp_path, name):
    write_build(tmp_path, 1)
    run = _cli("diff", tmp_path / "bbc-000.json", tmp_path / name)
    assert run.returncode == 2 and run.stderr.count("\n") == 1 and "not a graph" in run.stderr


def test_read_graphs_reports_what_it_skips(tmp_path):
    write_build(tmp_path, 2)
    skipped: list[str] = []
    graphs = read_graphs(sorted(tmp_path.glob("*")), skipped=skipped)
    assert len(graphs) == 2 and len(skipped) == 3
    with pytest.raises(NotAGraphError, match="corpus manifest"):
        read_graphs([tmp_path / "corpus.manifest.json"])
    assert issubclass(NotAGraphError, InputError)


@pytest.mark.browser
def test_html_browser_300_article_view_shows_the_graph_in_the_first_screen(tmp_path, browser):
    from test_html_browser import Viewer
    write_build(tmp_path, 300)
    page = tmp_path / "camps.html"
    atomic_write(page, render_camps_html(sorted(tmp_path.glob("bbc-*.json"))))
    viewer = Viewer(browser, page)
    assert viewer.page.text_content("#title").startswith("camps: 300 articles: bbc-000, bbc-001, bbc-002")
    height = viewer.js("window.innerHeight")
    box = viewer.page.locator("#graph").bounding_box()
    assert box["y"] < height / 2, f"the graph starts at {box['y']:.0f}px of a {height}px screen"
    assert box["height"] > height / 3
    assert viewer.drawn()[0] == 301 and viewer.errors == []
