"""Dev set for tuning coverage against the bundled excellence guide: short drafts written the
way real service standards are (they never saw the guide), with the statuses a reviewer
would give. Not the held-out evaluation corpus (bench/corpus/), which is never read here."""

from __future__ import annotations

import pytest

from authoring.checklist import load_packs
from authoring.coverage import analyse
from authoring.document import Clause, ListBlock, ListItem, Paragraph, Section, StandardDocument


def _doc(foreword: str, chapters: list[tuple[str, str, list[str]]]) -> StandardDocument:
    clauses = [
        Clause(number="1", title="范围", blocks=[Paragraph(text="本文件规定了服务的要求。")]),
        Clause(number="2", title="规范性引用文件", blocks=[Paragraph(text="本文件没有规范性引用文件。")]),
        Clause(number="3", title="术语和定义", blocks=[Paragraph(text="本文件没有需要界定的术语和定义。")]),
    ]
    for number, title, items in chapters:
        clauses.append(Clause(number=number, title=title, blocks=[ListBlock(items=[ListItem(text=t) for t in items])]))
    return StandardDocument(foreword=Section(blocks=[Paragraph(text=foreword)]), clauses=clauses)


SCENIC_SPOT = _doc("本文件由某省文化和旅游厅提出。", [
    ("4", "游客服务", ["游客中心应设置咨询台，提供导览、寄存、轮椅租借服务；",
                     "景区应公布投诉电话，游客投诉应在24小时内答复，并进行回访；",
                     "发生服务失误时应主动致歉并予以补偿。"]),
    ("5", "服务评价", ["每季度开展游客满意度调查，满意率不低于90%；",
                     "聘请第三方进行暗访，结果纳入员工绩效考核。"]),
])

IT_OPERATIONS = _doc("本文件鼓励运维服务创新。", [
    ("4", "运维管理", ["运维人员应通过系统授权取得操作权限，访问授权按最小权限原则分配；",
                     "变更应经审批后实施，实施前应备份配置。"]),
    ("5", "服务级别", ["服务台7×24小时受理故障报告；",
                     "一级故障30分钟内响应，4小时内恢复。"]),
])

ELDERLY_CARE = _doc("本文件起草单位：某养老服务中心。", [
    ("4", "人员", ["护理员上岗前应接受不少于40学时的岗前培训；",
                  "建立员工合理化建议制度，鼓励护理员参与服务改进；",
                  "授权一线护理员在紧急情况下现场处置。"]),
    ("5", "服务创新", ["宜开展智慧养老服务试点，探索新的服务项目；",
                      "鼓励员工提出创新想法，对采纳的创意给予奖励。"]),
])

EXPECTED = [
    (SCENIC_SPOT, "5.6", {"covered", "partial"}),  # 5.6 is what 5.6.1 and 5.6.2 make it (SCENIC_SPOT, "5.6.2", {"covered", "partial"}), (SCENIC_SPOT, "5.8", {"covered"}), (SCENIC_SPOT, "5.7", {"missing"}),
    (IT_OPERATIONS, "5.2", {"missing"}), (IT_OPERATIONS, "5.7", {"missing"}), (IT_OPERATIONS, "5.3", {"missing"}),
    (ELDERLY_CARE, "5.2", {"covered"}), (ELDERLY_CARE, "5.7", {"covered"}), (ELDERLY_CARE, "5.8", {"missing", "partial"}),
]


@pytest.fixture(scope="module")
def guide():
    library = load_packs()
    if "excellence-guide" not in library:
        pytest.skip("excellence-guide pack not bundled")
    return library["excellence-guide"]


@pytest.mark.parametrize("doc,item_id,statuses", EXPECTED, ids=[f"{i}:{n}" for i, (_, n, _) in enumerate(EXPECTED)])
def test_dev_set_statuses(guide, doc: StandardDocument, item_id: str, statuses: set[str]) -> None:
    cov = next(i for i in analyse(doc, guide).items if i.id == item_id)
    assert cov.status in statuses, (cov.status, cov.score, [(e.location, e.cues) for e in cov.evidence])
