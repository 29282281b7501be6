"""Would the English model and its decision gain from retraining on the English texts labelled since they shipped?
Folds of rounds over the texts they never saw.

The shipped English file (``excellence-guide.en.json``) was learned on the seen English texts up to group
``--after`` (zzzzzzzzzg, round 241). Every English text labelled after that group is unseen by it. Those texts are split by collection
round into ``--folds`` folds; for each fold an English model is trained on every seen English text outside the fold
and a decision on the same texts (their likenesses taken over ten folds of rounds, fitted once, as
``gbt_refresh_probe.py`` does), and the fold's texts are checked twice through the shipped pipeline: with the shipped
file and with the retrained one. Prints both, pooled and per fold, and what the retraining changed against the
readers' labels.

With ``--biases``, the retrained decision is read with each of several values added to its missing score besides the
shipped one's (0): lower values call fewer items missing.

Usage: .venv/bin/python bench/en_refresh_probe.py [--folds 5] [--after zzzzzzzzzg] [--biases 0,-0.5,-1]
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
from authoring.coverage import signal  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--after", default="zzzzzzzzzg", help="the last group the shipped English file learned from")
    ap.add_argument("--biases", default=str(train_signal.MISSING_BIAS["en"]),
                    help="values added to the retrained decision's missing score, comma-separated")
    args = ap.parse_args()
    biases = [float(b) for b in args.biases.split(",")]
    data = {s: e for s, e in train_signal.dataset().items() if e["lang"] == "en"}
    leaves = [i for i in next(iter(data.values()))["gold"] if i not in train_signal.DERIVED]
    unseen = sorted(s for s in data if group_order(group_of(s)) > group_order(args.after))
    rounds = sorted({round_of(s) for s in unseen})
    random.Random(1).shuffle(rounds)
    fold_of = {r: k % args.folds for k, r in enumerate(rounds)}
    print(f"{len(data)} English texts, {len(unseen)} unseen by the shipped file, {len(rounds)} rounds", flush=True)
    tests = [[s for s in unseen if fold_of[round_of(s)] == k] for k in range(args.folds)]
    models = train_signal.fits(data, [[s for s in data if s not in set(t)] for t in tests], leaves)
    all_rounds = sorted({round_of(s) for s in data})
    random.Random(1).shuffle(all_rounds)
    inner_of = {r: k % train_signal.EN_FOLDS for k, r in enumerate(all_rounds)}
    inners = train_signal.fits(data, [[s for s in data if inner_of[round_of(s)] != k]
                                      for k in range(train_signal.EN_FOLDS)], leaves)
    paths = {p.stem: p for p in texts()}
    checklist = load_checklist(ROOT / "checklists" / "excellence-guide.yaml")
    real_model_path = signal.model_path
    shipped_text = real_model_path("excellence-guide", "en").read_text(encoding="utf-8")
    scratch = Path(tempfile.mkdtemp()) / "excellence-guide.en.json"
    signal.model_path = lambda cid, language="zh": scratch if language == "en" else real_model_path(cid, language)
    names = ["retrained"] if biases == [train_signal.MISSING_BIAS["en"]] else [f"bias {b:+g}" for b in biases]
    pooled: dict[str, list] = {"shipped": [], **{name: [] for name in names}}
    moves: Counter = Counter()
    for k, test in enumerate(tests):
        held = set(test)
        X, y = [], []
        for s in sorted(set(data) - held):
            for item in leaves:
                row = train_signal.decision_row(data[s], item, inners[inner_of[round_of(s)]], leaves, "before")
                if row is not None:
                    X.append(row)
                    y.append(data[s]["gold"][item])
        files = [("shipped", shipped_text)]
        for name, bias in zip(names, biases):
            decision = train_signal.fit_decision(X, y, leaves, bias)
            files.append((name, json.dumps(train_signal.decision_file(models[k], decision, leaves, "en",
                                                                      train_signal.shortest(data, set(data) - held)))))
        english_likeness.read_with_files(k, test, files, data, paths, checklist, scratch, pooled, moves)
    english_likeness.report(pooled, moves)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
