"""Clause numbers typed with a trailing dot ("1. 范围", "5.1. 服务要求"), as a Markdown
transcription or a hurried draft writes them: read as clauses 1 and 5.1, and reported once."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from authoring.docx.read import read_docx
from authoring.lint import run_lint

BODY = [
    "前言",
    "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
    "养老机构服务规范",
    "1. 范围",
    "本文件规定了养老机构服务的总体要求和服务提供要求。",
    "2. 规范性引用文件",
    "本文件没有规范性引用文件。",
    "3. 术语和定义",
    "本文件没有需要界定的术语和定义。",
    "4. 总体要求",
    "4.1. 基本要求",
    "养老机构应建立下列制度：",
    "1. 员工培训制度；",
    "2. 投诉处理制度。",
    "4.2. 人员要求",
    "护理员应经培训合格后上岗。",
    "5. 服务提供",
    "5.1. 生活照料",
    "养老机构应为老年人提供助餐、助浴服务。",
    "5.2. 投诉处理",
    "养老机构应在24 h内响应投诉。",
]


def _draft(path: Path, lines: list[str], *, heading_style: bool = False) -> Path:
    document = Document()
    for line in lines:
        styled = heading_style and line[:1].isdigit() and len(line) < 12 and not line.endswith(("；", "。"))
        document.add_paragraph(line, style="Heading 1" if styled else None)
    document.save(str(path))
    return path


def _numbers(path: Path) -> list[str]:
    return [c.number for c in read_docx(path).iter_clauses()]


def test_typed_dotted_numbers_are_clauses_and_a_typed_list_stays_text(tmp_path: Path) -> None:
    doc = read_docx(_draft(tmp_path / "d.docx", BODY))
    assert [c.number for c in doc.iter_clauses()] == ["1", "2", "3", "4", "4.1", "4.2", "5", "5.1", "5.2"]
    assert doc.find_clause("4.1").title == "基本要求"
    # The list under 4.1 ("1. 员工培训制度；") is its text, not chapters 1 and 2 again.
    assert "员工培训制度" in doc.find_clause("4.1").text()
    findings = [f for f in run_lint(doc) if f.rule == "numbering.trailing-dot"]
    assert len(findings) == 1 and findings[0].location == "1"
    assert "9 个章条编号" in findings[0].message


def test_dotted_numbers_in_heading_styles(tmp_path: Path) -> None:
    assert _numbers(_draft(tmp_path / "h.docx", BODY, heading_style=True)) == [
        "1", "2", "3", "4", "4.1", "4.2", "5", "5.1", "5.2"]


def test_numbers_without_the_dot_are_not_reported(tmp_path: Path) -> None:
    plain = [line.replace(". ", "\u3000", 1) if line[:1].isdigit() and ". " in line[:6] and len(line) < 12
             else line for line in BODY]
    doc = read_docx(_draft(tmp_path / "p.docx", plain))
    assert "5.2" in [c.number for c in doc.iter_clauses()]
    assert not [f for f in run_lint(doc) if f.rule == "numbering.trailing-dot"]


def test_a_decimal_value_is_not_a_dotted_number(tmp_path: Path) -> None:
    lines = BODY[:-1] + ["1.5 倍于标准的服务时长不计入。"]
    doc = read_docx(_draft(tmp_path / "v.docx", lines))
    assert "1.5" not in [c.number for c in doc.iter_clauses()]


def test_a_policy_numbered_with_dots_but_no_scope_first_is_not_given_a_skeleton(tmp_path: Path) -> None:
    """An English complaints policy: "1. Policy Statement", "2. Scope" … and a typed list
    "1. Acknowledgement …" under 5: no GB/T or ISO chapters are made of them."""
    lines = ["Complaints Policy", "1. Policy Statement", "We welcome complaints.", "2. Scope",
             "This policy applies to all clients.", "3. Principles", "Complaints are handled fairly.",
             "4. How to Make a Complaint", "Write to the manager.", "5. Procedure",
             "1. Acknowledgement within 3 working days.", "2. Investigation by the manager.",
             "3. Written Response issued within 28 calendar days, including:"]
    doc = read_docx(_draft(tmp_path / "policy.docx", lines))
    assert doc.metadata.structure != "gbt"  # read as a plain outline, judged by no drafting rules
    assert not [f for f in run_lint(doc) if f.rule in ("numbering.trailing-dot", "structure.element-order")]


def test_an_annex_heading_printed_twice_is_one_annex(tmp_path: Path) -> None:
    """A transcription keeps the one-line heading and the centred three lines below it."""
    lines = BODY + ["附录A （资料性） 服务记录表", "附录A", "（资料性）", "服务记录表", "A.1 记录内容",
                    "记录包括服务时间和服务内容。", "附录B （资料性） 评价表", "B.1 评价内容", "评价包括满意度。"]
    doc = read_docx(_draft(tmp_path / "a.docx", lines))
    assert [(a.letter, a.title) for a in doc.annexes] == [("A", "服务记录表"), ("B", "评价表")]
    assert [c.number for c in doc.annexes[0].children] == ["A.1"]
    assert not [f for f in run_lint(doc) if f.rule == "numbering.clause-sequence" and f.location.startswith("附录")]


def test_an_annex_subclause_typed_with_a_trailing_dot_is_a_subclause(tmp_path: Path) -> None:
    """Round 159 (bench/real zzzzzzc02, T/BJAII 003—2024): 附录A holds ``A.1.1 开发测试`` and then
    ``A.1.2. 数据共享应用场景``, ``A.1.3. 科学研究应用场景``; the dotted two were read as text, and A.1.1
    was reported as a lone subclause (judged FALSE). They are subclauses A.1.2 and A.1.3, and the
    trailing dot is reported as in the body."""
    annex = ["附录A", "（资料性）", "应用场景", "A.1 场景", "A.1.1 开发测试", "开发测试中宜使用脱敏数据。",
             "A.1.2. 数据共享应用场景", "数据共享中宜使用脱敏数据。", "A.1.3. 科学研究应用场景", "科学研究中宜使用脱敏数据。",
             "A.2 其他场景", "其他场景中宜评估脱敏效果。"]
    doc = read_docx(_draft(tmp_path / "a.docx", BODY + annex))
    assert [c.number for c in doc.iter_clauses() if c.number.startswith("A")] == ["A.1", "A.1.1", "A.1.2", "A.1.3", "A.2"]
    findings = run_lint(doc)
    assert [f for f in findings if f.rule == "numbering.lone-clause"] == []
    dots = [f for f in findings if f.rule == "numbering.trailing-dot"]
    assert len(dots) == 1 and "11 个章条编号" in dots[0].message, [f.message for f in dots]
