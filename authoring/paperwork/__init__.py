"""Committee paperwork that travels with a draft: the 编制说明 and the 意见汇总处理表.

- :mod:`authoring.paperwork.explain`: the explanatory memorandum (编制说明) from a project or
  a checked draft, with the excellence table (every guide item) and the ISO 11367 table.
- :mod:`authoring.paperwork.review`: the Word comments and tracked changes of one returned copy,
  each placed at its 章条编号 with the draft reader.
- :mod:`authoring.paperwork.resolution`: all copies into one comment resolution table, merged
  with the committee's edited earlier table.
- :mod:`authoring.paperwork.table`: that table as Word, Excel or CSV, and read back.
- :mod:`authoring.paperwork.marker`: what marks a Word file as one of these (``check`` leaves them out of a folder).

The names below are imported on first use: ``check`` reads :mod:`~authoring.paperwork.marker` without the
writers (python-docx, the composer), which cost half a second to import.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "ExplainSource": "explain", "explain_docx": "explain", "from_draft": "explain", "from_project": "explain",
    "Collection": "resolution", "Notice": "resolution", "build": "resolution", "collect": "resolution",
    "ReviewedCopy": "review", "UnitNames": "review", "read_copy": "review",
    "FORMATS": "table", "ResolutionTable": "table", "Row": "table", "read_table": "table", "table_bytes": "table",
    "tally": "table",
}

__all__ = list(_EXPORTS)


def __getattr__(name: str) -> Any:
    try:
        module = _EXPORTS[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
