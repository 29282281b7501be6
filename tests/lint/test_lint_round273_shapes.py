"""False alarms judged blind on round 273's unseen ITS standards (bench/real zzzzzzzzzzm: vehicle-road cooperation group
standards converted from Markdown), rebuilt as small made-up drafts of the same shape beside a case the rule must still
report."""

from __future__ import annotations

from lint_docs import read_typed, told_at


def _draft(terms: list[str]) -> list[str]:
    return ["基于专用短程通信的车路协同 第2部分：应用层数据交互格式", "前言", "本文件按照GB/T 1.1—2020的规定起草。",
            "1 范围", "本文件规定了车路协同应用层数据交互格式。", "2 规范性引用文件",
            "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的版本适用于本文件；"
            "不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。", "GB/T 20851.1—2019 电子收费 专用短程通信 第1部分：物理层",
            "3 术语和定义", *terms, "4 数据格式", "4.1 数据应采用ASN.1描述。", "4.2 数据应标明采集时间。"]


def test_the_lead_in_of_3_1_terms_beside_3_2_abbreviations_is_the_chapter_s(tmp_path) -> None:  # noqa: ANN001
    """3 术语和定义 / 3.1 术语 / GB/T 20851.1—2019界定的术语和定义适用于本文件。 / 3.2 缩略语 / 下列缩略语适用于本文件。:
    3.1 was read as a term entry named 术语 and chapter 3 was reported as having no lead-in (judged FALSE). A chapter
    split so with no lead-in at all is still reported."""
    lines = _draft(["3.1 术语", "GB/T 20851.1—2019界定的术语和定义适用于本文件。", "3.2 缩略语", "下列缩略语适用于本文件。",
                    "OBU 车载单元（On-Board Unit）"])
    doc = read_typed(tmp_path / "a.docx", lines)
    assert [c.title for c in doc.clauses[2].children] == ["术语", "缩略语"]
    assert told_at(doc, "boilerplate.terms-lead-in") == []
    bare = _draft(["3.1 术语", "3.1.1 路侧单元 roadside unit", "安装在路侧的通信设备。", "3.2 缩略语", "下列缩略语适用于本文件。",
                   "OBU 车载单元（On-Board Unit）"])
    assert told_at(read_typed(tmp_path / "b.docx", bare), "boilerplate.terms-lead-in") == ["3"]


def _listing(lines: list[str]) -> list[str]:
    return [*_draft(["本文件没有需要界定的术语和定义。"])[:-2], "4.1 执行类型定义如下：", *lines, "4.2 数据应标明采集时间。"]


LISTING = ["ExecutionType ::= ENUMERATED {", "-- 0：未定义；", "required (1),", "-- 1：必须执行", "suggested (2),",
           "-- 2：建议执行", "...", "}", "RemainTime ::= SEQUENCE {", "total REAL, --剩余时间，单位：秒(s)",
           "lane EventLane,", "-- 0：未使用，忽略该值", "eventRadius Radius OPTIONAL,", "}"]


def test_a_listing_s_lines_and_comments_are_the_notation_s_words(tmp_path) -> None:  # noqa: ANN001
    """An ASN.1 listing typed into the text (round 273's ETC standard, its code fences lost by the copy): 1：必须执行 (the
    meaning of the value required (1), a comment whose -- the reading took for a list's dash) was reported as a
    non-standard modal (judged FALSE), 秒(s) in a field's comment as half-width brackets (DEBATABLE). The same words in
    the document's own sentences are still reported."""
    doc = read_typed(tmp_path / "a.docx", _listing(LISTING))
    assert told_at(doc, "wording.modal-form") == []
    assert told_at(doc, "wording.ascii-punctuation") == []
    prose = read_typed(tmp_path / "b.docx", _listing([*LISTING, "设备收到执行指令后必须执行，剩余时间单位为秒(s)。"]))
    assert told_at(prose, "wording.modal-form") == ["4.1"]
    assert told_at(prose, "wording.ascii-punctuation") == ["4.1"]


def test_another_s_judgement_reported_in_a_definition_is_no_requirement() -> None:
    """历史建筑: 具有较高历史、科学和艺术价值，城市规划认为应按文物保护单位保护方法进行保护的建（构）筑物。 (HJ 554—2010 3.5, round 268:
    what a city plan judges, reported; judged FALSE blind as a requirement in a definition.) A definition that requires
    by itself, or one where this document is the judge, is still reported."""
    from lint_docs import clause_of, conformant_guide, of_rule

    from authoring.document import TermEntry
    from authoring.lint import run_lint

    def told(definition: str) -> list[str]:
        doc = conformant_guide()
        clause_of(doc, "3").blocks.append(TermEntry(number="3.3", term_zh="历史建筑", definition=definition))
        return [f.location for f in of_rule(run_lint(doc), "wording.requirement-in-informative")]

    assert told("具有较高历史、科学和艺术价值，城市规划认为应按文物保护单位保护方法进行保护的建（构）筑物。") == []
    assert told("具有较高历史价值，应按文物保护单位保护方法进行保护的建（构）筑物。") == ["3.3"]
    assert told("具有较高历史价值，本文件认为应按文物保护单位保护方法进行保护的建（构）筑物。") == ["3.3"]


def test_a_must_in_a_case_answered_by_then_and_an_example_address_s_dummy_segment() -> None:
    """Round 275's group standard on platforms' cooperative services, judged FALSE blind: 若必须授权，则应告知…… names the
    case (the provision is the 应 that answers it), and "Attachment": "https://www.didiyun.com/xxxxx/23232" is a JSON
    example's address. 必须 as the provision, and ×× left in a sentence, are still reported."""
    from lint_docs import places_of

    assert places_of("wording.modal-form", "接收平台调用接口时，若必须授权，则应告知接口的授权方式。",
                     "发布平台必须告知接收平台接口的授权方式。") == ["5.2"]
    assert places_of("wording.placeholder", '"Attachment": "https://www.didiyun.com/xxxxx/23232",',
                     "本服务由××负责提供。") == ["5.2"]


def test_a_bibliography_entry_whose_opening_bracket_a_text_layer_lost_is_listed(tmp_path) -> None:  # noqa: ANN001
    """参考文献 / 1] GB/T18894—2016 电子文件归档与电子档案管理规范 (DA/T 104—2024's text layer, round 276): the entries
    went unread, and documents cited informatively (见 GB/T18894—2016 附录 B) were reported as listed nowhere (judged
    FALSE). One cited and listed in neither place is still reported."""
    lines = [*_draft(["本文件没有需要界定的术语和定义。"])[:-2], "4.1 归档登记表的格式见GB/T 18894—2016。",
             "4.2 元数据方案见DA/T 46—2009。", "参考文献", "1] GB/T 18894—2016 电子文件归档与电子档案管理规范"]
    doc = read_typed(tmp_path / "a.docx", lines)
    assert [r.serial for r in doc.bibliography] == [1]
    assert told_at(doc, "reference.unlisted-document") == ["4.2"]
