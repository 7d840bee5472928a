"""The records of the PyPI package countryinfo 1.0.1 (MIT; one JSON file per country, its data from the REST
Countries project) and the writer of the data files made from them (demonyms.py, capitals.py): read a field of
every record, key it by the state's label in the project's gazetteer, write the table sorted, so that the same
records give the same bytes.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

__all__ = ["read_records", "state_label", "write_table"]


def read_records(folder: Path, field: str) -> list[tuple[str, list[str], str, dict]]:
    """(ISO alpha-2 code, the comma-separated values of `field`, name, the whole record) for each record of the
    folder that has a code and the field (countryinfo's `demonym`, `capital`)."""
    rows = []
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise SystemExit(f"{path}: not a countryinfo record ({e}); pass the package's data folder") from None
        code = (data.get("ISO") or {}).get("alpha2")
        values = [w.strip() for w in str(data.get(field) or "").split(",") if w.strip()]
        if code and values:
            rows.append((code, values, str(data.get("name", "")), data))
    return rows


def state_label(countries, code: str, name: str) -> str | None:
    """The label the project's gazetteer gives the state of an ISO code (or of the record's name)."""
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    forms = [getattr(country, a, None) for a in ("common_name", "name", "official_name")] if country else []
    return next((countries.of(f) for f in [*forms, name] if f and countries.of(f)), None)


def write_table(argv, description: str, default_out: Path, key: str, about: str, build) -> int:
    """The command line of a table writer: `build(folder, countries, gazetteer)` -> (table, what to print), where
    `gazetteer` is countries.json, written to --out as {"_about": about, key: table}."""
    ap = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path, help="countryinfo 1.0.1's data folder")
    ap.add_argument("--out", type=Path, default=default_out)
    args = ap.parse_args(argv)
    if not args.folder.is_dir():
        raise SystemExit(f"{args.folder}: no such folder; pass countryinfo's data folder (see --help)")
    from graph.extract.language.lexicon import load_lexicon

    gazetteer = json.loads((Path(__file__).resolve().parents[1] / "data" / "countries.json").read_text(encoding="utf-8"))
    table, said = build(args.folder, load_lexicon().countries, gazetteer)
    doc = {"_about": about, key: table}
    args.out.write_text(json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{said} -> {args.out}")
    return 0
