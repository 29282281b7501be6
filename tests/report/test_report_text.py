"""The plain-text summary: chapter bars, missing items, findings grouped by severity."""

from __future__ import annotations

from authoring.check import CheckResult
from authoring.report.text import bar, render_text, text_view


def test_bar_fills_in_proportion() -> None:
    assert bar(0.0, 10) == "·" * 10
    assert bar(1.0, 10) == "█" * 10
    half = bar(0.5, 10)
    assert half.count("█") == 5 and len(half) == 10
    assert bar(2.0, 4) == "████"  # clamped


def test_text_lists_chapters_missing_and_findings(result: CheckResult) -> None:
    text = render_text(result)
    assert "服务提供需考虑因素" in text and "服务内容设计" in text
    assert "5.4 服务补救" in text and "6.2 服务创新" in text
    order = [text.index(label) for label in ("[错误]", "[警告]", "[提示]")]
    assert order == sorted(order)
    assert "5.4  指南中使用了要求型助动词" in text


def test_view_chapter_scores_ignore_not_applicable(result: CheckResult) -> None:
    chapters = {c.id: c for c in text_view(result).chapters}
    assert chapters["5"].percent == 50  # (1.0 + 0.5 + 0) / 3
    assert chapters["6"].percent == 0   # 6.1 is not applicable, 6.2 missing
    assert chapters["6"].counts["not-applicable"] == 1


def test_items_of_unknown_chapters_are_kept(result: CheckResult) -> None:
    result.coverage.items[0].chapter = "9"
    view = text_view(result)
    assert view.chapters[-1].id == "" and view.chapters[-1].items[0].id == "5.2"


def test_text_in_english(result: CheckResult, english) -> None:
    text = render_text(result)
    assert "Coverage by chapter" in text and "Service delivery" in text
    assert "[error]" in text


def test_header_names_the_function_type_and_an_untitled_draft(result_factory) -> None:
    """The terminal header says what an unknown function type is, on a line of its own, and says
    "untitled" where the draft's title was not found (a bare "(未判定)" beside nothing read as if
    the standard itself were undetermined)."""
    from authoring.report.text import header_lines

    untitled = result_factory(title="")
    untitled.document.function = "unknown"
    lines = header_lines(text_view(untitled))
    assert any(line.startswith("标准: ") and line.endswith("（无标题）") for line in lines)
    assert "功能类型: 未判定" in lines
    titled = result_factory(title="养老机构服务规范")
    titled.document.function = "规范"
    lines = header_lines(text_view(titled))
    assert any(line.startswith("标准: ") and "养老机构服务规范" in line and "（" not in line for line in lines)
    assert "功能类型: 规范" in lines


def test_the_function_type_is_named_in_english_too(tmp_path) -> None:  # noqa: ANN001
    """QA: an English report said "Function: 规范"."""
    from authoring.i18n import set_lang
    from authoring.report.view import function_label

    set_lang("en")
    try:
        assert function_label("规范") == "规范 (specification)" and function_label("unknown") == "unknown"
    finally:
        set_lang("zh")
    assert function_label("指南") == "指南"


def test_text_lists_the_items_addressed_and_where(result: CheckResult) -> None:
    """The terminal report named only the chapters' bars and the missing items: which items the draft
    addresses, and in which clauses, was in the Markdown, HTML and JSON reports alone. Each item covered
    or partly covered now has a line with its places, strongest first, a long list cut with a count,
    and a place found by likeness alone marked as such."""
    from authoring.results import Evidence

    covered = result.coverage.items[0]
    covered.evidence = [Evidence(location=f"{n}.1", excerpt="建立员工授权机制。") for n in (6, 4, 7, 8, 9)]
    partial = result.coverage.items[1]
    partial.evidence = [Evidence(location="第一条", excerpt="为了保障老年人的合法权益。", basis="similar")]
    text = render_text(result)
    block = text.split("覆盖的条目（2）及所在位置\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert block == ["  5.2 员工赋权和参与  已覆盖  6.1、4.1、7.1 等 5 处",
                     "  5.3 顾客需求识别  部分覆盖  第一条（相近表述，请核对）"]
    assert text.index("覆盖的条目") < text.index("缺失条目")
    assert "5.4 服务补救" not in "\n".join(block) and "6.1 服务设计" not in "\n".join(block)


def test_the_items_addressed_in_english(result: CheckResult, english) -> None:
    text = render_text(result)
    assert "Items addressed (2) and where\n  5.2 Employee empowerment  covered  6.3\n" in text


def test_the_english_header_counts_in_english(result_factory, english) -> None:
    """QA pass 14: an English text read as one unit was headed '1 clauses'."""
    from authoring.report.text import header_lines

    one = result_factory()
    one.document.clauses, one.document.characters = 1, 1391
    assert "1 clause, 1391 characters" in header_lines(text_view(one))
    many = result_factory()
    many.document.clauses, many.document.characters = 12, 1
    assert "12 clauses, 1 character" in header_lines(text_view(many))


def test_the_places_we_name_are_in_english_in_an_english_report(tmp_path, english) -> None:  # noqa: ANN001
    """QA pass 15 (A9): an English report said "[error] 封面 …" and "(2 times in the text: 封面, 前言)"; the draft's own
    labels (4, 表C.1) stay as written."""
    from authoring.check import check_file
    from authoring.checklist import load_packs
    from authoring.report import render_text
    from tests.docx.reader_builders import plain_docx

    lines = ["ICS 03.080", "中华人民共和国国家标准", "GB/T 12345—2024", "代替 GB/T 12345-2010", "养老机构服务规范",
             "前言", "本文件按照GB/T 1.1—2020给出的规则起草。", "本文件代替GB/T 12345-2010。", "1 范围",
             "本文件规定了养老机构提供服务的要求。", "2 规范性引用文件", "本文件没有规范性引用文件。", "3 术语和定义",
             "本文件没有需要界定的术语和定义。", "4 基本要求", "服务标识应符合GB/T 10001.1-2023的规定。"]
    result = check_file(plain_docx(tmp_path / "d.docx", lines), load_packs()["excellence-guide"])
    text = render_text(result)
    assert "\n    cover  'GB/T 12345-2010' should read" in text and "(2 times in the text: cover, foreword)" in text
    assert "\n    4  'GB/T 10001.1-2023' should read" in text and "封面" not in text and "前言" not in text


def test_two_places_of_one_label_are_one_name_on_the_terminal_line(chinese) -> None:  # noqa: ANN001
    """A policy's 1 and its appendix's 1 are two evidence entries; the terminal's line of places read "1, 1" (QA pass
    16, B1), so it names the label once."""
    from authoring.report.text import places
    from authoring.report.view import EvidenceView, ItemView

    evidence = [EvidenceView(location=where, excerpt="……", methods=[]) for where in ("1", "1", "4.2")]
    item = ItemView(id="7.2", title="顾客视角评价", status="covered", status_label="已覆盖", score=0.8, percent=80,
                    reason="", evidence=evidence)
    assert places(item) == "1、4.2"


def test_places_whose_names_hold_the_list_separator_are_set_apart_by_a_semicolon(chinese) -> None:  # noqa: ANN001
    """Round 220's 北京市“一日游”合同 heads its provisions 1、旅行社义务 and 2、旅游者义务: joined by 、 they read as
    one list of four names ("1、旅行社义务、2、旅游者义务"), so such names are set apart by ；."""
    from authoring.i18n import set_lang
    from authoring.report.text import places
    from authoring.report.view import EvidenceView, ItemView

    evidence = [EvidenceView(location=where, excerpt="……", methods=[]) for where in ("1、旅行社义务", "2、旅游者义务")]
    item = ItemView(id="6.3", title="服务提供设计", status="covered", status_label="已覆盖", score=0.8, percent=80,
                    reason="", evidence=evidence)
    assert places(item) == "1、旅行社义务；2、旅游者义务"
    plain = ItemView(id="6.3", title="服务提供设计", status="covered", status_label="已覆盖", score=0.8, percent=80,
                     reason="", evidence=[EvidenceView(location=w, excerpt="……", methods=[]) for w in ("5.1", "6.2")])
    assert places(plain) == "5.1、6.2"
    set_lang("en")
    try:
        titled = [EvidenceView(location=w, excerpt="…", methods=[]) for w in ("Fees, Payments", "Cancellations")]
        item.evidence[:] = titled
        assert places(item) == "Fees, Payments; Cancellations"
    finally:
        set_lang("zh")
