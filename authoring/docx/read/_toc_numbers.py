"""Clause numbers a conversion lost, taken back from the draft's own 目次.

A Word draft whose clause numbers were automatic loses them when its text is extracted or
converted carelessly: the body then reads ``范围`` / ``规范性引用文件`` / ``部署模式`` as bare
lines, while the 目次 — typed, or a field's last result — still prints ``1 范围`` … ``10.4 应急卡片准备``
with page numbers. Read as it stands, such a body has no clause at all (every sentence fell under
the 目次's last entry in an enterprise standard of round 55, bench/real).

:func:`restore_numbers` matches the 目次's numbered entries, in order, to bare body lines that read
exactly as their titles, and gives each matched line the number as its printed label, as the
lost numbering would have printed it. It does so only when the body prints none of those numbers
itself and most entries are found, so a draft whose headings are numbered is never touched.

Example:
    >>> from authoring.docx.read._blocks import Para
    >>> lines = ["目  次", "1 范围\\t1", "2 要求\\t1", "2.1 人员\\t2", "2.2 设施\\t2", "前  言", "本文件按照……起草。",
    ...          "范围", "本文件规定了……。", "要求", "人员", "应持证上岗。", "设施", "应配备轮椅。"]
    >>> items, restored = restore_numbers([Para(anchor=i, text=t) for i, t in enumerate(lines)])
    >>> restored, [p.printed for p in items[7:13]]
    (True, ['1 范围', '本文件规定了……。', '2 要求', '2.1 人员', '应持证上岗。', '2.2 设施'])
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from authoring.docx.read import _patterns as pat
from authoring.docx.read._blocks import Item, Para

__all__ = ["restore_numbers"]

# ``5.1 部署模式\t3``, ``5.1 部署模式 ..... 3``, ``5.1 部署模式``: a number, a title, a page number.
_ENTRY = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){0,4})[\s\u3000]+(?P<title>\S.*?)"
                    r"(?:[\s\u3000.．·…]+(?:\d{1,3}|[IVXivx]{1,5}))?[\s\u3000]*$")
#: Fewer matched entries than this and the 目次 says too little to restore anything.
MIN_MATCHED = 4
#: The share of the 目次's numbered entries that must be found as bare lines, in order.
MIN_SHARE = 0.6
#: A 目次 longer than this many lines is no 目次 this reading trusts.
MAX_TOC_LINES = 400


def _toc(items: list[Item]) -> tuple[list[tuple[str, str]], int] | None:
    """The numbered entries of the first 目次 (number, compact title) and the index of the first
    item after it; None when there is no 目次 or it lists no numbered entry."""
    start = next((i for i, item in enumerate(items[:200]) if isinstance(item, Para)
                  and pat.element_name(item.printed) == pat.TOC), None)
    if start is None:
        return None
    entries: list[tuple[str, str]] = []
    index = start + 1
    while index < len(items) and index - start <= MAX_TOC_LINES:
        item = items[index]
        if isinstance(item, Para) and item.printed:
            text = item.printed
            match = _ENTRY.match(text)
            if match is not None and not pat.is_sentence(match.group("title")):
                entries.append((match.group("num"), pat.compact(match.group("title"))))
            elif pat.element_name(text) is not None and not pat.toc_entry(text) \
                    and not pat.worn_toc_entry(text) and entries:
                break  # ``前  言`` standing alone: the 目次 has ended
        index += 1
    return (entries, index) if entries else None


def restore_numbers(items: list[Item]) -> tuple[list[Item], bool]:
    """``items`` with the 目次's numbers given back to the bare body lines that carry its titles,
    and whether any were; the items themselves when the body's headings are numbered or the 目次
    does not match the body."""
    found = _toc(items)
    if found is None:
        return items, False
    entries, body_start = found
    body = [(i, item) for i, item in enumerate(items[body_start:], body_start)
            if isinstance(item, Para) and item.printed and not item.toc]
    printed = {pat.compact(p.printed) for _, p in body}
    if sum(1 for num, title in entries if num + title in printed) * 2 >= len(entries):
        return items, False  # the body prints the numbers itself: nothing was lost
    # Where each bare line stands, by its text: an entry's title is looked up, not searched for.
    places: dict[str, list[int]] = {}
    for k, (_, p) in enumerate(body):
        if not p.label:
            places.setdefault(pat.compact(p.printed), []).append(k)
    matches: list[tuple[int, str]] = []
    cursor = 0
    for num, title in entries:
        found = places.get(title, [])
        at = bisect.bisect_left(found, cursor)
        if at < len(found):
            matches.append((body[found[at]][0], num))
            cursor = found[at] + 1
    if len(matches) < MIN_MATCHED or len(matches) < MIN_SHARE * len(entries):
        return items, False
    out = list(items)
    for index, num in matches:
        para = out[index]
        assert isinstance(para, Para)
        out[index] = dataclasses.replace(para, label=f"{num} ")
    return out, True
