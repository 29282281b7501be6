"""The HTML report: self-contained, every piece of draft text escaped, a chart per chapter."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from authoring.check import CheckResult
from authoring.report import render_html


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):  # noqa: ANN001
        self.text.append(data)


def _parse(html: str) -> _Collector:
    parser = _Collector()
    parser.feed(html)
    return parser


def test_draft_text_is_escaped(hostile_result: CheckResult) -> None:
    html = render_html(hostile_result)
    parsed = _parse(html)
    assert not [t for t, _ in parsed.tags if t == "script"]
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    # The text still reads as the draft wrote it once the HTML is parsed.
    assert any('<script>alert("x")</script>' in chunk for chunk in parsed.text)


def test_page_is_self_contained(result: CheckResult) -> None:
    html = render_html(result)
    parsed = _parse(html)
    for tag, attrs in parsed.tags:
        assert tag not in {"link", "script", "img", "iframe"}, tag
        for name in ("src", "href"):
            assert name not in attrs, (tag, name)
    assert "url(" not in html and "@import" not in html
    assert re.search(r"<style>.+</style>", html, re.S)


def test_chart_has_one_bar_per_chapter(result: CheckResult) -> None:
    html = render_html(result)
    svg = re.search(r"<svg.*?</svg>", html, re.S).group(0)
    # A background and a value rect per chapter.
    assert svg.count("<rect") == 2 * len(result.checklist.chapters)
    assert "服务提供需考虑因素" in svg and "服务内容设计" in svg


def test_tables_hold_evidence_and_findings(result: CheckResult) -> None:
    text = "".join(_parse(render_html(result)).text)
    for item in result.coverage.items:
        assert item.id in text
    for finding in result.findings:
        assert finding.message in text and finding.rule in text
    assert "建立员工授权机制" in text
    assert f"{round(result.coverage.score * 100)}%" in text


def test_english_labels(result: CheckResult, english) -> None:
    html = render_html(result)
    assert "Coverage by chapter" in html and "各章覆盖率" not in html
    assert 'lang="en"' in html
    assert "Employee empowerment" in html
