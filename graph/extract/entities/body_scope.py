"""Ids of the bodies an article names only by their sort: "the government", "the committee", "critics".

A body named by its name ("Kestrel Bank", "the Senate finance committee", "Brazil's central bank") is one thing in
every article and keeps the id of that name. One the story names by a common noun alone is whichever body that
story is about: "the government" of a story about Japan is not the one of a story about Britain, and the
"analysts" or "critics" of two stories are not one crowd. With one id for all of them, the corpus graph, `analyze`
and a SPARQL union of many files made one node of every government and every crowd of critics, taking every side
any of them took. Such a body is scoped to its article (`institution/<article>/government`), as a bare title is
(scope.py); its label stays, so readers, the diff and the scorer still find it by its name.
"""
from __future__ import annotations

from dataclasses import replace

from ...model import Entity, Statement
from .scope import article_scoped, scope_tail

__all__ = ["unnamed_body", "scoped_ids", "scope_bodies"]


def unnamed_body(entity: Entity, kind: str | None) -> bool:
    """A body of the lexicon's sorts (resolve.py's kind "common") whose label holds no name: no capital letter."""
    return entity.type == "institution" and kind == "common" and entity.label == entity.label.lower()


def scoped_ids(article: str, kinds: dict[str, str], entities: dict[str, Entity]) -> dict[str, str]:
    """Each unnamed body's id -> its id scoped to the article (what a reader of the rules' ids, as the pair scorer's
    training data is, needs to find the node in the built graph)."""
    return {eid: article_scoped("institution", article, scope_tail(eid)) for eid, e in entities.items()
            if unnamed_body(e, kinds.get(eid))}


def scope_bodies(article: str, kinds: dict[str, str], entities: dict[str, Entity],
                 statements: list[Statement]) -> tuple[dict[str, Entity], list[Statement]]:
    """The article's entities and statements with every unnamed body's id scoped to the article."""
    ids = scoped_ids(article, kinds, entities)
    if not ids:
        return entities, statements
    entities = {ids.get(eid, eid): replace(e, id=ids[eid]) if eid in ids else e for eid, e in entities.items()}
    statements = [s if s.subject not in ids and s.object not in ids else
                  replace(s, subject=ids.get(s.subject, s.subject), object=ids.get(s.object, s.object))
                  for s in statements]
    return entities, statements
