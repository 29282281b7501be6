"""Plain data records: the models of the check path, as slotted dataclasses.

The document tree, the check results, the report view and the checklist packs are built by
the million on a large draft and read by every report; they need no validation once built,
and ``stdauthor check`` should not pay for importing and building a validation library. So
they are dataclasses (keyword-only, slotted; frozen where a pack is), declared with
:func:`record`. This module gives them what the code needs besides:

- :func:`to_data`: a record as plain data (the JSON form: enums as their values, tuples as
  lists, nested records as dicts in field order; fields declared with :func:`excluded` left
  out), optionally without the fields that hold their default;
- :func:`replace`: a copy with some fields changed (shallow, like ``dataclasses.replace``);
- :func:`from_data`: a record rebuilt from plain data that this process or an earlier one
  made with :func:`to_data` (the pack cache), checking every type and constraint on the way
  and raising :class:`InvalidData` on anything else; it converts nothing but lists to tuples
  and whole numbers to floats where floats are declared;
- :func:`field_names`.

Data a person wrote (a checklist pack, a project file) is validated by pydantic schemas
derived from the records (:mod:`authoring._schema`), with errors that name the field; the
records carry what those schemas need as field metadata (``pattern``, ``gt``, ``le``, and
``check``: a function that raises ``ValueError`` for a value it refuses). A record used as a
field of a pydantic model is validated the same way (see :meth:`Record.__get_pydantic_core_schema__`).
"""

from __future__ import annotations

import dataclasses
import re
import sys
import types
import typing
from collections.abc import Callable
from dataclasses import MISSING, dataclass, field
from enum import Enum
from typing import Any, Literal, TypeVar, Union, dataclass_transform

__all__ = ["Record", "record", "excluded", "to_data", "replace", "from_data", "field_names", "tag_of", "InvalidData"]

R = TypeVar("R", bound="Record")
T = TypeVar("T")


class InvalidData(ValueError):
    """Data that :func:`from_data` refuses."""


class Record:
    """The base of every record (declare one with :func:`record`)."""

    __slots__ = ()

    def __str__(self) -> str:
        """``name=value`` pairs, as pydantic models print (``repr`` is the dataclass's)."""
        return " ".join(f"{f.name}={getattr(self, f.name)!r}" for f in dataclasses.fields(self) if f.repr)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Validate a record in a pydantic model: a mapping through the derived schema, an
        instance as it is (as pydantic takes a model instance). Only pydantic calls this."""
        from authoring._schema import record_core_schema

        return record_core_schema(cls, handler)


@dataclass_transform(kw_only_default=True, field_specifiers=(field,))
def record(cls: type[T] | None = None, /, *, frozen: bool = False) -> Any:
    """Make ``cls`` (a subclass of :class:`Record`) a keyword-only slotted dataclass.

    Equality compares every field (as pydantic models did); a frozen record is hashable. A
    field declared as a tuple takes a list too, made a tuple (so a frozen record built by hand
    with lists stays hashable).
    """

    def wrap(klass: type[T]) -> type[T]:
        tuples = tuple(name for name, hint in klass.__dict__.get("__annotations__", {}).items()
                       if str(hint).startswith("tuple["))
        if tuples and "__post_init__" not in klass.__dict__:
            klass.__post_init__ = _tuples_post_init(tuples)  # type: ignore[attr-defined]
        return dataclass(klass, slots=True, kw_only=True, frozen=frozen)

    return wrap if cls is None else wrap(cls)


def _tuples_post_init(names: tuple[str, ...]) -> Callable[[Any], None]:
    def __post_init__(self: Any) -> None:
        for name in names:
            value = getattr(self, name)
            if type(value) is not tuple and isinstance(value, list):
                object.__setattr__(self, name, tuple(value))

    return __post_init__


def excluded(default: Any = None) -> Any:
    """A field kept out of :func:`to_data` and of ``repr`` (an anchor into a source file, an id
    the project layer writes itself); it still counts for equality."""
    return field(default=default, repr=False, metadata={"exclude": True})


def replace(obj: R, /, **changes: Any) -> R:
    """A shallow copy of ``obj`` with ``changes``."""
    return dataclasses.replace(obj, **changes)


def field_names(cls: type[Record] | Record) -> tuple[str, ...]:
    """The names of the fields, in declaration order."""
    return tuple(f.name for f in dataclasses.fields(cls))


# -- to plain data -------------------------------------------------------------------------------


class _Slot(typing.NamedTuple):
    name: str
    exclude: bool
    default: Any  # MISSING when required
    factory: Any  # MISSING unless a default factory


_SLOTS: dict[type, tuple[_Slot, ...]] = {}


def _slots(cls: type) -> tuple[_Slot, ...]:
    try:
        return _SLOTS[cls]
    except KeyError:
        pass
    out = tuple(_Slot(f.name, bool(f.metadata.get("exclude")), f.default, f.default_factory)
                for f in dataclasses.fields(cls))
    _SLOTS[cls] = out
    return out


def to_data(obj: Any, *, mode: Literal["json", "python"] = "json", exclude: set[str] | frozenset[str] = frozenset(),
            exclude_defaults: bool = False) -> Any:
    """``obj`` (a record, or lists, tuples and dicts of them) as plain data.

    ``mode="json"`` gives what ``json.dumps`` takes (enums as values, tuples as lists);
    ``"python"`` keeps enums and tuples. ``exclude`` names top-level fields to leave out;
    ``exclude_defaults`` leaves out, at every level, fields equal to their default.
    """
    return _dump(obj, mode == "json", exclude_defaults, exclude)


def _dump(value: Any, json: bool, defaults: bool, exclude: Any = ()) -> Any:
    if isinstance(value, Record):
        out: dict[str, Any] = {}
        for slot in _slots(type(value)):
            if slot.exclude or slot.name in exclude:
                continue
            item = getattr(value, slot.name)
            if defaults:
                default = slot.default if slot.factory is MISSING else slot.factory()
                if default is not MISSING and item == default:
                    continue
            out[slot.name] = _dump(item, json, defaults)
        return out
    if isinstance(value, (str, int, float)) and not isinstance(value, Enum) or value is None:
        return value
    if isinstance(value, Enum):
        return value.value if json else value
    if isinstance(value, list):
        return [_dump(v, json, defaults) for v in value]
    if isinstance(value, tuple):
        items = [_dump(v, json, defaults) for v in value]
        return items if json else tuple(items)
    if isinstance(value, dict):
        return {k: _dump(v, json, defaults) for k, v in value.items()}
    return value


# -- from plain data -----------------------------------------------------------------------------

_Convert = Callable[[Any], Any]
_PLANS: dict[type, tuple[dict[str, tuple[_Convert, _Slot, Any]], tuple[str, ...]]] = {}


def from_data(cls: type[R], data: Any) -> R:
    """The record ``cls`` holding ``data``, which must be exactly what :func:`to_data` makes of
    such a record (lists for tuples accepted); :class:`InvalidData` for anything else, including
    a value a field's constraints or check refuse."""
    try:
        return _record_converter(cls)(data)
    except InvalidData:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
        raise InvalidData(f"{cls.__name__}: {exc}") from None


def _plan(cls: type) -> tuple[dict[str, tuple[_Convert, _Slot, Any]], tuple[str, ...]]:
    try:
        return _PLANS[cls]
    except KeyError:
        pass
    hints = typing.get_type_hints(cls, vars(sys.modules[cls.__module__]))
    fields: dict[str, tuple[_Convert, _Slot, Any]] = {}
    required = []
    for f, slot in zip(dataclasses.fields(cls), _slots(cls)):
        fields[f.name] = (_converter(hints[f.name]), slot, f.metadata)
        if slot.default is MISSING and slot.factory is MISSING:
            required.append(f.name)
    plan = (fields, tuple(required))
    _PLANS[cls] = plan
    return plan


def _record_converter(cls: type) -> _Convert:
    def convert(data: Any) -> Any:
        if type(data) is not dict:
            raise InvalidData(f"{cls.__name__}: not a mapping")
        fields, required = _plan(cls)
        for name in required:
            if name not in data:
                raise InvalidData(f"{cls.__name__}: {name} missing")
        values = {}
        for name, raw in data.items():
            try:
                conv, _, meta = fields[name]
            except (KeyError, TypeError):
                raise InvalidData(f"{cls.__name__}: unknown field {name!r}") from None
            value = conv(raw)
            if meta:
                _constraints(cls, name, value, meta)
            values[name] = value
        return cls(**values)

    return convert


def _constraints(cls: type, name: str, value: Any, meta: Any) -> None:
    if value is None:
        return
    pattern = meta.get("pattern")
    if pattern is not None and not re.search(pattern, value):
        raise InvalidData(f"{cls.__name__}.{name}: does not match {pattern}")
    if "gt" in meta and not value > meta["gt"]:
        raise InvalidData(f"{cls.__name__}.{name}: not above {meta['gt']}")
    if "le" in meta and not value <= meta["le"]:
        raise InvalidData(f"{cls.__name__}.{name}: above {meta['le']}")
    check = meta.get("check")
    if check is not None:
        check(value)


def _exact(kind: type) -> _Convert:
    def convert(value: Any) -> Any:
        if type(value) is not kind:
            raise InvalidData(f"not a {kind.__name__}: {value!r:.40}")
        return value

    return convert


def _number(value: Any) -> float:
    if type(value) not in (float, int):
        raise InvalidData(f"not a number: {value!r:.40}")
    return float(value)


def _converter(hint: Any) -> _Convert:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is Any:
        return lambda value: value
    if hint in (str, bool, int):
        return _exact(hint)
    if hint is float:
        return _number
    if hint is type(None):
        return _exact(type(None))
    if isinstance(hint, type) and issubclass(hint, Enum):
        def enum(value: Any) -> Any:
            if type(value) not in (str, int):
                raise InvalidData(f"not a {hint.__name__}: {value!r:.40}")
            return hint(value)

        return enum
    if isinstance(hint, type) and issubclass(hint, Record):
        return _record_converter(hint)
    if origin is Literal:
        allowed = set(args)

        def literal(value: Any) -> Any:
            if type(value) not in (str, int, bool) or value not in allowed:
                raise InvalidData(f"not one of {sorted(map(str, allowed))}: {value!r:.40}")
            return value

        return literal
    if origin in (Union, types.UnionType):
        return _union_converter(args)
    if origin is list:
        item = _converter(args[0])
        return lambda value: [item(v) for v in _exact(list)(value)]
    if origin is tuple:
        if len(args) != 2 or args[1] is not Ellipsis:
            raise TypeError(f"unsupported tuple type {hint}")
        item = _converter(args[0])

        def sequence(value: Any) -> tuple[Any, ...]:
            if type(value) not in (list, tuple):
                raise InvalidData(f"not a list: {value!r:.40}")
            return tuple(item(v) for v in value)

        return sequence
    if origin is dict:
        key, item = _converter(args[0]), _converter(args[1])
        return lambda value: {key(k): item(v) for k, v in _exact(dict)(value).items()}
    raise TypeError(f"unsupported field type {hint}")


def _union_converter(args: tuple[Any, ...]) -> _Convert:
    optional = type(None) in args
    members = [a for a in args if a is not type(None)]
    tags = {tag_of(m): m for m in members if isinstance(m, type) and issubclass(m, Record)}
    if len(members) > 1 and len(tags) == len(members) and None not in tags:
        by_tag = {tag: _record_converter(m) for tag, m in tags.items()}

        def tagged(value: Any) -> Any:
            if value is None and optional:
                return None
            if type(value) is not dict or value.get("type") not in by_tag:
                raise InvalidData(f"no known type: {value!r:.40}")
            return by_tag[value["type"]](value)

        return tagged
    if len(members) != 1:
        raise TypeError(f"unsupported union {args}")
    inner = _converter(members[0])
    return lambda value: None if value is None and optional else inner(value)


def tag_of(cls: type) -> str | None:
    """The ``type`` tag of a record that has one (a block of the document), else None."""
    for f in dataclasses.fields(cls):
        if f.name == "type" and isinstance(f.default, str):
            return f.default
    return None
