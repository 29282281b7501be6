"""Results of analysing a document: coverage of a checklist, and lint findings.

These models are the contract between the analysers (:mod:`authoring.coverage`,
:mod:`authoring.lint`) and everything that shows results (reports, the CLI, the studio).
Their JSON form is the ``coverage`` and ``findings`` parts of ``stdauthor.check/1``.
"""

from __future__ import annotations

from dataclasses import field
from typing import Literal

from authoring.records import Record, excluded, record

Status = Literal["covered", "partial", "missing", "not-applicable"]
Severity = Literal["error", "warning", "info"]
SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}


@record
class Evidence(Record):
    """A place in the document that addresses an item, with the words that matched.

    ``anchor`` is the paragraph index in the source ``.docx`` body (when read from Word),
    used to attach comments; it is not part of the JSON contract. ``basis`` is ``"similar"``
    where no cue matched and the place only reads like the item's evidence in labelled texts,
    ``"unlike"`` where a cue matched but the place reads so unlike the item that the item is
    missing (see :mod:`authoring.coverage.signal`); empty for a cue's evidence.
    """

    location: str
    excerpt: str
    methods: list[str] = field(default_factory=list)
    cues: list[str] = field(default_factory=list)
    anchor: int | None = None
    basis: str = ""
    #: Which of the places labelled ``location`` it is (:attr:`authoring.coverage.units.Unit.place`), when a text
    #: numbers two parts afresh: entries of one place are shown as one, of two places with one label never.
    place: int | None = excluded(None)


@record
class ItemCoverage(Record):
    """Coverage of one checklist item."""

    id: str
    title: str
    status: Status
    score: float
    evidence: list[Evidence] = field(default_factory=list)
    methods: dict[str, Status] = field(default_factory=dict)
    chapter: str = ""
    reason: str = ""
    #: Set when a rule of the checklist made the item covered where the checker found it partial: ``"spread"`` (what
    #: the item asks for runs through the text: 4.4's measured quantities) or ``"named"`` (the text is what the item
    #: asks for: a service-level agreement for 6.4 and 5.6.2, any agreement with the customer for 6.4) or ``"titled"``
    #: (its title names its subject as the item's: 7.5 in a pollution-control standard). Reports say so instead of
    #: crediting a likeness.
    rule: str = ""


def credited(item: ItemCoverage) -> float:
    """What an item adds to a chapter's or the document's score: its score, or 0 when missing."""
    return 0.0 if item.status == "missing" else item.score


#: Below this many mentions of a service or its customers per 1,000 characters a Chinese text
#: hardly speaks of a service (a technical standard: data formats, interfaces, equipment): an
#: item its words touch only in passing is missing there, not partial. The middle of the gap on
#: the tune texts of bench/real between the technical standards (≤ 0.7) and the least
#: service-minded service text (1.1).
SPARSE_SERVICE_DENSITY = 0.9


@record
class CoverageReport(Record):
    """Coverage of a whole checklist by one document."""

    checklist_id: str
    checklist_version: str = ""
    score: float
    items: list[ItemCoverage]
    #: Mentions of a service or its customers per 1,000 characters (Chinese texts of 3,000
    #: characters or more; else None); below 0.9 only what is covered counts, unless
    #: the text's words reach most of the guide's items (see ``little_service``).
    service_density: float | None = None
    #: True when, the text hardly speaking of a service, what its words touch only in passing
    #: was counted missing; False where the density is higher, not judged, or the text's words
    #: reach most of the guide's items.
    little_service: bool = False
    #: Characters of the text the coverage read (the body and annexes; not the 前言, 范围,
    #: 规范性引用文件 or 术语和定义).
    characters: int = 0

    def chapter_scores(self) -> dict[str, float]:
        """Mean credited item score per checklist chapter id, in checklist order: a missing
        item counts 0, so a chapter whose items are all missing reads 0 %, not the traces of
        words that stayed below partial."""
        sums: dict[str, list[float]] = {}
        for item in self.items:
            if item.status != "not-applicable":
                sums.setdefault(item.chapter, []).append(credited(item))
        return {k: (sum(v) / len(v) if v else 0.0) for k, v in sums.items()}

    def missing(self) -> list[ItemCoverage]:
        """Items with status ``missing``."""
        return [i for i in self.items if i.status == "missing"]


@record
class Finding(Record):
    """One lint finding: a rule broken at a location."""

    rule: str
    severity: Severity
    location: str
    message: str
    excerpt: str = ""
    basis: str = ""
    anchor: int | None = None
    #: The other paragraphs (source anchors) where the same finding stands, when several were reported as one
    #: (``（此处共 3 处）``, a habit gathered over the text): the annotated copy comments on each.
    also: tuple[int, ...] = excluded(())
