"""Write the annotated copy of a draft the check has read, without letting it fail the check.

The reader is lenient with packages Word would repair on opening; python-docx, which writes
the annotated copy, is not. When it cannot open or annotate a draft the reader accepted, the
package is repaired in memory the way Word would (relationships to parts that are missing are
dropped; a main part whose root is ``w:body`` gets its ``w:document``) and annotated again.
The original is never written to. Whatever still goes wrong is one line for that draft: its
report stands either way.
"""

from __future__ import annotations

import io
import posixpath
import tempfile
import zipfile
from pathlib import Path

from lxml import etree

from authoring.check import CheckResult
from authoring.errors import OutputError, StdAuthorError
from authoring.i18n import tr

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"


def annotate(src: str | Path, dst: str | Path, result: CheckResult, *, force: bool) -> str | None:
    """Write the annotated copy of ``src`` to ``dst``; None on success, else the one-line reason.

    Never raises for a problem with the draft or the copy (only for ``BaseException``\\ s such as
    ``KeyboardInterrupt``). An unexpected exception is logged and its line names the log.
    """
    from authoring.report.annotate import annotate_copy

    src, dst = Path(src), Path(dst)
    try:
        annotate_copy(src, dst, result, force=force)
        return None
    except OutputError as exc:
        return exc.message()
    except Exception as exc:  # noqa: BLE001 - python-docx raises many types on odd packages
        first = exc
    try:
        repaired = repaired_package(src)
    except Exception:  # noqa: BLE001 - the repair is best effort; the first error is the one to tell
        repaired = None
    if repaired is not None:
        try:
            with tempfile.TemporaryDirectory(prefix="stdauthor-") as folder:
                copy = Path(folder) / "draft.docx"
                copy.write_bytes(repaired)
                annotate_copy(copy, dst, result, force=force)
            return None
        except OutputError as exc:
            return exc.message()
        except Exception:  # noqa: BLE001 - report the first error, which is about the real file
            pass
    return failure_line(dst, first)


def failure_line(dst: Path, exc: BaseException) -> str:
    """The line for an annotated copy that could not be written because of ``exc``."""
    if isinstance(exc, StdAuthorError):
        reason = tr(exc.zh, exc.en)
        return f"{dst}: " + tr(f"未能生成批注副本：{reason}", f"the annotated copy could not be written: {reason}")
    from authoring.cli.crashlog import format_exception, summary, write_log

    log = write_log(format_exception(exc), context=f"annotating a copy as {dst}")
    what = summary(type(exc).__name__, str(exc))
    where = tr(f"；详情见 {log}", f"; details in {log}") if log else ""
    return f"{dst}: " + tr(
        f"未能生成批注副本（{what}），原稿的结构可能不标准，报告不受影响{where}",
        f"the annotated copy could not be written ({what}); the draft's package may be non-standard; "
        f"the report is unaffected{where}",
    )


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def repaired_package(path: Path) -> bytes | None:
    """The package at ``path`` repaired for python-docx, or None when there is nothing to repair.

    Only called for a draft the reader accepted, whose sizes were already checked.
    """
    with zipfile.ZipFile(path) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    changed = False
    main = "word/document.xml"
    for name in sorted(members):
        if not name.endswith(".rels"):
            continue
        fixed, target = _prune_rels(name, members[name], members)
        if name == "_rels/.rels" and target:
            main = target
        if fixed is not None:
            members[name] = fixed
            changed = True
    if main in members:
        root = etree.fromstring(members[main], _parser())
        if root.tag == f"{{{W_NS}}}body":
            document = etree.Element(f"{{{W_NS}}}document", nsmap=root.nsmap)
            document.append(root)
            members[main] = etree.tostring(document, xml_declaration=True, encoding="UTF-8", standalone=True)
            changed = True
    if not changed:
        return None
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def _prune_rels(name: str, data: bytes, members: dict[str, bytes]) -> tuple[bytes | None, str | None]:
    """Drop relationships to missing parts: ``(new bytes or None, main document target)``."""
    folder = posixpath.dirname(posixpath.dirname(name))
    root = etree.fromstring(data, _parser())
    dropped = False
    main = None
    for rel in list(root.iter(f"{{{_REL_NS}}}Relationship")):
        if rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target", "")
        part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        if rel.get("Type") == _OFFICE_DOC and main is None:
            main = part
        if part not in members:
            parent = rel.getparent()
            if parent is not None:
                parent.remove(rel)
                dropped = True
    if not dropped:
        return None, main
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True), main
