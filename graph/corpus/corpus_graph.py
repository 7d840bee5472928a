"""The corpus graph: every article's named graph plus one graph holding each entity once, and the corpus page.

The corpus graph (DIR/<corpus>.nq and .trig) is assembled from the records in input order, one
named graph per article (its IRI is the article's), plus one named graph for the corpus that
holds each entity once: entities of the same id are one node across articles, and people whose
names agree on first name and surname ("Mary A. Vance", "Mary Vance") are merged under one IRI
(graph.extract.entities.identity). Only the records of one article and the table of entities are held in memory at a time.

Imports graph.errors, graph.model, graph.vocab, graph.extract.entities.identity, graph.io and the records.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import NewsgraphError
from ..extract.entities.identity import article_merges, corpus_merges, look_alikes
from ..model import NODE_TYPES, ArticleGraph, Entity
from .inputs import Source, safe_stem
from .records import code_version, graph_from_record, record_path

if TYPE_CHECKING:
    from .run import CorpusReport

__all__ = ["records", "corpus_quads", "article_quads", "article_parts", "trig_prefixes", "trig_header",
           "renamed", "CorpusSummary", "write_corpus", "write_corpus_page"]


def records(out: Path, sources: list[Source]) -> Iterator[tuple[Source, ArticleGraph]]:
    for source in sources:
        record = json.loads(record_path(out, source).read_text(encoding="utf-8"))
        yield source, graph_from_record(record["graph"])


def corpus_quads(out: Path, sources: list[Source], name: str, merges: dict[str, str], table: dict):
    """The quads of the corpus, in a fixed order: each article's named graph, then the corpus graph."""
    for _, graph in records(out, sources):
        yield from article_quads(renamed(graph, merges))
    yield from _corpus_graph_quads(name, table)


def article_quads(graph: ArticleGraph) -> list:
    """One article's named graph in the corpus, sorted: its IRI names the graph."""
    import pyoxigraph as ox

    from ..io.rdf import triples
    from ..io.terms import ox_of
    from ..vocab import article_iri
    g = ox.NamedNode(str(article_iri(graph.article.name)))
    # the triples themselves, not an rdflib Graph of them: a store's indexes cost twice the rest of the
    # corpus graph, and the set does the one thing the store did here (a triple stated twice is one)
    made: dict = {}  # an article names the same IRIs many times

    def term(t):
        found = made.get(t)
        if found is None:
            found = made[t] = ox_of(t)
        return found

    quads = {ox.Quad(term(s), term(p), term(o), g) for s, p, o in triples(graph)}
    return sorted(quads, key=lambda q: (str(q.subject), str(q.predicate), str(q.object)))


def article_parts(record: dict) -> dict[str, str]:
    """An article's named graph as its part of corpus.nq and of corpus.trig (TriG without the prefix lines,
    which the file states once), before any merge: made by the worker that builds the article, so that
    the driver's serial tail copies text instead of parsing corpus.nq back to write the TriG."""
    return _serialized(article_quads(graph_from_record(record)))


def _serialized(quads: list) -> dict[str, str]:
    import pyoxigraph as ox
    return {"nquads": ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8"),
            "trig": _without_header(ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=trig_prefixes())
                                    .decode("utf-8"))}


@cache
def trig_prefixes() -> dict[str, str]:
    from ..vocab import PREFIXES
    prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
    prefixes.update(rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#", rdfs="http://www.w3.org/2000/01/rdf-schema#",
                    xsd="http://www.w3.org/2001/XMLSchema#")
    # one prefix a kind of node, so names read `person:boris-johnson`, not `id:person\/boris-johnson`
    prefixes.update({kind: str(PREFIXES["id"]) + f"{kind}/" for kind in (*NODE_TYPES, "article", "statement", "corpus")})
    return dict(sorted(prefixes.items()))


@cache
def trig_header() -> str:
    """The prefix lines Oxigraph's TriG writer opens a file with: it states every prefix given, in its own
    order, before the first graph. A TriG file of graphs written one at a time is this header and each
    graph's text without it, byte for byte the TriG of all of them written at once (tested)."""
    import pyoxigraph as ox
    x = ox.NamedNode("urn:x")
    text = ox.serialize([ox.Quad(x, x, x, x)], format=ox.RdfFormat.TRIG, prefixes=trig_prefixes()).decode("utf-8")
    return text[:text.index("\n", text.rindex("@prefix ")) + 1]


def _without_header(text: str) -> str:
    header = trig_header()
    if not text.startswith(header):
        raise NewsgraphError(f"Oxigraph's TriG opens with {text[:80]!r}, not the prefix lines expected: "
                             "the corpus TriG cannot be written graph by graph")
    return text[len(header):]


def _corpus_graph_quads(name: str, table: dict) -> list:
    import pyoxigraph as ox
    from rdflib import RDF, RDFS

    from ..vocab import ID, NG, PROV, SKOS, TYPE_CLASSES, article_iri, entity_iri
    corpus = ox.NamedNode(str(ID[f"corpus/{name}"]))
    # each term made once with its N-Triples text, the sort key: the corpus graph states each article
    # and predicate thousands of times, and reading a term back out of an ox.Quad makes a new object
    named: dict[str, tuple] = {}

    def iri(value) -> tuple:
        found = named.get(value)
        if found is None:
            term = ox.NamedNode(str(value))
            found = named[value] = (term, str(term))
        return found

    def literal(value: str) -> tuple:
        term = ox.Literal(value)
        return term, str(term)

    articles: dict[str, tuple] = {}

    def article(name_: str) -> tuple:
        found = articles.get(name_)
        if found is None:
            found = articles[name_] = iri(article_iri(name_))
        return found

    rows: dict[tuple, tuple] = {}  # (subject, predicate, object) texts -> terms: a quad stated twice is one

    def add(s: tuple, p: tuple, o: tuple) -> None:
        rows.setdefault((s[1], p[1], o[1]), (s[0], p[0], o[0]))

    whole = (corpus, str(corpus))
    a, node_type, pref, label_, alt, derived = (iri(RDF.type), iri(NG.nodeType), iri(SKOS.prefLabel),
                                                iri(RDFS.label), iri(SKOS.altLabel), iri(PROV.wasDerivedFrom))
    add(whole, a, iri(PROV.Collection))
    member = iri(PROV.hadMember)
    for name_ in table["articles"]:
        add(whole, member, article(name_))
    for eid, entry in table["entities"].items():
        node = iri(entity_iri(eid))
        label = entry["labels"].most_common(1)[0][0]
        for cls in TYPE_CLASSES[entry["type"]]:
            add(node, a, iri(cls))
        add(node, node_type, literal(entry["type"]))
        add(node, pref, literal(label))
        add(node, label_, literal(label))
        for alias in (set(entry["labels"]) | entry["aliases"]) - {label}:
            add(node, alt, literal(alias))
        for name_ in entry["articles"]:
            add(node, derived, article(name_))
    # a position of one article that looks like another's ("deal" here and there) is close, not the same
    positions = [eid for eid, entry in table["entities"].items() if entry["type"] == "position"]
    close = iri(SKOS.closeMatch)
    for pid, like in look_alikes(positions):
        add(iri(entity_iri(pid)), close, iri(entity_iri(like)))
    return [ox.Quad(*rows[key], corpus) for key in sorted(rows)]


def renamed(graph: ArticleGraph, merges: dict[str, str]) -> ArticleGraph:
    if not merges:
        return graph
    entities: dict[str, Entity] = {}
    for e in graph.entities:
        eid = merges.get(e.id, e.id)
        if eid in entities:  # two variants of one person in one article: one node, both names kept
            kept = entities[eid]
            e = replace(kept, aliases=tuple(sorted(set(kept.aliases) | set(e.aliases) | {e.label} - {kept.label})))
        entities[eid] = replace(e, id=eid)
    statements = tuple(replace(s, subject=merges.get(s.subject, s.subject), object=merges.get(s.object, s.object))
                       for s in graph.statements)
    return replace(graph, entities=tuple(sorted(entities.values(), key=lambda e: e.id)), statements=statements)


def _add_to_table(table: dict, graph: ArticleGraph) -> None:
    table["articles"].append(graph.article.name)
    entities = table["entities"]
    for e in graph.entities:
        entry = entities.get(e.id)
        if entry is None:  # not setdefault: it would build the Counter and set of every mention
            entry = entities[e.id] = {"type": e.type, "labels": Counter(), "aliases": set(), "articles": []}
        entry["labels"][e.label] += 1
        entry["aliases"].update(e.aliases)
        entry["articles"].append(graph.article.name)


def _merge_table(table: dict, merges: dict[str, str]) -> dict:
    entities: dict[str, dict] = {}
    for eid in sorted(table["entities"]):
        entry = table["entities"][eid]
        target = entities.setdefault(merges.get(eid, eid), {"type": entry["type"], "labels": Counter(),
                                                            "aliases": set(), "articles": []})
        target["labels"].update(entry["labels"])
        target["aliases"].update(entry["aliases"])
        target["articles"] = sorted(set(target["articles"]) | set(entry["articles"]))
    return {"articles": table["articles"], "entities": entities}


class CorpusSummary:
    """What the corpus graph reads of every article before it can be written (the entity table, the edge counts,
    what the person merges weigh), taken from each article's graph as the build hands it over, in input order.

    In a parallel build the driver does this while it waits for its workers, and in any build the corpus graph no
    longer reads every record back first: its serial tail is shorter. An article done before those ahead of it
    waits here for them (a few batches at most), so the table is the one a read in input order makes."""

    def __init__(self, sources: list[Source]):
        self._index = {source.name: i for i, source in enumerate(sources)}
        self._waiting: dict[int, ArticleGraph] = {}
        self._next = 0
        self.table: dict = {"articles": [], "entities": {}}
        self.edges: Counter = Counter()
        self.named: list[tuple] = []  # article_merges' input: (article, its nodes, its statements) each

    def add(self, source: Source, graph: ArticleGraph) -> None:
        self._waiting[self._index[source.name]] = graph
        while self._next in self._waiting:
            graph = self._waiting.pop(self._next)
            self._next += 1
            _add_to_table(self.table, graph)
            self.edges.update(s.relation for s in graph.statements)
            self.named.append((graph.article.name, [(e.id, e.type, e.label) for e in graph.entities],
                               [(s.subject, s.relation, s.object) for s in graph.statements]))

    @property
    def complete(self) -> bool:
        return self._next == len(self._index)


def write_corpus(out: Path, name: str, sources: list[Source], report: CorpusReport,
                  pipe_version: str, summary: CorpusSummary | None = None, pool=None) -> list[Path]:
    """The corpus graph and its manifest. `summary`: every article's part of it, taken as they were built (else
    the records are read back for it). `pool`: the build's local worker processes, idle by now: they make what
    must be made anew (the corpus's own graph, the parts of each article a merge renames in) while this process
    copies the parts the workers wrote; the bytes are the same."""
    if summary is not None and summary.complete:
        table = summary.table
        report.edges.update(summary.edges)
        merges = article_merges(summary.named)
    else:
        table = {"articles": [], "entities": {}}

        def counted():  # one read of the records gives the entity table, the edge counts and the merges
            for _, graph in records(out, sources):
                _add_to_table(table, graph)
                report.edges.update(s.relation for s in graph.statements)
                yield graph
        merges = corpus_merges(counted())
    table = _merge_table(table, merges)
    report.merges = merges
    report.nodes = Counter(entry["type"] for entry in table["entities"].values())
    stem = safe_stem(name)
    nq, trig = out / f"{stem}.nq", out / f"{stem}.trig"
    from ..io.outputs import atomic_binary
    ahead: dict[int, object] = {}  # parts being made by the pool: input position -> future
    whole = pool.submit(_corpus_graph_parts, stem, table) if pool is not None else None
    if pool is not None and summary is not None and summary.complete and merges:
        ahead = {i: pool.submit(_renamed_parts, record_path(out, sources[i]), merges)
                 for i, (_, nodes, _) in enumerate(summary.named) if any(node[0] in merges for node in nodes)}
    # each article's graph as its worker wrote it (N-Quads and TriG), unless a merge renames in it
    with atomic_binary(nq) as nq_fh, atomic_binary(trig) as trig_fh:
        trig_fh.write(trig_header().encode("utf-8"))
        for i, source in enumerate(sources):
            if i in ahead:
                parts = ahead.pop(i).result()
            else:
                record = json.loads(record_path(out, source).read_text(encoding="utf-8"))
                # the entity ids read off the record: the graph itself is rebuilt only when a merge renames in it
                if "nquads" in record and "trig" in record \
                        and not any(e["id"] in merges for e in record["graph"]["entities"]):
                    parts = record
                else:
                    parts = _renamed_parts(record, merges)
            nq_fh.write(parts["nquads"].encode("utf-8"))
            trig_fh.write(parts["trig"].encode("utf-8"))
        parts = whole.result() if whole is not None else _corpus_graph_parts(stem, table)
        nq_fh.write(parts["nquads"].encode("utf-8"))
        trig_fh.write(parts["trig"].encode("utf-8"))
    manifest = out / f"{stem}.manifest.json"
    from ..io.outputs import atomic_write
    atomic_write(manifest, json.dumps({
        "corpus": stem, "articles": [{"name": s.name, "source": s.label, "stem": s.stem, "sha256": s.sha256}
                                     for s in sources],
        "skipped": report.skipped, "merged_people": dict(sorted(merges.items())),
        "nodes": dict(sorted(report.nodes.items())), "edges": dict(sorted(report.edges.items())),
        "newsgraph": code_version(), "pipeline": pipe_version,
    }, ensure_ascii=False, indent=1) + "\n")
    return [nq, trig, manifest]


def _renamed_parts(record: dict | Path, merges: dict[str, str]) -> dict[str, str]:
    """An article's parts of the corpus graph with the merges' ids (`record`: the record, or its file)."""
    if isinstance(record, Path):
        record = json.loads(record.read_text(encoding="utf-8"))
    return _serialized(article_quads(renamed(graph_from_record(record["graph"]), merges)))


def _corpus_graph_parts(stem: str, table: dict) -> dict[str, str]:
    return _serialized(_corpus_graph_quads(stem, table))


def write_corpus_page(out: Path, name: str, sources: list[Source], merges: dict[str, str]) -> Path:
    """DIR/<corpus>.html: the viewer over every article's graph, merged as in the corpus graph; above a few
    hundred nodes it opens on an overview of clusters (graph.io.html)."""
    from ..io.readers import merge_graphs
    from ..io.html import render_network
    from ..io.nodelink import to_networkx
    from ..io.outputs import atomic_write
    # people merged once, as in the corpus graph: the page shows the same nodes as corpus.nq
    G = merge_graphs((to_networkx(renamed(graph, merges)) for _, graph in records(out, sources)), merge_people=False)
    path = out / f"{safe_stem(name)}.html"
    atomic_write(path, render_network(G, title=f"{name}: {G.graph['article']}"))
    return path
