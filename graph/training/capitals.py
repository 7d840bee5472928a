"""Write graph/data/capitals.json: the seat of government of each state, from a published table.

    python -m graph.training.capitals COUNTRYINFO_DATA [--out graph/data/capitals.json]

COUNTRYINFO_DATA is the `data` folder of the PyPI package countryinfo 1.0.1 (MIT; one JSON file per country, its
`capital` from the REST Countries project), as for graph/training/demonyms.py.

A wire story is filed from a capital ("QUITO, June 9 - ") and names a government by its seat ("Lima rejected
the plan"); the dateline's state is the story's, the one "the government" of the story is (entities/body_groups).
countries.json keeps, by hand, the seats the dev and train wires name, with those of the Cold War era a table of
today does not give (Bonn, Peking); this file gives every other state's seat, under the name news writes it in
(an accented seat also without its accents: "Bogota" for Bogotá). Left out: the seats of places of fewer than
MIN_POPULATION people (the territories whose seats are more often other places or names: Victoria, Douglas,
Stanley, Plymouth, Hamilton), a seat that is a state's own name ("Singapore", "Kuwait": the name already says it),
one two states share, one the hand-kept list gives, and countries.json's `not_state_seats` (Brussels: in news the
seat of the European institutions and of NATO as much as of Belgium). Keys are sorted: the same table gives the
same bytes.
"""
from __future__ import annotations

import unicodedata
from collections import defaultdict
from pathlib import Path

from .countryinfo import read_records, state_label, write_table

__all__ = ["capital_table", "main"]

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "data" / "capitals.json"
MIN_POPULATION = 250_000
ABOUT = ("The seat of government of each state ('Caracas' -> Venezuela), keyed by the seat's name, valued by the "
         "state's label in the project's gazetteer, for the seats countries.json's hand-kept `capitals` leave out "
         "(those win). Written by graph/training/capitals.py from the `capital` field of the PyPI package countryinfo "
         "1.0.1 (MIT, its data from the REST Countries project): python -m graph.training.capitals countryinfo/data. "
         "Left out: the seats of places of fewer than 250,000 people, a seat that is a state's own name, one two "
         "states share, and countries.json's `not_state_seats`; an accented seat is also written without accents.")


def capital_table(rows, countries, kept: dict[str, list[str]], excluded: set[str]) -> dict[str, list[str]]:
    """seat -> [state label], from the rows, for seats that name one state and are not kept or excluded."""
    taken = {c.lower() for c in kept} | {c.lower() for c in excluded}
    states: dict[str, set[str]] = defaultdict(set)
    for code, seats, name, record in rows:
        label = state_label(countries, code, name)
        if label is None or (record.get("population") or 0) < MIN_POPULATION:
            continue
        for seat in seats:
            for form in dict.fromkeys((seat, _unaccented(seat))):
                if countries.of(form) is None and form.lower() not in taken:
                    states[form].add(label)
    return {seat: sorted(labels) for seat, labels in sorted(states.items()) if len(labels) == 1}


def _unaccented(text: str) -> str:
    """ "Bogotá" -> "Bogota": the seat as English copy without diacritics writes it."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def main(argv: list[str] | None = None) -> int:
    def build(folder, countries, gazetteer):
        table = capital_table(read_records(folder, "capital"), countries, gazetteer["capitals"],
                              set(gazetteer["not_state_seats"]))
        return table, f"{len(table)} seats"

    return write_table(argv, __doc__, DEFAULT_OUT, "capitals", ABOUT, build)

if __name__ == "__main__":
    raise SystemExit(main())
