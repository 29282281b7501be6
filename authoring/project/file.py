"""The project file on disk: load, scaffold, edit in place, and save without losing anything.

A :class:`ProjectFile` keeps ruamel's round-trip data, so the comments and key order a
person wrote survive every edit the studio makes, and the encoding the file came in (a GBK
file stays GBK). Saving is atomic; the first save over an existing file keeps a copy of
what was there as ``NAME.yaml.bak``, unless a backup is there already (the first one is kept, over
any number of sessions); a file changed on disk by someone else since it was
loaded is not overwritten unless asked.
"""

from __future__ import annotations

import copy
import io
import json
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
from pydantic import BaseModel
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from authoring._paths import template_path
from authoring.atomic import atomic_write_bytes
from authoring.checklist import Checklist, load_packs
from authoring.document import FunctionType, Kind, Metadata
from authoring.errors import InputError, OutputError
from authoring.project.model import ITEM_STATUSES, Indicator, Link, Project, problems
from authoring.project.yamledit import set_key
from authoring.records import Record, field_names, to_data
from authoring.yamlio import line_of, new_yaml, parse_yaml, read_text, validate

__all__ = ["ProjectFile", "load_project", "new_project", "project_from_data", "NEW_PROJECT_NAME"]

NEW_PROJECT_NAME = "新项目.yaml"
_ITEM_KEYS = ("status", "reason", "provisions", "indicators", "methods")


class ProjectFile:
    """A project file: round-trip data, where it lives, and how it is encoded.

    Args:
        data: the ruamel round-trip mapping.
        path: the file it was read from (``None`` for a project not saved yet).
        encoding: the text encoding to save in.
        text: the exact text read from disk, so an unchanged project saves byte for byte.
    """

    def __init__(self, data: CommentedMap, *, path: str | Path | None = None,
                 encoding: str = "utf-8", text: str | None = None):
        self.data = data
        self.path = Path(path) if path is not None else None
        self.encoding = encoding
        self._text = text
        self._disk: bytes | None = (
            text.encode(encoding) if text is not None and path is not None else None
        )
        # The text last read from or written to disk, and the project it holds (kept by the first
        # edit after): edits that bring the project back to it make it clean again.
        self._clean_text = text if self._disk is not None else None
        self._clean_project: Project | None = None
        self._dirty_at, self._dirty = -1, True
        self._backed_up = False
        # Counts the edits that went in, so the studio's undo knows whether a step changed anything.
        self.revision = 0
        # Set by migrate(): the next save over the file keeps the version 1 original as NAME.yaml.v1.bak.
        self._v1_original = False
        # A file written on Windows keeps its CRLF line ends when saved again.
        self._newline = "\r\n" if text is not None and "\r\n" in text else "\n"
        # Pictures not written yet (an imported draft's, by their bare names: see authoring.project.pictures),
        # which the first save writes into the NAME.assets folder beside the file.
        self.assets: dict[str, bytes] = {}
        self._project = self._validate(data)

    # -- reading ---------------------------------------------------------------------

    @property
    def where(self) -> str:
        """The path used in messages."""
        return str(self.path) if self.path is not None else NEW_PROJECT_NAME

    @property
    def project(self) -> Project:
        """The validated project."""
        return self._project

    @property
    def version(self) -> int:
        """1 for a project composed from its items, 2 for one with its own outline (``body``)."""
        return self._project.version

    def migrate(self, checklist: Checklist) -> None:
        """Turn a version 1 project into version 2 in memory (see :func:`outline.migrate`).

        Nothing is written: the file on disk stays as it is until :meth:`save`, which then
        keeps the original as ``NAME.yaml.v1.bak`` beside it.
        """
        from authoring.project.outline import migrate, project_data

        if self.version == 2:
            return
        self.check(checklist)
        text = _V2_HEADER + _dump(project_data(migrate(self._project, checklist)))
        self.data = parse_yaml(text, Path(self.where))
        self._project = self._validate(self.data)
        self._text = None  # not saved yet: the next save writes the data (the header comment kept)
        self._v1_original = self._disk is not None

    @property
    def dirty(self) -> bool:
        """True when there are changes not saved yet (or the project was never saved).

        Edits that bring the data back to what was last read or saved (an undo, a word typed and
        deleted again, an empty list where there was none) leave nothing to save: the project is
        compared with it once per revision."""
        if self._disk is None:
            return True
        if self._text is not None:
            return False
        if self._dirty_at != self.revision:
            clean = self._clean_project
            self._dirty_at = self.revision
            self._dirty = clean is None or self._v1_original or self._clean_text is None or self._project != clean
            if not self._dirty:
                self._text = self._clean_text  # an unchanged project saves byte for byte
        return self._dirty

    def _validate(self, data: Any) -> Project:
        if data is None:
            raise InputError("项目文件为空", "the project file is empty", path=self.where, line=1)
        if not isinstance(data, CommentedMap):
            raise InputError("项目文件应为一个 YAML 映射（键: 值）",
                             "a project file must be a YAML mapping (key: value)", path=self.where, line=1)
        items = data.get("items")
        if isinstance(items, CommentedMap):
            for key, entry in items.items():
                self._precheck_item(data, key, entry)
        from authoring.project.pictures import refuse_outside

        refuse_outside(data, self.where)
        project = validate(Project, data, self.where)
        project._folder = self.path.parent if self.path is not None else None
        return project

    def _precheck_item(self, data: CommentedMap, key: Any, entry: Any) -> None:
        """Problems a person makes by hand, said more plainly than a schema error would."""
        if not isinstance(key, str):
            raise InputError(
                f"条目编号 {key} 须加引号，写作 \"{key}\"（否则 YAML 把它读成数字）",
                f"item id {key} must be quoted as \"{key}\" (YAML reads it as a number)",
                path=self.where, line=line_of(data, ("items", key)),
            )
        if isinstance(entry, dict) and entry.get("status") == "not-applicable":
            if not str(entry.get("reason") or "").strip():
                raise InputError(
                    f"条目 {key} 标为不适用（not-applicable），须在 reason 中写明理由",
                    f"item {key} is not-applicable: give the reason in 'reason'",
                    path=self.where, line=line_of(data, ("items", key, "status")),
                )

    def check(self, checklist: Checklist) -> None:
        """Raise :class:`InputError` (with the line) for the first id ``checklist`` does not know."""
        found = problems(self._project, checklist)
        if found:
            first = found[0]
            raise InputError(first.zh, first.en, path=self.where, line=line_of(self.data, first.loc))

    def dumps(self) -> str:
        """The YAML text of the current data."""
        out = io.StringIO()
        new_yaml().dump(self.data, out)
        return out.getvalue()

    # -- saving ----------------------------------------------------------------------

    def save(self, path: str | Path | None = None, *, force: bool = False) -> Path:
        """Write the project atomically and return where it went.

        Saving over the file it was loaded from keeps one backup (``NAME.yaml.bak``) the
        first time, never replacing one already there (from an earlier session), and refuses
        when the file changed on disk since it was read, unless ``force``. Saving to another
        existing file also needs ``force``.
        """
        target = Path(path) if path is not None else self.path
        if target is None:
            raise OutputError("请指定保存路径", "no path to save to", path=self.where)
        own = self.path is not None and _same_file(target, self.path)
        current: bytes | None = None
        if target.exists():
            current = target.read_bytes()
            if own and self._disk is not None and current != self._disk and not force:
                raise OutputError(
                    "文件在打开后被其他程序修改过，为免覆盖他人的修改，未保存",
                    "the file changed on disk since it was opened; not saved, to keep those changes",
                    path=target,
                )
            if not own and not force:
                raise OutputError("文件已存在，未覆盖（使用 --force 覆盖）",
                                  "file exists; not overwritten (use --force)", path=target)
        self._store_pictures(target)
        text = self._text if self._text is not None else self.dumps().replace("\n", self._newline)
        payload = text.encode(self.encoding)
        if current is not None:
            if current == payload:
                self._saved(target, text, payload)
                return target
            if own and self._v1_original:
                original = target.with_name(target.name + ".v1.bak")
                if not original.exists():
                    atomic_write_bytes(original, current)
                self._v1_original = False
                self._backed_up = True
            if not self._backed_up:
                backup = target.with_name(target.name + ".bak")
                # The first backup is kept: a later session saving over its own file leaves the
                # NAME.yaml.bak of the file as it was before it was first changed (README: "keeping
                # the first NAME.yaml.bak"). Overwriting another file (import --force) still backs
                # that file up.
                if not (own and backup.exists()):
                    atomic_write_bytes(backup, current)
                self._backed_up = True
        atomic_write_bytes(target, payload)
        self._saved(target, text, payload)
        return target

    def _saved(self, target: Path, text: str, payload: bytes) -> None:
        moved = self.path is None or not _same_file(target, self.path)
        self.path, self._text, self._disk = target, text, payload
        self._clean_text, self._clean_project = text, None
        self.assets = {}
        if moved:  # the paths of its pictures start at its new folder
            self._project._folder = target.parent

    def _store_pictures(self, target: Path) -> None:
        """Write the pictures waiting in :attr:`assets` into ``target``'s NAME.assets folder, and copy those of a
        project saved to another folder along; their references in the data follow (see
        :func:`authoring.project.pictures.store`). Before the file itself: it never refers to a picture not there."""
        from authoring.project.pictures import store

        if not self.assets and (self.path is None or _same_file(target.parent, self.path.parent)):
            return
        if store(self.data, self.assets, self.path, target):
            self._project = self._validate(self.data)
            self._text = None

    # -- editing (the studio's verbs) -------------------------------------------------

    def _edit(self, change: Callable[[], None]) -> None:
        """Apply ``change`` to the data; undo it if the result does not validate."""
        before = copy.deepcopy(self.data)
        if self._text is not None and self._disk is not None:
            self._clean_project = self._project  # as saved: to tell when edits come back to it
        try:
            change()
            self._project = self._validate(self.data)
        except Exception:
            self.data = before
            raise
        self._text = None
        self.revision += 1

    def _items(self) -> CommentedMap:
        items = self.data.get("items")
        if not isinstance(items, CommentedMap):
            set_key(self.data, "items", {})
            items = self.data["items"]
        return items

    def _item(self, item_id: str) -> CommentedMap:
        items = self._items()
        if item_id not in items:
            set_key(items, DoubleQuotedScalarString(item_id), {"status": "todo"})
        node = items[item_id]
        if not isinstance(node, CommentedMap):
            set_key(items, item_id, {"status": "todo"})
            node = items[item_id]
        return node

    def set_status(self, item_id: str, status: str, reason: str | None = None) -> None:
        """Mark an item addressed, not applicable (needs a reason) or todo."""
        if status not in ITEM_STATUSES:
            raise InputError(f"未知状态 {status}", f"unknown status {status}", path=self.where)

        def change() -> None:
            node = self._item(item_id)
            set_key(node, "status", status)
            if reason is not None:
                set_key(node, "reason", reason, after=("status",))

        self._edit(change)

    def toggle_method(self, item_id: str, method_id: str) -> bool:
        """Choose or drop an implementation method; returns whether it is now chosen."""
        chosen = method_id not in self._project.entry(item_id).methods
        methods = [m for m in self._project.entry(item_id).methods if m != method_id]
        if chosen:
            methods.append(method_id)
        self._edit(lambda: set_key(self._item(item_id), "methods", methods, after=_ITEM_KEYS[:4]))
        return chosen

    def set_provisions(self, item_id: str, provisions: list[str]) -> None:
        """Replace an item's provisions (one text each)."""
        texts = [p.strip() for p in provisions if p.strip()]
        self._edit(lambda: set_key(self._item(item_id), "provisions", texts, after=_ITEM_KEYS[:2]))

    def set_indicators(self, item_id: str, indicators: list[Indicator | dict[str, Any]]) -> None:
        """Replace an item's quantified indicators."""
        rows = [
            (i if isinstance(i, Indicator) else Indicator.model_validate(i)).model_dump(exclude_defaults=True)
            for i in indicators
        ]
        self._edit(lambda: set_key(self._item(item_id), "indicators", rows, after=_ITEM_KEYS[:3]))

    def toggle_link(self, item_id: str, clause_id: str) -> bool:
        """Link the item to a clause of the outline (version 2), or unlink it; returns whether it is
        now linked. A proposed link to that clause is accepted (its flag dropped), not toggled off."""
        if self.version != 2:
            raise InputError("只有第 2 版项目的条目可以链接条款", "only the items of a version 2 project link to clauses",
                             path=self.where)
        links = list(self._project.entry(item_id).links)
        existing = next((k for k in links if k.clause == clause_id), None)
        if existing is not None and not existing.proposed:
            links.remove(existing)
            linked = False
        else:
            links = [k for k in links if k.clause != clause_id] + [Link(clause=clause_id)]
            linked = True
        rows = [k.clause if not k.proposed else k.model_dump(mode="json", exclude_defaults=True) for k in links]
        self._edit(lambda: set_key(self._item(item_id), "links", rows, after=_ITEM_KEYS))
        return linked

    def edit_outline(self, change: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Apply an outline edit of :mod:`authoring.project.outline_edit` to ``body`` (version 2); its result.

        A deleted clause takes the items' links to it (and to its subclauses) with it.
        """
        from authoring.project import outline_edit

        if self.version != 2:
            raise InputError("只有第 2 版项目有自己的大纲", "only a version 2 project has an outline of its own",
                             path=self.where)
        out: list[Any] = []

        def apply() -> None:
            if not isinstance(self.data.get("body"), CommentedMap):
                set_key(self.data, "body", {"clauses": []})
            try:
                out.append(change(self.data["body"], *args, **kwargs))
            except outline_edit.OutlineError as exc:
                raise InputError(f"大纲中没有条款 {exc}", f"the outline has no clause {exc}", path=self.where) from None
            if change is outline_edit.delete_clause:
                self._drop_links(set(out[0]))

        self._edit(apply)
        return out[0]

    def _drop_links(self, gone: set[str]) -> None:
        items = self.data.get("items")
        if not isinstance(items, CommentedMap):
            return
        for entry in items.values():
            links = entry.get("links") if isinstance(entry, CommentedMap) else None
            if not isinstance(links, list):
                continue
            kept = [k for k in links if (k if isinstance(k, str) else k.get("clause")) not in gone]
            if len(kept) != len(links):
                if kept:
                    entry["links"] = kept
                else:
                    del entry["links"]

    def snapshot(self) -> bytes:
        """The data as it is now, for :meth:`restore` (the studio's undo): its YAML text, compressed.

        A hundred undo levels of a large imported draft (an 88 KB project) take some 2 MB this way
        against some 90 MB as copies of the parsed data, for ~25 ms more per edit there."""
        return zlib.compress(self.dumps().encode("utf-8"), 1)

    def restore(self, data: bytes | CommentedMap) -> None:
        """Put back data taken with :meth:`snapshot`."""
        if isinstance(data, bytes):
            data = parse_yaml(zlib.decompress(data).decode("utf-8"), Path(self.where))
        self._project = self._validate(data)
        self.data = data
        self._text = None
        self.revision += 1

    def set_field(self, key: str, value: Any) -> None:
        """Set a top-level part of the project (``scope``, ``terms``, ``bibliography`` …).

        Models (a :class:`Term`, a :class:`RefEntry`) are written as plain mappings.
        """
        if key not in Project.model_fields or key in ("items", "metadata"):
            raise InputError(f"不能直接设置 {key}", f"cannot set {key} directly", path=self.where)
        self._edit(lambda: set_key(self.data, key, _plain(value)))

    def set_metadata(self, **fields: Any) -> None:
        """Set metadata fields (``title_zh=…``, ``function="规范"``, ``drafters=[…]``)."""
        unknown = sorted(set(fields) - set(field_names(Metadata)))
        if unknown:
            raise InputError(f"未知的元数据字段 {unknown[0]}", f"unknown metadata field {unknown[0]}",
                             path=self.where)

        def change() -> None:
            if not isinstance(self.data.get("metadata"), CommentedMap):
                set_key(self.data, "metadata", {})
            meta = self.data["metadata"]
            for name, value in fields.items():
                if isinstance(value, (Kind, FunctionType)):
                    value = value.value
                set_key(meta, name, value)

        self._edit(change)


def _plain(value: Any) -> Any:
    """Models (pydantic or records) and lists of them as the dicts and lists YAML holds."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", exclude_defaults=True)
    if isinstance(value, Record):
        return to_data(value, exclude_defaults=True)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


_V2_HEADER = (
    "# stdauthor 项目文件（第 2 版）：body 是标准正文的大纲，items 记录每个条目的决定及其链接的条款 id。\n"
    "# stdauthor project file, version 2: body is the standard's outline; items hold each decision\n"
    "# and the ids of the clauses that address it. Format: README.md, templates/project-v2.schema.json\n"
)


def _dump(data: Any) -> str:
    out = io.StringIO()
    new_yaml().dump(data, out)
    return out.getvalue()


def project_from_data(data: dict[str, Any], *, header: str = _V2_HEADER) -> ProjectFile:
    """A new (unsaved) project file holding plain ``data``, written as YAML under ``header``."""
    text = header + _dump(data)
    return ProjectFile(parse_yaml(text, Path(NEW_PROJECT_NAME)), path=None, encoding="utf-8", text=text)


def load_project(path: str | Path) -> ProjectFile:
    """Read and validate a project file (one-line :class:`InputError` with file:line on bad input)."""
    file = Path(path)
    text, encoding = read_text(file)
    data = parse_yaml(text, file)
    return ProjectFile(data, path=file, encoding=encoding, text=text)


def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(template_path("."))),
        undefined=jinja2.StrictUndefined, keep_trailing_newline=True, autoescape=False,
    )
    # JSON strings are valid YAML double-quoted scalars, whatever the user typed.
    env.filters["q"] = lambda value: json.dumps(str(value), ensure_ascii=False)
    env.filters["one_line"] = lambda value: " ".join(str(value).split())
    return env


def new_project(title_zh: str, *, kind: Kind | str = Kind.GBT,
                function: FunctionType | str = FunctionType.SPECIFICATION,
                stage: str = "征求意见稿", checklist: Checklist | str = "excellence-guide",
                version: int = 2, seed: str = "guide", chapters: list[str] | None = None) -> ProjectFile:
    """A new project listing every checklist item as ``todo``, each under a comment with its title.

    A version 2 project (the default) starts its outline from ``seed`` (see
    :mod:`authoring.project.seed`: ``guide``, ``blank`` or ``chapters`` with ``chapters``); a
    version 1 project is composed from its items, the chapters following the guide.
    """
    pack = checklist if isinstance(checklist, Checklist) else load_packs().get(checklist)
    meta = validate(Metadata, {"title_zh": title_zh, "kind": _value(kind), "function": _value(function),
                               "stage": stage}, NEW_PROJECT_NAME)
    values = dict(title=meta.title_zh, kind=meta.kind.value, function=meta.function.value, stage=meta.stage,
                  checklist=pack)
    if version == 1:
        text = _env().get_template("project_new.yaml.j2").render(**values)
    else:
        from authoring.project.outline import body_data
        from authoring.project.seed import seed_outline

        text = _env().get_template("project_new_v2.yaml.j2").render(**values)
        text = text.rstrip("\n") + "\n" + _dump({"body": body_data(seed_outline(meta, pack, seed, chapters=chapters))})
    data = parse_yaml(text, Path(NEW_PROJECT_NAME))
    return ProjectFile(data, path=None, encoding="utf-8", text=text)


def _value(value: Any) -> Any:
    return value.value if isinstance(value, (Kind, FunctionType)) else value
