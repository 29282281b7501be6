"""``stdauthor serve [FILE]``: the studio in a browser tab, one studio process per tab.

Heavy modules (textual-serve, aiohttp, fontTools) are imported only when the command runs.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from authoring.errors import InputError
from authoring.i18n import tr

ORDER = 91
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the ``serve`` subcommand."""
    parser = subparsers.add_parser(
        "serve", parents=[common],
        help=tr("在浏览器中提供编写工作室", "serve the authoring studio to a web browser"),
        description=tr(
            "在浏览器中提供编写工作室：每个浏览器标签页各有一个工作室进程，只能访问项目文件夹和草案文件夹。"
            "FILE 可为项目文件（.yaml）或草案（.docx）；不给则打开内置示例。默认只在本机（127.0.0.1）提供；"
            "在其他地址上提供必须加 --token。",
            "Serve the authoring studio to a web browser: each tab gets its own studio process, which "
            "reaches only the project's folder and the drafts folder. FILE is a project (.yaml) or a "
            "draft (.docx); without it the bundled example opens. Served on this machine only "
            "(127.0.0.1) by default; any other address needs --token.",
        ),
    )
    parser.add_argument("file", nargs="?", metavar="PROJECT.yaml|DRAFT.docx")
    parser.add_argument("--host", default=DEFAULT_HOST,
                        help=tr("监听地址（默认 127.0.0.1，仅本机）", "address to listen on (default 127.0.0.1, this machine only)"))
    parser.add_argument("--port", type=int, default=DEFAULT_PORT,
                        help=tr("端口（默认 8000；0 为任选空闲端口）", "port (default 8000; 0 picks a free one)"))
    parser.add_argument("--token", metavar="auto|TOKEN",
                        help=tr("访问口令：auto 自动生成并打印；非本机地址必须给出",
                                "access token: auto makes one and prints it; required off this machine"))
    parser.add_argument("--drafts", metavar="DIR",
                        help=tr("草案文件夹（上传的草案放在这里；默认为项目文件夹下的 drafts）",
                                "drafts folder, where uploads go (default: drafts/ in the project's folder)"))
    parser.add_argument("--max-sessions", type=int, default=8, metavar="N",
                        help=tr("同时打开的会话上限（默认 8）", "most sessions at once (default 8)"))
    parser.add_argument("--upload-limit", type=float, default=20, metavar="MB",
                        help=tr("上传文件大小上限，单位 MB（默认 20）", "largest upload in MB (default 20)"))
    parser.set_defaults(handler=run_serve)


def plan(args: argparse.Namespace) -> tuple[Path | None, Path | None, Path]:
    """(file to open, project folder, drafts folder) for the arguments; InputError when unusable."""
    from authoring._paths import working_example

    if args.file:
        from authoring.yamlio import regular_file

        # missing, a folder, a pipe, a symlink loop: said for what it is, before anything resolves or opens it
        regular_file(Path(args.file).expanduser())
        path = Path(args.file).expanduser().resolve()
        if path.suffix.lower() not in (".yaml", ".yml", ".docx"):
            raise InputError("应为项目文件（.yaml）或草案（.docx）", "expected a project (.yaml) or a draft (.docx)",
                             path=args.file)
    else:
        path = working_example().resolve()
    is_draft = path.suffix.lower() == ".docx"
    project = None if is_draft else path.parent
    if args.drafts:
        drafts = Path(args.drafts).expanduser().resolve()
    else:
        drafts = path.parent if is_draft else path.parent / "drafts"
    try:
        drafts.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"无法创建草案文件夹（{exc.strerror}）", f"cannot create the drafts folder ({exc.strerror})",
                         path=drafts) from None
    if not drafts.is_dir():
        raise InputError("不是文件夹", "not a folder", path=drafts)
    return path, project, drafts


def addresses(host: str, port: int, token: str | None) -> list[str]:
    """What to type in a browser: the bound address, or this machine's name for a wildcard bind."""
    import socket

    names = [host]
    if host in ("0.0.0.0", "::", ""):
        names = [socket.gethostname(), "127.0.0.1"]
    out = []
    for name in names:
        shown = f"[{name}]" if ":" in name else name
        out.append(f"http://{shown}:{port}/" + (f"?token={token}" if token else ""))
    return out


def run_serve(args: argparse.Namespace) -> int:
    """Serve until Ctrl+C."""
    import shutil
    import sys
    import tempfile

    from authoring.web.access import Policy, choose_token

    token = choose_token(args.host, args.token)
    if not 0 <= args.port <= 65535:
        raise InputError(f"端口 {args.port} 无效", f"port {args.port} is not valid")
    if args.max_sessions < 1:
        raise InputError("--max-sessions 至少为 1", "--max-sessions must be at least 1")
    if not 0 < args.upload_limit <= 1024:
        raise InputError("--upload-limit 应在 0 到 1024 MB 之间", "--upload-limit must be between 0 and 1024 MB")
    file, project, drafts = plan(args)
    try:
        from authoring.web.server import StudioServer
    except ImportError as exc:
        raise InputError(f"缺少 textual-serve（{exc.name}）：请重新安装 stdauthor",
                         f"textual-serve is missing ({exc.name}): reinstall stdauthor") from None
    from authoring.web.folders import Folders
    from authoring.web.fonts import cjk_font

    def building() -> None:
        print(tr("» 准备中文字体（仅首次，约十秒）…", "» preparing the Chinese font (first time only, about ten seconds)…"),
              file=sys.stderr, flush=True)

    try:
        font = cjk_font(on_build=building)
    except Exception as exc:  # noqa: BLE001 - without it the browser falls back to its own fonts
        print(tr(f"» 中文字体不可用（{exc}），浏览器将用自带字体", f"» no Chinese font ({exc}); browsers use their own"),
              file=sys.stderr)
        font = None
    if font is None:
        print(tr("» 本机没有 Noto Sans Mono CJK（fonts-noto-cjk），浏览器将用自带的中文字体",
                 "» no Noto Sans Mono CJK here (fonts-noto-cjk): browsers use their own Chinese font"), file=sys.stderr)
    folders = Folders(project=project, drafts=drafts)
    state = Path(tempfile.mkdtemp(prefix="stdauthor-serve-"))
    server = StudioServer(
        policy=Policy(args.host, args.port, token), folders=folders, state=state, file=file,
        upload_limit=int(args.upload_limit * 1024 * 1024), max_sessions=args.max_sessions, cjk_font=font,
        title=tr("stdauthor 编写工作室", "stdauthor studio"),
    )

    def ready(port: int) -> None:
        lines = [tr("stdauthor 工作室已启动，在浏览器中打开：", "stdauthor studio is being served; open in a browser:")]
        lines += [f"  {url}" for url in addresses(args.host, port, token)]
        if project is not None:
            lines.append(tr(f"项目文件夹：{project}", f"project folder: {project}"))
        lines.append(tr(f"草案文件夹：{drafts}（上传的草案放在这里）", f"drafts folder: {drafts} (uploads go here)"))
        lines.append(tr("按 Ctrl+C 停止。", "Press Ctrl+C to stop."))
        print("\n".join(lines), flush=True)

    try:
        server.run_forever(ready)
    except OSError as exc:
        if exc.filename is None:
            raise InputError(f"无法在 {args.host}:{args.port} 上提供服务（{exc.strerror or exc}）",
                             f"cannot serve on {args.host}:{args.port} ({exc.strerror or exc})") from None
        raise
    finally:
        shutil.rmtree(state, ignore_errors=True)
    return 0
