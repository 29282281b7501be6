"""The open project as the studio edits it: verbs over ProjectFile, autosave sidecar, recovery.

Autosave never touches the project file: it writes the current YAML to a hidden sidecar
``.NAME.yaml.autosave`` beside it (atomically); a second studio open on the same project writes
its own, ``.NAME.yaml.2.autosave`` (see :mod:`authoring.tui.autosave`). Saving writes the project
file and removes this studio's sidecar. Opening a project offers to recover every sidecar no
running studio owns (:func:`authoring.tui.autosave.orphans`).
A save that is refused (the file changed on disk since it was opened, a folder that cannot be
written) leaves the author's work in a rescue copy (:meth:`Session.rescue`), a project file of
its own that quitting without saving never removes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from authoring._paths import user_data_dir
from authoring.atomic import atomic_write_bytes
from authoring.checklist import Checklist, Item
from authoring.document import StandardDocument, place_label
from authoring.errors import InputError, OutputError, StdAuthorError, os_reason
from authoring.i18n import get_lang, tr
from authoring.project import ProjectFile, compose, load_project, new_project, suggest_starts
from authoring.project.model import Indicator, ItemEntry, Project
from authoring.tui import autosave as sidecars
from authoring.tui.autosave import Orphan

SIDECAR_SUFFIX = sidecars.SUFFIX
#: A rescue copy is named ``NAME.未保存的修改-YYYYMMDD-HHMMSS.yaml``.
RESCUE_MARK = "未保存的修改"
#: Where rescue copies go when the project's own folder cannot be written (under the user data dir).
RESCUE_FOLDER = "rescued"
#: How many edits Ctrl+Z can take back.
UNDO_LEVELS = 100


class Session:
    """One open project: its file, the checklist it is written against, and unsaved state."""

    def __init__(self, pf: ProjectFile, checklist: Checklist) -> None:
        self.pf = pf
        self.checklist = checklist
        # Undo and redo: (what it was, in Chinese and English; the data before it; its key).
        self._undo: list[tuple[tuple[str, str], Any, str | None]] = []
        self._redo: list[tuple[tuple[str, str], Any, str | None]] = []
        self._open_key: str | None = None
        # The sidecar this session writes, once it has written one (a recovery file it was opened
        # beside is not its own, unless it was recovered from it).
        self._claim: sidecars.Claim | None = None
        # An orphaned autosave this session was recovered from: its sidecar becomes this session's.
        self._adopted: Orphan | None = None
        # Where the studio runs (``terminal`` or ``browser``), said to whoever finds its autosave.
        self.via = "terminal"
        self.opened = datetime.now()
        # The SHA-256 of the project file this session's edits build on (the file as opened or last saved).
        self.base = sidecars.file_digest(pf.path) if pf.path is not None else ""
        # The last rescue copy written, and what it holds (the same text is not written twice).
        self._rescued: tuple[bytes, Path] | None = None

    # -- undo ------------------------------------------------------------------------

    @contextmanager
    def step(self, zh: str, en: str, key: str | None = None) -> Iterator[None]:
        """Make the edits inside one undo step named (zh, en).

        Steps with the same ``key`` one right after another (typing in one clause's text) make one
        step; a step that changed nothing leaves no trace.
        """
        before, revision = self.pf.snapshot(), self.pf.revision
        yield
        if self.pf.revision == revision:
            return
        self._redo.clear()
        if key is not None and key == self._open_key and self._undo and self._undo[-1][2] == key:
            if self.pf.snapshot() == self._undo[-1][1]:
                # Typing taken back to where the step began (the editor's own Ctrl+Z): no step is left,
                # so the next Ctrl+Z takes back the step before it, not nothing.
                self._undo.pop()
                self._open_key = None
            return
        self._undo.append(((zh, en), before, key))
        del self._undo[:-UNDO_LEVELS]
        self._open_key = key

    def can_undo(self) -> bool:
        """True when there is an edit to take back."""
        return bool(self._undo)

    def undo(self) -> tuple[str, str] | None:
        """Take back the last edit; what it was (zh, en), or ``None`` when there is none."""
        return self._swap(self._undo, self._redo)

    def redo(self) -> tuple[str, str] | None:
        """Do again the last edit taken back."""
        return self._swap(self._redo, self._undo)

    def _swap(self, source: list, target: list) -> tuple[str, str] | None:
        if not source:
            return None
        label, data, key = source.pop()
        target.append((label, self.pf.snapshot(), key))
        self.pf.restore(data)
        self._open_key = None
        return label

    # -- opening ---------------------------------------------------------------------

    @staticmethod
    def sidecar_of(path: Path) -> Path:
        """Where the autosave of ``path`` goes when one studio has it open: ``.NAME.yaml.autosave``
        in the same folder (a second studio at the same time writes ``.NAME.yaml.2.autosave``)."""
        return sidecars.sidecar_of(path)

    @staticmethod
    def recoverable(path: Path) -> list[Orphan]:
        """The autosaves of ``path`` no running studio owns (see :func:`authoring.tui.autosave.orphans`)."""
        return sidecars.orphans(path)

    @classmethod
    def has_recovery(cls, path: Path) -> bool:
        """True when an autosave no running studio owns is waiting to be recovered."""
        return bool(cls.recoverable(path))

    @classmethod
    def open(cls, path: Path, pack: Callable[[str], Checklist], *, recover: Orphan | bool = False) -> "Session":
        """Open the project at ``path`` (from the orphaned autosave ``recover``).

        ``pack`` gives the checklist pack named by the project's ``checklist`` key. ``recover=True``
        means the first autosave offered. A recovered session writes its autosave over the one it
        came from and removes it when saved. When the project file changed after that autosave's
        studio opened it (another studio saved it), its edits are not based on the file as it is:
        saving them is refused like the save of a tab left behind, and goes to a rescue copy.
        Raises :class:`InputError` when another studio recovered that autosave first.
        """
        pf = load_project(path)
        orphan: Orphan | None = None
        if recover is True:
            orphan = next(iter(sidecars.orphans(path)), None)
        elif isinstance(recover, Orphan):
            orphan = recover
        if orphan is not None:
            saved = load_project(orphan.sidecar)
            if orphan.stale:
                # The file moved on since: the edits keep the autosave's own text as what they were
                # based on, so a save over the file is refused (never over another studio's save).
                text = orphan.sidecar.read_bytes().decode(saved.encoding)
                recovered = ProjectFile(saved.data, path=path, encoding=pf.encoding, text=text)
            else:
                recovered = pf
            recovered.restore(saved.data)
            pf = recovered
        checklist = pack(pf.project.checklist)
        pf.check(checklist)
        session = cls(pf, checklist)
        if orphan is not None:
            session._adopt(orphan)
        return session

    def _adopt(self, orphan: Orphan) -> None:
        """Make the orphaned autosave this session was recovered from its own (nobody else may take it)."""
        # What the recovered edits build on: the autosave's own base; an older stdauthor's autosave
        # older than the file builds on no file there is now (its own text stands in, never the file's).
        base = orphan.base or (sidecars.file_digest(orphan.sidecar) if orphan.stale else self.base)
        claim = sidecars.Claim.take(orphan.sidecar, self._owner(base), existing=True)
        if claim is None:
            raise InputError("这份自动保存已被另一个会话恢复", "another session has recovered that autosave",
                             path=orphan.sidecar)
        self._claim, self._adopted, self.base = claim, orphan, base

    def _owner(self, base: str | None = None) -> dict[str, Any]:
        return sidecars.owner_record(self.via, self.base if base is None else base, self.opened)

    @classmethod
    def new(cls, path: Path, checklist: Checklist, *, title_zh: str, kind: str, function: str,
            stage: str, organisations: list[str], seed: str = "guide",
            chapters: list[str] | None = None) -> "Session":
        """Create a project (version 2, its outline from ``seed``) and save it at ``path`` (which must not exist)."""
        pf = new_project(title_zh, kind=kind, function=function, stage=stage, checklist=checklist,
                         seed=seed, chapters=chapters)
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
        """Sentence starts suited to the function type (宜 for a 指南, 应 for a 规范), in Chinese; in English
        (:func:`english_starts`) when the studio speaks English and the project is an English draft. A
        Chinese project stays in Chinese in the English studio: its output is a Chinese draft."""
        if get_lang() == "en" and self.language() == "en":
            return english_starts(self.project.metadata.function, item)
        return list(suggest_starts(self.project.metadata.function, item))

    def language(self) -> str:
        """The language of the project's text: ``en`` for an English draft imported as it stands, else ``zh``,
        told from its outline's text as the reader tells a draft's (by its letters)."""
        from authoring.docx.read._structure import _language
        from authoring.project.outline import walk_outline

        if self.project.body is None:
            return "zh"
        texts = [node.text() if hasattr(node, "text") else node.title for node in walk_outline(self.project.body)]
        return _language([self.project.metadata.title_zh, *texts])

    # -- editing ---------------------------------------------------------------------

    def set_methods(self, item_id: str, methods: list[str]) -> None:
        """Choose exactly ``methods`` for the item."""
        current = set(self.entry(item_id).methods)
        with self.step(f"{item_id} 的实施方法", f"the methods of {item_id}"):
            for method_id in sorted(current.symmetric_difference(methods)):
                self.pf.toggle_method(item_id, method_id)
            self._settle_status(item_id)

    def set_provisions(self, item_id: str, provisions: list[str]) -> None:
        """Replace the item's provisions.

        In a version 2 project they are the text of the clause the item is written in (:meth:`home`),
        as lines of :meth:`clause_text` (paragraphs, list items after their marks, notes; a 〔表1 …〕
        line keeps its table); an item not linked yet is written in the clause titled as the item, when
        the outline has one, else kept with the item until the author places it (:meth:`place`).
        """
        with self.step(f"{item_id} 的条文", f"the provisions of {item_id}", key=f"provisions:{item_id}"):
            if self.project.version == 2:
                home = self.home(item_id) or self._own_clause(item_id)
                if home is not None:
                    from authoring.project import outline_edit

                    if text_lines(provisions) != text_lines(self.clause_text(home)):
                        self.pf.edit_outline(outline_edit.set_clause_lines, home, provisions)
                    if home not in self.entry(item_id).accepted_links():
                        self.pf.toggle_link(item_id, home)
                    if self.entry(item_id).provisions:
                        self.pf.set_provisions(item_id, [])
                    self._settle_status(item_id)
                    return
            if [p.strip() for p in provisions if p.strip()] != list(self.entry(item_id).provisions):
                self.pf.set_provisions(item_id, provisions)
            self._settle_status(item_id)

    def set_indicators(self, item_id: str, indicators: list[Indicator], *, key: str | None = None) -> None:
        """Replace the item's quantified indicators (nothing when they are the same). Changes with the same
        ``key`` one after another (typing one row) are one undo step."""
        if list(self.entry(item_id).indicators) == list(indicators):
            return
        with self.step(f"{item_id} 的量化指标", f"the indicators of {item_id}", key=key):
            self.pf.set_indicators(item_id, indicators)
            self._settle_status(item_id)

    def clauses(self) -> list[tuple[str, str, str, int]]:
        """The outline of a version 2 project: ``(id, number, title, depth)`` of every clause and annex; an
        untitled clause's title is the first words of its text (:func:`clause_name`)."""
        if self.project.version != 2 or self.project.body is None:
            return []
        from authoring.document import Annex
        from authoring.project.outline import numbered

        out: list[tuple[str, str, str, int]] = []

        def walk(clauses: list, depth: int) -> None:
            for clause in clauses:
                out.append((clause.id, clause.number, clause_name(clause), depth))
                walk(clause.children, depth + 1)

        body = numbered(self.project.body)
        walk(body.clauses, 0)
        for annex in body.annexes:
            out.append((annex.id, annex.label if isinstance(annex, Annex) else "", annex.title, 0))
            walk(annex.children, 1)
        return out

    # -- the outline (version 2) ------------------------------------------------------

    def home(self, item_id: str) -> str | None:
        """The clause an item is written in: its first accepted link to a clause (not an annex)."""
        from authoring.document import Clause
        from authoring.project.outline import clause_ids

        nodes = clause_ids(self.project.body) if self.project.body is not None else {}
        return next((k for k in self.entry(item_id).accepted_links() if isinstance(nodes.get(k), Clause)), None)

    def _own_clause(self, item_id: str) -> str | None:
        """A clause titled exactly as the item (the guide's arrangement) that no other item links to."""
        from authoring.project.outline import walk_outline

        title = self.checklist.item(item_id).title_zh
        taken = {k for other, e in self.project.items.items() if other != item_id for k in e.accepted_links()}
        return next((n.id for n in walk_outline(self.project.body) if n.id and n.title == title and n.id not in taken
                     and not getattr(n, "letter", None)), None)

    def item_text(self, item_id: str) -> list[str]:
        """What the guide view edits for the item: the whole text of its clause as :meth:`clause_text` gives
        it (version 2, once it has a clause), else the provisions kept with the item."""
        if self.project.version == 2:
            home = self.home(item_id) or self._own_clause(item_id)
            if home is not None:
                return self.clause_text(home)
        return list(self.entry(item_id).provisions)

    def kept_lines(self, clause_id: str) -> list[str]:
        """The lines of :meth:`clause_text` that stand for a table, a figure or another block kept whole
        (〔表1 …〕), not text: the guide view shows them read-only."""
        from authoring.project import outline_edit

        paragraphs = set(outline_edit.paragraphs(self.pf.data["body"], clause_id))
        return [line for line in self.clause_text(clause_id)
                if line.startswith("〔") and line.endswith("〕") and line not in paragraphs]

    def clause_title(self, clause_id: str) -> str:
        """``5.2 员工赋权`` for a clause id (the id itself when it is gone)."""
        return next((f"{place_label(number)} {title}".strip() for k, number, title, _ in self.clauses() if k == clause_id),
                    clause_id)

    def links_to(self) -> dict[str, list[tuple[str, bool]]]:
        """Per clause id: the items linked to it, each with whether the link is only proposed."""
        out: dict[str, list[tuple[str, bool]]] = {}
        for item in self.checklist.items():
            for link in self.entry(item.id).links:
                out.setdefault(link.clause, []).append((item.id, link.proposed))
        return out

    def _outline(self, zh: str, en: str, change: Callable[..., Any], *args: Any, key: str | None = None,
                 **kwargs: Any) -> Any:
        with self.step(zh, en, key=key):
            result = self.pf.edit_outline(change, *args, **kwargs)
            if change.__name__ == "delete_clause":
                for item in self.checklist.items():
                    self._settle_status(item.id)
        return result

    def add_clause(self, anchor: str | None, where: str = "sibling", title: str = "") -> str:
        """Add an empty clause after ``anchor`` or under it (``child``); its id."""
        from authoring.project.outline_edit import add_clause

        return self._outline("新增条款", "adding a clause", add_clause, anchor, where, title=title)

    def add_annex(self, anchor: str | None) -> str:
        """Add an informative annex after the annex ``anchor`` (or as the last one); its id."""
        from authoring.project.outline_edit import add_annex

        return self._outline("新增附录", "adding an annex", add_annex, anchor)

    def toggle_normative(self, annex_id: str) -> bool:
        """Make an annex normative if it is informative and the other way round; the new state."""
        from authoring.project.outline_edit import find, set_normative

        seq, k, _ = find(self.pf.data["body"], annex_id)
        normative = not bool(seq[k].get("normative"))
        name = self.clause_title(annex_id)
        self._outline(f"{name} 改为{'规范性' if normative else '资料性'}",
                      f"{name} made {'normative' if normative else 'informative'}", set_normative, annex_id, normative)
        return normative

    def delete_clause(self, clause_id: str) -> list[str]:
        """Delete a clause and its subclauses (and the links to them); the ids that went."""
        from authoring.project.outline_edit import delete_clause

        name = self.clause_title(clause_id)
        return self._outline(f"删除 {name}", f"deleting {name}", delete_clause, clause_id)

    def move_clause(self, clause_id: str, step: int) -> bool:
        """Move a clause up (-1) or down (+1) among its siblings."""
        from authoring.project.outline_edit import move_clause

        name = self.clause_title(clause_id)
        return self._outline(f"移动 {name}", f"moving {name}", move_clause, clause_id, step)

    def indent_clause(self, clause_id: str) -> bool:
        """Make a clause a subclause of the one before it."""
        from authoring.project.outline_edit import indent_clause

        name = self.clause_title(clause_id)
        return self._outline(f"降级 {name}", f"indenting {name}", indent_clause, clause_id)

    def outdent_clause(self, clause_id: str) -> bool:
        """Make a subclause a sibling of its parent."""
        from authoring.project.outline_edit import outdent_clause

        name = self.clause_title(clause_id)
        return self._outline(f"升级 {name}", f"outdenting {name}", outdent_clause, clause_id)

    def set_clause_title(self, clause_id: str, title: str) -> None:
        """Retitle a clause (typing in one title is one undo step)."""
        from authoring.project.outline_edit import set_title

        self._outline("修改条标题", "editing a clause title", set_title, clause_id, title, key=f"title:{clause_id}")

    def clause_text(self, clause_id: str) -> list[str]:
        """A clause's text as lines: paragraphs, list items after their markers, 注：/示例：, and 〔表1 …〕
        standing for a table or figure (:func:`authoring.project.outline_edit.clause_lines`)."""
        from authoring.project import outline_edit

        if clause_id == outline_edit.INTRODUCTION_ID and self.project.body.introduction is None:
            return list(self.project.introduction)  # a 引言 kept as plain paragraphs beside the outline
        return outline_edit.clause_lines(self.pf.data["body"], clause_id)

    def set_clause_text(self, clause_id: str, lines: list[str]) -> None:
        """Rewrite a clause's text from its lines (:func:`authoring.project.outline_edit.set_clause_lines`:
        paragraphs, list items, notes, examples; tables stay where their 〔…〕 line is); typing is one undo step."""
        from authoring.project.outline_edit import set_clause_lines

        self._outline("修改条文", "editing a clause's text", set_clause_lines, clause_id, lines,
                      key=f"text:{clause_id}")
        if clause_id == "introduction" and self.project.introduction:
            with self.step("修改条文", "editing a clause's text", key=f"text:{clause_id}"):
                self.pf.set_field("introduction", [])  # now written in the outline's 引言
        for item_id, _ in self.links_to().get(clause_id, []):
            self._settle_status(item_id)

    def suggest_place(self, item_id: str, evidence: list[str] | None = None) -> Any:
        """Where a provision for the item should go (:func:`authoring.project.placing.suggest_place`)."""
        from authoring.project.placing import suggest_place

        if self.project.body is None:
            return None
        return suggest_place(self.project.body, self.checklist, item_id, self.entry(item_id), evidence=evidence)

    def evidence_places(self, coverage: Any) -> dict[str, list[str]]:
        """Per item: the clause ids where ``coverage`` (of :meth:`check`) found its text, strongest first."""
        from authoring.project.outline import document_of, location_ids, numbered

        if self.project.version != 2 or coverage is None:
            return {}
        where = location_ids(document_of(self.project), numbered(self.project.body))
        out: dict[str, list[str]] = {}
        for item in coverage.items:
            ids = [where[e.location] for e in item.evidence if e.location in where]
            out[item.id] = list(dict.fromkeys(ids))
        return out

    def place(self, item_id: str, clause_id: str, texts: list[str]) -> str:
        """Write ``texts`` for the item in the clause and link the item to it; the clause written in.

        A clause with subclauses gets a new last subclause titled as the item, so no paragraph
        hangs before subclauses (GB/T 1.1—2020 7.5.3). The provisions kept with the item are
        cleared: they are in the outline now.
        """
        from authoring.project import outline_edit

        texts = [t.strip() for t in texts if t.strip()]
        if not texts:
            raise InputError("请写出条文", "write the provision first")
        with self.step(f"为 {item_id} 写条文", f"writing a provision for {item_id}"):
            seq, k, _ = outline_edit.find(self.pf.data["body"], clause_id)
            target = clause_id
            if seq[k].get("children") or seq is self.pf.data["body"].get("annexes"):
                target = self.pf.edit_outline(outline_edit.add_clause, clause_id, "child",
                                              title=self.checklist.item(item_id).title_zh)
            self.pf.edit_outline(outline_edit.append_paragraphs, target, texts)
            if target not in self.entry(item_id).accepted_links():
                self.pf.toggle_link(item_id, target)
            if self.entry(item_id).provisions:
                self.pf.set_provisions(item_id, [])
            self._settle_status(item_id)
        return target

    def toggle_link(self, item_id: str, clause_id: str) -> bool:
        """Link the item to the clause (accepting a proposed link), or unlink it."""
        with self.step(f"{item_id} 的链接", f"the links of {item_id}"):
            linked = self.pf.toggle_link(item_id, clause_id)
            self._settle_status(item_id)
        return linked

    def mark_not_applicable(self, item_id: str, reason: str) -> None:
        """Mark the item not applicable; an empty reason is refused."""
        if not reason.strip():
            raise InputError("必须说明不适用的理由", "a reason is required to mark an item not applicable")
        with self.step(f"{item_id} 标为不适用", f"{item_id} marked not applicable"):
            self.pf.set_status(item_id, "not-applicable", reason.strip())

    def clear_not_applicable(self, item_id: str) -> None:
        """Undo not applicable: the item is addressed or todo again, by its content."""
        with self.step(f"{item_id} 取消不适用", f"{item_id} no longer not applicable"):
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
        with self.step("元数据", "the metadata", key="metadata"):
            self.pf.set_metadata(**fields)

    def section(self, key: str) -> list[Any]:
        """The project's ``scope`` lines, ``normative_references`` or ``terms``: top-level lists in
        version 1, chapters 1–3 of the outline in version 2."""
        if self.project.version != 2:
            return list(getattr(self.project, key))
        from authoring.project.model import RefEntry, Term
        from authoring.project.outline_edit import front_values

        values = front_values(self.pf.data.get("body"), key)
        model = {"normative_references": RefEntry, "terms": Term}.get(key)
        return [model.model_validate(v) for v in values if (v.get("designation") or v.get("zh"))] if model else values

    _SECTION_NAMES = {"scope": ("范围", "the scope"), "normative_references": ("规范性引用文件", "the references"),
                      "terms": ("术语", "the terms")}

    def set_section(self, key: str, value: list[Any]) -> None:
        """Replace the ``scope``, ``normative_references`` or ``terms`` (see :meth:`section`). Typing in
        the scope is one undo step; each row added, changed or removed in a table is its own."""
        zh, en = self._SECTION_NAMES.get(key, (key, key))
        with self.step(zh, en, key="section:scope" if key == "scope" else None):
            if self.project.version == 2:
                from authoring.project.outline_edit import set_front_values

                self.pf.edit_outline(set_front_values, key, value)
            else:
                self.pf.set_field(key, value)

    # -- composing -------------------------------------------------------------------

    def compose(self) -> StandardDocument:
        """The standard as the project describes it now."""
        return compose(self.project, self.checklist)

    def decisions(self) -> Any:
        """What a built draft carries of the committee's work (every item's decision, reason, methods
        and accepted links), as ``stdauthor build`` stores it: a draft exported from the studio without
        it came back from a check with a not-applicable item "covered", and from an import with every
        decision lost."""
        from authoring.project.outline import decisions_of, migrate

        return decisions_of(migrate(self.project, self.checklist))

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
        # Live coverage of what the author wrote for each item: cues only, so an item never turns
        # partial from a provision written for another (a built draft's check may list likenesses).
        coverage = analyse(authored(project, self.checklist), self.checklist, not_applicable=self.not_applicable(),
                           likeness=False)
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

    def save(self, path: Path | None = None, *, force: bool = False) -> Path:
        """Save to the project file (atomic), or to ``path``, another file the project goes on in (its file
        gone, the author chose another place; one there is replaced only with ``force``), and drop this
        session's autosave."""
        target = self.pf.save(path, force=force)
        self.base = sidecars.file_digest(target)
        self.discard_autosave()
        return target

    @property
    def sidecar(self) -> Path | None:
        """The sidecar this session writes, once it has one."""
        return self._claim.sidecar if self._claim is not None else None

    def autosave(self) -> Path | None:
        """Write unsaved changes to this session's sidecar; ``None`` when there is nothing to write.

        The first autosave takes a sidecar no other studio has (see :mod:`authoring.tui.autosave`).
        With nothing unsaved (every edit undone) the sidecar this session wrote is removed, so the
        next start offers no recovery of edits the author took back."""
        if not self.dirty:
            if self._claim is not None:
                with contextlib.suppress(OSError):
                    self.discard_autosave()
            return None
        if self._claim is None:
            self._claim = sidecars.take_free_slot(self.path, self._owner())
        atomic_write_bytes(self._claim.sidecar, self.pf.dumps().encode(self.pf.encoding))
        return self._claim.sidecar

    def discard_autosave(self) -> None:
        """Remove this session's sidecar (after a save, or when the author quits without saving).
        Another studio's autosave is never touched."""
        claim, self._claim = self._claim, None
        self._adopted = None
        if claim is not None:
            claim.release(remove=True)

    def release(self) -> None:
        """The studio is leaving: keep this session's sidecar for recovery, and let go of it."""
        claim, self._claim = self._claim, None
        if claim is not None:
            claim.release()

    def rescue(self, now: datetime | None = None) -> Path:
        """Write the project as it stands to a rescue copy after a refused save; where it went.

        The copy is ``NAME.未保存的修改-YYYYMMDD-HHMMSS.yaml`` beside the project when that folder
        can be written, else in ``rescued/`` under the user data dir (``STDAUTHOR_DATA_DIR``). It is
        written atomically, never over another file, and is a whole project file the studio opens.
        The same text rescued twice (Ctrl+S pressed again) stays in the copy already written.
        Raises :class:`OutputError` (one line, the last place tried) when no copy could be written.
        """
        payload = self.pf.dumps().encode(self.pf.encoding)
        if self._rescued is not None and self._rescued[0] == payload and self._rescued[1].is_file():
            return self._rescued[1]
        stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
        name = f"{self.path.stem}.{RESCUE_MARK}-{stamp}"
        failure: StdAuthorError | None = None
        for folder in (self.path.absolute().parent, user_data_dir() / RESCUE_FOLDER):
            try:
                folder.mkdir(parents=True, exist_ok=True)
                target = _unused(folder, name, self.path.suffix or ".yaml")
                atomic_write_bytes(target, payload)
            except StdAuthorError as exc:
                failure = exc
                continue
            except OSError as exc:  # the folder could not be made
                zh, en = os_reason(exc)
                failure = OutputError(f"无法写入（{zh}）", f"cannot write ({en})", path=folder)
                continue
            self._rescued = (payload, target)
            return target
        assert failure is not None
        raise failure

    def describe(self) -> str:
        """A short status line: the file and whether it has unsaved changes."""
        mark = tr("（未保存）", " (unsaved)") if self.dirty else ""
        return f"{self.path.name}{mark}"


#: The verbs of the English sentence starts, as ``starts`` in templates/compose.yaml are the Chinese ones.
ENGLISH_VERBS = ("establish", "define", "develop", "regularly", "ensure", "provide")
#: First words of a guide point that is a sentence of its own (The organization's leadership team builds …),
#: not an instruction (Set the vision …) to give the organization.
_SENTENCE_OPENERS = ("The", "In", "For", "When", "Where", "If", "All", "Each", "Every", "A", "An")


def english_starts(function: Any, item: Item) -> list[str]:
    """Sentence starts for a provision of ``item`` in an English draft, as :func:`authoring.project.suggest_starts`
    gives them in Chinese: the guide's points as the organization's (The organization shall set the vision …),
    then common verbs (The organization shall establish …); should for a 指南, shall otherwise."""
    from authoring.document import FunctionType

    modal = "should" if str(getattr(function, "value", function)) == FunctionType.GUIDE.value else "shall"
    out: list[str] = []
    for point in item.points_en:
        core = point.strip().rstrip(";；.,:： ")
        if not core:
            continue
        if core.split(" ", 1)[0] in _SENTENCE_OPENERS:
            out.append(f"{core}.")
        else:  # an instruction: the organization's, its first word in lower case (not an acronym's)
            first = core[0].lower() if core[1:2].islower() else core[0]
            out.append(f"The organization {modal} {first}{core[1:]}.")
    out.extend(f"The organization {modal} {verb} …" for verb in ENGLISH_VERBS)
    return list(dict.fromkeys(out))


#: How many characters of its text name an untitled clause (第三条 养老机构应当建立入住评估制度，评估…).
FIRST_WORDS = 20


def clause_name(clause: Any) -> str:
    """What names a clause in the studio's lists and messages: its title, or for an untitled clause (the
    articles of an imported regulation) the first words of its text, cut after :data:`FIRST_WORDS`
    characters with …, so it is told apart without the draft open beside the studio; empty when it has
    neither (a new clause)."""
    if clause.title:
        return clause.title
    first = next((" ".join(line.split()) for line in clause.text().splitlines() if line.strip()), "")
    return first if len(first) <= FIRST_WORDS else first[:FIRST_WORDS].rstrip("，,；;、 ") + "…"


def text_lines(lines: list[str]) -> list[str]:
    """``lines`` as the text of an editor: blank lines and trailing spaces left out, a line's indent kept
    (two spaces make a list item a sub-item of a clause's text)."""
    return [line.rstrip() for line in lines if line.strip()]


def _unused(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/STEM.EXT``, or ``STEM-2.EXT``, ``STEM-3.EXT`` … when that is taken: never a file already there."""
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate
