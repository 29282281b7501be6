"""numbering.list-marker: when two marker forms are equally common, the first one is the usual one.

The choice used to follow set order, which changes with the string hash seed from one run to
the next; the subprocess runs make such a dependence show.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_SCRIPT = """
import json
from authoring.document import Clause, ListBlock, ListItem, StandardDocument
from authoring.lint import run_lint
doc = StandardDocument(clauses=[Clause(number="4", title="要求", blocks=[ListBlock(items=[
    ListItem(text=text) for text in ("a) 第一项", "1) 第二项", "b) 第三项", "2) 第四项")
])])])
print(json.dumps([f.message for f in run_lint(doc) if f.rule == "numbering.list-marker"], ensure_ascii=False))
"""


def _messages(seed: str) -> list[str]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    out = subprocess.run([sys.executable, "-c", _SCRIPT], cwd=ROOT, env=env, check=True,
                         capture_output=True, text=True, timeout=120)
    return json.loads(out.stdout)


def test_tied_marker_forms_pick_the_first_whatever_the_hash_seed() -> None:
    runs = [_messages(str(seed)) for seed in range(6)]
    assert all(run == runs[0] for run in runs)
    assert len(runs[0]) == 1 and "“1)”" in runs[0][0]
