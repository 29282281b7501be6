"""Pydantic schemas derived from the records, for data a person wrote.

A checklist pack, a crosswalk file or a project file is checked field by field, with the error
naming the field (and, through :func:`authoring.yamlio.validate`, the file and line). The
records themselves are plain dataclasses (:mod:`authoring.records`); for each one this module
derives a pydantic model with the same fields, types and defaults, unknown fields forbidden,
the constraints and checks of the field metadata applied, and a union of tagged records (the
blocks of a clause) told apart by its ``type``. Validated data becomes the record.

Imported only when such data is validated (a pack not in the cache, a project file): the
check of a draft with the packs cached never imports pydantic.
"""

from __future__ import annotations

import dataclasses
import sys
import types
import typing
from typing import Annotated, Any, Union

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, create_model, field_validator
from pydantic_core import core_schema

from authoring.records import Record, field_names, tag_of, to_data

__all__ = ["schema_model", "record_core_schema", "validate_record"]

_CONFIG = ConfigDict(extra="forbid", defer_build=True)
#: Field metadata passed on to pydantic's ``Field`` as constraints.
_CONSTRAINTS = ("pattern", "gt", "ge", "lt", "le", "min_length", "max_length")

_MODELS: dict[type, type[BaseModel]] = {}
_ADAPTERS: dict[type, TypeAdapter[Any]] = {}


def schema_model(cls: type[Record]) -> type[BaseModel]:
    """The pydantic model that validates the data of record ``cls``."""
    try:
        return _MODELS[cls]
    except KeyError:
        pass
    hints = typing.get_type_hints(cls, vars(sys.modules[cls.__module__]))
    definitions: dict[str, Any] = {}
    validators: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        options = {key: f.metadata[key] for key in _CONSTRAINTS if key in f.metadata}
        if f.default is not dataclasses.MISSING:
            options["default"] = f.default
        elif f.default_factory is not dataclasses.MISSING:
            options["default_factory"] = f.default_factory
        definitions[f.name] = (_annotation(hints[f.name]), Field(**options))
        check = f.metadata.get("check")
        if check is not None:
            validators[f"_check_{f.name}"] = field_validator(f.name)(_checker(check))
    # Built on first use (defer_build), after it is registered here: a record that holds
    # records of its own kind (a clause's children) finds its model while that is being built.
    model = create_model(cls.__name__, __config__=_CONFIG, __validators__=validators, **definitions)
    _MODELS[cls] = model
    return model


def _checker(check: Any) -> Any:
    def run(cls: Any, value: Any) -> Any:
        check(value)
        return value

    return run


def _annotation(hint: Any) -> Any:
    """``hint`` with every union of tagged records discriminated by ``type``."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (Union, types.UnionType):
        members = [a for a in args if a is not type(None)]
        tagged = (len(members) > 1 and all(isinstance(m, type) and issubclass(m, Record) and tag_of(m)
                                           for m in members))
        if tagged:
            union: Any = Annotated[Union[tuple(members)], Field(discriminator="type")]
            return union | None if len(members) < len(args) else union
        return Union[tuple(_annotation(a) for a in args)]
    if origin in (list, tuple, dict):
        inner = tuple(a if a is Ellipsis else _annotation(a) for a in args)
        return origin[inner]
    return hint


def record_core_schema(cls: type[Record], handler: Any) -> Any:
    """The schema of record ``cls`` inside a pydantic model: an instance is taken as it is;
    anything else is validated by :func:`schema_model` and becomes the record. It serialises
    as :func:`authoring.records.to_data` does."""
    names = field_names(cls)

    def validate(value: Any, inner: Any) -> Any:
        if isinstance(value, cls):
            return value
        model = inner(value)
        return cls(**{name: getattr(model, name) for name in names})

    return core_schema.no_info_wrap_validator_function(
        validate, handler.generate_schema(schema_model(cls)),
        serialization=core_schema.plain_serializer_function_ser_schema(_serialize, info_arg=True),
    )


def _serialize(value: Any, info: Any) -> Any:
    return to_data(value, mode="json" if info.mode == "json" else "python", exclude_defaults=info.exclude_defaults)


def validate_record(cls: type[Record], data: Any) -> Any:
    """``data`` validated as record ``cls``; ``pydantic.ValidationError`` when it is not one."""
    try:
        adapter = _ADAPTERS[cls]
    except KeyError:
        adapter = _ADAPTERS[cls] = TypeAdapter(cls)
    return adapter.validate_python(data)
