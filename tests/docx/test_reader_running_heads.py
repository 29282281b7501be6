"""A PDF's running heads and page numbers are no text of the draft (QA pass 6).

Text copied from a PDF keeps, at each page break, the document's designation alone on a line and the
page number beside it. They stood in the body as paragraphs of the clause the page broke in (an
imported project printed them between 5 and 5.1), cut a list in two and split a sentence.
"""

from __future__ import annotations

from pathlib import Path

import reader_builders as rb

from authoring.document import ListBlock, Paragraph
from authoring.docx.read import read_docx

HEAD = "T/XYZ 001.3—2021"
COVER = ["ICS 03.080", "团体标准", HEAD, "社区养老服务规范", "2021-04-28发布", "2021-06-06实施", "某某协会　发布"]


def _draft(tmp_path: Path) -> Path:
    page = iter(range(1, 20))

    def furniture() -> list[str]:
        return [str(next(page)), HEAD]

    lines = [*COVER, *furniture(), "前言", "本文件按照GB/T 1.1—2020的规定起草。", "1 范围",
             "本文件规定了社区养老服务的要求。", "2 规范性引用文件", "本文件没有规范性引用文件。", "3 术语和定义",
             "本文件没有需要界定的术语和定义。", "4 基本原则", *furniture(), "4.1 概述",
             "服务机构应保障老年人能够充分表达与服务有关的意见和需求，并有效配合",
             *furniture(), "服务人员开展上门评估和回访。", "4.2 服务内容", "服务内容包括：", "a）助餐；", "b）助浴；",
             *furniture(), "c）助洁。", "5 评价", "服务机构应每年评价服务质量。"]
    return rb.plain_docx(tmp_path / "d.docx", lines)


def test_running_heads_and_page_numbers_are_dropped_and_what_they_cut_is_whole(tmp_path: Path) -> None:
    doc = read_docx(_draft(tmp_path))
    assert (doc.metadata.code, doc.metadata.number, doc.metadata.year) == ("XYZ", "001.3", "2021"), "the cover's stays"
    texts = [b.text for _, b in doc.iter_blocks() if isinstance(b, Paragraph)]
    assert not any(t.strip() in (HEAD, "1", "2", "3") for t in texts)
    assert doc.find_clause("4").blocks == []  # no hanging paragraph of furniture under 4
    assert [b.text for b in doc.find_clause("4.1").blocks] == [
        "服务机构应保障老年人能够充分表达与服务有关的意见和需求，并有效配合服务人员开展上门评估和回访。"]
    lists = [b for b in doc.find_clause("4.2").blocks if isinstance(b, ListBlock)]
    assert [[i.text for i in b.items] for b in lists] == [["助餐；", "助浴；", "助洁。"]]


def test_a_designation_on_its_line_twice_is_text(tmp_path: Path) -> None:
    # the cover's and one more: no running head, so the line stays where it is
    lines = [*COVER, "1 范围", "本文件规定了社区养老服务的要求。", "4 基本原则", HEAD, "服务机构应每年评价服务质量。"]
    doc = read_docx(rb.plain_docx(tmp_path / "d.docx", lines))
    texts = [b.text for _, b in doc.iter_blocks() if isinstance(b, Paragraph)]
    assert HEAD in texts


SKELETON = ["前言", "本文件按照GB/T 1.1—2020的规定起草。", "1 范围", "本文件规定了社区养老服务的要求。", "2 规范性引用文件",
            "本文件没有规范性引用文件。", "3 术语和定义", "本文件没有需要界定的术语和定义。", "4 基本原则",
            "服务机构应保障老年人的权益。"]
COLOPHON = ["中华人民共和国", "气象出版社出版发行", "北京市海淀区中关村南大街46号", "网址：http://www.qxcbs.com",
            "北京建宏印刷有限公司印刷", "开本：880 mm×1230 mm 1/16 印张：0.75 字数：22.5千字 2023年11月第1版",
            "书号：135029-6350 定价：20.00元 版权专有 侵权必究"]


def test_a_publishers_colophon_is_no_text_of_the_draft(tmp_path: Path) -> None:
    # QA pass 7: the back cover of a published standard was the only evidence of 5.6.2 (书号……侵权必究)
    lines = [*COVER, *SKELETON, "5 评价", "服务机构应每年评价服务质量，内容包括：",
             "a）投诉的处理；", "b）服务承诺的兑现。", *COLOPHON]
    doc = read_docx(rb.plain_docx(tmp_path / "d.docx", lines))
    texts = [b.text for _, b in doc.iter_blocks() if isinstance(b, Paragraph)]
    texts += [i.text for _, b in doc.iter_blocks() if isinstance(b, ListBlock) for i in b.items]
    assert not any(word in t for t in texts for word in ("出版发行", "书号", "侵权必究", "中关村", "印刷")), texts
    lists = [b for b in doc.find_clause("5").blocks if isinstance(b, ListBlock)]
    assert [[i.text for i in b.items] for b in lists] == [["投诉的处理；", "服务承诺的兑现。"]]


def test_one_publishing_word_in_a_service_text_stays(tmp_path: Path) -> None:
    # a service's own hotline and price are its text; a colophon needs two of its words close together
    lines = [*COVER, *SKELETON, "5 服务公示",
             "服务机构应公示服务热线：12345。", "定价：按所在地物价部门核定的标准收取。"]
    doc = read_docx(rb.plain_docx(tmp_path / "d.docx", lines))
    texts = [b.text for _, b in doc.iter_blocks() if isinstance(b, Paragraph)]
    assert "服务机构应公示服务热线：12345。" in texts and "定价：按所在地物价部门核定的标准收取。" in texts


def _bibliography(doc) -> list[str]:
    return [f"{entry.designation} {entry.title}" for entry in (doc.bibliography or [])]


def test_the_bibliography_after_a_page_break_is_not_joined_to_a_caption(tmp_path: Path) -> None:
    # T/CSAC 009—2024's copy: a figure's caption, the page's number and running head, then 参考文献, which
    # was joined to the caption as the rest of a sentence the break had cut (the bibliography was lost)
    page = iter(range(1, 20))
    lines = [*COVER, *SKELETON, "5 评价", "服务机构应每年评价服务质量，评价流程见图1。", str(next(page)), HEAD,
             "图1 社区养老服务机构服务质量年度评价流程示意图", str(next(page)), HEAD, "参考文献",
             "[1] GB/T 35796—2017 养老机构服务质量基本规范", str(next(page)), HEAD]
    doc = read_docx(rb.plain_docx(tmp_path / "d.docx", lines))
    assert len(_bibliography(doc)) == 1 and "GB/T 35796" in _bibliography(doc)[0]
    texts = [b.text for _, b in doc.iter_blocks() if isinstance(b, Paragraph)]
    assert not any(t.endswith("参考文献") for t in texts), texts


def test_a_bibliography_just_before_the_back_covers_colophon_stays(tmp_path: Path) -> None:
    # GB/T 34978—2017's copy: the short bare lines before a colophon go with it, and the walk back took the
    # letter-spaced 参 考 文 献 and its one entry with the back cover
    page = iter(range(1, 20))
    lines = [*COVER, *SKELETON, "5 评价", "服务机构应每年评价服务质量。", str(next(page)), HEAD, "参 考 文 献",
             "[1] GB/T 35796—2017 养老机构服务质量基本规范", "中华人民共和国", "国家标准", "社区养老服务规范",
             HEAD, "中国标准出版社出版发行", "北京市朝阳区和平里西街甲2号（100029）", "书号：155066·1-58414",
             "版权专有 侵权必究"]
    doc = read_docx(rb.plain_docx(tmp_path / "d.docx", lines))
    assert len(_bibliography(doc)) == 1 and "GB/T 35796" in _bibliography(doc)[0]
    texts = [b.text for _, b in doc.iter_blocks() if isinstance(b, Paragraph)]
    assert not any("出版发行" in t or "书号" in t for t in texts), texts


def test_an_ocrd_back_cover_and_its_bar_code_designation_are_no_text(tmp_path: Path) -> None:
    # GM/T 0053—2016's scan (round 194): the colophon's words spaced out, their colons lost (开 本 8 8 0 …, 第一次印刷),
    # so no two marks stood close enough, and the designation under the bar code (GM/T 0053-2016) stayed in the last
    # clause, where it was told to use a dash
    lines = [*COVER, *SKELETON, "5 评价", "服务机构应每年评价服务质量。", "中华人民共和国", "团体标准", "社区养老服务规范",
             "中国标准出版社秦皇岛印刷厂印刷", "各地新华书店经销", "开 本 8 8 0 1230 1/16 印 张 1.5 字 数 4 2 千字",
             "20 1 7年 5 月 第 一 版 20 1 7年 5 月第一次印刷", "书 号 ：155066 •2-31470 定价", "T/XYZ 001.3-2021",
             "27. 00 元"]
    doc = read_docx(rb.plain_docx(tmp_path / "e.docx", lines))
    texts = [b.text for _, b in doc.iter_blocks() if isinstance(b, Paragraph)]
    assert texts[-1] == "服务机构应每年评价服务质量。", texts[-4:]


def test_a_chapter_number_alone_below_a_running_head_is_the_chapter_s(tmp_path: Path) -> None:
    """HJ 589—2021's text layer (round 249): a page's number, the next page's running head, then the number of the
    chapter that opens that page alone on its line and its title below (1 / HJ 589—2021 / 3 / 术语和定义). Both
    numbers were taken for page numbers and chapters 3 and 10 were lost. The page numbers stand before the head
    wherever one side holds one, so the number after it is the chapter's."""
    page = iter(range(1, 20))

    def furniture() -> list[str]:
        return [str(next(page)), HEAD]

    lines = [*COVER, *furniture(), "前言", "本文件按照GB/T 1.1—2020的规定起草。", "1 范围", "本文件规定了社区养老服务的要求。",
             *furniture(), "2 规范性引用文件", "本文件没有规范性引用文件。", *furniture(), "3", "术语和定义",
             "本文件没有需要界定的术语和定义。", "4 基本原则", "服务机构应保障老年人的权益。", *furniture(), "4.1 概述",
             "服务机构应每年评价服务质量。"]
    doc = read_docx(rb.plain_docx(tmp_path / "d.docx", lines))
    assert [(c.number, c.title) for c in doc.clauses] == [
        ("1", "范围"), ("2", "规范性引用文件"), ("3", "术语和定义"), ("4", "基本原则")]
    texts = [b.text for _, b in doc.iter_blocks() if isinstance(b, Paragraph)]
    assert not any(t.strip() in (HEAD, "1", "2", "3", "4", "5") for t in texts)
