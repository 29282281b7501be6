"""Turn the bench corpus's Markdown-like sources into Word drafts with python-docx.

A source file starts with front-matter lines ``键: 值`` (标题, 编号, 函数类型, 版式, 封面 …)
ended by a line ``---``; the body follows, one block per line:

- ``# 前言`` / ``# 引言`` / ``# 参考文献``: an unnumbered element title;
- ``# 附录A（资料性）标题``: an annex (three centred lines on a new page);
- ``## A.1 标题``: an annex clause (a heading like any other);
- ``## 4 服务要求``, ``### 4.1 人员要求`` …: a chapter or clause heading with a typed number;
- ``表1　标题`` followed by ``| a | b |`` rows: a table (``<br>`` breaks a cell's line);
- ``注：…``, ``——…``, ``a) …``: notes and list items, as typed text;
- anything else: a body paragraph.

``版式: heading`` puts headings in Word's built-in "Heading N" styles; ``版式: bold`` writes
them as plain bold paragraphs (no heading styles), as many committees' drafts do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Pt

_TABLE_CAPTION = re.compile(r"^表([A-Z]\.)?\d+[\u3000 ]")
_ANNEX = re.compile(r"^附录([A-Z])(（[^）]+）)?\s*(.*)$")
_LIST = re.compile(r"^(——|[a-z]\)|\d+\)|·)")
_ELEMENT_TITLES = {"前言": "前　言", "引言": "引　言", "参考文献": "参　考　文　献", "目次": "目　次"}


@dataclass
class Source:
    """A parsed corpus source: its front matter and body lines."""

    meta: dict[str, str]
    lines: list[str] = field(default_factory=list)


def parse_source(text: str) -> Source:
    """Split a source into front matter (up to ``---``) and body lines."""
    head, sep, body = text.partition("\n---\n")
    if not sep:
        raise ValueError("source has no '---' line ending the front matter")
    meta: dict[str, str] = {}
    for line in head.splitlines():
        if line.strip() and not line.startswith("%"):
            key, _, value = line.partition(":")
            meta[key.strip()] = value.strip()
    return Source(meta=meta, lines=[ln.rstrip() for ln in body.splitlines()])


def build_docx(source_path: str | Path, out_path: str | Path) -> Path:
    """Write the ``.docx`` for one source file and return its path."""
    src = parse_source(Path(source_path).read_text(encoding="utf-8"))
    doc = Document()
    _set_east_asian(doc.styles["Normal"], "宋体")
    shape = src.meta.get("版式", "heading")
    if src.meta.get("封面", "有") != "无":
        _cover(doc, src.meta)
    body_title_done = False
    lines = src.lines
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line.strip() or line.startswith("%"):
            continue
        if line.startswith("# "):
            _element(doc, line[2:].strip())
            continue
        match = re.match(r"^(#{2,6}) (.*)$", line)
        if match:
            if not body_title_done:
                _centred(doc, src.meta.get("标题", ""), size=16, page_break=True)
                body_title_done = True
            _heading(doc, match.group(2), len(match.group(1)) - 1, shape)
            continue
        if _TABLE_CAPTION.match(line) and i < len(lines) and lines[i].startswith("|"):
            _centred(doc, line, size=10.5, page_break=False)
            rows, i = _table_rows(lines, i)
            _table(doc, rows)
            continue
        if line.startswith("|"):
            rows, i = _table_rows(lines, i - 1)
            _table(doc, rows)
            continue
        _paragraph(doc, line)
    out = Path(out_path)
    doc.save(str(out))
    return out


def _set_east_asian(style, font: str) -> None:  # type: ignore[no-untyped-def]
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), font)


def _cover(doc, meta: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    for key in ("ICS", "CCS", "备案号"):
        if meta.get(key):
            doc.add_paragraph(f"{key} {meta[key]}" if key != "备案号" else f"备案号：{meta[key]}")
    number = meta.get("编号", "")
    logo = number.split(" ")[0].split("/")[0]
    right = doc.add_paragraph(logo)
    right.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    right = doc.add_paragraph(number)
    right.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for key in ("级别", "标题", "英文标题"):
        if meta.get(key):
            _centred(doc, meta[key], size=22 if key == "标题" else 14, page_break=False)
    if meta.get("阶段"):
        _centred(doc, f"（{meta['阶段']}）", size=12, page_break=False)
    if meta.get("封面提示"):
        doc.add_paragraph(meta["封面提示"])
    doc.add_paragraph(meta.get("日期", "××××-××-××发布　　　　××××-××-××实施"))
    last = doc.add_paragraph(meta.get("发布", "××××发布"))
    last.add_run().add_break(WD_BREAK.PAGE)


def _centred(doc, text: str, *, size: float, page_break: bool):  # type: ignore[no-untyped-def]
    para = doc.add_paragraph()
    if page_break:
        para.paragraph_format.page_break_before = True
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = para.add_run(text)
    run.bold = True
    run.font.size = Pt(size)
    return para


def _element(doc, text: str) -> None:  # type: ignore[no-untyped-def]
    annex = _ANNEX.match(text)
    if annex:
        letter, status, title = annex.groups()
        _centred(doc, f"附　录　{letter}", size=10.5, page_break=True)
        if status:
            _centred(doc, status, size=10.5, page_break=False)
        if title:
            _centred(doc, title, size=10.5, page_break=False)
        return
    _centred(doc, _ELEMENT_TITLES.get(text, text), size=16, page_break=True)


def _heading(doc, text: str, level: int, shape: str) -> None:  # type: ignore[no-untyped-def]
    if shape == "heading":
        doc.add_paragraph(text, style=f"Heading {level}")
        return
    para = doc.add_paragraph()
    run = para.add_run(text)
    run.bold = True


def _paragraph(doc, line: str) -> None:  # type: ignore[no-untyped-def]
    para = doc.add_paragraph(line)
    fmt = para.paragraph_format
    if line.startswith("注") and re.match(r"^注\d*：", line):
        for run in para.runs:
            run.font.size = Pt(9)
        fmt.left_indent = Pt(21)
    elif _LIST.match(line):
        fmt.left_indent = Pt(21)
    elif re.fullmatch(r"[A-Z]?\.?\d+(\.\d+)+", line):
        pass  # a term entry number stands flush left on its own line
    else:
        fmt.first_line_indent = Pt(21)


def _table_rows(lines: list[str], start: int) -> tuple[list[list[str]], int]:
    rows: list[list[str]] = []
    i = start
    while i < len(lines) and lines[i].startswith("|"):
        cells = [c.strip().replace("<br>", "\n") for c in lines[i].strip().strip("|").split("|")]
        if not all(re.fullmatch(r":?-+:?", c) for c in cells):
            rows.append(cells)
        i += 1
    return rows, i


def _table(doc, rows: list[list[str]]) -> None:  # type: ignore[no-untyped-def]
    width = max(len(r) for r in rows)
    table = doc.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c in range(width):
            cell = table.cell(r, c)
            parts = (row[c] if c < len(row) else "").split("\n")
            cell.paragraphs[0].text = parts[0]
            for extra in parts[1:]:
                cell.add_paragraph(extra)
            if r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
