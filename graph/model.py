"""The records that flow between stages: plain, frozen data classes.

text -> Article -> Mention -> Entity -> Statement -> ArticleGraph
"""
from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "NODE_TYPES", "STANCE_RELATIONS", "STRUCTURE_RELATIONS", "RELATIONS",
    "Article", "Mention", "Entity", "Evidence", "Statement", "ArticleGraph",
]

NODE_TYPES = ("person", "office", "institution", "position")
STANCE_RELATIONS = ("supports", "opposes", "warns")
STRUCTURE_RELATIONS = ("holds", "member_of")
RELATIONS = STANCE_RELATIONS + STRUCTURE_RELATIONS


@dataclass(frozen=True)
class Article:
    """An article as read: `text` is exactly the decoded file, all offsets refer to it."""

    name: str
    text: str
    source: str = ""


@dataclass(frozen=True)
class Mention:
    """A span of the article that names (or points at) an entity.

    `start`/`end` are character offsets into Article.text; `tok_start`/`tok_end`
    index the spaCy Doc of the cleaned text.
    """

    text: str
    type: str  # person | office | institution | position | pronoun
    start: int
    end: int
    tok_start: int
    tok_end: int
    sent: int
    key: str = ""  # a normalised name used to group mentions into entities


@dataclass(frozen=True)
class Entity:
    """One real-world entity: a node of the graph."""

    id: str  # deterministic slug: "<type>/<name>"
    type: str
    label: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Evidence:
    """Where a statement is grounded: the sentence and the cited span inside it."""

    sentence: str  # the sentence exactly as in the article
    start: int  # sentence offsets into Article.text
    end: int
    cite_start: int  # the cited span (cue ... target), offsets into Article.text
    cite_end: int


@dataclass(frozen=True)
class Statement:
    """An edge: subject --relation--> object, with its evidence and qualifiers."""

    subject: str  # Entity.id
    relation: str
    object: str  # Entity.id
    evidence: Evidence
    rule: str
    confidence: float
    attribution: str = ""  # "according to officials", "reportedly", a speaker ...
    hedged: bool = False
    negated: bool = False  # the cue was negated ("refused to back"): relation already flipped
    former: bool = False  # "former RCG Chief": the post was held, and still `holds`
    cue: str = ""
    # what the stance scorer read to set `confidence` (graph/extract/statements/edge_features.py); not part of the edge's identity
    features: tuple[tuple[str, float], ...] = field(default=(), compare=False, repr=False)


@dataclass(frozen=True)
class ArticleGraph:
    """Everything extracted from one article."""

    article: Article
    entities: tuple[Entity, ...] = field(default_factory=tuple)
    statements: tuple[Statement, ...] = field(default_factory=tuple)
    pipeline: str = ""
