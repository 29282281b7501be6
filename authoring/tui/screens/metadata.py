"""Metadata, scope, normative references and terms of the project, checked as the author types."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import (
    Button, DataTable, Header, Input, Label, Select, TabbedContent, TabPane, Tabs, TextArea,
)

from authoring.document import STAGES, FunctionType
from authoring.errors import StdAuthorError
from authoring.i18n import tr
from authoring.text import split_names
from authoring.project.model import RefEntry, Term
from authoring.tui.commands import MetadataCommands
from authoring.tui.dialogs.new_project import function_options, kind_options
from authoring.tui.labels import key, localise_bindings
from authoring.tui.widgets.editor import Editor, Field
from authoring.tui.widgets.error_line import ErrorLine
from authoring.tui.widgets.footer import StudioFooter
from authoring.tui.session import Session
from authoring.tui.validation import CHECKS, designation_error
from authoring.tui.widgets.select import StudioSelect

TEXT_FIELDS: list[tuple[str, str, str]] = [
    ("title_zh", "标准名称（中文）", "Title (Chinese)"),
    ("title_en", "英文名称", "Title (English)"),
    ("code", "代号（行业/地方/团体/企业）", "Code (industry/local/association/enterprise)"),
    ("number", "顺序号", "Number"),
    ("year", "年号", "Year"),
    ("ics", "ICS", "ICS"),
    ("ccs", "CCS", "CCS"),
    ("draft_date", "草案日期", "Draft date"),
    ("issue_date", "发布日期", "Issue date"),
    ("implement_date", "实施日期", "Implementation date"),
    ("proposer", "提出单位", "Proposed by"),
    ("committee", "归口单位", "Committee"),
]
LIST_FIELDS: list[tuple[str, str, str]] = [
    ("drafting_units", "起草单位（、分隔）", "Drafting organisations (、-separated)"),
    ("drafters", "起草人（、分隔）", "Drafters (、-separated)"),
]
LIST_NAMES = {name for name, _, _ in LIST_FIELDS}
TAB_TITLES: dict[str, tuple[str, str]] = {
    "metadata": ("元数据", "Metadata"), "scope": ("范围", "Scope"),
    "references": ("规范性引用文件", "References"), "terms": ("术语", "Terms"),
}
TABS = tuple(TAB_TITLES)


def split_list(text: str) -> list[str]:
    """Split a 、/comma separated list, dropping blanks; a company's legal form stays with its name
    (``ABC Co., Ltd.`` is one unit, as the reader reads it: :func:`authoring.text.split_names`)."""
    return split_names(text)


class MetadataScreen(Screen[None]):
    """Edit what is not an item of the guide; Escape returns to the author screen."""

    COMMANDS = {MetadataCommands}
    # Ctrl+Z in the scope's editor takes back its typing first (the editor's own undo).
    BINDINGS = [key("meta.back", "back", "escape"), key("meta.undo", "undo", "ctrl+z"),
                key("meta.redo", "redo", "ctrl+y")]

    def __init__(self, session: Session, *, tab: str = "metadata") -> None:
        super().__init__()
        self.session = session
        self.tab = tab if tab in TABS else "metadata"
        self.references = session.section("normative_references")
        self.terms = session.section("terms")
        # The row being edited in place (its values in the fields below the table), or None: adding.
        self.editing: dict[str, int | None] = {"ref": None, "term": None}
        localise_bindings(self)

    def compose(self) -> ComposeResult:
        meta = self.session.project.metadata
        yield Header()
        with TabbedContent(id="meta-tabs", initial=f"tab-{self.tab}"):
            with TabPane("", id="tab-metadata"):
                with VerticalScroll(id="meta-form"):
                    for name, _, _ in TEXT_FIELDS:
                        with Horizontal(classes="field"):
                            yield Label("", id=f"lbl-{name}", classes="field-label")
                            yield Field(str(getattr(meta, name)), id=f"meta-{name}")
                        yield Label("", id=f"err-{name}", classes="error field-error")
                    for name, _, _ in LIST_FIELDS:
                        with Horizontal(classes="field"):
                            yield Label("", id=f"lbl-{name}", classes="field-label")
                            yield Field("、".join(getattr(meta, name)), id=f"meta-{name}")
                    for name, options, value in (
                        ("kind", kind_options(), meta.kind.value),
                        ("function", function_options(unknown=meta.function == FunctionType.UNKNOWN),
                         meta.function.value),
                        ("stage", [(s, s) for s in (*STAGES, "发布稿")], meta.stage),
                    ):
                        with Horizontal(classes="field"):
                            yield Label("", id=f"lbl-{name}", classes="field-label")
                            yield StudioSelect(options, value=value, allow_blank=False, id=f"meta-{name}")
            with TabPane("", id="tab-scope"):
                yield Label("", id="lbl-scope")
                yield Editor("\n".join(self.session.section("scope")), id="scope", soft_wrap=True)
            with TabPane("", id="tab-references"):
                yield DataTable(id="refs", cursor_type="row")
                with Horizontal(classes="form-row"):
                    yield Field(id="ref-designation")
                    yield Field(id="ref-title")
                    yield Button("+", id="ref-add")
                    yield Button("−", id="ref-remove")
                yield ErrorLine(id="err-ref")
                yield Label("", id="hint-ref", classes="note")
            with TabPane("", id="tab-terms"):
                yield DataTable(id="terms", cursor_type="row")
                with Horizontal(classes="form-row"):
                    yield Field(id="term-zh")
                    yield Field(id="term-en")
                    yield Field(id="term-definition")
                    yield Field(id="term-source")
                    yield Button("+", id="term-add")
                    yield Button("−", id="term-remove")
                yield ErrorLine(id="err-term")
                yield Label("", id="hint-term", classes="note")
        yield StudioFooter()

    def on_mount(self) -> None:
        self.relabel()
        self.call_after_refresh(self.focus_first_field)
        for name in CHECKS:
            self._validate(name, self.query_one(f"#meta-{name}", Input).value)

    def relabel(self) -> None:
        """Labels, placeholders and table headers in the current language."""
        tabs = self.query_one("#meta-tabs", TabbedContent)
        for tab, (zh, en) in TAB_TITLES.items():
            tabs.get_tab(f"tab-{tab}").label = tr(zh, en)
        for name, zh, en in (*TEXT_FIELDS, *LIST_FIELDS, ("kind", "标准类别", "Kind"),
                             ("function", "功能类型", "Function type"), ("stage", "阶段", "Stage")):
            self.query_one(f"#lbl-{name}", Label).update(tr(zh, en))
        self.query_one("#lbl-scope", Label).update(tr("范围（一段一行；留空则自动生成）", "Scope (one paragraph per line; empty: generated)"))
        self.query_one("#ref-designation", Input).placeholder = tr("编号，如 GB/T 15624", "number, e.g. GB/T 15624")
        self.query_one("#ref-title", Input).placeholder = tr("文件名称", "title")
        self.query_one("#term-zh", Input).placeholder = tr("术语", "term")
        self.query_one("#term-en", Input).placeholder = tr("英文对应词", "English")
        self.query_one("#term-definition", Input).placeholder = tr("定义", "definition")
        self.query_one("#term-source", Input).placeholder = tr("来源，如 GB/T 15624—2011，3.1", "source")
        self._fill_tables()
        self._show_editing("ref")
        self._show_editing("term")

    def _fill_tables(self) -> None:
        refs = self.query_one("#refs", DataTable)
        refs.clear(columns=True)
        refs.add_columns(tr("编号", "Number"), tr("名称", "Title"))
        for ref in self.references:
            refs.add_row(ref.designation, ref.title)
        terms = self.query_one("#terms", DataTable)
        terms.clear(columns=True)
        terms.add_columns(tr("术语", "Term"), tr("英文", "English"), tr("定义", "Definition"), tr("来源", "Source"))
        for term in self.terms:
            terms.add_row(term.zh, term.en, term.definition, term.source)

    def action_back(self) -> None:
        self.dismiss(None)

    # -- undo --------------------------------------------------------------------------

    def action_undo(self) -> None:
        self._history(self.session.undo, tr("已撤销", "undone"), tr("没有可撤销的修改", "nothing to undo"))

    def action_redo(self) -> None:
        self._history(self.session.redo, tr("已重做", "redone"), tr("没有可重做的修改", "nothing to redo"))

    def _history(self, verb, word: str, none: str) -> None:
        label = verb()
        if label is None:
            self.notify(none)
            return
        self._reload()
        self.app.schedule_autosave()
        self.notify(f"{word}：{tr(*label)}")

    def _reload(self) -> None:
        """Every field and table from the project again (after an undo or a redo)."""
        meta = self.session.project.metadata
        for name, _, _ in TEXT_FIELDS:
            self.query_one(f"#meta-{name}", Input).value = str(getattr(meta, name))
        for name, _, _ in LIST_FIELDS:
            self.query_one(f"#meta-{name}", Input).value = "、".join(getattr(meta, name))
        for name in ("kind", "function", "stage"):
            value = getattr(meta, name)
            self.query_one(f"#meta-{name}", Select).value = getattr(value, "value", value)
        scope = "\n".join(self.session.section("scope"))
        editor = self.query_one("#scope", TextArea)
        if editor.text != scope:
            editor.load_text(scope)
        self.references = self.session.section("normative_references")
        self.terms = self.session.section("terms")
        self.editing = {"ref": None, "term": None}
        self._fill_tables()
        self._show_editing("ref")
        self._show_editing("term")

    # -- focus -----------------------------------------------------------------------

    FIRST_FIELD = {"metadata": "#meta-title_zh", "scope": "#scope", "references": "#ref-designation",
                   "terms": "#term-zh"}

    def focus_first_field(self) -> None:
        """Put the cursor in the first field of the tab on show."""
        active = self.query_one("#meta-tabs", TabbedContent).active.removeprefix("tab-")
        selector = self.FIRST_FIELD.get(active)
        if selector:
            self.query_one(selector).focus()

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        # Arrowing along the tab bar keeps the focus there; any other change of tab (the
        # palette, a jump from the dashboard) goes straight to the tab's first field.
        if not isinstance(self.focused, Tabs):
            self.call_after_refresh(self.focus_first_field)

    # -- metadata --------------------------------------------------------------------

    def _validate(self, name: str, value: str) -> bool:
        check = CHECKS.get(name)
        error = check.error(value) if check else ""
        label = self.query(f"#err-{name}")
        if label:
            label.first(Label).update(error)
            label.first(Label).display = bool(error)
        return not error

    def on_input_changed(self, event: Input.Changed) -> None:
        field = (event.input.id or "").removeprefix("meta-")
        if not (event.input.id or "").startswith("meta-"):
            if event.input.id == "ref-designation":
                self.query_one("#err-ref", Label).update(designation_error(event.value) if event.value else "")
            return
        if not self._validate(field, event.value):
            return
        value: object = split_list(event.value) if field in LIST_NAMES else event.value.strip()
        if getattr(self.session.project.metadata, field) == value:
            return
        self._apply(**{field: value})

    def on_select_changed(self, event: Select.Changed) -> None:
        field = (event.select.id or "").removeprefix("meta-")
        current = getattr(self.session.project.metadata, field)
        if getattr(current, "value", current) != event.value:
            self._apply(**{field: event.value})

    def _apply(self, **fields: object) -> None:
        try:
            self.session.set_metadata(**fields)
        except StdAuthorError as exc:
            self.notify(exc.message(), severity="error")
            return
        self._stepped()

    def _stepped(self, key_name: str | None = None) -> None:
        """After an edit (of the section ``key_name``): autosave; a step after the scope's typing (a field,
        a row of a table) makes Ctrl+Z in the scope's editor take that step back first."""
        if key_name != "scope":
            self.query_one("#scope", Editor).forget_typing()
        self.app.schedule_autosave()

    # -- scope, references, terms ------------------------------------------------------

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        lines = [line.strip() for line in event.text_area.text.splitlines() if line.strip()]
        if lines != self.session.section("scope"):
            self._section("scope", lines)

    def _section(self, key_name: str, value: list) -> None:
        try:
            self.session.set_section(key_name, value)
        except StdAuthorError as exc:
            self.notify(exc.message(), severity="error")
            return
        self._stepped(key_name)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        handlers = {"ref-add": self._add_ref, "ref-remove": self._remove_ref,
                    "term-add": self._add_term, "term-remove": self._remove_term}
        if event.button.id in handlers:
            handlers[event.button.id]()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id in ("ref-designation", "ref-title"):
            self._add_ref()
        elif event.input.id in ("term-zh", "term-en", "term-definition", "term-source"):
            self._add_term()

    # Enter on a row of a table puts it in the fields below for editing in place; Enter in a field
    # (or the ✓ button) then replaces that row, and the fields go back to adding.

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        row = event.cursor_row
        if event.data_table.id == "refs" and 0 <= row < len(self.references):
            ref = self.references[row]
            self.query_one("#ref-designation", Input).value = ref.designation
            self.query_one("#ref-title", Input).value = ref.title
            self._start_editing("ref", row, "#ref-designation")
        elif event.data_table.id == "terms" and 0 <= row < len(self.terms):
            term = self.terms[row]
            for name, value in (("zh", term.zh), ("en", term.en), ("definition", term.definition),
                                ("source", term.source)):
                self.query_one(f"#term-{name}", Input).value = value
            self._start_editing("term", row, "#term-zh")

    def _start_editing(self, what: str, row: int, first: str) -> None:
        self.editing[what] = row
        self._show_editing(what)
        self.query_one(first, Input).focus()

    def _show_editing(self, what: str) -> None:
        """The add button and the hint say whether the fields add a row or change one."""
        row = self.editing[what]
        self.query_one(f"#{what}-add", Button).label = "+" if row is None else "✓"
        self.query_one(f"#hint-{what}", Label).update(
            tr("在表格中选中一行按回车即可修改", "Enter on a row of the table edits it") if row is None else
            tr(f"正在修改第 {row + 1} 行：回车或 ✓ 保存修改", f"editing row {row + 1}: Enter or ✓ saves the change"))

    def _put(self, what: str, rows: list, value: object) -> None:
        """Replace the row being edited with ``value``, or append it; then back to adding."""
        row = self.editing[what]
        if row is not None and 0 <= row < len(rows):
            rows[row] = value
        else:
            rows.append(value)
        self.editing[what] = None
        self._show_editing(what)

    def _add_ref(self) -> None:
        designation = self.query_one("#ref-designation", Input).value.strip()
        error = designation_error(designation)
        self.query_one("#err-ref", Label).update(error)
        if error:
            return
        self._put("ref", self.references,
                  RefEntry(designation=designation, title=self.query_one("#ref-title", Input).value.strip()))
        self.query_one("#ref-designation", Input).value = ""
        self.query_one("#ref-title", Input).value = ""
        self._save_refs()

    def _remove_ref(self) -> None:
        row = self.query_one("#refs", DataTable).cursor_row
        if 0 <= row < len(self.references):
            gone = self.references.pop(row)
            self.notify(tr(f"已删除 {gone.designation}（Ctrl+Z 撤销）", f"removed {gone.designation} (Ctrl+Z undoes)"))
            self.editing["ref"] = None
            self._show_editing("ref")
            self._save_refs()

    def _save_refs(self) -> None:
        self._fill_tables()
        self._section("normative_references", [r.model_dump(exclude_defaults=True) for r in self.references])

    def _add_term(self) -> None:
        zh = self.query_one("#term-zh", Input).value.strip()
        if not zh:
            self.query_one("#err-term", Label).update(tr("术语不能为空", "the term is required"))
            return
        self.query_one("#err-term", Label).update("")
        old = self.terms[self.editing["term"]] if self.editing["term"] is not None else None
        term = Term(zh=zh, en=self.query_one("#term-en", Input).value.strip(),
                    definition=self.query_one("#term-definition", Input).value.strip(),
                    source=self.query_one("#term-source", Input).value.strip(),
                    notes=old.notes if old is not None else [])  # notes are not edited here: kept
        self._put("term", self.terms, term)
        for name in ("#term-zh", "#term-en", "#term-definition", "#term-source"):
            self.query_one(name, Input).value = ""
        self._save_terms()

    def _remove_term(self) -> None:
        row = self.query_one("#terms", DataTable).cursor_row
        if 0 <= row < len(self.terms):
            gone = self.terms.pop(row)
            self.notify(tr(f"已删除术语“{gone.zh}”（Ctrl+Z 撤销）", f"removed the term {gone.zh} (Ctrl+Z undoes)"))
            self.editing["term"] = None
            self._show_editing("term")
            self._save_terms()

    def _save_terms(self) -> None:
        self._fill_tables()
        self._section("terms", [t.model_dump(exclude_defaults=True) for t in self.terms])
