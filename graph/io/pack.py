"""A large graph's page data, packed: what thousands of records repeat is written once.

A node's or an edge's look (shape, colours, dashes, arrows) is one of a handful, yet each record spelled it out,
and each record's `ng` repeated the values most records share (no aliases, no status, the one article). On the
2,000-node page that was 2.8 MB of JSON for the browser's HTML parser to scan and JSON.parse to read before the
first draw. Packed, a record names its look by index (`lk`), and leaves out each `ng` value that equals the
list's common one; viewer.js (`unpack`) puts both back before anything reads the records, so the side panel,
vis-network and scripts see the records `page_data` made. `unpack` here is the same inverse, for tests and tools.

Only what every record of a list holds is shared, so a key that a record lacks is never added back.

    >>> data = {"nodes": [{"id": "a", "shape": "dot", "ng": {"type": "person", "aliases": []}},
    ...                   {"id": "b", "shape": "dot", "ng": {"type": "office", "aliases": []}}], "edges": []}
    >>> packed = pack(data)
    >>> packed["nodes"][1], packed["packed"]["nodes"]["looks"], packed["packed"]["nodes"]["common"]
    ({'id': 'b', 'ng': {'type': 'office'}, 'lk': 0}, [{'shape': 'dot'}], {'aliases': []})
    >>> unpack(packed) == data
    True
"""
from __future__ import annotations

import json
from collections import Counter

__all__ = ["pack", "unpack", "OWN_KEYS"]

# What differs from record to record (its identity, place, name, tooltip, line width, data): kept in the record.
# Every other key is part of the record's look.
OWN_KEYS = frozenset({"id", "label", "title", "x", "y", "from", "to", "width", "smooth", "ng"})


def _key(value) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _pack_records(records: list[dict]) -> tuple[list[dict], dict]:
    looks: dict[str, int] = {}
    look_list: list[dict] = []
    # ng values held by every record, and the most common value of each (ties: the first in key order)
    ngs = [r.get("ng") if isinstance(r.get("ng"), dict) else None for r in records]
    shared_keys = set.intersection(*(set(g) for g in ngs)) if ngs and all(g is not None for g in ngs) else set()
    common = {}
    for k in sorted(shared_keys):
        counts = Counter(_key(g[k]) for g in ngs)
        best = min(counts, key=lambda v: (-counts[v], v))
        if counts[best] > 1:
            common[k] = json.loads(best)
    common_keys = {k: _key(v) for k, v in common.items()}
    packed = []
    for record in records:
        look = {k: v for k, v in record.items() if k not in OWN_KEYS}
        index = looks.setdefault(_key(look), len(look_list))
        if index == len(look_list):
            look_list.append(look)
        out = {k: v for k, v in record.items() if k in OWN_KEYS}
        if common and "ng" in out:
            out["ng"] = {k: v for k, v in out["ng"].items() if common_keys.get(k) != _key(v)}
        out["lk"] = index
        packed.append(out)
    return packed, {"looks": look_list, "common": common}


def pack(data: dict) -> dict:
    """page_data's dict with its nodes and edges packed (and `packed` saying how); the rest as it was."""
    out = dict(data)
    out["packed"] = {}
    for name in ("nodes", "edges"):
        out[name], out["packed"][name] = _pack_records(data[name])
    return out


def unpack(data: dict) -> dict:
    """The inverse of pack (what viewer.js does when the page opens): records whole again."""
    if "packed" not in data:
        return data
    out = {k: v for k, v in data.items() if k != "packed"}
    for name in ("nodes", "edges"):
        how = data["packed"][name]
        records = []
        for record in data[name]:
            whole = {k: v for k, v in record.items() if k != "lk"}
            whole.update(json.loads(_key(how["looks"][record["lk"]])))
            if "ng" in whole:
                whole["ng"] = {**{k: json.loads(_key(v)) for k, v in how["common"].items() if k not in whole["ng"]},
                               **whole["ng"]}
            records.append(whole)
        out[name] = records
    return out
