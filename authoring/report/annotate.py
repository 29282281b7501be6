"""An annotated copy of a draft: the check's findings and evidence as Word comments.

The original is read as bytes and never opened for writing; the copy is saved atomically.
Comments anchor on paragraphs by index into :func:`paragraphs_in_order` (the same index the
reader stores as ``anchor``). Each finding gets its own comment, each evidence paragraph one
comment naming the items it addresses, and the first body paragraph a summary comment.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.text.paragraph import Paragraph

from authoring.atomic import atomic_write_bytes
from authoring.check import CheckResult
from authoring.document import COVER
from authoring.errors import InputError, OutputError, os_reason
from authoring.i18n import get_lang, tr
from authoring.report.view import (
    findings_summary, likeness_notice, percent, rules_applied, severity_label, similar_note, unlike_note,
)
from authoring.results import Finding
from authoring.text import clean_text

AUTHOR = "stdauthor"  # authoring.paperwork.resolution.CHECK_AUTHOR leaves these out of the 意见汇总处理表
INITIALS = "SA"


def annotate_copy(src: str | Path, dst: str | Path, result: CheckResult, *, force: bool = False) -> int:
    """Write to ``dst`` a copy of ``src`` carrying the check's comments; return how many were added.

    Refuses ``dst`` equal to ``src`` and an existing ``dst`` unless ``force``. A Word 97 ``.doc``
    is annotated in the .docx LibreOffice saves it as (the copy the check read).
    """
    from authoring.docx.legacy import readable_docx
    from authoring.docx.read._safe import transitional_package

    src, dst = Path(src), Path(dst)
    refuse_target(src, dst, force=force)
    try:
        with readable_docx(src) as readable:
            document = Document(io.BytesIO(transitional_package(readable.read_bytes())))
    except InputError:
        raise
    except OSError as exc:
        raise InputError(f"无法读取：{os_reason(exc)[0]}", f"cannot read: {exc.strerror}", path=src) from None
    except Exception:  # python-docx raises many types on a broken package
        raise InputError("不是可读的 Word 文档", "not a readable Word document", path=src) from None
    added = add_comments(document, result)
    buffer = io.BytesIO()
    document.save(buffer)
    atomic_write_bytes(dst, buffer.getvalue())
    return added


def refuse_target(src: Path, dst: Path, *, force: bool) -> None:
    """Raise ``OutputError`` when writing ``dst`` would harm the draft or an existing file."""
    same = dst.resolve() == src.resolve() or (dst.exists() and src.exists() and os.path.samefile(src, dst))
    if same:
        raise OutputError("批注副本不能覆盖原稿", "the annotated copy must not replace the draft", path=dst)
    if dst.exists() and not force:
        raise OutputError("文件已存在（使用 --force 覆盖）", "file exists (use --force to replace it)", path=dst)


def paragraphs_in_order(document: DocxDocument) -> list:
    """Every ``w:p`` of the body in order, table cells included (the reader's anchor space)."""
    from authoring.docx.read import paragraphs_in_order as reader_paragraphs

    return reader_paragraphs(document)


def drop_our_comments(document: DocxDocument) -> int:
    """Remove the comments an earlier check left (author ``stdauthor``, initials ``SA``) with their ranges and
    marks, so a copy annotated again carries this check's comments once, not the old ones beside them (an
    issue fixed since would stay flagged); a reviewer's comments are kept. Returns how many were removed."""
    from docx.oxml.ns import qn

    try:
        ours = [c for c in document.comments if c.author == AUTHOR and c.initials == INITIALS]
    except Exception:  # noqa: BLE001 - a comments part python-docx cannot read: leave it as it is
        return 0
    if not ours:
        return 0
    ids = {str(c.comment_id) for c in ours}
    for comment in ours:
        element = comment._comment_elm
        element.getparent().remove(element)
    body = document.element.body
    marks = (qn("w:commentRangeStart"), qn("w:commentRangeEnd"), qn("w:commentReference"))
    for element in [e for e in body.iter(*marks) if e.get(qn("w:id")) in ids]:
        parent = element.getparent()
        parent.remove(element)
        # the run that only held the comment mark goes with it
        if parent.tag == qn("w:r") and not [c for c in parent if c.tag != qn("w:rPr")]:
            parent.getparent().remove(parent)
    return len(ours)


def add_comments(document: DocxDocument, result: CheckResult) -> int:
    """Add the comments of ``result`` to ``document`` in memory; return how many were added."""
    drop_our_comments(document)
    paragraphs = paragraphs_in_order(document)
    lang = get_lang()
    added = 0
    unplaced: list[Finding] = []
    for finding in result.findings:
        first = finding.anchor if finding.anchor is not None else _on_cover(finding, paragraphs)
        # a finding reported once for several places is commented on at each of them
        shared = _shared_words(finding)
        anchors = list(dict.fromkeys(_holding(a, finding.excerpt if a == first else shared, paragraphs)
                                     for a in dict.fromkeys([first, *finding.also]) if _valid(a, paragraphs)))
        if not anchors:
            unplaced.append(finding)
        for anchor in anchors:
            _comment(document, paragraphs[anchor], _finding_text(finding))
            added += 1
    for anchor, lines in _evidence_lines(result, lang).items():
        if _valid(anchor, paragraphs):
            _comment(document, paragraphs[anchor], "\n".join(lines))
            added += 1
    if paragraphs:
        _comment(document, paragraphs[0], _summary_text(result, unplaced, lang))
        added += 1
    return added


#: How many paragraphs after its anchor a finding's text is looked for (a term entry's number line, its term, its
#: definition, a note).
HOLDING_PARAGRAPHS = 4


def _paragraph_text(p_element) -> str:  # noqa: ANN001 - a CT_P
    from docx.oxml.ns import qn

    return "".join(t.text or "" for t in p_element.iter(qn("w:t")))


def _shared_words(finding: Finding) -> str:
    """What every place of a finding reported once holds: the words its message quotes first (“GB/T 28455-2012”应写作……)
    where its excerpt (the first place's sentence) holds them too; the excerpt otherwise."""
    start = finding.message.find("“")
    end = finding.message.find("”", start + 1)
    quoted = finding.message[start + 1:end] if 0 <= start < end else ""
    return quoted if len(quoted) >= 2 and quoted in finding.excerpt else finding.excerpt


def _holding(anchor: int, excerpt: str, paragraphs: list) -> int:
    """The paragraph from ``anchor`` on that holds the finding's ``excerpt``: a term entry's findings are anchored at
    its number line, and their comments sat on that line, not on the definition at fault (QA pass 16, A6). ``anchor``
    itself when it holds the excerpt, or when none of the next few paragraphs does."""
    pieces = [piece.strip() for piece in excerpt.split("…") if piece.strip()]
    wanted = max(pieces, key=len)[:20] if pieces else ""
    if not wanted:
        return anchor
    for at in range(anchor, min(anchor + HOLDING_PARAGRAPHS + 1, len(paragraphs))):
        if wanted in _paragraph_text(paragraphs[at]):
            return at
    return anchor


#: How far into the body a cover line is looked for (a cover is a page of short lines).
COVER_PARAGRAPHS = 40


def _on_cover(finding: Finding, paragraphs: list) -> int | None:
    """The cover paragraph holding a cover finding's excerpt (代替 GB/T 35273-2017): the reader keeps what the cover
    says, not where, and QA pass 15 found that line bare in the annotated copy while the finding named 封面 first."""
    wanted = finding.excerpt.strip("…").strip()
    if finding.location != COVER or not wanted:
        return None
    for index, p_element in enumerate(paragraphs[:COVER_PARAGRAPHS]):
        if wanted in _paragraph_text(p_element):
            return index
    return None


def _valid(anchor: int | None, paragraphs: list) -> bool:
    return anchor is not None and 0 <= anchor < len(paragraphs)


def _comment(document: DocxDocument, p_element, text: str) -> None:  # noqa: ANN001 - a CT_P
    paragraph = Paragraph(p_element, document._body)
    runs = paragraph.runs
    if not runs:
        # A comment range needs a run to start and end on; an empty one changes nothing visible.
        runs = [paragraph.add_run("")]
    document.add_comment(runs, text=clean_text(text), author=AUTHOR, initials=INITIALS)


def _finding_text(finding: Finding) -> str:
    head = f"[{severity_label(finding.severity)}] {finding.message}"
    tail = f"{finding.rule}" + (f" · {finding.basis}" if finding.basis else "")
    return f"{head}\n{tail}"


def _evidence_lines(result: CheckResult, lang: str) -> dict[int, list[str]]:
    lines: dict[int, list[str]] = {}
    for item in result.coverage.items:
        title = result.item_title(item.id, item.title, lang)
        for evidence in item.evidence:
            if evidence.anchor is None:
                continue
            methods = tr(f"（方法 {', '.join(evidence.methods)}）", f" (methods {', '.join(evidence.methods)})") \
                if evidence.methods else ""
            if evidence.basis == "similar":
                line = tr(f"可能论及 {item.id} {title}（{similar_note()}）", f"may address {item.id} {title} ({similar_note()})")
            elif evidence.basis == "unlike":
                line = tr(f"未计入 {item.id} {title}（{unlike_note()}）", f"not counted for {item.id} {title} ({unlike_note()})")
            elif item.status == "missing":
                continue  # a cue's place in a text that hardly speaks of a service: not counted
            elif item.status == "partial":
                # A reviewer reads the comment beside the clause, not the report: "覆盖" alone would
                # read as the item being covered.
                line = tr(f"论及 {item.id} {title}{methods}（该条目部分覆盖）",
                          f"touches {item.id} {title}{methods} (the item is partial)")
            else:
                line = tr(f"覆盖 {item.id} {title}{methods}", f"addresses {item.id} {title}{methods}")
            bucket = lines.setdefault(evidence.anchor, [])
            if line not in bucket:
                bucket.append(line)
    return lines


def _summary_text(result: CheckResult, unplaced: list[Finding], lang: str) -> str:
    counts = result.counts()
    read = result.document.coverage_judged
    missing = result.coverage.missing() if read else []
    overall = f"{percent(result.coverage.score)}%" if read else tr("无法计算", "cannot be computed")
    lines = [
        tr(f"stdauthor 检查：{result.checklist.title(lang)}，总覆盖率 {overall}",
           f"stdauthor check: {result.checklist.title(lang)}, overall coverage {overall}"),
        tr("问题：", "findings: ") + findings_summary(counts, rules_applied(result.document.structure,
                                                                            result.document.rules)),
    ]
    lines.extend(tr(f"注意：{zh}", f"Note: {en}") for _, zh, en in result.document.notices())
    lines.extend(tr("注意：", "Note: ") + notice for notice in likeness_notice(result, option=False))
    if not read:
        pass  # the notice says that nothing was read: no item was judged
    elif missing:
        names = tr("；", "; ").join(f"{i.id} {result.item_title(i.id, i.title, lang)}" for i in missing)
        lines.append(tr(f"缺失条目（{len(missing)}）：{names}", f"missing items ({len(missing)}): {names}"))
    else:
        lines.append(tr("缺失条目：无", "missing items: none"))
    for finding in unplaced:
        where = f"{finding.location}: " if finding.location else ""
        lines.append(f"[{severity_label(finding.severity)}] {where}{finding.message}")
    return "\n".join(lines)
