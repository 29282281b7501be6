"""A project's pictures: files in a folder beside the project file, ``NAME.assets/`` next to ``NAME.yaml``.

``import`` takes each figure's picture (and the picture a table was held as, an embedded Excel sheet) out of the
draft (:func:`carry`): its bytes, up to :data:`~authoring.docx.write._pictures.MAX_PICTURE_BYTES`, named by their
content (``3f2a9c0d41b7e655.png``, the first 16 hex digits of their SHA-256), so importing the same draft again, or
the draft ``build`` wrote from it, names them the same. The figure block refers to its picture by a path relative
to the project file::

    - type: figure
      number: '1'
      title: 服务流程示意图
      picture: {file: 草案.assets/3f2a9c0d41b7e655.png, width: 60.0, height: 84.7}

Until the project is first saved its pictures wait in memory (:attr:`authoring.project.file.ProjectFile.assets`,
referred to by their bare names); :func:`store` writes them into the folder of the file saved, before the file
itself, and a project saved to another folder takes copies of its pictures along (into the new file's
``NAME.assets/``), so its references never point back at a folder it left. :func:`resolved` turns the references
into paths the writer opens (relative to the project file, wherever the command runs).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from authoring.atomic import atomic_write_bytes
from authoring.document import Figure, Picture, StandardDocument, Table
from authoring.errors import InputError, OutputError, os_reason

__all__ = ["ASSETS_SUFFIX", "assets_folder", "asset_name", "carry", "store", "resolved", "Carried"]

#: The folder of a project's pictures is the project file's name with this ending (草案.yaml → 草案.assets).
ASSETS_SUFFIX = ".assets"


def assets_folder(project_file: Path) -> Path:
    """The folder beside ``project_file`` that holds its pictures: ``NAME.assets``."""
    return project_file.with_name(project_file.stem + ASSETS_SUFFIX)


def asset_name(data: bytes, fmt: str) -> str:
    """The file name a picture of ``data`` (format ``fmt``) has among a project's pictures: its content's digest."""
    return f"{hashlib.sha256(data).hexdigest()[:16]}.{fmt}"


def _pictured(doc: StandardDocument) -> Iterator[tuple[str, Figure | Table, Picture]]:
    """``(location, block, picture)`` for each figure or table of ``doc`` with a picture, in order."""
    for where, block in doc.iter_blocks():
        if isinstance(block, (Figure, Table)) and block.picture is not None:
            yield where, block, block.picture


class Carried:
    """What :func:`carry` did: the pictures it took (bare name → bytes), and what it could not take."""

    def __init__(self) -> None:
        self.assets: dict[str, bytes] = {}
        self.pictures = 0
        #: Embedded objects: (name, program, whether their picture was carried), name as the writer gives it.
        self.embedded: list[tuple[tuple[str, str], str, bool]] = []
        #: Pictures of figures and tables the draft named but did not give (a part missing, too large, not a
        #: picture Word shows).
        self.unreadable: list[tuple[str, str]] = []

    def lines(self, project_file: Path | None, left: list[str]) -> list[tuple[str, str]]:
        """What ``import`` says of the pictures, ``(zh, en)`` lines: how many were carried and where they are kept,
        each kind of embedded object, and what was not carried (``left``: where the reader saw pictures it does
        not keep, as :attr:`authoring.document.Metadata.pictures_left` lists them)."""
        from authoring.docx.write._pictures import MAX_PICTURE_BYTES, MB, embedded_line
        from authoring.i18n import count_en

        out: list[tuple[str, str]] = []
        if self.pictures:
            folder = assets_folder(project_file).name + "/" if project_file is not None else ASSETS_SUFFIX
            out.append((f"图片：{self.pictures} 幅，存放在 {folder}（与项目文件放在一起，生成草案时写回）",
                        f"pictures: {self.pictures}, kept in {folder} (keep it with the project file; build writes "
                        f"{'it' if self.pictures == 1 else 'them'} back)"))
        groups: dict[tuple[str, bool], list[tuple[str, str]]] = {}
        for name, program, carried in self.embedded:
            groups.setdefault((program, carried), []).append(name)
        out += [embedded_line(names, program, carried=carried) for (program, carried), names in groups.items()]
        if self.unreadable:
            zh, en = "、".join(z for z, _ in self.unreadable), ", ".join(e for _, e in self.unreadable)
            out.append((f"{zh} 的图片未能导入（草案中缺少该图片、超过 {MAX_PICTURE_BYTES // MB} MB，或不是 Word 能显示的图片格式）",
                        f"the pictures of {en} could not be imported (missing from the draft, larger than "
                        f"{MAX_PICTURE_BYTES // MB} MB, or in a format Word does not show)"))
        if left:
            places = list(dict.fromkeys(left))
            shown = "、".join(places[:8]) + ("等" if len(places) > 8 else "")
            shown_en = ", ".join(places[:8]) + (" …" if len(places) > 8 else "")
            out.append((f"另有 {len(left)} 处图片、图形或嵌入对象未能导入（在表格单元格中、文字行内，或由绘图形状组成）："
                        f"{shown}；生成的草案中没有它们",
                        count_en(len(left), "more picture, drawing or embedded object",
                                 "more pictures, drawings or embedded objects")
                        + f" could not be imported (in a table's cell, within a line of text, or drawn with shapes): "
                        f"{shown_en}; the draft built leaves {'it' if len(left) == 1 else 'them'} out"))
        return out


def carry(doc: StandardDocument, draft: str | Path) -> Carried:
    """Take the pictures of ``doc``, read from ``draft``, out of the draft: each picture's ``file`` (a part of the
    package) becomes its bare asset name and its bytes go into :attr:`Carried.assets`; its size is the one it
    printed, fitted to the type area (what ``build`` prints, so that a draft built from the project reads back the
    same). A picture that cannot be had keeps no file."""
    from authoring.docx.read._safe import part_bytes
    from authoring.docx.write._pictures import MAX_PICTURE_BYTES, fitted, native_size, picture_format, picture_name

    out = Carried()
    for where, block, picture in _pictured(doc):
        name = picture_name(block.label if block.number else "", where, table=isinstance(block, Table))
        data = part_bytes(draft, picture.file, MAX_PICTURE_BYTES) if picture.file else None
        fmt = picture_format(data) if data is not None else None
        if data is None or fmt is None:
            if picture.file and not picture.embedded:
                out.unreadable.append(name)
            picture.file = ""
        else:
            own = native_size(data, fmt) if not (picture.width > 0 and picture.height > 0) else None
            picture.width, picture.height = fitted(picture.width, picture.height, own)
            picture.file = asset_name(data, fmt)
            out.assets[picture.file] = data
            out.pictures += 1
        if picture.embedded:
            out.embedded.append((name, picture.embedded, bool(picture.file)))
    return out


def resolved(doc: StandardDocument, folder: Path | None) -> StandardDocument:
    """``doc`` (a composed draft, changed in place) with its pictures' files as paths the writer opens: relative to
    ``folder``, the project file's."""
    if folder is not None:
        for _, _, picture in _pictured(doc):
            if picture.file and not Path(picture.file).is_absolute():
                picture.file = str(folder / picture.file)
    return doc


def _references(data: Any) -> Iterator[dict[str, Any]]:
    """Every ``picture`` mapping with a ``file`` in project ``data`` (round-trip YAML), wherever it stands."""
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            picture = node.get("picture")
            if isinstance(picture, dict) and isinstance(picture.get("file"), str) and picture["file"]:
                yield picture
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


def outside(file: str) -> bool:
    """Whether a picture reference leaves the project's folder: an absolute path (``/etc/…``, ``C:\\…``) or one
    climbing out of it (``../…``). A project someone sends is read by ``build`` and by the browser studio, whose
    folders the committee downloads from: its pictures are its own, beside it (``NAME.assets/…``), never a file
    anywhere the command can read."""
    posix = PurePosixPath(file.replace("\\", "/"))
    return posix.is_absolute() or bool(PureWindowsPath(file).drive) or ".." in posix.parts


def refuse_outside(data: Any, where: str | Path) -> None:
    """InputError (naming the file and line) for the first picture of project ``data`` whose file is
    :func:`outside` its folder, or holds control characters."""
    from authoring.text import CONTROL_CHARS

    for picture in _references(data):
        line = picture.lc.line + 1 if hasattr(picture, "lc") and picture.lc.line is not None else None
        if CONTROL_CHARS.search(picture["file"]):  # a NUL or an ESC that the line naming it would print
            raise InputError("图片路径含有控制字符", "a picture's path holds control characters", path=where, line=line)
        if outside(picture["file"]):
            raise InputError(f"图片路径应在项目文件所在的文件夹内（如 NAME{ASSETS_SUFFIX}/…），不能是 {picture['file']}",
                             f"a picture's path must stay inside the project file's folder (such as "
                             f"NAME{ASSETS_SUFFIX}/…), not {picture['file']}", path=where, line=line)


def store(data: Any, pending: dict[str, bytes], source: Path | None, target: Path) -> bool:
    """Before project ``data`` is saved as ``target``: write the pictures still ``pending`` (bare name → bytes) into
    ``target``'s ``NAME.assets/``, and where the project moves to another folder (``source``, the file it was read
    from), copy the pictures it refers to there too; the references in ``data`` are changed to match. Returns
    whether any changed. A picture already there with the same name is the same picture (its name is its digest)."""
    folder = assets_folder(target)
    moved = source is not None and _folder_of(source) != _folder_of(target)
    changed = False
    for picture in _references(data):
        file = picture["file"]
        if file in pending:
            content = pending[file]
        elif moved and not outside(file):
            content = _picture_at(source.parent / file)
            if content is None:
                continue  # a picture already missing (or no picture): build says so; its reference is left as it was
        else:
            continue
        if file in pending:
            name = Path(file).name
        else:
            from authoring.docx.write._pictures import picture_format

            name = asset_name(content, picture_format(content) or "bin")
        path = folder / name
        if not path.is_file() or path.stat().st_size != len(content):
            try:
                folder.mkdir(exist_ok=True)
            except OSError as exc:
                zh, en = os_reason(exc)
                raise OutputError(f"无法建立存放图片的文件夹：{zh}", f"cannot make the folder for the pictures: {en}",
                                  path=folder) from None
            atomic_write_bytes(path, content)
        reference = f"{folder.name}/{name}"
        if picture["file"] != reference:
            picture["file"] = reference
            changed = True
    return changed


def _picture_at(path: Path) -> bytes | None:
    """The bytes of the picture at ``path`` when it is a regular file of at most ``MAX_PICTURE_BYTES`` that Word
    shows as a picture, else None (a FIFO, /dev/zero or a file of any other kind is never read whole)."""
    from authoring.docx.write._pictures import MAX_PICTURE_BYTES, picture_format

    try:
        if not path.is_file() or path.stat().st_size > MAX_PICTURE_BYTES:
            return None
        content = path.read_bytes()
    except OSError:
        return None
    return content if picture_format(content) else None


def _folder_of(path: Path) -> str:
    return os.path.normcase(os.path.abspath(path.parent))
