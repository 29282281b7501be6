"""The author's project file and its composition into a draft standard.

``load_project`` / ``new_project`` give a :class:`ProjectFile` (round-trip YAML, atomic
save); ``compose`` turns its validated :class:`Project` into a StandardDocument.
"""

from authoring.project.compose import compose, omitted_items, skeleton, soften, suggest_starts
from authoring.project.file import ProjectFile, load_project, new_project
from authoring.project.model import (
    DEFAULT_CHECKLIST, ITEM_STATUSES, ExtraAnnex, ExtraChapter, Indicator, ItemEntry, ItemStatus,
    Project, RefEntry, SubClause, Term, problems,
)

__all__ = [
    "compose", "skeleton", "suggest_starts", "soften", "omitted_items",
    "ProjectFile", "load_project", "new_project",
    "Project", "ItemEntry", "ItemStatus", "ITEM_STATUSES", "Indicator", "Term", "RefEntry",
    "ExtraChapter", "ExtraAnnex", "SubClause", "problems", "DEFAULT_CHECKLIST",
]
