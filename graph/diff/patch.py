"""The triple-level change as an RDF Patch (Apache Jena's format), and applying one with rdflib's own parser.

Imports graph.errors and the Diff record.
"""
from __future__ import annotations

import hashlib
import uuid

from rdflib import BNode, Dataset, Graph, Literal

from ..errors import InputError
from .changes import Diff

__all__ = ["patch_rows", "dumps_patch", "apply_patch"]


def _nt(term) -> str:
    if isinstance(term, BNode):
        raise InputError(f"the graphs hold a blank node ({term.n3()}); an RDF Patch needs IRIs on both sides, "
                         "as `newsgraph build` writes them")
    if isinstance(term, Literal):
        # N-Triples form: one line, ECHAR escapes (Literal.n3() would write a multi-line Turtle string)
        lexical = str(term).translate(_ECHAR)
        suffix = f"@{term.language}" if term.language else f"^^<{term.datatype}>" if term.datatype else ""
        return f'"{lexical}"{suffix}'
    return term.n3()


_ECHAR = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def patch_rows(d: Diff) -> list[str]:
    """The `D` then `A` rows of the triple-level change, each sorted so the patch is byte-stable."""
    deletes = sorted(f"D {_nt(s)} {_nt(p)} {_nt(o)} ." for s, p, o in d.removed_triples)
    adds = sorted(f"A {_nt(s)} {_nt(p)} {_nt(o)} ." for s, p, o in d.added_triples)
    return deletes + adds


def dumps_patch(d: Diff) -> str:
    """An RDF Patch (Apache Jena format) turning the old graph into the new one, in one transaction."""
    rows = patch_rows(d)
    # the id is a hash of the content, so the same change always gets the same patch
    patch_id = uuid.UUID(bytes=hashlib.sha256("\n".join(rows).encode()).digest()[:16], version=5)
    return "\n".join([f"H id <uuid:{patch_id}> .", "TX .", *rows, "TC ."]) + "\n"


def apply_patch(G: Graph, patch: str) -> Graph:
    """A copy of G with an RDF Patch applied, read by rdflib's own RDF Patch parser."""
    ds = Dataset()
    for triple in G:
        ds.default_graph.add(triple)
    ds.parse(data=patch, format="patch")
    out = Graph()
    for triple in ds.default_graph:
        out.add(triple)
    return out
