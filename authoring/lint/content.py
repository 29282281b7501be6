"""Content rule: the same passage of prose (20 characters or more) appearing twice.

Only prose counts: paragraphs, notes, examples and definitions. Tables and lists written in
parallel for different objects (one table per device class with the same column heads, the
same items under clauses that each name another object) repeat by design; a list item is
compared only with the other items of its own list, where a repeat is a slip. So do, by
their nature: the symbols explained after each formula (P ——平台第i个测量位置的……), a field's
line in each of a set of parallel entries (约束类型：可选……), the same attribute described under
two parallel clauses of the same title (4.4.5 制定部门 / 5.4.3 制定部门), and an informative
annex's worked example restating the body. Whether a repeat should become a reference is a
judgement, so the rule gives a hint (info), not a warning: on 20 real standards nobody tuned it
on, every repeat it reported was judged written by design or debatable.
"""

from __future__ import annotations

import re

from collections.abc import Iterator

from authoring.document import ListBlock
from authoring.i18n import tr
from authoring.lint import Hit, rule
from authoring.lint.context import BIBLIO, NORMREF, LintContext, TextUnit, excerpt, fold
from authoring.lint.patterns import MARKER

MIN_CHARS = 20
_PROSE = ("paragraph", "note", "example", "term-definition", "term-note")
_EDGE_PUNCT = "；;，,。.:：、"  # stripped from both ends of a passage before comparing


_SENTENCE_MARK = re.compile(r"[。；;！？!?]")
# A sentence that only points elsewhere (……参见《……》。 / 见附录A。) says nothing twice.
_POINTER = re.compile(r"^[^。；;]{0,40}(?:参见|详见|(?<![意看听])见(?=附录|表|图|第|\d|《))[^。；;]{0,60}[。；;]?$")


def _sublists(ctx: LintContext) -> dict[int, int]:
    """The anchor of every list item → the list (sub-list) it stands in."""
    out: dict[int, int] = {}

    def walk(block: ListBlock) -> None:
        for item in block.items:
            if item.anchor is not None:
                out[item.anchor] = id(block)
            if item.children is not None:
                walk(item.children)

    for _, block in ctx.doc.iter_blocks():
        if isinstance(block, ListBlock):
            walk(block)
    return out


# A symbol explained after a formula (P ——…; $ P_{ij} $ ↑——…), or a short field line of an
# entry (约束类型：可选，……): repeated by nature.
_BY_NATURE = re.compile(r"^\s*(?:\S{1,24}\s*——|[^：:。；，,\s]{1,8}[：:][^。]{0,40}[。；;]?\s*$)")


def _parallel(ctx: LintContext, earlier: TextUnit, unit: TextUnit) -> bool:
    """Whether a repeat is written in parallel: under clauses of the same title, or as an
    informative annex's example restating the body."""
    if unit.owners and unit.owners != earlier.owners:
        annex = next((a for a in ctx.doc.annexes if a.label in unit.owners), None)
        if annex is not None and not annex.normative:
            return True
    if earlier.location == unit.location:
        return False
    titles = ctx.shared(_clause_titles)
    first = titles.get(earlier.location, "")
    return bool(first and first == titles.get(unit.location))


def _clause_titles(ctx: LintContext) -> dict[str, str]:
    """Every clause's number → its title, once per document."""
    return {c.number: c.title.strip() for c in ctx.doc.iter_clauses()}


#: A short sentence written under this many clauses or more is a formula of the text, repeated by design
#: (a test-method standard's 实际测试结果与上述预期结果一致则判定为符合…, under each of its tests): no repeat.
FORMULA_PLACES = 3
FORMULA_MAX_CHARS = 80


def _formulas(ctx: LintContext, keys: list[str | None]) -> set[str]:
    """The keys of the short passages that recur under ``FORMULA_PLACES`` clauses or more (``keys``: each
    unit's :func:`_key`)."""
    places: dict[str, set[str]] = {}
    for unit, key in zip(ctx.units, keys):
        if unit.kind in _PROSE and key is not None and len(key) <= FORMULA_MAX_CHARS:
            places.setdefault(key, set()).add(unit.location)
    return {key for key, where in places.items() if len(where) >= FORMULA_PLACES}


def _key(text: str) -> str | None:
    """The comparable form of a passage, or None when it is too short to count."""
    marker = MARKER.match(text)
    body = text[marker.end():] if marker else text
    key = fold(body).strip(_EDGE_PUNCT)
    return key if len(key) >= MIN_CHARS else None


def _message(earlier: TextUnit, unit: TextUnit) -> tuple[str, str]:
    same_place = earlier.location == unit.location
    return (
        f"这段文字与{'本条前文' if same_place else ' ' + earlier.location + ' '}重复。",
        f"This passage repeats text {'found earlier here' if same_place else 'from ' + earlier.location}.",
    )


@rule("content.repeated-block", "info", "GB/T 1.1—2020 (spec §2.11)",
      "内容重复", "repeated text")
def repeated_block(ctx: LintContext) -> Iterator[Hit]:
    first: dict[str, TextUnit] = {}
    items: dict[str, list[TextUnit]] = {}  # the current list's items, by text
    previous: TextUnit | None = None
    sublist = _sublists(ctx)
    # Folding is most of this rule's work, and a draft that repeats itself repeats its texts word for word:
    # each distinct text is folded once.
    folded: dict[str, str | None] = {}
    keys = [(folded[unit.text] if unit.text in folded else folded.setdefault(unit.text, _key(unit.text)))
            if unit.kind == "list-item" or unit.kind in _PROSE else None for unit in ctx.units]
    formulas = _formulas(ctx, keys)
    for unit, key in zip(ctx.units, keys):
        if unit.kind == "list-item":
            if previous is None or previous.kind != "list-item" or previous.location != unit.location:
                items = {}
            previous = unit
            if key is None:
                continue
            # The same step under a) and under b) (one sub-list per mode) is written for each:
            # only an earlier item of the same (sub-)list, or of one not known, makes a repeat.
            here = sublist.get(unit.anchor if unit.anchor is not None else -1)
            seen = items.setdefault(key, [])
            earlier = next((e for e in seen if here is None or sublist.get(
                e.anchor if e.anchor is not None else -1) in (None, here)), unit)
            seen.append(unit)
            if earlier is not unit:
                yield Hit(unit.location, tr(*_message(earlier, unit)), excerpt(unit.text), unit.anchor)
            continue
        previous = unit
        if unit.kind not in _PROSE or unit.role in (NORMREF, BIBLIO):
            continue
        if not _SENTENCE_MARK.search(unit.text) or _POINTER.match(unit.text):
            continue  # not a sentence (a table cell spilled into paragraphs), or a mere pointer
        if _BY_NATURE.match(unit.text):
            continue
        if key is None or key in formulas:
            continue
        earlier = first.setdefault(key, unit)
        if earlier is not unit and not _parallel(ctx, earlier, unit):
            yield Hit(unit.location, tr(*_message(earlier, unit)), excerpt(unit.text), unit.anchor)
