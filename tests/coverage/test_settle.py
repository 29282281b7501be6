"""The settling rule (``authoring.coverage.signal.SettleRule``): in a text read as articles, what
the cues or the likeness call partial is missing where readers of such texts would call it so.
Built on the shipped rule (``checklists/signal/excellence-guide.settle.json``, ``bench/train_settle.py``)."""

from __future__ import annotations

import json
from pathlib import Path

from docx import Document

from authoring.check import check_file
from authoring.checklist import load_packs
from authoring.coverage import analyse, signal
from authoring.document import Clause, Metadata, Paragraph, StandardDocument
from authoring.i18n import set_lang
from authoring.report import render_json, render_markdown
from authoring.results import CoverageReport, ItemCoverage

#: A made-up parking regulation of the length of the shortest regulation the rule was trained on.
#: Its only word for a service culture (5.3) is 第三条's 规划部门, the city's planning authority.
PARKING = (
    "为了加强本市停车场的规划、建设和管理，规范停车秩序，改善交通状况，根据有关法律、法规，结合本市实际，制定本条例。",
    "本条例适用于本市行政区域内停车场的规划、建设、使用和管理。本条例所称停车场，是指供机动车停放的露天或者室内场所，包括公共停车场、专用停车场和道路停车泊位。",
    "市城乡规划部门负责组织编制停车场专项规划，区城乡规划部门按照职责做好停车场规划的实施和监督工作。",
    "市交通运输主管部门负责本市停车场的监督管理工作，区交通运输主管部门负责本辖区内停车场的日常监督管理工作。发展改革、公安、住房城乡建设、市场监督管理等部门按照各自职责做好停车场管理的相关工作。",
    "新建、改建、扩建公共建筑、商业街区、居住区、大（中）型建筑等，应当按照规定的标准配套建设停车场。配套建设的停车场应当与主体工程同步设计、同步施工、同步交付使用。",
    "鼓励单位和个人利用自有土地、地下空间以及其他符合规划要求的场地投资建设公共停车场。投资建设公共停车场的，按照国家和本市有关规定享受相关政策。",
    "停车场建成后，建设单位应当在交付使用前向所在地区交通运输主管部门备案，提交停车场平面图、泊位数量、收费方式等材料。",
    "停车场经营者应当在停车场出入口的显著位置设置标志，标明停车场名称、开放时间、泊位数量、收费标准和监督电话。",
    "停车场经营者应当按照国家有关规定配备必要的照明、消防、监控和通讯设施，并保持其正常使用；停车场内的交通标志、标线应当清晰、完整。",
    "停车场管理人员应当按照规定引导车辆有序进出和停放，维护停车场内的交通秩序，发现安全隐患及时处理。",
    "停车场收费实行政府定价、政府指导价和市场调节价。实行政府定价、政府指导价的，由价格主管部门按照规定的权限和程序制定。",
    "停车场经营者应当按照规定收取停车费，出具合法票据，不得擅自提高收费标准或者增加收费项目。",
    "机动车驾驶人应当遵守停车场管理规定，按照标志、标线和管理人员的指挥停放车辆，不得占用消防通道和其他车辆的泊位。",
    "道路停车泊位的设置由公安机关交通管理部门会同交通运输主管部门确定，并向社会公布。道路停车泊位应当根据道路通行条件和停车需求适时调整。",
    "任何单位和个人不得擅自设置、撤除道路停车泊位，不得擅自设置地桩、地锁等障碍物。",
    "住宅小区内的停车位应当首先满足业主的需要。住宅小区停车位的使用和收费，按照业主大会的决定和物业服务合同的约定执行。",
    "交通运输主管部门应当建立停车信息管理平台，汇集停车场的位置、泊位数量和使用情况等信息，并向社会公开。",
    "公共停车场应当设置无障碍停车泊位，并设置明显标志。无障碍停车泊位的数量不得少于国家规定的比例，其他车辆不得占用。",
    "大型公共建筑配套建设的停车场应当向社会开放，其开放时间和收费标准应当在出入口公示，并报交通运输主管部门备案。",
    "机关、企事业单位的内部停车场在满足本单位停车需求的前提下，鼓励在夜间和节假日向社会开放，实行错时共享停车。",
    "停车场经营者不得擅自改变停车场的使用性质；确需改变的，应当经规划、交通运输等部门同意，并按照规定办理相关手续。",
    "临时停车场的设置应当符合国土空间规划和消防安全的要求，设置期限一般不超过两年，期满后应当恢复原状。",
    "停车场内发生车辆损坏、丢失的，停车场经营者与机动车驾驶人按照双方约定和有关法律规定处理；未作约定的，依法承担相应的责任。",
    "道路停车泊位实行计时收费，具体收费时段和标准由价格主管部门会同交通运输主管部门制定，并向社会公布。",
    "电动汽车充电设施应当与停车场同步规划、同步建设。既有停车场应当按照规定的比例逐步配建充电设施，并加强用电安全管理。",
    "停车场经营者应当建立健全安全管理制度，定期对设施设备进行维护保养，制定突发事件应急预案，并组织演练。",
    "公安机关交通管理部门应当加强对道路停车秩序的管理，依法查处违法停车行为，保障道路安全畅通。",
    "城市管理部门应当加强对占道设置障碍物、擅自设置停车泊位等行为的监督检查，依法予以查处。",
    "交通运输主管部门应当会同有关部门定期对停车场的建设和运营情况进行调查统计，并将结果作为编制停车场专项规划的依据。",
    "停车场经营者应当对进出停车场的车辆进行登记，妥善保管停车记录，保存期限不少于六个月，并依法保护车辆所有人的个人信息。",
    "鼓励停车场经营者采用电子收费、移动支付等方式收取停车费，提高车辆进出停车场的通行效率，减少车辆排队等候。",
    "医院、学校、车站、旅游景区等人员密集场所周边的停车场，应当合理设置临时停靠区域，方便接送人员上下车。",
    "停车场经营者停止经营的，应当提前三十日向社会公告，并向所在地区交通运输主管部门报告，妥善处理与车辆所有人的相关事宜。",
    "市人民政府可以根据城市交通状况，在交通拥堵的区域实行差别化停车收费，引导车辆合理使用道路资源。",
    "违反本条例规定，停车场经营者未按照规定配备照明、消防、监控设施的，由交通运输主管部门责令限期改正；逾期不改正的，处以罚款。",
    "违反本条例规定，机动车驾驶人占用消防通道或者无障碍停车泊位的，由公安机关交通管理部门依照道路交通安全法律、法规的规定处罚。",
    "违反本条例规定，停车场经营者擅自提高收费标准或者增加收费项目的，由价格主管部门依照价格管理法律、法规的规定处罚。",
    "违反本条例规定，擅自改变停车场使用性质的，由有关部门责令限期恢复原状，并处以罚款；拒不恢复的，依法强制执行。",
    "停车场经营者应当公开投诉渠道，对车辆所有人的投诉在规定期限内予以答复；对处理结果不满意的，车辆所有人可以向交通运输主管部门反映。",
    "建设单位应当按照停车场设计规范设置出入口和内部通道，出入口的位置应当符合城市道路交通组织的要求，避免影响道路通行。",
    "地下停车场应当设置通风、排水、防汛等设施，并在汛期前进行检查维护，防止积水造成车辆损失和人身伤害。",
    "停车场经营者应当为管理人员配备统一的工作标识，管理人员应当按照规定的时间在岗值守，不得擅离职守。",
    "本条例实施前已经建成的停车场，不符合本条例规定的，应当在本条例施行之日起两年内按照规定进行改造。",
    "违反本条例第五条规定，未按照规定配套建设停车场的，由住房城乡建设主管部门责令限期改正，并处以罚款。",
    "违反本条例第八条规定，停车场经营者未设置标志的，由交通运输主管部门责令改正；拒不改正的，处以罚款。",
    "违反本条例第十五条规定，擅自设置地桩、地锁等障碍物的，由城市管理部门责令限期拆除；逾期不拆除的，依法强制拆除。",
    "有关部门及其工作人员在停车场管理工作中玩忽职守、滥用职权、徇私舞弊的，依法给予处分；构成犯罪的，依法追究刑事责任。",
    "本条例自公布之日起施行。",
)
#: What a service culture is in a regulation: it goes in as 第十一条.
CULTURE = "停车场经营者应当加强服务文化建设，培育以车主为中心的服务理念，对管理人员开展职业道德教育和文明服务培训，并向社会公开服务承诺。"
_DIGITS = "零一二三四五六七八九"


def _number(n: int) -> str:
    """第n条 as a regulation writes it (n < 100)."""
    tens, ones = divmod(n, 10)
    return f"第{(_DIGITS[tens] if tens > 1 else '') + ('十' if tens else '') + (_DIGITS[ones] if ones else '')}条"


def _texts(extra: str | None = None, upto: int | None = None) -> list[str]:
    texts = list(PARKING[:upto])
    if extra:
        texts.insert(10, extra)
    return texts


def _regulation(extra: str | None = None, upto: int | None = None, structure: str = "articles") -> StandardDocument:
    return StandardDocument(metadata=Metadata(title_zh="某市停车场管理条例", structure=structure), clauses=[
        Clause(number=_number(n), blocks=[Paragraph(text=text)]) for n, text in enumerate(_texts(extra, upto), 1)])


def _item(report: CoverageReport, item_id: str) -> ItemCoverage:
    return next(i for i in report.items if i.id == item_id)


def test_the_shipped_rule_reads_chinese_regulations_and_more_found_never_reads_more_like_missing() -> None:
    rule = signal.load_settle("excellence-guide")
    guide = load_packs()["excellence-guide"]
    assert rule is not None and rule.reads("zh") and not rule.reads("en") and 0 < rule.threshold < 1
    assert set(rule.bias) == {i.id for i in guide.items() if not i.children}
    assert rule.settles == ("partial",) and rule.min_characters >= 1000
    assert len(rule.weights) == len(signal.SETTLE_FEATURES) and all(w <= 0 for w in rule.weights)

    def standing(cue: str) -> float:
        addressed, seen = rule.cues["5.3"][cue]
        return (addressed + 2 * rule.prior["5.3"]) / (seen + 2)

    # Learned from the labels, not written in: a city's planning authority seldom stands for a service culture.
    assert standing("规划部门") < standing("职业道德") and standing("规划部门") < rule.prior["5.3"]


def test_a_planning_authority_is_no_service_culture_but_a_culture_article_is() -> None:
    pack = load_packs()["excellence-guide"]
    regulation = _regulation()
    assert sum(len(t) for t in _texts()) >= signal.load_settle("excellence-guide").min_characters
    cues_say = _item(analyse(regulation, pack, settle=False), "5.3")
    assert cues_say.status == "partial" and [e.cues for e in cues_say.evidence] == [["规划部门"]]
    settled = _item(analyse(regulation, pack), "5.3")
    assert settled.status == "missing"
    assert [(e.location, e.basis) for e in settled.evidence] == [("第三条", "settled")], "what was found stays, not counted"
    cultured = _item(analyse(_regulation(CULTURE), pack), "5.3")
    assert cultured.status != "missing" and any(e.location == "第十一条" and e.basis == "" for e in cultured.evidence)


def test_settling_leaves_short_texts_and_standards_alone() -> None:
    pack = load_packs()["excellence-guide"]

    def statuses(doc: StandardDocument, **kw: bool) -> list[tuple[str, str]]:
        return [(i.id, i.status) for i in analyse(doc, pack, **kw).items]

    short = _regulation(upto=12)
    assert sum(len(t) for t in _texts(upto=12)) < signal.load_settle("excellence-guide").min_characters
    assert statuses(short) == statuses(short, settle=False)
    assert _item(analyse(short, pack), "5.3").status == "partial"
    standard = _regulation(structure="gbt")
    assert statuses(standard) == statuses(standard, settle=False)
    assert statuses(_regulation()) != statuses(_regulation(), settle=False)


def test_reports_say_a_settled_item_was_found_but_not_counted(tmp_path: Path) -> None:
    from authoring.report.annotate import annotate_copy

    path = tmp_path / "条例.docx"
    document = Document()
    document.add_paragraph("某市停车场管理条例")
    for n, text in enumerate(_texts(), 1):
        document.add_paragraph(f"{_number(n)} {text}")
    document.save(path)
    guide = load_packs()["excellence-guide"]
    result = check_file(path, guide)
    assert result.document.structure == "articles"
    assert _item(result.coverage, "5.3").status == "missing"
    data = json.loads(render_json(result))
    assert [e.get("basis") for i in data["coverage"]["items"] if i["id"] == "5.3" for e in i["evidence"]] == ["settled"]
    assert _item(check_file(path, guide, likeness=False).coverage, "5.3").status == "partial", "--cues-only: cues alone"
    try:
        set_lang("zh")
        text = render_markdown(result)
        assert "同类文本（条例、规章）的读者对这样的内容多判为缺失" in text and "5.3" in text
        assert "已找到，但同类文本的读者多判为缺失" in text
        set_lang("en")
        assert "readers of texts of this kind (regulations, rules) mostly call such finds missing" in render_markdown(result)
    finally:
        set_lang("zh")
    annotate_copy(path, tmp_path / "批注.docx", result)
    comments = [c.text for c in Document(str(tmp_path / "批注.docx")).comments]
    assert any("未计入 5.3" in c and "同类文本的读者多判为缺失" in c for c in comments)
