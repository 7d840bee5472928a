"""Does confidence mean something? The precision of stance edges per confidence band, over an eval folder.

    python -m graph.training.confidence_report FOLDER [--eval-dir ../shared/eval] [--by-rule]

Every article of FOLDER with a gold file is built, every emitted stance edge is judged by the evaluation's
own score.py (see edge_verdicts): right, wrong, or neutral (matching an optional gold edge, or a gold edge
another edge already claims: neither right nor wrong, counted apart). Precision = right / (right + wrong).
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable

from .edge_verdicts import VERDICTS, default_eval_dir, judge_folder, load_score

__all__ = ["BANDS", "band_of", "band_table", "format_bands", "main"]

BANDS = (("< 0.5", 0.0, 0.5), ("0.5-0.8", 0.5, 0.8), (">= 0.8", 0.8, 1.01))


def band_of(confidence: float) -> str:
    for name, low, high in BANDS:
        if low <= confidence < high:
            return name
    raise ValueError(f"confidence {confidence!r} is outside [0, 1]")


def band_table(judged: Iterable[tuple[float, str]]) -> dict[str, Counter]:
    """{band: Counter of verdicts} from (confidence, verdict) pairs, every band present."""
    table = {name: Counter() for name, _, _ in BANDS}
    for conf, verdict in judged:
        table[band_of(conf)][verdict] += 1
    return table


def precision(c: Counter) -> float | None:
    judged = c["right"] + c["wrong"]
    return c["right"] / judged if judged else None


def format_bands(table: dict[str, Counter], title: str = "") -> str:
    lines = [title] if title else []
    lines.append(f"{'band':>8} {'edges':>6} {'right':>6} {'wrong':>6} {'optional':>9} {'duplicate':>10} {'precision':>10}")
    total = Counter()
    for name, c in table.items():
        total.update(c)
        lines.append(_row(name, c))
    lines.append(_row("all", total))
    return "\n".join(lines)


def _row(name: str, c: Counter) -> str:
    p = precision(c)
    shown = f"{p:.3f}" if p is not None else "-"
    return (f"{name:>8} {sum(c[v] for v in VERDICTS):>6} {c['right']:>6} {c['wrong']:>6} {c['optional']:>9} "
            f"{c['duplicate']:>10} {shown:>10}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m graph.training.confidence_report", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", help="an eval folder of NAME.txt + NAME.gold.json")
    ap.add_argument("--eval-dir", default=str(default_eval_dir()), help="the folder holding score.py")
    ap.add_argument("--by-rule", action="store_true", help="also one table per rule")
    args = ap.parse_args(argv)
    score = load_score(args.eval_dir)
    pairs, by_rule = [], {}
    for art in judge_folder(args.folder, score):
        for k, verdict in sorted(art.verdicts.items()):
            s = art.graph.statements[k]
            pairs.append((s.confidence, verdict))
            by_rule.setdefault(s.rule, []).append((s.confidence, verdict))
    print(format_bands(band_table(pairs), f"stance edges of {args.folder} by confidence"))
    if args.by_rule:
        for rule in sorted(by_rule):
            print()
            print(format_bands(band_table(by_rule[rule]), f"rule {rule}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
