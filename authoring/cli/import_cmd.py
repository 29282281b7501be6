"""``stdauthor import``: a committee's own Word draft as a version 2 project file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from authoring.cli._files import shell_word
from authoring.cli._lazy import LazyNames
from authoring.cli.checklists_cmd import add_checklists_option
from authoring.errors import InputError, OutputError
from authoring.i18n import count_en, tr

# Imported when the command runs, not when ``stdauthor --help`` builds the parser (see _lazy).
_LAZY = LazyNames(globals(), {
    "load_packs": "authoring.checklist", "import_draft": "authoring.project.importer",
    "document_of": "authoring.project.outline", "regular_file": "authoring.yamlio",
})


def __getattr__(name: str) -> Any:
    return _LAZY.get(name)


ORDER = 21
#: A Word draft; a Word 97 .doc, or one WPS saved as .wps, through LibreOffice (as ``check`` reads them).
_DRAFT_SUFFIXES = (".docx", ".docm", ".dotx", ".dotm", ".doc", ".wps")
_PROJECT_SUFFIXES = (".yaml", ".yml")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the ``import`` subcommand."""
    parser = sub.add_parser(
        "import", parents=[common],
        help=tr("把 Word 草案导入为项目文件（保留其结构）", "make a project file from a Word draft (its structure kept)"),
        description=tr(
            "读取起草组自己的 Word 草案，写出第 2 版项目文件：正文大纲保持草案的章条结构，"
            "按覆盖度证据为每个条目提出链接到的条款（proposed: true，待确认）。"
            "由 stdauthor 生成的草案会恢复其中保存的决定。",
            "Read the committee's own Word draft and write a version 2 project file: the body keeps the "
            "draft's clauses, and each checklist item gets proposed links to the clauses where the coverage "
            "found evidence (proposed: true, to be accepted). A draft built by stdauthor gives back the "
            "decisions stored in it.",
        ),
    )
    parser.add_argument("draft", metavar="DRAFT.docx", help=tr("Word 草案", "the Word draft"))
    parser.add_argument("-o", "--output", required=True, metavar="PROJECT.yaml", help=tr("项目文件", "project file"))
    parser.add_argument("--force", action="store_true", help=tr("覆盖已有的项目文件", "replace an existing project file"))
    parser.add_argument("--checklist", default=None, metavar="ID",
                        help=tr("检查清单 id（默认：草案中保存的，或 excellence-guide）",
                                "checklist id (default: the one stored in the draft, or excellence-guide)"))
    add_checklists_option(parser)
    parser.set_defaults(handler=_import)


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop (Path.resolve, Python < 3.13)
        return False


def _import(args: argparse.Namespace) -> int:
    _LAZY.bind()
    source, target = Path(args.draft), Path(args.output)
    if source.suffix.lower() not in _DRAFT_SUFFIXES:
        raise InputError("草案应为 Word 文件（.docx、.doc 或 .wps）", "the draft must be a Word file (.docx, .doc or .wps)",
                         path=source)
    if target.suffix.lower() not in _PROJECT_SUFFIXES:
        raise OutputError("项目文件名应以 .yaml 结尾", "the project file name must end in .yaml", path=target)
    regular_file(source)  # missing, a folder, a FIFO (never opened), a symlink loop: one line
    if _same(source, target):
        raise OutputError("输出路径与草案相同，不会覆盖草案", "the output is the draft itself; refusing to overwrite it",
                          path=target)
    if target.is_dir():
        raise OutputError("目标是一个文件夹", "the output path is a folder", path=target)
    if target.exists() and not args.force:
        raise OutputError("文件已存在，未覆盖（使用 --force 覆盖）", "file exists; not overwritten (use --force)",
                          path=target)
    project, summary = import_draft(source, load_packs(args.checklists), checklist=args.checklist)
    replaced = target.exists()
    project.save(target, force=args.force)
    print(tr(f"已导入：{source} → {target}", f"imported: {source} → {target}"))
    if replaced:
        backup = target.with_name(target.name + ".bak")
        print(tr(f"原项目文件保留为 {backup}", f"the project file it replaced is kept as {backup}"))
    print(tr(f"大纲：{summary.chapters} 章，共 {summary.clauses} 个章条，附录 {summary.annexes} 个，"
             f"表 {summary.tables} 个，术语 {summary.terms} 条",
             f"outline: {count_en(summary.chapters, 'chapter')}, {count_en(summary.clauses, 'clause')} in all, "
             f"{count_en(summary.annexes, 'annex', 'annexes')}, {count_en(summary.tables, 'table')}, "
             f"{count_en(summary.terms, 'term')}"))
    if summary.restored:
        print(tr("已恢复草案中保存的决定和链接", "restored the decisions and links stored in the draft"))
    if summary.decisions_unread:
        print(f"stdauthor: {source}: {tr(*summary.decisions_unread)}", file=sys.stderr)
    if summary.tracked_changes or summary.comments:
        from authoring.docx.read import PendingReview

        print(tr(*PendingReview(summary.tracked_changes, summary.comments).notice("未导入", "not imported")))
    for line in summary.picture_lines(target):
        print(tr(*line))
    if project.project.metadata.function.value == "unknown":
        print(tr("功能类型：未能从标题或范围判断，暂按“规范”（用“应”）措辞；请在工作室元数据（F3）中选择，"
                 "或在项目文件中写 function: 规范／规程／指南",
                 "function type: not told by the title or the scope, worded as a 规范 (应) for now; choose it in the "
                 "studio's metadata (F3), or write function: 规范 / 规程 / 指南 in the project file"))
    if not summary.restored and not document_of(project.project).has_cover:
        # built as the draft was (a policy's own headings, a regulation's 第一条): no GB cover to choose a kind for
        print(tr("结构：草案没有 GB/T 1.1 的结构（前言、范围、编号的章条），生成时照原样写出其标题和正文，不加封面、目次和前言，"
                 "不需要选择标准类别",
                 "structure: the draft has no GB/T 1.1 skeleton (foreword, scope, numbered clauses), so build writes its "
                 "title and text as they are, with no cover, 目次 or 前言, and there is no kind of standard to choose"))
    elif not summary.kind_read and not summary.restored:
        print(tr("标准类别：封面未写明（未读到标准编号或“××标准”字样），暂按国家标准（GB/T）；请在工作室元数据（F3）中选择，"
                 "或在项目文件中写 kind: GB/T／industry（另写 code: 行业代号）／DB／T",
                 "kind of standard: the cover does not say (no designation or banner was read), a national standard "
                 "(GB/T) for now; choose it in the studio's metadata (F3), or write kind: GB/T / industry (with code: "
                 "the sector's code) / DB / T in the project file"))
    if summary.proposed:
        print(tr(f"提出的链接：{summary.proposed} 个，涉及条目 {'、'.join(summary.addressed_items)}"
                 "（proposed: true，确认后删去该标记，不对则删去链接）",
                 f"proposed links: {summary.proposed}, for items {', '.join(summary.addressed_items)} "
                 "(proposed: true: drop the flag to accept, delete the link to reject)"))
    # one line to copy and run: a path with spaces or brackets is quoted
    print(tr(f"下一步：stdauthor build {shell_word(target)} -o 草案.docx",
             f"next: stdauthor build {shell_word(target)} -o draft.docx"))
    return 0
