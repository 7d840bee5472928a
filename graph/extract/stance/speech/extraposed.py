"""The side a speaker takes by judging what an actor did in a that-clause put after an empty 'it': "Ward said it
was shameful that the Harbour Board had kept the report secret", '"It is a scandal that the company has cut the
service," Holt said'. The judgement is of the deed, and so of its doer, as "what the board did is wrong" is
(speech.py's deed rule); the words are the eval lists of stance.json, or VADER's valence (the vaderSentiment
package) for a word they lack."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..frame import Frame
from .polarity import clause_speakers, valence
from ...reference.actors import Context, first_person, target_actor
from ...language.tokens import children, sent_tokens

__all__ = ["extraposed_frames", "judged_act"]

# VADER valence a judgement the eval lists lack needs ("shameful" -2.2, "wonderful" 2.7); a good word needs more,
# since VADER's good words hold those of truth and likelihood ("it is true / clear / sure that": 1.8 / 1.6 / 1.3)
_BAD, _GOOD = -1.5, 2.5
# an act of a to-clause needs a worse word: those of FrameNet's Difficulty ("difficult to predict" -1.5, "hard to
# say") say how hard the act is, not that it is wrong ("disgusting" -2.4, "cruel" -2.8)
_BAD_ACT = -2.0


def extraposed_frames(ctx: Context, si: int, sent: Span) -> list[Frame]:
    speech = ctx.lex.words("stance", "speech")
    out = []
    for t in sent_tokens(sent):
        if t.lemma_ != "be" or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in children(t)) \
                or any(c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" for c in children(t)):
            continue  # "it is not certain that", "it might be a pity if": no judgement stated
        heads = [c for c in children(t) if c.dep_ in ("acomp", "attr")]
        # (the parser hangs the clause on a noun of judgement as if it said which scandal: "a scandal that ...")
        deed = next((c for x in [t] + heads for c in children(x) if c.dep_ in ("ccomp", "acl", "relcl") and c.pos_ in ("VERB", "AUX")
                     and any(m.dep_ == "mark" and m.lower_ == "that" for m in children(c))), None)
        if len(heads) != 1 or any(c.dep_ == "neg" for c in children(heads[0])):
            continue
        value = _value(ctx, heads[0])
        doer = _doer(ctx, deed) if deed is not None else None
        act = judged_act(ctx, [t, heads[0]]) if deed is None and value < 0 and not _listed(ctx, heads[0]) \
            and valence(heads[0]) <= _BAD_ACT else None
        holders, _ = clause_speakers(ctx, t, speech, si) if value and (doer is not None or act is not None) else ([], False)
        if holders and doer is not None:
            out.append(Frame("supports" if value > 0 else "opposes", t.i, holders, doer.i, "speech-deed", si,
                             confidence=0.6))
        elif holders and act is not None:
            out.append(Frame("opposes", t.i, holders, act.i, "speech-evaluation", si, confidence=0.6))
    return out


def _listed(ctx: Context, head: Token) -> bool:
    """A judgement of the eval lists: speech.py reads "it would be foolish to scrap the levy" with those."""
    words = {w for x in [head] + [c for c in children(head) if c.dep_ in ("amod", "advmod")] for w in (x.lower_, x.lemma_.lower())}
    return bool(words & (ctx.lex.words("stance", "negative_eval") | ctx.lex.words("stance", "positive_eval")))


def judged_act(ctx: Context, hosts: list[Token]) -> Token | None:
    """ "it was absolutely disgusting to propose a levy on pensioners": the act of the to-clause, done to a thing (an
    act done to an actor, "wrong to punish X", is no policy), is what a bad word VADER rates judges."""
    return next((c for x in hosts for c in children(x) if _to_act(c) and c.pos_ == "VERB"
                 and any(o.dep_ == "dobj" and o.pos_ == "NOUN" and not target_actor(ctx, o) for o in children(c))), None)


def _to_act(c: Token) -> bool:
    """c is the to-clause of an act a judgement is about: "wrong to raise the levy", or with the act's doer, which
    spaCy sm hangs as an adverbial clause marked 'for' ("unacceptable for ministers to raise the levy"): the act
    is judged whoever does it."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c)) and (c.dep_ == "xcomp" or c.dep_ == "advcl"
                                                                               and any(m.dep_ == "mark" and m.lower_ == "for" for m in children(c)))


def _value(ctx: Context, head: Token) -> int:
    """+1 or -1 for the judgement word with its own modifiers ("deeply troubling", "a national scandal"), 0 for none;
    the words of need ("it is vital that", "important") say what ought to be, no judgement of a deed done."""
    words = [head] + [c for c in children(head) if c.dep_ in ("amod", "advmod")]
    names = {w for x in words for w in (x.lower_, x.lemma_.lower())}
    if names & ctx.lex.words("stance", "negative_eval"):
        return -1
    if names & (ctx.lex.words("stance", "positive_eval") - set(ctx.lex.positions["deontic"]["mandative_adjectives"])):
        return 1
    v = valence(head)
    return -1 if v <= _BAD else 1 if v >= _GOOD else 0


def _doer(ctx: Context, deed: Token) -> Token | None:
    """The named actor that did the deed: the active subject of a verb with an object ("had kept the report
    secret"), not one that only lost or suffered something ("it is sad that Kent lost his seat"), nor the
    speaker's own side."""
    st = ctx.lex.stance
    subj = [c for c in children(deed) if c.dep_ == "nsubj"]
    if len(subj) != 1 or not target_actor(ctx, subj[0]) or first_person(ctx, subj[0]) \
            or not any(c.dep_ == "dobj" for c in children(deed)) \
            or deed.lemma_.lower() in st["suffer_verbs"] or deed.lemma_.lower() == "lose":
        return None  # (losing is suffered, though 'lose' is a verb of less done to its object elsewhere)
    return subj[0]
