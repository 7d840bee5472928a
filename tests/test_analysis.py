"""graph.analysis: camps, centrality, contested positions and contradictions, on hand-made and real graphs."""
from __future__ import annotations

import itertools
import json
import subprocess
import sys

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.analysis import (analyze, camp_groups, central_actors, contested_positions, contradictions,
                            find_camps, format_text, merge_graphs, read_graph, signed_relations)
from graph.errors import InputError
from graph.model import Article, ArticleGraph, Entity, Evidence, Statement
from graph.io.nodelink import to_networkx


def make_graph(name: str, triples, *, labels=None) -> ArticleGraph:
    """An ArticleGraph from (subject, relation, object) ids like "person/a"; one sentence per triple."""
    labels = labels or {}
    ids = sorted({t[0] for t in triples} | {t[2] for t in triples})
    entities = tuple(Entity(i, i.split("/")[0], labels.get(i, i.split("/")[1].title())) for i in ids)
    statements = []
    for n, (s, rel, o) in enumerate(triples):
        sentence = f"{s} {rel} {o} ({n})."
        ev = Evidence(sentence, n * 100, n * 100 + len(sentence), n * 100, n * 100 + len(sentence))
        statements.append(Statement(s, rel, o, ev, rule="test", confidence=0.9))
    return ArticleGraph(Article(name, "\n".join(f"{s} {r} {o}." for s, r, o in triples)), entities, tuple(statements))


RIFT = [  # two camps around a plan, a third actor joins the hawks through a second plan
    ("person/hawk", "supports", "position/war"),
    ("person/ally", "supports", "position/war"),
    ("person/ally", "supports", "position/settle"),
    ("person/third", "supports", "position/settle"),
    ("person/dove", "opposes", "position/war"),
    ("institution/un", "warns", "position/war"),
    ("person/dove", "supports", "position/truce"),
    ("person/hawk", "opposes", "institution/militia"),
    ("person/hawk", "holds", "office/premier"),
]


def camp_of(camps, node):
    return next(i for i, c in enumerate(camps.camps) if node in c.members)


def test_find_camps_splits_supporters_from_opponents():
    camps = find_camps(make_graph("rift", RIFT))
    hawk = camp_of(camps, "person/hawk")
    assert camp_of(camps, "person/ally") == camp_of(camps, "person/third") == hawk
    assert camp_of(camps, "person/dove") == camp_of(camps, "institution/un") != hawk
    assert camps.balance == 1.0 and camps.consistent == camps.total > 0
    assert "position/war" in camps.camps[hawk].supports
    assert "position/war" in camps.camps[camp_of(camps, "person/dove")].opposes


def test_find_camps_keeps_pure_targets_out_of_camps():
    camps = find_camps(make_graph("rift", RIFT))
    members = {m for c in camps.camps for m in c.members}
    assert "institution/militia" not in members  # only ever a target: not an ally of the dove
    assert not any(m.startswith(("position/", "office/")) for m in members)


def test_find_camps_direct_opposition_between_stance_takers_splits_them():
    G = make_graph("duel", [("person/a", "supports", "position/p"), ("person/b", "supports", "position/q"),
                            ("person/a", "opposes", "person/b")])
    camps = find_camps(G)
    assert camp_of(camps, "person/a") != camp_of(camps, "person/b")
    assert camps.balance == 1.0


def test_find_camps_reports_the_misfit_of_an_unbalanced_triangle():
    # a and b allied on p, b and c allied on q, but a and c opposed on r: no split fits all three
    G = make_graph("triangle", [("person/a", "supports", "position/p"), ("person/b", "supports", "position/p"),
                                ("person/b", "supports", "position/q"), ("person/c", "supports", "position/q"),
                                ("person/a", "supports", "position/r"), ("person/c", "opposes", "position/r")])
    camps = find_camps(G)
    assert (camps.consistent, camps.total) == (2, 3)
    assert len(camps.frustrated) == 1
    assert 0.6 < camps.balance < 0.7


def test_find_camps_unrelated_groups_are_separate_fronts():
    G = make_graph("two", [("person/a", "supports", "position/p"), ("person/b", "opposes", "position/p"),
                           ("person/c", "supports", "position/q"), ("person/d", "supports", "position/q")])
    camps = find_camps(G)
    fronts = {c.front for c in camps.camps}
    assert len(fronts) == 2
    assert camps.camps[camp_of(camps, "person/c")].front != camps.camps[camp_of(camps, "person/a")].front
    assert camp_of(camps, "person/c") == camp_of(camps, "person/d")


@pytest.mark.parametrize("k, expected", [(2, 2), (3, 3)])
def test_find_camps_k_bounds_camps_per_front(k, expected):
    # three blocs, each pair opposed on its own issue
    triples = []
    for x, y in itertools.combinations("abc", 2):
        for member in (x + "1", x + "2"):
            triples.append((f"person/{member}", "supports", f"position/{x}{y}"))
        for member in (y + "1", y + "2"):
            triples.append((f"person/{member}", "opposes", f"position/{x}{y}"))
    camps = find_camps(make_graph("three", triples), k=k)
    assert len(camps.camps) == expected
    if k == 3:
        assert camps.balance == 1.0


def test_analyze_a_graph_without_stances():
    result = analyze(make_graph("quiet", [("person/a", "holds", "office/b")]))
    assert result.camps.camps == () and result.camps.balance == 1.0
    assert result.contested == () and result.contradictions == ()
    assert "no two actors are related by stances" in format_text(result)


def test_find_camps_rejects_zero_camps():
    with pytest.raises(ValueError, match="k=0"):
        find_camps(make_graph("rift", RIFT), k=0)


@st.composite
def signed_graphs(draw):
    """Random stance graphs of up to 7 actors over 4 positions."""
    n = draw(st.integers(2, 7))
    edges = draw(st.lists(st.tuples(st.integers(0, n - 1), st.sampled_from(["supports", "opposes", "warns"]),
                                    st.integers(0, 3)), min_size=1, max_size=14))
    return make_graph("random", [(f"person/p{a}", rel, f"position/q{t}") for a, rel, t in edges])


def _best_by_brute_force(relations) -> int:
    actors = sorted({r.a for r in relations} | {r.b for r in relations})
    best = 0
    for bits in itertools.product((0, 1), repeat=len(actors)):
        side = dict(zip(actors, bits))
        best = max(best, sum((side[r.a] == side[r.b]) == (r.sign > 0) for r in relations))
    return best


@settings(max_examples=60, deadline=None)
@given(signed_graphs())
def test_find_camps_exact_search_is_optimal(G):
    camps = find_camps(G)
    assert camps.method == "exact"
    assert camps.consistent == _best_by_brute_force(signed_relations(to_networkx(G)))
    assert camps.consistent + len(camps.frustrated) == camps.total


@settings(max_examples=40, deadline=None)
@given(st.lists(st.booleans(), min_size=3, max_size=30), st.randoms(use_true_random=False))
def test_find_camps_heuristic_recovers_a_balanced_split(sides, rnd):
    # a planted split: everyone supports their side's plan and opposes the other's
    triples = []
    for i, side in enumerate(sides):
        mine, theirs = ("position/left", "position/right") if side else ("position/right", "position/left")
        triples.append((f"person/p{i:02d}", "supports", mine))
        if rnd.random() < 0.5:
            triples.append((f"person/p{i:02d}", "opposes", theirs))
    camps = find_camps(make_graph("planted", triples), exact_limit=0)
    assert camps.method == "spectral+local"
    assert camps.balance == 1.0
    for c in camps.camps:
        assert len({sides[int(m[-2:])] for m in c.members}) == 1


def test_contested_positions_need_two_sides():
    G = make_graph("c", [("person/a", "supports", "position/p"), ("person/b", "opposes", "position/p"),
                         ("person/c", "supports", "position/q"), ("person/c", "opposes", "position/q"),
                         ("person/d", "supports", "position/r")])
    found = contested_positions(G)
    assert [c.target for c in found] == ["position/p"]
    assert found[0].supporters == ("person/a",) and found[0].opponents == ("person/b",)


def test_contradictions_within_one_article():
    G = make_graph("c", [("person/c", "supports", "position/q"), ("person/c", "warns", "position/q"),
                         ("person/d", "opposes", "position/q"), ("person/d", "warns", "position/q")])
    found = contradictions(G)
    assert [(x.actor, x.target, x.within_article) for x in found] == [("person/c", "position/q", True)]
    assert found[0].support[0].relation == "supports" and found[0].opposition[0].relation == "warns"


def test_contradictions_across_articles_after_a_switch():
    v1 = make_graph("v1", [("person/a", "supports", "position/p"), ("person/b", "supports", "position/p")])
    v2 = make_graph("v2", [("person/a", "opposes", "position/p"), ("person/b", "supports", "position/p")])
    result = analyze([to_networkx(v1), to_networkx(v2)])
    assert [(x.actor, x.within_article) for x in result.contradictions] == [("person/a", False)]
    assert {c.article for c in result.contradictions[0].support + result.contradictions[0].opposition} == {"v1", "v2"}
    assert result.articles == ("v1", "v2")
    assert "across articles" in format_text(result)


def test_merge_graphs_joins_nodes_by_id_and_keeps_every_edge():
    v1 = make_graph("v1", [("person/a", "supports", "position/p")])
    v2 = make_graph("v2", [("person/a", "supports", "position/p")])
    v2 = ArticleGraph(v2.article, (Entity("person/a", "person", "A", ("Mr A",)), v2.entities[1]), v2.statements)
    M = merge_graphs([to_networkx(v1), to_networkx(v2)])
    assert M.number_of_nodes() == 2 and M.number_of_edges() == 2
    assert M.nodes["person/a"]["aliases"] == ["Mr A"]
    assert sorted(d["article"] for _, _, d in M.edges(data=True)) == ["v1", "v2"]


def test_merge_graphs_rejects_the_same_article_twice():
    G = to_networkx(make_graph("v1", RIFT))
    with pytest.raises(InputError, match="'v1' is given twice"):
        merge_graphs([G, G])


def test_central_actors_rank_connected_brokers_first():
    G = make_graph("hub", [("person/hub", "supports", "position/p"), ("person/hub", "opposes", "position/q"),
                           ("person/hub", "member_of", "institution/club"), ("person/x", "supports", "position/p"),
                           ("person/y", "supports", "position/q")])
    ranked = central_actors(G)
    assert ranked[0].id == "person/hub" and ranked[0].degree == 3
    assert ranked[0].betweenness > max(a.betweenness for a in ranked[1:])
    assert all(a.type in ("person", "institution") for a in ranked)
    assert len(central_actors(G, top=2)) == 2


def test_camp_groups_colour_members_and_the_plans_only_their_camp_backs():
    result = analyze(make_graph("rift", RIFT))
    groups = camp_groups(result)
    assert groups["person/hawk"] == groups["person/ally"] == groups["position/settle"]
    assert groups["person/dove"] != groups["person/hawk"]
    assert groups["position/truce"] == groups["person/dove"]
    assert "position/war" in groups  # only the hawks back it; the doves oppose it
    assert "institution/militia" not in groups


@pytest.mark.parametrize("content, message", [
    ("not json", "not a node-link graph"),
    ('{"nodes": [], "edges": [{"source": "a", "target": "b"}]}', "without a relation"),
])
def test_read_graph_bad_json_is_an_input_error(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(InputError, match=message):
        read_graph(path)


def test_read_graph_bad_turtle_and_suffix_are_input_errors(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix x: <http://x/> .\nx:a x:b ")
    with pytest.raises(InputError, match="not valid Turtle"):
        read_graph(bad)
    with pytest.raises(InputError, match=r"\.txt file"):
        read_graph(tmp_path / "article.txt")


# --- the real seed article ----------------------------------------------------------------------------
def test_seed_netanyahu_and_halevi_lead_rival_camps(seed_graph):
    camps = find_camps(seed_graph)
    bibi, halevi = camp_of(camps, "person/benjamin-netanyahu"), camp_of(camps, "person/herzi-halevi")
    assert bibi != halevi and camps.camps[bibi].front == camps.camps[halevi].front
    labels = {e.id: e.label for e in seed_graph.entities}
    assert any("takeover" in labels[t] for t in camps.camps[bibi].supports)
    assert any("takeover" in labels[t] for t in camps.camps[halevi].opposes)


def test_seed_takeover_is_contested_and_key_actors_are_central(seed_graph):
    labels = {e.id: e.label for e in seed_graph.entities}
    contested = {labels[c.target]: c for c in contested_positions(seed_graph)}
    takeover = next(c for label, c in contested.items() if "takeover" in label)
    assert "person/benjamin-netanyahu" in takeover.supporters and "person/herzi-halevi" in takeover.opponents
    top = [a.id for a in central_actors(seed_graph, top=5)]
    assert "person/herzi-halevi" in top and "person/benjamin-netanyahu" in top


def test_seed_json_and_turtle_give_the_same_analysis(seed_build):
    from_json, from_ttl = analyze(seed_build[".json"]), analyze(seed_build[".ttl"])
    assert format_text(from_json) == format_text(from_ttl)
    def triples(G):
        return sorted((u, d["relation"], v, d["evidence_start"]) for u, v, d in G.edges(data=True))
    from_ttl, from_json = read_graph(seed_build[".ttl"]), read_graph(seed_build[".json"])
    assert triples(from_ttl) == triples(from_json) and set(from_ttl.nodes) == set(from_json.nodes)
    assert all(from_ttl.nodes[n]["label"] == from_json.nodes[n]["label"] for n in from_json)


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "graph.cli", "analyze", *map(str, args)],
                          capture_output=True, text=True)


def test_cli_analyze_prints_camps_and_json_is_deterministic(seed_build):
    text = _cli(seed_build[".json"])
    assert text.returncode == 0, text.stderr
    assert "camps: balance" in text.stdout and "Herzi Halevi" in text.stdout
    first, second = _cli(seed_build[".json"], "--format", "json"), _cli(seed_build[".ttl"], "--format", "json")
    assert first.returncode == 0 and first.stdout == second.stdout
    data = json.loads(first.stdout)
    assert {"camps", "central", "contested", "contradictions", "labels"} <= set(data)
    assert 0.0 <= data["camps"]["balance"] <= 1.0


@pytest.mark.parametrize("bad, message", [(["missing.json"], "no such file"), (["article.txt"], ".txt file"),
                                          (["g.json", "--camps", "0"], "--camps 0"),
                                          (["g.json", "--top", "-1"], "--top -1")])
def test_cli_analyze_bad_input_is_one_line(tmp_path, bad, message):
    (tmp_path / "article.txt").write_text("Some text.")
    (tmp_path / "g.json").write_text(json.dumps(nx.node_link_data(to_networkx(make_graph("g", RIFT)), edges="edges")))
    run = _cli(tmp_path / bad[0], *bad[1:], "--html", tmp_path / "view.html")
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and message in run.stderr and run.stdout == ""
    assert not (tmp_path / "view.html").exists()


@pytest.mark.browser
def test_cli_analyze_html_colours_the_view_by_camp(tmp_path, seed_build):
    from playwright.sync_api import sync_playwright

    from conftest import chromium_path, require_browser

    if chromium_path() is None:
        if require_browser():
            pytest.fail("no chromium browser, and NEWSGRAPH_REQUIRE_BROWSER=1")
        pytest.skip("no chromium browser installed")
    page_path = tmp_path / "camps.html"
    run = _cli(seed_build[".json"], "--html", page_path, "--format", "json")
    assert run.returncode == 0, run.stderr
    groups = camp_groups(analyze(seed_build[".json"]))
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path())
        page = browser.new_page()
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(page_path.as_uri())
        legend = page.locator("#group-legend")
        legend.wait_for(state="visible", timeout=30_000)  # generous: CI machines are shared
        shown = {t for t in page.locator("#group-items .item span").all_inner_texts() if not t.isdigit()}
        browser.close()
    assert shown == set(groups.values()) and len(shown) >= 2
    assert not errors


def test_text_report_names_article_scoped_look_alikes_once_with_a_count():
    """Versions of one story scope a short policy to each article: the camp lists it once, counted."""
    v = [make_graph(f"v{n}", [("person/hawk", "supports", f"position/v{n}/war"),
                              ("person/dove", "opposes", f"position/v{n}/war")],
                    labels={f"position/v{n}/war": "the war"}) for n in (1, 2, 3)]
    text = format_text(analyze([to_networkx(g) for g in v]))
    assert "the war x3" in text
    assert "the war, the war" not in text
