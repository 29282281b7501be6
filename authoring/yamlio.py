"""Read YAML the user wrote: bounded, line-aware, and with one clear error per problem.

Both checklist packs and project files go through here. The loader keeps ruamel's
round-trip nodes, so comments and key order survive a later save, and so that a pydantic
validation error can be traced back to the line that caused it.

ruamel.yaml is imported when a file is parsed, and pydantic when data is validated, not with
this module: the checklist packs read on every start come from a cache (see
:mod:`authoring.checklist`) and need neither.
"""

from __future__ import annotations

import hashlib
import io
import marshal
import os
import re
import stat
import sys
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from authoring.errors import InputError, InvalidValue, os_reason
from authoring.text import CONTROL_CHARS

if TYPE_CHECKING:
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

MAX_YAML_BYTES = 8 * 1024 * 1024
MAX_ALIASES = 100
#: Nodes that aliases may add when expanded: a few aliases can stand for millions of nodes
#: ("billion laughs"), and everything after parsing walks the expanded tree.
MAX_ALIAS_NODES = 20_000
#: Collections nested deeper than this are refused before ruamel's scanner, which slows down
#: with the square of the depth of flow collections, gets far into them.
MAX_DEPTH = 100

M = TypeVar("M")

# C0/C1 controls other than tab and newlines: ruamel rejects them, and they are what a
# paste from a PDF leaves behind.
_CONTROL = CONTROL_CHARS


def new_yaml() -> YAML:
    """A round-trip YAML instance configured the way project files are written."""
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.Constructor = _checking_constructor()
    yaml.allow_unicode = True
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


class _BadValue(Exception):
    """A scalar the constructor could not turn into its value (a ValueError), with the node it came from."""

    def __init__(self, node: Any, cause: ValueError) -> None:
        super().__init__(str(cause))
        self.node = node
        self.cause = cause


@lru_cache(maxsize=1)
def _checking_constructor() -> type:
    """The round-trip constructor, turning a value it cannot make into :class:`_BadValue` with its node.

    ruamel raises a bare ValueError, with no mark, for an integer of more digits than Python converts
    (``sys.get_int_max_str_digits()``, 4,300 by default) or a date that cannot be (``2020-13-45``).
    """
    from ruamel.yaml.constructor import RoundTripConstructor

    class _CheckingConstructor(RoundTripConstructor):
        def construct_object(self, node: Any, deep: bool = False) -> Any:
            try:
                return super().construct_object(node, deep=deep)
            except ValueError as exc:
                raise _BadValue(node, exc) from None

    return _CheckingConstructor


def _bad_value(error: _BadValue, path: Path) -> InputError:
    node = error.node
    line = node.start_mark.line + 1 if getattr(node, "start_mark", None) else None
    value = node.value if isinstance(getattr(node, "value", None), str) else ""
    digits = sum(ch.isdigit() for ch in value)
    limit = sys.get_int_max_str_digits()
    if limit and digits > limit:
        return InputError(f"数值过长（{digits} 位数字），无法读取；如是文字，请加引号",
                          f"number too long ({digits} digits) to read; if it is text, quote it", path=path, line=line)
    shown = value[:40]
    if str(getattr(node, "tag", "")).endswith(":timestamp"):
        return InputError(f"“{shown}”不是有效的日期（{error.cause}）；如是文字，请加引号",
                          f"'{shown}' is not a valid date ({error.cause}); if it is text, quote it", path=path, line=line)
    return InputError(f"无法读取的值“{shown}”（{error.cause}）；如是文字，请加引号",
                      f"a value that cannot be read, '{shown}' ({error.cause}); if it is text, quote it",
                      path=path, line=line)


def _too_large(size: int, path: Path) -> InputError:
    return InputError(
        f"文件过大（{size // 1024} KB），上限为 {MAX_YAML_BYTES // 1024 // 1024} MB",
        f"file too large ({size // 1024} KB); the limit is {MAX_YAML_BYTES // 1024 // 1024} MB",
        path=path,
    )


def regular_file(path: str | Path) -> os.stat_result:
    """The status of ``path`` when it is a regular file (or a symlink to one), found without opening it.

    Anything else is one line naming it (:class:`InputError`, exit 2), said for what it is: missing, a folder,
    a device, a pipe or a socket (opening a FIFO waits for a writer, for ever), a symlink loop or a path that
    cannot be looked at. Every reader of a user's file asks this first: YAML files (:func:`read_bounded`) and
    drafts (:func:`authoring.docx.read._safe.draft_kind`).
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError("文件不存在", "file not found", path=path) from None
    except OSError as exc:
        raise InputError(f"无法读取：{os_reason(exc)[0]}", f"cannot read: {exc.strerror}", path=path) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError("这是一个文件夹，不是文件", "this is a folder, not a file", path=path)
    if not stat.S_ISREG(info.st_mode):
        raise InputError("不是普通文件（而是设备、管道或套接字），无法读取", "not a regular file (a device, a pipe or a "
                         "socket); it cannot be read", path=path)
    return info


def read_bounded(path: Path) -> bytes:
    """The bytes of the regular file ``path``, at most :data:`MAX_YAML_BYTES` of them.

    A device, a pipe or a socket (``/dev/zero``, a FIFO: no size to check, and no end, or no writer to wait for)
    is refused before it is opened, and a file that grows past the limit while it is read is refused all the same:
    one line naming the file (:class:`InputError`, exit 2), never a read that fills the memory or never returns.
    """
    info = regular_file(path)
    if info.st_size > MAX_YAML_BYTES:
        raise _too_large(info.st_size, path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_YAML_BYTES + 1)
    except OSError as exc:
        raise InputError(f"无法读取：{os_reason(exc)[0]}", f"cannot read: {exc.strerror}", path=path) from None
    if len(raw) > MAX_YAML_BYTES:
        raise _too_large(len(raw), path)
    return raw


def read_text(path: Path) -> tuple[str, str]:
    """Read a text file, returning ``(text, encoding)``.

    UTF-8 (with or without BOM) is expected; a file saved as GBK/GB18030 by an older editor
    is read too, and its encoding is reported so a save can keep it.
    """
    raw = read_bounded(path)
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
    from ruamel.yaml.events import (
        AliasEvent, MappingEndEvent, MappingStartEvent, ScalarEvent, SequenceEndEvent, SequenceStartEvent,
    )

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
    from ruamel.yaml.error import MarkedYAMLError
    from ruamel.yaml.reader import ReaderError

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
    return InputError(f"YAML 格式错误：{_problem_zh(problem)}（{problem}）", f"invalid YAML: {problem}", path=path, line=line)


#: The parser's usual problems, said in Chinese (the parser's own words follow in brackets).
_PROBLEMS_ZH = (
    (re.compile(r"expected (.+), but (?:found|got) (.+)"), lambda m: f"此处应为{_token_zh(m.group(1))}，却是{_token_zh(m.group(2))}"),
    (re.compile(r"mapping values are not allowed here"), lambda m: "此处不能出现“键: 值”（多为冒号后缺空格或缩进不对）"),
    (re.compile(r"could not find expected ':'"), lambda m: "缺少键后的冒号“:”"),
    (re.compile(r"found character '(.+)' that cannot start any token"), lambda m: f"字符 {m.group(1)} 不能出现在这里（多为制表符缩进）"),
    (re.compile(r"found unexpected end of stream"), lambda m: "文件意外结束（引号或括号未闭合）"),
    (re.compile(r"found unknown escape character"), lambda m: "引号内有无法识别的转义字符（\\）"),
    (re.compile(r"did not find expected key"), lambda m: "缩进不对，未找到应有的键"),
    (re.compile(r"did not find expected (?:node content|'-' indicator)"), lambda m: "缩进不对，未找到应有的内容"),
)


def _token_zh(tokens: str) -> str:
    """``',' or '}'`` → ``“,”或“}”``; the parser's ``<stream end>`` → 文件末尾."""
    names = {"<stream end>": "文件末尾", "<document end>": "文档末尾", "<block end>": "块的结尾"}
    said = []
    for token in re.split(r"\s+or\s+", tokens.strip()):
        bare = token.strip().strip("'\"")
        said.append(names.get(bare, f"“{bare}”"))
    return "或".join(said)


def _problem_zh(problem: str) -> str:
    for pattern, say in _PROBLEMS_ZH:
        match = pattern.search(problem or "")
        if match is not None:
            return say(match)
    return "无法解析"


def parse_yaml(text: str, path: Path) -> Any:
    """Parse YAML ``text`` from ``path`` into round-trip nodes, with bounded aliases and nesting."""
    from ruamel.yaml.error import YAMLError

    _check_controls(text, path)
    yaml = new_yaml()
    try:
        _check_events(yaml, text, path)
        return yaml.load(text)
    except YAMLError as exc:
        raise _yaml_error(exc, path, text) from None
    except _BadValue as exc:
        raise _bad_value(exc, path) from None
    except RecursionError:
        raise InputError("YAML 嵌套过深", "YAML nested too deeply", path=path) from None


def load_yaml(path: str | Path) -> tuple[Any, str]:
    """Read and parse a YAML file, returning ``(data, encoding)``."""
    file = Path(path)
    text, encoding = read_text(file)
    return parse_yaml(text, file), encoding


def line_of(data: Any, loc: tuple[Any, ...]) -> int | None:
    """The 1-based line of the node at ``loc`` in round-trip ``data``, or of its nearest parent."""
    if "ruamel.yaml.comments" not in sys.modules:
        return None  # no round-trip data can exist: nothing has been parsed by ruamel
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

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
    cause = (error.get("ctx") or {}).get("error")
    if isinstance(cause, InvalidValue):  # a validator of ours, its reason in both languages
        return f"字段 “{loc}” 无效{shown}：{cause.zh}", f"invalid field '{loc}'{shown_en}: {cause.en}"
    reason = _reason_zh(kind, error.get("ctx") or {}, msg)
    return f"字段 “{loc}” 无效{shown}：{reason}", f"invalid field '{loc}'{shown_en}: {msg}"


#: What pydantic's commonest complaints say, in Chinese: the committee reads the reason, not only the field.
_MAPPING_ZH = "应为映射（“名称: 值”，每项一行）"
_REASONS_ZH = {
    "string_type": "应为文字", "string_too_short": "不能为空", "bool_type": "应为 true 或 false",
    "bool_parsing": "应为 true 或 false", "list_type": "应为列表（每项一行，以“- ”开头）",
    "dict_type": _MAPPING_ZH, "model_type": _MAPPING_ZH, "model_attributes_type": _MAPPING_ZH,
    "dataclass_type": _MAPPING_ZH, "dataclass_exact_type": _MAPPING_ZH,
    "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
    "float_type": "应为数字", "float_parsing": "应为数字",
    "string_unicode": "应为文字（这里是无法读作文字的二进制数据）", "bytes_type": "应为文字",
    "string_pattern_mismatch": "格式不正确", "union_tag_not_found": "缺少 type 字段",
    "none_required": "应留空",
}
#: Reasons that name a bound pydantic gives in ``ctx``.
_BOUNDED_ZH = {
    "string_too_long": "过长：至多 {max_length} 个字符", "too_long": "过多：至多 {max_length} 项",
    "too_short": "过少：至少 {min_length} 项", "greater_than_equal": "应不小于 {ge}",
    "greater_than": "应大于 {gt}", "less_than_equal": "应不大于 {le}", "less_than": "应小于 {lt}",
}


def _choices_zh(expected: Any) -> str:
    """pydantic's ``'a', 'b' or 'c'`` (or ``1 or 2``) as a Chinese list: ``'a'、'b'、'c'``."""
    return re.sub(r"(?:,| or) ", "、", str(expected)).replace("、、", "、")


def _reason_zh(kind: str, ctx: dict[str, Any], msg: str) -> str:
    """pydantic's reason for an invalid value in Chinese where it is a common one, else its own words."""
    if kind in ("enum", "literal_error") and ctx.get("expected"):
        return f"应为以下之一：{_choices_zh(ctx['expected'])}"
    if kind == "union_tag_invalid" and ctx.get("expected_tags"):
        return f"type 应为以下之一：{_choices_zh(ctx['expected_tags'])}（此处为 {ctx.get('tag', '')}）"
    if kind in _BOUNDED_ZH:
        try:
            return _BOUNDED_ZH[kind].format(**ctx)
        except (KeyError, IndexError):
            pass
    return _REASONS_ZH.get(kind, msg)


def validate(model: type[M], data: Any, path: str | Path) -> M:
    """Validate round-trip ``data`` against ``model`` (a pydantic model or a record of
    :mod:`authoring.records`); the first error names its file and line."""
    from pydantic import BaseModel, ValidationError

    try:
        if isinstance(model, type) and issubclass(model, BaseModel):
            return model.model_validate(data)
        from authoring._schema import validate_record

        return validate_record(model, data)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = tuple(first["loc"])
        # The pydantic location of an unknown field ends in the field itself; when it comes
        # from a discriminated union it also holds the tag, which is not a key in the data.
        line = line_of(data, _data_path(data, loc))
        zh, en = _describe(first)
        if first["type"] == "extra_forbidden" and _split_by_comma(data, loc):
            zh += (f"：{{…}} 中的英文逗号“,”分隔字段；若“{loc[-1]}”是前一字段文字的一部分，请给整段文字加引号"
                   f"（如 text: \"……,……\"），或改用中文逗号“，”")
            en += (f": an ASCII comma separates the fields of a {{…}}; if '{loc[-1]}' belongs to the text before it, "
                   f"quote the whole text (text: \"…,…\") or use the Chinese comma “，”")
        raise InputError(zh, en, path=path, line=line) from None


def _split_by_comma(data: Any, loc: tuple[Any, ...]) -> bool:
    """Whether the unknown field at ``loc`` is the tail of a text an ASCII comma cut off: a key with no value in a
    flow mapping (``{type: note, text: 规定,例如每座位不少于1.5 m²。}`` reads ``例如…`` as a field of its own)."""
    path = _data_path(data, loc)
    if not path or path[-1] != loc[-1]:
        return False
    node = data
    for key in path[:-1]:
        node = node[key]
    flow = getattr(getattr(node, "fa", None), "flow_style", None)
    return callable(flow) and bool(flow()) and node.get(path[-1]) is None and isinstance(path[-1], str)


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


@lru_cache(maxsize=1)
def _counting_composer() -> type:
    """A composer that gives up on any alias or on nesting past ``MAX_DEPTH``.

    The round-trip loader then reads the file again, bounds what the aliases expand to, and
    reports a problem with its line. Giving up as soon as the depth is passed also stops the
    scanner before deep flow collections get slow.
    """
    from ruamel.yaml.composer import Composer

    class _CountingComposer(Composer):
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

    return _CountingComposer


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
    return _quick_parse(text)


def _quick_parse(text: str) -> Any | None:
    if _CONTROL.search(text):
        return None
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=True)
    yaml.Composer = _counting_composer()
    try:
        return yaml.load(text)
    except Exception:  # noqa: BLE001 - whatever it is, the round-trip loader will say it properly
        return None


# -- the cache of parsed files -------------------------------------------------------------------
#
# Parsing a YAML file read on every start with the pure-Python loader takes a good part of that
# start, and such files seldom change. What :func:`quick_load` returns for a file (plain dicts,
# lists and scalars) is kept in the user's cache folder, marshalled, under a name made of the
# SHA-256 of the file's bytes and of everything that could change what the loader makes of them
# (this format, the Python version, ruamel.yaml's files). Only data is cached: callers validate it
# exactly as before, so a file that is wrong gives the same error, file and line, with or
# without a cache (a file the quick loader refuses is never cached). An entry is used only when
# its header, its key and the digest of its body all match; anything else (a corrupt, truncated
# or foreign file, another version's entry) is ignored and written anew.
#
# The same entries, in a folder of their own (``kind``), hold other plain data made from a
# file's bytes: :mod:`authoring.checklist` keeps there the packs it validated
# (:func:`cache_key`, :func:`read_cached`, :func:`write_cached`).

CACHE_FORMAT = b"stdauthor-yaml-cache/1"
CACHE_ENTRIES = 256
_MAGIC = CACHE_FORMAT + b"\n"
_DIGEST = 32


@lru_cache(maxsize=1)
def _fingerprint() -> bytes:
    """What besides a file's bytes decides what the quick loader makes of it."""
    parts = [CACHE_FORMAT, sys.version.encode(), str(marshal.version).encode(), Path(__file__).read_bytes(),
             _CONTROL.pattern.encode()]
    import importlib.util

    try:
        spec = importlib.util.find_spec("ruamel.yaml")
    except (ImportError, ValueError):
        spec = None
    for location in (spec.submodule_search_locations or []) if spec else []:
        folder = Path(location)
        for name in ("__init__.py", "composer.py", "constructor.py", "scanner.py", "parser.py", "resolver.py"):
            try:
                st = (folder / name).stat()
            except OSError:
                continue
            parts.append(f"{folder / name}:{st.st_size}:{st.st_mtime_ns}".encode())
    return hashlib.sha256(b"\0".join(parts)).digest()


def cache_enabled() -> bool:
    """False when ``STDAUTHOR_NO_CACHE`` is set to anything but ``0`` or nothing."""
    return os.environ.get("STDAUTHOR_NO_CACHE", "").strip() in ("", "0")


def _entry_path(key: bytes, kind: str = "yaml") -> Path:
    from authoring._paths import cache_dir

    return cache_dir() / kind / f"{key.hex()}.marshal"


def cache_key(raw: bytes, *more: bytes) -> bytes:
    """The key of an entry made from a file's bytes ``raw`` by the quick loader and whatever
    ``more`` stands for (the code that made the entry's data from the loader's)."""
    return hashlib.sha256(b"\0".join((_fingerprint(), *more, raw))).digest()


def read_cached(kind: str, key: bytes) -> tuple[bool, Any]:
    """``(True, data)`` for a sound entry of ``key`` in the cache folder ``kind``, else ``(False, None)``."""
    return _read_entry(_entry_path(key, kind), key)


def write_cached(kind: str, key: bytes, data: Any) -> None:
    """Store plain ``data`` under ``key`` in the cache folder ``kind`` (no error if it cannot be)."""
    _write_entry(_entry_path(key, kind), key, data)


def _read_entry(path: Path, key: bytes) -> tuple[bool, Any]:
    """``(True, data)`` for a sound entry of ``key``; ``(False, None)`` for anything else."""
    try:
        blob = path.read_bytes()
    except OSError:
        return False, None
    head = len(_MAGIC)
    if not blob.startswith(_MAGIC) or len(blob) < head + 2 * _DIGEST:
        return False, None
    stored_key = blob[head:head + _DIGEST]
    digest = blob[head + _DIGEST:head + 2 * _DIGEST]
    body = blob[head + 2 * _DIGEST:]
    if stored_key != key or hashlib.sha256(body).digest() != digest:
        return False, None
    try:
        data = marshal.loads(body)
    except Exception:  # noqa: BLE001 - whatever is wrong with it, the file is parsed again
        return False, None
    try:
        if not _plain(data):
            return False, None
    except RecursionError:
        return False, None
    return True, data


def _plain(data: Any, depth: int = 0) -> bool:
    """True when ``data`` is what the safe loader makes: dicts, lists, strings, numbers, dates..."""
    if depth > MAX_DEPTH + 1:
        return False
    if isinstance(data, dict):
        return all(_plain(k, depth + 1) and _plain(v, depth + 1) for k, v in data.items())
    if isinstance(data, (list, tuple, set, frozenset)):
        return all(_plain(v, depth + 1) for v in data)
    return data is None or isinstance(data, (str, bytes, bool, int, float, complex))


def _write_entry(path: Path, key: bytes, data: Any) -> None:
    """Store ``data`` under ``key``, atomically; a cache that cannot be written is no error."""
    try:
        body = marshal.dumps(data)
    except ValueError:
        return  # something marshal cannot hold (a date): parse it every time
    blob = _MAGIC + key + hashlib.sha256(body).digest() + body
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(blob)
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
        _prune(path.parent)
    except OSError:
        pass


def _prune(folder: Path) -> None:
    """Keep the newest ``CACHE_ENTRIES`` entries (a user editing a pack leaves one per save)."""
    try:
        entries = [(e.stat().st_mtime, e.path) for e in os.scandir(folder) if e.name.endswith(".marshal")]
    except OSError:
        return
    if len(entries) <= CACHE_ENTRIES:
        return
    for _, old in sorted(entries)[: len(entries) - CACHE_ENTRIES]:
        try:
            os.unlink(old)
        except OSError:
            pass


def cached_quick_load(path: str | Path) -> Any | None:
    """:func:`quick_load` through the user's cache: the same data, without parsing a file
    whose bytes were parsed before. None exactly when :func:`quick_load` gives None."""
    file = Path(path)
    if not cache_enabled():
        return quick_load(file)
    try:
        raw = read_bounded(file)
    except InputError:
        return None
    key = hashlib.sha256(_fingerprint() + b"\0" + raw).digest()
    entry = _entry_path(key)
    found, data = _read_entry(entry, key)
    if found:
        return data
    data = quick_load(file)
    if data is not None:
        _write_entry(entry, key, data)
    return data
