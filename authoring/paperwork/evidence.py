"""Where a draft takes up each guide item, and each ISO 11367 element: the rows of the 编制说明's tables.

Two sources give the same rows. A **project** says exactly what the committee decided: an
addressed item's clause in the composed draft, its first provision, the methods it chose; a
not-applicable item's reason. A **checked draft** gives what coverage found: the locations and
excerpts of the evidence and the methods matched, which the committee must confirm; reasons
for not-applicable items can come from a project given beside it.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field

from authoring.checklist import Checklist, Item, Library
from authoring.document import Paragraph, StandardDocument, Table
from authoring.project.compose import methods_annex
from authoring.project.model import Project
from authoring.results import CoverageReport

__all__ = ["ItemRow", "ElementRow", "rows_from_project", "rows_from_coverage", "element_rows", "STATUS_ZH"]

# Status words of the excellence table.
STATUS_ZH = {
    "addressed": "已融入",
    "covered": "已融入",
    "partial": "部分融入",
    "missing": "未体现",
    "todo": "待定",
    "not-applicable": "不适用",
}
EXCERPT_CHARS = 60
METHOD_CHARS = 30
MAX_PLACES = 8


@dataclass
class ItemRow:
    """One guide item in the excellence table."""

    item_id: str
    title: str
    status: str  # a key of STATUS_ZH
    places: list[str] = field(default_factory=list)
    excerpt: str = ""
    methods: list[str] = field(default_factory=list)
    reason: str = ""
    depth: int = 0
    #: From a checked draft: ``"similar"`` when no cue matched and a likeness decided the status,
    #: ``"unlike"`` when cues matched but their places read unlike the item (missing); else empty.
    basis: str = ""

    @property
    def taken_up(self) -> bool:
        """True when the draft holds the item (fully or in part)."""
        return self.status in ("addressed", "covered", "partial")


@dataclass
class ElementRow:
    """One ISO 11367 element: the guide items linked to it and where the draft holds them."""

    element_id: str
    title: str
    group: bool
    items: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    note: str = ""


def clip(text: str, limit: int = EXCERPT_CHARS) -> str:
    """``text`` on one line, cut to ``limit`` characters with ……."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rstrip("，,；;、 ") + "……"


def _method_label(item: Item, method_id: str, *, lettered: bool = True) -> str:
    """A method as the table names it: ``b) 将卓越服务文化记录在……`` with the guide's letter, or (from a
    checked draft, whose own annex may letter the methods it chose otherwise: the row would quote
    ``a) 将卓越服务文化……`` beside ``b) …``) ``——将卓越服务文化记录在……`` with no letter at all."""
    for method in item.methods:
        if method.id == method_id:
            text = clip(method.text_zh.strip().rstrip('。；;'), METHOD_CHARS)
            return f"{method.letter}) {text}" if lettered else f"——{text}"
    return method_id


def _depth(item_id: str) -> int:
    return item_id.count(".") - 1


# -- from a project ----------------------------------------------------------------------------


def _included(item: Item, project: Project) -> bool:
    """As the composer decides: addressed, or holding an included sub-item (never when not applicable)."""
    entry = project.entry(item.id)
    if entry.status == "not-applicable":
        return False
    return entry.status == "addressed" or any(_included(c, project) for c in item.children)


def _item_clauses(doc: StandardDocument, checklist: Checklist, project: Project) -> dict[str, str]:
    """Item id -> the number of the clause the composer made of it.

    The composer writes included items depth first, each as a clause titled with the item's
    title, in checklist order; the clauses are matched the same way, in order, by title.
    """
    clauses = [c for c in doc.iter_clauses() if c.number.split(".")[0].isdigit() and int(c.number.split(".")[0]) >= 4]
    out: dict[str, str] = {}
    at = 0
    for item in checklist.items():
        if not _included(item, project):
            continue
        j = at
        while j < len(clauses) and clauses[j].title != item.title_zh:
            j += 1
        if j < len(clauses):
            out[item.id] = clauses[j].number
            at = j + 1
    return out


def _tables_in(doc: StandardDocument, number: str) -> list[str]:
    clause = doc.find_clause(number)
    if clause is None:
        return []
    labels: list[str] = []
    for inner in clause.walk():
        labels += [b.label for b in inner.blocks if isinstance(b, Table) and b.number]
    return labels


def _linked_clauses(project: Project) -> tuple[dict[str, str], dict[str, list[str]]]:
    """A version 2 project's item id -> the number of its first linked clause, and -> that clause's paragraphs."""
    from authoring.document import Clause
    from authoring.project.outline import numbered, walk_outline

    nodes = {n.id: n for n in walk_outline(numbered(project.body)) if n.id and isinstance(n, Clause)}
    where: dict[str, str] = {}
    texts: dict[str, list[str]] = {}
    for item_id, entry in project.items.items():
        linked = [nodes[k] for k in entry.accepted_links() if k in nodes]
        if entry.status != "not-applicable" and linked:
            where[item_id] = linked[0].number
            texts[item_id] = [b.text for c in linked for b in c.blocks if isinstance(b, Paragraph)]
    return where, texts


def _methods_table(doc: StandardDocument) -> str:
    """The label of the methods annex's table (表B.1 where the committee's own 附录A comes first), or "" when
    the draft has no methods annex or it holds no numbered table: never another annex's table (QA pass 11)."""
    annex = methods_annex(doc)
    if annex is None:
        return ""
    blocks = [*annex.blocks, *(b for c in annex.children for inner in c.walk() for b in inner.blocks)]
    return next((b.label for b in blocks if isinstance(b, Table) and b.number), "")


def rows_from_project(project: Project, checklist: Checklist, doc: StandardDocument) -> list[ItemRow]:
    """The excellence table of a project, with ``doc`` its composed draft.

    In a version 2 project an item is where its links point, and its excerpt is that clause's text.
    """
    if project.version == 2:
        where, written = _linked_clauses(project)
    else:
        where, written = _item_clauses(doc, checklist, project), {}
    methods_table = _methods_table(doc)
    rows: list[ItemRow] = []
    for item in checklist.items():
        entry = project.entry(item.id)
        row = ItemRow(item_id=item.id, title=item.title_zh, status=entry.status, depth=_depth(item.id))
        if entry.status == "not-applicable":
            row.reason = entry.reason.strip()
        elif item.id in where:
            # An item the committee left todo is still in the draft when a sub-item is.
            row.status = "addressed" if entry.status == "addressed" else "partial"
            number = where[item.id]
            row.places = [number, *_tables_in(doc, number)][:MAX_PLACES]
            provisions = [p.strip() for p in written.get(item.id, entry.provisions) if p.strip()]
            if provisions:
                row.excerpt = clip(provisions[0]) + (f"（共{len(provisions)}条）" if len(provisions) > 1 else "")
            elif entry.status != "addressed":
                row.excerpt = "见下级条目"
            chosen = [m for m in entry.methods if any(m == x.id for x in item.methods)]
            row.methods = [_method_label(item, m) for m in chosen]
            if chosen and methods_table:
                row.places.append(methods_table)
        rows.append(row)
    return rows


# -- from a checked draft ----------------------------------------------------------------------------


def rows_from_coverage(coverage: CoverageReport, checklist: Checklist,
                       reasons: dict[str, str] | None = None) -> list[ItemRow]:
    """The excellence table from coverage evidence; ``reasons`` names not-applicable items (a project's)."""
    reasons = reasons or {}
    found = {c.id: c for c in coverage.items}
    rows: list[ItemRow] = []
    for item in checklist.items():
        cov = found.get(item.id)
        row = ItemRow(item_id=item.id, title=item.title_zh, status="missing", depth=_depth(item.id))
        if item.id in reasons:
            row.status, row.reason = "not-applicable", reasons[item.id]
        elif cov is not None:
            row.status = cov.status
            row.reason = cov.reason if cov.status == "not-applicable" else ""
            places: list[str] = []
            for ev in cov.evidence:
                if ev.location and ev.location not in places:
                    places.append(ev.location)
            row.places = places[:MAX_PLACES]
            if cov.evidence:
                row.excerpt = clip(_quoted(cov.evidence))
            # No guide letters: the draft's own lettering (its 表A.1 …) is what the excerpt may quote.
            row.methods = [_method_label(item, m, lettered=False) for m, status in cov.methods.items()
                           if status in ("covered", "partial")]
            bases = {ev.basis for ev in cov.evidence}
            if row.taken_up and "similar" in bases:
                row.basis = "similar"
            elif row.status == "missing" and "unlike" in bases:
                row.basis = "unlike"
        rows.append(row)
    return rows


#: A place outside the draft's body: a table (表2, 表A.1) or figure, an annex (附录A) or an annex's clause (A.2).
_NOT_BODY = re.compile(r"^(?:表|图|附录|[A-Z]\.\d)")
#: The words of a requirement, recommendation or duty (应, 宜, 不得 …; shall, should, must).
_REQUIREMENT = re.compile(r"应|宜|须|不得|禁止|\b(?:shall|should|must)\b", re.IGNORECASE)


def _quoted(evidence: list) -> str:
    """The evidence a row quotes: running text before a heading alone (which says little), the draft's body
    before a table's cells or title and before an annex (whose methods table restates the guide's own Annex A,
    not the draft's requirements), a requirement (应, 宜 …) before other sentences; the first such, in the
    coverage's order."""
    texts = [(ev.location, ev.excerpt) for ev in evidence if ev.excerpt.strip()]
    if not texts:
        return ""

    def rank(found: tuple[str, str]) -> tuple[bool, bool, bool]:
        location, text = found
        return (len(text.strip()) <= 16, bool(_NOT_BODY.match(location.strip())), not _REQUIREMENT.search(text))

    return min(texts, key=rank)[1]  # min keeps the first of the best


# -- ISO 11367 elements ----------------------------------------------------------------------------

ISO_PACK = "iso-11367"


def element_rows(library: Library, guide_id: str, items: list[ItemRow]) -> list[ElementRow]:
    """The ISO 11367 elements, each with the guide items linked to it and where the draft holds them.

    Empty when the library has no ISO pack or no crosswalk from ``guide_id`` to it.
    """
    if ISO_PACK not in library:
        return []
    links: dict[str, list[str]] = {}
    for walk in library.crosswalks:
        if walk.source == guide_id and walk.target == ISO_PACK:
            for item_id, targets in walk.links.items():
                for target in targets:
                    links.setdefault(target, []).append(item_id)
    if not links:
        return []
    by_id = {r.item_id: r for r in items}
    order = {r.item_id: k for k, r in enumerate(items)}
    out: list[ElementRow] = []
    for element in library[ISO_PACK].items():
        if element.children:
            out.append(ElementRow(element_id=element.id, title=element.title_zh, group=True))
            continue
        linked = sorted(set(links.get(element.id, [])), key=lambda i: order.get(i, len(order)))
        row = ElementRow(element_id=element.id, title=element.title_zh, group=False, items=linked)
        for item_id in linked:
            item = by_id.get(item_id)
            if item is not None and item.taken_up:
                row.places += [p for p in item.places if p not in row.places and not p.startswith("表")]
        row.places.sort(key=place_order)
        if not linked:
            row.note = "对照表中没有对应的条目"
        elif not row.places:
            states = {by_id[i].status for i in linked if i in by_id}
            row.note = "相关条目不适用" if states == {"not-applicable"} else "未体现"
        out.append(row)
    return out


def place_order(place: str) -> tuple:
    """Where a place stands in a draft: the front matter, then clauses by number (5.1 before 7.1.4
    before 8.1), then annexes, then anything else as written."""
    if place in ("前言", "引言") or place.startswith(("前言", "引言")):
        return (0, (), place)
    match = re.match(r"^(\d+(?:\.\d+)*)", place)
    if match:
        return (1, tuple(int(n) for n in match.group(1).split(".")), place)
    match = re.match(r"^附录([A-Z])(?:\.(\d+(?:\.\d+)*))?", place)
    if match:
        numbers = tuple(int(n) for n in match.group(2).split(".")) if match.group(2) else ()
        return (2, (ord(match.group(1)), *numbers), place)
    return (3, (), place)

