"""Blocs of states named by their number: "the Group of Seven", "G-7", "G7", "the Group of 24".

One bloc, however written, is one body: its canonical name spells the number as a word up to twenty
("Group of Seven", as the blocs call themselves) and keeps digits above ("Group of 24"). The number words
are spaCy's own English number lexicon, not a list kept here.
"""
from __future__ import annotations

import re

from spacy.lang.en.lex_attrs import _num_words
from spacy.tokens import Doc
from ..language.tokens import tokens

__all__ = ["numbered_groups"]

_SHORT = re.compile(r"G-?(\d{1,2})")  # "G-7", "G7", "G24": the letter and the number, one token


def _canon(number: str) -> str | None:
    """ "7" or "seven" -> "Group of Seven"; "24" -> "Group of 24"."""
    low = number.lower()
    if low.isdigit():
        n = int(low)
    elif low in _num_words[:21]:
        n = _num_words.index(low)
    else:
        return None
    if n < 2:
        return None
    return f"Group of {_num_words[n].title() if n <= 20 else n}"


def numbered_groups(doc: Doc):
    """(start, end, canonical name) of each bloc named by its number."""
    toks = tokens(doc)
    i = 0
    while i < len(doc):
        t = toks[i]
        if t.text[:1] != "G":  # each name below opens on it: "G7", "G-7", "Group of"
            i += 1
            continue
        m = _SHORT.fullmatch(t.text)
        if m and _canon(m.group(1)):
            yield i, i + 1, _canon(m.group(1))
        elif t.text == "G" and i + 2 < len(doc) and toks[i + 1].text in ("-", "‑") and toks[i + 2].text.isdigit() \
                and not t.whitespace_ and not toks[i + 1].whitespace_ and _canon(toks[i + 2].text):
            yield i, i + 3, _canon(toks[i + 2].text)
            i += 2
        elif t.text == "Group" and i + 2 < len(doc) and toks[i + 1].lower_ == "of" \
                and (toks[i + 2].text[:1].isupper() or toks[i + 2].text.isdigit()) and _canon(toks[i + 2].text):
            yield i, i + 3, _canon(toks[i + 2].text)
            i += 2
        i += 1
