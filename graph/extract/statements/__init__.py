"""Statements: stance frames made edges. Targets become positions (grouped paraphrases) or actors; each edge keeps
its evidence, rule, qualifiers and a learnt confidence.

    targets.position_mentions(ctx, frames) -> Positions
    stance_edges.stance_statements(ctx, frames, positions) -> [Statement]
    pairs.pair_statements(ctx, frames, positions, statements) -> [Statement]   (learned: pairs no rule linked)

    targets.py        position_mentions: each frame's target made positions
    asked_acts.py     what a cue carries past its object: the act it asks for, the side of a text it takes up
    stance_edges.py   stance_statements: frames made edges with evidence and qualifiers
    near_antecedent.py  how far back a pointer in a speaker's words may reach for its policy
    edge_features.py  what the stance scorer sees of one edge
    scorer.py         the stance scorer at run time (graph/data/stance_scorer.json)
    pairs.py          candidate (actor, target) pairs of a sentence no rule linked; edges for those the scorer backs
    pair_features.py  what the pair scorer sees of one pair
    vader_scores.py   VADER's scores of a sentence, as the vaderSentiment package gives them, faster
    pair_model.py     the pair scorer at run time (graph/data/pair_scorer.json): trees and a relation model

These import language/, mentions/, reference/, policies/, stance/ and graph.model.
"""
