"""The likeness model beside the cues: an item no cue reaches may be partial by likeness, with
the place that reads like its evidence, marked so; nothing else changes."""

from __future__ import annotations

import dataclasses
import json
import math
import re
from pathlib import Path

import pytest
from docx import Document

from authoring.check import check_file
from authoring.checklist import Chapter, Checklist, Cues, Item, load_packs
from authoring.coverage import analyse, signal
from authoring.document import Clause, ListBlock, ListItem, Metadata, Paragraph, StandardDocument
from authoring.i18n import set_lang
from authoring.report import render_json, render_markdown

#: A small regulation's articles in words the guide's cues do not hold.
REGULATION = [
    "第一条 为了保障失业人员失业期间的基本生活，促进其再就业，根据有关法律、行政法规，结合本市实际，制定本条例。",
    "第二条 县级以上人民政府应当将失业保险工作纳入国民经济和社会发展规划，保障失业人员基本生活。",
    "第三条 经办机构应当为失业人员提供职业介绍和职业培训补贴，帮助其再就业。",
    "第四条 任何单位和个人不得挪用失业保险基金。",
    "第五条 本条例自2004年1月1日起施行。",
]


def tiny_pack() -> Checklist:
    return Checklist(id="tiny", title_zh="小清单", source="测试", chapters=[Chapter(id="5", title_zh="因素", items=[
        Item(id="5.4", title_zh="人力资源", cues=Cues(zh=("员工培训",))),
        Item(id="5.7", title_zh="服务创新管理", cues=Cues(zh=("服务创新",))),
        Item(id="5.6", title_zh="顾客体验", cues=Cues(zh=("顾客体验",)), children=(
            Item(id="5.6.1", title_zh="了解顾客需求", cues=Cues(zh=("需求调查",))),
            Item(id="5.6.2", title_zh="服务承诺和补救", cues=Cues(zh=("服务承诺",))),
        )),
    ])])


def tiny_model() -> signal.Model:
    """Weights on 走访 for 5.6.1 and on 培训 for 5.4: a unit holding 走访 scores high for 5.6.1."""
    return signal.Model(checklist_id="tiny", threshold=0.5, items=("5.4", "5.6.1"), bias=(-2.0, -2.0),
                        weights=({"培训": 30.0}, {"走访": 30.0}))


@pytest.fixture
def with_tiny_model(monkeypatch: pytest.MonkeyPatch) -> None:
    real = signal.load_model
    monkeypatch.setattr("authoring.coverage.load_model",
                        lambda cid, language="zh": tiny_model() if (cid, language) == ("tiny", "zh") else real(cid, language))


def draft(*paragraphs: str, title: str = "要求", structure: str = "gbt", cover: str = "某服务规范") -> StandardDocument:
    return StandardDocument(metadata=Metadata(title_zh=cover, structure=structure), clauses=[
        Clause(number="4", title=title, blocks=[Paragraph(text=t, anchor=i) for i, t in enumerate(paragraphs)])])


def status(report, item_id: str):
    return next(i for i in report.items if i.id == item_id)


def test_an_item_no_cue_reaches_is_partial_by_likeness_with_its_place(with_tiny_model) -> None:
    doc = draft("物业服务企业每季度入户走访业主，记录业主的意见。", "电梯应每月维保一次。")
    on, off = analyse(doc, tiny_pack()), analyse(doc, tiny_pack(), likeness=False)
    assert status(off, "5.6.1").status == "missing"
    item = status(on, "5.6.1")
    assert (item.status, item.score) == ("partial", 0.25)
    assert [(e.location, e.basis, e.cues) for e in item.evidence] == [("4", "similar", [])]
    assert "走访" in item.evidence[0].excerpt and item.evidence[0].anchor == 0
    # The parent is what its sub-items make it; an item the model does not know stays missing.
    assert status(on, "5.6").status == "partial" and status(on, "5.7").status == "missing"


def test_a_text_in_another_language_than_the_model_is_left_to_the_cues(with_tiny_model) -> None:
    doc = draft("物业服务企业每季度入户走访业主，记录业主的意见。")
    english = StandardDocument(metadata=Metadata(title_zh="某服务规范", language="en"), clauses=doc.clauses)
    assert status(analyse(doc, tiny_pack()), "5.6.1").status == "partial"
    assert status(analyse(english, tiny_pack()), "5.6.1").status == "missing"


def test_a_text_that_hardly_speaks_of_a_service_is_left_to_the_cues(with_tiny_model) -> None:
    """A data-format standard (GB/T 1.1 shape, ~4,000 characters, next to no service words): an
    item only touched in passing is missing there, so no likeness makes it partial, nor shows as
    its evidence."""
    filler = "数据元的标识符由类别代码、顺序码和校验码组成，各段之间不设分隔符，长度固定为十八位。"
    blocks = [Paragraph(text=filler * 8) for _ in range(10)] + [Paragraph(text="编码规则在推广前入户走访使用单位。")]
    doc = StandardDocument(metadata=Metadata(title_zh="数据元编码规则"),
                           clauses=[Clause(number="4", title="编码规则", blocks=blocks)])
    report = analyse(doc, tiny_pack())
    assert report.service_density is not None and report.service_density < 0.9
    item = status(report, "5.6.1")
    assert item.status == "missing" and not any(e.basis for e in item.evidence)


def test_likeness_never_changes_an_item_a_cue_reached(with_tiny_model) -> None:
    doc = draft("机构应建立员工培训制度，新员工上岗前接受岗前培训。", "每季度入户走访。")
    on, off = analyse(doc, tiny_pack()), analyse(doc, tiny_pack(), likeness=False)
    assert status(off, "5.4").status != "missing"
    assert status(on, "5.4") == status(off, "5.4")
    assert all(e.basis == "" for e in status(on, "5.4").evidence)


def test_a_heading_or_a_scrap_is_never_read_for_likeness(with_tiny_model) -> None:
    assert status(analyse(draft("电梯应每月维保一次。", title="入户走访"), tiny_pack()), "5.6.1").status == "missing"
    assert status(analyse(draft("走访。"), tiny_pack()), "5.6.1").status == "missing"


def test_a_list_s_lead_in_is_never_the_likeness_place_its_items_are(with_tiny_model) -> None:
    """服务人员应符合下列要求： was a committee's only evidence of 6.1 (QA pass 11, B2): a lead-in says
    nothing of its own, and its few words weigh much over the root of its few grams. Its items are read."""
    doc = StandardDocument(metadata=Metadata(title_zh="某服务规范", structure="gbt"), clauses=[Clause(
        number="4", title="要求", blocks=[
            Paragraph(text="服务人员应定期入户走访下列对象：", anchor=1),
            ListBlock(items=[ListItem(text="独居老人，每月入户走访并记录其需要；"), ListItem(text="失能老人。")], anchor=2),
        ])])
    units = analyse.__globals__["document_units"](doc)
    lead = next(i for i, u in enumerate(units) if u.text.startswith("服务人员"))
    assert units[lead + 1].lead == units[lead].text  # the lead-in would score highest: 走访 in fewest grams
    best = signal.likeness(units, tiny_model(), only={"5.6.1"})["5.6.1"]
    assert units[best.unit].text.startswith("独居老人")


def test_likeness_is_the_logistic_of_the_weights_over_the_root_of_the_grams() -> None:
    text = "物业服务企业每季度入户走访业主。"
    found = signal.grams(text)
    assert {"走访", "入户走", "业主。"} <= found and "走访业主" not in found
    units = analyse.__globals__["document_units"](draft(text))
    best = signal.likeness(units, tiny_model())["5.6.1"]
    assert best.probability == round(1 / (1 + math.exp(-(30.0 / math.sqrt(len(found)) - 2.0))), 3)


def test_the_bundled_model_belongs_to_the_bundled_guide() -> None:
    guide = load_packs()["excellence-guide"]
    model = signal.load_model("excellence-guide")
    assert model is not None and 0.5 <= model.threshold < 1
    leaves = {i.id for i in guide.items() if not i.children}
    assert set(model.items) <= leaves and len(model.items) >= 10
    data = json.loads(signal.model_path("excellence-guide").read_text(encoding="utf-8"))
    assert max(len(table) for table in data["weights"].values()) <= 2000


def test_the_bundled_model_reads_a_regulation_and_leaves_a_data_format_alone() -> None:
    guide = load_packs()["excellence-guide"]
    regulation = draft(*REGULATION)
    promoted = [i for i in analyse(regulation, guide).items if any(e.basis == "similar" for e in i.evidence)]
    assert promoted, "some item of a regulation in its own words reads like the labelled evidence"
    technical = draft("数据元标识符由字母和数字组成，长度不超过32位。", "日期型数据元采用YYYYMMDD格式表示。",
                      "数值型数据元的小数位数按表2的规定。")
    assert not any(e.basis for i in analyse(technical, guide).items for e in i.evidence)


def test_reports_say_a_likeness_is_not_a_cue(tmp_path: Path) -> None:
    path = tmp_path / "条例.docx"
    document = Document()
    document.add_paragraph("重庆市失业保险条例")
    for line in REGULATION:
        document.add_paragraph(line)
    document.save(path)
    result = check_file(path, load_packs()["excellence-guide"])
    data = json.loads(render_json(result))
    bases = {e.get("basis") for i in data["coverage"]["items"] for e in i["evidence"]}
    assert "similar" in bases
    try:
        set_lang("zh")
        assert "按相近表述判为部分覆盖" in render_markdown(result)
        set_lang("en")
        assert "reads like this item" in render_markdown(result)
    finally:
        set_lang("zh")


def test_cues_only_turns_likeness_off_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from authoring.cli.main import main

    path = tmp_path / "条例.docx"
    document = Document()
    for line in REGULATION:
        document.add_paragraph(line)
    document.save(path)
    bases = {}
    for flag in ([], ["--cues-only"]):
        assert main(["check", str(path), "--format", "json", *flag]) == 0
        data = json.loads(capsys.readouterr().out)
        bases[bool(flag)] = {e.get("basis") for i in data["coverage"]["items"] for e in i["evidence"]}
    assert "similar" in bases[False] and "similar" not in bases[True]


def test_the_learned_bar_tells_covered_from_partial_among_what_the_cues_found(monkeypatch: pytest.MonkeyPatch) -> None:
    """An item whose readers' bar is high (a low bias) is partial even where the score says
    covered; one whose bar is low stays covered; a missing item stays missing; another language
    and ``likeness=False`` are left as the cues say."""
    pack = Checklist(id="tiny", title_zh="小清单", source="测试", chapters=[Chapter(id="5", title_zh="因素", items=[
        Item(id="5.4", title_zh="人力资源", cues=Cues(zh=("员工培训", "岗前培训", "考核"))),
        Item(id="5.7", title_zh="服务创新管理", cues=Cues(zh=("服务创新",))),
        Item(id="5.8", title_zh="活动和结果", cues=Cues(zh=("满意度", "测评", "绩效指标"))),
    ])])
    doc = draft("机构应建立员工培训制度。", "新员工应接受岗前培训。", "每年开展满意度测评，公布绩效指标，测评结果纳入考核。",
                "满意度测评由第三方开展。", "绩效指标每季度公布。", structure="articles")
    cues = {i.id: i.status for i in analyse(doc, pack, likeness=False).items}
    assert cues == {"5.4": "covered", "5.7": "missing", "5.8": "covered"}
    bar = signal.CoveredRule(checklist_id="tiny", language="zh", threshold=0.5, score=1.0, places=0.0,
                             bias={"5.4": -9.0, "5.7": 9.0, "5.8": 9.0})
    monkeypatch.setattr("authoring.coverage.load_covered", lambda cid: bar if cid == "tiny" else None)
    judged = {i.id: i for i in analyse(doc, pack).items}
    assert judged["5.4"].status == "partial" and judged["5.4"].score < 0.5
    assert judged["5.8"].status == "covered" and judged["5.7"].status == "missing"
    english = StandardDocument(metadata=Metadata(title_zh="某服务规范", language="en", structure="articles"),
                               clauses=doc.clauses)
    assert {i.id: i.status for i in analyse(english, pack).items} == \
        {i.id: i.status for i in analyse(english, pack, likeness=False).items}
    # A GB/T draft keeps the score's thresholds: the bar was learned on texts without the skeleton.
    gbt = StandardDocument(metadata=Metadata(title_zh="某服务规范"), clauses=doc.clauses)
    assert {i.id: i.status for i in analyse(gbt, pack).items} == cues
    assert {i.id: i.status for i in analyse(doc, pack, likeness=False).items} == cues


def test_a_partial_item_is_covered_where_readers_bar_is_low(monkeypatch: pytest.MonkeyPatch) -> None:
    pack = tiny_pack()
    doc = draft("机构应建立员工培训制度，新员工上岗前接受员工培训。", structure="articles")
    assert status(analyse(doc, pack, likeness=False), "5.4").status == "partial"
    bar = signal.CoveredRule(checklist_id="tiny", language="zh", threshold=0.5, score=1.0, places=0.0,
                             bias={"5.4": 5.0})
    monkeypatch.setattr("authoring.coverage.load_covered", lambda cid: bar if cid == "tiny" else None)
    item = status(analyse(doc, pack), "5.4")
    assert item.status == "covered" and item.score >= 0.5 and item.evidence


def test_the_bundled_bar_knows_the_guide_s_items() -> None:
    guide = load_packs()["excellence-guide"]
    rule = signal.load_covered("excellence-guide")
    assert rule is not None and 0 < rule.threshold < 1 and rule.reads("zh") and not rule.reads("en")
    leaves = {i.id for i in guide.items() if not i.children}
    assert set(rule.bias) <= leaves and len(rule.bias) >= 15
    assert rule.score > 0, "a higher cue score never lowers the odds of covered"


def doubting_model() -> signal.Model:
    """5.4 reads like its evidence where 岗前 is said; its weights serve the doubt and likeness."""
    return signal.Model(checklist_id="tiny", threshold=0.5, items=("5.4", "5.6.1"), bias=(-2.0, -2.0),
                        weights=({"岗前": 30.0}, {"走访": 30.0}), promote=("5.4", "5.6.1"))


#: Missing when the place reads less than even like the item: logit(missing) = -logit(p).
DOUBT = signal.DoubtRule(checklist_id="tiny", language="zh", threshold=0.5, score=0.0, places=0.0, likeness=-1.0,
                         bias={"5.4": 0.0})


@pytest.fixture
def with_doubt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("authoring.coverage.load_model",
                        lambda cid, language="zh": doubting_model() if (cid, language) == ("tiny", "zh") else None)
    monkeypatch.setattr("authoring.coverage.load_doubt", lambda cid: DOUBT if cid == "tiny" else None)


def test_a_partial_item_whose_places_read_unlike_it_is_missing_with_them_marked(with_doubt) -> None:
    unlike = draft("村委会组织村民参加员工培训讲座。", "电梯应每月维保一次。", structure="articles")
    assert status(analyse(unlike, tiny_pack(), likeness=False), "5.4").status == "partial"
    item = status(analyse(unlike, tiny_pack()), "5.4")
    assert item.status == "missing" and item.score < 0.25
    assert [(e.location, e.basis) for e in item.evidence] == [("4", "unlike")] and "员工培训" in item.evidence[0].cues
    like = draft("新员工上岗前接受员工培训。", "电梯应每月维保一次。", structure="articles")
    assert status(analyse(like, tiny_pack()), "5.4").status == "partial"


def test_the_doubt_leaves_gbt_drafts_other_languages_and_cues_only_alone(with_doubt) -> None:
    paragraphs = ("村委会组织村民参加员工培训讲座。", "电梯应每月维保一次。")
    gbt, articles = draft(*paragraphs), draft(*paragraphs, structure="articles")
    english = StandardDocument(metadata=Metadata(title_zh="某服务规范", language="en", structure="articles"),
                               clauses=articles.clauses)
    for doc, likeness in ((gbt, True), (english, True), (articles, False)):
        item = status(analyse(doc, tiny_pack(), likeness=likeness), "5.4")
        assert item.status == "partial" and all(e.basis == "" for e in item.evidence)


def test_a_doubted_item_is_not_made_partial_again_by_likeness(with_doubt) -> None:
    """Another place reads like 5.4 (岗前), yet the item had cues and they were doubted: it stays
    missing, as it was measured; likeness only looks at items no cue reached."""
    doc = draft("村委会组织村民参加员工培训讲座。", "岗前辅导由师傅带领完成。", structure="articles")
    item = status(analyse(doc, tiny_pack()), "5.4")
    assert item.status == "missing" and {e.basis for e in item.evidence} == {"unlike"}


def test_the_bundled_doubt_knows_the_guide_s_items() -> None:
    guide = load_packs()["excellence-guide"]
    rule, model = signal.load_doubt("excellence-guide"), signal.load_model("excellence-guide")
    assert rule is not None and 0 < rule.threshold < 1 and rule.reads("zh") and not rule.reads("en")
    leaves = {i.id for i in guide.items() if not i.children}
    assert set(rule.bias) <= leaves <= set(model.items)
    assert rule.likeness < 0, "a place reading more like the item never raises the odds of missing"
    # the items the model is not trusted to make partial keep their weights for the doubt only
    assert model.promote is not None and "4.1" not in model.promote and set(model.promote) < set(model.items)


def _regulation_docx(path: Path) -> Path:
    """A small information-disclosure regulation: its 公众参与决策 is the public's, not staff's (5.2)."""
    document = Document()
    for line in ("某市政府信息公开条例",
                 "第一条 为了保障公民依法获取政府信息，提高政府工作的透明度，制定本条例。",
                 "第二条 行政机关应当及时、准确地公开政府信息。",
                 "第三条 对涉及公众利益调整、需要公众广泛知晓或者需要公众参与决策的政府信息，行政机关应当主动公开。",
                 "第四条 行政机关应当建立健全政府信息发布机制。",
                 "第五条 本条例自2008年5月1日起施行。"):
        document.add_paragraph(line)
    document.save(path)
    return path


def test_reports_say_a_doubted_item_had_cues(tmp_path: Path) -> None:
    from authoring.report.annotate import annotate_copy

    path = _regulation_docx(tmp_path / "条例.docx")
    guide = load_packs()["excellence-guide"]
    assert status(check_file(path, guide, likeness=False).coverage, "5.2").status == "partial"
    result = check_file(path, guide)
    item = status(result.coverage, "5.2")
    assert item.status == "missing" and [e.location for e in item.evidence] == ["第三条"]
    data = json.loads(render_json(result))
    assert [e.get("basis") for i in data["coverage"]["items"] if i["id"] == "5.2" for e in i["evidence"]] == ["unlike"]
    try:
        set_lang("zh")
        text = render_markdown(result)
        assert "命中关键词，但表述与该条不相近，判为缺失" in text and "判为缺失（5.2）" in text
        set_lang("en")
        assert "reads unlike this item" in render_markdown(result)
    finally:
        set_lang("zh")
    annotate_copy(path, tmp_path / "批注.docx", result)
    comments = [c.text for c in Document(str(tmp_path / "批注.docx")).comments]
    assert any("未计入 5.2" in c for c in comments) and not any(c.startswith("覆盖 5.2") for c in comments)
    assert any(c.startswith("stdauthor 检查") and "判为缺失（5.2）" in c for c in comments)


def test_a_text_without_the_skeleton_asks_more_likeness_where_the_model_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bar of a regulation (no GB/T 1.1 skeleton) is ``threshold_without_skeleton`` when the
    model gives one: left at the GB/T bar, likeness read a touch of items readers call missing in
    unseen regulations (rounds 36–58: balanced accuracy 0.815 at 0.60, 0.834 at 0.66)."""
    import dataclasses

    # One unit scoring between the two bars: logistic(30/√grams − 2) for a unit with 走访 once.
    text = "物业服务企业每季度入户走访业主，记录业主的意见。"
    probability = tiny_model().probability("5.6.1", text)
    assert probability is not None and 0.5 < probability < 0.99
    model = dataclasses.replace(tiny_model(), threshold=0.5, threshold_without_skeleton=0.99)
    monkeypatch.setattr("authoring.coverage.load_model", lambda cid, language="zh": model)
    assert status(analyse(draft(text), tiny_pack()), "5.6.1").status == "partial"
    assert status(analyse(draft(text, structure="articles"), tiny_pack()), "5.6.1").status == "missing"
    lenient = dataclasses.replace(model, threshold_without_skeleton=None)
    monkeypatch.setattr("authoring.coverage.load_model", lambda cid, language="zh": lenient)
    assert status(analyse(draft(text, structure="articles"), tiny_pack()), "5.6.1").status == "partial"


def test_the_bundled_model_asks_more_of_a_text_without_the_skeleton() -> None:
    model = signal.load_model("excellence-guide")
    assert model is not None and model.threshold_without_skeleton is not None
    assert model.threshold_without_skeleton > model.threshold


def test_an_item_with_its_own_bar_asks_more_likeness_in_a_text_without_the_skeleton(monkeypatch: pytest.MonkeyPatch) -> None:
    """``bars_without_skeleton`` raises one item's bar in a regulation only: the same unit still makes
    another item partial there, and the item itself partial in a GB/T draft (the regulations of
    rounds 36–141: a 规划 read as a service strategy at 0.66–0.75 was missing for readers 19 times of 35)."""
    import dataclasses

    text = "物业服务企业每季度入户走访业主，开展培训并记录业主的意见。"
    base = tiny_model()
    p41, p54 = base.probability("5.6.1", text), base.probability("5.4", text)
    assert p41 is not None and p54 is not None and 0.6 < min(p41, p54) and max(p41, p54) < 0.99
    model = dataclasses.replace(base, threshold=0.5, threshold_without_skeleton=0.6,
                                bars_without_skeleton={"5.6.1": 0.99})
    monkeypatch.setattr("authoring.coverage.load_model", lambda cid, language="zh": model)
    regulation = analyse(draft(text, structure="articles"), tiny_pack())
    assert status(regulation, "5.6.1").status == "missing"
    assert status(regulation, "5.4").status == "partial"
    assert status(analyse(draft(text), tiny_pack()), "5.6.1").status == "partial"
    # A bar below the common one never lowers it.
    assert dataclasses.replace(model, bars={"5.4": 0.1}).bar("5.4") == model.threshold


def test_the_bundled_model_bars_are_above_its_bar_without_the_skeleton() -> None:
    model = signal.load_model("excellence-guide")
    assert model is not None and model.bars_without_skeleton
    assert all(model.threshold_without_skeleton < bar < 1 for bar in model.bars_without_skeleton.values())
    assert set(model.bars_without_skeleton) <= set(model.promote or model.items)
    assert model.without_skeleton().bar("5.3") == model.bars_without_skeleton["5.3"]


def test_the_bundled_model_keeps_the_bars_its_training_script_writes() -> None:
    """Retraining writes the bars from ``bench/train_signal.py``: a bar set in the shipped JSON
    alone (or in the script alone) would be lost, or appear, at the next training."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "bench" / "train_signal.py"
    spec = importlib.util.spec_from_file_location("train_signal_for_test", path)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    model = signal.load_model("excellence-guide")
    assert model is not None
    assert model.threshold == script.THRESHOLD
    assert model.threshold_without_skeleton == script.THRESHOLD_WITHOUT_SKELETON
    assert model.bars_without_skeleton == script.BARS_WITHOUT_SKELETON


def _regulation(*articles: str) -> StandardDocument:
    doc = StandardDocument(
        metadata=Metadata(title_zh="某省志愿服务条例"),
        clauses=[Clause(number=f"第{n}条", title="", blocks=[Paragraph(text=t)]) for n, t in
                 zip("一二三四五六七八九", articles)])
    doc.metadata.structure = "articles"
    return doc


VOLUNTEERS = _regulation(
    "为了弘扬志愿精神，规范志愿服务，保障志愿者、志愿服务组织和志愿服务对象的合法权益，制定本条例。",
    "本条例所称志愿服务，是指志愿者、志愿服务组织自愿、无偿向社会或者他人提供的公益服务。",
    "县级以上人民政府应当将志愿服务事业纳入国民经济和社会发展规划。",
    "志愿者享有下列权利：",
    "志愿服务组织应当为志愿者参与志愿服务活动提供必要条件，保障志愿者的人身安全。",
    "邮政企业应当采用现代科学技术和管理手段，增强普遍服务能力。",
)


def test_the_providers_rights_article_makes_empowerment_partial_past_the_doubt() -> None:
    """志愿者享有下列权利： is the lead-in of the article whose list gives the service's providers their
    rights; readers call 5.2 addressed in all 21 texts of bench/real that have it. The lead-in alone is
    too short for the likeness model, and the learned doubt made 20 of them missing: 5.2's weak cues
    are not put to it (``weak_undoubted``)."""
    report = analyse(VOLUNTEERS, load_packs().get("excellence-guide"))
    found = next(i for i in report.items if i.id == "5.2")
    assert found.status == "partial"
    assert [e.location for e in found.evidence] == ["第四条"] and found.evidence[0].basis == ""


def test_modern_technique_makes_innovation_partial_and_no_more() -> None:
    report = analyse(VOLUNTEERS, load_packs().get("excellence-guide"), likeness=False)
    found = next(i for i in report.items if i.id == "5.7")
    assert found.status == "partial"
    assert [e.location for e in found.evidence] == ["第六条"]


def test_a_lead_in_whose_items_were_typed_as_paragraphs_is_shown_with_its_weightiest_item(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """zzzzs03's shape (QA pass 17, A3): 公园管理单位应当履行下列职责： then （一）…… typed as paragraphs of the same
    article. The lead-in alone was 5.5's only evidence; it is shown with the item that weighs most for the item."""
    model = signal.Model(checklist_id="tiny", threshold=0.5, items=("5.6.1",), bias=(-2.0,),
                         weights=({"走访": 30.0, "意见": 5.0},))
    monkeypatch.setattr("authoring.coverage.load_model", lambda cid, language="zh": model if cid == "tiny" else None)
    doc = draft("物业服务企业应当走访业主，并履行下列职责：", "（一）维护公共设施；", "（二）记录业主意见；",
                "电梯应每月维保一次。", structure="articles")
    item = status(analyse(doc, tiny_pack()), "5.6.1")
    assert item.status == "partial" and item.evidence[0].basis == "similar"
    assert item.evidence[0].excerpt == "物业服务企业应当走访业主，并履行下列职责：……（二）记录业主意见；"
    assert item.evidence[0].anchor == 0
    # with no typed items after it, the line is shown as it is
    alone = draft("物业服务企业应当走访业主，并履行下列职责：", "电梯应每月维保一次。", structure="articles")
    assert status(analyse(alone, tiny_pack()), "5.6.1").evidence[0].excerpt == "物业服务企业应当走访业主，并履行下列职责："


def test_a_line_with_no_chinese_is_no_likeness_in_a_chinese_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """QA pass 18, A6: an XML declaration and a field name (bActionPrint) in GM/T drafts were 4.4's "similar"
    evidence, sharing digits and letters with the passages readers cited. A Chinese model reads Chinese lines only."""
    model = signal.Model(checklist_id="tiny", threshold=0.5, items=("5.6.1",), bias=(-2.0,),
                         weights=({"1.0": 30.0, "走访": 30.0},))
    monkeypatch.setattr("authoring.coverage.load_model", lambda cid, language="zh": model if cid == "tiny" else None)
    code = draft('<?xml version="1.0" encoding="gb2312"?>', "电梯应每月维保一次。", structure="articles")
    assert status(analyse(code, tiny_pack()), "5.6.1").status == "missing"
    chinese = draft("物业服务企业每季度入户走访业主。", "电梯应每月维保一次。", structure="articles")
    assert status(analyse(chinese, tiny_pack()), "5.6.1").status == "partial"


# The English model (forty-eighth session): words and word pairs, its own doubt.

def test_the_english_model_reads_word_stems_and_neighbouring_pairs() -> None:
    found = signal.words("Complaints are handled on time by trained staff.")
    assert {"complaint", "handl", "train", "staff", "complaint_are", "on_time", "by_train"} <= found
    # a common word counts only in a pair with a word that says something; two together not at all
    assert not {"are", "on", "by", "the"} & found and "are_handl" in found
    assert signal.words("Call us: 01234 567890") == {"call", "us", "call_us"}  # digits are no words


#: Addressed (partial) exactly when the paragraph that reads most like the item does so above even odds.
EVEN_ODDS = signal.Decision(classes=("missing", "partial"), items=("5.4", "5.6.1", "5.6.2"),
                            coef=((0.0,) * 12, (0.0, 0.0, 0.0, 0.0, 1.0) + (0.0,) * 7), intercept=(0.0, 0.0))


def english_model(min_text: int = 0) -> signal.Model:
    """5.4 reads like its evidence where staff are *coached*; 5.6.1 where customers are *surveyed*."""
    return signal.Model(checklist_id="tiny", threshold=0.5, items=("5.4", "5.6.1", "5.6.2"), bias=(-2.0, -2.0, -2.0),
                        weights=({"coach": 30.0}, {"survey": 30.0}, {"promis": 30.0}), language="en",
                        features="words", min_unit=20, decision=EVEN_ODDS, min_text=min_text)


def english_pack() -> Checklist:
    return Checklist(id="tiny", title_zh="小清单", source="测试", chapters=[Chapter(id="5", title_zh="因素", items=[
        Item(id="5.4", title_zh="人力资源", cues=Cues(zh=("员工培训",), en=("staff training",))),
        Item(id="5.6", title_zh="顾客体验", cues=Cues(zh=("顾客体验",)), children=(
            Item(id="5.6.1", title_zh="了解顾客需求", cues=Cues(zh=("需求调查",), en=("needs assessment",))),
            Item(id="5.6.2", title_zh="服务承诺和补救", cues=Cues(zh=("服务承诺",), en=("service promise",))),
        )),
    ])])


def english_page(*paragraphs: str) -> StandardDocument:
    return StandardDocument(metadata=Metadata(title_en="Support policy", language="en", structure="none"), clauses=[
        Clause(number="1", title="Support", blocks=[Paragraph(text=t, anchor=i) for i, t in enumerate(paragraphs)])])


@pytest.fixture
def with_english_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("authoring.coverage.load_model",
                        lambda cid, language="zh": english_model() if (cid, language) == ("tiny", "en") else None)


def test_the_decision_weighs_the_features_then_the_item() -> None:
    decision = signal.Decision(classes=("covered", "missing", "partial"), items=("4.1", "4.2"),
                               coef=((0.0,) * 9 + (5.0, 0.0), (0.0,) * 11, (0.0, 1.0) + (0.0,) * 9),
                               intercept=(0.0, 0.5, 0.0))
    partial = signal.decision_features("partial", 0.3, 1, [0.4], 0, 10)
    assert len(partial) == len(signal.DECISION_FEATURES) and partial[4] == pytest.approx(math.log(0.4 / 0.6))
    assert partial[5] == partial[6] == pytest.approx(math.log(1e-4 / (1 - 1e-4)))  # fewer than three paragraphs
    assert decision.status("4.1", partial) == "covered"  # the item's own weight
    assert decision.status("4.2", partial) == "partial"  # the cues' verdict outweighs the intercept
    assert decision.status("4.2", signal.decision_features("missing", 0, 0, [], 0, 10)) == "missing"
    assert decision.status("5.1", partial) is None


def test_an_english_text_shorter_than_any_the_decision_learned_from_is_left_to_the_cues(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("authoring.coverage.load_model",
                        lambda cid, language="zh": english_model(min_text=400) if language == "en" else None)
    short = english_page("Customers may book staff training for their own teams through the portal.",
                         "Servers are patched every month during the maintenance window.")
    assert status(analyse(short, english_pack()), "5.4").status == "partial"


def test_an_english_item_whose_words_are_read_nowhere_like_it_is_missing_with_its_places_marked(
        with_english_model) -> None:
    unlike = english_page("Customers may book staff training for their own teams through the portal.",
                          "Servers are patched every month during the maintenance window.")
    assert status(analyse(unlike, english_pack(), likeness=False), "5.4").status == "partial"
    item = status(analyse(unlike, english_pack()), "5.4")
    assert item.status == "missing" and [e.basis for e in item.evidence] == ["unlike"]
    # Anywhere in the text: a paragraph of its own that reads like 5.4 keeps the cue's place.
    like = english_page("Customers may book staff training for their own teams through the portal.",
                        "New agents are coached by a senior agent during their first month.")
    kept = status(analyse(like, english_pack()), "5.4")
    assert kept.status == "partial" and all(e.basis == "" for e in kept.evidence)


def test_the_english_decision_moves_the_cues_verdict_one_step_at_most(monkeypatch: pytest.MonkeyPatch) -> None:
    """A decision that calls 5.4 missing and 5.6.1 covered whatever the text says: the cues' covered 5.4 becomes
    partial, the unreached 5.6.1 partial, with the paragraph that reads most like it."""
    flip = signal.Decision(classes=("covered", "missing", "partial"), items=("5.4", "5.6.1", "5.6.2"),
                           coef=((0.0,) * 10 + (9.0, 0.0), (0.0,) * 9 + (9.0, 0.0, 0.0), (0.0,) * 12),
                           intercept=(0.0, 0.0, 0.0))
    model = dataclasses.replace(english_model(), decision=flip)
    monkeypatch.setattr("authoring.coverage.load_model",
                        lambda cid, language="zh": model if (cid, language) == ("tiny", "en") else None)
    doc = english_page("All new staff complete staff training in their first week; staff training is refreshed "
                       "every year and staff training records are kept.",
                       "Every spring we send customers a short survey about what they need from the service.")
    pack = english_pack()
    chapter = pack.chapters[0]
    pack = dataclasses.replace(pack, chapters=[dataclasses.replace(chapter, items=[
        dataclasses.replace(chapter.items[0], covered_from=0.3), *chapter.items[1:]])])  # covered from 0.3 (as 5.8 has its own bar)
    cues = analyse(doc, pack, likeness=False)
    assert status(cues, "5.4").status == "covered" and status(cues, "5.6.1").status == "missing"
    judged = analyse(doc, pack)
    assert status(judged, "5.4").status == "partial" and status(judged, "5.4").evidence
    assert status(judged, "5.6.1").status == "partial"
    assert [e.basis for e in status(judged, "5.6.1").evidence] == ["similar"]


def test_an_english_item_no_cue_reaches_is_partial_where_a_paragraph_reads_like_it(with_english_model) -> None:
    doc = english_page("Every spring we send customers a short survey about what they need from the service.",
                       "Servers are patched every month during the maintenance window.")
    assert status(analyse(doc, english_pack(), likeness=False), "5.6.1").status == "missing"
    item = status(analyse(doc, english_pack()), "5.6.1")
    assert item.status == "partial" and [e.basis for e in item.evidence] == ["similar"]
    assert "survey" in item.evidence[0].excerpt and "Servers" not in item.evidence[0].excerpt
    # The Chinese model never reads an English text, nor the English one a Chinese draft.
    chinese = draft("物业服务企业每季度入户走访业主，记录业主的意见。")
    assert status(analyse(chinese, english_pack()), "5.6.1").status == "missing"


def bundled_decider(language: str, features: str, longest_min_text: int = 3000) -> signal.Model:
    """The bundled model for ``language`` (``en``, ``zh-decision``), checked to decide every leaf
    item of the guide: strong evidence is never missing, nothing found is always missing."""
    guide = load_packs()["excellence-guide"]
    model = signal.load_model("excellence-guide", language)
    assert model is not None and model.features == features and model.decision is not None
    leaves = {i.id for i in guide.items() if not i.children}
    assert set(model.items) == leaves and set(model.decision.items) == leaves
    assert set(model.decision.classes) == {"covered", "partial", "missing"} and 0 < model.min_text < longest_min_text
    strong = signal.decision_features("covered", 0.9, 4, [0.95, 0.9, 0.85], 5, 60)
    nothing = signal.decision_features("missing", 0.0, 0, [0.02, 0.01, 0.01], 0, 60)
    assert {model.decision.status(i, strong) for i in leaves} <= {"covered", "partial"}
    assert {model.decision.status(i, nothing) for i in leaves} == {"missing"}
    return model


def test_the_bundled_english_model_reads_english_words_for_the_guide_s_items() -> None:
    model = bundled_decider("en", "words")
    assert model.reads("en") and not model.reads("zh")
    # (the customer's view heard and acted on; a survey alone no longer reads so since the model learned from a
    # survey company's terms, where surveys are the product, not the customer's voice: sixty-fifth session)
    heard = "We ask for your feedback after every visit and use it to improve our service."
    patch = "Servers are patched on the first Sunday of every month between 02:00 and 04:00."
    assert model.probability("7.2", heard) > 0.5 > model.probability("7.2", patch)
    assert signal.load_model("excellence-guide").language == "zh"


# The Chinese decision (forty-ninth session): over what the whole checker found, for texts without the GB/T skeleton.

def chinese_decider() -> signal.Model:
    """A Chinese decision model: 5.6.1 reads like its evidence where owners are visited (走访); addressed (partial)
    exactly when its best paragraph does so above even odds."""
    return signal.Model(checklist_id="tiny", threshold=0.5, items=("5.4", "5.6.1", "5.6.2"), bias=(-2.0, -2.0, -2.0),
                        weights=({"培训": 30.0}, {"走访": 30.0}, {"承诺": 30.0}), decision=EVEN_ODDS)


def test_a_regulation_s_items_are_settled_by_the_chinese_decision_and_a_gbt_draft_s_are_not(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from authoring.coverage import DECISION_ZH

    # the first model makes nothing partial (its bar is out of reach); the decision model reads 走访 for 5.6.1
    plain = dataclasses.replace(tiny_model(), threshold=1.0)
    models = {("tiny", "zh"): plain, ("tiny", DECISION_ZH): chinese_decider()}
    monkeypatch.setattr("authoring.coverage.load_model", lambda cid, language="zh": models.get((cid, language)))
    paragraphs = ("物业服务企业每季度入户走访业主，记录业主的意见。", "电梯应每月维保一次。")
    regulation = analyse(draft(*paragraphs, structure="articles"), tiny_pack())
    item = status(regulation, "5.6.1")
    assert item.status == "partial" and [e.basis for e in item.evidence] == ["similar"]
    assert "走访" in item.evidence[0].excerpt
    assert status(regulation, "5.6").status == "partial"  # the parent as its sub-items make it
    # the same words in a GB/T draft: the regulations' decision is not its own (it has none here)
    assert status(analyse(draft(*paragraphs), tiny_pack()), "5.6.1").status == "missing"
    # and --cues-only (likeness off) leaves the regulation to the cues
    assert status(analyse(draft(*paragraphs, structure="articles"), tiny_pack(), likeness=False), "5.6.1").status \
        == "missing"


def test_the_chinese_decision_leaves_what_it_does_not_read_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """An item the decision calls missing that the checker had no place for stays missing; one no paragraph reads
    like (5.4 here, its weights on 培训) is missing whatever the checker said."""
    from authoring.coverage import DECISION_ZH

    models = {("tiny", DECISION_ZH): chinese_decider()}
    monkeypatch.setattr("authoring.coverage.load_model", lambda cid, language="zh": models.get((cid, language)))
    doc = draft("服务人员应当参加员工培训，员工培训每年不少于两次。", "电梯应每月维保一次。", structure="articles")
    assert status(analyse(doc, tiny_pack(), likeness=False), "5.4").status != "missing"
    # 培训 reads like 5.4 here: the cue's verdict is kept (partial by the even-odds decision) with its own places
    item = status(analyse(doc, tiny_pack()), "5.4")
    assert item.status == "partial" and all(e.basis == "" for e in item.evidence)
    assert status(analyse(doc, tiny_pack()), "5.6.2").status == "missing"


def test_the_bundled_chinese_decision_reads_chinese_for_the_guide_s_items() -> None:
    from authoring.coverage import DECISION_ZH

    model = bundled_decider(DECISION_ZH, "chars")
    assert model.reads("zh") and not model.reads("en")
    visits = "物业服务企业应当定期走访业主，开展满意度调查，听取业主对物业服务的意见和建议。"
    lift = "电梯使用单位应当每十五日对电梯进行一次清洁、润滑、调整和检查。"
    assert model.probability("5.6.1", visits) > 0.5 > model.probability("5.6.1", lift)


def test_the_bundled_gbt_decision_decides_technical_standards_and_leaves_service_ones_alone() -> None:
    """The GB/T decision (fiftieth session) is learned on third-party technical standards: it decides a GB/T draft whose
    title names no service, and never a service standard's (the project's own examples are those)."""
    from authoring.coverage import DECISION_GBT, _decider

    model = bundled_decider(DECISION_GBT, "chars")
    trained_on = json.loads(signal.model_path("excellence-guide", DECISION_GBT).read_text(encoding="utf-8"))[
        "decision"]["trained_on"]
    # AE (sixty-ninth session, round 268's rule) learned on the 75 decided drafts this machine restores, through round
    # 265 (AD, before it, on 121 of which many cannot be restored here): a file learned on fewer is a step back
    assert model.reads("zh") and int(re.search(r"of (\d+) texts", trained_on).group(1)) >= 75
    guide = load_packs()["excellence-guide"]
    assert _decider(guide, draft("操作系统应提供身份鉴别功能。", cover="信息安全技术 操作系统安全技术要求")) is not None
    for service in ("养老机构卓越服务指南", "物业服务规范", "旅游景区游客中心设置与服务规范", "政务服务中心运行规范"):
        assert _decider(guide, draft("机构应建立员工培训制度。", cover=service)) is None, service


def test_a_gbt_draft_s_decision_stands_in_for_the_first_model_s_likeness(monkeypatch: pytest.MonkeyPatch) -> None:
    """With a GB/T decision, the first model no longer makes a GB/T draft's unreached items partial: the decision,
    learned over the verdicts without it, decides (here: 5.4's 培训 is read as nothing, 5.6.1's 走访 as addressed),
    for a draft whose title names no service; a service standard keeps the first model's likeness."""
    from authoring.coverage import DECISION_GBT

    eager = dataclasses.replace(tiny_model(), threshold=0.01)  # makes every item it reads partial
    decider = dataclasses.replace(chinese_decider(), weights=({"不存在": 30.0}, {"走访": 30.0}, {"承诺": 30.0}))
    models = {("tiny", "zh"): eager}
    monkeypatch.setattr("authoring.coverage.load_model", lambda cid, language="zh": models.get((cid, language)))
    paragraphs = ("物业服务人员每年参加岗位技能培训。", "物业服务企业每季度入户走访业主，记录业主的意见。")
    doc = draft(*paragraphs, cover="信息技术 数据管理要求")
    first = analyse(doc, tiny_pack())
    assert status(first, "5.4").status == "partial" and status(first, "5.6.1").status == "partial"
    models[("tiny", DECISION_GBT)] = decider
    decided = analyse(doc, tiny_pack())
    assert status(decided, "5.4").status == "missing" and not status(decided, "5.4").evidence
    item = status(decided, "5.6.1")
    assert item.status == "partial" and [e.basis for e in item.evidence] == ["similar"] and "走访" in item.evidence[0].excerpt
    # a draft shorter than any the decision learned from keeps the first model's likeness partials
    models[("tiny", DECISION_GBT)] = dataclasses.replace(decider, min_text=10_000)
    assert status(analyse(doc, tiny_pack()), "5.4").status == "partial"
    models[("tiny", DECISION_GBT)] = decider
    # nor is a service standard's (its title names one): the decision learned from technical standards alone
    service = analyse(draft(*paragraphs, cover="物业服务规范"), tiny_pack())
    assert status(service, "5.4").status == "partial" and status(service, "5.6.1").status == "partial"
    # a regulation is not the GB/T decision's: there the first model still reads
    assert status(analyse(draft(*[p.text for p in doc.clauses[0].blocks], structure="articles"), tiny_pack()),
                  "5.4").status == "partial"

