"""Does the Chinese decision help on Chinese texts without the GB/T 1.1 skeleton it was not trained on? Ten folds of
rounds, through the shipped pipeline.

The seen Chinese texts of bench/real (the held-out round is never read) are split by collection round into ten folds
(the seeded shuffle ``train_signal.decision_model`` uses). For each fold a likeness model is trained on the other
nine; every text's likenesses come from the model trained without its fold. Then for each fold, a decision is learned
on the other folds' texts as ``train_signal.chinese_decision`` learns it (the texts without the skeleton collected
after ``ZH_DECISION_AFTER``, from their out-of-fold likenesses), written with the fold's likeness model to a scratch
file in place of ``checklists/signal/excellence-guide.zh-decision.json``, and the checker runs on the fold's texts as
it ships, with and without it. (One level of folds: the decision's own training rows took their likenesses from
models that saw the fold's texts, which ``chinese_decision`` avoids with a fit per fold; the measured texts' never did.)

Usage: .venv/bin/python bench/zh_decision.py [--folds 10] [--bias 1.0]
Needs scikit-learn (``pip install scikit-learn``), as train_signal.py does.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_signal  # noqa: E402
from real_eval import ROOT, build, coverage_metrics, group_of, group_order, round_of, texts  # noqa: E402

from authoring.checklist import load_checklist  # noqa: E402
from authoring.coverage import DECISION_ZH, analyse, signal  # noqa: E402
from authoring.coverage.signal import DECISION_FEATURES, SCHEMA, decision_features  # noqa: E402
from authoring.docx.read import read_docx  # noqa: E402


def main() -> int:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=train_signal.EN_FOLDS)
    ap.add_argument("--bias", type=float, default=train_signal.MISSING_BIAS["zh"],
                    help="added to the decision's missing score")
    args = ap.parse_args()
    data = {s: e for s, e in train_signal.dataset().items() if e["lang"] == "zh"}
    leaves = [i for i in next(iter(data.values()))["gold"] if i not in train_signal.DERIVED]
    rounds = sorted({round_of(s) for s in data})
    random.Random(1).shuffle(rounds)
    fold_of = {r: k % args.folds for k, r in enumerate(rounds)}
    models = train_signal.fits(data, [[s for s in data if fold_of[round_of(s)] != k] for k in range(args.folds)],
                               leaves)
    decided = {s for s, e in data.items()
               if not e["skeleton"] and group_order(group_of(s)) > group_order(train_signal.ZH_DECISION_AFTER)}
    rows = []  # (fold, features, gold)
    for s in sorted(decided):
        k, entry = fold_of[round_of(s)], data[s]
        for item in leaves:
            status, score, places = entry["before"][item]
            if item not in models[k]["weights"] or status == "not-applicable":
                continue
            seen = sorted((train_signal.probability(models[k], item, g) for g in entry["grams"]), reverse=True)
            rows.append((k, decision_features(status, score, places, seen[:3], sum(p >= 0.5 for p in seen),
                                              entry["n_units"]) + [float(item == i) for i in leaves],
                         entry["gold"][item]))
    paths = {p.stem: p for p in texts()}
    checklist = load_checklist(ROOT / "checklists" / "excellence-guide.yaml")
    shipped = signal.model_path
    scratch = Path(tempfile.mkdtemp()) / "excellence-guide.zh-decision.json"
    signal.model_path = lambda cid, language="zh": scratch if language == DECISION_ZH else shipped(cid, language)
    pooled = {"without": [], "with": []}
    moves: Counter = Counter()
    for k in range(args.folds):
        train = [r for r in rows if r[0] != k]
        lr = LogisticRegression(max_iter=5000).fit(np.array([r[1] for r in train]), np.array([r[2] for r in train]))
        classes = [str(c) for c in lr.classes_]
        intercept = [float(b) for b in lr.intercept_]
        intercept[classes.index("missing")] += args.bias
        m = models[k]
        scratch.write_text(json.dumps({
            "schema": SCHEMA, "checklist": "excellence-guide", "language": "zh", "threshold": train_signal.THRESHOLD,
            "features": "chars", "min_unit": train_signal.MIN_UNIT_CHARACTERS,
            "min_text": min(data[s]["characters"] for s in decided if fold_of[round_of(s)] != k),
            "items": sorted(m["weights"], key=leaves.index), "bias": m["bias"], "weights": m["weights"],
            "decision": {"classes": classes, "items": leaves, "features": list(DECISION_FEATURES),
                         "coef": lr.coef_.tolist(), "intercept": intercept}}), encoding="utf-8")
        test = sorted(s for s in decided if fold_of[round_of(s)] == k)
        fold_rows = {"without": [], "with": []}
        for stem in test:
            doc = read_docx(build(paths[stem]))
            gold = data[stem]["gold"]
            verdicts = {}
            for name in ("without", "with"):
                signal.load_model.cache_clear()
                if name == "without":
                    scratch.rename(scratch.with_suffix(".off"))
                try:
                    verdicts[name] = {i.id: i.status for i in analyse(doc, checklist).items}
                finally:
                    if name == "without":
                        scratch.with_suffix(".off").rename(scratch)
                fold_rows[name] += [(g, verdicts[name][i]) for i, g in gold.items()]
            for i, g in gold.items():
                if verdicts["without"][i] != verdicts["with"][i]:
                    moves[(verdicts["without"][i], verdicts["with"][i], g)] += 1
        for name in fold_rows:
            pooled[name] += fold_rows[name]
        a, b = coverage_metrics(fold_rows["without"]), coverage_metrics(fold_rows["with"])
        print(f"fold {k}: {len(test):3} texts  without {a['f1']:.3f} / {a['balanced_accuracy']:.3f} / {a['exact']:.3f}"
              f"  with {b['f1']:.3f} / {b['balanced_accuracy']:.3f} / {b['exact']:.3f}", flush=True)
    for name, found in pooled.items():
        m = coverage_metrics(found)
        print(f"{name:8} {len(found)} labels  F1 {m['f1']:.3f}  BA {m['balanced_accuracy']:.3f}  exact {m['exact']:.3f}")
    print("changed (without -> with: readers' covered / partial / missing):")
    for (a, b) in sorted({(a, b) for a, b, _ in moves}):
        print(f"  {a:8} -> {b:8} " + " / ".join(str(moves[(a, b, g)]) for g in ("covered", "partial", "missing")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
