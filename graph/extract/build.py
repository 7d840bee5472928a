"""The chain of stages, in the order data flows: read this module first.

    text -> clean text + spaCy Doc -> mentions -> entities -> statements (with positions) -> ArticleGraph
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language

from .reference.described_bodies import held_parties
from .entities.body_scope import scope_bodies
from .entities.posts import one_post_per_holder
from .entities.resolve import resolve_entities
from .language.lexicon import Lexicon, load_lexicon
from .mentions.find import find_mentions
from .mentions.spans import heading_sentences
from ..model import Article, ArticleGraph, Entity, Statement
from .language.nlp import Parsed, load_pipeline, parse, parse_many, pipeline_id
from .policies.positions import Positions
from .entities.scope import acting_offices, position_id, position_is_named, post_aliases, scope_offices
from .language.text import tidy, unquoted
from .reference.actors import Context, make_context
from .stance.find import find_frames
from .stance.frame import Frame
from .statements.pairs import pair_statements
from .statements.stance_edges import stance_statements
from .statements.targets import position_mentions
from .structure.find import structure_statements

__all__ = ["build_article", "build_articles", "extract", "rule_stages", "assemble", "RuleStages"]


def build_article(article: Article, nlp: Language | None = None) -> ArticleGraph:
    """Extract the graph of one article."""
    nlp = nlp or load_pipeline()
    return extract(parse(article, nlp), pipeline=pipeline_id(nlp))


def build_articles(articles: Iterable[Article], nlp: Language | None = None, *,
                   batch_size: int = 16) -> Iterator[ArticleGraph]:
    """Extract many articles, parsing them in batches with nlp.pipe."""
    nlp = nlp or load_pipeline()
    pid = pipeline_id(nlp)
    for parsed in parse_many(articles, nlp, batch_size=batch_size):
        yield extract(parsed, pipeline=pid)


@dataclass(frozen=True)
class RuleStages:
    """What the rules read of an article, before the learned pair stage: the stages' outputs, kept for it (and for
    its training, graph.training.pair_samples)."""
    ctx: Context
    structure: list[Statement]
    frames: list[Frame]
    positions: Positions
    stance: list[Statement]


def rule_stages(parsed: Parsed, lex: Lexicon) -> RuleStages:
    mentions = find_mentions(parsed, lex)
    res = resolve_entities(parsed, mentions, lex)
    ctx = make_context(parsed, res, lex, heading_sentences(parsed.doc))
    structure = structure_statements(ctx)  # first: stance rules resolve "the prime minister" through holds
    held_parties(ctx)  # "his party" of a person the story put in a party's post, once holds are known
    frames = find_frames(ctx, structure)
    positions = position_mentions(ctx, frames)
    return RuleStages(ctx, structure, frames, positions, stance_statements(ctx, frames, positions))


def extract(parsed: Parsed, *, lex: Lexicon | None = None, pipeline: str = "") -> ArticleGraph:
    lex = lex or load_lexicon()
    read = rule_stages(parsed, lex)
    # learned: pairs no rule linked
    pairs = pair_statements(read.ctx, read.frames, read.positions, read.structure + read.stance)
    return assemble(parsed, lex, read, read.stance + pairs, pipeline)


def assemble(parsed: Parsed, lex: Lexicon, read: RuleStages, stance: list[Statement], pipeline: str = "") -> ArticleGraph:
    """The article's graph from the rules' stages and its stance statements: positions named, offices scoped, nodes
    kept only where a statement uses them."""
    res, structure, positions = read.ctx.res, read.structure, read.positions
    position_ids, position_entities = _position_entities(parsed, positions, stance)
    statements = [_rename(s, position_ids) for s in structure + stance]
    statements = _dedupe([s for s in statements if s.subject != s.object])
    # a bare title ("chief executive") is its holder's company's office, else this article's: never one node for all
    statements, offices = scope_offices(parsed.doc, parsed.article.name, res, statements, lex)
    statements = _dedupe(statements)
    used = {s.subject for s in statements} | {s.object for s in statements}
    entities = {e.id: e for e in res.entities.values() if e.id not in res.weak or e.id in used}
    entities.update(offices)
    # an office is a node only with its holder; a place only when it acts
    entities = {eid: e for eid, e in entities.items() if e.type != "office" or eid in used}
    entities.update(acting_offices(parsed.doc, parsed.article.name, res, lex, entities))
    entities = post_aliases(entities, lex)
    entities, statements = one_post_per_holder(entities, statements, lex)  # "the President" is Vane's "Ruritanian President"
    statements = _dedupe(statements)
    entities.update(position_entities)
    statements = [s for s in statements if s.subject in entities and s.object in entities]
    # "the government", "critics": a body named only by its sort is this article's, never one node for all
    entities, statements = scope_bodies(parsed.article.name, res.kind, entities, statements)
    return ArticleGraph(parsed.article, tuple(sorted(entities.values(), key=lambda e: e.id)),
                        tuple(sorted(statements, key=_statement_order)), pipeline)


def _statement_order(s: Statement):
    return (s.subject, s.relation, s.object, s.evidence.start, s.rule)


def _position_entities(parsed: Parsed, positions: Positions, stance: list[Statement]):
    used = {int(s.object.split("#")[1]) for s in stance if s.object.startswith("position#")}
    ids: dict[str, str] = {}
    entities: dict[str, Entity] = {}
    for ci in sorted(used):
        members = [m for m in positions.clusters[ci] if m.content or m.indefinite] or \
            [m for m in positions.clusters[ci] if m.owners]  # ("the EC proposal", named by whose it is alone)
        if not members:
            continue
        phrases = []
        others = set()
        for m in members:
            phrase = _phrase(parsed, m.start, m.end, m.gaps)
            if phrase:
                phrases.append((m, phrase))
                others |= {_phrase(parsed, s, e, m.gaps) for s, e in m.forms}
        if not phrases:
            continue
        # a noun phrase names a policy better than a clause that restates it
        best = max(phrases, key=lambda mp: (parsed.doc[mp[0].head].pos_ in ("NOUN", "PROPN"), mp[0].weight,
                                            min(len(mp[0].content), 6) - max(0, len(mp[1].split()) - 10),
                                            -mp[0].start))
        label = best[1]
        if len(label.split()) > 10:  # a label is a short noun phrase: the longest of its shorter forms
            shorter = [p for p in (_phrase(parsed, s, e, best[0].gaps) for s, e in best[0].forms) if 3 <= len(p.split()) <= 10]
            label = max(shorter, key=lambda p: (len(p), p), default=label)
        # "deal" or "the plan" is this article's; "the Kyoto treaty" or "full military takeover of the port" is shared
        eid = position_id(label, parsed.article.name, position_is_named(parsed.doc, best[0].start, best[0].end))
        aliases = tuple(sorted(({p for _, p in phrases} | others) - {label, ""}))
        if eid in entities:
            aliases = tuple(sorted(set(entities[eid].aliases) | set(aliases)))
        entities[eid] = Entity(eid, "position", label, aliases)
        ids[f"position#{ci}"] = eid
    return ids, entities


def _phrase(parsed: Parsed, start: int, end: int, gaps: tuple[int, ...] = ()) -> str:
    s, e = parsed.tokens_span(start, end)
    text = parsed.article.text
    parts, at = [], s
    if start in gaps and start + 1 < end and parsed.doc[start + 1].lower_ == "to":
        gaps = (*gaps, start + 1)  # "not to raise fees": the act is named "raise fees", as without the "not"
    for g in sorted(gaps):
        if start <= g < end:
            gs, ge = parsed.tokens_span(g, g + 1)
            parts.append(text[at:gs])
            at = ge
    return unquoted(tidy("".join(parts) + text[at:e]).strip(" \"'“”‘’,.;:"))  # (a quotation cut in half)


def _rename(s: Statement, ids: dict[str, str]) -> Statement:
    from dataclasses import replace
    return replace(s, subject=ids.get(s.subject, s.subject), object=ids.get(s.object, s.object))


def _dedupe(statements: list[Statement]) -> list[Statement]:
    """One statement per claim and sentence: the most confident reading wins."""
    best: dict[tuple, Statement] = {}
    for s in statements:
        key = (s.subject, s.relation, s.object, s.evidence.start)
        if key not in best or (s.confidence, s.rule) > (best[key].confidence, best[key].rule):
            best[key] = s
    return list(best.values())
