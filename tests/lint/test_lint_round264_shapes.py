"""False alarms on round 264's unseen standards of 2005-2008 (bench/real zzzzzzzzzzd: GB 21902—2008, GB 18466—2005) as
their publisher set them: digits, letters and document numbers in full-width forms. Rebuilt as a small typed draft of
the same shape beside what the rules must still report."""

from __future__ import annotations

from lint_docs import read_typed, told_at

_DRAFT = ["合成革与人造革工业污染物排放标准", "前言", "本标准按照GB/T 1.1—2009给出的规则起草。", "１ 范围",
          "本标准规定了合成革与人造革工业企业的水污染物排放限值。", "２ 规范性引用文件",
          "下列文件对于本文件的应用是必不可少的。凡是注日期的引用文件，仅注日期的版本适用于本文件。"
          "凡是不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。",
          "ＧＢ ／ Ｔ ６９２０ — １９８６ 水质 ｐＨ 值的测定 玻璃电极法", "３ 术语和定义", "本标准没有需要界定的术语和定义。",
          "４ 排放控制要求", "４．１ 现有企业执行表 １ 规定的水污染物排放限值，废气收集按附录 Ａ 的要求。",
          "表 １ 现有企业水污染物排放浓度限值", "项目 限值", "４．２ 新建企业执行表 ２ 的限值。",
          "表 ２ 新建企业水污染物排放浓度限值", "项目 限值", "表 ３ 污泥控制标准", "项目 限值",
          "附录 Ａ（资料性附录） 废气收集要求", "Ａ．１ 废气应收集处理。", "附录 Ｂ（资料性附录） 监测方法",
          "Ｂ．１ 按本方法测定。"]


def test_full_width_references_to_tables_annexes_and_documents_are_read(tmp_path) -> None:  # noqa: ANN001
    """表 １ and 附录 Ａ named in the body in full-width forms were read as naming nothing, so every table and annex was
    reported never referred to (GB 21902—2008: twelve findings); chapter 2's ＧＢ ／ Ｔ ６９２０ — １９８６ was no
    document, so the chapter was said to lack the 'no references' sentence (judged FALSE blind twice). A table and an
    annex no text names (表 ３, 附录 Ｂ) are still reported."""
    doc = read_typed(tmp_path / "a.docx", _DRAFT)
    assert told_at(doc, "reference.unreferenced-table") == ["表3"]
    assert told_at(doc, "reference.unreferenced-annex") == ["附录B"]
    assert "2" not in told_at(doc, "boilerplate.normative-lead-in")
