"""Numbering rules: clause, table, figure and list numbers run 1, 2, 3 without gaps or repeats."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from authoring.document import INTRODUCTION, Block, Clause, Figure, ListBlock, Paragraph, Table
from authoring.i18n import tr
from authoring.lint import Hit, rule
from authoring.lint.context import LintContext, excerpt
from authoring.lint.patterns import Marker, marker_label, marker_of


# -- clauses -----------------------------------------------------------------------------


def _sibling_groups(ctx: LintContext) -> Iterator[tuple[str, list[Clause], str]]:
    """``(parent prefix, children, parent location)`` for every level of the tree."""
    doc = ctx.doc
    yield "", doc.clauses, ""
    for clause in doc.iter_clauses():
        if clause.children:
            yield clause.number, clause.children, clause.number
    for annex in doc.annexes:
        if annex.children:
            yield annex.letter, annex.children, annex.label
    if doc.introduction is not None and doc.introduction.children:
        yield "0", doc.introduction.children, INTRODUCTION
        for clause in doc.introduction.children:
            for sub in clause.walk():
                if sub.children:
                    yield sub.number, sub.children, sub.number


@rule("numbering.clause-sequence", "error", "GB/T 1.1—2020 (spec §1.1, §2.8)",
      "章条编号不连续或重复", "clause numbers skip or repeat")
def clause_sequence(ctx: LintContext) -> Iterator[Hit]:
    for prefix, children, _ in _sibling_groups(ctx):
        previous = 0
        seen: set[str] = set()
        for clause in children:
            head, _, last = clause.number.rpartition(".")
            where = clause.number
            if head != prefix or not last.isdigit():
                expected = f"{prefix}.{previous + 1}" if prefix else str(previous + 1)
                yield Hit(where, tr(f"编号 {clause.number} 不属于所在层次，此处应为 {expected}。",
                                    f"Number {clause.number} does not belong at this level; {expected} was expected."),
                          excerpt(clause.title), clause.anchor)
                # It holds a place among its siblings all the same: the next one's number is counted on from it
                # (6.2.3.1, 6.2.3.2 under 6.1.1 are 6.1.1.1 and 6.1.1.2, not 6.1.1.1 twice; QA pass 17, A5).
                previous += 1
                continue
            value = int(last)
            if clause.number in seen:
                yield Hit(where, tr(f"编号 {clause.number} 重复。", f"Number {clause.number} is repeated."),
                          excerpt(clause.title), clause.anchor)
            elif value > previous + 1:
                missing = _span(prefix, previous + 1, value - 1)
                yield Hit(where, tr(f"编号跳过了 {missing}（{clause.number} 之前）。",
                                    f"Numbering skips {missing} (before {clause.number})."),
                          excerpt(clause.title), clause.anchor)
            elif value == 0 and prefix and not seen:
                yield Hit(where, tr(f"编号 {clause.number} 从 0 起；条应从 {prefix}.1 起编号。",
                                    f"Number {clause.number} starts from 0; subclauses are numbered from {prefix}.1."),
                          excerpt(clause.title), clause.anchor)
            elif value <= previous:
                yield Hit(where, tr(f"编号 {clause.number} 顺序颠倒。", f"Number {clause.number} is out of order."),
                          excerpt(clause.title), clause.anchor)
            seen.add(clause.number)
            previous = max(previous, value)
    yield from _annex_letters(ctx)


def _annex_letters(ctx: LintContext) -> Iterator[Hit]:
    for index, annex in enumerate(ctx.doc.annexes):
        expected = chr(ord("A") + index)
        if annex.letter != expected:
            yield Hit(annex.label, tr(f"附录编号应为附录{expected}，实为{annex.label}。",
                                      f"This annex should be 附录{expected}, not {annex.label}."),
                      excerpt(annex.title), annex.anchor)


def _span(prefix: str, first: int, last: int) -> str:
    name = (lambda n: f"{prefix}.{n}" if prefix else str(n))
    return name(first) if first == last else f"{name(first)}～{name(last)}"


@rule("numbering.lone-clause", "warning", "GB/T 1.1—2020 (spec §2.11)",
      "只有一个下一层次的条", "a lone subclause")
def lone_clause(ctx: LintContext) -> Iterator[Hit]:
    for prefix, children, parent in _sibling_groups(ctx):
        if prefix and len(children) == 1:
            only = children[0]
            yield Hit(only.number, tr(
                f"{parent} 下只有一个条 {only.number}；同一层次的条应至少有两个。",
                f"{parent} has a single subclause {only.number}; create subclauses only in twos or more.",
            ), excerpt(only.title), only.anchor)


def _typed_habit(clauses: list[Clause], written: Callable[[Clause], str], zh: str, en: str) -> Iterator[Hit]:
    """One finding for a draft's headings that share one typing habit (``clauses``, in order), at the first, with
    the count and the first three as written (``written``): ``zh`` and ``en`` take ``{n}`` (the count), ``{shown}``
    and ``{first}`` (the first one's number)."""
    if not clauses:
        return
    first = clauses[0]
    shown = "、".join(written(c) for c in clauses[:3]) + ("等" if len(clauses) > 3 else "")
    shown_en = ", ".join(written(c) for c in clauses[:3]) + (" …" if len(clauses) > 3 else "")
    yield Hit(first.number, tr(zh.format(n=len(clauses), shown=shown, first=first.number),
                               en.format(n=len(clauses), shown=shown_en, first=first.number)),
              excerpt(first.title), first.anchor)


@rule("numbering.trailing-dot", "warning", "GB/T 1.1—2020 (spec §2.8)",
      "章条编号后加了圆点", "a clause number printed with a trailing dot")
def trailing_dot(ctx: LintContext) -> Iterator[Hit]:
    """``5.1.`` for ``5.1``: one finding for the draft, at the first such number, with the count."""
    yield from _typed_habit(
        [c for c in ctx.doc.iter_clauses() if c.dotted], lambda c: f"{c.number}.",
        "{n} 个章条编号后加了圆点（{shown}）；编号应写作“{first}”，其后空一个汉字的间隙接标题。",
        "{n} clause numbers end in a dot ({shown}); write “{first}”, then a space and the title.")


@rule("numbering.run-in-number", "warning", "GB/T 1.1—2020 (spec §2.8, §2.11)",
      "章条编号与标题之间没有间隙", "a clause number typed straight into its title")
def run_in_number(ctx: LintContext) -> Iterator[Hit]:
    """``9.1.1.2测试方法`` for ``9.1.1.2　测试方法``: one finding for the draft, at the first such heading, with the count
    (QA pass 17 found it unreported)."""
    yield from _typed_habit(
        [c for c in ctx.doc.iter_clauses() if c.run_in], lambda c: f"{c.number}{c.title}",
        "{n} 个章条编号后直接接标题（{shown}）；编号后应空一个汉字的间隙再接标题。",
        "{n} clause numbers run straight into their titles ({shown}); leave a space after the number.")


# -- tables and figures ------------------------------------------------------------------


def _regions(ctx: LintContext) -> Iterator[tuple[str, list[Block]]]:
    """``("", blocks of the body)`` then ``(letter, blocks of annex letter)``, in order."""
    doc = ctx.doc
    body: list[Block] = []
    if doc.introduction is not None:
        body.extend(doc.introduction.blocks)
        for clause in doc.introduction.children:
            body.extend(b for c in clause.walk() for b in c.blocks)
    for chapter in doc.clauses:
        body.extend(b for c in chapter.walk() for b in c.blocks)
    yield "", body
    for annex in doc.annexes:
        blocks = list(annex.blocks)
        blocks.extend(b for clause in annex.children for c in clause.walk() for b in c.blocks)
        yield annex.letter, blocks


def _object_sequence(ctx: LintContext, kind: type, zh: str, en: str) -> Iterator[Hit]:
    for letter, blocks in _regions(ctx):
        numbered = [b for b in blocks if isinstance(b, kind) and b.number]
        seen: set[str] = set()
        count = 0
        for at, block in enumerate(numbered):
            expected = f"{letter}.{count + 1}" if letter else str(count + 1)
            # After a break the count goes on from the number found, so one slip is one finding; but a number the
            # next one contradicts (表919 between 表118 and 表120, an OCR's misreading) is the slip itself, and the
            # count goes on from the one expected.
            tail = block.number.removeprefix(f"{letter}.") if letter else block.number
            following = numbered[at + 1].number if at + 1 < len(numbered) else None
            stray = following == (f"{letter}.{count + 2}" if letter else str(count + 2))
            count = int(tail) if tail.isdigit() and block.number not in seen and not stray else count + 1
            if block.number == expected:
                seen.add(block.number)
                continue
            where = block.label
            if block.number in seen:
                message = tr(f"{zh}{block.number} 重复。", f"{en} {block.number} is repeated.")
            elif letter and not block.number.startswith(f"{letter}."):
                message = tr(f"附录{letter}中的{zh}应编为{zh}{expected}，实为{zh}{block.number}。",
                             f"In annex {letter} this {en.lower()} should be {zh}{expected}, not {zh}{block.number}.")
            elif not letter and not block.number.isdigit():
                message = tr(f"正文中的{zh}应编为{zh}{expected}，实为{zh}{block.number}。",
                             f"In the body this {en.lower()} should be {zh}{expected}, not {zh}{block.number}.")
            else:
                message = tr(f"{zh}的编号应连续：此处应为{zh}{expected}，实为{zh}{block.number}。",
                             f"{en} numbers should run on: {zh}{expected} expected here, found {zh}{block.number}.")
            seen.add(block.number)
            yield Hit(where, message, excerpt(block.title), block.anchor)


@rule("numbering.table-sequence", "error", "GB/T 1.1—2020 (spec §2.8)",
      "表的编号不连续", "table numbers do not run on")
def table_sequence(ctx: LintContext) -> Iterator[Hit]:
    yield from _object_sequence(ctx, Table, "表", "Table")


@rule("numbering.figure-sequence", "error", "GB/T 1.1—2020 (spec §2.8)",
      "图的编号不连续", "figure numbers do not run on")
def figure_sequence(ctx: LintContext) -> Iterator[Hit]:
    yield from _object_sequence(ctx, Figure, "图", "Figure")


# -- lists -------------------------------------------------------------------------------

# An item without a typed marker in a list whose other items have one.
_UNMARKED = Marker("none", "", None)


def _typed_lists(ctx: LintContext) -> Iterator[tuple[str, list[tuple[Marker, str, int | None]]]]:
    """Runs of lines that carry typed markers: ``(location, [(marker, line, anchor)])``.

    Three sources: consecutive paragraphs of a clause, the items of a list block whose texts
    start with typed markers, and the lines of one table cell (only lettered or numbered
    lines there: a lone dash in a cell means "empty").
    """
    for location, blocks in _block_runs(ctx):
        run: list[tuple[Marker, str, int | None]] = []
        for block in blocks:
            marker = marker_of(block.text) if isinstance(block, Paragraph) else None
            if marker is not None:
                run.append((marker, block.text, block.anchor))
                continue
            if len(run) > 1:
                yield location, run
            run = []
            if isinstance(block, ListBlock):
                yield from _list_block_runs(location, block)
            elif isinstance(block, Table):
                yield from _table_runs(block, location)
        if len(run) > 1:
            yield location, run


def _all_typed_lists(ctx: LintContext) -> list[tuple[str, list[tuple[Marker, str, int | None]]]]:
    """:func:`_typed_lists` walked once for both list rules (through ``ctx.shared``)."""
    return list(_typed_lists(ctx))


def _block_runs(ctx: LintContext) -> Iterator[tuple[str, Sequence[Block]]]:
    doc = ctx.doc
    if doc.foreword is not None:
        yield "前言", doc.foreword.blocks
    if doc.introduction is not None:
        yield INTRODUCTION, doc.introduction.blocks
    for clause in doc.iter_clauses():
        yield clause.number, clause.blocks
    for annex in doc.annexes:
        yield annex.label, annex.blocks


def _list_block_runs(location: str, block: ListBlock) -> Iterator[tuple[str, list[tuple[Marker, str, int | None]]]]:
    markers = [marker_of(item.text) for item in block.items]
    if len(markers) > 1 and any(m is not None for m in markers):
        yield location, [(m or _UNMARKED, item.text, item.anchor) for m, item in zip(markers, block.items)]
    for item in block.items:
        if item.children is not None:
            yield from _list_block_runs(location, item.children)


def _table_runs(table: Table, location: str) -> Iterator[tuple[str, list[tuple[Marker, str, int | None]]]]:
    where = table.label if table.number else location
    for row in table.rows:
        for cell in row:
            run = []
            for line in cell.split("\n"):
                marker = marker_of(line)
                if marker is not None and marker.family in ("letter", "digit"):
                    run.append((marker, line, table.anchor))
            if len(run) > 1:
                yield where, run


@rule("numbering.list-sequence", "error", "GB/T 1.1—2020 (spec §2.10)",
      "列项编号不连续", "list numbering skips or repeats")
def list_sequence(ctx: LintContext) -> Iterator[Hit]:
    for location, run in ctx.shared(_all_typed_lists):
        previous: Marker | None = None
        for marker, line, anchor in run:
            if marker.ordinal is None:
                previous = None
                continue
            if marker.ordinal == 1 or previous is None or previous.family != marker.family:
                previous = marker
                continue
            expected = previous.ordinal + 1
            if marker.ordinal != expected:
                want = marker_label(Marker(marker.family, marker.form, expected))
                yield Hit(location, tr(
                    f"列项编号 {marker_label(previous)} 之后应为 {want}，实为 {marker_label(marker)}。",
                    f"List item {marker_label(marker)} follows {marker_label(previous)}; {want} was expected.",
                ), excerpt(line), anchor)
            previous = marker


_ARROW = re.compile(r"-{2,}>|<-{2,}|={2,}>|<={2,}")


@rule("numbering.list-marker", "warning", "GB/T 1.1—2020 (spec §2.10)",
      "同一列项中的编号形式不一致", "inconsistent markers within one list")
def list_marker(ctx: LintContext) -> Iterator[Hit]:
    for location, run in ctx.shared(_all_typed_lists):
        # (a message-flow diagram's line, - req---> / <--- rep -, is no item: GB/T 19714 7.2.8, round 202)
        run = [item for item in run if not _ARROW.search(item[1])]
        if not run:
            continue
        forms = [marker.form for marker, _, _ in run]
        # dict, not set: a tie goes to the first form seen, whatever the string hash seed.
        usual = max(dict.fromkeys(forms), key=forms.count)
        if usual == _UNMARKED.form:
            # Most items carry no typed mark (Word numbers them): an item that starts like one is its own text,
            # often a reference to an earlier item (c) a）所要求的交互界面……, GB/T 35273), not a stray marker.
            continue
        for marker, line, anchor in run:
            if marker.form != usual:
                shown = marker_label(marker) if marker.family != "none" else tr("无编号", "no marker")
                yield Hit(location, tr(
                    f"同一列项中编号形式不一致：“{shown}”与其他项（{_describe(usual)}）不同。",
                    f"Inconsistent list marker '{shown}': the other items use {_describe(usual)}.",
                ), excerpt(line), anchor)
                break


def _describe(form: str) -> str:
    if form.startswith(("lower", "upper")):
        letter = "a" if form.startswith("lower") else "A"
        return f"{letter}{form[-1]}"
    return form
