"""The records of a diff: an entity change, a statement change, and the Diff that holds them.

Imports nothing of graph.
"""
from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["FLIPS", "Ref", "EntityChange", "StatementChange", "Diff", "KIND_ORDER", "entity_order", "statement_order"]

FLIPS = {"supports": "opposes", "opposes": "supports"}

Ref = tuple  # (old id or None, new id or None): one entity seen from both versions


@dataclass(frozen=True)
class EntityChange:
    """kind: added | removed | renamed (matched by role) | relabelled (same name) | type | aliases."""

    kind: str
    old: str | None
    new: str | None
    old_label: str = ""
    new_label: str = ""
    old_type: str = ""
    new_type: str = ""
    gained: tuple[str, ...] = ()
    lost: tuple[str, ...] = ()
    basis: str = ""  # how the two were aligned: id | name | role

    @property
    def substance(self) -> bool:
        return self.kind in ("added", "removed", "renamed", "type")


@dataclass(frozen=True)
class StatementChange:
    """kind: added | removed | flipped | qualifiers | reworded.

    `subject`/`object` are Refs (old id, new id); `before`/`after` hold the relation for a flip and
    the qualifier summary for a qualifier change; `old_evidence`/`new_evidence` the sentences.
    """

    kind: str
    subject: Ref
    relation: str
    object: Ref
    before: str = ""
    after: str = ""
    old_evidence: tuple[str, ...] = ()
    new_evidence: tuple[str, ...] = ()

    @property
    def substance(self) -> bool:
        return self.kind != "reworded"


@dataclass(frozen=True)
class Diff:
    old: str
    new: str
    entities: tuple[EntityChange, ...] = ()
    statements: tuple[StatementChange, ...] = ()
    labels: dict = field(default_factory=dict, compare=False)  # Ref -> display label
    aligned: dict = field(default_factory=dict, compare=False)  # old id -> new id
    removed_triples: frozenset = frozenset()
    added_triples: frozenset = frozenset()

    @property
    def substance(self) -> tuple:
        return tuple(c for c in self.entities + self.statements if c.substance)

    @property
    def empty(self) -> bool:
        return not (self.entities or self.statements or self.removed_triples or self.added_triples)


KIND_ORDER = {k: i for i, k in enumerate(("removed", "added", "renamed", "type", "relabelled", "aliases",
                                           "flipped", "qualifiers", "reworded"))}


def _ref_key(ref) -> tuple:
    return tuple(x or "" for x in ref)


def entity_order(c: EntityChange):
    return (KIND_ORDER[c.kind], c.old or "", c.new or "")


def statement_order(c: StatementChange):
    return (KIND_ORDER[c.kind], _ref_key(c.subject), c.relation, _ref_key(c.object))
