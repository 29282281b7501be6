"""Does the English likeness model help on English texts it was not trained on? Ten folds of rounds.

The seen English texts of bench/real (the held-out round is never read) are split by collection round into ten
folds (a seeded shuffle of the rounds). For each fold, the English model is trained on the other nine as
``train_signal.py --language en`` trains the shipped one, written to a scratch file, and the checker runs on the
fold's texts as it ships, with that file in place of ``checklists/signal/excellence-guide.en.json``; then again with
no English model. Prints both, pooled and per fold, and what the model changed against the readers' labels.

Usage: .venv/bin/python bench/english_likeness.py [--folds 10] [--seed 1] [--inner 5]
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
from real_eval import ROOT, build, coverage_metrics, halves, round_of, texts  # noqa: E402

from authoring.checklist import load_checklist  # noqa: E402
from authoring.coverage import analyse, signal  # noqa: E402
from authoring.docx.read import read_docx  # noqa: E402


def fold(k: int, test: list[str], data: dict, paths: dict, checklist, scratch: Path, pooled: dict,
         moves: Counter) -> None:
    """Check the fold's texts ``test`` with the scratch model file in place and without it (renamed away); add the
    (gold, verdict) pairs to ``pooled["with"]`` / ``pooled["without"]``, the changed verdicts to ``moves``."""
    rows: dict[str, list] = {"without": [], "with": []}
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
            rows[name] += [(g, verdicts[name][i]) for i, g in gold.items()]
        count_moves(moves, verdicts, gold)
    fold_summary(k, len(test), rows, pooled)


def read_with_files(k: int, test: list[str], files: list[tuple[str, str]], data: dict, paths: dict, checklist,
                    scratch: Path, pooled: dict, moves: Counter) -> None:
    """Check the fold's texts ``test`` once with each model file of ``files`` (name, the file's text) written to
    ``scratch`` (where ``signal.model_path`` is pointed); add the (gold, verdict) pairs to ``pooled[name]``, the verdicts
    the first two readings differ on to ``moves``, and print the fold's figures."""
    rows: dict[str, list] = {name: [] for name, _ in files}
    for stem in test:
        doc = read_docx(build(paths[stem]))
        gold = data[stem]["gold"]
        verdicts = {}
        for name, text in files:
            scratch.write_text(text, encoding="utf-8")
            signal.load_model.cache_clear()
            verdicts[name] = {i.id: i.status for i in analyse(doc, checklist).items}
            rows[name] += [(g, verdicts[name][i]) for i, g in gold.items()]
        count_moves(moves, {name: verdicts[name] for name, _ in files[:2]}, gold)
    fold_summary(k, len(test), rows, pooled)


def count_moves(moves: Counter, verdicts: dict, gold: dict) -> None:
    """Add to ``moves`` each item whose verdict differs between the two readings of ``verdicts`` (their keys in order:
    before, after), keyed (before, after, the readers' label)."""
    before, after = verdicts
    for i, g in gold.items():
        if verdicts[before][i] != verdicts[after][i]:
            moves[(verdicts[before][i], verdicts[after][i], g)] += 1


def fold_summary(k: int, texts: int, rows: dict, pooled: dict) -> None:
    """Pool a fold's (gold, verdict) pairs of each reading and print its figures, readings in ``rows``' order."""
    for name in rows:
        pooled[name] += rows[name]
    shown = "  ".join(f"{name} {m['f1']:.3f} / {m['balanced_accuracy']:.3f} / {m['exact']:.3f}"
                      for name, m in ((name, coverage_metrics(r)) for name, r in rows.items()))
    print(f"fold {k}: {texts:3} texts  {shown}", flush=True)


def report(pooled: dict, moves: Counter) -> None:
    """The pooled figures with and without, and what changed against the readers' labels."""
    for name, rows in pooled.items():
        m = coverage_metrics(rows)
        print(f"{name:8} {len(rows)} labels  F1 {m['f1']:.3f}  BA {m['balanced_accuracy']:.3f}  exact {m['exact']:.3f}")
    print("changed (without -> with: readers' covered / partial / missing):")
    for (a, b) in sorted({(a, b) for a, b, _ in moves}):
        print(f"  {a:8} -> {b:8} " + " / ".join(str(moves[(a, b, g)]) for g in ("covered", "partial", "missing")))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=10)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--inner", type=int, default=5, help="folds of rounds the decision's likenesses are taken over "
                    "within a fold's training texts (the shipped file: train_signal.EN_FOLDS)")
    args = ap.parse_args()
    data = {s: e for s, e in train_signal.dataset().items() if e["lang"] == "en"}
    leaves = [i for i in next(iter(data.values()))["gold"] if i not in train_signal.DERIVED]
    rounds = sorted({round_of(s) for s in data})
    order = rounds[:]
    random.Random(args.seed).shuffle(order)
    fold_of = {r: k % args.folds for k, r in enumerate(order)}
    paths = {p.stem: p for p in texts()}
    checklist = load_checklist(ROOT / "checklists" / "excellence-guide.yaml")
    shipped = signal.model_path
    scratch = Path(tempfile.mkdtemp()) / "excellence-guide.en.json"
    signal.model_path = lambda cid, language="zh": scratch if language == "en" else shipped(cid, language)
    pooled = {"without": [], "with": []}
    moves: Counter = Counter()
    split = halves()
    for k in range(args.folds):
        test = sorted(s for s in data if fold_of[round_of(s)] == k)
        train = {s: e for s, e in data.items() if fold_of[round_of(s)] != k}
        scratch.write_text(json.dumps(train_signal.english_model(train, leaves, args.inner)), encoding="utf-8")
        for stem in test:
            assert split[stem] != "fresh"
        fold(k, test, data, paths, checklist, scratch, pooled, moves)
    report(pooled, moves)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
