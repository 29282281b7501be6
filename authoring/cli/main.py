"""The ``stdauthor`` entry point: argument parsing, language switch, errors as one line.

Building the parser imports every ``*_cmd`` module, so those import nothing heavy at their
top (see :mod:`authoring.cli._lazy`): ``--version`` and ``--help`` stay fast, and each command
imports only what it uses.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

import authoring.cli as cli_package
from authoring import __version__
from authoring.errors import StdAuthorError, os_reason
from authoring.i18n import set_lang, tr

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2


_ARGPARSE_ZH = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "show this help message and exit": "显示帮助并退出",
    "show program's version number and exit": "显示版本号并退出",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选项：%(value)r（可选：%(choices)s）",
    "expected one argument": "需要一个参数值",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "invalid %(type)s value: %(value)r": "无效的 %(type)s 值：%(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "选项不明确：%(option)s 可以是 %(matches)s",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "one of the arguments %s is required": "参数 %s 必须给出其中之一",
    "expected at least one argument": "至少需要一个参数值",
}


def _localise_argparse() -> None:
    """Make argparse's own words follow the interface language."""
    from gettext import gettext

    argparse._ = lambda text: tr(_ARGPARSE_ZH.get(text, gettext(text)), gettext(text))  # type: ignore[attr-defined]


class _Parser(argparse.ArgumentParser):
    """argparse with Chinese-first error text and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {tr('参数错误', 'error')}: {message}\n")


def _lang_from_argv(argv: Sequence[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def _command_names() -> list[str]:
    """The ``*_cmd`` modules of this package: a listing of its folder (pkgutil as a fallback)."""
    names: set[str] = set()
    for folder in cli_package.__path__:
        try:
            entries = os.listdir(folder)
        except OSError:
            import pkgutil

            return sorted(m.name for m in pkgutil.iter_modules(cli_package.__path__) if m.name.endswith("_cmd"))
        names.update(entry[:-3] for entry in entries if entry.endswith("_cmd.py"))
    return sorted(names)


def _command_modules() -> list:
    names = _command_names()
    modules = [importlib.import_module(f"authoring.cli.{name}") for name in names]
    return sorted(modules, key=lambda m: getattr(m, "ORDER", 100))


def build_parser() -> argparse.ArgumentParser:
    """The full parser with every discovered subcommand."""
    common = _Parser(add_help=False)
    common.add_argument(
        "--lang", choices=["zh", "en"], help=tr("界面语言（默认中文）", "interface language (default zh)")
    )
    parser = _Parser(
        prog="stdauthor",
        description=tr(
            "编写、检查和生成融入卓越服务的服务标准（GB/T 1.1—2020）。",
            "Write, check and emit service standards that integrate excellent service (GB/T 1.1-2020).",
        ),
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"stdauthor {__version__}",
                        help=tr("显示版本号并退出", "show the version number and exit"))
    sub = parser.add_subparsers(dest="command", metavar=tr("命令", "COMMAND"), parser_class=_Parser)
    for module in _command_modules():
        module.register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code.

    0 passed; 1 a finding at or above ``--fail-on``; 2 an input could not be read or an output
    could not be written (one line each, naming the file); 3 an internal error: a bug in
    stdauthor, reported on one line that names the log file holding the traceback.
    """
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        return _main(args_list)
    except StdAuthorError as exc:
        print(f"stdauthor: {exc.message()}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print(tr("已中断", "interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:
        if exc.filename is None:
            return _internal(exc, args_list)
        print(f"stdauthor: {os_error_message(exc)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as exc:  # noqa: BLE001 - a bug: one line and a log, never a bare traceback
        return _internal(exc, args_list)


def entry() -> None:
    """The ``stdauthor`` script and ``python -m authoring``: run :func:`main`, then leave at once.

    A finished command has nothing left to tidy: after the output is flushed and the ``atexit``
    handlers have run, the process exits without the interpreter's teardown (freeing every
    object of a checked draft one by one, a last garbage collection), which costs tens of
    milliseconds on a large draft. With other threads still running, it exits the usual way.
    """
    import threading

    code = main()
    if threading.active_count() > 1:
        raise SystemExit(code)
    import atexit

    try:
        sys.stdout.flush()
    except BrokenPipeError:
        pass  # a reader that stopped early (| head): what it did not read is lost either way
    except (OSError, ValueError) as exc:
        # A full disk or a failing device: the output is incomplete, so the run did not succeed.
        text = os_error_message(exc) if isinstance(exc, OSError) and exc.filename else (
            getattr(exc, "strerror", None) or type(exc).__name__)
        print(f"stdauthor: {tr('无法写出输出', 'cannot write the output')}: {text}", file=sys.stderr)
        code = code if code not in (EXIT_OK, EXIT_FINDINGS) else EXIT_BAD_INPUT
    try:
        sys.stderr.flush()
    except (OSError, ValueError):
        pass
    atexit._run_exitfuncs()
    os._exit(code)


def _main(args_list: list[str]) -> int:
    lang = _lang_from_argv(args_list)
    if lang in ("zh", "en"):
        set_lang(lang)
    _localise_argparse()
    parser = build_parser()
    args = parser.parse_args(args_list)
    if lang in ("zh", "en"):
        # ``--lang`` before the command is overwritten by the command's own default (argparse
        # gives sub-parsers the last word): keep what was given, wherever it stood.
        args.lang = lang
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_OK
    return int(args.handler(args) or 0)


def _internal(exc: BaseException, args_list: Sequence[str]) -> int:
    from authoring.cli.crashlog import EXIT_INTERNAL, report_exception

    print(f"stdauthor: {report_exception(exc, args_list)}", file=sys.stderr)
    return EXIT_INTERNAL


def os_error_message(exc: OSError) -> str:
    """``file: reason`` for an OS error that names a file (a name too long, no permission...)."""
    import errno

    where = exc.filename if exc.filename2 is None else f"{exc.filename} → {exc.filename2}"
    reason_zh, reason = os_reason(exc)
    if exc.errno == errno.ENAMETOOLONG:
        text = tr("文件名过长", "the file name is too long")
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        text = tr(f"没有权限（{reason_zh}）", f"permission denied ({reason})")
    else:
        text = tr(f"无法读写：{reason_zh}", f"cannot read or write: {reason}")
    return f"{where}: {text}"


if __name__ == "__main__":
    entry()
