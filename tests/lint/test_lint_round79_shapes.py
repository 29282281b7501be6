"""False alarms found on round 79's unseen standards (bench/real zzzc10, GB/T 36618—2018), rebuilt
as a small made-up draft of the same shape beside a case the rule must still report."""

from __future__ import annotations

from lint_docs import add_paragraph, clause_of, conformant_guide, of_rule

from authoring.document import Reference
from authoring.lint import run_lint


def test_chapters_of_another_document_listed_or_ranged_are_that_document_s() -> None:
    """zzzc10: GB/T 28827.3—2012 中第 7 章、第 8 章 and GB/T 33530—2017 第 3 章～第 9 章 name the
    chapters of those standards; the second of each pair was read as this draft's (judged FALSE).
    This draft's own missing chapter is still reported."""
    doc = conformant_guide()
    clause_of(doc, "2").blocks.append(Reference(designation="GB/T 28827.3—2012", title="信息技术服务 运行维护 第3部分：应急响应规范"))
    clause_of(doc, "2").blocks.append(Reference(designation="GB/T 33530—2017", title="人力资源外包服务规范"))
    add_paragraph(doc, "5.1", "处理应急响应工作时应符合 GB/T 28827.3—2012 中第 7 章、第 8 章的规定。")
    add_paragraph(doc, "5.1", "采购人力资源外包服务时，按 GB/T 33530—2017 第 3 章～第 9 章的规定进行管理。")
    assert of_rule(run_lint(doc), "reference.dangling-clause") == []
    add_paragraph(doc, "5.2", "评价方法见GB/T 33530—2017第3章及本文件第9章。")
    found = of_rule(run_lint(doc), "reference.dangling-clause")
    assert len(found) == 1 and "9" in found[0].message
