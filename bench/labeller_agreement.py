"""How far two blind labellers of bench/real agree: the ceiling a checker can be held to.

For every text labelled twice (``bench/real/labels/`` and ``bench/real/labels-second/``), the
first labeller is taken as gold and the second as the "tool", with the same figures as
``real_eval.py`` (addressed-vs-missing precision, recall, F1, balanced accuracy, exact
covered/partial/missing agreement), the confusion and Cohen's kappa on the three statuses.
With ``--tool``, the checker is also scored against each labeller and against the items the two
labellers agree on. With ``--measured FILE …`` (rounds' ``bench/real/round*-fresh-measured.txt``), the same for the
checker as each round measured it, once, before anything was tuned on its texts: its verdicts are the first labels
but where the file lists a disagreement (``<stem> <item> gold … tool …``), for the texts the files list.

Usage: ``.venv/bin/python bench/labeller_agreement.py [--tool] [--show] [--match REGEX] [--measured FILE …]``
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from real_eval import coverage_metrics  # noqa: E402

REAL = HERE / "real"
STATUSES = ("covered", "partial", "missing")


def _labels(path: Path) -> dict[str, str]:
    from ruamel.yaml import YAML

    data = YAML(typ="safe").load(path.read_text(encoding="utf-8")) or {}
    return {str(item): value["status"] for item, value in data.items()}


def kappa(rows: list[tuple[str, str]]) -> float:
    """Cohen's kappa of two raters over the three statuses."""
    n = len(rows)
    if not n:
        return 0.0
    observed = sum(1 for a, b in rows if a == b) / n
    first, second = Counter(a for a, _ in rows), Counter(b for _, b in rows)
    expected = sum(first[s] * second[s] for s in STATUSES) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def _line(name: str, rows: list[tuple[str, str]]) -> str:
    m = coverage_metrics(rows)
    return (f"{name:34} n {m['n']:4}  P {m['precision']:.2f} R {m['recall']:.2f} F1 {m['f1']:.2f}  "
            f"BA {m['balanced_accuracy']:.2f}  exact {m['exact']:.2f}  kappa {kappa(rows):.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tool", action="store_true", help="also score the checker against each labeller")
    parser.add_argument("--show", action="store_true", help="list the items the labellers disagree on")
    parser.add_argument("--match", metavar="REGEX",
                        help="only the texts whose stem matches (e.g. '^z[r-y]' for the standards of rounds 42-49)")
    parser.add_argument("--measured", nargs="+", type=Path, metavar="FILE",
                        help="score the checker as these measured rounds found it (round*-fresh-measured.txt)")
    args = parser.parse_args()
    stems = sorted(p.stem for p in (REAL / "labels-second").glob("*.yaml")
                   if not args.match or re.search(args.match, p.stem))
    if not stems:
        print("no text is labelled twice (bench/real/labels-second/ is empty)")
        return 1
    pairs: list[tuple[str, str]] = []
    keyed: list[tuple[str, str, str, str]] = []
    for stem in stems:
        first, second = _labels(REAL / "labels" / f"{stem}.yaml"), _labels(REAL / "labels-second" / f"{stem}.yaml")
        for item in first:
            if item in second:
                pairs.append((first[item], second[item]))
                keyed.append((stem, item, first[item], second[item]))
    print(f"{len(stems)} texts labelled twice, blind to each other")
    print(_line("second labeller vs first", pairs))
    print("confusion (first → second) " + "  ".join(
        f"{a[0]}→{b[0]} {n}" for (a, b), n in sorted(Counter(pairs).items())))
    if args.show:
        for stem, item, a, b in keyed:
            if a != b:
                print(f"  {stem[:40]:40} {item:6} {a:8} → {b}")
    if args.tool:
        from real_eval import check_all  # noqa: PLC0415

        texts = sorted(p for p in (REAL / "texts").iterdir() if p.stem in stems)
        results = check_all(texts)
        absent = [stem for stem in stems if stem not in results]
        if absent:  # a text whose copy is not restored in this checkout (bench/real/restore_texts.py)
            print(f"checker: {len(absent)} of {len(stems)} texts are not in bench/real/texts and are left out")
        tool_rows: dict[str, list[tuple[str, str]]] = {"first": [], "second": [], "agreed": []}
        for stem, item, a, b in keyed:
            if stem not in results:
                continue
            status = {i.id: i.status for i in results[stem].coverage.items}.get(item)
            if status is None:
                continue
            tool_rows["first"].append((a, status))
            tool_rows["second"].append((b, status))
            if a == b:
                tool_rows["agreed"].append((a, status))
        for name, rows in tool_rows.items():
            print(_line(f"checker vs {name}", rows))
    if args.measured:
        texts_in, told = measured_verdicts(args.measured)
        rows_by: dict[str, list[tuple[str, str]]] = {"first": [], "second": [], "agreed": []}
        for stem, item, a, b in keyed:
            if stem[:STEM_SHOWN] not in texts_in:
                continue
            status = told.get((stem[:DISAGREEMENT_SHOWN], item), a)
            rows_by["first"].append((a, status))
            rows_by["second"].append((b, status))
            if a == b:
                rows_by["agreed"].append((a, status))
        counted = len({stem for stem, *_ in keyed if stem[:STEM_SHOWN] in texts_in})
        print(f"as measured ({counted} of the {len(stems)} texts are in the files given)")
        for name, rows in rows_by.items():
            print(_line(f"measured checker vs {name}", rows))
    return 0


#: How much of a text's stem a measured file shows on its text line and on a disagreement line (real_eval.py's
#: ``stem[:48]`` and ``stem[:30]``).
STEM_SHOWN, DISAGREEMENT_SHOWN = 48, 30
_TEXT_LINE = re.compile(r"^(\S{1,48})\s+(?:fresh|tune|test)\s")
_DISAGREEMENT = re.compile(r"^\s+(\S+)\s+(\d+(?:\.\d+)*)\s+gold\s+(\w+)\s+tool\s+(\w+)")


def measured_verdicts(files: list[Path]) -> tuple[set[str], dict[tuple[str, str], str]]:
    """The texts a measured round lists (stems as shown) and the checker's verdicts where it disagreed with the first
    labels, keyed by (stem as shown on a disagreement line, item)."""
    texts_in: set[str] = set()
    told: dict[tuple[str, str], str] = {}
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if (m := _DISAGREEMENT.match(line)) is not None:
                told[(m[1], m[2])] = m[4]
            elif (m := _TEXT_LINE.match(line)) is not None:
                texts_in.add(m[1])
    return texts_in, told


if __name__ == "__main__":
    raise SystemExit(main())
