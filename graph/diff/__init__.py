"""What changed in who stands where between two versions of an article, and across many.

    align entities (same id, then same name, then same role) -> compare statements keyed by
    (subject, relation, object) -> a Diff: entity and statement changes plus the triple-level patch

A diff reads two built graphs and never re-runs the language pipeline (graph.io.load reads them).
The parts, each importing only those above it:
    changes.py     the records: EntityChange, StatementChange, Diff
    align.py       entities of two versions matched by id, name, then role
    triplekeys.py  the triple-level change of two files as set arithmetic on hashed N-Triples lines (the file
                   suffixes and terms of graph.vocab, as the query engines read them)
    compare.py     diff(), diff_rdf(), invert()
    patch.py       the triple-level change as an RDF Patch, and applying one
    report.py      JSON, text, and the union graph for the HTML view
    history.py     for each statement, the versions it appears in
"""
from .align import align
from .changes import Diff, EntityChange, Ref, StatementChange
from .compare import diff, diff_rdf, invert
from .history import History, dumps_history_json, format_history, history
from .patch import apply_patch, dumps_patch, patch_rows
from .report import dumps_json, format_text, render_html, union_graph

__all__ = [
    "Ref", "EntityChange", "StatementChange", "Diff", "History", "align", "diff", "invert",
    "diff_rdf", "patch_rows", "dumps_patch", "apply_patch", "dumps_json", "format_text",
    "union_graph", "render_html", "history", "format_history", "dumps_history_json",
]
