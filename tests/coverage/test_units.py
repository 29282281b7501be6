"""What a draft's text gives the coverage analysis as evidence units."""

from __future__ import annotations

from authoring.coverage.units import document_units
from authoring.document import Clause, Metadata, Paragraph, StandardDocument


def _units(*texts: str) -> list[str]:
    clause = Clause(number="5", title="著录规则", blocks=[Paragraph(text=t) for t in texts])
    doc = StandardDocument(metadata=Metadata(title_zh="信息与文献 参考文献著录规则"), clauses=[clause])
    return [u.text for u in document_units(doc)]


def test_a_work_cited_as_a_bibliographic_entry_is_no_evidence() -> None:
    """GB/T 7714—2025's examples (round 244): 贾东琴，柯平. 面向数字素养的高校图书馆数字服务体系研究[C]//… made 4.2 (service
    system) partial, and a report on a cohesive strategy its strategy. Another work's title is no provision of this one;
    the text around such an entry, and a bracket that is no type mark, still is."""
    kept = _units(
        "示例：",
        "贾东琴，柯平. 面向数字素养的高校图书馆数字服务体系研究[C]//中国图书馆学会. 中国图书馆学会年会论文集：2011年卷. 北京：国家图书馆出版社，2011：45-52.",
        "许振超. “好好干，当一个好工人”[EB/OL]. （2025–02–17） [2025–06–22]. https://cpc.people.com.cn/n1/2025/0217.html",
        "Audit data collection[S].",
        "机构应建立服务体系，并按[A]级要求开展顾客满意度测评。",
    )
    assert kept == ["著录规则", "示例：", "机构应建立服务体系，并按[A]级要求开展顾客满意度测评。"]
