"""Round 88's unseen standards (bench/real zzzl10, a group standard published 2022 under GB/T
1.1—2009; zzzl11, a 2024 group draft whose 前言 heading was lost in a table), rebuilt as small
made-up drafts of the same shape: the edition each is judged by."""

from __future__ import annotations

from pathlib import Path

import docx
import reader_builders as rb

from authoring.docx.read import read_docx
from authoring.lint import run_lint

_BASIS_2009 = "本标准按照GB/T 1.1—2009给出的规则起草。"


def _published(tmp_path: Path, issued: str, basis: str = _BASIS_2009) -> list:
    rb.plain_docx(tmp_path / "d.docx", (
        "网络安全产业人才岗位能力要求", f"{issued} 发布", f"{issued} 实施", "前言", basis,
        "1 范围", "本标准规定了网络安全产业人才的岗位能力要求。",
    ))
    return [f for f in run_lint(read_docx(tmp_path / "d.docx")) if f.severity in ("error", "warning")]


def test_a_standard_published_in_2022_under_the_2009_edition_keeps_its_2009_sentences(tmp_path: Path) -> None:
    """zzzl10: no designation, 2022-01-12 发布, 本标准按照 GB/T 1.1-2009 给出的规则起草 — a standard
    published by 2022 may keep the edition it was drafted under, as one with its year in the
    designation does (judged FALSE when its foreword was told to take the 2020 sentence). One
    published in 2023 is held to GB/T 1.1—2020."""
    assert "boilerplate.foreword" not in {f.rule for f in _published(tmp_path, "2022-01-12")}
    assert "boilerplate.foreword" in {f.rule for f in _published(tmp_path, "2023-03-01")}


def test_a_2020_drafting_sentence_decides_the_edition_where_the_foreword_went_unrecognised(tmp_path: Path) -> None:
    """zzzl11: the 前言 heading sits in a table (| 前 | 言 |), so no 前言 is read; the draft still
    says 本文件按照GB/T 1.1—2020……起草, and its 范围 says 本标准规定了: it is a 2020 draft, not a
    2009 one. Without that sentence 本标准 still reads as 2009."""
    def drafted(basis: str) -> object:
        document = docx.Document()
        for line in ("T/SNISA 001—2024", "视频安全防护系统"):
            document.add_paragraph(line)
        table = document.add_table(rows=1, cols=2)
        table.cell(0, 0).text, table.cell(0, 1).text = "前", "言"
        for line in (basis, "本文件由深圳市网络与信息安全行业协会提出并归口。", "视频安全防护系统", "1 范围",
                     "本标准规定了视频安全防护系统的功能要求。", "2 规范性引用文件", "本文件没有规范性引用文件。",
                     "3 术语和定义", "本文件没有需要界定的术语和定义。", "4 功能要求",
                     "4.1 系统应支持视频终端接入。", "4.2 系统应记录操作日志。"):
            document.add_paragraph(line)
        document.save(str(tmp_path / "d.docx"))
        return read_docx(tmp_path / "d.docx").metadata

    meta = drafted("本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。")
    assert meta.rules == "GB/T 1.1—2020" and not meta.legacy_2009
    assert drafted("本文件由深圳市网络与信息安全行业协会提出。").legacy_2009
