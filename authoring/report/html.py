"""The self-contained HTML report (inline CSS and SVG), rendered with autoescape from ``report.html.j2``."""

from __future__ import annotations

from authoring.check import CheckResult
from authoring.report.templating import environment
from authoring.report.view import build_view


def render_html(result: CheckResult) -> str:
    """One HTML page: summary, a coverage chart per chapter, evidence and findings tables."""
    return environment(autoescape=True).get_template("report.html.j2").render(v=build_view(result))
