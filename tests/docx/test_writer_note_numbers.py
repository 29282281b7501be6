"""The writer numbers a clause's notes (examples) by their place (QA pass 11, B6).

GB/T 1.1—2020: one note in a clause is 注：, several are 注1：注2：… in order. A converted QX/T draft whose chapter held
注：, 注1:, 注2:, 注：, 注： (typed numbers read as they were) was built 注1, 注1, 注2, 注4, 注5: the unnumbered notes took
their place and the typed ones kept theirs, a repeat and a gap.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document

from authoring.document import Clause, Example, Note, Paragraph, StandardDocument
from authoring.docx.read import read_docx
from authoring.docx.write import write_docx


def _labels(path: Path) -> list[str]:
    return [p.text.split("：")[0] + "：" for p in Document(path).paragraphs if p.text.startswith(("注", "示例"))]


def test_several_notes_are_numbered_in_order_whatever_they_were_typed(tmp_path: Path) -> None:
    doc = StandardDocument(has_cover=False, has_toc=False, clauses=[
        Clause(number="1", title="范围", blocks=[Paragraph(text="本文件规定了太阳能资源年景评估的方法。")]),
        Clause(number="2", title="方法", blocks=[
            Paragraph(text="按下列方法评估。"), Note(text="甲。"), Note(text="乙。", number=1), Note(text="丙。", number=2),
            Note(text="丁。"), Note(text="戊。"),
            Example(text="例甲。", number=2), Example(text="例乙。", number=2)]),
        Clause(number="3", title="结果", blocks=[
            Paragraph(text="结果分为五级。"), Note(text="只有一条。", number=3), Example(text="只有一个。", number=1)]),
    ])
    out = tmp_path / "notes.docx"
    write_docx(doc, out)
    assert _labels(out) == ["注1：", "注2：", "注3：", "注4：", "注5：", "示例1：", "示例2：", "注：", "示例："]
    read = read_docx(out)
    assert [b.number for b in read.find_clause("2").blocks if isinstance(b, Note)] == [1, 2, 3, 4, 5]
    assert [b.number for b in read.find_clause("3").blocks if isinstance(b, Note)] == [None]


def test_preview_numbers_the_notes_as_the_draft_prints_them() -> None:
    """``preview`` kept the typed numbers (注：, 注1：, 注2：, 注：) where the draft printed 注1 to 注4."""
    from authoring.markdown import document_to_markdown

    doc = StandardDocument(has_cover=False, has_toc=False, clauses=[
        Clause(number="2", title="方法", blocks=[
            Paragraph(text="按下列方法评估。"), Note(text="甲。"), Note(text="乙。", number=1), Note(text="丙。", number=2),
            Note(text="丁。"), Example(text="例甲。", number=3)]),
    ])
    text = document_to_markdown(doc)
    assert [line[2:5] for line in text.splitlines() if line.startswith("> 注")] == ["注1：", "注2：", "注3：", "注4："]
    assert "> 示例：" in text and "示例3" not in text
