"""``stdauthor check``: check drafts against a checklist and GB/T 1.1—2020, one file or a batch.

Several files (or folders, searched recursively for ``*.docx``) are checked in parallel and
reported in input order. With several files, ``-o`` names a folder that receives one report per
draft (``<name>.<format>``, numbered when names collide); without ``-o``, ``--format json``
prints a JSON array, ``md`` prints the reports one after another, ``text`` prints each summary,
and ``html`` needs ``-o``. ``--annotate`` names a ``.docx`` for one draft and a folder
(``<name>.annotated.docx``) for several. An existing folder given to ``-o`` or ``--annotate``
is used as a folder even for one draft. Unreadable inputs are listed on stderr, one line each,
while the rest are checked; the exit code is then 2.

Each draft is checked in a worker process of its own (see :mod:`authoring.cli.workers`) with a
time limit (``--timeout``, 120 s by default): a draft that hangs, crashes or exhausts memory
costs only its own report, on one line, and every other draft still gets its report. An
output never replaces an input of the same run, ``--force`` or not; an annotated copy it replaces
(``--force``) is kept first as ``NAME.bak.docx``.
"""

from __future__ import annotations

import argparse
import dataclasses
import errno
import gc
import glob
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from authoring.cli._lazy import LazyNames
from authoring.cli.checklists_cmd import add_checklists_option
from authoring.errors import InputError, OutputError, StdAuthorError, os_reason
from authoring.i18n import count_en, get_lang, set_lang, tr

if TYPE_CHECKING:
    from authoring.check import CheckFailure, CheckResult
    from authoring.checklist import Checklist
    from authoring.cli.workers import Outcome as JobOutcome

# Imported when a check runs, not when ``stdauthor --help`` builds the parser (see _lazy).
_LAZY = LazyNames(globals(), {
    "EXIT_BAD_INPUT": "authoring.check", "EXIT_INTERNAL": "authoring.check", "CheckFailure": "authoring.check",
    "CheckResult": "authoring.check", "check_file": "authoring.check", "exit_code": "authoring.check",
    "set_parallel": "authoring.check",
    "load_packs": "authoring.checklist", "FunctionType": "authoring.document",
    "run_jobs": "authoring.cli.workers", "atomic_write_text": "authoring.atomic",
})


def __getattr__(name: str) -> Any:
    return _LAZY.get(name)


ORDER = 20
#: The ``--fail-on`` levels (``authoring.check.FAIL_ON_CHOICES``, kept here so that building the
#: parser imports no check machinery; a test keeps the two equal).
FAIL_ON_CHOICES = ("error", "warning", "info", "none")
DEFAULT_CHECKLIST = "excellence-guide"
FORMATS = ("text", "json", "md", "html")
SUFFIX = {"text": ".txt", "json": ".json", "md": ".md", "html": ".html"}
ANNOTATED_SUFFIX = ".annotated.docx"
DEFAULT_TIMEOUT = 120.0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the ``check`` subcommand."""
    parser = sub.add_parser(
        "check", parents=[common],
        help=tr("检查草案：清单覆盖率与编写规则", "check drafts: checklist coverage and drafting rules"),
        description=tr(
            "检查一个或多个 .docx 草案（或文件夹）：对照检查清单的覆盖情况，以及 GB/T 1.1—2020 编写规则。"
            "退出码：0 通过；1 有达到 --fail-on 级别的问题；2 有文件无法读取、超时或输出无法写入；"
            "3 内部错误（请报告）。",
            "Check one or more .docx drafts (or folders): coverage of a checklist and the drafting rules "
            "of GB/T 1.1-2020. Exit code: 0 passed; 1 a finding at or above --fail-on; 2 an input could "
            "not be read or checked in time, or an output could not be written; 3 an internal error "
            "(please report it).",
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
                        help=tr("允许覆盖已存在的输出文件（被覆盖的批注副本先另存为 NAME.bak.docx）",
                                "allow replacing existing output files (an annotated copy replaced is kept as "
                                "NAME.bak.docx first)"))
    parser.add_argument("--function", choices=FUNCTION_CHOICES, default=None,
                        help=tr("指定功能类型（默认从标题或范围判断）",
                                "set the function type (default: told from the title or the scope)"))
    parser.add_argument("--cues-only", action="store_true",
                        help=tr("只按关键词判定覆盖，不按相近表述补判部分覆盖",
                                "judge coverage by cues only, without partial by likeness"))
    parser.add_argument("--jobs", type=int, default=None, metavar="N",
                        help=tr("并行进程数（默认 CPU 核数）", "parallel processes (default: CPU count)"))
    parser.add_argument("--timeout", type=_seconds, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                        help=tr(f"每个草案的检查时限，超时的草案单独报错（默认 {DEFAULT_TIMEOUT:g} 秒；0 不限）",
                                f"time limit per draft; a draft over it fails alone (default {DEFAULT_TIMEOUT:g} s; "
                                "0: none)"))
    parser.set_defaults(handler=run)


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds < 1e6:
        raise argparse.ArgumentTypeError(tr(f"时限应为不小于 0 的秒数：{value}",
                                            f"the time limit must be a number of seconds >= 0: {value}"))
    return seconds


# -- inputs and outputs ----------------------------------------------------------------------


FUNCTION_CHOICES = ("规范", "规程", "指南")


@dataclass
class Task:
    """One draft to check, with everything a worker process needs."""

    path: str
    checklist: Checklist
    disabled: set[str]
    lang: str
    annotate: str | None = None
    force: bool = False
    function: str | None = None
    cues_only: bool = False
    #: In a worker process with a core to spare: apply the drafting rules in a child process
    #: while the coverage is measured (:func:`authoring.check.set_parallel`).
    parallel: bool = False


Outcome = tuple["CheckResult | CheckFailure", "str | None"]


#: What stdauthor itself writes beside a committee's drafts: annotated copies (``NAME.annotated.docx``) and the copies
#: a command keeps of a file it replaced (``NAME.bak.docx``, ``NAME-2.bak.docx`` …). In a folder they are no drafts
#: of the committee's: checked, each was one more row of the same draft (QA pass 7).
_OWN_COPY = re.compile(r"(?:\.annotated|(?:-\d+)?\.bak)\.docx?$", re.IGNORECASE)


#: How the line naming a folder's paperwork left out calls it, by the kind its properties record.
_PAPERWORK_NAMES = {
    "编制说明": ("编制说明", "explanatory memorandum (编制说明)"),
    "意见汇总处理表": ("意见汇总处理表", "comment resolution table (意见汇总处理表)"),
    "": ("编制说明或意见汇总处理表", "explanatory memorandum or comment resolution table"),
}


def expand_inputs(inputs: Sequence[str], left_out: list[str] | None = None) -> tuple[list[Path], list[CheckFailure]]:
    """Files as given and ``*.docx`` and ``*.doc`` under folders (sorted; ``~$`` lock files and stdauthor's
    own copies, :data:`_OWN_COPY`, skipped there — a file named on the command line is always checked).

    stdauthor's own paperwork in a folder (a 编制说明 or 意见汇总处理表 it wrote, known by its document properties:
    :func:`authoring.paperwork.marker.paperwork_kind`) is no draft either: the 编制说明 quotes the guide and scored
    above the draft beside it (QA pass 11). It is left out, and ``left_out`` gets a line naming it."""
    from authoring.cli._files import walk
    from authoring.docx.legacy import DRAFT_SUFFIXES
    from authoring.yamlio import regular_file

    files: list[Path] = []
    missing: list[CheckFailure] = []
    for raw in inputs:
        path = Path(raw)
        try:
            is_dir = path.is_dir()
        except OSError as exc:
            missing.append(CheckFailure(file=raw, message=_where(raw, _os_reason(exc))))
            continue
        if is_dir:
            try:
                os.scandir(path).close()  # rglob finds nothing in a folder it may not list, and says nothing
            except OSError as exc:
                zh, en = os_reason(exc)
                missing.append(CheckFailure(file=raw, message=_where(raw, tr(f"无法读取文件夹：{zh}",
                                                                           f"cannot read the folder: {en}"))))
                continue
            unlisted: list[tuple[Path, OSError]] = []
            named = [p for p in walk(path, unlisted) if p.suffix.lower() in DRAFT_SUFFIXES
                     and not p.name.startswith("~$") and not _OWN_COPY.search(p.name)]
            found = [p for p in named if _is_file(p)]
            # a subfolder that cannot be listed is a draft not read, as a folder named so is (exit 2: QA pass 16, A8)
            for folder, exc in unlisted:
                zh, en = os_reason(exc)
                missing.append(CheckFailure(file=str(folder), message=_where(str(folder), tr(
                    f"无法读取文件夹，其中的草案未检查：{zh}", f"cannot read the folder, its drafts were not checked: {en}"))))
            if left_out is not None:
                # what a folder holds but cannot be read is named, never passed over without a word (QA pass 13, B14)
                for p in named:
                    if p not in found and not _is_dir(p):
                        left_out.append(_where(str(p), tr("不是普通文件，已略过", "not a regular file; left out")))
            if not found:
                missing.append(CheckFailure(file=raw, message=_where(raw, tr("文件夹中没有 Word 草案（.docx、.doc 或 .wps）",
                                                                           "no Word draft (.docx, .doc or .wps) in the folder"))))
            from authoring.paperwork.marker import paperwork_kind  # light (no writer); a file alone needs none

            kinds = {p: paperwork_kind(p) for p in found}
            drafts = [p for p in found if kinds[p] is None]
            for p, kind in kinds.items():
                if kind is not None and left_out is not None:
                    zh, en = _PAPERWORK_NAMES[kind]
                    left_out.append(_where(str(p), tr(
                        f"是 stdauthor 生成的{zh}，不是草案，已略过（要检查它，请直接给出文件名）",
                        f"the {en} stdauthor wrote, not a draft; left out (name the file to check it)")))
            if found and not drafts:
                missing.append(CheckFailure(file=raw, message=_where(raw, tr(
                    "文件夹中没有草案：其中的 Word 文件都是 stdauthor 生成的编制说明或意见汇总处理表",
                    "no draft in the folder: its Word files are all memoranda or resolution tables stdauthor wrote"))))
            files.extend(drafts)
        else:
            try:
                regular_file(path)  # a FIFO would hold a worker until the time limit; a loop is not "not found"
            except InputError as exc:
                missing.append(CheckFailure(file=raw, message=exc.message()))
                continue
            files.append(path)
    return files, missing


def _where(path: str, text: str) -> str:
    return f"{path}: {text}"


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ENAMETOOLONG:
        return tr("文件名过长", "the file name is too long")
    zh, en = os_reason(exc)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return tr("没有权限，无法访问", "permission denied")  # the system's own words would say it again
    return tr(f"无法访问：{zh}", f"cannot access: {en}")


def output_names(paths: Sequence[Path], suffix: str) -> list[str]:
    """One file name per input (``<stem><suffix>``), numbered where names would collide.

    Names are compared without case (Windows and macOS folders ignore it), and a numbered
    name never takes the name another input produces (``a``, ``a``, ``a-2`` →
    ``a``, ``a-3``, ``a-2``).
    """
    stems = [path.name[: -len(".docx")] if path.name.lower().endswith(".docx") else path.name for path in paths]
    plain = {f"{stem}{suffix}".lower() for stem in stems}
    taken: set[str] = set()
    names = []
    for stem in stems:
        name = f"{stem}{suffix}"
        count = 1
        while name.lower() in taken or (count > 1 and name.lower() in plain):
            count += 1
            name = f"{stem}-{count}{suffix}"
        taken.add(name.lower())
        names.append(name)
    return names


def _prepare_folder(folder: Path) -> None:
    try:
        if folder.exists() and not folder.is_dir():
            raise OutputError("多个草案时输出须为文件夹", "with several drafts the output must be a folder",
                              path=folder)
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"无法创建输出文件夹：{_os_reason(exc)}", f"cannot create the output folder: "
                          f"{_os_reason(exc)}", path=folder) from None


def _identity(path: Path) -> tuple[str, tuple[int, int] | None]:
    """The resolved path of ``path`` and, when it exists, its (device, inode)."""
    try:
        resolved = str(path.resolve())
    except (OSError, RuntimeError):
        resolved = os.path.abspath(path)
    try:
        st = os.stat(path)
        return resolved, (st.st_dev, st.st_ino)
    except OSError:
        return resolved, None


def _exists_if_writable(target: Path) -> bool:
    """Whether ``target`` exists; OSError when the system cannot take its name (over 255 bytes, …)."""
    exists = target.exists()
    if len(os.fsencode(target.name)) > 255:
        raise OSError(errno.ENAMETOOLONG, os.strerror(errno.ENAMETOOLONG), str(target))
    return exists


def guard_targets(inputs: Sequence[Path], targets: Sequence[Path], *, force: bool, what: str) -> None:
    """Refuse, before anything is checked, outputs that would harm a file.

    An output never replaces an input of the run (its own draft or another one, also through
    a link), ``--force`` or not; an existing file is replaced only with ``--force``; a name the
    system cannot take is refused naming the file. ``what`` is ``report`` or ``annotated``.
    """
    paths: set[str] = set()
    nodes: set[tuple[int, int]] = set()
    for source in inputs:
        resolved, node = _identity(source)
        paths.add(resolved)
        if node is not None:
            nodes.add(node)
    for target in targets:
        resolved, node = _identity(target)
        if resolved in paths or (node is not None and node in nodes):
            if what == "report":
                raise OutputError("报告会覆盖本次检查的输入文件，未写入任何文件（请换一个输出位置）",
                                  "the report would replace an input of this run; nothing was written "
                                  "(choose another output)", path=target)
            raise OutputError("批注副本会覆盖本次检查的输入文件，未写入任何文件（请换一个输出位置）",
                              "the annotated copy would replace an input of this run; nothing was written "
                              "(choose another output)", path=target)
        try:
            exists = _exists_if_writable(target)
        except OSError as exc:
            raise OutputError(f"无法写入：{_os_reason(exc)}", f"cannot write: {_os_reason(exc)}",
                              path=target) from None
        if exists and not force:
            raise OutputError("文件已存在（使用 --force 覆盖）", "file exists (use --force to replace it)", path=target)


def expand_disabled(values: Sequence[str]) -> set[str]:
    """Rule ids from ``--disable`` values; a family name (``wording``) means all its rules."""
    if not values:
        return set()
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


def check_steps(task: Task) -> Iterator[CheckResult | CheckFailure | str | None]:
    """The work on one draft, in steps: yield the check's outcome, then the annotation's note.

    Never raises for a problem with the draft: a bug is logged and becomes a
    :class:`CheckFailure` of kind ``internal``; an annotated copy that cannot be written
    becomes the note (None when it was written). Runs in a worker process.
    """
    _LAZY.bind()
    set_lang(task.lang)
    set_parallel(task.parallel)
    from authoring.docx.legacy import readable_docx
    from authoring.docx.read._safe import draft_kind

    try:
        kind = draft_kind(task.path)
    except StdAuthorError as exc:  # a FIFO, a folder, a loop: never opened
        yield CheckFailure(file=task.path, message=exc.message())
        return
    if kind != "doc":
        yield from _check_and_annotate(task, task.path)
        return
    # A Word 97 .doc: converted once, for the check and for the annotated copy.
    try:
        with readable_docx(task.path) as converted:
            yield from _check_and_annotate(task, converted)
    except StdAuthorError as exc:
        yield CheckFailure(file=task.path, message=exc.message())


def _check_and_annotate(task: Task, source: str | Path) -> Iterator[CheckResult | CheckFailure | str | None]:
    """Check ``source`` (the draft, or the .docx a .doc was saved as) for ``task``, then annotate it."""
    with collector_paused():
        result = _check(task, source)
    if isinstance(result, CheckResult) and source != task.path:
        result.file = str(task.path)
        result.document.converted_from = Path(task.path).suffix.lower().lstrip(".") or "doc"
    yield result
    if task.annotate and isinstance(result, CheckResult):
        from authoring.cli.annotate_safe import annotate

        yield annotate(source, task.annotate, result, force=task.force)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for one check, in stdauthor's own processes.

    A check builds tens of thousands of small objects (the document, units, hits) that live
    until it returns; the collector would walk them over and over and free nothing, which
    costs about a tenth of the check on a large draft. Reference counting still frees
    everything as usual, and the collector runs again between drafts; one that was already off
    stays off. Only the command line does this (a worker process, or the command itself with
    ``--jobs 1 --timeout 0``): :func:`authoring.check.check_file` leaves a library caller's
    collector alone.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


_KNOWN_PACKS: list[Checklist] = []


def interned(checklist: Checklist) -> Checklist:
    """One object for equal packs in this process.

    A task reaches a worker pickled, so every draft would bring its own copy of the pack, and
    what is kept per pack object (the coverage's compiled cues, about 0.05 s to build) would be
    built again for every draft. Equal copies are replaced by the first one seen here, or by
    the parent's, which a forked worker inherits.
    """
    for known in _KNOWN_PACKS:
        if known is checklist or known == checklist:
            return known
    _KNOWN_PACKS.append(checklist)
    del _KNOWN_PACKS[:-4]
    return checklist


def _check(task: Task, source: str | Path) -> CheckResult | CheckFailure:
    try:
        function = FunctionType(task.function) if task.function else None
        return check_file(source, interned(task.checklist), disabled=task.disabled, function=function,
                          likeness=not task.cues_only)
    except StdAuthorError as exc:
        return CheckFailure(file=task.path, message=exc.message())
    except Exception as exc:  # noqa: BLE001 - a bug must not cost the other drafts their reports
        from authoring.cli.crashlog import report_exception

        return CheckFailure(file=task.path, message=_where(task.path, report_exception(
            exc, context=f"checking {task.path}")), kind="internal")


def check_one(task: Task) -> Outcome:
    """Check one draft in this process and annotate it when asked. Never raises on bad input."""
    _LAZY.bind()
    steps = list(check_steps(task))
    return steps[0], (steps[1] if len(steps) > 1 else None)


def _stopped(task: Task, outcome: JobOutcome, timeout: float | None) -> Outcome:
    """The outcome of a draft whose worker was stopped, died, or whose steps raised."""
    from authoring.cli.crashlog import internal_message, summary, write_log

    done = outcome.values[0] if outcome.values else None
    annotating = isinstance(done, CheckResult)
    target = task.annotate if annotating else task.path
    if annotating and task.annotate:
        _discard_partial(Path(task.annotate))
    if outcome.end == "timeout":
        limit = f"{timeout:g}"
        if annotating:
            return done, _where(str(target), tr(f"批注副本超过时限（{limit} 秒）仍未完成，未写入；报告不受影响",
                                                f"the annotated copy was not done within the time limit ({limit} s) "
                                                "and was not written; the report is unaffected"))
        return CheckFailure(file=task.path, kind="timeout", message=_where(task.path, tr(
            f"超过时限（{limit} 秒）仍未检查完，已停止（可用 --timeout 放宽时限）",
            f"not checked within the time limit ({limit} s); stopped (raise it with --timeout)"))), None
    if outcome.end == "died":
        code = outcome.detail
        if code.lstrip("-").isdigit() and int(code) < 0:
            name = _signal_name(-int(code))
            what = tr(f"工作进程被信号 {name} 终止，可能是内存不足", f"the worker process was killed by {name}; "
                      "out of memory?")
        else:
            what = tr(f"工作进程意外退出，退出码 {code}", f"the worker process exited unexpectedly with code {code}")
        log = write_log(f"worker exited with code {code}\n", context=f"{'annotating' if annotating else 'checking'} "
                        f"{task.path}")
    else:
        last = outcome.detail.strip().splitlines()[-1] if outcome.detail.strip() else "Exception"
        kind, _, text = last.partition(": ")
        what = summary(kind, text)
        log = write_log(outcome.detail, context=f"{'annotating' if annotating else 'checking'} {task.path}")
    message = internal_message(what, log)
    if annotating:
        return done, _where(str(target), message)
    return CheckFailure(file=task.path, kind="internal", message=_where(task.path, message)), None


def _discard_partial(target: Path) -> None:
    """Remove the temporary file of an annotated copy whose writer was stopped mid-save."""
    try:
        for partial in target.parent.glob(f".{glob.escape(target.name[:40])}.*.tmp"):
            partial.unlink()
    except OSError:
        pass


def _signal_name(number: int) -> str:
    import signal

    try:
        return f"{signal.Signals(number).name} ({number})"
    except ValueError:
        return str(number)


def run_tasks(tasks: Sequence[Task], jobs: int, on_done: Callable[[], None] = lambda: None, *,
              timeout: float | None = DEFAULT_TIMEOUT, on_tick: Callable[[], None] = lambda: None,
              meanwhile: Callable[[], None] | None = None) -> list[Outcome]:
    """Run ``tasks`` on up to ``jobs`` worker processes, each within ``timeout`` seconds.

    Outcomes are in input order. Each draft is isolated: one that hangs past ``timeout``, whose
    worker dies, or that hits a bug fails alone, on one line. With ``jobs`` 1 and no timeout
    the drafts are checked in this process. ``meanwhile`` runs here while the workers are busy.
    """
    _LAZY.bind()
    if min(jobs, _cores()) > len(tasks):
        # Fewer drafts than cores (and jobs), each in a worker of its own: a worker may use a
        # second core for its draft.
        tasks = [dataclasses.replace(task, parallel=True) for task in tasks]
    from authoring.cli.workers import Interrupted

    try:
        outcomes = run_jobs(tasks, check_steps, jobs=jobs, timeout=timeout or None, on_done=on_done,
                            on_tick=on_tick, meanwhile=meanwhile)
    except Interrupted as stop:  # Ctrl+C: the drafts already checked keep their reports
        raise InterruptedRun([None if o is None else _outcome(task, o, timeout)
                              for task, o in zip(tasks, stop.outcomes)]) from None
    return [_outcome(task, outcome, timeout) for task, outcome in zip(tasks, outcomes)]


class InterruptedRun(KeyboardInterrupt):
    """Ctrl+C during :func:`run_tasks`: ``outcomes`` of the drafts checked by then (None for the rest)."""

    def __init__(self, outcomes: list[Outcome | None]) -> None:
        super().__init__()
        self.outcomes = outcomes


def _outcome(task: Task, outcome: JobOutcome, timeout: float | None) -> Outcome:
    if outcome.end == "done" and outcome.values:
        values = outcome.values
        return values[0], (values[1] if len(values) > 1 else None)
    return _stopped(task, outcome, timeout)


def _cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _run_with_progress(tasks: Sequence[Task], jobs: int, timeout: float | None,
                       meanwhile: Callable[[], None] | None = None) -> list[Outcome]:
    if len(tasks) < 2 or not sys.stderr.isatty():
        return run_tasks(tasks, jobs, timeout=timeout, meanwhile=meanwhile)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    # No refresh thread: workers are forked, and a fork must not copy a thread holding a lock.
    with Progress(TextColumn(tr("检查中", "checking")), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=Console(stderr=True), transient=True,
                  auto_refresh=False) as progress:
        bar = progress.add_task("check", total=len(tasks))
        return run_tasks(tasks, jobs, lambda: progress.advance(bar), timeout=timeout,
                         on_tick=progress.refresh, meanwhile=meanwhile)


# -- the command -----------------------------------------------------------------------------


def run(args: argparse.Namespace) -> int:
    """Check every input, write or print the reports, and return the exit code.

    The garbage collector is off while the check machinery is imported and the packs are
    loaded (they make many objects and no garbage); what is alive then is frozen out of its
    reach before the workers are forked, which also keeps a forked worker from copying the
    pages the collector would touch. The collector is restored as it was on return.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _run(args, collect=was_enabled)
    finally:
        gc.unfreeze()
        if was_enabled:
            gc.enable()


def _run(args: argparse.Namespace, *, collect: bool) -> int:
    _LAZY.bind()
    left_out: list[str] = []
    files, failures = expand_inputs(args.inputs, left_out)
    library = load_packs(args.checklists)
    checklist = library.get(args.checklist)
    disabled = expand_disabled(args.disable)
    several = len(args.inputs) > 1 or any(_is_dir(Path(p)) for p in args.inputs)
    if several and args.format == "html" and not args.output:
        raise InputError("多个草案的 HTML 报告需要 -o 文件夹", "HTML reports of several drafts need -o FOLDER")
    annotate_targets, skipped = _annotate_targets(args, files, several)
    report_targets = _report_targets(args, files, several)
    _refuse_shared_targets(report_targets or [], [t for t in annotate_targets if t is not None])
    kept = _keep_annotated_copies([t for t in annotate_targets if t is not None])
    checklist = interned(checklist)
    tasks = [Task(path=str(p), checklist=checklist, disabled=disabled, lang=get_lang(),
                  annotate=str(a) if a else None, force=args.force, function=args.function,
                  cues_only=args.cues_only)
             for p, a in zip(files, annotate_targets)]
    jobs = args.jobs if args.jobs and args.jobs > 0 else (os.cpu_count() or 1)
    if tasks:
        # What every worker runs, imported once here rather than once per forked worker.
        import authoring.coverage  # noqa: F401
        import authoring.docx.read  # noqa: F401
        import authoring.lint  # noqa: F401
    gc.freeze()
    if collect:
        gc.enable()
    try:
        outcomes = _run_with_progress(tasks, jobs, getattr(args, "timeout", DEFAULT_TIMEOUT),
                                      lambda: _prepare_reports(args.format, several))
    except InterruptedRun as stop:
        _keep_finished(args, stop.outcomes, report_targets, several)
        raise

    results = [o for o, _ in outcomes]
    notes = skipped + [note for _, note in outcomes if note]
    emitted = _emit_reports(args, results, report_targets, several)
    results = [emitted.failed.get(i, r) for i, r in enumerate(results)]
    notes += emitted.notes
    if several and results:  # a table of failures alone repeats the lines below it
        _print_summary(args, results + failures)
    for line in left_out:  # no error: said so that a file missing from the summary is accounted for
        print(f"stdauthor: {line}", file=sys.stderr)
    for failure in failures + [r for r in results if isinstance(r, CheckFailure)]:
        print(f"stdauthor: {failure.message}", file=sys.stderr)
    for note in notes:
        print(f"stdauthor: {note}", file=sys.stderr)
    for line in kept:
        print(f"stdauthor: {line}", file=sys.stderr)
    if not several:
        _say_written(args, emitted.written, [t for t, (r, note) in zip(annotate_targets, outcomes)
                                             if t is not None and isinstance(r, CheckResult) and not note])
    # A draft with no text to read (an empty file, pages scanned as pictures) was not checked, whatever its
    # report says: it never passes (QA pass 7: an empty .docx exited 0).
    unread = [r for r in results if isinstance(r, CheckResult) and r.document.characters == 0]
    if unread:
        from authoring.docx.read import nothing_read  # the line import and explain refuse such a draft with
    for result in unread:
        print("stdauthor: " + nothing_read(result.file).message(), file=sys.stderr)
    code = exit_code([*results, *failures], args.fail_on)
    if (notes or unread) and code != EXIT_INTERNAL:
        return EXIT_BAD_INPUT  # an output that was asked for could not be written, or a draft held no text
    return code


def _say_written(args: argparse.Namespace, reports: list[Path], copies: list[Path]) -> None:
    """Where one draft's report and annotated copy went (QA pass 15: nothing said so), on standard output when it
    carries no report (``-o``) or the terminal report; nothing beside a JSON, Markdown or HTML report printed there,
    which a pipe reads (and standard error stays for what went wrong)."""
    if args.output is None and args.format != "text":
        return
    for path in reports:
        print(tr(f"报告已写入：{path}", f"report written: {path}"))
    for path in copies:
        print(tr(f"批注副本已写入：{path}", f"annotated copy written: {path}"))


def _keep_finished(args: argparse.Namespace, outcomes: list[Outcome | None], targets: list[Path] | None,
                   several: bool) -> None:
    """After Ctrl+C, write the reports of the drafts already checked into their files (a report
    printed to the terminal is not wanted half way) and say how far the run got."""
    done = [k for k, o in enumerate(outcomes) if o is not None and isinstance(o[0], CheckResult)]
    if targets is None or not several or not done:
        return
    emitted = _emit_reports(args, [outcomes[k][0] for k in done], [targets[k] for k in done], several)
    written = len(done) - len(emitted.failed) - len(emitted.notes)
    for note in emitted.notes:
        print(f"stdauthor: {note}", file=sys.stderr)
    print(tr(f"已中断：已检查的 {written} 个草案的报告已写入 {args.output}，其余 {len(outcomes) - len(done)} 个未检查",
             f"interrupted: the reports of the {count_en(written, 'draft')} already checked are in {args.output}; "
             f"{len(outcomes) - len(done)} not checked"), file=sys.stderr)


def _prepare_reports(fmt: str, several: bool) -> None:
    """Import what writing the reports needs (rich, the renderer), while the workers check."""
    import authoring.report

    if fmt == "text" or several:
        import authoring.cli.check_view  # noqa: F401
    getattr(authoring.report, {"text": "text_view", "json": "render_json", "md": "render_markdown",
                               "html": "render_html"}[fmt])


def _refuse_shared_targets(reports: Sequence[Path], copies: Sequence[Path]) -> None:
    taken = {_identity(t)[0] for t in reports}
    for copy in copies:
        if _identity(copy)[0] in taken:
            raise OutputError("报告和批注副本不能写入同一个文件", "the report and the annotated copy cannot be the same file",
                              path=copy)


def _keep_annotated_copies(targets: Sequence[Path]) -> list[str]:
    """``--force``: an annotated copy about to be replaced is first kept as ``NAME.bak.docx`` (reviewers may
    have written in it), as ``build`` keeps a draft; the lines saying so. Reports (text, JSON, Markdown,
    HTML) are made again by the next run and are replaced as they are. A copy that cannot be kept stops
    the run before anything is checked or written (one line)."""
    from authoring.cli._files import keep_replaced

    lines = []
    for target in targets:
        if Path(target).is_file():
            backup = keep_replaced(Path(target))
            if backup is not None:
                lines.append(tr(f"{target}: 原批注副本已另存为 {backup.name}",
                                f"{target}: the annotated copy it replaces is kept as {backup.name}"))
    return lines


def _annotate_targets(args: argparse.Namespace, files: list[Path],
                      several: bool) -> tuple[list[Path | None], list[str]]:
    """The annotated copy of each draft (None: none), and the lines for copies left out.

    In a folder, a copy whose name the system cannot take (``NAME.annotated.docx`` over 255 bytes for a legal
    ``NAME.docx``) is left out with a line and the drafts are checked and reported all the same, as when a copy
    cannot be written (QA pass 13, A10); a copy named on the command line is refused before anything is done."""
    if not args.annotate:
        return [None] * len(files), []
    if not several and not _is_dir(Path(args.annotate)):
        targets: list[Path | None] = [Path(args.annotate)]
    else:
        folder = Path(args.annotate)
        _prepare_folder(folder)
        targets = [folder / name for name in output_names(files, ANNOTATED_SUFFIX)]
    skipped = []
    if several:
        from authoring.cli.annotate_safe import failure_line

        for k, target in enumerate(targets):
            try:
                _exists_if_writable(target)
            except OSError as exc:
                reason = _os_reason(exc)
                skipped.append(failure_line(target, OutputError(
                    f"{reason}，已略过；报告照常写出", f"{reason}; left out, the report is written as usual")))
                targets[k] = None
    guard_targets(files, [t for t in targets if t is not None], force=args.force, what="annotated")
    return targets, skipped


def _report_targets(args: argparse.Namespace, files: list[Path], several: bool) -> list[Path] | None:
    if not args.output:
        return None
    if not several and not _is_dir(Path(args.output)):
        targets = [Path(args.output)]
    else:
        folder = Path(args.output)
        _prepare_folder(folder)
        targets = [folder / name for name in output_names(files, SUFFIX[args.format])]
    guard_targets(files, targets, force=args.force, what="report")
    return targets


def render(result: CheckResult, fmt: str) -> str:
    """The report of ``result`` in ``fmt`` as a string (``text`` is the plain-text form)."""
    _LAZY.bind()
    import authoring.report

    names = {"text": "render_text", "json": "render_json", "md": "render_markdown", "html": "render_html"}
    return getattr(authoring.report, names[fmt])(result)  # only that renderer is imported


class _Emitted:
    """What writing the reports left to say: notes on outputs, and drafts whose report failed."""

    def __init__(self) -> None:
        self.notes: list[str] = []
        self.failed: dict[int, CheckFailure] = {}
        self.written: list[Path] = []

    def crashed(self, index: int, result: CheckResult, exc: Exception) -> None:
        from authoring.cli.crashlog import report_exception

        message = report_exception(exc, context=f"writing the report of {result.file}")
        self.failed[index] = CheckFailure(file=result.file, kind="internal", message=_where(result.file, message))


def _emit_reports(args: argparse.Namespace, results: list[CheckResult | CheckFailure],
                  targets: list[Path] | None, several: bool) -> _Emitted:
    """Write or print each report; a report that fails costs only its own draft."""
    emitted = _Emitted()
    if targets is not None:
        for index, (result, target) in enumerate(zip(results, targets)):
            if not isinstance(result, CheckResult):
                continue
            try:
                text = render(result, args.format)
            except Exception as exc:  # noqa: BLE001 - a bug in one report spares the others
                emitted.crashed(index, result, exc)
                continue
            try:
                atomic_write_text(target, text)
            except StdAuthorError as exc:
                emitted.notes.append(exc.message())
            else:
                emitted.written.append(target)
        return emitted
    checked = [(i, r) for i, r in enumerate(results) if isinstance(r, CheckResult)]
    if args.format == "json" and several:
        from authoring.report import render_json

        try:
            text = render_json([r for _, r in checked])
        except Exception:  # noqa: BLE001 - find the report at fault, keep the others
            good = []
            for index, result in checked:
                try:
                    render_json([result])
                    good.append(result)
                except Exception as exc:  # noqa: BLE001
                    emitted.crashed(index, result, exc)
            text = render_json(good)
        sys.stdout.write(text)
    elif args.format == "text":
        from authoring.cli.check_view import print_text_report

        for index, result in checked:
            try:
                print_text_report(result)
            except BrokenPipeError:
                raise
            except Exception as exc:  # noqa: BLE001
                emitted.crashed(index, result, exc)
    else:
        texts = []
        for index, result in checked:
            try:
                texts.append(render(result, args.format))
            except Exception as exc:  # noqa: BLE001
                emitted.crashed(index, result, exc)
        sys.stdout.write("\n---\n\n".join(texts))
    sys.stdout.flush()
    return emitted


def _print_summary(args: argparse.Namespace, outcomes: list[CheckResult | CheckFailure]) -> None:
    from authoring.cli.check_view import print_summary_table

    to_stdout = args.format == "text" or args.output is not None
    print_summary_table(outcomes, stderr=not to_stdout)
