"""Every draft's text reaches the analyses, whatever its kind: texts without a GB/T 1.1 skeleton
(institutional rules 第一条…, regulations 第一章…第一节…第一条, chapters with typed clause numbers
run into the text, 一、（一） headings, no headings at all), English texts, and the function type
told from the title, the scope or the command line."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
import reader_builders as rb
from reader_builders import plain_docx

from authoring.check import check_file
from authoring.checklist import load_packs
from authoring.document import BODY_UNIT, FunctionType, StandardDocument, Table, block_text
from authoring.docx.read import read_docx


def all_text(doc) -> str:  # noqa: ANN001
    return doc.plain_text()


REPRO = ["某养老机构服务管理制度", "机构应建立员工培训制度，新员工上岗前接受岗前培训。",
         "机构应对投诉在24小时内响应，并回访老人及家属。", "机构应建立服务创新激励机制，鼓励员工提出改进建议。"]


def test_a_title_and_three_paragraphs_are_read_not_dropped(tmp_path: Path) -> None:
    doc = read_docx(plain_docx(tmp_path / "d.docx", REPRO))
    assert doc.metadata.structure == "none" and doc.metadata.rules == "none"
    assert doc.body_title == "某养老机构服务管理制度"
    assert [c.number for c in doc.clauses] == ["正文"]
    for line in REPRO[1:]:
        assert line in all_text(doc)
    assert doc.character_count() > 60


def test_a_rule_line_above_the_title_is_not_the_title(tmp_path: Path) -> None:
    doc = read_docx(plain_docx(tmp_path / "d.docx", ["---", *REPRO]))
    assert doc.body_title == "某养老机构服务管理制度"


def test_the_repro_is_reported_with_a_notice_and_real_coverage(tmp_path: Path) -> None:
    result = check_file(plain_docx(tmp_path / "d.docx", REPRO), load_packs()["excellence-guide"])
    data = result.to_json()
    assert data["document"]["rules"] == "none"
    # (the likeness notices, which name the items a likeness decided, come after the document's own)
    assert {n["code"] for n in data["document"]["notices"] if not n["code"].startswith("likeness-")} \
        == {"no-gbt-structure"}
    # the text is one unit, but its evidence is located by its label lines: the notice says both
    assert "小标题行" in next(n["message"] for n in data["document"]["notices"] if n["code"] == "no-gbt-structure")
    assert data["document"]["function"] == "unknown"  # shown; no rule depends on it without GB/T rules
    assert data["coverage"]["score"] > 0
    addressed = {i["id"] for i in data["coverage"]["items"] if i["status"] != "missing"}
    assert {"5.4", "5.7"} <= addressed  # training; innovation incentives
    assert all(e["location"] == "正文" for i in data["coverage"]["items"] for e in i["evidence"])
    assert result.findings == []  # GB/T 1.1 drafting rules are not applied to such a text


@pytest.mark.parametrize("scope", ["范围", "适用范围"])
def test_a_copy_whose_headings_lost_their_numbers_says_so_and_is_covered(tmp_path: Path, scope: str) -> None:
    """bench/real zza07/zza09: every heading reads ``1.``; read as GB/T, 范围 held the whole text and
    coverage read none of it, while chapter 2's entries drew 'not listed' alarms. Round 279's notice-and-consent draft
    titles its chapter 1 适用范围: read as GB/T, its body's provisions were reported as requirements in a 范围."""
    lines = ["信息技术服务 咨询设计 第2部分：知识库管理规范", "前言", "本部分按照GB/T 1.1—2009给出的规则起草。",
             f"1. {scope}", "本部分规定了咨询设计知识库管理的要求。", "1. 规范性引用文件",
             "下列文件对于本文件的应用是必不可少的。", "GB/T 29264-2012 信息技术服务 分类与代码", "1. 术语和定义",
             "下列术语和定义适用于本文件。"]
    for n, topic in enumerate(("客户投诉", "满意度调查", "员工培训", "服务创新", "服务承诺", "持续改进")):
        lines += [f"1. {topic}"] + [f"咨询服务提供方应建立{topic}制度，每季度开展一次{topic}工作并记录结果，"
                                     f"对发现的问题在5个工作日内整改，整改结果向客户反馈。"] * 6
    result = check_file(plain_docx(tmp_path / "d.docx", lines), load_packs()["excellence-guide"])
    data = result.to_json()
    assert {n["code"] for n in data["document"]["notices"] if not n["code"].startswith("likeness-")} \
        == {"numbering-lost"}
    assert data["document"]["rules"] == "none" and result.findings == []
    assert "知识库管理规范" in data["document"]["title"]
    found = {i["id"]: i for i in data["coverage"]["items"]}
    assert found["5.6.2"]["status"] != "missing" and found["5.8"]["status"] != "missing"
    assert "客户投诉" in {e["location"] for e in found["5.6.2"]["evidence"]}


def test_a_lost_numbering_copy_with_a_stray_2_is_still_read_by_its_headings_and_as_a_standard(tmp_path: Path) -> None:
    """bench/real zzb08 (a DB52/T data-dictionary draft): ``1. 范围``, ``1. 规范性引用文件``, … and one
    stray ``2. 注释`` that took the rest as chapter 2. Read by its headings, it is still judged as a
    standard that hardly speaks of a service: what it touches in passing is missing."""
    lines = ["政府数据 核心元数据", "前言", "本部分按照GB/T 1.1—2009给出的规则起草。", "1. 范围",
             "本部分规定了法人单位基础数据的核心元数据。", "2. 注释", "本部分的数据元素按表1描述。",
             "1. 规范性引用文件", "下列文件对于本文件的应用是必不可少的。", "1. 术语和定义", "下列术语和定义适用于本文件。",
             "1. 核心数据元素目录"]
    lines += [f"数据元素名称：登记代码{n}；数据类型：字符型；表示格式：C9；约束：必选；值域：按GB 11714规定。"
              for n in range(80)]
    lines += ["1. 数据约束", "数据元素的更新宜采用创新的校验方法，并定期开展数据质量测评。"]
    result = check_file(plain_docx(tmp_path / "d.docx", lines), load_packs()["excellence-guide"])
    assert result.document.structure == "outline" and result.document.numbering_lost
    assert result.coverage.service_density == 0.0
    # a GB/T draft still, its title naming no service: told so, as the GB/T decision reads it (coverage._decider)
    assert "not-service" in {code for code, _, _ in result.document.notices()}
    found = {i.id: i.status for i in result.coverage.items}
    assert found["5.7"] == "missing" and found["5.8"] == "missing"


RULES = ["某市政务服务中心窗口服务规范", "第一章 总则", "第一条 为了规范窗口服务，提升群众满意度，制定本规范。",
         "第二条 本规范适用于政务服务中心各进驻窗口。", "第二章 服务要求", "第一节 人员",
         "第三条 窗口工作人员应当熟悉业务，一次性告知办事群众所需材料。",
         "第二节 评价", "第十二条 中心定期开展满意度调查，对投诉在3个工作日内处理并回访。"]


def test_regulations_are_read_as_chapters_sections_and_articles(tmp_path: Path) -> None:
    doc = read_docx(plain_docx(tmp_path / "d.docx", RULES))
    assert doc.metadata.structure == "articles"
    assert [(c.number, c.title) for c in doc.clauses] == [("第一章", "总则"), ("第二章", "服务要求")]
    second = doc.clauses[1]
    assert [(s.number, s.title) for s in second.children] == [("第一节", "人员"), ("第二节", "评价")]
    article = second.children[1].children[0]
    assert article.number == "第十二条" and article.blocks[0].text.startswith("中心定期开展满意度调查")
    result = check_file(tmp_path / "d.docx", load_packs()["excellence-guide"])
    locations = {e.location for i in result.coverage.items for e in i.evidence}
    assert "第十二条" in locations


def test_a_regulations_contents_list_is_no_chapters(tmp_path: Path) -> None:
    """A regulation copied with its 目录 (目 录, the chapter and section titles, one run on to a second
    line, then the text from 第一章 again) is read with its chapters once, not with empty copies first."""
    contents = ["目 录", "第一章 总则", "第二章 服务要求", "第一节 人员", "第二节 被拐卖、流浪未成年人、留守儿童等特殊群体",
                "的服务评价", "第三章 附则"]
    lines = [RULES[0], *contents, *RULES[1:], "第三章 附则", "第十三条 本规范自发布之日起施行。"]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert [(c.number, c.title) for c in doc.clauses] == [("第一章", "总则"), ("第二章", "服务要求"), ("第三章", "附则")]
    assert doc.clauses[0].children[0].number == "第一条"
    assert "目 录" not in doc.plain_text()


def test_a_contents_heading_with_no_list_after_it_loses_nothing(tmp_path: Path) -> None:
    """目录 followed straight by the text (the chapters never start over): every line is read as before."""
    lines = [RULES[0], "目录", *RULES[1:]]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert [(c.number, c.title) for c in doc.clauses if c.number.startswith("第")] == [("第一章", "总则"), ("第二章", "服务要求")]
    assert doc.clauses[-1].children[0].children[0].number == "第三条"


def test_articles_without_chapters(tmp_path: Path) -> None:
    lines = ["某医院门诊服务规范", "第一条 为提升服务质量，制定本规范。", "第二条 门诊应设立导诊台。",
             "第三条 医院应每季度开展患者满意度调查。"]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert [c.number for c in doc.clauses] == ["第一条", "第二条", "第三条"]


def test_a_contracts_typed_subclauses_are_its_articles_parts(tmp_path: Path) -> None:
    """第8条 工程质量及验收, then 8.1 …, 8.2 … (round 214's construction contract; round 212's telecom agreement): evidence
    names 8.2, as its readers cite it."""
    lines = ["工程合同", "第1条 工程概况", "1.1 工程地点：发包人住宅。", "1.2 工期：60天。", "第2条 工程质量及验收",
             "2.1 承包人应按图纸施工，质量应符合国家标准。", "2.2 发包人应在接到通知后2日内组织验收。", "第3条 争议的解决",
             "双方协商解决。"]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert doc.metadata.structure == "articles"
    assert [(c.number, [k.number for k in c.children]) for c in doc.clauses] == [
        ("第1条", ["1.1", "1.2"]), ("第2条", ["2.1", "2.2"]), ("第3条", [])]
    chinese = ["账户管理协议", "第一条 定义", "1.1 账户：指乙方为甲方开立的账户。", "第二条 账户的开立",
               "2.1 甲方应提交有效身份证件。", "第三条 其他", "3.1 本协议自签署之日起生效。"]
    doc = read_docx(plain_docx(tmp_path / "c.docx", chinese))
    assert [k.number for c in doc.clauses for k in c.children] == ["1.1", "2.1", "3.1"]


def test_marks_before_a_clause_are_no_part_of_its_number(tmp_path: Path) -> None:
    """A bank's agreement sets ▲▲ before the clauses to be read with care (▲▲第五条 纠纷处理, ▲▲3.3 乙方应…: round 213);
    they were read as text of the clause before."""
    lines = ["个人结算账户管理协议", "第一条 定义", "1.1 账户：指乙方为甲方开立的账户。", "▲▲1.2 甲方应妥善保管密码。",
             "第二条 账户使用", "2.1 甲方应合法使用账户。", "▲▲第三条 纠纷处理", "3.1 双方协商解决。", "▲ 第四条 通知",
             "乙方通过短信通知甲方。"]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert [(c.number, [k.number for k in c.children]) for c in doc.clauses] == [
        ("第一条", ["1.1", "1.2"]), ("第二条", ["2.1"]), ("第三条", ["3.1"]), ("第四条", [])]
    assert block_text(doc.clauses[2].blocks[0]) == "▲▲纠纷处理"  # the marks are kept, before the clause's words
    assert block_text(doc.clauses[0].children[1].blocks[0]) == "▲▲甲方应妥善保管密码。"


def test_chapters_with_typed_clause_numbers_run_into_the_text(tmp_path: Path) -> None:
    lines = ["城市客运服务规范", "第一章 总则", "1.1本规范规定了城市客运服务的要求。", "第二章 术语",
             "2.1术语：客运服务是指……", "第三章 服务要求", "3.1驾驶员应文明礼貌。", "3.2企业应建立投诉处理制度。"]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert doc.metadata.structure == "articles"
    third = doc.clauses[2]
    assert [c.number for c in third.children] == ["3.1", "3.2"]
    assert doc.clauses[1].children[0].title == "术语"


def test_chinese_numeral_headings(tmp_path: Path) -> None:
    lines = ["某物业公司客户服务标准", "一、服务理念", "以业主满意为宗旨。", "二、服务要求", "（一）接待：前台应微笑服务。",
             "（二）投诉处理：接到投诉后24小时内回复。", "三、考核", "公司每季度考核员工服务质量。"]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert doc.metadata.structure == "outline"
    assert [c.number for c in doc.clauses] == ["一", "二", "三"]
    assert [(c.number, c.title) for c in doc.clauses[1].children] == [("二（一）", "接待"), ("二（二）", "投诉处理")]


def test_provisions_numbered_in_chinese_that_run_on_are_the_units(tmp_path: Path) -> None:
    """An institution's rules written 一、机构应…。二、…。 (or a web page's 一、服务对象 run into its text) have no
    title-like heading, but their provisions are its places: evidence names 二, not the whole text."""
    lines = ["某养老机构服务管理制度", "一、机构应建立员工培训制度，新员工上岗前接受岗前培训。",
             "二、投诉处理：机构应对投诉在24小时内响应，并回访老人及家属。", "（一）回访结果应记录存档。",
             "三、机构应建立服务创新激励机制，鼓励员工提出改进建议。"]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert doc.metadata.structure == "outline" and doc.metadata.rules == "none"
    assert [c.number for c in doc.clauses] == ["一", "二", "三"]
    assert doc.clauses[1].title == "投诉处理"  # a short title before a colon is the provision's title
    assert [c.number for c in doc.clauses[1].children] == ["二（一）"]
    assert "新员工上岗前接受岗前培训" in block_text(doc.clauses[0].blocks[0])
    result = check_file(plain_docx(tmp_path / "c.docx", lines), load_packs()["excellence-guide"])
    places = {e.location for i in result.coverage.items if i.id == "5.7" for e in i.evidence}
    assert places == {"三"}


@pytest.mark.parametrize("lines", [
    # two run-on provisions only, or a list that does not count from 一: the text stays one unit
    ["某养老机构服务管理制度", "一、机构应建立员工培训制度。", "二、机构应对投诉在24小时内响应。", "机构应鼓励员工提出改进建议。"],
    ["某养老机构服务管理制度", "机构的要求如下：", "二、机构应建立员工培训制度。", "三、机构应对投诉在24小时内响应。",
     "四、机构应鼓励员工提出改进建议。"],
])
def test_too_few_or_unordered_run_on_provisions_are_no_structure(tmp_path: Path, lines: list[str]) -> None:
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert doc.metadata.structure == "none"
    assert [c.number for c in doc.clauses] == ["正文"]


def test_run_on_provisions_under_titled_headings_stay_their_text(tmp_path: Path) -> None:
    """Where 一、 headings with titles stand, a run-on 一、二、三、 under a heading is that heading's text, as before."""
    lines = ["某物业公司客户服务标准", "一、服务理念", "以业主满意为宗旨。", "二、服务要求", "一、前台应微笑服务。",
             "二、接到投诉后24小时内回复。", "三、每季度回访业主。"]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert [c.number for c in doc.clauses] == ["一", "二"]
    assert "每季度回访业主" in " ".join(block_text(b) for b in doc.clauses[1].blocks)


def test_a_sections_title_before_its_list_is_a_heading(tmp_path: Path) -> None:
    """A notice's sections titled 一、住院注意事项： (the colon before the list they lead, round 213's 住院须知) were read as
    the text of the section before; 事宜 is no modal 宜."""
    lines = ["住院须知", "尊敬的病友您好！感谢您选择我院。", "一、住院注意事项：", "1、请自备洗漱用品。", "2、贵重物品请妥善保管。",
             "二、享有的权利和履行的义务", "1、有权获得诊疗信息。", "三、保持病房整洁与爱护医院公共设施:", "1、请勿高声喧哗。",
             "四、出院事宜:", "1、出院时间由主管医生告知。"]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert doc.metadata.structure == "outline"
    assert [(c.number, c.title) for c in doc.clauses if c.number != "正文"] == [
        ("一", "住院注意事项"), ("二", "享有的权利和履行的义务"), ("三", "保持病房整洁与爱护医院公共设施"), ("四", "出院事宜")]
    assert "出院时间由主管医生告知" in " ".join(block_text(b) for b in doc.clauses[-1].blocks)


def test_a_provisions_lead_in_with_a_colon_is_no_title(tmp_path: Path) -> None:
    """一、申请人应当提交下列材料： leads a list but says what must be done: a provision's words, never a section's title."""
    lines = ["办事指南", "一、受理范围", "本中心受理本市居民的申请。", "二、申请人应当提交下列材料：", "1、身份证；", "2、申请表。"]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert all(c.title != "申请人应当提交下列材料" for c in doc.clauses)


def test_typed_subclauses_under_a_chinese_numbered_section_are_its_parts(tmp_path: Path) -> None:
    """三、乙方的义务, then 3.1…, 3.2… (round 211's subscriber agreement): the section's parts, so evidence names 3.2 as
    readers cite it; a line that opens with a quantity (3.5米…) is no part."""
    lines = ["入网服务协议", "一、入网要求", "1.1个人客户：甲方应出示有效证件。", "1.2集团客户：甲方应出示营业执照。",
             "二、乙方的义务", "2.1乙方应通过营业厅公布服务时限和资费标准。", "2.2乙方应受理甲方投诉，并在接到投诉之日起15日内答复甲方。",
             "2.2.1投诉答复应书面告知。", "2.3乙方应定期开展客户满意度调查。", "三、其他", "3.5米以上的车辆不得进入营业厅停车场。"]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    tree = [(c.number, [(k.number, [g.number for g in k.children]) for k in c.children]) for c in doc.clauses]
    assert tree == [("一", [("1.1", []), ("1.2", [])]), ("二", [("2.1", []), ("2.2", ["2.2.1"]), ("2.3", [])]),
                    ("三", [])]
    assert doc.clauses[0].children[0].title == "个人客户"
    assert "3.5米以上" in block_text(doc.clauses[2].blocks[0])
    result = check_file(plain_docx(tmp_path / "c.docx", lines), load_packs()["excellence-guide"])
    places = {e.location for i in result.coverage.items if i.id == "5.6.2" for e in i.evidence}
    assert "2.2" in places and "二" not in places


def test_typed_subclauses_that_open_with_their_text_are_their_clauses_parts(tmp_path: Path) -> None:
    """7. COMPLAINTS & REMEDIES, then 7.1. Complaints must be raised within 72 hours… (round 216's cleaning terms):
    7.1 is a place of its own, as its readers cite it; a number no open clause continues (3.1. under 1) stays text."""
    lines = ["Terms and Conditions of Service", "1. PRICING AND SCOPE",
             "1.1. All prices are based on the information the Client gives.", "1.2. Prices assume:",
             "accurate disclosure of property size", "3.1. Fees for extra work are set out in the price list.",
             "2. COMPLAINTS AND REMEDIES", "2.1. Complaints must be raised within 72 hours of the service.",
             "2.1.1. Where a complaint is upheld, HQC will re-attend free of charge.",
             "2.2. Service credits may be offered at HQC's discretion."]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    tree = [(c.number, [(k.number, [g.number for g in k.children]) for k in c.children]) for c in doc.clauses]
    assert tree == [("1", [("1.1", []), ("1.2", [])]), ("2", [("2.1", ["2.1.1"]), ("2.2", [])])]
    assert "3.1. Fees for extra work" in " ".join(block_text(b) for b in doc.clauses[0].children[1].blocks)
    result = check_file(plain_docx(tmp_path / "c.docx", lines), load_packs()["excellence-guide"])
    places = {e.location for i in result.coverage.items for e in i.evidence}
    assert {"2.1", "2.1.1"} & places and "2" not in places
    # chapters numbered 1.0, 2.0 (round 219's landscaping terms): 2.1 and 2.2 are 2.0's parts, not 2.0's siblings
    zeroed = ["Terms and Conditions", "1.0 DEFINITIONS", "1.1 “Client” means the person who books the work.",
              "1.2 “Services” means the landscaping work.", "2.0 COMPLAINTS",
              "2.1 Complaints must be made in writing within 7 days.", "2.2 We will reply within 14 days."]
    doc = read_docx(plain_docx(tmp_path / "z.docx", zeroed))
    assert [(c.number, [k.number for k in c.children]) for c in doc.clauses] == [
        ("1.0", ["1.1", "1.2"]), ("2.0", ["2.1", "2.2"])]



def test_sections_in_capitals_closed_by_a_full_stop_hold_their_clauses(tmp_path: Path) -> None:
    """1. SUBMISSION AND DISTRIBUTION. (a section in capitals closed by a full stop, round 263's distribution agreement)
    was read as a list item, so 1.1 Registration. To distribute… and every clause after it were no place of their own:
    the agreement's evidence named its heading, never the 1.1 … 8.5 its readers cite. An item in sentence case closed by
    its full stop is still an item."""
    lines = ["Content Distribution Agreement", "This Agreement is a contract between You and the Company.",
             "1. SUBMISSION AND DISTRIBUTION.",
             "1.1 Registration. To distribute Content, the Content Provider must register on the Portal.",
             "1.2 Submission. The Content Provider must provide its Content through the Portal.",
             "2. OBLIGATIONS OF CONTENT PROVIDER.",
             "2.1 Support and Maintenance. The Content Provider shall answer end users' complaints within 5 days.",
             "3. FEES, PAYMENT AND REPORTING.",
             "3.1 Reporting. Within thirty days after each month the Company reports the month's sales.",
             "4. LIMITATION OF LIABILITY.", "4.1 Cap. Liability is limited to the fees paid."]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    numbered = [c for c in doc.iter_clauses() if c.number[:1].isdigit()]
    assert [(c.number, c.title) for c in numbered if "." not in c.number] == [
        ("1", "SUBMISSION AND DISTRIBUTION"), ("2", "OBLIGATIONS OF CONTENT PROVIDER"),
        ("3", "FEES, PAYMENT AND REPORTING"), ("4", "LIMITATION OF LIABILITY")]
    assert {"1.1", "1.2", "2.1", "3.1", "4.1"} <= {c.number for c in numbered}
    items = ["Complaints Procedure", "How we handle a complaint", "1. Acknowledgement within 3 working days.",
             "2. A full answer within 20 working days."]
    doc = read_docx(plain_docx(tmp_path / "e.docx", items))
    assert not [c for c in doc.iter_clauses() if c.number[:1].isdigit()]

def _framed(path: Path, title: str, framed: list[list[str]], table_after: list[str] | None = None) -> Path:
    """A Word file of ``title`` then one one-column table per list of lines (a web page's layout saved as Word)."""
    document = docx.Document()
    document.add_paragraph(title)
    for lines in framed:
        table = document.add_table(rows=len(lines), cols=1)
        for row, line in zip(table.rows, lines):
            row.cells[0].text = line
    for line in table_after or []:
        document.add_paragraph(line)
    document.save(path)
    return path


CONTRACT = [["第一章 术语和定义", "第一条 本合同词语定义：旅游者是指与旅行社签订合同的自然人。"],
            ["第二章 合同的签订", "第二条 旅行社应当提供旅游行程单，并告知旅游者服务标准。",
             "第三条 旅游者应当如实告知身体状况，旅行社应当对旅游者投诉在24小时内处理。"]]


def test_articles_set_in_one_column_tables_are_read_as_the_text(tmp_path: Path) -> None:
    """A contract whose chapters a web page set in one-column tables (round 211's model travel contract, saved as
    Word): the tables frame the text, and its 第一章…第三条 are its units."""
    doc = read_docx(_framed(tmp_path / "d.docx", "团队旅游合同", CONTRACT))
    assert doc.metadata.structure == "articles"
    assert [c.number for c in doc.clauses] == ["第一章", "第二章"]
    assert [c.number for c in doc.clauses[1].children] == ["第二条", "第三条"]
    result = check_file(_framed(tmp_path / "c.docx", "团队旅游合同", CONTRACT), load_packs()["excellence-guide"])
    assert {e.location for i in result.coverage.items for e in i.evidence} <= {"第一条", "第二条", "第三条"}


@pytest.mark.parametrize(("title", "read"), [("供 用 气 合 同", "供用气合同"), ("服　务　承　诺", "服务承诺"),
                                             ("物业服务 管理规约", "物业服务 管理规约")])
def test_a_letterspaced_title_is_read_as_it_reads(tmp_path: Path, title: str, read: str) -> None:
    """Round 213's gas contract was reported as 标准: 供 用 气 合 同; words set apart stay apart."""
    doc = read_docx(plain_docx(tmp_path / "d.docx", [title, *REPRO[1:]]))
    assert doc.metadata.title_zh == read


def test_a_framed_text_is_in_the_language_of_its_frames(tmp_path: Path) -> None:
    """Round 211's contract: outside its frames only a page's server code stood (Latin), and the text was read as
    English, its coverage by the English cues."""
    code = 'Inherits="Eyousoft.Web.printPage.Contract" ValidateRequest="false" AutoEventWireup="true" CodeBehind="x.cs"'
    doc = read_docx(_framed(tmp_path / "d.docx", code, CONTRACT))
    assert doc.metadata.language == "zh" and doc.metadata.structure == "articles"


def test_a_table_of_data_or_of_columns_stays_a_table(tmp_path: Path) -> None:
    """Short entries in one column (no running text), or two columns, are a table as before."""
    names = [["第一条", "第二条", "第三条"]]
    doc = read_docx(_framed(tmp_path / "d.docx", "某机构服务制度", names, REPRO[1:]))
    assert doc.metadata.structure == "none"
    document = docx.Document()
    document.add_paragraph("某机构服务制度")
    table = document.add_table(rows=3, cols=2)
    for row, line in zip(table.rows, [line for chapter in CONTRACT for line in chapter]):
        row.cells[0].text, row.cells[1].text = line, "说明"
    document.save(tmp_path / "two.docx")
    doc = read_docx(tmp_path / "two.docx")
    assert doc.metadata.structure == "none" and [c.number for c in doc.clauses] == ["正文"]


RENTAL = [("1", "Introduction"), ("1.1", "This contract to hire a vehicle consists of:"),
          ("", "(a) the rental agreement you have signed; and"), ("", "(b) these rental terms and conditions."),
          ("1.2", "We may change these terms at any time by notice on our website."),
          ("2", "Who may drive the vehicle?"), ("2.1", "Only you or an authorised driver can drive the vehicle."),
          ("2.2", "We set a minimum and maximum age for those renting our vehicles."),
          ("3", "Complaints"), ("3.1", "We will respond to every complaint within 5 business days and tell you the "
                                       "outcome in writing."),
          ("3.2", "If you are not satisfied you may refer the complaint to the fair trading office.")]


def _table_doc(path: Path, title: str, rows: list[tuple[str, ...]], after: list[str] | None = None) -> Path:
    document = docx.Document()
    document.add_paragraph(title)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, cells in zip(table.rows, rows):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    for line in after or []:
        document.add_paragraph(line)
    document.save(path)
    return path


def test_numbered_clauses_laid_out_in_a_table_are_the_texts_clauses(tmp_path: Path) -> None:
    """Round 228: a car rental business's terms, a web page laying out its clauses in a table (1 | Introduction,
    1.1 | This contract …), were read as one body unit, every item's evidence "body text"."""
    doc = read_docx(_table_doc(tmp_path / "t.docx", "Rental Terms and Conditions", RENTAL))
    assert [(c.number, c.title, [k.number for k in c.children]) for c in doc.clauses] == [
        ("1", "Introduction", ["1.1", "1.2"]), ("2", "Who may drive the vehicle?", ["2.1", "2.2"]),
        ("3", "Complaints", ["3.1", "3.2"])]
    assert "(b) these rental terms and conditions." in doc.plain_text()
    result = check_file(_table_doc(tmp_path / "c.docx", "Rental Terms and Conditions", RENTAL),
                        load_packs()["excellence-guide"])
    places = {e.location for i in result.coverage.items for e in i.evidence}
    assert places and "3.1" in places and not places & {"正文", BODY_UNIT}


def test_a_long_clause_table_with_three_figure_numbers_is_still_one(tmp_path: Path) -> None:
    """A table of 3,100 numbered rows whose last chapter is 100 was refused whole (the number pattern took two figures):
    its first 99 chapters are clauses again, in bounded time."""
    rows = [row for a in range(1, 101) for row in [(str(a), f"Heading {a}")]
            + [(f"{a}.{b}", "We will respond to every complaint within 5 days.") for b in range(1, 31)]]
    doc = read_docx(_table_doc(tmp_path / "t.docx", "Terms", rows))
    numbers = {c.number for c in doc.iter_clauses()}
    assert {"1", "1.1", "99.30"} <= numbers and len(numbers) >= 99 * 31


@pytest.mark.parametrize("rows", [
    # a numbered list of data (no subclause numbers), a table of three columns, numbers out of order
    [(str(n), f"收费项目{n}：每次{n * 10}元，按实际服务次数结算。") for n in range(1, 9)],
    [(n, "Fee", "Charged per visit at the published rate for the service.") for n, _ in RENTAL if n],
    [(n, t) for n, t in reversed(RENTAL) if n],
])
def test_other_numbered_tables_stay_tables(tmp_path: Path, rows) -> None:
    doc = read_docx(_table_doc(tmp_path / "t.docx", "Price list", rows))
    assert [c.number for c in doc.clauses] == ["正文"]


def test_a_clause_table_inside_a_longer_text_stays_a_table(tmp_path: Path) -> None:
    """A table of numbered rows that holds less than half of a text (a schedule in a policy) is no layout of it."""
    body = ["We aim to give every client a timely, courteous and accurate service in every office and online. " * 3] * 8
    doc = read_docx(_table_doc(tmp_path / "t.docx", "Client Service Charter", RENTAL, body))
    assert not any(c.number == "1.1" for c in doc.iter_clauses())


def test_english_headings_asked_as_questions_are_headings(tmp_path: Path) -> None:
    """Round 221's holiday camp terms (1. How do I book a place at Max, Madness or Mayhem?, 6. What if the holiday is
    cancelled by M+M Holidays?) and round 228's car rental terms (2 Who may drive the vehicle?): each question is the
    place its answer stands under; a sentence that asks no question stays text."""
    lines = ["Booking terms", "1. How do I book a place at Max, Madness or Mayhem?", "You can book online.",
             "2. What if the holiday is cancelled by M+M Holidays?", "We refund every payment in full.",
             "3. Insurance", "You are advised to take out cover. Is your child covered? Ask your insurer."]
    doc = read_docx(plain_docx(tmp_path / "q.docx", lines))
    assert [(c.number, c.title) for c in doc.clauses] == [
        ("1", "How do I book a place at Max, Madness or Mayhem?"),
        ("2", "What if the holiday is cancelled by M+M Holidays?"), ("3", "Insurance")]


def test_english_headings_before_a_colon_are_headings(tmp_path: Path) -> None:
    """Round 230's tour booking terms (3. PAYMENT:, 4. CANCELLATION POLICY:, 1. Discount.Tours WEBSITE:) were read as
    one body unit; a lead-in sentence before a list stays text."""
    lines = ["Tour terms", "1. Discount.Tours WEBSITE:", "The website is free for your non-commercial use.",
             "2. Payment:", "All payments are made in Canadian dollars.", "3. CANCELLATION POLICY:",
             "Customers receive a full refund if they cancel at least 24 hours ahead.",
             "4. You agree to the following rules on every tour:", "Arrive on time."]
    doc = read_docx(plain_docx(tmp_path / "c.docx", lines))
    assert [(c.number, c.title) for c in doc.clauses] == [
        ("1", "Discount.Tours WEBSITE"), ("2", "Payment"), ("3", "CANCELLATION POLICY")]
    assert "You agree to the following rules on every tour:" in doc.plain_text()


def test_a_gbt_draft_keeps_its_one_column_tables(tmp_path: Path) -> None:
    lines = ["养老机构服务规范", "1 范围", "本文件规定了养老机构服务的要求。", "2 规范性引用文件",
             "本文件没有规范性引用文件。", "3 术语和定义", "本文件没有需要界定的术语和定义。", "4 基本要求",
             "4.1 机构应取得合法资质。"]
    framed = [["第一条 机构应建立员工培训制度，新员工上岗前接受岗前培训，培训记录应存档备查。",
               "第二条 机构应对投诉在24小时内响应，并回访老人及家属，回访结果应记录。"]]
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    table = document.add_table(rows=2, cols=1)
    for row, line in zip(table.rows, framed[0]):
        row.cells[0].text = line
    document.save(tmp_path / "g.docx")
    doc = read_docx(tmp_path / "g.docx")
    assert doc.metadata.structure == "gbt" and [c.number for c in doc.clauses] == ["1", "2", "3", "4"]
    assert any(isinstance(b, Table) for c in doc.iter_clauses() for b in c.blocks)


def test_an_unstyled_gbt_draft_keeps_its_chapters(tmp_path: Path) -> None:
    lines = ["养老机构服务规范", "1 范围", "本文件规定了养老机构服务的要求。", "2 规范性引用文件",
             "本文件没有规范性引用文件。", "3 术语和定义", "本文件没有需要界定的术语和定义。", "4 基本要求",
             "4.1 机构应取得合法资质。", "5 服务要求", "5.1 机构应制定服务计划。"]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert doc.metadata.structure == "gbt" and doc.metadata.rules == "GB/T 1.1—2020"
    assert [c.number for c in doc.clauses] == ["1", "2", "3", "4", "5"]
    assert doc.metadata.function == FunctionType.SPECIFICATION


def test_a_front_element_named_inside_the_text_stays_where_it_is(tmp_path: Path) -> None:
    """A standard on the structure of standards lists 引言 as an element name in its text (bench/real
    l04); once the body holds text such a line is the text's, not the document's 引言. Before that,
    a 前言 after 目次 lines read as clauses is still the 前言."""
    lines = ["标准结构化置标框架", "前言", "本文件按照 GB/T 1.1—2020 的规定起草。", "1 范围",
             "本文件规定了标准的结构化置标框架。", "2 规范性引用文件", "本文件没有规范性引用文件。",
             "3 术语和定义", "本文件没有需要界定的术语和定义。", "4 元素", "4.1 标准的元素名称如下：",
             "前言", "引言", "范围", "5 标签", "5.1 标签采用小写字母。"]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert doc.introduction is None
    assert doc.foreword is not None and "GB/T 1.1" in block_text(doc.foreword.blocks[0])
    element_4 = next(c for c in doc.clauses if c.number == "4")
    assert "引言" in " ".join(block_text(b) for c in element_4.children for b in c.blocks)
    assert [c.number for c in doc.clauses] == ["1", "2", "3", "4", "5"]

    toc_first = ["标准结构化置标框架", "目 次", "前言 .. III", "1 范围 ...", "2 规范性引用文件 ..",
                 "附录 A（资料性）示例 27", "A.1 场景一 .. 31", "参考文献 ... 36", "前 言",
                 "本文件按照 GB/T 1.1—2020 的规定起草。", "1 范围", "本文件规定了标准的结构化置标框架。"]
    doc = read_docx(plain_docx(tmp_path / "t.docx", toc_first))
    assert doc.foreword is not None and "GB/T 1.1" in block_text(doc.foreword.blocks[0])


def test_an_english_standard_is_english_and_not_held_to_gb_rules(tmp_path: Path) -> None:
    lines = ["Client Service Charter", "1.0 Purpose of the charter",
             "This charter sets out the standards of service clients can expect from the authority.",
             "2.0 Our obligations", "We will train our staff continuously and measure client satisfaction every year.",
             "3.0 Service recovery", "Complaints are acknowledged within 3 days and resolved within 14 days."]
    result = check_file(plain_docx(tmp_path / "d.docx", lines), load_packs()["excellence-guide"])
    assert result.document.language == "en" and result.document.rules == "none"
    assert result.document.structure == "outline"
    addressed = {i.id for i in result.coverage.items if i.status != "missing"}
    assert addressed, "English cues must find something in an English service charter"
    assert "english" in {code for code, _, _ in result.document.notices()}


@pytest.mark.parametrize(("title", "scope", "expected", "source"), [
    ("物业服务标准", "本文件规定了物业服务的基本要求、服务内容和服务质量要求。", FunctionType.SPECIFICATION, "scope"),
    ("物业服务标准", "本文件给出了物业服务的指导和建议。", FunctionType.GUIDE, "scope"),
    ("物业服务标准", "本文件描述了物业服务的评价方法。", FunctionType.UNKNOWN, ""),
    ("旅游景区服务指南", "本文件规定了景区服务的要求。", FunctionType.GUIDE, "title"),
    # a part: the series' name before 第N部分 names the function (T/CAMET 04011.2, JR/T 0294.1 in bench/real)
    ("城市轨道交通 CBTC互联互通接口规范 第2部分：车地通信协议", "本部分描述了车地通信协议。", FunctionType.SPECIFICATION,
     "title"),
    ("交易报告数据要素指南 第1部分：产品识别码", "本文件描述了产品识别码。", FunctionType.GUIDE, "title"),
    ("信息技术安全评估准则 第5部分：预定义的安全要求包", "本文件描述了安全要求包。", FunctionType.UNKNOWN, ""),
])
def test_the_function_is_told_from_the_title_then_the_scope(tmp_path: Path, title: str, scope: str,
                                                            expected: FunctionType, source: str) -> None:
    body = (rb.para(title, bold=True) + rb.para("1　范围", "1") + rb.para(scope) + rb.para("2　规范性引用文件", "1")
            + rb.para("本文件没有规范性引用文件。") + rb.para("3　要求", "1") + rb.para("机构应建立服务制度。"))
    H = rb.style("1", "heading 1", outline=0)
    doc = read_docx(rb.write_package(tmp_path / "d.docx", body, H))
    assert doc.metadata.function == expected
    assert doc.metadata.function_source == source


def test_a_local_standard_titled_service_standard_is_not_a_guide(tmp_path: Path) -> None:
    body = (rb.para("DB11/T 123—2024") + rb.para("养老机构服务标准", bold=True) + rb.para("1　范围", "1")
            + rb.para("本文件规定了养老机构服务的要求。") + rb.para("2　要求", "1") + rb.para("机构应建立服务制度。"))
    doc = read_docx(rb.write_package(tmp_path / "d.docx", body, rb.style("1", "heading 1", outline=0)))
    assert doc.metadata.function == FunctionType.SPECIFICATION


def test_function_option_overrides(tmp_path: Path) -> None:
    doc = read_docx(plain_docx(tmp_path / "d.docx", REPRO), function=FunctionType.GUIDE)
    assert doc.metadata.function == FunctionType.GUIDE and doc.metadata.function_source == "option"


def test_a_cover_title_on_two_lines_is_joined(tmp_path: Path) -> None:
    body = (rb.para("中华人民共和国国家标准") + rb.para("GB/T 28827.5—XXXX") + rb.para("信息技术服务 运行维护")
            + rb.para("第5部分：桌面及外围设备规范") + rb.para("（征求意见稿）") + rb.para("前　言", "1")
            + rb.para("本文件按照GB/T 1.1—2020的规定起草。") + rb.para("1　范围", "1") + rb.para("本文件规定了要求。"))
    doc = read_docx(rb.write_package(tmp_path / "d.docx", body, rb.style("1", "heading 1", outline=0)))
    assert doc.metadata.title_zh == "信息技术服务 运行维护 第5部分：桌面及外围设备规范"
    assert doc.metadata.function == FunctionType.SPECIFICATION


def test_nothing_read_is_said_not_scored(tmp_path: Path) -> None:
    result = check_file(plain_docx(tmp_path / "d.docx", []), load_packs()["excellence-guide"])
    assert result.document.characters == 0
    assert "nothing-read" in {code for code, _, _ in result.document.notices()}


def test_pdf_extracted_text_keeps_its_gbt_reading(tmp_path: Path) -> None:
    """Spaced-out headings one character a line, a typed 目次 with leader dots (an annex among
    its entries), and bare page numbers, as text copied out of a PDF has them."""
    lines = ["DB2101/T 0079—2023", "政府采购评审专家信用管理规范", "目", "次",
             "前言 ......................... II", "1  范围 ....................... 1",
             "附录A（规范性）  信用等级评定 ........... 4", "II", "前", "言",
             "本文件按照GB/T 1.1—2020的规定起草。", "1", "政府采购评审专家信用管理规范", "1 范围",
             "本文件规定了政府采购评审专家信用管理的要求。", "2 规范性引用文件", "本文件没有规范性引用文件。",
             "3 术语和定义", "本文件没有需要界定的术语和定义。", "4 指导原则", "4.1 信用管理应公开透明。"]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert doc.metadata.structure == "gbt" and doc.metadata.rules == "GB/T 1.1—2020"
    assert doc.has_toc and doc.foreword is not None and doc.annexes == []
    assert [c.number for c in doc.clauses] == ["1", "2", "3", "4"]
    assert doc.clauses[0].title == "范围"


def test_numbered_headings_without_a_scope_are_not_a_gbt_skeleton(tmp_path: Path) -> None:
    lines = ["CLIENT SERVICE CHARTER", "10 th Edition", "2.0 PURPOSE OF THE CHARTER",
             "This charter informs clients of the standards of service they can expect.",
             "3.0 OUR CLIENTS", "Our clients are taxpayers and their agents.",
             "7.1 Registration", "Register with the authority within 15 days."]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert doc.metadata.structure == "outline" and doc.metadata.rules == "none"
    assert [c.number for c in doc.clauses] == ["正文", "2.0", "3.0", "7.1"]  # 10 th Edition is text


def test_an_english_policy_whose_first_chapter_is_scope_is_no_iso_skeleton(tmp_path: Path) -> None:
    # QA pass 7: a company's support policy (1. Scope, 2. Who can contact support?) was held to the ISO
    # Directives, its title lost and its Scope left out of coverage; an ISO document has more of its skeleton
    lines = ["Support Policy", "We are committed to providing a stellar customer experience.", "1. Scope",
             "Free support covers installation and configuration of supported software.",
             "2. Who can contact support?", "Any registered user can open a ticket.", "3. Support hours",
             "Tickets are answered within 24 hours, seven days a week."]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert doc.metadata.structure != "gbt" and doc.metadata.rules == "none"
    iso = ["Support services", "1 Scope", "This document specifies requirements for support services.",
           "2 Normative references", "There are no normative references in this document.", "3 Terms and definitions",
           "No terms and definitions are listed in this document.", "4 Requirements", "Tickets shall be answered within 24 hours."]
    assert read_docx(plain_docx(tmp_path / "iso.docx", iso)).metadata.rules == "ISO/IEC Directives Part 2"


def test_guidelines_the_text_names_make_it_no_guide(tmp_path: Path) -> None:
    # QA pass 7: an accessibility statement naming the Web Content Accessibility Guidelines was called a 指南
    lines = ["Accessibility statement", "This website aims to meet the Web Content Accessibility Guidelines version 2.2 AA.",
             "Feedback", "Tell us if you find a problem: we reply within 5 working days."]
    assert read_docx(plain_docx(tmp_path / "d.docx", lines)).metadata.function == FunctionType.UNKNOWN
    guide = ["Customer care guide", "Purpose", "This document gives guidelines for handling complaints.",
             "Steps", "Acknowledge each complaint within 2 days."]
    assert read_docx(plain_docx(tmp_path / "g.docx", guide)).metadata.function == FunctionType.GUIDE


def test_pdf_text_tables_annex_and_subclause_titles(tmp_path: Path) -> None:
    """A caption whose cells follow as lines is still a table; an annex whose status stands on
    the next line is an annex with its title; typed subclause titles are titles."""
    lines = ["1 范围", "本文件规定了运维服务要求。", "2 服务内容", "2.1 固定计算终端", "2.1.1 服务对象",
             "供方应按服务级别协议提供服务。", "对固定计算终端的监督控制内容见表1，包括但不仅限于：",
             "表1 固定计算终端监督控制内容表", "服务对象", "监督控制内容", "台式计算机", "操作系统变更",
             "附 录 A", "（资料性附录）", "运维服务报告", "A.1 总则", "服务报告是服务改进的依据。"]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    clause = doc.find_clause("2.1.1")
    assert clause is not None and clause.title == "服务对象"
    assert [t.number for t in doc.tables()] == ["1"]
    assert [(a.letter, a.title, a.normative) for a in doc.annexes] == [("A", "运维服务报告", False)]


def test_a_typed_subclause_title_with_a_latin_name_in_brackets_is_a_title(tmp_path: Path) -> None:
    """``8.3.1 读服务器目录服务(GetServerDirectory)`` followed by its subclauses: a title, not an
    untitled clause's text (which lint reported as a hanging paragraph); a provision with a
    bracket stays a provision."""
    lines = ["1 范围", "本文件规定了通信服务。", "2 规范性引用文件", "本文件没有规范性引用文件。", "3 通信服务",
             "3.1 目录服务", "3.1.1 读服务器目录服务(GetServerDirectory)", "3.1.1.1 服务参数", "参数见表1。",
             "3.1.2 时间激活操作终止服务（TimeActivatedOperateTermination）", "3.1.2.1 服务参数", "参数见表2。",
             "3.1.3 服务器应在收到请求(Request)后返回响应。"]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert doc.find_clause("3.1.1").title == "读服务器目录服务(GetServerDirectory)"
    assert doc.find_clause("3.1.2").title == "时间激活操作终止服务（TimeActivatedOperateTermination）"
    assert not doc.find_clause("3.1.1").blocks
    untitled = doc.find_clause("3.1.3")
    assert untitled.title == "" and untitled.blocks[0].text == "服务器应在收到请求(Request)后返回响应。"


def test_unstyled_chapters_count_on_but_table_rows_do_not(tmp_path: Path) -> None:
    lines = ["1 范围", "本文件规定了数据要求。", "2 规范性引用文件", "本文件没有规范性引用文件。", "3 术语和定义",
             "本文件没有需要界定的术语和定义。", "4 UPI 数据要素", "4.1 数据要素应完整。",
             "5 端点北坐标 duandian_X 双精度型 3", "6 数据入库", "6.1 入库前应检查。"]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert [c.number for c in doc.clauses] == ["1", "2", "3", "4"]
    assert doc.clauses[3].title == "UPI 数据要素"  # an acronym in a chapter title is fine


def test_a_continued_table_after_a_page_break_is_the_same_table(tmp_path: Path) -> None:
    document = docx.Document()
    for line in ["1 范围", "本文件规定了接口。", "2 规范性引用文件", "本文件没有规范性引用文件。", "3 接口",
                 "3.1 信息包格式见表1。", "表1 信息包格式定义"]:
        document.add_paragraph(line)
    first = document.add_table(rows=2, cols=2)
    first.cell(0, 0).text, first.cell(1, 0).text = "字段", "长度"
    document.add_paragraph("3.2 发送方应设置序列号。")
    document.add_paragraph("表1 信息包格式定义(续)")
    more = document.add_table(rows=2, cols=2)
    more.cell(0, 0).text, more.cell(1, 0).text = "字段", "类型"
    document.save(str(tmp_path / "d.docx"))
    doc = read_docx(tmp_path / "d.docx")
    tables = doc.tables()
    assert [t.number for t in tables] == ["1"] and [r[0] for r in tables[0].rows] == ["字段", "长度", "类型"]


def test_table_rows_spilled_into_lines_are_not_chapters(tmp_path: Path) -> None:
    lines = ["1 范围", "本文件规定了数据要求。", "2 规范性引用文件", "本文件没有规范性引用文件。", "3 术语和定义",
             "本文件没有需要界定的术语和定义。", "4 数据结构", "4.1 数据属性见表1。", "表1 属性结构表", "序号",
             "字段名称", "5 端点东坐标", "duandian_Y", "6 结点东坐标", "jiedian_Y", "5 数据入库",
             "5.1 入库前应检查数据。"]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert [(c.number, c.title) for c in doc.clauses][-2:] == [("4", "数据结构"), ("5", "数据入库")]


def test_a_gbt_draft_of_unknown_function_says_so(tmp_path: Path) -> None:
    lines = ["物业服务标准", "1 范围", "本文件描述了物业服务的评价方法。", "2 规范性引用文件", "本文件没有规范性引用文件。",
             "3 术语和定义", "本文件没有需要界定的术语和定义。", "4 要求", "4.1 物业企业应建立服务制度。"]
    result = check_file(plain_docx(tmp_path / "d.docx", lines), load_packs()["excellence-guide"])
    assert result.document.function == "unknown" and result.document.rules == "GB/T 1.1—2020"
    assert "function-unknown" in {code for code, _, _ in result.document.notices()}
    assert not [f for f in result.findings if f.rule == "wording.requirement-in-guide"]


def test_pdf_text_of_a_draft_more_shapes(tmp_path: Path) -> None:
    """A draft's plain cover, an empty chapter, 3.2 缩略语, a sentence that starts with 图4,
    an annex title listing its contents, and OCR-spaced annex numbers (A. 2.3)."""
    lines = ["实景三维质检大数据支撑库 时空数据规范", "第 3 部分 检测线", "（草案）", "2025 年 7 月",
             "1 范围", "本文件规定了检测线数据要求。", "2 技术依据", "3 术语和定义", "3.1 术语",
             "3.1.1", "检测线", "用于检测的线要素。", "3.2 缩略语", "ATS：列车自动监控系统", "4 数据交互",
             "4.1 数据交互方式见图4。", "图4 表明了两个线路间互传的数据流，具体如下：", "图4 数据交互方式",
             "附 录 A", "（规范性附录）", "设备类型定义、设备色码定义、列车信息识别号字段说明",
             "A.1 设备类型", "设备类型见下文。", "A. 2 色码", "色码见下文。"]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert doc.has_cover
    assert [c.number for c in doc.clauses] == ["1", "2", "3", "4"]
    terms = doc.find_clause("3")
    assert "3.2" in [c.number for c in terms.walk()]
    assert [f.number for _, f in doc.iter_blocks() if f.type == "figure"] == ["4"]
    annex = doc.annexes[0]
    assert annex.title.startswith("设备类型定义") and [c.number for c in annex.children] == ["A.1", "A.2"]


def test_a_styled_annex_heading_whose_title_lost_its_style(tmp_path: Path) -> None:
    """A PDF converted with pandoc: 附录 C is a heading, its status and title plain lines, C.1 a
    heading again. The plain line is the annex title, not a hanging paragraph (GB/T 43851—2024)."""
    styles = rb.style("1", "heading 1", outline=0, bold=True) + rb.style("2", "heading 2", outline=1, bold=True)
    body = "".join([
        rb.para("1　范围", "1"), rb.para("本文件规定了制造物流系统互联互通的通用要求。"),
        rb.para("附录 C", "1"), rb.para("(资料性)"), rb.para("制造物流系统业务数据"),
        rb.para("C.1 基础数据管理相关业务数据", "2"), rb.para("基础数据主要包括物料基础数据。"),
        rb.para("附录 D", "1"), rb.para("(资料性)"), rb.para("本附录给出示例，不含条。"),
    ])
    doc = read_docx(rb.write_package(tmp_path / "d.docx", body, styles))
    assert [(a.letter, a.title) for a in doc.annexes] == [("C", "制造物流系统业务数据"), ("D", "")]
    assert [c.number for c in doc.annexes[0].children] == ["C.1"]
    # a sentence after the status line stays the annex's text
    assert "本附录给出示例，不含条。" in [getattr(b, "text", "") for b in doc.annexes[1].blocks]


def test_plain_annex_headings_without_status_lines(tmp_path: Path) -> None:
    """A PDF's text of a draft whose annexes are plain lines, no status, no style (附录 A 标题): they
    are annexes in letter order; a line about an annex (附录B给出……) or out of order is not."""
    lines = ["1 范围", "本文件规定了标志性地物的选取要求。", "2 选取要求", "标志性地物的代码见附录A，属性见附录B。",
             "附录B给出了属性", "附录 A 标志性地物基础地理实体及代码表", "基础地理实体分类与代码",
             "附录 C 不按顺序的一行", "附录 B 标志性地物基本属性", "序号 属性项名称 字段类型"]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert [(a.letter, a.title) for a in doc.annexes] == [("A", "标志性地物基础地理实体及代码表"), ("B", "标志性地物基本属性")]
    result = check_file(plain_docx(tmp_path / "d.docx", lines), load_packs()["excellence-guide"])
    dangling = [f.message for f in result.findings if f.rule == "reference.dangling-object"]
    assert not [m for m in dangling if "附录A" in m or "附录B" in m], dangling


def test_the_text_of_a_word_equation_is_read(tmp_path: Path) -> None:
    from docx.oxml import parse_xml

    document = docx.Document()
    paragraph = document.add_paragraph("高程的数字记录格式为：")
    paragraph._p.append(parse_xml(
        '<m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math">'
        "<m:r><m:t>±×××.×××</m:t></m:r></m:oMath>"))
    paragraph.add_run("，单位为米。")
    document.save(tmp_path / "d.docx")
    assert "高程的数字记录格式为：±×××.×××，单位为米。" in all_text(read_docx(tmp_path / "d.docx"))


def test_a_plain_table_caption_in_a_styled_draft(tmp_path: Path) -> None:
    """Pandoc from a PDF: the caption is a plain paragraph and the table's rows follow as headings
    and lines; the caption still makes 表1 exist (GB/T 1.1 drafts refer to it)."""
    styles = rb.style("1", "heading 1", outline=0, bold=True)
    body = "".join([rb.para("7　数据结构", "1"), rb.para("数据结构如表1。"), rb.para("表1 标志性地物子库数据结构"),
                    rb.para("编号 数据层名 类型"), rb.para("1 BZXDW_P 点层", "1")])
    doc = read_docx(rb.write_package(tmp_path / "d.docx", body, styles))
    assert [(t.number, t.title) for t in doc.tables()] == [("1", "标志性地物子库数据结构")]


def test_a_caption_only_table_survives_writing(tmp_path: Path) -> None:
    from authoring.docx.write import write_docx
    from authoring.document import Clause, Paragraph, StandardDocument, Table

    doc = StandardDocument(clauses=[Clause(number="1", title="范围", blocks=[
        Paragraph(text="属性见表1。"), Table(number="1", title="属性结构表", rows=[])])])
    write_docx(doc, tmp_path / "w.docx")
    back = read_docx(tmp_path / "w.docx")
    assert [(t.number, t.title, t.rows) for t in back.tables()] == [("1", "属性结构表", [])]


def test_an_iso_format_english_draft_is_judged_by_the_iso_directives(tmp_path: Path) -> None:
    lines = ["ISO/CD 12345", "Service excellence — Requirements", "Foreword",
             "ISO (the International Organization for Standardization) is a worldwide federation.",
             "1 Scope", "This document specifies requirements for service excellence.", "2 Normative references",
             "There are no normative references in this document.", "3 Terms and definitions",
             "No terms and definitions are listed in this document.", "4 Requirements",
             "4.1 The organization shall measure customer satisfaction every year."]
    result = check_file(plain_docx(tmp_path / "d.docx", lines), load_packs()["excellence-guide"])
    assert result.document.rules == "ISO/IEC Directives Part 2" and result.document.language == "en"
    assert result.document.function == "规范"
    assert not [f for f in result.findings if f.rule.startswith("boilerplate.") or f.location == "封面"]
    assert {"5.8", "7.3"} & {i.id for i in result.coverage.items if i.status != "missing"}



def test_an_iso_drafts_cover_names_it(tmp_path: Path) -> None:
    """The ISO CD of ../shared read with no title at all (report header '(untitled)'): its cover (reference, date,
    committee, secretariat, English and French titles) was no cover to the reader. It is now, the labelled
    fields are no title, and a CD stays a draft, not a published standard."""
    lines = ["ISO/CD XXXXX", "Date: 202X-XX-XX", "ISO/TC XXX/WG XX", "Secretariat: XXX",
             "Intelligent regulation and control systems for water networks — Technical requirements",
             "Systèmes de régulation et de contrôle intelligents des réseaux d’eau — Exigences techniques",
             "Foreword", "ISO (the International Organization for Standardization) is a worldwide federation.",
             "1 Scope", "This document specifies requirements for water network control.", "2 Normative references",
             "There are no normative references in this document.", "3 Terms and definitions",
             "No terms and definitions are listed in this document.", "4 Requirements",
             "4.1 The operator shall measure customer satisfaction every year."]
    result = check_file(plain_docx(tmp_path / "d.docx", lines), load_packs()["excellence-guide"])
    assert result.document.title == "Intelligent regulation and control systems for water networks — Technical requirements"
    assert result.document.rules == "ISO/IEC Directives Part 2"
    assert read_docx(tmp_path / "d.docx").metadata.stage != "发布稿"
    assert not [f for f in result.findings if f.rule.startswith("boilerplate.") or f.location == "封面"]

def test_pdf_text_round_two_shapes(tmp_path: Path) -> None:
    """An annex heading spread over three lines (附 / 录 / A) with its status and title below,
    a clause title holding a colon (D.2 资产类别：信用), a continued table whose （续） an OCR
    layer read as (表), and a 參考文獻 heading in traditional characters."""
    document = docx.Document()
    for line in ["1 范围", "本文件规定了评价方法。", "2 规范性引用文件", "本文件没有规范性引用文件。",
                 "3 术语和定义", "本文件没有需要界定的术语和定义。", "4 评价", "4.1 评分见表1。",
                 "表1 评分表"]:
        document.add_paragraph(line)
    first = document.add_table(rows=2, cols=2)
    first.cell(0, 0).text, first.cell(1, 0).text = "指标", "服务态度"
    document.add_paragraph("表1 评分表(表)")
    more = document.add_table(rows=2, cols=2)
    more.cell(0, 0).text, more.cell(1, 0).text = "指标", "响应时间"
    for line in ["附", "录", "A", "（规范性）", "信用等级评定", "A.1 概述", "评定按表A.1进行。",
                 "A.2 资产类别：信用", "信用类资产的示例见本条。", "A.3 要求：应逐项评分", "參 考 文 獻",
                 "[1] GB/T 19001—2016 质量管理体系 要求"]:
        document.add_paragraph(line)
    document.save(str(tmp_path / "d.docx"))
    doc = read_docx(tmp_path / "d.docx")
    assert [(a.letter, a.normative, a.title) for a in doc.annexes] == [("A", True, "信用等级评定")]
    assert [(c.number, c.title) for c in doc.annexes[0].children] == [
        ("A.1", "概述"), ("A.2", "资产类别：信用"), ("A.3", "")]
    tables = doc.tables()
    assert [t.number for t in tables] == ["1"] and [r[0] for r in tables[0].rows] == ["指标", "服务态度", "响应时间"]
    assert doc.bibliography is not None and [r.designation for r in doc.bibliography] == ["GB/T 19001—2016"]


def test_pdf_text_page_flow_shapes(tmp_path: Path) -> None:
    """A caption standing apart from its table (moved by the page flow), a list item broken by
    a page break drawn as ---, and a chapter heading after a term's source whose first line of
    text is cut at the PDF's line end."""
    lines = ["1 范围", "本文件规定了数据要求。", "2 规范性引用文件", "本文件没有规范性引用文件。", "3 术语和定义",
             "3.1", "时空大数据 spatio-temporal big data", "描述地理实体的时间、空间和专题特征的数据集。",
             "[来源：GB/T 42528—2023，3.1]", "4 时空数据分类",
             "时空数据作为重要质检支撑数据由背景数据、标准数据及资源数据组成，如", "图1所示。",
             "4.1 通信中断的处理应符合表2，倒机切换逻辑如下：",
             "1）主机与备机只有在完成同步以后才应与对方进行通信联系；",
             "2）主机与相邻主机只有在主机之间的通信连接发生故障以", "---",
             "后才应进行倒机切换。备机之间的通信中断后只报警而不倒机。", "表2 路面漆检测线属性结构表",
             "4.2 数据应每季度更新。"]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert [(c.number, c.title) for c in doc.clauses] == [
        ("1", "范围"), ("2", "规范性引用文件"), ("3", "术语和定义"), ("4", "时空数据分类")]
    clause = doc.clauses[3].children[0]
    lists = [b for b in clause.blocks if b.type == "list"]
    assert len(lists) == 1 and lists[0].items[-1].text.endswith("只报警而不倒机。")
    assert [t.number for t in doc.tables()] == ["2"]


def test_an_iso_document_in_chinese_translation_is_judged_by_iso_rules(tmp_path: Path) -> None:
    """A 前言 that is ISO's foreword translated, chapter 2 named 标准参考文献, and a clause title
    that enumerates nouns with 、 (4.1.3 权限、职责和沟通)."""
    lines = ["前言", "ISO（国际标准化组织）和IEC（国际电工委员会）是为国际标准化制定专门体制的国际组织。",
             "ISO/IEC 20000-1由ISO/IEC JTC 1 信息技术联合技术委员会SC 7分委员会制定。",
             "1 范围", "本部分规定了服务管理体系的要求。", "2 标准参考文献", "本条款中没有引用标准参考文献。",
             "3 术语和定义", "下列术语和定义适用于本文件。", "4 服务管理体系通用要求", "4.1 管理职责",
             "4.1.1 总则", "组织应建立服务管理体系。", "4.1.2 方针", "最高管理者应制定服务管理方针。",
             "4.1.3 权限、职责和沟通", "最高管理者应确保规定服务管理的权限和职责。",
             "4.2 其他方运行过程的治理", "组织应识别由其他方运行的过程。"]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert doc.metadata.rules == "ISO/IEC Directives Part 2"
    assert doc.clauses[3].children[0].children[2].title == "权限、职责和沟通"
    result = check_file(tmp_path / "d.docx", load_packs()["excellence-guide"])
    rules = {f.rule for f in result.findings if f.severity in ("error", "warning")}
    assert not rules & {"structure.missing-element", "structure.mixed-titles", "boilerplate.foreword"}, rules
    lines[0:3] = ["前言", "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。"]
    assert read_docx(plain_docx(tmp_path / "g.docx", lines)).metadata.rules == "GB/T 1.1—2020"


def test_the_summary_names_only_a_number_the_draft_prints(tmp_path: Path) -> None:
    from authoring.check import summarise

    body = ["1 范围", "本文件规定了服务要求。", "2 规范性引用文件", "本文件没有规范性引用文件。",
            "3 术语和定义", "本文件没有需要界定的术语和定义。", "4 要求", "4.1 机构应建立服务制度。"]
    assert summarise(read_docx(plain_docx(tmp_path / "a.docx", body))).number == ""
    covered = ["ICS 03.080", "DB11/T 1234—2020", "养老机构服务规范", *body]
    assert summarise(read_docx(plain_docx(tmp_path / "b.docx", covered))).number == "DB11/T 1234—2020"


def test_an_ietf_rfc_in_chapter_2_is_a_listed_reference(tmp_path: Path) -> None:
    # GB/T 40953—2021: chapter 2 lists only IETF RFC 3986—2005; no lead-in finding, none uncited.
    from authoring.lint import run_lint

    lines = ["数字版权保护 版权资源加密与封装", "1 范围", "本文件规定了版权资源加密与封装的要求。", "2 规范性引用文件",
             "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，"
             "仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。",
             "IETF RFC 3986—2005 统一资源标识符[Uniform Resource Identifier（URI）：Generic Syntax]",
             "3 术语和定义", "本文件没有需要界定的术语和定义。", "4 要求", "4.1 资源标识应符合IETF RFC 3986—2005的规定。"]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    normref = next(c for c in doc.clauses if c.number == "2")
    assert [b.designation for b in normref.blocks if b.type == "reference"] == ["IETF RFC 3986—2005"]
    rules = {f.rule for f in run_lint(doc)}
    assert "boilerplate.normative-lead-in" not in rules and "reference.uncited-normative" not in rules


def test_a_plain_index_heading_ends_the_bibliography(tmp_path: Path) -> None:
    # GB/T 29262—2012 as text copied out of a PDF: 參 考 文 献, two entries, then 索引 and its entries.
    lines = ["信息技术 面向服务的体系结构(SOA) 术语", "1 范围", "本标准界定了SOA的术语。", "2 术语和定义",
             "2.1", "服务 service", "完成一定功能的软件实体。", "參 考 文 献", "[1] GB/T 11457—2006 信息技术 软件工程术语",
             "[2] SJ/T 11409—2009 软件构件模型", "索引", "服务……2.1", "GB/T 29262-2012"]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert [r.designation for r in doc.bibliography] == ["GB/T 11457—2006", "SJ/T 11409—2009"]


def test_a_standard_older_than_gbt_1_1_2009_is_not_held_to_its_set_sentences(tmp_path: Path) -> None:
    # GB/T 19667.1—2005: no edition declared, the 2000-era 前言 and lead-ins, annex B named only in the 前言.
    lines = ["GB/T 19667.1—2005", "基于XML的电子公文格式规范　第1部分：总则", "前言",
             "本部分的附录A、附录B为资料性附录。", "本部分由国务院办公厅秘书局提出。",
             "1 范围", "本部分规定了电子公文的格式。", "2 规范性引用文件",
             "下列文件中的条款通过GB/T 19667的本部分的引用而成为本部分的条款。", "GB/T 18793—2002 信息技术 可扩展置标语言(XML) 1.0",
             "3 术语和定义", "GB/T 18793—2002中确立的以及下列术语和定义适用于GB/T 19667的本部分。",
             "3.1", "电子公文 electronic official document", "以电子形式存在的公文。",
             "4 要求", "4.1 电子公文应符合GB/T 18793—2002的规定，层次模型见附录A。",
             "附录A", "（资料性附录）", "图型符号", "A.1 实线表示必选元素。",
             "附录B", "（资料性附录）", "参与单位", "B.1 中国电子技术标准化研究所"]
    from authoring.check import check_document
    from authoring.lint import run_lint

    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert doc.metadata.rules == "GB/T 1.1—2000"
    rules = {f.rule for f in run_lint(doc)}
    assert not {r for r in rules if r.startswith("boilerplate.")} and "reference.unreferenced-annex" not in rules
    result = check_document(doc, load_packs().get("excellence-guide"))
    assert "older-edition" in [code for code, _, _ in result.document.notices()]
    lines[1:1] = ["本标准按照GB/T 1.1—2009给出的规则起草。"]  # declared: judged by 2009
    assert read_docx(plain_docx(tmp_path / "e.docx", lines)).metadata.rules == "GB/T 1.1—2009"


def test_the_same_subheading_under_every_numbered_point_is_told_apart(tmp_path: Path) -> None:
    # The GOV.UK Service Standard: every point has "Why it's important" and "What it means".
    body = rb.para("Service Standard", bold=True)
    for n, point in enumerate(["Understand users and their needs", "Solve a whole problem for users"], 1):
        body += rb.para(f"{n}. {point}", "1")
        for sub, text in (("Why it's important", "Users expect services to work."),
                          ("What it means", "Service teams should test with users regularly.")):
            body += rb.para(sub, "2") + rb.para(text)
    styles = rb.style("1", "heading 1", outline=0) + rb.style("2", "heading 2", outline=1)
    doc = read_docx(rb.write_package(tmp_path / "d.docx", body, styles))
    located = [c.number for c in doc.iter_clauses() if c.title.startswith(("Why", "What"))]
    assert len(set(located)) == 4 and located[0].startswith("1") and located[-1].startswith("2")


@pytest.mark.parametrize(("lines", "title"), [
    (["https://www.example.edu/writing-center/faq", "Writing Center FAQ", "We answer every request within 2 days."],
     "Writing Center FAQ"),  # a captured page's address above its title
    (["layout: policy", "title:  Complaints Policy", "date:   2021-05-20 17:39:27 +0100", "We answer every complaint."],
     "Complaints Policy"),  # a Markdown front matter typed as lines: its title key, after another key
    (["section: \"features\"", "title: \"How we support the platform and our tenants today\"", "We answer."],
     "How we support the platform and our tenants today"),  # a title key longer than a typed title may be
    (["{#ref-support}", "User Support Policies", "We answer every request within 2 days."], "User Support Policies"),
    (["<%= partial \"ga\" %>", "We answer every request within 2 days."], ""),  # template code is no title
    (["title: how-quickly-our-support-team-will-respond", "displayName: Technical support",
      "We answer every request within 2 working days."], ""),  # a slug
    # QA pass 20, A3: a nested front-matter value, another key named for the title, an apostrophe, code
    (["title: how-we-respond", "toc:", '   --1--Your billing plan: "billing-plan"', "We answer every request."], ""),
    (["ID: 1244", "post_title: Office of the Ombudsman", "We answer every request within 2 working days."],
     "Office of the Ombudsman"),
    (["title: Protect users' privacy", "We answer every request within 2 working days."], "Protect users' privacy"),
    (["title: Complaints", "We answer every request within 2 working days."], "Complaints"),
    (["import React from 'react'", "We answer every request within 2 working days."], ""),
    # QA pass 21, B: a web template's own code above the title, or setting it
    (['{% extends "content_template.html" %}', "{% block per_page_title %}", "Delivery times", "{% endblock %}",
      "We send 95% of text messages within 10 seconds."], "Delivery times"),
    (['{% extends "layouts/app-layout.njk" %}', '{% set pageTitle = "BSL quality assurance standard" %}',
      '{% set pageSection = "Content guide" %}', "Make sure every video is checked by a Deaf translator."],
     "BSL quality assurance standard"),
    # QA pass 22, A4: a page's frame is never its title, and the title may stand under it
    (["Print this policy", "Our library lends books to every resident free of charge."], ""),
    (["Skip to main content", "Home > Services > Complaints", "Complaints policy", "We answer every complaint."],
     "Complaints policy"),
])
def test_a_web_pages_title_is_found_past_its_address_and_front_matter(tmp_path: Path, lines: list[str],
                                                                      title: str) -> None:
    """QA pass 19, A7: an English page copied with its address, its front matter or an anchor line above the title
    was called (untitled), "title: Due Process" or "{#ref-support}" in every report."""
    assert read_docx(plain_docx(tmp_path / "d.docx", lines)).body_title == title


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Our support staff is available to provide guidance on technical issues.", FunctionType.UNKNOWN),
    ("This document provides guidance on running a support desk.", FunctionType.GUIDE),
])
def test_an_english_text_is_a_guide_only_when_it_says_it_gives_guidance(tmp_path: Path, sentence: str,
                                                                        expected: FunctionType) -> None:
    """QA pass 19, A7: a support policy whose staff "provide guidance on technical issues" was told a 指南 (guide)."""
    lines = ["User Support Policies", sentence, "We respond to every request within 2 working days."]
    assert read_docx(plain_docx(tmp_path / "d.docx", lines)).metadata.function == expected


def test_styled_headings_after_a_leading_table_are_the_texts_places(tmp_path: Path) -> None:
    """A web page turned into Word (bench/real m05, h05) opens with a table of its metadata, then
    its title and sections as styled headings: the sections are the places evidence points to."""
    body = rb.table([["title:", "Our Commitment To Quality Service"]])
    body += rb.para("Our Commitment to Quality Service", "1")
    for heading, text in (("Your Satisfaction, Our Pride", "We are committed to provide excellent service."),
                          ("Our Service Standards", "We reply to enquiries within 3 working days."),
                          ("Delighting Our Customers", "We survey our customers regularly.")):
        body += rb.para(heading, "2") + rb.para(text)
    styles = rb.style("1", "heading 1", outline=0) + rb.style("2", "heading 2", outline=1)
    doc = read_docx(rb.write_package(tmp_path / "d.docx", body, styles))
    assert doc.body_title == "Our Commitment to Quality Service"
    placed = {c.title: [block_text(b) for b in c.blocks] for c in doc.iter_clauses() if c.title}
    assert placed["Our Service Standards"] == ["We reply to enquiries within 3 working days."]
    assert list(placed) == ["Your Satisfaction, Our Pride", "Our Service Standards", "Delighting Our Customers"]


def test_an_ocr_contents_list_with_thinned_leaders_stays_a_contents_list(tmp_path: Path) -> None:
    """OCR leaves a 目次 with one or two dots, or none, before the page number (bench/real l02): its
    annex lines are no annexes, and the body's long chapter titles and colon titles are read."""
    lines = ["区域性股权市场分布式数字身份技术规范", "目 次", "前言 .. III", "1 范围 ...", "2 规范性引用文件 ..",
             "3 术语和定义 .. 1", "4 缩略语 . 3", "5 区域性股权市场分布式数字身份的关键业务流程 17", "5.1 DID 的创建 .. 17",
             "附录 A（资料性）区域性股权市场 DID系统部署示例 27", "附录 B（资料性）区域性股权市场可验证凭证示例 . 31",
             "B.1 场景一：合格投资者认证 .. 31", "参考文献 ... 36",
             "前 言", "本文件按照 GB/T 1.1—2020 的规定起草。", "1 范围", "本文件规定了分布式数字身份的技术要求。",
             "2 规范性引用文件", "本文件没有规范性引用文件。", "3 术语和定义", "本文件没有需要界定的术语和定义。",
             "4 缩略语", "DID：分布式数字身份标识符", "5 区域性股权市场分布式数字身份的关键业务流程", "5.1 DID 的创建",
             "实体应向管理机构提交创建申请。", "附录 A", "（资料性）", "区域性股权市场 DID系统部署示例", "系统由节点组成。",
             "附录 B", "（资料性）", "区域性股权市场可验证凭证示例", "B.1 场景一：合格投资者认证", "投资者出示凭证。",
             "B.2 场景二：征信数据查询授权证明", "机构出示授权。"]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert [c.number for c in doc.clauses] == ["1", "2", "3", "4", "5"]
    assert doc.clauses[4].title == "区域性股权市场分布式数字身份的关键业务流程"
    assert [a.letter for a in doc.annexes] == ["A", "B"]
    assert [c.title for c in doc.annexes[1].children] == ["场景一：合格投资者认证", "场景二：征信数据查询授权证明"]


def test_an_annex_title_on_its_status_line(tmp_path: Path) -> None:
    lines = ["标准结构化置标框架", "1 范围", "本文件规定了置标框架。", "XML 模式文件说明见附录 A。", "附录 A",
             "（资料性附录）  国家标准结构化处理 XML 模式文件说明", "模式文件如下。"]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert [(a.letter, a.title, a.normative) for a in doc.annexes] == [("A", "国家标准结构化处理 XML 模式文件说明", False)]


def test_an_enterprise_standard_with_numbers_on_their_own_lines(tmp_path: Path) -> None:
    """Q/CUP 045.0—2014 as its PDF extracts (bench/real m02): each chapter number on a line of its
    own above the title, page numbers alone on lines too, enterprise (Q/) references, no edition
    declared in 2014 — read with its chapters, its references, and judged by GB/T 1.1—2009."""
    lines = ["中国银联股份有限公司企业标准", "Q/CUP 045.0—2014", "中国银联IC卡技术规范 第0部分：术语与定义",
             "2014-11-30 发布", "2014-11-30 实施", "前    言", "本部分由中国银联股份有限公司提出。",
             "Q/CUP 045.0-2014", "4", "中国银联IC卡技术规范 第0部分：术语与定义",
             "1", "范围", "Q/CUP 045的本部分规定了术语与缩略语。",
             "2", "规范性引用文件", "下列文件对于本文件的应用是必不可少的。",
             "Q/CUP 045.1 中国银联IC卡技术规范 第1部分：借记/贷记应用规范",
             "3", "术语与定义", "下列术语与定义适用于Q/CUP 045.1。", "3.1", "报文 message", "由终端向卡发出的字节串。"]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert [(c.number, c.title) for c in doc.clauses] == [("1", "范围"), ("2", "规范性引用文件"), ("3", "术语与定义")]
    assert [r.designation for c in doc.clauses for r in c.blocks if hasattr(r, "designation")] == ["Q/CUP 045.1"]
    assert doc.metadata.rules == "GB/T 1.1—2009"
    lines[1:1] = ["本部分按照GB/T 1.1—2020给出的规则起草。"]  # declared: judged by what it declares
    assert read_docx(plain_docx(tmp_path / "e.docx", lines)).metadata.rules == "GB/T 1.1—2020"


def test_an_annex_heading_whose_status_line_was_lost(tmp_path: Path) -> None:
    """JR/T 0314—2024 as its PDF extracts (bench/real z05): annex D's heading is ``附 录 D`` above its
    title with no status line, and its first subclause D.1 follows. It is annex D, so its figures
    are D's and annex E is not out of order; a sentence naming annex D, or a bare letter line with
    no D.1 after it, opens nothing."""
    lines = ["区域性股权市场跨链技术规范", "1 范围", "本文件规定了跨链技术要求。", "附录D给出了数据对象JSON模式参考示例。",
             "附 录 C", "（资料性）", "数据对象生命周期管理参考示例", "图C.1 数据对象生命周期管理参考",
             "附 录 D", "数据对象 JSON模式参考示例", "D.1 数据对象JSON模式基本使用流程", "使用流程如下。",
             "图D.1 在线格式校验参考", "校验代码如下。", "图 D.2 本地格式校验参考", "图 D.2 本地格式校验参考（续）",
             "附 录 E（资料性）数据对象快照存证参考示例", "存证记录包含图E.1 所示的属性。"]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert [(a.letter, a.title, a.normative) for a in doc.annexes] == [
        ("C", "数据对象生命周期管理参考示例", False), ("D", "数据对象 JSON模式参考示例", False),
        ("E", "数据对象快照存证参考示例", False)]
    assert [c.number for c in doc.annexes[1].children] == ["D.1"]
    figures = [b.number for c in doc.annexes[1].children for b in c.blocks if type(b).__name__ == "Figure"]
    assert figures == ["D.1", "D.2"], "a figure continued over a page break (图 D.2 …（续）) is one figure"
    no_subclause = lines[:10] + ["使用流程如下。"]
    assert [a.letter for a in read_docx(plain_docx(tmp_path / "e.docx", no_subclause)).annexes] == ["C"]


def test_a_web_pages_contents_list_is_no_text(tmp_path: Path) -> None:
    """A policy page converted with its ``## Table of Contents`` (bench/real z02, b12): the links
    listed under it are the headings, not provisions; the list ends at the next heading, even one
    that reads as a label (``VISION:``)."""
    document = docx.Document()
    document.add_paragraph("Repository Policies", style="Heading 1")
    document.add_paragraph("For questions about these policies, contact us.")
    document.add_paragraph("Table of Contents", style="Heading 2")
    for line in ("Requirements for Deposit", "Curation Policy", "Preservation Policy"):
        document.add_paragraph(line, style="List Bullet")
    document.add_paragraph("VISION:", style="Heading 2")
    document.add_paragraph("A trusted repository for the university's research.")
    document.add_paragraph("Requirements for Deposit", style="Heading 2")
    document.add_paragraph("Works must be produced by a member of the university.")
    document.save(str(tmp_path / "p.docx"))
    doc = read_docx(tmp_path / "p.docx")
    text = doc.plain_text()
    assert "Curation Policy" not in text and "Preservation Policy" not in text
    assert "A trusted repository for the university's research." in text
    assert "Works must be produced by a member of the university." in text


def test_a_label_line_of_a_text_without_headings_is_no_evidence_alone(tmp_path: Path) -> None:
    """A service-level agreement typed without headings (bench/real z01) is read as one unit; its
    label lines (Roles and responsibilities) head what follows them, so a label whose text says
    nothing of the item is no evidence, and one whose text does counts with it."""
    from authoring.coverage.units import typed_heading

    lines = ["Service-level agreement", "This agreement sets out the forms service we provide to departments.",
             "Roles and responsibilities", "The platform is available 24 hours a day, 7 days a week.",
             "Uptime guarantee", "We guarantee 99.0% uptime, measured every calendar quarter.",
             "How complaints   about the service are handled", "We respond to every complaint within 2 working days."]
    result = check_file(plain_docx(tmp_path / "d.docx", lines), load_packs()["excellence-guide"])
    assert result.document.structure == "none"
    cited = {e.excerpt for i in result.coverage.items for e in i.evidence}
    assert "Roles and responsibilities" not in cited and "Uptime guarantee" not in cited
    # and a label names the place of what follows it, where a reader can find it
    places = {e.location for i in result.coverage.items for e in i.evidence if "99.0%" in e.excerpt}
    assert places == {"Uptime guarantee"}, places
    # named in full, its spaces tidied: a label cut at 30 characters (How complaints about the ser) read as a slip
    places = {e.location for i in result.coverage.items for e in i.evidence if "complaint within" in e.excerpt}
    assert places == {"How complaints about the service are handled"}, places
    assert typed_heading("Roles and responsibilities") and typed_heading("服务承诺")
    assert not typed_heading("- Handling support requests") and not typed_heading("We respond within 2 days.")
    # a hard-wrapped line that leaves a bracket open is no label (round 217's removal terms: "…may / involve certain
    # members of the Relohub Group (including / Transglobal) and…" named the places of the text after it)
    assert not typed_heading("involve certain members of the Group (including")
    assert not typed_heading("服务范围（包括")
    assert typed_heading("Contact us (UK)") and typed_heading("服务承诺（试行）")
    # a label in title case before its text, with its colon (round 217's swim team: Liability:, Apparel/Equipment:),
    # names the place without it; a lead-in sentence (Prices assume:) or a line with a link is none
    assert typed_heading("Swimmer Registration & Program Payment:") and typed_heading("Apparel/Equipment:")
    assert not typed_heading("Prices assume:") and not typed_heading("The Client must provide:")
    assert not typed_heading("See http://www.example.com/accessibility/")
    labelled = ["Swim Team Policies", "The programme runs from May to August each year for members.", "Liability:",
                "The parent accepts the risks of the sport.", "Feedback:", "We survey parents at the end of each season "
                "and use their feedback to improve the programme."]
    result = check_file(plain_docx(tmp_path / "l.docx", labelled), load_packs()["excellence-guide"])
    places = {e.location for i in result.coverage.items for e in i.evidence if "survey" in e.excerpt}
    assert places == {"Feedback"}, places
    # one under a label line is part of its place (b11: Notice of Disruptions in Service, then Posting of
    # Notifications:); one that stands again and again (b09's Actions: under each outcome) names no place
    from authoring.coverage.units import document_units
    nested = ["Customer Service Policy", "The policy applies to every store and to every customer we serve.",
              "Notice of Disruptions in Service", "We tell customers when a service is unavailable.",
              "Posting of Notifications:", "Notices are posted at the entrance within 24 hours of a disruption.",
              "Outcome 1 Dignity", "Actions:", "Staff treat each customer with respect.", "Outcome 2 Feedback",
              "Actions:", "We survey customers each year and use their feedback to improve the service."]
    units = document_units(read_docx(plain_docx(tmp_path / "n.docx", nested)))
    titles = {u.text: u for u in units if u.is_title}
    posted = next(i for i, u in enumerate(units) if "entrance" in u.text)
    notice = next(i for i, u in enumerate(units) if u.is_title and u.text == "Notice of Disruptions in Service")
    assert units[posted].location == "Posting of Notifications" and notice < posted < units[notice].end
    assert "Actions:" not in titles
    assert {u.location for u in units if "survey" in u.text} == {"Outcome 2 Feedback"}


def test_an_faq_pages_questions_name_the_places_of_their_answers(tmp_path: Path) -> None:
    """QA pass 19, A6: an FAQ page typed without headings had every place named by its one label line (Frequently Asked
    Questions); each question on a line of its own now names the answer under it. A bare link line or a web template's
    placeholder (<%=current_page.data.title%>) names no place."""
    from authoring.coverage.units import typed_heading

    lines = ["https://www.example.edu/writing-center/faq", "Writing Center FAQ", "Frequently Asked Questions",
             "How do I schedule a session?", "You can make an appointment online; we respond to every request within "
             "2 working days.", "What if I have a suggestion for the Writing Center?",
             "Tell your tutor: we use your feedback to improve the service.", "<https://example.org/guide>",
             "We publish a satisfaction survey of users each year."]
    result = check_file(plain_docx(tmp_path / "d.docx", lines), load_packs()["excellence-guide"])
    places = {e.location for i in result.coverage.items for e in i.evidence if "feedback" in e.excerpt}
    assert places == {"What if I have a suggestion for the Writing Center?"}, places
    places = {e.location for i in result.coverage.items for e in i.evidence if "survey" in e.excerpt}
    assert places and not any("example.org" in p for p in places), places
    assert typed_heading("Is there a limit to how often I can have an appointment?")
    assert not typed_heading("<https://example.org/guide>") and not typed_heading("<%=current_page.data.title%>")
    assert not typed_heading("Why? We ask because it helps.") and not typed_heading("是否需要预约？")
    # QA pass 20, A1/A2: a front matter's keys, an attribute line, an e-mail address, a Markdown link name no place
    for line in ("date: 2024-01-01", "policy: >-", "{: #sla_enterprise}", "ombudsman@example.org",
                 "[Contact us](https://example.org/contact)", "ID: 1244", "Tel: 01430 876000"):
        assert not typed_heading(line), line


def _typed_with_foreword(tmp_path: Path, last_of_foreword: str) -> StandardDocument:
    lines = ["前言", "本文件按照GB/T 1.1—2020给出的规则起草。", "本文件由全国服务标准化技术委员会提出并归口。",
             last_of_foreword, "1 范围", "本文件规定了养老机构提供服务的要求。", "2 规范性引用文件",
             "本文件没有规范性引用文件。", "3 术语和定义", "本文件没有需要界定的术语和定义。",
             "4 基本要求", "机构应建立服务质量管理制度。"]
    return read_docx(plain_docx(tmp_path / "d.docx", lines))


def test_a_plain_title_between_the_foreword_and_chapter_1_is_the_body_title(tmp_path: Path) -> None:
    """bench/real: in 25 typed or converted drafts (GB/T 35282, GB/T 32905 …) the title on the first
    body page lost its centring and bold and was read as the 前言's last paragraph, held to the
    前言's rules (zzq10: a warning on the title's stray space, located in 前言)."""
    doc = _typed_with_foreword(tmp_path, "养老机构 服务质量规范")
    assert doc.body_title == "养老机构 服务质量规范"
    assert [block_text(b) for b in doc.foreword.blocks] == [
        "本文件按照GB/T 1.1—2020给出的规则起草。", "本文件由全国服务标准化技术委员会提出并归口。"]


@pytest.mark.parametrize("line", ["本文件主要起草人：", "——第2部分：服务质量评价", "本文件由某市民政局提出",
                                  "III", "本文件主要起草人：张三、李四。"])
def test_the_foreword_keeps_a_last_line_that_is_no_title(tmp_path: Path, line: str) -> None:
    doc = _typed_with_foreword(tmp_path, line)
    assert doc.body_title == ""
    assert line.lstrip("—") in block_text(doc.foreword.blocks[-1])  # a dash item is read as a list


@pytest.mark.parametrize(("title", "expected"), [
    ("某市法律援助若干规定", FunctionType.UNKNOWN),          # a regulation's form, as 条例 or 办法
    ("某市就业援助规定（修订草案）", FunctionType.UNKNOWN),
    ("某医院门诊服务规范", FunctionType.SPECIFICATION),      # an institution's own 规范 stays one
])
def test_a_regulation_titled_provisions_has_no_function(tmp_path: Path, title: str, expected: FunctionType) -> None:
    lines = [title, "第一条 为了保障公民获得必要的服务，制定本规定。", "第二条 机构应设立服务窗口。",
             "第三条 机构应每季度开展满意度调查。"]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert doc.metadata.structure == "articles"
    assert doc.metadata.function == expected


def test_an_english_text_read_by_its_headings_is_not_told_of_chinese_ones(tmp_path: Path) -> None:
    """The notice on a text without the GB/T skeleton says how it was located: for an English text read
    by its own headings, by its headings, not by 一、 and （一）, which it has none of."""
    lines = ["Customer Service Charter", "1. Purpose", "This charter sets out the service our customers can expect.",
             "2. Our standards", "2.1 Telephone", "We answer calls within 30 seconds.", "2.2 Complaints",
             "We reply to every complaint within ten working days.", "3. Review", "We review this charter every year."]
    path = plain_docx(tmp_path / "d.docx", lines)
    result = check_file(path, load_packs()["excellence-guide"])
    assert result.document.structure == "outline" and result.document.language.startswith("en")
    notices = {code: (zh, en) for code, zh, en in result.document.notices()}
    assert "located by its own headings)" in notices["no-gbt-structure"][1]
    assert "一、" not in str(notices)
    chinese = check_file(plain_docx(tmp_path / "z.docx", ["某物业公司客户服务标准", "一、服务理念", "以业主满意为宗旨。",
                                                          "二、服务要求", "前台应微笑服务。"]), load_packs()["excellence-guide"])
    assert "一、" in str(chinese.document.notices())


def _cover(tmp_path: Path, lines: list[str]):
    body = "".join(rb.para(line) for line in lines) + rb.para("前　言", "1") + rb.para(
        "本文件按照GB/T 1.1—2020的规定起草。") + rb.para("1　范围", "1") + rb.para("本文件给出了数据合作安全管理的指导。")
    return read_docx(rb.write_package(tmp_path / "d.docx", body, rb.style("1", "heading 1", outline=0))).metadata


def test_a_bracketed_placeholder_designation_keeps_the_kind(tmp_path: Path) -> None:
    # An industry draft's cover: its unfilled number in brackets. It was read as no designation, and the
    # draft became a 国家标准 (GB/T) in every file written from it.
    meta = _cover(tmp_path, ["ICS 35.020", "CCS M 10", "YD", "中华人民共和国通信行业标准", "YD/T [×××××]—[××××]",
                             "电信网和互联网数据合作安全管理指南", "(报批稿)", "中华人民共和国工业和信息化部 发布"])
    assert (meta.kind.value, meta.code, meta.kind_source) == ("industry", "YD", "designation")
    assert meta.designation() == "YD/T ×××××—××××"


@pytest.mark.parametrize("banner, kind", [("中华人民共和国通信行业标准", "industry"), ("中华人民共和国国家标准", "GB/T"),
                                          ("上海市地方标准", "DB"), ("团体标准", "T")])
def test_the_banner_tells_the_kind_where_no_designation_is_read(tmp_path: Path, banner: str, kind: str) -> None:
    meta = _cover(tmp_path, ["ICS 35.020", banner, "电信网和互联网数据合作安全管理指南", "（征求意见稿）"])
    assert (meta.kind.value, meta.kind_source) == (kind, "banner")


def test_a_text_without_a_cover_says_no_kind(tmp_path: Path) -> None:
    doc = read_docx(plain_docx(tmp_path / "条例.docx", ["某市家政服务条例", "第一条　为了规范家政服务，制定本条例。"]))
    assert doc.metadata.kind_source == ""


def test_an_english_title_on_three_lines_is_joined(tmp_path: Path) -> None:
    """QA: a cover's Strengthened / Aged Care / Quality Standards was read as the title "Strengthened" (check, the
    built cover, the 编制说明). A copy that kept no emphasis joins the lines the text names itself by further on."""
    lines = ["Strengthened", "Aged Care", "Quality Standards", "August 2025", "Health.gov.au/Quality-Standards",
             "Below are the strengthened Aged Care Quality Standards, including the outcomes providers meet."]
    assert read_docx(plain_docx(tmp_path / "a.docx", lines)).body_title == "Strengthened Aged Care Quality Standards"
    # in bold, as a cover sets it, the lines join without being named again
    body = "".join(rb.para(t, bold=True) for t in ["Client Service", "Charter"]) + rb.para(
        "We aim to give every client a timely, courteous and accurate service.")
    assert read_docx(rb.write_package(tmp_path / "b.docx", body)).body_title == "Client Service Charter"


def test_an_english_title_does_not_swallow_the_first_heading(tmp_path: Path) -> None:
    lines = ["Accessible Customer Service Policy", "Purpose", "This policy sets out how we serve customers with "
             "disabilities.", "Scope", "It applies to every employee."]
    assert read_docx(plain_docx(tmp_path / "a.docx", lines)).body_title == "Accessible Customer Service Policy"


def test_a_long_english_title_line_is_the_title(tmp_path: Path) -> None:
    """Round 227: a volunteer lawyers' terms opening "Terms and Conditions of the Mississippi Legal Help Online Website"
    (66 characters, longer than a Chinese title may be) were reported "(untitled)"."""
    title = "Terms and Conditions of the Mississippi Legal Help Online Website"
    lines = [title, "Mississippi Legal Help Online (MLHO) is a website operated by a volunteer lawyers project.",
             "Who Can Use MLHO", "The user must be at least 14 years old."]
    doc = read_docx(plain_docx(tmp_path / "a.docx", lines))
    assert doc.body_title == title
    assert title not in doc.plain_text()
    # a sentence as long, or a line in lower case, is still text
    for first in ["These terms and conditions apply to every user of the Mississippi Legal Help Online website",
                  "Terms and conditions of the online legal help website run by the project"]:
        doc = read_docx(plain_docx(tmp_path / "b.docx", [first, "Who Can Use MLHO", "Anyone over 14."]))
        assert doc.body_title != first


def test_a_page_titles_bar_keeps_a_long_title(tmp_path: Path) -> None:
    """Round 242: Mozilla's subscription terms open "Mozilla Subscription Services | Terms of Service", as a page's title
    names the site and the page; the bar made the line no title, so `check` said "(untitled)" (so for five more pages of
    bench/real: Complaints Procedure | Farrell Financial Solutions …). A sentence with a bar in it is still text."""
    title = "Mozilla Subscription Services | Terms of Service"
    lines = [title, "Effective March 24, 2026", "Mozilla Corporation offers various services to improve your privacy.",
             "Subscribing to Mozilla Services", "We only offer Mozilla VPN as a paid subscription service."]
    doc = read_docx(plain_docx(tmp_path / "a.docx", lines))
    assert doc.body_title == title
    first = "Our services are billed monthly | cancel at any time from your account page"
    doc = read_docx(plain_docx(tmp_path / "b.docx", [first, *lines[1:]]))
    assert doc.body_title != first


def test_a_web_pages_markup_is_no_title(tmp_path: Path) -> None:
    """QA: a policy copied from a web page was titled "<?xml version="1.0" encoding="utf-8" ?>"."""
    lines = ['<?xml version="1.0" encoding="utf-8" ?>',
             '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/x.dtd">',
             "Complaints", "We welcome comments from parents and deal with every complaint within 14 days."]
    doc = read_docx(plain_docx(tmp_path / "a.docx", lines))
    assert doc.body_title == "Complaints"
    assert "DOCTYPE" not in doc.plain_text() and "<?xml" not in doc.plain_text()


def test_contents_lines_past_the_front_matter_are_no_text(tmp_path: Path) -> None:
    """QA: a converted copy with its 目次 after Annex A read the contents lines as the annex's text (evidence
    "7.2.8 用户投诉管理 ..... 10" at 附录A) and said the draft had no 目次."""
    h = rb.style("1", "heading 1", outline=0)
    body = rb.para("前　言", "1") + rb.para("本文件按照GB/T 1.1—2020的规定起草。") + rb.para("1　范围", "1") \
        + rb.para("本文件规定了云服务数据安全评估的要求。") + rb.para("7　用户投诉管理", "1") + rb.para("应受理用户投诉。") \
        + rb.para("附录A") + rb.para("（资料性）") + rb.para("数据销毁方式") + rb.para("本附录给出常用的数据销毁方式。") \
        + rb.para("目 次") + rb.para("前言 ..... 3") + rb.para("1 范围 ..... 4") + rb.para("7.2.8 用户投诉管理 ..... 10")
    doc = read_docx(rb.write_package(tmp_path / "d.docx", body, h))
    assert doc.has_toc
    text = doc.plain_text()
    assert "....." not in text and "本附录给出常用的数据销毁方式。" in text


def test_a_typed_contents_list_without_page_numbers_is_no_text(tmp_path: Path) -> None:
    """QA: a policy copied from a web page lists its headings under Contents; each was read as a heading with
    nothing under it and shown as evidence (the comment sat on the contents entry, not the section)."""
    lines = ["Complaints", "Contents", "Policy", "Making a complaint", "Stage 1", "Stage 2",
             "Policy", "We believe that children and parents are entitled to expect courtesy and prompt attention.",
             "Making a complaint", "Parents who have a concern talk first to their child's key person.",
             "Stage 1", "Any parent who is uncomfortable about an aspect of the setting talks to the manager.",
             "Stage 2", "If the concern remains, the parent puts it in writing and we reply within 14 days."]
    text = read_docx(plain_docx(tmp_path / "a.docx", lines)).plain_text().split("\n")
    assert text.count("Stage 1") == 1 and text.count("Policy") == 1 and "Contents" not in text, text
    # a line called Contents followed by ordinary text is no contents list
    other = ["Notes", "Contents", "The box holds the forms we use.", "Forms", "We keep them for a year."]
    assert "The box holds the forms we use." in read_docx(plain_docx(tmp_path / "b.docx", other)).plain_text()


# An engineering code's layout (JTG B10-01—2014, round 205, as a library's OCR gave it: every word set apart, the
# cover's banner above the title, each clause's text run in after its number and broken at the page's line end).
CODE = ["中 华人 民 共 和 国 行业 标准", "公路 电子 不 停车 收费 联网 运营 和 服务 规范", "1 总 则",
        "1.0.1 为 规范 和 指导 全 国 公路 电子 不 停车 收费 (ETC) 联网 运营 与 服务 ， 制 定 本", "规范 。",
        "1.0.2 本 规范 适用 于 公路 ETC 和 相关 非 现 金 支付 的 运营 与 服务 。", "9 用 户 服务", "9.1 一 般 规 定",
        "9.1.1 国家 中 心 应 对 各 省 中 心 上 传 的 跨 省 交易 数据 进行 核实 并", "确认 。"]


def test_a_code_s_clause_that_opens_with_its_text_is_text_not_a_title(tmp_path: Path) -> None:
    """1.0.1 为规范和指导…，制定本 / 规范。 is clause 1.0.1's text broken at a line end, not its title (coverage never reads
    a title as evidence); a short numbered line (9.1 一般规定) stays a title, and so does an English one with commas."""
    doc = read_docx(plain_docx(tmp_path / "d.docx", CODE))
    assert doc.metadata.structure == "outline"
    clauses = {c.number: c for c in _walk(doc.clauses)}
    assert clauses["1.0.1"].title == "" and "制 定 本" in block_text(clauses["1.0.1"].blocks[0])
    assert clauses["9.1.1"].title == ""
    assert clauses["9.1"].title == "一 般 规 定"
    doc = read_docx(plain_docx(tmp_path / "e.docx", ["Service charter", "1. Scope, purpose and use of this charter",
                                                     "This charter applies to every office.", "2. Our promises",
                                                     "We answer within 2 days.", "3. Complaints", "Write to us."]))
    assert [c.title for c in doc.clauses if c.title][:1] == ["Scope, purpose and use of this charter"]


def test_a_cover_s_banner_is_not_the_title_of_a_text_without_the_skeleton(tmp_path: Path) -> None:
    doc = read_docx(plain_docx(tmp_path / "d.docx", CODE))
    assert pat_compact(doc.body_title) == "公路电子不停车收费联网运营和服务规范"
    assert doc.metadata.function == FunctionType.SPECIFICATION


def _walk(clauses):  # noqa: ANN001, ANN202
    for clause in clauses:
        yield clause
        yield from _walk(clause.children)


def pat_compact(text: str) -> str:
    return "".join(text.split())


def test_the_notice_for_a_code_without_the_skeleton_names_its_numbered_headings(tmp_path: Path) -> None:
    """The notice said such a text was located by 一、（一） headings, which a code numbered 1.0.1 has none of."""
    result = check_file(plain_docx(tmp_path / "d.docx", CODE), load_packs()["excellence-guide"])
    notice = next(n for n in result.document.notices() if n[0] == "no-gbt-structure")
    assert "1.1" in notice[1]


def test_a_forms_blank_to_fill_in_names_no_place(tmp_path: Path) -> None:
    """Round 223's terms of business hold the client's acknowledgement form (Signed: _, Date: _): the blank named the
    place of every provision after it; so did 甲方（签字）：____ in a contract's signature block."""
    from authoring.check import check_file
    from authoring.checklist import load_packs
    from authoring.coverage.units import typed_heading
    from tests.docx.reader_builders import plain_docx

    for blank in ("Date: _", "Signed: ____", "甲方（签字）：________", "日期：____年__月__日"):
        assert not typed_heading(blank), blank
    assert typed_heading("Liability:") and typed_heading("Complaints")
    # nor does a postal address's line (round 224's financial services guide: GPO Box 3 Melbourne headed its text)
    for address in ("GPO Box 3 Melbourne", "PO Box 7270", "Suite 301, 434 St Kilda Rd", "43-55 Milford Street"):
        assert not typed_heading(address), address
    assert typed_heading("Level 2 Complaints") and typed_heading("Unit 1 Introduction")
    lines = ["Terms of Business", "Client Acknowledgement", "I confirm that I have read these terms.", "Signed: ____",
             "Date: _", "We will acknowledge every complaint within 5 business days and keep you informed every 20 "
             "business days until it is resolved."]
    result = check_file(plain_docx(tmp_path / "f.docx", lines), load_packs()["excellence-guide"])
    places = {e.location for i in result.coverage.items for e in i.evidence if "complaint within" in e.excerpt}
    assert places and "Date: _" not in places and "Signed: ____" not in places, places


def test_a_hard_wrapped_english_line_runs_on_into_the_next(tmp_path: Path) -> None:
    """An English text typed without headings whose lines were broken where its page's source broke them (round 224's
    financial services guide: "…we will pass it" / "on to our" / "insurers…"): a line that stops short of its
    sentence's end and the next, in lower case, are one paragraph, so the fragment names no place and the sentence is
    read whole."""
    from authoring.check import check_file
    from authoring.checklist import load_packs
    from authoring.coverage.units import document_units
    from authoring.docx.read import read_docx
    from tests.docx.reader_builders import plain_docx

    lines = ["Financial Services Guide", "Complaints", "If you are not satisfied with our services, you may complain",
             "to us and we will acknowledge", "your complaint within 24 hours and respond to it within 30 days.",
             "• We review the service you receive once a year and ask for your", "feedback to improve it.",
             "Fees", "Our fee is agreed with you in writing before we start."]
    path = plain_docx(tmp_path / "w.docx", lines)
    units = [(u.location, u.text) for u in document_units(read_docx(path)) if not u.is_title]
    assert units == [
        ("Complaints", "If you are not satisfied with our services, you may complain to us and we will acknowledge your "
                       "complaint within 24 hours and respond to it within 30 days."),
        ("Complaints", "We review the service you receive once a year and ask for your feedback to improve it."),
        ("Fees", "Our fee is agreed with you in writing before we start.")], units
    result = check_file(path, load_packs()["excellence-guide"])
    assert {e.location for i in result.coverage.items for e in i.evidence} <= {"Complaints", "Fees"}


def test_a_numbered_contents_list_worded_unlike_its_headings_is_no_chapters(tmp_path: Path) -> None:
    """Round 225's housing co-operative handbook types a numbered contents list whose entries the headings below word a
    little differently (4. Equal Opportunities / 4. Equal Opportunities Policy; Attendance policy / Attendance policy
    (2024)): read as thirteen chapters with nothing under them, each number twice. Dropped when half its entries or more
    begin a later line; a numbered list of provisions (no Contents line) stays."""
    from tests.docx.reader_builders import plain_docx

    lines = ["Members' Handbook", "CONTENTS", "1. Principles", "2. Equal Opportunities", "3. Allocations policy",
             "4. Attendance policy", "5. Who we are", "1. Principles", "Membership is open to anyone who needs housing.",
             "2. Equal Opportunities Policy", "We treat every applicant and member fairly.", "3. Allocations Policy",
             "Rooms are offered to applicants in the order they applied.", "4. Attendance policy (2024)",
             "Members attend the monthly general meeting.", "5. What we are", "The co-op was founded in 1986."]
    doc = read_docx(plain_docx(tmp_path / "h.docx", lines))
    numbers = [c.number for c in doc.clauses if c.number]
    assert numbers == sorted(set(numbers), key=numbers.index), numbers  # each chapter once
    assert "Rooms are offered to applicants in the order they applied." in doc.plain_text()
    provisions = ["Members' Handbook", "Rules", "1. Pay the rent on time", "2. Keep the house clean",
                  "3. Report repairs", "Members who break these rules are warned in writing."]
    kept = read_docx(plain_docx(tmp_path / "r.docx", provisions)).plain_text()
    assert "Pay the rent on time" in kept and "Report repairs" in kept


SLA_COMMA_CHAPTERS = [
    "对象存储 服务等级协议（SLA）",
    "本协议规定了本公司向客户提供对象存储服务的服务等级指标和服务注意事项。",
    "1、术语和定义",
    "1.1 服务周期：服务周期是指购买本服务的服务期限所包含的自然月。",
    "1.2 月度服务费用：指用户在一个服务周期中使用对象存储服务所支付的服务费用总额。",
    "2、服务可用性",
    "2.1 服务可用性计算方式：服务可用性以服务周期内每5分钟错误率计算。",
    "2.2 服务可用性标准：本服务的可用性不低于99.9%。",
    "3、服务赔偿",
    "3.1 赔偿标准：服务可用性低于标准的，按月度服务费用的比例赔偿代金券。",
]


def test_chapters_typed_with_a_comma_are_a_text_s_own_sections_not_a_gbt_skeleton(tmp_path: Path) -> None:
    """Round 244's cloud SLA (zzzzzzzzzj06): 1、术语和定义 then 1.1, 2、服务可用性 then 2.1 …. Its first chapter, a
    terms chapter typed with a comma, made it a GB/T draft with no 前言, 范围 or 规范性引用文件: everything after fell
    under 1.7 as terms (2 clauses read, every item missing, "术语和定义 should be chapter 3"). An agreement's definitions
    are its first section; its chapters are 1, 2, 3, each with its typed subclauses."""
    doc = read_docx(plain_docx(tmp_path / "d.docx", SLA_COMMA_CHAPTERS))
    assert doc.metadata.structure != "gbt" and doc.metadata.rules == "none"
    assert doc.body_title == "对象存储 服务等级协议（SLA）"
    assert [(c.number, c.title) for c in doc.clauses if c.number != BODY_UNIT] == [
        ("1", "术语和定义"), ("2", "服务可用性"), ("3", "服务赔偿")]
    assert [c.number for c in doc.clauses[-2].children] == ["2.1", "2.2"]
    assert "不低于99.9%" in block_text(doc.clauses[-2].children[1].blocks[0])


def test_a_list_numbered_with_a_comma_stays_a_list(tmp_path: Path) -> None:
    """Items 1、 2、 with no typed subclauses under them are a list's, not sections."""
    doc = read_docx(plain_docx(tmp_path / "d.docx", [
        "办事指南", "一、申请材料", "1、身份证原件", "2、户口簿", "二、办理时限", "自受理之日起5个工作日内办结。"]))
    assert [c.title for c in doc.clauses if c.number != BODY_UNIT] == ["申请材料", "办理时限"]


ISSUED = ["智能网联汽车数据格式与定义", "中国汽车工业协会  发布", "1 范围", "本文件规定了智能网联汽车数据的格式和定义。",
          "2 规范性引用文件", "本文件没有规范性引用文件。", "3 术语和定义", "本文件没有需要界定的术语和定义。",
          "4 数据格式", "4.1 数据应采用统一的编码。", "4.2 数据应标明采集时间。"]


@pytest.mark.parametrize("lines", [ISSUED, ISSUED[:1] + ["2021-11-01 发布"] + ISSUED[2:], ISSUED[:1] + ISSUED[2:],
                                   ["- 智能网联汽车数据格式与定义", *ISSUED[2:]],
                                   ["智能网联汽车数据格式与定义\t\t团体标准\t\t中国汽车工业协会", *ISSUED[2:]],
                                   ["智能网联汽车数据格式与定义 团体标准 中国汽车工业协会", *ISSUED[2:]]])
def test_a_plain_name_over_an_issuer_line_is_the_title(tmp_path: Path, lines: list[str]) -> None:
    """A cover flattened by a conversion to its name and its issuer (round 271), to its name alone (round 273), to a
    list item or to a line of cells: the name is the title, and the draft is not reported as having none."""
    path = plain_docx(tmp_path / "d.docx", lines)
    assert read_docx(path).metadata.title_zh == "智能网联汽车数据格式与定义"
    messages = [f.message for f in check_file(path, load_packs()["excellence-guide"]).findings]
    assert not any("未找到文件名称" in m for m in messages)


def test_a_sentence_over_an_issuer_line_is_no_title(tmp_path: Path) -> None:
    lines = ["本文件由中国汽车工业协会提出并归口，供会员单位参照执行。", *ISSUED[1:]]
    assert read_docx(plain_docx(tmp_path / "d.docx", lines)).metadata.title_zh == ""


def test_a_contents_list_with_page_numbers_but_no_dots_is_no_text(tmp_path: Path) -> None:
    """Round 289: standards' drafts whose Markdown copies lost the leader dots of their 目次 (前言 I, 1 范围 1, 附录A 分类描述
    6, 参考文献 19, the body's title with its page among them) and were read without the GB/T skeleton: each entry was
    read as a place with nothing under it, and what followed the list fell into the last one's text."""
    lines = ["某市居家养老服务指南", "目  次", "前言 I", "某市居家养老服务指南 1", "一、总体要求 1", "二、服务内容 2",
             "三、保障措施 3", "附录A 服务项目清单 6", "参考文献 9", "前言", "本指南由某市民政局提出。", "一、总体要求",
             "为规范居家养老服务，制定本指南。", "二、服务内容", "服务机构应提供助餐、助洁和助浴服务。", "三、保障措施",
             "区民政部门应加强对服务机构的监督检查。"]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert [(c.number, c.title) for c in doc.clauses if c.number != "正文"] == [
        ("一", "总体要求"), ("二", "服务内容"), ("三", "保障措施")]
    assert "二、服务内容 2" not in doc.plain_text().split("\n")
    # a 目次 line followed by a provision is no contents list: the text stays
    other = ["某服务规范", "目次", "一、总则 机构应建立服务制度，明确服务内容。", "二、服务要求", "机构应公开服务项目。"]
    assert "机构应建立服务制度" in read_docx(plain_docx(tmp_path / "b.docx", other)).plain_text()
