"""Which Chinese cues are read across a word boundary in the texts of bench/real?

A short cue is found inside longer words that mean something else: 人本 (human-centred) in
申请人本人, 共建 in 公共建筑, 内审 in 30日内审核. For every cue of two or three characters (items,
methods and weak cues of the excellence guide), each line of every text in bench/real/texts is cut
into words by a segmenter, and an occurrence whose start or end falls inside a word is counted, unless
one of the item's false friends covers it (as the checker drops it). Cues crossing a boundary in at
least a third of their occurrences (and three times or more) are printed with examples: candidates for
false friends, to be read one by one (公益 in 公益性 is the same word; 共建 in 公共建筑 is not).

Needs jieba (``pip install jieba``), for this probe only: the checker does not use it.

Usage: ``python bench/cue_boundaries.py [MIN_SHARE]`` (default 0.3)
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import jieba  # noqa: E402

from authoring.checklist import load_packs  # noqa: E402

MIN_SHARE = float(sys.argv[1]) if len(sys.argv) > 1 else 0.3


def cue_owners() -> tuple[dict[str, set[str]], dict[str, tuple[str, ...]]]:
    """Short Chinese cues with the items they belong to, and each item's false friends."""
    guide = load_packs()["excellence-guide"]
    cues: dict[str, set[str]] = defaultdict(set)
    friends: dict[str, tuple[str, ...]] = {}
    for item in guide.items():
        friends[item.id] = item.false_friends.zh
        words = [*item.cues.zh, *item.weak_cues.zh, *(c for m in item.methods for c in m.cues.zh)]
        for cue in words:
            if "…" not in cue and 2 <= len(cue) <= 3:
                cues[cue].add(item.id)
    return cues, friends


def main() -> int:
    jieba.setLogLevel(60)
    cues, friends = cue_owners()
    total: Counter[str] = Counter()
    crossing: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for path in sorted((ROOT / "bench" / "real" / "texts").glob("*.md")):
        for line in path.read_text(encoding="utf-8").splitlines():
            present = [c for c in cues if c in line]
            if not present:
                continue
            bounds, at = {0}, 0
            for word in jieba.lcut(line):
                at += len(word)
                bounds.add(at)
            for cue in present:
                covers = [f for owner in cues[cue] for f in friends.get(owner, ())]
                for match in re.finditer(re.escape(cue), line):
                    if any(line.find(f, max(0, match.end() - len(f)), match.start() + len(f)) >= 0 for f in covers):
                        continue
                    total[cue] += 1
                    if match.start() not in bounds or match.end() not in bounds:
                        crossing[cue] += 1
                        if len(examples[cue]) < 4:
                            examples[cue].append(line[max(0, match.start() - 6):match.end() + 6])
    rows = sorted(((crossing[c], total[c], c) for c in cues if crossing[c] >= 3 and crossing[c] >= MIN_SHARE * total[c]),
                  reverse=True)
    for count, of, cue in rows:
        print(f"{count:4} of {of:4}  {cue}  {sorted(cues[cue])}  " + " | ".join(examples[cue]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
