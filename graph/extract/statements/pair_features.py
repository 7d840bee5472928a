"""What the pair scorer reads of one (actor mention, target mention) pair in a sentence (pairs.py): the dependency
path between the two, whether the actor is the subject of a verb on the target's chain, the stance words of
stance.json in the sentence and between the two, negation, VADER's scores of the sentence (the vaderSentiment
package, MIT), the kinds of the two nodes and what the tool's own frames in the sentence say of the pair.

No lexicalised features (the verb's lemma): a few hundred positive pairs are too few to learn words from, and
the stance.json classes of the words carry what generalises. What depends only on the sentence is computed once
per sentence (SentenceCache).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..language.syntax import text_of
from ..language.tokens import children, tokens
from ..stance.cues.verb_clauses import conditional
from ..stance.frame import holder_tokens, negated
from ..stance.speech.polarity import valence

__all__ = ["SentenceCache", "pair_features", "frame_features", "disputed"]

_LISTS = ("negative_eval", "positive_eval", "harm", "benefit", "speech", "hedges")


@lru_cache(maxsize=1)
def _vader():
    from .vader_scores import SentenceScores
    return SentenceScores()


def _lex_rel(st: dict, t: Token) -> str | None:
    lemma, low = t.lemma_.lower(), t.lower_
    for key in ("verbs", "nouns", "adjectives"):
        r = st[key].get(lemma) or st[key].get(low)
        if r:
            return f"{key}:{r}"
    return None


class SentenceCache:
    """Per sentence (by its first token): the stance-word counts, negation, quotation and VADER scores."""

    def __init__(self, st: dict, doc):
        self.st = st
        self.lists = {k: frozenset(st[k]) for k in _LISTS}
        self.listed = frozenset().union(*self.lists.values())  # (most words are in none: one test, not twelve)
        self.toks = tokens(doc)
        self._sent: dict[int, dict[str, float]] = {}
        self._rel: dict[int, str | None] = {}
        self._val: list[float] | None = None
        self.holders: dict[int, tuple] = {}  # frame id -> what frame_features reads of it (_frame_reading)
        self.up: dict[int, list[Token]] = {}  # token index -> the token and its ancestors
        self.above: dict[int, set[int]] = {}  # token index -> its ancestors' indexes
        self.steps: dict[int, dict[int, int]] = {}  # token index -> its own and its ancestors' indexes, by steps up
        self.governing: dict[int, tuple] = {}  # target token index -> _target_reading
        self._marked: dict[int, tuple[list, list]] = {}

    def marked(self, sent) -> tuple[list[tuple[int, str]], list[tuple[int, float]]]:
        """The sentence's tokens with a stance.json class (index, class) and with a VADER valence (index, valence),
        in order: a span's words are read from these, not token by token."""
        got = self._marked.get(sent.start)
        if got is None:
            rng = range(sent.start, sent.end)
            got = self._marked[sent.start] = ([(j, r) for j in rng if (r := self.rel(j))],
                                              [(j, v) for j in rng if (v := self.val(j))])
        return got

    def val(self, i: int) -> float:
        """VADER's valence of token i (polarity.valence), looked up once per token of the document."""
        if self._val is None:
            self._val = [valence(x) for x in self.toks]
        return self._val[i]

    def rel(self, i: int) -> str | None:
        if i not in self._rel:
            self._rel[i] = _lex_rel(self.st, self.toks[i])
        return self._rel[i]

    def sentence(self, sent) -> dict[str, float]:
        got = self._sent.get(sent.start)
        if got is not None:
            return got
        f: dict[str, float] = {}
        neg = 0
        for t in self.toks[sent.start:sent.end]:
            r = self.rel(t.i)
            if r:
                f["slex=" + r] = f.get("slex=" + r, 0) + 1
            lem, low = t.lemma_.lower(), t.lower_
            if lem in self.listed or low in self.listed:
                for key, words in self.lists.items():
                    if lem in words or low in words:
                        f["s_" + key] = f.get("s_" + key, 0) + 1
            neg += t.dep_ == "neg"
        if neg:
            f["neg"] = 1
        text = text_of(sent)  # (Span.text joins the tokens one by one)
        v = _vader().polarity_scores(text)
        f["vader_c"], f["vader_neg"], f["vader_pos"] = v["compound"], v["neg"], v["pos"]
        f["in_quote"] = int(text.count('"') + text.count("\u201c") > 0)
        self._sent[sent.start] = f
        return f


def _up(cache, t: Token) -> list[Token]:
    got = cache.up.get(t.i)
    if got is None:
        got = cache.up[t.i] = [t, *t.ancestors]
    return got


def _above(cache, t: Token) -> set[int]:
    """The indexes of t's ancestors: `a.i in _above(cache, t)` is `a.is_ancestor(t)`, which walks them anew at
    every ask (a new Token per step), for every pair and frame."""
    got = cache.above.get(t.i)
    if got is None:
        got = cache.above[t.i] = {x.i for x in _up(cache, t)[1:]}
    return got


def _steps(cache, t: Token) -> dict[int, int]:
    """Each of t and its ancestors (by index) -> how many steps up from t it is: read for every actor paired with t."""
    got = cache.steps.get(t.i)
    if got is None:
        got = cache.steps[t.i] = {x.i: k for k, x in enumerate(_up(cache, t))}
    return got


def _dep_path(cache, a: Token, b: Token):
    """Shortened dependency path from a up to the common ancestor and down to b: (path, ancestor, length)."""
    up_a = _up(cache, a)
    up_b = _up(cache, b)
    ids_b = _steps(cache, b)
    for ka, t in enumerate(up_a):
        if t.i in ids_b:
            kb = ids_b[t.i]
            if ka + kb > 5:
                return "long", t, ka + kb
            left = "^".join(x.dep_ for x in up_a[:ka])
            right = "v".join(x.dep_ for x in up_b[:kb][::-1])
            return f"{left}|{t.pos_}|{right}", t, ka + kb
    return "none", None, 99


def _governing_verb(cache, t: Token, sent) -> Token:
    got = next((x for x in _up(cache, t) if x.pos_ in ("VERB", "AUX") or (
        x.pos_ == "ADJ" and x.dep_ in ("ROOT", "acomp", "ccomp"))), None)
    return cache.toks[sent.root.i] if got is None else got


def _target_reading(cache, ph: Token, sent) -> tuple:
    """What pair_features reads of a target head whatever the actor, once per target (each is paired with every
    actor of its sentence): its governing verb, that verb's stance class, whether the verb is negated, VADER's
    valences of the words around the target (positive and negative sums) and the verb's valence."""
    got = cache.governing.get(ph.i)
    if got is None:
        gv = _governing_verb(cache, ph, sent)
        pos = neg = 0.0
        for j, v in cache.marked(sent)[1]:
            if ph.i - 4 <= j < ph.i + 5:
                pos, neg = pos + max(v, 0), neg + min(v, 0)
        # (spaCy's .children scans the whole subtree)
        got = cache.governing[ph.i] = (gv, cache.rel(gv.i), any(c.dep_ == "neg" for c in children(gv)),
                                       min(pos, 4) / 4, max(neg, -4) / 4, cache.val(gv.i) / 4)
    return got


def pair_features(cache: SentenceCache, ah: Token, ph: Token, sent, ameta: dict, pmeta: dict) -> dict[str, float]:
    """The features of actor head ah and target head ph of sentence sent; ameta/pmeta describe the two nodes."""
    path, lca, plen = _dep_path(cache, ah, ph)
    gv, gv_rel, gv_negated, near_pos, near_neg, gv_val = _target_reading(cache, ph, sent)
    f: dict[str, float] = {"path=" + path: 1, "plen": min(plen, 10) / 10}
    if gv_rel:
        f["gvlex=" + gv_rel] = 1
    if lca is not None:
        r = cache.rel(lca.i)
        if r:
            f["lcalex=" + r] = 1
        f["lcapos=" + lca.pos_] = 1
    # the actor is the subject of the verb governing the target, or of a verb on the target's chain up
    subj_of = ah.head if ah.dep_ in ("nsubj", "nsubjpass", "agent", "poss") else None
    if subj_of is not None and (subj_of.i == ph.i or subj_of.i in _above(cache, ph)):
        f["actor_subj_chain"] = 1
        r = cache.rel(subj_of.i)
        if r:
            f["subjlex=" + r] = 1
        if subj_of.lemma_.lower() in cache.lists["speech"]:
            f["speaker"] = 1
    if subj_of is not None and subj_of.i == gv.i:
        f["actor_subj_gv"] = 1
    f["adep=" + ah.dep_] = 1
    f["pdep=" + ph.dep_] = 1
    f.update(cache.sentence(sent))
    if gv_negated:
        f["neg_gv"] = 1
    lo, hi = sorted((ah.i, ph.i))
    rels, vals = cache.marked(sent)
    for j, r in rels:
        if lo < j < hi:
            f["between=" + r] = 1
    pos = neg = 0.0
    for j, v in vals:
        if lo < j < hi:
            pos, neg = pos + max(v, 0), neg + min(v, 0)
    f["btw_pos"], f["btw_neg"] = min(pos, 4) / 4, max(neg, -4) / 4
    # the words around the target: what is said of it, in VADER's valences
    f["near_pos"], f["near_neg"] = near_pos, near_neg
    f["gv_val"] = gv_val
    if lca is not None:
        f["lca_val"] = cache.val(lca.i) / 4
    if subj_of is not None:
        f["subj_val"] = cache.val(subj_of.i) / 4
    d = ph.i - ah.i
    f["dist"] = min(abs(d), 40) / 40
    f["actor_first"] = int(d > 0)
    f["atype=" + ameta["type"]] = 1
    f["how=" + ameta["how"]] = 1
    f["ctx_speaker"] = int(ameta["speaker"])
    for k in ("verbal", "generic", "indefinite", "clause", "listed"):
        if pmeta.get(k):
            f["p_" + k] = 1
    f["p_in_graph"] = int(pmeta["in_graph"])
    f["ttype=" + pmeta["ttype"]] = 1
    f["pair=" + ameta["type"] + ">" + pmeta["ttype"]] = 1
    f["p_weight"] = min(pmeta["weight"], 3) / 3
    f["p_size"] = min(pmeta["size"], 5) / 5
    f["a_deg"] = min(ameta["deg"], 5) / 5
    f["p_deg"] = min(pmeta["deg"], 5) / 5
    f["actor_owner"] = int(ameta["id"] in pmeta["owners"])
    return f


def frame_features(ctx, cache: SentenceCache, frames, ah: Token, ph: Token, span: tuple[int, int],
                   eid: str) -> dict[str, float]:
    """What the tool's own stance frames whose cue is in the sentence (`frames`) say of the pair (the cue found, the
    link missed)."""
    f: dict[str, float] = {}
    for fr in frames:
        # (what a frame says whatever the pair: read once per frame, not once per pair of its sentence)
        got = cache.holders.get(id(fr))
        if got is None:
            got = cache.holders[id(fr)] = _frame_reading(ctx, cache, fr, ah.doc)
        holder_idx, holder_ids, by_speaker, keys, target = got
        f[keys[0]] = 1
        a_hold = ah.i in holder_idx or eid in holder_ids
        if not a_hold and by_speaker:
            a_hold = eid in ctx.speaker.get(fr.sent, ())
        t_hit = False
        if target is not None:
            t_hit = span[0] <= target < span[1] or target == ph.i or ph.i in _above(cache, cache.toks[target]) \
                or target in _above(cache, ph)
        if a_hold:
            f[keys[1]] = 1
        if t_hit:
            f[keys[2]] = 1
        if a_hold and t_hit:
            f[keys[3]] = 1
            if fr.negated:
                f["fr_both_neg"] = 1
        if fr.cue == ph.i or cache.toks[fr.cue].i in _above(cache, ph):
            f[keys[4]] = 1
    return f


def _frame_reading(ctx, cache: SentenceCache, fr, doc):
    """A frame's holders (token indexes, entities), whether the sentence's speaker holds it, its feature names and
    its target's token index (None without one)."""
    res = ctx.res
    hold = holder_tokens(fr, doc)
    rel = fr.relation
    return ({h.i for h in hold},
            {res.by_token.get(h.i) or ctx.antecedent.get(h.i) or ctx.it_body.get(h.i) for h in hold},
            any(isinstance(h, int) and h == -1 for h in fr.holders),
            tuple(k + rel for k in ("fr_in_sent=", "fr_holder=", "fr_target=", "fr_both=", "fr_cue_governs_p=")),
            None if fr.target is None else cache.toks[fr.target].i)


def disputed(ctx, cache: SentenceCache, ah: Token, ph: Token, feats: dict[str, float]) -> bool:
    """Whether a reading of the rules speaks against a stance of the actor toward the target, whatever the pair
    model makes of the sentence's words (it adds up the words: it cannot tell a harm denied from a harm claimed):
    the frame of the rules that joins the two is negated ("neither backed nor criticised the tax"), the target
    itself is negated ("announced no plans to ...") or is what a negated verb is said to do or suffer ("the levy
    does not hurt farmers"), it lies in a condition or a question ("asked if she would back ...", as the rules'
    verb_clauses.conditional reads it) or in the view of someone else the actor reports ("told the BBC that drivers
    believed the levy was a disgrace")."""
    if feats.get("fr_both_neg") or negated(ctx, ph) or conditional(ph, ctx.lex.stance):
        return True
    if ph.dep_ in ("nsubj", "nsubjpass", "dobj") and negated(ctx, ph.head):
        return True
    actor_side = {x.i for x in _up(cache, ah)}
    for v in _up(cache, ph)[1:]:
        if v.i in actor_side:
            return False
        if v.lemma_.lower() in cache.lists["speech"] and any(
                c.dep_ == "nsubj" and c.i != ah.i and c.pos_ in ("NOUN", "PROPN") for c in children(v)):
            return True
    return False
