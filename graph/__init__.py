"""newsgraph: who stands where, from news articles.

    >>> from graph import build_article, read_article
    >>> graph = build_article(read_article("seeds/gaza-rift.txt"))      # doctest: +SKIP

The model and the errors are imported here; the stages that load spaCy, rdflib or the viewer are
imported on first use, so `import graph` stays cheap.
"""
from importlib import import_module

from .errors import InputError, NewsgraphError, PipelineError, QueryError, UsageError
from .model import Article, ArticleGraph, Entity, Evidence, Mention, Statement

__all__ = sorted([
    "Article", "ArticleGraph", "Entity", "Evidence", "InputError", "Mention", "NewsgraphError", "PipelineError",
    "QueryError", "Statement", "UsageError", "build_article", "build_articles", "read_article", "to_networkx",
    "to_rdf",
])

_LAZY = {"build_article": "extract.build", "build_articles": "extract.build", "read_article": "extract.language.text",
         "to_networkx": "io.nodelink", "to_rdf": "io.rdf"}


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'graph' has no attribute {name!r}")
