"""Verdicts: a court, a tribunal or an inquiry that rules or finds ("the court ruled that the curfew broke the law",
"the inquiry found the board had wasted money", "the court's ruling that the detention was unlawful") holds the
judgement its clause states as a speaker holds what they say. The verbs are those of FrameNet's Verdict frame and
Judgment's judge (stance.json ruling_verbs), the nouns its ruling, verdict, finding (statement_nouns, read by
claims.py); the one who gives a ruling owns it ("the court gave a ruling that", "a Supreme Court judgement that")."""
from __future__ import annotations

from spacy.tokens import Token

from ...language.misread_verbs import misread_report
from ...language.tokens import children

__all__ = ["ruling", "givers", "deed_givers", "norm_broken"]

# the verbs by which a body delivers a ruling or a finding it owns (FrameNet's Verdict and Delivery of judgement:
# "gave a ruling that", "issued a finding that", "handed down a verdict that", "reached the verdict that")
# and the one that upholds it takes it on ("the Appeal Court upheld a ruling that")
_GIVING = ("give", "issue", "deliver", "hand", "reach", "make", "publish", "return", "uphold")


def ruling(ctx, verb: Token) -> bool:
    """A verb of verdict with a that-clause, which it reports as a speech verb reports a claim: "ruled that ...",
    "found the board had ..." (not "found a buyer", "ruled out a rise": no clause held)."""
    return verb.lemma_.lower() in ctx.lex.words("stance", "ruling_verbs") and verb.pos_ == "VERB" \
        and (any(c.dep_ == "ccomp" for c in children(verb)) or misread_report(verb, ctx.lex))


def givers(ctx, noun: Token) -> list[Token]:
    """Who gave the ruling a verdict noun names, beside its possessor and its 'by': a name before it ("a Supreme
    Court judgement that"), or the subject of the verb that delivered it ("the court gave a ruling that")."""
    if noun.lemma_.lower() not in ("ruling", "judgement", "judgment", "verdict", "finding"):
        return []
    out = [c for c in children(noun) if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _GIVING:
        out += [c for c in children(noun.head) if c.dep_ == "nsubj"]
    return out


def deed_givers(ctx, noun: Token) -> list[Token]:
    """Whose deed a verdict or a decision is when it is judged ("said the court's ruling was a step backwards", "the
    High Court decision", "the verdict by the tribunal"): its possessor, a name before it, its 'by', or its giver."""
    if noun.lemma_.lower() not in ("ruling", "judgement", "judgment", "verdict", "finding", "decision") or any(
            c.dep_ in ("acl", "relcl") and any(x.dep_ == "aux" and x.lower_ == "to" for x in children(c)) for c in children(noun)):
        return []  # ("the board's decision to close the quay": the act decided is what is judged)
    named = [c for c in children(noun) if c.dep_ == "poss" or c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
    by = [g for c in children(noun) if c.dep_ == "prep" and c.lower_ == "by" for g in children(c) if g.dep_ == "pobj"]
    return named + by + [x for x in givers(ctx, noun) if x not in named]


def norm_broken(ctx, t: Token) -> str | None:
    """ "ruled that the curfew broke human rights law", "said the board had broken the rules": 'break' with a norm
    for its object is a breach of FrameNet's Compliance frame, read as "breach" is (stance.json breakable_norms);
    "broke the deadlock", "broke new ground" break no norm."""
    if t.lemma_.lower() != "break":
        return None
    norms = ctx.lex.words("stance", "breakable_norms")
    return "breach" if any(c.dep_ == "dobj" and c.lemma_.lower() in norms for c in children(t)) else None
