"""Measure lint against the held-out lint cases' gold findings.

Builds each case of ``bench/corpus/lint`` into a ``.docx``, reads it back with the real
reader, runs ``authoring.lint.run_lint`` and matches the findings with
``bench/corpus/lint/gold.yaml``: precision / recall of (rule, location), the same with the
rule alone, and the errors and warnings raised on the conformant draft.

Usage: ``.venv/bin/python bench/lint_eval.py [--case NAME] [--json OUT] [--keep DIR]``
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
CASES = BENCH / "corpus" / "lint"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

from corpus_docx import build_docx  # noqa: E402

CONFORMANT = "conformant-2020"
COUNTED = ("error", "warning")


def load_gold() -> dict[str, dict]:
    """The gold findings, keyed by case name."""
    from ruamel.yaml import YAML

    return YAML(typ="safe").load((CASES / "gold.yaml").read_text(encoding="utf-8"))


def _locations(entry: dict) -> list[str]:
    loc = entry["location"]
    return [str(x) for x in loc] if isinstance(loc, list) else [str(loc)]


def match_case(gold: dict, findings: list[dict]) -> dict:
    """Match one case's findings with its gold entries.

    A gold entry is found strictly by an unused finding with its rule and one of its
    locations, loosely by one with its rule anywhere. Unmatched error/warning findings that
    match no ``acceptable`` entry are false positives.
    """
    expected = gold.get("findings") or []
    acceptable = gold.get("acceptable") or []
    used: set[int] = set()
    strict, loose = [], []
    for entry in expected:
        hit = next((i for i, f in enumerate(findings) if i not in used
                    and f["rule"] == entry["rule"] and f["location"] in _locations(entry)), None)
        if hit is not None:
            used.add(hit)
        strict.append(hit is not None)
    used_loose: set[int] = set()
    for entry in expected:
        hit = next((i for i, f in enumerate(findings) if i not in used_loose
                    and f["rule"] == entry["rule"]), None)
        if hit is not None:
            used_loose.add(hit)
        loose.append(hit is not None)
    false_pos = []
    for i, f in enumerate(findings):
        if i in used or f["severity"] not in COUNTED:
            continue
        if any(f["rule"] == a["rule"] and f["location"] in _locations(a) for a in acceptable):
            continue
        false_pos.append(f)
    fp_loose = [f for i, f in enumerate(findings) if i not in used_loose and f in false_pos]
    return {
        "expected": expected,
        "strict": strict,
        "loose": loose,
        "false_positives": false_pos,
        "false_positives_loose": fp_loose,
        "findings": findings,
    }


def evaluate(names: list[str] | None, keep: Path | None) -> dict[str, dict]:
    """Run lint on every case and match it with the gold."""
    from authoring.docx.read import read_docx
    from authoring.lint import run_lint

    gold = load_gold()
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        out_dir = keep or Path(tmp)
        out_dir.mkdir(parents=True, exist_ok=True)
        for name, case in gold.items():
            if names and name not in names:
                continue
            path = build_docx(CASES / f"{name}.md", out_dir / f"{name}.docx")
            findings = [
                {"rule": f.rule, "severity": f.severity, "location": f.location,
                 "message": f.message, "excerpt": f.excerpt}
                for f in run_lint(read_docx(path))
            ]
            results[name] = match_case(case, findings)
    return results


def _ratio(num: int, den: int) -> str:
    return f"{num / den:.2f}" if den else "—"


def print_report(results: dict[str, dict]) -> None:
    """Print per-case and overall numbers, misses and false positives."""
    tot = {"exp": 0, "tp": 0, "tp_loose": 0, "fp": 0, "fp_loose": 0}
    print(f"{'case':<22}{'gold':>5}{'found':>7}{'loose':>7}{'FP':>5}{'err':>5}{'warn':>6}{'info':>6}")
    for name, res in results.items():
        sev = [f["severity"] for f in res["findings"]]
        tp, tpl = sum(res["strict"]), sum(res["loose"])
        print(f"{name:<22}{len(res['expected']):>5}{tp:>7}{tpl:>7}{len(res['false_positives']):>5}"
              f"{sev.count('error'):>5}{sev.count('warning'):>6}{sev.count('info'):>6}")
        tot["exp"] += len(res["expected"])
        tot["tp"] += tp
        tot["tp_loose"] += tpl
        tot["fp"] += len(res["false_positives"])
        tot["fp_loose"] += len(res["false_positives_loose"])
    print()
    print(f"(rule, location): precision {_ratio(tot['tp'], tot['tp'] + tot['fp'])}, "
          f"recall {_ratio(tot['tp'], tot['exp'])}")
    print(f"rule only:        precision {_ratio(tot['tp_loose'], tot['tp_loose'] + tot['fp_loose'])}, "
          f"recall {_ratio(tot['tp_loose'], tot['exp'])}")
    if CONFORMANT in results:
        bad = [f for f in results[CONFORMANT]["findings"] if f["severity"] in COUNTED]
        print(f"conformant draft: {sum(f['severity'] == 'error' for f in bad)} errors, "
              f"{sum(f['severity'] == 'warning' for f in bad)} warnings")
    print()
    for name, res in results.items():
        misses = [(e, lo) for e, ok, lo in zip(res["expected"], res["strict"], res["loose"]) if not ok]
        if not misses and not res["false_positives"]:
            continue
        print(f"{name}:")
        for entry, loose in misses:
            where = "/".join(_locations(entry))
            got = [f["location"] for f in res["findings"] if f["rule"] == entry["rule"]]
            note = f" (rule found at {', '.join(got)})" if loose else ""
            print(f"  missed {entry['rule']} @ {where}{note}")
        for f in res["false_positives"]:
            print(f"  extra  {f['severity']} {f['rule']} @ {f['location']}: {f['message'][:70]}"
                  f" | {f['excerpt'][:40]}")


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation and print (and optionally save) the results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", action="append", help="only this case (repeatable)")
    parser.add_argument("--json", type=Path, help="also write the results as JSON here")
    parser.add_argument("--keep", type=Path, help="keep the built .docx files in this folder")
    args = parser.parse_args(argv)
    try:
        results = evaluate(args.case, args.keep)
    except ImportError as exc:
        print(f"cannot run yet: {exc}", file=sys.stderr)
        return 2
    print_report(results)
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
