"""Pictures for the writer: a figure's picture, or the picture a table was held as (an embedded Excel sheet).

A picture is a file (:attr:`authoring.document.Picture.file`, a path the composer resolved); it goes into the
package as an image part and prints inline, centred, at the size the project gives (the draft's own, kept by
``import``), or else at its own size, never wider or taller than the type area allows. A picture standing for an
embedded object carries, as its alternative text, the object's program (see
:func:`authoring.docx.read._blocks.embedded_description`), so the draft reads back as the object's picture it is.

What cannot be written (a file missing or unreadable, not a picture Word shows, too large; an embedded object with
no picture) prints a visible placeholder, 【图片缺失：…】, and is said in a line of :class:`PictureNotes`.
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass, field
from pathlib import Path

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.oxml.shape import CT_Inline
from lxml.etree import _Element

from authoring.document import Picture
from authoring.docx.read._blocks import embedded_description
from authoring.docx.write._xml import el, paragraph, run

__all__ = ["MAX_PICTURE_BYTES", "picture_format", "fitted", "program_name", "embedded_line", "picture_name",
           "PictureNotes", "PictureWriter"]

MB = 1024 * 1024
#: A picture larger than this is not carried into a project nor written into a draft.
MAX_PICTURE_BYTES = 20 * MB
#: The type area a picture prints in (A4, GB/T 1.1 margins: 165 mm wide); a figure's caption and a line of
#: text keep the rest of the page's 252 mm.
MAX_WIDTH_MM, MAX_HEIGHT_MM = 165.0, 210.0
#: The width of a picture whose size neither the project nor the file gives.
DEFAULT_WIDTH_MM = 120.0
_EMU_PER_MM = 36000

#: Picture formats Word shows, by extension: the content type of the part.
CONTENT_TYPES = {"png": "image/png", "jpeg": "image/jpeg", "gif": "image/gif", "bmp": "image/bmp",
                 "tiff": "image/tiff", "emf": "image/x-emf", "wmf": "image/x-wmf"}
FORMAT_NAMES = ("PNG、JPEG、GIF、BMP、TIFF、EMF、WMF", "PNG, JPEG, GIF, BMP, TIFF, EMF, WMF")


def picture_format(data: bytes) -> str | None:
    """The format of picture ``data`` (``png``, ``jpeg``, ``gif``, ``bmp``, ``tiff``, ``emf``, ``wmf``), by its first
    bytes; ``None`` for anything else (an SVG, a PDF, a damaged file)."""
    head = data[:48]
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if head.startswith(b"BM") and len(data) > 26:
        return "bmp"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "tiff"
    if head.startswith(b"\x01\x00\x00\x00") and head[40:44] == b" EMF":
        return "emf"
    if head.startswith(b"\xd7\xcd\xc6\x9a") or (head[:2] in (b"\x01\x00", b"\x02\x00") and head[2:4] == b"\x09\x00"):
        return "wmf"
    return None


def native_size(data: bytes, fmt: str) -> tuple[float, float] | None:
    """The size picture ``data`` gives itself, in millimetres: its pixels at its resolution (72 dpi when it names
    none), a metafile's frame; ``None`` when it gives none."""
    try:
        if fmt == "emf":
            left, top, right, bottom = struct.unpack_from("<4i", data, 24)  # rclFrame, in 0.01 mm
            size = ((right - left) / 100, (bottom - top) / 100)
        elif fmt == "wmf":
            if not data.startswith(b"\xd7\xcd\xc6\x9a"):
                return None  # a metafile without its placeable header names no size
            left, top, right, bottom, inch = struct.unpack_from("<4hH", data, 6)
            size = (abs(right - left) / inch * 25.4, abs(bottom - top) / inch * 25.4) if inch else (0, 0)
        else:
            from docx.image.image import Image

            image = Image.from_blob(data)
            size = (image.width / _EMU_PER_MM, image.height / _EMU_PER_MM)
    except Exception:  # noqa: BLE001 - a header python-docx or struct cannot read: the size is not known
        return None
    return size if size[0] > 0 and size[1] > 0 else None


def fitted(width: float, height: float, own: tuple[float, float] | None = None) -> tuple[float, float]:
    """The size a picture prints, in millimetres to a tenth: ``width`` × ``height`` where both are given, one of them
    with the other from the picture's ``own`` proportions, else its ``own`` size (a default width for none); never
    wider or taller than the type area, the proportions kept."""
    ratio = own[1] / own[0] if own else (height / width if width > 0 and height > 0 else 0.75)
    if width <= 0 and height <= 0:
        width, height = own if own else (DEFAULT_WIDTH_MM, DEFAULT_WIDTH_MM * ratio)
    elif width <= 0:
        width = height / ratio
    elif height <= 0:
        height = width * ratio
    scale = min(1.0, MAX_WIDTH_MM / width, MAX_HEIGHT_MM / height)
    return round(width * scale, 1), round(height * scale, 1)


#: Programs an embedded object names (its ProgID's first word), as a committee knows them.
_PROGRAMS = {"excel": ("Excel", "Excel"), "word": ("Word", "Word"), "powerpoint": ("PowerPoint", "PowerPoint"),
             "visio": ("Visio", "Visio"), "equation": ("公式编辑器", "Equation Editor"), "mathtype": ("MathType", "MathType"),
             "package": ("文件包", "package"), "acroexch": ("PDF", "PDF"), "paint": ("画图", "Paint")}


def program_name(program: str) -> tuple[str, str]:
    """What a committee calls the program of embedded object ``program`` (``Excel.Sheet.12`` is Excel, MathType's
    ``Equation.DSMT4`` MathType), in Chinese and English; empty for an object the draft does not name."""
    key = program.split(".")[0].lower()
    if program.lower().startswith("equation.dsmt"):
        key = "mathtype"
    if key in _PROGRAMS:
        return _PROGRAMS[key]
    return ("", "") if key in ("", "object") else (program, program)


Name = tuple[str, str]  # what a line calls a picture, in Chinese and English (图1, 图1; 5.1 中的图片, the picture in 5.1)


def embedded_line(names: list[Name], program: str, *, carried: bool) -> tuple[str, str]:
    """The line said of ``names`` (图1、表2), embedded objects of ``program``: shown by their picture in the draft
    built, which cannot be edited as the object; or not carried at all."""
    zh_name, en_name = program_name(program)
    zh_labels, en_labels = "、".join(zh for zh, _ in names), ", ".join(en for _, en in names)
    what_zh = f"嵌入的 {zh_name} 对象" if zh_name else "嵌入的对象"
    what_en = f"embedded {en_name} object" if en_name else "embedded object"
    plural = len(names) > 1
    if carried:
        return (f"{zh_labels} 是{what_zh}：生成的草案中以其图片代替，无法编辑",
                f"{en_labels} {'are' if plural else 'is an'} {what_en}{'s' if plural else ''}: the draft built shows "
                f"{'their pictures' if plural else 'its picture'} instead, which cannot be edited as the object")
    return (f"{zh_labels} 是{what_zh}，未能导入：草案中该处印作【图片缺失】",
            f"{en_labels} {'are' if plural else 'is an'} {what_en}{'s' if plural else ''} that could not be imported: "
            "the draft shows 【图片缺失】 (picture missing) there")


def picture_name(label: str, where: str, *, table: bool = False) -> Name:
    """What a line calls a picture: its figure's (table's) ``label`` (图1, 表2), or, printed without one, where it
    stands (``where``: a clause number, an annex letter, 前言)."""
    if label:
        return label, label
    return (f"{where} 中的表" if table else f"{where} 中的图片"), (f"the table in {where}" if table
                                                              else f"the picture in {where}")


@dataclass
class PictureNotes:
    """What the writer says of the pictures of a draft: each a ``(zh, en)`` line, in order."""

    embedded: dict[tuple[str, bool], list[Name]] = field(default_factory=dict)
    missing: list[tuple[str, str]] = field(default_factory=list)
    bare: list[Name] = field(default_factory=list)

    def lines(self) -> list[tuple[str, str]]:
        out = [embedded_line(names, program, carried=carried) for (program, carried), names in self.embedded.items()]
        out += self.missing
        if self.bare:
            zh, en = "、".join(zh for zh, _ in self.bare), ", ".join(en for _, en in self.bare)
            out.append((f"{zh} 没有图片：草案中只印图题，可在 Word 中贴入图片，或重新导入原稿以带入图片",
                        f"{en} {'have' if len(self.bare) > 1 else 'has'} no picture: the draft prints the caption "
                        "alone; paste the picture in Word, or import the original draft again to carry it"))
        return out


class PictureWriter:
    """Image parts and inline pictures for one draft (``part``, the main document part of python-docx); a
    picture used twice is one part."""

    def __init__(self, part: object):
        self.part = part
        self.notes = PictureNotes()
        self._parts: dict[str, str] = {}  # a picture's digest → the relationship id of its part
        self._shapes = 0

    def paragraph(self, style: str, picture: Picture, name: Name) -> _Element:
        """The paragraph (style ``style``) showing ``picture``, ``name`` in a line (see :func:`picture_name`); a
        placeholder, and a line, where it cannot be written."""
        if not picture.file:  # an embedded object that came without its picture
            self.notes.embedded.setdefault((picture.embedded, False), []).append(name)
            zh, _ = program_name(picture.embedded)
            return paragraph(style, run(f"【图片缺失：嵌入的{(' ' + zh + ' ') if zh else ''}对象】"))
        loaded = self._load(Path(picture.file), name)
        if loaded is None:
            return paragraph(style, run(f"【图片缺失：{Path(picture.file).name}】"))
        if picture.embedded:
            self.notes.embedded.setdefault((picture.embedded, True), []).append(name)
        data, fmt = loaded
        width, height = fitted(picture.width, picture.height, native_size(data, fmt)
                               if not (picture.width > 0 and picture.height > 0) else None)
        return paragraph(style, self._run(data, fmt, width, height, picture.embedded))

    def _load(self, path: Path, name: Name) -> tuple[bytes, str] | None:
        def missing(zh: str, en: str) -> None:
            self.notes.missing.append((f"{name[0]} 的图片{zh}：{path}；草案中该处印作【图片缺失】",
                                       f"{name[1]}: the picture {en}: {path}; the draft shows 【图片缺失】 (picture "
                                       "missing) there"))

        try:
            if not path.is_file():
                missing("文件不存在", "file does not exist")
                return None
            if path.stat().st_size > MAX_PICTURE_BYTES:
                missing(f"文件超过 {MAX_PICTURE_BYTES // MB} MB", f"file is larger than {MAX_PICTURE_BYTES // MB} MB")
                return None
            data = path.read_bytes()
        except OSError as exc:
            missing(f"文件无法读取（{exc.strerror or exc}）", f"file cannot be read ({exc.strerror or exc})")
            return None
        fmt = picture_format(data)
        if fmt is None:
            missing(f"文件不是 Word 能显示的图片（{FORMAT_NAMES[0]}）", f"file is not a picture Word shows ({FORMAT_NAMES[1]})")
            return None
        return data, fmt

    def _run(self, data: bytes, fmt: str, width: float, height: float, embedded: str) -> _Element:
        digest = hashlib.sha256(data).hexdigest()
        rel = self._parts.get(digest)
        if rel is None:
            package = self.part.package
            name = package.next_partname(f"/word/media/image%d.{fmt}")
            rel = self._parts[digest] = self.part.relate_to(Part(name, CONTENT_TYPES[fmt], data, package), RT.IMAGE)
        self._shapes += 1
        inline = CT_Inline.new_pic_inline(self._shapes, rel, f"image{self._shapes}.{fmt}",
                                          round(width * _EMU_PER_MM), round(height * _EMU_PER_MM))
        if embedded:
            inline.find(qn("wp:docPr")).set("descr", embedded_description(embedded))
        return el("w:r", None, el("w:drawing", None, inline))
