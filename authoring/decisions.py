"""The committee's decisions as they travel inside a built draft.

A project records, per checklist item, whether it is addressed, not applicable (with the
reason) or still to do, the Annex A methods chosen, and the clauses that address it. The
writer stores these in the ``.docx`` (a custom XML part, see :mod:`authoring.docx._decisions`),
so that ``stdauthor check`` of the draft reports a not-applicable item as such, with its
reason, and importing the draft gives the project back. ``clauses`` maps each clause id to the
number it had in that draft, which is how links find their clauses again after a re-save.

Example:
    >>> d = Decisions(checklist="excellence-guide",
    ...               items={"4.1": ItemDecision(status="not-applicable", reason="编制说明中说明")})
    >>> d.not_applicable()
    {'4.1': '编制说明中说明'}
"""

from __future__ import annotations

from dataclasses import field
from typing import Literal

from authoring.records import Record, record

__all__ = ["ItemDecision", "Decisions", "STATUSES"]

Status = Literal["addressed", "not-applicable", "todo"]
STATUSES: tuple[str, ...] = ("addressed", "not-applicable", "todo")


@record
class ItemDecision(Record):
    """One item: decision, chosen methods, and the ids of the clauses that address it."""

    status: Status = "todo"
    reason: str = ""
    methods: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)


@record
class Decisions(Record):
    """Every item's decision for one checklist, and where each linked clause stood."""

    checklist: str
    items: dict[str, ItemDecision] = field(default_factory=dict)
    clauses: dict[str, str] = field(default_factory=dict)

    def not_applicable(self) -> dict[str, str]:
        """``{item id: reason}`` for the items declared not applicable."""
        return {k: v.reason for k, v in self.items.items() if v.status == "not-applicable"}
