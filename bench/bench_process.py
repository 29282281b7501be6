"""Whole-process benchmark of every ``stdauthor`` command, against a bare python-docx process.

Run on demand (pytest does not collect it)::

    .venv/bin/python bench/bench_process.py                    # median of 7 alternating runs
    .venv/bin/python bench/bench_process.py --repeat 9 --batch 50
    .venv/bin/python bench/bench_process.py --compare /tmp/before   # also an older checkout, alternately
    .venv/bin/python bench/bench_process.py --only version,help,tiny

What a user feels is the whole process: start-up, imports, loading the checklist packs,
reading, analysing and reporting. Each case is a fresh process, started the way a user starts
it (the ``stdauthor`` script beside this Python; ``python -m authoring`` when there is none, and
for both checkouts with ``--compare``), timed from spawn to exit, its peak RSS (the largest of
the process and the workers it waited for) read from ``wait4``. The baseline is a bare process that
imports python-docx, loads the same draft and reads the text of every paragraph and table cell.
Cases and baselines run alternately, round after round, and the median of ``--repeat`` rounds
is reported (one warm-up round first: the pack cache, the page cache, the working copy of the
example project).

Cases: ``--version``, ``--help``, ``check`` on a 3-paragraph draft, on a ~16-page draft and on a
~10,800-paragraph draft with 60-odd tables, a batch of ``--batch`` drafts (and a fifth and a half
of it: the cost of each further draft from a fifth to a half, and from a half to the whole,
says whether the time grows linearly; CPU time over wall time says how many cores it kept
busy), and the studio's first screen: ``stdauthor studio`` run headless until the screen the
author first sees (the example project in the author screen) is mounted and idle. The studio
case patches ``textual.app.App.run`` from outside to add ``headless=True`` and an auto-pilot; the
product code is not told it is being measured.

All user folders (cache, data, config, state) point into a temporary folder, so the runs
neither read nor write the user's own. One more case checks the 3-paragraph draft with the pack
cache switched off (``STDAUTHOR_NO_CACHE=1``): what the first run after an upgrade or an edited
pack costs.

Each checkout measured is byte-compiled first (``python -m compileall -q`` on its ``authoring``
package), as an installed package is: a checkout run where ``PYTHONDONTWRITEBYTECODE`` is set
(some sandboxes set it) would otherwise compile the package from source in every process, some
0.06 s that no user pays. The bytecode goes to the checkout's ``__pycache__`` folders.

The machine this runs on may be shared: read the ratios against the bare process timed in the
same rounds, not the seconds.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

GOALS = {
    "version": ("abs", 0.15),
    "help": ("abs", 0.15),
    "16-page": ("ratio", 2.0),
    "large": ("ratio", 1.5),
    "studio": ("abs", 1.0),
}

BARE = r"""
import sys
import docx
for path in sys.argv[1:]:
    document = docx.Document(path)
    chars = sum(len(p.text) for p in document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            chars += sum(len(cell.text) for cell in row.cells)
"""

# The studio until its first screen: the real entry point (``stdauthor studio``), with App.run
# told from outside to run headless and to stop once the screen stack has settled and the top
# screen is mounted. The time printed is CLOCK_MONOTONIC, the parent's clock too.
STUDIO = r"""
import sys, time
import textual.app

_run = textual.app.App.run

async def _first_screen(pilot):
    app = pilot.app
    last = None
    while True:
        await pilot.pause()
        stack = tuple(id(s) for s in app.screen_stack)
        if stack == last and app.screen.is_mounted:
            break
        last = stack
    print(f"FIRST-SCREEN {time.monotonic():.6f} {type(app.screen).__name__}", file=sys.__stderr__, flush=True)
    app.exit(0)

def _headless(self, *args, **kwargs):
    kwargs["headless"] = True
    kwargs["auto_pilot"] = _first_screen
    kwargs.setdefault("size", (120, 40))
    return _run(self, *args, **kwargs)

textual.app.App.run = _headless
from authoring.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


@dataclass
class Sample:
    """One timed process: wall seconds, CPU seconds (user + system, children included), peak RSS."""

    wall: float
    cpu: float
    rss_mb: float


@dataclass
class Case:
    """A command to time, and the baseline process it is compared with (None: absolute only).

    ``args`` follow the ``stdauthor`` command; with a ``snippet`` they follow ``python -c
    SNIPPET`` instead (the studio case).
    """

    name: str
    label: str
    args: list[str]
    baseline: list[str] | None = None
    snippet: str | None = None
    env: dict[str, str] = field(default_factory=dict)
    samples: dict[str, list[Sample]] = field(default_factory=dict)

    def argv(self, stdauthor: list[str]) -> list[str]:
        if self.snippet is not None:
            return [sys.executable, "-c", self.snippet, *self.args]
        return [*stdauthor, *self.args]


def run_process(argv: list[str], env: dict[str, str], cwd: Path, *, first_screen: bool = False) -> Sample:
    """Run ``argv`` to its end; wall time from spawn to exit (or to the first screen)."""
    start = time.monotonic()
    proc = subprocess.Popen(argv, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL)
    assert proc.stderr is not None
    err = proc.stderr.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(proc.pid, 0)
    end = time.monotonic()
    proc.returncode = os.waitstatus_to_exitcode(status)
    proc.stderr.close()
    if proc.returncode not in (0, 1) or "Traceback" in err:
        raise SystemExit(f"{' '.join(argv[:4])} ... exited with {proc.returncode}\n{err[-2000:]}")
    if first_screen:
        marks = [line.split() for line in err.splitlines() if line.startswith("FIRST-SCREEN ")]
        if not marks:
            raise SystemExit(f"the studio never reported its first screen\n{err[-2000:]}")
        end = float(marks[-1][1])
    return Sample(end - start, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def command(compare: bool) -> list[str]:
    """How a user starts stdauthor: the ``stdauthor`` script beside this Python (this checkout is
    first on ``PYTHONPATH``, see :func:`environment`). With ``--compare``, ``python -m authoring``
    for both checkouts: the script is generated for this checkout's entry point, which an older
    one may lack."""
    script = Path(sys.executable).with_name("stdauthor")
    if script.exists() and not compare:
        return [str(script)]
    return [sys.executable, "-m", "authoring"]


def byte_compile(root: Path) -> None:
    """Write the bytecode of ``root``'s package, as installing it would (see the module doc)."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(root / "authoring")], check=True)


def environment(root: Path, home: Path) -> dict[str, str]:
    """The environment of every run: this checkout first on the path, user folders in ``home``."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(root)
    for var in [name for name in env if name.startswith("STDAUTHOR_")]:
        del env[var]  # the user's own settings (packs, language, folders) stay out of it
    for var, sub in (("XDG_CACHE_HOME", "cache"), ("XDG_CONFIG_HOME", "config"), ("XDG_STATE_HOME", "state"),
                     ("XDG_DATA_HOME", "data"), ("STDAUTHOR_DATA_DIR", "data/stdauthor"),
                     ("STDAUTHOR_CONFIG_DIR", "config/stdauthor"), ("STDAUTHOR_CACHE_DIR", "cache/stdauthor"),
                     ("STDAUTHOR_LOG_DIR", "logs")):
        env[var] = str(home / sub)
    env["TERM"] = "xterm-256color"
    return env


# -- drafts --------------------------------------------------------------------------------------


def make_drafts(folder: Path, batch: int, large_chapters: int = 42) -> dict[str, list[Path]]:
    """The drafts of every case, written with the project's writer (python-docx for the tiny one)."""
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_check import make_document  # noqa: PLC0415
    from docx import Document  # noqa: PLC0415

    from authoring.checklist import load_packs  # noqa: PLC0415
    from authoring.docx.write import write_docx  # noqa: PLC0415

    checklist = load_packs().get("excellence-guide")
    folder.mkdir(parents=True)
    tiny = folder / "tiny.docx"
    document = Document()
    document.add_paragraph("养老机构服务规范")
    document.add_paragraph("本文件规定了养老机构服务的基本要求。")
    document.add_paragraph("养老机构应建立服务质量评价制度。")
    document.save(str(tiny))
    page16 = folder / "page16.docx"
    write_docx(make_document(checklist, chapters=3, clauses=6, paragraphs=5, every_table=4), page16)
    large = folder / "large.docx"
    write_docx(make_document(checklist, chapters=large_chapters, clauses=12, paragraphs=8, every_table=8), large)
    many = folder / "batch"
    many.mkdir()
    drafts = []
    for k in range(batch):
        path = many / f"draft-{k + 1:02d}.docx"
        write_docx(make_document(checklist, chapters=3, clauses=6, paragraphs=5, every_table=4, seed=100 + k), path)
        drafts.append(path)
    return {"tiny": [tiny], "16-page": [page16], "large": [large], "batch": drafts}


def describe(path: Path) -> str:
    from docx import Document  # noqa: PLC0415

    body = Document(str(path)).element.body
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    paragraphs = sum(1 for _ in body.iter(f"{ns}p"))
    tables = sum(1 for _ in body.iter(f"{ns}tbl"))
    return f"{path.name}: {paragraphs} paragraphs (w:p), {tables} tables, {path.stat().st_size / 1e6:.2f} MB"


# -- the run -------------------------------------------------------------------------------------


def cases(drafts: dict[str, list[Path]], only: set[str] | None) -> list[Case]:
    bare = [sys.executable, "-c", BARE]
    fifth, half = batch_sizes(len(drafts["batch"]))
    tiny, page16, large = (str(drafts[k][0]) for k in ("tiny", "16-page", "large"))
    batch = [str(p) for p in drafts["batch"]]
    out = [
        Case("version", "stdauthor --version", ["--version"], bare + [tiny]),
        Case("help", "stdauthor --help", ["--help"], bare + [tiny]),
        Case("check-help", "stdauthor check --help", ["check", "--help"], bare + [tiny]),
        Case("tiny", "check, 3-paragraph draft", ["check", tiny], bare + [tiny]),
        Case("tiny-nocache", "  the same, no pack cache", ["check", tiny], bare + [tiny],
             env={"STDAUTHOR_NO_CACHE": "1"}),
        Case("16-page", "check, ~16-page draft", ["check", page16], bare + [page16]),
        Case("large", "check, 10,800-paragraph draft", ["check", large], bare + [large]),
        Case("batch-fifth", f"check, batch of {fifth}", ["check", *batch[:fifth]], bare + batch[:fifth]),
        Case("batch-half", f"check, batch of {half}", ["check", *batch[:half]], bare + batch[:half]),
        Case("batch", f"check, batch of {len(batch)}", ["check", *batch], bare + batch),
        Case("studio", "studio, first screen", ["studio"], None, snippet=STUDIO),
    ]
    return [c for c in out if only is None or c.name in only]


def batch_sizes(n: int) -> tuple[int, int]:
    """The smaller batches the time of the whole one is compared with: a fifth and a half."""
    return max(1, n // 5), max(2, n // 2)


def measure(all_cases: list[Case], variants: dict[str, tuple[list[str], dict[str, str]]], repeat: int,
            cwd: Path, progress: Callable[[str], None]) -> None:
    """``repeat`` rounds (after a warm-up); in each, every case runs once per variant, then its baseline."""
    base_env = next(iter(variants.values()))[1]
    for round_no in range(repeat + 1):
        progress(f"round {round_no}/{repeat}" if round_no else "warm-up")
        for case in all_cases:
            order = list(variants.items())
            if round_no % 2:
                order.reverse()
            for name, (stdauthor, env) in order:
                sample = run_process(case.argv(stdauthor), {**env, **case.env}, cwd,
                                     first_screen=case.snippet is not None)
                if round_no:
                    case.samples.setdefault(name, []).append(sample)
            if case.baseline is not None:
                sample = run_process(case.baseline, base_env, cwd)
                if round_no:
                    case.samples.setdefault("baseline", []).append(sample)


def median(samples: list[Sample], what: str) -> float:
    return statistics.median(getattr(s, what) for s in samples)


def report(all_cases: list[Case], variants: list[str], batch: int) -> None:
    head = f"{'case':32}" + "".join(f"{v + ' s':>12}{'× bare':>8}{'RSS MB':>8}" for v in variants)
    head += f"{'bare s':>9}{'RSS MB':>8}"
    print("\n" + head)
    for case in all_cases:
        base = case.samples.get("baseline")
        line = f"{case.label:32}"
        for v in variants:
            samples = case.samples.get(v, [])
            wall = median(samples, "wall")
            ratio = f"{wall / median(base, 'wall'):8.2f}" if base else f"{'':8}"
            line += f"{wall:12.3f}{ratio}{median(samples, 'rss_mb'):8.0f}"
        if base:
            line += f"{median(base, 'wall'):9.3f}{median(base, 'rss_mb'):8.0f}"
        print(line)

    print()
    for v in variants:
        by = {c.name: c for c in all_cases}
        for name, (kind, goal) in GOALS.items():
            if name not in by:
                continue
            case = by[name]
            wall = median(case.samples[v], "wall")
            if kind == "abs":
                value, text = wall, f"{wall:.3f} s"
            else:
                value = wall / median(case.samples["baseline"], "wall")
                text = f"{value:.2f}× bare"
            verdict = "OK" if value <= goal else "over goal"
            print(f"[{v}] {case.label}: {text} (goal ≤ {goal}{' s' if kind == 'abs' else '×'}: {verdict})")
        if "large" in by:
            case = by["large"]
            rss = median(case.samples[v], "rss_mb") / median(case.samples["baseline"], "rss_mb")
            print(f"[{v}] peak RSS on the large draft: {rss:.2f}× bare (goal ≤ 3: {'OK' if rss <= 3 else 'over goal'})")
        if all(k in by for k in ("batch", "batch-half", "batch-fifth")):
            sizes = dict(zip(("batch-fifth", "batch-half", "batch"), (*batch_sizes(batch), batch)))
            walls = {k: median(by[k].samples[v], "wall") for k in sizes}
            whole = by["batch"].samples[v]
            cores = median(whole, "cpu") / median(whole, "wall")
            growth = ""
            if sizes["batch-fifth"] < sizes["batch-half"] < sizes["batch"]:
                first = (walls["batch-half"] - walls["batch-fifth"]) / (sizes["batch-half"] - sizes["batch-fifth"])
                second = (walls["batch"] - walls["batch-half"]) / (sizes["batch"] - sizes["batch-half"])
                ratio = f"{second / first:.2f}" if first > 0 else "n/a"
                growth = (f"each further draft costs {first:.3f} s from {sizes['batch-fifth']} to "
                          f"{sizes['batch-half']} drafts and {second:.3f} s from {sizes['batch-half']} to "
                          f"{batch} (ratio {ratio}; 1.00 = linear); ")
            print(f"[{v}] batch: {growth}CPU time / wall time {cores:.2f} on {os.cpu_count()} cores")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="timed rounds (default 7; the median is shown)")
    parser.add_argument("--batch", type=int, default=50, help="drafts in the batch case (default 50)")
    parser.add_argument("--compare", type=Path, metavar="CHECKOUT",
                        help="also time another checkout (e.g. an older commit), alternately")
    parser.add_argument("--only", help="comma-separated cases: version,help,check-help,tiny,tiny-nocache,16-page,large,"
                                       "batch-fifth,batch-half,batch,studio")
    parser.add_argument("--keep", type=Path, help="keep the drafts and user folders here (and reuse them)")
    parser.add_argument("--large-chapters", type=int, default=42,
                        help="content chapters of the large draft (default 42: ~10,800 paragraphs)")
    parser.add_argument("--make-drafts", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.make_drafts:
        drafts = make_drafts(args.make_drafts, args.batch, args.large_chapters)
        for key in ("tiny", "16-page", "large"):
            print(describe(drafts[key][0]))
        return 0
    only = set(args.only.split(",")) if args.only else None

    work = Path(tempfile.mkdtemp(prefix="stdauthor-process-")) if not args.keep else args.keep
    work.mkdir(parents=True, exist_ok=True)
    try:
        if not (work / "drafts").is_dir():
            # In a child process: this one stays small, and a child's peak RSS, which counts
            # the parent's pages it was forked with until it execs, stays its own.
            subprocess.run([sys.executable, __file__, "--make-drafts", str(work / "drafts"), "--batch",
                            str(args.batch), "--large-chapters", str(args.large_chapters)], check=True)
        drafts = _found(work)
        print(f"batch: {len(drafts['batch'])} drafts like the 16-page one; {os.cpu_count()} cores; "
              f"Python {sys.version.split()[0]}")
        byte_compile(ROOT)
        variants: dict[str, tuple[list[str], dict[str, str]]] = {
            "this": (command(bool(args.compare)), environment(ROOT, work / "home-this")),
        }
        if args.compare:
            other = args.compare.resolve()
            byte_compile(other)
            variants["compare"] = (command(True), environment(other, work / "home-compare"))
        all_cases = cases(drafts, only)
        measure(all_cases, variants, args.repeat, work, lambda text: print(text, file=sys.stderr, flush=True))
        report(all_cases, list(variants), len(drafts["batch"]))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


def _found(work: Path) -> dict[str, list[Path]]:
    folder = work / "drafts"
    return {"tiny": [folder / "tiny.docx"], "16-page": [folder / "page16.docx"], "large": [folder / "large.docx"],
            "batch": sorted((folder / "batch").glob("*.docx"))}


if __name__ == "__main__":
    raise SystemExit(main())
