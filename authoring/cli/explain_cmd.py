"""``stdauthor explain``: the 编制说明 of a draft, from its project file or from the Word draft."""

from __future__ import annotations

import argparse
from pathlib import Path

from authoring.atomic import atomic_write_bytes
from authoring.cli._files import keep_replaced, kept_note
from authoring.cli.checklists_cmd import add_checklists_option
from authoring.errors import InputError, OutputError
from authoring.i18n import count_en, tr

ORDER = 40
_PROJECT_SUFFIXES = (".yaml", ".yml")
#: A Word draft; a Word 97 .doc (or one WPS saved as .wps) is read through the .docx LibreOffice saves of it, as
#: ``check`` reads it.
_DRAFT_SUFFIXES = (".docx", ".docm", ".doc", ".wps")
#: The ``--function`` choices: values of :class:`authoring.document.FunctionType`.
_FUNCTIONS = ("规范", "规程", "指南")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the ``explain`` subcommand."""
    parser = sub.add_parser(
        "explain", parents=[common], help=tr("生成编制说明（.docx）", "write the explanatory memorandum (.docx)"),
        description=tr(
            "由项目文件或 Word 草案生成编制说明：工作简况、编制原则和主要内容、卓越服务要素的融入情况、"
            "与国际标准（ISO 11367）的对比等。工具无法知道的内容以“【请填写：……】”标出。",
            "Write the explanatory memorandum (编制说明) from a project file or a Word draft: work summary, "
            "principles and contents, how the excellence items are taken up, comparison with ISO 11367, and "
            "so on. What the tool cannot know is marked 【请填写：…】.",
        ),
    )
    parser.add_argument("input", metavar="PROJECT.yaml|DRAFT.docx",
                        help=tr("项目文件，或 Word 草案（.docx；旧版 .doc 或 .wps 由 LibreOffice 转换）",
                                "a project file, or a Word draft (.docx; a legacy .doc or .wps is converted by "
                                "LibreOffice)"))
    parser.add_argument("-o", "--output", required=True, metavar=tr("编制说明.docx", "MEMO.docx"), help=tr("输出路径", "output path"))
    parser.add_argument("--comments", metavar="TABLE",
                        help=tr("意见汇总处理表（.docx/.xlsx/.csv），用于统计采纳情况",
                                "the comment resolution table (.docx/.xlsx/.csv), to count the decisions"))
    parser.add_argument("--project", metavar="PROJECT.yaml",
                        help=tr("草案对应的项目文件（提供不适用的理由和元数据）",
                                "the draft's project file (not-applicable reasons and metadata)"))
    parser.add_argument("--checklist", default="excellence-guide", metavar="ID",
                        help=tr("草案所对照的检查清单 id", "checklist id for a draft"))
    add_checklists_option(parser)
    parser.add_argument("--function", choices=tuple(_FUNCTIONS), default=None,
                        help=tr("草案的功能类型（默认从标题或范围判断）",
                                "the draft's function type (default: told from the title or scope)"))
    parser.add_argument("--force", action="store_true",
                        help=tr("覆盖已有的输出文件（原文件先另存为 NAME.bak.docx）",
                                "replace an existing output (the old file is kept as NAME.bak.docx first)"))
    parser.set_defaults(handler=run)


def _inputs(args: argparse.Namespace) -> list[Path]:
    return [Path(p) for p in (args.input, args.comments, args.project) if p]


def _target(args: argparse.Namespace) -> Path:
    target = Path(args.output)
    if target.suffix.lower() != ".docx":
        raise OutputError("输出文件名应以 .docx 结尾", "the output file name must end in .docx", path=target)
    for source in _inputs(args):
        if source.exists() and target.exists() and source.resolve() == target.resolve():
            raise OutputError("输出路径与输入文件相同，不会覆盖输入", "the output is an input; refusing to overwrite it",
                              path=target)
    if target.is_dir():
        raise OutputError("目标是一个文件夹", "the output path is a folder", path=target)
    if target.exists() and not args.force:
        raise OutputError("文件已存在，未覆盖（使用 --force 覆盖）", "file exists; not overwritten (use --force)",
                          path=target)
    return target


def run(args: argparse.Namespace) -> int:
    """Gather the sources, write the memorandum atomically, and say what is left to fill in."""
    from authoring.docx.read import PendingReview, nothing_read, read_draft
    from authoring.paperwork.explain import attach_comments, explain_docx, from_draft, from_project
    from authoring.yamlio import regular_file

    review = PendingReview()
    source_path = Path(args.input)
    target = _target(args)
    suffix = source_path.suffix.lower()
    regular_file(source_path)  # missing, a folder, a FIFO (never opened), a symlink loop: one line
    if suffix in _PROJECT_SUFFIXES:
        if args.project:
            raise InputError("输入已是项目文件，不需要 --project", "the input is a project file; --project is not needed",
                             path=args.project)
        source = from_project(source_path, args.checklists)
    elif suffix in _DRAFT_SUFFIXES:
        from authoring.document import FunctionType

        function = FunctionType(args.function) if args.function else None
        doc, review = read_draft(source_path)
        if not doc.character_count():
            raise nothing_read(source_path)  # no memorandum of 0 chapters with every item missing
        source = from_draft(source_path, checklist_id=args.checklist, extra_dirs=args.checklists,
                            project_path=args.project, function=function)
    else:
        raise InputError("输入应为项目文件（.yaml）或 Word 草案（.docx、.doc 或 .wps）",
                         "the input must be a project file (.yaml) or a Word draft (.docx, .doc or .wps)",
                         path=source_path)
    if args.comments:
        attach_comments(source, args.comments)  # a table of another standard is refused
    data = explain_docx(source)
    backup = keep_replaced(target)  # --force: a memorandum the committee filled in is kept first
    atomic_write_bytes(target, data)
    prompts = _count_prompts(data)
    print(tr(f"已生成编制说明：{target}", f"memorandum written (in Chinese, as the committee's paperwork is): {target}")
          + kept_note(backup))
    if review:
        print(tr(*review.notice("未读取", "not read")))
    items = source.items
    # The counts the memorandum itself gives (its 融入 does not include 部分融入).
    na = sum(1 for r in items if r.status == "not-applicable")
    full = sum(1 for r in items if r.status in ("addressed", "covered"))
    partial = sum(1 for r in items if r.status == "partial")
    print(tr(f"卓越服务要素：{len(items)} 个条目，融入 {full} 个，部分融入 {partial} 个，不适用 {na} 个",
             f"excellence items: {len(items)}, taken up {full}, in part {partial}, not applicable {na}"))
    if source.unconfirmed:
        names = "、".join(source.unconfirmed)
        have = "has" if len(source.unconfirmed) == 1 else "have"
        print(tr(f"注意：{len(source.unconfirmed)} 个条目只有导入时提出的链接（proposed: true），尚未确认，表中记为待定："
                 f"{names}；在工作室中按 Ctrl+L 确认，或在项目文件中删去 proposed: true",
                 f"note: {count_en(len(source.unconfirmed), 'item')} {have} only links the import proposed (proposed: "
                 f"true), not yet confirmed, so the table says undecided: {', '.join(source.unconfirmed)}; confirm "
                 "them in the studio (Ctrl+L), or delete proposed: true in the project file"))
    print(tr(f"待起草组填写：{prompts} 处（文中“【请填写：……】”，黄色突出显示）",
             f"left for the committee: {count_en(prompts, 'place')} (marked 【请填写：…】, highlighted)"))
    return 0


def _count_prompts(data: bytes) -> int:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    return xml.count("【请填写")
