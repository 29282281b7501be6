"""Would a learned covered-vs-partial decision beat the cue score's thresholds? A probe, not shipped.

On the Chinese labelled texts of bench/real (the held-out round of ``split.yaml`` never read), for
every item the cues (``likeness=False``) call partial or covered: a logistic regression over the
item's cue score, log(1 + its number of evidence places) and the item itself (one bias per item),
trained on the other rounds and applied to the round left out. It prints how many of those labels
the shipped statuses get exactly right, and how many the learned decision would.

Usage: ``.venv/bin/python bench/covered_probe.py`` (needs scikit-learn).
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from real_eval import REAL, _yaml, build, halves, round_of, texts  # noqa: E402

from authoring.checklist import load_packs  # noqa: E402
from authoring.coverage import analyse  # noqa: E402
from authoring.docx.read import read_docx  # noqa: E402


def rows() -> list[tuple[str, str, str, str, float, int]]:
    """(round, item, gold, cue status, cue score, evidence places) of every cue-addressed item."""
    guide = load_packs()["excellence-guide"]
    split = halves()
    out = []
    for path in texts():
        label = REAL / "labels" / f"{path.stem}.yaml"
        if not label.exists() or split.get(path.stem) == "fresh":
            continue
        doc = read_docx(build(path))
        if not doc.metadata.language.startswith("zh"):
            continue
        gold = {str(k): v["status"] for k, v in _yaml(label).items()}
        group = round_of(path.stem)
        for item in analyse(doc, guide, likeness=False).items:
            if item.id != "5.6" and item.status in ("partial", "covered"):
                out.append((group, item.id, gold[item.id], item.status, item.score, len(item.evidence)))
    return out


def main() -> int:
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    data = rows()
    items = sorted({r[1] for r in data})
    X = np.array([[r[4], math.log1p(r[5])] + [float(r[1] == i) for i in items] for r in data])
    y = np.array([r[2] == "covered" for r in data])
    prob = np.zeros(len(data))
    for group in sorted({r[0] for r in data}):
        held = np.array([r[0] == group for r in data])
        prob[held] = LogisticRegression(max_iter=2000).fit(X[~held], y[~held]).predict_proba(X[held])[:, 1]
    right = lambda covered: sum(1 for r, c in zip(data, covered) if r[2] == ("covered" if c else "partial"))  # noqa: E731
    print(f"{len(data)} labels the cues call partial or covered (Chinese texts, rounds left out one at a time)")
    print(f"AUC for readers' covered: cue score {roc_auc_score(y, [r[4] for r in data]):.3f}, learned {roc_auc_score(y, prob):.3f}")
    print(f"exactly right: shipped statuses {right([r[3] == 'covered' for r in data])}, "
          f"learned from 0.5 {right(prob >= 0.5)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
