"""``stdauthor checklists`` and ``stdauthor checklist show``: browse the checklist packs."""

from __future__ import annotations

import argparse
import json

from authoring.i18n import get_lang, tr

ORDER = 10


def add_checklists_option(parser: argparse.ArgumentParser) -> None:
    """``--checklists DIR``: extra folders of user packs, or single pack files (repeatable)."""
    parser.add_argument(
        "--checklists", action="append", default=[], metavar="DIR",
        help=tr("额外的检查清单文件夹或 YAML 文件（可重复；也可用环境变量 STDAUTHOR_CHECKLISTS）",
                "extra checklist folder or YAML pack file (repeatable; or the STDAUTHOR_CHECKLISTS variable)"),
    )


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the ``checklists`` and ``checklist`` subcommands."""
    listing = sub.add_parser(
        "checklists", parents=[common],
        help=tr("列出检查清单", "list the checklist packs"),
        description=tr("列出可用的检查清单（id、标题、来源、条目数）。",
                       "List the available checklist packs (id, title, source, item count)."),
    )
    add_checklists_option(listing)
    listing.add_argument("--format", choices=["text", "json"], default="text",
                         help=tr("输出格式", "output format"))
    listing.set_defaults(handler=_list)

    one = sub.add_parser("checklist", parents=[common], help=tr("查看一个检查清单", "show one checklist pack"))
    one_sub = one.add_subparsers(dest="action", metavar=tr("操作", "ACTION"), parser_class=type(one))
    show = one_sub.add_parser(
        "show", parents=[common], help=tr("以树形显示清单及实施方法", "print a pack as a tree with its methods"),
        description=tr("显示检查清单的全部条目和实施方法。", "Print every item and method of a checklist pack."),
    )
    show.add_argument("id", metavar="ID", help=tr("清单 id，如 excellence-guide", "pack id, e.g. excellence-guide"))
    show.add_argument("--format", choices=["text", "json", "md"], default="text",
                      help=tr("输出格式", "output format"))
    add_checklists_option(show)
    show.set_defaults(handler=_show)
    one.set_defaults(handler=lambda args: one.print_help() or 0)


def _list(args: argparse.Namespace) -> int:
    from authoring.checklist import load_packs
    from authoring.checklist_view import pack_summary

    library = load_packs(args.checklists)
    rows = pack_summary(library, get_lang())
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    from rich.console import Console
    from rich.table import Table

    table = Table(title=tr("检查清单", "Checklist packs"))
    for col in (tr("id", "id"), tr("标题", "title"), tr("来源", "source"),
                tr("条目", "items"), tr("方法", "methods")):
        table.add_column(col)
    for row in rows:
        table.add_row(row["id"], row["title"], row["source"], str(row["items"]), str(row["methods"]))
    Console().print(table)
    return 0


def _show(args: argparse.Namespace) -> int:
    from authoring.checklist import load_packs
    from authoring.checklist_view import pack_json, pack_markdown, pack_text

    library = load_packs(args.checklists)
    pack = library.get(args.id)
    lang = get_lang()
    if args.format == "json":
        print(json.dumps(pack_json(pack, library), ensure_ascii=False, indent=2))
    elif args.format == "md":
        print(pack_markdown(pack, lang, library), end="")
    else:
        print(pack_text(pack, lang, library), end="")
    return 0
