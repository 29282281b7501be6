"""Page furniture a PDF's text leaves in a draft: running heads and page numbers, and the publisher's colophon.

Text copied from a PDF (or converted from one) keeps, at every page break, the page's running head,
the document's own designation alone on a line (``T/CLAST 001.3—2021``), and the page number next to
it (``6``, ``III``, ``3 / T/CLAST 001.3—2021``). Kept, they stood in the body as paragraphs of
whatever clause the page broke in, cut lists in two and split sentences (QA pass 6: a built draft
printed them between 5 and 5.1). They are dropped here, before the structure is read, and a
sentence the page break cut in two is joined again.

A published standard's PDF also carries its publisher's colophon (版权页: 中国标准出版社出版发行, 书号, 定价,
开本, 版权专有 侵权必究, a seller's 购买者/订单号 stamp), on the back cover or after the cover. Kept, it was read
as the text of the last clause or as entries of the 参考文献 (QA pass 7: 书号……定价……版权专有侵权必究 was the only
evidence of 5.6.2, and 29 uncited-bibliography hints were colophon lines). It is dropped too.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

from authoring.docx.read import _patterns as pat
from authoring.docx.read._blocks import Item, Para

_PAGE = r"(?:\d{1,3}|[IVXivx]{1,6}|[\u2160-\u217f]{1,3})"
_DESIGNATION = r"[A-Z]{1,5}(?:/[A-Z0-9]{1,12})?\s*\d{1,6}(?:\.\d{1,3}){0,3}(?:\s*[—–\-]{1,2}\s*\d{4})?"
_HEAD = re.compile(rf"^(?:(?P<before>{_PAGE})\s*/\s*)?(?P<d>{_DESIGNATION})(?:\s*/\s*(?P<after>{_PAGE}))?$")
_PAGE_ALONE = re.compile(rf"^{_PAGE}$")
#: A running head repeats on every page: three times at least before it is told from a designation
#: the text names.
MIN_REPEATS = 3
#: A paragraph this short before the break is more likely a title than a cut sentence.
_MIN_CUT = 20
_ENDS = "。；：！？.;:!?）)”」』》】"


def _head(p: Item) -> tuple[str, bool] | None:
    """The designation a running-head line holds (spaces out), and whether a page number is on it."""
    if not isinstance(p, Para) or p.label or p.toc:
        return None
    match = _HEAD.match(p.printed.strip())
    if match is None:
        return None
    return re.sub(r"\s+", "", match.group("d")), bool(match.group("before") or match.group("after"))


def without_running_heads(items: list[Item]) -> list[Item]:
    """``items`` without the running heads and page numbers of a PDF's pages (see the module doc).
    The first time the designation stands alone, with no page number by it, it is the cover's and
    stays."""
    found = [_head(p) for p in items]
    heads = [h[0] if h else None for h in found]
    counts = Counter(d for d in heads if d)
    repeated = {d for d, n in counts.items() if n >= MIN_REPEATS}
    if not repeated:
        return items

    def page_at(k: int) -> bool:
        p = items[k] if 0 <= k < len(items) else None
        return isinstance(p, Para) and not p.label and bool(_PAGE_ALONE.match(p.printed.strip()))

    # The side of the running head its page number stands on (a page's foot before the next page's head, or below the
    # head), told by the heads with a number on one side only. Where both sides hold a number alone, the other is the
    # text's own: a chapter's number set on a line of its own at the top of a page (1 / HJ 589—2021 / 3 / 术语和定义: HJ
    # 589—2021's text layer, round 249, whose chapters 1, 3 and 10 were lost so).
    sides = Counter(("before" if page_at(k - 1) else "after") for k, d in enumerate(heads)
                    if d in repeated and page_at(k - 1) != page_at(k + 1))
    ranked = sides.most_common()
    side = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
    drop: set[int] = set()
    first: set[str] = set()
    for k, d in enumerate(heads):
        if d not in repeated:
            continue
        paged = page_at(k - 1) or page_at(k + 1) or found[k][1]
        if d not in first and not paged:
            first.add(d)
            continue
        first.add(d)
        drop.add(k)
        pages = [j for j in (k - 1, k + 1) if page_at(j)]
        if len(pages) == 2 and side is not None:
            pages = [k - 1 if side == "before" else k + 1]
        drop.update(pages)
    out: list[Item] = []
    cut = False  # furniture stood just before the item being added
    for k, item in enumerate(items):
        if k in drop:
            cut = True
            continue
        if cut and out and _continues(out[-1], item):
            prev = out[-1]
            out[-1] = dataclasses.replace(prev, text=prev.text + item.text.strip())
        else:
            out.append(item)
        cut = False
    return out


def _continues(prev: Item, item: Item) -> bool:
    """Whether ``item`` finishes the sentence the page break cut ``prev`` short in."""
    if not isinstance(prev, Para) or not isinstance(item, Para):
        return False
    before, after = prev.printed.strip(), item.printed.strip()
    if len(before) < _MIN_CUT or not after or before.endswith(tuple(_ENDS)) or not pat.has_cjk(before[-1]):
        return False
    if prev.heading or item.heading or item.label or prev.toc or item.toc:
        return False
    return (pat.clause_head(after) is None and pat.annex_head(after) is None and pat.list_marker(after) is None
            and pat.note(after) is None and pat.example(after) is None and pat.clause_head(before) is None
            and pat.element_name(after) is None)  # 参考文献 after a figure's caption heads the bibliography


#: Words only a publisher's colophon holds; two of them within a few lines make one.
_COLOPHON = re.compile(r"出版发行|书\s*号\s*[:：·]|定\s*价\s*[:：]|版权专有|侵权必究|订单号\s*[:：]|防伪号\s*[:：]|"
                       r"开\s*本\s*[:：]|印\s*张\s*[:：]|第\s*\d+\s*次印刷|如有印装差错|中国标准在线服务网|购买者\s*[:：]"
                       # (as an OCR spaces them out, colons lost: 开 本 8 8 0 1230 1/16, 第一次印刷, …印刷厂印刷)
                       r"|开\s*本\s*\d|第\s*[一二三四五六七八九十]+\s*次\s*印\s*刷|印刷厂\s*印刷")
#: How far apart (in paragraphs) two colophon lines may stand and still be one colophon.
_COLOPHON_GAP = 12
#: How many short lines next to a colophon (中华人民共和国, an address, a web site, a printer) go with it.
_COLOPHON_EDGE = 8
_SHORT_LINE = 60


def _colophon_line(p: Item) -> bool:
    return isinstance(p, Para) and not p.toc and bool(_COLOPHON.search(p.printed))


def _bare_line(p: Item, *, after: bool = False) -> bool:
    """A short line that ends no sentence and starts no clause, list item or note: what stands around a colophon.
    ``after`` it, a designation is the back cover's (GM/T 0053-2016 under its bar code: round 194), not a
    bibliography's entry."""
    if not isinstance(p, Para) or p.toc or p.label:
        return False
    text = p.printed.strip()
    return (len(text) <= _SHORT_LINE and not text.endswith(tuple(_ENDS)) and pat.clause_head(text) is None
            and pat.annex_head(text) is None and pat.list_marker(text) is None
            # the 参考文献 (参 考 文 献) and its entries ([1] YD/T 2407—2013 ……) before a back cover's colophon
            and pat.element_name(text) is None and (after or pat.bibliography_entry(text)[0] is None))


def without_colophon(items: list[Item]) -> list[Item]:
    """``items`` without a publisher's colophon (see the module doc): a stretch in which two lines or more
    hold its words within :data:`_COLOPHON_GAP` paragraphs of each other, with the short bare lines on
    either side of it (at most :data:`_COLOPHON_EDGE`). One such word alone (a service's 服务热线, a price)
    is the text's own and stays."""
    marks = [k for k, p in enumerate(items) if _colophon_line(p)]
    if len(marks) < 2:
        return items
    drop: set[int] = set()
    run = [marks[0]]
    for k in [*marks[1:], None]:
        if k is not None and k - run[-1] <= _COLOPHON_GAP:
            run.append(k)
            continue
        if len(run) >= 2:
            start, end = run[0], run[-1]
            while start > 0 and run[0] - start < _COLOPHON_EDGE and _bare_line(items[start - 1]):
                start -= 1
            while end + 1 < len(items) and end - run[-1] < _COLOPHON_EDGE and _bare_line(items[end + 1], after=True):
                end += 1
            drop.update(range(start, end + 1))
        run = [k] if k is not None else []
    return [p for k, p in enumerate(items) if k not in drop] if drop else items
