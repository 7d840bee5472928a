"""One node per real thing across a corpus: scoped offices, positions shared only on evidence, people merged
on evidence. Every article here is written for the tests."""
from __future__ import annotations

import json

import pytest

from graph.extract.language.lexicon import load_lexicon
from graph.io.rdf import posts_in
from graph.extract.entities.scope import is_bare_title


def _ids(graph, kind: str) -> dict[str, str]:
    """label -> id of the nodes of one type."""
    return {e.label: e.id for e in graph.entities if e.type == kind}


def _held(graph) -> dict[str, str]:
    """holder label -> office id."""
    labels = {e.id: e.label for e in graph.entities}
    return {labels[s.subject]: s.object for s in graph.statements if s.relation == "holds"}


# --- offices -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("title, bare", [
    ("chief executive", True), ("Prime Minister", True), ("managing director", True), ("President", True),
    ("central bank governor", True), ("Group Chief Executive", True),
    ("WorldCom chief executive", False), ("US Secretary of State", False), ("French finance minister", False),
    ("Scottish Secretary", False), ("chief executive of Hollins Bank", False), ("Labour leader", False),
])
def test_scope_bare_titles_say_no_owner(title, bare):
    assert is_bare_title(title, load_lexicon()) is bare


@pytest.mark.parametrize("first, second", [
    ("Chief executive Tom Baker said he backed the merger.", "Chief executive Ruth Cole said she opposed the merger."),
    ("Chairman Lucy Grey backed the sale.", "Chairman Omar Reid backed the sale."),
    ("President Alan Webb rejected the pay offer.", "President Maria Lopez rejected the pay offer."),
])
def test_scope_a_bare_title_is_a_different_office_in_each_article(build_text, first, second):
    a, b = build_text(first, name="story-one"), build_text(second, name="story-two")
    (office_a,), (office_b,) = set(_held(a).values()), set(_held(b).values())
    assert office_a != office_b
    assert office_a.startswith("office/story-one/") and office_b.startswith("office/story-two/")
    # the label stays the title the article uses: a reader (and the scorer) finds it by that name
    assert {e.label for e in a.entities if e.type == "office"} == {" ".join(first.split()[:2 if "executive" in first else 1])}


@pytest.mark.parametrize("first, second, office", [
    ("Kestrel chief executive Tom Baker backed the merger.", "Ruth Cole, chief executive of Kestrel, opposed it.",
     "office/kestrel-chief-executive"),
    ("US Secretary of State Alan Webb backed the ceasefire.", "US Secretary of State Alan Webb opposed the sanctions.",
     "office/united-states-secretary-of-state"),
    ("U.S. Secretary of State Alan Webb backed the ceasefire.", "US Secretary of State Alan Webb opposed the sanctions.",
     "office/united-states-secretary-of-state"),
    ("Israeli Prime Minister Ivo Berg backed the treaty.", "The Prime Minister of Israel, Ivo Berg, attacked the treaty.",
     "office/israel-prime-minister"),
    ("Tory MP Ivo Berg backed the treaty.", "Conservative MP Ivo Berg attacked the treaty.",
     "office/conservative-party-mp"),
    ("The Prime Minister of Norland, Ivo Berg, backed the treaty.", "Norland Prime Minister Ivo Berg attacked the treaty.",
     "office/norland-prime-minister"),
])
def test_scope_a_named_office_is_one_node_across_articles(build_text, first, second, office):
    a, b = build_text(first, name="story-one"), build_text(second, name="story-two")
    assert office in set(_held(a).values()) and office in set(_held(b).values())


def test_scope_a_possessive_names_the_company_whose_post_it_is(build_text):
    graph = build_text("Kestrel's chief executive Tom Baker backed the merger.", name="story-one")
    assert _held(graph) == {"Tom Baker": "office/kestrel-chief-executive"}
    office = next(e for e in graph.entities if e.id == "office/kestrel-chief-executive")
    assert office.label == "Kestrel chief executive" and "chief executive" in office.aliases
    assert ("office/kestrel-chief-executive", "institution/kestrel") in posts_in(graph)
    assert any(s.relation == "member_of" and s.object == "institution/kestrel" for s in graph.statements)


@pytest.mark.parametrize("text, holder, office", [
    ("Health Secretary Clara Voss, a member of the Fernhill Society, backed the levy.", "Clara Voss",
     "office/story-one/health-secretary"),
    ("Finance Minister Omar Reid, who sits on the board of Kestrel Holdings, rejected the tariff.", "Omar Reid",
     "office/story-one/finance-minister"),
    ("Prisons Minister Hal Ober, once a leader of the Dunmore Rowing Club, opposed the plan.", "Hal Ober",
     "office/prisons-minister"),
])
def test_scope_a_cabinet_post_is_not_named_after_a_body_its_holder_joins(build_text, text, holder, office):
    # a government's portfolio post stays the article's post: the society or firm its holder belongs to holds no such post
    assert _held(build_text(text, name="story-one")).get(holder) == office


def test_scope_a_bare_title_folded_into_another_companys_office_is_split(build_text):
    graph = build_text("Ruth Cole, chief executive of Kestrel, backed the merger. "
                       "Chief executive Tom Baker of a rival firm opposed the merger.", name="story-one")
    held = _held(graph)
    assert held["Ruth Cole"] == "office/kestrel-chief-executive"
    assert held["Tom Baker"] == "office/story-one/chief-executive"


def test_scope_org_post_in_is_written_to_rdf(build_text):
    from graph.io.rdf import to_rdf
    from graph.vocab import ORG, entity_iri
    graph = build_text("Kestrel's chief executive Tom Baker backed the merger.", name="story-one")
    G = to_rdf(graph)
    assert (entity_iri("office/kestrel-chief-executive"), ORG.postIn, entity_iri("institution/kestrel")) in G


# --- positions -----------------------------------------------------------------------------------------
def _positions(graph) -> set[str]:
    return {e.id for e in graph.entities if e.type == "position"}


@pytest.mark.parametrize("sentence", [
    "Tom Baker said he backed the deal.",
    "Tom Baker said he opposed the price cuts.",
    "Tom Baker said he backed the pension reforms.",
])
def test_scope_a_generic_position_stays_in_its_article(build_text, sentence):
    a, b = build_text(sentence, name="story-one"), build_text(sentence, name="story-two")
    assert _positions(a) and _positions(a).isdisjoint(_positions(b))
    assert all(p.startswith("position/story-one/") for p in _positions(a))


@pytest.mark.parametrize("sentence, position", [
    ("Tom Baker said he backed the Kyoto protocol.", "position/kyoto-protocol"),
    ("Tom Baker said he opposed the Channel Tunnel rail link.", "position/channel-tunnel-rail-link"),
    ("Tom Baker said he backed a full military takeover of Gaza.", "position/full-military-takeover-of-gaza"),
    ("Tom Baker opposed the national identity card scheme.", "position/national-identity-card-scheme"),
])
def test_scope_a_named_or_specific_position_is_shared(build_text, sentence, position):
    a, b = build_text(sentence, name="story-one"), build_text(sentence, name="story-two")
    assert position in _positions(a) and position in _positions(b)


# --- people --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("labels, expected", [
    ({"person/bush": "Bush", "person/george-w-bush": "George W Bush"}, {"person/bush": "person/george-w-bush"}),
    ({"person/mr-ebbers": "Mr Ebbers", "person/bernard-ebbers": "Bernard Ebbers"},
     {"person/mr-ebbers": "person/bernard-ebbers"}),
    # the surname of two people in the corpus: no merge
    ({"person/brown": "Brown", "person/gordon-brown": "Gordon Brown", "person/nick-brown": "Nick Brown"}, {}),
    # two full names that differ never merge, and a surname alone then joins neither
    ({"person/ed-miliband": "Ed Miliband", "person/david-miliband": "David Miliband", "person/miliband": "Miliband"}, {}),
    # variants of one full name count as one carrier of the surname
    ({"person/bush": "Bush", "person/george-w-bush": "George W Bush", "person/george-bush": "George Bush"},
     {"person/bush": "person/george-w-bush", "person/george-bush": "person/george-w-bush"}),
    # a peer is named "Lord" and a surname or place: not the surname of a commoner
    ({"person/lord-cullen": "Lord Cullen", "person/martin-cullen": "Martin Cullen"}, {}),
])
def test_identity_people_merge_on_evidence(labels, expected):
    from collections import Counter

    from graph.extract.entities.identity import person_merges
    people = {pid: Counter({label: 2 if len(label.split()) == 3 else 1}) for pid, label in labels.items()}
    assert person_merges(people) == expected


def test_identity_look_alike_positions_are_linked_not_merged():
    from graph.extract.entities.identity import look_alikes
    ids = ["position/a1/deal", "position/a2/deal", "position/a3/deal", "position/a1/tax-cuts", "position/kyoto-protocol"]
    assert look_alikes(ids) == [("position/a2/deal", "position/a1/deal"), ("position/a3/deal", "position/a1/deal")]


def _article_graph(name, people, stances):
    """An article graph by hand: people {id: label}, stances [(person id, relation, position id)]."""
    from graph.model import Article, ArticleGraph, Entity, Evidence, Statement
    ev = Evidence("A sentence.", 0, 11, 0, 11)
    entities = [Entity(pid, "person", label) for pid, label in people.items()]
    entities += [Entity(pos, "position", pos.rsplit("/", 1)[-1]) for pos in sorted({t for _, _, t in stances})]
    statements = [Statement(s, r, t, ev, "test", 0.9) for s, r, t in stances]
    return ArticleGraph(Article(name, "A sentence."), tuple(entities), tuple(statements))


def _node_link(name, people, stances):
    """A built graph by hand, as node-link JSON."""
    from graph.io.nodelink import dumps_node_link
    return dumps_node_link(_article_graph(name, people, stances))


def test_identity_analyze_follows_the_merged_people(tmp_path):
    from graph.analysis import analyze
    (tmp_path / "one.json").write_text(_node_link("one", {"person/george-w-bush": "George W Bush"},
                                                  [("person/george-w-bush", "supports", "position/kyoto-protocol")]))
    (tmp_path / "two.json").write_text(_node_link("two", {"person/bush": "Bush"},
                                                  [("person/bush", "opposes", "position/kyoto-protocol")]))
    result = analyze([tmp_path / "one.json", tmp_path / "two.json"])
    assert [(c.actor, c.target, c.within_article) for c in result.contradictions] == [
        ("person/george-w-bush", "position/kyoto-protocol", False)]


def test_identity_analyze_merges_people_as_the_corpus_graph_does(tmp_path):
    """One id spelt two ways across articles ("Lloyd Webber" first, "Lloyd-Webber" more often): the corpus graph
    and a view of the built files (analyze) take the same label for it, so they merge the same people."""
    from graph.extract.entities.identity import corpus_merges
    from graph.io.nodelink import to_networkx
    from graph.io.readers import merge_graphs, read_graph
    fund = "position/lottery-fund"
    graphs = [_article_graph("one", {"person/lloyd-webber": "Lloyd Webber"}, [("person/lloyd-webber", "supports", fund)]),
              _article_graph("two", {"person/lloyd-webber": "Lloyd-Webber"}, [("person/lloyd-webber", "supports", fund)]),
              _article_graph("three", {"person/lloyd-webber": "Lloyd-Webber", "person/andrew-lloyd-webber": "Andrew Lloyd-Webber"},
                             [("person/lloyd-webber", "supports", fund), ("person/andrew-lloyd-webber", "supports", fund)])]
    merges = corpus_merges(graphs)
    assert merges == {"person/lloyd-webber": "person/andrew-lloyd-webber"}
    paths = []
    for g in graphs:
        paths.append(tmp_path / f"{g.article.name}.json")
        paths[-1].write_text(_node_link(g.article.name, {e.id: e.label for e in g.entities if e.type == "person"},
                                        [(s.subject, s.relation, s.object) for s in g.statements]))
    for view in (merge_graphs(read_graph(p) for p in paths), merge_graphs(to_networkx(g) for g in graphs)):
        people = {n for n, d in view.nodes(data=True) if d["type"] == "person"}
        assert people == {merges.get(e.id, e.id) for g in graphs for e in g.entities if e.type == "person"}


def test_identity_analyze_keeps_article_positions_apart(tmp_path):
    from graph.analysis import analyze
    (tmp_path / "one.json").write_text(_node_link("one", {"person/ann-lee": "Ann Lee"},
                                                  [("person/ann-lee", "supports", "position/one/deal")]))
    (tmp_path / "two.json").write_text(_node_link("two", {"person/bo-kim": "Bo Kim"},
                                                  [("person/bo-kim", "opposes", "position/two/deal")]))
    result = analyze([tmp_path / "one.json", tmp_path / "two.json"])
    assert result.contested == () and result.camps.total == 0  # two deals, no rivalry


# --- a corpus of three small articles --------------------------------------------------------------------
ARTICLES = {
    "kestrel-results": "Kestrel chief executive Tom Baker said he backed the deal. He also rejected the Kyoto protocol. "
                       "Chief executive Ruth Cole of Harlow Mills said she opposed the Kyoto protocol.",
    "harbour-sale": "Chief executive Omar Reid said he opposed the deal. "
                    "Mr Baker said he opposed the Kyoto protocol.",
    "mills-update": "Ruth Cole, chief executive of Harlow Mills, backed the Kyoto protocol.",
}


@pytest.fixture(scope="module")
def corpus_build(tmp_path_factory):
    from graph.corpus import build_corpus
    src = tmp_path_factory.mktemp("identity-src")
    out = tmp_path_factory.mktemp("identity-out")
    path = src / "articles.jsonl"
    path.write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in ARTICLES.items()), encoding="utf-8")
    report = build_corpus([path], out, formats=["json", "ttl"])
    return out, report


def _corpus_store(out):
    import pyoxigraph as ox
    store = ox.Store()
    store.bulk_load(path=str(out / "corpus.nq"), format=ox.RdfFormat.N_QUADS)
    return store


def _select(store, query: str) -> list[tuple[str, ...]]:
    prefix = ("PREFIX ng: <https://newsgraph.dev/ns#> PREFIX org: <http://www.w3.org/ns/org#> "
              "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX id: <https://newsgraph.dev/id/> ")
    return sorted(tuple(str(t.value) for t in row) for row in store.query(prefix + query, use_default_graph_as_union=True))


def test_corpus_identity_a_bare_title_is_an_office_per_article_and_a_named_one_is_shared(corpus_build):
    out, _ = corpus_build
    rows = _select(_corpus_store(out), "SELECT DISTINCT ?office (COUNT(DISTINCT ?who) AS ?n) "
                                       "WHERE { ?who org:holds ?office } GROUP BY ?office")
    held = {office.rsplit("/id/", 1)[1]: int(n) for office, n in rows}
    assert held["office/kestrel-chief-executive"] == 1
    assert held["office/harbour-sale/chief-executive"] == 1
    # Ruth Cole is the chief executive of Harlow Mills in both articles that name her: one office, one holder
    assert held["office/harlow-mills-chief-executive"] == 1
    assert all(n == 1 for n in held.values()), held


def test_corpus_identity_generic_positions_are_close_not_merged(corpus_build):
    out, _ = corpus_build
    store = _corpus_store(out)
    close = _select(store, "SELECT ?a ?b WHERE { ?a skos:closeMatch ?b }")
    assert close == [("https://newsgraph.dev/id/position/kestrel-results/deal",
                      "https://newsgraph.dev/id/position/harbour-sale/deal")] or close == [
        ("https://newsgraph.dev/id/position/kestrel-results/deal", "https://newsgraph.dev/id/position/harbour-sale/deal")[::-1]]
    backers = _select(store, "SELECT ?who WHERE { ?who ng:supports id:position\\/kyoto-protocol }")
    assert backers == [("https://newsgraph.dev/id/person/ruth-cole",)]


def test_corpus_identity_a_surname_alone_joins_the_one_full_name(corpus_build):
    out, report = corpus_build
    assert report.merges.get("person/baker") == "person/tom-baker"
    manifest = json.loads((out / "corpus.manifest.json").read_text(encoding="utf-8"))
    assert manifest["merged_people"]["person/baker"] == "person/tom-baker"
    opponents = _select(_corpus_store(out), "SELECT ?who WHERE { ?who ng:opposes id:position\\/kyoto-protocol }")
    assert ("https://newsgraph.dev/id/person/tom-baker",) in opponents


def test_corpus_identity_analyze_over_the_build_folder_as_typed(corpus_build):
    import subprocess
    import sys
    out, _ = corpus_build
    files = sorted(str(p) for p in out.glob("*.json"))
    assert any(p.endswith("corpus.manifest.json") for p in files)
    run = subprocess.run([sys.executable, "-m", "graph.cli", "analyze", *files, "--format", "json"],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stderr.strip().splitlines() == [f"newsgraph: skipping {out / 'corpus.manifest.json'}: is a corpus "
                                               "manifest, not a graph written by `newsgraph build`"]
    data = json.loads(run.stdout)
    both = {(c["actor"], c["target"]) for c in data["contradictions"]}
    assert ("person/tom-baker", "position/kestrel-results/deal") not in both
    assert "person/baker" not in data["labels"]  # Mr Baker is Tom Baker


def test_identity_a_surname_alone_needs_shared_context_in_a_corpus():
    from collections import Counter

    from graph.extract.entities.identity import person_context, person_merges
    people = {"person/gates": Counter({"Gates": 1}), "person/ben-gates": Counter({"Ben Gates": 1}),
              "person/chavez": Counter({"Chavez": 1}), "person/hugo-chavez": Counter({"Hugo Chavez": 1})}
    triples = [("person/gates", "supports", "position/a1/aid-pledge"),  # nothing in common with Ben Gates
               ("person/ben-gates", "opposes", "position/a2/sequel"),
               ("person/chavez", "holds", "office/a3/president"),  # "President Chavez"
               ("person/hugo-chavez", "holds", "office/venezuelan-president")]
    labels = {"office/a3/president": "President", "office/venezuelan-president": "Venezuelan President"}
    assert person_merges(people, person_context(triples, labels)) == {"person/chavez": "person/hugo-chavez"}


def test_corpus_identity_library_queries_follow_the_ids(corpus_build):
    from graph.sparql import load_library, open_engine, run_query
    out, _ = corpus_build
    library = load_library()
    engine = open_engine([str(out / "corpus.nq")])
    balance = run_query(engine, library["position-balance"], {})
    rows = [{v: (None if t is None else str(t)) for v, t in zip(balance.vars, row)} for row in balance.rows]
    deals = sorted(r["position"].rsplit("/id/", 1)[1] for r in rows if r["label"] == "deal")
    assert deals == ["position/harbour-sale/deal", "position/kestrel-results/deal"]  # two deals, not one
    kyoto = next(r for r in rows if r["position"].endswith("/position/kyoto-protocol"))
    assert (kyoto["supporters"], kyoto["opponents"]) == ("1", "2")  # Ruth Cole backs it; she and Tom Baker oppose it
    opponents = run_query(engine, library["opponents"], {"target": "Kyoto protocol"})
    who = sorted(str(row[0]).rsplit("/id/", 1)[1] for row in opponents.rows)
    assert who == ["person/ruth-cole", "person/tom-baker"]  # "Mr Baker" is Tom Baker: one opponent, not two


@pytest.mark.parametrize("labels, triples, places, expected", [
    # a missing middle name (not an initial) needs something the two share
    ({"person/chris-jones": "Chris Jones", "person/chris-rhys-jones": "Chris Rhys Jones"},
     [("person/chris-jones", "member_of", "institution/sale"), ("person/chris-rhys-jones", "member_of", "institution/bath")],
     set(), {}),
    ({"person/jose-reyes": "Jose Reyes", "person/jose-antonio-reyes": "Jose Antonio Reyes"},
     [("person/jose-reyes", "member_of", "institution/arsenal"),
      ("person/jose-antonio-reyes", "member_of", "institution/arsenal")],
     set(), {"person/jose-reyes": "person/jose-antonio-reyes"}),
    # a missing initial is usual: no context needed
    ({"person/george-bush": "George Bush", "person/george-w-bush": "George W Bush"}, [], set(),
     {"person/george-bush": "person/george-w-bush"}),
    # a one-word "person" the corpus names as a body (a team, a place) is not a surname
    ({"person/england": "England", "person/jon-england": "Jon England"},
     [("person/england", "opposes", "person/jon-england")], {"england"}, {}),
])
def test_identity_merges_in_a_corpus_need_evidence(labels, triples, places, expected):
    from collections import Counter

    from graph.extract.entities.identity import person_context, person_merges
    people = {pid: Counter({label: 2 if len(label.split()) == 3 else 1}) for pid, label in labels.items()}
    assert person_merges(people, person_context(triples, {}), places=places) == expected
