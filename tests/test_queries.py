"""Every query of the library, on the seed graph (robust facts) and on a hand-built graph (exact rows),
with both embedded engines giving identical answers."""
from __future__ import annotations

from decimal import Decimal

import pytest

from graph.model import Article, ArticleGraph, Entity, Evidence, Statement
from graph.io.outputs import atomic_write
from graph.io.rdf import dumps_turtle, to_rdf
from graph.sparql import ENGINES, load_library, open_engine, run_query
from graph.sparql.library import limit_clauses

LIBRARY = load_library()
# a parameter for each library query that needs one, on the seed graph
SEED_PARAMS = {"supporters": {"target": "takeover"}, "opponents": {"target": "takeover"},
               "entity": {"entity": "Halevi"}, "entities": {"type": "person"}, "statements": {"article": "gaza-rift"}}


@pytest.fixture(scope="module")
def seed_engines(seed_build):
    return {name: open_engine([str(seed_build[".ttl"])], engine=name) for name in ENGINES}


def seed_rows(seed_engines, name, params=None):
    """Run on both engines, check they agree, return rows as dicts of plain strings."""
    params = SEED_PARAMS.get(name, {}) if params is None else params
    results = [run_query(seed_engines[e], LIBRARY[name], params) for e in ENGINES]
    assert results[0] == results[1], f"{name}: oxigraph and rdflib disagree"
    return [{v: (None if t is None else str(t)) for v, t in zip(results[0].vars, row)} for row in results[0].rows]


def test_library_has_ten_documented_queries():
    assert len(LIBRARY) >= 10
    for name, q in LIBRARY.items():
        assert q.description, f"{name}.rq has no description"
        assert q.examples and f"newsgraph query {name}" in q.examples[0], f"{name}.rq has no example"
        for p in q.params:
            used = bool(limit_clauses(q.text)) if p.kind == "top" else f"?{p.name}" in q.text
            assert used, f"{name}.rq declares {p.name} but never uses it"


@pytest.mark.parametrize("name", sorted(LIBRARY))
def test_query_engines_agree_on_seed(seed_engines, name):
    seed_rows(seed_engines, name)


def labels(rows, column):
    return {r[column] for r in rows}


def test_query_supporters_of_takeover(seed_engines):
    rows = seed_rows(seed_engines, "supporters")
    assert "Benjamin Netanyahu" in labels(rows, "actorLabel")
    assert all("takeover" in r["targetLabel"] for r in rows)


def test_query_opponents_of_takeover(seed_engines):
    rows = seed_rows(seed_engines, "opponents")
    assert "Herzi Halevi" in labels(rows, "actorLabel")
    assert "Benjamin Netanyahu" not in labels(rows, "actorLabel")


def test_query_opponents_of_an_actor_by_iri(seed_engines):
    rows = seed_rows(seed_engines, "opponents", {"target": "id:institution/hamas"})
    assert "Benjamin Netanyahu" in labels(rows, "actorLabel")


def test_query_office_holders(seed_engines):
    rows = seed_rows(seed_engines, "office-holders", {"office": "IDF Chief of Staff"})
    assert "Herzi Halevi" in labels(rows, "personLabel")
    assert labels(rows, "officeLabel") == {"IDF Chief of Staff"}
    everyone = seed_rows(seed_engines, "office-holders", {})
    assert ("Benjamin Netanyahu", "prime minister") in {(r["personLabel"], r["officeLabel"].lower()) for r in everyone}


def test_query_members(seed_engines):
    rows = seed_rows(seed_engines, "members", {"body": "war cabinet"})
    assert "Yoav Gallant" in labels(rows, "memberLabel")


def test_query_position_balance(seed_engines):
    rows = seed_rows(seed_engines, "position-balance")
    takeover = next(r for r in rows if "takeover" in r["label"])
    assert int(takeover["supporters"]) >= 2 and int(takeover["opponents"]) >= 1
    balances = [int(r["balance"]) for r in rows]
    assert balances == sorted(balances, reverse=True)
    assert all(int(r["balance"]) == int(r["supporters"]) - int(r["opponents"]) for r in rows)


def test_query_warnings(seed_engines):
    rows = seed_rows(seed_engines, "warnings", {"about": "takeover"})
    halevi = [r for r in rows if r["actorLabel"] == "Herzi Halevi"]
    assert halevi and "warn" in halevi[0]["evidence"]


def test_query_reported_only(seed_engines):
    rows = seed_rows(seed_engines, "reported-only")
    assert "Herzi Halevi" in labels(rows, "actorLabel")
    assert all(r["attribution"] and r["attribution"] != "quoted" for r in rows)


def test_query_entity_everything_about_halevi(seed_engines):
    rows = seed_rows(seed_engines, "entity")
    assert labels(rows, "entity") == {"https://newsgraph.dev/id/person/herzi-halevi"}
    assert ("subject", "IDF Chief of Staff") in {(r["role"], r["otherLabel"]) for r in rows}
    assert all(r["evidence"] and r["article"].endswith("article/gaza-rift") for r in rows)


def test_query_camps(seed_engines):
    rows = seed_rows(seed_engines, "camps", {"target": "takeover"})
    sides = {(r["actorLabel"], r["side"].rsplit("#")[-1]) for r in rows}
    assert ("Benjamin Netanyahu", "supports") in sides and ("Herzi Halevi", "opposes") in sides
    assert all(int(r["size"]) >= 2 for r in rows)


def test_query_alliances(seed_engines):
    rows = seed_rows(seed_engines, "alliances", {"actor": "Itamar Ben-Gvir"})
    assert "Bezalel Smotrich" in labels(rows, "allyLabel")


def test_query_dissenters(seed_engines):
    rows = seed_rows(seed_engines, "dissenters")
    halevi = [r for r in rows if r["dissenterLabel"] == "Herzi Halevi"]
    assert halevi and halevi[0]["leaderLabel"] == "Benjamin Netanyahu"
    assert "takeover" in halevi[0]["positionLabel"]


def test_query_statements_filters(seed_engines):
    seed = {"article": "gaza-rift"}
    rows = seed_rows(seed_engines, "statements", {**seed, "relation": "ng:opposes", "min_confidence": "0.5"})
    assert rows and labels(rows, "relation") == {"https://newsgraph.dev/ns#opposes"}
    assert all(Decimal(r["confidence"]) >= Decimal("0.5") for r in rows)
    assert len(seed_rows(seed_engines, "statements", seed)) > len(rows)


def test_query_articles_and_entities(seed_engines):
    rows = seed_rows(seed_engines, "articles")
    assert [r["name"] for r in rows] == ["gaza-rift"] and int(rows[0]["statements"]) > 0
    people = seed_rows(seed_engines, "entities", {"type": "person"})
    assert "Benjamin Netanyahu" in labels(people, "label") and labels(people, "type") == {"person"}


def test_query_both_sides_seed_rows_hold_both_stances(seed_engines):
    supports = {(r["actor"], r["target"]) for r in seed_rows(seed_engines, "supporters", {"target": "takeover"})}
    for r in seed_rows(seed_engines, "both-sides"):
        assert int(r["supportArticles"]) >= 1 and int(r["opposeArticles"]) >= 1
        assert (r["actor"], r["target"]) in supports or "takeover" not in r["targetLabel"]


# --- a hand-built corpus of two articles: exact rows ------------------------------------------------
E = {
    "a": Entity("person/ann-lee", "person", "Ann Lee", ("Lee",)),
    "b": Entity("person/bob-ray", "person", "Bob Ray"),
    "c": Entity("person/cy-fox", "person", "Cy Fox"),
    "pm": Entity("office/prime-minister", "office", "prime minister"),
    "fm": Entity("office/finance-minister", "office", "Finance Minister"),
    "tax": Entity("position/carbon-tax", "position", "carbon tax"),
    "cut": Entity("position/spending-cut", "position", "spending cut"),
}


def st(s, rel, o, start, attribution="", conf=0.8):
    ev = Evidence(f"Sentence {start} about {E[s].label}.", start, start + 20, start, start + 10)
    return Statement(E[s].id, rel, E[o].id, ev, "test-rule", conf, attribution)


def corpus(tmp_path):
    one = ArticleGraph(Article("one", "x"), tuple(E.values()), (
        st("a", "holds", "pm", 0), st("b", "holds", "fm", 30),
        st("a", "supports", "tax", 60), st("c", "supports", "tax", 90, "reportedly"),
        st("b", "opposes", "tax", 120), st("b", "supports", "cut", 150, "according to officials"),
    ))
    two = ArticleGraph(Article("two", "y"), (E["a"], E["c"], E["tax"], E["cut"]), (
        st("a", "opposes", "tax", 0, "quoted"), st("c", "supports", "tax", 40, "is said"),
        st("c", "opposes", "cut", 80, conf=0.5),
    ))
    paths = []
    for g in (one, two):
        path = tmp_path / f"{g.article.name}.ttl"
        atomic_write(path, dumps_turtle(to_rdf(g)))
        paths.append(str(path))
    return paths


@pytest.fixture(scope="module")
def built_engines(tmp_path_factory):
    paths = corpus(tmp_path_factory.mktemp("hand-built"))
    return {name: open_engine(paths, engine=name) for name in ENGINES}


def exact(engines, name, params=None, columns=None):
    results = [run_query(engines[e], LIBRARY[name], params or {}) for e in ENGINES]
    assert results[0] == results[1]
    idx = [results[0].vars.index(c) for c in columns]
    return [tuple(str(row[i]) if row[i] is not None else None for i in idx) for row in results[0].rows]


@pytest.mark.parametrize("name", sorted(LIBRARY))
def test_query_engines_agree_on_hand_built(built_engines, name):
    params = {"supporters": {"target": "tax"}, "opponents": {"target": "tax"}, "entity": {"entity": "Lee"},
              "entities": {"type": "person"}, "statements": {"article": "one"}}
    exact(built_engines, name, params.get(name), [])


def test_query_both_sides_exact(built_engines):
    assert exact(built_engines, "both-sides", {}, ["actorLabel", "targetLabel", "supportArticles", "opposeArticles"]) == [
        ("Ann Lee", "carbon tax", "1", "1")]


def test_query_position_balance_exact(built_engines):
    assert exact(built_engines, "position-balance", {}, ["label", "supporters", "opponents", "balance"]) == [
        ("carbon tax", "2", "2", "0"), ("spending cut", "1", "1", "0")]


def test_query_reported_only_exact(built_engines):
    # Cy Fox's support of the tax is only ever reported; Bob Ray's support of the cut too;
    # Ann Lee's opposition is a direct quote: her own words.
    assert exact(built_engines, "reported-only", {}, ["actorLabel", "targetLabel", "attribution"]) == [
        ("Bob Ray", "spending cut", "according to officials"),
        ("Cy Fox", "carbon tax", "reportedly"),
        ("Cy Fox", "carbon tax", "is said")]


def test_query_dissenters_exact(built_engines):
    assert exact(built_engines, "dissenters", {}, ["dissenterLabel", "officeLabel", "positionLabel", "leaderLabel"]) == [
        ("Bob Ray", "Finance Minister", "carbon tax", "Ann Lee")]


def test_query_supporters_exact_counts(built_engines):
    assert exact(built_engines, "supporters", {"target": "Carbon Tax"}, ["actorLabel", "statements", "articles"]) == [
        ("Cy Fox", "2", "2"), ("Ann Lee", "1", "1")]


def test_query_camps_exact(built_engines):
    assert exact(built_engines, "camps", {}, ["targetLabel", "side", "actorLabel"]) == [
        ("carbon tax", "https://newsgraph.dev/ns#opposes", "Ann Lee"),
        ("carbon tax", "https://newsgraph.dev/ns#opposes", "Bob Ray"),
        ("carbon tax", "https://newsgraph.dev/ns#supports", "Ann Lee"),
        ("carbon tax", "https://newsgraph.dev/ns#supports", "Cy Fox")]


def test_query_alias_label_finds_entity(built_engines):
    rows = exact(built_engines, "entity", {"entity": "lee"}, ["entity"])
    assert set(rows) == {("https://newsgraph.dev/id/person/ann-lee",)}


@pytest.fixture(scope="module")
def bare_engines(tmp_path_factory):
    """An article with entities and no statement: aggregates over no rows."""
    bare = ArticleGraph(Article("bare", "z"), (E["a"], E["pm"], E["tax"]), ())
    path = tmp_path_factory.mktemp("bare") / "bare.ttl"
    atomic_write(path, dumps_turtle(to_rdf(bare)))
    return {name: open_engine([str(path)], engine=name) for name in ENGINES}


@pytest.mark.parametrize("name", sorted(LIBRARY))
def test_query_engines_agree_without_statements(bare_engines, name):
    params = {"supporters": {"target": "tax"}, "opponents": {"target": "tax"}, "entity": {"entity": "Lee"},
              "entities": {"type": "person"}, "statements": {"article": "bare"}}
    results = [run_query(bare_engines[e], LIBRARY[name], params.get(name, {})) for e in ENGINES]
    assert results[0] == results[1]
    if name == "articles":
        assert [tuple(map(str, r[1:])) for r in results[0].rows] == [("bare", "3", "0")]
    elif name == "position-balance":
        assert [tuple(map(str, r[1:])) for r in results[0].rows] == [("carbon tax", "0", "0", "0", "0")]
    elif name != "entities":
        assert results[0].rows == (), name


# --- ranked listings: a `top` parameter sets the LIMIT; filters apply before the cut ---------------
TOP = sorted(name for name, q in LIBRARY.items() if any(p.kind == "top" for p in q.params))


def test_query_ranked_listings_are_bounded():
    assert {"alliances", "camps", "entities", "office-holders", "position-balance"} <= set(TOP)


@pytest.mark.parametrize("name", TOP)
def test_query_top_one_keeps_the_first_row_of_the_full_listing(built_engines, name):
    params = {"entities": {"type": "person"}}.get(name, {})
    full = exact(built_engines, name, {**params, "top": "all"}, [v for v in run_query(
        built_engines["oxigraph"], LIBRARY[name], params).vars])
    first = exact(built_engines, name, {**params, "top": "1"}, [v for v in run_query(
        built_engines["oxigraph"], LIBRARY[name], params).vars])
    assert full and set(first) <= set(full)
    assert len(first) < len(full) or len(full) == 1 or name == "camps"


def test_query_position_balance_filter_applies_before_the_cut(built_engines):
    # the spending cut ranks second: bound only after the cut, top=1 would lose it
    assert exact(built_engines, "position-balance", {"top": "1"}, ["label"]) == [("carbon tax",)]
    assert exact(built_engines, "position-balance", {"top": "1", "position": "spending cut"}, ["label"]) == [
        ("spending cut",)]


def test_query_entities_top(built_engines):
    assert len(exact(built_engines, "entities", {"type": "person", "top": "2"}, ["label"])) == 2
    assert len(exact(built_engines, "entities", {"type": "person", "top": "all"}, ["label"])) == 3


@pytest.mark.parametrize("value", ["0", "-3", "many", "1.5"])
def test_query_top_must_be_a_positive_number_or_all(built_engines, value):
    from graph.errors import QueryError
    with pytest.raises(QueryError, match="top"):
        run_query(built_engines["oxigraph"], LIBRARY["alliances"], {"top": value})


@pytest.mark.parametrize("params", [{}, {"actor": "Lee"}])
def test_query_alliances_top_n_are_the_first_n_pairs_of_the_full_ranking(seed_engines, built_engines, params):
    # the cut is made on pairs counted once and then on both orders of those: every n gives the
    # first n ordered pairs of the whole ranking (closest first, then by IRI), with their counts
    for engines in (seed_engines, built_engines):
        from graph.errors import QueryError
        try:
            full = exact(engines, "alliances", {**params, "top": "all"}, ["actor", "ally", "shared", "opposite"])
        except QueryError:  # no entity of that label in this graph
            continue
        ranked = sorted(full, key=lambda r: (-int(r[2]), r[0], r[1]))
        for n in range(1, len(full) + 1):
            cut = exact(engines, "alliances", {**params, "top": str(n)}, ["actor", "ally", "shared", "opposite"])
            assert sorted(cut) == sorted(ranked[:n]), n
