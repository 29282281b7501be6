"""Word (.docx) support, in two halves with one public entry each.

``authoring.docx.write`` turns a StandardDocument into a GB/T 1.1—2020 ``.docx``
(``write_docx``, ``docx_bytes``); ``authoring.docx.read`` reads any ``.docx`` back into one
(``read_docx``). ``_decisions`` is the custom XML part both halves share. The halves are
imported lazily, so importing this package costs nothing.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__all__ = ["write_docx", "docx_bytes", "read_docx"]

_HOME = {"write_docx": "write", "docx_bytes": "write", "read_docx": "read"}


def __getattr__(name: str) -> Any:
    if name in _HOME:
        return getattr(import_module(f"authoring.docx.{_HOME[name]}"), name)
    raise AttributeError(f"module 'authoring.docx' has no attribute {name!r}")
