"""Would the learned doubt (``signal.DoubtRule``) help on GB/T 1.1 drafts too? It is applied only to
texts without the skeleton; this probe measures, one round left out at a time, what it would do to
the items the cues call partial in GB/T texts (and, for comparison, in the others).

Usage: ``.venv/bin/python bench/doubt_gbt_probe.py`` (needs scikit-learn, as train_signal.py; about an hour on two
cores: the likeness model is fitted once per round left out).

Result (rounds 1-50, 2026-12-01, the labels of every measured round; not shipped): at the shipped bar 0.45 the doubt
would make 17 of the items the cues call partial in GB/T texts missing, of which readers called 11 missing, 6 partial and
none covered (about +0.006 balanced accuracy over the GB/T labels); with a GB/T feature in the doubt, 28 (16 missing, 9
partial, 3 covered). Applied to the in-house drafts (bench/corpus) the shipped doubt cost two items readers called
addressed (F1 0.93 -> 0.92, exact 0.72 -> 0.71). Too little either way to change what GB/T drafts are judged by.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_signal as ts  # noqa: E402
from real_eval import REAL, build, round_of  # noqa: E402

from authoring.docx.read import read_docx  # noqa: E402


def main() -> int:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    data = {s: e for s, e in ts.dataset().items() if e["lang"] == "zh"}
    structure = {s: read_docx(build(next((REAL / "texts").glob(f"{s}.*")))).metadata.structure for s in data}
    items = [i for i in next(iter(data.values()))["gold"] if i not in ts.DERIVED]
    rows = []
    for r in sorted({round_of(s) for s in data}):
        model = ts.fit(data, [s for s in data if round_of(s) != r], items)
        for stem in (s for s in data if round_of(s) == r):
            entry = data[stem]
            for item, (status, score, places) in entry["scored"].items():
                if item in ts.DERIVED or status not in ("partial", "covered") or item not in model["weights"]:
                    continue
                seen = [ts.probability(model, item, g) for g in entry["evgrams"].get(item, []) if g]
                if seen:
                    rows.append((r, item, status, score, places, max(seen), entry["gold"][item],
                                 structure[stem] == "gbt"))
    known = sorted({row[1] for row in rows})

    def features(row, with_gbt: bool):
        p = min(max(row[5], 1e-4), 1 - 1e-4)
        extra = [float(row[7])] if with_gbt else []
        return [row[3], math.log1p(row[4]), math.log(p / (1 - p))] + extra + [float(row[1] == i) for i in known]

    y = np.array([row[6] == "missing" for row in rows])
    for with_gbt in (False, True):
        X = np.array([features(row, with_gbt) for row in rows])
        held = np.zeros(len(rows))
        for r in sorted({row[0] for row in rows}):
            mask = np.array([row[0] == r for row in rows])
            held[mask] = LogisticRegression(max_iter=3000).fit(X[~mask], y[~mask]).predict_proba(X[mask])[:, 1]
        for threshold in (0.4, 0.45, 0.5, 0.55, 0.6):
            for gbt in (True, False):
                demoted = Counter(row[6] for row, p in zip(rows, held)
                                  if row[2] == "partial" and row[7] == gbt and p >= threshold)
                print(f"gbt feature {with_gbt!s:5} threshold {threshold:.2f} {'GB/T  ' if gbt else 'others'}: "
                      f"partial made missing {sum(demoted.values()):4} — readers missing {demoted['missing']:4} "
                      f"partial {demoted['partial']:4} covered {demoted['covered']:3}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
