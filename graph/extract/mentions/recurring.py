"""Recurring names: a body's name the tagger found once is the same body where it recurs untagged.

spaCy's NER tags a name by its context, so "the Ferris Grain Association" of one sentence may go untagged
in the next ("the FGA's Mr Roe said"). A reader knows the name from its first use; so does this pass.
"""
from __future__ import annotations

from ...model import Mention
from ..language.nlp import Parsed
from .spans import _mention
from ..language.tokens import tokens

__all__ = ["recurring_bodies", "short_names", "untagged_letters"]

_KINDS = ("org", "party")  # states and places have their own lexicons; a common noun ("the bank") is no name


def short_names(parsed: Parsed, institutions: list[Mention], forms: frozenset[str]) -> dict[tuple[str, ...], str]:
    """A company's name without its legal form ("Korvex Corp" -> "Korvex"), where the article named it with one:
    the words -> the company's mention key. Wire copy names a firm in full once and by its short name after, which
    the tagger often leaves untagged or calls a person."""
    doc = parsed.doc
    out: dict[tuple[str, ...], str] = {}
    for m in institutions:
        if not m.key.startswith("org:"):
            continue
        words = [t for t in doc[m.tok_start:m.tok_end] if not t.is_space]
        while words and words[-1].text in (".", ","):
            words.pop()
        if len(words) < 2 or words[-1].text.lower().strip(".") not in forms:
            continue
        short = tuple(t.text for t in words[:-1])
        if short[-1] in ("&", "and") or not all(w[:1].isupper() or w in ("of", "&") for w in short) \
                or short[0] in ("The", "A") or len(short[0]) < 3:
            continue  # "Smith & Co", "The Co": no name left without the form
        out.setdefault(short, m.key)
    return out


def recurring_bodies(parsed: Parsed, sent_of: list[int], institutions: list[Mention],
                     taken: set[int], shorts: dict[tuple[str, ...], str] | None = None) -> list[Mention]:
    """Mentions of the organisations and parties already found, where their exact words recur with no mention.

    Acronyms ("FGA"), which cannot be an ordinary word, and a company's name without the legal form it was first
    named with (`shorts`, as short_names finds them); a longer name recurring untagged is as often a different thing named alike ("the
    Social Democratic Party" and a country's "Social Democratic Party").
    """
    doc = parsed.doc
    toks = tokens(doc)
    names: dict[tuple[str, ...], str] = {}
    defined: set[int] = set()
    for words, key in (shorts or {}).items():
        names.setdefault(words, key)
    for m in institutions:
        if m.key.split(":", 1)[0] not in _KINDS:
            continue
        words = tuple(t.text for t in toks[m.tok_start:m.tok_end] if not t.is_space)
        if _acronym(words):
            names.setdefault(words, m.key)
        # "the Ferris Grain Association (FGA)": the letters defined after the name
        k = m.tok_end
        if k + 2 < len(doc) and toks[k].text == "(" and toks[k + 2].text == ")" and _acronym((toks[k + 1].text,)):
            names.setdefault((toks[k + 1].text,), m.key)
            defined.add(k + 1)  # the definition itself is no mention: the name before it is
    if not names:
        return []
    covered = set(taken) | defined | {i for m in institutions for i in range(m.tok_start, m.tok_end)}
    firsts: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(names, key=len, reverse=True):  # the longest name first: "Ferris Bank" before "Ferris"
        firsts.setdefault(words[0], []).append(words)
    out: list[Mention] = []
    i = 0
    while i < len(doc):
        hit = None
        for words in firsts.get(toks[i].text, ()):
            end = i + len(words)
            if end <= len(doc) and tuple(t.text for t in toks[i:end]) == words \
                    and not any(k in covered for k in range(i, end)) \
                    and (end == len(doc) or not toks[end].text[:1].isupper() or toks[end].tag_ == "POS"):
                hit = (end, names[words])
                break
        if hit is None:
            i += 1
            continue
        out.append(_mention(parsed, "institution", i, hit[0], sent_of, hit[1]))
        covered.update(range(i, hit[0]))
        i = hit[0]
    return out


def _acronym(words: tuple[str, ...]) -> bool:
    return len(words) == 1 and len(words[0]) >= 2 and words[0].isalpha() and words[0].isupper()


def untagged_letters(doc, m: Mention) -> bool:
    """The mention is letters NER did not tag, as `recurring_bodies` finds them."""
    return m.tok_end - m.tok_start == 1 and tokens(doc)[m.tok_start].ent_type_ == "" and _acronym((tokens(doc)[m.tok_start].text,))
