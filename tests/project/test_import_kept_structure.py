"""A draft imported with the outline of a regulation or an institution's rules (第一章…第一条, or 一、（一）)
keeps it, and is judged as ``stdauthor check`` judges that draft: the GB/T 1.1 drafting rules do not apply.

Built from such a project, the draft read back was told "no GB/T 1.1 structure" by ``check`` while ``build``
had just counted 89 errors and 58 warnings on the same outline (a real regulation from bench/real, imported).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from authoring.check import check_file
from authoring.checklist import load_packs
from authoring.cli.main import main
from authoring.i18n import set_lang
from authoring.lint import run_lint
from authoring.project import load_project
from authoring.project.compose import compose
from authoring.project.outline import outline_structure
from tests.docx.reader_builders import plain_docx

RULES = ["某市社区养老服务管理办法",
         "第一章　总则",
         "第一条　为了规范社区养老服务，保障老年人合法权益，满足老年人的服务需求，制定本办法。",
         "第二条　本办法适用于本市行政区域内的社区养老服务机构。",
         "第二章　服务要求",
         "第三条　服务机构应当建立员工培训制度，新员工上岗前应当接受岗前培训。",
         "第四条　服务机构应当对投诉在24小时内响应，并回访老人及其家属。",
         "第三章　附则",
         "第五条　本办法自2026年1月1日起施行。"]


@pytest.fixture(autouse=True)
def _language_restored():
    from authoring.i18n import get_lang

    before = get_lang()
    yield
    set_lang(before)


def _imported(tmp_path: Path, lines: list[str]) -> Path:
    draft = plain_docx(tmp_path / "rules.docx", lines)
    project = tmp_path / "rules.yaml"
    assert main(["import", str(draft), "-o", str(project)]) == 0
    return project


def test_an_imported_regulation_is_not_held_to_gbt_rules_in_build_or_check(tmp_path: Path, capsys) -> None:
    project = _imported(tmp_path, RULES)
    pack = load_packs()["excellence-guide"]
    doc = compose(load_project(project).project, pack)
    assert doc.metadata.structure == "articles"
    assert run_lint(doc) == []
    capsys.readouterr()
    set_lang("en")
    built = tmp_path / "built.docx"
    assert main(["build", str(project), "-o", str(built)]) == 0
    out = capsys.readouterr().out
    assert "GB/T 1.1 check: not applied (the outline's chapters are 第一章, 第二章, 第三章, not GB/T 1.1" in out
    assert not re.search(r"\d+ errors", out), "never a confident count"
    checked = check_file(built, pack)
    assert checked.document.structure == "articles" and checked.findings == [], "check reads it the same way"


def test_numbered_gbt_outlines_are_still_checked(tmp_path: Path) -> None:
    from authoring.document import Clause

    assert outline_structure([Clause(number="1", title="范围"), Clause(number="2", title="规范性引用文件")]) == "gbt"
    # one chapter numbered by hand the regulation's way, among GB/T ones, is a numbering error to report
    assert outline_structure([Clause(number="1", title="范围"), Clause(number="第二章", title="要求")]) == "gbt"
    assert outline_structure([Clause(number="第一章", title="总则"), Clause(number="第二章", title="要求")]) == "articles"
    assert outline_structure([Clause(number="一", title="总则"), Clause(number="二", title="要求")]) == "outline"
    assert outline_structure([]) == "gbt"


def test_a_project_from_new_is_checked_as_gbt(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    assert main(["new", "-o", str(path), "--title", "物业服务规范", "--function", "规范"]) == 0
    doc = compose(load_project(path).project, load_packs()["excellence-guide"])
    assert doc.metadata.structure == "gbt"


def test_the_preview_of_an_imported_regulation_names_its_unknown_function_in_words(tmp_path: Path, capsys) -> None:
    project = _imported(tmp_path, RULES)
    assert load_project(project).project.metadata.function.value == "unknown"  # a 办法 names no function
    capsys.readouterr()
    set_lang("zh")
    assert main(["preview", str(project)]) == 0
    head = capsys.readouterr().out.splitlines()[2]
    assert "功能类型未定" in head and "unknown" not in head, head


def test_the_explanation_of_an_imported_regulation_names_its_own_chapters(tmp_path: Path) -> None:
    """编制说明's 主要内容 printed ``第第一章章“总则”：（无正文）`` for a chapter kept from a regulation."""
    import docx

    project = _imported(tmp_path, RULES)
    out = tmp_path / "编制说明.docx"
    assert main(["explain", str(project), "-o", str(out)]) == 0
    lines = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "本文件共3章5条，主要内容如下：" in lines  # chapters and articles counted (5d4aa67)
    assert "——第一章“总则”：包括第一条至第二条，共2条。" in lines
    assert "——第三章“附则”：包括第五条，共1条。" in lines
    assert not [line for line in lines if "第第" in line or "无正文" in line]


def test_import_says_when_it_could_not_tell_the_function(tmp_path: Path, capsys) -> None:
    set_lang("zh")
    capsys.readouterr()
    _imported(tmp_path, RULES)
    assert "功能类型：未能从标题或范围判断" in capsys.readouterr().out
    second = tmp_path / "b"
    second.mkdir()
    _imported(second, ["某社区养老服务规范", *RULES[1:]])
    assert "功能类型" not in capsys.readouterr().out, "a title ending in 规范 tells it"


LOST = ["信息技术服务 咨询设计 第2部分：知识库管理规范", "前言", "本部分按照GB/T 1.1—2009给出的规则起草。",
        "1. 范围", "本部分规定了咨询设计知识库管理的要求。", "1. 规范性引用文件", "下列文件对于本文件的应用是必不可少的。",
        "1. 术语和定义", "下列术语和定义适用于本文件。"]
for _topic in ("客户投诉", "满意度调查", "员工培训"):
    LOST += [f"1. {_topic}", f"咨询服务提供方应建立{_topic}制度，每季度开展一次{_topic}工作并记录结果，对问题在5个工作日内整改。"] * 2


def test_a_draft_whose_numbering_was_lost_keeps_its_title_and_is_judged_as_check_judges_it(tmp_path: Path,
                                                                                           capsys) -> None:
    """Every heading read ``1.`` (automatic numbering lost in a conversion): check reads it by its headings without
    GB/T rules; imported, the project had no title and build counted 16 errors on chapters named 范围, 客户投诉…"""
    project = _imported(tmp_path, LOST)
    meta = load_project(project).project.metadata
    assert meta.title_zh == "信息技术服务 咨询设计 第2部分：知识库管理规范"
    pack = load_packs()["excellence-guide"]
    assert compose(load_project(project).project, pack).metadata.structure == "outline"
    set_lang("zh")
    capsys.readouterr()
    built = tmp_path / "built.docx"
    assert main(["build", str(project), "-o", str(built)]) == 0
    assert "规范性检查：未按 GB/T 1.1 检查编写规则（大纲的章为“范围、规范性引用文件、术语和定义……”" in capsys.readouterr().out
    checked = check_file(built, pack)
    assert checked.document.structure != "gbt" and checked.findings == []
    assert checked.document.title == "信息技术服务 咨询设计 第2部分：知识库管理规范", "named by its cover, not ICS ××.×××"
    import docx

    first = [p.text for p in docx.Document(str(built)).paragraphs if p.text.strip()][:20]
    assert first[0].startswith("ICS") and "目次" in first, "a GB/T draft whose numbers were lost keeps a GB/T cover"


def test_a_built_regulation_is_named_by_its_cover(tmp_path: Path) -> None:
    project = _imported(tmp_path, RULES)
    built = tmp_path / "built.docx"
    assert main(["build", str(project), "-o", str(built)]) == 0
    assert check_file(built, load_packs()["excellence-guide"]).document.title == "某市社区养老服务管理办法"


def test_a_built_regulation_is_covered_as_its_draft_and_its_cover_is_no_evidence(tmp_path: Path) -> None:
    """A QA reader imported a 条例, built it and checked both: the built draft's cover (在提交反馈意见时……)
    was read as the text's 正文 and made 5.6, 5.6.1 and 7.2 covered by its 反馈意见."""
    draft = plain_docx(tmp_path / "rules.docx", RULES)
    project = _imported(tmp_path, RULES)
    built = tmp_path / "built.docx"
    assert main(["build", str(project), "-o", str(built)]) == 0
    pack = load_packs()["excellence-guide"]
    original, rebuilt = check_file(draft, pack), check_file(built, pack)
    assert rebuilt.document.structure == "articles"
    excerpts = " ".join(e.excerpt for i in rebuilt.coverage.items for e in i.evidence)
    for words in ("反馈意见", "征求意见稿", "本文件由", "目次", "前言"):
        assert words not in excerpts, words
    assert {i.id: i.status for i in rebuilt.coverage.items} == {i.id: i.status for i in original.coverage.items}


def test_a_built_regulation_is_printed_as_its_draft_was_without_a_gbt_cover_or_foreword(tmp_path: Path) -> None:
    """QA pass 6: a 规章 with no cover and no 前言, imported and built, came out with a GB cover, a 目次
    listing only 前言 and a 前言 saying it was drafted under GB/T 1.1 and published for the first time."""
    import docx

    project = _imported(tmp_path, RULES)
    built = tmp_path / "built.docx"
    assert main(["build", str(project), "-o", str(built)]) == 0
    texts = [p.text for p in docx.Document(str(built)).paragraphs if p.text.strip()]
    assert texts[0] == "某市社区养老服务管理办法" and texts[1].startswith("第一章")
    joined = "\n".join(texts)
    for words in ("前言", "目次", "GB/T 1.1", "首次发布", "发布", "征求意见稿"):
        assert words not in joined, words
    assert [t for t in texts if t.startswith("第五条")] == ["第五条　本办法自2026年1月1日起施行。"]


def test_a_built_english_policy_keeps_its_title(tmp_path: Path) -> None:
    """Built without a cover (no GB/T skeleton), an English text's title must head it: it has no Chinese one."""
    import docx

    lines = ["Complaints Procedure", "We welcome suggestions on how to improve our service.",
             "Stage 1", "Parents should first discuss a concern with the manager.",
             "Stage 2", "If the concern is not resolved, it is put in writing and answered within 14 days."]
    project = _imported(tmp_path, lines)
    built = tmp_path / "built.docx"
    assert main(["build", str(project), "-o", str(built)]) == 0
    texts = [p.text for p in docx.Document(str(built)).paragraphs if p.text.strip()]
    assert texts[0] == "Complaints Procedure" and texts.count("Complaints Procedure") == 1
