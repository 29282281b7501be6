"""Per-item bars for the likeness model's promotions in texts without the GB/T 1.1 skeleton.

The likeness model makes an item no cue reached *partial* when one unit of the draft reads like the
places blind readers cited for it, from one bar for every item (``threshold_without_skeleton``,
0.66). Some items' promotions near that bar are missing for readers more often than not: a
regulation's 规划 read as a service strategy (5.3), a 考核 of an agency read as learning from
results (5.8). This script measures, item by item, what a higher bar would do, and picks one bar
per item by the rule written before round 145 was drawn (thirty-first session):

- **Fit range**: the labelled Chinese texts without the skeleton of rounds 36 up to (not including)
  ``--until`` (default round 142, group zzzzzl), none of which the likeness model was trained on
  (it was trained on rounds 1–35).
- For each item the model promotes, the candidate bars are the shipped one and 0.70, 0.75, 0.80, 0.85;
  each item judged alone, the bar with the highest balanced accuracy over the fit range among those
  that cost no exact agreement there (ties: the lower bar).
- **Check**: the labelled rounds from ``--until`` on, outside the fit range, are reported beside it.

A promotion below its item's bar leaves the item missing (5.6 follows its two sub-items). What the
bars do through the whole checker is measured with ``real_eval.py`` once they are shipped.

Usage: ``.venv/bin/python bench/likeness_bars.py [--until GROUP]`` (about a minute: every labelled
text is checked once).
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from real_eval import REAL, _yaml, build, check_all, coverage_metrics, group_of, group_order, halves, texts  # noqa: E402

from authoring.coverage.signal import likeness, load_model  # noqa: E402
from authoring.coverage.units import document_units  # noqa: E402
from authoring.docx.read import read_docx  # noqa: E402

FIT_FROM = "zl"  # round 36: the first round the likeness model was not trained on
CANDIDATES = (0.70, 0.75, 0.80, 0.85)
DERIVED = {"5.6": ("5.6.1", "5.6.2")}


def derive(children: list[str]) -> str:
    if all(s == "covered" for s in children):
        return "covered"
    if all(s == "missing" for s in children):
        return "missing"
    return "partial"


def collect(until: str) -> list[dict]:
    """One record per labelled Chinese text without the skeleton from round 36 on: readers' labels,
    the checker's verdicts, and for each likeness promotion its probability."""
    import authoring.coverage as coverage

    # Measured from one bar for every item, as before the per-item bars were shipped.
    model = load_model("excellence-guide")
    flat = dataclasses.replace(model, bars_without_skeleton=None)
    coverage.load_model = lambda checklist_id: flat if checklist_id == model.checklist_id else load_model(checklist_id)
    split = halves()
    paths = [p for p in texts() if split[p.stem] != "fresh" and (REAL / "labels" / f"{p.stem}.yaml").exists()
             and group_order(group_of(p.stem)) >= group_order(FIT_FROM)]
    results = check_all(paths)
    out = []
    for path in paths:
        result = results[path.stem]
        if result.document.structure == "gbt" or not model.reads(result.document.language):
            continue
        gold = {str(k): v["status"] for k, v in (_yaml(REAL / "labels" / f"{path.stem}.yaml") or {}).items()}
        tool = {i.id: i.status for i in result.coverage.items}
        similar = {i.id for i in result.coverage.items if i.status == "partial" and i.evidence
                   and all(e.basis == "similar" for e in i.evidence)}
        found = likeness(document_units(read_docx(build(path))), model, similar) if similar else {}
        out.append({"stem": path.stem, "fit": group_order(group_of(path.stem)) < group_order(until),
                    "gold": gold, "tool": tool, "promoted": {i: f.probability for i, f in found.items()}})
    return out


def metrics(records: list[dict], bars: dict[str, float]) -> dict[str, float]:
    rows = []
    for rec in records:
        tool = dict(rec["tool"])
        for item, p in rec["promoted"].items():
            if p < bars.get(item, 0.0):
                tool[item] = "missing"
        for parent, children in DERIVED.items():
            if parent in tool and all(c in tool for c in children):
                tool[parent] = derive([tool[c] for c in children])
        rows += [(g, tool[i]) for i, g in rec["gold"].items() if i in tool]
    return coverage_metrics(rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--until", default="zzzzzl", help="the first group outside the fit range (default: round 142)")
    args = ap.parse_args()
    records = collect(args.until)
    fit = [r for r in records if r["fit"]]
    check = [r for r in records if not r["fit"]]
    base = metrics(fit, {})
    print(f"fit range: {len(fit)} texts, {base['n']} labels — F1 {base['f1']:.4f} BA {base['balanced_accuracy']:.4f} "
          f"exact {base['exact']:.4f}")
    promoted = sorted({i for r in records for i in r["promoted"]}, key=lambda s: [int(x) for x in s.split(".")])
    chosen: dict[str, float] = {}
    for item in promoted:
        cells, best = [], (base["balanced_accuracy"], 0.0)
        for bar in CANDIDATES:
            m = metrics(fit, {item: bar})
            d_ba, d_exact = m["balanced_accuracy"] - base["balanced_accuracy"], m["exact"] - base["exact"]
            cells.append(f"{bar:.2f}: {d_ba:+.4f}/{d_exact:+.4f}")
            if d_exact >= -1e-12 and m["balanced_accuracy"] > best[0] + 1e-12:
                best = (m["balanced_accuracy"], bar)
        counts = defaultdict(lambda: [0, 0, 0])
        for rec in fit:
            p = rec["promoted"].get(item)
            if p is not None:
                counts[min((b for b in (*CANDIDATES, 1.01) if p < b))]["cpm".index(rec["gold"][item][0])] += 1
        below = "  ".join(f"<{b:.2f}: {c[0]}/{c[1]}/{c[2]}" for b, c in sorted(counts.items()))
        print(f"  {item:6} BA/exact change by bar  {'  '.join(cells)}   -> {best[1] or 'shipped'}")
        print(f"         promotions by probability (readers covered/partial/missing)  {below}")
        if best[1]:
            chosen[item] = best[1]
    print(f"chosen bars: {chosen}")
    for name, recs in (("fit range", fit), (f"from {args.until} (not fitted)", check)):
        if not recs:
            continue
        b, m = metrics(recs, {}), metrics(recs, chosen)
        print(f"{name}: {len(recs)} texts, {b['n']} labels — shipped F1 {b['f1']:.3f} BA {b['balanced_accuracy']:.3f} "
              f"exact {b['exact']:.3f}; with the bars {m['f1']:.3f} / {m['balanced_accuracy']:.3f} / {m['exact']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
