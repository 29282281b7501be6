"""Read one reviewed copy of a draft: its Word comments and tracked changes, each placed at a 章条编号.

A returned copy is read twice: by :func:`authoring.docx.read.read_docx`, which rebuilds the
standard's structure with every block's ``anchor`` (the index of its first paragraph in
:func:`~authoring.docx.read.paragraphs_in_order`), and here, for what the reader leaves out:
``word/comments.xml`` with the ranges the comments are anchored on (``w:commentRangeStart`` …
``w:commentRangeEnd``, or a bare ``w:commentReference``), and the revisions (``w:ins``,
``w:del``, ``w:moveFrom``/``w:moveTo``). A paragraph index becomes a location by the nearest
anchor at or before it: a clause number (``5.2``), a table or figure (``表1``, ``图A.1``), a term
entry (``3.2``), ``前言``, ``引言``, ``标准名称``, ``附录A``, ``参考文献``, ``目次`` or ``封面``.

Comments written by Word, LibreOffice and python-docx all use these elements; replies
(``commentsExtended.xml``) are folded into the comment they answer.
"""

from __future__ import annotations

import bisect
import fnmatch
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from lxml import etree

from authoring._paths import template_path
from authoring.document import (
    Annex, Block, Clause, Figure, StandardDocument, Table, TermEntry,
)
from authoring.docx.read._safe import open_package
from authoring.docx.legacy import readable_docx
from authoring.docx.read import paragraphs_in_order, read_docx
from authoring.paperwork._xml import paragraph_text, read_part, w
from authoring.yamlio import load_yaml

__all__ = ["Remark", "ReviewedCopy", "read_copy", "location_index", "locate", "UnitNames", "is_generic",
           "unit_from_filename", "looks_like_unit", "same_title"]

WHOLE = "全文"
QUOTE_CHARS = 40
CONTEXT_CHARS = 16
_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_W15 = "http://schemas.microsoft.com/office/word/2012/wordml"


@lru_cache(maxsize=1)
def _words() -> dict[str, Any]:
    data, _ = load_yaml(template_path("paperwork/comments.yaml"))
    return data


@dataclass
class Remark:
    """One reviewer's remark in a copy: a comment, or the revisions one author made in one paragraph."""

    kind: str  # "comment" or "change"
    author: str
    text: str
    para: int | None
    order: int
    location: str = WHOLE
    #: A tracked change as it was worded before QA pass 11 quoted the words it is placed by from a punctuation
    #: mark (束后请…确认。 then, 服务结束后请…确认。 now), when that differs: what its key is made of.
    key_text: str = ""

    @property
    def keyed_text(self) -> str:
        """The words the remark's key is made of (:func:`remark_key`): a tracked change as it was worded before
        a quoted sentence lost the 。 added after it (…的设计。”。) and before its context started at a
        punctuation mark, so a table listing it then knows it still."""
        text = self.key_text or self.text
        if self.kind == "change" and not text.endswith("。"):
            return text + "。"
        return text


@dataclass
class ReviewedCopy:
    """A returned copy: the draft as read, its remarks in document order, and its locations."""

    path: Path
    doc: StandardDocument
    remarks: list[Remark] = field(default_factory=list)
    index: list[tuple[int, str]] = field(default_factory=list)
    formatting_changes: int = 0

    @property
    def title(self) -> str:
        """The standard's title as this copy shows it."""
        return self.doc.metadata.title_zh or self.doc.body_title


# -- where a paragraph is ------------------------------------------------------------------------


def _block_location(owner: str, block: Block) -> str:
    if isinstance(block, (Table, Figure)) and block.number:
        return block.label
    if isinstance(block, TermEntry):
        return block.number
    return owner


def _add_blocks(entries: list[tuple[int, str]], owner: str, blocks: list[Block]) -> None:
    for block in blocks:
        if block.anchor is not None:
            entries.append((block.anchor, _block_location(owner, block)))


def _add_clause(entries: list[tuple[int, str]], clause: Clause) -> None:
    if clause.anchor is not None:
        entries.append((clause.anchor, clause.number))
    _add_blocks(entries, clause.number, clause.blocks)
    for child in clause.children:
        _add_clause(entries, child)


def _add_annex(entries: list[tuple[int, str]], annex: Annex) -> None:
    if annex.anchor is not None:
        entries.append((annex.anchor, annex.label))
    _add_blocks(entries, annex.label, annex.blocks)
    for child in annex.children:
        _add_clause(entries, child)


def _squeeze(text: str) -> str:
    return re.sub(r"[\s\u3000]+", "", text)


def location_index(doc: StandardDocument, paragraphs: list[etree._Element]) -> list[tuple[int, str]]:
    """``(paragraph index, location)`` pairs in paragraph order: where each location starts.

    After a table the clause's own location comes back at the next block's anchor.
    """
    entries: list[tuple[int, str]] = []
    if doc.foreword is not None:
        if doc.foreword.anchor is not None:
            entries.append((doc.foreword.anchor, "前言"))
        _add_blocks(entries, "前言", doc.foreword.blocks)
    if doc.introduction is not None:
        if doc.introduction.anchor is not None:
            entries.append((doc.introduction.anchor, "引言"))
        _add_blocks(entries, "引言", doc.introduction.blocks)
        for clause in doc.introduction.children:
            _add_clause(entries, clause)
    for clause in doc.clauses:
        _add_clause(entries, clause)
    for annex in doc.annexes:
        _add_annex(entries, annex)
    for ref in doc.bibliography or []:
        if ref.anchor is not None:
            entries.append((ref.anchor, "参考文献"))
    entries.sort(key=lambda e: e[0])
    entries = _front_and_headings(doc, paragraphs, entries)
    return entries


def _front_and_headings(doc: StandardDocument, paragraphs: list[etree._Element],
                        entries: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Add 目次, 标准名称 and the 参考文献 heading, which carry no anchor of their own."""
    first = entries[0][0] if entries else len(paragraphs)
    first_clause = next((c.anchor for c in doc.clauses if c.anchor is not None), None)
    extra: list[tuple[int, str]] = []
    for i in range(min(first, len(paragraphs))):
        if _squeeze(paragraph_text(paragraphs[i])) == "目次":
            extra.append((i, "目次"))
            break
    title = _squeeze(doc.body_title)
    if title and first_clause is not None:
        front_end = max((a for a, loc in entries if loc in ("前言", "引言") and a < first_clause), default=-1)
        for i in range(first_clause - 1, max(front_end, -1), -1):
            if _squeeze(paragraph_text(paragraphs[i])) == title:
                extra.append((i, "标准名称"))
                break
    refs = [a for a, loc in entries if loc == "参考文献"]
    if refs:
        for i in range(refs[0] - 1, max(refs[0] - 4, -1), -1):
            if _squeeze(paragraph_text(paragraphs[i])) == "参考文献":
                extra.append((i, "参考文献"))
                break
    return sorted(entries + extra, key=lambda e: e[0])


def locate(index: list[tuple[int, str]], para: int | None, *, has_cover: bool = True) -> str:
    """The location holding paragraph ``para`` (``全文`` when the remark has no place in the body)."""
    if para is None:
        return WHOLE
    if not index:
        return WHOLE
    at = bisect.bisect_right([a for a, _ in index], para) - 1
    if at < 0:
        return "封面" if has_cover else index[0][1]
    return index[at][1]


# -- reading a copy -------------------------------------------------------------------------------------


def read_copy(path: str | Path) -> ReviewedCopy:
    """Read the remarks of one reviewed copy; InputError (one line) when it cannot be read.

    A Word 97 ``.doc`` copy is read from a .docx LibreOffice saves of it (comments, their
    authors and tracked changes survive that); the copy keeps the path it was given.
    """
    path = Path(path)
    with readable_docx(path) as source:
        return _read_copy(path, Path(source))


def _read_copy(path: Path, source: Path) -> ReviewedCopy:
    doc = read_docx(source)
    package = open_package(source)
    paragraphs = paragraphs_in_order(package.document)
    position = {p: i for i, p in enumerate(paragraphs)}
    copy = ReviewedCopy(path=path, doc=doc)
    copy.index = location_index(doc, paragraphs)
    body = package.document.find(w("body"))
    if body is None:
        return copy
    comments = _comments(source)
    remarks = _comment_remarks(body, comments, position)
    changes, formatting = _change_remarks(paragraphs)
    copy.formatting_changes = formatting
    remarks += changes
    remarks.sort(key=lambda r: (r.para if r.para is not None else -1, r.order))
    for remark in remarks:
        remark.location = locate(copy.index, remark.para, has_cover=doc.has_cover)
    copy.remarks = remarks
    return copy


@dataclass
class _Comment:
    ident: str
    author: str
    text: str
    para_id: str = ""
    parent: str = ""


def _comments(path: Path) -> dict[str, _Comment]:
    root = read_part(path, "/comments", "word/comments.xml")
    if root is None:
        return {}
    out: dict[str, _Comment] = {}
    for node in root.findall(w("comment")):
        ident = node.get(w("id"), "")
        paras = node.findall(f".//{w('p')}")
        lines = [paragraph_text(p).strip() for p in paras]
        text = "\n".join(line for line in lines if line)
        para_id = paras[-1].get(f"{{{_W14}}}paraId", "") if paras else ""
        out[ident] = _Comment(ident, (node.get(w("author")) or "").strip(), text, para_id)
    extended = read_part(path, "/commentsExtended", "word/commentsExtended.xml")
    if extended is not None:
        parents = {e.get(f"{{{_W15}}}paraId", ""): e.get(f"{{{_W15}}}paraIdParent", "")
                   for e in extended.iter(f"{{{_W15}}}commentEx")}
        for comment in out.values():
            comment.parent = parents.get(comment.para_id, "") or ""
    return out


def _enclosing_paragraph(element: etree._Element, position: dict[etree._Element, int]) -> int | None:
    for ancestor in element.iterancestors(w("p")):
        if ancestor in position:
            return position[ancestor]
    # A range start between paragraphs (at body or cell level) belongs to the next paragraph.
    for following in element.itersiblings():
        if following.tag == w("p") and following in position:
            return position[following]
        found = next(following.iter(w("p")), None)
        if found is not None and found in position:
            return position[found]
    return None


def _comment_remarks(body: etree._Element, comments: dict[str, _Comment],
                     position: dict[etree._Element, int]) -> list[Remark]:
    """One remark per comment, at the paragraph where its range starts, with the text it covers."""
    starts: dict[str, int | None] = {}
    quoted: dict[str, list[str]] = {}
    open_ids: list[str] = []
    hidden_depth = 0
    order: dict[str, int] = {}
    for event, element in etree.iterwalk(body, events=("start", "end")):
        tag = element.tag
        if tag in (w("del"), w("moveFrom"), w("instrText"), w("delInstrText")):
            hidden_depth += 1 if event == "start" else -1
            continue
        if event != "start":
            continue
        if tag == w("commentRangeStart"):
            ident = element.get(w("id"), "")
            if ident not in starts:
                starts[ident] = _enclosing_paragraph(element, position)
                order[ident] = len(order)
                quoted[ident] = []
                open_ids.append(ident)
        elif tag == w("commentRangeEnd"):
            ident = element.get(w("id"), "")
            if ident in open_ids:
                open_ids.remove(ident)
        elif tag == w("commentReference"):
            ident = element.get(w("id"), "")
            if ident not in starts:
                starts[ident] = _enclosing_paragraph(element, position)
                order[ident] = len(order)
                quoted[ident] = []
        elif tag == w("t") and open_ids and not hidden_depth:
            for ident in open_ids:
                quoted[ident].append(element.text or "")
        elif tag == w("p") and open_ids:
            for ident in open_ids:
                if quoted[ident]:
                    quoted[ident].append(" ")
    by_para_id = {c.para_id: c for c in comments.values() if c.para_id}
    replies: dict[str, list[_Comment]] = {}
    for comment in comments.values():
        parent = by_para_id.get(comment.parent) if comment.parent else None
        if parent is not None and parent is not comment:
            replies.setdefault(parent.ident, []).append(comment)
    answering = {c.ident for group in replies.values() for c in group}
    out: list[Remark] = []
    for ident, comment in comments.items():
        if ident in answering:
            continue
        # A comment left without words still marks a place the reviewer meant: listed, never dropped.
        text = comment.text.replace("\n", " ") if comment.text.strip() else "（批注无文字）"
        quote = " ".join("".join(quoted.get(ident, [])).split())
        if quote:
            text += f"（原文：“{_clip(quote, QUOTE_CHARS)}”）"
        for reply in replies.get(ident, []):
            if reply.text:
                text += f"〔{reply.author or '回复'}：{reply.text.replace(chr(10), ' ')}〕"
        out.append(Remark(kind="comment", author=comment.author, text=text, para=starts.get(ident),
                          order=order.get(ident, len(order))))
    return out


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit] + "……"


# -- tracked changes ------------------------------------------------------------------------------------

_CHANGE_TAGS = {w("ins"): "ins", w("moveTo"): "ins", w("del"): "del", w("moveFrom"): "del"}
_NOT_TEXT = {w("pPr"), w("rPr"), w("txbxContent"), "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",
             w("instrText"), w("delInstrText"), w("sdtPr"), w("commentReference"), w("footnoteReference"),
             w("endnoteReference")}
_FORMAT_CHANGES = {w("rPrChange"), w("pPrChange"), w("tblPrChange"), w("tcPrChange"), w("trPrChange"),
                   w("sectPrChange"), w("numberingChange")}


def _tokens(p: etree._Element) -> list[tuple[str, str, str]]:
    """``(state, author, text)`` of paragraph ``p`` in order: state ``same``, ``ins`` or ``del``."""
    out: list[tuple[str, str, str]] = []

    def walk(element: etree._Element, state: str, author: str) -> None:
        for child in element:
            tag = child.tag
            if tag in _NOT_TEXT or not isinstance(tag, str):
                continue
            kind = _CHANGE_TAGS.get(tag)
            if kind is not None:
                if state != "same":
                    continue  # a revision of a revision: nothing a reader of the copy would see
                walk(child, kind, (child.get(w("author")) or "").strip())
            elif tag in (w("t"), w("delText")):
                out.append((state, author, child.text or ""))
            elif tag in (w("tab"), w("ptab")):
                out.append((state, author, " "))
            elif tag in (w("br"), w("cr")):
                out.append((state, author, " "))
            elif tag == w("p"):
                continue
            else:
                walk(child, state, author)

    walk(p, "same", "")
    return out


def _change_groups(tokens: list[tuple[str, str, str]]) -> list[tuple[str, str, str, str, str]]:
    """``(author, old, new, before, after)`` for each run of revisions by one author."""
    groups: list[tuple[str, str, str, str, str]] = []
    k = 0
    while k < len(tokens):
        state, author, _ = tokens[k]
        if state == "same":
            k += 1
            continue
        start = k
        old, new = [], []
        while k < len(tokens) and tokens[k][0] != "same" and tokens[k][1] == author:
            (old if tokens[k][0] == "del" else new).append(tokens[k][2])
            k += 1
        before = "".join(t for s, _, t in tokens[:start] if s != "ins")
        after = "".join(t for s, _, t in tokens[k:] if s != "ins")
        groups.append((author, "".join(old), "".join(new), before, after))
    return groups


def _describe(old: str, new: str, before: str, after: str, *, legacy: bool = False) -> str:
    """A reviewer's revision in words; ``legacy``: the words placing an insertion as they were cut before QA
    pass 11 (what older tables' keys are made of)."""
    old_s, new_s = old.strip(), new.strip()
    if old_s and new_s:
        return f"原文“{old_s}”，建议修改为“{new_s}”"
    if old_s:
        return f"建议删除“{old_s}”"
    before_s, after_s = before.rstrip(), after.lstrip()
    if before_s:
        return f"建议在“{_tail(before_s, legacy=legacy)}”后增加“{new_s}”"
    if after_s:
        return f"建议在“{_head(after_s, legacy=legacy)}”前增加“{new_s}”"
    return f"建议增加“{new_s}”"


_BREAKS = "，。；：、！？,.;:!?"
#: What a context cut within a clause is marked with.
_CUT = "……"


def _breaks(text: str) -> list[int]:
    """Where ``text`` has a punctuation mark; the dot or comma inside a number (7.5.5, B.1, 1,000) is none."""
    return [i for i, c in enumerate(text) if c in _BREAKS
            and not (c in ".," and 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isdigit())]


def _tail(text: str, *, legacy: bool = False) -> str:
    """The end of ``text`` that shows where an insertion goes: back to a punctuation mark if near; else back to
    the one before (服务结束后请……确认。, not 束后请……确认。 from the middle of 结束), the whole text when
    it has none, or, beyond :data:`QUOTE_CHARS`, the last words marked as cut (……). ``legacy``: as cut before
    QA pass 11, :data:`CONTEXT_CHARS` back when no mark was near."""
    tail = text[-CONTEXT_CHARS:]
    cut = max(_breaks(tail), default=-1)
    tail = tail[cut + 1:] if 0 <= cut < len(tail) - 4 else tail
    start = len(text) - len(tail)
    if not legacy and start > 0 and text[start - 1] not in _BREAKS:
        marks = [i for i in _breaks(text) if i < len(text) - 4]
        begin = marks[-1] + 1 if marks else 0
        if len(text) - begin <= QUOTE_CHARS:
            return text[begin:]
        return _CUT + _whole_number(text, tail)
    return _whole_number(text, tail)


def _whole_number(text: str, tail: str) -> str:
    """``tail``, the end of ``text``, not starting with the end of a number cut short (…5.5 监测预警 → 监测预警)."""
    if len(text) > len(tail) and text[-len(tail) - 1].isdigit() and tail[:1] in ".0123456789":
        return tail.lstrip(".0123456789")
    return tail


def _head(text: str, *, legacy: bool = False) -> str:
    """The start of ``text`` up to a punctuation mark if near; else up to the next one, the whole text when it has
    none, or, beyond :data:`QUOTE_CHARS`, the first words marked as cut (……). ``legacy``: as cut before QA pass
    11, at :data:`CONTEXT_CHARS` when no mark was near."""
    head = text[:CONTEXT_CHARS]
    cuts = [i for i in _breaks(head) if i >= 4]
    if cuts:
        return head[:min(cuts)]
    if legacy or len(text) == len(head) or text[len(head)] in _BREAKS:
        return head
    ends = [i for i in _breaks(text) if i >= 4]
    if ends and ends[0] <= QUOTE_CHARS:
        return text[:ends[0]]
    return text if not ends and len(text) <= QUOTE_CHARS else head + _CUT


def _change_remarks(paragraphs: list[etree._Element]) -> tuple[list[Remark], int]:
    """One remark per paragraph and author holding revisions; and the count of formatting-only revisions."""
    out: list[Remark] = []
    formatting = 0
    order = 10_000_000  # after the comments of the same paragraph
    for index, p in enumerate(paragraphs):
        has_change = False
        for element in p.iter():
            tag = element.tag
            if tag in _CHANGE_TAGS:
                has_change = True
            elif tag in _FORMAT_CHANGES:
                formatting += 1
        if not has_change:
            continue
        by_author: dict[str, list[tuple[str, str]]] = {}
        for author, old, new, before, after in _change_groups(_tokens(p)):
            if not old.strip() and not new.strip():
                continue
            by_author.setdefault(author, []).append((_describe(old, new, before, after),
                                                     _describe(old, new, before, after, legacy=True)))
        for author, described in by_author.items():
            text = _ended("；".join(t for t, _ in described))
            keyed = _ended("；".join(k for _, k in described))
            out.append(Remark(kind="change", author=author, text=text, para=index, order=order,
                              key_text="" if keyed == text else keyed))
            order += 1
    return out, formatting


#: What ends a sentence: a quotation whose words end in one needs no 。 after it.
_SENTENCE_END = "。！？!?…"


def _ended(text: str) -> str:
    """``text`` with the 。 that ends a remark, unless it ends in a quoted sentence that has its own full stop
    (建议删除“……的设计。” rather than “……的设计。”。)."""
    if text.endswith("”") and text[-2:-1] and text[-2] in _SENTENCE_END:
        return text
    return text + "。"


# -- who made a remark ---------------------------------------------------------------------------------


def is_generic(author: str) -> bool:
    """True for an author name that names no one (Administrator, 用户, python-docx …)."""
    name = " ".join(author.strip().lower().split())
    for pattern in _words()["generic_authors"]:
        pattern = str(pattern).lower()
        if "*" in pattern:
            if fnmatch.fnmatchcase(name, pattern):
                return True
        elif name == pattern:
            return True
    return False


#: A pair of round brackets with no bracket inside: part of a unit's name (李四（北京）, 某某研究院（分院）)
#: unless nothing but noise words, a number or the stage is in it (（征求意见稿）, (2)).
_ROUND = re.compile(r"[（(]([^（）()]*)[）)]")


#: A sequence token that starts a file name before the unit's name, with the separator after it: r2-, rev5_,
#: 02 , 附件2 (separator or not: 附件 never starts a unit's name), (3), （三）, 一、, 12. A number with no
#: separator after it (3M中国, 三亚市) is part of the name.
_NUMERAL = r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})"
_SEQUENCE = re.compile(
    rf"^[\s_\-—–·.,，、+:：]*(?:附件\s*{_NUMERAL}|[（(]{_NUMERAL}[）)]"
    rf"|(?:(?:r|rev|no\.?|v|#)?\d{{1,3}}|[一二三四五六七八九十]{{1,3}})(?=[\s_\-—–·.,，、+．:：)）]))",
    re.IGNORECASE)


def _without_sequence(text: str) -> str:
    """``text`` without the sequence tokens it starts with (附件2 r2-…), unless nothing else would be left."""
    rest = text
    while (match := _SEQUENCE.match(rest)) and match.end():
        rest = rest[match.end():]
    rest = re.sub(r"^[\s_\-—–·.,，、+:：．)）]+", "", rest)  # the separator after the last token (附件3：)
    return rest if _name_words(rest) else text


def unit_from_filename(path: Path, title: str = "") -> str:
    """A unit's name from a copy's file name: the stem without the standard's title, noise words and the
    sequence token it starts with (r2-, 附件2, (3), 一、 …).

    Round brackets that hold part of the name are kept, full width (审阅稿 李四（北京）.docx gives 李四（北京）);
    other brackets (《》, 【】, a stray one) only separate words.
    """
    stem = path.stem
    text = stem
    if title:
        text = text.replace(title, " ")
    text = re.sub(r"[《》〈〉「」『』【】\[\]]", " ", text)
    for word in sorted((str(x) for x in _words()["file_noise"]), key=len, reverse=True):
        text = re.sub(re.escape(word), " ", text, flags=re.IGNORECASE)
    text = _without_sequence(text)
    parts: list[str] = []
    at = 0
    for match in _ROUND.finditer(text):
        parts += _name_words(text[at:match.start()])
        inner = _name_words(match.group(1))
        if inner:
            parts.append(f"（{''.join(inner)}）")
        at = match.end()
    parts += _name_words(text[at:])
    return "".join(parts) if parts else stem


def _name_words(text: str) -> list[str]:
    """The words of a piece of a file name: split at spaces, separators and stray brackets, numbers dropped."""
    return [p for p in re.split(r"[\s_\-—–·.,，、+（）()]+", text) if p and not p.isdigit()]


#: How a unit's name ends (华东养老服务研究院, 浦东新区民政局, 康宁颐养中心, 中和标准化咨询有限公司 …), with two characters
#: before it at least: a person's name rarely does (王科 is a person, 民政局 a unit).
_UNIT_ENDS = ("院", "局", "厅", "委", "部", "处", "所", "站", "室", "办", "馆", "社", "会", "司", "厂", "行", "校", "组",
              "中心", "集团", "大学", "政府", "街道", "社区", "联盟", "企业", "单位")
_UNIT_WORDS = re.compile(r"\b(?:ltd|limited|inc|co|corp|corporation|company|group|university|institute|college|"
                         r"association|society|council|committee|bureau|ministry|department|center|centre|agency|"
                         r"administration|academy|hospital|foundation|office)\b\.?", re.IGNORECASE)


def looks_like_unit(name: str) -> bool:
    """Whether ``name`` reads as a unit's (ends as units do: 研究院, 民政局, 中心, 有限公司; Ltd., Institute …),
    not a person's (张三, Li Hua) or a file's other words (专家意见)."""
    core = _ROUND.sub("", _squeeze(name)).rstrip(".。")  # 某某研究院（分院）: the name before the brackets
    if _UNIT_WORDS.search(name):
        return True
    return any(core.endswith(end) and len(core) >= len(end) + 2 for end in _UNIT_ENDS)


class UnitNames:
    """Who a remark is from: a mapping file (author or file name -> unit); else, for a person's remark, the unit the
    file name names (张三's comments in r2-华东养老服务研究院.docx are the institute's: the foot counts units), unless
    a table being updated lists the person as a unit already; else the author, else the file name."""

    def __init__(self, mapping: dict[str, str] | None = None, kept: Iterable[str] = ()):
        self.mapping = {str(k).strip(): str(v).strip() for k, v in (mapping or {}).items() if str(v).strip()}
        #: Names a table being updated lists as units (squeezed): a person there stays a unit.
        self.kept = {_squeeze(k) for k in kept if k.strip()}

    def keeping(self, names: Iterable[str]) -> UnitNames:
        """These names, with ``names`` (an earlier table's units) kept as they are."""
        return UnitNames(self.mapping, [*self.kept, *names])

    def mapping_also(self, people: dict[str, str]) -> UnitNames:
        """These names, with ``people`` (author -> unit) mapped too, unless the mapping file maps them."""
        return UnitNames({**people, **self.mapping}, self.kept)

    def of_file(self, path: Path) -> str | None:
        """The unit the mapping gives the file (by name or stem), if any."""
        return self.mapping.get(path.name) or self.mapping.get(path.stem)

    def unit(self, author: str, path: Path, title: str = "") -> str:
        """The 提出单位 of a remark by ``author`` in the copy at ``path``."""
        return self.choice(author, path, title)[0]

    def choice(self, author: str, path: Path, title: str = "") -> tuple[str, str]:
        """The 提出单位 of a remark and how it was found: ``mapping``, ``file`` (the author names no one),
        ``file-for-person`` (a person's remark in a unit's copy), ``person`` (a person's name stands) or
        ``author`` (an author that reads as a unit)."""
        author = author.strip()
        if author and author in self.mapping:
            return self.mapping[author], "mapping"
        mapped = self.of_file(path)
        if mapped:
            return mapped, "mapping"
        if not author or is_generic(author):
            return unit_from_filename(path, title), "file"
        if looks_like_unit(author):
            return author, "author"
        if _squeeze(author) not in self.kept:
            named = unit_from_filename(path, title)
            if looks_like_unit(named):
                return named, "file-for-person"
        return author, "person"


def same_title(a: str, b: str) -> bool:
    """True when two titles name the same standard (spacing, brackets and stage words ignored)."""
    return _title_key(a) == _title_key(b)


def _title_key(title: str) -> str:
    text = _squeeze(title).strip("《》")
    return re.sub(r"[（(](?:征求意见稿|送审稿|报批稿|工作组讨论稿|送审讨论稿)[）)]$", "", text)


def remark_key(author: str, path: Path, location: str, text: str) -> str:
    """A short stable id of a remark: the same comment read again gives the same key."""
    who = author if author and not is_generic(author) else f"file:{path.stem}"
    digest = hashlib.sha1(f"{who}\x1f{location}\x1f{' '.join(text.split())}".encode("utf-8")).hexdigest()
    return digest[:12]
