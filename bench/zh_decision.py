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

With ``--gbt``, the same for the GB/T decision (``train_signal.gbt_decision``): the seen GB/T drafts whose title names
no service, of every round, their verdicts with no Chinese likeness model, 0 added to missing, the scratch file in
place of ``excellence-guide.zh-gbt-decision.json``; "without" is then the checker with the first model's likeness
partials.

Usage: .venv/bin/python bench/zh_decision.py [--folds 10] [--bias 1.0] [--gbt]
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
import english_likeness  # noqa: E402
import train_signal  # noqa: E402
from real_eval import ROOT, group_of, group_order, round_of, texts  # noqa: E402

from authoring.checklist import load_checklist  # noqa: E402
from authoring.coverage import DECISION_GBT, DECISION_ZH, signal  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=train_signal.EN_FOLDS)
    ap.add_argument("--bias", type=float, help="added to the decision's missing score (default: as shipped)")
    ap.add_argument("--gbt", action="store_true", help="the GB/T decision")
    args = ap.parse_args()
    if args.bias is None:
        args.bias = 0.0 if args.gbt else train_signal.MISSING_BIAS["zh"]
    key, status_key = (DECISION_GBT, "unliked") if args.gbt else (DECISION_ZH, "before")
    data = {s: e for s, e in train_signal.dataset().items() if e["lang"] == "zh"}
    leaves = [i for i in next(iter(data.values()))["gold"] if i not in train_signal.DERIVED]
    rounds = sorted({round_of(s) for s in data})
    random.Random(1).shuffle(rounds)
    fold_of = {r: k % args.folds for k, r in enumerate(rounds)}
    models = train_signal.fits(data, [[s for s in data if fold_of[round_of(s)] != k] for k in range(args.folds)],
                               leaves)
    decided = {s for s, e in data.items() if train_signal.gbt_decided(s, e)} if args.gbt else {
        s for s, e in data.items()
        if not e["skeleton"] and group_order(group_of(s)) > group_order(train_signal.ZH_DECISION_AFTER)}
    rows = []  # (fold, features, gold)
    for s in sorted(decided):
        k = fold_of[round_of(s)]
        for item in leaves:
            row = train_signal.decision_row(data[s], item, models[k], leaves, status_key)
            if row is not None:
                rows.append((k, row, data[s]["gold"][item]))
    paths = {p.stem: p for p in texts()}
    checklist = load_checklist(ROOT / "checklists" / "excellence-guide.yaml")
    shipped = signal.model_path
    scratch = Path(tempfile.mkdtemp()) / f"excellence-guide.{key}.json"
    signal.model_path = lambda cid, language="zh": scratch if language == key else shipped(cid, language)
    pooled = {"without": [], "with": []}
    moves: Counter = Counter()
    for k in range(args.folds):
        train = [r for r in rows if r[0] != k]
        decision = train_signal.fit_decision([r[1] for r in train], [r[2] for r in train], leaves, args.bias)
        shortest = train_signal.shortest(data, (s for s in decided if fold_of[round_of(s)] != k))
        scratch.write_text(json.dumps(train_signal.decision_file(models[k], decision, leaves, "zh", shortest)),
                           encoding="utf-8")
        english_likeness.fold(k, sorted(s for s in decided if fold_of[round_of(s)] == k), data, paths, checklist,
                              scratch, pooled, moves)
    english_likeness.report(pooled, moves)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
