"""A firm named in full, then by its first word alone: "Dalton Industries Inc said it had an offer ... Dalton said the
offer was inadequate". The tagger takes the lone word for a surname; a name the story never gives a first name, a
title or another word, and which begins the legal name of one firm of the story (closed by its legal form,
institutions.json legal_forms), is that firm; "Grayson ... the Grayson administration" stays a man.

    short_firm_names(doc, assign, kinds, titles, forms) -> assign, with such mentions moved to the firm's group
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from spacy.tokens import Doc

from ...model import Mention

__all__ = ["short_firm_names"]


def short_firm_names(doc: Doc, assign: list[tuple[Mention, str]], kinds: dict[str, str],
                     titles: frozenset[str] | set[str], forms: frozenset[str] | set[str]) -> list[tuple[Mention, str]]:
    firms: dict[str, set[str]] = defaultdict(set)  # first word of a firm's name -> the firms it begins
    for m, gid in assign:
        words = m.text.split()
        if kinds.get(gid) == "org" and len(words) >= 2 and words[0][:1].isupper() and words[-1].lower().strip(".,") in forms:
            firms[words[0].lower()].add(gid)
    persons: dict[str, list[Mention]] = defaultdict(list)
    for m, gid in assign:
        if m.type == "person":
            persons[gid].append(m)
    moved: dict[str, str] = {}
    for gid, ms in persons.items():
        names = {m.text.lower() for m in ms}
        if len(names) != 1 or any(len(m.text.split()) != 1 or m.tok_start > 0
                                  and doc[m.tok_start - 1].lower_.rstrip(".") in titles for m in ms):
            continue  # ("Mr Dalton", "Tom Dalton": a person)
        owners = firms.get(next(iter(names)), set())
        if len(owners) == 1:
            moved[gid] = next(iter(owners))
    return [(replace(m, type="institution"), moved[gid]) if gid in moved else (m, gid) for m, gid in assign]
