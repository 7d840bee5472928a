"""Positions: the policies and plans actors take sides on, one node for all paraphrases.

A position mention is a noun phrase (or a verb phrase such as "reoccupying the valley") that a
stance cue points at, or a noun phrase headed by a policy noun. Mentions with the same
content words, after synonyms, are one position; a mention with no content of its own
("the plan", "such a move", "this") points back at the position in focus. How far a phrase runs
is graph.extract.policies.phrase_spans.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Doc

from ..language.lexicon import Lexicon
from .phrase_spans import phrase_span, surface_forms
from ..language.tokens import children, tokens

__all__ = ["PositionMention", "Positions", "phrase_span", "surface_forms", "content_words", "cluster_positions", "undoing_words"]


@dataclass
class PositionMention:
    start: int  # token span of the phrase
    end: int
    head: int
    sent: int
    content: frozenset[str]
    weight: float  # salience: a stance target counts more than a passing mention
    head_lemma: str = ""  # "plan" of "quango blitz plans", compared when only one content word is shared
    cluster: int = -1
    clause: bool = False  # a whole clause ("waste will be stored in the UK") only ever restates a known position
    indefinite: bool = False  # "pursue controversial reforms", "backed legislation": a new policy, not a pointer back
    forms: tuple[tuple[int, int], ...] = ()  # other token spans naming the same policy, for aliases
    gaps: tuple[int, ...] = ()  # tokens left out of the name: the "not" of "abortion should not be an issue"
    kinds: frozenset[str] = frozenset()  # the head's adjectives: "fixed" of "fixed mortgage rate"
    named_kind: frozenset[str] = frozenset()  # content words before the head that say which one: "council" of "council tax"
    generic: bool = False  # headed by a noun that says nothing of the content: "tax plan", "the proposals"
    listed: bool = False  # names more than one thing: "council tax and tuition fees"
    owners: frozenset[str] = frozenset()  # the actors the phrase names as its owners: the Tories of "the Tory plans"
    named_for: frozenset[str] = frozenset()  # content words that are the name of a person it is named for: "Lund plan"
    backers: set[str] = field(default_factory=set)  # its owners and the actors a frame has backing it
    head_word: str = ""  # the head's lemma before synonyms: "reduction" of a head_lemma "cut"
    verbal: bool = False  # headed by a verb: "abolish the toll" names the act "the abolition of the toll" names
    aside: bool = False  # a view's clause ("grain should be cheap"): a proposal of its own, not one "the plan" points back at
    kind_pointer: bool = False  # "the rules", "any deal": a kind of policy named by its kind alone, a pointer first
    policy_head: bool = False  # headed by a word that can name a policy (policy_tokens._position_like) or by a verb of an act
    container: str = ""  # the generic noun the phrase was named inside: "plan" of "plans for a points system"


@dataclass
class Positions:
    mentions: list[PositionMention] = field(default_factory=list)
    clusters: list[list[PositionMention]] = field(default_factory=list)

    def at(self, token_i: int) -> int | None:
        """The cluster of the position mention headed at (or spanning) token_i."""
        for m in self.mentions:
            if m.head == token_i:
                return m.cluster
        for m in self.mentions:
            if m.start <= token_i < m.end:
                return m.cluster
        return None


def content_words(doc: Doc, start: int, end: int, lex: Lexicon, skip: set[int] | frozenset[int] = frozenset()) -> frozenset[str]:
    """What a position phrase is about: its content lemmas, synonyms folded, fillers left out."""
    pos = lex.positions
    # "the step in principle", "plans on the matter": a vague adjunct says nothing of what the policy is
    drop = set(pos["drop_modifiers"]) | set(pos["anaphoric_determiners"]) | set(pos["vague_nouns"])
    # "a change", "the move" say nothing of what the policy is, but the verb of "to change the law" is the act:
    # it sets the change of a law apart from its review
    generic = set(pos["generic"])
    syn = pos["synonyms"]
    out = set()
    for t in tokens(doc)[start:end]:
        if t.i in skip or t.is_stop or t.is_punct or t.like_num or t.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB"):
            continue
        low = t.lower_
        lemma = t.lemma_.lower()
        if low in drop or lemma in drop:
            continue
        if (low in generic or lemma in generic) and not (t.pos_ == "VERB" and any(
                c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and start <= c.i < end for c in children(t))):
            continue  # but "plans to change that" names no more than "the plans"
        out.add(syn.get(lemma, syn.get(low, lemma)))
    return frozenset(out)


def undoing_words(lex: Lexicon, *, nouns: bool = True) -> frozenset[str]:
    """Words of an act that undoes its object: the verbs (positions.json deontic `undo`, stance.json
    `decrease_verbs` and `lifting_verbs`: "lifting the embargo" is no embargo) and, with `nouns`, their nouns
    (`undoing_nouns`: "abolition", "repeal")."""
    verbs = lex.words("stance", "decrease_verbs") | frozenset(lex.positions["deontic"]["undo"]) \
        | frozenset(w for w in lex.stance["lifting_verbs"] if " " not in w)
    return verbs | lex.words("positions", "undoing_nouns") if nouns else verbs


def cluster_positions(mentions: list[PositionMention], undoing: frozenset[str] = frozenset(), instruments: frozenset[str] = frozenset(),
                      near: frozenset[str] = frozenset(), pointers: frozenset[str] = frozenset()) -> Positions:
    """Group mentions in document order; a mention with no content joins the position in focus. Words of
    `undoing` (scrap, abolition, ban, cut...) set an act apart from what it acts on: "the abolition of toll
    bridges" and "toll bridges" are two positions, a side on one being the other side on the other. A head of
    `near` points back only at a policy named in its sentence or the one before."""
    undoing = frozenset(map(_stem, undoing))
    clusters: list[list[PositionMention]] = []
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        if not m.content and m.indefinite and m.weight >= 3.0:
            best = None  # "backed a bill now before the Senate": a policy named for the first time
        elif not m.content or m.content <= m.named_for and _owned(clusters, m):
            # "Labour attacked the Tory plans": the plans the Tories back, if any, not whichever plans were named last;
            # "the Lund plan" after Lund put forward a plan to cap rents is that plan, named now for its author
            owned = _owned(clusters, m)
            best = _in_focus(clusters, m, reach=1 if m.head_lemma in near else None, among=owned or _same_head(clusters, m, pointers) or None)
        elif m.kind_pointer and (best := _in_focus(clusters, m, reach=1, among=_same_head(clusters, m, pointers) or [
                ci for ci, members in enumerate(clusters) if any(o.policy_head for o in members)])) is not None:
            # "the offer to buy the club ... fans opposed any deal": the policy just named, if one was (a "spirit of
            # cooperation" is no deal); else the deal is named by its word alone, as before
            pass
        else:
            best, score = None, 0.0
            for ci, members in enumerate(clusters):
                sims = [(0.0 if _act_and_object(m, f := _as_act_of(o, m), undoing, instruments) or _other_kind(m, f) or _about_and_kind(m, f) else _similarity(
                    m.content, f.content, m.head_lemma == f.head_lemma != "" and m.head_lemma not in m.content & f.content
                    and not m.aside), o)  # (two views' clauses share a verb, "should be", that says nothing of either)
                    for o in members]
                s = max(x for x, _ in sims)
                named = [(x, o) for x, o in sims if len(o.content) > 1]
                if len(m.content) > 1 and named and max(x for x, _ in named) < 0.5 \
                        and not any(o.head_lemma == m.head_lemma for _, o in named):
                    # "a carbon levy" ... "the levy" ... "a scheme to simplify the levy rules": a one-word mention only
                    # points back; a phrase that shares its word, but neither a full name of the cluster nor the
                    # head of one ("rail privatisation" ... "privatisation of the railways"), names another policy
                    s = max(x for x, _ in named)
                if s > score:
                    best, score = ci, s
            if score < 0.5:
                best = None
        if best is None:
            if (not m.content and not m.indefinite and not _owners_plan(m)) or m.clause:
                continue  # nothing in focus, or a clause that names no known policy: no position
            clusters.append([])
            best = len(clusters) - 1
        m.cluster = best
        clusters[best].append(m)
    kept = [m for m in mentions if m.cluster >= 0]
    return Positions(kept, clusters)


# English derivational endings of nouns made from verbs ("merger", "reduction", "investment", "removal"):
# a noun and the verb it is made from name one act
_NOMINAL_ENDINGS = ("ation", "ition", "tion", "sion", "ment", "ance", "ence", "ure", "al", "er")


@lru_cache(maxsize=8192)  # asked of every content word of every pair of mentions compared
def _stem(word: str) -> str:
    """ "merger" and "merge", "reduction" and "reduce", "closure" and "close": one stem."""
    for end in _NOMINAL_ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 4:
            word = word[:-len(end)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def _as_act_of(o: PositionMention, m: PositionMention) -> PositionMention:
    """ "pledged to abolish the toll" ... "the abolition of the toll": a verb's act and the noun made from the verb
    (English derivation, as WordNet's derivationally related forms pair them: abolish / abolition, extend /
    extension, scrap / scrapping) name one act, so `o` is compared with its head word in `m`'s form. Only the heads
    of a verb phrase and a noun phrase are paired: two nouns that share a beginning ("port", "porter") are not."""
    a, b = m.head_lemma, o.head_lemma
    if m.verbal == o.verbal or not a or not b or a == b or a not in m.content or b not in o.content \
            or not _derived(m.head_word or a, o.head_word or b):
        return o
    return replace(o, content=(o.content - {b}) | {a}, head_lemma=a)


@lru_cache(maxsize=8192)
def _derived(a: str, b: str) -> bool:
    """Whether two words are a verb and the noun made from it: one stem (_stem, with a gerund's "-ing" and its
    doubled consonant gone), or one the other's beginning of at least four letters with at most three more
    ("abol-ish" / "abol-ition", "exten-d" / "exten-sion")."""
    x, y = sorted((_gerund_stem(a), _gerund_stem(b)), key=len)
    return x == y or len(x) >= 4 and y.startswith(x) and len(y) - len(x) <= 3


def _gerund_stem(word: str) -> str:
    if word.endswith("ing") and len(word) >= 7:
        word = word[:-3]
        return word[:-1] if len(word) > 2 and word[-1] == word[-2] else word
    return _stem(word)


def _act_and_object(m: PositionMention, o: PositionMention, undoing: frozenset[str], instruments: frozenset[str] = frozenset()) -> bool:
    """ "the repeal of the sugar tax" and "the sugar tax": an act that undoes a thing and the thing itself, which
    a side on the one takes the other way on the other. A mention headed by what it names ("toll bridges") is the
    thing, as is an instrument ("the roads bill" of "a veto of the roads bill"); one headed by a generic noun ("Green
    transport plans") may well be the act ("the transport cuts")."""
    a, b = frozenset(map(_stem, m.content)), frozenset(map(_stem, o.content))
    if a & undoing == b & undoing:
        return False
    thing = o if a & undoing else m
    return thing.head_lemma in thing.content or thing.head_lemma in instruments


def _other_kind(m: PositionMention, o: PositionMention) -> bool:
    """ "fixed mortgage rates" and "floating mortgage rates", "local taxes" and "federal taxes": one noun, each with
    an adjective the other lacks, names two kinds of a thing, not one policy twice (a comparative, "more funding"
    and "increased funding", says how much, not what kind)."""
    return m.head_lemma == o.head_lemma != "" and bool(m.kinds - o.kinds) and bool(o.kinds - m.kinds)


def _about_and_kind(m: PositionMention, o: PositionMention) -> bool:
    """ "the tax plan" and "council tax", "tax" and "higher tax rates", "the tax plan" and "council tax and tuition
    fees": a phrase whose one content word a longer noun phrase uses to say which one (of taxes), or only as a
    modifier of another thing (tax "rates"), or as one of a list, is another policy; "the levy" is "the fuel levy",
    "the quota plan" "quotas for migrant workers", and "spending plans" may be "cuts in wasteful spending"."""
    for a, b in ((m, o), (o, m)):
        if len(a.content) != 1 or len(b.content) < 2 or not a.content <= b.content:
            continue
        (word,) = a.content
        if b.head_lemma == word:
            return a.generic and bool(b.named_kind - {word})
        if b.clause or b.generic:
            return False
        return b.listed if a.generic else word in b.named_kind
    return False


def _owners_plan(m: PositionMention) -> bool:
    """ "farmers oppose the EC proposal", "attacked the Tory plan" with no plan of theirs named before: the plan is
    named by whose it is, as an article names "the IMF program" it never describes."""
    return bool(m.owners) and (m.generic or m.weight >= 3.0) and not m.verbal


def _same_head(clusters: list[list[PositionMention]], m: PositionMention, pointers: frozenset[str]) -> list[int]:
    """ "the Harbour Levy Bill was printed ... in an unusual step, they signed a letter against the new bill": a definite
    noun that names no more than its kind points back at a policy of that kind (its head or a synonym: positions.json
    synonyms), where one was named, before whatever else is in focus (here the step just named)."""
    if not m.head_lemma or m.head_lemma in pointers or m.verbal:
        return []
    # ("unveiled plans for a points system ... the Greens will oppose the plans": the plans the system was named in)
    return [ci for ci, members in enumerate(clusters)
            if any(m.head_lemma in (o.head_lemma, o.container) and not o.verbal and o.start < m.start for o in members)]


def _owned(clusters: list[list[PositionMention]], m: PositionMention) -> list[int]:
    return [ci for ci, members in enumerate(clusters) if any(m.owners & o.backers for o in members)]


def _similarity(a: frozenset[str], b: frozenset[str], same_head: bool = False) -> float:
    if not a or not b:
        return 0.0
    a, b = frozenset(map(_stem, a)), frozenset(map(_stem, b))
    shared = len(a & b)
    if shared == 0:
        return 0.0
    small = min(len(a), len(b))
    if shared >= 2:
        return shared / small
    # one shared word is enough when one side says nothing else ("tax plan" ~ "tax cutting program"),
    # or when both are the same kind of thing and share what sets them apart ("quango blitz plans" ~
    # "plans to abolish quangos"; but "sugar tax" and "carbon tax" share only what they are)
    return 1.0 if small == 1 else 0.5 if same_head and small == 2 else 0.3


# Focus fades slowly: a policy argued over three paragraphs back is still "the plan".
DECAY = 0.9


def _in_focus(clusters: list[list[PositionMention]], m: PositionMention, decay: float = DECAY, reach: int | None = None,
              among: list[int] | None = None) -> int | None:
    best, score = None, 0.0
    for ci, members in enumerate(clusters):
        if among is not None and ci not in among or all(o.aside for o in members):
            continue
        # a policy named earlier in the same sentence is what "it" points at, whatever was in focus before
        s = sum(o.weight * decay ** (m.sent - o.sent) * (10.0 if o.sent == m.sent and o.content else 1.0)
                for o in members if o.start < m.start and (reach is None or m.sent - o.sent <= reach))
        if s > score:
            best, score = ci, s
    return best
