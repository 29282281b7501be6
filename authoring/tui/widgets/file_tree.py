"""A directory tree that shows folders and only files with the given endings."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from textual.widgets import DirectoryTree


class FilteredTree(DirectoryTree):
    """DirectoryTree limited to ``suffixes`` (hidden entries left out)."""

    def __init__(self, path: str | Path, suffixes: tuple[str, ...], **kwargs) -> None:
        self.suffixes = suffixes
        super().__init__(path, **kwargs)

    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        return [
            p for p in paths
            if not p.name.startswith(".") and (p.is_dir() or p.name.lower().endswith(self.suffixes))
        ]
