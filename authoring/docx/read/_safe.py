"""Safe opening of a stranger's .docx: refuse hostile or broken packages before parsing them.

Checks run in a fixed order and each refusal is one :class:`InputError` line naming the file:
missing, empty, not a zip (PDF, legacy ``.doc`` or password-protected), truncated, zip bomb,
no main document part, DTDs and entities, broken XML. Sizes come from the zip directory and
every member is inflated with a cap, so time and memory stay bounded. Nothing is written.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from lxml import etree

from authoring.errors import InputError, os_reason
from authoring.yamlio import regular_file

__all__ = ["Package", "draft_kind", "open_package", "optional_part", "part_bytes", "LIMITS", "transitional",
           "transitional_package", "COMMENTS", "COMMENTS_EXTENDED"]

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Bounds on what a package may declare; beyond them it is treated as a zip bomb."""

    total_uncompressed: int = 200 * MB
    member_uncompressed: int = 100 * MB
    ratio: int = 200
    ratio_min_size: int = 1 * MB
    members: int = 2000
    prolog_scan: int = 64 * 1024


LIMITS = Limits()

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
_NUMBERING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
#: Relationship types of parts a caller may ask for after the package was opened (:func:`optional_part`).
COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
COMMENTS_EXTENDED = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"


@dataclass
class Package:
    """The parsed parts the reader needs: the main document, and styles and numbering if any; ``parts``, the
    main document's relationships (type → part name), for :func:`optional_part`; ``targets``, the same by their
    id (``rId7`` → ``word/media/image1.png``), for the pictures the body shows."""

    path: Path
    document: etree._Element
    styles: etree._Element | None
    numbering: etree._Element | None
    parts: dict[str, str] = field(default_factory=dict)
    targets: dict[str, str] = field(default_factory=dict)


def _parser() -> etree.XMLParser:
    # No DTD loading, no entity expansion, no network, no "huge tree" relaxations.
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
        huge_tree=False, remove_blank_text=False,
    )


def open_package(path: str | Path, limits: Limits = LIMITS) -> Package:
    """Open ``path`` as a Word package after the safety checks; raise InputError otherwise."""
    path = Path(path)
    _check_file(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise InputError(
            "文件已截断或损坏（zip 包无法打开）", f"the file is truncated or corrupt (bad zip: {exc})",
            path=path,
        ) from None
    with archive:
        members = _check_directory(archive, path, limits)
        main = _main_part(archive, members, path, limits)
        if main not in members:
            if main != "word/document.xml":
                # the package names another main part, which it lacks (or one outside it: ../../etc/passwd)
                raise InputError(
                    f"不是 Word 文档：包的主文档关系指向不存在的部件“{main[:80]}”",
                    f"not a Word document: the package's main relationship names a part it lacks ('{main[:80]}')",
                    path=path,
                )
            raise InputError(
                "不是 Word 文档：缺少 word/document.xml", "not a Word document: word/document.xml is missing",
                path=path,
            )
        document = _parse_part(archive, members[main], path, limits)
        targets: dict[str, str] = {}
        rels = _relationships(archive, members, _rels_name(main), posixpath.dirname(main), path, limits, targets)
        folder = posixpath.dirname(main)
        styles = _optional_part(
            archive, members, rels.get(_STYLES, posixpath.join(folder, "styles.xml")), path, limits
        )
        numbering = _optional_part(
            archive, members, rels.get(_NUMBERING, posixpath.join(folder, "numbering.xml")), path, limits
        )
    return Package(path=path, document=document, styles=styles, numbering=numbering, parts=rels, targets=targets)


def optional_part(package: Package, rel_type: str, limits: Limits = LIMITS) -> etree._Element | None:
    """The part of ``package``'s main document related by ``rel_type`` (:data:`COMMENTS` …), parsed with the
    same care; ``None`` when there is none, or when it cannot be read: a part the reader does not need never
    makes a draft unreadable."""
    name = package.parts.get(rel_type)
    if name is None:
        return None
    try:
        with zipfile.ZipFile(package.path) as archive:
            members = {info.filename: info for info in archive.infolist()}
            return _optional_part(archive, members, name, package.path, limits)
    except (InputError, zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None


def part_bytes(path: str | Path, name: str, cap: int, limits: Limits = LIMITS) -> bytes | None:
    """The bytes of part ``name`` (``word/media/image1.png``) of the package at ``path``, a package
    :func:`open_package` accepted; ``None`` when there is no such part, it inflates past ``cap`` bytes, or it
    cannot be read (a picture the draft cannot give is left out, never a reason to refuse the draft)."""
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(name)
            if info.file_size > cap:
                return None
            return _read_member(archive, info, Path(path), limits)
    except (KeyError, InputError, zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None


def draft_kind(path: str | Path) -> Literal["doc", "encrypted", "other"] | None:
    """What :func:`authoring.docx.legacy.ole_kind` says of the draft at ``path`` (``"doc"`` for a Word 97 file the
    reader converts first), once :func:`authoring.yamlio.regular_file` has found it a regular file: a FIFO, a
    device, a folder or a symlink loop is one line naming it before anything opens it (QA pass 13, A5, A9). What
    every command reading a draft asks first."""
    from authoring.docx.legacy import ole_kind

    regular_file(path)
    return ole_kind(path)


def _check_file(path: Path) -> None:
    size = regular_file(path).st_size
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise InputError(f"无法读取文件：{os_reason(exc)[0]}", f"cannot read the file: {exc.strerror}", path=path) from None
    if size == 0:
        raise InputError("文件为空", "the file is empty", path=path)
    if head.startswith(b"%PDF"):
        raise InputError(
            "这是 PDF 文件，不是 Word 文档：请用 Word 打开原稿另存为 .docx",
            "this is a PDF file, not a Word document: open the original in Word and save it as .docx", path=path
        )
    if head.startswith(_OLE):
        from authoring.docx.legacy import ole_kind

        kind = ole_kind(path)
        if kind == "encrypted":
            raise InputError("文件受密码保护：请在 Word 中取消密码后另存为 .docx",
                             "the file is password-protected: remove the password in Word and save it as .docx",
                             path=path)
        if kind == "doc":  # the reader converts a .doc before it gets here; a caller that did not
            raise InputError("这是旧版 Word 97-2003 .doc 文件：请另存为 .docx",
                             "this is a legacy Word 97-2003 .doc file: save it as .docx", path=path)
        if path.suffix.lower() == ".wps":  # WPS 文字 saves Word 97 files as .wps, and older ones of its own
            raise InputError("这个 .wps 文件不是 Word 97-2003 格式，无法读取：请在 WPS 中另存为 .docx",
                             "this .wps file is not in the Word 97-2003 format and cannot be read: save it as .docx "
                             "in WPS", path=path)
        raise InputError("不是 Word 文档（旧版 Office 复合文件，如 .xls 或 .ppt）",
                         "not a Word document (a legacy Office compound file, such as .xls or .ppt)", path=path)
    if head.startswith(b"{\\rtf"):
        raise InputError("这是 RTF 文件，不是 Word 文档：请在 Word 中另存为 .docx",
                         "this is an RTF file, not a Word document: save it as .docx in Word", path=path)
    if not head.startswith(b"PK"):
        raise InputError("不是 .docx 文件（不是 zip 包）", "not a .docx file (not a zip package)", path=path)


def _check_directory(archive: zipfile.ZipFile, path: Path, limits: Limits) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > limits.members:
        raise _bomb(path, f"{len(infos)} 个成员", f"{len(infos)} members")
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > limits.member_uncompressed:
            raise _bomb(path, f"{info.filename} 解压后 {info.file_size // MB} MB",
                        f"{info.filename} inflates to {info.file_size // MB} MB")
        if info.file_size > limits.ratio_min_size and info.file_size > limits.ratio * max(info.compress_size, 1):
            raise _bomb(path, f"{info.filename} 压缩比过高", f"{info.filename} has a suspicious compression ratio")
    if total > limits.total_uncompressed:
        raise _bomb(path, f"解压后共 {total // MB} MB", f"{total // MB} MB uncompressed in all")
    return {info.filename: info for info in infos}


def _bomb(path: Path, zh: str, en: str) -> InputError:
    return InputError(f"疑似 zip 炸弹，拒绝读取（{zh}）", f"looks like a zip bomb, refused ({en})", path=path)


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path, limits: Limits) -> bytes:
    # The directory may lie about sizes: never inflate past the declared size or the cap.
    cap = min(info.file_size, limits.member_uncompressed)
    try:
        with archive.open(info) as handle:
            data = handle.read(cap + 1)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
        if "encrypted" in str(exc).lower() or "password" in str(exc).lower():
            raise InputError(
                "文件受密码保护或是旧版 .doc，请在 Word 中另存为不加密的 .docx",
                "the file is password-protected or a legacy .doc; save it as an unencrypted .docx",
                path=path,
            ) from None
        raise InputError(
            f"文件已截断或损坏（{info.filename} 无法解压）",
            f"the file is truncated or corrupt ({info.filename} cannot be inflated: {exc})",
            path=path,
        ) from None
    if len(data) > cap:
        raise _bomb(path, f"{info.filename} 实际大小超过声明", f"{info.filename} inflates past its declared size")
    return data


# Word's "Strict Open XML Document" (ISO/IEC 29500 Strict) names its namespaces and relationship
# types under purl.oclc.org; the parts are read as their Transitional equivalents (the elements the
# reader looks at are the same). Longest first, so a prefix never takes a longer name's place.
_STRICT = b"http://purl.oclc.org/ooxml/"
_STRICT_TO_TRANSITIONAL: tuple[tuple[bytes, bytes], ...] = tuple(sorted((
    (b"wordprocessingml/main", b"wordprocessingml/2006/main"),
    (b"officeDocument/relationships", b"officeDocument/2006/relationships"),
    (b"officeDocument/math", b"officeDocument/2006/math"),
    (b"officeDocument/sharedTypes", b"officeDocument/2006/sharedTypes"),
    (b"officeDocument/extendedProperties", b"officeDocument/2006/extended-properties"),
    (b"officeDocument/customProperties", b"officeDocument/2006/custom-properties"),
    (b"officeDocument/docPropsVTypes", b"officeDocument/2006/docPropsVTypes"),
    (b"officeDocument/customXml", b"officeDocument/2006/customXml"),
    (b"officeDocument/bibliography", b"officeDocument/2006/bibliography"),
    (b"drawingml/main", b"drawingml/2006/main"),
    (b"drawingml/wordprocessingDrawing", b"drawingml/2006/wordprocessingDrawing"),
    (b"drawingml/picture", b"drawingml/2006/picture"),
    (b"drawingml/chart", b"drawingml/2006/chart"),
    (b"schemaLibrary/main", b"schemaLibrary/2006/main"),
), key=lambda pair: -len(pair[0])))


_CONFORMANCE = re.compile(rb'\s[A-Za-z0-9_]+:conformance="strict"')


def transitional(data: bytes) -> bytes:
    """A Strict Open XML part's bytes with the Transitional namespaces and relationship types."""
    if _STRICT not in data:
        return data
    for strict, transitional_name in _STRICT_TO_TRANSITIONAL:
        data = data.replace(_STRICT + strict, b"http://schemas.openxmlformats.org/" + transitional_name)
    return data


def transitional_package(data: bytes) -> bytes:
    """A Strict Open XML package (its bytes) as the same package in Transitional form, for python-docx
    (which writes the annotated copy); any other package as it is. Only for a package the reader
    has accepted, whose sizes were checked."""
    import io

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        if "_rels/.rels" not in names or _STRICT not in archive.read("_rels/.rels"):
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
            for info in archive.infolist():
                body = archive.read(info)
                if info.filename.endswith((".xml", ".rels")):
                    # Strict's conformance mark would tell Word to read Transitional names as Strict.
                    body = _CONFORMANCE.sub(b"", transitional(body))
                copy.writestr(info.filename, body)
    return out.getvalue()


def _parse_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path, limits: Limits) -> etree._Element:
    data = transitional(_read_member(archive, info, path, limits))
    head = data[: limits.prolog_scan]
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        raise InputError(
            f"{info.filename} 含有 DTD 或实体声明，拒绝读取（可能是实体炸弹或外部实体）",
            f"{info.filename} declares a DTD or entities, refused (entity bomb or external entity)",
            path=path,
        )
    try:
        tree = etree.fromstring(data, _parser()).getroottree()
    except etree.XMLSyntaxError as exc:
        line = exc.lineno or 0
        msg = " ".join((exc.msg or "").split())  # libxml2 messages may hold line breaks
        if "Excessive depth" in msg:
            raise InputError(
                f"{info.filename} 第 {line} 行嵌套过深（超过 256 层），拒绝读取",
                f"{info.filename} line {line}: nested too deeply (more than 256 levels), refused",
                path=path,
            ) from None
        raise InputError(
            f"{info.filename} 第 {line} 行 XML 损坏：{msg}",
            f"{info.filename} line {line}: broken XML: {msg}",
            path=path,
        ) from None
    if tree.docinfo.doctype:
        raise InputError(
            f"{info.filename} 含有 DTD，拒绝读取", f"{info.filename} declares a DTD, refused", path=path
        )
    return tree.getroot()


def _rels_name(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{name}.rels")


def _relationships(
    archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], rels_part: str, base: str,
    path: Path, limits: Limits, by_id: dict[str, str] | None = None,
) -> dict[str, str]:
    """Relationship type -> target part name (first of each type); ``by_id`` gets id -> part name."""
    if rels_part not in members:
        return {}
    root = _parse_part(archive, members[rels_part], path, limits)
    out: dict[str, str] = {}
    for rel in root.iter(f"{{{_REL_NS}}}Relationship"):
        if rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target", "")
        name = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(base, target))
        out.setdefault(rel.get("Type", ""), name)
        if by_id is not None:
            by_id[rel.get("Id", "")] = name
    return out


def _main_part(archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], path: Path, limits: Limits) -> str:
    # .docx, .docm, .dotx and .dotm all name their main part from the package relationships.
    rels = _relationships(archive, members, "_rels/.rels", "", path, limits)
    return rels.get(_OFFICE_DOC, "word/document.xml")


def _optional_part(
    archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], name: str | None, path: Path, limits: Limits,
) -> etree._Element | None:
    if name is None or name not in members:
        return None
    return _parse_part(archive, members[name], path, limits)
