"""The new-project form: title, kind, function type, stage and organisations."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Input, Label, Select

from authoring.checklist import Checklist
from authoring.document import STAGES, FunctionType, Kind
from authoring.i18n import tr
from authoring.text import split_names
from authoring.tui.dialogs.form import FormDialog
from authoring.tui.session import Session
from authoring.tui.widgets.editor import Field
from authoring.tui.widgets.error_line import ErrorLine
from authoring.tui.widgets.select import StudioSelect


def kind_options() -> list[tuple[str, str]]:
    """Select options for the kind of standard."""
    names = {
        Kind.GB: tr("强制性国家标准 GB", "mandatory national GB"),
        Kind.GBT: tr("推荐性国家标准 GB/T", "recommended national GB/T"),
        Kind.GBZ: tr("国家标准化指导性技术文件 GB/Z", "national guidance GB/Z"),
        Kind.INDUSTRY: tr("行业标准", "industry standard"),
        Kind.LOCAL: tr("地方标准 DB", "local standard DB"),
        Kind.GROUP: tr("团体标准 T/", "association standard T/"),
        Kind.ENTERPRISE: tr("企业标准 Q/", "enterprise standard Q/"),
    }
    return [(text, kind.value) for kind, text in names.items()]


def function_options(*, unknown: bool = False) -> list[tuple[str, str]]:
    """Select options for the function type; with ``unknown``, also the one a project imported from a draft
    whose function could not be told holds (a regulation, a title without 规范/规程/指南), until chosen."""
    options = [
        (tr("指南（给出建议，用“宜”）", "guide (recommendations, 宜)"), FunctionType.GUIDE.value),
        (tr("规范（规定要求，用“应”）", "specification (requirements, 应)"), FunctionType.SPECIFICATION.value),
        (tr("规程（规定程序，用“应”）", "code of practice (procedures, 应)"), FunctionType.CODE_OF_PRACTICE.value),
    ]
    if unknown:
        options.append((tr("未定（导入时无法从标题或范围判断；请选择）", "not known (the imported draft did not say; choose one)"),
                        FunctionType.UNKNOWN.value))
    return options


def seed_options() -> list[tuple[str, str]]:
    """Select options for the outline a new project starts from."""
    return [
        (tr("指南的典型结构（附录A：总则、服务提供、服务内容设计、评价）",
            "the guide's typical arrangement (Annex A)"), "guide"),
        (tr("空白大纲（只有第1～3章）", "a blank outline (chapters 1 to 3)"), "blank"),
        (tr("自己的章", "your own chapters"), "chapters"),
    ]


@dataclass(frozen=True)
class NewProjectForm:
    """What the author filled in."""

    title_zh: str
    kind: str
    function: str
    stage: str
    organisations: tuple[str, ...]
    seed: str = "guide"
    chapters: tuple[str, ...] = ()

    def file_name(self) -> str:
        """A file name proposed from the title (characters unsafe in file names dropped)."""
        stem = re.sub(r"[\\/:*?\"<>|\s]+", "", self.title_zh)[:40] or "project"
        return f"{stem}.yaml"

    def create(self, path: Path, checklist: Checklist) -> Session:
        """Create the project and save it at ``path``."""
        return Session.new(
            path, checklist, title_zh=self.title_zh, kind=self.kind, function=self.function,
            stage=self.stage, organisations=list(self.organisations), seed=self.seed, chapters=list(self.chapters),
        )


#: Terminals with fewer rows than this get the compact form.
COMPACT_BELOW = 30


class NewProjectDialog(FormDialog[NewProjectForm | None]):
    """Dismisses with a :class:`NewProjectForm`, or ``None`` when cancelled."""

    AUTO_FOCUS = "#title"  # the first keys are the title

    def on_mount(self) -> None:
        self._fit(self.app.size.height)
        self._show_chapters(False)
        # Focusing the title scrolls the form to it; the heading and the title's label above it
        # stay in sight.
        self.call_after_refresh(self.query_one("#new-project").scroll_home, animate=False)

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size.height)

    def _fit(self, height: int) -> None:
        """On a short terminal (24 rows) the fields and buttons take one row each, so the buttons show."""
        compact = height < COMPACT_BELOW
        for widget in self.query("#new-project Input, #new-project Select, #new-project Button"):
            widget.compact = compact

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog wide", id="new-project"):
            yield Label(tr("新建项目", "New project"), classes="heading")
            yield Label(tr("标准名称（中文，必填）", "Title (Chinese, required)"))
            yield Field(id="title", placeholder=tr("如：养老机构服务规范", "e.g. 养老机构服务规范"))
            yield ErrorLine(id="title-error")
            yield Label(tr("标准类别", "Kind"))
            yield StudioSelect(kind_options(), value=Kind.GBT.value, allow_blank=False, id="kind")
            yield Label(tr("功能类型", "Function type"))
            yield StudioSelect(function_options(), value=FunctionType.GUIDE.value, allow_blank=False, id="function")
            yield Label(tr("阶段", "Stage"))
            yield StudioSelect([(s, s) for s in STAGES], value="征求意见稿", allow_blank=False, id="stage")
            yield Label(tr("起草单位（用、或逗号分隔）", "Drafting organisations (separated by 、 or commas)"))
            yield Field(id="organisations")
            yield Label(tr("正文大纲从哪里开始", "Start the outline from"))
            yield StudioSelect(seed_options(), value="guide", allow_blank=False, id="seed")
            yield Label(tr("自己的章标题（用、分隔，如 基本要求、服务内容、服务流程、评价与改进）",
                           "Your own chapter titles (separated by 、 or commas)"), id="chapters-label")
            yield Field(id="chapters")
            yield ErrorLine(id="chapters-error")
            with Horizontal(classes="buttons"):
                yield Button(tr("下一步：选择保存位置", "Next: choose where to save"), variant="primary", id="ok")
                yield Button(tr("取消", "Cancel"), id="cancel")

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "title":
            self.query_one("#title-error", Label).update("")
        elif event.input.id == "chapters":
            self.query_one("#chapters-error", Label).update("")

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id == "seed":
            self._show_chapters(event.value == "chapters")

    def _show_chapters(self, shown: bool) -> None:
        for widget in self.query("#chapters-label, #chapters, #chapters-error"):
            widget.display = shown

    def _finish(self) -> None:
        title = self.query_one("#title", Input).value.strip()
        if not title:
            self.query_one("#title-error", Label).update(tr("标准名称不能为空", "the title is required"))
            self.query_one("#title", Input).focus()
            return
        orgs = split_names(self.query_one("#organisations", Input).value)
        seed = str(self.query_one("#seed", Select).value)
        chapters = tuple(t.strip() for t in re.split(r"[、,，;；]", self.query_one("#chapters", Input).value) if t.strip())
        if seed == "chapters" and not chapters:
            self.query_one("#chapters-error", Label).update(tr("请写出至少一个章标题", "give at least one chapter title"))
            self.query_one("#chapters", Input).focus()
            return
        self.dismiss(NewProjectForm(
            title_zh=title,
            kind=str(self.query_one("#kind", Select).value),
            function=str(self.query_one("#function", Select).value),
            stage=str(self.query_one("#stage", Select).value),
            organisations=tuple(o.strip() for o in orgs if o.strip()),
            seed=seed, chapters=chapters if seed == "chapters" else (),
        ))
