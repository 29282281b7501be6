"""The Jinja2 environment of the report templates (``templates/report/``) and its filters."""

from __future__ import annotations

import re
from functools import lru_cache

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from authoring._paths import data_dir
from authoring.i18n import tr
from authoring.text import clean_text

# Characters that Markdown would read as markup, plus the HTML specials (a Markdown report is
# often turned into HTML; draft text must never become markup there).
_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}#|!~])")
_HTML_SPECIAL = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def md_escape(text: object) -> str:
    """Draft text made inert for a Markdown table cell or line: one line, markup escaped."""
    flat = " ".join(clean_text(str(text)).split())
    flat = "".join(_HTML_SPECIAL.get(ch, ch) for ch in flat)
    return _MD_SPECIAL.sub(r"\\\1", flat)


def pct(value: float) -> str:
    """A 0–1 score as ``73%``."""
    return f"{max(0, min(100, round(value * 100)))}%"


@lru_cache(maxsize=2)
def environment(autoescape: bool) -> Environment:
    """The environment for ``.md.j2`` (no autoescape; use ``|md``) or ``.html.j2`` (autoescape)."""
    env = Environment(
        loader=FileSystemLoader(str(data_dir("templates") / "report")),
        autoescape=autoescape,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md_escape
    env.filters["pct"] = pct
    env.filters["clean"] = lambda text: clean_text(str(text))
    env.globals["tr"] = tr
    return env
