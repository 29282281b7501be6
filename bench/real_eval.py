"""Measure the checker on real third-party texts (bench/real): coverage against blind labels,
lint against recorded judgments, each half of the corpus apart.

The corpus (``bench/real/texts``, provenance in ``bench/real/sources-*.yaml``) is split once
and for all by position: in name order, the 1st, 3rd, 5th … text is the **tune** half (cues and
rules may be changed while looking at it), the 2nd, 4th … the **test** half (only measured).
Each text is made into .docx by ``bench/real/make_docx.py`` and checked with ``check_file``
exactly as ``stdauthor check`` does.

Coverage (``bench/real/labels/<stem>.yaml``, written blind, see ``bench/real/LABELLING.md``):
addressed-vs-missing precision, recall and F1, balanced accuracy, and exact
covered/partial/missing agreement, per half.

Lint: every error and warning is looked up in ``bench/real/lint_judgments*.yaml`` (TRUE, FALSE
or DEBATABLE, with a reason; ARTEFACT for a finding caused by the corpus itself, such as a
truncated copy, which counts neither way); precision is TRUE / (TRUE + FALSE). Findings nobody has judged
yet are listed (``--unjudged FILE`` writes them as a YAML list to fill in).

Usage: ``.venv/bin/python bench/real_eval.py [--half tune|test|all] [--text STEM] [--show]
[--json OUT] [--unjudged FILE]``
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
REAL = BENCH / "real"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(REAL))

from make_docx import build, shape_of, texts  # noqa: E402

STATUSES = ("covered", "partial", "missing")


def _yaml(path: Path):  # noqa: ANN202
    from ruamel.yaml import YAML

    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def group_of(stem: str) -> str:
    """The group a text was collected in: the letters before its number (a … z, then za, zb …)."""
    return re.match(r"[a-z]+", stem).group(0)


#: The first group labelled by today's readers (round 96, the twenty-third session on): they label
#: the held-out rounds, under the settled ``LABELLING.md``, and they call more items covered and
#: fewer missing than the readers before them. The learned rules weigh their labels ``TODAY_WEIGHT``.
TODAY_FROM = "zzzt"
TODAY_WEIGHT = 3.0


def group_order(group: str) -> tuple[int, str]:
    """A group's place in collection order (a … z, then za … zz, zza …)."""
    return (len(group), group)


def today(group: str) -> bool:
    """Whether a group was labelled by today's readers (``TODAY_FROM`` on, in collection order)."""
    return group_order(group) >= group_order(TODAY_FROM)


def round_of(stem: str) -> str:
    """The round a text was collected in: its group, round 1's groups a, b and c being one."""
    group = group_of(stem)
    return "abc" if group in ("a", "b", "c") else group


def halves() -> dict[str, str]:
    """Text stem → ``tune`` or ``test``, as fixed in ``bench/real/split.yaml``; a text not listed
    there falls to the rule the file was made by: within its group (``a``, ``b``), odd numbers of
    group ``a`` and even numbers of group ``b`` are tuned on."""
    fixed = _yaml(REAL / "split.yaml") if (REAL / "split.yaml").exists() else {}
    out = {}
    for path in texts():
        group = group_of(path.stem)
        number = int(path.stem[len(group):len(group) + 2])
        rule = "tune" if (number % 2 == 1) == (group == "a") else "test"
        if group in (fixed or {}).get("fresh_groups", ["d"]):  # held out whole (rounds 2 and 3)
            rule = "fresh"
        elif group >= "d":  # an earlier round's fresh texts, measured once: tune material now
            rule = "tune"
        out[path.stem] = (fixed or {}).get(path.stem, rule)
    return out


def finding_key(stem: str, rule: str, location: str, excerpt: str) -> str:
    """A stable id of a finding for the judgments file."""
    digest = hashlib.sha1(f"{stem}|{rule}|{location}|{excerpt}".encode()).hexdigest()[:10]
    return f"{stem}:{digest}"


def check_all(selected: list[Path], likeness: bool = True) -> dict[str, object]:
    from authoring.check import check_file
    from authoring.checklist import load_packs

    checklist = load_packs()["excellence-guide"]
    out = {}
    for path in selected:
        out[path.stem] = check_file(build(path), checklist, likeness=likeness)
    return out


#: Typographic quotes a page prints and a reader types plainly (It’s easy … cited as It's easy …, round 215).
_PLAIN_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def _plain(place: str) -> str:
    return place.strip().translate(_PLAIN_QUOTES)


def cited_units(units, clauses) -> set[int]:
    """The indices of the units a label names as its places: a unit at a named location, or every
    unit under a named heading (texts with no numbers are labelled by their headings)."""
    places = {_plain(str(c)) for c in (clauses or [])}
    found: set[int] = set()
    for i, unit in enumerate(units):
        if _plain(unit.location) in places:
            found.add(i)
        if unit.is_title and _plain(unit.text) in places:
            found.update(range(i, max(unit.end, i + 1)))
    return found


#: The number a place is printed with: "6" of a cited "6. Traveling Team Fees" or of a shown "6"; "763.03" of a
#: cited "763.03(e)" or a shown "763.03   Customer service" (round 167: readers cite a numbered heading as printed).
_LEADING_NUMBER = re.compile(r"^(\d+(?:\.\d+)*)(?![\d.]*\d)")


def evidence_at_cited(evidence_locations: list[str], units, clauses) -> bool:
    """Whether any place the tool shows as evidence is one the readers cited: the same unit, a
    unit under a cited heading, a subclause of a cited clause (5.2.1 under a cited 5.2), or the
    clause a cited place is numbered with (6 for a cited "6. Fees", 763.03 for "763.03(e)")."""
    places = {_plain(str(c)) for c in (clauses or [])}
    numbers = {n for n in map(_number, places) if n}
    cited = {_plain(units[i].location) for i in cited_units(units, clauses)} | places | numbers
    return any(loc in cited or _number(loc) in numbers or any(loc.startswith(place + ".") for place in places | numbers)
               for loc in map(_plain, evidence_locations))


#: … and "三" of a cited "三、4" (the fourth item of section 三), "二(一)" or "一、退换货总则", and of a shown "三" (round 211:
#: readers cite a provision's item as numbered under its section, the checker shows the section).
_LEADING_CHINESE_NUMBER = re.compile(r"^([一二三四五六七八九十]{1,3})(?=[、，,.．（(]|$)")
#: … and "第五条" of a cited "第五条(一)" or "第四条（十）" (round 216: readers cite an article's item, the checker shows the
#: article, as it shows 三 for 三、4).
_LEADING_ARTICLE = re.compile(r"^(第[一二三四五六七八九十百零〇两\d]{1,6}条)(?=[（(]|$)")


def _number(place: str) -> str | None:
    place = place.strip()
    match = _LEADING_NUMBER.match(place) or _LEADING_CHINESE_NUMBER.match(place) or _LEADING_ARTICLE.match(place)
    return match.group(1) if match else None


def addressed(status: str) -> bool:
    return status in ("covered", "partial")


def coverage_metrics(rows: list[tuple[str, str]]) -> dict[str, float]:
    """rows of (gold status, tool status)."""
    tp = sum(1 for g, t in rows if addressed(g) and addressed(t))
    fp = sum(1 for g, t in rows if not addressed(g) and addressed(t))
    fn = sum(1 for g, t in rows if addressed(g) and not addressed(t))
    tn = sum(1 for g, t in rows if not addressed(g) and not addressed(t))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    tnr = tn / (tn + fp) if tn + fp else 0.0
    return {
        "n": len(rows), "precision": precision, "recall": recall, "f1": f1,
        "balanced_accuracy": (recall + tnr) / 2,
        "exact": sum(1 for g, t in rows if g == t) / len(rows) if rows else 0.0,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", choices=("tune", "test", "fresh", "all"), default="all",
                        help="all = tune and test; the fresh texts of round 2 are measured only when asked")
    parser.add_argument("--text", action="append", default=[], help="only these text stems")
    parser.add_argument("--show", action="store_true", help="print every coverage disagreement")
    parser.add_argument("--cues-only", action="store_true", help="without the likeness model (stdauthor check --cues-only)")
    parser.add_argument("--evidence", action="store_true",
                        help="also measure whether the evidence shown is a place the readers cited "
                             "(items both call addressed; reads each draft a second time)")
    parser.add_argument("--json", type=Path, help="write the figures as JSON")
    parser.add_argument("--unjudged", type=Path, help="write unjudged lint findings as YAML")
    args = parser.parse_args()

    split = halves()
    selected = [p for p in texts() if (split[p.stem] == args.half or (args.half == "all" and split[p.stem] != "fresh"))
                and (not args.text or p.stem in args.text)]
    results = check_all(selected, likeness=not args.cues_only)
    # lint_judgments.yaml, then lint_judgments-2.yaml … (split when a file grew past 2 MB)
    judged = {j["key"]: j for path in sorted(REAL.glob("lint_judgments*.yaml")) for j in (_yaml(path) or [])}

    rows: dict[str, list[tuple[str, str]]] = {"tune": [], "test": [], "fresh": []}
    per_item: dict[str, list[tuple[str, str]]] = {}
    verdicts: dict[str, Counter] = {"tune": Counter(), "test": Counter(), "fresh": Counter()}
    unjudged: list[dict] = []
    # items both call addressed: (shown evidence includes a cited place, the first evidence does)
    evidence_hits: dict[str, list[tuple[bool, bool]]] = {"tune": [], "test": [], "fresh": []}
    print(f"{'text':48} {'half':5} {'shape':11} {'rules':12} {'struct':8} {'fn':7} "
          f"{'agree':>6} {'F1':>5} {'err':>4} {'warn':>4}")
    for path in selected:
        stem, half = path.stem, split[path.stem]
        result = results[stem]
        doc = result.document
        tool = {i.id: i for i in result.coverage.items}
        label_path = REAL / "labels" / f"{stem}.yaml"
        text_rows: list[tuple[str, str]] = []
        if label_path.exists():
            gold = {str(k): v for k, v in (_yaml(label_path) or {}).items()}
            for item_id, label in gold.items():
                if item_id not in tool:
                    continue
                pair = (label["status"], tool[item_id].status)
                text_rows.append(pair)
                per_item.setdefault(item_id, []).append(pair)
                if args.show and pair[0] != pair[1]:
                    where = ", ".join(e.location for e in tool[item_id].evidence[:4])
                    print(f"    {stem[:30]} {item_id:6} gold {pair[0]:8} tool {pair[1]:8} "
                          f"[{where}] gold at {label.get('clauses', [])}")
            rows[half].extend(text_rows)
            if args.evidence:
                from authoring.coverage.units import document_units
                from authoring.docx.read import read_docx

                units = document_units(read_docx(build(path)))
                for item_id, label in gold.items():
                    if item_id in tool and addressed(label["status"]) and addressed(tool[item_id].status):
                        shown = [e.location for e in tool[item_id].evidence]
                        evidence_hits[half].append((
                            evidence_at_cited(shown, units, label.get("clauses")),
                            evidence_at_cited(shown[:1], units, label.get("clauses")),
                        ))
        counts = result.counts()
        for f in result.findings:
            if f.severity not in ("error", "warning"):
                continue
            key = finding_key(stem, f.rule, f.location, f.excerpt)
            verdict = judged.get(key, {}).get("verdict")
            if verdict is None:
                unjudged.append({"key": key, "text": stem, "rule": f.rule, "severity": f.severity,
                                 "location": f.location, "message": f.message, "excerpt": f.excerpt,
                                 "verdict": "", "reason": ""})
                verdicts[half]["UNJUDGED"] += 1
            else:
                verdicts[half][verdict] += 1
                if args.show and verdict in ("FALSE", "DEBATABLE"):
                    print(f"    {stem[:30]} lint {verdict[:5]} {f.rule} @ {f.location}: {f.excerpt[:50]!r}")
        m = coverage_metrics(text_rows) if text_rows else None
        agree = f"{m['exact']:.2f}" if m else "-"
        f1 = f"{m['f1']:.2f}" if m else "-"
        print(f"{stem[:48]:48} {half:5} {shape_of(path):11} {doc.rules[:12]:12} {doc.structure:8} "
              f"{doc.function:7} {agree:>6} {f1:>5} {counts['error']:>4} {counts['warning']:>4}")

    figures: dict[str, dict] = {}
    print()
    for half in ("tune", "test", "fresh"):
        if not rows[half] and not verdicts[half]:
            continue
        m = coverage_metrics(rows[half])
        v = verdicts[half]
        judged_n = v["TRUE"] + v["FALSE"]
        precision = v["TRUE"] / judged_n if judged_n else None
        figures[half] = {"coverage": m, "lint": dict(v), "lint_precision": precision}
        if m["n"]:
            print(f"{half}: coverage over {m['n']} labels — addressed P {m['precision']:.2f} R {m['recall']:.2f} "
                  f"F1 {m['f1']:.2f}, balanced accuracy {m['balanced_accuracy']:.2f}, exact {m['exact']:.2f}")
            confusion = Counter(rows[half])
            print(f"{half}: confusion (gold → tool) " + "  ".join(
                f"{g[0]}→{t[0]} {confusion[(g, t)]}" for g in STATUSES for t in STATUSES))
            hits = evidence_hits[half]
            if hits:
                some, first = sum(h for h, _ in hits), sum(f for _, f in hits)
                figures[half]["evidence"] = {"items": len(hits), "any_cited": some, "first_cited": first}
                print(f"{half}: evidence on {len(hits)} items both call addressed — a place the readers cited "
                      f"among those shown {some / len(hits):.2f}, the first shown {first / len(hits):.2f}")
        else:  # no labelled text selected: nothing was measured, so no figures (never a confident 0.00)
            print(f"{half}: coverage not measured (no labelled text)")
        print(f"{half}: lint errors+warnings TRUE {v['TRUE']} FALSE {v['FALSE']} DEBATABLE {v['DEBATABLE']} "
              f"unjudged {v['UNJUDGED']} — precision " + (f"{precision:.2f}" if precision is not None else "-"))
    if per_item:
        print("\nper item (all selected texts): n, addressed F1, exact")
        for item_id in sorted(per_item, key=lambda s: [int(x) for x in s.split(".")]):
            m = coverage_metrics(per_item[item_id])
            print(f"  {item_id:6} {m['n']:3} {m['f1']:.2f} {m['exact']:.2f}")
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=2), encoding="utf-8")
    if args.unjudged:
        from ruamel.yaml import YAML

        yaml = YAML()
        yaml.width = 200
        with args.unjudged.open("w", encoding="utf-8") as fh:
            yaml.dump(unjudged, fh)
        print(f"\n{len(unjudged)} unjudged findings written to {args.unjudged}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
