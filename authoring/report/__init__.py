"""Reports of a check: terminal text, JSON, Markdown, self-contained HTML and an annotated .docx.

Every renderer starts from a :class:`authoring.check.CheckResult`; the text, Markdown and HTML
forms share one language-resolved view (:mod:`authoring.report.view`).
"""

from authoring.report.annotate import annotate_copy
from authoring.report.html import render_html
from authoring.report.jsonreport import render_json
from authoring.report.markdown import render_markdown
from authoring.report.text import render_text, text_view

__all__ = ["annotate_copy", "render_html", "render_json", "render_markdown", "render_text", "text_view"]
