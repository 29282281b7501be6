"""Small WordprocessingML readers for the papers: visible and hidden text, table cells, extra parts.

The reader of drafts (:mod:`authoring.docx.read`) builds the standard's structure; these
helpers only read what it does not keep: hidden text in a table cell, and package parts such
as ``word/comments.xml``, opened with the same care (size caps, no DTDs or entities).
"""

from __future__ import annotations

import posixpath
import zipfile
from pathlib import Path

from lxml import etree

from authoring.docx.read._safe import transitional
from authoring.errors import InputError

__all__ = ["W_NS", "w", "paragraph_text", "cell_texts", "read_part", "is_hidden"]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
PART_CAP = 64 * 1024 * 1024


def w(tag: str) -> str:
    """Clark name of ``w:tag``."""
    return f"{{{W_NS}}}{tag}"


_SKIP = {w("pPr"), w("rPr"), w("del"), w("moveFrom"), w("delText"), w("instrText"), w("delInstrText"),
         w("txbxContent"), _MC_FALLBACK, w("sdtPr")}


def is_hidden(run: etree._Element) -> bool:
    """True when the run carries ``w:vanish`` (not switched off)."""
    rpr = run.find(w("rPr"))
    if rpr is None:
        return False
    vanish = rpr.find(w("vanish"))
    return vanish is not None and vanish.get(w("val"), "true").lower() not in ("0", "false", "off")


def _texts(element: etree._Element, visible: list[str], hidden: list[str], in_hidden: bool = False) -> None:
    for child in element:
        tag = child.tag
        if tag in _SKIP:
            continue
        if tag == w("r"):
            target = hidden if (in_hidden or is_hidden(child)) else visible
            for part in child:
                if part.tag == w("t"):
                    target.append(part.text or "")
                elif part.tag in (w("tab"), w("ptab")):
                    target.append("\t")
                elif part.tag in (w("br"), w("cr")):
                    target.append("\n")
            continue
        _texts(child, visible, hidden, in_hidden)


def paragraph_text(p: etree._Element) -> str:
    """The visible text of paragraph ``p`` as Word's final view shows it (hidden runs left out)."""
    visible: list[str] = []
    _texts(p, visible, [])
    return "".join(visible)


def _paragraphs_hidden(p: etree._Element) -> tuple[str, str]:
    visible: list[str] = []
    hidden: list[str] = []
    _texts(p, visible, hidden)
    return "".join(visible), "".join(hidden)


def cell_texts(tbl: etree._Element) -> list[list[tuple[str, str]]]:
    """Rows of ``(visible text, hidden text)`` per grid column of table ``tbl``.

    A cell spanning columns (``w:gridSpan``) fills its first column and leaves the others
    empty; a vertically merged continuation cell repeats the text above it.
    """
    out: list[list[tuple[str, str]]] = []
    for tr in tbl.findall(w("tr")):
        row: list[tuple[str, str]] = []
        for tc in tr.findall(w("tc")):
            props = tc.find(w("tcPr"))
            span, merged = 1, False
            if props is not None:
                grid = props.find(w("gridSpan"))
                if grid is not None and (grid.get(w("val")) or "1").isdigit():
                    span = max(1, int(grid.get(w("val")) or "1"))
                vmerge = props.find(w("vMerge"))
                merged = vmerge is not None and vmerge.get(w("val"), "continue") != "restart"
            lines = [_paragraphs_hidden(p) for p in tc.findall(w("p"))]
            text = ("\n".join(v for v, _ in lines).strip(), "".join(h for _, h in lines).strip())
            column = len(row)
            if merged and out and column < len(out[-1]):
                text = out[-1][column]
            row.append(text)
            row.extend([("", "")] * (span - 1))
        out.append(row)
    return out


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _read(archive: zipfile.ZipFile, name: str, path: Path) -> bytes | None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > PART_CAP:
        raise InputError(f"{name} 过大，拒绝读取", f"{name} is too large, refused", path=path)
    with archive.open(info) as handle:
        data = handle.read(PART_CAP + 1)
    if len(data) > PART_CAP:
        raise InputError(f"{name} 过大，拒绝读取", f"{name} is too large, refused", path=path)
    return transitional(data)  # a reviewer's copy saved as Strict Open XML reads as any other


def _parse(data: bytes, name: str, path: Path) -> etree._Element:
    if b"<!DOCTYPE" in data[:65536] or b"<!ENTITY" in data[:65536]:
        raise InputError(f"{name} 含有 DTD 或实体声明，拒绝读取", f"{name} declares a DTD or entities, refused",
                         path=path)
    try:
        return etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{name} 的 XML 损坏：{exc.msg}", f"{name}: broken XML: {exc.msg}", path=path) from None


def read_part(path: str | Path, rel_type_suffix: str, default: str) -> etree._Element | None:
    """The part of the main document's relationship ending in ``rel_type_suffix`` (else ``default``).

    ``None`` when the package has no such part. The package itself must already have passed
    :func:`authoring.docx.read._safe.open_package`.
    """
    path = Path(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError("文件已截断或损坏（zip 包无法打开）", f"the file is truncated or corrupt ({exc})",
                         path=path) from None
    with archive:
        target = default
        rels = _read(archive, "word/_rels/document.xml.rels", path)
        if rels is not None:
            root = _parse(rels, "word/_rels/document.xml.rels", path)
            for rel in root.iter(f"{{{_REL_NS}}}Relationship"):
                if (rel.get("Type") or "").endswith(rel_type_suffix) and rel.get("TargetMode") != "External":
                    ref = rel.get("Target") or ""
                    target = ref.lstrip("/") if ref.startswith("/") else posixpath.normpath(
                        posixpath.join("word", ref))
                    break
            else:
                return None
        data = _read(archive, target, path)
        if data is None:
            return None
        return _parse(data, target, path)
