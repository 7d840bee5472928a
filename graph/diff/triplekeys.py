"""The triple-level change between two RDF files as set arithmetic on keys, parsed by Oxigraph.

newsgraph mints an IRI for every node (no blank nodes), so a triple is equal to another exactly when
their N-Triples forms are: a triple can be compared as a key. Each file is read once into an array
of 64-bit hashes of its keys; numpy's sorted set operations find the keys on one side only, and only
those triples are turned into rdflib terms (for the RDF Patch). No graph is built in memory.

N-Triples and N-Quads (what `newsgraph build` writes for a corpus) are read a line at a time: a line
is its triple's key when it is written canonically, as Oxigraph and rdflib write it. Each line found
on one side only is parsed and checked to be canonical; if one is not (a hand-written file, another
writer's escapes), both files are read again with every triple parsed and keyed canonically. Other
formats (Turtle, TriG, JSON-LD, RDF/XML) are always parsed. In N-Quads, the key is the quad, graph included.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.nt").write_text('<http://x/a> <http://x/p> "1" .\\n<http://x/a> <http://x/p> "2" .\\n')
    >>> _ = (d / "b.nt").write_text('<http://x/a> <http://x/p> "2" .\\n<http://x/a> <http://x/p> "3" .\\n')
    >>> removed, added = diff_rdf_files(d / "a.nt", d / "b.nt")
    >>> [str(o) for _, _, o in removed], [str(o) for _, _, o in added]
    (['1'], ['3'])
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pyoxigraph as ox

from ..errors import InputError
from ..vocab import RDF_SUFFIXES, rdflib_term

__all__ = ["diff_rdf_files"]

# every file the query engines read (graph.vocab.RDF_SUFFIXES) is read here too; these a line at a time
_LINE_FORMATS = {s for s, f in RDF_SUFFIXES.items() if f in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS)}


def _format(path: Path) -> ox.RdfFormat:
    fmt = RDF_SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"{path}: cannot read {path.suffix or 'a file without suffix'!r} as RDF here; give "
                         f"one of {', '.join(sorted(RDF_SUFFIXES))}")
    return fmt


def _key_hash(key: bytes) -> int:
    # Python's own hash of the bytes: fast, and fixed within the process, which is all the arithmetic needs
    # (the result is the triples themselves, compared exactly once found)
    return hash(key)


def _canonical(term_tuple) -> bytes:
    return (" ".join(str(t) for t in term_tuple) + " .").encode("utf-8")


def _parsed(path: Path):
    try:
        yield from ox.parse(path=str(path), format=_format(path))
    except (SyntaxError, ValueError) as e:
        raise InputError(f"{path}: is not valid RDF ({e}); give a graph written by `newsgraph build`") from None


def _quad_terms(item):
    # a Quad of the default graph is keyed as its triple, so .nt and .nq files of one graph compare equal
    if isinstance(item, ox.Quad) and not isinstance(item.graph_name, ox.DefaultGraph):
        return (item.subject, item.predicate, item.object, item.graph_name)
    return (item.subject, item.predicate, item.object)


def _lines(path: Path):
    with path.open("rb") as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith(b"#"):
                yield line


def _line_keys(path: Path) -> np.ndarray:
    return np.fromiter(map(hash, _lines(path)), dtype=np.int64)


def _parsed_keys(path: Path) -> np.ndarray:
    return np.fromiter((_key_hash(_canonical(_quad_terms(q))) for q in _parsed(path)), dtype=np.int64)


def _one_side(keys: np.ndarray, other: np.ndarray) -> np.ndarray:
    """The positions of the keys not among `other` (a binary search in the sorted other side)."""
    if not len(other):
        return np.arange(len(keys))
    ordered = np.sort(other)
    at = np.searchsorted(ordered, keys)
    at[at == len(ordered)] = 0
    return np.flatnonzero(ordered[at] != keys)


def _lines_at(path: Path, positions: np.ndarray) -> list[bytes]:
    want = set(positions.tolist())
    return [line for i, line in enumerate(_lines(path)) if i in want]


def _parse_lines(path: Path, lines: list[bytes]):
    if not lines:
        return []
    try:
        return [_quad_terms(q) for q in ox.parse(b"\n".join(lines) + b"\n", format=_format(path))]
    except (SyntaxError, ValueError) as e:
        raise InputError(f"{path}: is not valid RDF ({e}); give a graph written by `newsgraph build`") from None


def _rdflib(terms: tuple):
    return tuple(rdflib_term(t) for t in terms)


def diff_rdf_files(old: str | Path, new: str | Path) -> tuple[frozenset, frozenset]:
    """(triples only in old, triples only in new) of two RDF files, as rdflib terms; quads of a named
    graph keep their graph as a fourth term."""
    old, new = Path(old), Path(new)
    for path in (old, new):
        if not path.is_file():
            raise InputError(f"{path}: no such file; give two graphs written by `newsgraph build`")
    if old.suffix.lower() in _LINE_FORMATS and new.suffix.lower() in _LINE_FORMATS:
        a, b = _line_keys(old), _line_keys(new)
        lines_a, lines_b = _lines_at(old, _one_side(a, b)), _lines_at(new, _one_side(b, a))
        terms_a, terms_b = _parse_lines(old, lines_a), _parse_lines(new, lines_b)
        if all(_canonical(t) == line for t, line in zip(terms_a + terms_b, lines_a + lines_b)) \
                and len(terms_a) == len(lines_a) and len(terms_b) == len(lines_b):
            return _result(terms_a, terms_b)
    # not canonical lines, or not a line format: every triple parsed and keyed
    a, b = _parsed_keys(old), _parsed_keys(new)
    only_a, only_b = set(_one_side(a, b).tolist()), set(_one_side(b, a).tolist())
    terms_a = [t for i, t in enumerate(map(_quad_terms, _parsed(old))) if i in only_a]
    terms_b = [t for i, t in enumerate(map(_quad_terms, _parsed(new))) if i in only_b]
    return _result(terms_a, terms_b)


def _result(terms_a, terms_b) -> tuple[frozenset, frozenset]:
    # two different keys on both sides cancel only if equal: compare the parsed candidates exactly too
    keys_a = {_canonical(t): t for t in terms_a}
    keys_b = {_canonical(t): t for t in terms_b}
    removed = frozenset(_rdflib(keys_a[k]) for k in keys_a.keys() - keys_b.keys())
    added = frozenset(_rdflib(keys_b[k]) for k in keys_b.keys() - keys_a.keys())
    return removed, added
