"""Measure coverage detection against the held-out corpus's gold labels.

Builds each draft of ``bench/corpus`` into a ``.docx``, reads it back with the real reader,
runs ``authoring.coverage.analyse`` with the ``excellence-guide`` pack and compares each
item's status with ``bench/corpus/gold.yaml``. Prints per-item precision / recall / F1 of
"addressed" (covered or partial vs missing), a status confusion matrix, and every
disagreement with the analyser's evidence so a human can judge who is wrong.

Usage: ``.venv/bin/python bench/coverage_eval.py [--draft SLUG] [--json OUT] [--keep DIR] [--brief]``
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
CORPUS = BENCH / "corpus"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

from corpus_docx import build_docx  # noqa: E402

STATUSES = ("covered", "partial", "missing")


def load_gold() -> dict[str, dict[str, dict]]:
    """The gold labels, keyed by draft slug then item id."""
    from ruamel.yaml import YAML

    data = YAML(typ="safe").load((CORPUS / "gold.yaml").read_text(encoding="utf-8"))
    return {slug: {str(k): v for k, v in items.items()} for slug, items in data.items()}


def drafts() -> list[Path]:
    """The corpus's draft sources, in name order."""
    return sorted(p for p in CORPUS.glob("*.md") if p.name != "README.md")


def addressed(status: str) -> bool:
    """True for the statuses that count as "the draft addresses the item"."""
    return status in ("covered", "partial")


def location_hit(evidence_locations: list[str], gold_clauses: list[str]) -> bool:
    """True when an evidence location lies in (or holds) a gold clause."""
    for loc in evidence_locations:
        for clause in gold_clauses:
            if loc == clause or loc.startswith(clause + ".") or clause.startswith(loc + "."):
                return True
    return False


def evaluate(slugs: list[str] | None, keep: Path | None) -> list[dict]:
    """Run the analyser on every draft and return one row per (draft, item)."""
    from authoring.checklist import load_packs
    from authoring.coverage import analyse
    from authoring.docx.read import read_docx

    checklist = load_packs()["excellence-guide"]
    gold = load_gold()
    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        out_dir = keep or Path(tmp)
        out_dir.mkdir(parents=True, exist_ok=True)
        for src in drafts():
            if slugs and src.stem not in slugs:
                continue
            path = build_docx(src, out_dir / f"{src.stem}.docx")
            report = analyse(read_docx(path), checklist)
            by_id = {item.id: item for item in report.items}
            for item_id, label in gold[src.stem].items():
                got = by_id.get(item_id)
                rows.append({
                    "draft": src.stem,
                    "item": item_id,
                    "gold": label["status"],
                    "pred": got.status if got else "absent",
                    "score": got.score if got else None,
                    "gold_clauses": [str(c) for c in label.get("clauses", [])],
                    "why": label.get("why", ""),
                    "evidence": [
                        {"location": e.location, "excerpt": e.excerpt, "cues": list(e.cues)}
                        for e in (got.evidence if got else [])
                    ],
                    "reason": got.reason if got else "",
                })
    return rows


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (1.0 where a denominator is empty)."""
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def summarise(rows: list[dict]) -> dict:
    """Per-item and overall scores, the confusion matrix and the disagreements."""
    items: dict[str, Counter] = {}
    for row in rows:
        c = items.setdefault(row["item"], Counter())
        g, p = addressed(row["gold"]), addressed(row["pred"])
        c["tp"] += g and p
        c["fp"] += (not g) and p
        c["fn"] += g and not p
        c["tn"] += (not g) and not p
        c["exact"] += row["gold"] == row["pred"]
        c["n"] += 1
    total = sum(items.values(), Counter())
    confusion = Counter((r["gold"], r["pred"]) for r in rows)
    located = [r for r in rows if addressed(r["gold"]) and addressed(r["pred"]) and r["gold_clauses"]]
    hits = sum(location_hit([e["location"] for e in r["evidence"]], r["gold_clauses"]) for r in located)
    return {
        "items": {k: dict(v) for k, v in items.items()},
        "total": dict(total),
        "confusion": {f"{g}->{p}": n for (g, p), n in sorted(confusion.items())},
        "location_hits": hits,
        "located": len(located),
        "disagreements": [r for r in rows if r["gold"] != r["pred"]],
    }


def print_report(rows: list[dict], summary: dict, brief: bool) -> None:
    """Print the tables a human reads."""
    print(f"{'item':<7}{'n':>3}{'TP':>4}{'FP':>4}{'FN':>4}{'TN':>4}{'P':>7}{'R':>7}{'F1':>7}{'exact':>7}")
    for item_id, c in summary["items"].items():
        p, r, f = prf(c["tp"], c["fp"], c["fn"])
        print(f"{item_id:<7}{c['n']:>3}{c['tp']:>4}{c['fp']:>4}{c['fn']:>4}{c['tn']:>4}"
              f"{p:>7.2f}{r:>7.2f}{f:>7.2f}{c['exact'] / c['n']:>7.2f}")
    t = summary["total"]
    p, r, f = prf(t["tp"], t["fp"], t["fn"])
    print(f"{'all':<7}{t['n']:>3}{t['tp']:>4}{t['fp']:>4}{t['fn']:>4}{t['tn']:>4}"
          f"{p:>7.2f}{r:>7.2f}{f:>7.2f}{t['exact'] / t['n']:>7.2f}")
    print()
    preds = sorted({r["pred"] for r in rows} | set(STATUSES), key=lambda s: (s not in STATUSES, s))
    print("confusion (rows gold, columns analyser)")
    print(f"{'':<10}" + "".join(f"{s:>16}" for s in preds))
    for g in STATUSES:
        line = "".join(f"{summary['confusion'].get(f'{g}->{s}', 0):>16}" for s in preds)
        print(f"{g:<10}{line}")
    print()
    print(f"evidence in a gold clause: {summary['location_hits']}/{summary['located']} "
          "(items both sides call addressed)")
    per_draft = Counter(r["draft"] for r in summary["disagreements"])
    print("disagreements per draft: " + ", ".join(f"{d} {n}" for d, n in sorted(per_draft.items())))
    if brief:
        return
    print()
    print("disagreements")
    for r in summary["disagreements"]:
        print(f"- {r['draft']} {r['item']}: gold {r['gold']} {r['gold_clauses'] or ''}"
              f" / analyser {r['pred']} (score {r['score']})")
        if r["why"]:
            print(f"    gold why: {r['why']}")
        if r["reason"]:
            print(f"    analyser: {r['reason']}")
        for e in r["evidence"][:4]:
            excerpt = e["excerpt"].replace("\n", " ")[:70]
            print(f"    evidence {e['location']}: {excerpt}  cues={','.join(e['cues'][:4])}")


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation and print (and optionally save) the results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draft", action="append", help="only this draft (repeatable)")
    parser.add_argument("--json", type=Path, help="also write rows and summary as JSON here")
    parser.add_argument("--keep", type=Path, help="keep the built .docx files in this folder")
    parser.add_argument("--brief", action="store_true", help="no list of disagreements")
    args = parser.parse_args(argv)
    try:
        rows = evaluate(args.draft, args.keep)
    except ImportError as exc:
        print(f"cannot run yet: {exc}", file=sys.stderr)
        return 2
    summary = summarise(rows)
    print_report(rows, summary, args.brief)
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "summary": summary}, ensure_ascii=False, indent=1),
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
