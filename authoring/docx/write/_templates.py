"""The writer's data: boilerplate sentences and cover names from ``templates/``."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from jinja2 import Environment, Undefined

from authoring._paths import template_path
from authoring.text import clean_text
from authoring.yamlio import load_yaml

PLACEHOLDER = "××"


class _Placeholder(Undefined):
    """A field the caller did not give prints as ××, the way drafts mark a blank."""

    def __str__(self) -> str:
        return PLACEHOLDER


_ENV = Environment(undefined=_Placeholder, autoescape=False, keep_trailing_newline=False)


@lru_cache(maxsize=1)
def _boilerplate() -> dict[str, dict[str, str]]:
    data, _ = load_yaml(template_path("boilerplate.yaml"))
    return {str(k): {str(v_k): str(v_v) for v_k, v_v in v.items()} for k, v in data.items()}


@lru_cache(maxsize=1)
def cover_names() -> dict[str, dict[str, str]]:
    """``{"industry": {code: field}, "local": {digits: division}}`` for cover banners."""
    data, _ = load_yaml(template_path("cover_names.yaml"))
    return {str(k): {str(c): str(n) for c, n in v.items()} for k, v in data.items()}


def render_boilerplate(key: str, *, legacy: bool = False, **fields: Any) -> str:
    """The sentence ``key`` (2009 wording when ``legacy``) with ``fields`` filled in.

    List values are joined with 、; missing fields print as ××.

    >>> render_boilerplate("proposer", proposer="全国服务标准化技术委员会")
    '本文件由全国服务标准化技术委员会提出。'
    >>> render_boilerplate("drafters", drafters=["张三", "李四"])
    '本文件主要起草人：张三、李四。'
    """
    variants = _boilerplate().get(key)
    if variants is None:
        raise KeyError(f"unknown boilerplate key {key!r}; known: {', '.join(_boilerplate())}")
    source = variants["zh2009" if legacy else "zh2020"]
    values = {name: _field_text(value) for name, value in fields.items()}
    return clean_text(_ENV.from_string(source).render(**values))


def _field_text(value: Any) -> str:
    if isinstance(value, str):
        return clean_text(value).strip() or PLACEHOLDER
    if isinstance(value, Iterable):
        parts = [clean_text(str(v)).strip() for v in value]
        return "、".join(p for p in parts if p) or PLACEHOLDER
    return clean_text(str(value))
