"""``stdauthor comments``: the 意见汇总处理表 from reviewers' returned copies of a draft.

Every Word comment and tracked change of every copy becomes a row placed at its 章条编号.
Inputs that cannot be used (not a ``.docx``, a copy of a different draft) get one line each on
stderr while the rest go in; the exit code is then 2. When the output already holds a table (or
``--update`` names one), its rows, with the committee's 处理意见 and 备注, are kept and only
new remarks are added. A file the command replaces (the table it updates, or with ``--force`` another
file) is kept beside it first as ``NAME.bak.EXT`` (``NAME-2.bak.EXT`` … when taken), as ``build`` does.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from authoring.atomic import atomic_write_bytes
from authoring.cli._files import keep_replaced, walk
from authoring.errors import InputError, OutputError, os_reason
from authoring.i18n import count_en, tr

ORDER = 41
#: The table formats (``authoring.paperwork.table.FORMATS``, kept here so that building the
#: parser imports no paperwork; a test keeps the two equal).
FORMATS = ("docx", "xlsx", "csv")
#: What a folder's reviewed copies may be (``authoring.paperwork.resolution.COPY_SUFFIXES``; a test keeps the two equal).
COPY_SUFFIXES = (".docx", ".docm", ".doc", ".wps")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the ``comments`` subcommand."""
    parser = sub.add_parser(
        "comments", parents=[common],
        help=tr("由审阅稿的批注和修订生成意见汇总处理表", "compile reviewers' comments into a resolution table"),
        description=tr(
            "读取各单位返回的审阅稿（.docx；旧版 .doc 由 LibreOffice 转换）中的全部批注和修订，按章条编号列入意见汇总处理表"
            "（序号、标准章条编号、意见内容、提出单位、处理意见、备注）。再次运行时保留已填写的处理意见，只增加新意见。",
            "Read every comment and tracked change of the returned copies (.docx; legacy .doc converted by "
            "LibreOffice) and list them by clause in "
            "a comment resolution table (序号, 标准章条编号, 意见内容, 提出单位, 处理意见, 备注). A second run "
            "keeps the decisions already filled in and adds only new comments.",
        ),
    )
    parser.add_argument("inputs", nargs="+", metavar="REVIEWED.docx",
                        help=tr("审阅稿（.docx 或 .doc，或含审阅稿的文件夹）", "reviewed copies (.docx or .doc, or folders of them)"))
    parser.add_argument("-o", "--output", required=True, metavar=tr("意见汇总处理表.docx", "TABLE.docx"),
                        help=tr("输出路径；已存在的表会被更新", "output path; an existing table is updated"))
    parser.add_argument("--format", choices=FORMATS, default=None,
                        help=tr("输出格式（默认按文件名）", "output format (default: from the file name)"))
    parser.add_argument("--units", metavar="MAP.yaml",
                        help=tr("批注作者或文件名到提出单位的映射（YAML）",
                                "mapping of comment authors or file names to units (YAML)"))
    parser.add_argument("--sent", type=int, default=None, metavar="N",
                        help=tr("发送征求意见稿的单位数", "number of units the draft was sent to"))
    parser.add_argument("--draft", metavar="DRAFT.docx",
                        help=tr("发出的草案（用于识别其他草案的审阅稿和排序）",
                                "the draft as sent (to recognise copies of other drafts, and for ordering)"))
    parser.add_argument("--update", metavar="TABLE",
                        help=tr("已编辑的意见汇总处理表：保留其处理意见，只增加新意见",
                                "an edited resolution table: keep its decisions, add only new comments"))
    parser.add_argument("--force", action="store_true",
                        help=tr("输出文件已存在但不是意见汇总处理表时仍覆盖（原文件先另存为 NAME.bak.docx）",
                                "replace an existing output that is not a resolution table (the old file is kept "
                                "as NAME.bak.docx first)"))
    parser.set_defaults(handler=run)


def _expand(inputs: list[str], tables: list[Path],
            unlisted: list[tuple[Path, OSError]] | None = None) -> list[Path]:
    """Files as given and Word files (``*.docx``, ``*.doc``) under folders, each once.

    A folder's ``~$`` lock files, the output table, the table to update and their ``.bak``
    copies (``NAME.bak.EXT``, ``NAME-2.bak.EXT`` …) are not reviewed copies and are left out.
    A folder (or subfolder) that cannot be listed is added to ``unlisted`` with its error.
    """
    out: list[Path] = []
    seen: set[Path] = set()
    skip = {p.resolve() for p in tables}
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            found = [p for p in walk(path, unlisted)
                     if p.suffix.lower() in COPY_SUFFIXES and p.is_file() and not p.name.startswith("~$")
                     and p.resolve() not in skip and not any(_backup_of(p, t) for t in tables)]
        else:
            found = [path]
        for item in found:
            key = item.resolve() if item.exists() else item
            if key not in seen:
                seen.add(key)
                out.append(item)
    return out


def _in_folder(inputs: list[str], target: Path) -> bool:
    """Whether a folder among ``inputs`` holds ``target`` as one of its Word files (``*.docx``, ``*.doc``).

    :func:`_expand` leaves the output out of a folder's copies (an earlier table lying there is no
    reply), so a reviewed copy named as the output must be told apart here: it is an input all the same.
    """
    if target.suffix.lower() not in COPY_SUFFIXES or target.name.startswith("~$") or not target.is_file():
        return False
    try:
        resolved = target.resolve()
        for raw in inputs:
            folder = Path(raw)
            if folder.is_dir() and resolved.is_relative_to(folder.resolve()):
                return True
    except OSError:
        return False
    return False


def _backup_of(path: Path, table: Path) -> bool:
    """Whether ``path`` is a copy kept of ``table`` (``NAME.bak.EXT``, ``NAME-2.bak.EXT`` …, see keep_replaced)."""
    try:
        if path.parent.resolve() != table.parent.resolve():
            return False
    except OSError:
        return False
    pattern = rf"{re.escape(table.stem)}(?:-\d+)?\.bak{re.escape(table.suffix)}"
    return re.fullmatch(pattern, path.name, flags=re.IGNORECASE) is not None


def _load_units(path: str | None) -> dict[str, str]:
    if not path:
        return {}
    from authoring.yamlio import load_yaml

    data, _ = load_yaml(path)
    if data is None:
        return {}
    if not isinstance(data, dict) or not all(
            isinstance(v, (str, int, float)) and not isinstance(v, bool) for v in data.values()):
        raise InputError("单位映射文件应为“作者或文件名: 单位”的 YAML 映射",
                         "the units file must be a YAML mapping 'author or file name: unit'", path=path)
    return {str(k): str(v) for k, v in data.items()}


def _holds_table(path: Path) -> bool:
    """Whether the file at ``path`` reads as a resolution table."""
    from authoring.paperwork.table import read_table

    try:
        read_table(path)
    except InputError:
        return False
    return True


def _same(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.resolve() == b.resolve()
    except OSError:
        return False


def _waiting(target: Path) -> None:
    print(tr(f"{target}：另一个 stdauthor comments 正在写入这张表，等它写完再读入……",
             f"{target}: another stdauthor comments is writing this table; waiting to read what it writes…"),
          file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    """Read the copies, build (or update) the table, write it atomically, report per input."""
    from authoring.paperwork.resolution import build, collect
    from authoring.paperwork.review import UnitNames
    from authoring.paperwork.table import format_of, read_table, table_bytes

    target = Path(args.output)
    if target.is_dir():
        raise OutputError("目标是一个文件夹", "the output path is a folder", path=target)
    fmt = format_of(target, args.format)
    if args.format and target.suffix.lower().lstrip(".") not in ("", args.format):
        raise OutputError(f"输出文件名与格式 {args.format} 不符", f"the output name does not match format {args.format}",
                          path=target)
    if args.sent is not None and args.sent < 0:
        raise InputError("--sent 应为非负整数", "--sent must be a non-negative number")
    unlisted: list[tuple[Path, OSError]] = []
    copies = _expand(args.inputs, [Path(p) for p in (args.output, args.update) if p], unlisted)
    for folder, exc in unlisted:
        zh, en = os_reason(exc)
        print(f"{folder}: " + tr(f"无法读取文件夹：{zh}，已跳过", f"cannot read the folder: {en}; skipped"), file=sys.stderr)
    protected = [*copies, *(Path(p) for p in (args.units, args.draft) if p)]
    # A reviewed copy found in an input folder is an input too (an earlier table lying there is not).
    in_folder = _in_folder(args.inputs, target) and not _holds_table(target)
    if in_folder or any(_same(target, p) for p in protected):
        raise OutputError("输出路径与输入文件相同，不会覆盖输入", "the output is an input; refusing to overwrite it",
                          path=target)
    units = UnitNames(_load_units(args.units))

    # One run at a time reads, builds and writes a table (another waits): none loses another's rows.
    from authoring.paperwork.table import table_lock

    with table_lock(target, on_wait=lambda: _waiting(target)):
        previous = None
        if args.update:
            previous = read_table(args.update)
            if target.exists() and not _same(target, Path(args.update)) and not args.force:
                raise OutputError("文件已存在，未覆盖（使用 --force 覆盖）", "file exists; not overwritten (use --force)",
                                  path=target)
        elif target.exists():
            try:
                previous = read_table(target)
            except InputError:
                if not args.force:
                    raise OutputError("文件已存在且不是意见汇总处理表，未覆盖（使用 --force 覆盖）",
                                      "the file exists and is not a resolution table; not overwritten (use --force)",
                                      path=target) from None

        collection = collect(copies, draft=args.draft)
        # Copies of another standard are not merged into this table: one line, nothing written.
        collection.require_same_standard(previous, path=args.update or target)
        for notice in collection.notices:
            print(notice.message(), file=sys.stderr)
        collection.require_copies(updating=previous is not None)
        read_notices = len(collection.notices)
        table, added = build(collection, units=units, sent=args.sent, previous=previous)
        for notice in collection.notices[read_notices:]:  # what building the rows found (a reply given twice)
            print(notice.message(), file=sys.stderr)
        if previous is not None and previous.counts.replies > collection.replies_read:
            print(tr(f"注意：本次读入的回函（{collection.replies_read}份）少于原表记录的{previous.counts.replies}份；"
                     f"表尾保留原表的回函计数，按单位合计为{table.counts.replies}份",
                     f"note: this run read {count_en(collection.replies_read, 'reply', 'replies')}, the table recorded "
                     f"{previous.counts.replies}; the foot keeps the table's replies: "
                     f"{count_en(table.counts.replies, 'unit')} in all"),
                  file=sys.stderr)
        data = table_bytes(table, fmt)
        # the table as it was, or (--force) another file: kept first, never over an earlier copy
        backup = keep_replaced(target)
        atomic_write_bytes(target, data)
    counts = table.counts
    if previous is None:
        kept_zh = f"；原文件已另存为 {backup.name}" if backup is not None else ""
        kept_en = f"; the file it replaced is kept as {backup.name}" if backup is not None else ""
        print(tr(f"已生成意见汇总处理表：{target}（{len(table.rows)} 条意见{kept_zh}）",
                 f"resolution table written (in Chinese, as the committee's paperwork is): {target} "
                 f"({count_en(len(table.rows), 'comment')}{kept_en})"))
    else:
        kept_zh = f"；原表已另存为 {backup.name}" if backup is not None else ""
        kept_en = f"; the table as it was is kept as {backup.name}" if backup is not None else ""
        print(tr(f"已更新意见汇总处理表：{target}（新增 {added} 条，共 {len(table.rows)} 条；原有处理意见已保留{kept_zh}）",
                 f"resolution table updated: {target} ({added} new, {len(table.rows)} in all; decisions kept{kept_en})"))
    print(tr(f"回函 {counts.replies} 份，其中有意见 {counts.with_comments} 份；未读入 {collection.refused} 个文件",
             f"{count_en(counts.replies, 'reply', 'replies')}, {counts.with_comments} with comments; "
             f"{count_en(collection.refused, 'file')} left out"))
    return 2 if collection.refused or unlisted else 0
