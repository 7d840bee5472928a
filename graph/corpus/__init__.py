"""Corpus builds: many articles from files, folders and JSON Lines, in batches, in parallel, resumable.

    plan(inputs)            -> ([Source], bad)   every input checked before anything is written
    build_corpus(inputs...) -> CorpusReport      per-article files, then one corpus graph

The parts, each importing only those above it:
    inputs.py        files, folders and JSON Lines expanded into checked sources; the English check
    records.py       each article's record and the key that says whether it must be rebuilt; the lock
    corpus_graph.py  the corpus graph (.nq, .trig, manifest) and page, streamed from the records
    run.py           build_corpus: batches, worker processes or an executor, then the corpus graph
    distributed.py   the same build with the extraction on a Dask cluster (imported on its own)
"""
from ..extract.entities.identity import person_merges
from .corpus_graph import corpus_quads
from .inputs import JSONL_SUFFIXES, TEXT_SUFFIXES, Source, english_warning, plan, read_source
from .records import STATE_DIR, article_key, code_version, graph_from_record, graph_to_record, pipeline_version
from .run import ArticleResult, CorpusReport, build_corpus

__all__ = ["JSONL_SUFFIXES", "TEXT_SUFFIXES", "STATE_DIR", "Source", "ArticleResult", "CorpusReport", "plan",
           "read_source", "build_corpus", "article_key", "code_version", "pipeline_version", "person_merges",
           "graph_to_record", "graph_from_record", "english_warning", "corpus_quads"]
