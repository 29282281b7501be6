"""Launch the authoring studio: ``python tui.py [PROJECT.yaml | DRAFT.docx] [--lang en]``.

The same as ``stdauthor studio`` (``authoring/cli/studio_cmd.py``): with no file it reopens the
project opened last (see ``authoring.tui.config.last_project``), or, before the author has one, the
user's working copy of the bundled example project; its help and errors are Chinese first.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run ``stdauthor studio`` with these arguments."""
    from authoring.cli.main import main as stdauthor

    return stdauthor(["studio", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    raise SystemExit(main())
