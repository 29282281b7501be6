"""``stdauthor check``: check drafts against a checklist and GB/T 1.1—2020, one file or a batch.

Several files (or folders, searched recursively for ``*.docx``) are checked in parallel and
reported in input order. With several files, ``-o`` names a folder that receives one report per
draft (``<name>.<format>``, numbered when names collide); without ``-o``, ``--format json``
prints a JSON array, ``md`` prints the reports one after another, ``text`` prints each summary,
and ``html`` needs ``-o``. ``--annotate`` names a ``.docx`` for one draft and a folder
(``<name>.annotated.docx``) for several. An existing folder given to ``-o`` or ``--annotate``
is used as a folder even for one draft. Unreadable inputs are listed on stderr, one line each,
while the rest are checked; the exit code is then 2.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from authoring.atomic import atomic_write_text
from authoring.check import (
    EXIT_BAD_INPUT, FAIL_ON_CHOICES, CheckFailure, CheckResult, check_file, exit_code,
)
from authoring.checklist import Checklist, load_packs
from authoring.document import FunctionType
from authoring.cli.checklists_cmd import add_checklists_option
from authoring.errors import InputError, OutputError, StdAuthorError
from authoring.i18n import get_lang, set_lang, tr

ORDER = 20
DEFAULT_CHECKLIST = "excellence-guide"
FORMATS = ("text", "json", "md", "html")
SUFFIX = {"text": ".txt", "json": ".json", "md": ".md", "html": ".html"}
ANNOTATED_SUFFIX = ".annotated.docx"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the ``check`` subcommand."""
    parser = sub.add_parser(
        "check", parents=[common],
        help=tr("检查草案：清单覆盖率与编写规则", "check drafts: checklist coverage and drafting rules"),
        description=tr(
            "检查一个或多个 .docx 草案（或文件夹）：对照检查清单的覆盖情况，以及 GB/T 1.1—2020 编写规则。"
            "退出码：0 通过；1 有达到 --fail-on 级别的问题；2 有文件无法读取。",
            "Check one or more .docx drafts (or folders): coverage of a checklist and the drafting rules "
            "of GB/T 1.1-2020. Exit code: 0 passed; 1 a finding at or above --fail-on; 2 an input could "
            "not be read.",
        ),
    )
    parser.add_argument("inputs", nargs="+", metavar="DRAFT",
                        help=tr(".docx 文件或文件夹（递归查找 *.docx）", ".docx files or folders (searched recursively)"))
    parser.add_argument("--checklist", default=DEFAULT_CHECKLIST, metavar="ID",
                        help=tr(f"检查清单 id（默认 {DEFAULT_CHECKLIST}）", f"checklist id (default {DEFAULT_CHECKLIST})"))
    add_checklists_option(parser)
    parser.add_argument("--format", choices=FORMATS, default="text", help=tr("报告格式", "report format"))
    parser.add_argument("-o", "--output", metavar="OUT",
                        help=tr("报告写入文件（多个草案时为文件夹）", "write the report to a file (a folder for several drafts)"))
    parser.add_argument("--annotate", metavar="OUT.docx",
                        help=tr("另存带批注的副本（多个草案时为文件夹）", "save a copy with comments (a folder for several drafts)"))
    parser.add_argument("--fail-on", choices=FAIL_ON_CHOICES, default="error",
                        help=tr("达到此级别的问题使退出码为 1（默认 error）",
                                "exit 1 when a finding reaches this severity (default error)"))
    parser.add_argument("--disable", action="append", default=[], metavar="RULE",
                        help=tr("关闭规则（规则 id 或规则族，可重复）", "switch off a rule (id or family; repeatable)"))
    parser.add_argument("--force", action="store_true",
                        help=tr("允许覆盖已存在的输出文件", "allow replacing existing output files"))
    parser.add_argument("--function", choices=FUNCTION_CHOICES, default=None,
                        help=tr("指定功能类型（默认从标题或范围判断）",
                                "set the function type (default: told from the title or the scope)"))
    parser.add_argument("--jobs", type=int, default=None, metavar="N",
                        help=tr("并行进程数（默认 CPU 核数）", "parallel processes (default: CPU count)"))
    parser.set_defaults(handler=run)


# -- inputs and outputs ----------------------------------------------------------------------


FUNCTION_CHOICES = ("规范", "规程", "指南")


class Task(BaseModel):
    """One draft to check, with everything a worker process needs."""

    model_config = ConfigDict(extra="forbid")

    path: str
    checklist: Checklist
    disabled: set[str]
    lang: str
    annotate: str | None = None
    force: bool = False
    function: str | None = None


Outcome = tuple[CheckResult | CheckFailure, str | None]


def expand_inputs(inputs: Sequence[str]) -> tuple[list[Path], list[CheckFailure]]:
    """Files as given and ``*.docx`` under folders (sorted, ``~$`` lock files skipped)."""
    files: list[Path] = []
    missing: list[CheckFailure] = []
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.docx") if p.is_file() and not p.name.startswith("~$"))
            if not found:
                missing.append(CheckFailure(file=raw, message=_where(raw, tr("文件夹中没有 .docx 文件",
                                                                           "no .docx file in the folder"))))
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            missing.append(CheckFailure(file=raw, message=_where(raw, tr("文件不存在", "file not found"))))
    return files, missing


def _where(path: str, text: str) -> str:
    return f"{path}: {text}"


def output_names(paths: Sequence[Path], suffix: str) -> list[str]:
    """One file name per input (``<stem><suffix>``), numbered where stems collide."""
    seen: dict[str, int] = {}
    names = []
    for path in paths:
        stem = path.name[: -len(".docx")] if path.name.lower().endswith(".docx") else path.name
        count = seen.get(stem.lower(), 0) + 1
        seen[stem.lower()] = count
        names.append(f"{stem}{suffix}" if count == 1 else f"{stem}-{count}{suffix}")
    return names


def _prepare_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise OutputError("多个草案时输出须为文件夹", "with several drafts the output must be a folder", path=folder)
    folder.mkdir(parents=True, exist_ok=True)


def _refuse_existing(targets: Sequence[Path], force: bool) -> None:
    for target in targets:
        if target.exists() and not force:
            raise OutputError("文件已存在（使用 --force 覆盖）", "file exists (use --force to replace it)", path=target)


def expand_disabled(values: Sequence[str]) -> set[str]:
    """Rule ids from ``--disable`` values; a family name (``wording``) means all its rules."""
    from authoring.lint import RULES

    ids = [rule.id for rule in (RULES.values() if isinstance(RULES, dict) else RULES)]
    out: set[str] = set()
    for value in values:
        matched = [i for i in ids if i == value or i.split(".", 1)[0] == value]
        if not matched:
            raise InputError(f"没有规则 {value}（规则 id 如 wording.placeholder，或规则族如 wording）",
                             f"no rule {value} (a rule id like wording.placeholder, or a family like wording)")
        out.update(matched)
    return out


# -- running ---------------------------------------------------------------------------------


def check_one(task: Task) -> Outcome:
    """Check one draft (in a worker process); annotate it when asked. Never raises on bad input."""
    set_lang(task.lang)
    try:
        function = FunctionType(task.function) if task.function else None
        result = check_file(task.path, task.checklist, disabled=task.disabled, function=function)
    except StdAuthorError as exc:
        return CheckFailure(file=task.path, message=exc.message()), None
    except Exception as exc:  # a bug must not cost the other drafts of a batch their reports
        return _internal_error(task, exc), None
    note = None
    if task.annotate:
        from authoring.report.annotate import annotate_copy

        try:
            annotate_copy(task.path, task.annotate, result, force=task.force)
        except StdAuthorError as exc:
            note = exc.message()
    return result, note


def _internal_error(task: Task, exc: Exception) -> CheckFailure:
    return CheckFailure(file=task.path, message=_where(task.path, tr(
        f"内部错误（{type(exc).__name__}: {exc}）", f"internal error ({type(exc).__name__}: {exc})")))


def run_tasks(tasks: Sequence[Task], jobs: int, on_done: Callable[[], None] = lambda: None) -> list[Outcome]:
    """Run ``tasks`` on up to ``jobs`` processes; outcomes in input order."""
    if jobs <= 1 or len(tasks) <= 1:
        outcomes = []
        for task in tasks:
            outcomes.append(check_one(task))
            on_done()
        return outcomes
    slots: list[Outcome | None] = [None] * len(tasks)
    with ProcessPoolExecutor(max_workers=min(jobs, len(tasks))) as pool:
        futures: dict[Future, int] = {pool.submit(check_one, task): i for i, task in enumerate(tasks)}
        for future in as_completed(futures):
            index = futures[future]
            try:
                slots[index] = future.result()
            except Exception as exc:  # a worker that died (memory, signal) fails only its draft
                slots[index] = (_internal_error(tasks[index], exc), None)
            on_done()
    return [s for s in slots if s is not None]


def _run_with_progress(tasks: Sequence[Task], jobs: int) -> list[Outcome]:
    if len(tasks) < 2 or not sys.stderr.isatty():
        return run_tasks(tasks, jobs)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn(tr("检查中", "checking")), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=Console(stderr=True), transient=True) as progress:
        bar = progress.add_task("check", total=len(tasks))
        return run_tasks(tasks, jobs, lambda: progress.advance(bar))


# -- the command -----------------------------------------------------------------------------


def run(args: argparse.Namespace) -> int:
    """Check every input, write or print the reports, and return the exit code."""
    files, failures = expand_inputs(args.inputs)
    library = load_packs(args.checklists)
    checklist = library.get(args.checklist)
    disabled = expand_disabled(args.disable)
    several = len(args.inputs) > 1 or any(Path(p).is_dir() for p in args.inputs)
    if several and args.format == "html" and not args.output:
        raise InputError("多个草案的 HTML 报告需要 -o 文件夹", "HTML reports of several drafts need -o FOLDER")
    annotate_targets = _annotate_targets(args, files, several)
    report_targets = _report_targets(args, files, several)
    tasks = [Task(path=str(p), checklist=checklist, disabled=disabled, lang=get_lang(),
                  annotate=str(a) if a else None, force=args.force, function=args.function)
             for p, a in zip(files, annotate_targets)]
    jobs = args.jobs if args.jobs and args.jobs > 0 else (os.cpu_count() or 1)
    outcomes = _run_with_progress(tasks, jobs)

    results = [o for o, _ in outcomes]
    bad_outputs = [note for _, note in outcomes if note]
    _emit_reports(args, results, report_targets, several)
    if several:
        _print_summary(args, results + failures)
    for failure in failures + [r for r in results if isinstance(r, CheckFailure)]:
        print(f"stdauthor: {failure.message}", file=sys.stderr)
    for note in bad_outputs:
        print(f"stdauthor: {note}", file=sys.stderr)
    code = exit_code([*results, *failures], args.fail_on)
    return EXIT_BAD_INPUT if bad_outputs else code


def _annotate_targets(args: argparse.Namespace, files: list[Path], several: bool) -> list[Path | None]:
    if not args.annotate:
        return [None] * len(files)
    if not several and not Path(args.annotate).is_dir():
        targets = [Path(args.annotate)]
    else:
        folder = Path(args.annotate)
        _prepare_folder(folder)
        targets = [folder / name for name in output_names(files, ANNOTATED_SUFFIX)]
    from authoring.report.annotate import refuse_target

    for src, dst in zip(files, targets):
        refuse_target(src, dst, force=args.force)
    return list(targets)


def _report_targets(args: argparse.Namespace, files: list[Path], several: bool) -> list[Path] | None:
    if not args.output:
        return None
    if not several and not Path(args.output).is_dir():
        targets = [Path(args.output)]
    else:
        folder = Path(args.output)
        _prepare_folder(folder)
        targets = [folder / name for name in output_names(files, SUFFIX[args.format])]
    _refuse_existing(targets, args.force)
    for src, dst in zip(files, targets):
        if dst.resolve() == src.resolve():
            raise OutputError("报告不能覆盖原稿", "the report must not replace the draft", path=dst)
    return targets


def render(result: CheckResult, fmt: str) -> str:
    """The report of ``result`` in ``fmt`` as a string (``text`` is the plain-text form)."""
    from authoring.report import render_html, render_json, render_markdown, render_text

    renderers = {"text": render_text, "json": render_json, "md": render_markdown, "html": render_html}
    return renderers[fmt](result)


def _emit_reports(args: argparse.Namespace, results: list[CheckResult | CheckFailure],
                  targets: list[Path] | None, several: bool) -> None:
    if targets is not None:
        for result, target in zip(results, targets):
            if isinstance(result, CheckResult):
                atomic_write_text(target, render(result, args.format))
        return
    checked = [r for r in results if isinstance(r, CheckResult)]
    if args.format == "json" and several:
        from authoring.report import render_json

        sys.stdout.write(render_json(checked))
    elif args.format == "text":
        from authoring.cli.check_view import print_text_report

        for result in checked:
            print_text_report(result)
    else:
        sys.stdout.write("\n---\n\n".join(render(r, args.format) for r in checked))
    sys.stdout.flush()


def _print_summary(args: argparse.Namespace, outcomes: list[CheckResult | CheckFailure]) -> None:
    from authoring.cli.check_view import print_summary_table

    to_stdout = args.format == "text" or args.output is not None
    print_summary_table(outcomes, stderr=not to_stdout)
