"""``stdauthor new / build / skeleton / preview``: from a project file to a Word draft."""

from __future__ import annotations

import argparse
import errno
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from authoring.cli._files import keep_replaced, kept_note, shell_word
from authoring.cli._lazy import LazyNames
from authoring.cli.checklists_cmd import add_checklists_option
from authoring.errors import InputError, OutputError
from authoring.i18n import count_en, tr

if TYPE_CHECKING:
    from authoring.checklist import Checklist
    from authoring.document import FunctionType, StandardDocument
    from authoring.project import ProjectFile

# Imported when a command runs, not when ``stdauthor --help`` builds the parser (see _lazy).
_LAZY = LazyNames(globals(), {
    "load_packs": "authoring.checklist", "write_docx": "authoring.docx.write", "run_lint": "authoring.lint",
    "compose": "authoring.project", "load_project": "authoring.project", "new_project": "authoring.project",
    "omitted_items": "authoring.project", "skeleton": "authoring.project", "line_of": "authoring.yamlio",
    "migrate": "authoring.project.outline", "decisions_of": "authoring.project.outline",
})


def __getattr__(name: str) -> Any:
    return _LAZY.get(name)


ORDER = 20
#: Annexes are lettered A to Z (GB/T 1.1—2020 §8.6); there is no letter after Z.
MAX_ANNEXES = 26
# Kept here so that building the parser imports neither the document model nor the project
# layer; a test keeps them equal to authoring.document.STAGES, Kind and
# authoring.project.DEFAULT_CHECKLIST.
STAGES = ("工作组讨论稿", "征求意见稿", "送审讨论稿", "送审稿", "报批稿")
KINDS = ("GB", "GB/T", "GB/Z", "industry", "DB", "T", "Q")
DEFAULT_KIND = "GB/T"
DEFAULT_CHECKLIST = "excellence-guide"

_FUNCTIONS = {
    "规范": "SPECIFICATION", "spec": "SPECIFICATION", "specification": "SPECIFICATION",
    "规程": "CODE_OF_PRACTICE", "code": "CODE_OF_PRACTICE",
    "指南": "GUIDE", "guide": "GUIDE",
}


def _function(value: str) -> FunctionType:
    from authoring.document import FunctionType

    try:
        return FunctionType[_FUNCTIONS[value.strip().lower()]]
    except KeyError:
        raise argparse.ArgumentTypeError(
            tr(f"未知的功能类型 {value}（规范、规程或指南）", f"unknown function type {value} (规范, 规程 or 指南)")
        ) from None




#: The title a new project or skeleton gets when none is given: the subject still to name, then the function word
#: (××××服务规范, ××××服务指南), so that the title and the function agree.
PLACEHOLDER_SUBJECT = "××××服务"


def _chosen_function(args: argparse.Namespace) -> tuple[FunctionType, str]:
    """The function type a new project or skeleton gets, and the line that says why; ``args.title`` is set too.

    ``--function`` when given (no line then); else the one the title's ending names, by the
    reader's rule that ``check`` applies (……指南 is a 指南, ……规程 a 规程, ……规范／……要求 a 规范);
    else the command's default (``args.default_function``), 指南 for a GB/Z (a guidance technical document).
    With no title (left out, or ``--title ""``, which gave a draft without a 文件名称 its own check refused) the
    title is the placeholder ending in the function's word: the placeholder's ending tells nothing.
    """
    title = (args.title or "").strip()
    if args.function is not None:
        args.title = title or PLACEHOLDER_SUBJECT + args.function.value
        return args.function, ""
    from authoring.docx.read._front import function_from_title

    told = function_from_title(title) if title else None
    if told is not None:
        args.title = title
        return told, tr(
            f"功能类型：{told.value}（由标准名称的结尾判断；可用 --function 规范／规程／指南 改变）",
            f"function type: {told.value} (told from the end of the title; change it with --function 规范/规程/指南)")
    function = _function("指南" if args.kind == "GB/Z" else args.default_function)
    args.title = title or PLACEHOLDER_SUBJECT + function.value
    if args.kind == "GB/Z":
        why_zh, why_en = "GB/Z 为国家标准化指导性技术文件，默认为指南", "a GB/Z is a guidance technical document"
    elif title:
        why_zh, why_en = "标准名称的结尾未表明功能类型", "the end of the title names none"
    else:
        why_zh, why_en = "未给出标准名称", "no title was given"
    default = "" if args.kind == "GB/Z" else "，取默认值"
    return function, tr(
        f"功能类型：{function.value}（{why_zh}{default}；可用 --function 规范／规程／指南 改变）",
        f"function type: {function.value} ({why_en}, so the default; change it with --function 规范/规程/指南)")


def _add_frame(parser: argparse.ArgumentParser, *, function: str) -> None:
    parser.add_argument("--title", default="", help=tr(f"标准名称（中文；未给出时为{PLACEHOLDER_SUBJECT}{function}等）",
                                                      f"title of the standard (Chinese; {PLACEHOLDER_SUBJECT}{function} "
                                                      "or the like when not given)"))
    parser.add_argument("--kind", default=DEFAULT_KIND, choices=list(KINDS),
                        help=tr("标准类别（默认 GB/T）", "kind of standard (default GB/T)"))
    # None: told from the title's ending, ``function`` when the title names none (see _chosen_function).
    parser.add_argument("--function", default=None, type=_function,
                        help=tr(f"功能类型：规范、规程或指南（默认由标准名称的结尾判断，无法判断时为{function}）",
                                f"function type: 规范, 规程 or 指南 (by default told from the end of the title; "
                                f"{function} when it names none)"))
    parser.set_defaults(default_function=function)
    parser.add_argument("--checklist", default=DEFAULT_CHECKLIST, metavar="ID",
                        help=tr("检查清单 id", "checklist pack id"))
    add_checklists_option(parser)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the ``new``, ``build``, ``skeleton`` and ``preview`` subcommands."""
    new = sub.add_parser(
        "new", parents=[common], help=tr("新建项目文件", "create a project file"),
        description=tr("新建项目文件（第 2 版）：正文大纲按 --seed 起始，列出检查清单的全部条目（状态均为 todo）。"
                       "不会覆盖已有文件。",
                       "Create a project file (version 2): the outline starts as --seed says, and every checklist "
                       "item is listed as todo. Never overwrites a file."),
    )
    new.add_argument("-o", "--output", required=True, metavar="PROJECT.yaml",
                     help=tr("项目文件路径", "path of the project file"))
    _add_frame(new, function="规范")
    new.add_argument("--title-en", default="", metavar="TITLE",
                     help=tr("英文名称（国家标准、行业标准的封面须有）",
                             "English title (the cover of a national or industry standard carries one)"))
    new.add_argument("--stage", default="征求意见稿", choices=[*STAGES, "发布稿"],
                     help=tr("文件阶段", "drafting stage"))
    new.add_argument("--seed", default="guide", choices=["guide", "blank", "chapters"],
                     help=tr("大纲的起点：guide 指南的典型结构（附录A）、blank 只有第1～3章、chapters 用 --chapters 给出的章",
                             "how the outline starts: guide = the guide's typical arrangement (Annex A), blank = "
                             "chapters 1 to 3 only, chapters = the chapters given with --chapters"))
    new.add_argument("--chapters", default="", metavar="TITLES",
                     help=tr("自己的章标题，用、或逗号分隔（如 基本要求、服务内容、服务流程、评价与改进）",
                             "the committee's own chapter titles, separated by 、 or commas"))
    new.add_argument("--version", dest="file_version", type=int, default=2, choices=[1, 2],
                     help=tr("项目文件版本（1：由条目组成草案）", "project file version (1: the draft is composed from the items)"))
    new.set_defaults(handler=_new)

    build = sub.add_parser(
        "build", parents=[common], help=tr("由项目文件生成 Word 草案", "write the Word draft of a project"),
        description=tr("把项目文件组成符合 GB/T 1.1—2020 的标准草案并写成 .docx。",
                       "Compose the project into a GB/T 1.1-2020 draft and write it as .docx."),
    )
    build.add_argument("project", metavar="PROJECT.yaml", help=tr("项目文件", "project file"))
    build.add_argument("-o", "--output", required=True, metavar="DRAFT.docx", help=tr("草案路径", "draft path"))
    build.add_argument("--force", action="store_true",
                       help=tr("覆盖已有的草案（原文件先另存为 NAME.bak.docx）",
                               "replace an existing draft (the old file is kept as NAME.bak.docx first)"))
    add_checklists_option(build)
    build.set_defaults(handler=_build)

    skel = sub.add_parser(
        "skeleton", parents=[common], help=tr("生成带编写提示的标准框架", "write a skeleton draft with guidance"),
        description=tr("生成 GB/T 1.1—2020 完整框架，每个考虑因素一条，内含【编写提示】。",
                       "Write the full GB/T 1.1-2020 frame with one clause per consideration holding guidance."),
    )
    skel.add_argument("-o", "--output", required=True, metavar="SKELETON.docx", help=tr("输出路径", "output path"))
    _add_frame(skel, function="指南")
    skel.add_argument("--force", action="store_true",
                      help=tr("覆盖已有文件（原文件先另存为 NAME.bak.docx）",
                              "replace an existing file (the old file is kept as NAME.bak.docx first)"))
    skel.set_defaults(handler=_skeleton)

    preview = sub.add_parser(
        "preview", parents=[common], help=tr("以 Markdown 预览草案", "print the composed draft as Markdown"),
        description=tr("把项目文件组成草案，以 Markdown 打印。", "Compose the project and print it as Markdown."),
    )
    preview.add_argument("project", metavar="PROJECT.yaml", help=tr("项目文件", "project file"))
    add_checklists_option(preview)
    preview.set_defaults(handler=_preview)


def _pack(pack_id: str, dirs: list[str]) -> Checklist:
    return load_packs(dirs).get(pack_id)


def _docx_target(path: str, *, force: bool) -> Path:
    target = Path(path)
    if target.suffix.lower() != ".docx":
        raise OutputError("输出文件名应以 .docx 结尾", "the output file name must end in .docx", path=target)
    try:
        if len(os.fsencode(target.name)) > 255:
            raise OSError(errno.ENAMETOOLONG, os.strerror(errno.ENAMETOOLONG), str(target))
        exists = target.exists()
    except OSError as exc:
        raise OutputError(*_os_reason(exc), path=target) from None
    if exists and target.is_dir():  # --force would not help: say what is in the way
        raise OutputError("目标是一个文件夹", "the output path is a folder", path=target)
    if exists and not force:
        raise OutputError("文件已存在，未覆盖（使用 --force 覆盖）", "file exists; not overwritten (use --force)",
                          path=target)
    return target


def _os_reason(exc: OSError) -> tuple[str, str]:
    if exc.errno == errno.ENAMETOOLONG:
        return "文件名过长，无法写入", "the file name is too long to write"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"没有权限（{exc.strerror}）", f"permission denied ({exc.strerror})"
    return f"无法访问：{exc.strerror}", f"cannot access: {exc.strerror}"


#: What a project file is called: build, preview and the studio read YAML, and a name ending otherwise (.docx)
#: sends the next command astray (build proj.docx takes it for a Word draft).
PROJECT_SUFFIXES = (".yaml", ".yml")


def _new(args: argparse.Namespace) -> int:
    _LAZY.bind()
    target = Path(args.output)
    if target.suffix.lower() not in PROJECT_SUFFIXES:
        raise OutputError("项目文件名应以 .yaml 或 .yml 结尾", "the project file name must end in .yaml or .yml",
                          path=target)
    if target.is_dir():
        raise OutputError("目标是一个文件夹", "the output path is a folder", path=target)
    if target.exists():
        raise OutputError("文件已存在，未覆盖", "file exists; not overwritten", path=target)
    from authoring.project.seed import FIXED_CHAPTERS, own_chapters

    chapters, left_out = own_chapters([t for t in re.split(r"[、,，;；]", args.chapters) if t.strip()])
    if left_out and not chapters:
        raise InputError(f"--chapters 只列出了{'、'.join(left_out)}：第1～3章（范围、规范性引用文件、术语和定义）总会生成，"
                         "请给出第4章起的章标题",
                         f"--chapters names only {', '.join(left_out)}: chapters 1 to 3 (范围, 规范性引用文件, "
                         "术语和定义) are always there; give the titles from chapter 4 on")
    seed = "chapters" if chapters and args.seed == "guide" else args.seed
    if seed == "chapters" and not chapters:
        raise InputError("--seed chapters 需要用 --chapters 给出章标题", "--seed chapters needs the titles in --chapters")
    function, chosen = _chosen_function(args)
    project = new_project(args.title, kind=args.kind, function=function, stage=args.stage,
                          checklist=_pack(args.checklist, args.checklists), version=args.file_version,
                          seed=seed, chapters=chapters)
    if args.title_en.strip():
        project.set_metadata(title_en=" ".join(args.title_en.split()))
    try:
        project.save(target)
    except OutputError:
        if target.exists():  # made meanwhile (another new -o the same name): new has no --force to offer
            raise OutputError("文件已存在，未覆盖", "file exists; not overwritten", path=target) from None
        raise
    print(tr(f"已新建项目文件：{target}", f"created project file: {target}"))
    fixed = [t for t in left_out if "".join(t.split()) in FIXED_CHAPTERS]
    twice = [t for t in left_out if t not in fixed]
    if fixed:
        print(tr(f"已略去 --chapters 中的{'、'.join(fixed)}：第1～3章总是范围、规范性引用文件、术语和定义",
                 f"left out of --chapters: {', '.join(fixed)} (chapters 1 to 3 are always 范围, 规范性引用文件, "
                 "术语和定义)"))
    if twice:
        print(tr(f"--chapters 中重复的章只保留一次：{'、'.join(twice)}",
                 f"chapters given twice in --chapters are kept once: {', '.join(twice)}"))
    if chosen:
        print(chosen)
    print(tr(f"下一步：编辑它，然后运行 stdauthor build {shell_word(target)} -o 草案.docx",
             f"next: edit it, then run stdauthor build {shell_word(target)} -o draft.docx"))
    return 0


#: What a Word draft's file is called, and how its bytes begin (a .docx is a ZIP package, a .doc an OLE file).
_WORD_SUFFIXES = (".docx", ".doc", ".docm", ".dotx", ".dot")
_WORD_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")


def _refuse_word_draft(path: str) -> None:
    """A Word draft (or any ZIP or OLE file) given where a project file belongs: one line saying so
    and how to make a project of it, instead of a YAML parser's complaint about its first line."""
    file = Path(path)
    try:
        if not file.is_file():
            return  # a missing file is load_project's to report
        with file.open("rb") as handle:
            head = handle.read(8)
    except OSError:
        return
    if file.suffix.lower() in _WORD_SUFFIXES:
        command = f"stdauthor import {shell_word(path)} -o {shell_word(str(file.with_suffix('.yaml')))}"
        raise InputError(f"这是 Word 草案，不是项目文件（.yaml）；请先运行 {command} 生成项目文件",
                         f"this is a Word draft, not a project file (.yaml); first run {command} to make one",
                         path=path)
    if not head.startswith(_WORD_MAGIC):
        return
    # Named as something else (a draft saved as NAME.yaml, or any ZIP): import reads Word files by their
    # name, so the file is renamed first (QA pass 7: the command suggested here could not work).
    word = file.with_suffix(".doc" if head.startswith(_WORD_MAGIC[2]) else ".docx")
    command = f"stdauthor import {shell_word(str(word))} -o {shell_word(str(file.with_suffix('.yaml')))}"
    raise InputError(f"不是项目文件（.yaml），而是 Word 文件或其他压缩包；若是 Word 草案，请先改名为 {word.name}，"
                     f"再运行 {command} 生成项目文件",
                     f"not a project file (.yaml) but a Word file or another archive; if it is a Word draft, rename it "
                     f"to {word.name}, then run {command} to make one", path=path)


def _loaded(path: str, dirs: list[str]) -> tuple[ProjectFile, Checklist]:
    _refuse_word_draft(path)
    project = load_project(path)
    pack = load_packs(dirs).get(project.project.checklist, path=project.where,
                                line=line_of(project.data, ("checklist",)) if "checklist" in project.data else None)
    project.check(pack)
    return project, pack


def _composed(project: ProjectFile, pack: Checklist) -> StandardDocument:
    """The draft of ``project``; more annexes than letters is an error naming the line."""
    doc = compose(project.project, pack)
    extra = len(doc.annexes) - MAX_ANNEXES
    if extra > 0:
        if project.version == 2:
            raise InputError(
                f"附录过多：共 {len(doc.annexes)} 个，附录编号只有 A 至 Z（最多 {MAX_ANNEXES} 个）",
                f"too many annexes: {len(doc.annexes)}, but annexes are lettered A to Z (at most {MAX_ANNEXES})",
                path=project.where, line=line_of(project.data, ("body", "annexes", MAX_ANNEXES)),
            )
        first = max(len(project.project.annexes) - extra, 0)
        raise InputError(
            f"附录过多：共 {len(doc.annexes)} 个，附录编号只有 A 至 Z（最多 {MAX_ANNEXES} 个）",
            f"too many annexes: {len(doc.annexes)}, but annexes are lettered A to Z (at most {MAX_ANNEXES})",
            path=project.where, line=line_of(project.data, ("annexes", first)),
        )
    return doc


def _build(args: argparse.Namespace) -> int:
    _LAZY.bind()
    project, pack = _loaded(args.project, args.checklists)
    if Path(args.output).resolve() == Path(args.project).resolve():
        raise InputError("输出路径与项目文件相同，不会覆盖项目文件", "the output is the project file; refusing to overwrite it",
                         path=args.output)
    target = _docx_target(args.output, force=args.force)
    doc = _composed(project, pack)
    # A version 1 project is migrated in memory to learn which clause each item became.
    decisions = decisions_of(migrate(project.project, pack))
    original = target.exists() and _committee_draft(target, project.project)
    backup = keep_replaced(target)  # --force: the file replaced is kept first, as the studio's export does
    pictures = write_docx(doc, target, force=args.force, decisions=decisions)
    if original and backup is not None:
        print(tr(f"已生成草案：{target}（它原是起草组自己的 Word 草案，本项目多半由它导入；原稿已另存为 {backup.name}）",
                 f"draft written: {target} (it was the committee's own Word draft of this standard, most likely the "
                 f"one this project was imported from; the original is kept as {backup.name})"))
    else:
        print(tr(f"已生成草案：{target}", f"draft written: {target}") + kept_note(backup))
    for line in pictures:  # a picture file missing, an embedded object shown by its picture
        print(tr(*line))
    _print_lint_summary(doc, project.project.lint.disabled, args.project, target)
    _print_cover_gaps(doc)
    if project.version == 2:
        _print_v2_summary(project.project, pack)
        return 0
    left = omitted_items(project.project, pack)
    if left["todo"]:
        ids = "、".join(left["todo"])
        print(tr(f"待完成（未写入草案）：{ids}", f"still todo (not in the draft): {', '.join(left['todo'])}"))
    if left["not-applicable"]:
        ids = "、".join(left["not-applicable"])
        print(tr(f"不适用（未写入草案）：{ids}", f"not applicable (not in the draft): {', '.join(left['not-applicable'])}"))
    return 0


def _committee_draft(target: Path, project: Any) -> bool:
    """Whether ``target``, about to be replaced, is the committee's own Word draft of this standard (most likely
    the one the project was imported from; the project file does not record its source): a draft stdauthor did
    not write (no decisions stored in it) whose title is the project's, spacing aside. A file that cannot
    be read is not told to be one."""
    from authoring.docx._decisions import read_decisions
    from authoring.docx.read import read_docx

    title = re.sub(r"\s", "", project.metadata.title_zh)
    if not title:
        return False
    try:
        if read_decisions(target) is not None:
            return False  # built by stdauthor from a project
        draft = read_docx(target)
    except Exception:  # noqa: BLE001 - a damaged or foreign file is simply replaced (its copy is kept)
        return False
    return title in (re.sub(r"\s", "", draft.metadata.title_zh), re.sub(r"\s", "", draft.body_title))


#: The code a number needs, by kind (``Kind`` values), as build names it when it is not set: its name, and an example.
_CODE_NAMES = {
    "T": ("社会团体代号", "the association's code", "CNSS"),
    "Q": ("企业代号", "the enterprise's code", ""),
    "DB": ("行政区划代码", "the division code", "31"),
    "industry": ("行业代号", "the industry's code", "MZ"),
}


def _print_cover_gaps(doc: StandardDocument) -> None:
    """A line for each thing the cover prints as a placeholder that only the committee can fill: the code of a
    number (T/XXXX XXXXX—XXXX until metadata.code is set; check reads it back as that number, and nothing else
    says so), and a national or industry standard's English title (【请填写：英文名称】)."""
    if not doc.has_cover:
        return
    from authoring.docx.write._cover import needs_english_title, with_code_placeholder

    meta = doc.metadata
    if needs_english_title(meta) and not meta.title_en.strip():
        print(tr("提示：封面缺少英文名称（国家标准、行业标准须有），暂印【请填写：英文名称】；请在 metadata.title_en 中填写",
                 "note: the cover has no English title (a national or industry standard carries one) and prints a "
                 "placeholder; set metadata.title_en"))
    if meta.kind.value in _CODE_NAMES and not meta.code.strip():
        zh, en, example = _CODE_NAMES[meta.kind.value]
        printed = with_code_placeholder(meta).designation()
        print(tr(f"提示：{zh}尚未填写，封面和页眉的编号印作 {printed}；请在 metadata.code 中填写"
                 + (f"（如 {example}）" if example else ""),
                 f"note: {en} is not set, so the number on the cover and in the running heads prints {printed}; "
                 "set metadata.code" + (f" (such as {example})" if example else "")))


def _print_v2_summary(project: Any, pack: Checklist) -> None:
    """Items still to decide, items not applicable, and links proposed on import not yet accepted."""
    entries = [(item.id, project.entry(item.id)) for item in pack.items()]
    todo = [i for i, e in entries if e.status == "todo"]
    na = [i for i, e in entries if e.status == "not-applicable"]
    proposed = sum(1 for _, e in entries for k in e.links if k.proposed)
    if todo:
        print(tr(f"待决定：{'、'.join(todo)}", f"still to decide: {', '.join(todo)}"))
    if na:
        print(tr(f"不适用（理由随草案文件保存，不打印）：{'、'.join(na)}",
                 f"not applicable (reasons kept in the draft file, not printed): {', '.join(na)}"))
        from authoring.project.outline import walk_outline

        # The outline seeded from the guide has a clause per item: one left empty prints as a bare heading.
        titles = {pack.item(i).title_zh: i for i in na}
        nodes = walk_outline(project.body) if project.body is not None else []
        empty = [titles[n.title] for n in nodes
                 if n.title in titles and not getattr(n, "blocks", None) and not getattr(n, "children", None)]
        if empty:
            print(tr(f"提示：不适用条目的章条在草案中仍只有标题：{'、'.join(empty)}；可在工作室的大纲（Ctrl+B）中删去",
                     f"note: the clauses of items not applicable still stand in the draft as bare headings: "
                     f"{', '.join(empty)}; delete them in the studio's outline (Ctrl+B)"))
    if proposed:
        print(tr(f"待确认的链接：{proposed} 个（项目文件中 proposed: true）",
                 f"links still proposed: {proposed} (proposed: true in the project file)"))


def _print_lint_summary(doc: StandardDocument, disabled: list[str], project_path: str, draft: Path) -> None:
    """One line on the composed draft's GB/T 1.1 findings, honouring the project's lint.disabled; or, for an
    outline kept in a regulation's 第×章／第×条 (or 一、（一）) from its import, that the rules were not applied,
    never a confident "0 errors" (``stdauthor check`` reads the draft the same way)."""
    if doc.metadata.structure != "gbt":
        # the outline's own chapter numbers (第一章, 一, or headings whose numbers were lost) say why
        from authoring.document import BODY_UNIT

        shown = [c.number for c in doc.clauses if c.number != BODY_UNIT][:3]
        if not shown:  # one run of text with no chapters at all (a text imported without headings)
            print(tr("规范性检查：未按 GB/T 1.1 检查编写规则（大纲没有章，全文为一段正文，不是 GB/T 1.1 编号的章条）",
                     "GB/T 1.1 check: not applied (the outline has no chapters: its text is one run of body text, "
                     "not GB/T 1.1 numbered clauses)"))
            return
        zh = "、".join(shown) + ("……" if len(doc.clauses) > len(shown) + 1 else "")
        en = ", ".join(shown) + (" …" if len(doc.clauses) > len(shown) + 1 else "")
        print(tr(f"规范性检查：未按 GB/T 1.1 检查编写规则（大纲的章为“{zh}”，不是 GB/T 1.1 编号的章条）",
                 f"GB/T 1.1 check: not applied (the outline's chapters are {en}, not GB/T 1.1 numbered clauses)"))
        return
    findings = run_lint(doc, disabled=set(disabled))
    counts = {level: sum(1 for f in findings if f.severity == level) for level in ("error", "warning")}
    print(tr(f"规范性检查：错误 {counts['error']}，警告 {counts['warning']}",
             f"GB/T 1.1 check: {count_en(counts['error'], 'error')}, {count_en(counts['warning'], 'warning')}"))
    if counts["error"] or counts["warning"]:
        # the draft just written, named as it was given on the command line
        print(tr(f"详情：stdauthor check {shell_word(str(draft))}（或在工作室中按 F4）；项目：{project_path}",
                 f"details: stdauthor check {shell_word(str(draft))} (or F4 in the studio); project: {project_path}"))


def _skeleton(args: argparse.Namespace) -> int:
    _LAZY.bind()
    target = _docx_target(args.output, force=args.force)
    function, chosen = _chosen_function(args)
    doc = skeleton(args.title, _pack(args.checklist, args.checklists), kind=args.kind, function=function)
    backup = keep_replaced(target)
    write_docx(doc, target, force=args.force)
    print(tr(f"已生成标准框架：{target}", f"skeleton written: {target}") + kept_note(backup))
    if chosen:
        print(chosen)
    return 0


def _preview(args: argparse.Namespace) -> int:
    _LAZY.bind()
    project, pack = _loaded(args.project, args.checklists)
    from authoring.docx.write._blocks import with_dashed_cells
    from authoring.docx.write._cover import with_code_placeholder
    from authoring.docx.write._xml import safe_text
    from authoring.markdown import document_to_markdown
    from authoring.records import replace

    doc = _composed(project, pack)
    if doc.has_cover:  # the number as the draft prints it (T/XXXX XXXXX—XXXX, not T/ XXXXX—XXXX)
        doc = replace(doc, metadata=with_code_placeholder(doc.metadata))
    doc = with_dashed_cells(doc)  # a table's empty cells as the draft prints them
    # The text as the draft holds it (safe_text drops what a paste from a PDF or a YAML escape leaves, as the writer
    # does): a project's ESC or form feed never reaches the terminal, nor a carriage return or NEL it acts on.
    print(safe_text(document_to_markdown(doc)).translate(_TERMINAL_MOVES), end="")
    return 0


#: What a terminal acts on that a draft's text may keep: a carriage return (it overwrites the line) and NEL.
_TERMINAL_MOVES = str.maketrans("", "", "\r\x85")
