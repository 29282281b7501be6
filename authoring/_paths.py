"""Locate the data folders (checklists, templates, examples) in a checkout or an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """Return the folder ``name`` ("checklists", "templates", "examples").

    An installed wheel carries the folders under ``authoring/_data``; a checkout (or an
    editable install) has them beside the package.
    """
    installed = _PACKAGE / "_data" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name


def template_path(name: str) -> Path:
    """Path of a file in ``templates/``."""
    return data_dir("templates") / name


def bundled_example() -> Path:
    """The bundled example project used by the README's main command."""
    return data_dir("examples") / "elderly-care.yaml"
