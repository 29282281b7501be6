"""One browser session's studio: ``python -m authoring.web.session --root DIR ... [FILE]``.

textual-serve starts this once per browser tab (its web driver speaks to the page through
stdin and stdout). Before the studio starts, the process is confined to the ``--root``
folders (:mod:`authoring.web.jail`) and works in ``--cwd`` (the drafts folder), so the check
screen lists uploaded drafts and the file dialogs start there. A Word 97 .doc is read from the
.docx the server saved of it in ``--doc-store`` (the studio may not start LibreOffice), and
temporary files go to ``--temp``, inside the folders (:mod:`authoring.web.converted`). The files it
writes are recorded in ``--record`` for its browser tab's toolbar (:mod:`authoring.web.written`).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m authoring.web.session")
    parser.add_argument("--root", action="append", default=[], required=True, help="a folder the studio may use")
    parser.add_argument("--cwd", required=True, help="the folder to work in (one of the roots)")
    parser.add_argument("--lang", choices=["zh", "en"], default=None)
    parser.add_argument("--doc-store", help="where the server keeps the .docx of each Word 97 .doc")
    parser.add_argument("--temp", help="the folder for temporary files (inside a root)")
    parser.add_argument("--record", help="where to record the files this studio writes, for its browser tab")
    parser.add_argument("file", nargs="?", help="project .yaml or draft .docx to open")
    return parser.parse_args(argv)


def served_app():
    """The studio as served: closing the tab keeps what was typed in the autosave."""
    from authoring.tui.app import StudioApp

    import inspect

    css = StudioApp.CSS_PATH
    if isinstance(css, (str, Path)):  # relative to the studio's module, not this one
        css = Path(inspect.getfile(StudioApp)).parent / css

    class ServedStudio(StudioApp):
        CSS_PATH = css
        # Each tab is a studio of its own with an autosave of its own; one left behind says it was a tab's.
        SESSION_VIA = "browser"

        async def _on_exit_app(self) -> None:
            # The browser tab was closed or the server stopped (textual-serve's "quit", not the
            # studio's own exit, which sets a return code): like SIGTERM, put typing still
            # waiting into the autosave (never the project file), for recovery next time.
            if self.return_code is None:
                try:
                    self.autosave_now()
                except Exception:  # noqa: BLE001 - leaving anyway; the autosave is a courtesy
                    pass
            await super()._on_exit_app()

    return ServedStudio


def enter(args: argparse.Namespace):
    """Everything before the studio runs: language, working folder, the .doc store, the jail.

    Returns the studio's app class, imported before the jail closes."""
    from authoring.i18n import set_lang
    from authoring.web.converted import install
    from authoring.web.jail import confine
    from authoring.web.written import Recorder

    if args.lang:
        set_lang(args.lang)
    os.chdir(args.cwd)
    # Import what the studio needs before confining, then confine before any user file is read.
    app_class = served_app()
    if args.doc_store:
        install(Path(args.doc_store), Path(args.temp) if args.temp else None)
    confine(args.root, on_write=Recorder(Path(args.record), args.root) if args.record else None)
    return app_class


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    app_class = enter(args)
    path = Path(args.file) if args.file else None
    app = app_class(path=path if path is not None and path.is_file() else None, lang=args.lang)
    app.run()
    return int(app.return_code or 0)


if __name__ == "__main__":
    sys.exit(main())
