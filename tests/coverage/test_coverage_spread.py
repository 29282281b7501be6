"""4.4 (内容明确) is covered where quantified indicators run through the text (LABELLING.md): a technical standard's
measured quantities (32 字节, 300 ms, 120 km/h) in clause after clause, though no word of a service indicator stands
there. Round 208 (fifty-ninth session): the seen GB/T drafts whose title names no service were covered for their readers
in 40 of the 42 holding such a quantity in five clauses or more; the checker had called 21 of them partial."""

from __future__ import annotations

from authoring.checklist import Checklist, load_packs
from authoring.coverage import analyse
from authoring.document import Clause, Metadata, Paragraph, StandardDocument

MEASURED = [
    "报文头长度为 12 字节，其中消息标识占 2 字节。",
    "终端收到平台指令后的应答超时为 300 ms，重发间隔为 5 s。",
    "视频码流带宽为 512 kbps，重要点位为 1536 kbps。",
    "设备供电电压为 12 V 或 24 V。",
    "道路限速值以 10 km/h 为单位设置，最高为 120 km/h。",
    "标志板面字高为 15 cm。",
]
PLAIN = [
    "平台应对接入的终端进行身份鉴别。",
    "终端应按约定的格式上报位置信息。",
    "平台应及时处理终端上报的报警信息，处理时限由运营单位规定。",
    "报文的各字段按网络字节序传输。",
]


def _standard(lines: list[str]) -> StandardDocument:
    """A GB/T 1.1 draft whose title names no service: a technical standard, one provision a clause."""
    return StandardDocument(
        metadata=Metadata(title_zh="道路运输车辆卫星定位系统 终端通讯协议及数据格式", structure="gbt"),
        clauses=[Clause(number="5", title="技术要求", children=[
            Clause(number=f"5.{n}", title="", blocks=[Paragraph(text=line, anchor=n)])
            for n, line in enumerate(lines, 1)])])


def _status(doc: StandardDocument, item: str, pack: Checklist | None = None) -> str:
    pack = pack or load_packs()["excellence-guide"]
    return next(i.status for i in analyse(doc, pack).items if i.id == item)


def test_measured_quantities_in_five_clauses_make_4_4_covered() -> None:
    item = next(i for i in analyse(_standard(MEASURED[:5] + PLAIN), load_packs()["excellence-guide"]).items
                if i.id == "4.4")
    assert item.status == "covered" and item.rule == "spread"  # the reports say why


def test_fewer_clauses_with_quantities_leave_4_4_partial() -> None:
    assert _status(_standard(MEASURED[:3] + PLAIN), "4.4") == "partial"


def test_the_rule_never_makes_a_missing_item_covered() -> None:
    # no word of 4.4 and no quantity its patterns count: the spread alone does not reach a missing item
    lines = ["终端的版本号为 2 位数字。", "平台端口号取 8080。", "扇区号取 0 至 15。"]
    assert _status(_standard(lines + PLAIN), "4.4") != "covered"


def test_dates_and_clause_numbers_are_no_measured_quantities() -> None:
    lines = ["本文件自 2019 年 7 月 1 日起实施。", "见 GB/T 19056—2012 的 4.2 和 5.3。",
             "终端应符合 JT/T 794 第 5 章的要求。", "表 3 给出了消息 ID 0x0200 的字段。",
             "按 6.1 的规定上报位置信息。", "SM2 算法的参数见附录 B。"]
    assert _status(_standard(lines + PLAIN), "4.4") == "partial"


def test_the_pack_carries_the_rule() -> None:
    item = load_packs()["excellence-guide"].item("4.4")
    assert item.covered_from_places == 5 and item.spread.zh


def test_an_sla_availability_makes_7_1_partial_in_chinese() -> None:
    """A Chinese service-level agreement's availability measure (服务可用性, 可用率) is a result measured: 7.1 partial
    at least, as uptime and downtime are in English (round 208: the CDN and cloud agreements' 7.1, covered for their
    readers, were missing)."""
    lines = ["云服务的月度服务可用率不低于 99.9%，按服务周期统计。", "客户可通过工单提交赔偿申请。"]
    doc = StandardDocument(metadata=Metadata(title_zh="CDN服务等级协议", structure="outline"), clauses=[
        Clause(number=f"{n}", title="", blocks=[Paragraph(text=line, anchor=n)]) for n, line in enumerate(lines, 1)])
    assert _status(doc, "7.1") != "missing"


AGREEMENT = [
    "云盾互联向客户提供的CDN服务的可用性等级指标及赔偿方案如下。",
    "服务可用性按服务周期统计，统计对象为客户账号下的加速域名。",
    "因客户原因、不可抗力或第三方原因导致的服务不可用，不属于赔偿范围，云盾互联免责。",
    "赔偿以代金券形式发放，赔偿总额不超过客户当月服务费用的25%。",
    "客户应在服务不可用发生后5个工作日内提交赔偿申请。",
]


def _agreement(title: str, lines: list[str]) -> StandardDocument:
    return StandardDocument(metadata=Metadata(title_zh=title, structure="outline"), clauses=[
        Clause(number=f"{n}", title="", blocks=[Paragraph(text=line, anchor=n)]) for n, line in enumerate(lines, 1)])


def test_a_service_level_agreement_covers_6_4_by_being_one() -> None:
    """6.4 (协议): readers called it covered in 40 of the 41 texts of bench/real titled a service-level agreement;
    round 208's two Chinese cloud agreements had it partial."""
    itself = ["本服务等级协议规定了云盾互联向客户提供的CDN服务的可用性等级指标及赔偿方案。"] + AGREEMENT[1:]
    for key in ("6.4", "5.6.2"):  # 5.6.2: a service promise and its recovery (the agreement's credits)
        assert _status(_agreement("CDN服务说明", AGREEMENT), key) == "partial", key  # these words alone
        assert _status(_agreement("CDN服务等级协议", AGREEMENT), key) == "covered", key
        assert _status(_agreement("", itself), key) == "covered", key
    assert {i.id for i in analyse(_agreement("", itself), load_packs()["excellence-guide"]).items
            if i.rule == "named"} == {"6.4", "5.6.2"}


def test_a_text_that_only_mentions_an_agreement_is_not_one() -> None:
    for line in ("双方应根据基本服务级别协议确定赔偿方案。", "服务商应与客户签订服务级别协议。"):
        assert _status(_agreement("CDN服务说明", [line] + AGREEMENT[1:]), "6.4") == "partial"
    assert _status(_agreement("Translation services", AGREEMENT), "6.4") == "partial"


SLA_TERMS = [
    "本协议适用于客户购买的内容分发网络服务，约定服务可用性等级指标及赔偿方案。",
    "服务周期指一个自然月。服务周期总分钟数指服务周期内的总天数乘以二十四小时乘以六十分钟。",
    "服务不可用分钟数指服务周期内，加速域名在连续五分钟内的请求错误率超过百分之五的分钟数之和。",
    "服务可用性按服务周期统计，服务可用性等于服务周期总分钟数减去服务不可用分钟数，除以服务周期总分钟数。",
    "云服务商承诺，内容分发网络服务的月度服务可用性不低于百分之九十九点九。",
    "如服务可用性未达到承诺，客户可以按照本协议的规定获得赔偿，赔偿以代金券形式发放。",
    "服务可用性低于承诺但不低于百分之九十九的，赔偿月度服务费的百分之十。",
    "服务可用性低于百分之九十九的，赔偿月度服务费的百分之二十五，赔偿总额不超过当月服务费用。",
    "因客户原因、不可抗力、第三方原因或计划内维护导致的服务不可用，不属于赔偿范围。",
    "客户应在服务不可用发生后五个工作日内通过工单提交赔偿申请，逾期不予受理。",
    "云服务商有权根据业务变化调整本协议的条款，并在官网公告后生效。",
    "本协议未尽事宜，按照客户与云服务商签订的服务协议执行。",
    "加速域名指客户在控制台添加并完成接入配置、用于对外提供内容的域名，一个账号下可以配置多个加速域名。",
    "请求错误率指在统计的一分钟内，返回服务端错误状态码的请求数占该分钟内全部请求数的比例。",
    "回源指加速节点上没有客户请求的内容时，节点向客户的源站获取该内容的过程，回源失败不计入不可用时间。",
    "计划内维护指云服务商提前三个自然日在官网或者站内信通知客户的系统维护、升级和迁移，维护期间的服务中断不计入不可用时间。",
    "客户因违反服务条款、拖欠费用或者存在违法违规内容而被暂停服务的，暂停期间不计入不可用时间。",
    "客户自行修改源站配置、域名解析或者缓存规则导致访问失败的，由客户自行承担相应后果。",
    "黑客攻击、网络运营商线路故障、电力中断以及其他云服务商无法合理控制的事件，属于不可抗力或者第三方原因。",
    "赔偿申请应写明账号、加速域名、服务不可用的起止时间以及相关的访问日志，云服务商在核实后予以处理。",
    "代金券只能用于购买云服务商的内容分发网络服务，不能兑换现金，也不能转让给其他账号使用。",
    "同一服务周期内的同一加速域名，客户只能提出一次赔偿申请，多次申请的，以第一次申请为准。",
    "客户对赔偿结果有异议的，可以在收到结果后十个工作日内通过工单提出复核，逾期视为接受处理结果。",
    "云服务商通过官网公告、站内信或者电子邮件向客户发送的通知，自发送之日起视为已经送达客户。",
]


def test_a_chinese_agreements_availability_stays_7_1_and_5_8_partial() -> None:
    """7.1's and 5.8's Chinese weak cues (服务可用性, 正常服务时间) are beyond doubt (weak_undoubted): the Chinese decision,
    learned on regulations and standards, made 7.1 missing on every Chinese service-level agreement of rounds 208-209,
    where readers called it covered in three of the five (5.8 partial in all five)."""
    doc = StandardDocument(metadata=Metadata(title_zh="内容分发网络服务等级协议", structure="outline"), clauses=[
        Clause(number=f"{n}", title="", blocks=[Paragraph(text=line, anchor=n)])
        for n, line in enumerate(SLA_TERMS, 1)])
    assert sum(len(line) for line in SLA_TERMS) >= 922  # long enough for the Chinese decision to weigh it
    items = {i.id: i for i in analyse(doc, load_packs()["excellence-guide"]).items}
    for key in ("7.1", "5.8"):  # 5.8's too: the availability measured is one of its measures
        assert items[key].status == "partial", key
        assert {c for e in items[key].evidence for c in e.cues} <= {"服务可用性", "可用率", "正常服务时间", "正常运行时间",
                                                                   "工作指标"}


CONTRACT = [
    "甲方应按照本合同的约定向乙方提供旅游服务，服务标准以行程单为准。",
    "乙方应按本合同约定支付旅游费用。",
    "行程中的交通、住宿和餐饮由甲方安排。",
    "本合同一式两份，双方各执一份，自双方签字之日起生效。",
]


def test_a_text_that_calls_itself_an_agreement_is_one() -> None:
    """A contract or agreement between a provider and its customer (本合同, 本协议, 本合约 three times or more): the five
    such texts of rounds 209-212 had 6.4 covered for both of their blind readers. Its remedies (5.6.2) are not made
    covered so: round 213's bank contracts had them partial."""
    pack = load_packs()["excellence-guide"]
    assert {i.id for i in analyse(_agreement("旅游服务", CONTRACT), pack).items if i.rule == "named"} == {"6.4"}
    twice = CONTRACT[:3] + ["合同一式两份，双方各执一份，自双方签字之日起生效。"]
    assert {i.id: i.status for i in analyse(_agreement("旅游服务", twice), pack).items if i.id in ("6.4", "5.6.2")} \
        == {"6.4": "partial", "5.6.2": "partial"}  # twice only: not said to be one
    assert all(i.rule != "named" for i in analyse(_agreement("旅游服务", twice), pack).items)


def test_a_standard_on_a_protocol_is_no_agreement() -> None:
    """A GB/T draft's 本协议 is its protocol (GB/T 16264.5 says so five times): no agreement with a customer."""
    lines = [line.replace("本合同", "本协议") for line in CONTRACT]
    doc = StandardDocument(metadata=Metadata(title_zh="旅游服务信息交换协议", structure="gbt"), clauses=[
        Clause(number="5", title="要求", children=[Clause(number=f"5.{n}", title="", blocks=[Paragraph(text=line, anchor=n)])
                                                  for n, line in enumerate(lines, 1)])])
    assert all(i.rule != "named" for i in analyse(doc, load_packs()["excellence-guide"]).items)
    assert _status(_agreement("旅游服务", ["基本协议规定的内容" + line.replace("本合同", "") for line in CONTRACT]), "6.4") \
        == "partial"  # (基本协议 is no 本协议)


def test_a_pollution_control_standard_covers_7_5_by_its_title() -> None:
    """7.5 (社会影响与可持续发展): readers called it covered in all 17 pollution-control standards and laws of bench/real's
    tune half (sixty-eighth session), the checker partial in 7 (DB44/ 815—2010, GB 37824—2019 …): the whole text is
    about its impact on the environment. The title says so, not the body's words (本标准规定了……污染物的排放限值 in a
    text titled otherwise leaves 7.5 partial)."""
    pack = load_packs()["excellence-guide"]
    lines = ["本标准规定了硫酸工业企业水和大气污染物的排放限值、监测和监控要求。", "企业应采取措施减少废气排放，保护生态环境。",
             "现有企业执行表1规定的水污染物排放限值。", "企业应按照《环境监测管理办法》的规定，对排污状况进行监测。"]

    def item(title: str):  # noqa: ANN202
        doc = StandardDocument(metadata=Metadata(title_zh=title, structure="gbt"), clauses=[
            Clause(number=str(n), title="要求", blocks=[Paragraph(text=line, anchor=n)]) for n, line in enumerate(lines, 4)])
        return next(i for i in analyse(doc, pack).items if i.id == "7.5")

    assert (item("硫酸工业污染物排放标准").status, item("硫酸工业污染物排放标准").rule) == ("covered", "titled")
    assert (item("硫酸工业企业监测要求").status, item("硫酸工业企业监测要求").rule) == ("partial", "")


def test_a_limits_table_s_cells_count_where_the_text_sets_limit_values() -> None:
    """An emission standard sets its limits in tables whose head gives the unit (单位：mg/L) and whose cells are bare
    numbers (50, 0.5, 6～9): no cell matches a quantity's pattern, so 4.4 stayed partial (rounds 265-266, GB 26877—2011,
    GB 4287—2012 …; the tune half's six such texts all covered for their readers). Where the text says it sets limit
    values, such a cell is a measured quantity; the same cells in a text that names no limit (a byte table's offsets,
    an archive's class codes) are not."""
    limits = ["现有企业执行表1规定的水污染物排放限值。", "表1 现有企业水污染物排放限值 单位：mg/L（pH值除外）",
              "6～9", "80", "20", "≤0.5", "1.0", "300"]
    assert _status(_standard(limits + PLAIN[:2] + ["平台应在 2 小时内处理报警。"]), "4.4") == "covered"
    codes = ["现有档案按表1的分类编号。", "表1 档案分类", "6～9", "80", "20", "0.5", "1.0", "300"]
    assert _status(_standard(codes + PLAIN[:2] + ["平台应在 2 小时内处理报警。"]), "4.4") != "covered"
