"""Choose a file to open or a place to save: a path input with completion over a filtered tree."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, DirectoryTree, Input, Label

from authoring.i18n import tr
from authoring.tui.dialogs.form import FormDialog
from authoring.tui.widgets.error_line import ErrorLine
from authoring.tui.widgets.file_tree import FilteredTree
from authoring.tui.widgets.path_input import PathSuggester
from authoring.tui.widgets.editor import Field
from authoring.tui.widgets.prose import Prose


class PathDialog(FormDialog[Path | None]):
    """Dismisses with the chosen path, or ``None``.

    Args:
        title: what the dialog asks for.
        suffixes: file endings shown in the tree and completed in the input.
        start: the initial value of the input (a folder or a file).
        must_exist: refuse paths that are not existing files (opening) rather than new ones (saving).
        folders: with ``must_exist``, an existing folder is a choice too (the files in it are meant).
    """


    def __init__(self, title: str, suffixes: tuple[str, ...], *, start: Path, must_exist: bool,
                 folders: bool = False) -> None:
        super().__init__()
        self.title_text, self.suffixes, self.start, self.must_exist = title, suffixes, start, must_exist
        self.folders = folders
        self._new_folder: Path | None = None

    def compose(self) -> ComposeResult:
        folder = self.start if self.start.is_dir() else self.start.parent
        with Vertical(classes="dialog wide tall path"):
            yield Prose(self.title_text, classes="question")
            yield Field(
                str(self.start), id="path", suggester=PathSuggester(self.suffixes),
                placeholder=tr("输入路径，→ 补全", "type a path, → completes"),
            )
            yield ErrorLine(id="path-error")
            yield FilteredTree(folder if folder.is_dir() else Path.cwd(), self.suffixes, id="tree")
            with Horizontal(classes="buttons"):
                yield Button(tr("确定", "OK"), variant="primary", id="ok")
                yield Button(tr("取消", "Cancel"), id="cancel")

    def on_directory_tree_file_selected(self, event: DirectoryTree.FileSelected) -> None:
        self.query_one("#path", Input).value = str(event.path)
        self._finish()

    def on_directory_tree_directory_selected(self, event: DirectoryTree.DirectorySelected) -> None:
        self.query_one("#path", Input).value = str(event.path) + "/"

    def _finish(self) -> None:
        raw = self.query_one("#path", Input).value.strip()
        error = self.query_one("#path-error", Label)
        if not raw:
            error.update(tr("请输入路径", "enter a path"))
            return
        path = Path(raw).expanduser()
        if self.must_exist and self.folders and path.is_dir():
            self.dismiss(path)
            return
        if self.must_exist and not path.is_file():
            error.update(tr("文件不存在", "file not found"))
            return
        if not self.must_exist and path.is_dir():
            error.update(tr("请给出文件名，不只是文件夹", "give a file name, not only a folder"))
            return
        if not path.name.lower().endswith(self.suffixes):
            error.update(tr(f"文件应以 {'、'.join(self.suffixes)} 结尾", f"the file should end in {', '.join(self.suffixes)}"))
            return
        if not self.must_exist and not path.parent.exists():
            # A new folder is made on the second OK, so a slip of the keyboard makes none.
            if self._new_folder != path.parent:
                self._new_folder = path.parent
                error.update(tr(f"文件夹 {path.parent} 不存在；再按确定即新建",
                                f"folder {path.parent} does not exist; OK again creates it"))
                return
            try:
                path.parent.mkdir(parents=True)
            except OSError as exc:
                error.update(tr(f"无法新建文件夹：{exc.strerror or exc}", f"cannot create the folder: {exc.strerror or exc}"))
                return
        elif not self.must_exist and not path.parent.is_dir():
            error.update(tr("请给出一个文件夹中的文件名", "give a file name in a folder"))
            return
        self.dismiss(path)
