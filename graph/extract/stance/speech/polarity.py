"""The side a speaker takes by what they say of an actor or a policy, with no stance verb and no evaluative
frame: "Holt said the minister's arrogance had been his undoing", '"They have done a fine job," said Holt'.
The predicate of the reported clause is weighed with VADER's published polarity lexicon (the
vaderSentiment package, MIT): the valences of its words, a negation on the way flipping a word as VADER
flips it, summed; past a threshold fitted on train/ the speaker supports or opposes the clause's subject,
or the actor owning it ("the minister's arrogance")."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from spacy.tokens import Span, Token

from ..frame import Frame
from ...reference.actors import Context, actors, first_person, target_actor
from ...language.syntax import conditioned, pobj, question, subjects
from ...language.tokens import children, sent_tokens, tokens
from .verdicts import ruling

__all__ = ["polarity_frames", "valences", "valence", "predicate_polarity", "clause_speakers", "feeling", "general_or_conduct", "quoted", "THRESHOLD"]

# |sum of valences| a predicate needs to state a side, fitted on train/ only: stance F1 there 0.542 at 2.0
# and 2.5 (precision 0.780 both), 0.538 at 3.0, with fewer edges right at 1.5 (the commit that set it)
THRESHOLD = 2.5
# VADER's own scalar for a negated word ("not good" is less bad than "bad" is bad)
_NEGATION_SCALAR = -0.74
_WEIGHED = ("ADJ", "ADV", "NOUN", "VERB")


@lru_cache(maxsize=1)
def valences() -> dict[str, float]:
    """VADER's lexicon: word -> mean valence (-4 .. 4), read from the installed package, no network."""
    try:
        text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    except ModuleNotFoundError:
        raise ModuleNotFoundError("vaderSentiment is not installed: it is a dependency in pyproject.toml "
                                  "(re-run `make .venv/bin/newsgraph` or `pip install -e .`)") from None
    out: dict[str, float] = {}
    for n, line in enumerate(text.splitlines(), 1):
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0].isalpha():
            continue  # emoticons and the like: not words of news copy
        try:
            out[parts[0].lower()] = float(parts[1])
        except ValueError:
            raise ValueError(f"vader_lexicon.txt line {n}: not a valence: {parts[1]!r}") from None
    return out


def valence(x: Token) -> float:
    """VADER's valence of a word, by its form or else its lemma; 0 for a word VADER does not rate."""
    lex = valences()
    v = lex.get(x.lower_)  # (the lemma read only when the form is unrated: asked of every token of an article)
    return v if v is not None else lex.get(x.lemma_.lower(), 0.0)


def polarity_frames(ctx: Context, si: int, sent: Span, frames: list[Frame]) -> list[Frame]:
    """A speaker's judgement of an actor or a policy in what they say, read by polarity where no other cue
    read the clause (`frames`: the frames found so far; those of this sentence mark the clauses taken)."""
    st = ctx.lex.stance
    speech = ctx.lex.words("stance", "speech")
    if question(sent):
        return []  # a question states no side
    taken = {f.cue for f in frames if f.sent == si}
    out = _owners_judged(ctx, si, frames)
    for t in sent_tokens(sent):
        if t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() in speech or t.i in taken \
                or t.lemma_.lower() in st["unjudging_verbs"] or t.lower_ in st["unjudging_verbs"]:
            continue
        holders, quoted = clause_speakers(ctx, t, speech, si)
        if not holders:
            continue
        subj = [c for c in children(t) if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj and t.dep_ == "conj":  # "said A could work with B and had built a strong economy": A built it
            subj = [c for c in children(t.head) if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj or first_person(ctx, subj[0]):
            continue  # what the speaker says of their own side is read by the commitment rule
        s = subj[0]
        if any(c.dep_ == "dobj" and (c.lemma_.lower() in st["predicament_nouns"] or c.lemma_.lower() in st["prospect_nouns"]
                                     and t.lemma_.lower() in ("have", "lack")) for c in children(t)):
            # (and "had no hope of winning": a chance it has or lacks, stance.json prospect_nouns; not one it brings)
            continue  # "Norland still has problems getting a sound banking system": a plight it is in, no charge
        if not quoted and s.pos_ == "PRON":
            continue  # "Holt said he was angry": in reported speech a pronoun is most often the speaker
        target = _keeper(ctx, t) or _judged(ctx, s, frames)
        if target is None or _hedged(t, st):
            continue
        score = predicate_polarity(ctx, t, s, target, speech, taken)
        if abs(score) < THRESHOLD:
            continue
        relation = "supports" if score > 0 else "opposes"
        # "said the Greens and Labour had lost the confidence of voters": each actor named is judged
        judged = [target] + [c for c in target.conjuncts if c.i > target.i and _named_actor(ctx, c)]
        # ("said Britain was in danger of panic", "the UK was losing its veto": a country's plight or state, told by
        # the words' tone, is no side on the country; its government is judged only by a cue that says so)
        judged = [x for x in judged if not _state(ctx, target_actor(ctx, x))]
        out += [Frame(relation, t.i, holders, x.i, "speech-polarity", si, confidence=0.6) for x in judged]
    return out


def _state(ctx: Context, eid: str | None) -> bool:
    """A country of the ISO gazetteer (not a union of them, as the EU, which acts as a body)."""
    return eid is not None and ctx.res.kind.get(eid) in ("country", "gpe") \
        and ctx.lex.countries.of(ctx.res.entities[eid].label) is not None


def _owners_judged(ctx: Context, si: int, frames: list[Frame]) -> list[Frame]:
    """ "Holt said the mayor's view that no deal was possible was flawed": a view or a claim judged in what a
    speaker says is its owner judged too (the judgement itself is speech-evaluation's, on what the view says)."""
    doc = ctx.parsed.doc
    nouns = ctx.lex.positions["content_nouns"]
    out = []
    for f in frames:
        if f.sent != si or f.rule != "speech-evaluation" or f.relation not in ("supports", "opposes") \
                or f.target is None or tokens(doc)[f.target].lemma_.lower() not in nouns:
            continue
        for c in children(tokens(doc)[f.target]):
            if c.dep_ == "poss" and not first_person(ctx, c) and _named_actor(ctx, c):
                out.append(Frame(f.relation, f.cue, list(f.holders), c.i, "speech-polarity", si, confidence=0.6))
    return out


def _named(ctx: Context, eids: list[str]) -> bool:
    """Someone the story names: "analysts" or "officials" in general take no side a reader can place."""
    return any(ctx.res.kind.get(e) != "common" for e in eids)


def _named_actor(ctx: Context, t: Token) -> bool:
    eid = target_actor(ctx, t)
    return bool(eid) and _named(ctx, [eid])


def clause_speakers(ctx: Context, t: Token, speech: set[str], si: int) -> tuple[list[int], bool]:
    """Who says the clause t heads, and whether it is quoted: the actor subject of the speech verb it is the
    complement of ("Holt said [the plan was flawed]"), or the speaker of a quotation it heads; a clause
    reported of another ("X said Y claimed [...]") is Y's, one further down (a relative clause, a purpose)
    no one's, and one advised ("urged that the BBC concentrates on ...") no judgement."""
    clause = t
    while clause.dep_ == "conj" and clause.head.i != clause.i and clause.head.pos_ in ("VERB", "AUX") \
            and clause.head.lemma_.lower() not in speech:
        clause = clause.head  # "said the group was tired and had lost its way": both the complement
    verb = clause.head
    if clause.dep_ == "ccomp" and (verb.lemma_.lower() in speech or ruling(ctx, verb)) and verb.pos_ in ("VERB", "AUX"):
        if verb.lemma_.lower() in ctx.lex.stance["advising_verbs"]:
            return [], False
        holders = [x.i for x in subjects(verb) if _named(ctx, actors(ctx, x, si))]
        return holders, quoted(t, ctx.sents[si].start)
    if clause.dep_ == "ROOT" and _named(ctx, ctx.speaker.get(si, [])) and quoted(t, ctx.sents[si].start):
        return [-1], True
    return [], False


def quoted(t: Token, sent_start: int) -> bool:
    """The clause is inside quotation marks: an odd number of them before it in its sentence (from sent_start)."""
    # (the Doc's own tokens: a slice of the Doc makes a new Token for each)
    marks = sum(1 for x in tokens(t.doc)[sent_start:t.i] if x.text == '"' or x.tag_ in ("``", "''"))
    return marks % 2 == 1


def _keeper(ctx: Context, t: Token) -> Token | None:
    """ "the health service is not safe in Tory hands": what is said of a thing in someone's hands judges the one
    whose hands they are (the actor named before "hands"), not the thing."""
    for x in [t] + [c for c in children(t) if c.dep_ == "acomp"]:
        for c in children(x):
            hands = pobj(c) if c.dep_ == "prep" and c.lower_ == "in" else None
            if hands is not None and hands.lower_ == "hands":
                return next((m for m in children(hands) if m.dep_ in ("poss", "amod", "compound", "nmod")
                             and _named_actor(ctx, m)), None)
    return None


def _judged(ctx: Context, s: Token, frames: list[Frame]) -> Token | None:
    """What the clause judges: its subject when that is an actor, a policy someone already took a side on
    (`frames`: "backed the levy ... Holt said the levy had failed miserably") or one named as one ("the fuel
    levy"), else the actor owning it ("the minister's arrogance"); not a dateline's city nor a sort of people
    ("analysts")."""
    if s.is_upper and s.i == s.sent.start:
        return None
    if target_actor(ctx, s):
        return s if _named_actor(ctx, s) else None
    for c in children(s):
        if c.dep_ == "poss" and not first_person(ctx, c) and _named_actor(ctx, c):
            # "China's problem is that it needs oil now": a plight its owner is in is no fault of its owner's
            return None if s.lemma_.lower() in ctx.lex.words("stance", "predicament_nouns") else c
    heads = ctx.lex.positions["heads"]
    if s.pos_ == "NOUN" and (s.lemma_.lower() in heads or s.lower_ in heads):
        doc = s.doc
        # "the election was significant", "any change always arouses emotions": a policy word alone is no
        # policy the story is about
        if any(f.target is not None and f.target < s.i and tokens(doc)[f.target].lemma_ == s.lemma_ for f in frames) \
                or _named_policy(ctx, s):
            return s
    return None


def general_or_conduct(ctx: Context, s: Token) -> bool:
    """ "any change", "every reform": a quantified noun names no one policy; "their actions": conduct is its
    owner's (stance.json conduct_nouns)."""
    return s.lemma_.lower() in ctx.lex.stance["conduct_nouns"] or any(
        c.dep_ == "det" and c.lower_ in ("any", "every", "each", "all") for c in children(s))


def _named_policy(ctx: Context, s: Token) -> bool:
    """ "the fuel levy", "this new housing plan": a definite policy word with a word of its own before it names
    one policy; "any change", "their actions" (conduct is its owner's) or "the election" alone do not."""
    if general_or_conduct(ctx, s):
        return False
    dets = [c.lower_ for c in children(s) if c.dep_ == "det"]
    return dets in (["the"], ["this"], ["that"]) and any(c.dep_ in ("compound", "amod") and c.i < s.i for c in children(s))


def _hedged(t: Token, st: dict) -> bool:
    """A prediction ("would be a disaster") or a condition keeps its own reading (speech-evaluation warns)."""
    if any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ in st["prediction_modals"]) for c in children(t)):
        return True  # and so does what one must or should do
    return conditioned(t, st["conditional_marks"])


def predicate_polarity(ctx: Context, t: Token, s: Token, target: Token, speech: set[str], taken: set[int]) -> float:
    """The summed VADER valence of the words t predicates of its subject s: not the subject's own words nor
    names, nor what is said or claimed inside it, nor another clause with a subject of its own, nor the
    cue of a frame another rule read (its side is its holder's). A negation on the way up flips a word, and
    so does a verb that takes away or harms its object ("lost the confidence of voters" is bad). When the
    actor judged owns the subject, the subject's own noun and its modifiers are the judgement too ("the
    minister's arrogance")."""
    lex = valences()
    reversing = ctx.lex.words("stance", "decrease_verbs") | ctx.lex.words("stance", "harm")
    skip = {x.i for x in s.subtree} | {x.i for x in target.subtree}
    words = [x for x in t.subtree]
    if target.i != s.i:  # the possessor is judged by what it has: the noun and its adjectives
        words += [s] + [c for c in children(s) if c.dep_ in ("amod", "compound")]
        skip -= {s.i} | {c.i for c in children(s) if c.dep_ in ("amod", "compound")}
    for x in t.subtree:
        if x.i == t.i or x.i in skip:
            continue
        own_clause = x.dep_ in ("ccomp", "advcl", "relcl", "conj", "csubj") and x.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in children(x))
        purpose = x.dep_ in ("xcomp", "advcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(x))
        if own_clause or purpose or x.head.lemma_.lower() in speech and x.dep_ in ("ccomp", "xcomp", "dobj"):
            skip |= {y.i for y in x.subtree}
    negators = ctx.lex.words("stance", "negators")
    total = 0.0
    for x in words:
        if x.i in skip or x.pos_ not in _WEIGHED or x.i in taken and x.i != t.i or x.lower_ in negators \
                or ctx.res.by_token.get(x.i):
            continue
        if x.pos_ == "ADV" and x.dep_ == "advmod" and _valence(lex, x.head) is not None:
            continue  # a degree ("perfectly entitled", "severely damaged") scales a judgement, it is none
        if x.dep_ == "amod" and x.lemma_.lower() in reversing and _valence(lex, x.head) is not None:
            continue  # "lost trust": the participle turns the noun round (_turn), it adds no weight of its own
        if x.dep_ in ("acomp", "conj") and feeling(x, ctx.lex.stance):
            continue  # "said the union was angry and frustrated": its own feeling, no judgement of it
        v = _valence(lex, x)
        if v is None:
            continue
        total += v * _turn(x, t, negators, reversing)
    return total


def feeling(x: Token, st: dict) -> bool:
    """An adjective of feeling: one of the adjective cues ("angry", "disappointed", "happy") or of fear, or the
    participle of a verb of feeling (stance.json experiencer_verbs: "frustrated", "upset", "annoyed")."""
    low = x.lower_
    return low in st["adjectives"] or low in st["fear_adjectives"] or x.pos_ in ("ADJ", "VERB") and (
        low in st["experiencer_verbs"] or low.endswith("ed") and (low[:-1] in st["experiencer_verbs"]
                                                                 or low[:-2] in st["experiencer_verbs"]))


def _valence(lex: dict[str, float], x: Token) -> float | None:
    return lex.get(x.lower_, lex.get(x.lemma_.lower()))


def _turn(x: Token, top: Token, negators: set[str], reversing: set[str]) -> float:
    """How a word's valence counts in its clause: flipped as VADER flips it under each negation on the way
    up to the clause's verb, and turned round by a verb or participle that takes it away ("cut unemployment",
    "lost trust") or by 'against' ("against the interests of farmers")."""
    turn = 1.0
    node = x
    while True:
        turn *= _NEGATION_SCALAR ** sum(1 for c in children(node) if c.dep_ == "neg"
                                        or c.dep_ in ("det", "advmod") and c.lower_ in negators)
        if node.i == top.i or node.head.i == node.i or node.i < top.left_edge.i or node.i > top.right_edge.i:
            break
        if node.dep_ == "dobj" and node.head.lemma_.lower() in reversing:
            turn = -turn
        if node.dep_ == "pobj" and node.head.lower_ == "against" and node.head.head.i == top.i:
            # "was against the spirit of the accord", "went against the interests of farmers" (not a noun's own:
            # "a crusader against fraud")
            turn = -turn
        if node.i == x.i and any(c.dep_ == "amod" and c.lemma_.lower() in reversing for c in children(node)):
            turn = -turn  # "lost trust", "damaged relations"
        node = node.head
    return turn
