"""Content rule: the same passage of text (20 characters or more) appearing twice."""

from __future__ import annotations

from collections.abc import Iterator

from authoring.i18n import tr
from authoring.lint import Hit, rule
from authoring.lint.context import BIBLIO, NORMREF, LintContext, TextUnit, excerpt, fold
from authoring.lint.patterns import MARKER

MIN_CHARS = 20
_KINDS = ("paragraph", "list-item", "note", "example", "table-cell", "table-note", "term-definition", "term-note")
_EDGE_PUNCT = "；;，,。.:：、"  # stripped from both ends of a passage before comparing


def _passages(unit: TextUnit) -> Iterator[str]:
    """The comparable passages of a unit: the whole text, or each line of a table cell."""
    lines = unit.text.split("\n") if unit.kind == "table-cell" else [unit.text]
    for line in lines:
        marker = MARKER.match(line)
        body = line[marker.end():] if marker else line
        key = fold(body).strip(_EDGE_PUNCT)
        if len(key) >= MIN_CHARS:
            yield key


@rule("content.repeated-block", "warning", "GB/T 1.1—2020 (spec §2.11)",
      "内容重复", "repeated text")
def repeated_block(ctx: LintContext) -> Iterator[Hit]:
    first: dict[str, TextUnit] = {}
    for unit in ctx.units:
        if unit.kind not in _KINDS or unit.role in (NORMREF, BIBLIO):
            continue
        for key in _passages(unit):
            earlier = first.get(key)
            if earlier is None:
                first[key] = unit
                continue
            same_place = earlier.location == unit.location
            yield Hit(unit.location, tr(
                f"这段文字与{'本条前文' if same_place else ' ' + earlier.location + ' '}重复。",
                f"This passage repeats text {'found earlier here' if same_place else 'from ' + earlier.location}.",
            ), excerpt(unit.text), unit.anchor)
            break
