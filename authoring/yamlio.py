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
from ruamel.yaml.events import AliasEvent

from authoring.errors import InputError
from authoring.text import CONTROL_CHARS

MAX_YAML_BYTES = 8 * 1024 * 1024
MAX_ALIASES = 100

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
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        try:
            return raw.decode("gb18030"), "gb18030"
        except UnicodeDecodeError:
            line = raw[: exc.start].count(b"\n") + 1
            raise InputError(
                "文件编码无法识别（不是 UTF-8 或 GBK）", "unknown text encoding (neither UTF-8 nor GBK)",
                path=path, line=line,
            ) from None


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


def _check_aliases(yaml: YAML, text: str, path: Path) -> None:
    count = 0
    for event in yaml.parse(io.StringIO(text)):
        if isinstance(event, AliasEvent):
            count += 1
            if count > MAX_ALIASES:
                line = event.start_mark.line + 1 if event.start_mark else None
                raise InputError(
                    f"YAML 别名（*引用）超过 {MAX_ALIASES} 个，拒绝展开",
                    f"more than {MAX_ALIASES} YAML aliases; refusing to expand them",
                    path=path, line=line,
                )


def _yaml_error(exc: YAMLError, path: Path) -> InputError:
    line = None
    problem = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
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
    """Parse YAML ``text`` from ``path`` into round-trip nodes, with bounded aliases."""
    _check_controls(text, path)
    yaml = new_yaml()
    try:
        _check_aliases(yaml, text, path)
        return yaml.load(text)
    except YAMLError as exc:
        raise _yaml_error(exc, path) from None
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


class _TooManyAliases(Exception):
    pass


class _CountingComposer(Composer):
    """A composer that refuses more than ``MAX_ALIASES`` aliases, as the round-trip loader does."""

    def __init__(self, loader: Any = None) -> None:
        super().__init__(loader)
        self.aliases = 0

    def return_alias(self, a: Any) -> Any:
        self.aliases += 1
        if self.aliases > MAX_ALIASES:
            raise _TooManyAliases
        return super().return_alias(a)


def quick_load(path: str | Path) -> Any | None:
    """The plain data of a YAML file read by ruamel's safe loader, or None if anything is unusual.

    For files read on every start (checklist packs): the round-trip loader, with its separate
    pass counting aliases, takes about twice as long. ruamel.yaml here has no C extension, so this is the pure
    safe loader, counting aliases as it composes. A file with control characters, too many
    aliases or anything the safe loader rejects gets None: the round-trip loader reads it again
    and reports the problem with its line (:func:`load_yaml`).
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
