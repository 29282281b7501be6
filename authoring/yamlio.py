"""Read YAML the user wrote: bounded, line-aware, and with one clear error per problem.

Both checklist packs and project files go through here. The loader keeps ruamel's
round-trip nodes, so comments and key order survive a later save, and so that a pydantic
validation error can be traced back to the line that caused it.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.composer import Composer
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import (
    AliasEvent, MappingEndEvent, MappingStartEvent, ScalarEvent, SequenceEndEvent, SequenceStartEvent,
)
from ruamel.yaml.reader import ReaderError

from authoring.errors import InputError
from authoring.text import CONTROL_CHARS

MAX_YAML_BYTES = 8 * 1024 * 1024
MAX_ALIASES = 100
#: Nodes that aliases may add when expanded: a few aliases can stand for millions of nodes
#: ("billion laughs"), and everything after parsing walks the expanded tree.
MAX_ALIAS_NODES = 20_000
#: Collections nested deeper than this are refused before ruamel's scanner, which slows down
#: with the square of the depth of flow collections, gets far into them.
MAX_DEPTH = 100

M = TypeVar("M", bound=BaseModel)

# C0/C1 controls other than tab and newlines: ruamel rejects them, and they are what a
# paste from a PDF leaves behind.
_CONTROL = CONTROL_CHARS


def new_yaml() -> YAML:
    """A round-trip YAML instance configured the way project files are written."""
    yaml = YAML(typ="rt")
    yaml.allow_unicode = True
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def read_text(path: Path) -> tuple[str, str]:
    """Read a text file, returning ``(text, encoding)``.

    UTF-8 (with or without BOM) is expected; a file saved as GBK/GB18030 by an older editor
    is read too, and its encoding is reported so a save can keep it.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError("文件不存在", "file not found", path=path) from None
    except OSError as exc:
        raise InputError(f"无法读取：{exc.strerror}", f"cannot read: {exc.strerror}", path=path) from None
    if path.is_dir():
        raise InputError("这是一个文件夹，不是文件", "this is a folder, not a file", path=path)
    if size > MAX_YAML_BYTES:
        raise InputError(
            f"文件过大（{size // 1024} KB），上限为 {MAX_YAML_BYTES // 1024 // 1024} MB",
            f"file too large ({size // 1024} KB); the limit is {MAX_YAML_BYTES // 1024 // 1024} MB",
            path=path,
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"无法读取：{exc.strerror}", f"cannot read: {exc.strerror}", path=path) from None
    if raw.startswith(b"\xef\xbb\xbf"):
        # A BOM says UTF-8: bytes that are not UTF-8 after it are an error, not GBK.
        try:
            return raw[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise _undecodable(raw, exc.start + 3, path, bom=True) from None
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        try:
            return raw.decode("gb18030"), "gb18030"
        except UnicodeDecodeError:
            raise _undecodable(raw, exc.start, path, bom=False) from None


def _undecodable(raw: bytes, offset: int, path: Path, *, bom: bool) -> InputError:
    line = raw[:offset].count(b"\n") + 1
    if bom:
        return InputError(
            "文件以 UTF-8 标记（BOM）开头，但含有不是 UTF-8 的字节", "the file starts with a UTF-8 BOM but holds bytes "
            "that are not UTF-8", path=path, line=line,
        )
    return InputError(
        "文件编码无法识别（不是 UTF-8 或 GBK）", "unknown text encoding (neither UTF-8 nor GBK)", path=path, line=line,
    )


def _check_controls(text: str, path: Path) -> None:
    match = _CONTROL.search(text)
    if match:
        line = text.count("\n", 0, match.start()) + 1
        code = f"U+{ord(match.group()):04X}"
        raise InputError(
            f"含有不可见的控制字符 {code}（常见于从 PDF 粘贴的文字），请删除后再试",
            f"contains the invisible control character {code} (often pasted from a PDF); remove it",
            path=path, line=line,
        )


def _check_events(yaml: YAML, text: str, path: Path) -> None:
    """Refuse too many aliases, aliases that expand to too many nodes, and absurd nesting.

    One pass over the parser's events, before anything is composed: every node is counted
    once, and an alias as the size of the node its anchor names, so the count is the size of
    the tree a later walk sees. The parser pulls tokens lazily, so the pass stops within a line
    of the first problem.
    """
    aliases = 0
    added = 0
    sizes: dict[str, int] = {}
    open_anchors: set[str] = set()
    stack: list[list[Any]] = []  # [node count, anchor] per open collection
    for event in yaml.parse(io.StringIO(text)):
        line = event.start_mark.line + 1 if event.start_mark else None
        if isinstance(event, (SequenceStartEvent, MappingStartEvent)):
            if len(stack) >= MAX_DEPTH:
                raise InputError(
                    f"YAML 嵌套过深（超过 {MAX_DEPTH} 层）", f"YAML nested too deeply (more than {MAX_DEPTH} levels)",
                    path=path, line=line,
                )
            stack.append([1, event.anchor])
            if event.anchor:
                open_anchors.add(event.anchor)
            continue
        if isinstance(event, (SequenceEndEvent, MappingEndEvent)):
            count, anchor = stack.pop()
            if anchor:
                sizes[anchor] = count
                open_anchors.discard(anchor)
        elif isinstance(event, ScalarEvent):
            count = 1
            if event.anchor:
                sizes[event.anchor] = 1
        elif isinstance(event, AliasEvent):
            aliases += 1
            if aliases > MAX_ALIASES:
                raise InputError(
                    f"YAML 别名（*引用）超过 {MAX_ALIASES} 个，拒绝展开",
                    f"more than {MAX_ALIASES} YAML aliases; refusing to expand them",
                    path=path, line=line,
                )
            if event.anchor in open_anchors:
                raise InputError(
                    f"YAML 别名 *{event.anchor} 引用了包含它自身的节点", f"YAML alias *{event.anchor} refers to a node "
                    "that contains it", path=path, line=line,
                )
            count = sizes.get(event.anchor, 1)
            added += count
            if added > MAX_ALIAS_NODES:
                raise InputError(
                    f"YAML 别名展开后超过 {MAX_ALIAS_NODES} 个节点，拒绝展开",
                    f"YAML aliases expand to more than {MAX_ALIAS_NODES} nodes; refusing to expand them",
                    path=path, line=line,
                )
        else:
            continue
        if stack:
            stack[-1][0] += count


def _yaml_error(exc: YAMLError, path: Path, text: str) -> InputError:
    line = None
    problem = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if isinstance(exc, ReaderError):
        # A character YAML does not allow; ruamel gives its offset, not its line.
        line = text.count("\n", 0, max(exc.position, 0)) + 1 if isinstance(exc.position, int) else None
        code = f"U+{exc.character:04X}" if isinstance(exc.character, int) else repr(exc.character)
        return InputError(f"含有 YAML 不允许的字符 {code}，请删除后再试",
                          f"contains the character {code}, which YAML does not allow; remove it",
                          path=path, line=line)
    if isinstance(exc, MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        if mark is not None:
            line = mark.line + 1
        problem = exc.problem or exc.context or problem
        if "found duplicate key" in (exc.problem or "") or "duplicate key" in str(exc):
            key = re.search(r'duplicate key "([^"]*)"', str(exc))
            name = key.group(1) if key else ""
            return InputError(f"重复的键 {name}", f"duplicate key {name}", path=path, line=line)
    return InputError(f"YAML 格式错误：{problem}", f"invalid YAML: {problem}", path=path, line=line)


def parse_yaml(text: str, path: Path) -> Any:
    """Parse YAML ``text`` from ``path`` into round-trip nodes, with bounded aliases and nesting."""
    _check_controls(text, path)
    yaml = new_yaml()
    try:
        _check_events(yaml, text, path)
        return yaml.load(text)
    except YAMLError as exc:
        raise _yaml_error(exc, path, text) from None
    except RecursionError:
        raise InputError("YAML 嵌套过深", "YAML nested too deeply", path=path) from None


def load_yaml(path: str | Path) -> tuple[Any, str]:
    """Read and parse a YAML file, returning ``(data, encoding)``."""
    file = Path(path)
    text, encoding = read_text(file)
    return parse_yaml(text, file), encoding


def line_of(data: Any, loc: tuple[Any, ...]) -> int | None:
    """The 1-based line of the node at ``loc`` in round-trip ``data``, or of its nearest parent."""
    node = data
    best: int | None = None
    for key in loc:
        if isinstance(node, CommentedMap) and key in node:
            try:
                best = node.lc.key(key)[0] + 1
            except (KeyError, TypeError):
                pass
            node = node[key]
        elif isinstance(node, CommentedSeq) and isinstance(key, int) and 0 <= key < len(node):
            try:
                best = node.lc.item(key)[0] + 1
            except (KeyError, TypeError, IndexError):
                pass
            node = node[key]
        else:
            break
    if best is None and hasattr(data, "lc"):
        best = (data.lc.line or 0) + 1
    return best


def _describe(error: dict[str, Any]) -> tuple[str, str]:
    loc = ".".join(str(part) for part in error["loc"])
    kind = error["type"]
    if kind == "extra_forbidden":
        return f"未知字段 “{loc}”", f"unknown field '{loc}'"
    if kind == "missing":
        return f"缺少必填字段 “{loc}”", f"missing required field '{loc}'"
    value = error.get("input")
    if kind == "string_type" and isinstance(value, (int, float)):
        return (
            f"字段 “{loc}” 应为文字，却写成了数字 {value}（请加引号，如 \"{value}\"）",
            f"field '{loc}' must be text, not the number {value} (quote it: \"{value}\")",
        )
    msg = error["msg"]
    shown = "" if isinstance(value, (dict, list)) or value is None else f"（{str(value)[:40]}）"
    shown_en = "" if not shown else f" ({str(value)[:40]})"
    return f"字段 “{loc}” 无效{shown}：{msg}", f"invalid field '{loc}'{shown_en}: {msg}"


def validate(model: type[M], data: Any, path: str | Path) -> M:
    """Validate round-trip ``data`` against ``model``; the first error names its file and line."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = tuple(first["loc"])
        # The pydantic location of an unknown field ends in the field itself; when it comes
        # from a discriminated union it also holds the tag, which is not a key in the data.
        line = line_of(data, _data_path(data, loc))
        zh, en = _describe(first)
        raise InputError(zh, en, path=path, line=line) from None


def _data_path(data: Any, loc: tuple[Any, ...]) -> tuple[Any, ...]:
    """Drop pydantic's union tags from ``loc`` so it walks the data."""
    out: list[Any] = []
    node = data
    for key in loc:
        if isinstance(node, dict) and key in node:
            out.append(key)
            node = node[key]
        elif isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node):
            out.append(key)
            node = node[key]
    return tuple(out)


class _Unusual(Exception):
    pass


class _CountingComposer(Composer):
    """A composer that gives up on any alias or on nesting past ``MAX_DEPTH``.

    The round-trip loader then reads the file again, bounds what the aliases expand to, and
    reports a problem with its line. Giving up as soon as the depth is passed also stops the
    scanner before deep flow collections get slow.
    """

    def __init__(self, loader: Any = None) -> None:
        super().__init__(loader)
        self.depth = 0

    def return_alias(self, a: Any) -> Any:
        raise _Unusual

    def compose_node(self, parent: Any, index: Any) -> Any:
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                raise _Unusual
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def quick_load(path: str | Path) -> Any | None:
    """The plain data of a YAML file read by ruamel's safe loader, or None if anything is unusual.

    For files read on every start (checklist packs): the round-trip loader, with its separate
    pass over events, takes about twice as long. ruamel.yaml here has no C extension, so this
    is the pure safe loader. A file with control characters, any alias, deep nesting or anything
    the safe loader rejects gets None: the round-trip loader reads it again and reports the
    problem with its line (:func:`load_yaml`).
    """
    try:
        text, _ = read_text(Path(path))
    except InputError:
        return None
    if _CONTROL.search(text):
        return None
    yaml = YAML(typ="safe", pure=True)
    yaml.Composer = _CountingComposer
    try:
        return yaml.load(text)
    except Exception:  # noqa: BLE001 - whatever it is, the round-trip loader will say it properly
        return None
