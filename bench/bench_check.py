"""Benchmark of ``stdauthor check`` on a large generated draft, against a bare load and pandoc.

Run on demand (pytest does not collect it)::

    .venv/bin/python bench/bench_check.py                 # default size, 3 repeats
    .venv/bin/python bench/bench_check.py --chapters 40 --repeat 5 --keep /tmp/big.docx
    .venv/bin/python bench/bench_check.py --profile       # + cProfile of check_file

It writes a draft (thousands of paragraphs, dozens of tables, Chinese text drawn from the
checklist pack, clause headings) with the project's writer into a temporary folder, then times
(1) python-docx load + text of every paragraph and table cell (the baseline), (2) ``read_docx``,
(3) ``check_file`` (read + coverage + lint, with coverage and lint also timed alone; and, on a
machine with a second core, as ``stdauthor check`` runs it, the rules in a forked child), and
(4) ``pandoc -f docx -t plain``; then measures the peak Python heap of each stage, and the time
``load_packs()`` takes (what every CLI run pays before it reads a draft).
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import io
import os
import pstats
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from docx import Document  # noqa: E402

from authoring.check import check_file, set_parallel  # noqa: E402
from authoring.checklist import Checklist, load_packs  # noqa: E402
from authoring.document import (  # noqa: E402
    Annex, Clause, ListBlock, ListItem, Metadata, Note, Paragraph, Reference, Section,
    StandardDocument, Table, TermEntry,
)

GOAL_RATIO = 2.0


def sentence_pool(checklist: Checklist) -> list[str]:
    """Realistic service-standard sentences: the pack's item texts, points and methods."""
    pool: list[str] = []
    for item in checklist.items():
        pool += [s for s in (item.text_zh, *item.points_zh) if s]
    pool += [method.text_zh for _, method in checklist.methods() if method.text_zh]
    if not pool:
        raise SystemExit(f"checklist {checklist.id} has no text to draw sentences from")
    return pool


def make_document(checklist: Checklist, *, chapters: int, clauses: int, paragraphs: int,
                  every_table: int, seed: int = 7) -> StandardDocument:
    """A large 指南-type draft: 3 opening chapters, ``chapters`` content chapters, an annex."""
    rng = random.Random(seed)
    pool = sentence_pool(checklist)
    titles = [i.title_zh for i in checklist.items()]

    def para() -> Paragraph:
        return Paragraph(text="".join(rng.choice(pool) for _ in range(rng.randint(1, 3))))

    def table(number: str) -> Table:
        header = ["序号", "服务项目", "服务内容", "评价方法"]
        rows = [header] + [[str(r + 1), rng.choice(titles), rng.choice(pool), rng.choice(pool)[:30]]
                           for r in range(rng.randint(6, 14))]
        return Table(number=number, title=f"{rng.choice(titles)}一览", rows=rows)

    body = [
        Clause(number="1", title="范围", blocks=[
            Paragraph(text="本文件给出了养老机构服务提供和服务内容设计的指导和建议。"),
            Paragraph(text="本文件适用于养老机构的服务标准化活动。"),
        ]),
        Clause(number="2", title="规范性引用文件", blocks=[
            Paragraph(text="下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。"),
            Reference(designation="GB/T 15624", title="服务标准化工作指南"),
            Reference(designation="GB/T 24620", title="服务标准制定导则　考虑消费者需求"),
        ]),
        Clause(number="3", title="术语和定义", blocks=[
            Paragraph(text="下列术语和定义适用于本文件。"),
            *[TermEntry(number=f"3.{k + 1}", term_zh=titles[k % len(titles)] + f"{k + 1}",
                        definition=rng.choice(pool)) for k in range(12)],
        ]),
    ]
    table_no = 0
    for c in range(chapters):
        number = str(c + 4)
        children = []
        for k in range(clauses):
            blocks: list[Any] = [para() for _ in range(paragraphs)]
            blocks.append(ListBlock(style="dash", items=[ListItem(text=rng.choice(pool)) for _ in range(4)]))
            blocks.append(Note(text=rng.choice(pool)))
            if (c * clauses + k) % every_table == 0:
                table_no += 1
                blocks.insert(1, Paragraph(text=f"相关内容见表{table_no}。"))
                blocks.append(table(str(table_no)))
            children.append(Clause(number=f"{number}.{k + 1}", title=rng.choice(titles), blocks=blocks))
        body.append(Clause(number=number, title=rng.choice(titles), children=children))
    annex = Annex(letter="A", title="服务评价示例", blocks=[Paragraph(text="表A.1给出了服务评价示例。"),
                                                       table("A.1")])
    return StandardDocument(
        metadata=Metadata(title_zh="养老机构卓越服务指南", number="XXXXX", year="XXXX"),
        foreword=Section(blocks=[Paragraph(text="本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。")]),
        introduction=Section(blocks=[para() for _ in range(3)]),
        clauses=body,
        annexes=[annex],
        bibliography=[Reference(designation="GB/T 19001", title="质量管理体系　要求", serial=1)],
    )


def bare_load(path: Path) -> int:
    """python-docx load plus the text of every paragraph and table cell (the baseline)."""
    document = Document(str(path))
    chars = sum(len(p.text) for p in document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            chars += sum(len(cell.text) for cell in row.cells)
    return chars


def pandoc_plain(path: Path) -> int:
    """``pandoc -f docx -t plain``; returns the length of the text."""
    out = subprocess.run(["pandoc", "-f", "docx", "-t", "plain", str(path)],
                         check=True, capture_output=True, timeout=600)
    return len(out.stdout)


def two_cores() -> bool:
    return sys.platform.startswith("linux") and (os.cpu_count() or 1) > 1


def check_file_forked(path: Path, checklist: Checklist) -> Any:
    """check_file as `stdauthor check` runs it for one draft when a core is idle."""
    set_parallel(True)
    try:
        return check_file(path, checklist)
    finally:
        set_parallel(False)


def best_of(fn: Callable[[], Any], repeat: int) -> tuple[float, float]:
    """Best and median wall time of ``repeat`` calls."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def peak_heap(fn: Callable[[], Any]) -> int:
    """Peak Python heap (tracemalloc) of one call, in bytes."""
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def own_time_by_module(stats: pstats.Stats, top: int = 20) -> str:
    """Profiled own time summed per project module (builtins and libraries lumped together)."""
    own: collections.Counter[str] = collections.Counter()
    root = str(Path(__file__).resolve().parents[1]) + "/"
    for (filename, _, _), (_, _, tottime, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        own[filename.removeprefix(root) if filename.startswith(root) else "(builtins and libraries)"] += tottime
    total = sum(own.values()) or 1.0
    lines = [f"{'own s':>7} {'share':>6}  module (profiler overhead included)"]
    lines += [f"{t:7.3f} {t / total:6.1%}  {name}" for name, t in own.most_common(top)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checklist", default="excellence-guide")
    parser.add_argument("--chapters", type=int, default=30, help="content chapters (default 30)")
    parser.add_argument("--clauses", type=int, default=12, help="clauses per chapter (default 12)")
    parser.add_argument("--paragraphs", type=int, default=8, help="paragraphs per clause (default 8)")
    parser.add_argument("--every-table", type=int, default=8, help="a table every N clauses (default 8)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="also save the generated draft here")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of check_file")
    args = parser.parse_args(argv)

    from authoring.coverage import analyse
    from authoring.docx.read import read_docx
    from authoring.docx.write import write_docx
    from authoring.lint import run_lint

    load_best, _ = best_of(load_packs, args.repeat)
    checklist = load_packs().get(args.checklist)
    with tempfile.TemporaryDirectory(prefix="stdauthor-bench-") as tmp:
        path = Path(tmp) / "large-draft.docx"
        doc = make_document(checklist, chapters=args.chapters, clauses=args.clauses,
                            paragraphs=args.paragraphs, every_table=args.every_table)
        write_docx(doc, path)
        if args.keep:
            shutil.copyfile(path, args.keep)
        source = Document(str(path))
        n_par = sum(1 for _ in source.element.body.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"))
        print(f"draft: {path.stat().st_size / 1e6:.1f} MB, {n_par} paragraphs (w:p), "
              f"{len(source.tables)} tables, {doc.character_count()} characters")
        del source

        read = read_docx(path)
        stages: list[tuple[str, Callable[[], Any]]] = [
            ("bare python-docx load + text", lambda: bare_load(path)),
            ("read_docx", lambda: read_docx(path)),
            ("coverage.analyse (alone)", lambda: analyse(read, checklist)),
            ("lint.run_lint (alone)", lambda: run_lint(read)),
            ("check_file (read+coverage+lint)", lambda: check_file(path, checklist)),
        ]
        if two_cores():
            # What `stdauthor check` does with one draft on a machine with a second core: the
            # rules are applied in a forked child while the coverage is measured here. Shown
            # beside the goal, which is the single-core check_file's.
            stages.append(("check_file, rules on a 2nd core", lambda: check_file_forked(path, checklist)))
        if shutil.which("pandoc"):
            stages.append(("pandoc -f docx -t plain", lambda: pandoc_plain(path)))
        else:
            print("pandoc not found: skipped")
        rows = []
        for name, fn in stages:
            fn()  # warm-up: imports, caches
            best, median = best_of(fn, args.repeat)
            rows.append((name, best, median))
        base = rows[0][1]
        print(f"\n{'stage':34} {'best s':>8} {'median s':>9} {'× bare':>7}")
        for name, best, median in rows:
            print(f"{name:34} {best:8.3f} {median:9.3f} {best / base:7.2f}")

        print(f"\n{'stage':34} {'peak heap MB':>12}")
        for name, fn in stages:
            if name.startswith("pandoc") or "2nd core" in name:
                continue
            print(f"{name:34} {peak_heap(fn) / 1e6:12.1f}")
        kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"max RSS: this process {own:.0f} MB, pandoc {kids:.0f} MB")

        check = next(best for name, best, _ in rows if name.startswith("check_file"))
        ratio = check / base
        verdict = "OK" if ratio <= GOAL_RATIO else "over goal"
        print(f"\ncheck / bare = {ratio:.2f} (goal ≤ {GOAL_RATIO}: {verdict})")
        forked = next((best for name, best, _ in rows if "2nd core" in name), None)
        if forked is not None:
            print(f"check with the rules on a 2nd core (as `stdauthor check`) / bare = {forked / base:.2f}")
        pandoc = next((best for name, best, _ in rows if name.startswith("pandoc")), None)
        if pandoc is not None:
            print(f"check / pandoc = {check / pandoc:.2f} ({'faster' if check < pandoc else 'slower'} than pandoc)")
        print(f"load_packs() (CLI start-up): {load_best:.3f} s")

        if args.profile:
            profiler = cProfile.Profile()
            profiler.runcall(check_file, path, checklist)
            out = io.StringIO()
            stats = pstats.Stats(profiler, stream=out)
            stats.sort_stats("cumulative").print_stats(30)
            print(out.getvalue())
            print(own_time_by_module(stats))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
