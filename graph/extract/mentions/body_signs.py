"""Names the tagger took for people that the text uses as a body's: "Garvey Mell's profits", "shares in Garvey
Mell", "Garvey Mell shares". A body, not a person, has shares, profits and a workforce; a name said so is an
organisation's whatever its words look like. Not a name the text also gives a person (an honorific before it, a given
name opening it, a person's surname). Measured and left out: "Garvey Mell, which runs the mine" (the relative pronoun
of things: two more right bodies on the check articles, but a stance edge less right there, below their floor) and
"Garvey Mell said it would appeal" (the "it" is as often the thing said of as the speaker). Read by bodies_described
(spans.py), which both the person and the institution finders ask.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..language.lexicon import Lexicon
from ..language.tokens import doc_text, ents, tokens

__all__ = ["bodies_by_usage", "bare_name"]


def bodies_by_usage(doc: Doc, lex: Lexicon, addressed: set[str] | None = None) -> set[str]:
    """The names tagged a person that some sentence uses as an organisation's (see the module's docstring);
    `addressed`: the words the story puts after an honorific, where the caller has them already."""
    people = [e for e in ents(doc) if e.label_ == "PERSON"]
    given = lex.gender["names"]
    surnames = {e[-1].text for e in people if len(e) > 1 and e[0].lower_ in given}
    people = [e for e in people if e[0].lower_ not in given and not (len(e) == 1 and e.text in surnames)]
    # (most stories name no such thing: one search of the text spares the token walks)
    if not people or not _signs(lex.words("institutions", "owned_by_bodies")).search(doc_text(doc)):
        return set()
    toks = tokens(doc)
    honorifics = lex.honorifics
    if addressed is None:
        addressed = {toks[t.i + 1].text for t in toks[:-1] if t.lower_.rstrip(".") in honorifics}
    out: set[str] = set()
    for ent in people:
        name = bare_name(ent.text)
        if not name or name in out or ent[-1].text in addressed \
                or ent.start > 0 and toks[ent.start - 1].lower_.rstrip(".") in honorifics:
            continue
        # (the sign may be at another mention of the name, which the tagger read otherwise: "Cairn's shares")
        if any(_body_usage(doc, span, lex) for span in _occurrences(doc, name)):
            out.add(name)
    return out


@lru_cache(maxsize=4)
def _signs(owned: frozenset[str]) -> re.Pattern:
    """Any word of a body's signs in a text: its owned nouns (and their plurals), "shares", "stake"."""
    words = sorted(owned | {"stake"}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")", re.IGNORECASE)


def _occurrences(doc: Doc, name: str) -> list[Span]:
    """Every run of tokens that spells the name, however the tagger labelled it."""
    out, text = [], doc_text(doc)
    at = text.find(name)
    while at >= 0:
        span = doc.char_span(at, at + len(name))
        if span is not None:
            out.append(span)
        at = text.find(name, at + 1)
    return out


def bare_name(text: str) -> str:
    """A name as a body is keyed: without a leading "the" or a possessive ending ("the Vale Trust's" -> "Vale Trust")."""
    return re.sub(r"^(the|The)\s+", "", re.sub(r"['’]s?$", "", text).strip())


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
