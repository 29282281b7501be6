"""Render a StandardDocument as Markdown, for previews and reports."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from authoring.document import Block, Clause, ListBlock, StandardDocument


def document_to_markdown(doc: "StandardDocument") -> str:
    """The document as Markdown: metadata line, front matter, clauses, annexes, bibliography."""
    from authoring.document import BIBLIOGRAPHY, FOREWORD, INTRODUCTION, FunctionType
    from authoring.i18n import tr

    meta = doc.metadata
    out: list[str] = [f"# {meta.title_zh or doc.body_title or '（无标题）'}", ""]
    function = tr("功能类型未定", "function type not known") if meta.function == FunctionType.UNKNOWN else meta.function.value
    info = [meta.designation(), function, meta.stage]
    out += [" · ".join(x for x in info if x), ""]
    if meta.title_en:
        out += [f"*{meta.title_en}*", ""]
    if doc.foreword is not None:
        out += [f"## {FOREWORD}", ""]
        out += _blocks(doc.foreword.blocks)
    if doc.introduction is not None:
        out += [f"## {INTRODUCTION}", ""]
        out += _blocks(doc.introduction.blocks)
        for clause in doc.introduction.children:
            out += _clause(clause, 3)
    for clause in doc.clauses:
        out += _clause(clause, 2)
    for annex in doc.annexes:
        out += [f"## {annex.label}（{annex.status}）{annex.title}", ""]
        out += _blocks(annex.blocks)
        for clause in annex.children:
            out += _clause(clause, 3)
    if doc.bibliography is not None:
        out += [f"## {BIBLIOGRAPHY}", ""]
        out += [f"[{r.serial or i + 1}]\u3000{r.text}  " for i, r in enumerate(doc.bibliography)]
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _clause(clause: "Clause", level: int) -> list[str]:
    hashes = "#" * min(level, 6)
    out = [f"{hashes} {clause.number} {clause.title}".rstrip(), ""]
    out += _blocks(clause.blocks)
    for child in clause.children:
        out += _clause(child, level + 1)
    return out


def _blocks(blocks: "list[Block]") -> list[str]:
    from authoring.document import (
        Example, Figure, ListBlock, Note, Paragraph, Reference, Table, TermEntry,
    )
    from authoring.docx.write._blocks import serial_numbers

    out: list[str] = []
    numbers = serial_numbers(blocks)  # several notes (examples) in a clause: 注1：注2：…, as the draft prints them
    for i, block in enumerate(blocks):
        if isinstance(block, Paragraph):
            out += [_escape(block.text), ""]
        elif isinstance(block, ListBlock):
            out += _list(block, 0) + [""]
        elif isinstance(block, Note):
            out += [f"> {_label('注', numbers.get(i))}{_escape(block.text)}", ""]
        elif isinstance(block, Example):
            # The draft's label stands alone on its line, the text below it.
            out += [f"> {_label('示例', numbers.get(i))}  ", f"> {_escape(block.text)}", ""]
        elif isinstance(block, Table):
            out += [f"**{block.label}\u3000{_escape(block.title)}**".replace("**表\u3000**", ""), ""]
            out += _table(block.rows, block.header_rows) + [""]
            out += _lines(_label("注", k + 1 if len(block.notes) > 1 else None) + _escape(n)
                          for k, n in enumerate(block.notes))
        elif isinstance(block, Figure):
            out += [f"*{block.label}\u3000{_escape(block.title)}*", ""]
        elif isinstance(block, TermEntry):
            out += [f"**{block.number}**  ", f"**{_escape(block.term_zh)}**\u3000{_escape(block.term_en)}  "]
            if block.definition:
                out.append(_escape(block.definition) + "  ")
            examples = block.examples
            for k, example in enumerate(examples):
                out += [_label("示例", k + 1 if len(examples) > 1 else None) + "  ", _escape(example) + "  "]
            notes = block.notes
            for k, note in enumerate(notes):
                out.append(f"{_label('注', k + 1 if len(notes) > 1 else None)}{_escape(note)}  ")
            if block.source:
                out.append(f"[来源：{_escape(block.source)}]")
            out.append("")
        elif isinstance(block, Reference):
            out += [_escape(block.text) + "  "]
    if out and out[-1] != "":
        out.append("")
    return out


def _label(word: str, number: int | None) -> str:
    """注： or 注1： (示例： or 示例1：), as the draft labels a note (an example)."""
    return f"{word}{number or ''}："


def _lines(texts: "Iterable[str]") -> list[str]:
    """``texts`` one a line, as the draft prints them (a hard break ends each but the last), then a blank line;
    nothing for none. Lines merely one after another are one paragraph to Markdown."""
    lines = list(texts)
    return [*(t + "  " for t in lines[:-1]), *lines[-1:], ""] if lines else []


def _list(block: "ListBlock", depth: int) -> list[str]:
    from authoring.document import list_marker

    out = []
    for i, item in enumerate(block.items):
        out.append(f"{'  ' * depth}- {list_marker(block.style, i + max(block.start, 1) - 1)} {_escape(item.text)}")
        if item.children is not None:
            out += _list(item.children, depth + 1)
    return out


def _table(rows: list[list[str]], header_rows: int) -> list[str]:
    if not rows:
        return []
    width = max(len(r) for r in rows)

    def line(row: list[str]) -> str:
        cells = [_escape(c).replace("\n", "<br>") for c in row] + [""] * (width - len(row))
        return "| " + " | ".join(cells) + " |"

    head = rows[0] if header_rows else [""] * width
    body = rows[1:] if header_rows else rows
    return [line(head), "|" + "---|" * width, *(line(r) for r in body)]


def _escape(text: str) -> str:
    for ch in ("\\", "*", "_", "`", "|", "<", ">", "#", "["):
        text = text.replace(ch, "\\" + ch)
    return text
