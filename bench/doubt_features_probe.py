"""Would the learned doubt (``signal.DoubtRule``) gain from what the whole text says?

The doubt judges an item the cues call partial by its cue score, its places and how much the best
of them reads like the item (the likeness model trained without the text's round). This probe adds
features of the whole text and measures, one round left out at a time, what the doubt then does to
the cue-only statuses of every labelled Chinese text of bench/real (the held-out round of
``split.yaml`` is never read):

- ``addressed``: the share of items the cues address in the text;
- ``anyunit``: how much the text's unit that reads most like the item does (any unit, not only the
  cues' places);
- ``chars`` / ``nunits``: the text's size;
- ``density``: mentions of a service or its customers per 1,000 characters.

Building the rows trains the likeness model once per round (about 45 minutes on two cores); they are
cached in ``--cache`` (default /tmp/doubt_features_rows.pkl) and reused. Needs scikit-learn.

Usage: .venv/bin/python bench/doubt_features_probe.py [--cache FILE] [--rebuild]
"""

from __future__ import annotations

import argparse
import math
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_signal as ts  # noqa: E402
from real_eval import build, coverage_metrics, round_of  # noqa: E402

from authoring.coverage import service_density  # noqa: E402
from authoring.coverage.units import document_units  # noqa: E402
from authoring.docx.read import read_docx  # noqa: E402

BARS = (0.3, 0.35, 0.45, 0.5)


def rows_and_texts() -> dict:
    everything = ts.dataset()
    data = {s: e for s, e in everything.items() if e["lang"] == "zh"}
    leaves = [i for i in next(iter(data.values()))["gold"] if i not in ts.DERIVED]
    sizes = {}
    for path in ts.texts():
        if path.stem in data:
            units = document_units(read_docx(build(path)))
            sizes[path.stem] = (service_density(units, "zh", "gbt") or 0.0,
                                sum(len(u.text) for u in units if not u.is_title))
    rows = []
    for r in sorted({round_of(s) for s in data}):
        model = ts.fit(data, [s for s in data if round_of(s) != r], leaves)
        for stem in (s for s in data if round_of(s) == r):
            entry = data[stem]
            anyunit = ts.best(model, entry, leaves)
            addressed = sum(st != "missing" for st in entry["cues"].values()) / len(entry["cues"])
            density, chars = sizes[stem]
            nunits = len(entry["units"])  # the units long enough to be scored
            for item, (status, score, places) in entry["scored"].items():
                if item in ts.DERIVED or status not in ("partial", "covered") or item not in model["weights"]:
                    continue
                seen = [ts.probability(model, item, g) for g in entry["evgrams"].get(item, []) if g]
                if seen:
                    rows.append(dict(round=r, stem=stem, item=item, status=status, score=score, places=places,
                                     like=max(seen), anyunit=anyunit.get(item, 0.0), addressed=addressed,
                                     density=density, chars=chars, nunits=nunits, gold=entry["gold"][item]))
        print(f"round {r}: {len(rows)} rows", flush=True)
    return {"rows": rows, "texts": {s: {"gold": e["gold"], "cues": e["cues"]} for s, e in data.items()}}


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


FEATURES = {
    "as shipped": lambda r: [],
    "+addressed": lambda r: [r["addressed"]],
    "+anyunit": lambda r: [_logit(r["anyunit"])],
    "+chars": lambda r: [math.log1p(r["chars"])],
    "+nunits": lambda r: [math.log1p(r["nunits"])],
    "+density": lambda r: [math.log1p(r["density"])],
    "+all": lambda r: [r["addressed"], _logit(r["anyunit"]), math.log1p(r["chars"]), math.log1p(r["density"])],
}


def main() -> int:
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", type=Path, default=Path("/tmp/doubt_features_rows.pkl"))
    ap.add_argument("--rebuild", action="store_true")
    args = ap.parse_args()
    if args.rebuild or not args.cache.exists():
        args.cache.write_bytes(pickle.dumps(rows_and_texts()))
    cached = pickle.loads(args.cache.read_bytes())
    rows, texts = cached["rows"], cached["texts"]
    items = sorted({r["item"] for r in rows})
    rounds = sorted({r["round"] for r in rows})
    y = np.array([r["gold"] == "missing" for r in rows])
    for name, extra in FEATURES.items():
        X = np.array([[r["score"], math.log1p(r["places"]), _logit(r["like"])] + extra(r)
                      + [float(r["item"] == i) for i in items] for r in rows])
        prob = np.zeros(len(rows))
        for rd in rounds:
            held = np.array([r["round"] == rd for r in rows])
            prob[held] = LogisticRegression(max_iter=3000).fit(X[~held], y[~held]).predict_proba(X[held])[:, 1]
        line = [f"{name:11} AUC {roc_auc_score(y, prob):.3f}"]
        for bar in BARS:
            status = {s: dict(v["cues"]) for s, v in texts.items()}
            for r, p in zip(rows, prob):
                if r["status"] == "partial" and p >= bar:
                    status[r["stem"]][r["item"]] = "missing"
            m = coverage_metrics([(g, status[s][i]) for s, v in texts.items() for i, g in v["gold"].items()])
            line.append(f"from {bar}: BA {m['balanced_accuracy']:.3f} exact {m['exact']:.3f}")
        print("  ".join(line))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
