"""Combine the returned copies into the 意见汇总处理表, and merge it with an edited earlier one.

:func:`collect` reads every copy; a file that is not a readable ``.docx``, or is a copy of a
different draft (its title differs from the draft's), gets one line and the rest go in; an earlier
resolution table among the copies, and the draft itself when it is given and among them, are each
named in one line and left out. A copy
without comments or revisions is a reply without comments. :func:`build` orders the rows by the
document order of their locations, then by reviewer (in the order the copies were given), then
by position; with an earlier table it keeps every row there (the committee's 处理意见 and
备注 with them) and adds only the remarks not in it yet.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from authoring.errors import InputError
from authoring.i18n import count_en, tr
from authoring.paperwork.review import (
    WHOLE, ReviewedCopy, UnitNames, read_copy, remark_key, same_title,
)
from authoring.paperwork.table import Counts, ResolutionTable, Row, holds_table

__all__ = ["Notice", "Collection", "collect", "build", "another_standard"]


@dataclass
class Notice:
    """One line about one input: a refusal (``error``) or a remark worth knowing."""

    path: str
    zh: str
    en: str
    error: bool = True

    def message(self) -> str:
        """``path: message`` in the interface language (the message alone for one about the table)."""
        return f"{self.path}: {tr(self.zh, self.en)}" if self.path else tr(self.zh, self.en)


@dataclass
class Collection:
    """The copies that went in, the draft they are of, and the notices about the inputs."""

    copies: list[ReviewedCopy] = field(default_factory=list)
    reference: ReviewedCopy | None = None
    notices: list[Notice] = field(default_factory=list)
    #: Replies among this run's copies (set by :func:`build`; an update's foot may count more).
    replies_read: int = 0

    @property
    def refused(self) -> int:
        """Inputs left out."""
        return sum(1 for n in self.notices if n.error)

    def require_copies(self, *, updating: bool, path: str | Path | None = None) -> None:
        """Refuse to go on with no copy read: there is nothing to add, and an earlier table
        rewritten from no copy would count no reply at its foot.

        Raises:
            InputError: no usable copy (the message says the table is left as it was when
                ``updating``).
        """
        if self.copies:
            return
        if updating:
            raise InputError("没有可用的审阅稿，意见汇总处理表未改动", "no usable reviewed copy; the table is unchanged",
                             path=path)
        raise InputError("没有可用的审阅稿，未生成意见汇总处理表", "no usable reviewed copy; no table written", path=path)

    def require_same_standard(self, previous: ResolutionTable | None, *, path: str | Path | None = None) -> None:
        """Refuse to merge the copies into a table of another standard: the table's 标准名称 must name the
        draft the copies are of, compared as a copy's title is compared with the draft's (:func:`same_title`).
        A table whose 标准名称 is not filled in, or copies without a title, are not refused.

        Raises:
            InputError: one line naming the table (``path``) and both titles.
        """
        if previous is None or self.reference is None:
            return
        theirs, ours = another_standard(previous, self.reference.title), self.reference.title.strip()
        if theirs:
            raise InputError(
                f"是另一标准的意见汇总处理表（标准名称为《{theirs}》，审阅稿的标题为《{ours}》），未改动",
                f"a resolution table of another standard (titled {theirs}; the copies are of {ours}); "
                "left unchanged", path=path)


def another_standard(table: ResolutionTable, title: str) -> str:
    """The 标准名称 of ``table`` when it names another standard than ``title``, else empty: compared as a copy's
    title is compared with the draft's (:func:`same_title`: spacing, brackets and stage words ignored). A
    table whose 标准名称 is not filled in, or an empty ``title``, names no other standard. ``comments`` uses it
    for the table it would update, ``explain`` for the table it counts."""
    theirs, ours = table.title.strip(), title.strip()
    return theirs if theirs and ours and not same_title(theirs, ours) else ""


#: The author of the comments ``stdauthor check --annotate`` writes (authoring.report.annotate.AUTHOR).
CHECK_AUTHOR = "stdauthor"


def collect(paths: Iterable[str | Path], *, draft: str | Path | None = None) -> Collection:
    """Read every copy; the draft (given, else the title most copies share) decides which belong.

    When the draft is given, comments it already carried are left out of every copy, and the
    draft itself, when it is among ``paths`` (``*.docx`` in the folder it lies in), is no
    returned copy: it is left out with one line, not counted as a reply.
    """
    out = Collection()
    reference: ReviewedCopy | None = None
    sent = _resolved(draft) if draft is not None else None
    if draft is not None:
        reference = read_copy(draft)
    read: list[ReviewedCopy] = []
    for raw in paths:
        path = Path(raw)
        if sent is not None and _resolved(path) == sent:
            out.notices.append(Notice(str(raw), "是发出的草案本身（--draft），不是回函，已略去",
                                      "the draft as sent (--draft) itself, not a returned copy; left out",
                                      error=False))
            continue
        if path.suffix.lower() not in COPY_SUFFIXES:
            out.notices.append(Notice(str(raw), "不是 .docx 或 .doc 文件，已跳过", "not a .docx or .doc file; skipped"))
            continue
        try:
            copy = read_copy(path)
        except InputError as exc:
            out.notices.append(Notice(str(raw), f"{exc.zh}，已跳过", f"{exc.en}; skipped"))
            continue
        if holds_table(path):
            # An earlier 意见汇总处理表 lying among the copies: said in one line, not a refusal.
            out.notices.append(Notice(str(raw), "是意见汇总处理表，不是审阅稿，已跳过",
                                      "a resolution table, not a reviewed copy; skipped", error=False))
            continue
        read.append(copy)
    if reference is None:
        titles = Counter(c.title for c in read if c.title.strip())
        if titles:
            best = max(titles.values())
            title = next(c.title for c in read if titles.get(c.title) == best)
            reference = next(c for c in read if c.title == title)
        elif read:
            reference = read[0]
    out.reference = reference
    for copy in read:
        if reference is not None and copy.title.strip() and reference.title.strip() \
                and not same_title(copy.title, reference.title):
            out.notices.append(Notice(
                str(copy.path),
                f"不是同一草案的审阅稿（标题为《{copy.title}》，应为《{reference.title}》），已跳过",
                f"a copy of a different draft (titled {copy.title}, not {reference.title}); skipped"))
            continue
        ours = [r for r in copy.remarks if r.kind == "comment" and r.author == CHECK_AUTHOR]
        if ours:
            # A copy annotated by ``stdauthor check --annotate`` (the secretary may send that copy round):
            # the check's comments are the tool's findings, not a unit's opinions.
            copy.remarks = [r for r in copy.remarks if r not in ours]
            out.notices.append(Notice(str(copy.path), f"已略去 stdauthor 检查留下的批注 {len(ours)} 条（工具的检查结果，不是审阅意见）",
                                      f"left out {len(ours)} comments a stdauthor check left (the tool's findings, "
                                      "not a reviewer's opinions)", error=False))
        if draft is not None and reference is not None and reference.remarks:
            # Comments the draft already carried when it was sent are not the reviewer's.
            sent_with = {(r.author, r.location, r.text) for r in reference.remarks}
            copy.remarks = [r for r in copy.remarks if (r.author, r.location, r.text) not in sent_with]
        out.copies.append(copy)
        if not copy.remarks:
            out.notices.append(Notice(str(copy.path), "未发现批注或修订，计为无意见的回函",
                                      "no comments or tracked changes; counted as a reply without comments",
                                      error=False))
    return out


def _resolved(path: str | Path) -> Path:
    """``path`` made absolute with its links followed, to tell two spellings of one file apart."""
    try:
        return Path(path).resolve()
    except OSError:
        return Path(path).absolute()


# -- ordering ---------------------------------------------------------------------------------------------


def _rank_map(reference: ReviewedCopy | None) -> dict[str, float]:
    ranks: dict[str, float] = {WHOLE: -2.0, "封面": -1.0}
    if reference is None:
        return ranks
    for position, (_, location) in enumerate(reference.index):
        ranks.setdefault(location, float(position))
    return ranks


def _copy_ranks(copy: ReviewedCopy, ranks: dict[str, float]) -> dict[str, float]:
    """Ranks for this copy's locations; one the draft lacks sorts just after the one before it."""
    out: dict[str, float] = {}
    last = -1.0
    for _, location in copy.index:
        if location in ranks:
            last = ranks[location]
            out.setdefault(location, last)
        else:
            out.setdefault(location, last + 0.5)
    return out


#: What a reviewed copy may be: Word 2007+ (.docx, .docm) or Word 97 (.doc, converted by LibreOffice).
COPY_SUFFIXES = (".docx", ".docm", ".doc", ".wps")
_CLAUSE = re.compile(r"([A-Z]?\d+(?:\.\d+)*)")


def _rank_of(location: str, ranks: dict[str, float]) -> float | None:
    """The rank of a location as a person may have typed it (``第5.2条``, ``5.2 条``, ``表 1``)."""
    if location in ranks:
        return ranks[location]
    squeezed = re.sub(r"[\s\u3000]", "", location)
    if squeezed in ranks:
        return ranks[squeezed]
    if squeezed.startswith(("表", "图")) and squeezed in ranks:
        return ranks[squeezed]
    found = _CLAUSE.search(squeezed)
    if found:
        number = found.group(1)
        while number:
            if number in ranks:
                return ranks[number]
            number = number.rpartition(".")[0]
    return None


def _norm(text: str) -> str:
    return re.sub(r"[\s\u3000，。；：、,.;:“”\"'‘’（）()]", "", text)


@dataclass
class _Fresh:
    row: Row
    rank: float
    reviewer: int
    position: tuple[int, int]


def _fresh_rows(collection: Collection, units: UnitNames) -> list[_Fresh]:
    """The copies' remarks as rows. A remark another copy already gave (the same unit, place and words: one
    reply sent as .docx and as .doc, or forwarded twice) is listed once, and a notice names both copies."""
    ranks = _rank_map(collection.reference)
    title = collection.reference.title if collection.reference else ""
    reviewers: dict[str, int] = {}
    out: list[_Fresh] = []
    seen: Counter[str] = Counter()
    given: dict[tuple[str, str, str], int] = {}
    repeated: Counter[tuple[int, int]] = Counter()
    for index, copy in enumerate(collection.copies):
        copy_ranks = _copy_ranks(copy, ranks)
        for remark in copy.remarks:
            unit = units.unit(remark.author, copy.path, title)
            first = given.setdefault((_norm(unit), remark.location, _norm(remark.text)), index)
            if first != index:
                repeated[(index, first)] += 1
                continue
            reviewer = reviewers.setdefault(unit, len(reviewers))
            key = remark_key(remark.author, copy.path, remark.location, remark.keyed_text)
            seen[key] += 1
            if seen[key] > 1:
                key = f"{key}-{seen[key]}"
            rank = copy_ranks.get(remark.location)
            if rank is None:
                rank = _rank_of(remark.location, ranks)
            out.append(_Fresh(Row(location=remark.location, content=remark.text, unit=unit, key=key),
                              rank if rank is not None else 1e9, reviewer,
                              (remark.para if remark.para is not None else -1, remark.order)))
    for (index, first), n in repeated.items():
        earlier = collection.copies[first].path.name
        collection.notices.append(Notice(
            str(collection.copies[index].path),
            f"{n} 条意见与“{earlier}”中的相同（同一单位、同一位置、同一内容），只列一次",
            f"{count_en(n, 'comment')} {'is' if n == 1 else 'are'} the same as in {earlier} (same unit, place and "
            "words): listed once",
            error=False))
    return out


def _people_in_units(collection: Collection, units: UnitNames) -> UnitNames:
    """``units`` with each person whose remarks came in one unit's copy (r2-华东养老服务研究院.docx: 张三) mapped to
    that unit in every copy of the run (a second reply named otherwise is the same unit's); a person found in two
    units' copies is two people. One line says so, and one names the persons who stand as 提出单位 (no copy of
    theirs names a unit): either may be what the committee wants, and --units says otherwise."""
    title = collection.reference.title if collection.reference else ""
    found: dict[str, set[str]] = {}
    for copy in collection.copies:
        for remark in copy.remarks:
            unit, how = units.choice(remark.author, copy.path, title)
            if how == "file-for-person":
                found.setdefault(remark.author.strip(), set()).add(unit)
    people = {who: next(iter(named)) for who, named in found.items() if len(named) == 1}
    units = units.mapping_also(people)
    persons = list(dict.fromkeys(unit for copy in collection.copies for remark in copy.remarks
                                 for unit, how in [units.choice(remark.author, copy.path, title)] if how == "person"))
    if found:
        pairs = [(who, unit) for who, named in found.items() for unit in sorted(named)]
        collection.notices.append(Notice(
            "", f"提出单位按文件名填写为单位（批注作者{'、'.join(f'{w}→{u}' for w, u in pairs)}）；"
                "若应为作者本人，可用 --units 指定",
            f"the unit column lists the unit the copy's file name gives, not the person who commented "
            f"({', '.join(f'{w} → {u}' for w, u in pairs)}); to list the person, use --units", error=False))
    if persons:
        collection.notices.append(Notice(
            "", f"提出单位按批注作者填写（{'、'.join(persons)}），可用 --units 改为单位（如 {persons[0]}: 某某单位）",
            f"the unit column lists the comment's author ({', '.join(persons)}); use --units to give the unit "
            f"instead ({persons[0]}: the unit's name)", error=False))
    return units


def _unit_key(unit: str) -> str:
    """A unit as the foot's counts know it: its name without spaces and punctuation."""
    return _norm(unit) or unit.strip()


def _replies(collection: Collection, units: UnitNames, known: Iterable[str] = ()) -> dict[str, bool]:
    """The units that replied in this run -> whether with comments, keyed by unit (two files from one unit
    are one reply). A copy without comments is its file's unit (the mapping's, else the name the file
    gives). A copy with comments by several authors is the one author not known yet (from another copy,
    or ``known`` from the table: a copy forwarded with an earlier reply's comments in it), else its file's.
    """
    title = collection.reference.title if collection.reference else ""
    out: dict[str, bool] = {}
    several: list[tuple[ReviewedCopy, set[str]]] = []
    for copy in collection.copies:
        mapped = units.of_file(copy.path)
        named = {_unit_key(units.unit(r.author, copy.path, title)) for r in copy.remarks}
        if mapped:
            who = {_unit_key(mapped)}
        elif len(named) > 1:
            several.append((copy, named))
            continue
        else:
            who = named or {_unit_key(units.unit("", copy.path, title))}
        for key in who:
            out[key] = out.get(key, False) or bool(copy.remarks)
    before = set(known)
    for copy, named in several:
        here = named - out.keys()
        if not here:
            continue  # every author's reply is counted already, from another copy of this run
        new = here - before
        if len(new) > 1:
            key = _unit_key(units.unit("", copy.path, title))
        else:
            key = min(new or here)  # the one new author, else one the table knows (counted once when merged)
        out[key] = True
    return out


def _merged_replies(previous: ResolutionTable, run: dict[str, bool],
                    rows: list[Row]) -> tuple[dict[str, bool], int, int]:
    """Units that replied, the table's and this run's, keyed by unit; and the foot's ② and ③.

    A unit's second reply is no second unit, and a unit that replied without comments and now
    comments moves to ③. A row the committee added by hand (no key) is a reply with comments from
    its unit. A table that does not remember its units (written before they were kept, a .csv, or a
    foot counted by hand) gives what it counted beyond the units it names: its units with a row are
    known; replies without comments it counted may be among this run's, so the larger number is taken.
    """
    known: dict[str, bool] = dict(previous.replied)
    named_rows = rows if not previous.replied else [r for r in rows if not r.key]
    for row in named_rows:
        if _unit_key(row.unit):
            known[_unit_key(row.unit)] = True
    old_with = sum(known.values())
    extra_with = max(previous.counts.with_comments - old_with, 0)
    extra_without = max(previous.counts.replies - previous.counts.with_comments - (len(known) - old_with), 0)
    merged = dict(known)
    for key, commented in run.items():
        merged[key] = merged.get(key, False) or commented
    new = {key: commented for key, commented in merged.items() if key not in known}
    with_comments = sum(merged[key] for key in known) + sum(new.values()) + extra_with
    without = sum(not merged[key] for key in known) + max(extra_without, sum(not v for v in new.values()))
    return merged, with_comments + without, with_comments


def build(collection: Collection, *, units: UnitNames | None = None, sent: int | None = None,
          previous: ResolutionTable | None = None) -> tuple[ResolutionTable, int]:
    """The table of the collected copies, merged into ``previous``; and how many rows are new."""
    units = units or UnitNames()
    collection.require_same_standard(previous)
    if previous is not None:  # a person the table lists as a unit stays one (the foot counts no one twice)
        units = units.keeping([*(r.unit for r in previous.rows), *previous.replied])
    units = _people_in_units(collection, units)
    fresh = _fresh_rows(collection, units)
    reference = collection.reference
    meta = reference.doc.metadata if reference is not None else None
    table = ResolutionTable(
        title=(reference.title if reference else "") or (previous.title if previous else ""),
        designation=(meta.designation() if meta and meta.structure == "gbt" else "")
        or (previous.designation if previous else ""),
        stage=(meta.stage if meta else "") or (previous.stage if previous else "") or "征求意见稿",
        lead_unit=(meta.drafting_units[0] if meta and meta.drafting_units else "")
        or (previous.lead_unit if previous else ""),
        # what the secretary typed in the head stays
        handler=previous.handler if previous else "",
        phone=previous.phone if previous else "",
    )
    if sent is None and previous is not None:
        sent = previous.counts.sent
    known = set(previous.replied) | {_unit_key(r.unit) for r in previous.rows} if previous is not None else set()
    run = _replies(collection, units, known)
    table.counts = Counts(sent=sent, replies=len(run), with_comments=sum(run.values()))
    table.replied = run
    collection.replies_read = table.counts.replies
    if previous is None:
        fresh.sort(key=lambda f: (f.rank, f.reviewer, f.position))
        table.rows = [f.row for f in fresh]
        table.listed = sorted({f.row.key for f in fresh if f.row.key})
        return table, len(fresh)

    ranks = _rank_map(reference)
    for f in fresh:
        ranks.setdefault(f.row.location, f.rank)
    reviewers = {f.row.unit: f.reviewer for f in fresh}
    keys = {r.key for r in previous.rows if r.key}
    signatures = {(_norm(r.content), _norm(r.unit)) for r in previous.rows}
    # Rows the committee deleted (their keys listed before, no longer in a row) stay deleted.
    deleted = set(previous.listed) - keys
    dropped = [f for f in fresh if f.row.key in deleted]
    if dropped:
        collection.notices.append(Notice(
            "", f"{len(dropped)} 条意见曾列入本表、已被删去，本次未再加入",
            f"{count_en(len(dropped), 'comment')} listed in the table before and deleted since: not added again",
            error=False))
    added = [f for f in fresh if f.row.key not in keys and f.row.key not in deleted
             and (_norm(f.row.content), _norm(f.row.unit)) not in signatures]
    ordered: list[tuple[tuple, Row]] = []
    last = -2.0
    for index, row in enumerate(previous.rows):
        rank = _rank_of(row.location, ranks)
        last = rank if rank is not None else last
        reviewer = reviewers.setdefault(row.unit, len(reviewers))
        ordered.append(((last, reviewer, 0, index, (0, 0)), row))
    for f in added:
        ordered.append(((f.rank, f.reviewer, 1, 0, f.position), f.row))
    ordered.sort(key=lambda pair: pair[0])
    table.rows = [row for _, row in ordered]
    table.listed = sorted(set(previous.listed) | keys | {f.row.key for f in added if f.row.key})
    # The foot counts every unit that replied, the table's and this run's, each once (③ never above ②);
    # a run given only the new copies adds them to the replies counted before.
    table.replied, replies, with_comments = _merged_replies(previous, run, previous.rows)
    table.counts = Counts(sent=table.counts.sent, replies=replies, with_comments=with_comments)
    return table, len(added)
