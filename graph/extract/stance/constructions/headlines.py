"""A headline's bare past participle: "Greens attacked over fuel plan", "Vane told to double housing budget",
"Singer sued by ex-manager". Headline grammar drops the "is" of a passive, so its subject is the one acted on, and only a
"by" names who acts; the parser, which reads "attacked" as a past tense, makes the subject the holder.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..frame import Frame
from ...language.tokens import children
from ...reference.actors import Context

__all__ = ["headline_passives"]


def headline_passives(ctx: Context, frames: list[Frame]) -> list[Frame]:
    """The frames of a title line whose root is a bare participle, and of the act it asks of its subject: held by
    its "by" phrase and aimed at the subject, or, with no "by", dropped (no one named acts). A state the subject is
    in ("Farmers fed up with X", "Lee delighted with Y": the adjective cues) is the subject's own side and stays."""
    root = _bare_participle(ctx)
    if root is None:
        return frames
    subject = {c.i for c in children(root) if c.dep_ == "nsubj" and c.i < root.i}
    agents = [g.i for c in children(root) if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"
              for g in children(c) if g.dep_ == "pobj"]
    # the participle's own frame, and the act it asks of the subject ("Vane told to double budget": no side of his);
    # a deed charged is the subject's own ("Lee accused of attacking Vane": her attack, as reported)
    asked = {root.i} | {c.i for c in children(root) if c.dep_ == "xcomp"}
    kept = []
    for f in frames:
        if f.sent != 0 or f.cue not in asked or not subject & set(f.holders):
            kept.append(f)
            continue
        if f.cue == root.i and agents:
            # "Singer sued by ex-manager": the one who sues, against the one sued
            f.holders, f.target, f.target_is_clause, f.clause = agents, min(subject), False, None
            kept.append(f)
    return kept


def _bare_participle(ctx: Context) -> Token | None:
    """The root of the article's title line when it is a past form with no auxiliary and no object of its own."""
    if not ctx.sents:
        return None
    sent = ctx.sents[0]
    text = ctx.parsed.article.text
    _, end = ctx.parsed.tokens_span(sent.start, sent.end)
    if not (text[:end].rstrip(" ").endswith("\n") or text[end:end + 1] == "\n"):
        return None  # no title line: the first sentence of the body
    root = sent.root
    st = ctx.lex.stance
    if root.pos_ != "VERB" or root.tag_ not in ("VBD", "VBN") \
            or root.lower_ in st["adjectives"] or root.lemma_.lower() in st["adjectives"]:
        return None
    # (a preposition left with no object of its own leaves it to the "object" after it: "attacked over road toll plans")
    stranded = [c.i for c in children(root) if c.dep_ == "prep" and not any(True for _ in children(c))]
    if any(c.dep_ in ("aux", "auxpass", "nsubjpass", "dative") or c.dep_ == "dobj" and not any(i < c.i for i in stranded)
           for c in children(root)):
        return None
    if any(c.dep_ == "prep" and f"{root.lemma_.lower()} {c.lower_}" in st["phrasal"] for c in children(root)):
        return None  # "Board voted 6-3 for pay freeze": a verb that takes its side with a preposition is active
    return root
