"""False alarms met on real third-party drafts (bench/real, tune half), rebuilt as small drafts."""

from __future__ import annotations


def test_a_pointer_repeated_under_each_device_class_is_no_repeated_block() -> None:
    from authoring.document import Clause, Paragraph, StandardDocument
    from authoring.lint import run_lint

    pointer = "应急响应的服务实施及相关要求参见《信息技术服务 运行维护 第3部分：应急响应规范》。"
    doc = StandardDocument(clauses=[
        Clause(number="6", title="服务内容", children=[
            Clause(number="6.1", title="固定计算终端", blocks=[Paragraph(text=pointer)]),
            Clause(number="6.2", title="移动计算终端", blocks=[Paragraph(text=pointer)]),
        ]),
    ])
    assert not [f for f in run_lint(doc) if f.rule == "content.repeated-block"]


def test_a_draft_names_its_own_series_without_a_placeholder_finding() -> None:
    from authoring.document import Clause, Kind, Metadata, Paragraph, StandardDocument
    from authoring.lint import run_lint

    meta = Metadata(kind=Kind.INDUSTRY, code="SJ", number="XXXXX.5", year="XXXX", title_zh="桌面及外围设备规范")
    doc = StandardDocument(metadata=meta, clauses=[Clause(number="1", title="范围", blocks=[
        Paragraph(text="SJ/T XXXXX的本部分规定了桌面及外围设备运行维护服务的要求。"),
        Paragraph(text="本部分的起草单位：××公司。"),
    ])])
    found = [f for f in run_lint(doc) if f.rule == "wording.placeholder"]
    assert len(found) == 1 and "××" in found[0].message
