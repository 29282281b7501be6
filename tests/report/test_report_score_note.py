"""An item's status is decided by its own bar (the score, its places, the item itself), so a partial
item can score more than a covered one. Where a report shows such a pair, it says why, naming the
pair, instead of leaving the reader to distrust one of the two."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from authoring.check import check_file
from authoring.checklist import load_packs
from authoring.i18n import set_lang
from authoring.report import render_html, render_markdown
from authoring.results import ItemCoverage
from tests.docx.reader_builders import plain_docx
from tests.report.conftest import make_result

#: The pair a note names (the studio sets Chinese without spaces around figures, the reports with them).
NOTE = re.compile(r"如 ?([\d.]+) ?得分 ?(\d+)% ?记为部分覆盖，([\d.]+) ?得分 ?(\d+)% ?记为已覆盖")
#: A made-up regulation in its own words, in which the culture item (5.3) matches many of its
#: words yet stays partial while items with fewer stay covered.
REGULATION = [
    "某市志愿服务条例",
    "第一条 为了保障志愿者、志愿服务组织、志愿服务对象的合法权益，鼓励和规范志愿服务，发展志愿服务事业，"
    "培育和践行社会主义核心价值观，促进社会文明进步，制定本条例。",
    "第二条 开展志愿服务，应当遵循自愿、无偿、平等、诚信、合法的原则。",
    "第三条 县级以上人民政府应当将志愿服务事业纳入国民经济和社会发展规划，合理安排志愿服务所需资金。",
    "第四条 志愿服务组织安排志愿者参与志愿服务活动，应当如实记录志愿者个人基本信息、志愿服务情况、培训情况、"
    "表彰奖励情况、评价情况等信息，按照统一的信息数据标准录入志愿服务信息系统，实现数据互联互通。",
    "第五条 志愿服务组织应当对志愿者开展相关培训。对在志愿服务事业发展中做出突出贡献的志愿者，予以表彰、奖励。",
    "第六条 媒体应当积极开展志愿服务宣传活动，传播志愿服务文化，弘扬志愿服务精神。",
]


pytestmark = pytest.mark.usefixtures("chinese")


def _rescored(scores: dict[str, float]):  # noqa: ANN202
    """``make_result()`` with some items' scores changed (statuses kept)."""
    result = make_result()
    result.coverage.items[:] = [
        ItemCoverage(id=i.id, title=i.title, status=i.status, score=scores.get(i.id, i.score), evidence=i.evidence,
                     methods=i.methods, chapter=i.chapter, reason=i.reason)
        for i in result.coverage.items]
    return result


def test_a_partial_item_scoring_above_a_covered_one_is_explained() -> None:
    result = _rescored({"5.2": 0.5, "5.3": 0.8})  # 5.2 covered at 50 %, 5.3 partial at 80 %
    for rendered in (render_markdown(result), render_html(result)):
        assert "状态按各条目自己的判据判定" in rendered
        assert NOTE.search(rendered).groups() == ("5.3", "80", "5.2", "50")
    set_lang("en")
    assert "5.3 scores 80% and is partial, 5.2 scores 50% and is covered" in render_markdown(result)


def test_no_note_where_the_scores_follow_the_statuses() -> None:
    result = make_result()  # 5.2 covered at 100 %, 5.3 partial at 50 %
    for rendered in (render_markdown(result), render_html(result)):
        assert "判据" not in rendered


def test_a_summary_item_is_not_compared() -> None:
    """5.6 is its two parts' summary: its score says nothing a reader can set beside a covered item."""
    result = make_result()
    result.coverage.items.extend([
        ItemCoverage(id="5.6", title="顾客体验", status="partial", score=0.9, chapter="5"),
        ItemCoverage(id="5.6.1", title="理解顾客需要", status="covered", score=0.9, chapter="5"),
        ItemCoverage(id="5.6.2", title="保持服务适应性", status="partial", score=0.4, chapter="5"),
    ])
    assert "判据" not in render_markdown(result)


def test_a_real_check_names_a_pair_its_own_figures_show(tmp_path: Path) -> None:
    result = check_file(plain_docx(tmp_path / "条例.docx", REGULATION), load_packs()["excellence-guide"])
    found = NOTE.search(render_markdown(result))
    assert found, "the regulation's culture item scores more than a covered item"
    partial, p_score, covered, c_score = found.groups()
    by_id = {i.id: i for i in result.coverage.items}
    assert by_id[partial].status == "partial" and by_id[covered].status == "covered"
    assert round(by_id[partial].score * 100) == int(p_score) > int(c_score) == round(by_id[covered].score * 100)
