"""Reports of a check: terminal text, JSON, Markdown, self-contained HTML and an annotated .docx.

Every renderer starts from a :class:`authoring.check.CheckResult`; the text, Markdown and HTML
forms share one language-resolved view (:mod:`authoring.report.view`).

The renderers are imported on first use, so the terminal report of ``stdauthor check`` does
not import jinja2 (the Markdown and HTML templates) or python-docx (the annotated copy).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from authoring.report.annotate import annotate_copy
    from authoring.report.html import render_html
    from authoring.report.jsonreport import render_json
    from authoring.report.markdown import render_markdown
    from authoring.report.text import render_text, text_view

_SOURCES = {
    "annotate_copy": "authoring.report.annotate",
    "render_html": "authoring.report.html",
    "render_json": "authoring.report.jsonreport",
    "render_markdown": "authoring.report.markdown",
    "render_text": "authoring.report.text",
    "text_view": "authoring.report.text",
}

__all__ = ["annotate_copy", "render_html", "render_json", "render_markdown", "render_text", "text_view"]


def __getattr__(name: str) -> Any:
    try:
        source = _SOURCES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(source), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
