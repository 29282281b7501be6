"""The whole-process benchmark runs: its cases start, the studio reports its first screen."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_process.py"


def test_a_quick_round_of_the_process_benchmark(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, str(BENCH), "--repeat", "1", "--batch", "5", "--large-chapters", "1",
         "--only", "version,tiny,batch-fifth,batch-half,batch,studio", "--keep", str(tmp_path)],
        capture_output=True, text=True, timeout=600,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    out = run.stdout
    for label in ("stdauthor --version", "check, 3-paragraph draft", "check, batch of 5", "studio, first screen"):
        assert label in out, out
    assert "[this] studio, first screen:" in out and "batch: each further draft" in out and "CPU time / wall time" in out
