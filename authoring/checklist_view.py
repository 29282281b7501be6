"""Render a checklist pack for people: an indented text tree, Markdown, or JSON data."""

from __future__ import annotations

from typing import Any

from authoring.checklist import Checklist, Item, Library
from authoring.records import to_data


def pack_summary(library: Library, lang: str) -> list[dict[str, Any]]:
    """One row per pack: id, title, source, item and method counts, file."""
    rows = []
    for pack_id in sorted(library.packs):
        pack = library.packs[pack_id]
        rows.append({
            "id": pack.id,
            "title": pack.title(lang),
            "source": pack.source,
            "items": sum(1 for _ in pack.items()),
            "methods": sum(1 for _ in pack.methods()),
            "file": library.files.get(pack.id, ""),
        })
    return rows


def pack_json(pack: Checklist, library: Library | None = None) -> dict[str, Any]:
    """The pack as JSON data; items carry their crosswalk links when ``library`` is given."""
    data = to_data(pack)
    if library is not None:
        for chapter in data["chapters"]:
            for top in chapter["items"]:
                _add_links(top, pack.id, library)
    return data


def _add_links(item: dict[str, Any], pack_id: str, library: Library) -> None:
    related = library.related(pack_id, item["id"])
    if related:
        item["related"] = {k: list(v) for k, v in related.items()}
    for child in item["children"]:
        _add_links(child, pack_id, library)


def _text(zh: str, en: str, lang: str) -> str:
    return en if lang == "en" and en else zh


def pack_text(pack: Checklist, lang: str, library: Library | None = None) -> str:
    """An indented tree: chapters, items with their methods, and crosswalk links."""
    lines = [f"{pack.title(lang)}  [{pack.id}]", f"{pack.source}", ""]
    for chapter in pack.chapters:
        lines.append(f"{chapter.id} {chapter.title(lang)}")
        for top in chapter.items:
            _item_text(top, lang, pack.id, library, lines, depth=1)
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _item_text(item: Item, lang: str, pack_id: str, library: Library | None,
               lines: list[str], depth: int) -> None:
    pad = "  " * depth
    lines.append(f"{pad}{item.id} {item.title(lang)}")
    if library is not None:
        for other, ids in library.related(pack_id, item.id).items():
            lines.append(f"{pad}    ↔ {other}: {', '.join(ids)}")
    for method in item.methods:
        lines.append(f"{pad}    {method.letter}) {_text(method.text_zh, method.text_en, lang)}")
    for child in item.children:
        _item_text(child, lang, pack_id, library, lines, depth + 1)


def pack_markdown(pack: Checklist, lang: str, library: Library | None = None) -> str:
    """The pack as Markdown: headings for chapters and items, lists for points and methods."""
    out = [f"# {pack.title(lang)}", "", f"*{pack.source}*", ""]
    for chapter in pack.chapters:
        out += [f"## {chapter.id} {chapter.title(lang)}", ""]
        for top in chapter.items:
            for item in top.walk():
                level = "#" * min(6, 2 + item.id.count("."))
                out += [f"{level} {item.id} {item.title(lang)}", ""]
                text = _text(item.text_zh, item.text_en, lang)
                if text:
                    out += [text, ""]
                points = item.points_en if lang == "en" and item.points_en else item.points_zh
                out += [f"- {p}" for p in points]
                if points:
                    out.append("")
                if item.methods:
                    label = "Implementation methods" if lang == "en" else "实施方法"
                    out += [f"**{label}**", ""]
                    out += [f"{m.letter}) {_text(m.text_zh, m.text_en, lang)}  " for m in item.methods]
                    out.append("")
                if library is not None:
                    for other, ids in library.related(pack.id, item.id).items():
                        out += [f"↔ {other}: {', '.join(ids)}", ""]
    return "\n".join(out).rstrip() + "\n"
