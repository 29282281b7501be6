"""Committee paperwork that travels with a draft: the 编制说明 and the 意见汇总处理表.

- :mod:`authoring.paperwork.explain`: the explanatory memorandum (编制说明) from a project or
  a checked draft, with the excellence table (every guide item) and the ISO 11367 table.
- :mod:`authoring.paperwork.review`: the Word comments and tracked changes of one returned copy,
  each placed at its 章条编号 with the draft reader.
- :mod:`authoring.paperwork.resolution`: all copies into one comment resolution table, merged
  with the committee's edited earlier table.
- :mod:`authoring.paperwork.table`: that table as Word, Excel or CSV, and read back.
"""

from authoring.paperwork.explain import ExplainSource, explain_docx, from_draft, from_project
from authoring.paperwork.resolution import Collection, Notice, build, collect
from authoring.paperwork.review import ReviewedCopy, UnitNames, read_copy
from authoring.paperwork.table import FORMATS, ResolutionTable, Row, read_table, table_bytes, tally

__all__ = [
    "ExplainSource", "explain_docx", "from_draft", "from_project",
    "Collection", "Notice", "build", "collect", "ReviewedCopy", "UnitNames", "read_copy",
    "FORMATS", "ResolutionTable", "Row", "read_table", "table_bytes", "tally",
]
