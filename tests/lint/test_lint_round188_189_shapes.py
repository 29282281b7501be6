"""False alarms found on rounds 188 and 189's unseen standards (bench/real zzzzzzzf02, GB/T 36068—2018 中国机读
馆藏格式; zzzzzzzg03, GB/T 45223—2025 on a low-voltage auxiliary power system), each rebuilt as a small made-up
draft of the same shape beside a case the rule must still report."""

from __future__ import annotations

from pathlib import Path

from lint_docs import NORMATIVE_LEAD_IN, add_paragraph, conformant_guide, of_rule, typed_docx

from authoring.docx.read import read_docx
from authoring.lint import run_lint

_FOREWORD = ["前言", "本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。"]


def test_an_undated_iso_or_iec_number_inside_a_title_is_no_entry_of_its_own(tmp_path: Path) -> None:
    """zzzzzzzg03 chapter 2: ``GB/T 32890 继电保护 IEC 61850 工程应用模型`` was read as two entries, so a
    phantom IEC 61850 was "cited nowhere" and out of order (both judged FALSE); zzzzzzzf02's ``ISO 646 信息技术
    信息交换用 ISO7 位编码字符集`` likewise. A dated ISO entry run onto the line before is still an entry of its
    own, and still reported when the text never cites it."""
    doc = read_docx(typed_docx(tmp_path / "d.docx", [
        *_FOREWORD,
        "1 范围", "本文件规定了低压辅助电源系统信息接口的要求。",
        "2 规范性引用文件", NORMATIVE_LEAD_IN,
        "GB/T 32890 继电保护 IEC 61850 工程应用模型",
        "GB/T 35273—2020 信息安全技术 个人信息安全规范 ISO/IEC 27001:2013 Information technology — Security "
        "techniques — Information security management systems — Requirements",
        "ISO 646 信息技术 信息交换用 ISO7 位编码字符集",
        "3 术语和定义", "本文件没有需要界定的术语和定义。",
        "4 要求", "模型应符合GB/T 32890的规定。", "个人信息处理应符合GB/T 35273—2020的规定。",
        "字符应采用ISO 646规定的编码。"]))
    listed = [b.designation for b in doc.find_clause("2").blocks if b.type == "reference"]
    assert listed == ["GB/T 32890", "GB/T 35273—2020", "ISO/IEC 27001:2013", "ISO 646"]
    uncited = of_rule(run_lint(doc), "reference.uncited-normative")
    assert [f.message for f in uncited if "27001" in f.message]
    assert not [f for f in uncited if "61850" in f.message or "ISO7" in f.message or "ISO 7" in f.message]


def test_a_caption_over_its_figure_and_key_in_one_paragraph_is_the_figures(tmp_path: Path) -> None:
    """zzzzzzzf03 5.3.2 and 5.3.4: a PDF conversion put ``图7 多个接管ZC示意图``, the picture and the figure's
    ``说明：`` in one paragraph of lines, so 图7 and 图8 were never read and 图9 was "out of sequence" (judged FALSE).
    A figure whose number is skipped is still reported."""
    def draft(numbers: tuple[int, int, int]) -> Path:
        a, b, c = numbers
        return typed_docx(tmp_path / f"d{a}{b}{c}.docx", [
            *_FOREWORD,
            "1 范围", "本文件规定了车载电子地图的数据要求。",
            "2 规范性引用文件", "本文件没有规范性引用文件。",
            "3 术语和定义", "本文件没有需要界定的术语和定义。",
            "4 要求", f"重叠区的划分见图{a}。", f"图{a} 轨道区段划分示例",
            f"多个接管区的关系见图{b}。", f"图{b} 多个接管ZC示意图\n\n说明：\nZC1连接ZC2、ZC3，红线部分为重叠区。",
            f"上下行的定义见图{c}。", f"图{c} 普通上/下行轨道区段定义示例"])

    doc = read_docx(draft((1, 2, 3)))
    figures = [b for b in doc.find_clause("4").blocks if b.type == "figure"]
    assert [(f.number, f.title) for f in figures] == [("1", "轨道区段划分示例"), ("2", "多个接管ZC示意图"),
                                                      ("3", "普通上/下行轨道区段定义示例")]
    assert not of_rule(run_lint(doc), "numbering.figure-sequence")
    skipped = of_rule(run_lint(read_docx(draft((1, 2, 4)))), "numbering.figure-sequence")
    assert skipped and "4" in skipped[0].message


def test_must_in_the_name_of_principles_listed_is_no_modal() -> None:
    """zzzzzza03 (YD/T 4562) 表2: 遵循用户授权、业务必须等原则 names principles (judged FALSE), as 最小必须原则
    does. 必须 before a requirement is still reported."""
    doc = conformant_guide()
    add_paragraph(doc, "5.1", "遵循用户授权、业务必须等原则，从管理、技术措施保障用户账户数据安全。")
    assert of_rule(run_lint(doc), "wording.modal-form") == []
    add_paragraph(doc, "5.2", "业务必须等待用户授权后开展。")
    assert [f.location for f in of_rule(run_lint(doc), "wording.modal-form")] == ["5.2"]
