"""A text whose punctuation and digits a PDF's font turned into Chinese characters (员圆猿 for 123, 袁 and 遥 for ， and
。: GB 16889—2008 as its publisher's PDF gives it, bench/real round 264) cannot be read for structure: the report says
so rather than showing its clauses' coverage as if it had been read. A text that uses 遥 as a word (遥测, telemetry)
beside its own punctuation says nothing of the kind."""

from __future__ import annotations

from pathlib import Path

import docx

from authoring.check import check_file
from authoring.checklist import load_packs

_GARBLED = ["生活垃圾填埋场污染控制标准", "前摇 摇 言",
            "为贯彻 叶 中华人民共和国环境保护法曳 尧 叶 中华人民共和国固体废物污染环境防治法曳 袁 保护环境袁 防治生活垃圾填埋"
            "处置造成的污染袁 制定本标准遥"] + [
    f"缘郾{n} 填埋场应设置防渗衬层系统袁 渗滤液应收集处理袁 运行期间应定期监测地下水水质遥" for n in range(1, 12)]
_TELEMETRY = ["水文监测数据通信规约", "1 范围", "本标准规定了遥测站与中心站之间的数据通信。"] + [
    f"4.{n} 遥测站应按规定时间向中心站发送遥测数据，遥测数据包括水位、雨量和流量。" for n in range(1, 12)]


def _codes(tmp_path: Path, name: str, lines: list[str]) -> set[str]:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(tmp_path / name))
    result = check_file(tmp_path / name, load_packs()["excellence-guide"])
    return {code for code, _, _ in result.document.notices()}


def test_a_text_garbled_by_a_pdf_font_is_said_to_be_unreadable(tmp_path: Path) -> None:
    assert "font-garbled" in _codes(tmp_path, "a.docx", _GARBLED)
    assert "font-garbled" not in _codes(tmp_path, "b.docx", _TELEMETRY)
