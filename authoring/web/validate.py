"""Read one uploaded .docx the way ``stdauthor check`` does, in a process of its own.

``python -m authoring.web.validate [--lang zh|en] [--keep OUT] FILE`` prints the draft's title
and exits 0, or prints one line (the reader's own refusal: not a Word file, a zip bomb, broken
XML...) and exits 2. The server runs it with a time limit and a memory cap, so a hostile upload
can hang or bloat only this process.

A Word 97 .doc is read through the .docx LibreOffice saves of it; with ``--keep OUT`` that .docx
is also copied to OUT, for the served studio, which may not start LibreOffice itself
(:mod:`authoring.web.converted`).
"""

from __future__ import annotations

import sys

MEMORY_CAP = 2 * 1024 * 1024 * 1024  # bytes of address space: a bomb dies here, not in the server


def _cap_memory() -> None:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))
    except (ImportError, ValueError, OSError):  # not on this system: the time limit still holds
        pass


def _stop_on_term() -> None:
    """SIGTERM (the server stopping, or its time limit) unwinds the reading, so a LibreOffice it
    started for a .doc is stopped with it (:func:`authoring.docx.legacy.convert_doc` kills its group
    on the way out); the default action would leave LibreOffice running on its own."""
    import signal

    def stop(signum, frame) -> None:  # noqa: ANN001
        raise SystemExit(3)

    signal.signal(signal.SIGTERM, stop)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    _stop_on_term()
    from authoring.i18n import set_lang, tr

    if len(args) >= 2 and args[0] == "--lang":
        set_lang(args[1])
        args = args[2:]
    keep = None
    if len(args) >= 2 and args[0] == "--keep":
        keep = args[1]
        args = args[2:]
    if len(args) != 1:
        print("usage: python -m authoring.web.validate [--lang zh|en] [--keep OUT] FILE", file=sys.stderr)
        return 2
    _cap_memory()
    from authoring.errors import StdAuthorError

    try:
        doc = _read(args[0], keep)
    except StdAuthorError as exc:
        print(exc.message(), file=sys.stderr)
        return 2
    except MemoryError:
        print(tr(f"{args[0]}: 读取时内存超限", f"{args[0]}: reading it ran out of memory"), file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - a stranger's file: one line, never a traceback
        print(tr(f"{args[0]}: 无法读取（{type(exc).__name__}）", f"{args[0]}: cannot be read ({type(exc).__name__})"),
              file=sys.stderr)
        return 2
    meta = doc.metadata
    print(" ".join(f"{meta.title_zh or doc.body_title or ''}".split()))
    return 0


def _read(path: str, keep: str | None):
    """The document at ``path``; a .doc's converted .docx copied to ``keep`` when given."""
    from authoring.docx.legacy import ole_kind, readable_docx
    from authoring.docx.read import read_docx

    if keep is None or ole_kind(path) != "doc":
        return read_docx(path)
    import shutil

    with readable_docx(path) as converted:
        doc = read_docx(converted)
        shutil.copyfile(converted, keep)
    doc.metadata.converted_from = "doc"
    return doc


if __name__ == "__main__":
    raise SystemExit(main())
