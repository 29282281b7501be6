"""exit_code: 2 for an unreadable input, 1 at or above --fail-on, else 0; summarise a document."""

from __future__ import annotations

import pytest

from authoring.check import (
    ChecklistInfo, CheckFailure, CheckResult, DocumentSummary, exit_code, summarise,
)
from authoring.document import Clause, Metadata, Paragraph, StandardDocument
from authoring.results import CoverageReport, Finding


def _result(*severities: str) -> CheckResult:
    findings = [Finding(rule="wording.placeholder", severity=s, location="1", message="m") for s in severities]
    return CheckResult(
        file="a.docx",
        document=DocumentSummary(title="t", number="n", function="指南", clauses=1, characters=1),
        checklist=ChecklistInfo(id="x"),
        coverage=CoverageReport(checklist_id="x", score=1.0, items=[]),
        findings=findings,
    )


@pytest.mark.parametrize(
    ("severities", "fail_on", "expected"),
    [
        ((), "error", 0),
        (("warning", "info"), "error", 0),
        (("error",), "error", 1),
        (("warning",), "warning", 1),
        (("info",), "warning", 0),
        (("info",), "info", 1),
        (("error",), "none", 0),
    ],
)
def test_fail_on_threshold(severities: tuple[str, ...], fail_on: str, expected: int) -> None:
    assert exit_code([_result(*severities)], fail_on) == expected


def test_any_result_failing_fails_the_batch() -> None:
    assert exit_code([_result(), _result("error")], "error") == 1


def test_unreadable_input_wins_over_findings() -> None:
    failure = CheckFailure(file="bad.docx", message="bad.docx: 不是 Word 文档")
    assert exit_code([_result("error"), failure], "error") == 2
    assert exit_code([failure], "none") == 2


def test_unknown_threshold_is_refused() -> None:
    with pytest.raises(ValueError):
        exit_code([_result()], "fatal")


def test_summarise_counts_clauses_and_characters() -> None:
    doc = StandardDocument(
        metadata=Metadata(title_zh="养老机构服务规范", number="12345", year="2025"),
        clauses=[Clause(number="1", title="范围", blocks=[Paragraph(text="本文件 规定了要求。")],
                        children=[Clause(number="1.1", title="总则")])],
    )
    summary = summarise(doc)
    assert summary.title == "养老机构服务规范"
    assert summary.number == "GB/T 12345—2025"
    assert summary.function == "指南"
    assert summary.clauses == 2
    assert summary.characters == doc.character_count() > 0
