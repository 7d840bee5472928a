"""Names the small NER model runs on over a dash set off by spaces: "Korea Steel Bank - one of its creditors -"
comes out as the body "Korea Steel Bank - one", "Harlow Party - Latin for hope -" as "Harlow Party - Latin". A spaced
dash opens an aside; a name never goes on across it (a name's own hyphen, "Rolls-Royce", is written without
spaces, and newsgraph_hyphens has joined it into one token already).

    names_before_dashes(doc) -> doc with each such name cut where its dash begins
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

__all__ = ["names_before_dashes", "DASHES"]

# a dash as the tokenizer leaves it: hyphen, double hyphen, en and em dash
DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
# the labels of names; a date's or an amount's dash is a range ("1990 - 1995") and stays
_NAMES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})


def names_before_dashes(doc: Doc) -> Doc:
    """Cut every name span at the first dash inside it that has a space on either side, keeping the piece that is
    a name."""
    out, changed = [], False
    for e in doc.ents:
        cut = next((t.i for t in e[1:] if t.text in DASHES and t.whitespace_ and doc[t.i - 1].whitespace_), None) \
            if e.label_ in _NAMES else None
        if cut is None:
            out.append(e)
            continue
        changed = True
        # the piece before the dash if it is a name; the piece after if it is a full name of its own ("three other
        # minority MPs - Keith Vaz, ...": the model's PERSON began at "MPs")
        if cut > e.start and doc[e.start].text[:1].isupper():
            out.append(Span(doc, e.start, cut, label=e.label_))
        if e.end - cut > 2 and all(t.is_alpha and t.is_title for t in doc[cut + 1:e.end]):
            out.append(Span(doc, cut + 1, e.end, label=e.label_))
    if changed:
        doc.ents = out
    return doc
