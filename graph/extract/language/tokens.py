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

from spacy.attrs import HEAD
from spacy.tokens import Doc, Span, Token

__all__ = ["tokens", "children", "sent_tokens", "ents"]

_last: list = [None, (), (), None]  # the Doc, its tokens, each token's children, its entities


class _Token(Token):
    """A Token with its most read attributes kept as plain slots (set once by _index)."""

    __slots__ = ("i", "text", "lemma_", "lower_", "pos_", "tag_", "dep_", "head")


def tokens(doc: Doc) -> tuple[Token, ...]:
    """tuple(doc), made once per Doc."""
    if _last[0] is not doc:
        _index(doc)
    return _last[1]


def children(t: Token) -> tuple[Token, ...]:
    """t.children, in the same order (left to right)."""
    # (asked some 6,000 times per article: the common case, the Doc last asked about, in one test)
    if t.doc is _last[0]:
        return _last[2][t.i]
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


def _index(doc: Doc) -> None:
    vocab = doc.vocab
    toks = tuple([_Token(vocab, doc, i) for i in range(len(doc))])
    kids: list[list[Token]] = [[] for _ in toks]
    # each token's head as an offset, read in one pass in C (t.head makes a Token); the root's is 0
    heads = doc.to_array(HEAD).view("int64").tolist()
    for i, (t, offset, read) in enumerate(zip(toks, heads, doc)):
        t.i, t.head = i, toks[i + offset]
        t.text, t.lemma_, t.lower_, t.pos_, t.tag_, t.dep_ = read.text, read.lemma_, read.lower_, read.pos_, read.tag_, read.dep_
        if offset:
            kids[i + offset].append(t)
    _last[:] = [doc, toks, tuple(map(tuple, kids)), None]
