"""Locate the data folders (checklists, templates, examples) in a checkout or an installed wheel."""

from __future__ import annotations

import os
import shutil
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


def user_data_dir() -> Path:
    """Where a user's working files live: ``$STDAUTHOR_DATA_DIR``, else ``$XDG_DATA_HOME/stdauthor``,
    else ``~/.local/share/stdauthor`` (not created here)."""
    explicit = os.environ.get("STDAUTHOR_DATA_DIR", "").strip()
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_DATA_HOME", "").strip()
    return (Path(xdg) if xdg else Path.home() / ".local" / "share") / "stdauthor"


def cache_dir() -> Path:
    """Where stdauthor keeps what it can rebuild (parsed checklist packs): ``$STDAUTHOR_CACHE_DIR``,
    else ``$XDG_CACHE_HOME/stdauthor``, else ``~/.cache/stdauthor`` (not created here)."""
    explicit = os.environ.get("STDAUTHOR_CACHE_DIR", "").strip()
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(xdg) if xdg else Path.home() / ".cache") / "stdauthor"


def working_example() -> Path:
    """A per-user copy of the bundled example, made on first use and never overwritten.

    The studio opens this copy rather than the bundled file, so an author's edits, autosaves
    and backups never land inside the checkout or an installed package.
    """
    target = user_data_dir() / bundled_example().name
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(bundled_example(), target)
    return target
