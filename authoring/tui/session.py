"""The open project as the studio edits it: verbs over ProjectFile, autosave sidecar, recovery.

Autosave never touches the project file: it writes the current YAML to a hidden sidecar
``.NAME.yaml.autosave`` beside it (atomically). Saving writes the project file and removes
the sidecar. Opening a project whose sidecar is newer than the file offers to recover it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from authoring.atomic import atomic_write_bytes
from authoring.checklist import Checklist, Item
from authoring.document import StandardDocument
from authoring.errors import InputError
from authoring.i18n import tr
from authoring.project import ProjectFile, compose, load_project, new_project, suggest_starts
from authoring.project.model import Indicator, ItemEntry, Project

SIDECAR_SUFFIX = ".autosave"


class Session:
    """One open project: its file, the checklist it is written against, and unsaved state."""

    def __init__(self, pf: ProjectFile, checklist: Checklist) -> None:
        self.pf = pf
        self.checklist = checklist

    # -- opening ---------------------------------------------------------------------

    @staticmethod
    def sidecar_of(path: Path) -> Path:
        """Where the autosave of ``path`` goes: ``.NAME.yaml.autosave`` in the same folder."""
        return path.with_name(f".{path.name}{SIDECAR_SUFFIX}")

    @classmethod
    def has_recovery(cls, path: Path) -> bool:
        """True when an autosave newer than the project file is waiting."""
        sidecar = cls.sidecar_of(path)
        try:
            return sidecar.is_file() and (not path.exists() or sidecar.stat().st_mtime >= path.stat().st_mtime)
        except OSError:
            return False

    @classmethod
    def open(cls, path: Path, pack: Callable[[str], Checklist], *, recover: bool = False) -> "Session":
        """Open the project at ``path`` (from its autosave when ``recover``).

        ``pack`` gives the checklist pack named by the project's ``checklist`` key.
        """
        pf = load_project(path)
        if recover:
            saved = load_project(cls.sidecar_of(path))
            pf = ProjectFile(saved.data, path=path, encoding=pf.encoding)
        checklist = pack(pf.project.checklist)
        pf.check(checklist)
        return cls(pf, checklist)

    @classmethod
    def new(cls, path: Path, checklist: Checklist, *, title_zh: str, kind: str, function: str,
            stage: str, organisations: list[str]) -> "Session":
        """Create a project and save it at ``path`` (which must not exist)."""
        pf = new_project(title_zh, kind=kind, function=function, stage=stage, checklist=checklist)
        if organisations:
            pf.set_metadata(drafting_units=organisations)
        pf.save(path)
        return cls(pf, checklist)

    # -- state -----------------------------------------------------------------------

    @property
    def path(self) -> Path:
        """The project file."""
        return self.pf.path

    @property
    def project(self) -> Project:
        """The validated project as it stands now."""
        return self.pf.project

    @property
    def dirty(self) -> bool:
        """True when there are changes not yet saved to the project file."""
        return self.pf.dirty

    def entry(self, item_id: str) -> ItemEntry:
        """The committee's decision for ``item_id``."""
        return self.project.entry(item_id)

    def statuses(self) -> dict[str, str]:
        """The status of every checklist item."""
        return {item.id: self.entry(item.id).status for item in self.checklist.items()}

    def not_applicable(self) -> dict[str, str]:
        """Items marked not applicable, with their reasons."""
        return {k: v.reason for k, v in self.project.items.items() if v.status == "not-applicable"}

    def suggest_starts(self, item: Item) -> list[str]:
        """Sentence starts suited to the function type (宜 for a 指南, 应 for a 规范)."""
        return list(suggest_starts(self.project.metadata.function, item))

    # -- editing ---------------------------------------------------------------------

    def set_methods(self, item_id: str, methods: list[str]) -> None:
        """Choose exactly ``methods`` for the item."""
        current = set(self.entry(item_id).methods)
        for method_id in sorted(current.symmetric_difference(methods)):
            self.pf.toggle_method(item_id, method_id)
        self._settle_status(item_id)

    def set_provisions(self, item_id: str, provisions: list[str]) -> None:
        """Replace the item's provisions."""
        self.pf.set_provisions(item_id, provisions)
        self._settle_status(item_id)

    def set_indicators(self, item_id: str, indicators: list[Indicator]) -> None:
        """Replace the item's quantified indicators."""
        self.pf.set_indicators(item_id, indicators)
        self._settle_status(item_id)

    def clauses(self) -> list[tuple[str, str, str, int]]:
        """The outline of a version 2 project: ``(id, number, title, depth)`` of every clause and annex."""
        if self.project.version != 2 or self.project.body is None:
            return []
        from authoring.document import Annex
        from authoring.project.outline import numbered

        out: list[tuple[str, str, str, int]] = []

        def walk(clauses: list, depth: int) -> None:
            for clause in clauses:
                out.append((clause.id, clause.number, clause.title, depth))
                walk(clause.children, depth + 1)

        body = numbered(self.project.body)
        walk(body.clauses, 0)
        for annex in body.annexes:
            out.append((annex.id, annex.label if isinstance(annex, Annex) else "", annex.title, 0))
            walk(annex.children, 1)
        return out

    def toggle_link(self, item_id: str, clause_id: str) -> bool:
        """Link the item to the clause (accepting a proposed link), or unlink it."""
        linked = self.pf.toggle_link(item_id, clause_id)
        self._settle_status(item_id)
        return linked

    def mark_not_applicable(self, item_id: str, reason: str) -> None:
        """Mark the item not applicable; an empty reason is refused."""
        if not reason.strip():
            raise InputError("必须说明不适用的理由", "a reason is required to mark an item not applicable")
        self.pf.set_status(item_id, "not-applicable", reason.strip())

    def clear_not_applicable(self, item_id: str) -> None:
        """Undo not applicable: the item is addressed or todo again, by its content."""
        self.pf.set_status(item_id, "todo", "")
        self._settle_status(item_id)

    def _settle_status(self, item_id: str) -> None:
        # The status follows the content unless the committee said "not applicable".
        entry = self.entry(item_id)
        if entry.status == "not-applicable":
            return
        if self.project.version == 2:
            # In a version 2 project the text is in the outline: an item is addressed where it links.
            wanted = "addressed" if entry.accepted_links() else "todo"
        else:
            wanted = "addressed" if (entry.methods or entry.provisions or entry.indicators) else "todo"
        if wanted != entry.status:
            self.pf.set_status(item_id, wanted)

    def set_metadata(self, **fields: Any) -> None:
        """Set metadata fields (validated; a bad value raises and changes nothing)."""
        self.pf.set_metadata(**fields)

    def set_section(self, key: str, value: list[Any]) -> None:
        """Replace a top-level list of the project (``scope``, ``normative_references``, ``terms``)."""
        self.pf.set_field(key, value)

    # -- composing -------------------------------------------------------------------

    def compose(self) -> StandardDocument:
        """The standard as the project describes it now."""
        return compose(self.project, self.checklist)

    def check(self) -> tuple[StandardDocument, Any]:
        """The composed draft, its lint, and the coverage of what the author wrote (a ``CheckResult``).

        Coverage is measured on the author's own text only (:func:`authoring.project.authored.authored`):
        the headings, pointers and methods table the composer adds are no evidence, and ticked
        methods are intent (see :meth:`method_counts`). Lint looks at the whole composed draft.
        """
        from authoring.check import CheckResult, ChecklistInfo, summarise
        from authoring.coverage import analyse
        from authoring.lint import run_lint
        from authoring.project.authored import authored

        project = self.project
        doc = compose(project, self.checklist)
        coverage = analyse(authored(project, self.checklist), self.checklist, not_applicable=self.not_applicable())
        result = CheckResult(
            file=str(self.path), document=summarise(doc), checklist=ChecklistInfo.of(self.checklist),
            coverage=coverage, findings=run_lint(doc, disabled=set(project.lint.disabled)),
        )
        return doc, result

    def method_counts(self) -> dict[str, tuple[int, int]]:
        """Per item that offers methods: how many are ticked, out of how many (intent, not coverage)."""
        from authoring.project.authored import method_counts

        return method_counts(self.project, self.checklist)

    def in_draft(self) -> set[str]:
        """Items the draft holds: addressed ones, and parents of addressed sub-items."""
        from authoring.project.compose import omitted_items

        left_out = omitted_items(self.project, self.checklist)
        return {item.id for item in self.checklist.items()} - set(left_out["todo"]) - set(left_out["not-applicable"])

    def items_at(self, doc: StandardDocument, location: str) -> list[str]:
        """The guide items a draft location concerns: those linked to its clause (version 2), else :meth:`item_at`.

        ``location`` is the draft's clause number (``4.1``, ``4.1.2``, ``A.1``); the nearest clause
        that holds it and has links decides.
        """
        if self.project.version == 2:
            by_clause: dict[str, list[str]] = {}
            for item in self.checklist.items():
                for clause_id in self.entry(item.id).accepted_links():
                    by_clause.setdefault(clause_id, []).append(item.id)
            numbers = {number: clause_id for clause_id, number, _, _ in self.clauses() if number}
            parts = location.split(".")
            for end in range(len(parts), 0, -1):
                linked = by_clause.get(numbers.get(".".join(parts[:end]), ""))
                if linked:
                    return linked
            return []
        item_id = self.item_at(doc, location)
        return [item_id] if item_id else []

    def item_at(self, doc: StandardDocument, location: str) -> str | None:
        """The item whose clause holds ``location`` in the composed ``doc`` (clauses take item titles)."""
        by_title = {item.title_zh: item.id for item in self.checklist.items()}
        parts = location.split(".")
        for end in range(len(parts), 0, -1):
            clause = doc.find_clause(".".join(parts[:end]))
            if clause is not None and clause.title in by_title:
                return by_title[clause.title]
        return None

    # -- saving ----------------------------------------------------------------------

    def save(self) -> Path:
        """Save to the project file (atomic) and drop the autosave."""
        target = self.pf.save()
        self.discard_autosave()
        return target

    def autosave(self) -> Path | None:
        """Write unsaved changes to the sidecar; ``None`` when there is nothing to write."""
        if not self.dirty:
            return None
        sidecar = self.sidecar_of(self.path)
        atomic_write_bytes(sidecar, self.pf.dumps().encode(self.pf.encoding))
        return sidecar

    def discard_autosave(self) -> None:
        """Remove the sidecar (after a save, or when the author quits without saving)."""
        try:
            os.unlink(self.sidecar_of(self.path))
        except FileNotFoundError:
            pass

    def describe(self) -> str:
        """A short status line: the file and whether it has unsaved changes."""
        mark = tr("（未保存）", " (unsaved)") if self.dirty else ""
        return f"{self.path.name}{mark}"
