"""compose → Word writer → Word reader: the draft we write reads back as what we composed."""

from __future__ import annotations

from authoring.docx.read import read_docx
from authoring.docx.write import write_docx
from authoring.project import Project, compose


def test_composed_draft_reads_back(tmp_path, checklist):
    """compose → Word → reader gives back the clauses, tables and annex we composed."""
    items = {i.id: {"status": "addressed", "provisions": [f"应落实{i.title_zh}。"],
                    "methods": [m.id for m in i.methods][:2]} for i in checklist.items()}
    items["4.2"] = {"status": "todo"}
    items["5.8"]["indicators"] = [{"name": "满意度", "value": "≥90", "unit": "%"}]
    project = Project.model_validate({"metadata": {"title_zh": "养老机构卓越服务规范", "function": "规范"},
                                      "items": items})
    doc = compose(project, checklist)
    path = tmp_path / "d.docx"
    write_docx(doc, path)
    back = read_docx(path)
    assert [(c.number, c.title) for c in back.iter_clauses()] == [(c.number, c.title) for c in doc.iter_clauses()]
    assert [(t.number, t.rows) for t in back.tables()] == [(t.number, t.rows) for t in doc.tables()]
    assert [(a.letter, a.normative, a.title) for a in back.annexes] == [("A", False, "卓越服务实施方法")]
