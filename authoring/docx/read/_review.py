"""What reviewers left in a draft that the reader does not read as text: pending tracked changes and comments.

The reader reads Word's final view (:mod:`authoring.docx.read._blocks`): every insertion as if accepted, every
deletion as made, comments not at all. A committee often imports or checks the copy it is working on while
reviewers' changes are still pending, so the commands that read a draft say how many there were (QA pass 11, A1).

One change is what a reviewer proposed at one place: a run of revisions by one author with no unchanged text
between them. A replacement (a ``w:del`` and the ``w:ins`` right after it) is one change, as the 意见汇总处理表
lists it; two insertions in one paragraph are two. A move (``w:moveFrom`` … ``w:moveTo``) is counted once, where
the text went. Revisions of formatting only, or of a paragraph mark alone, change no text and are not counted.
One comment is a comment of ``word/comments.xml`` the body refers to; a reply to it (``commentsExtended.xml``)
is part of it.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from authoring.docx.read._styles import w
from authoring.i18n import count_en

__all__ = ["PendingReview", "pending_review"]

_INSERTED, _DELETED, _MOVED_AWAY, _MOVED_HERE = "ins", "del", "moved-away", "moved-here"
_REVISIONS = {w("ins"): _INSERTED, w("del"): _DELETED, w("moveFrom"): _MOVED_AWAY, w("moveTo"): _MOVED_HERE}
#: What holds no text of the paragraph: its and its runs' properties (a paragraph mark's own revision is there),
#: field instructions, a text box (its paragraphs are counted as paragraphs of their own) and Word's fallbacks.
_NOT_TEXT = {w("pPr"), w("rPr"), w("sdtPr"), w("instrText"), w("delInstrText"), w("txbxContent"), w("p"),
             w("commentReference"), "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}
#: What a reader of the paragraph sees: its text, and a picture or an object in it.
_TEXT = {w("t"), w("delText")}
_SHOWN = {w("drawing"), w("pict"), w("object"), w("sym")}
_P = w("p")
_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_W15 = "http://schemas.microsoft.com/office/word/2012/wordml"


@dataclass(frozen=True)
class PendingReview:
    """How many tracked changes (neither accepted nor rejected) and comments a draft holds."""

    changes: int = 0
    comments: int = 0

    def __bool__(self) -> bool:
        return bool(self.changes or self.comments)

    def notice(self, comments_zh: str, comments_en: str) -> tuple[str, str]:
        """The sentence a command says of them, ``(zh, en)``: the changes were read as accepted, and the
        comments ``comments_zh`` / ``comments_en`` (``未导入`` / ``not imported``)."""
        held_zh = "和 ".join(part for part in (f"{self.changes} 处未接受的修订" if self.changes else "",
                                               f"{self.comments} 条批注" if self.comments else "") if part)
        held_en = " and ".join(part for part in (
            f"{count_en(self.changes, 'tracked change')} not yet accepted or rejected" if self.changes else "",
            count_en(self.comments, "comment") if self.comments else "") if part)
        done_zh = "，".join(part for part in ("修订按接受处理" if self.changes else "",
                                             f"批注{comments_zh}" if self.comments else "") if part)
        done_en = ", ".join(part for part in (
            ("the change was" if self.changes == 1 else "the changes were") + " read as accepted"
            if self.changes else "",
            ("the comment was " if self.comments == 1 else "the comments were ") + comments_en
            if self.comments else "") if part)
        return f"草案含 {held_zh}：{done_zh}。", f"The draft holds {held_en}: {done_en}."


def pending_review(document: etree._Element, comments: etree._Element | None = None,
                   extended: etree._Element | None = None) -> PendingReview:
    """The tracked changes and comments of a package's main part ``document`` (its ``word/comments.xml`` root
    ``comments`` and ``commentsExtended.xml`` root ``extended``, when it has them)."""
    return PendingReview(changes=sum(_changes(p) for p in _revised_paragraphs(document)),
                         comments=_comments(document, comments, extended))


def _revised_paragraphs(document: etree._Element) -> list[etree._Element]:
    """The paragraphs holding a revision mark, each once: only they can hold a change, and most drafts have none
    (the walk of every paragraph cost a twentieth of a large draft's check)."""
    owners: dict[etree._Element, None] = {}
    for mark in document.iter(*_REVISIONS):
        # the nearest paragraph counts it: a text box's paragraph is counted apart from the one holding the box
        p = next(mark.iterancestors(_P), None)
        if p is not None:
            owners[p] = None
    return list(owners)


def _changes(p: etree._Element) -> int:
    """The changes proposed in paragraph ``p`` (its text boxes' paragraphs not included)."""
    count = 0
    # the revision the last thing seen belongs to, as (author, kind); None after unchanged text
    current: tuple[str, str] | None = None
    counted = False

    def walk(element: etree._Element, revision: tuple[str, str] | None) -> None:
        nonlocal count, current, counted
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _NOT_TEXT:
                continue
            kind = _REVISIONS.get(tag)
            if kind is not None:
                # a revision inside another (a deletion of an insertion) is part of the outer one
                walk(child, revision or ((child.get(w("author")) or "").strip(), kind))
                continue
            shown = tag in _SHOWN or (tag in _TEXT and (child.text or "").strip())
            if not shown:
                walk(child, revision)
                continue
            if revision is None:
                current, counted = None, False
                continue
            if current is None or current[0] != revision[0]:
                current, counted = revision, False
            # a move is counted where the text went; a deletion or insertion where it is
            if not counted and revision[1] != _MOVED_AWAY:
                count += 1
                counted = True

    walk(p, None)
    return count


def _comments(document: etree._Element, comments: etree._Element | None, extended: etree._Element | None) -> int:
    """The comments the body refers to, a reply not counted apart from the comment it answers."""
    referred = {e.get(w("id"), "") for e in document.iter(w("commentReference"), w("commentRangeStart"))}
    if comments is None:
        return len(referred)
    replies: set[str] = set()
    if extended is not None:
        answering = {e.get(f"{{{_W15}}}paraId", "") for e in extended.iter(f"{{{_W15}}}commentEx")
                     if e.get(f"{{{_W15}}}paraIdParent")}
        for node in comments.iter(w("comment")):
            paras = node.findall(f".//{w('p')}")
            if paras and paras[-1].get(f"{{{_W14}}}paraId", "") in answering:
                replies.add(node.get(w("id"), ""))
    known = {node.get(w("id"), "") for node in comments.iter(w("comment"))}
    return len((referred & known) - replies)
