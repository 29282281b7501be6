"""Key labels in both languages, looked up by binding id so a language switch can relabel the footer."""

from __future__ import annotations

import dataclasses

from textual.binding import Binding
from textual.dom import DOMNode

from authoring.i18n import tr

LABELS: dict[str, tuple[str, str]] = {
    "app.help": ("帮助", "Help"),
    "app.lang": ("中/英", "中/EN"),
    "app.quit": ("退出", "Quit"),
    "app.palette": ("命令", "Commands"),
    "app.save": ("保存", "Save"),
    "start.new": ("新建项目", "New project"),
    "start.open": ("打开项目", "Open project"),
    "start.check": ("检查草案", "Check draft"),
    "author.save": ("保存", "Save"),
    "author.meta": ("元数据", "Metadata"),
    "author.dashboard": ("覆盖情况", "Coverage"),
    "author.export": ("生成 Word", "Export Word"),
    "author.skeleton": ("生成框架", "Export skeleton"),
    "author.na": ("不适用", "Not applicable"),
    "author.link": ("链接条款", "Link a clause"),
    "author.body": ("正文大纲", "Outline"),
    "author.place": ("写条文", "Write a provision"),
    "author.undo": ("撤销", "Undo"),
    "author.redo": ("重做", "Redo"),
    "outline.back": ("返回", "Back"),
    "outline.add": ("新增条", "Add clause"),
    "outline.child": ("新增下级条", "Add subclause"),
    "outline.delete": ("删除", "Delete"),
    "outline.annex": ("新增附录", "Add annex"),
    "outline.normative": ("规范性/资料性", "Normative/informative"),
    "outline.up": ("上移", "Move up"),
    "outline.down": ("下移", "Move down"),
    "outline.indent": ("降级", "Indent"),
    "outline.outdent": ("升级", "Outdent"),
    "outline.undo": ("撤销", "Undo"),
    "outline.redo": ("重做", "Redo"),
    "outline.link": ("链接条目", "Link an item"),
    "author.outline": ("回到指南条目", "Back to the guide's items"),
    "author.close": ("关闭项目", "Close project"),
    "author.new": ("新建项目…", "New project…"),
    "author.check": ("检查草案", "Check draft"),
    "author.explain": ("生成编制说明", "Write the memorandum (编制说明)"),
    "author.comments": ("生成意见汇总处理表", "Compile the comment table"),
    "author.view_comments": ("查看意见汇总处理表", "Look at a comment table"),
    "table.back": ("返回", "Back"),
    "author.preview": ("预览草案", "Preview the draft"),
    "preview.back": ("返回", "Back"),
    "preview.contents": ("目录", "Contents"),
    "meta.back": ("返回", "Back"),
    "meta.undo": ("撤销", "Undo"),
    "meta.redo": ("重做", "Redo"),
    "dash.back": ("返回", "Back"),
    "dash.refresh": ("刷新", "Refresh"),
    "check.back": ("返回", "Back"),
    "check.run": ("检查", "Check"),
    "check.export_md": ("报告 MD", "Report MD"),
    "check.export_html": ("报告 HTML", "Report HTML"),
    "check.export_json": ("报告 JSON", "Report JSON"),
    "check.annotate": ("批注稿", "Annotated copy"),
    "dialog.cancel": ("取消", "Cancel"),
    "dialog.close": ("关闭", "Close"),
    "help.close": ("关闭", "Close"),
}


def label(binding_id: str) -> str:
    """The label of ``binding_id`` in the current language."""
    zh, en = LABELS[binding_id]
    return tr(zh, en)


def localise_bindings(node: DOMNode) -> None:
    """Rewrite the descriptions of ``node``'s bindings in the current language: ours by their id,
    Textual's own (an open Select's Esc, see :data:`BUILTIN`) by their description."""
    bindings = node._bindings.key_to_bindings  # textual keeps no public setter for descriptions
    for key, items in bindings.items():
        bindings[key] = [dataclasses.replace(b, description=_localised(b)) for b in items]


def _localised(binding: Binding) -> str:
    if binding.id in LABELS:
        return label(binding.id)
    pair = _BUILTIN_ANY.get(binding.description)
    return tr(*pair) if pair else binding.description


#: Textual's own keys that its widgets show in the footer, by their English description.
BUILTIN: dict[str, tuple[str, str]] = {
    "Dismiss menu": ("关闭菜单", "Dismiss menu"),  # an open Select
    "Exit the command palette": ("关闭命令面板", "Exit the command palette"),
}


_BUILTIN_ANY = {text: pair for pair in BUILTIN.values() for text in pair}


def front_keys() -> list[Binding]:
    """Quit and Help, for the start of a screen's BINDINGS: the footer lists a screen's keys in order,
    then the app's, so on a narrow terminal these two were cut off the end. (The app's
    priority Ctrl+Q still does the quitting.)"""
    return [key("app.quit", "app.quit", "ctrl+q"), key("app.help", "app.help", "f1")]


def key(binding_id: str, action: str, keys: str, *, show: bool = True, priority: bool = False) -> Binding:
    """A binding with an id, labelled in the current language."""
    return Binding(keys, action, label(binding_id), id=binding_id, show=show, priority=priority)
