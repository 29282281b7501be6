"""Would the GB/T decision gain from retraining on the standards labelled since it shipped? Folds of rounds over the
texts it never saw.

The shipped GB/T decision (``excellence-guide.zh-gbt-decision.json``) was learned on the seen GB/T drafts whose title
names no service up to group ``--after`` (round 192). Every such draft labelled after that group is unseen by it. Those
drafts are split by collection round into ``--folds`` folds; for each fold, a likeness model is trained on every seen
Chinese text outside the fold and a decision on every decided draft outside it (as ``zh_decision.py --gbt`` does, one
level of folds), and the fold's drafts are checked twice through the shipped pipeline: with the shipped file and with
the retrained one. Prints both, pooled and per fold, and what the retraining changed against the readers' labels.

Usage: .venv/bin/python bench/gbt_refresh_probe.py [--folds 5] [--after zzzzzzzj]
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
from authoring.coverage import DECISION_GBT, signal  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--after", default="zzzzzzzj", help="the last group the shipped decision learned from")
    args = ap.parse_args()
    data = {s: e for s, e in train_signal.dataset().items() if e["lang"] == "zh"}
    leaves = [i for i in next(iter(data.values()))["gold"] if i not in train_signal.DERIVED]
    decided = {s for s, e in data.items() if train_signal.gbt_decided(s, e)}
    unseen = sorted(s for s in decided if group_order(group_of(s)) > group_order(args.after))
    rounds = sorted({round_of(s) for s in unseen})
    random.Random(1).shuffle(rounds)
    fold_of = {r: k % args.folds for k, r in enumerate(rounds)}
    print(f"{len(decided)} decided drafts, {len(unseen)} unseen by the shipped decision, {len(rounds)} rounds",
          flush=True)
    tests = [[s for s in unseen if fold_of[round_of(s)] == k] for k in range(args.folds)]
    models = train_signal.fits(data, [[s for s in data if s not in set(t)] for t in tests], leaves)
    # The decision's training rows take their likenesses from models that did not see their text: ten folds of rounds
    # over every seen Chinese text (as the shipped file was made), fitted once.
    all_rounds = sorted({round_of(s) for s in data})
    random.Random(1).shuffle(all_rounds)
    inner_of = {r: k % 10 for k, r in enumerate(all_rounds)}
    inners = train_signal.fits(data, [[s for s in data if inner_of[round_of(s)] != k] for k in range(10)], leaves)
    paths = {p.stem: p for p in texts()}
    checklist = load_checklist(ROOT / "checklists" / "excellence-guide.yaml")
    real_model_path = signal.model_path
    shipped_text = real_model_path("excellence-guide", DECISION_GBT).read_text(encoding="utf-8")
    scratch = Path(tempfile.mkdtemp()) / f"excellence-guide.{DECISION_GBT}.json"
    signal.model_path = lambda cid, language="zh": scratch if language == DECISION_GBT else real_model_path(cid,
                                                                                                          language)
    pooled = {"shipped": [], "retrained": []}
    moves: Counter = Counter()
    for k, test in enumerate(tests):
        held = set(test)
        X, y = [], []
        for s in sorted(decided - held):
            for item in leaves:
                row = train_signal.decision_row(data[s], item, inners[inner_of[round_of(s)]], leaves, "unliked")
                if row is not None:
                    X.append(row)
                    y.append(data[s]["gold"][item])
        decision = train_signal.fit_decision(X, y, leaves, 0.0)
        retrained = json.dumps(train_signal.decision_file(models[k], decision, leaves, "zh",
                                                          train_signal.shortest(data, decided - held)))
        english_likeness.read_with_files(k, test, [("shipped", shipped_text), ("retrained", retrained)], data, paths,
                                         checklist, scratch, pooled, moves)
    english_likeness.report(pooled, moves)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
