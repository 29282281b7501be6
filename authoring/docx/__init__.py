"""Word (.docx) support: the GB/T 1.1—2020 writer and the reader.

``authoring.docx.writer`` turns a StandardDocument into a ``.docx``; ``authoring.docx.reader``
reads one back. Both are imported lazily, so importing this package costs nothing.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__all__ = ["write_docx", "docx_bytes", "read_docx"]

_HOME = {"write_docx": "writer", "docx_bytes": "writer", "read_docx": "reader"}


def __getattr__(name: str) -> Any:
    if name in _HOME:
        return getattr(import_module(f"authoring.docx.{_HOME[name]}"), name)
    raise AttributeError(f"module 'authoring.docx' has no attribute {name!r}")
