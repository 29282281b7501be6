"""Check results built by code for the report tests (no reader, coverage or lint involved)."""

from __future__ import annotations

import pytest

from authoring.check import ChapterInfo, ChecklistInfo, CheckResult, DocumentSummary
from authoring.results import CoverageReport, Evidence, Finding, ItemCoverage

HOSTILE = '<script>alert("x")</script> & | *星号* `反引号`'


def make_result(*, title: str = "养老机构服务规范", excerpt: str = "建立员工授权机制，鼓励员工参与服务改进。",
                finding_excerpt: str = "服务人员应当微笑", anchors: bool = True) -> CheckResult:
    """A result with two chapters, every status, evidence and one finding per severity."""
    a = (lambda n: n) if anchors else (lambda n: None)
    items = [
        ItemCoverage(id="5.2", title="员工赋权和参与", status="covered", score=1.0, chapter="5",
                     evidence=[Evidence(location="6.3", excerpt=excerpt, methods=["5.2.a"], anchor=a(3))]),
        ItemCoverage(id="5.3", title="顾客需求识别", status="partial", score=0.5, chapter="5",
                     evidence=[Evidence(location="表1", excerpt="需求调查表", anchor=a(5))]),
        ItemCoverage(id="5.4", title="服务补救", status="missing", score=0.0, chapter="5",
                     reason="未找到相关内容"),
        ItemCoverage(id="6.1", title="服务设计", status="not-applicable", score=0.0, chapter="6"),
        ItemCoverage(id="6.2", title="服务创新", status="missing", score=0.0, chapter="6"),
    ]
    coverage = CoverageReport(checklist_id="excellence-guide", checklist_version="2024.1",
                              score=0.375, items=items)
    findings = [
        Finding(rule="wording.modal-form", severity="error", location="5.4",
                message="指南中使用了要求型助动词“应”", excerpt=finding_excerpt, basis="GB/T 1.1—2020 9.4",
                anchor=a(3)),
        Finding(rule="numbering.clause-sequence", severity="warning", location="6",
                message="条编号不连续：6.1 之后是 6.3", excerpt="6.3", basis="GB/T 1.1—2020 7.3",
                anchor=a(4)),
        Finding(rule="boilerplate.patent", severity="info", location="前言",
                message="前言缺少专利声明", basis="GB/T 1.1—2020 8.5"),
    ]
    info = ChecklistInfo(
        id="excellence-guide", version="2024.1", title_zh="卓越服务指南", title_en="Excellent service guide",
        chapters=[ChapterInfo(id="5", title_zh="服务提供需考虑因素", title_en="Service delivery"),
                  ChapterInfo(id="6", title_zh="服务内容设计", title_en="Service design")],
        item_titles_en={"5.2": "Employee empowerment", "5.4": "Service recovery"},
    )
    summary = DocumentSummary(title=title, number="GB/T XXXXX—XXXX", function="指南", clauses=12,
                              characters=3456)
    return CheckResult(file="draft.docx", document=summary, checklist=info, coverage=coverage,
                       findings=findings)


@pytest.fixture(scope="session")
def result_factory():  # noqa: ANN201
    """``make_result`` itself, for fixtures of wider scope."""
    return make_result


@pytest.fixture
def result() -> CheckResult:
    return make_result()


@pytest.fixture
def hostile_result() -> CheckResult:
    """A result whose draft text tries to inject markup."""
    return make_result(title=HOSTILE, excerpt=HOSTILE, finding_excerpt=HOSTILE)


def _in_language(lang: str):  # noqa: ANN202
    from authoring.i18n import get_lang, set_lang

    before = get_lang()
    set_lang(lang)
    yield
    set_lang(before)


@pytest.fixture
def english():
    yield from _in_language("en")


@pytest.fixture
def chinese():
    """The reports in Chinese whatever an earlier test left set (for modules that assert Chinese wording)."""
    yield from _in_language("zh")
