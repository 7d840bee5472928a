"""Names the tagger took for people that the text uses as a body's: "Garvey Mell's profits", "shares in Garvey
Mell", "Garvey Mell shares". A body, not a person, has shares, profits and a workforce; a name said so is an
organisation's whatever its words look like. Not a name the text also gives a person (an honorific before it, a given
name opening it, a person's surname). Measured and left out: "Garvey Mell, which runs the mine" (the relative pronoun
of things: two more right bodies on the check articles, but a stance edge less right there, below their floor) and
"Garvey Mell said it would appeal" (the "it" is as often the thing said of as the speaker). Read by bodies_described (spans.py), which both the person and the institution finders ask.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..language.lexicon import Lexicon
from ..language.tokens import ents, tokens

__all__ = ["bodies_by_usage"]


def bodies_by_usage(doc: Doc, lex: Lexicon) -> set[str]:
    """The names tagged a person that some sentence uses as an organisation's (see the module's docstring)."""
    toks = tokens(doc)
    given = lex.gender["names"]
    addressed = {toks[t.i + 1].text for t in toks[:-1] if t.lower_.rstrip(".") in lex.honorifics}
    people = [e for e in ents(doc) if e.label_ == "PERSON"]
    surnames = {e[-1].text for e in people if len(e) > 1 and e[0].lower_ in given}
    out: set[str] = set()
    for ent in people:
        name = _name(ent)
        if not name or name in out or ent[0].lower_ in given or ent[-1].text in addressed \
                or (len(ent) == 1 and ent.text in surnames) or ent.start > 0 and toks[ent.start - 1].lower_.rstrip(".") in lex.honorifics:
            continue
        # (the sign may be at another mention of the name, which the tagger read otherwise: "Cairn's shares")
        if any(_body_usage(doc, span, lex) for span in _occurrences(doc, name)):
            out.add(name)
    return out


def _occurrences(doc: Doc, name: str) -> list[Span]:
    """Every run of tokens that spells the name, however the tagger labelled it."""
    words = name.split()
    toks = tokens(doc)
    return [doc[t.i:t.i + len(words)] for t in toks
            if t.text == words[0] and t.i + len(words) <= len(doc)
            and all(toks[t.i + k].text == w for k, w in enumerate(words))]


def _name(ent: Span) -> str:
    return re.sub(r"^(the|The)\s+", "", re.sub(r"['’]s?$", "", ent.text).strip())


def _body_usage(doc: Doc, ent: Span, lex: Lexicon) -> bool:
    toks = tokens(doc)
    owned = lex.words("institutions", "owned_by_bodies")
    after = toks[ent.end] if ent.end < len(doc) else None
    owner = ent[-2] if ent[-1].tag_ == "POS" and len(ent) > 1 else ent[-1]
    # "Garvey Mell's profits", "Garvey Mell's board": what a body has (the tagger may keep the "'s" in the name)
    if owner.dep_ == "poss" and owner.head.lemma_.lower() in owned:
        return True
    # "shares in Garvey Mell", "Garvey Mell shares"
    if ent.start > 1 and toks[ent.start - 1].lower_ == "in" and toks[ent.start - 2].lower_ in ("shares", "stake", "stakes"):
        return True
    if after is not None and after.lower_ == "shares" and after.tag_ == "NNS":
        return True
    return False
