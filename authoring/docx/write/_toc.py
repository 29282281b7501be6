"""The 目次: a real ``TOC`` field, pre-filled with the entries Word would generate.

Word rebuilds the field on open (``w:updateFields``); until then, and in viewers that never
update fields, the pre-filled entries read right. Each entry's page number is a
``PAGEREF`` to a bookmark on its heading, which Word recomputes; the pre-filled numbers
are estimates (LibreOffice shows them as written).
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml.etree import _Element

from authoring.docx.write import _styles as S
from authoring.docx.write._xml import el, field_runs, fld_char, instr_run, paragraph, run

TOC_INSTRUCTION = 'TOC \\o "1-2" \\h \\z \\u'


@dataclass(frozen=True)
class TocEntry:
    """One line of the 目次: outline level (0 or 1), text as printed, heading bookmark,
    and whether the heading is in the front matter (Roman page numbers)."""

    level: int
    text: str
    bookmark: str
    front: bool = False


def toc_paragraphs(entries: list[TocEntry], pages: dict[str, str]) -> list[_Element]:
    """The field's paragraphs: begin+instruction+separate in the first, end in the last.

    ``pages`` maps bookmarks to the page number to pre-fill (see :mod:`._wpages`).
    """
    opening = [fld_char("begin"), instr_run(TOC_INSTRUCTION), fld_char("separate")]
    if not entries:
        return [paragraph(S.TOC1, *opening, fld_char("end"))]
    paragraphs = []
    for i, entry in enumerate(entries):
        link = el("w:hyperlink", {"w:anchor": entry.bookmark, "w:history": 1},
                  run(entry.text), run("\t"),
                  *field_runs(f"PAGEREF {entry.bookmark} \\h", [run(pages.get(entry.bookmark, ""))]))
        runs = [*(opening if i == 0 else []), link]
        if i == len(entries) - 1:
            runs.append(fld_char("end"))
        paragraphs.append(paragraph(S.TOC1 if entry.level == 0 else S.TOC2, *runs))
    return paragraphs
