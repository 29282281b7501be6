"""An agreement with the customer is a kind the Chinese decision never learned from: it does not make missing what the
cues found there (sixty-first session, rounds 216-217's service agreements)."""

from __future__ import annotations

from pathlib import Path

import pytest

from authoring import coverage
from authoring.checklist import load_packs
from authoring.coverage.units import document_units
from authoring.docx.read import read_docx
from authoring.records import replace
from authoring.results import Evidence
from tests.docx.reader_builders import plain_docx

_CLAUSES = [
    "一、甲方权利义务", "1.1确定代驾车辆具备上路行驶手续齐全、车况正常、保险有效等适宜代驾的条件。",
    "1.2有权要求乙方按指定路线行驶，但不得要求乙方超速、逆行等违章驾驶。",
    "1.3妥善保管车内及随身财物，如代驾过程中出现遗失，应立即报警。",
    "1.4如果甲方对服务有任何意见和如何改进的建议，请使用“用户反馈”功能发表意见和建议。",
    "二、乙方权利义务", "2.1代驾时身体状况良好，不存在患病、疲惫、饮酒等不宜代驾的情况。",
    "2.2代驾时服饰整洁，举止文明，并穿着平台标识服装、胸牌，便于识别。", "2.3结束代驾服务后检查并关闭所有车门、车窗及用电设备。",
    "2.4如遇交通事故，应当立即报警，听从交警部门处理，不得逃离现场。",
    "三、代驾服务费用", "3.1代驾服务费按平台公示标准收取，甲方可通过平台在线支付。", "3.2乙方应向甲方展示订单记录的里程和费用。",
    "四、违约责任", "4.1任何一方违反{name}约定的，应赔偿对方因此受到的损失。", "4.2因乙方过错造成甲方车辆损失的，由乙方承担赔偿责任。",
    "4.3因甲方隐瞒车辆状况带来的纠纷或者损害，由甲方承担；因不可抗力造成的损失，双方均不承担责任。",
    "4.4乙方无正当理由拒绝提供服务或中途终止服务的，应退还甲方已支付的费用。",
    "五、个人信息", "5.1乙方对甲方的个人信息和行程信息负有保密义务，未经甲方同意不得向第三方提供。",
    "5.2平台按照国家有关规定保存订单记录，保存期限不少于三年。",
    "六、通知", "6.1平台通过短信、站内信等方式向甲方发送通知，通知发出即视为送达。",
    "6.2甲方联系方式发生变更的，应及时在平台更新，因未及时更新造成的后果由甲方承担。",
    "七、协议的变更和终止", "7.1平台可根据法律法规的变化和运营需要修改相关规则，修改后的规则在平台公布后生效。",
    "7.2甲方不同意修改内容的，可以停止使用服务；继续使用服务的，视为接受修改后的内容。",
    "7.3甲方注销平台账户的，本服务终止，但终止前已产生的费用仍应支付。",
    "八、法律适用", "8.1{name}的订立、履行和解释均适用中华人民共和国法律。",
]


def _text(tmp_path: Path, name: str) -> Path:
    lines = ["代驾服务协议", f"甲方在使用乙方服务前，应仔细阅读{name}全部条款，甲方使用服务即视为接受{name}。"]
    return plain_docx(tmp_path / f"{name}.docx", lines + [c.format(name=name) for c in _CLAUSES])


@pytest.mark.parametrize(("name", "agreement"), [("本协议", True), ("本合同", True), ("本规则", False)])
def test_a_text_calling_itself_an_agreement_is_one(tmp_path: Path, name: str, agreement: bool) -> None:
    doc = read_docx(_text(tmp_path, name))
    assert coverage._an_agreement(load_packs()["excellence-guide"], doc, document_units(doc)) is agreement


def test_the_decision_makes_no_cued_item_of_an_agreement_missing(tmp_path: Path) -> None:
    """Items the cues call partial at a place that reads unlike them (the clause on the applicable law): the Chinese
    decision makes them missing in any text; in an agreement it leaves them as the cues found them."""
    checklist = load_packs()["excellence-guide"]
    doc = read_docx(_text(tmp_path, "本协议"))
    units = document_units(doc)
    model = coverage._decider(checklist, doc)
    assert model is not None  # a Chinese text without the skeleton, long enough for the decision
    law = next(u for u in units if "适用中华人民共和国法律" in u.text)
    found = Evidence(location=law.location, excerpt=law.text[:40])
    items = [replace(i, status="partial", score=0.3, evidence=[found])
             if i.status == "missing" and not i.evidence and i.id.count(".") == 1 else i
             for i in coverage.analyse(doc, checklist, likeness=False).items]
    cued = {i.id for i in items if i.status == "partial"}
    demoted = {o.id for o in coverage._decided(checklist, model, units, items) if o.id in cued and o.status == "missing"}
    assert len(demoted) >= 3
    kept = coverage._decided(checklist, model, units, items, keep_found=True)
    assert not {o.id for o in kept if o.id in cued and o.status == "missing"}


_TERMS = [
    "Window Cleaning Terms",
    "1. Services", "We clean the windows, frames and sills of your home every four weeks, weather permitting.",
    "If rain stops a clean we will return within five working days at no extra charge.",
    "2. Payment", "Payment is due within 7 days of each clean by bank transfer or card.",
    "A late payment fee of £10 applies to invoices unpaid after 30 days.",
    "3. Access", "You must give us safe access to all windows and let us know of any pets or hazards before we arrive.",
    "4. Complaints", "If you are unhappy with a clean, tell us within 48 hours and we will re-clean the windows free of charge.",
    "5. Cancellation", "Either party may end {x} by giving 14 days notice in writing.",
    "6. Liability", "We hold public liability insurance of £2 million and will repair any damage we cause.",
    "We are not liable for existing damage to frames, seals or glass that we report to you.",
    "7. Changes", "We may change {x} by giving you 30 days notice; continuing the service means you accept {x}.",
    "8. Law", "{X} are governed by the law of England and Wales.",
]


@pytest.mark.parametrize(("name", "covered"), [("these terms", True), ("the schedule", False)])
def test_english_terms_calling_themselves_so_are_the_agreement_6_4_asks(tmp_path: Path, name: str,
                                                                         covered: bool) -> None:
    """English terms of a small service business speak of themselves as these terms, this agreement, this membership
    agreement; three times or more, they are the agreement 6.4 asks for (rounds 217-219: readers called 6.4 covered in
    every such text; the checker had called three of them partial)."""
    from authoring.check import check_file

    lines = [line.format(x=name, X=name[0].upper() + name[1:]) for line in _TERMS]
    result = check_file(plain_docx(tmp_path / "terms.docx", lines), load_packs()["excellence-guide"])
    status = {i.id: i.status for i in result.coverage.items}
    assert status["6.4"] == ("covered" if covered else "partial")


def test_english_self_names_may_hold_a_word_or_two_between() -> None:
    names = ("agreement", "contract", "terms")
    texts = ["By signing this Membership Agreement you accept these terms and conditions.",
             "This agreement ends when this contract does.", "The terms below; this is not a contract term (contractor)."]
    assert coverage._self_named(texts, names) == 4
    assert coverage._self_named(["本协议自签订之日起生效，本合同一式两份；基本协议"], ("协议", "合同")) == 2
