"""What marks a Word file as stdauthor's own paperwork, written into its document properties and read back cheaply.

The 编制说明 and the 意见汇总处理表 are written with the author ``stdauthor`` (a draft ``build`` writes has none)
and their kind as the category. A folder ``check`` leaves such a file out: it lies beside the draft in a
secretariat's folder and is no draft (QA pass 11). Word, WPS and LibreOffice keep both properties when the
committee edits the file; one written before the category was set is known by its author alone.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument

__all__ = ["CREATOR", "MEMORANDUM", "RESOLUTION_TABLE", "mark", "paperwork_kind"]

CREATOR = "stdauthor"
MEMORANDUM = "编制说明"
RESOLUTION_TABLE = "意见汇总处理表"
_KINDS = (MEMORANDUM, RESOLUTION_TABLE)
#: More than the document properties of any real file hold: a larger part is not read.
_CORE_LIMIT = 64 * 1024


def mark(document: DocxDocument, kind: str) -> None:
    """Mark ``document`` as stdauthor's ``kind`` (:data:`MEMORANDUM` or :data:`RESOLUTION_TABLE`)."""
    props = document.core_properties
    props.author = CREATOR
    props.category = kind


def _element(xml: str, name: str) -> str:
    match = re.search(rf"<(?:[\w.-]+:)?{name}(?:\s[^>]*)?>([^<]*)</(?:[\w.-]+:)?{name}>", xml)
    return match.group(1).strip() if match else ""


def paperwork_kind(path: str | Path) -> str | None:
    """The kind of stdauthor paperwork the Word file at ``path`` is (a :data:`MEMORANDUM` or
    :data:`RESOLUTION_TABLE`; ``""`` for one written before the kind was recorded), or None when it is not
    stdauthor's paperwork, or cannot be read (the check that reads it says why)."""
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("docProps/core.xml")
            if info.file_size > _CORE_LIMIT:
                return None
            with archive.open(info) as part:
                xml = part.read(_CORE_LIMIT + 1).decode("utf-8", "replace")
    except (KeyError, OSError, zipfile.BadZipFile, ValueError, EOFError, RuntimeError, NotImplementedError):
        return None
    if _element(xml, "creator") != CREATOR:
        return None
    category = _element(xml, "category")
    return category if category in _KINDS else ""
