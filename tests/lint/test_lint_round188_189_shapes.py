"""False alarms found on rounds 188 and 189's unseen standards (bench/real zzzzzzzf02, GB/T 36068—2018 中国机读
馆藏格式; zzzzzzzg03, GB/T 45223—2025 on a low-voltage auxiliary power system), each rebuilt as a small made-up
draft of the same shape beside a case the rule must still report."""

from __future__ import annotations

from pathlib import Path

from lint_docs import NORMATIVE_LEAD_IN, of_rule, typed_docx

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
