"""k-fold check of coverage's calibration on the seen labelled texts of bench/real.

The cue lists were written by hand while reading the tune texts, so they cannot be re-fitted per
fold; what *is* fitted to the labels is the calibration that turns a score into a status: the
threshold for partial (``PARTIAL_FROM``) and, per item, the one for covered (``COVERED_FROM`` or
the item's ``covered_from``). This script asks whether those numbers hold on texts they were not
fitted on: the seen texts are cut into k folds by text; for each fold, a shift of every covered
threshold and a partial threshold are chosen on the other folds (grid search, best exact
agreement) and the fold is scored with them. It prints the mean over folds next to the shipped
thresholds on the same texts. A gap between the two is what the shipped calibration owes to
having seen the texts it is scored on.

Held-out ("fresh") texts are never read. Usage:
``.venv/bin/python bench/real_kfold.py [--folds 10]``
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from real_eval import REAL, _yaml, check_all, coverage_metrics, halves, texts  # noqa: E402

SHIFTS = [round(0.05 * i, 2) for i in range(-4, 5)]  # added to every covered threshold
PARTIALS = [round(0.05 * i, 2) for i in range(2, 8)]  # 0.10 … 0.35


def rows_of(scored: dict[str, list[tuple[str, str, float, float | None]]], stems: list[str],
            shift: float | None, partial: float | None) -> list[tuple[str, str]]:
    """(gold, tool) rows; with ``shift``/``partial`` given, the tool's status is re-derived from
    its score under those thresholds, else the shipped status is kept."""
    from authoring.coverage.scoring import COVERED_FROM

    out = []
    for stem in stems:
        for gold, shipped, score, covered_from in scored[stem]:
            if shift is None or partial is None:
                out.append((gold, shipped))
                continue
            covered = (covered_from or COVERED_FROM) + shift
            status = "covered" if score >= covered else "partial" if score >= partial else "missing"
            out.append((gold, status))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=10)
    args = parser.parse_args()

    from authoring.checklist import load_packs

    checklist = load_packs()["excellence-guide"]
    own: dict[str, float | None] = {}
    stack = [item for chapter in checklist.chapters for item in chapter.items]
    parents = set()
    while stack:
        item = stack.pop()
        own[item.id] = item.covered_from
        if item.children:
            parents.add(item.id)
        stack.extend(item.children)

    split = halves()
    selected = [p for p in texts() if split.get(p.stem) != "fresh" and (REAL / "labels" / f"{p.stem}.yaml").exists()]
    reports = check_all(selected)
    scored: dict[str, list[tuple[str, str, float, float | None]]] = {}
    for path in selected:
        report = reports[path.stem]
        items = {i.id: i for i in report.coverage.items} if report.coverage else {}
        gold = {str(k): v["status"] for k, v in _yaml(REAL / "labels" / f"{path.stem}.yaml").items()}
        # An item with sub-items (5.6) takes its status from them: it is kept as shipped.
        scored[path.stem] = [(g, items[i].status, items[i].score if i not in parents else -1.0, own.get(i))
                             for i, g in gold.items() if i in items and i not in parents]

    stems = sorted(scored)
    random.Random(12).shuffle(stems)
    folds = [stems[i::args.folds] for i in range(args.folds)]
    held: list[tuple[str, str]] = []
    chosen = []
    for k, fold in enumerate(folds):
        rest = [s for i, f in enumerate(folds) if i != k for s in f]
        best = max(((coverage_metrics(rows_of(scored, rest, s, p))["exact"], -abs(s), s, p)
                    for s in SHIFTS for p in PARTIALS))
        chosen.append((best[2], best[3]))
        held.extend(rows_of(scored, fold, best[2], best[3]))
    shipped = coverage_metrics(rows_of(scored, stems, None, None))
    cross = coverage_metrics(held)
    print(f"{len(stems)} seen labelled texts, {len(held)} item labels (5.6 left out: it follows 5.6.1/5.6.2), "
          f"{args.folds} folds by text")
    for name, m in (("shipped thresholds (fitted on all of them)", shipped),
                    ("thresholds fitted on the other folds", cross)):
        print(f"  {name:44} F1 {m['f1']:.3f}  BA {m['balanced_accuracy']:.3f}  exact {m['exact']:.3f}")
    grid = [coverage_metrics(rows_of(scored, stems, s, p))["exact"] for s in SHIFTS for p in PARTIALS]
    same = rows_of(scored, stems, 0.0, PARTIALS[3]) == rows_of(scored, stems, None, None)
    print(f"  exact over the grid on all texts: {min(grid):.3f} … {max(grid):.3f}; the shipped statuses "
          f"{'are' if same else 'are NOT'} the scores re-read at shift 0, partial from {PARTIALS[3]:.2f}")
    print("  chosen per fold (covered shift, partial from): " + ", ".join(f"({s:+.2f}, {p:.2f})" for s, p in chosen))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
