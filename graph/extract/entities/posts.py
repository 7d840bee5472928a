"""One post its holder is named in twice, bare and in full: "Ruritanian President Tom Vane ... the President",
"Ann Lee, chancellor of the exchequer ... Chancellor Lee", "senior law lord Lord Vane ... the law lord".
Each had been a node of its own, both held by the one person. The bare title is the full one where its words end
the full title's ("president" of "Ruritanian president") or are its head ("chancellor" of "chancellor of the
exchequer"), the person holds both, and no one else holds the bare one; a word of another post before it
("shadow chancellor", "deputy president": offices.json other_post_words) makes another post, kept apart.

    one_post_per_holder(entities, statements, lex) -> (entities, statements)
"""
from __future__ import annotations

from dataclasses import replace

from ..language.lexicon import Lexicon
from ...model import Entity, Statement

__all__ = ["one_post_per_holder", "complement_at", "title_head"]


def complement_at(words: list[str]) -> int:
    """Where a title's complement begins ("of the exchequer" of "chancellor of the exchequer"), else its length."""
    return next((i for i, w in enumerate(words) if w in ("of", "for", "to") and i), len(words))


def title_head(words: list[str]) -> str:
    """A title's head word: the last before its complement ("chancellor" of "chancellor of the exchequer")."""
    cut = complement_at(words)
    return words[cut - 1] if cut else ""


def _words(label: str) -> list[str]:
    return label.lower().replace("-", " ").split()


def _names_in_full(bare: list[str], full: list[str], other: set[str]) -> bool:
    """Whether the bare title's words are the full title's ending or its words before the complement, with no word
    of another post added."""
    if len(bare) >= len(full):
        return False
    if full[-len(bare):] == bare:
        extra = full[:-len(bare)]
    elif full[:complement_at(full)] == bare:
        extra = full[len(bare):]
    else:
        return False
    return not set(extra) & other


def one_post_per_holder(entities: dict[str, Entity], statements: list[Statement],
                        lex: Lexicon) -> tuple[dict[str, Entity], list[Statement]]:
    other = set(lex.words("offices", "other_post_words")) | set(lex.words("offices", "former_words"))
    holders: dict[str, set[str]] = {}
    for s in statements:
        if s.relation == "holds" and s.object in entities:
            holders.setdefault(s.object, set()).add(s.subject)
    into: dict[str, str] = {}
    for bare, who in sorted(holders.items()):
        if len(who) != 1:
            continue
        fulls = [o for o, w in holders.items() if o != bare and who <= w and o not in into
                 and _names_in_full(_words(entities[bare].label), _words(entities[o].label), other)]
        if len(fulls) == 1:
            into[bare] = fulls[0]
    if not into:
        return entities, statements
    out = {eid: e for eid, e in entities.items() if eid not in into}
    for bare, full in into.items():
        e, b = out[full], entities[bare]
        out[full] = replace(e, aliases=tuple(sorted(set(e.aliases) | {b.label, *b.aliases} - {e.label})))
    moved = [replace(s, subject=into.get(s.subject, s.subject), object=into.get(s.object, s.object)) for s in statements]
    return out, moved
