"""The validated form of an author's project file, and its checks against a checklist.

The YAML holds what the committee decided for each checklist item (addressed, not
applicable with a reason, or still to do), their provisions and quantified indicators,
and the metadata and front matter of the standard. :func:`problems` finds what no schema
can: ids that the chosen checklist does not have.

Example:
    >>> p = Project.model_validate({"metadata": {"title_zh": "养老机构卓越服务规范"},
    ...                             "items": {"5.2": {"status": "addressed"}}})
    >>> p.items["5.2"].status
    'addressed'
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from authoring.checklist import Checklist
from authoring.document import Metadata

__all__ = [
    "ItemStatus", "ITEM_STATUSES", "Indicator", "ItemEntry", "Term", "RefEntry", "SubClause",
    "ExtraChapter", "ExtraAnnex", "LintSettings", "Project", "Problem", "problems",
    "DEFAULT_CHECKLIST",
]

DEFAULT_CHECKLIST = "excellence-guide"
ItemStatus = Literal["addressed", "not-applicable", "todo"]
ITEM_STATUSES: tuple[str, ...] = ("addressed", "not-applicable", "todo")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="before")
    @classmethod
    def _blank_lists(cls, data: Any) -> Any:
        # A person editing YAML by hand writes ``provisions:`` with nothing after it; that
        # means an empty list, not an error.
        if isinstance(data, dict):
            empty = [k for k, v in data.items() if v is None and k in cls._collections()]
            if empty:
                data = {k: v for k, v in data.items() if k not in empty}
        return data

    @classmethod
    def _collections(cls) -> set[str]:
        return {
            name for name, field in cls.model_fields.items()
            if getattr(field.annotation, "__origin__", None) in (list, dict)
        }


class Indicator(_Model):
    """A quantified indicator: ``响应时间 ≤15 min``."""

    name: str = Field(min_length=1)
    value: str
    unit: str = ""
    note: str = ""

    @field_validator("value", mode="before")
    @classmethod
    def _number_as_text(cls, value: Any) -> Any:
        # ``value: 90`` is a number in YAML; the table prints it as written.
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        return value


class ItemEntry(_Model):
    """What the committee decided for one checklist item."""

    status: ItemStatus = "todo"
    reason: str = ""
    methods: list[str] = []
    provisions: list[str] = []
    indicators: list[Indicator] = []

    @model_validator(mode="after")
    def _reason_when_not_applicable(self) -> "ItemEntry":
        if self.status == "not-applicable" and not self.reason.strip():
            raise ValueError("not-applicable needs a reason")
        return self


class Term(_Model):
    """A term entry of chapter 3."""

    zh: str = Field(min_length=1)
    en: str = ""
    definition: str = ""
    notes: list[str] = []
    source: str = ""


class RefEntry(_Model):
    """A referenced document: designation and title."""

    designation: str = Field(min_length=1)
    title: str = ""


class SubClause(_Model):
    """A clause of an extra chapter."""

    title: str = ""
    provisions: list[str] = []


class ExtraChapter(_Model):
    """A chapter the checklist does not cover (e.g. 服务安全)."""

    title: str = Field(min_length=1)
    provisions: list[str] = []
    clauses: list[SubClause] = []


class ExtraAnnex(_Model):
    """An extra annex after the methods annex."""

    title: str = Field(min_length=1)
    normative: bool = False
    paragraphs: list[str] = []


class LintSettings(_Model):
    """Lint rules the committee switched off for this project."""

    disabled: list[str] = []


class Project(_Model):
    """An author's project: metadata, front matter, and a decision per checklist item."""

    metadata: Metadata = Metadata()
    checklist: str = Field(default=DEFAULT_CHECKLIST, pattern=r"^[a-z0-9][a-z0-9.\-]*$")
    introduction: list[str] = []
    scope: list[str] = []
    normative_references: list[RefEntry] = []
    terms_from: list[str] = []
    terms: list[Term] = []
    items: dict[str, ItemEntry] = {}
    chapters: list[ExtraChapter] = []
    annexes: list[ExtraAnnex] = []
    bibliography: list[RefEntry] = []
    lint: LintSettings = LintSettings()

    @model_validator(mode="before")
    @classmethod
    def _blank_sections(cls, data: Any) -> Any:
        # ``metadata:`` or ``lint:`` left empty means the defaults.
        if isinstance(data, dict):
            data = {k: v for k, v in data.items() if not (v is None and k in ("metadata", "lint"))}
        return data

    def entry(self, item_id: str) -> ItemEntry:
        """The decision for ``item_id`` (``todo`` when the file does not mention it)."""
        return self.items.get(item_id) or ItemEntry()


class Problem(BaseModel):
    """A cross-field problem: where in the data (a key path) and what, in both languages."""

    model_config = ConfigDict(frozen=True)

    loc: tuple[str | int, ...]
    zh: str
    en: str


def problems(project: Project, checklist: Checklist) -> list[Problem]:
    """Ids in ``project`` that ``checklist`` does not know, and methods filed under the wrong item."""
    out: list[Problem] = []
    if project.checklist != checklist.id:
        out.append(Problem(
            loc=("checklist",),
            zh=f"项目使用检查清单 {project.checklist}，但提供的是 {checklist.id}",
            en=f"the project uses checklist {project.checklist}, but {checklist.id} was given",
        ))
    known = {item.id: item for item in checklist.items()}
    for item_id, entry in project.items.items():
        item = known.get(item_id)
        if item is None:
            out.append(Problem(
                loc=("items", item_id),
                zh=f"检查清单 {checklist.id} 中没有条目 {item_id}",
                en=f"checklist {checklist.id} has no item {item_id}",
            ))
            continue
        own = {m.id for m in item.methods}
        for index, method_id in enumerate(entry.methods):
            if method_id not in own:
                hint_zh = f"（可选：{'、'.join(sorted(own))}）" if own else "（该条目没有实施方法）"
                hint_en = f" (choose from {', '.join(sorted(own))})" if own else " (the item has no methods)"
                out.append(Problem(
                    loc=("items", item_id, "methods", index),
                    zh=f"条目 {item_id} 没有实施方法 {method_id}{hint_zh}",
                    en=f"item {item_id} has no method {method_id}{hint_en}",
                ))
    return out
