"""Launch the authoring studio: ``python tui.py [PROJECT.yaml | DRAFT.docx] [--lang en]``.

With no file it reopens the project opened last (see ``authoring.tui.config.last_project``),
or, before the author has one, the user's working copy of the bundled example project.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments and run the studio."""
    from authoring._paths import working_example
    from authoring.i18n import set_lang, tr
    from authoring.tui import run
    from authoring.tui.config import last_project

    parser = argparse.ArgumentParser(prog="tui.py", description="stdauthor studio")
    parser.add_argument("file", nargs="?", help="PROJECT.yaml or DRAFT.docx")
    parser.add_argument("--lang", choices=["zh", "en"])
    args = parser.parse_args(argv)
    if args.lang:
        set_lang(args.lang)
    path = Path(args.file) if args.file else (last_project() or working_example())
    if args.file and not path.exists():
        print(tr(f"{path}: 文件不存在", f"{path}: file not found"), file=sys.stderr)
        return 2
    return run(path if path.exists() else None, lang=args.lang)


if __name__ == "__main__":
    raise SystemExit(main())
