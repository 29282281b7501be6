"""Two cores for one draft: the drafting rules in a forked child, only where the command line asks.

The forking runs in a fresh interpreter (never in the test process), on a generated GB/T draft.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the fork is Linux only")

PRELUDE = f"""
import os, sys, json, time
sys.path.insert(0, {str(ROOT / 'bench')!r})
import authoring.check as check
from authoring.checklist import load_packs
from authoring.docx.read import read_docx
from authoring.docx.write import write_docx
from bench_check import make_document

checklist = load_packs().get("excellence-guide")
path = sys.argv[1]
if not os.path.exists(path):
    write_docx(make_document(checklist, chapters=2, clauses=4, paragraphs=4, every_table=3), path)
doc = read_docx(path)
assert doc.character_count() >= check.PARALLEL_MIN_CHARACTERS

def result():
    out = check.check_document(doc, checklist, file=path, disabled={{"wording.placeholder"}})
    return out.to_json(), [f.anchor for f in out.findings]
"""


def _run(tmp_path: Path, body: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    code = PRELUDE + body
    proc = subprocess.run([sys.executable, "-c", code, str(tmp_path / "draft.docx")], capture_output=True,
                          text=True, timeout=timeout, cwd=ROOT,
                          env={**os.environ, "STDAUTHOR_CACHE_DIR": str(tmp_path / "cache")})
    assert proc.returncode == 0, proc.stderr
    return proc


def test_the_result_is_the_same_with_the_rules_in_a_child(tmp_path: Path) -> None:
    proc = _run(tmp_path, """
forks = []
real_fork = os.fork
def counting_fork():
    forks.append(1)
    return real_fork()
os.fork = counting_fork
alone = result()
assert forks == [], "forked without being asked"
check.set_parallel(True)
together = result()
assert forks == [1], forks
assert together == alone
assert alone[0]["findings"], "the draft should have findings to compare"
print("ok")
""")
    assert proc.stdout.strip() == "ok"


def test_a_child_that_fails_leaves_the_rules_to_the_parent(tmp_path: Path) -> None:
    proc = _run(tmp_path, """
import authoring.lint as lint
alone = result()
parent = os.getpid()
real = lint.run_lint
def failing_in_child(*args, **kwargs):
    if os.getpid() != parent:
        raise RuntimeError("child failure")
    return real(*args, **kwargs)
lint.run_lint = failing_in_child
check.set_parallel(True)
assert result() == alone
def dying_in_child(*args, **kwargs):
    if os.getpid() != parent:
        os._exit(9)
    return real(*args, **kwargs)
lint.run_lint = dying_in_child
assert result() == alone
print("ok")
""")
    assert proc.stdout.strip() == "ok"


def test_an_error_in_the_parent_stops_the_child(tmp_path: Path) -> None:
    proc = _run(tmp_path, """
import authoring.lint as lint, authoring.coverage as coverage
parent = os.getpid()
real = lint.run_lint
def slow_in_child(*args, **kwargs):
    if os.getpid() != parent:
        open(sys.argv[1] + ".pid", "w").write(str(os.getpid()))
        time.sleep(60)
    return real(*args, **kwargs)
lint.run_lint = slow_in_child
def broken(*args, **kwargs):
    time.sleep(0.5)
    raise KeyError("coverage bug")
coverage.analyse = broken
check.set_parallel(True)
try:
    result()
except KeyError:
    pass
else:
    raise AssertionError("the coverage error was lost")
child = int(open(sys.argv[1] + ".pid").read())
try:
    os.kill(child, 0)
except ProcessLookupError:
    print("ok")
else:
    raise AssertionError("child still running")
""")
    assert proc.stdout.strip() == "ok"


def test_a_child_dies_with_its_worker(tmp_path: Path) -> None:
    """A worker stopped at its time limit takes the child applying the rules along."""
    pid_file = tmp_path / "draft.docx.pid"
    proc = _run(tmp_path, """
import authoring.lint as lint
from authoring.cli.workers import run_jobs
parent_of_all = os.getpid()
real = lint.run_lint
def hanging_in_grandchild(*args, **kwargs):
    if os.getppid() != parent_of_all:  # the child of a worker
        open(sys.argv[1] + ".pid", "w").write(str(os.getpid()))
        time.sleep(600)
    return real(*args, **kwargs)
lint.run_lint = hanging_in_grandchild

def job(item):
    check.set_parallel(True)
    yield result()

outcomes = run_jobs([1], job, jobs=2, timeout=3)
print(outcomes[0].end)
""")
    assert proc.stdout.strip() == "timeout"
    child = int(pid_file.read_text())
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _alive(child):
        time.sleep(0.1)
    assert not _alive(child), "the child outlived its worker"


def _alive(pid: int) -> bool:
    """Running (a zombie waiting for its reaper counts as dead)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def test_the_command_uses_a_second_core_only_with_one_to_spare() -> None:
    from authoring.cli import check_cmd

    seen: list[list[bool]] = []

    def spy(tasks, job, **kwargs):  # noqa: ANN001, ANN003, ANN202
        seen.append([t.parallel for t in tasks])
        return []

    task = check_cmd.Task(path="a.docx", checklist=None, disabled=set(), lang="zh")  # type: ignore[arg-type]
    original = check_cmd.run_jobs
    check_cmd._LAZY.bind()
    check_cmd.run_jobs = spy
    try:
        cores = check_cmd._cores()
        check_cmd.run_tasks([task], jobs=1, timeout=0)  # in this process: never
        check_cmd.run_tasks([task], jobs=8, timeout=10)
        check_cmd.run_tasks([task] * 8, jobs=8, timeout=10)  # every core busy already
    finally:
        check_cmd.run_jobs = original
    assert seen[0] == [False]
    assert seen[1] == [cores > 1]
    assert seen[2] == [False] * 8


def test_copies_of_a_pack_become_one_object_in_a_worker() -> None:
    """Tasks reach workers pickled; equal packs are made one object again, so what is kept per
    pack (the compiled cues) is built once per worker, not once per draft."""
    import pickle

    from authoring.checklist import load_packs
    from authoring.cli.check_cmd import interned

    library = load_packs()
    pack = interned(library.get("excellence-guide"))
    copy = pickle.loads(pickle.dumps(pack))
    assert copy is not pack and interned(copy) is pack
    other = interned(library.get("caf-5.2"))
    assert other is not pack and interned(pickle.loads(pickle.dumps(other))) is other
