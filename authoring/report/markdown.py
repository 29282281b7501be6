"""The Markdown report of a check, rendered from ``templates/report/report.md.j2``."""

from __future__ import annotations

from authoring.check import CheckResult
from authoring.report.templating import environment
from authoring.report.view import build_view


def render_markdown(result: CheckResult) -> str:
    """Summary, coverage by chapter, missing items, items with evidence, findings by severity."""
    return environment(autoescape=False).get_template("report.md.j2").render(v=build_view(result))
