"""The validated form of an author's project file, and its checks against a checklist.

The YAML holds what the committee decided for each checklist item (addressed, not
applicable with a reason, or still to do), and the metadata and front matter of the standard.

Two versions of the file exist. In version 1 the draft is composed from the items: each item
holds its provisions and quantified indicators, and the chapters follow the guide. In version
2 (``version: 2``) the ``body`` is the author's own outline, a StandardDocument body whose
clauses carry stable ids, and each item holds its decision, its chosen methods and ``links``
to the clauses that address it (see :mod:`authoring.project.outline`). :func:`problems` finds
what no schema can: ids that the chosen checklist does not have, and links to no clause.

Example:
    >>> p = Project.model_validate({"metadata": {"title_zh": "养老机构卓越服务规范"},
    ...                             "items": {"5.2": {"status": "addressed"}}})
    >>> p.items["5.2"].status
    'addressed'
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator

from authoring.checklist import Checklist
from authoring.document import Annex, Clause, Kind, Metadata, Reference, Section
from authoring.errors import InvalidValue
from authoring.records import replace

__all__ = [
    "ItemStatus", "ITEM_STATUSES", "Indicator", "ItemEntry", "Term", "RefEntry", "SubClause",
    "ExtraChapter", "ExtraAnnex", "LintSettings", "Project", "Problem", "problems",
    "DEFAULT_CHECKLIST", "Link", "Body", "V1_ONLY", "standard_code",
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


class Link(_Model):
    """A link from an item to the clause (by its id) that addresses it.

    ``proposed`` links were found by the coverage analysis on import and wait for the author
    to accept them (drop the flag) or reject them (delete the link); ``evidence`` is the
    excerpt that suggested it. In YAML an accepted link is just the clause id.
    """

    clause: str = Field(min_length=1)
    proposed: bool = False
    evidence: str = ""

    @model_validator(mode="before")
    @classmethod
    def _bare_id(cls, data: Any) -> Any:
        return {"clause": data} if isinstance(data, str) else data


class ItemEntry(_Model):
    """What the committee decided for one checklist item."""

    status: ItemStatus = "todo"
    reason: str = ""
    methods: list[str] = []
    provisions: list[str] = []
    indicators: list[Indicator] = []
    links: list[Link] = []

    def accepted_links(self) -> list[str]:
        """The clause ids of the links the author accepted."""
        return [k.clause for k in self.links if not k.proposed]

    @model_validator(mode="after")
    def _reason_when_not_applicable(self) -> "ItemEntry":
        if self.status == "not-applicable" and not self.reason.strip():
            raise InvalidValue("标为不适用（not-applicable）时应写明理由（reason）", "not-applicable needs a reason")
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


def _typed_blocks(values: list[Any]) -> list[Any]:
    """Plain strings of ``blocks`` as the document model reads them: a paragraph, or, typed as a
    draft types them, a list item (``a) 生活照料需求；``, ``——助餐服务；``: a run of them one list of
    that style), a note (``注：……``) or an example (``示例：……``). The guide view's editor keeps what
    the author types as lines; before, they were printed as body paragraphs, never as a GB/T list or
    note (QA pass 5), while the outline editor made the same lines a list."""
    from authoring.docx.read._patterns import example, list_marker, note

    out: list[Any] = []
    typed: dict[str, Any] | None = None  # the list the lines just before made, which a line of its style goes on
    for value in values:
        marked = list_marker(value) if isinstance(value, str) else None
        if marked is not None:
            style, text = marked
            if typed is None or typed["style"] != style:
                typed = {"type": "list", "style": style, "items": []}
                out.append(typed)
            typed["items"].append({"text": text})
            continue
        typed = None
        if not isinstance(value, str):
            out.append(value)
            continue
        for kind, parse in (("note", note), ("example", example)):
            found = parse(value)
            if found is not None and found[1]:
                out.append({"type": kind, "text": found[1], "number": found[0]})
                break
        else:
            out.append({"type": "paragraph", "text": value})
    return out


def _blocks_shorthand(data: Any) -> Any:
    """A body as a person writes it, as the document model reads it: a plain string in
    ``blocks`` is a paragraph, a plain string in a list's ``items`` is an item."""
    if isinstance(data, list):
        return [_blocks_shorthand(v) for v in data]
    if not isinstance(data, dict):
        return data
    out = {}
    for key, value in data.items():
        if key == "blocks" and isinstance(value, list):
            value = _typed_blocks(value)
        elif key == "items" and isinstance(value, list) and data.get("type") == "list":
            value = [{"text": v} if isinstance(v, str) else v for v in value]
        elif key == "children" and isinstance(value, dict) and value.get("type") is None and "items" in value:
            value = {**value, "type": "list"}
        out[key] = _blocks_shorthand(value)
    return out


class Body(_Model):
    """The author's outline (version 2): the body of a StandardDocument.

    ``foreword`` is ``None`` to have it written from the metadata, as in version 1; an
    imported draft keeps its own. Every clause and annex has an ``id`` (see
    :mod:`authoring.project.outline`); a clause without a ``number`` is numbered by its place.
    """

    foreword: Section | None = None
    introduction: Section | None = None
    clauses: list[Clause] = []
    annexes: list[Annex] = []
    bibliography: list[Reference] | None = None

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        data = _blocks_shorthand(dict(data))
        for key in ("clauses", "annexes"):
            if data.get(key) is None and key in data:
                data[key] = []
        _number_placeholders(data.get("clauses"))
        for annex in data.get("annexes") or []:
            if isinstance(annex, dict):
                annex.setdefault("letter", "")
                _number_placeholders(annex.get("children"))
        return data


def _number_placeholders(clauses: Any) -> None:
    # ``number`` may be left out (numbered by place when composed); the model needs a string.
    for clause in clauses or []:
        if isinstance(clause, dict):
            clause.setdefault("number", "")
            _number_placeholders(clause.get("children"))


class LintSettings(_Model):
    """Lint rules the committee switched off for this project."""

    disabled: list[str] = []


#: Parts of a version 1 file that a version 2 file keeps in its ``body`` (or, for an item's
#: provisions and indicators, in the clauses its links point at).
V1_ONLY = ("scope", "normative_references", "terms_from", "terms", "chapters", "annexes", "bibliography")


def standard_code(kind: Kind, code: str) -> str:
    """``metadata.code`` as the number prints it, however the committee wrote it: a local standard's code with
    its DB (``31`` and ``db31/T`` are ``DB31``: 31/T 1234—2025 is no number), a group's, an enterprise's or an
    industry's without the letters the kind adds (``T/CNSS`` is ``CNSS``, ``MZ/T`` is ``MZ``). A code of X alone
    (``XXXX``, ``DBXX``: what a draft prints while its code is not known) is no code.

    >>> [standard_code(Kind.LOCAL, c) for c in ("31", "db3101/t", "DB31", "")]
    ['DB31', 'DB3101', 'DB31', '']
    >>> [standard_code(k, c) for k, c in ((Kind.GROUP, "t/cnss"), (Kind.INDUSTRY, "MZ/T"), (Kind.GROUP, "XXXX"))]
    ['CNSS', 'MZ', '']
    """
    text = "".join(code.split()).upper().replace("／", "/")
    if not text:
        return code
    if kind == Kind.LOCAL:
        text = text.removesuffix("/T").removeprefix("DB")
        return "" if set(text) <= {"X", "×"} else ("DB" + text if text.isdigit() else code)
    if kind in (Kind.GROUP, Kind.ENTERPRISE, Kind.INDUSTRY):
        text = text.removeprefix({Kind.GROUP: "T/", Kind.ENTERPRISE: "Q/"}.get(kind, "\0"))
        text = text.removesuffix("/T") if kind == Kind.INDUSTRY else text
        return "" if set(text) <= {"X", "×"} else text
    return code


class Project(_Model):
    """An author's project: metadata, front matter, and a decision per checklist item."""

    version: Literal[1, 2] = 1
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
    body: Body | None = None
    # The folder of the project file it was read from (set by authoring.project.file), where the paths of its
    # pictures start; None for a project held in memory only (its paths start where the command runs).
    _folder: Path | None = PrivateAttr(default=None)

    @property
    def folder(self) -> Path | None:
        """The folder the paths of the project's pictures are relative to (the project file's)."""
        return self._folder

    @model_validator(mode="before")
    @classmethod
    def _blank_sections(cls, data: Any) -> Any:
        # ``metadata:``, ``lint:`` or ``body:`` left empty means the defaults.
        if isinstance(data, dict):
            data = {k: v for k, v in data.items() if not (v is None and k in ("metadata", "lint", "body"))}
        return data

    @field_validator("version", mode="before")
    @classmethod
    def _known_version(cls, version: Any) -> Any:
        # A later format (saved by a newer stdauthor) is told as such, not as a wrong value (QA pass 13, B5).
        if isinstance(version, int) and not isinstance(version, bool) and version > 2:
            raise InvalidValue(f"项目文件的格式版本为 {version}，比本程序能读的（1、2）新：请升级 stdauthor 后再打开",
                               f"the project file's format version is {version}, newer than this stdauthor reads "
                               "(1, 2): upgrade stdauthor to open it")
        return version

    @field_validator("metadata", mode="after")
    @classmethod
    def _code_as_printed(cls, meta: Metadata) -> Metadata:
        code = standard_code(meta.kind, meta.code)
        return meta if code == meta.code else replace(meta, code=code)

    @model_validator(mode="after")
    def _parts_of_the_version(self) -> "Project":
        if self.version == 1:
            if self.body is not None:
                raise InvalidValue("使用 body 时应写 version: 2", "body needs version: 2")
            if any(e.links for e in self.items.values()):
                raise InvalidValue("使用 links 时应写 version: 2", "links need version: 2")
            return self
        used = [name for name in V1_ONLY if getattr(self, name)]
        if used:
            raise InvalidValue(f"{used[0]} 属于第 1 版项目文件；第 2 版写在 body 中",
                                   f"{used[0]} is part of a version 1 file; in version 2 it is written in body")
        if self.body is None:
            self.body = Body()
        return self

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
    ids = _outline_ids(project.body, out) if project.body is not None else {}
    for item_id, entry in project.items.items():
        item = known.get(item_id)
        if item is None:
            out.append(Problem(
                loc=("items", item_id),
                zh=f"检查清单 {checklist.id} 中没有条目 {item_id}",
                en=f"checklist {checklist.id} has no item {item_id}",
            ))
            continue
        for index, link in enumerate(entry.links):
            if link.clause not in ids:
                out.append(Problem(
                    loc=("items", item_id, "links", index),
                    zh=f"条目 {item_id} 链接的条款 {link.clause} 不在 body 中",
                    en=f"item {item_id} links to clause {link.clause}, which is not in body",
                ))
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


def _outline_ids(body: Body, out: list[Problem]) -> dict[str, tuple[str | int, ...]]:
    """Every clause and annex id of ``body`` with its key path; a repeated id is a problem."""
    seen: dict[str, tuple[str | int, ...]] = {}

    def note(node_id: str, loc: tuple[str | int, ...]) -> None:
        if not node_id:
            return
        if node_id in seen:
            out.append(Problem(loc=(*loc, "id"), zh=f"条款 id {node_id} 重复", en=f"clause id {node_id} is used twice"))
        else:
            seen[node_id] = loc

    def clauses(items: list[Clause], loc: tuple[str | int, ...]) -> None:
        for k, clause in enumerate(items):
            note(clause.id, (*loc, k))
            clauses(clause.children, (*loc, k, "children"))

    if body.introduction is not None:
        clauses(body.introduction.children, ("body", "introduction", "children"))
    clauses(body.clauses, ("body", "clauses"))
    for k, annex in enumerate(body.annexes):
        note(annex.id, ("body", "annexes", k))
        clauses(annex.children, ("body", "annexes", k, "children"))
    return seen
