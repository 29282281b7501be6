"""compose(): the guide's considerations as chapters and clauses of a service standard."""

from __future__ import annotations

import pytest

from authoring.document import Clause, ListBlock, Paragraph, Reference, Table, TermEntry
from authoring.errors import InputError
from authoring.project import Project, compose, omitted_items, skeleton, suggest_starts


def _project(function: str = "规范", **items) -> Project:
    return Project.model_validate({
        "metadata": {"title_zh": "养老机构卓越服务规范" if function == "规范" else "养老机构卓越服务指南",
                     "function": function},
        "items": items,
    })


def _all_addressed(checklist, function: str = "规范") -> Project:
    return _project(function, **{i.id: {"status": "addressed", "provisions": [f"{i.title_zh}的条款。"]}
                                 for i in checklist.items()})


def _paragraphs(clause: Clause) -> list[str]:
    return [b.text for b in clause.blocks if isinstance(b, Paragraph)]


def _assert_contiguous(clauses: list[Clause], prefix: str = "") -> None:
    for k, clause in enumerate(clauses, start=1):
        assert clause.number == f"{prefix}{k}"
        _assert_contiguous(clause.children, f"{clause.number}.")


def test_chapters_in_the_guides_order(checklist):
    doc = compose(_all_addressed(checklist), checklist)
    assert [(c.number, c.title) for c in doc.clauses] == [
        ("1", "范围"), ("2", "规范性引用文件"), ("3", "术语和定义"), ("4", "总则"),
        ("5", "服务提供"), ("6", "服务内容设计"), ("7", "评价"),
    ]
    _assert_contiguous(doc.clauses)
    for chapter in doc.clauses[3:]:
        source = next(ch for ch in checklist.chapters if ch.items[0].title_zh == chapter.children[0].title)
        assert [c.title for c in chapter.children] == [i.title_zh for i in source.items]
    assert doc.body_title == "养老机构卓越服务规范"
    assert doc.foreword is not None and doc.bibliography is None and doc.annexes == []


def test_skipped_items_close_up_the_numbers(checklist):
    items = {i.id: {"status": "addressed", "provisions": ["应做到。"]} for i in checklist.items()}
    items["4.1"] = {"status": "not-applicable", "reason": "编制说明中说明"}
    items["4.2"] = {"status": "todo"}
    items["5.6.1"] = {"status": "todo"}
    for item in ("6.1", "6.2"):
        items[item] = {"status": "todo"}
    project = _project(**items)
    doc = compose(project, checklist)
    _assert_contiguous(doc.clauses)
    assert [c.title for c in doc.clauses[3:]] == ["总则", "服务提供", "评价"]
    general = doc.find_clause("4")
    assert [c.title for c in general.children] == ["服务对象与顾客需求", "内容明确"]
    experience = doc.find_clause("5.3")
    assert experience.title == "顾客体验"
    assert [(c.number, c.title) for c in experience.children] == [("5.3.1", "通则"), ("5.3.2", "保持服务适应性")]
    assert experience.blocks == []  # no hanging paragraph
    assert doc.find_clause("6.1").title == "评价方法"  # 6 服务内容设计 is gone
    assert omitted_items(project, checklist) == {
        "todo": ["4.2", "5.6.1", "6.1", "6.2"], "not-applicable": ["4.1"],
    }


def test_not_applicable_parent_drops_its_sub_items(checklist):
    doc = compose(_project(**{"5.6": {"status": "not-applicable", "reason": "x"},
                              "5.6.1": {"status": "addressed", "provisions": ["应了解。"]}}), checklist)
    assert doc.find_clause("5") is None
    assert "应了解。" not in doc.plain_text()


def test_todo_parent_holds_addressed_sub_items(checklist):
    doc = compose(_project(**{"5.6.2": {"status": "addressed", "provisions": ["应更新。"]}}), checklist)
    clause = doc.find_clause("4.1")  # 4 总则 has nothing addressed
    assert clause.title == "顾客体验" and clause.blocks == []
    assert [(c.number, c.title, _paragraphs(c)) for c in clause.children] == [("4.1.1", "保持服务适应性", ["应更新。"])]


def test_a_guide_recommends_and_a_specification_requires(checklist):
    item = {"status": "addressed", "provisions": ["应建立制度。", "不应拒绝。", "应急预案宜每年演练。", "宜公开。"],
            "indicators": [{"name": "满意度", "value": "≥90", "unit": "%"}], "methods": ["5.1.a"]}
    guide = compose(_project("指南", **{"5.1": item}), checklist).find_clause("4.1")
    spec = compose(_project("规范", **{"5.1": item}), checklist).find_clause("4.1")
    assert _paragraphs(guide)[:4] == ["宜建立制度。", "不宜拒绝。", "应急预案宜每年演练。", "宜公开。"]
    assert _paragraphs(spec)[:4] == item["provisions"]
    assert "宜符合表1" in _paragraphs(guide)[4] and "应符合表1" in _paragraphs(spec)[4]


def test_no_requirement_from_our_own_text_in_a_guide(checklist):
    """Guide texts, method texts and templates all carry 应 in the small checklist."""
    items = {i.id: {"status": "addressed", "methods": [m.id for m in i.methods],
                    "indicators": [{"name": "满意度", "value": "≥90", "unit": "%"}]} for i in checklist.items()}
    doc = compose(_project("指南", **items), checklist)

    def requirements(text: str) -> int:
        for word in ("适应", "对应"):  # words, not the modal verb (a title here; the 2 lead-in)
            text = text.replace(word, "")
        return text.count("应")

    assert requirements(doc.plain_text()) == 0
    assert requirements(skeleton("居家养老服务指南", checklist, function="指南").plain_text()) == 0
    spec = compose(_project("规范", **items), checklist)
    assert "应符合表1的规定" in spec.plain_text()
    # The informative annex never requires, even in a specification.
    assert requirements("\n".join(str(b) for b in spec.annexes[0].blocks)) == 0


def test_methods_annex_and_references_to_it(checklist):
    doc = compose(_project(**{
        "5.1": {"status": "addressed", "provisions": ["应以卓越服务为中心。"], "methods": ["5.1.c", "5.1.a"]},
        "6.1": {"status": "addressed", "methods": ["6.1.b"]},
        "4.3": {"status": "addressed", "provisions": ["应明确服务对象。"]},
    }), checklist)
    [annex] = doc.annexes
    assert (annex.letter, annex.normative, annex.title) == ("A", False, "卓越服务实施方法")
    [table] = [b for b in annex.blocks if isinstance(b, Table)]
    assert table.number == "A.1"
    assert table.rows[0] == ["要素", "实施方法"]
    # the guide's own letters (its Annex A), as the 编制说明 names the methods (QA pass 5)
    assert table.rows[1] == ["领导和管理（见5.1）", "a) 领导和管理方法1，宜持续改进\nc) 领导和管理方法3，宜持续改进"]
    assert table.rows[2] == ["基本功能设计（见6.1）", "b) 基本功能设计方法2，宜持续改进"]
    lead = next(b.text for b in annex.blocks if isinstance(b, Paragraph))
    assert "表A.1" in lead and lead.endswith("方法前的字母为其在参考文献[1]附录A中的编号。")
    for number in ("5.1", "6.1"):
        assert any("附录A" in p and "表A.1" in p for p in _paragraphs(doc.find_clause(number)))
    assert not any("附录A" in p for p in _paragraphs(doc.find_clause("4.1")))
    assert [r.serial for r in doc.bibliography] == [1]
    assert doc.bibliography[0].text == checklist.source


def test_indicator_tables_are_numbered_in_order(checklist):
    doc = compose(_project(**{
        "4.4": {"status": "addressed", "indicators": [{"name": "满意度", "value": 90, "unit": "%"}]},
        "5.8": {"status": "addressed", "indicators": [
            {"name": "响应时间", "value": "≤15", "unit": "min", "note": "工作时间内"},
            {"name": "投诉办结率", "value": "100"}]},
    }), checklist)
    tables = doc.tables()
    assert [t.number for t in tables] == ["1", "2"]
    assert tables[0].rows == [["指标", "目标值", "单位"], ["满意度", "90", "%"]]
    assert tables[1].rows == [["指标", "目标值", "单位", "说明"], ["响应时间", "≤15", "min", "工作时间内"],
                              ["投诉办结率", "100", "—", ""]]
    assert tables[1].title == "活动和结果指标"
    assert "表2" in _paragraphs(doc.find_clause("5.1"))[0]


def test_a_lead_in_takes_the_following_provisions_as_a_dash_list(checklist):
    doc = compose(_project(**{"5.1": {"status": "addressed", "provisions": [
        "应以卓越服务为中心：", "制定愿景；", "建立制度。", "激励员工", "应持续改进。"]}}), checklist)
    blocks = doc.find_clause("4.1").blocks
    assert isinstance(blocks[0], Paragraph) and blocks[0].text == "应以卓越服务为中心："
    assert isinstance(blocks[1], ListBlock) and blocks[1].style == "dash"
    assert [i.text for i in blocks[1].items] == ["制定愿景；", "建立制度；", "激励员工；", "应持续改进。"]


def test_front_matter_and_terms(checklist):
    project = Project.model_validate({
        "metadata": {"title_zh": "居家养老上门服务规范", "function": "规范", "proposer": "全国服务标准化技术委员会",
                     "committee": "全国服务标准化技术委员会", "drafting_units": ["甲单位", "乙单位"],
                     "drafters": ["张明"]},
        "normative_references": [{"designation": "GB 38600", "title": "养老机构服务安全基本规范"}],
        "terms_from": ["GB/T 35796"],
        "terms": [{"zh": "卓越服务", "en": "excellent service", "definition": "……", "notes": ["注文"]},
                  {"zh": "服务接触点", "definition": "……"}],
        "items": {"4.3": {"status": "addressed", "provisions": ["应符合GB 38600的规定。"]}},
    })
    doc = compose(project, checklist)
    foreword = [b.text for b in doc.foreword.blocks]
    assert "本文件由全国服务标准化技术委员会提出并归口。" in foreword
    assert "本文件起草单位：甲单位、乙单位。" in foreword
    assert "本文件主要起草人：张明。" in foreword
    scope = _paragraphs(doc.clauses[0])
    assert scope[0].startswith("本文件规定了居家养老上门服务的") and "总则" in scope[0]
    refs = [b for b in doc.clauses[1].blocks if isinstance(b, Reference)]
    assert [r.text for r in refs] == ["GB 38600\u3000养老机构服务安全基本规范"]
    terms = doc.clauses[2]
    assert _paragraphs(terms) == ["GB/T 35796界定的以及下列术语和定义适用于本文件。"]
    entries = [b for b in terms.blocks if isinstance(b, TermEntry)]
    assert [(e.number, e.term_zh, e.term_en, e.notes) for e in entries] == [
        ("3.1", "卓越服务", "excellent service", ["注文"]), ("3.2", "服务接触点", "", [])]


def test_empty_front_matter_uses_placeholders_and_none_sentences(checklist):
    doc = compose(_project(**{"4.3": {"status": "addressed"}}), checklist)
    foreword = "\n".join(b.text for b in doc.foreword.blocks)
    assert "本文件由××提出。" in foreword and "本文件由××归口。" in foreword
    assert _paragraphs(doc.clauses[1]) == ["本文件没有规范性引用文件。"]
    assert _paragraphs(doc.clauses[2]) == ["本文件没有需要界定的术语和定义。"]
    assert _paragraphs(doc.find_clause("4.1"))[0].startswith("【编写提示】")


def test_extra_chapters_and_annexes_follow(checklist):
    project = Project.model_validate({
        "metadata": {"title_zh": "养老机构卓越服务规范", "function": "规范"},
        "items": {"5.1": {"status": "addressed", "methods": ["5.1.a"]}},
        "chapters": [{"title": "服务安全", "provisions": ["应符合要求。"],
                      "clauses": [{"title": "消防", "provisions": ["应每月检查。"]}]},
                     {"title": "档案", "provisions": ["应保存3年。"]}],
        "annexes": [{"title": "服务记录表", "paragraphs": ["见表样。"]}],
        "bibliography": [{"designation": "GB/T 15624", "title": "服务标准化工作指南"}],
    })
    doc = compose(project, checklist)
    assert [(c.number, c.title) for c in doc.clauses[3:]] == [("4", "服务提供"), ("5", "服务安全"), ("6", "档案")]
    assert [(c.number, c.title) for c in doc.find_clause("5").children] == [("5.1", "通则"), ("5.2", "消防")]
    assert _paragraphs(doc.find_clause("6")) == ["应保存3年。"]
    assert [(a.letter, a.title) for a in doc.annexes] == [("A", "卓越服务实施方法"), ("B", "服务记录表")]
    assert [(r.serial, r.text) for r in doc.bibliography] == [(1, "GB/T 15624\u3000服务标准化工作指南"),
                                                             (2, checklist.source)]


def test_skeleton_frames_every_consideration(checklist):
    doc = skeleton("居家养老上门服务指南", checklist, function="指南")
    assert [c.title for c in doc.clauses] == ["范围", "规范性引用文件", "术语和定义", "总则", "服务提供",
                                            "服务内容设计", "评价"]
    titles = [c.title for c in doc.iter_clauses()]
    for item in checklist.items():
        assert item.title_zh in titles
    leaves = [c for c in doc.iter_clauses() if not c.children]
    assert all(any(p.startswith("【编写提示】") for p in _paragraphs(c)) for c in leaves if c.number[0] in "4567")
    assert doc.metadata.function.value == "指南"


def test_a_hint_whose_guide_text_leads_into_points_carries_them():
    from authoring.checklist import load_packs

    checklist = load_packs()["excellence-guide"]
    doc = skeleton("居家养老上门服务指南", checklist, function="指南")
    hints = {c.title: p for c in doc.iter_clauses() if not c.children
             for p in _paragraphs(c) if p.startswith("【编写提示】")}
    for item in checklist.items():
        if item.id not in ("5.1", "6.4"):  # guide text ending in ： (5.1) and in an ASCII colon (6.4)
            continue
        hint = hints[item.title_zh]
        assert not hint.rstrip("。").endswith(("：", ":")), hint
        first_point = item.points_zh[0].strip().rstrip("；;。")
        assert first_point in hint
    # 4.3's guide text prints 基础上,确定 with an ASCII comma
    assert "基础上，确定" in hints[checklist.item("4.3").title_zh]


def test_suggest_starts_follow_the_function(checklist):
    item = checklist.item("5.1")
    guide, spec = suggest_starts("指南", item), suggest_starts("规范", item)
    assert guide[0] == "宜制定愿景、使命、战略和宗旨。"
    assert spec[0] == "应制定愿景、使命、战略和宗旨。"
    assert all(s.startswith("宜") for s in guide) and all(s.startswith("应") for s in spec)
    assert len(guide) == len(set(guide)) > 2


def test_a_point_that_names_who_acts_takes_the_modal_after_it():
    """应组织应从…… and 应组织通过调整…… (“shall organise”) were offered for the guide's points that name the
    organisation as their subject (seen by hand in the studio, session 40): the modal goes after the subject,
    once, in every point of every item."""
    from authoring.checklist import load_packs

    checklist = load_packs()["excellence-guide"]
    for function, modal in (("规范", "应"), ("指南", "宜")):
        starts = {s for item in checklist.items() for s in suggest_starts(function, item)}
        assert not [s for s in starts if s.startswith(f"{modal}组织")], function
        assert f"组织{modal}从顾客和员工的角度出发，激发和培育卓越服务创新文化。组织{modal}鼓励创造，发明和试验，以便引进新的想法和做法。" \
            in starts
        assert f"组织{modal}通过调整内部流程及其与合作伙伴的流程，管理顾客体验，以便提供个性化和令人惊喜的服务。" in starts
        assert f"组织、伙伴、利害关系者的管理{modal}保持灵活，特别是在顾客和员工的需要和要求方面。" in starts
        assert f"{modal}与其他组织进行基准衡量，持续监控卓越服务文化的实施。" in starts  # 其他组织 is no subject


def test_compose_rejects_unknown_ids(checklist):
    with pytest.raises(InputError, match="9.9"):
        compose(_project(**{"9.9": {"status": "addressed"}}), checklist)
    with pytest.raises(InputError, match="5.2.z"):
        compose(_project(**{"5.2": {"status": "addressed", "methods": ["5.2.z"]}}), checklist)


def test_a_2009_draft_names_itself_this_standard(checklist):
    project = Project.model_validate({"metadata": {"title_zh": "养老机构服务规范", "legacy_2009": True},
                                      "items": {"5.1": {"status": "addressed", "methods": ["5.1.a"]}}})
    doc = compose(project, checklist)
    assert _paragraphs(doc.clauses[0])[0].startswith("本标准")
    assert "本标准依据参考文献[1]选用" in doc.annexes[0].blocks[0].text


def test_the_guide_listed_in_the_bibliography_is_cited_by_the_methods_annex(checklist):
    """QA pass 5: the composer lists the guide in the 参考文献 and never cited it, so a check of the
    draft the tool wrote reported its own entry as uncited. The annex's lead-in cites it by serial."""
    from authoring.lint import run_lint

    project = Project.model_validate({
        "metadata": {"title_zh": "养老机构服务规范"},
        "bibliography": [{"designation": "GB/T 24620", "title": "服务标准制定导则　考虑消费者需求"}],
        "items": {"5.1": {"status": "addressed", "methods": ["5.1.a"], "provisions": ["机构应按GB/T 24620识别需求。"]}}})
    doc = compose(project, checklist)
    assert doc.bibliography[1].text.startswith(checklist.source[:6]) and "参考文献[2]" in doc.annexes[0].blocks[0].text
    assert not [f for f in run_lint(doc) if f.rule == "reference.uncited-bibliography"]


# -- soften(): 应 as a modal verb becomes 宜; 应 inside a word is left alone ----------------------

# Words in which 应 is no modal verb (response, supply, adapt, apply, emergency, …).
YING_WORDS = [
    "回应", "响应", "相应", "对应", "适应", "供应", "反应", "应用", "应急", "应答", "应对", "理应",
    "答应", "感应", "效应", "呼应", "应邀", "应聘", "应届", "应试", "应变", "顺应", "照应",
    "应酬", "应激", "应允", "应声", "应验", "应运", "应诊", "应召",
    "供应商", "适应性", "响应时间", "应急预案", "应用程序", "反应速度", "应变能力", "应知应会",
    "应收账款", "应付账款", "应纳税额", "应运而生", "应激反应",
]


@pytest.mark.parametrize("word", YING_WORDS)
def test_soften_leaves_words_with_ying_alone(word):
    from authoring.project import soften

    for text in (f"积极{word}顾客。", f"{word}。", f"做好{word}工作。", f"宜建立{word}机制。"):
        assert soften(text) == text, text


@pytest.mark.parametrize("word", YING_WORDS)
def test_soften_changes_the_modal_before_a_word_with_ying(word):
    from authoring.project import soften

    assert soften(f"服务组织应重视{word}。") == f"服务组织宜重视{word}。"
    assert soften(f"不应忽视{word}。") == f"不宜忽视{word}。"


@pytest.mark.parametrize(("text", "soft"), [
    ("积极回应顾客诉求。", "积极回应顾客诉求。"),
    ("应建立应急预案，并应适应顾客需求。", "宜建立应急预案，并宜适应顾客需求。"),
    ("应当公开服务承诺。", "宜公开服务承诺。"),
    ("应该定期回访。", "宜定期回访。"),
    ("不应拒绝服务。", "不宜拒绝服务。"),
    # The next word starts like a word with 应, but 应 is the modal here.
    ("应征求顾客意见。", "宜征求顾客意见。"),
    ("应收集顾客反馈。", "宜收集顾客反馈。"),
    ("应和顾客协商一致。", "宜和顾客协商一致。"),
    ("应变更服务计划时告知顾客。", "宜变更服务计划时告知顾客。"),
    ("应交付服务成果。", "宜交付服务成果。"),
    ("应缴纳相关费用。", "宜缴纳相关费用。"),
    ("应对员工进行培训。", "宜对员工进行培训。"),
    ("应对投诉加以分析。", "宜对投诉加以分析。"),
    ("应相应调整服务内容。", "宜相应调整服务内容。"),
    ("应考虑顾客需求。", "宜考虑顾客需求。"),
    ("应时刻保持微笑。", "宜时刻保持微笑。"),
    ("应允许顾客选择。", "宜允许顾客选择。"),
    ("应验证服务效果。", "宜验证服务效果。"),
    ("应运用信息技术。", "宜运用信息技术。"),
    ("应召开服务质量分析会。", "宜召开服务质量分析会。"),
    ("应声明服务范围。", "宜声明服务范围。"),
    ("应激发员工热情。", "宜激发员工热情。"),
    ("应答复顾客咨询。", "宜答复顾客咨询。"),
    ("应邀请顾客参与。", "宜邀请顾客参与。"),
    # A word ending in the character before 应 (提供 + 应, not 供应; 管理 + 应, not 理应).
    ("服务提供应符合下列要求。", "服务提供宜符合下列要求。"),
    ("服务管理应规范。", "服务管理宜规范。"),
    ("生活护理应及时。", "生活护理宜及时。"),
    ("生活不能自理应有专人照护。", "生活不能自理宜有专人照护。"),
    ("投诉举报应及时处理。", "投诉举报宜及时处理。"),
    ("交接应有记录。", "交接宜有记录。"),
    ("室内应保持通风。", "室内宜保持通风。"),
    ("相关政策应公开。", "相关政策宜公开。"),
    ("事故原因应查明。", "事故原因宜查明。"),
    ("对顾客的影响应降至最低。", "对顾客的影响宜降至最低。"),
    ("违反应承担责任。", "违反宜承担责任。"),
    ("解答应准确。", "解答宜准确。"),
    ("绩效应纳入考核。", "绩效宜纳入考核。"),
    ("信息核对应准确。", "信息核对宜准确。"),
    ("证照应齐全。", "证照宜齐全。"),
    ("应用户要求提供服务。", "应用户要求提供服务。"),
    # 应对 as a verb (to cope with) stays.
    ("积极应对突发事件。", "积极应对突发事件。"),
    ("应对措施应定期演练。", "应对措施宜定期演练。"),
    ("服务组织应积极应对顾客投诉。", "服务组织宜积极应对顾客投诉。"),
])
def test_soften_in_sentences(text, soft):
    from authoring.project import soften

    assert soften(text) == soft


def test_a_provision_starting_with_a_word_with_ying_keeps_it(checklist):
    """Only a leading modal 应 of the author's provision becomes 宜 in a 指南."""
    item = {"status": "addressed", "provisions": [
        "应急预案宜每年演练。", "响应时间不超过15分钟。", "应用程序宜便于老年人使用。", "应征求顾客意见。", "应对员工进行培训。",
    ]}
    clause = compose(_project("指南", **{"5.1": item}), checklist).find_clause("4.1")
    assert _paragraphs(clause) == [
        "应急预案宜每年演练。", "响应时间不超过15分钟。", "应用程序宜便于老年人使用。", "宜征求顾客意见。", "宜对员工进行培训。",
    ]
