"""The Token objects of a Doc, made once: spaCy makes a new Token at every `doc[i]`, at every step over a Span,
and for every child `token.children` yields (scanning the token's whole subtree to find them), and the rules ask
for the same tokens again and again, sentence by sentence and rule by rule. The tokens, each one's children and
the entities are kept for the Doc last asked about, known by identity, so no Doc is ever answered with another's.
Extraction never retokenizes, re-parses nor re-tags a Doc (the pipeline's own components do, before), so what is
kept stays true.

The tokens kept are _Token, a Token that carries the strings the rules read most (its text, lemma, lower-case
form, part of speech, tag and dependency), its index and its head (the kept token), read once per Doc: spaCy's
`t.dep_` looks the string up at every ask (about 150 ns, `t.pos_` 250 ns, `t.head` makes a new Token), and the rules
ask some hundreds of times per token. A _Token is a Token in every other way (equal to and hashed as spaCy's
token of the same Doc and index); a token spaCy makes (`doc[i]`, a Span's, `t.subtree`) reads as before."""
from __future__ import annotations

from spacy.attrs import DEP, HEAD, LEMMA, LOWER, ORTH, POS, TAG
from spacy.parts_of_speech import NAMES as _POS_NAMES
from spacy.tokens import Doc, Span, Token

__all__ = ["tokens", "children", "sent_tokens", "ents", "span_root", "span_text", "doc_text"]

_last: list = [None, (), (), None]  # the Doc, its tokens, each token's children, its entities


class _Token(Token):
    """A Token with its most read attributes kept as plain slots (set once by _index). Its walks of the parse (its
    children, ancestors, conjuncts, subtree) yield the kept tokens, as spaCy's would its own, in the same order."""

    __slots__ = ("i", "text", "lemma_", "lower_", "pos_", "tag_", "dep_", "head", "kids")

    @property
    def children(self):
        return iter(self.kids)

    @property
    def lefts(self):
        i = self.i
        return iter([c for c in self.kids if c.i < i])

    @property
    def rights(self):
        i = self.i
        return iter([c for c in self.kids if c.i > i])

    @property
    def ancestors(self):
        return _ancestors(self)

    @property
    def subtree(self):
        return _subtree(self)

    @property
    def conjuncts(self) -> tuple[Token, ...]:
        """spaCy's Token.conjuncts, over the kept tokens."""
        if "conjuncts" in self.doc.user_token_hooks:
            return Token.conjuncts.__get__(self)
        start = self
        while start.i != start.head.i and start.dep_ == "conj":
            start = start.head
        queue = [start]
        output = [start]
        for word in queue:
            for child in word.kids:
                if child.i > word.i and child.dep_ == "conj":
                    output.append(child)
                    queue.append(child)
        return tuple([w for w in output if w.i != self.i])


def _ancestors(t: _Token):
    # (at most as many as the Doc has tokens, as spaCy guards)
    for _ in range(len(t.doc)):
        head = t.head
        if head is t:
            return
        yield head
        t = head


def _subtree(t: _Token):
    i = t.i
    for c in t.kids:
        if c.i < i:
            yield from _subtree(c)
    yield t
    for c in t.kids:
        if c.i > i:
            yield from _subtree(c)


def tokens(doc: Doc) -> tuple[Token, ...]:
    """tuple(doc), made once per Doc."""
    if _last[0] is not doc:
        _index(doc)
    return _last[1]


def children(t: Token) -> tuple[Token, ...]:
    """t.children, in the same order (left to right)."""
    # (asked some 6,000 times per article: the common case, a kept token, in one test)
    if type(t) is _Token:
        return t.kids
    if t.doc is not _last[0]:
        _index(t.doc)
    return _last[2][t.i]


def ents(doc: Doc) -> tuple[Span, ...]:
    """doc.ents, made once per Doc (spaCy walks the whole Doc and makes every Span anew at each ask)."""
    if _last[0] is not doc:
        _index(doc)
    if _last[3] is None:
        _last[3] = doc.ents
    return _last[3]


def sent_tokens(span: Span) -> tuple[Token, ...]:
    """The tokens of a sentence (or any span), as iterating it gives them."""
    return tokens(span.doc)[span.start:span.end]


def span_text(doc: Doc, start: int, end: int) -> str:
    """doc[start:end].text, cut from the Doc's text (as syntax.text_of cuts a Span's) without making the Span."""
    toks = tokens(doc)
    r = range(len(toks))[start:end]  # (a slice's bounds, as spaCy's normalize_slice sets them)
    if not r:
        return ""
    text = doc_text(doc)
    last = toks[r.stop - 1]
    return text[toks[r.start].idx:last.idx + len(last.text)]


def doc_text(doc: Doc) -> str:
    """doc.text, kept with the Doc: Doc.text joins all its tokens each time (retokenizing never changes it)."""
    text = doc.user_data.get("newsgraph.text")
    if text is None:
        text = doc.user_data["newsgraph.text"] = doc.text
    return text


def span_root(doc: Doc, start: int, end: int) -> Token:
    """doc[start:end].root, the kept token, without making the Span (and the three Tokens a Span makes): spaCy's
    rule, a sentence root in the span, else the first of the tokens nearest the root whose head is outside it
    (a bare space or punctuation mark only when nothing else is)."""
    toks = tokens(doc)
    if "root" in doc.user_span_hooks or not 0 <= start < end <= len(toks):
        return toks[doc[start:end].root.i]
    for i in range(start, end):
        if toks[i].head is toks[i]:
            return toks[i]
    n = len(toks)
    best, root = n, -1
    for i in range(start, end):
        t = toks[i]
        if start <= t.head.i < end:
            continue
        if (t.is_space or t.is_punct) and not t.kids:
            depth = n - 1
        else:
            depth = 0
            while t.head is not t:
                t = t.head
                depth += 1
                if depth >= n:
                    raise RuntimeError("a cycle in the parse")
        if depth < best:
            best, root = depth, i
    return toks[start] if root == -1 else toks[root]


# a string's id -> the string (a StringStore's ids are hashes of the strings, the same in every Doc and Vocab), for
# every Doc: spaCy's look-up of each (t.lemma_) costs more than a dict's; bounded, as a long run meets new words
_strings: dict[int, str] = {}
_MAX_STRINGS = 500_000


def _index(doc: Doc) -> None:
    vocab = doc.vocab
    n = len(doc)
    toks = tuple([_Token(vocab, doc, i) for i in range(n)])
    # each token's head as an offset, read in one pass in C (t.head makes a Token); the root's is 0
    heads = doc.to_array(HEAD).view("int64").tolist()
    # and the ids of its strings, as spaCy's t.text, t.lemma_, t.lower_, t.tag_, t.dep_ and t.pos_ read them, a
    # column each (a list per token would be as many objects for the collector to track)
    ids = [doc.to_array(attr).tolist() for attr in (ORTH, LEMMA, LOWER, TAG, DEP)]
    if len(_strings) > _MAX_STRINGS:
        _strings.clear()
    names = _strings
    strings = vocab.strings
    for column in ids:
        for x in column:
            if x not in names:
                names[x] = strings[x]
    orths, lemmas, lowers, tags, deps = [[names[x] for x in column] for column in ids]
    poss = [_POS_NAMES[x] for x in doc.to_array(POS).tolist()]
    kids: dict[int, list[Token]] = {}
    for i, t, offset in zip(range(n), toks, heads):
        t.i, t.head = i, toks[i + offset]
        if offset:
            kids.setdefault(i + offset, []).append(t)
    for t, text, lemma, lower, tag, dep, pos in zip(toks, orths, lemmas, lowers, tags, deps, poss):
        t.text, t.lemma_, t.lower_, t.tag_, t.dep_, t.pos_ = text, lemma, lower, tag, dep, pos
    kept = tuple([tuple(kids[i]) if i in kids else () for i in range(n)])
    for t, k in zip(toks, kept):
        t.kids = k
    _last[:] = [doc, toks, kept, None]
