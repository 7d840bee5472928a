"""Which named body a press epithet points back to, as far as its own words say: "the German group", "the watchdog".

A bare "the group" or "the regulator" points back to a body named shortly before (body_groups._described_bodies).
Its own words narrow that down. A state's word in it ("the German group", "the Sri Lankan regulator") takes only a
body the story has tied to that state: by its name ("Kestrel Bank" is not, "Bank of Japan" is) or by the words
it was introduced with ("German exchange Kestrel Borse", "Fintrag, Germany's financial watchdog"); with none such,
it points back to no one, as a description of a body not yet named. And the story's own words for a body win over
the nearest name: "telecoms regulator Telcor ... Kestrel Telecom said ... the watchdog" is Telcor (`epithet_synonyms`: nouns the
press uses of one sort of body, as Collins COBUILD defines them).
"""
from __future__ import annotations

from ..language.countries import state_of_modifiers
from ..language.lexicon import Lexicon
from ..language.tokens import tokens
from ...model import Mention

__all__ = ["state_of_epithet", "introduced_as", "state_words", "epithet_words"]

_REACH = 4  # words before a name, or of a phrase apposed after it, that introduce it


def state_of_epithet(doc, m: Mention, lex: Lexicon) -> str | None:
    """The state a description's own words name ("the German group" -> Germany), as a body noun's are read for a
    government (countries.state_of_modifiers)."""
    root = doc[m.tok_start:m.tok_end].root
    return state_of_modifiers(doc, m.tok_start, root.i, root, lex.countries, set())


def state_words(state: str, lex: Lexicon) -> set[str]:
    """The lower-case names and demonyms of a state, and its possessive ("germany's")."""
    c = lex.countries
    words = {k for k, v in c.names.items() if v == state} | {k for k, v in c.demonyms.items() if v == state}
    return words | {w + "'s" for w in words}


def epithet_words(word: str, lex: Lexicon) -> set[str]:
    """The word with the nouns the press uses of the same sort of body ("watchdog" and "regulator"); none for a
    word any firm is introduced with ("drugs group Eli Lilly ... the group's plans" may be another group's)."""
    return next((set(group) for group in lex.institutions["epithet_synonyms"] if word in group), set())


def introduced_as(doc, o: Mention, words: set[str]) -> bool:
    """Whether the name of o is said with one of `words` (lower case, one or two words each): in its own name, in
    the few words before it ("German exchange Kestrel Borse") or in a phrase apposed after it ("Fintrag, Germany's
    financial watchdog,")."""
    toks = tokens(doc)
    spans = [(o.tok_start, o.tok_end)]
    before = o.tok_start
    while before > max(0, o.tok_start - _REACH) and toks[before - 1].text not in (",", ".", ";", ":", "(", '"'):
        before -= 1
    spans.append((before, o.tok_start))
    if o.tok_end < len(toks) and toks[o.tok_end].text in (",", "("):
        end = o.tok_end + 1
        while end < min(len(toks), o.tok_end + 1 + _REACH + 2) and toks[end].text not in (",", ".", ";", ")"):
            end += 1
        spans.append((o.tok_end + 1, end))
    for s, e in spans:
        low = [t.text.lower().replace("’", "'") for t in toks[s:e]]
        grams = set(low) | {f"{a} {b}" for a, b in zip(low, low[1:])} | {a + b for a, b in zip(low, low[1:]) if b == "'s"}
        if grams & words:
            return True
    return False
