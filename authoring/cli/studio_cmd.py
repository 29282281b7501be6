"""``stdauthor studio [FILE]``: open the authoring studio (a Textual terminal app)."""

from __future__ import annotations

import argparse
from pathlib import Path

from authoring.i18n import tr

ORDER = 90


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the ``studio`` subcommand."""
    parser = subparsers.add_parser(
        "studio", parents=[common],
        help=tr("打开编写工作室（终端界面）", "open the authoring studio (terminal UI)"),
        description=tr(
            "打开编写工作室。FILE 可为项目文件（.yaml）或 Word 草案（.docx）：草案导入为项目（第 2 版，保留草案自己的"
            "章条结构），工作室先询问项目文件保存到哪里；在该询问中按 Esc 则只检查草案。不给 FILE 则重新打开上次的项目，"
            "没有时打开内置示例。",
            "Open the authoring studio. FILE is a project (.yaml) or a Word draft (.docx): a draft is imported as a "
            "project (version 2, its own outline kept) and the studio first asks where to save the project; Escape "
            "there only checks the draft. Without FILE the last project reopens, or the bundled example when there "
            "is none.",
        ),
    )
    parser.add_argument("file", nargs="?", metavar="FILE")
    parser.set_defaults(handler=run_studio)


def run_studio(args: argparse.Namespace) -> int:
    """Run the studio until the author quits."""
    from authoring._paths import working_example
    from authoring.tui.config import last_project  # no Textual import: only the recent-files list

    path = Path(args.file) if args.file else (last_project() or working_example())
    if args.file:
        from authoring.yamlio import regular_file

        regular_file(path)  # missing, a folder, a pipe, a symlink loop: said for what it is (QA pass 13, B2)
    if args.file:
        _refuse_a_damaged_draft(path)
    import gc

    # textual is imported only when the studio really starts, with the garbage collector off:
    # importing makes many objects and no garbage, and the collector would walk them over and
    # over. What is alive then is frozen out of its reach for the rest of the session.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        import authoring.tui.app  # noqa: F401 - the app and textual
        from authoring.tui import run
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
    try:
        # Only an explicit --lang overrides the language the studio remembers from F2.
        return run(path if path.is_file() else None, lang=getattr(args, "lang", None))
    finally:
        gc.unfreeze()


def _refuse_a_damaged_draft(path: Path) -> None:
    """A Word draft that cannot be opened (truncated, not a .docx, a zip bomb …) is one line and exit 2,
    as every command says it, before the studio starts and asks where to save a project it cannot make.

    A Word 97 ``.doc`` is left to the studio, which has LibreOffice convert it (and says so if it cannot).
    """
    from authoring.docx.legacy import DRAFT_SUFFIXES, ole_kind

    if path.suffix.lower() not in DRAFT_SUFFIXES or ole_kind(path) == "doc":
        return
    from authoring.docx.read._safe import open_package

    open_package(path)
